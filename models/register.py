"""Session marks, the parent reports behind them, and their audit trail."""
from __future__ import annotations

from datetime import date, datetime, time
from sqlalchemy import (
    JSON, BigInteger, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.people import Contact, Pupil, StaffUser

SESSIONS = ("AM", "PM")
# withdrawn: a parent's provisional mark taken back (a corrected day) on a session that
# had no mark before; the row stays because the audit trail points at it, and it
# counts for nothing (see models.attendance).
MARK_STATUSES = ("provisional", "confirmed", "withdrawn")
MARK_SOURCES = ("mis", "parent", "officer", "system")
REPORT_KINDS = ("absence", "late", "leave_request")
# pending: the bot is still asking the parent something; recorded: provisional marks
# written, waiting for an officer; needs_human: safeguarding, never auto-coded;
# confirmed / amended: an officer decided; cancelled: the parent withdrew it;
# leave_requested / leave_approved / leave_declined: the head's decision on a request.
REPORT_STATUSES = (
    "pending", "recorded", "needs_human", "confirmed", "amended", "cancelled",
    "leave_requested", "leave_approved", "leave_declined",
)


class AbsenceReport(Base):
    """One parent report taken as a unit: a child, some days, one reason."""

    __tablename__ = "absence_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), index=True)
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="absence")
    # ISO dates the report covers, after the school calendar was applied.
    dates: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_date: Mapped[date | None] = mapped_column(Date, index=True)
    last_date: Mapped[date | None] = mapped_column(Date)
    sessions: Mapped[str] = mapped_column(String(3), default="ALL")
    reason_text: Mapped[str] = mapped_column(Text, default="")
    provisional_code: Mapped[str | None] = mapped_column(String(2))
    confidence: Mapped[float | None]
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    arrival_time: Mapped[time | None] = mapped_column(Time)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    safeguarding: Mapped[bool] = mapped_column(default=False, index=True)
    safeguarding_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    reported_after_deadline: Mapped[bool] = mapped_column(default=False)
    # What the bot could not do and an officer should see (e.g. a confirmed mark it left alone).
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    pupil: Mapped[Pupil | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    marks: Mapped[list[SessionMark]] = relationship(back_populates="absence_report")

    def set_dates(self, days: list[date]) -> None:
        ordered = sorted(set(days))
        self.dates = [d.isoformat() for d in ordered]
        self.first_date = ordered[0] if ordered else None
        self.last_date = ordered[-1] if ordered else None

    @property
    def days(self) -> list[date]:
        return [date.fromisoformat(d) for d in self.dates]


class SessionMark(Base):
    """A pupil's mark for one session: the current code, provisional or confirmed."""

    __tablename__ = "session_mark"
    __table_args__ = (
        # code and status ride along in both pupil-first indexes, so PostgreSQL answers
        # models.attendance from the indexes alone (bench/attendance_stats.py): this one
        # for a school's or a pupil's days (a week, a half term), the next for a whole
        # trust's year, counted per pupil and code as it streams, with no sort or hash.
        UniqueConstraint("pupil_id", "date", "session", postgresql_include=["code", "status"]),
        Index(
            "ix_session_mark_pupil_code_date", "pupil_id", "code", "date",
            postgresql_include=["status"],
        ),
        Index("ix_session_mark_date_pupil", "date", "pupil_id"),
    )

    # A year of marks for a large trust passes 2**31 ids; SQLite's rowid needs INTEGER.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"))
    date: Mapped[date] = mapped_column(Date)
    session: Mapped[str] = mapped_column(String(2))
    code: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(12), default="provisional")
    source: Mapped[str] = mapped_column(String(8))
    absence_report_id: Mapped[int | None] = mapped_column(
        ForeignKey("absence_report.id"), index=True
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    pupil: Mapped[Pupil] = relationship()
    absence_report: Mapped[AbsenceReport | None] = relationship(back_populates="marks")


class CodeChange(Base):
    """Append-only audit of every change to a mark (law: keep original, amended,
    reason, date, and who with their role, for six years).

    Rows can be added, never changed or removed: the ORM refuses, and database
    triggers refuse whatever else tries (see the migrations).
    """

    __tablename__ = "code_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    session_mark_id: Mapped[int | None] = mapped_column(ForeignKey("session_mark.id"))
    date: Mapped[date] = mapped_column(Date)
    session: Mapped[str] = mapped_column(String(2))
    old_code: Mapped[str | None] = mapped_column(String(2))
    new_code: Mapped[str] = mapped_column(String(2))
    old_status: Mapped[str | None] = mapped_column(String(12))
    new_status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # "parent", "system" or a staff member's name, with their role.
    changed_by_name: Mapped[str] = mapped_column(String(200))
    changed_by_role: Mapped[str] = mapped_column(String(40))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    absence_report_id: Mapped[int | None] = mapped_column(ForeignKey("absence_report.id"))

    staff_user: Mapped[StaffUser | None] = relationship()
    session_mark: Mapped[SessionMark | None] = relationship()


class AuditTrailImmutable(Exception):
    pass


@event.listens_for(CodeChange, "before_update")
def _refuse_update(mapper, connection, target) -> None:
    raise AuditTrailImmutable("code_change rows cannot be changed")


@event.listens_for(CodeChange, "before_delete")
def _refuse_delete(mapper, connection, target) -> None:
    raise AuditTrailImmutable("code_change rows cannot be deleted")
