from datetime import date

import pytest
from sqlalchemy import select

from models import CodeChange
from models.marks import PARENT, Actor, set_mark
from tests.factories import make_pupil, make_school

DAY = date(2026, 11, 24)


def test_each_change_of_a_mark_is_audited_with_who_and_why(db):
    pupil = make_pupil(db, make_school(db), "Amy")
    set_mark(db, pupil, DAY, "AM", "N", status="provisional", source="mis", actor=Actor("MIS import", "mis"))
    set_mark(db, pupil, DAY, "AM", "I", status="provisional", source="parent", actor=PARENT,
             reason="parent: temperature")
    mark = set_mark(db, pupil, DAY, "AM", "I", status="confirmed", source="officer",
                    actor=Actor("Jo Bloggs", "attendance_officer"), reason="confirmed")
    db.commit()
    changes = db.scalars(select(CodeChange).order_by(CodeChange.id)).all()
    assert [(c.old_code, c.new_code, c.new_status) for c in changes] == [
        (None, "N", "provisional"), ("N", "I", "provisional"), ("I", "I", "confirmed")]
    assert changes[-1].changed_by_name == "Jo Bloggs"
    assert changes[-1].changed_by_role == "attendance_officer"
    assert mark.code == "I" and mark.status == "confirmed" and mark.source == "officer"


def test_writing_the_same_mark_again_adds_no_audit_entry(db):
    pupil = make_pupil(db, make_school(db), "Amy")
    for _ in range(2):
        set_mark(db, pupil, DAY, "PM", "/", status="confirmed", source="mis", actor=PARENT)
    assert len(db.scalars(select(CodeChange)).all()) == 1


@pytest.mark.parametrize("code", ["H", "J", "Y", "", "i"])
def test_withdrawn_or_unknown_codes_are_refused(db, code):
    pupil = make_pupil(db, make_school(db), "Amy")
    with pytest.raises(ValueError):
        set_mark(db, pupil, DAY, "AM", code, status="provisional", source="parent", actor=PARENT)
