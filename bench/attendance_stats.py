"""Benchmark: every pupil's year-to-date % and week-on-week change for a 50,000-pupil trust.

Builds a fresh PostgreSQL database (default rollcall_bench; --url or
ROLLCALL_BENCH_URL to change it; it is dropped and made again) holding 8 schools of
one trust, each with the 2026-27 calendar of the tests' factory, and a full school
year of marks (191 school days x 2 sessions x 50,000 pupils = 19.1 million rows)
made server-side with INSERT ... SELECT, a day at a time: most pupils attend 95%+,
about 15% are persistently absent and 1.5% severely. Then it times
models.attendance computing every pupil's year-to-date figures and week-on-week
change (--repeat runs; the median is judged against 10 s) and prints the Python
process's peak memory (max RSS from getrusage: the database server's memory is not
in it; the server backend's own peak is printed beside it when it runs here).

    python bench/attendance_stats.py            # build (2-6 minutes) and time
    python bench/attendance_stats.py --reuse    # time again on the database built last
    python bench/attendance_stats.py --reuse --pg-options "-c jit=off"

Needs a PostgreSQL superuser (it creates the database and loads with triggers off).
Not part of pytest: it takes minutes.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from datetime import date
from itertools import accumulate
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import School  # noqa: E402
from models.attendance import attendance_figures, school_year_start, week_on_week  # noqa: E402
from models.calendar import SchoolCalendar  # noqa: E402
from models.db import make_engine, make_session_factory, normalise_url, upgrade  # noqa: E402
from tests.factories import HALF_TERMS_2026_27, make_school  # noqa: E402

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/rollcall_bench"
TARGET_SECONDS = 10.0
TARGET_MB = 500.0
SERVER_SETTINGS = ("jit", "work_mem", "max_parallel_workers_per_gather", "shared_buffers",
                   "random_page_cost")

# Each pupil's chance of missing a day, by group: (share of pupils, lowest, highest rate).
# Most pupils attend 95%+; about 15% are persistently absent (10%+), 2% severely (50%+).
ABSENCE_PROFILES = ((0.83, 0.0, 0.07), (0.15, 0.10, 0.45), (0.02, 0.50, 0.95))
# What a missed day is coded, with cumulative shares (illness the most common).
ABSENCE_CODES = (("I", 0.55), ("M", 0.63), ("O", 0.75), ("G", 0.83), ("N", 0.88),
                 ("C", 0.92), ("R", 0.94), ("U", 0.97), ("E", 1.0))


def main() -> None:
    args = parse_args()
    url = normalise_url(args.url)
    if not args.reuse:
        build(url, args.pupils, args.schools)
    options = {"connect_args": {"options": args.pg_options}} if args.pg_options else {}
    engine = make_engine(url, **options)
    with make_session_factory(engine)() as session:
        print(f"session_mark rows: {session.scalar(text('SELECT count(*) FROM session_mark')):,}")
        print("server settings: " + ", ".join(
            f"{name}={session.scalar(text(f'SHOW {name}'))}" for name in SERVER_SETTINGS))
        school_ids = list(session.scalars(select(School.id)))
        calendar = SchoolCalendar.for_school(session, school_ids[0])
        day = calendar.half_terms[-1].end
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        runs = [measure(session, calendar, day, school_ids, n + 1) for n in range(args.repeat)]
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        backend_kb = backend_peak_kb(session)
    engine.dispose()
    report(runs, backend_kb)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("ROLLCALL_BENCH_URL", DEFAULT_URL),
                        help="database to (re)create; env ROLLCALL_BENCH_URL")
    parser.add_argument("--pupils", type=int, default=50_000)
    parser.add_argument("--schools", type=int, default=8)
    parser.add_argument("--reuse", action="store_true", help="skip the build")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median judged)")
    parser.add_argument("--pg-options", default="",
                        help='server settings for the timed connection, e.g. "-c jit=off"')
    return parser.parse_args()


# Building the data.

def build(url: str, pupils: int, schools: int) -> None:
    started = time.perf_counter()
    recreate_database(url)
    upgrade(url)
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        school_ids = [make_school(session, name=f"Bench School {n + 1}").id for n in range(schools)]
        session.commit()
        calendar = SchoolCalendar.for_school(session, school_ids[0])
        days = list(calendar.school_days(HALF_TERMS_2026_27[0][2], HALF_TERMS_2026_27[-1][3]))
        insert_pupils(session, school_ids, pupils)
        insert_marks(session, days)
    vacuum(engine)
    engine.dispose()
    print(f"built in {time.perf_counter() - started:.0f} s")


def recreate_database(url: str) -> None:
    parsed = make_url(url)
    admin = make_engine(parsed.set(database="postgres").render_as_string(hide_password=False),
                        isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()


def insert_pupils(session, school_ids: list[int], pupils: int) -> None:
    """Pupils spread evenly over the schools, each with an absence rate and a lateness rate."""
    session.execute(text("""
        INSERT INTO pupil (school_id, mis_id, legal_first_name, legal_last_name, year_group,
                           has_social_worker, looked_after, send_status, medical_evidence_required)
        SELECT (CAST(:school_ids AS int[]))[1 + n % cardinality(CAST(:school_ids AS int[]))],
               'B' || n, 'Pupil', 'Bench' || n, 7 + n % 5, false, false, 'none', false
        FROM generate_series(0, :pupils - 1) AS n
    """), {"school_ids": school_ids, "pupils": pupils})
    *firsts, (_, low, high) = ABSENCE_PROFILES
    cumulative = accumulate(share for share, _, _ in firsts)
    profiles = " ".join(
        f"WHEN g < {upto} THEN {lo} + {hi - lo} * random() ^ 2"
        for upto, (_, lo, hi) in zip(cumulative, firsts)
    ) + f" ELSE {low} + {high - low} * random() ^ 2"
    session.execute(text(f"""
        SELECT setseed(0.2026);
        CREATE UNLOGGED TABLE bench_profile AS
        SELECT id AS pupil_id, CASE {profiles} END AS absence_rate,
               0.04 * random() ^ 3 AS late_rate
        FROM (SELECT id, random() AS g FROM pupil) AS p
    """))
    session.commit()


def insert_marks(session, days: list[date]) -> None:
    """A day at a time (so rows lie in date order, as registers are taken), with the
    secondary indexes built afterwards and foreign-key triggers off while loading."""
    indexes = _drop_secondary_indexes(session)
    codes = " ".join(f"WHEN v < {share} THEN '{code}'" for code, share in ABSENCE_CODES)
    session.execute(text("SET session_replication_role = replica"))
    started = time.perf_counter()
    for n, day in enumerate(days):
        session.execute(text(f"""
            WITH pupil_day AS MATERIALIZED (
                SELECT pupil_id,
                       CASE WHEN u < absence_rate THEN CASE {codes} END
                            WHEN u < absence_rate + 0.005 THEN 'V'
                            WHEN u < absence_rate + 0.006 THEN 'Y1'
                            WHEN w < late_rate THEN 'L'
                       END AS code
                FROM (SELECT pupil_id, absence_rate, late_rate,
                             random() AS u, random() AS v, random() AS w
                      FROM bench_profile) AS r
            )
            INSERT INTO session_mark (pupil_id, date, session, code, status, source, updated_at)
            SELECT pupil_id, :day, s.session,
                   CASE WHEN code IN ('L', 'M', 'U') AND s.session = 'PM' THEN s.present
                        ELSE coalesce(code, s.present) END,
                   CASE WHEN :day < :recent THEN 'confirmed' ELSE 'provisional' END,
                   'mis', now()
            FROM pupil_day CROSS JOIN (VALUES ('AM', '/'), ('PM', '\\')) AS s(session, present)
        """), {"day": day, "recent": days[-5]})
        session.commit()
        if (n + 1) % 20 == 0:
            print(f"  {n + 1}/{len(days)} days of marks, {time.perf_counter() - started:.0f} s",
                  flush=True)
    session.execute(text("SET session_replication_role = origin"))
    session.execute(text("SET maintenance_work_mem = '512MB'"))
    for definition in indexes:
        session.execute(text(definition))
    session.commit()
    print(f"  indexes rebuilt, {time.perf_counter() - started:.0f} s", flush=True)


def _drop_secondary_indexes(session) -> list[str]:
    """Drop session_mark's indexes but its primary key; return how to make them again."""
    rows = session.execute(text("""
        SELECT i.relname, c.conname, pg_get_indexdef(i.oid), pg_get_constraintdef(c.oid)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid
        WHERE x.indrelid = 'session_mark'::regclass AND NOT x.indisprimary
    """)).all()
    definitions = []
    for index, constraint, index_sql, constraint_sql in rows:
        if constraint:
            session.execute(text(f"ALTER TABLE session_mark DROP CONSTRAINT {constraint}"))
            definitions.append(f"ALTER TABLE session_mark ADD CONSTRAINT {constraint} {constraint_sql}")
        else:
            session.execute(text(f"DROP INDEX {index}"))
            definitions.append(index_sql)
    session.commit()
    return definitions


def vacuum(engine) -> None:
    """What autovacuum does to a table in use: statistics and the visibility map."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("DROP TABLE bench_profile"))
        connection.execute(text("VACUUM ANALYZE"))


# Measuring.

def measure(session, calendar: SchoolCalendar, day: date, school_ids: list[int], run: int) -> float:
    """Time every pupil's year-to-date figures and week-on-week change; return the total."""
    backend = session.scalar(text("SELECT pg_backend_pid()"))
    cpu_before = cpu_seconds("self"), cpu_seconds(backend)
    started = time.perf_counter()
    year = attendance_figures(session, school_year_start(day), day, school_ids=school_ids)
    year_seconds = time.perf_counter() - started
    started = time.perf_counter()
    weeks = week_on_week(session, day, calendar=calendar, school_ids=school_ids)
    week_seconds = time.perf_counter() - started
    total = year_seconds + week_seconds
    cpu = [after - before if None not in (before, after) else None
           for before, after in zip(cpu_before, (cpu_seconds("self"), cpu_seconds(backend)))]
    print(f"run {run}: year-to-date {year_seconds:.2f} s + week on week {week_seconds:.2f} s"
          f" = {total:.2f} s; CPU: Python {cpu[0]:.2f} s, database backend "
          + (f"{cpu[1]:.2f} s" if cpu[1] is not None else "not on this machine")
          + " (parallel workers not counted)")
    if run == 1:
        describe(year, weeks, day)
    return total


def describe(year: dict, weeks: dict, day: date) -> None:
    """What was computed, as a check that the data look like a real trust's."""
    pcts = sorted(f.pct for f in year.values() if f.pct is not None)
    up = sum(1 for w in weeks.values() if (w.change or 0) > 0)
    down = sum(1 for w in weeks.values() if (w.change or 0) < 0)
    print(f"  {len(year)} pupils with year figures to {day}, {len(weeks)} with week on week "
          f"({up} up, {down} down); year %: median {pcts[len(pcts) // 2]:.1f}, "
          f"{sum(p >= 95 for p in pcts) / len(pcts):.0%} at 95%+, "
          f"{sum(p <= 90 for p in pcts) / len(pcts):.0%} at 90% or less (persistent absence), "
          f"{sum(p <= 50 for p in pcts) / len(pcts):.1%} at 50% or less (severe)")


def cpu_seconds(pid: int | str) -> float | None:
    """User + system CPU time of a process on this machine, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def backend_peak_kb(session) -> int | None:
    """The database server process's peak resident memory, when it runs on this machine."""
    pid = session.scalar(text("SELECT pg_backend_pid()"))
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))


def report(runs: list[float], backend_kb: int | None) -> None:
    median = statistics.median(runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"time for every pupil's year-to-date % and week-on-week change: median {median:.2f} s,"
          f" best {min(runs):.2f} s over {len(runs)} runs")
    print(f"peak memory of this Python process (max RSS): {peak_mb:.0f} MB "
          "(the database server's memory is not included)")
    if backend_kb is not None:
        print(f"database server backend peak RSS (VmHWM, includes the shared buffers it "
              f"touched; parallel workers not counted): {backend_kb / 1024:.0f} MB")
    met = median < TARGET_SECONDS and peak_mb < TARGET_MB
    print(f"target under {TARGET_SECONDS:.0f} s and {TARGET_MB:.0f} MB: {'met' if met else 'MISSED'}")


if __name__ == "__main__":
    main()
