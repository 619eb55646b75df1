"""Builders for the conversation tests: a family, a stored inbound message, a fake NLU."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.conversation import handle_inbound
from models import AbsenceReport, Message, SessionMark, StaffUser
from tests.factories import make_contact, make_pupil, make_school

LONDON = ZoneInfo("Europe/London")
WEDNESDAY = date(2026, 11, 25)  # "today" in these tests
TUESDAY, THURSDAY, FRIDAY_INSET = date(2026, 11, 24), date(2026, 11, 26), date(2026, 11, 27)
MONDAY = date(2026, 11, 30)
PARENT_PHONE = "+447700900101"
OTHER_PHONE = "+447700900202"
_message_ids = itertools.count(1)


@dataclass(frozen=True)
class FakeParse:
    """The NLU's result, as the fake gives it."""

    intent: str = "other"
    reason_code: str | None = None
    confidence: float = 0.9
    evidence: tuple = ()
    dates: tuple = ()
    sessions: str = "ALL"
    arrival_time: time | None = None
    target_children: tuple = ()
    safeguarding: bool = False
    safeguarding_reasons: tuple = ()


class FakeNLU:
    """parse_message stand-in: answers registered per exact text; anything else is
    'other'. Records what it was asked."""

    def __init__(self):
        self.answers: dict[str, FakeParse] = {}
        self.calls: list[dict] = []

    def on(self, text: str, **fields) -> None:
        if "dates" in fields:
            fields["dates"] = tuple(fields["dates"])
        if "target_children" in fields:
            fields["target_children"] = tuple(fields["target_children"])
        self.answers[text] = replace(FakeParse(), **fields)

    def __call__(self, text, *, today, now, children):
        self.calls.append({"text": text, "today": today, "now": now, "children": list(children)})
        return self.answers.get(text, FakeParse())


def marks(db, pupil) -> list[tuple]:
    """A pupil's marks as (date, session, code, status), in date order."""
    rows = db.scalars(select(SessionMark).where(SessionMark.pupil_id == pupil.id)
                      .order_by(SessionMark.date, SessionMark.session))
    return [(m.date, m.session, m.code, m.status) for m in rows]


def reports(db) -> list[AbsenceReport]:
    return db.scalars(select(AbsenceReport).order_by(AbsenceReport.id)).all()


def local(day: date = WEDNESDAY, at: str = "07:30") -> datetime:
    """A local school time as the UTC instant a message would be stored with."""
    return datetime.combine(day, time.fromisoformat(at), LONDON).astimezone(timezone.utc)


def inbound(db, body: str, *, sender: str = PARENT_PHONE, channel: str = "sms",
            school=None, at: datetime | None = None) -> Message:
    message = Message(
        direction="in", channel=channel, provider="test", provider_id=f"T{next(_message_ids)}",
        sender=sender, recipient=(school.sms_number if school and school.sms_number else "+447700900999"),
        body=body, status="received", school_id=school.id if school else None,
        created_at=at or local(),
    )
    db.add(message)
    db.flush()
    return message


@pytest.fixture
def nlu_fake() -> FakeNLU:
    return FakeNLU()


@pytest.fixture
def school(db):
    return make_school(db, name="Oakfield Primary", office_phone="01632 960000",
                       sms_number="+447700900999")


@pytest.fixture
def amy(db, school):
    return make_pupil(db, school, "Amelia", preferred_name="Amy")


@pytest.fixture
def ben(db, school):
    return make_pupil(db, school, "Ben")


@pytest.fixture
def parent(db, school, amy):
    return make_contact(db, school, PARENT_PHONE, amy, name="Sarah Smith")


@pytest.fixture
def family(db, school, amy, ben):
    return make_contact(db, school, PARENT_PHONE, amy, ben, name="Sarah Smith")


@pytest.fixture
def dsl(db, school):
    lead = StaffUser(name="Dee Lead", email="dsl@oakfield.example", role="dsl",
                     phone_e164="+447700900500", password_hash="x", schools=[school])
    db.add(lead)
    db.flush()
    return lead


@pytest.fixture
def say(db, school, nlu_fake):
    """say("text", at=local(...)) -> the replies' plain texts, as the SMS channel sends them."""

    def _say(body: str, *, sender: str = PARENT_PHONE, channel: str = "sms",
             at: datetime | None = None, replies_only: bool = False):
        message = inbound(db, body, sender=sender, channel=channel, school=school, at=at)
        replies = handle_inbound(db, message, parse=nlu_fake)
        db.flush()
        return replies if replies_only else [r.plain_text() for r in replies]

    return _say
