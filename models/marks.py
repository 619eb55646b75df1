"""The one way a session mark is written: every change leaves an audit entry."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
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
) -> SessionMark:
    """Create or change a pupil's mark for one session, with its audit entry.

    Writing the same code and status again changes nothing and adds no entry.
    """
    if code not in DFE_CODES:
        raise ValueError(f"not a DfE attendance code: {code!r}")
    if session_name not in ("AM", "PM"):
        raise ValueError(f"session must be AM or PM, not {session_name!r}")
    pupil_id = pupil if isinstance(pupil, int) else pupil.id
    mark = session.scalar(
        select(SessionMark).where(
            SessionMark.pupil_id == pupil_id,
            SessionMark.date == day,
            SessionMark.session == session_name,
        )
    )
    old_code, old_status = (mark.code, mark.status) if mark else (None, None)
    if mark is None:
        mark = SessionMark(pupil_id=pupil_id, date=day, session=session_name)
        session.add(mark)
    elif (old_code, old_status) == (code, status):
        return mark
    mark.code, mark.status, mark.source = code, status, source
    if report is not None:
        mark.absence_report = report
    session.flush()
    session.add(
        CodeChange(
            pupil_id=pupil_id,
            session_mark_id=mark.id,
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
