"""A message about a child's safety: a report for a human, and every DSL told at once.

The report has status "needs_human", safeguarding=True and the NLU's reasons; no
provisional code and no mark are ever written for it. Each of the school's
designated safeguarding leads (active StaffUser, role "dsl", linked to the school,
with a phone) gets an SMS alert naming the pupil and quoting the parent's words,
queued once per message and DSL. A school with no such DSL gets a note on the report
(the officers' queue shows needs_human reports either way).
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.outbox import enqueue
from bot.replies import Texts
from models import AbsenceReport, Contact, Message, Pupil, School, StaffUser, staff_school

MISSING = "missing"
NO_DSL_NOTE = "no safeguarding lead with a phone number to alert: please call the parent"


def record_concern(session: Session, *, school: School, contact: Contact,
                   pupils: Sequence[Pupil], parsed, message: Message) -> list[AbsenceReport]:
    """One needs_human report per pupil named (one without a pupil if none was)."""
    reports = []
    for pupil in pupils or [None]:
        report = AbsenceReport(
            school_id=school.id, pupil_id=pupil.id if pupil else None, contact_id=contact.id,
            kind="absence", sessions=parsed.sessions or "ALL", reason_text=message.body or "",
            provisional_code=None, confidence=parsed.confidence,
            evidence=list(parsed.evidence or ()), status="needs_human", safeguarding=True,
            safeguarding_reasons=list(parsed.safeguarding_reasons or ()),
        )
        report.set_dates(list(parsed.dates or ()))
        session.add(report)
        reports.append(report)
    session.flush()
    return reports


def alert_dsls(session: Session, *, school: School, message: Message, pupils: Sequence[Pupil],
               contact: Contact | None, reasons: Sequence[str]) -> int:
    """Queue an SMS to each of the school's DSLs; return how many were queued."""
    leads = safeguarding_leads(session, school)
    for lead in leads:
        body = Texts(language="en").dsl_alert(
            school=school.name, pupils=[p.full_name for p in pupils],
            contact=contact.name if contact else "an unknown number",
            phone=contact.phone_e164 if contact else message.sender,
            reasons=reasons, words=message.body or "",
        )
        enqueue(session, key=f"dsl_alert:{message.id}:{lead.id}", channel="sms",
                recipient=lead.phone_e164, body=body, kind="dsl_alert", school_id=school.id,
                staff_user_id=lead.id,
                payload={"message_id": message.id,
                         "about_contact_id": contact.id if contact else None})
    return len(leads)


def safeguarding_leads(session: Session, school: School) -> list[StaffUser]:
    return list(session.scalars(
        select(StaffUser)
        .join(staff_school, staff_school.c.staff_user_id == StaffUser.id)
        .where(staff_school.c.school_id == school.id, StaffUser.role == "dsl",
               StaffUser.active.is_(True), StaffUser.phone_e164.is_not(None))
        .order_by(StaffUser.id)))


def is_missing(reasons: Sequence[str]) -> bool:
    return MISSING in reasons
