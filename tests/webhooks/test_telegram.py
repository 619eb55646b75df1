"""Telegram's webhook end to end: real Update JSON in, records and queued replies out."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models import AbsenceReport, SessionMark
from tests.webhooks.conftest import (
    OTHER_PARENT, PARENT, PARENT_CHAT, STRANGER, STRANGER_CHAT, inbound_messages, outbox_to,
    see_committed, tg_button, tg_contact, tg_message, tg_post,
)

WEDNESDAY = date(2026, 11, 25)


def _replies(db, chat_id: int) -> list:
    return [row for row in outbox_to(db, str(chat_id)) if row.kind == "reply"]


def _linked(db, family) -> None:
    """The mother has linked her Telegram chat."""
    family["mother"].telegram_chat_id = PARENT_CHAT
    db.commit()


def _marked_pupils(db) -> set[int]:
    see_committed(db)
    return set(db.scalars(select(SessionMark.pupil_id).where(SessionMark.date == WEDNESDAY)))


# --- who may call ---------------------------------------------------------------------

@pytest.mark.parametrize("secret", [None, "", "wrong-secret", "telegram-webhook-secret_2"])
def test_a_missing_or_wrong_secret_is_refused_and_stores_nothing(client, family, db, secret):
    response = tg_post(client, tg_message(text="Amy is off sick today"), secret=secret)
    assert response.status_code == 403
    assert inbound_messages(db, str(PARENT_CHAT)) == []


def test_without_a_configured_secret_nothing_gets_in(make_app, family, db):
    client = make_app(mode="demo", telegram_webhook_secret=None).test_client()
    response = tg_post(client, tg_message(text="Amy is off sick today"), secret="")
    assert response.status_code == 403


# --- linking a chat to a contact --------------------------------------------------------

def test_start_asks_for_the_number_with_the_contact_button(client, family, db):
    assert tg_post(client, tg_message(text="/start")).status_code == 200

    [reply] = _replies(db, PARENT_CHAT)
    assert reply.channel == "telegram"
    assert reply.payload["request_phone"] is True
    [message] = inbound_messages(db, str(PARENT_CHAT))
    assert (message.provider, message.status, message.contact_id) == ("telegram", "processed", None)


def test_sharing_your_own_contact_links_the_chat(client, family, db):
    tg_post(client, tg_message(text="/start"))
    assert tg_post(client, tg_contact(PARENT)).status_code == 200

    see_committed(db)
    assert family["mother"].telegram_chat_id == PARENT_CHAT
    linked = _replies(db, PARENT_CHAT)[-1]
    assert linked.contact_id == family["mother"].id
    assert linked.payload["request_phone"] is False

    tg_post(client, tg_message(text="Amy is off sick today"))
    assert _marked_pupils(db) == {family["amy"].id}
    assert "Amy" in _replies(db, PARENT_CHAT)[-1].body


def test_someone_elses_contact_card_links_nothing_and_reveals_nothing(client, family, db):
    # The stranger forwards the mother's card, hoping to read about her children.
    tg_post(client, tg_contact(PARENT, chat_id=STRANGER_CHAT, owner_id=PARENT_CHAT))

    see_committed(db)
    assert family["mother"].telegram_chat_id is None
    [reply] = _replies(db, STRANGER_CHAT)
    assert reply.payload["request_phone"] is True  # asked again for their own number
    assert "Amy" not in reply.body and "Sarah" not in reply.body

    tg_post(client, tg_message(STRANGER_CHAT, text="Is Amy in school today?"))
    assert all("Amy" not in row.body for row in _replies(db, STRANGER_CHAT))
    assert _marked_pupils(db) == set()


def test_a_contact_card_with_no_telegram_user_is_not_proof_either(client, family, db):
    update = tg_contact(OTHER_PARENT, chat_id=STRANGER_CHAT)
    del update["message"]["contact"]["user_id"]
    tg_post(client, update)
    see_committed(db)
    assert family["father"].telegram_chat_id is None


def test_an_unknown_chat_gets_the_polite_reply_and_learns_nothing(client, family, db):
    tg_post(client, tg_message(STRANGER_CHAT, text="Amy Smith is off sick today"))

    [reply] = _replies(db, STRANGER_CHAT)
    for name in ("Amy", "Ben", "Smith", "Sarah"):
        assert name not in reply.body
    [message] = inbound_messages(db, str(STRANGER_CHAT))
    assert message.body == "Amy Smith is off sick today" and message.contact_id is None
    assert _marked_pupils(db) == set()


def test_sharing_an_unknown_number_links_nothing(client, family, db):
    tg_post(client, tg_contact(STRANGER, chat_id=STRANGER_CHAT))
    see_committed(db)
    assert family["mother"].telegram_chat_id is None
    assert len(_replies(db, STRANGER_CHAT)) == 1


# --- the conversation over Telegram ---------------------------------------------------

def test_a_clarification_is_asked_with_buttons_and_answered_by_a_button(client, family, db):
    _linked(db, family)
    tg_post(client, tg_message(text="My child is ill today"))

    [question] = _replies(db, PARENT_CHAT)
    assert question.payload["options"][:2] == ["Amy", "Ben"]
    assert "1)" not in question.body  # Telegram shows buttons, not numbered text
    assert _marked_pupils(db) == set()

    press = tg_button("1")
    response = tg_post(client, press)

    assert response.status_code == 200
    assert response.json == {"method": "answerCallbackQuery",
                             "callback_query_id": press["callback_query"]["id"]}
    assert _marked_pupils(db) == {family["amy"].id}
    assert "Amy" in _replies(db, PARENT_CHAT)[-1].body


def test_a_repeated_update_is_processed_once(client, family, db):
    _linked(db, family)
    update = tg_message(text="Amy is off sick today")
    tg_post(client, update)
    assert tg_post(client, update).status_code == 200

    assert len(inbound_messages(db, str(PARENT_CHAT))) == 1
    assert len(_replies(db, PARENT_CHAT)) == 1
    see_committed(db)
    assert len(db.scalars(select(AbsenceReport)).all()) == 1


def test_a_reused_update_id_with_a_new_message_is_still_read(client, family, db):
    """Telegram picks update_ids at random again after a quiet week (a holiday)."""
    _linked(db, family)
    first = tg_message(text="Amy is off sick today")
    later = tg_message(text="Ben is off sick today")
    later["update_id"] = first["update_id"]
    tg_post(client, first)
    tg_post(client, later)

    assert [m.body for m in inbound_messages(db, str(PARENT_CHAT))] == [
        "Amy is off sick today", "Ben is off sick today"]
    assert _marked_pupils(db) == {family["amy"].id, family["ben"].id}


def test_an_edited_message_is_kept_but_not_acted_on_twice(client, family, db):
    _linked(db, family)
    original = tg_message(text="Amy is off sick today")
    tg_post(client, original)
    edited = {"update_id": original["update_id"] + 1000,
              "edited_message": {**original["message"], "text": "Ben is off sick today",
                                 "edit_date": original["message"]["date"] + 60}}
    assert tg_post(client, edited).status_code == 200

    bodies = [m.body for m in inbound_messages(db, str(PARENT_CHAT))]
    assert bodies == ["Amy is off sick today", "Ben is off sick today"]
    assert _marked_pupils(db) == {family["amy"].id}
    assert "new message" in _replies(db, PARENT_CHAT)[-1].body


def test_a_group_chat_is_ignored_so_no_child_is_named_to_the_group(client, family, db):
    _linked(db, family)
    update = tg_message(text="Amy is off sick today")
    update["message"]["chat"] = {"id": -100123, "type": "group", "title": "Year 7 parents"}
    assert tg_post(client, update).status_code == 200
    assert inbound_messages(db, "-100123") == []
    assert outbox_to(db, "-100123") == []
