"""Draining the outbox: claim the rows that are due, send each through its channel,
record what happened.

Never twice. A sender claims rows in one short transaction before any network call:
a single UPDATE moves them from "pending" to "sending", counts the attempt and sets
a lease (claimed_until). Only then does it send, outside any transaction, and it
records each outcome in a transaction of its own that first checks the claim is
still its own (status "sending" and the attempt number it claimed), so a sender
whose lease ran out can never overwrite the sender that took the row over.

- PostgreSQL: the claim's inner SELECT takes FOR UPDATE SKIP LOCKED, so any number
  of senders drain at once, each taking rows the others have not.
- SQLite: one writer at a time. The claim is a single UPDATE ... RETURNING, atomic
  on its own, so two senders on one SQLite file are still safe, only serialised
  (busy_timeout makes the second wait its turn). Run one sender per SQLite file.

The lease. A sender that dies between claim and record leaves rows in "sending";
once claimed_until has passed any sender claims them again. The lease (5 minutes)
must outlast a whole batch of sends at the channels' timeout (10 x 10 s); before
each send the sender also checks its lease is still running, and leaves the row
alone if not.

Retries. A transient failure reschedules the row after an exponential backoff with
jitter (30 s, 1, 2, 4 ... minutes, capped at an hour, each drawn from its upper
half), or later if the provider asked for a longer wait; after `max_attempts`
claims the row fails. A permanent failure fails the row at once; an opted-out
recipient (Twilio 21610) is marked opted out, and nothing more is sent to them.

A send that hangs past the timeout has an unknown outcome: the provider may have
accepted it. We treat it as transient and retry, because a lost absence chase or
safeguarding alert costs more than a duplicate. Neither provider lets us make the
retry safe: Twilio's Messages create takes no idempotency key (twilio-python gives
Idempotency-Key only to other APIs, and I-Twilio-Idempotency-Token is the header
Twilio puts on the webhooks it sends us), and Telegram's sendMessage has none. So a
timeout after the provider accepted the message can, rarely, send it twice.
"""
from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from bot.channels import (
    Channel, PermanentSendError, SendError, SendResult, TransientSendError, recipient_contact,
)
from bot.delivery import after_failure
from models import Message, Outbox, utcnow
from models.db import session_scope

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(minutes=5)
DEFAULT_BATCH_SIZE = 10


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 10
    first_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(hours=1)

    def delay(self, attempt: int, rng: random.Random) -> timedelta:
        """The wait after the `attempt`-th failed try: doubling, capped, with equal
        jitter (half fixed, half random) so many failed rows do not retry together."""
        full = min(self.max_delay, self.first_delay * 2 ** (attempt - 1))
        return full / 2 + (full / 2) * rng.random()


@dataclass
class DrainReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    lost: int = 0  # claims another sender took over after our lease ran out

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def merge(self, other: DrainReport) -> None:
        for outcome in ("sent", "retrying", "failed", "lost"):
            setattr(self, outcome, getattr(self, outcome) + getattr(other, outcome))

    @property
    def handled(self) -> int:
        return self.sent + self.retrying + self.failed + self.lost

    def __str__(self) -> str:
        text = f"sent {self.sent}, retrying {self.retrying}, failed {self.failed}"
        return text + (f", lost {self.lost}" if self.lost else "")


def claim_due(session: Session, *, now: datetime, lease: timedelta, limit: int,
              channels: Collection[str]) -> list[Outbox]:
    """Claim up to `limit` due rows for `channels`; return them detached, contacts loaded.

    Due: pending and next_attempt_at has come, or sending and its lease ran out.
    Commit soon after: on PostgreSQL the claimed rows stay locked until then.
    """
    due = (
        select(Outbox.id)
        .where(
            Outbox.channel.in_(list(channels)),
            or_(
                (Outbox.status == "pending") & (Outbox.next_attempt_at <= now),
                (Outbox.status == "sending") & (Outbox.claimed_until <= now),
            ),
        )
        .order_by(Outbox.next_attempt_at, Outbox.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claim = (
        update(Outbox)
        .where(Outbox.id.in_(due.scalar_subquery()))
        .values(status="sending", claimed_until=now + lease, attempts=Outbox.attempts + 1)
        .returning(Outbox.id)
    )
    ids = session.scalars(claim, execution_options={"synchronize_session": False}).all()
    if not ids:
        return []
    rows = session.scalars(
        select(Outbox).where(Outbox.id.in_(ids)).order_by(Outbox.next_attempt_at, Outbox.id)
        .options(selectinload(Outbox.contact))
        .execution_options(populate_existing=True)
    ).all()
    session.expunge_all()  # the rows travel to the channels without a session
    return list(rows)


class Sender:
    """Drains the outbox through `channels` (by channel name). One per thread."""

    def __init__(self, session_factory: sessionmaker[Session], channels: Mapping[str, Channel], *,
                 policy: RetryPolicy = RetryPolicy(), lease: timedelta = DEFAULT_LEASE,
                 batch_size: int = DEFAULT_BATCH_SIZE, clock: Callable[[], datetime] = utcnow,
                 rng: random.Random | None = None) -> None:
        self.session_factory = session_factory
        self.channels = channels
        self.policy = policy
        self.lease = lease
        self.batch_size = batch_size
        self.clock = clock
        self.rng = rng or random.Random()

    def drain(self) -> DrainReport:
        """Send everything due now, batch after batch, until nothing is left to claim."""
        report = DrainReport()
        while (batch := self.send_batch()).handled:
            report.merge(batch)
        return report

    def run_until(self, stop: threading.Event, *, interval: float,
                  on_batch: Callable[[DrainReport], None]) -> None:
        """Poll every `interval` seconds until `stop` is set, reporting each batch that
        did something. A stop lets the batch in hand finish: no claim is left mid-send."""
        while not stop.is_set():
            batch = self.send_batch()
            if batch.handled:
                on_batch(batch)
            else:
                stop.wait(interval)

    def send_batch(self) -> DrainReport:
        with session_scope(self.session_factory) as session:
            rows = claim_due(session, now=self.clock(), lease=self.lease,
                             limit=self.batch_size, channels=self.channels.keys())
        report = DrainReport()
        for row in rows:
            report.add(self._send_one(row))
        return report

    def _send_one(self, row: Outbox) -> str:
        if self.clock() >= row.claimed_until:
            log.warning("outbox %s: lease ran out before sending; left to be reclaimed", row.id)
            return "lost"
        result, error = self._attempt(row)
        with session_scope(self.session_factory) as session:
            current = self._still_ours(session, row)
            if current is None:
                log.warning("outbox %s: claim taken over while sending (provider id %s)",
                            row.id, result.provider_id if result else None)
                return "lost"
            now = self.clock()
            if result is not None:
                _mark_sent(session, current, result, now)
                return "sent"
            attempts_left = current.attempts < self.policy.max_attempts
            if isinstance(error, TransientSendError) and attempts_left:
                self._reschedule(current, error, now)
                return "retrying"
            _mark_failed(session, current, error, now)
            return "failed"

    def _attempt(self, row: Outbox) -> tuple[SendResult | None, SendError | None]:
        contact = recipient_contact(row)
        if contact is not None and contact.opted_out:
            return None, PermanentSendError("the contact has opted out")
        try:
            return self.channels[row.channel].send(row), None
        except SendError as error:
            return None, error
        except Exception as exc:  # a bug in a channel must not stop the other rows
            log.exception("outbox %s: unexpected error sending", row.id)
            return None, TransientSendError(f"unexpected {exc.__class__.__name__}: {exc}")

    @staticmethod
    def _still_ours(session: Session, row: Outbox) -> Outbox | None:
        return session.scalars(
            select(Outbox)
            .where(Outbox.id == row.id, Outbox.status == "sending", Outbox.attempts == row.attempts)
            .with_for_update()
        ).one_or_none()

    def _reschedule(self, row: Outbox, error: TransientSendError, now: datetime) -> None:
        wait = self.policy.delay(row.attempts, self.rng)
        if error.retry_after is not None:
            wait = max(wait, error.retry_after)
        row.status = "pending"
        row.next_attempt_at = now + wait
        row.claimed_until = None
        row.last_error = str(error)
        log.info("outbox %s: attempt %s failed (%s); next at %s", row.id, row.attempts, error,
                 row.next_attempt_at.isoformat())


def _mark_sent(session: Session, row: Outbox, result: SendResult, now: datetime) -> None:
    contact = recipient_contact(row)
    message = Message(
        school_id=row.school_id, contact_id=contact.id if contact else None, direction="out",
        channel=result.channel, provider=result.provider, provider_id=result.provider_id,
        sender=result.sender, recipient=row.recipient, body=row.body, kind=row.kind,
        status="sent", created_at=now, sent_at=now,
    )
    session.add(message)
    session.flush()
    row.status = "sent"
    row.sent_at = now
    row.message_id = message.id
    row.claimed_until = None
    row.last_error = None


def _mark_failed(session: Session, row: Outbox, error: SendError | None, now: datetime) -> None:
    row.status = "failed"
    row.claimed_until = None
    row.last_error = str(error)
    log.warning("outbox %s failed after %s attempt(s): %s", row.id, row.attempts, error)
    contact = recipient_contact(row)
    if isinstance(error, PermanentSendError) and error.opted_out and contact is not None:
        contact.opt_out(now)
    after_failure(session, row, error.code if error else None, now)
