"""Bad input gets a clear 4xx (or an empty TwiML) and loses nothing; the rate limit
keeps every message but stops processing a flood."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from models import AbsenceReport
from tests.webhooks.conftest import (
    OTHER_PARENT, PARENT, PARENT_CHAT, TELEGRAM_SECRET, inbound_messages, see_committed, sms,
    text_sms, tg_message, tg_post, twiml_messages, twilio_post,
)
from bot.replies import Texts
from webhooks.telegram_routes import SECRET_HEADER

TOO_BIG = 65 * 1024


def _reports(db) -> list[AbsenceReport]:
    see_committed(db)
    return list(db.scalars(select(AbsenceReport)))


# --- body size ------------------------------------------------------------------------

def test_a_huge_twilio_body_is_refused_with_413(client, family, db):
    params = sms("x" * TOO_BIG)
    response = twilio_post(client, "/webhooks/twilio/sms", params)
    assert response.status_code == 413
    assert inbound_messages(db, PARENT) == []


def test_a_huge_telegram_body_is_refused_with_413(client, family):
    response = tg_post(client, tg_message(text="x" * TOO_BIG))
    assert response.status_code == 413


def test_a_long_message_under_the_cap_is_stored_whole(client, family, db):
    body = "Amy is off sick today. " + "She has been unwell all night. " * 300
    twiml_messages(text_sms(client, body))
    [message] = inbound_messages(db, PARENT)
    assert message.body == body.strip()


# --- Twilio: signed, but not what Twilio sends ------------------------------------------

@pytest.mark.parametrize("missing", ["From", "To", "MessageSid"])
def test_a_signed_message_without_a_required_field_is_a_400(client, family, db, missing):
    params = sms("Amy is off sick today")
    params.pop(missing)
    if missing == "MessageSid":
        params.pop("SmsSid")
    response = twilio_post(client, "/webhooks/twilio/sms", params)
    assert response.status_code == 400


@pytest.mark.parametrize("field", ["From", "MessageSid"])
def test_an_absurdly_long_id_is_a_400_not_a_database_error(client, family, field):
    params = {**sms("Amy is off sick today"), field: "+44" + "7" * 500}
    assert twilio_post(client, "/webhooks/twilio/sms", params).status_code == 400


@pytest.mark.parametrize("body", [
    "\x00\x00\x00", "Amy\x00 is off", "\ufffd\ufffd garbled \udcff".encode("utf-8", "surrogatepass")
    .decode("utf-8", "replace"), "", "   ", "%%%&&&===", "😷🤒 Amy off", "Ａｍｙ　ｉｓ　ｏｆｆ",
])
def test_garbled_text_is_stored_and_answered_never_a_500(client, family, db, body):
    response = text_sms(client, body)
    assert response.status_code == 200
    assert response.mimetype == "text/xml"
    [message] = inbound_messages(db, PARENT)
    assert "\x00" not in message.body


def test_a_signed_status_callback_without_fields_is_a_400(client, family):
    assert twilio_post(client, "/webhooks/twilio/status", {"AccountSid": "AC1"}).status_code == 400


def test_an_unsigned_non_form_body_is_refused(client, family):
    response = client.post("/webhooks/twilio/sms", data=b"\xff\xfe\x00garbage",
                           content_type="application/octet-stream")
    assert response.status_code == 403


def test_a_get_is_not_allowed(client):
    assert client.get("/webhooks/twilio/sms").status_code == 405
    assert client.get("/webhooks/telegram").status_code == 405


# --- Telegram: the right secret, the wrong body -----------------------------------------

def _raw_telegram(client, data: bytes, content_type: str = "application/json"):
    return client.post("/webhooks/telegram", data=data, content_type=content_type,
                       headers={SECRET_HEADER: TELEGRAM_SECRET})


@pytest.mark.parametrize("data", [
    b"", b"not json", b"{\"update_id\": ", b"[]", b"\"a string\"", b"42", b"null",
    b"\xff\xfe\x00\x01", b"{\"update_id\": 1, \"message\": {\"text\": \"no chat\"}}",
    b"{\"update_id\": 1, \"message\": {\"message_id\": 1, \"date\": 0, "
    b"\"chat\": {\"id\": \"abc\", \"type\": \"private\"}, \"text\": \"hi\"}}",
    b"{\"update_id\": 1, \"callback_query\": {\"id\": \"q\"}}",
])
def test_an_unreadable_telegram_body_is_a_400(client, family, data):
    assert _raw_telegram(client, data).status_code == 400


@pytest.mark.parametrize("update", [
    {"update_id": 1},
    {"update_id": 2, "a_type_telegram_adds_next_year": {"anything": True}},
    {"update_id": 3, "channel_post": {"message_id": 1, "date": 0, "text": "hello",
                                      "chat": {"id": -1001, "type": "channel", "title": "News"}}},
    {"update_id": 4, "my_chat_member": {  # the parent blocked the bot
        "chat": {"id": PARENT_CHAT, "type": "private", "first_name": "Sarah"},
        "from": {"id": PARENT_CHAT, "is_bot": False, "first_name": "Sarah"}, "date": 1795000000,
        "old_chat_member": {"user": {"id": 1, "is_bot": True, "first_name": "Rollcall"},
                            "status": "member"},
        "new_chat_member": {"user": {"id": 1, "is_bot": True, "first_name": "Rollcall"},
                            "status": "kicked", "until_date": 0}}},
])
def test_an_update_with_nothing_from_a_parent_is_accepted_and_ignored(client, family, db, update):
    assert tg_post(client, update).status_code == 200
    see_committed(db)
    assert inbound_messages(db, str(PARENT_CHAT)) == []


def test_a_message_without_text_is_stored_and_answered(client, family, db):
    update = tg_message()
    update["message"]["sticker"] = {"file_id": "x", "file_unique_id": "y", "width": 1,
                                    "height": 1, "is_animated": False, "is_video": False,
                                    "type": "regular"}
    assert tg_post(client, update).status_code == 200
    [message] = inbound_messages(db, str(PARENT_CHAT))
    assert message.body == ""


# --- the rate limit -------------------------------------------------------------------

def test_over_the_limit_messages_are_stored_not_processed_and_told_once(make_app, family, db):
    client = make_app(rate_limit_per_minute=3).test_client()
    bodies = ["Amy is off sick today", "Ben is off sick today", "hello", "Amy is ill",
              "Ben is ill", "are you there?"]
    answers = [twiml_messages(text_sms(client, body)) for body in bodies]

    assert all(answer and answer != [Texts().rate_limited()] for answer in answers[:3])
    assert answers[3] == [Texts().rate_limited()]
    assert answers[4:] == [[], []]
    messages = inbound_messages(db, PARENT)
    assert [m.body for m in messages] == bodies
    assert [m.status for m in messages] == ["processed"] * 3 + ["failed"] * 3
    assert {m.kind for m in messages[3:]} == {"rate_limited"}


def test_the_limit_is_per_sender(make_app, family, db):
    client = make_app(rate_limit_per_minute=2).test_client()
    for _ in range(3):
        text_sms(client, "hello")
    assert twiml_messages(text_sms(client, "Cara is off sick today", sender=OTHER_PARENT)) != [
        Texts().rate_limited()]
    assert inbound_messages(db, OTHER_PARENT)[0].status == "processed"


def test_the_limit_holds_across_workers(make_app, family, db):
    """Two apps on one database, as two gunicorn workers are."""
    first, second = (make_app(rate_limit_per_minute=2).test_client() for _ in range(2))
    text_sms(first, "Amy is off sick today")
    text_sms(second, "Ben is off sick today")
    assert twiml_messages(text_sms(first, "hello")) == [Texts().rate_limited()]


def test_the_limit_lifts_after_a_minute(make_app, family, db, clock):
    client = make_app(rate_limit_per_minute=1).test_client()
    text_sms(client, "hello")
    assert twiml_messages(text_sms(client, "Amy is off sick today")) == [Texts().rate_limited()]
    clock.advance(seconds=61)
    twiml_messages(text_sms(client, "Amy is off sick today"))
    assert len(_reports(db)) == 1


def test_stop_is_honoured_over_the_limit(make_app, family, db):
    client = make_app(rate_limit_per_minute=1).test_client()
    text_sms(client, "hello")
    text_sms(client, "hello again")
    text_sms(client, "STOP")
    see_committed(db)
    assert family["mother"].opted_out


def test_telegram_is_limited_the_same_way(make_app, family, db):
    family["mother"].telegram_chat_id = PARENT_CHAT
    db.commit()
    client = make_app(rate_limit_per_minute=1).test_client()
    for body in ("hello", "Amy is off sick today", "Ben is off sick today"):
        tg_post(client, tg_message(text=body))
    assert [m.status for m in inbound_messages(db, str(PARENT_CHAT))] == [
        "processed", "failed", "failed"]
    assert _reports(db) == []


# --- a failure inside the conversation --------------------------------------------------

def test_a_crash_in_the_conversation_undoes_its_writes_but_keeps_the_message(
        client, family, db, monkeypatch):
    def crashing_conversation(session, message):
        session.get(type(family["mother"]), family["mother"].id).opted_out = True
        session.flush()
        raise RuntimeError("a bug in the conversation")

    monkeypatch.setattr("webhooks.twilio_routes.handle_inbound", crashing_conversation)
    params = sms("Amy is off sick today")
    first = twiml_messages(twilio_post(client, "/webhooks/twilio/sms", params))

    assert first == [Texts().processing_failed()]
    [message] = inbound_messages(db, PARENT)
    assert (message.status, message.body) == ("failed", "Amy is off sick today")
    assert not family["mother"].opted_out
    # Twilio retrying gets the same answer, and the conversation is not run again.
    assert twiml_messages(twilio_post(client, "/webhooks/twilio/sms", params)) == first


def test_two_texts_from_one_parent_are_processed_one_after_the_other(app, family, db, monkeypatch):
    """Twilio delivers a parent's quick second text while the first is still being
    processed: side by side, both would read the same conversation state."""
    from bot.conversation import handle_inbound

    running: list[str] = []
    overlapped: list[str] = []
    guard = threading.Lock()

    def slow_conversation(session, message):
        with guard:
            if message.sender in running:
                overlapped.append(message.body)
            running.append(message.sender)
        try:
            time.sleep(0.3)  # long enough for the other request to arrive meanwhile
            return handle_inbound(session, message)
        finally:
            with guard:
                running.remove(message.sender)

    monkeypatch.setattr("webhooks.twilio_routes.handle_inbound", slow_conversation)
    answers: dict[str, list[str]] = {}

    def text(body: str) -> None:
        answers[body] = twiml_messages(text_sms(app.test_client(), body))

    threads = [threading.Thread(target=text, args=(body,))
               for body in ("Amy is off sick today", "Ben is off sick today")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert overlapped == []
    assert all(answers.values()) and len(answers) == 2
    assert {m.status for m in inbound_messages(db, PARENT)} == {"processed"}
    assert {r.pupil_id for r in _reports(db)} == {family["amy"].id, family["ben"].id}


def test_a_conflicting_concurrent_write_is_retried_once(client, family, db, monkeypatch):
    """The other parent of the same child texted at the same moment and wrote the mark
    first: the database refuses the second insert; the message is run again."""
    from sqlalchemy.exc import IntegrityError

    from bot.conversation import handle_inbound

    calls = []

    def lost_the_race_once(session, message):
        calls.append(message.id)
        replies = handle_inbound(session, message)
        if len(calls) == 1:
            raise IntegrityError("INSERT INTO session_mark ...", {}, Exception("duplicate key"))
        return replies

    monkeypatch.setattr("webhooks.twilio_routes.handle_inbound", lost_the_race_once)
    [reply] = twiml_messages(text_sms(client, "Amy is off sick today"))

    assert len(calls) == 2 and "Amy" in reply
    assert [m.status for m in inbound_messages(db, PARENT)] == ["processed"]
    assert len(_reports(db)) == 1
