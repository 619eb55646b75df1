"""The school calendar of the tests' factory (2026-27), checked by hand."""
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ClosureDay, School, Term
from models.calendar import HalfTerm, SchoolCalendar, calendar_at_version, england_bank_holidays
from models.db import make_engine
from tests.factories import HALF_TERMS_2026_27, INSET_DAY, make_school

CALENDAR = SchoolCalendar([HalfTerm(*row) for row in HALF_TERMS_2026_27], [INSET_DAY])
D = date


def test_a_school_calendar_is_read_from_the_database(db):
    calendar = SchoolCalendar.for_school(db, make_school(db))
    assert [h.name for h in calendar.half_terms] == [row[0] for row in HALF_TERMS_2026_27]
    assert calendar.closures == {D(2026, 11, 27)}
    assert not calendar.is_school_day(D(2026, 11, 27))
    assert calendar.school_days_between(D(2026, 9, 1), D(2027, 8, 31)) == 191


def test_weekends_are_not_school_days():
    assert CALENDAR.is_school_day(D(2026, 11, 20))      # Friday
    assert not CALENDAR.is_school_day(D(2026, 11, 21))  # Saturday
    assert not CALENDAR.is_school_day(D(2026, 11, 22))  # Sunday
    assert CALENDAR.is_school_day(D(2026, 11, 23))      # Monday


def test_england_bank_holidays():
    assert {D(2026, 12, 25), D(2026, 12, 28), D(2027, 3, 26), D(2027, 5, 3)} <= (
        england_bank_holidays(2026) | england_bank_holidays(2027))
    assert D(2026, 12, 28) in england_bank_holidays(2026)  # Boxing Day falls on a Saturday
    # Inside a half term, a bank holiday is no school day.
    assert not CALENDAR.is_school_day(D(2027, 5, 3))    # Early May bank holiday
    assert CALENDAR.is_school_day(D(2027, 5, 4))
    assert not CALENDAR.is_school_day(D(2027, 3, 26))   # Good Friday, last day of Spring 2
    all_year = SchoolCalendar([HalfTerm("All", "All", D(2026, 12, 1), D(2027, 1, 31))])
    assert not all_year.is_school_day(D(2026, 12, 25))
    assert not all_year.is_school_day(D(2026, 12, 28))
    assert all_year.is_school_day(D(2026, 12, 29))


def test_the_inset_day_is_not_a_school_day():
    assert INSET_DAY == D(2026, 11, 27)
    assert not CALENDAR.is_school_day(D(2026, 11, 27))
    assert CALENDAR.is_school_day(D(2026, 11, 26))
    assert CALENDAR.school_days_between(D(2026, 11, 23), D(2026, 11, 27)) == 4


@pytest.mark.parametrize("day", [D(2026, 10, n) for n in range(26, 31)])
def test_half_term_holiday_days_are_not_school_days(day):
    assert not CALENDAR.is_school_day(day)
    assert CALENDAR.half_term_of(day) is None


def test_next_and_previous_school_day():
    assert CALENDAR.next_school_day(D(2026, 10, 23)) == D(2026, 11, 2)   # across half term
    assert CALENDAR.next_school_day(D(2026, 10, 23), include_today=True) == D(2026, 10, 23)
    assert CALENDAR.next_school_day(D(2026, 10, 28), include_today=True) == D(2026, 11, 2)
    assert CALENDAR.next_school_day(D(2026, 11, 26)) == D(2026, 11, 30)  # over the INSET day
    assert CALENDAR.next_school_day(D(2027, 4, 30)) == D(2027, 5, 4)     # over a bank holiday
    assert CALENDAR.next_school_day(D(2026, 12, 18)) == D(2027, 1, 5)    # Christmas
    assert CALENDAR.next_school_day(D(2027, 7, 21)) is None              # no later term known
    assert CALENDAR.previous_school_day(D(2026, 11, 2)) == D(2026, 10, 23)
    assert CALENDAR.previous_school_day(D(2026, 9, 3)) is None


def test_school_days_between_counts_both_ends():
    assert CALENDAR.school_days_between(D(2026, 11, 23), D(2026, 11, 23)) == 1
    assert CALENDAR.school_days_between(D(2026, 11, 21), D(2026, 11, 22)) == 0
    assert CALENDAR.school_days_between(D(2026, 10, 19), D(2026, 11, 6)) == 10
    assert CALENDAR.school_days_between(D(2027, 5, 3), D(2027, 5, 7)) == 4
    # The year: 37 + 34 (INSET) + 29 + 24 (Good Friday) + 34 (May bank holiday) + 33.
    assert CALENDAR.school_days_between(D(2026, 9, 1), D(2027, 8, 31)) == 191
    assert list(CALENDAR.school_days(D(2026, 11, 25), D(2026, 11, 30))) == [
        D(2026, 11, 25), D(2026, 11, 26), D(2026, 11, 30)]


def test_add_school_days():
    assert CALENDAR.add_school_days(D(2026, 10, 23), 1) == D(2026, 11, 2)
    assert CALENDAR.add_school_days(D(2026, 11, 25), 2) == D(2026, 11, 30)
    assert CALENDAR.add_school_days(D(2026, 11, 2), 20) == D(2026, 12, 1)  # one INSET day
    assert CALENDAR.add_school_days(D(2027, 7, 20), 2) is None


def test_half_term_of():
    assert CALENDAR.half_term_of(D(2026, 9, 3)).name == "Autumn 1"
    assert CALENDAR.half_term_of(D(2026, 10, 23)).name == "Autumn 1"
    autumn_2 = CALENDAR.half_term_of(D(2026, 11, 2))
    assert (autumn_2.name, autumn_2.term) == ("Autumn 2", "Autumn")
    assert (autumn_2.start, autumn_2.end) == (D(2026, 11, 2), D(2026, 12, 18))
    assert CALENDAR.half_term_of(D(2027, 7, 21)).name == "Summer 2"
    assert CALENDAR.half_term_of(D(2026, 9, 2)) is None
    assert CALENDAR.half_term_of(D(2026, 12, 25)) is None
    assert CALENDAR.half_term_of(D(2027, 7, 22)) is None


# --- the calendar a process keeps ----------------------------------------------------

def calendar_version(db, school: School) -> int:
    return db.scalar(select(School.calendar_version).where(School.id == school.id))


def test_the_database_bumps_the_calendar_version_on_every_change_to_terms_or_closures(db):
    school = make_school(db)
    versions = [calendar_version(db, school)]
    closure = ClosureDay(school_id=school.id, date=D(2026, 12, 1), kind="closure")
    term = db.scalars(select(Term).where(Term.school_id == school.id)).first()
    for change in (lambda: db.add(closure), lambda: setattr(closure, "date", D(2026, 12, 2)),
                   lambda: db.delete(closure), lambda: setattr(term, "end_date", D(2026, 10, 21))):
        change()
        db.flush()
        versions.append(calendar_version(db, school))
    assert versions == sorted(set(versions))


def test_a_calendar_is_read_once_per_version_and_read_again_after_a_change(db):
    school = make_school(db)
    first = calendar_at_version(db, school.id, calendar_version(db, school))
    assert calendar_at_version(db, school.id, calendar_version(db, school)) is first

    db.add(ClosureDay(school_id=school.id, date=D(2026, 12, 1), kind="closure"))
    db.flush()
    changed = calendar_at_version(db, school.id, calendar_version(db, school))

    assert first.is_school_day(D(2026, 12, 1)) and not changed.is_school_day(D(2026, 12, 1))


def test_calendars_are_kept_per_database_engine(db, db_url):
    school = make_school(db)
    db.commit()
    ours = calendar_at_version(db, school.id, calendar_version(db, school))
    other_engine = make_engine(db_url)
    try:
        with Session(other_engine) as other:
            theirs = calendar_at_version(other, school.id, calendar_version(other, school))
    finally:
        other_engine.dispose()
    assert theirs is not ours and theirs.closures == ours.closures
