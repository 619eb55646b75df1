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

from sqlalchemy import exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.keywords import Keyword, keyword_of
from bot.replies import Reply, Texts
from models import Message, utcnow

log = logging.getLogger(__name__)

Handler = Callable[[Session, Message], list[Reply]]
Deliver = Callable[[Session, Message, Sequence[Reply]], None]

RATE_WINDOW = timedelta(minutes=1)



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
    if _claim(session, message) == "received":
        _one_at_a_time_per_sender(session, message)
        replies = _process(session, message, handler, rate_limit)
        deliver(session, message, replies)
    session.commit()
    return Received(message, replies)


def store(session: Session, inbound: Inbound) -> Message:
    """Commit the message, or find the one stored before under the same provider id."""
    message = Message(
        direction="in", status="received", channel=inbound.channel,
        provider=inbound.provider, provider_id=inbound.provider_id,
        sender=inbound.sender, recipient=inbound.recipient, body=inbound.body,
        school_id=inbound.school_id, kind=inbound.kind, created_at=utcnow(),
    )
    session.add(message)
    try:
        session.commit()
        return message
    except IntegrityError:
        session.rollback()
        if inbound.provider_id is None:
            raise
    return session.scalars(
        select(Message).where(
            Message.provider == inbound.provider, Message.provider_id == inbound.provider_id
        )
    ).one()


def _claim(session: Session, message: Message) -> str:
    """Lock the message until this transaction ends; return its status as it is now.

    A no-op UPDATE takes PostgreSQL's row lock and SQLite's write lock alike, so a
    retry arriving while the first delivery is still being processed waits for it,
    then sees it processed. Nothing else changes a message that is still "received",
    so `message` is current whenever that is the status returned.
    """
    status = session.scalar(
        update(Message.__table__).where(Message.id == message.id)
        .values(status=Message.status).returning(Message.status)
    )
    if status != message.status:
        session.refresh(message)
    return status


def _one_at_a_time_per_sender(session: Session, message: Message) -> None:
    """Hold back this sender's other messages until this one is processed.

    A parent's two quick texts ("Amy is off", "she's ill") arrive together; processed
    side by side, both would read the same conversation state and one would lose. On
    PostgreSQL a transaction-scoped advisory lock on the sender orders them (a hash
    collision only makes two senders wait for each other); SQLite already runs one
    writer at a time, and the claim made this transaction the writer.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(message.sender))))


def _process(session: Session, message: Message, handler: Handler, rate_limit: int) -> list[Reply]:
    if _over_rate_limit(session, message, rate_limit):
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
    if _claim(session, message) != "received":
        return None
    _one_at_a_time_per_sender(session, message)
    return message


def _over_rate_limit(session: Session, message: Message, limit: int) -> bool:
    if keyword_of(message.body, opted_out=False) is Keyword.OPT_OUT:
        return False  # STOP is honoured however many messages came before it
    # Counted from stored rows, so the limit holds across every worker and process.
    earlier = session.scalar(
        select(func.count()).select_from(Message).where(*_recent_from_sender(message))
    )
    return earlier >= limit


def _refuse_over_limit(session: Session, message: Message) -> list[Reply]:
    """Keep the message unprocessed; say so once a window, then stay quiet."""
    already_told = session.scalar(
        select(exists().where(*_recent_from_sender(message), Message.kind == "rate_limited"))
    )
    message.status = "failed"
    message.kind = "rate_limited"
    return [] if already_told else [Reply(Texts().rate_limited())]


def _recent_from_sender(message: Message) -> tuple:
    return (
        Message.sender == message.sender,
        Message.direction == "in",
        Message.created_at > message.created_at - RATE_WINDOW,
        Message.id < message.id,
    )


def reply_in_response(session: Session, message: Message, replies: Sequence[Reply]) -> None:
    """Deliver for channels answered in the HTTP response (TwiML, the simulator):
    keep each reply as an outbound message, so a repeat can be answered the same."""
    if not replies:
        return
    now = utcnow()
    session.execute(insert(Message), [dict(
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
