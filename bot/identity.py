"""Who is writing: the contact behind a phone number or a Telegram chat.

A phone number may belong to contacts at several schools of a trust (one Contact row
per school). When the message says which school it was sent to (`school_id`, from the
number the parent texted) only that school's contact counts, so a number known
elsewhere is treated exactly like an unknown one. Without a school (Telegram, a shared
number) the oldest contact with that number is taken.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contact
from models.phone import try_normalise_phone

PHONE_CHANNELS = ("sms", "whatsapp", "console")


def find_contact(
    session: Session, channel: str, sender: str, school_id: int | None = None
) -> Contact | None:
    """The contact writing on `channel` from `sender`, or None if we do not know them.

    sms, whatsapp, console: `sender` is a phone number (E.164, national, or
    "whatsapp:+44..."). telegram: `sender` is the chat id as text.
    """
    if channel == "telegram":
        chat_id = _chat_id(sender)
        if chat_id is None:
            return None
        query = select(Contact).where(Contact.telegram_chat_id == chat_id)
    elif channel in PHONE_CHANNELS:
        phone = try_normalise_phone(sender or "")
        if phone is None:
            return None
        query = select(Contact).where(Contact.phone_e164 == phone)
    else:
        return None
    if school_id is not None:
        query = query.where(Contact.school_id == school_id)
    return session.scalars(query.order_by(Contact.id).limit(1)).first()


def link_telegram_chat(session: Session, chat_id: int, phone: str) -> Contact | None:
    """Link a Telegram chat to the contact with `phone`; None if no contact has it.

    The Telegram adapter calls this only when a user shares their OWN contact card (it
    checks that); this function trusts it. A chat can belong to one contact: a chat
    linked before to another contact (a parent who changed number) moves.
    """
    e164 = try_normalise_phone(phone or "")
    if e164 is None:
        return None
    contact = session.scalars(
        select(Contact).where(Contact.phone_e164 == e164).order_by(Contact.id).limit(1)
    ).first()
    if contact is None:
        return None
    if contact.telegram_chat_id != chat_id:
        for previous in session.scalars(select(Contact).where(Contact.telegram_chat_id == chat_id)):
            previous.telegram_chat_id = None
        session.flush()
        contact.telegram_chat_id = chat_id
        session.flush()
    return contact


def _chat_id(sender: str) -> int | None:
    try:
        return int((sender or "").strip())
    except ValueError:
        return None
