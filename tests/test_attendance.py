"""Attendance arithmetic on hand-checked registers (school year 2026-27, the factory's calendar)."""
from datetime import date

import pytest

from models import SessionMark
from models.attendance import (
    PENALTY_NOTICE_SESSIONS,
    Figures,
    absence_levels,
    attendance_figures,
    consecutive_days_absent,
    grading,
    lates_this_half_term,
    unauthorised_in_rolling_weeks,
    week_on_week,
)
from models.calendar import HalfTerm, SchoolCalendar
from tests.factories import make_pupil, make_school

D = date
PRESENT = ("/", "\\")
YEAR = (D(2026, 8, 1), D(2027, 7, 31))


def put(db, pupil, day, am, pm=None, status="confirmed"):
    """Mark one day: put(db, p, day, *PRESENT), or one code for both sessions."""
    for session_name, code in (("AM", am), ("PM", am if pm is None else pm)):
        db.add(SessionMark(pupil_id=pupil.id, date=day, session=session_name, code=code,
                           status=status, source="mis"))
    db.flush()


def put_days(db, pupil, calendar, first, count, am, pm=None):
    """Mark `count` school days from `first` alike."""
    day = calendar.next_school_day(first, include_today=True)
    for _ in range(count):
        put(db, pupil, day, am, pm)
        day = calendar.next_school_day(day)


@pytest.fixture
def school(db):
    return make_school(db)


@pytest.fixture
def calendar(db, school):
    return SchoolCalendar.for_school(db, school)


@pytest.fixture
def amy(db, school):
    return make_pupil(db, school, "Amy")


def figures(db, pupil, start=YEAR[0], end=YEAR[1], **options):
    return attendance_figures(db, start, end, pupil_ids=[pupil.id], **options)[pupil.id]


def test_a_hand_checked_week(db, amy, school):
    put(db, amy, D(2026, 11, 23), *PRESENT)
    put(db, amy, D(2026, 11, 24), "I")
    put(db, amy, D(2026, 11, 25), "L", "\\")
    put(db, amy, D(2026, 11, 26), "Y2")           # snow: not possible sessions
    put(db, amy, D(2026, 11, 27), "#")            # INSET: planned closure
    put(db, amy, D(2026, 11, 30), "O", "\\")
    put(db, amy, D(2026, 12, 1), "G")             # after the range
    other = make_pupil(db, school, "Ben")
    put(db, other, D(2026, 11, 23), "N")

    result = attendance_figures(db, D(2026, 11, 23), D(2026, 11, 30), school_ids=[school.id])

    assert result[amy.id] == Figures(possible=8, attended=5, authorised=2, unauthorised=1, lates=1)
    assert result[amy.id].pct == 62.5
    assert result[amy.id].absence_pct == 37.5
    assert result[other.id] == Figures(possible=2, attended=0, authorised=0, unauthorised=2)
    assert result[other.id].pct == 0


@pytest.mark.parametrize("code", ["D", "X", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#"])
def test_codes_that_are_not_possible_sessions_leave_the_denominator(db, amy, code):
    put(db, amy, D(2026, 11, 23), *PRESENT)
    put(db, amy, D(2026, 11, 24), code)
    assert figures(db, amy) == Figures(possible=2, attended=2)
    assert figures(db, amy).pct == 100


@pytest.mark.parametrize("code", ["K", "V", "P", "W", "B"])
def test_approved_educational_activity_counts_as_attended(db, amy, code):
    put(db, amy, D(2026, 11, 23), code, "I")
    assert figures(db, amy) == Figures(possible=2, attended=1, authorised=1)


def test_late_before_the_register_closed_is_present_and_a_late(db, amy):
    put(db, amy, D(2026, 11, 23), "L", "\\")
    assert figures(db, amy) == Figures(possible=2, attended=2, lates=1)


def test_late_after_the_register_closed_is_unauthorised(db, amy):
    put(db, amy, D(2026, 11, 23), "U", "\\")
    assert figures(db, amy) == Figures(possible=2, attended=1, unauthorised=1)


def test_no_possible_session_gives_no_percentage(db, amy, school):
    put(db, amy, D(2026, 11, 23), "Y4")
    result = figures(db, amy)
    assert result.possible == 0 and result.pct is None and result.absence_pct is None
    assert grading(school, result) is None


def test_grading_comes_from_the_school(db, amy, school):
    put_days(db, amy, SchoolCalendar.for_school(db, school), D(2026, 9, 3), 24, *PRESENT)
    put(db, amy, D(2026, 10, 19), "I")                 # 48 of 50 sessions: 96%
    assert figures(db, amy).pct == 96
    assert grading(school, figures(db, amy)) == "Good"


def test_provisional_marks_count_unless_confirmed_only_is_asked(db, amy):
    put(db, amy, D(2026, 11, 23), *PRESENT)
    put(db, amy, D(2026, 11, 24), "I", status="provisional")
    assert figures(db, amy) == Figures(possible=4, attended=2, authorised=2)
    assert figures(db, amy, confirmed_only=True) == Figures(possible=2, attended=2)


def test_a_withdrawn_mark_counts_for_nothing(db, amy):
    put(db, amy, D(2026, 11, 23), *PRESENT)
    put(db, amy, D(2026, 11, 24), "I", status="withdrawn")
    assert figures(db, amy) == Figures(possible=2, attended=2)


def test_school_and_pupil_filters(db, amy, school):
    ben = make_pupil(db, school, "Ben")
    elsewhere = make_pupil(db, make_school(db), "Cat")
    for pupil in (amy, ben, elsewhere):
        put(db, pupil, D(2026, 11, 23), *PRESENT)
    day = D(2026, 11, 23)
    assert set(attendance_figures(db, day, day)) == {amy.id, ben.id, elsewhere.id}
    assert set(attendance_figures(db, day, day, school_ids=[school.id])) == {amy.id, ben.id}
    assert set(attendance_figures(db, day, day, school_ids=[school.id],
                                  pupil_ids=[ben.id, elsewhere.id])) == {ben.id}


# Persistent (10%+) and severe (50%+) absence, judged from 20 possible sessions.

def test_persistent_absence_waits_for_twenty_possible_sessions(db, school, calendar):
    nineteen, twenty = make_pupil(db, school, "Nineteen"), make_pupil(db, school, "Twenty")
    for pupil in (nineteen, twenty):
        put_days(db, pupil, calendar, D(2026, 9, 3), 8, *PRESENT)     # Sep 3 to Sep 14
        put(db, pupil, D(2026, 9, 15), "I")
    put(db, nineteen, D(2026, 9, 16), "/", "Y1")                      # 19 possible, 2 absent
    put(db, twenty, D(2026, 9, 16), *PRESENT)                         # 20 possible, 2 absent

    levels = absence_levels(db, school, D(2026, 9, 16))

    assert levels[nineteen.id].year.possible == 19
    assert not levels[nineteen.id].judged and not levels[nineteen.id].persistent
    assert levels[twenty.id].year.possible == 20 and levels[twenty.id].year.absence_pct == 10
    assert levels[twenty.id].judged and levels[twenty.id].persistent
    assert not levels[twenty.id].severe


def test_just_under_ten_percent_is_not_persistent(db, school, calendar, amy):
    put_days(db, amy, calendar, D(2026, 9, 3), 10, *PRESENT)
    put(db, amy, D(2026, 9, 17), "I", "\\")                           # 1 of 22: 4.5%
    put(db, amy, D(2026, 9, 18), "/", "O")                            # 2 of 24: 8.3%
    level = absence_levels(db, school, D(2026, 9, 18))[amy.id]
    assert level.judged and not level.persistent


def test_severe_absence_from_fifty_percent(db, school, calendar):
    half, under = make_pupil(db, school, "Half"), make_pupil(db, school, "Under")
    for pupil, absent_days in ((half, 5), (under, 4)):
        put_days(db, pupil, calendar, D(2026, 9, 3), 5, *PRESENT)
        put_days(db, pupil, calendar, D(2026, 9, 10), absent_days, "O")
    put(db, under, D(2026, 9, 16), "/", "N")                          # 9 of 20: 45%

    levels = absence_levels(db, school, D(2026, 9, 16))

    assert levels[half.id].year.absence_pct == 50
    assert levels[half.id].severe and levels[half.id].persistent
    assert levels[under.id].year.absence_pct == 45
    assert levels[under.id].persistent and not levels[under.id].severe


def test_absence_levels_use_the_school_settings_and_this_school_year_only(db, calendar, school):
    strict = make_school(db, persistent_absence_pct=15.0, absence_floor_sessions=10)
    pupils = make_pupil(db, school, "Dee"), make_pupil(db, strict, "Dee")
    for pupil in pupils:
        put(db, pupil, D(2026, 7, 20), "G")                           # last school year
        put_days(db, pupil, calendar, D(2026, 9, 3), 9, *PRESENT)     # Sep 3 to Sep 15
        put(db, pupil, D(2026, 9, 16), "I")                           # 2 of 20: 10%
    usual = absence_levels(db, school, D(2026, 9, 16))[pupils[0].id]
    assert usual.year == Figures(possible=20, attended=18, authorised=2)
    assert usual.persistent
    assert not absence_levels(db, strict, D(2026, 9, 16))[pupils[1].id].persistent
    assert absence_levels(db, strict, D(2026, 9, 9))[pupils[1].id].judged       # 10 possible
    assert not absence_levels(db, strict, D(2026, 9, 8))[pupils[1].id].judged   # 8 possible


# The penalty-notice window: 10 school weeks, holiday weeks not counted.

def test_the_rolling_window_is_ten_school_weeks_ending_on_the_day(db, amy):
    no_holidays = SchoolCalendar([HalfTerm("All", "All", D(2026, 9, 1), D(2027, 7, 31))])
    day = D(2027, 3, 19)                                              # a Friday
    put(db, amy, D(2027, 1, 7), "G")        # 10 weeks and a day before: out
    put(db, amy, D(2027, 1, 8), "G")        # 10 weeks before, the Friday: out
    put(db, amy, D(2027, 1, 11), "O", "\\")  # the Monday of the 10th school week: in
    put(db, amy, day, "N", "U")             # the day itself: in
    put(db, amy, D(2027, 3, 22), "G")       # after the day: out
    assert unauthorised_in_rolling_weeks(db, no_holidays, day)[amy.id] == 3


def test_holiday_weeks_stretch_the_rolling_window(db, amy, calendar):
    day = D(2026, 12, 11)                   # the October half term is 10 weeks back
    put(db, amy, D(2026, 9, 25), "G")       # 11 school weeks back: out
    put(db, amy, D(2026, 10, 1), "G")       # 10 weeks and a day before: in (half term)
    put(db, amy, D(2026, 12, 7), "O", "\\")
    assert unauthorised_in_rolling_weeks(db, calendar, day)[amy.id] == 3


def test_ten_unauthorised_sessions_reach_the_penalty_threshold(db, amy, calendar):
    put_days(db, amy, calendar, D(2026, 11, 9), 4, "G")
    put(db, amy, D(2026, 11, 13), "U", "\\")
    put(db, amy, D(2026, 11, 16), "I")                                # authorised: not counted
    counted = unauthorised_in_rolling_weeks(db, calendar, D(2026, 11, 16))[amy.id]
    assert counted == 9 < PENALTY_NOTICE_SESSIONS
    put(db, amy, D(2026, 11, 17), "O", "\\")
    assert unauthorised_in_rolling_weeks(db, calendar, D(2026, 11, 17))[amy.id] == 10


# The current run of days absent.

def test_a_run_of_absent_days_carries_across_a_weekend_and_a_bank_holiday(db, amy):
    put(db, amy, D(2027, 4, 28), *PRESENT)                            # Wednesday
    put(db, amy, D(2027, 4, 29), "I")                                 # Thursday
    put(db, amy, D(2027, 4, 30), "I")                                 # Friday
    # Saturday, Sunday and Monday 3 May (Early May bank holiday): no marks.
    put(db, amy, D(2027, 5, 4), "O")                                  # Tuesday
    run = consecutive_days_absent(db, D(2027, 5, 4))[amy.id]
    assert (run.days, run.first_day, run.last_day) == (3, D(2027, 4, 29), D(2027, 5, 4))
    assert consecutive_days_absent(db, D(2027, 4, 30))[amy.id].days == 2
    assert consecutive_days_absent(db, D(2027, 5, 3))[amy.id].days == 2
    assert amy.id not in consecutive_days_absent(db, D(2027, 4, 28))


def test_a_day_with_any_attended_session_breaks_the_run(db, amy):
    put(db, amy, D(2026, 11, 23), "I")
    put(db, amy, D(2026, 11, 24), "M", "\\")                          # present for the PM
    put(db, amy, D(2026, 11, 25), "I")
    put(db, amy, D(2026, 11, 26), "L", "\\")
    assert consecutive_days_absent(db, D(2026, 11, 25))[amy.id].days == 1
    assert amy.id not in consecutive_days_absent(db, D(2026, 11, 26))


def test_days_with_no_possible_session_neither_break_nor_extend_the_run(db, amy):
    put(db, amy, D(2026, 11, 23), *PRESENT)
    put(db, amy, D(2026, 11, 24), "I")
    put(db, amy, D(2026, 11, 25), "Y2")                               # snow
    put(db, amy, D(2026, 11, 26), "O", "Y1")                          # PM: no transport
    put(db, amy, D(2026, 11, 27), "#")                                # INSET
    put(db, amy, D(2026, 11, 30), "N")
    run = consecutive_days_absent(db, D(2026, 11, 30))[amy.id]
    assert (run.days, run.first_day) == (3, D(2026, 11, 24))


def test_a_run_counts_from_the_start_of_the_school_year(db, amy):
    put(db, amy, D(2026, 7, 21), "I")
    put(db, amy, D(2026, 9, 3), "I")
    assert consecutive_days_absent(db, D(2026, 9, 3))[amy.id].days == 1
    assert consecutive_days_absent(db, D(2026, 9, 3), since=D(2026, 7, 1))[amy.id].days == 2


# Lates this half term, and week on week.

def test_lates_this_half_term_not_last(db, amy, calendar):
    put(db, amy, D(2026, 10, 22), "L", "\\")                          # Autumn 1
    put(db, amy, D(2026, 11, 3), "L", "\\")                           # Autumn 2
    put(db, amy, D(2026, 11, 10), "L", "\\")
    put(db, amy, D(2026, 11, 11), "U", "\\")                          # after close: not a late
    put(db, amy, D(2026, 12, 1), "L", "\\")                           # after the day asked
    assert lates_this_half_term(db, calendar, D(2026, 11, 20))[amy.id] == 2
    assert lates_this_half_term(db, calendar, D(2026, 10, 23))[amy.id] == 1
    assert lates_this_half_term(db, calendar, D(2026, 10, 28))[amy.id] == 1   # in the holiday
    assert lates_this_half_term(db, calendar, D(2026, 9, 1)) == {}


def test_week_on_week(db, amy, school, calendar):
    put_days(db, amy, calendar, D(2026, 11, 16), 2, *PRESENT)
    put(db, amy, D(2026, 11, 18), "I")                                # last week: 8 of 10
    put_days(db, amy, calendar, D(2026, 11, 19), 2, *PRESENT)
    put_days(db, amy, calendar, D(2026, 11, 23), 3, *PRESENT)         # this week: 6 of 6
    put(db, amy, D(2026, 11, 26), "O")                                # after the day
    newcomer = make_pupil(db, school, "Eve")
    put(db, newcomer, D(2026, 11, 24), "/", "I")

    weeks = week_on_week(db, D(2026, 11, 25), school_ids=[school.id])

    assert weeks[amy.id].last_week == Figures(possible=10, attended=8, authorised=2)
    assert weeks[amy.id].this_week == Figures(possible=6, attended=6)
    assert weeks[amy.id].change == 20
    assert weeks[newcomer.id].this_week.pct == 50
    assert weeks[newcomer.id].last_week == Figures() and weeks[newcomer.id].change is None


def test_the_week_after_half_term_compares_with_the_last_week_of_term(db, amy, calendar):
    put(db, amy, D(2026, 10, 21), "O")                                # last week of Autumn 1
    put(db, amy, D(2026, 10, 22), *PRESENT)
    put(db, amy, D(2026, 11, 2), *PRESENT)
    with_calendar = week_on_week(db, D(2026, 11, 2), calendar=calendar)[amy.id]
    assert with_calendar.last_week == Figures(possible=4, attended=2, unauthorised=2)
    assert with_calendar.change == 50
    without = week_on_week(db, D(2026, 11, 2))[amy.id]                # the holiday week
    assert without.last_week == Figures() and without.change is None
