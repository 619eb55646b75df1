"""The one path every inbound message takes, whatever its channel:
store it, claim it, process it once (within the sender's rate limit), answer it.

The message is committed before anything else happens, so a crash while processing
loses nothing. A repeat (the same provider id: a webhook retried) is stored once and
never processed twice: the caller answers it from what the first delivery left.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import NamedTuple

from sqlalchemy import bindparam, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, make_transient_to_detached

from bot.keywords import Keyword, keyword_of
from bot.replies import Reply, Texts
from models import Message, School, utcnow
from models.db import insert_for

log = logging.getLogger(__name__)

Handler = Callable[[Session, Message], list[Reply]]
Deliver = Callable[[Session, Message, Sequence[Reply]], None]

RATE_WINDOW = timedelta(minutes=1)
# The table itself in the statements run on every message (store, claim, rate limit,
# replies): through the ORM entity, each costs a good part as much again in Python.
MESSAGES = Message.__table__



@dataclass(frozen=True)
class Inbound:
    """A message as it arrived, before it is stored."""

    channel: str
    sender: str
    recipient: str
    body: str
    provider: str | None = None
    provider_id: str | None = None
    school_id: int | None = None
    # Or the number the parent wrote to: the school whose sms_number it is, looked up
    # by the statement that stores the message.
    school_number: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Received:
    """The stored message, and the replies this delivery produced: None for a repeat,
    which is neither processed nor delivered again."""

    message: Message
    replies: list[Reply] | None


def receive(
    session: Session, inbound: Inbound, *, handler: Handler, deliver: Deliver, rate_limit: int
) -> Received:
    """Store `inbound`, run `handler` on it once, and pass its replies to `deliver`."""
    message = store(session, inbound)
    replies = None
    claim = _claim(session, message)
    if claim.status == "received":
        replies = _process(session, message, handler, claim.earlier >= rate_limit)
        deliver(session, message, replies)
    session.commit()
    return Received(message, replies)


def store(session: Session, inbound: Inbound) -> Message:
    """Commit the message, or find the one stored before under the same provider id."""
    params = dict(
        channel=inbound.channel, provider=inbound.provider, provider_id=inbound.provider_id,
        sender=inbound.sender, recipient=inbound.recipient, body=inbound.body,
        school_id=inbound.school_id, school_number=inbound.school_number, kind=inbound.kind,
        created_at=utcnow(),
    )
    by_number = inbound.school_number is not None
    row = session.execute(_store_statement(_dialect(session), by_number), params).first()
    if row is None:  # a repeat
        message = session.scalars(STORED_BEFORE, params).one()
    else:
        message = _adopt(session, row)
    session.commit()
    return message


def _adopt(session: Session, row) -> Message:
    """The row just inserted, as a Message the session holds, without reading it back.

    The ORM's own INSERT (a flush, or an ORM-enabled insert) costs twice the Python of
    a plain one with RETURNING, on every message."""
    message = Message(**row._asdict())
    make_transient_to_detached(message)  # as if loaded: clean, its id its identity
    session.add(message)
    return message


# The statements run for every message are built once: building one and working out
# its cache key costs about as much Python as running it.
STORED_BEFORE = select(Message).where(
    Message.provider == bindparam("provider"), Message.provider_id == bindparam("provider_id"))


@cache
def _store_statement(dialect: str, by_number: bool):
    school_id = (
        select(School.id).where(School.sms_number == bindparam("school_number")).scalar_subquery()
        if by_number else bindparam("school_id")
    )
    fields = ("channel", "provider", "provider_id", "sender", "recipient", "body", "kind",
              "created_at")
    return (
        insert_for(dialect)(MESSAGES)
        .values(direction="in", status="received", school_id=school_id,
                **{name: bindparam(name) for name in fields})
        .on_conflict_do_nothing(index_elements=["provider", "provider_id"])
        .returning(*MESSAGES.c)
    )


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


class Claim(NamedTuple):
    status: str  # the message's, as it is now
    earlier: int  # messages from the same sender within the rate window before this one


def _claim(session: Session, message: Message) -> Claim:
    """Lock the message until this transaction ends, and on PostgreSQL hold back this
    sender's other messages too; return the message's status as it is now, and how
    many messages the sender sent before it within the rate window.

    A no-op UPDATE takes PostgreSQL's row lock and SQLite's write lock alike, so a
    retry arriving while the first delivery is still being processed waits for it,
    then sees it processed. Nothing else changes a message that is still "received",
    so `message` is current whenever that is the status returned.

    A parent's two quick texts ("Amy is off", "she's ill") arrive together; processed
    side by side, both would read the same conversation state and one would lose. On
    PostgreSQL a transaction-scoped advisory lock on the sender, taken in the same
    statement once the row is locked, orders them (a hash collision only makes two
    senders wait for each other); SQLite already runs one writer at a time, and the
    claim made this transaction the writer. The count for the rate limit rides on the
    same statement: a round trip of its own would cost as much again.
    """
    claim = _claim_statement(_dialect(session))
    row = session.execute(claim, {"message_id": message.id, **_recent(message)}).first()
    if row.status != message.status:
        session.refresh(message)
    return Claim(row.status, row.earlier)


@cache
def _claim_statement(dialect: str):
    claim = (update(MESSAGES).where(MESSAGES.c.id == bindparam("message_id"))
             .values(status=MESSAGES.c.status)
             .returning(MESSAGES.c.status, EARLIER_FROM_SENDER.scalar_subquery().label("earlier")))
    if dialect == "postgresql":
        claim = claim.returning(func.pg_advisory_xact_lock(func.hashtext(MESSAGES.c.sender)))
    return claim


def _process(session: Session, message: Message, handler: Handler, over_limit: bool) -> list[Reply]:
    # STOP is honoured however many messages came before it.
    if over_limit and keyword_of(message.body, opted_out=False) is not Keyword.OPT_OUT:
        return _refuse_over_limit(session, message)
    message_id = message.id  # readable even after a failed flush
    try:
        return _run(session, message, handler)
    except IntegrityError:
        # Another message wrote the same row first (the other parent of the same child,
        # at the same moment) and has committed: run again on the data as it now is.
        log.warning("inbound message %s met a concurrent write; running it again", message_id)
        message = _restart(session, message_id)
        if message is None:
            return []
        try:
            return _run(session, message, handler)
        except Exception:
            log.exception("processing inbound message %s failed", message_id)
    except Exception:
        log.exception("processing inbound message %s failed", message_id)
    message = _restart(session, message_id)
    if message is None:
        return []
    message.status = "failed"
    return [Reply(Texts().processing_failed())]


def _run(session: Session, message: Message, handler: Handler) -> list[Reply]:
    replies = handler(session, message)
    session.flush()  # so the handler's database errors surface here, not at commit
    return replies


def _restart(session: Session, message_id: int) -> Message | None:
    """Undo everything the handler wrote (the message itself stays stored) and claim
    the message again; None if a retried delivery handled it meanwhile. No savepoint
    guards the handler instead: it would cost two round trips on every message to
    save one on the rare failure."""
    session.rollback()
    message = session.get(Message, message_id)
    if _claim(session, message).status != "received":
        return None
    return message


def _refuse_over_limit(session: Session, message: Message) -> list[Reply]:
    """Keep the message unprocessed; say so once a window, then stay quiet."""
    already_told = session.scalar(ALREADY_TOLD, _recent(message))
    message.status = "failed"
    message.kind = "rate_limited"
    return [] if already_told else [Reply(Texts().rate_limited())]


# Counted from stored rows, so the limit holds across every worker and process.
def _recent_from_sender(table) -> tuple:
    return (
        table.c.sender == bindparam("from_sender"),
        table.c.direction == "in",
        table.c.created_at > bindparam("since", type_=table.c.created_at.type),
        table.c.id < bindparam("before_id"),
    )


# An alias: inside the claim's UPDATE of the same table, the plain name would read as
# the row being updated.
EARLIER = MESSAGES.alias("earlier_message")
EARLIER_FROM_SENDER = select(func.count()).select_from(EARLIER).where(*_recent_from_sender(EARLIER))
ALREADY_TOLD = select(exists().where(*_recent_from_sender(MESSAGES), MESSAGES.c.kind == "rate_limited"))


def _recent(message: Message) -> dict:
    # Not named after columns: the claim is an UPDATE, which keeps those names for SET.
    return {"from_sender": message.sender, "since": message.created_at - RATE_WINDOW,
            "before_id": message.id}


def reply_in_response(session: Session, message: Message, replies: Sequence[Reply]) -> None:
    """Deliver for channels answered in the HTTP response (TwiML, the simulator):
    keep each reply as an outbound message, so a repeat can be answered the same."""
    if not replies:
        return
    now = utcnow()
    session.execute(insert(MESSAGES), [dict(
        direction="out", status="sent", kind="reply", channel=message.channel,
        provider=message.provider, sender=message.recipient, recipient=message.sender,
        body=reply.plain_text(), school_id=message.school_id, contact_id=message.contact_id,
        in_reply_to_id=message.id, created_at=now, sent_at=now,
    ) for reply in replies])


def replies_to(session: Session, received: Received) -> list[str]:
    """The bodies of the replies given in response to a message, in order: this
    delivery's, or for a repeat, those kept the first time."""
    if received.replies is not None:
        return [reply.plain_text() for reply in received.replies]
    message = received.message
    return list(session.scalars(
        select(Message.body).where(Message.in_reply_to_id == message.id).order_by(Message.id)
    ))
