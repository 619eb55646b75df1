"""Corrections to the reports just recorded: "sorry I meant tomorrow", "no, it's Ben";
and to a report that named only days with no school, which was kept as a draft.

A message is read as a correction only while the RECORDED (or NO_SCHOOL) step is alive
and only if it sounds like one (sorry, meant, actually, no...). What it changes: the child
when it names other children (a kept draft: then it is a new report instead), the days
when it mentions a day, the reason when it gives a different one. The NLU gives today's
date to a message with no date words, so the days change only if a day is actually
mentioned.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from bot import recording
from bot.children import pupils_named
from bot.state import Draft
from models import AbsenceReport, Contact, Pupil, School
from models.calendar import SchoolCalendar

CORRECTION = re.compile(
    r"\b(?:sorry|soz|meant|i mean|actually|correction|wrong|oops|my mistake|"
    r"should (?:have |of )?(?:said|be))\b|^\s*no\b",
    re.IGNORECASE,
)
DAY_WORDS = re.compile(
    r"\b(?:today|tomorrow|tmrw|tmw|2moro|2morrow|tomoz|yesterday|mon|monday|tue|tues|tuesday|"
    r"wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|week|\d{1,2}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


def sounds_like_correction(text: str) -> bool:
    return bool(CORRECTION.search(text or ""))


def _mentions_day(text: str) -> bool:
    """The NLU gives a message with no date words today's date: only these move the days."""
    return bool(DAY_WORDS.search(text or ""))


def _reason_given(parsed) -> str | None:
    return parsed.reason_code if recording.reason_given(parsed) else None


@dataclass(frozen=True)
class Correction:
    pupils: list[Pupil] | None = None
    days: list[date] | None = None
    reason_code: str | None = None
    # The days the parent moved the report to, when none of them is a school day: the
    # report stays as it was and the parent is told.
    not_school_days: list[date] | None = None

    @property
    def changes_anything(self) -> bool:
        return any(x is not None for x in (self.pupils, self.days, self.reason_code))


def read_correction(text: str, parsed, reports: Sequence[AbsenceReport], pupils: Sequence[Pupil],
                    calendar: SchoolCalendar) -> Correction:
    """What the correction changes in `reports` (None for each thing it leaves alone)."""
    current_ids = {r.pupil_id for r in reports}
    named = pupils_named(pupils, parsed.target_children or ())
    new_pupils = named if named and {p.id for p in named} != current_ids else None

    days = recording.school_days(calendar, parsed.dates or ())
    mentions_day = _mentions_day(text)
    if mentions_day and parsed.dates and not days:
        return Correction(not_school_days=list(parsed.dates))
    new_days = days if mentions_day and days and days != reports[0].days else None

    code = _reason_given(parsed)
    new_reason = code if code and code != reports[0].provisional_code else None
    return Correction(new_pupils, new_days, new_reason)


def redated_draft(text: str, parsed, draft: Draft, pupils: Sequence[Pupil]) -> Draft | None:
    """The draft on the days the correction mentions, with its reason if it gives one;
    None if it mentions no day, or names a child the draft is not about (a new report)."""
    if not (_mentions_day(text) and parsed.dates):
        return None
    if {p.id for p in pupils_named(pupils, parsed.target_children or ())} - set(draft.pupil_ids):
        return None
    return replace(draft, dates=list(parsed.dates),
                   reason_code=_reason_given(parsed) or draft.reason_code,
                   words=f"{draft.words}\n{text}".strip())


def apply_correction(session: Session, *, school: School, contact: Contact,
                     reports: Sequence[AbsenceReport], correction: Correction, pupils: Sequence[Pupil],
                     now_local: datetime, text: str) -> list[recording.Written]:
    """Amend the reports; a child no longer meant has their report withdrawn."""
    why = f"parent corrected the report: {text[:200]}"
    by_id = {p.id: p for p in pupils}
    wanted = correction.pupils or [by_id[r.pupil_id] for r in reports if r.pupil_id in by_id]
    wanted_ids = [p.id for p in wanted]
    staying = [r for r in reports if r.pupil_id in wanted_ids]
    spare = [r for r in reports if r.pupil_id not in wanted_ids]
    pairs = [(r, by_id[r.pupil_id]) for r in staying]
    newcomers = [p for p in wanted if p.id not in {r.pupil_id for r in staying}]
    template = reports[0]
    days = correction.days or template.days
    while newcomers and spare:  # a report for a child not meant moves to one who is
        pairs.append((spare.pop(0), newcomers.pop(0)))
    for report in spare:
        recording.withdraw(session, report, why)
    written = []
    for report, pupil in pairs:
        report.reason_text = f"{report.reason_text}\n{text}".strip()
        written.append(recording.amend(session, report, school=school, pupil=pupil, days=days,
                                       reason_code=correction.reason_code, now_local=now_local,
                                       why=why))
    if newcomers:
        draft = _draft_like(template, days, text, correction.reason_code)
        written += recording.record(session, school=school, contact=contact, draft=draft,
                                    pupils=newcomers, days=days, now_local=now_local)
    return sorted(written, key=lambda w: wanted_ids.index(w.report.pupil_id))


def _draft_like(report: AbsenceReport, days: list[date], text: str, reason_code: str | None) -> Draft:
    reason = reason_code or (report.provisional_code if report.kind != "late" else None)
    return Draft(kind=report.kind, pupil_ids=[], dates=list(days), sessions=report.sessions,
                 reason_code=reason, confidence=report.confidence, evidence=list(report.evidence),
                 arrival_time=report.arrival_time, words=f"{report.reason_text}\n{text}".strip())
