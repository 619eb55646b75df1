"""Twilio's webhooks end to end: signed requests in, records and TwiML replies out."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from models import AbsenceReport, Message, SessionMark
from tests.webhooks.conftest import (
    DSL_PHONE, NOW, PARENT, PUBLIC_BASE_URL, SCHOOL_NUMBER, STRANGER, TWILIO_TOKEN, inbound_messages,
    see_committed,
    outbox_to, sms, text_sms, twiml_messages, twilio_post,
)

WEDNESDAY, THURSDAY = date(2026, 11, 25), date(2026, 11, 26)


def _reports(db, pupil) -> list[AbsenceReport]:
    see_committed(db)
    return list(db.scalars(select(AbsenceReport).where(AbsenceReport.pupil_id == pupil.id)))


def _marked_days(db, pupil) -> set[date]:
    see_committed(db)
    return set(db.scalars(select(SessionMark.date).where(SessionMark.pupil_id == pupil.id,
                                                         SessionMark.status == "provisional")))


# --- who may call ---------------------------------------------------------------------

@pytest.mark.parametrize("signature", [None, "", "bm90IGEgc2lnbmF0dXJl"])
def test_an_unsigned_or_forged_request_is_refused_and_stores_nothing(client, family, db, signature):
    headers = {} if signature is None else {"X-Twilio-Signature": signature}
    response = client.post("/webhooks/twilio/sms", data=sms("Amy is off sick today"), headers=headers)
    assert response.status_code == 403
    assert inbound_messages(db, PARENT) == []


def test_a_request_signed_with_another_token_is_refused(client, family, db):
    response = twilio_post(client, "/webhooks/twilio/sms", sms("Amy is off sick today"),
                           token="not-our-auth-token")
    assert response.status_code == 403
    assert inbound_messages(db, PARENT) == []


def test_a_signed_request_whose_fields_were_changed_is_refused(client, family, db):
    params = sms("Amy is off sick today")
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(
        PUBLIC_BASE_URL + "/webhooks/twilio/sms", params)
    tampered = {**params, "Body": "Ben is off sick today"}
    response = client.post("/webhooks/twilio/sms", data=tampered,
                           headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_the_signature_is_checked_against_the_public_url_not_the_local_one(client, family):
    signed_for_localhost = twilio_post(client, "/webhooks/twilio/sms", sms("Amy is off sick today"),
                                       signed_url="http://localhost/webhooks/twilio/sms")
    assert signed_for_localhost.status_code == 403
    assert twiml_messages(text_sms(client, "Amy is off sick today"))


def test_in_demo_mode_without_an_auth_token_nothing_gets_in_through_twilio(make_app, family, db):
    client = make_app(mode="demo", twilio_auth_token=None, twilio_account_sid=None,
                      twilio_from=None).test_client()
    # Signed with an empty token: what an attacker could do if an empty token were accepted.
    response = twilio_post(client, "/webhooks/twilio/sms", sms("Amy is off sick today"), token="")
    assert response.status_code == 403
    assert inbound_messages(db, PARENT) == []


# --- the conversation over SMS ----------------------------------------------------------

def test_an_absence_is_stored_recorded_and_answered(client, family, db):
    replies = twiml_messages(text_sms(client, "Amy is off sick today"))

    assert len(replies) == 1 and "Amy" in replies[0]
    [message] = inbound_messages(db, PARENT)
    assert (message.channel, message.provider, message.status) == ("sms", "twilio", "processed")
    assert message.school_id == family["school"].id
    assert message.contact_id == family["mother"].id
    [report] = _reports(db, family["amy"])
    assert report.provisional_code == "I"
    assert _marked_days(db, family["amy"]) == {WEDNESDAY}
    assert _reports(db, family["ben"]) == []


def test_a_repeated_message_sid_is_processed_once_and_answered_the_same(client, family, db):
    params = sms("Amy is off sick today")
    first = twiml_messages(twilio_post(client, "/webhooks/twilio/sms", params))
    again = twiml_messages(twilio_post(client, "/webhooks/twilio/sms", params))

    assert again == first and first
    assert len(inbound_messages(db, PARENT)) == 1
    assert len(_reports(db, family["amy"])) == 1
    replies = db.scalars(select(Message).where(Message.direction == "out", Message.kind == "reply"))
    assert [r.body for r in replies] == first


def test_an_unknown_number_learns_nothing_but_its_message_is_kept(client, family, db):
    replies = twiml_messages(text_sms(client, "Is Amy Smith in school today?", sender=STRANGER))

    assert len(replies) == 1
    for name in ("Amy", "Ben", "Cara", "Smith", "Jones", "Sarah", "Tom"):
        assert name not in replies[0]
    [message] = inbound_messages(db, STRANGER)
    assert message.body == "Is Amy Smith in school today?"
    assert message.contact_id is None
    assert _reports(db, family["amy"]) == []


def test_a_parent_of_two_is_asked_which_child_with_numbered_options(client, family, db):
    [question] = twiml_messages(text_sms(client, "My child is ill today"))
    assert "1) Amy" in question and "2) Ben" in question
    assert _reports(db, family["amy"]) == [] and _reports(db, family["ben"]) == []

    [confirmation] = twiml_messages(text_sms(client, "2"))

    assert "Ben" in confirmation and "Amy" not in confirmation
    assert _marked_days(db, family["ben"]) == {WEDNESDAY}
    assert _reports(db, family["amy"]) == []


def test_a_correction_moves_the_absence_to_the_day_meant(client, family, db):
    twiml_messages(text_sms(client, "Amy is off sick today"))
    assert _marked_days(db, family["amy"]) == {WEDNESDAY}

    [reply] = twiml_messages(text_sms(client, "Sorry, I meant tomorrow not today"))

    assert "Amy" in reply
    assert _marked_days(db, family["amy"]) == {THURSDAY}


def test_a_safeguarding_message_alerts_the_dsl_and_is_never_auto_coded(client, family, db):
    [reply] = twiml_messages(text_sms(client, "Amy hasn't come home and we don't know where she is"))

    assert "999" in reply
    [report] = _reports(db, family["amy"])
    assert report.safeguarding and report.status == "needs_human"
    assert report.provisional_code is None
    assert _marked_days(db, family["amy"]) == set()
    [alert] = outbox_to(db, DSL_PHONE)
    assert alert.kind == "dsl_alert" and "Amy Smith" in alert.body


def test_stop_opts_the_parent_out(client, family, db):
    replies = twiml_messages(text_sms(client, "STOP"))

    see_committed(db)
    assert family["mother"].opted_out
    assert replies == []  # on SMS Twilio itself answers STOP
    [message] = inbound_messages(db, PARENT)
    assert message.status == "processed"


def test_a_whatsapp_message_is_read_as_whatsapp_and_opens_the_reply_window(client, family, db):
    replies = twiml_messages(text_sms(client, "Amy is off sick today", whatsapp=True))

    assert replies and "Amy" in replies[0]
    [message] = inbound_messages(db, PARENT)
    assert message.channel == "whatsapp"
    assert (message.sender, message.recipient) == (PARENT, SCHOOL_NUMBER)
    see_committed(db)
    assert family["mother"].whatsapp_last_inbound_at == NOW
    assert _marked_days(db, family["amy"]) == {WEDNESDAY}


# --- delivery status callbacks ----------------------------------------------------------

def _outbound(db, sid: str) -> Message:
    message = Message(direction="out", channel="sms", provider="twilio", provider_id=sid,
                      sender=SCHOOL_NUMBER, recipient=PARENT, body="Hello", kind="chase",
                      status="sent")
    db.add(message)
    db.commit()
    return message


def test_a_signed_status_callback_records_delivery(client, family, db):
    message = _outbound(db, "SM" + "d" * 32)
    params = {"MessageSid": message.provider_id, "MessageStatus": "delivered",
              "AccountSid": "AC" + "0" * 32}
    response = twilio_post(client, "/webhooks/twilio/status", params)

    assert response.status_code == 204
    see_committed(db)
    assert message.status == "delivered" and message.delivered_at is not None


def test_a_failed_delivery_keeps_its_error_code(client, family, db):
    message = _outbound(db, "SM" + "e" * 32)
    params = {"MessageSid": message.provider_id, "MessageStatus": "undelivered",
              "ErrorCode": "30003"}
    assert twilio_post(client, "/webhooks/twilio/status", params).status_code == 204
    see_committed(db)
    assert (message.status, message.error_code) == ("undelivered", "30003")


def test_an_unsigned_status_callback_is_refused(client, family, db):
    message = _outbound(db, "SM" + "f" * 32)
    response = client.post("/webhooks/twilio/status",
                           data={"MessageSid": message.provider_id, "MessageStatus": "failed"})
    assert response.status_code == 403
    see_committed(db)
    assert message.status == "sent"
