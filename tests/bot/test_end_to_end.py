"""The conversation with the real NLU (nlu.parse_message) on clear messages."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation import handle_inbound
from models import AbsenceReport, Outbox, SessionMark
from models.attendance import attendance_figures
from tests.bot.conftest import FRIDAY_INSET, THURSDAY, WEDNESDAY, inbound, local, marks

nlu = pytest.importorskip("nlu")


@pytest.fixture
def talk(db, school):
    def _talk(body, at="07:30"):
        message = inbound(db, body, school=school, at=local(at=at))
        replies = handle_inbound(db, message)  # the default parse: the real NLU
        db.flush()
        return [r.plain_text() for r in replies]
    return _talk


def test_a_clear_absence(db, talk, parent, amy):
    assert talk("Amy is off sick today") == [
        "Amy: off today (Wed 25 Nov), illness. Please text each morning Amy is still off."]
    assert marks(db, amy) == [(WEDNESDAY, s, "I", "provisional") for s in ("AM", "PM")]


def test_rest_of_the_week_with_the_inset_day(db, talk, parent, amy):
    [reply] = talk("amy off rest of the week with flu")
    assert reply.startswith("Amy: off today and tomorrow (Wed 25, Thu 26 Nov), illness.")
    assert {d for d, *_ in marks(db, amy)} == {WEDNESDAY, THURSDAY}
    assert FRIDAY_INSET not in db.scalars(select(AbsenceReport)).one().days


def test_which_child_then_a_name_then_a_correction(db, talk, family, amy, ben):
    [question] = talk("off sick today, temperature")
    assert question.endswith("1) Amy 2) Ben 3) Both")
    [reply] = talk("Ben", at="07:31")
    assert reply.startswith("Ben: off today (Wed 25 Nov), illness.")
    [reply] = talk("sorry I meant tomorrow", at="07:33")
    assert reply.startswith("Thanks, I have changed that. Ben: off tomorrow (Thu 26 Nov), illness.")
    assert {(d, status) for d, _, _, status in marks(db, ben)} == {
        (WEDNESDAY, "withdrawn"), (THURSDAY, "provisional")}
    figures = attendance_figures(db, WEDNESDAY, WEDNESDAY, pupil_ids=[ben.id])
    assert figures == {}  # a withdrawn mark counts for nothing
    [reply] = talk("no, its Amy", at="07:35")
    assert reply.startswith("Thanks, I have changed that. Amy: off tomorrow (Thu 26 Nov)")
    assert {status for *_, status in marks(db, ben)} == {"withdrawn"}
    assert {(d, status) for d, _, _, status in marks(db, amy)} == {(THURSDAY, "provisional")}


def test_no_reason_is_asked_for_once(db, talk, parent, amy):
    [question] = talk("amy wont be in today")
    assert question.startswith("Thank you. Can you tell us why Amy is off?")
    [reply] = talk("she has a cold", at="07:31")
    assert reply.startswith("Amy: off today (Wed 25 Nov), illness.")


def test_a_late_dentist_visit(db, talk, parent, amy):
    [reply] = talk("Amy will be late, dentist, in by 10.30")
    assert marks(db, amy) == [(WEDNESDAY, "AM", "M", "provisional")]
    assert "expected about 10:30" in reply


def test_a_missing_child(db, talk, parent, amy, dsl):
    [reply] = talk("amy hasnt come home since last night, I dont know where she is")
    assert "call 999" in reply
    assert db.scalars(select(SessionMark)).all() == []
    assert db.scalars(select(Outbox).where(Outbox.kind == "dsl_alert")).one().recipient == dsl.phone_e164


def test_stop(db, talk, parent):
    assert talk("STOP") == [] and parent.opted_out
