"""Every message in and out, the outbox, and each contact's conversation state."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.people import Contact, StaffUser

CHANNELS = ("sms", "whatsapp", "telegram", "console")
# Inbound: received -> processed | failed. Outbound: queued -> sent -> delivered | read,
# or undelivered | failed (Twilio's words, so status callbacks map one to one).
MESSAGE_STATUSES = (
    "received", "processed", "failed", "queued", "sent", "delivered", "read", "undelivered",
)
OUTBOX_STATUSES = ("pending", "sending", "sent", "failed")


class Message(Base):
    """One message as it crossed a channel. Inbound messages are stored before
    anything else happens to them, so nothing a parent sends is ever lost."""

    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("provider", "provider_id"),
        Index("ix_message_sender_created", "sender", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    channel: Mapped[str] = mapped_column(String(10))
    # "twilio" or "telegram" and that provider's id (MessageSid, update_id, message id).
    provider: Mapped[str | None] = mapped_column(String(12))
    provider_id: Mapped[str | None] = mapped_column(String(64))
    sender: Mapped[str] = mapped_column(String(64))
    recipient: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))
    error_code: Mapped[str | None] = mapped_column(String(20))
    absence_report_id: Mapped[int | None] = mapped_column(
        ForeignKey("absence_report.id"), index=True
    )
    # A reply given in the webhook's own response (TwiML, the simulator) points at the
    # inbound message it answers, so a repeated webhook is answered the same way.
    in_reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("message.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]

    contact: Mapped[Contact | None] = relationship()


class Outbox(Base):
    """An outbound message waiting to be sent. The idempotency key makes queueing
    the same message twice a no-op, and senders claim rows so none goes twice."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id"), index=True)
    # The recipient: a contact or a member of staff. A staff alert about a parent
    # names that parent in its payload, never here, so it is never shown or
    # counted as a message to them.
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    channel: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    # reply, clarification, chase, follow_up, weekly, dsl_alert, ...
    kind: Mapped[str] = mapped_column(String(20))
    # Channel extras: Telegram buttons, WhatsApp template variables.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A sender's lease on a "sending" row; once past, the sender is presumed dead
    # and another may claim the row again.
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("message.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    contact: Mapped[Contact | None] = relationship()
    staff_user: Mapped[StaffUser | None] = relationship()
    message: Mapped[Message | None] = relationship()


class ConversationState(Base):
    """Where a contact's conversation with the bot stands; stale after `expires_at`."""

    __tablename__ = "conversation_state"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(40), default="idle")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    expires_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
