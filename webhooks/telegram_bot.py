"""The `rollcall telegram` commands' work: registering the webhook, and polling.

Polling is Telegram without a public URL (local use, or a deployment that cannot
receive webhooks): a python-telegram-bot Application fetches updates and hands each
to the same `handle_update` the webhook uses. Replies go out through the outbox, so
`rollcall send --forever` must run too.

Starting to poll removes any webhook set for the bot (Telegram allows one or the other).
"""
from __future__ import annotations

import asyncio

from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot, Update
from telegram.ext import Application, ContextTypes, TypeHandler

from models.db import make_engine, make_session_factory
from rollcall.config import Config
from webhooks.telegram_updates import ALLOWED_UPDATES, Outcome, handle_update

TELEGRAM_API = "https://api.telegram.org/bot"


def run_polling(config: Config) -> None:
    engine = make_engine(config.database_url)
    application = Application.builder().token(config.telegram_bot_token).build()
    application.add_handler(TypeHandler(
        Update, update_handler(make_session_factory(engine), config.rate_limit_per_minute)))
    try:
        application.run_polling(allowed_updates=list(ALLOWED_UPDATES))
    finally:
        engine.dispose()


def update_handler(sessions: sessionmaker[Session], rate_limit: int):
    """The Application's callback: one update through `handle_update`."""

    async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE | None) -> Outcome:
        # The conversation is synchronous database work: keep it off the event loop.
        outcome = await asyncio.to_thread(_handle, sessions, update, rate_limit)
        if outcome.callback_query_id:
            await update.callback_query.answer()
        return outcome

    return on_update


def _handle(sessions: sessionmaker[Session], update: Update, rate_limit: int) -> Outcome:
    with sessions() as session:
        return handle_update(session, update, rate_limit=rate_limit)


async def set_webhook(config: Config, url: str, *, api_base_url: str = TELEGRAM_API) -> bool:
    """Point the bot at `url`, with the secret Telegram will echo back on each call."""
    async with Bot(config.telegram_bot_token, base_url=api_base_url) as bot:
        return await bot.set_webhook(
            url, secret_token=config.telegram_webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
        )
