"""Who is writing: phone numbers in any form, Telegram chats, one school's contacts only."""
from __future__ import annotations

import pytest
from sqlalchemy import event, select

from bot.identity import find_contact, find_sender, link_telegram_chat
from models import School
from tests.factories import make_contact, make_pupil, make_school

PHONE = "+447700900101"


@pytest.fixture
def contact(db, school):
    return make_contact(db, school, PHONE, make_pupil(db, school, "Amy"))


@pytest.mark.parametrize("channel, sender", [
    ("sms", PHONE), ("sms", "07700 900101"), ("console", "+44 7700 900101"),
    ("whatsapp", "whatsapp:+447700900101"), ("whatsapp", "WhatsApp:+447700900101"),
])
def test_a_contact_is_found_from_their_number_in_any_form(db, contact, channel, sender):
    assert find_contact(db, channel, sender) is contact


@pytest.mark.parametrize("channel, sender", [
    ("sms", "+447700900102"), ("sms", ""), ("sms", "not a number"), ("telegram", PHONE),
    ("fax", PHONE), ("telegram", "abc"),
])
def test_anything_else_finds_nobody(db, contact, channel, sender):
    assert find_contact(db, channel, sender) is None


def test_a_number_known_only_at_another_school_is_not_found_for_this_one(db, school, contact):
    other = make_school(db)
    assert find_contact(db, "sms", PHONE, school_id=other.id) is None
    assert find_contact(db, "sms", PHONE, school_id=school.id) is contact


def test_the_same_number_at_two_schools_finds_each_schools_own_contact(db, school, contact):
    other = make_school(db)
    theirs = make_contact(db, other, PHONE, make_pupil(db, other, "Zed"))
    assert find_contact(db, "sms", PHONE, school_id=other.id) is theirs
    assert find_contact(db, "sms", PHONE) is contact  # no school given: the oldest


def test_a_shared_telegram_contact_links_the_chat(db, contact):
    chat_id = 7_123_456_789  # Telegram ids pass 2**31
    assert link_telegram_chat(db, chat_id, "07700 900101") is contact
    db.flush()
    db.expire_all()
    assert find_contact(db, "telegram", str(chat_id)) is contact


def test_linking_an_unknown_number_links_nothing(db, contact):
    assert link_telegram_chat(db, 55, "+447700900999") is None
    assert link_telegram_chat(db, 55, "rubbish") is None
    assert find_contact(db, "telegram", "55") is None


def test_a_chat_moves_to_the_contact_whose_number_is_shared(db, school, contact):
    second = make_contact(db, school, "+447700900102", make_pupil(db, school, "Ben"))
    link_telegram_chat(db, 55, PHONE)
    link_telegram_chat(db, 55, "+447700900102")
    db.flush()
    assert contact.telegram_chat_id is None and second.telegram_chat_id == 55


def test_one_query_finds_the_sender_with_all_a_conversation_reads(db, engine, school):
    make_contact(db, school, PHONE, make_pupil(db, school, "Amy"), make_pupil(db, school, "Ben"))
    db.commit()
    db.expunge_all()
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    known = find_sender(db, "sms", PHONE, school.id)
    names = [p.first_name for p in known.contact.pupils]
    loaded = (known.contact.school.name, known.contact.conversation_state)

    assert len(statements) == 1
    assert names == ["Amy", "Ben"] and loaded == (school.name, None)
    assert known.calendar_version == db.scalar(
        select(School.calendar_version).where(School.id == school.id))
