"""The simulator: a demo-mode page to text the bot as a demo parent."""
from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from bot.outbox import enqueue
from models import Message, SessionMark
from rollcall.demo import DEMO_URN
from tests.webhooks.conftest import PARENT, inbound_messages, see_committed


@pytest.fixture
def demo(make_app):
    return make_app(mode="demo").test_client()


def _csrf_token(page: bytes) -> str:
    return re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1).decode()


def _text(client, contact, body: str, *, page_of=None):
    """Text as `contact` from the page of `page_of` (by default the contact's own)."""
    page = client.get(f"/simulator?contact={(page_of or contact).id}")
    return client.post("/simulator/send", data={
        "csrf_token": _csrf_token(page.data), "contact_id": str(contact.id), "body": body})


def test_the_page_lists_the_demo_parents(demo, family):
    page = demo.get("/simulator")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Sarah Smith" in html and "Tom Jones" in html
    assert "Sarah Smith (Mother of Amy, Ben)" in html and "Tom Jones (Father of Cara)" in html


def test_a_text_goes_the_same_way_as_a_real_one_and_the_reply_shows(demo, family, db):
    mother = family["mother"]
    response = _text(demo, mother, "Amy is off sick today")
    assert response.status_code == 302

    [message] = inbound_messages(db, PARENT)
    assert (message.channel, message.status, message.contact_id) == ("console", "processed", mother.id)
    see_committed(db)
    marks = db.scalars(select(SessionMark).where(SessionMark.pupil_id == family["amy"].id)).all()
    assert {m.date for m in marks} == {date(2026, 11, 25)}
    [reply] = db.scalars(select(Message).where(Message.in_reply_to_id == message.id)).all()

    page = demo.get(response.headers["Location"]).get_data(as_text=True)
    assert "Amy is off sick today" in page
    assert reply.body.split(":")[0] in page and "illness" in page


def test_a_clarification_shows_numbered_options_and_takes_the_number(demo, family, db):
    _text(demo, family["mother"], "My child is ill today")
    page = demo.get(f"/simulator?contact={family['mother'].id}").get_data(as_text=True)
    assert "1) Amy" in page and "2) Ben" in page

    _text(demo, family["mother"], "2")
    see_committed(db)
    pupils = set(db.scalars(select(SessionMark.pupil_id)))
    assert pupils == {family["ben"].id}


def test_the_outbox_for_the_parent_is_shown(demo, family, db):
    enqueue(db, key="test:follow-up", channel="sms", recipient=PARENT,
            body="Is Amy back tomorrow?", kind="follow_up", contact_id=family["mother"].id)
    db.commit()
    page = demo.get(f"/simulator?contact={family['mother'].id}").get_data(as_text=True)
    assert "Is Amy back tomorrow?" in page and "follow_up" in page


def test_what_a_parent_typed_is_shown_escaped(demo, family):
    _text(demo, family["mother"], "<script>alert('x')</script>")
    page = demo.get(f"/simulator?contact={family['mother'].id}").get_data(as_text=True)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


def test_a_post_without_the_csrf_token_is_refused(demo, family, db):
    response = demo.post("/simulator/send", data={
        "contact_id": str(family["mother"].id), "body": "Amy is off sick today"})
    assert response.status_code == 400
    assert inbound_messages(db, PARENT) == []


def test_an_empty_text_is_refused_and_stores_nothing(demo, family, db):
    response = _text(demo, family["mother"], "")
    assert response.status_code == 400
    assert inbound_messages(db, PARENT) == []


def test_only_parents_of_the_demo_school_can_be_chosen(demo, family, db):
    from tests.factories import make_contact, make_school

    other = make_school(db, name="Elsewhere")
    outsider = make_contact(db, other, "+447700900404", name="Outside Parent")
    db.commit()
    page = demo.get("/simulator")
    assert "Outside Parent" not in page.get_data(as_text=True)
    assert _text(demo, outsider, "hello", page_of=family["mother"]).status_code == 404
    assert inbound_messages(db, "+447700900404") == []


def test_the_demo_school_is_the_one_rollcall_demo_built(demo, family, db):
    from tests.factories import make_contact, make_school

    larkspur = make_school(db, name="Larkspur Academy (demo)", urn=DEMO_URN)
    make_contact(db, larkspur, "+447700900405", name="Demo Parent")
    db.commit()
    page = demo.get("/simulator").get_data(as_text=True)
    assert "Demo Parent" in page and "Sarah Smith" not in page


def test_there_is_no_simulator_in_production(client, family):
    assert client.get("/simulator").status_code == 404
    assert client.post("/simulator/send", data={"body": "x"}).status_code == 404
