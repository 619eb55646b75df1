"""Draining the outbox against a fake Twilio / Telegram: retries, give-ups, leases,
concurrent senders, delivery reports and chases that move on to the next contact."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from bot.channels import (
    Channel, Telegram, TwilioAccount, TwilioSMS, TwilioWhatsApp, twilio_client,
)
from bot.delivery import record_delivery_status
from bot.outbox import enqueue
from bot.sender import DEFAULT_LEASE, RetryPolicy, Sender, claim_due
from models import Contact, Message, Outbox, StaffUser
from models.db import session_scope
from rollcall.cli import main
from tests.conftest import POSTGRES_URL
from tests.factories import make_contact, make_pupil, make_school
from tests.fake_providers import Reply, fake_providers  # noqa: F401 (fixture)

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=timezone.utc)
SERVICE_SID = "MG" + "1" * 32
CLIENT_TIMEOUT = 1.0  # generous for a loaded machine; the fake's hangs last longer


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def family(db):
    """Sam, whose contacts in the school's order are mum, dad and gran."""
    school = make_school(db)
    sam = make_pupil(db, school, "Sam")
    contacts = [make_contact(db, school, f"07700 90000{n}", sam, name=name)
                for n, name in enumerate(("Mum", "Dad", "Gran"), start=1)]
    db.commit()
    return sam, contacts


def twilio_channels(fake, clock, templates=None) -> dict[str, Channel]:
    client = twilio_client("AC" + "0" * 32, "token", timeout=CLIENT_TIMEOUT, base_url=fake.url)
    sms = TwilioSMS(TwilioAccount(client, messaging_service_sid=SERVICE_SID))
    whatsapp = TwilioWhatsApp(sms.account, sms, templates=templates, clock=clock)
    return {"sms": sms, "whatsapp": whatsapp}


def make_sender(session_factory, channels, clock, **settings) -> Sender:
    return Sender(session_factory, channels, clock=clock, rng=random.Random(7), **settings)


def queue(db, contact: Contact, key: str, body: str = "Thank you, we have noted it.",
          channel: str = "sms", kind: str = "reply", payload: dict | None = None) -> Outbox:
    recipient = str(contact.telegram_chat_id) if channel == "telegram" else contact.phone_e164
    row = enqueue(db, key=key, channel=channel, recipient=recipient, body=body, kind=kind,
                  school_id=contact.school_id, contact_id=contact.id, payload=payload,
                  not_before=T0)
    db.commit()
    return row


def fresh(db, instance):
    db.expire_all()
    return db.get(type(instance), instance.id)


def outbox_rows(db) -> list[Outbox]:
    db.expire_all()
    return list(db.scalars(select(Outbox).order_by(Outbox.id)))


# --- retries ------------------------------------------------------------------------

def test_a_message_survives_429_500_and_a_hang_and_is_delivered_once(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, *_) = family
    row = queue(db, mum, "reply:1", body="Thanks, we have noted Sam is ill today.")
    fake_providers.plan(mum.phone_e164, Reply.error(429), Reply.error(500), Reply.hang())
    sender = make_sender(session_factory, twilio_channels(fake_providers, clock), clock)

    waits = []
    for _ in range(3):
        assert sender.drain().retrying == 1
        row = fresh(db, row)
        waits.append(row.next_attempt_at - clock.now)
        clock.now = row.next_attempt_at - timedelta(seconds=1)
        assert sender.drain().handled == 0  # not due yet
        clock.now = row.next_attempt_at
    assert sender.drain().sent == 1

    [delivered] = fake_providers.delivered(Body="Thanks, we have noted Sam is ill today.")
    assert len(fake_providers.received) == 4
    row = fresh(db, row)
    assert (row.status, row.attempts, row.last_error, row.claimed_until) == ("sent", 4, None, None)
    message = db.get(Message, row.message_id)
    assert (message.direction, message.status, message.provider, message.provider_id) == (
        "out", "sent", "twilio", delivered.provider_id)
    assert (message.contact_id, message.channel, message.sent_at) == (mum.id, "sms", clock.now)
    # Each wait is drawn from the upper half of a doubling delay: 30 s, 60 s, 120 s.
    for attempt, wait in enumerate(waits, start=1):
        full = timedelta(seconds=30 * 2 ** (attempt - 1))
        assert full / 2 <= wait <= full


class FixedRandom(random.Random):
    def __init__(self, value: float) -> None:
        super().__init__()
        self.value = value

    def random(self) -> float:
        return self.value


def test_backoff_doubles_from_30_seconds_to_an_hour_with_jitter_in_the_upper_half():
    policy = RetryPolicy()
    longest = [policy.delay(n, FixedRandom(1.0)).total_seconds() for n in range(1, 11)]
    shortest = [policy.delay(n, FixedRandom(0.0)).total_seconds() for n in range(1, 11)]
    assert longest == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    assert shortest == [s / 2 for s in longest]


def test_a_provider_asking_for_a_longer_wait_gets_it(db, session_factory, fake_providers, clock):
    school = make_school(db)
    parent = make_contact(db, school, "07700 900010", telegram_chat_id=4242)
    row = queue(db, parent, "reply:tg", channel="telegram")
    fake_providers.plan(4242, Reply.error(429, retry_after=600))
    telegram = Telegram("123:abc", base_url=fake_providers.telegram_base_url,
                        timeout=CLIENT_TIMEOUT)
    try:
        make_sender(session_factory, {"telegram": telegram}, clock).drain()
    finally:
        telegram.close()
    assert fresh(db, row).next_attempt_at == T0 + timedelta(seconds=600)


def test_a_message_fails_after_its_last_attempt(db, session_factory, fake_providers, clock, family):
    _, (mum, *_) = family
    row = queue(db, mum, "reply:2")
    fake_providers.plan(mum.phone_e164, *[Reply.error(500)] * 3)
    sender = make_sender(session_factory, twilio_channels(fake_providers, clock), clock,
                         policy=RetryPolicy(max_attempts=3))

    outcomes = []
    for _ in range(3):
        outcomes.append(sender.drain())
        clock.now = fresh(db, row).next_attempt_at
    clock.advance(timedelta(days=1))
    sender.drain()

    assert [(o.retrying, o.failed) for o in outcomes] == [(1, 0), (1, 0), (0, 1)]
    row = fresh(db, row)
    assert (row.status, row.attempts) == ("failed", 3)
    assert "500" in row.last_error
    assert len(fake_providers.received) == 3 and fake_providers.delivered() == []


@pytest.mark.parametrize("code", [21211, 21610, 63016])
def test_permanent_errors_fail_at_once_and_are_never_retried(
    db, session_factory, fake_providers, clock, family, code
):
    _, (mum, *_) = family
    row = queue(db, mum, "reply:3")
    fake_providers.plan(mum.phone_e164, Reply.error(400, code))
    sender = make_sender(session_factory, twilio_channels(fake_providers, clock), clock)

    assert sender.drain().failed == 1
    failed_at = clock.now
    clock.advance(timedelta(days=1))
    assert sender.drain().handled == 0

    row = fresh(db, row)
    assert (row.status, row.attempts) == ("failed", 1)
    assert str(code) in row.last_error
    assert len(fake_providers.received) == 1
    mum = fresh(db, mum)
    opted_out = code == 21610
    assert (mum.opted_out, mum.opted_out_at) == (opted_out, failed_at if opted_out else None)


def test_nothing_more_is_sent_to_a_contact_who_opted_out(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, *_) = family
    first = queue(db, mum, "reply:4")
    fake_providers.plan(mum.phone_e164, Reply.error(400, 21610))
    sender = make_sender(session_factory, twilio_channels(fake_providers, clock), clock)
    sender.drain()
    later = queue(db, mum, "weekly:1", kind="weekly")

    assert sender.drain().failed == 1

    assert fresh(db, first).status == fresh(db, later).status == "failed"
    assert "opted out" in fresh(db, later).last_error
    assert len(fake_providers.received) == 1


def test_alerts_to_the_dsl_do_not_change_the_parent_they_are_about(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, dad, _) = family
    dsl = StaffUser(name="Jo DSL", email="dsl@school.example", role="dsl",
                    phone_e164="+447700900500", password_hash="-")
    db.add(dsl)
    db.flush()
    about_mum, about_dad = (
        enqueue(db, key=f"dsl_alert:{parent.id}", channel="sms", recipient=dsl.phone_e164,
                body=f"Safeguarding: please call {parent.name}", kind="dsl_alert",
                staff_user_id=dsl.id, payload={"about_contact_id": parent.id}, not_before=T0)
        for parent in (mum, dad)
    )
    db.commit()
    # The first alert goes through; then the DSL's own phone has said STOP.
    fake_providers.plan(dsl.phone_e164, Reply.ok(), Reply.error(400, 21610))

    make_sender(session_factory, twilio_channels(fake_providers, clock), clock).drain()

    assert fresh(db, about_mum).status == "sent"
    assert db.get(Message, fresh(db, about_mum).message_id).contact_id is None
    assert fresh(db, about_dad).status == "failed"
    assert fresh(db, dad).opted_out is False  # the DSL's STOP is not dad's
    assert fresh(db, mum).opted_out is False


# --- WhatsApp -----------------------------------------------------------------------

@pytest.mark.parametrize("templates, channel, to", [
    ({"chase": "HXchase"}, "whatsapp", "whatsapp:+447700900001"),
    ({}, "sms", "+447700900001"),
], ids=["template", "no-template-so-sms"])
def test_whatsapp_outside_24_hours_uses_a_template_or_falls_back_to_sms(
    db, session_factory, fake_providers, clock, family, templates, channel, to
):
    sam, (mum, *_) = family
    mum.whatsapp_last_inbound_at = T0 - timedelta(hours=30)
    row = queue(db, mum, "chase:1", channel="whatsapp", kind="chase",
                body="Sam is not in school today. Is Sam OK?", payload={"pupil_id": sam.id})
    channels = twilio_channels(fake_providers, clock, templates=templates)

    assert make_sender(session_factory, channels, clock).drain().sent == 1

    [request] = fake_providers.delivered()
    assert request.params["To"] == to
    assert ("ContentSid" in request.params) is bool(templates)
    message = db.get(Message, fresh(db, row).message_id)
    assert (message.channel, message.provider_id) == (channel, request.provider_id)


def test_whatsapp_refused_outside_the_window_goes_again_by_sms_to_the_same_number(
    db, session_factory, fake_providers, clock, family
):
    sam, (mum, *_) = family
    mum.whatsapp_last_inbound_at = T0 - timedelta(hours=2)  # inside the window, we thought
    row = queue(db, mum, "chase:wa:1", channel="whatsapp", kind="chase", body=CHASE,
                payload={"pupil_id": sam.id})
    fake_providers.plan("whatsapp:" + mum.phone_e164, Reply.error(400, 63016))
    sender = make_sender(session_factory, twilio_channels(fake_providers, clock), clock)

    report = sender.drain()  # the SMS is due at once, so the same drain sends it
    assert (report.failed, report.sent) == (1, 1)

    original, again = outbox_rows(db)
    assert (original.status, again.status) == ("failed", "sent")
    assert (again.channel, again.recipient, again.contact_id, again.kind) == (
        "sms", mum.phone_e164, mum.id, "chase")
    # The same contact by SMS, not the chase's next contact.
    assert [r.recipient for r in fake_providers.delivered(Body=CHASE)] == [mum.phone_e164]


def test_a_report_that_whatsapp_refused_outside_the_window_queues_one_sms(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, *_) = family
    mum.whatsapp_last_inbound_at = T0 - timedelta(hours=2)
    message = send_one(db, session_factory, fake_providers, clock, mum, "weekly:wa:1",
                       channel="whatsapp", kind="weekly")
    assert message.channel == "whatsapp"

    for _ in range(2):  # Twilio may report the failure more than once
        record_delivery_status(db, message.provider_id, "failed", "63016", now=clock.now)
    db.commit()

    original, again = outbox_rows(db)
    assert (again.channel, again.recipient, again.body, again.status) == (
        "sms", mum.phone_e164, original.body, "pending")


# --- claims, leases and concurrent senders ------------------------------------------

def test_a_crashed_senders_rows_are_retried_once_its_lease_runs_out(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, *_) = family
    row = queue(db, mum, "reply:5")
    with session_scope(session_factory) as session:  # a sender claims the row, then dies
        [claimed] = claim_due(session, now=T0, lease=DEFAULT_LEASE, limit=10, channels=["sms"])
    assert (claimed.status, claimed.attempts) == ("sending", 1)
    assert claimed.claimed_until == T0 + DEFAULT_LEASE
    sender = make_sender(session_factory, twilio_channels(fake_providers, clock), clock)

    clock.now = T0 + DEFAULT_LEASE - timedelta(seconds=1)
    assert sender.drain().handled == 0
    clock.now = T0 + DEFAULT_LEASE
    assert sender.drain().sent == 1

    assert len(fake_providers.delivered()) == 1
    assert (fresh(db, row).status, fresh(db, row).attempts) == ("sent", 2)


class SlowChannel(Channel):
    """Sends through `inner`, but the first send outlasts the sender's lease, and
    `meanwhile` runs while it hangs."""

    name = "sms"

    def __init__(self, inner: Channel, clock: FakeClock, meanwhile=lambda: None) -> None:
        self.inner, self.clock, self.meanwhile = inner, clock, meanwhile
        self.slow = True

    def send(self, row):
        if self.slow:
            self.slow = False
            self.clock.advance(DEFAULT_LEASE + timedelta(seconds=1))
            self.meanwhile()
        return self.inner.send(row)


def test_a_sender_whose_lease_ran_out_mid_send_does_not_overwrite_the_one_that_took_over(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, *_) = family
    row = queue(db, mum, "reply:6")
    other = make_sender(session_factory, twilio_channels(fake_providers, clock), clock)
    reports = {}
    slow = SlowChannel(twilio_channels(fake_providers, clock)["sms"], clock,
                       meanwhile=lambda: reports.setdefault("other", other.drain()))

    reports["slow"] = make_sender(session_factory, {"sms": slow}, clock).drain()

    assert (reports["other"].sent, reports["slow"].lost, reports["slow"].sent) == (1, 1, 0)
    row = fresh(db, row)
    [message] = db.scalars(select(Message)).all()
    assert (row.status, row.attempts, row.message_id) == ("sent", 2, message.id)
    # The residual risk of a send that outlasts its lease: both went out.
    assert len(fake_providers.delivered()) == 2


def test_a_sender_leaves_rows_whose_lease_ran_out_before_their_turn(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, dad, _) = family
    first, second = queue(db, mum, "reply:7"), queue(db, dad, "reply:8")
    slow = SlowChannel(twilio_channels(fake_providers, clock)["sms"], clock)

    report = make_sender(session_factory, {"sms": slow}, clock).send_batch()

    assert (report.sent, report.lost) == (1, 1)
    assert [r.recipient for r in fake_providers.delivered()] == [mum.phone_e164]
    assert (fresh(db, first).status, fresh(db, second).status) == ("sent", "sending")
    assert make_sender(session_factory, {"sms": slow}, clock).drain().sent == 1
    assert len(fake_providers.delivered(To=dad.phone_e164)) == 1


@pytest.mark.skipif(not POSTGRES_URL, reason="concurrent senders need PostgreSQL's FOR UPDATE "
                    "SKIP LOCKED; SQLite has one writer at a time, so its senders only take turns")
def test_two_senders_on_postgresql_send_each_row_exactly_once(
    db, session_factory, fake_providers, clock, family
):
    _, contacts = family
    bodies = [f"Message {n}" for n in range(30)]
    for n, body in enumerate(bodies):
        queue(db, contacts[n % 3], f"reply:many:{n}", body=body)
    start = threading.Barrier(2)
    reports = {}

    def drain(name: str) -> None:
        sender = make_sender(session_factory, twilio_channels(fake_providers, clock), clock,
                             batch_size=2)
        start.wait()
        reports[name] = sender.drain()

    threads = [threading.Thread(target=drain, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(r.body for r in fake_providers.received) == sorted(bodies)
    assert reports["a"].sent + reports["b"].sent == len(bodies)
    assert {r.status for r in outbox_rows(db)} == {"sent"}
    assert db.scalar(select(func.count()).select_from(Message)) == len(bodies)


def test_rows_for_a_channel_without_credentials_wait(db, session_factory, fake_providers, clock):
    school = make_school(db)
    parent = make_contact(db, school, "07700 900020", telegram_chat_id=777)
    row = queue(db, parent, "reply:tg:2", channel="telegram")

    report = make_sender(session_factory, twilio_channels(fake_providers, clock), clock).drain()

    assert report.handled == 0
    row = fresh(db, row)
    assert (row.status, row.attempts) == ("pending", 0)


# --- delivery reports ---------------------------------------------------------------

def send_one(db, session_factory, fake, clock, contact, key, **fields) -> Message:
    row = queue(db, contact, key, **fields)
    make_sender(session_factory, twilio_channels(fake, clock), clock).drain()
    return db.get(Message, fresh(db, row).message_id)


def test_delivery_reports_move_a_message_forward_never_back(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, *_) = family
    message = send_one(db, session_factory, fake_providers, clock, mum, "reply:9")
    delivered_at = T0 + timedelta(seconds=5)

    record_delivery_status(db, message.provider_id, "delivered", None, now=delivered_at)
    record_delivery_status(db, message.provider_id, "sent", None)  # late, out of order
    assert (message.status, message.delivered_at) == ("delivered", delivered_at)

    record_delivery_status(db, message.provider_id, "read", None, now=T0 + timedelta(minutes=9))
    db.commit()
    message = fresh(db, message)
    assert (message.status, message.delivered_at) == ("read", delivered_at)


def test_a_delivery_report_for_an_unknown_message_changes_nothing(db):
    assert record_delivery_status(db, "SM" + "f" * 32, "delivered", None) is None


def test_a_failed_report_keeps_its_error_and_an_opt_out_is_remembered(
    db, session_factory, fake_providers, clock, family
):
    _, (mum, *_) = family
    message = send_one(db, session_factory, fake_providers, clock, mum, "reply:10")

    record_delivery_status(db, message.provider_id, "failed", "21610", now=T0)
    db.commit()

    assert (fresh(db, message).status, fresh(db, message).error_code) == ("failed", "21610")
    assert fresh(db, mum).opted_out is True
    assert len(outbox_rows(db)) == 1  # not a chase: nothing else is queued


# --- chases move on to the next contact ---------------------------------------------

CHASE = "Sam is not in school today. Please reply to tell us why."


def test_an_undelivered_chase_goes_to_the_next_contact_who_has_not_opted_out(
    db, session_factory, fake_providers, clock, family
):
    sam, (mum, dad, gran) = family
    dad.opted_out = True
    db.commit()
    chase = send_one(db, session_factory, fake_providers, clock, mum, "chase:sam:2026-11-25",
                     body=CHASE, kind="chase", payload={"pupil_id": sam.id})

    record_delivery_status(db, chase.provider_id, "undelivered", "30003", now=clock.now)
    record_delivery_status(db, chase.provider_id, "failed", "30003", now=clock.now)  # again
    db.commit()

    original, passed_on = outbox_rows(db)
    assert (passed_on.contact_id, passed_on.recipient, passed_on.channel) == (
        gran.id, gran.phone_e164, "sms")
    assert (passed_on.body, passed_on.kind) == (CHASE, "chase")
    assert passed_on.payload == {"pupil_id": sam.id}
    assert passed_on.idempotency_key.startswith(original.idempotency_key)
    assert passed_on.idempotency_key != original.idempotency_key

    make_sender(session_factory, twilio_channels(fake_providers, clock), clock).drain()
    assert [r.recipient for r in fake_providers.delivered(Body=CHASE)] == [
        mum.phone_e164, gran.phone_e164]


def test_a_chase_that_cannot_be_sent_at_all_goes_to_the_next_contact_at_once(
    db, session_factory, fake_providers, clock, family
):
    sam, (mum, dad, _) = family
    dad.phone_e164, dad.telegram_chat_id = None, 9001  # dad is only on Telegram
    db.commit()
    queue(db, mum, "chase:sam:2", body=CHASE, kind="chase", payload={"pupil_id": sam.id})
    fake_providers.plan(mum.phone_e164, Reply.error(400, 21211))

    make_sender(session_factory, twilio_channels(fake_providers, clock), clock).drain()

    original, passed_on = outbox_rows(db)
    assert original.status == "failed"
    assert (passed_on.contact_id, passed_on.channel, passed_on.recipient, passed_on.status) == (
        dad.id, "telegram", "9001", "pending")


def test_a_failed_chase_to_the_last_contact_goes_nowhere(
    db, session_factory, fake_providers, clock, family
):
    sam, (*_, gran) = family
    chase = send_one(db, session_factory, fake_providers, clock, gran, "chase:sam:3",
                     body=CHASE, kind="chase", payload={"pupil_id": sam.id})
    record_delivery_status(db, chase.provider_id, "failed", "30005")
    db.commit()
    assert len(outbox_rows(db)) == 1


def test_other_failed_messages_are_not_passed_on(
    db, session_factory, fake_providers, clock, family
):
    sam, (mum, *_) = family
    weekly = send_one(db, session_factory, fake_providers, clock, mum, "weekly:sam:1",
                      kind="weekly", payload={"pupil_id": sam.id})
    record_delivery_status(db, weekly.provider_id, "undelivered", "30003")
    db.commit()
    assert len(outbox_rows(db)) == 1


# --- the command --------------------------------------------------------------------

@pytest.fixture
def demo_env(monkeypatch, db_url):
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_MESSAGING_SERVICE_SID",
                 "TWILIO_FROM", "TELEGRAM_BOT_TOKEN", "TWILIO_WHATSAPP_TEMPLATES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ROLLCALL_MODE", "demo")
    monkeypatch.setenv("DATABASE_URL", db_url)
    return dict(os.environ)


def test_rollcall_send_in_demo_mode_prints_what_is_due_once(db, family, demo_env):
    _, (mum, *_) = family
    enqueue(db, key="reply:cli", channel="sms", recipient=mum.phone_e164, body="Hello from school",
            kind="reply", contact_id=mum.id)
    db.commit()

    first = CliRunner().invoke(main, ["send"])
    again = CliRunner().invoke(main, ["send"])

    assert first.exit_code == 0, first.output
    assert f"[sms to {mum.phone_e164}] Hello from school" in first.output
    assert "sent 1, retrying 0, failed 0" in first.output
    assert "Hello from school" not in again.output
    [row] = outbox_rows(db)
    assert row.status == "sent" and db.get(Message, row.message_id).provider == "console"


def test_rollcall_send_forever_keeps_sending_until_sigterm(db, family, demo_env):
    _, (mum, *_) = family
    process = subprocess.Popen(
        [sys.executable, "-c", "from rollcall.cli import main; main()", "send", "--forever",
         "--interval", "0.1"],
        env=demo_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        enqueue(db, key="reply:forever", channel="sms", recipient=mum.phone_e164,
                body="Sent while polling", kind="reply", contact_id=mum.id)
        db.commit()
        output = _read_until(process, "sent 1", deadline=time.monotonic() + 30)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()
    assert "Sent while polling" in output
    assert outbox_rows(db)[0].status == "sent"


def _read_until(process: subprocess.Popen, text: str, deadline: float) -> str:
    output = ""
    while text not in output:
        assert time.monotonic() < deadline, f"no {text!r} in {output!r}"
        line = process.stdout.readline()
        assert line, f"the sender exited: {output!r}"
        output += line
    return output
