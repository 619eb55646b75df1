"""Pupils, their contacts, and the school's staff."""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Column, Date, ForeignKey, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.school import School

if TYPE_CHECKING:
    from models.messaging import ConversationState

SEND_STATUSES = ("none", "sen_support", "ehcp")
STAFF_ROLES = ("attendance_officer", "dsl", "head", "admin")


class Pupil(Base):
    __tablename__ = "pupil"
    __table_args__ = (UniqueConstraint("school_id", "mis_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), index=True)
    mis_id: Mapped[str] = mapped_column(String(40))
    upn: Mapped[str | None] = mapped_column(String(13))
    legal_first_name: Mapped[str] = mapped_column(String(100))
    legal_last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    year_group: Mapped[int | None]
    form: Mapped[str | None] = mapped_column(String(20))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    has_social_worker: Mapped[bool] = mapped_column(default=False)
    looked_after: Mapped[bool] = mapped_column(default=False)
    send_status: Mapped[str] = mapped_column(String(12), default="none")
    medical_evidence_required: Mapped[bool] = mapped_column(default=False)
    on_roll_from: Mapped[date | None] = mapped_column(Date)
    on_roll_until: Mapped[date | None] = mapped_column(Date)

    school: Mapped[School] = relationship()
    contact_links: Mapped[list[PupilContact]] = relationship(
        back_populates="pupil", order_by="PupilContact.priority", cascade="all, delete-orphan"
    )

    @property
    def first_name(self) -> str:
        """The name used in messages: the one the family uses."""
        return self.preferred_name or self.legal_first_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.legal_last_name}"

    @property
    def is_vulnerable(self) -> bool:
        return self.has_social_worker or self.looked_after or self.send_status == "ehcp"

    @property
    def contacts(self) -> list[Contact]:
        return [link.contact for link in self.contact_links]

    def on_roll(self, day: date) -> bool:
        starts = self.on_roll_from is None or self.on_roll_from <= day
        ends = self.on_roll_until is None or day <= self.on_roll_until
        return starts and ends

    def __repr__(self) -> str:
        return f"<Pupil {self.mis_id} {self.full_name}>"


class Contact(Base):
    """A parent or carer. Siblings share contacts through PupilContact."""

    __tablename__ = "contact"
    __table_args__ = (UniqueConstraint("school_id", "phone_e164"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    # Telegram chat ids pass 2**31 (user ids are up to 52 bits).
    telegram_chat_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(10), default="en")
    opted_out: Mapped[bool] = mapped_column(default=False)
    opted_out_at: Mapped[datetime | None]
    # When the contact last wrote on WhatsApp: free-form replies are allowed for 24 hours after.
    whatsapp_last_inbound_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    school: Mapped[School] = relationship()
    pupil_links: Mapped[list[PupilContact]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    conversation_state: Mapped[ConversationState | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def pupils(self) -> list[Pupil]:
        return sorted((link.pupil for link in self.pupil_links), key=lambda p: p.id)

    def opt_out(self, when: datetime) -> None:
        """No more messages to this contact (STOP, or the provider says it opted out)."""
        if not self.opted_out:
            self.opted_out, self.opted_out_at = True, when

    def opt_in(self) -> None:
        self.opted_out, self.opted_out_at = False, None

    def __repr__(self) -> str:
        return f"<Contact {self.id} {self.phone_e164}>"


class PupilContact(Base):
    """Which contacts a pupil has, in the order the school calls them (1 first), and what
    each is to that pupil: one contact may be Mother to one child and Grandmother to another."""

    __tablename__ = "pupil_contact"
    __table_args__ = (UniqueConstraint("pupil_id", "priority"),)

    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    priority: Mapped[int] = mapped_column(default=1)
    parental_responsibility: Mapped[bool] = mapped_column(default=True)

    pupil: Mapped[Pupil] = relationship(back_populates="contact_links")
    contact: Mapped[Contact] = relationship(back_populates="pupil_links")
    # "Mother", "Grandmother", "Foster Carer"... as the MIS gives it. Declared after the
    # two relationships above: from here on the class body's `relationship` is this column.
    relationship: Mapped[str | None] = mapped_column(String(40))


staff_school = Table(
    "staff_school",
    Base.metadata,
    Column("staff_user_id", ForeignKey("staff_user.id", ondelete="CASCADE"), primary_key=True),
    Column("school_id", ForeignKey("school.id", ondelete="CASCADE"), primary_key=True),
)


class StaffUser(Base):
    """A member of staff who signs in; sees only the schools in `schools`."""

    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    schools: Mapped[list[School]] = relationship(secondary=staff_school)

    def set_password(self, password: str) -> None:
        from werkzeug.security import generate_password_hash

        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        from werkzeug.security import check_password_hash

        return check_password_hash(self.password_hash, password)

    def __repr__(self) -> str:
        return f"<StaffUser {self.email} {self.role}>"
