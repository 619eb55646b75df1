"""Load on the Twilio webhook: Rollcall against a floor, on SQLite and PostgreSQL.

    python bench/webhook_load.py [--db sqlite,postgresql] [--senders 4,20]
                                 [--requests 3000] [--seconds 30] [--workers N] [--threads 4]
                                 [--apps floor,rollcall]

For each database a fresh bench database gets the demo school (rollcall/demo.py).
Then, served as in production (gunicorn, app preloaded, workers sized for the cores,
loopback only):

- Rollcall: `rollcall serve` in production mode;
- the floor: a bare Flask route that checks the signature, inserts one message row and
  answers TwiML, nothing else (`floor_app` below).

Each gets signed Twilio requests (a new MessageSid each; known and unknown demo
numbers; bodies a parent would send) from 4 and from 20 concurrent keep-alive
senders (a thread with a requests.Session each), bounded by --requests and --seconds.
Prints messages/s, p50 and p99 latency, failures, and the CPU used per message (from
/proc and getrusage; it does not depend on what else the machine is doing, the other
figures do) by the server's processes, by the PostgreSQL backends serving it, and by the
senders themselves, who share the two cores; and Rollcall's throughput as a fraction
of the floor's.

The rate limit is raised for the run (ROLLCALL_RATE_LIMIT_PER_MINUTE): a few hundred
demo parents sending hundreds of messages a second would otherwise mostly measure
the cheap "over the limit" path.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import count
from pathlib import Path

import requests
from sqlalchemy import select
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models import Contact, Message, Pupil, PupilContact, School, utcnow  # noqa: E402
from models.db import make_engine, make_session_factory, normalise_url, upgrade  # noqa: E402
from rollcall.demo import DEMO_URN, build_demo  # noqa: E402

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
PUBLIC_BASE_URL = "https://bench.rollcall.invalid"  # what Twilio would sign; never called
AUTH_TOKEN = "bench-auth-token"
PATH = "/webhooks/twilio/sms"
HOST = "127.0.0.1"
KNOWN_SHARE = 0.8  # of messages from numbers the school knows
WARM_UP_REQUESTS = 40
DEMO_PUPILS = 600

PARENT_TEXTS = (
    "{name} is off sick today",
    "Hi, {name} won't be in today, she has a temperature",
    "{name} has been sick in the night so I'm keeping him home today",
    "{name} has a dentist appointment at 10 so will be in late, about 11:30",
    "Sorry {name} will be late, the bus didn't turn up",
    "{name} is off today and tomorrow with a chest infection",
    "Morning, {name} has a migraine, will be off today",
    "{name} has a hospital appointment on Friday morning",
    "thank you",
    "1",
    "Can {name} leave at 2pm tomorrow for an orthodontist appointment?",
    "Sorry I meant tomorrow not today",
)
STRANGER_TEXTS = (
    "Hi is this the school? My son is off sick today",
    "Who is this?",
    "Jordan is ill today",
    "STOP",
)


# --- the floor: what any webhook must do at least ---------------------------------------

def floor_app():
    """Check the signature, insert one row, answer TwiML. Nothing else."""
    from flask import Flask, Response, abort, request
    from sqlalchemy import insert
    from twilio.twiml.messaging_response import MessagingResponse

    app = Flask("floor")
    engine = make_engine(os.environ["DATABASE_URL"])
    validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
    base = os.environ["PUBLIC_BASE_URL"]

    @app.post(PATH)
    def inbound():
        form = request.form
        if not validator.validate(base + request.path, form,
                                  request.headers.get("X-Twilio-Signature", "")):
            abort(403)
        with engine.begin() as connection:
            connection.execute(insert(Message).values(
                direction="in", channel="sms", provider="twilio", provider_id=form["MessageSid"],
                sender=form["From"], recipient=form["To"], body=form["Body"],
                status="received", created_at=utcnow()))
        reply = MessagingResponse()
        reply.message("Thank you, we have your message.")
        return Response(str(reply), mimetype="text/xml")

    return app


# --- databases --------------------------------------------------------------------------

@contextmanager
def bench_database(kind: str) -> Iterator[str]:
    """A fresh, migrated database holding the demo school; removed afterwards."""
    if kind == "sqlite":
        folder = tempfile.mkdtemp(prefix="rollcall-bench-")
        url = f"sqlite:///{folder}/bench.db"
        try:
            yield _prepared(url)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    name = f"rollcall_bench_{os.getpid()}"
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield _prepared(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def _prepared(url: str) -> str:
    upgrade(url)
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        build_demo(session, pupils=DEMO_PUPILS)
        session.commit()
    engine.dispose()
    return normalise_url(url)


@dataclass(frozen=True)
class Senders:
    school_number: str
    known: list[tuple[str, list[str]]]  # number, children's first names
    unknown: list[str]


def load_senders(url: str) -> Senders:
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        school = session.scalars(select(School).where(School.urn == DEMO_URN)).one()
        rows = session.execute(
            select(Contact.phone_e164, Pupil.preferred_name, Pupil.legal_first_name)
            .join(PupilContact, PupilContact.contact_id == Contact.id)
            .join(Pupil, Pupil.id == PupilContact.pupil_id)
            .where(Contact.school_id == school.id, Contact.phone_e164.is_not(None))
        ).all()
    engine.dispose()
    children: dict[str, list[str]] = {}
    for phone, preferred, legal in rows:
        children.setdefault(phone, []).append(preferred or legal)
    # Numbers nobody at the school has: well-formed UK mobiles outside the drama range.
    unknown = [f"+4479460{n:05d}" for n in range(200)]
    return Senders(school.sms_number, sorted(children.items()), unknown)


# --- servers ----------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Server:
    url: str
    pid: int


@contextmanager
def served(kind: str, url: str, workers: int, threads: int, log: Path) -> Iterator[Server]:
    port = free_port()
    env = {**os.environ, "ROLLCALL_MODE": "production", "DATABASE_URL": url,
           "SECRET_KEY": "bench-secret", "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
           "TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
           "TWILIO_FROM": "+441134960001", "ROLLCALL_RATE_LIMIT_PER_MINUTE": "1000000"}
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TWILIO_MESSAGING_SERVICE_SID"):
        env.pop(name, None)
    if kind == "rollcall":
        command = [str(Path(sys.executable).with_name("rollcall")), "serve", "--host", HOST,
                   "--port", str(port), "--workers", str(workers), "--threads", str(threads)]
    else:
        command = [sys.executable, "-m", "gunicorn", "--preload", "--workers", str(workers),
                   "--threads", str(threads), "--bind", f"{HOST}:{port}",
                   "--pythonpath", str(Path(__file__).parent), "webhook_load:floor_app()"]
    with open(log, "w") as out:
        server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_for(port, server, log)
            yield Server(f"http://{HOST}:{port}", server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)


def _process_cpu() -> dict[int, tuple[int, float]]:
    """pid: (parent pid, CPU seconds used so far), for every process (Linux /proc)."""
    stats: dict[int, tuple[int, float]] = {}
    ticks = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(stat.parent.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks)
    return stats


def cpu_seconds(root_pid: int) -> float:
    """CPU time used so far by a process and all its descendants: the server's own
    work per message, whatever else the machine is doing."""
    stats = _process_cpu()
    tree, frontier = set(), {root_pid}
    while frontier:
        tree |= frontier
        frontier = {pid for pid, (parent, _) in stats.items() if parent in frontier} - tree
    return sum(stats[pid][1] for pid in tree if pid in stats)


def database_cpu_seconds(url: str) -> float:
    """CPU time used so far by the PostgreSQL backends serving the bench database (the
    server's pooled connections live through a run); 0 for SQLite, which works inside
    the server's own processes."""
    if not url.startswith("postgresql"):
        return 0.0
    engine = make_engine(url)
    with engine.connect() as connection:
        pids = set(connection.exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()").scalars())
    engine.dispose()
    stats = _process_cpu()
    return sum(stats[pid][1] for pid in pids if pid in stats)


def client_cpu_seconds() -> float:
    """CPU time this process (the senders: signing, HTTP) has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _wait_for(port: int, server: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited early; see {log}:\n{log.read_text()[-2000:]}")
        try:
            socket.create_connection((HOST, port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"server did not start; see {log}")


# --- load -------------------------------------------------------------------------------

@dataclass
class Result:
    sent: int
    failures: Counter  # what went wrong: an HTTP status or an exception's name
    seconds: float
    latencies: list[float]
    # CPU seconds used in the run by the server's processes, the database's, and the senders'
    server_cpu: float = 0.0
    database_cpu: float = 0.0
    client_cpu: float = 0.0

    def per_message_ms(self, seconds: float) -> float:
        return seconds / self.sent * 1000 if self.sent else float("nan")

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    @property
    def per_second(self) -> float:
        return (self.sent - self.failed) / self.seconds if self.seconds else 0.0

    def percentile(self, p: int) -> float:
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else float("nan")
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[p - 1] * 1000


class Traffic:
    """Signed Twilio requests with fresh MessageSids, from a seeded mix of senders."""

    def __init__(self, senders: Senders, seed: int):
        self.senders = senders
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.sids = count(1)
        self.validator = RequestValidator(AUTH_TOKEN)
        self.run_tag = f"{os.getpid():06d}{seed:04d}"

    def next_request(self) -> tuple[dict[str, str], dict[str, str]]:
        with self.lock:
            n = next(self.sids)
            if self.rng.random() < KNOWN_SHARE:
                number, names = self.rng.choice(self.senders.known)
                body = self.rng.choice(PARENT_TEXTS).format(name=self.rng.choice(names))
            else:
                number = self.rng.choice(self.senders.unknown)
                body = self.rng.choice(STRANGER_TEXTS)
        params = {"MessageSid": f"SM{self.run_tag}{n:022d}", "AccountSid": "AC" + "0" * 32,
                  "From": number, "To": self.senders.school_number, "Body": body,
                  "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
        signature = self.validator.compute_signature(PUBLIC_BASE_URL + PATH, params)
        return params, {"X-Twilio-Signature": signature}


def run_load(base_url: str, traffic: Traffic, senders: int, total: int, seconds: float) -> Result:
    remaining = count()
    latencies: list[float] = []
    failures: Counter = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def sender() -> None:
        with requests.Session() as session:
            while next(remaining) < total and time.monotonic() < deadline:
                params, headers = traffic.next_request()
                started = time.perf_counter()
                try:
                    status = session.post(base_url + PATH, data=params, headers=headers,
                                          timeout=10).status_code
                    failure = None if status == 200 else f"HTTP {status}"
                except requests.RequestException as exc:
                    failure = exc.__class__.__name__
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if failure:
                        failures[failure] += 1

    threads = [threading.Thread(target=sender) for _ in range(senders)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(len(latencies), failures, time.perf_counter() - started, latencies)


# --- the run ----------------------------------------------------------------------------

def measured_run(server: Server, url: str, traffic: Traffic, senders: int, args) -> Result:
    """One run, with the CPU each party used: the two cores are shared by the server,
    the database and the senders, so a message's cost is the sum of the three."""
    before = cpu_seconds(server.pid), database_cpu_seconds(url), client_cpu_seconds()
    result = run_load(server.url, traffic, senders, args.requests, args.seconds)
    after = cpu_seconds(server.pid), database_cpu_seconds(url), client_cpu_seconds()
    result.server_cpu, result.database_cpu, result.client_cpu = (
        b - a for a, b in zip(before, after))
    return result


def main() -> None:
    from webhooks.serving import DEFAULT_THREADS, default_workers

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--senders", default="4,20")
    parser.add_argument("--requests", type=int, default=3000, help="per run, at most")
    parser.add_argument("--seconds", type=float, default=30.0, help="per run, at most")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    parser.add_argument("--apps", default="floor,rollcall")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    concurrency = [int(n) for n in args.senders.split(",")]

    print(f"{os.cpu_count()} cores; gunicorn {args.workers} workers x {args.threads} threads; "
          f"at most {args.requests} requests or {args.seconds:.0f} s per run; today {date.today()}")
    print(f"{'database':<11}{'app':<10}{'senders':>8}{'sent':>7}{'failed':>7}"
          f"{'msg/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'server':>8}{'db':>6}{'senders':>8}"
          "  (the last three: CPU ms per message)")
    for kind in args.db.split(","):
        with bench_database(kind) as url:
            senders = load_senders(url)
            results = {}
            for app in args.apps.split(","):
                log = args.out / f"webhook_load_{kind}_{app}_{time.strftime('%H%M%S')}.log"
                with served(app, url, args.workers, args.threads, log) as server:
                    traffic = Traffic(senders, seed=len(results))
                    run_load(server.url, traffic, 4, WARM_UP_REQUESTS, 30)
                    for n in concurrency:
                        results[app, n] = result = measured_run(server, url, traffic, n, args)
                        print(f"{kind:<11}{app:<10}{n:>8}{result.sent:>7}{result.failed:>7}"
                              f"{result.per_second:>9.0f}{result.percentile(50):>9.1f}"
                              f"{result.percentile(99):>9.1f}"
                              f"{result.per_message_ms(result.server_cpu):>8.1f}"
                              f"{result.per_message_ms(result.database_cpu):>6.1f}"
                              f"{result.per_message_ms(result.client_cpu):>8.1f}"
                              f"  {dict(result.failures) or ''}",
                              flush=True)
            for n in concurrency if len(results) == 2 * len(concurrency) else ():
                floor, rollcall = results["floor", n], results["rollcall", n]
                share = rollcall.per_second / floor.per_second if floor.per_second else 0
                print(f"{kind:<11}Rollcall at {n} senders: {share:.0%} of the floor's throughput")


if __name__ == "__main__":
    main()
