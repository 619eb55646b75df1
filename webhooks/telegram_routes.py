"""Telegram's webhook. Telegram proves a request is its own by echoing the secret
given to set_webhook in X-Telegram-Bot-Api-Secret-Token (see `rollcall telegram
set-webhook`); without TELEGRAM_WEBHOOK_SECRET nothing gets in.

Replies go out through the outbox. A button press is answered in the response body
(Telegram lets a webhook reply with one Bot API call), so it costs no request.
"""
from __future__ import annotations

import hmac
import logging

from flask import Blueprint, Response, abort, current_app, jsonify, request
from telegram import Bot

from webhooks.extensions import current_config, get_session
from webhooks.telegram_updates import UnreadableUpdate, handle_update, parse_update

log = logging.getLogger(__name__)

bp = Blueprint("telegram", __name__)

WEBHOOK_PATH = "/webhooks/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
BOT = "rollcall.telegram_bot"


@bp.before_request
def require_telegram_secret() -> None:
    expected = current_config().telegram_webhook_secret
    given = request.headers.get(SECRET_HEADER, "")
    if not (expected and hmac.compare_digest(given.encode(), expected.encode())):
        abort(403)


@bp.post(WEBHOOK_PATH)
def webhook() -> Response | tuple[str, int]:
    try:
        update = parse_update(request.get_json(force=True, silent=True), _bot())
    except UnreadableUpdate as exc:
        log.info("refused a Telegram webhook body: %s", exc)
        abort(400, str(exc))
    outcome = handle_update(get_session(), update,
                            rate_limit=current_config().rate_limit_per_minute)
    if outcome.callback_query_id:
        return jsonify(method="answerCallbackQuery", callback_query_id=outcome.callback_query_id)
    return "", 200


def _bot() -> Bot | None:
    """One Bot per app, only to attach to parsed updates; it makes no requests here."""
    if BOT not in current_app.extensions:
        token = current_config().telegram_bot_token
        current_app.extensions[BOT] = Bot(token) if token else None
    return current_app.extensions[BOT]
