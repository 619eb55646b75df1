"""Who is writing: the contact behind a phone number or a Telegram chat.

A phone number may belong to contacts at several schools of a trust (one Contact row
per school). When the message says which school it was sent to (`school_id`, from the
number the parent texted) only that school's contact counts, so a number known
elsewhere is treated exactly like an unknown one. Without a school (Telegram, a shared
number) the oldest contact with that number is taken.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, joinedload

from models import Contact, PupilContact, School
from models.phone import try_normalise_phone

PHONE_CHANNELS = ("sms", "whatsapp", "console")
# Everything a conversation reads about the contact, in the same query as the contact:
# loaded one by one, they cost a round trip each (school, links, each pupil, state).
WITH_CONVERSATION = (
    joinedload(Contact.school),
    joinedload(Contact.pupil_links).joinedload(PupilContact.pupil),
    joinedload(Contact.conversation_state),
)
# A column, not School's attribute: a School already in the session keeps the value it
# was loaded with, and the database changes this one behind the ORM's back.
CALENDAR_VERSION = (
    select(School.calendar_version).where(School.id == Contact.school_id).scalar_subquery()
)


class KnownSender(NamedTuple):
    contact: Contact
    calendar_version: int  # of the contact's school, read with the contact


def find_contact(
    session: Session, channel: str, sender: str, school_id: int | None = None
) -> Contact | None:
    """The contact writing on `channel` from `sender`, or None if we do not know them,
    loaded with their school, pupils and conversation state.

    sms, whatsapp, console: `sender` is a phone number (E.164, national, or
    "whatsapp:+44..."). telegram: `sender` is the chat id as text.
    """
    known = find_sender(session, channel, sender, school_id)
    return known.contact if known else None


def find_sender(
    session: Session, channel: str, sender: str, school_id: int | None = None
) -> KnownSender | None:
    """find_contact's contact, with its school's calendar version."""
    if channel == "telegram":
        key, value = "telegram_chat_id", _chat_id(sender)
    elif channel in PHONE_CHANNELS:
        key, value = "phone_e164", try_normalise_phone(sender or "")
    else:
        return None
    if value is None:
        return None
    return _first(session, _sender_query(key, school_id is not None),
                  {"key": value, "school_id": school_id})


def sender_with_id(session: Session, contact_id: int) -> KnownSender | None:
    """The contact with `contact_id`, loaded as find_sender loads it."""
    return _first(session, _sender_query("id", False), {"key": contact_id})


@cache
def _sender_query(key: str, at_school: bool) -> Select:
    """Built once per shape: building it, with its eager loads, and working out its
    cache key costs about as much Python as running it."""
    query = select(Contact).where(getattr(Contact, key) == bindparam("key"))
    if at_school:
        query = query.where(Contact.school_id == bindparam("school_id"))
    return (query.order_by(Contact.id).limit(1)
            .add_columns(CALENDAR_VERSION).options(*WITH_CONVERSATION))


def _first(session: Session, query: Select, params: dict) -> KnownSender | None:
    row = session.execute(query, params).unique().first()
    return KnownSender(*row) if row else None


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
