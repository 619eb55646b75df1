"""`rollcall telegram`: set-webhook and the polling handler, against a local fake of
the Bot API (loopback only)."""
from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select
from telegram import Bot, Update

from models import SessionMark
from tests.webhooks.conftest import (
    BOT_USER_ID, PARENT_CHAT, TELEGRAM_SECRET, TELEGRAM_TOKEN, inbound_messages, outbox_to,
    see_committed, test_config, tg_button, tg_message,
)
from webhooks.telegram_bot import set_webhook, update_handler


class FakeBotApi(ThreadingHTTPServer):
    """Answers getMe and any other method with success; keeps each call's parameters."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.calls: list[tuple[str, dict]] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/bot"

    def methods(self) -> list[str]:
        return [method for method, _ in self.calls]


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        params = (json.loads(raw) if self.headers.get("Content-Type", "").startswith("application/json")
                  else {k: v[0] for k, v in parse_qs(raw).items()})
        method = self.path.rsplit("/", 1)[-1]
        self.server.calls.append((method, params))
        result = ({"id": BOT_USER_ID, "is_bot": True, "first_name": "Rollcall",
                   "username": "rollcall_test_bot"} if method == "getMe" else True)
        body = json.dumps({"ok": True, "result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def bot_api():
    server = FakeBotApi()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_set_webhook_registers_the_url_with_the_secret(bot_api, db_url):
    url = "https://rollcall.example.org/webhooks/telegram"
    assert asyncio.run(set_webhook(test_config(db_url), url, api_base_url=bot_api.base_url))

    [params] = [p for method, p in bot_api.calls if method == "setWebhook"]
    assert params["url"] == url
    assert params["secret_token"] == TELEGRAM_SECRET
    assert set(json.loads(params["allowed_updates"]) if isinstance(params["allowed_updates"], str)
               else params["allowed_updates"]) == {"message", "edited_message", "callback_query"}


def _poll_one(bot_api, session_factory, update_json: dict):
    async def run():
        async with Bot(TELEGRAM_TOKEN, base_url=bot_api.base_url) as bot:
            update = Update.de_json(update_json, bot)
            return await update_handler(session_factory, rate_limit=10)(update, None)

    return asyncio.run(run())


def test_polling_feeds_the_same_conversation_as_the_webhook(bot_api, session_factory, family, db):
    family["mother"].telegram_chat_id = PARENT_CHAT
    db.commit()

    outcome = _poll_one(bot_api, session_factory, tg_message(text="My child is ill today"))

    [message] = inbound_messages(db, str(PARENT_CHAT))
    assert outcome.message.id == message.id and message.provider == "telegram"
    [question] = outbox_to(db, str(PARENT_CHAT))
    assert question.payload["options"][:2] == ["Amy", "Ben"]

    press = tg_button("2")
    _poll_one(bot_api, session_factory, press)

    see_committed(db)
    assert set(db.scalars(select(SessionMark.pupil_id))) == {family["ben"].id}
    [(_, answered)] = [c for c in bot_api.calls if c[0] == "answerCallbackQuery"]
    assert answered["callback_query_id"] == press["callback_query"]["id"]
