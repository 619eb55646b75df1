"""A school's calendar: which days are school days.

A school day is a weekday inside one of the school's half terms that is not an
England bank holiday (from the `holidays` package) and not an INSET or closure day.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from weakref import WeakKeyDictionary

import holidays
from sqlalchemy import Engine, null, select, union_all
from sqlalchemy.orm import Session

from models.school import ClosureDay, School, Term

# No school year runs longer than this; it bounds searches for the next school day.
MAX_SEARCH_DAYS = 400


@lru_cache(maxsize=64)
def england_bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


@dataclass(frozen=True)
class HalfTerm:
    name: str
    term: str
    start: date
    end: date


class SchoolCalendar:
    def __init__(self, half_terms: Iterable[HalfTerm], closures: Iterable[date] = ()):
        self.half_terms = sorted(half_terms, key=lambda h: h.start)
        self._starts = [h.start for h in self.half_terms]
        self.closures = frozenset(closures)

    @classmethod
    def for_school(cls, session: Session, school: School | int) -> SchoolCalendar:
        school_id = school if isinstance(school, int) else school.id
        # One round trip for both tables: a closure is a row with no end date.
        rows = session.execute(union_all(
            select(Term.start_date, Term.end_date, Term.name, Term.term)
            .where(Term.school_id == school_id),
            select(ClosureDay.date, null(), null(), null())
            .where(ClosureDay.school_id == school_id),
        )).all()
        return cls(
            (HalfTerm(name, term, start, end) for start, end, name, term in rows if end),
            (start for start, end, _, _ in rows if end is None),
        )

    def half_term_of(self, day: date) -> HalfTerm | None:
        index = bisect_right(self._starts, day) - 1
        if index >= 0 and day <= self.half_terms[index].end:
            return self.half_terms[index]
        return None

    def is_school_day(self, day: date) -> bool:
        return (
            day.weekday() < 5
            and self.half_term_of(day) is not None
            and day not in self.closures
            and day not in england_bank_holidays(day.year)
        )

    def next_school_day(self, day: date, include_today: bool = False) -> date | None:
        """The first school day after `day` (or on it, with include_today);
        None when the calendar holds no later school day."""
        candidate = day if include_today else day + timedelta(days=1)
        for _ in range(MAX_SEARCH_DAYS):
            if self.is_school_day(candidate):
                return candidate
            candidate += timedelta(days=1)
        return None

    def previous_school_day(self, day: date) -> date | None:
        candidate = day - timedelta(days=1)
        for _ in range(MAX_SEARCH_DAYS):
            if self.is_school_day(candidate):
                return candidate
            candidate -= timedelta(days=1)
        return None

    def school_days(self, start: date, end: date) -> Iterator[date]:
        """School days from start to end, both included."""
        day = start
        while day <= end:
            if self.is_school_day(day):
                yield day
            day += timedelta(days=1)

    def school_days_between(self, start: date, end: date) -> int:
        """How many school days from start to end, both included."""
        return sum(1 for _ in self.school_days(start, end))

    def add_school_days(self, day: date, count: int) -> date | None:
        """The school day `count` school days after `day` (count >= 1)."""
        result: date | None = day
        for _ in range(count):
            result = self.next_school_day(result) if result else None
        return result


# Per engine, so two databases (each test's) never share an entry; per school, the
# calendar last read and the School.calendar_version it was read at.
_calendars: WeakKeyDictionary[Engine, dict[int, tuple[int, SchoolCalendar]]] = (
    WeakKeyDictionary())


def calendar_at_version(session: Session, school_id: int, version: int) -> SchoolCalendar:
    """The school's calendar, read from the database once per process for each
    `version` (School.calendar_version, which the database bumps on any change to the
    school's terms or closure days; read it fresh, with whatever needs the calendar)."""
    by_school = _calendars.setdefault(session.get_bind().engine, {})
    cached = by_school.get(school_id)
    if cached is not None and cached[0] == version:
        return cached[1]
    calendar = SchoolCalendar.for_school(session, school_id)
    by_school[school_id] = (version, calendar)
    return calendar
