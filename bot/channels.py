"""The channels Rollcall sends through: one small class each, behind one interface.

`channel.send(outbox_row)` sends one claimed Outbox row and returns a SendResult
naming the provider's id for it, or raises:

- TransientSendError: worth trying again later (HTTP 429, 5xx, timeouts, refused
  connections, our own credentials being rejected: a config fix should not lose mail);
- PermanentSendError: never worth retrying (an invalid number, an opted-out number,
  WhatsApp outside its 24-hour window, a Telegram user who blocked the bot).

Recipients: an E.164 number for sms and whatsapp (a "whatsapp:" prefix is tolerated),
a chat id for telegram. Channels do no database work; the sender records what they
report. Each client has a short timeout (DEFAULT_TIMEOUT) and no retries of its own:
the sender owns retrying. A channel
instance is not thread-safe: give each sender thread its own (see channels_from_config).

WhatsApp templates. Outside the 24-hour customer-service window WhatsApp only
delivers pre-approved templates. TWILIO_WHATSAPP_TEMPLATES maps a message kind to
its template's ContentSid, e.g. {"chase": "HX...", "weekly": "HX..."}. The template's
variables come from the row's payload["template_variables"] ({"1": "...", ...});
without them the message text is sent as variable "1". A kind with no template goes
by SMS to the same number instead.

Telegram buttons. payload["options"] (a list of labels) becomes inline buttons whose
callback_data is the option's number, from "1"; payload["request_phone"] asks for a
button that shares the parent's phone number (it takes precedence: a message has one
keyboard).
"""
from __future__ import annotations

import asyncio
import json
import logging
import sys
import uuid
import warnings
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, TextIO

import requests
from telegram import (
    Bot, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup,
)
from telegram.error import (
    BadRequest, ChatMigrated, Forbidden, InvalidToken, RetryAfter, TelegramError,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning
from twilio.base.exceptions import TwilioException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client as TwilioClient

from models import Contact, Outbox, utcnow

if TYPE_CHECKING:
    from rollcall.config import Config

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0  # seconds; the sender's lease must outlast a batch of these
TWILIO_API_ORIGIN = "https://api.twilio.com"
TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"

# The Twilio error codes with a consequence beyond the message: the number said STOP;
# WhatsApp refused free-form text outside the 24-hour window (it goes again by SMS).
TWILIO_OPTED_OUT = 21610
WHATSAPP_OUTSIDE_WINDOW = 63016

WHATSAPP_WINDOW = timedelta(hours=24)
# Stop free-form WhatsApp a little early: a message queued at 23:59 may reach
# WhatsApp after the window closed and fail with 63016.
WHATSAPP_WINDOW_MARGIN = timedelta(minutes=10)

REQUEST_PHONE_LABEL = "Share my phone number"


@dataclass(frozen=True)
class SendResult:
    channel: str  # the channel it really went by: a WhatsApp row may go as SMS
    provider: str  # twilio | telegram | console
    provider_id: str
    sender: str  # the address it went from


class SendError(Exception):
    def __init__(self, reason: str, *, code: str | None = None) -> None:
        super().__init__(reason)
        self.code = code


class TransientSendError(SendError):
    def __init__(self, reason: str, *, code: str | None = None,
                 retry_after: timedelta | None = None) -> None:
        super().__init__(reason, code=code)
        self.retry_after = retry_after  # the provider asked us to wait this long


class PermanentSendError(SendError):
    def __init__(self, reason: str, *, code: str | None = None, opted_out: bool = False) -> None:
        super().__init__(reason, code=code)
        self.opted_out = opted_out  # the recipient said STOP: never message them again


class Channel(ABC):
    name: ClassVar[str]

    @abstractmethod
    def send(self, row: Outbox) -> SendResult:
        """Send one outbox row, or raise TransientSendError / PermanentSendError."""

    def close(self) -> None:
        """Release connections; the channel is not used afterwards."""


# --- Twilio -------------------------------------------------------------------------

class _RedirectedHttpClient(TwilioHttpClient):
    """Twilio's own HTTP client, sending to another origin (a local fake in tests)."""

    def __init__(self, origin: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.origin = origin.rstrip("/")

    def request(self, method: str, url: str, *args, **kwargs):
        if url.startswith(TWILIO_API_ORIGIN):
            url = self.origin + url[len(TWILIO_API_ORIGIN):]
        return super().request(method, url, *args, **kwargs)


def twilio_client(account_sid: str, auth_token: str, *, timeout: float = DEFAULT_TIMEOUT,
                  base_url: str | None = None) -> TwilioClient:
    """A Twilio REST client with a timeout, optionally pointed at another origin.

    Twilio's library has no base-URL setting; its documented way to reach another
    host is a custom HTTP client, which this is.
    """
    http_client = (
        _RedirectedHttpClient(base_url, timeout=timeout) if base_url
        else TwilioHttpClient(timeout=timeout)
    )
    return TwilioClient(account_sid, auth_token, http_client=http_client)


@dataclass(frozen=True)
class TwilioAccount:
    """A Twilio client and how our messages are addressed from it."""

    client: TwilioClient
    from_number: str | None = None
    messaging_service_sid: str | None = None
    status_callback: str | None = None

    def __post_init__(self) -> None:
        if not (self.from_number or self.messaging_service_sid):
            raise ValueError("a Twilio sender needs TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM")

    def sender(self, prefix: str = "") -> str:
        return self.messaging_service_sid or prefix + (self.from_number or "")

    def create(self, to: str, *, prefix: str = "", **content: str) -> str:
        """Create the message at Twilio; return its SID."""
        params: dict[str, Any] = {"to": prefix + to, **content}
        if self.messaging_service_sid:
            params["messaging_service_sid"] = self.messaging_service_sid
        else:
            params["from_"] = prefix + (self.from_number or "")
        if self.status_callback:
            params["status_callback"] = self.status_callback
        try:
            return self.client.messages.create(**params).sid
        except TwilioException as exc:
            raise _classify_twilio_error(exc) from exc
        except requests.RequestException as exc:  # timeouts, refused or dropped connections
            reason = f"twilio unreachable: {exc.__class__.__name__}: {exc}"
            raise TransientSendError(reason) from exc


def _classify_twilio_error(exc: TwilioException) -> SendError:
    status = getattr(exc, "status", None) or 0
    code = getattr(exc, "code", None)
    reason = f"twilio {status} error {code}: {getattr(exc, 'msg', '') or getattr(exc, 'title', '')}"
    code_text = str(code) if code is not None else None
    # No status: no answer from Twilio. 401: our credentials were refused, which is
    # not the message's fault; keep it for a fix. Every other 4xx (21211 invalid
    # number, 21610 opted out, 63016 outside the WhatsApp window...) will not improve.
    if not status or status in (401, 429) or status >= 500:
        return TransientSendError(reason, code=code_text)
    return PermanentSendError(reason, code=code_text, opted_out=code == TWILIO_OPTED_OUT)


def recipient_contact(row: Outbox) -> Contact | None:
    """The contact a row is addressed to; None for a message to staff (a DSL alert)."""
    return row.contact


def e164(recipient: str) -> str:
    return recipient.removeprefix("whatsapp:")


class TwilioSMS(Channel):
    name = "sms"

    def __init__(self, account: TwilioAccount) -> None:
        self.account = account

    def send(self, row: Outbox) -> SendResult:
        sid = self.account.create(e164(row.recipient), body=row.body)
        return SendResult("sms", "twilio", sid, self.account.sender())


class TwilioWhatsApp(Channel):
    name = "whatsapp"

    def __init__(self, account: TwilioAccount, sms: TwilioSMS, *,
                 templates: Mapping[str, str] | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.account = account
        self.sms = sms
        self.templates = dict(templates or {})
        self.clock = clock

    def send(self, row: Outbox) -> SendResult:
        if self.inside_window(row):
            content = {"body": row.body}
        elif template_sid := self.templates.get(row.kind):
            content = {"content_sid": template_sid,
                       "content_variables": json.dumps(template_variables(row))}
        else:
            log.info("outbox %s: no WhatsApp template for %r outside the window; using SMS",
                     row.id, row.kind)
            return self.sms.send(row)
        sid = self.account.create(e164(row.recipient), prefix="whatsapp:", **content)
        return SendResult("whatsapp", "twilio", sid, self.account.sender("whatsapp:"))

    def inside_window(self, row: Outbox) -> bool:
        """Whether the contact wrote on WhatsApp recently enough for free-form text."""
        contact = recipient_contact(row)
        last_inbound = contact.whatsapp_last_inbound_at if contact else None
        if last_inbound is None:
            return False
        return self.clock() - last_inbound < WHATSAPP_WINDOW - WHATSAPP_WINDOW_MARGIN


def template_variables(row: Outbox) -> dict[str, str]:
    variables = (row.payload or {}).get("template_variables")
    return {str(k): str(v) for k, v in variables.items()} if variables else {"1": row.body}


# --- Telegram -----------------------------------------------------------------------

class Telegram(Channel):
    name = "telegram"

    def __init__(self, token: str, *, base_url: str = TELEGRAM_API_BASE_URL,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        request = HTTPXRequest(connect_timeout=timeout, read_timeout=timeout,
                               write_timeout=timeout, pool_timeout=timeout)
        self.bot = Bot(token, base_url=base_url, request=request)
        # The bot's HTTP connections belong to one event loop; keep it for the
        # channel's life rather than a fresh loop per message.
        self._runner = asyncio.Runner()

    def send(self, row: Outbox) -> SendResult:
        try:
            chat_id = int(row.recipient)
        except ValueError:
            raise PermanentSendError(f"not a Telegram chat id: {row.recipient!r}") from None
        send = self.bot.send_message(chat_id=chat_id, text=row.body,
                                     reply_markup=telegram_keyboard(row.payload or {}))
        try:
            message = self._runner.run(send)
        except TelegramError as exc:
            raise _classify_telegram_error(exc) from exc
        # Telegram numbers messages per chat, so the chat makes the id unique.
        return SendResult("telegram", "telegram", f"{message.chat_id}:{message.message_id}",
                          "telegram-bot")

    def close(self) -> None:
        self._runner.run(self.bot.shutdown())
        self._runner.close()


def telegram_keyboard(
    payload: Mapping[str, Any],
) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | None:
    if payload.get("request_phone"):
        button = KeyboardButton(REQUEST_PHONE_LABEL, request_contact=True)
        return ReplyKeyboardMarkup([[button]], one_time_keyboard=True, resize_keyboard=True)
    options = payload.get("options") or []
    if not options:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(str(label), callback_data=str(number))]
         for number, label in enumerate(options, start=1)]
    )


def _classify_telegram_error(exc: TelegramError) -> SendError:
    reason = f"telegram {exc.__class__.__name__}: {exc.message}"
    if isinstance(exc, RetryAfter):
        return TransientSendError(reason, code="429", retry_after=_retry_after(exc))
    if isinstance(exc, Forbidden):  # the parent blocked the bot
        return PermanentSendError(reason, code="403")
    if isinstance(exc, (BadRequest, ChatMigrated)):  # chat not found, bad chat id
        return PermanentSendError(reason, code="400")
    # InvalidToken is our configuration, and TimedOut / NetworkError the network's.
    return TransientSendError(reason, code="401" if isinstance(exc, InvalidToken) else None)


def _retry_after(exc: RetryAfter) -> timedelta:
    with warnings.catch_warnings():  # PTB 22 warns that the int becomes a timedelta
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value if isinstance(value, timedelta) else timedelta(seconds=value)


# --- Console ------------------------------------------------------------------------

class Console(Channel):
    """Prints messages instead of sending them: demo mode, or no credentials."""

    name = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def send(self, row: Outbox) -> SendResult:
        buttons = "".join(f"\n    [{n}] {label}"
                          for n, label in enumerate((row.payload or {}).get("options") or [], 1))
        print(f"[{row.channel} to {row.recipient}] {row.body}{buttons}",
              file=self.stream or sys.stdout, flush=True)
        return SendResult(row.channel, "console", f"console-{uuid.uuid4().hex}", "rollcall")


# --- From configuration -------------------------------------------------------------

@dataclass(frozen=True)
class ChannelOverrides:
    """Where to send instead of the real providers (a local fake), and how long to wait."""

    twilio_base_url: str | None = None
    telegram_base_url: str = TELEGRAM_API_BASE_URL
    timeout: float = DEFAULT_TIMEOUT
    clock: Callable[[], datetime] = utcnow
    console_stream: TextIO | None = None


# Where Twilio reports delivery: webhooks/twilio_routes.py serves it.
TWILIO_STATUS_PATH = "/webhooks/twilio/status"


def channels_from_config(config: Config,
                         overrides: ChannelOverrides = ChannelOverrides()) -> dict[str, Channel]:
    """The channels the configuration has credentials for, by channel name.

    In demo mode a channel without credentials prints to the console instead. In
    production it is left out, and its rows wait in the outbox until it is configured.
    Build one set per sender thread.
    """
    channels: dict[str, Channel] = {}
    console = Console(overrides.console_stream)
    if config.twilio_enabled:
        sms = TwilioSMS(_twilio_account(config, overrides))
        channels["sms"] = sms
        channels["whatsapp"] = TwilioWhatsApp(
            sms.account, sms, templates=config.twilio_whatsapp_templates, clock=overrides.clock
        )
    if config.telegram_enabled:
        channels["telegram"] = Telegram(config.telegram_bot_token or "",
                                        base_url=overrides.telegram_base_url,
                                        timeout=overrides.timeout)
    if config.is_demo:
        for name in ("sms", "whatsapp", "telegram"):
            channels.setdefault(name, console)
    channels["console"] = console
    return channels


def _twilio_account(config: Config, overrides: ChannelOverrides) -> TwilioAccount:
    client = twilio_client(config.twilio_account_sid or "", config.twilio_auth_token or "",
                           timeout=overrides.timeout, base_url=overrides.twilio_base_url)
    status_callback = (
        config.public_base_url.rstrip("/") + TWILIO_STATUS_PATH if config.public_base_url else None
    )
    return TwilioAccount(client, from_number=config.twilio_from,
                         messaging_service_sid=config.twilio_messaging_service_sid,
                         status_callback=status_callback)
