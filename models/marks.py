"""The one way a session mark is written: every change leaves an audit entry."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from models.codes import DFE_CODES
from models.people import Pupil, StaffUser
from models.register import AbsenceReport, CodeChange, SessionMark


@dataclass(frozen=True)
class Actor:
    """Who changed a mark: a member of staff, or "parent", "system", "mis"."""

    name: str
    role: str
    staff_user_id: int | None = None

    @classmethod
    def staff(cls, user: StaffUser) -> Actor:
        return cls(user.name, user.role, user.id)


MarksByDay = dict[tuple[date, str], SessionMark]

PARENT = Actor("parent", "parent")
SYSTEM = Actor("system", "system")
MIS = Actor("MIS import", "mis")


def set_mark(
    session: Session,
    pupil: Pupil | int,
    day: date,
    session_name: str,
    code: str,
    *,
    status: str,
    source: str,
    actor: Actor,
    reason: str = "",
    report: AbsenceReport | None = None,
    current: MarksByDay | None = None,
) -> SessionMark:
    """Create or change a pupil's mark for one session, with its audit entry.

    Writing the same code and status again changes nothing and adds no entry.
    `current` is the pupil's marks already read for `day` (marks_on), to spare a
    query; it gains the mark this creates.
    """
    if code not in DFE_CODES:
        raise ValueError(f"not a DfE attendance code: {code!r}")
    if session_name not in ("AM", "PM"):
        raise ValueError(f"session must be AM or PM, not {session_name!r}")
    pupil_id = pupil if isinstance(pupil, int) else pupil.id
    if current is None:
        current = marks_on(session, pupil_id, [day])
    mark = current.get((day, session_name))
    old_code, old_status = (mark.code, mark.status) if mark else (None, None)
    if mark is None:
        mark = current[day, session_name] = SessionMark(pupil_id=pupil_id, date=day,
                                                         session=session_name)
    elif (old_code, old_status) == (code, status):
        return mark
    mark.code, mark.status, mark.source = code, status, source
    session.add(mark)  # complete: setting the report below may load, and so flush
    if report is not None:
        mark.absence_report = report
    # Linked through the relationship, not mark.id: no flush per mark, so the marks
    # of a report go in together, then their audit entries together.
    session.add(
        CodeChange(
            pupil_id=pupil_id,
            session_mark=mark,
            date=day,
            session=session_name,
            old_code=old_code,
            new_code=code,
            old_status=old_status,
            new_status=status,
            reason=reason,
            changed_by_name=actor.name,
            changed_by_role=actor.role,
            staff_user_id=actor.staff_user_id,
            absence_report_id=report.id if report is not None else None,
        )
    )
    return mark


def marks_on(session: Session, pupil_id: int, days: Iterable[date]) -> MarksByDay:
    """A pupil's marks on `days`, by (date, session), in one query."""
    marks = session.scalars(MARKS_ON_DAYS, {"pupil_id": pupil_id, "days": sorted(set(days))})
    return {(mark.date, mark.session): mark for mark in marks}


# Built once: it runs for every mark a parent's report writes.
MARKS_ON_DAYS = select(SessionMark).where(
    SessionMark.pupil_id == bindparam("pupil_id"),
    SessionMark.date.in_(bindparam("days", expanding=True)),
)
