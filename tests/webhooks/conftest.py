"""The web app under test, a family to text it, and requests as the providers send them:
Twilio's signed with twilio's own RequestValidator, Telegram's as real Update JSON."""
from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from models import Message, Outbox, StaffUser
from rollcall.config import Config
from tests.factories import make_contact, make_pupil, make_school
from webhooks import create_app, extensions
from webhooks.telegram_routes import SECRET_HEADER

PUBLIC_BASE_URL = "https://rollcall.example.org"
TWILIO_TOKEN = "twilio-auth-token-for-tests"
TWILIO_ACCOUNT = "AC" + "0" * 32
TELEGRAM_TOKEN = "123456:TEST-telegram-token"
TELEGRAM_SECRET = "telegram-webhook-secret_1"
BOT_USER_ID = 123456

SCHOOL_NUMBER = "+447700900500"
PARENT = "+447700900101"  # Amy and Ben's mother
OTHER_PARENT = "+447700900202"  # Cara's father, another family
STRANGER = "+447700900303"  # no contact anywhere
DSL_PHONE = "+447700900600"
PARENT_CHAT = 700101
STRANGER_CHAT = 700303

LONDON = ZoneInfo("Europe/London")
# A Wednesday morning of term, before the school's 08:45 deadline.
NOW = datetime(2026, 11, 25, 7, 50, tzinfo=LONDON).astimezone(timezone.utc)

_ids = itertools.count(1)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def clock(monkeypatch) -> Clock:
    """Inbound messages are stamped on a Wednesday morning of term, whatever the clock says."""
    frozen = Clock(NOW)
    monkeypatch.setattr("webhooks.inbound.utcnow", frozen)
    return frozen


def test_config(db_url: str, **overrides) -> Config:
    fields = dict(
        mode="production", database_url=db_url, secret_key="test-secret-key",
        public_base_url=PUBLIC_BASE_URL, twilio_account_sid=TWILIO_ACCOUNT,
        twilio_auth_token=TWILIO_TOKEN, twilio_from=SCHOOL_NUMBER,
        telegram_bot_token=TELEGRAM_TOKEN, telegram_webhook_secret=TELEGRAM_SECRET,
    )
    return Config(**{**fields, **overrides})


test_config.__test__ = False  # a builder, not a test


@pytest.fixture
def make_app(db_url):
    """Build the app for this test's database; its engine is disposed afterwards, so
    PostgreSQL's truncation between tests is not blocked."""
    apps = []

    def build(**overrides):
        app = create_app(test_config(db_url, **overrides))
        app.testing = True
        apps.append(app)
        return app

    yield build
    for app in apps:
        extensions.dispose(app)


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


# --- the school and its families ------------------------------------------------------

@pytest.fixture
def family(db):
    """A school with a number; Amy and Ben with their mother; Cara with her father;
    a safeguarding lead with a phone."""
    school = make_school(db, name="Hillside Academy", sms_number=SCHOOL_NUMBER)
    amy = make_pupil(db, school, "Amy")
    ben = make_pupil(db, school, "Ben")
    cara = make_pupil(db, school, "Cara", "Jones")
    mother = make_contact(db, school, PARENT, amy, ben, name="Sarah Smith")
    father = make_contact(db, school, OTHER_PARENT, cara, name="Tom Jones",
                          relationship="Father")
    dsl = StaffUser(name="Dee Lead", email="dsl@hillside.example", role="dsl",
                    phone_e164=DSL_PHONE, password_hash="-", schools=[school])
    db.add(dsl)
    db.commit()
    return dict(school=school, amy=amy, ben=ben, cara=cara, mother=mother, father=father, dsl=dsl)


# --- Twilio ---------------------------------------------------------------------------

def new_sid() -> str:
    return f"SM{next(_ids):032d}"


def sms(body: str, *, sender: str = PARENT, to: str = SCHOOL_NUMBER, sid: str | None = None,
        whatsapp: bool = False) -> dict[str, str]:
    """The fields Twilio posts for an inbound message."""
    prefix = "whatsapp:" if whatsapp else ""
    return {
        "MessageSid": sid or new_sid(), "SmsSid": sid or "", "AccountSid": TWILIO_ACCOUNT,
        "From": prefix + sender, "To": prefix + to, "Body": body, "NumMedia": "0",
        "NumSegments": "1", "ApiVersion": "2010-04-01",
    }


def twilio_post(client, path: str, params: dict[str, str], *, token: str = TWILIO_TOKEN,
                signed_url: str | None = None):
    signature = RequestValidator(token).compute_signature(
        signed_url or PUBLIC_BASE_URL + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": signature})


def text_sms(client, body: str, **fields):
    return twilio_post(client, "/webhooks/twilio/sms", sms(body, **fields))


def twiml_messages(response) -> list[str]:
    assert response.status_code == 200, response.data
    assert response.mimetype == "text/xml"
    return [m.text or "" for m in ET.fromstring(response.data).iter("Message")]


# --- Telegram -------------------------------------------------------------------------

def _user(user_id: int, first_name: str = "Sarah") -> dict:
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}


def _chat(chat_id: int) -> dict:
    return {"id": chat_id, "type": "private", "first_name": "Sarah"}


def tg_message(chat_id: int = PARENT_CHAT, *, text: str | None = None, contact: dict | None = None,
               from_id: int | None = None) -> dict:
    """An Update carrying a new message, as Telegram posts it."""
    message = {"message_id": next(_ids), "date": int(NOW.timestamp()),
               "chat": _chat(chat_id), "from": _user(from_id or chat_id)}
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            message["entities"] = [{"offset": 0, "length": len(text.split()[0]),
                                    "type": "bot_command"}]
    if contact is not None:
        message["contact"] = contact
    return {"update_id": 800000000 + next(_ids), "message": message}


def tg_contact(phone: str, *, chat_id: int = PARENT_CHAT, owner_id: int | None = None) -> dict:
    """The user shares a contact card: their own (owner_id = chat_id) or someone else's."""
    card = {"phone_number": phone.removeprefix("+"), "first_name": "Sarah",
            "user_id": owner_id if owner_id is not None else chat_id}
    return tg_message(chat_id, contact=card)


def tg_button(data: str, *, chat_id: int = PARENT_CHAT) -> dict:
    """An Update for a press on one of the bot's inline buttons."""
    bot_message = {"message_id": next(_ids), "date": int(NOW.timestamp()), "chat": _chat(chat_id),
                   "from": {"id": BOT_USER_ID, "is_bot": True, "first_name": "Rollcall"},
                   "text": "Which child is this about?"}
    query = {"id": f"{next(_ids)}4382bfdwdsb323b2d9", "from": _user(chat_id),
             "chat_instance": "-5843758474", "data": data, "message": bot_message}
    return {"update_id": 800000000 + next(_ids), "callback_query": query}


def tg_post(client, update, *, secret: str | None = TELEGRAM_SECRET):
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    return client.post("/webhooks/telegram", json=update, headers=headers)


# --- reading what happened ------------------------------------------------------------

def see_committed(db) -> None:
    """Let the test's session see what the app committed: a new transaction (SQLite
    keeps a snapshot per transaction) and no stale attributes."""
    db.rollback()
    db.expire_all()


def inbound_messages(db, sender: str) -> list[Message]:
    see_committed(db)
    return list(db.scalars(
        select(Message).where(Message.direction == "in", Message.sender == sender)
        .order_by(Message.id)))


def outbox_to(db, recipient: str) -> list[Outbox]:
    see_committed(db)
    return list(db.scalars(select(Outbox).where(Outbox.recipient == recipient).order_by(Outbox.id)))
