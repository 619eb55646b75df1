"""A parent's report -> an AbsenceReport and provisional session marks on school days.

Rules: marks are written only on the school's school days, only through
`models.marks.set_mark` (so each change has its audit entry), always provisional
(the school decides), and never over a mark an officer confirmed: that one is left
and noted on the report for the officer. A corrected report moves its marks: the
sessions it no longer covers go back to what they were before it (a session that had
no mark before gets status "withdrawn", see models.register).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.state import Draft
from models import AbsenceReport, CodeChange, Contact, Pupil, School, SessionMark
from models.calendar import SchoolCalendar
from models.codes import PARENT_REASON_CODES
from models.marks import PARENT, marks_on, set_mark

# Below this the NLU's reason is a guess, unless it points at the words that gave it.
REASON_MIN_CONFIDENCE = 0.5
CONFIRMED = "confirmed"
PROVISIONAL = "provisional"
WITHDRAWN = "withdrawn"
MARKED_KINDS = ("absence", "late")
SOURCE_OF_ROLE = {"parent": "parent", "system": "system", "mis": "mis"}  # else "officer"


@dataclass(frozen=True)
class Written:
    """One report as recorded, with the days whose confirmed marks were left alone."""

    report: AbsenceReport
    kept_days: tuple[date, ...] = ()


def reason_given(parsed) -> bool:
    """Whether the parent gave a reason (the NLU's N means none was)."""
    if parsed.reason_code in (None, "N"):
        return False
    return bool(parsed.evidence) or (parsed.confidence or 0) >= REASON_MIN_CONFIDENCE


def school_days(calendar: SchoolCalendar, days: Iterable[date]) -> list[date]:
    return sorted(d for d in set(days) if calendar.is_school_day(d))


def absence_code(reason_code: str | None) -> str:
    return reason_code if reason_code in PARENT_REASON_CODES else "N"


def late_code(school: School, *, reason_code: str | None, arrival: time | None, day: date,
              session_name: str, now_local: datetime) -> str:
    """M for a medical appointment; else L if arriving by the register's close, U after.

    With no arrival time: U if the register has already closed today, else L.
    """
    if reason_code == "M":
        return "M"
    closes = school.pm_register_close if session_name == "PM" else school.am_register_close
    if arrival is None:
        already_closed = day == now_local.date() and now_local.time() > closes
        return "U" if already_closed else "L"
    return "L" if arrival <= closes else "U"


def record(session: Session, *, school: School, contact: Contact, draft: Draft,
           pupils: Sequence[Pupil], days: Sequence[date], now_local: datetime) -> list[Written]:
    """One report per pupil, with its provisional marks (absence and late only)."""
    written = []
    for pupil in pupils:
        report = AbsenceReport(
            school_id=school.id, pupil_id=pupil.id, contact_id=contact.id, kind=draft.kind,
            sessions=draft.sessions, reason_text=draft.words, confidence=draft.confidence,
            evidence=list(draft.evidence), arrival_time=draft.arrival_time,
            status="leave_requested" if draft.kind == "leave_request" else "recorded",
        )
        report.set_dates(list(days))
        _set_reason(report, draft.reason_code)
        report.reported_after_deadline = after_deadline(school, report, now_local)
        session.add(report)
        session.flush()
        written.append(Written(report, tuple(write_marks(session, report, school, now_local))))
    return written


def after_deadline(school: School, report: AbsenceReport, now_local: datetime) -> bool:
    """An absence for today that came after the school's reporting time."""
    return (report.kind == "absence" and now_local.date() in report.days
            and now_local.time() > school.report_deadline)


def write_marks(session: Session, report: AbsenceReport, school: School,
                now_local: datetime) -> list[date]:
    """Write the report's provisional marks; return the days where a confirmed mark stayed."""
    if report.kind not in MARKED_KINDS or report.status != "recorded":
        return []
    pupil = session.get(Pupil, report.pupil_id)
    sessions = _sessions_of(report, pupil)
    current = marks_on(session, pupil.id, {day for day, _ in sessions})
    kept: list[date] = []
    for day, session_name in sessions:
        code = _code(report, school, day, session_name, now_local)
        existing = current.get((day, session_name))
        if existing is not None and existing.status == CONFIRMED:
            if existing.code != code:
                report.notes = [*report.notes, _kept_note(existing, code)]
                kept.append(day)
            continue
        set_mark(session, pupil, day, session_name, code, status=PROVISIONAL, source="parent",
                 actor=PARENT, reason=f"parent's message: {_reason_words(report)}", report=report,
                 current=current)
    if report.kind == "late" and sessions:
        # A late's code depends on the arrival time: the report shows the one written.
        report.provisional_code = _code(report, school, *sessions[0], now_local)
    return sorted(set(kept))


def amend(session: Session, report: AbsenceReport, *, school: School, pupil: Pupil,
          days: Sequence[date], reason_code: str | None, now_local: datetime,
          why: str) -> Written:
    """Change a report's child, days or reason; move its marks accordingly."""
    before = {(m.pupil_id, m.date, m.session): m for m in _marks_of(session, report)}
    report.pupil_id = pupil.id
    report.pupil = pupil
    report.set_dates(list(days))
    if reason_code is not None:
        _set_reason(report, reason_code)
    report.status = "leave_requested" if report.kind == "leave_request" else "recorded"
    report.reported_after_deadline = after_deadline(school, report, now_local)
    still_covered = {(pupil.id, day, s) for day, s in _sessions_of(report, pupil)}
    for key, mark in before.items():
        if key not in still_covered:
            restore(session, mark, report, why)
    return Written(report, tuple(write_marks(session, report, school, now_local)))


def withdraw(session: Session, report: AbsenceReport, why: str) -> None:
    """The parent took the report back: every mark it wrote goes back; status cancelled."""
    for mark in _marks_of(session, report):
        restore(session, mark, report, why)
    report.status = "cancelled"


def restore(session: Session, mark: SessionMark, report: AbsenceReport, why: str) -> None:
    """Put a mark back as it was before `report` wrote it, unless an officer confirmed it."""
    if mark.status == CONFIRMED:
        report.notes = [*report.notes, f"{mark.date} {mark.session}: confirmed since; left as it is"]
        return
    ours = _change_by(session, mark, report)
    if ours is None:
        return
    previous = _change_before(session, mark, ours)
    if ours.old_code is None:
        set_mark(session, mark.pupil_id, mark.date, mark.session, mark.code, status=WITHDRAWN,
                 source="parent", actor=PARENT, reason=why, report=report)
    else:
        source = SOURCE_OF_ROLE.get(previous.changed_by_role, "officer") if previous else "parent"
        set_mark(session, mark.pupil_id, mark.date, mark.session, ours.old_code,
                 status=ours.old_status or PROVISIONAL, source=source, actor=PARENT,
                 reason=why, report=report)
    earlier_report_id = previous.absence_report_id if previous else None
    mark.absence_report = session.get(AbsenceReport, earlier_report_id) if earlier_report_id else None


# --- helpers ------------------------------------------------------------------------

def _set_reason(report: AbsenceReport, reason_code: str | None) -> None:
    if report.kind == "leave_request":
        report.provisional_code = reason_code if reason_code in PARENT_REASON_CODES else None
    elif report.kind == "absence":
        report.provisional_code = absence_code(reason_code)
    else:  # late: the code depends on the time; the reason is kept for M
        report.provisional_code = "M" if reason_code == "M" else None


def _code(report: AbsenceReport, school: School, day: date, session_name: str,
          now_local: datetime) -> str:
    if report.kind == "late":
        return late_code(school, reason_code=report.provisional_code, arrival=report.arrival_time,
                         day=day, session_name=session_name, now_local=now_local)
    return absence_code(report.provisional_code)


def _sessions_of(report: AbsenceReport, pupil: Pupil) -> list[tuple[date, str]]:
    names = ("AM", "PM") if report.sessions == "ALL" else (report.sessions,)
    return [(day, name) for day in report.days if pupil.on_roll(day) for name in names]


def _marks_of(session: Session, report: AbsenceReport) -> list[SessionMark]:
    session.flush()
    return list(session.scalars(
        select(SessionMark).where(SessionMark.absence_report_id == report.id).order_by(SessionMark.id)))


def _change_by(session: Session, mark: SessionMark, report: AbsenceReport) -> CodeChange | None:
    """The first audit entry in which `report` changed `mark`: it holds the code before."""
    return session.scalars(
        select(CodeChange)
        .where(CodeChange.session_mark_id == mark.id, CodeChange.absence_report_id == report.id)
        .order_by(CodeChange.id).limit(1)).first()


def _change_before(session: Session, mark: SessionMark, change: CodeChange) -> CodeChange | None:
    return session.scalars(
        select(CodeChange)
        .where(CodeChange.session_mark_id == mark.id, CodeChange.id < change.id)
        .order_by(CodeChange.id.desc()).limit(1)).first()


def _kept_note(mark: SessionMark, code: str) -> str:
    return (f"{mark.date} {mark.session}: the parent's report suggests {code}, but the "
            f"confirmed mark {mark.code} was left as it is")


def _reason_words(report: AbsenceReport) -> str:
    return (report.reason_text or "")[:200]
