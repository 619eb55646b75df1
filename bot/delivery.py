"""What happens to a message after it was sent: delivery reports, WhatsApp messages
that must go again by SMS, and chases that must find another contact.

A WhatsApp message refused because the contact's 24-hour window had closed (Twilio
63016: our clock and WhatsApp's disagreed, or the template was not approved) is
queued again, the same text by SMS to the same number, whatever its kind.

A chase that cannot reach a contact (the send failed for good, or the provider
later reports it failed or undelivered) is queued with the same text to the pupil's
next contact by PupilContact.priority, skipping contacts who opted out. A chase row
names its pupil in payload["pupil_id"]; the scheduler that builds chases puts it there.
"""
from __future__ import annotations

import hashlib
import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels import TWILIO_OPTED_OUT, WHATSAPP_OUTSIDE_WINDOW, e164
from bot.outbox import enqueue
from models import Contact, Message, Outbox, PupilContact, utcnow

log = logging.getLogger(__name__)

CHASE_KIND = "chase"
FAILED_STATUSES = frozenset({"failed", "undelivered"})
# Reports can arrive out of order (a late "sent" after "delivered"); a report never
# moves a message back to an earlier stage.
STATUS_STAGE = {"sent": 1, "delivered": 2, "undelivered": 2, "failed": 2, "read": 3}
MAX_KEY_LENGTH = 200  # Outbox.idempotency_key


def record_delivery_status(
    session: Session, provider_id: str, status: str, error_code: str | None, *,
    now: datetime | None = None,
) -> Message | None:
    """Apply a provider's delivery report to our outbound message.

    Returns the message, or None when no outbound message has that provider id.
    Statuses other than sent/delivered/undelivered/failed/read (queued, accepted,
    sending...) change nothing. Flushes; the caller commits.
    """
    message = session.scalars(
        select(Message).where(Message.provider_id == provider_id, Message.direction == "out")
    ).one_or_none()
    if message is None:
        log.warning("delivery report for unknown message %s (%s)", provider_id, status)
        return None
    if status not in STATUS_STAGE or STATUS_STAGE[status] < STATUS_STAGE.get(message.status, 0):
        return message
    now = now or utcnow()
    message.status = status
    message.error_code = error_code or message.error_code
    if status in ("delivered", "read") and message.delivered_at is None:
        message.delivered_at = now
    if error_code == str(TWILIO_OPTED_OUT) and message.contact is not None:
        message.contact.opt_out(now)
    if status in FAILED_STATUSES:
        row = session.scalars(select(Outbox).where(Outbox.message_id == message.id)).one_or_none()
        if row is not None:
            after_failure(session, row, error_code, now)
    session.flush()
    return message


def after_failure(session: Session, row: Outbox, error_code: str | None, now: datetime) -> Outbox | None:
    """What a message that failed for good leads to: the same text by SMS when WhatsApp
    refused it outside the window, else a chase's next contact; return the new row."""
    if row.channel == "whatsapp" and error_code == str(WHATSAPP_OUTSIDE_WINDOW):
        return enqueue(
            session, key=_derived_key(row.idempotency_key, "sms"), channel="sms",
            recipient=e164(row.recipient), body=row.body, kind=row.kind,
            school_id=row.school_id, contact_id=row.contact_id,
            staff_user_id=row.staff_user_id, payload=row.payload, not_before=now,
        )
    return pass_chase_to_next_contact(session, row, now)


def pass_chase_to_next_contact(session: Session, row: Outbox, now: datetime) -> Outbox | None:
    """Queue a chase that failed to the pupil's next contact, due `now`; return the new row.

    Does nothing for other kinds of message, or when no contact is left to try.
    """
    if row.kind != CHASE_KIND:
        return None
    pupil_id = (row.payload or {}).get("pupil_id")
    if pupil_id is None or row.contact_id is None:
        log.warning("chase %s names no pupil or contact; cannot pass it on", row.idempotency_key)
        return None
    for contact in _contacts_after(session, pupil_id, row.contact_id):
        address = _address(contact, row.channel)
        if address is None:
            continue
        channel, recipient = address
        return enqueue(
            session, key=_derived_key(row.idempotency_key, f"contact:{contact.id}"), channel=channel,
            recipient=recipient, body=row.body, kind=row.kind, school_id=row.school_id,
            contact_id=contact.id, payload=row.payload, not_before=now,
        )
    log.info("chase %s: no further contact to try", row.idempotency_key)
    return None


def _contacts_after(session: Session, pupil_id: int, contact_id: int) -> list[Contact]:
    links = session.scalars(
        select(PupilContact)
        .where(PupilContact.pupil_id == pupil_id)
        .order_by(PupilContact.priority)
    ).all()
    current = next((link.priority for link in links if link.contact_id == contact_id), None)
    if current is None:
        return []
    return [
        link.contact for link in links
        if link.priority > current and not link.contact.opted_out
    ]


def _address(contact: Contact, preferred_channel: str) -> tuple[str, str] | None:
    """Reach the contact by the chase's own channel if we can, else by SMS or Telegram."""
    addresses = {}
    if contact.phone_e164:
        addresses["sms"] = addresses["whatsapp"] = contact.phone_e164
    if contact.telegram_chat_id is not None:
        addresses["telegram"] = str(contact.telegram_chat_id)
    for channel in (preferred_channel, "sms", "telegram"):
        if channel in addresses:
            return channel, addresses[channel]
    return None


def _derived_key(key: str, then: str) -> str:
    """The idempotency key of what follows the row keyed `key`: a report delivered
    twice queues the follow-up once."""
    derived = f"{key}>{then}"
    if len(derived) <= MAX_KEY_LENGTH:
        return derived
    return "followup:" + hashlib.sha256(derived.encode()).hexdigest()
