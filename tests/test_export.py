"""Exporting confirmed codes for the MIS: only Rollcall's confirmed changes since a day."""
import csv
import io
from datetime import date, datetime, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from models import CodeChange, SessionMark
from models.exporters import EXPORT_COLUMNS, export_codes
from models.marks import MIS, PARENT, Actor, set_mark
from models.mis import import_register
from rollcall.cli import main
from tests.factories import make_pupil, make_school

OFFICER = Actor("Jo Bloggs", "attendance_officer")
MONDAY = date(2026, 11, 23)


def exported(db, school, since) -> list[dict[str, str]]:
    out = io.StringIO()
    export_codes(db, school, since, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def changed_at(db, pupil, day, session, when: datetime) -> None:
    db.execute(update(SessionMark)
               .where(SessionMark.pupil_id == pupil.id, SessionMark.date == day,
                      SessionMark.session == session)
               .values(updated_at=when))


@pytest.fixture
def school(db):
    return make_school(db)


@pytest.fixture
def amy(db, school):
    return make_pupil(db, school, "Amy", mis_id="1001", upn="A123456789012")


def test_only_confirmed_codes_changed_in_rollcall_are_exported(db, school, amy):
    ben = make_pupil(db, school, "Ben", mis_id="1002")
    set_mark(db, amy, MONDAY, "AM", "I", status="confirmed", source="officer", actor=OFFICER)
    set_mark(db, amy, MONDAY, "PM", "I", status="provisional", source="parent", actor=PARENT)
    set_mark(db, ben, MONDAY, "AM", "/", status="confirmed", source="mis", actor=MIS)
    set_mark(db, ben, MONDAY, "PM", "M", status="confirmed", source="officer", actor=OFFICER)
    db.flush()
    rows = exported(db, school, MONDAY)
    assert rows == [
        {"Date": "2026-11-23", "Session": "AM", "MIS ID": "1001", "UPN": "A123456789012", "Code": "I"},
        {"Date": "2026-11-23", "Session": "PM", "MIS ID": "1002", "UPN": "", "Code": "M"},
    ]


def test_the_header_is_the_mis_columns(db, school):
    out = io.StringIO()
    assert export_codes(db, school, MONDAY, out) == 0
    assert out.getvalue().splitlines() == [",".join(EXPORT_COLUMNS)]


def test_codes_changed_before_the_day_are_left_out(db, school, amy):
    for day in (date(2026, 11, 16), date(2026, 11, 17)):
        set_mark(db, amy, day, "AM", "I", status="confirmed", source="officer", actor=OFFICER)
    db.flush()
    changed_at(db, amy, date(2026, 11, 16), "AM", datetime(2026, 11, 16, 12, tzinfo=timezone.utc))
    changed_at(db, amy, date(2026, 11, 17), "AM", datetime(2026, 11, 20, 9, tzinfo=timezone.utc))
    assert [r["Date"] for r in exported(db, school, date(2026, 11, 18))] == ["2026-11-17"]
    assert len(exported(db, school, date(2026, 11, 16))) == 2


def test_the_day_starts_at_midnight_school_time(db, school, amy):
    # 23:30 UTC on 19 October is 00:30 on the 20th in London (summer time).
    set_mark(db, amy, date(2026, 10, 19), "AM", "M", status="confirmed", source="officer", actor=OFFICER)
    db.flush()
    changed_at(db, amy, date(2026, 10, 19), "AM", datetime(2026, 10, 19, 23, 30, tzinfo=timezone.utc))
    assert len(exported(db, school, date(2026, 10, 20))) == 1
    assert exported(db, school, date(2026, 10, 21)) == []


def test_other_schools_codes_are_not_exported(db, school, amy):
    other_pupil = make_pupil(db, make_school(db), "Zed", mis_id="1001")
    set_mark(db, other_pupil, MONDAY, "AM", "I", status="confirmed", source="officer", actor=OFFICER)
    db.flush()
    assert exported(db, school, MONDAY) == []


def test_an_export_imported_back_changes_nothing(db, school, amy):
    set_mark(db, amy, MONDAY, "AM", "I", status="confirmed", source="officer", actor=OFFICER)
    set_mark(db, amy, MONDAY, "PM", "\\", status="confirmed", source="officer", actor=OFFICER)
    db.flush()
    out = io.StringIO()
    export_codes(db, school, MONDAY, out)
    audited = len(db.scalars(select(CodeChange)).all())
    result = import_register(db, school, io.StringIO(out.getvalue()))
    assert (result.added, result.changed, result.unchanged) == (0, 0, 2)
    assert len(db.scalars(select(CodeChange)).all()) == audited


def test_cli_writes_the_csv_to_a_file(db, db_url, school, amy, tmp_path):
    set_mark(db, amy, MONDAY, "AM", "I", status="confirmed", source="officer", actor=OFFICER)
    db.commit()
    target = tmp_path / "codes.csv"
    result = CliRunner().invoke(main, ["export", "codes", "--since", "2026-11-01", "-o", str(target)],
                                env={"DATABASE_URL": db_url})
    assert result.exit_code == 0, result.output
    assert "Exported 1 code changed since 2026-11-01" in result.output
    assert target.read_text().splitlines() == [
        "Date,Session,MIS ID,UPN,Code", "2026-11-23,AM,1001,A123456789012,I"]


def test_cli_refuses_a_date_that_is_not_iso(db_url):
    result = CliRunner().invoke(main, ["export", "codes", "--since", "23/11/2026"],
                                env={"DATABASE_URL": db_url})
    assert result.exit_code == 2 and "--since" in result.output
