"""Absences, lates and leave requests become reports and provisional marks on school days."""
from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from models import CodeChange, Message
from models.marks import Actor, set_mark
from tests.bot.conftest import (
    FRIDAY_INSET, THURSDAY, TUESDAY, WEDNESDAY, local, marks, reports,
)

MONDAY_30 = date(2026, 11, 30)


def test_a_single_child_absence_is_recorded_with_the_exact_confirmation(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy off today and tmrw, temperature", intent="absence", reason_code="I",
                evidence=("temperature",), dates=[WEDNESDAY, THURSDAY], target_children=["Amy"])

    replies = say("amy off today and tmrw, temperature")

    assert replies == ["Amy: off today and tomorrow (Wed 25, Thu 26 Nov), illness. "
                       "Please text each morning Amy is still off."]
    assert marks(db, amy) == [(d, s, "I", "provisional") for d in (WEDNESDAY, THURSDAY) for s in ("AM", "PM")]
    [report] = reports(db)
    assert (report.kind, report.status, report.provisional_code, report.pupil_id, report.contact_id) == (
        "absence", "recorded", "I", amy.id, parent.id)
    assert report.days == [WEDNESDAY, THURSDAY] and not report.reported_after_deadline
    assert nlu_fake.calls[0]["children"] == ["Amy"]
    assert nlu_fake.calls[0]["today"] == WEDNESDAY and nlu_fake.calls[0]["now"] == time(7, 30)
    message = db.scalars(select(Message)).one()
    assert (message.status, message.contact_id, message.absence_report_id) == ("processed", parent.id, report.id)
    assert message.processed_at is not None
    changes = db.scalars(select(CodeChange)).all()
    assert {(c.changed_by_name, c.new_status, c.absence_report_id) for c in changes} == {
        ("parent", "provisional", report.id)}


def test_rest_of_the_week_skips_the_inset_day(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy off rest of the week with flu", intent="absence", reason_code="I",
                evidence=("flu",), dates=[WEDNESDAY, THURSDAY, FRIDAY_INSET], target_children=["Amy"])

    [reply] = say("amy off rest of the week with flu")

    assert {d for d, *_ in marks(db, amy)} == {WEDNESDAY, THURSDAY}
    assert reports(db)[0].days == [WEDNESDAY, THURSDAY]
    assert "Fri 27" not in reply and "(Wed 25, Thu 26 Nov)" in reply


def test_nothing_is_recorded_when_no_day_is_a_school_day(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy off friday", intent="absence", reason_code="I", evidence=("ill",),
                dates=[FRIDAY_INSET], target_children=["Amy"])

    [reply] = say("amy off friday")

    assert reply == ("Thank you. There is no school on Fri 27 Nov, so there is nothing to "
                     "record for Amy.")
    assert reports(db) == [] and marks(db, amy) == []


def test_half_days_mark_only_that_session(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy dentist this morning", intent="absence", reason_code="M", evidence=("dentist",),
                dates=[WEDNESDAY], sessions="AM", target_children=["Amy"])

    [reply] = say("amy dentist this morning")

    assert marks(db, amy) == [(WEDNESDAY, "AM", "M", "provisional")]
    assert reply == ("Amy: off today (Wed 25 Nov), morning only, medical appointment. "
                     "Thank you for letting us know.")


def test_a_past_day_is_recorded_as_a_provisional_explanation(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy was off yesterday, sick bug", intent="absence", reason_code="I",
                evidence=("sick bug",), dates=[TUESDAY], target_children=["Amy"])

    [reply] = say("amy was off yesterday, sick bug")

    assert marks(db, amy) == [(TUESDAY, "AM", "I", "provisional"), (TUESDAY, "PM", "I", "provisional")]
    assert reply == "Amy: off yesterday (Tue 24 Nov), illness. Thank you for letting us know."
    assert not reports(db)[0].reported_after_deadline


def test_an_officer_confirmed_mark_is_never_overwritten(db, say, nlu_fake, parent, amy):
    officer = Actor("Jo Officer", "attendance_officer")
    set_mark(db, amy, TUESDAY, "AM", "O", status="confirmed", source="officer", actor=officer)
    nlu_fake.on("amy was ill yesterday", intent="absence", reason_code="I", evidence=("ill",),
                dates=[TUESDAY], target_children=["Amy"])

    [reply] = say("amy was ill yesterday")

    assert marks(db, amy) == [(TUESDAY, "AM", "O", "confirmed"), (TUESDAY, "PM", "I", "provisional")]
    [report] = reports(db)
    assert len(report.notes) == 1 and "confirmed mark O" in report.notes[0]
    assert reply.endswith("The office had already marked Tue 24 Nov and will check it.")


def test_after_the_deadline_it_still_records_and_says_so_gently(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy is poorly", intent="absence", reason_code="I", evidence=("poorly",),
                dates=[WEDNESDAY], target_children=["Amy"])

    [reply] = say("amy is poorly", at=local(at="09:05"))

    [report] = reports(db)
    assert report.reported_after_deadline and report.status == "recorded"
    assert len(marks(db, amy)) == 2
    assert reply == ("Amy: off today (Wed 25 Nov), illness. Please text each morning Amy is still "
                     "off. It came after the 08:45 reporting time; earlier helps if you can.")


def test_before_the_deadline_there_is_no_flag(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy is poorly", intent="absence", reason_code="I", evidence=("poorly",),
                dates=[WEDNESDAY], target_children=["Amy"])
    [reply] = say("amy is poorly", at=local(at="08:44"))
    assert not reports(db)[0].reported_after_deadline and "08:45" not in reply


def _late(nlu_fake, text, arrival, reason="N", evidence=()):
    nlu_fake.on(text, intent="late", reason_code=reason, evidence=evidence, dates=[WEDNESDAY],
                sessions="AM", arrival_time=arrival, target_children=["Amy"])


def test_a_late_arrival_before_the_register_closes_is_L(db, say, nlu_fake, parent, amy):
    _late(nlu_fake, "amy in at 9", time(9, 0))
    [reply] = say("amy in at 9")
    assert marks(db, amy) == [(WEDNESDAY, "AM", "L", "provisional")]
    assert reports(db)[0].kind == "late" and reports(db)[0].provisional_code == "L"
    assert reply == ("Amy: in late today (Wed 25 Nov), expected about 09:00. "
                     "Thank you for letting us know.")


def test_a_late_arrival_after_the_register_closes_is_U(db, say, nlu_fake, parent, amy):
    _late(nlu_fake, "amy in at 10", time(10, 0))
    say("amy in at 10")
    assert marks(db, amy) == [(WEDNESDAY, "AM", "U", "provisional")]


def test_a_late_arrival_for_a_medical_appointment_is_M(db, say, nlu_fake, parent, amy):
    _late(nlu_fake, "amy at the dentist, in at 10", time(10, 0), reason="M", evidence=("dentist",))
    [reply] = say("amy at the dentist, in at 10")
    assert marks(db, amy) == [(WEDNESDAY, "AM", "M", "provisional")]
    assert "Reason: medical appointment." in reply


def test_a_late_with_no_time_is_U_once_the_register_has_closed(db, say, nlu_fake, parent, amy):
    _late(nlu_fake, "amy running late", None)
    say("amy running late", at=local(at="09:30"))
    assert marks(db, amy) == [(WEDNESDAY, "AM", "U", "provisional")]


def test_a_leave_request_goes_to_the_head_with_no_marks(db, say, nlu_fake, parent, amy):
    nlu_fake.on("can we take amy out 30 nov for a family wedding", intent="leave_request",
                reason_code="C", evidence=("wedding",), dates=[MONDAY_30], target_children=["Amy"])

    [reply] = say("can we take amy out 30 nov for a family wedding")

    [report] = reports(db)
    assert (report.kind, report.status, report.days) == ("leave_request", "leave_requested", [MONDAY_30])
    assert marks(db, amy) == []
    assert reply.startswith("Thank you. Your request for Amy (Mon 30 Nov) has gone to the head.")
    assert "exceptional circumstances" in reply and "head" in reply and "hear back" in reply
