"""A school, its settings and its calendar rows."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import JSON, Date, ForeignKey, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

DEFAULT_TIMEZONE = "Europe/London"

# Gradings shown to parents (policy 004): the lowest percentage that earns each band.
DEFAULT_GRADING_BANDS: list[dict[str, Any]] = [
    {"min_pct": 100, "label": "Outstanding"},
    {"min_pct": 98, "label": "Very good"},
    {"min_pct": 96, "label": "Good"},
    {"min_pct": 95, "label": "Almost there"},
    {"min_pct": 94, "label": "Improvement needed"},
    {"min_pct": 90, "label": "Concern"},
    {"min_pct": 80, "label": "Serious concern"},
    {"min_pct": 0, "label": "Severe concern"},
]


class School(Base):
    """One school and every setting in which the five policies differ."""

    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    urn: Mapped[str] = mapped_column(String(20), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/London")
    office_phone: Mapped[str | None] = mapped_column(String(32))
    office_email: Mapped[str | None] = mapped_column(String(254))
    # The number parents text (E.164); inbound messages to it belong to this school.
    sms_number: Mapped[str | None] = mapped_column(String(20), unique=True)

    report_deadline: Mapped[time] = mapped_column(Time, default=time(8, 45))
    am_register_open: Mapped[time] = mapped_column(Time, default=time(8, 40))
    am_register_close: Mapped[time] = mapped_column(Time, default=time(9, 10))
    pm_register_open: Mapped[time] = mapped_column(Time, default=time(13, 0))
    pm_register_close: Mapped[time] = mapped_column(Time, default=time(13, 10))
    chase_time: Mapped[time] = mapped_column(Time, default=time(9, 30))
    pm_chase_enabled: Mapped[bool] = mapped_column(default=False)
    # Monday is 0, as in date.weekday().
    weekly_message_weekday: Mapped[int] = mapped_column(default=4)
    weekly_message_time: Mapped[time] = mapped_column(Time, default=time(16, 0))

    target_pct: Mapped[float] = mapped_column(default=96.0)
    nudge_pct: Mapped[float] = mapped_column(default=95.0)
    concern_pct: Mapped[float] = mapped_column(default=90.0)
    persistent_absence_pct: Mapped[float] = mapped_column(default=10.0)
    severe_absence_pct: Mapped[float] = mapped_column(default=50.0)
    # PA and SA are only judged once this many possible sessions have passed this year.
    absence_floor_sessions: Mapped[int] = mapped_column(default=20)
    n_to_o_school_days: Mapped[int] = mapped_column(default=5)
    quiet_hours_start: Mapped[time] = mapped_column(Time, default=time(20, 0))
    quiet_hours_end: Mapped[time] = mapped_column(Time, default=time(7, 0))
    grading_bands: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default=lambda: [dict(b) for b in DEFAULT_GRADING_BANDS]
    )
    conversation_timeout_minutes: Mapped[int] = mapped_column(default=30)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Bumped by the database itself on any change to this school's terms or closure
    # days (triggers, migration 0003): a calendar read at one version holds while it lasts.
    calendar_version: Mapped[int] = mapped_column(server_default="0")

    terms: Mapped[list[Term]] = relationship(
        back_populates="school", order_by="Term.start_date", cascade="all, delete-orphan"
    )
    closures: Mapped[list[ClosureDay]] = relationship(
        back_populates="school", order_by="ClosureDay.date", cascade="all, delete-orphan"
    )

    def grading_for(self, pct: float) -> str:
        for band in sorted(self.grading_bands, key=lambda b: -b["min_pct"]):
            if pct >= band["min_pct"]:
                return band["label"]
        return self.grading_bands[-1]["label"]

    def __repr__(self) -> str:
        return f"<School {self.urn} {self.name}>"


class Term(Base):
    """A half term: the school days between two holidays ("Autumn 1")."""

    __tablename__ = "term"
    __table_args__ = (UniqueConstraint("school_id", "start_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    # The term a half term belongs to ("Autumn"), for whole-term figures.
    term: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)

    school: Mapped[School] = relationship(back_populates="terms")

    def __contains__(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date


class ClosureDay(Base):
    """A weekday inside a term with no school: INSET, planned closure, or a bank
    holiday the school opens on is not modelled (the `holidays` package decides those)."""

    __tablename__ = "closure_day"
    __table_args__ = (UniqueConstraint("school_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="inset")  # inset | closure
    description: Mapped[str | None] = mapped_column(String(200))

    school: Mapped[School] = relationship(back_populates="closures")


def local_zone(school: School | None) -> ZoneInfo:
    """The zone a school's days and times are reasoned about in; Europe/London when
    the school is unknown or its setting names no zone this machine knows."""
    try:
        return ZoneInfo(school.timezone if school and school.timezone else DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)
