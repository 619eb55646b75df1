"""Attendance arithmetic: what each pupil's register marks add up to.

Every figure is counted by the database (never by loading marks into Python):
weekly messages run these for every pupil of a 50,000-pupil trust. Each query
first counts each pupil's marks per code with GROUP BY (PostgreSQL streams that
from the index on (pupil_id, code, date) alone), then classifies those few rows
with IN-lists built from `models.codes.DFE_CODES`, the one code table. The same
statements run on SQLite and PostgreSQL.

Which marks count: each session's current code, whatever its status (provisional
or confirmed), since a parent's report is what the school knows until an officer
decides. Every function takes `confirmed_only=True` to count confirmed marks alone
(one more condition on `status`). A withdrawn mark (a parent's report taken back,
see models.register) counts for nothing. Marks are counted over [start, end], both
days included; a pupil with no mark in the range is absent from the result.

Scope: `school_ids` and `pupil_ids` narrow every query (either, both, or neither for
every pupil in the database); for whole schools pass `school_ids`, not a long list
of pupil ids.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Integer, Select, Subquery, cast, func, or_, select
from sqlalchemy.orm import Session

from models.calendar import HalfTerm, SchoolCalendar
from models.codes import codes_counting_as
from models.people import Pupil
from models.register import SessionMark
from models.school import School

ATTENDED_CODES = codes_counting_as("present", "approved_activity")
AUTHORISED_CODES = codes_counting_as("authorised_absence")
UNAUTHORISED_CODES = codes_counting_as("unauthorised_absence")
NOT_POSSIBLE_CODES = codes_counting_as("not_possible")
LATE_CODE = "L"

# National penalty-notice threshold (WTISA): 10 unauthorised sessions in 10 school weeks.
PENALTY_NOTICE_SESSIONS = 10
PENALTY_NOTICE_SCHOOL_WEEKS = 10
# A rolling window of school weeks never reaches back more than this many weeks.
MAX_WINDOW_WEEKS = 52


@dataclass(frozen=True)
class Figures:
    """Session counts for one pupil over some days. `attended` = present +
    approved educational activity; `possible` = every mark but the codes that
    are not possible sessions; `lates` = L marks (also counted as attended)."""

    possible: int = 0
    attended: int = 0
    authorised: int = 0
    unauthorised: int = 0
    lates: int = 0

    @property
    def absent(self) -> int:
        return self.authorised + self.unauthorised

    @property
    def pct(self) -> float | None:
        """% attendance: attended / possible; None when no session was possible."""
        return 100 * self.attended / self.possible if self.possible else None

    @property
    def absence_pct(self) -> float | None:
        return 100 * self.absent / self.possible if self.possible else None

    def absence_reaches(self, pct: float) -> bool:
        """Absence rate >= pct, compared exactly (no float division)."""
        return self.possible > 0 and 100 * self.absent >= pct * self.possible


@dataclass(frozen=True)
class WeekOnWeek:
    """This school week (Monday up to the day asked) against the school week before."""

    this_week: Figures
    last_week: Figures

    @property
    def change(self) -> float | None:
        """Percentage points up (+) or down (-); None unless both weeks had sessions."""
        if self.this_week.pct is None or self.last_week.pct is None:
            return None
        return self.this_week.pct - self.last_week.pct


@dataclass(frozen=True)
class AbsenceLevel:
    """Persistent (PA) and severe (SA) absence over this school year so far. Both
    are judged only once the school's floor of possible sessions has passed;
    a severely absent pupil is persistently absent too."""

    year: Figures
    judged: bool
    persistent: bool
    severe: bool


@dataclass(frozen=True)
class AbsenceRun:
    """The current run of days absent: `days` days with marks, `first_day` to `last_day`."""

    days: int
    first_day: date
    last_day: date


def attendance_figures(
    session: Session,
    start: date,
    end: date,
    *,
    school_ids: Iterable[int] | None = None,
    pupil_ids: Iterable[int] | None = None,
    confirmed_only: bool = False,
) -> dict[int, Figures]:
    """Each pupil's figures over [start, end], in one query."""
    counts = _scoped(_count_codes(), start, end, school_ids, pupil_ids, confirmed_only)
    per_code = counts.subquery("per_code")
    stmt = select(per_code.c.pupil_id, *_figures(per_code)).group_by(per_code.c.pupil_id)
    return {row[0]: Figures(*row[1:]) for row in session.execute(stmt)}


def week_on_week(
    session: Session,
    day: date,
    *,
    calendar: SchoolCalendar | None = None,
    school_ids: Iterable[int] | None = None,
    pupil_ids: Iterable[int] | None = None,
    confirmed_only: bool = False,
) -> dict[int, WeekOnWeek]:
    """Each pupil's figures for the week containing `day` (Monday to `day`) and
    the school week before it (Monday to Sunday), both in one pass over the marks.

    With a calendar, "the week before" skips weeks with no school day (so the
    Monday after half term compares with the last week of term); without one, it
    is the calendar week before.
    """
    this_monday = monday_of(day)
    last_monday = monday_of(_day_before_week(this_monday, calendar))
    last_sunday = last_monday + timedelta(days=6)
    this_week = (SessionMark.date >= this_monday).label("this_week")
    counts = _scoped(_count_codes(this_week), last_monday, day, school_ids, pupil_ids,
                     confirmed_only)
    per_code = counts.where(or_(SessionMark.date <= last_sunday, this_week)).subquery("per_code")
    stmt = select(
        per_code.c.pupil_id,
        *_figures(per_code, per_code.c.this_week),
        *_figures(per_code, ~per_code.c.this_week),
    ).group_by(per_code.c.pupil_id)
    return {
        row[0]: WeekOnWeek(Figures(*row[1:6]), Figures(*row[6:11]))
        for row in session.execute(stmt)
    }


def absence_levels(
    session: Session,
    school: School,
    day: date,
    *,
    pupil_ids: Iterable[int] | None = None,
    confirmed_only: bool = False,
) -> dict[int, AbsenceLevel]:
    """PA and SA for a school's pupils over this school year up to `day`, with the
    school's thresholds (persistent_absence_pct, severe_absence_pct) and floor
    (absence_floor_sessions possible sessions)."""
    figures = attendance_figures(
        session, school_year_start(day), day,
        school_ids=[school.id], pupil_ids=pupil_ids, confirmed_only=confirmed_only,
    )
    return {pupil_id: _absence_level(school, f) for pupil_id, f in figures.items()}


def _absence_level(school: School, year: Figures) -> AbsenceLevel:
    judged = year.possible >= school.absence_floor_sessions
    return AbsenceLevel(
        year,
        judged,
        persistent=judged and year.absence_reaches(school.persistent_absence_pct),
        severe=judged and year.absence_reaches(school.severe_absence_pct),
    )


def consecutive_days_absent(
    session: Session,
    day: date,
    *,
    since: date | None = None,
    school_ids: Iterable[int] | None = None,
    pupil_ids: Iterable[int] | None = None,
    confirmed_only: bool = False,
) -> dict[int, AbsenceRun]:
    """Each pupil's current run of days absent, up to and including `day`.

    A day is *absent* when it has at least one possible session and every possible
    session is an absence (authorised or not); it *breaks* the run when any possible
    session that day is not an absence (present, late, approved activity). A day
    with no possible session (no marks: weekends, bank holidays, INSET, or a
    register not yet taken; or only codes that are not possible sessions, such as
    Y2 or #) neither breaks the run nor adds to it, so a run carries across them.
    The run is the absent days after the last breaking day, counted from `since`
    (default: the start of the school year). Pupils with no current run are left out.
    """
    start = since or school_year_start(day)
    counts = _scoped(_count_codes(SessionMark.date), start, day, school_ids, pupil_ids,
                     confirmed_only)
    per_code = counts.subquery("per_code")
    possible, _, authorised, unauthorised, _ = _figures(per_code)
    days = (
        select(per_code.c.pupil_id, per_code.c.date, possible.label("possible"),
               (authorised + unauthorised).label("absent"))
        .group_by(per_code.c.pupil_id, per_code.c.date)
        .cte("days")
    )
    last_break = (
        select(days.c.pupil_id, func.max(days.c.date).label("date"))
        .where(days.c.possible > days.c.absent)
        .group_by(days.c.pupil_id)
        .cte("last_break")
    )
    runs = (
        select(days.c.pupil_id, func.count(), func.min(days.c.date), func.max(days.c.date))
        .select_from(days.outerjoin(last_break, last_break.c.pupil_id == days.c.pupil_id))
        # After the last breaking day, every day with an absence is an absent day.
        .where(days.c.absent > 0)
        .where(or_(last_break.c.date.is_(None), days.c.date > last_break.c.date))
        .group_by(days.c.pupil_id)
    )
    return {row[0]: AbsenceRun(*row[1:]) for row in session.execute(runs)}


def unauthorised_in_rolling_weeks(
    session: Session,
    calendar: SchoolCalendar,
    day: date,
    *,
    weeks: int = PENALTY_NOTICE_SCHOOL_WEEKS,
    school_ids: Iterable[int] | None = None,
    pupil_ids: Iterable[int] | None = None,
    confirmed_only: bool = False,
) -> dict[int, int]:
    """Unauthorised sessions in the rolling `weeks` school weeks ending on `day`
    (see rolling_window_start); compare with PENALTY_NOTICE_SESSIONS."""
    figures = attendance_figures(
        session, rolling_window_start(calendar, day, weeks), day,
        school_ids=school_ids, pupil_ids=pupil_ids, confirmed_only=confirmed_only,
    )
    return {pupil_id: f.unauthorised for pupil_id, f in figures.items()}


def lates_this_half_term(
    session: Session,
    calendar: SchoolCalendar,
    day: date,
    *,
    school_ids: Iterable[int] | None = None,
    pupil_ids: Iterable[int] | None = None,
    confirmed_only: bool = False,
) -> dict[int, int]:
    """L marks from the start of the current half term (see current_half_term) to `day`."""
    half_term = current_half_term(calendar, day)
    if half_term is None:
        return {}
    figures = attendance_figures(
        session, half_term.start, day,
        school_ids=school_ids, pupil_ids=pupil_ids, confirmed_only=confirmed_only,
    )
    return {pupil_id: f.lates for pupil_id, f in figures.items()}


def grading(school: School, figures: Figures) -> str | None:
    """The school's grading band for these figures; None when nothing was possible."""
    return None if figures.pct is None else school.grading_for(figures.pct)


# Dates.

def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def school_year_start(day: date) -> date:
    """1 August of the school year containing `day` (England's school year runs
    1 August to 31 July; no school day falls in August)."""
    return date(day.year if day.month >= 8 else day.year - 1, 8, 1)


def current_half_term(calendar: SchoolCalendar, day: date) -> HalfTerm | None:
    """The half term containing `day`, or in a holiday the one just ended."""
    started = [h for h in calendar.half_terms if h.start <= day]
    return started[-1] if started else None


def rolling_window_start(calendar: SchoolCalendar, day: date, weeks: int) -> date:
    """The Monday that starts the rolling `weeks` school weeks ending on `day`.

    A school week is a Monday-to-Sunday week with at least one school day (WTISA:
    "any week in which there is at least one school session"); the week containing
    `day` is the first. Holiday weeks are not school weeks, so the window stretches
    back over them (and across terms and school years). In term time, for a
    Friday, the window starts on the Monday 9 weeks and 4 days before. It never
    reaches back more than MAX_WINDOW_WEEKS weeks.
    """
    monday, counted = monday_of(day), 0
    for _ in range(MAX_WINDOW_WEEKS):
        counted += calendar.school_days_between(monday, monday + timedelta(days=6)) > 0
        if counted == weeks:
            break
        monday -= timedelta(days=7)
    return monday


def _day_before_week(monday: date, calendar: SchoolCalendar | None) -> date:
    """A day in the school week before the one starting on `monday`."""
    previous = calendar.previous_school_day(monday) if calendar else None
    return previous or monday - timedelta(days=7)


# SQL pieces.

def _count_codes(*keys: ColumnElement) -> Select:
    """How many marks each pupil has of each code (and of each of `keys`): the
    database counts every mark once, and only these few rows get classified."""
    group = (SessionMark.pupil_id, SessionMark.code, *keys)
    return select(*group, cast(func.count(), Integer).label("n")).group_by(*group)


def _figures(per_code: Subquery, within: ColumnElement[bool] | None = None) -> list[ColumnElement]:
    """The columns of a Figures, in its field order, from per-code counts (and `within`)."""
    code = per_code.c.code
    kinds = (
        code.not_in(NOT_POSSIBLE_CODES),
        code.in_(ATTENDED_CODES),
        code.in_(AUTHORISED_CODES),
        code.in_(UNAUTHORISED_CODES),
        code == LATE_CODE,
    )
    return [
        func.coalesce(func.sum(per_code.c.n).filter(kind if within is None else within & kind), 0)
        for kind in kinds
    ]


def _scoped(
    stmt: Select,
    start: date,
    end: date,
    school_ids: Iterable[int] | None,
    pupil_ids: Iterable[int] | None,
    confirmed_only: bool,
) -> Select:
    stmt = stmt.where(SessionMark.date.between(start, end))
    # A withdrawn mark is a parent's report taken back (models.register): it counts for nothing.
    stmt = stmt.where(SessionMark.status != "withdrawn")
    if school_ids is not None:
        in_schools = select(Pupil.id).where(Pupil.school_id.in_(list(school_ids)))
        stmt = stmt.where(SessionMark.pupil_id.in_(in_schools))
    if pupil_ids is not None:
        stmt = stmt.where(SessionMark.pupil_id.in_(list(pupil_ids)))
    if confirmed_only:
        stmt = stmt.where(SessionMark.status == "confirmed")
    return stmt
