"""Each channel against a fake Twilio / Telegram on 127.0.0.1: what goes over the wire,
and how every provider answer is classified."""
from __future__ import annotations

import io
import json
import socket
from datetime import datetime, timedelta, timezone

import pytest

from bot.channels import (
    ChannelOverrides, Console, PermanentSendError, Telegram, TransientSendError, TwilioAccount,
    TwilioSMS, TwilioWhatsApp, channels_from_config, twilio_client,
)
from models import Contact, Outbox
from rollcall.config import Config
from tests.fake_providers import Reply, fake_providers  # noqa: F401 (fixture)

NOW = datetime(2026, 11, 25, 8, 30, tzinfo=timezone.utc)
PARENT = "+447700900001"
CHAT_ID = 555001
ACCOUNT_SID = "AC" + "0" * 32
SERVICE_SID = "MG" + "1" * 32
CLIENT_TIMEOUT = 1.0  # generous for a loaded machine; the fake's hangs last longer


def outbox_row(channel="sms", recipient=PARENT, body="Is Sam off today?", kind="chase",
               payload=None, last_whatsapp_at=None) -> Outbox:
    contact = Contact(name="Parent", phone_e164=PARENT, whatsapp_last_inbound_at=last_whatsapp_at)
    return Outbox(id=1, idempotency_key="k1", channel=channel, recipient=recipient, body=body,
                  kind=kind, payload=payload or {}, contact=contact)


def twilio_account(fake, **kwargs) -> TwilioAccount:
    client = twilio_client(ACCOUNT_SID, "token", timeout=CLIENT_TIMEOUT, base_url=fake.url)
    kwargs.setdefault("messaging_service_sid", SERVICE_SID)
    return TwilioAccount(client, **kwargs)


def whatsapp(fake, templates=None) -> TwilioWhatsApp:
    account = twilio_account(fake)
    return TwilioWhatsApp(account, TwilioSMS(account), templates=templates, clock=lambda: NOW)


@pytest.fixture
def telegram(fake_providers):
    channel = Telegram("123:abc", base_url=fake_providers.telegram_base_url, timeout=CLIENT_TIMEOUT)
    yield channel
    channel.close()


def test_an_sms_goes_to_twilio_with_our_sender_and_status_callback(fake_providers):
    callback = "https://rollcall.example/webhooks/twilio/status"
    account = twilio_account(fake_providers, status_callback=callback)

    result = TwilioSMS(account).send(outbox_row())

    [request] = fake_providers.delivered()
    assert request.params == {
        "To": PARENT, "Body": "Is Sam off today?", "MessagingServiceSid": SERVICE_SID,
        "StatusCallback": callback,
    }
    assert result.provider == "twilio" and result.channel == "sms"
    assert result.provider_id.startswith("SM") and len(result.provider_id) == 34


def test_an_sms_from_a_number_names_it(fake_providers):
    TwilioSMS(twilio_account(fake_providers, messaging_service_sid=None,
                             from_number="+447700900999")).send(outbox_row())
    [request] = fake_providers.delivered()
    assert request.params["From"] == "+447700900999"
    assert "MessagingServiceSid" not in request.params


@pytest.mark.parametrize("reply", [Reply.error(429), Reply.error(500), Reply.error(503),
                                   Reply.error(401, 20003), Reply.hang()],
                         ids=["429", "500", "503", "401-our-credentials", "hang"])
def test_twilio_rate_limits_outages_and_hangs_are_transient(fake_providers, reply):
    fake_providers.plan(PARENT, reply)
    with pytest.raises(TransientSendError):
        TwilioSMS(twilio_account(fake_providers)).send(outbox_row())
    assert fake_providers.delivered() == []


def test_twilio_unreachable_is_transient():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    client = twilio_client(ACCOUNT_SID, "token", timeout=CLIENT_TIMEOUT,
                           base_url=f"http://127.0.0.1:{closed_port}")
    with pytest.raises(TransientSendError, match="unreachable"):
        TwilioSMS(TwilioAccount(client, messaging_service_sid=SERVICE_SID)).send(outbox_row())


@pytest.mark.parametrize("code, opted_out", [(21211, False), (21610, True), (63016, False)])
def test_twilio_invalid_number_opt_out_and_closed_window_are_permanent(
    fake_providers, code, opted_out
):
    fake_providers.plan(PARENT, Reply.error(400, code))
    with pytest.raises(PermanentSendError) as failure:
        TwilioSMS(twilio_account(fake_providers)).send(outbox_row())
    assert failure.value.code == str(code)
    assert failure.value.opted_out is opted_out


def test_whatsapp_inside_24_hours_sends_free_text(fake_providers):
    row = outbox_row(channel="whatsapp", last_whatsapp_at=NOW - timedelta(hours=2))

    result = whatsapp(fake_providers, templates={"chase": "HX1"}).send(row)

    [request] = fake_providers.delivered()
    assert request.params["To"] == f"whatsapp:{PARENT}"
    assert request.params["Body"] == "Is Sam off today?"
    assert "ContentSid" not in request.params
    assert result.channel == "whatsapp"


@pytest.mark.parametrize("last_whatsapp_at", [NOW - timedelta(hours=25), None],
                         ids=["25-hours-ago", "never"])
def test_whatsapp_outside_24_hours_uses_the_kinds_template(fake_providers, last_whatsapp_at):
    row = outbox_row(channel="whatsapp", last_whatsapp_at=last_whatsapp_at,
                     payload={"template_variables": {"1": "Sam", "2": "Wednesday"}})

    result = whatsapp(fake_providers, templates={"chase": "HXchase"}).send(row)

    [request] = fake_providers.delivered()
    assert request.params["To"] == f"whatsapp:{PARENT}"
    assert request.params["ContentSid"] == "HXchase"
    assert json.loads(request.params["ContentVariables"]) == {"1": "Sam", "2": "Wednesday"}
    assert "Body" not in request.params
    assert result.channel == "whatsapp"


def test_whatsapp_template_without_variables_carries_the_text(fake_providers):
    row = outbox_row(channel="whatsapp")
    whatsapp(fake_providers, templates={"chase": "HXchase"}).send(row)
    [request] = fake_providers.delivered()
    assert json.loads(request.params["ContentVariables"]) == {"1": "Is Sam off today?"}


def test_whatsapp_outside_24_hours_without_a_template_goes_by_sms(fake_providers):
    row = outbox_row(channel="whatsapp", kind="weekly", last_whatsapp_at=NOW - timedelta(hours=30))

    result = whatsapp(fake_providers, templates={"chase": "HXchase"}).send(row)

    [request] = fake_providers.delivered()
    assert request.params["To"] == PARENT
    assert request.params["Body"] == "Is Sam off today?"
    assert result.channel == "sms"


def test_whatsapp_stops_free_text_just_before_the_window_closes(fake_providers):
    row = outbox_row(channel="whatsapp", last_whatsapp_at=NOW - timedelta(hours=23, minutes=55))
    whatsapp(fake_providers, templates={"chase": "HXchase"}).send(row)
    [request] = fake_providers.delivered()
    assert request.params["ContentSid"] == "HXchase"


def test_telegram_options_become_numbered_inline_buttons(fake_providers, telegram):
    row = outbox_row(channel="telegram", recipient=str(CHAT_ID),
                     payload={"options": ["Sam", "Alex"]})

    result = telegram.send(row)

    [request] = fake_providers.delivered()
    assert request.params["chat_id"] == str(CHAT_ID)
    assert request.params["text"] == "Is Sam off today?"
    keyboard = json.loads(request.params["reply_markup"])["inline_keyboard"]
    assert [[(b["text"], b["callback_data"]) for b in row] for row in keyboard] == [
        [("Sam", "1")], [("Alex", "2")]
    ]
    assert result.provider == "telegram"
    assert result.provider_id == f"{CHAT_ID}:1"


def test_telegram_request_phone_asks_to_share_the_contact(fake_providers, telegram):
    telegram.send(outbox_row(channel="telegram", recipient=str(CHAT_ID),
                             payload={"request_phone": True}))
    [request] = fake_providers.delivered()
    [[button]] = json.loads(request.params["reply_markup"])["keyboard"]
    assert button["request_contact"] is True


def test_telegram_without_buttons_sends_no_keyboard(fake_providers, telegram):
    telegram.send(outbox_row(channel="telegram", recipient=str(CHAT_ID)))
    [request] = fake_providers.delivered()
    assert "reply_markup" not in request.params


def test_telegram_flood_control_is_transient_with_its_wait(fake_providers, telegram):
    fake_providers.plan(CHAT_ID, Reply.error(429, retry_after=7))
    with pytest.raises(TransientSendError) as failure:
        telegram.send(outbox_row(channel="telegram", recipient=str(CHAT_ID)))
    assert failure.value.retry_after == timedelta(seconds=7)


@pytest.mark.parametrize("reply", [Reply.error(500), Reply.error(502), Reply.hang()],
                         ids=["500", "502", "hang"])
def test_telegram_outages_and_hangs_are_transient(fake_providers, telegram, reply):
    fake_providers.plan(CHAT_ID, reply)
    with pytest.raises(TransientSendError):
        telegram.send(outbox_row(channel="telegram", recipient=str(CHAT_ID)))
    # The channel keeps working after a failure on its event loop.
    telegram.send(outbox_row(channel="telegram", recipient=str(CHAT_ID)))
    assert len(fake_providers.delivered()) == 1


@pytest.mark.parametrize("status", [403, 400], ids=["bot-blocked", "chat-not-found"])
def test_telegram_blocked_or_unknown_chat_is_permanent(fake_providers, telegram, status):
    fake_providers.plan(CHAT_ID, Reply.error(status))
    with pytest.raises(PermanentSendError):
        telegram.send(outbox_row(channel="telegram", recipient=str(CHAT_ID)))


def test_telegram_recipient_that_is_not_a_chat_id_is_permanent(telegram):
    with pytest.raises(PermanentSendError):
        telegram.send(outbox_row(channel="telegram", recipient="parent-one"))


def test_console_prints_the_message_and_its_options():
    stream = io.StringIO()
    row = outbox_row(channel="telegram", recipient=str(CHAT_ID),
                     payload={"options": ["Sam", "Alex"]})

    first = Console(stream).send(row)
    second = Console(stream).send(row)

    assert stream.getvalue().splitlines() == [
        f"[telegram to {CHAT_ID}] Is Sam off today?", "    [1] Sam", "    [2] Alex",
    ] * 2
    assert first.provider == "console" and first.provider_id != second.provider_id


def config(**settings) -> Config:
    settings.setdefault("secret_key", "s")
    settings.setdefault("mode", "demo")
    return Config(**settings)


def test_demo_without_credentials_prints_every_channel():
    channels = channels_from_config(config())
    assert {name: type(c) for name, c in channels.items()} == {
        "sms": Console, "whatsapp": Console, "telegram": Console, "console": Console,
    }


def test_twilio_credentials_give_sms_and_whatsapp_with_status_callbacks(fake_providers):
    channels = channels_from_config(
        config(mode="production", twilio_account_sid=ACCOUNT_SID, twilio_auth_token="token",
               twilio_messaging_service_sid=SERVICE_SID, public_base_url="https://rollcall.example",
               twilio_whatsapp_templates={"chase": "HXchase"}),
        ChannelOverrides(twilio_base_url=fake_providers.url, timeout=CLIENT_TIMEOUT),
    )
    assert set(channels) == {"sms", "whatsapp", "console"}  # no Telegram: its rows wait

    channels["whatsapp"].send(outbox_row(channel="whatsapp"))

    [request] = fake_providers.delivered()
    assert request.params["StatusCallback"] == "https://rollcall.example/webhooks/twilio/status"
    assert request.params["ContentSid"] == "HXchase"


def test_a_telegram_token_gives_the_telegram_channel(fake_providers):
    channels = channels_from_config(
        config(telegram_bot_token="123:abc"),
        ChannelOverrides(telegram_base_url=fake_providers.telegram_base_url,
                         timeout=CLIENT_TIMEOUT),
    )
    try:
        assert isinstance(channels["telegram"], Telegram)
        assert isinstance(channels["sms"], Console)  # demo: no Twilio, so printed
        channels["telegram"].send(outbox_row(channel="telegram", recipient=str(CHAT_ID)))
        assert len(fake_providers.delivered(chat_id=str(CHAT_ID))) == 1
    finally:
        channels["telegram"].close()
