"""Rollcall's configuration, read once from the environment.

Two modes. `production` (the default) refuses to start while a secret it needs is
missing, so a deployment that forgot one fails at once instead of silently sending
nothing, or serving the simulator to the internet. `demo` starts with no accounts at
all: a channel without credentials falls back to `console`, and the simulator page is
the way in.
"""
from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

from models.db import DEFAULT_DATABASE_URL, normalise_url

MODES = ("production", "demo")
DEFAULT_MODE = "production"
DEFAULT_RATE_LIMIT_PER_MINUTE = 10
# Twilio's form posts and Telegram's updates are a few kilobytes; anything near this
# is not a parent's message.
DEFAULT_MAX_CONTENT_LENGTH = 64 * 1024
# What Telegram accepts as a webhook secret_token.
TELEGRAM_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ConfigError(RuntimeError):
    """The configuration cannot run; the message names the variable to set."""


@dataclass(frozen=True)
class Config:
    mode: str = DEFAULT_MODE
    database_url: str = DEFAULT_DATABASE_URL
    # The URL the outside world uses for this app's root (behind a proxy or tunnel);
    # Twilio signs requests against it.
    public_base_url: str | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_messaging_service_sid: str | None = None
    twilio_from: str | None = None
    # WhatsApp template ContentSids by message kind, for sending outside WhatsApp's
    # 24-hour window: TWILIO_WHATSAPP_TEMPLATES='{"chase": "HX..."}' (bot/channels.py).
    twilio_whatsapp_templates: Mapping[str, str] = field(default_factory=dict)
    telegram_bot_token: str | None = None
    telegram_webhook_secret: str | None = None
    secret_key: str | None = None
    rate_limit_per_minute: int = DEFAULT_RATE_LIMIT_PER_MINUTE
    max_content_length: int = DEFAULT_MAX_CONTENT_LENGTH

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"ROLLCALL_MODE must be one of {', '.join(MODES)}, not {self.mode!r}")
        if not self.secret_key:
            raise ConfigError("SECRET_KEY is not set: it signs the web forms and sessions")
        if self.telegram_webhook_secret and not TELEGRAM_SECRET_PATTERN.fullmatch(
            self.telegram_webhook_secret
        ):
            raise ConfigError(
                "TELEGRAM_WEBHOOK_SECRET may hold only letters, digits, _ and - (1 to 256)"
            )
        if self.rate_limit_per_minute < 1:
            raise ConfigError("ROLLCALL_RATE_LIMIT_PER_MINUTE must be at least 1")
        if self.is_production:
            self._check_production()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            return (env.get(name) or "").strip() or None

        mode = (get("ROLLCALL_MODE") or DEFAULT_MODE).lower()
        if mode == "production":
            # Production names its database explicitly: the default SQLite file is
            # per machine and would silently split web, sender and bot apart.
            _require(get, "DATABASE_URL", "production needs the shared database")
        return cls(
            mode=mode,
            database_url=normalise_url(get("DATABASE_URL") or DEFAULT_DATABASE_URL),
            public_base_url=_strip_slash(get("PUBLIC_BASE_URL")),
            twilio_account_sid=get("TWILIO_ACCOUNT_SID"),
            twilio_auth_token=get("TWILIO_AUTH_TOKEN"),
            twilio_messaging_service_sid=get("TWILIO_MESSAGING_SERVICE_SID"),
            twilio_from=get("TWILIO_FROM"),
            twilio_whatsapp_templates=_templates(get("TWILIO_WHATSAPP_TEMPLATES")),
            telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_webhook_secret=get("TELEGRAM_WEBHOOK_SECRET"),
            # In demo mode a missing key is made up per start: nothing to protect but
            # the simulator's form, and `rollcall serve` preloads, so workers share it.
            secret_key=get("SECRET_KEY") or (secrets.token_hex(32) if mode == "demo" else None),
            rate_limit_per_minute=_int(get, "ROLLCALL_RATE_LIMIT_PER_MINUTE",
                                       DEFAULT_RATE_LIMIT_PER_MINUTE),
        )

    @property
    def is_production(self) -> bool:
        return self.mode == "production"

    @property
    def is_demo(self) -> bool:
        return self.mode == "demo"

    @property
    def twilio_enabled(self) -> bool:
        """Twilio can send: account, token and a sender (service or number) are set."""
        return bool(
            self.twilio_account_sid and self.twilio_auth_token
            and (self.twilio_messaging_service_sid or self.twilio_from)
        )

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token)

    def _check_production(self) -> None:
        twilio_named = any((self.twilio_account_sid, self.twilio_auth_token,
                            self.twilio_messaging_service_sid, self.twilio_from))
        telegram_named = any((self.telegram_bot_token, self.telegram_webhook_secret))
        if not (twilio_named or telegram_named):
            raise ConfigError(
                "No channel is configured: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and "
                "TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM (SMS, WhatsApp), or "
                "TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET; or set ROLLCALL_MODE=demo "
                "to try Rollcall without accounts"
            )
        if twilio_named:
            self._check_twilio()
        if telegram_named:
            _require_value(self.telegram_bot_token, "TELEGRAM_BOT_TOKEN", "Telegram is configured")
            _require_value(self.telegram_webhook_secret, "TELEGRAM_WEBHOOK_SECRET",
                           "it is how the Telegram webhook knows a request came from Telegram")

    def _check_twilio(self) -> None:
        _require_value(self.twilio_account_sid, "TWILIO_ACCOUNT_SID", "Twilio is configured")
        _require_value(self.twilio_auth_token, "TWILIO_AUTH_TOKEN",
                       "it checks that webhooks come from Twilio")
        if not (self.twilio_messaging_service_sid or self.twilio_from):
            raise ConfigError(
                "TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM is not set: Twilio needs a sender"
            )
        _require_value(self.public_base_url, "PUBLIC_BASE_URL",
                       "Twilio signs each webhook against the public URL")
        if not self.public_base_url.startswith("https://"):
            raise ConfigError("PUBLIC_BASE_URL must start with https:// in production")


def _require(get, name: str, why: str) -> None:
    _require_value(get(name), name, why)


def _require_value(value: str | None, name: str, why: str) -> None:
    if not value:
        raise ConfigError(f"{name} is not set: {why} (ROLLCALL_MODE=production)")


def _int(get, name: str, default: int) -> int:
    raw = get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def _templates(raw: str | None) -> dict[str, str]:
    if raw is None:
        return {}
    try:
        templates = json.loads(raw)
    except ValueError:
        templates = None
    if not isinstance(templates, dict) or not all(
        isinstance(sid, str) and sid for sid in templates.values()
    ):
        raise ConfigError(
            'TWILIO_WHATSAPP_TEMPLATES must be a JSON object of message kind to ContentSid, '
            'like {"chase": "HX..."}'
        )
    return templates


def _strip_slash(url: str | None) -> str | None:
    return url.rstrip("/") if url else None
