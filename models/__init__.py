"""Rollcall's data: SQLAlchemy models, database set-up, codes, calendars and arithmetic."""
from models.base import Base, utcnow
from models.messaging import ConversationState, Message, Outbox
from models.people import Contact, Pupil, PupilContact, StaffUser, staff_school
from models.register import AbsenceReport, AuditTrailImmutable, CodeChange, SessionMark
from models.school import ClosureDay, School, Term

__all__ = [
    "AbsenceReport", "AuditTrailImmutable", "Base", "ClosureDay", "CodeChange", "Contact",
    "ConversationState", "Message", "Outbox", "Pupil", "PupilContact", "School", "SessionMark",
    "StaffUser", "Term", "staff_school", "utcnow",
]
