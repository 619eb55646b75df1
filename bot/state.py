"""Where each contact's conversation stands, kept in ConversationState between messages.

Steps: IDLE (nothing open), ASK_CHILD / ASK_DAYS / ASK_REASON (a question is waiting
for its answer, with the draft report so far), RECORDED (reports were just written;
a correction amends them), NO_SCHOOL (the report named only days with no school, so
nothing was written; a correction to other days records its draft). Any step lasts
`School.conversation_timeout_minutes` from the last message; after that it is dropped
and the next message is read fresh.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import object_session
from sqlalchemy.orm.attributes import set_committed_value

from models import Contact, ConversationState

IDLE = "idle"
ASK_CHILD = "ask_child"
ASK_DAYS = "ask_days"
ASK_REASON = "ask_reason"
RECORDED = "recorded"
NO_SCHOOL = "no_school"
QUESTIONS = (ASK_CHILD, ASK_DAYS, ASK_REASON)


@dataclass
class Draft:
    """What a parent has told us so far about one report (for one or more children)."""

    kind: str  # absence | late | leave_request
    pupil_ids: list[int]
    dates: list[date]
    sessions: str = "ALL"
    reason_code: str | None = None
    confidence: float | None = None
    evidence: list[str] = field(default_factory=list)
    arrival_time: time | None = None
    words: str = ""  # the parent's own words, every message of the exchange
    asked_days: bool = False
    asked_reason: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["dates"] = [d.isoformat() for d in self.dates]
        data["arrival_time"] = self.arrival_time.isoformat() if self.arrival_time else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        known = {f.name for f in fields(cls)}  # a state saved by another version may differ
        data = {k: v for k, v in data.items() if k in known}
        data["dates"] = [date.fromisoformat(d) for d in data.get("dates", [])]
        arrival = data.get("arrival_time")
        data["arrival_time"] = time.fromisoformat(arrival) if arrival else None
        return cls(**data)


@dataclass
class Conversation:
    step: str = IDLE
    draft: Draft | None = None
    option_ids: list[int] = field(default_factory=list)  # pupils offered, in option order
    report_ids: list[int] = field(default_factory=list)  # what RECORDED may amend

    def to_json(self) -> dict[str, Any]:
        return {
            "draft": self.draft.to_json() if self.draft else None,
            "option_ids": self.option_ids,
            "report_ids": self.report_ids,
        }

    @classmethod
    def from_row(cls, row: ConversationState) -> Conversation:
        data = row.data or {}
        draft = data.get("draft")
        return cls(
            step=row.state,
            draft=Draft.from_json(draft) if draft else None,
            option_ids=list(data.get("option_ids", [])),
            report_ids=list(data.get("report_ids", [])),
        )


def load(contact: Contact, now: datetime) -> Conversation:
    """The contact's conversation, or a fresh IDLE one if there is none or it expired."""
    row = contact.conversation_state
    if row is None or row.expires_at is None or row.expires_at <= now:
        return Conversation()
    return Conversation.from_row(row)


def save(contact: Contact, conversation: Conversation, now: datetime) -> None:
    row = contact.conversation_state
    if row is None:
        row = ConversationState(contact_id=contact.id)
        object_session(contact).add(row)
        # Seen by later reads through the contact, yet not a change to the contact:
        # one would bring the contact and its relationships into the next flush.
        set_committed_value(contact, "conversation_state", row)
    row.state = conversation.step
    row.data = conversation.to_json()
    timeout = timedelta(minutes=contact.school.conversation_timeout_minutes)
    row.expires_at = now + timeout if conversation.step != IDLE else None


def clear(contact: Contact, now: datetime) -> None:
    save(contact, Conversation(), now)
