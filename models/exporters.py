"""Exporting confirmed codes for the school to import into its MIS.

A CSV with the columns Date (yyyy-mm-dd), Session (AM/PM), MIS ID, UPN, Code: every
mark confirmed in Rollcall and changed since the start of a given day (school time),
oldest session first. Marks whose source is the MIS are left out: the MIS already has
them. The columns are ones the register import reads, so the file also round-trips.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.people import Pupil
from models.register import SessionMark
from models.school import School, local_zone

EXPORT_COLUMNS = ("Date", "Session", "MIS ID", "UPN", "Code")


@dataclass(frozen=True)
class ExportedCode:
    day: date
    session: str
    mis_id: str
    upn: str | None
    code: str

    def as_row(self) -> tuple[str, ...]:
        return (self.day.isoformat(), self.session, self.mis_id, self.upn or "", self.code)


def confirmed_codes_since(session: Session, school: School, since: date) -> list[ExportedCode]:
    """Confirmed marks changed in Rollcall since the start of `since` in the school's time."""
    start = datetime.combine(since, time.min, tzinfo=local_zone(school))
    rows = session.execute(
        select(SessionMark.date, SessionMark.session, Pupil.mis_id, Pupil.upn, SessionMark.code)
        .join(Pupil, Pupil.id == SessionMark.pupil_id)
        .where(
            Pupil.school_id == school.id,
            SessionMark.status == "confirmed",
            SessionMark.source != "mis",
            SessionMark.updated_at >= start,
        )
        .order_by(SessionMark.date, SessionMark.session, Pupil.mis_id)
    )
    return [ExportedCode(*row) for row in rows]


def write_codes_csv(codes: list[ExportedCode], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(code.as_row() for code in codes)


def export_codes(session: Session, school: School, since: date, out: TextIO) -> int:
    """Write the CSV of confirmed codes changed since `since` to `out`; return how many."""
    codes = confirmed_codes_since(session, school, since)
    write_codes_csv(codes, out)
    return len(codes)
