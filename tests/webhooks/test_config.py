"""Configuration from the environment: production refuses to start without what it
needs, naming the variable; demo starts with nothing and falls back to the console."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.channels import Console, channels_from_config
from rollcall.cli import main
from rollcall.config import Config, ConfigError
from webhooks import create_app

PRODUCTION = {
    "ROLLCALL_MODE": "production",
    "DATABASE_URL": "postgresql://rollcall@db.internal/rollcall",
    "SECRET_KEY": "a-long-random-secret",
    "PUBLIC_BASE_URL": "https://absence.hillside.example/",
    "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
    "TWILIO_AUTH_TOKEN": "twilio-token",
    "TWILIO_FROM": "+447700900500",
    "TELEGRAM_BOT_TOKEN": "123456:token",
    "TELEGRAM_WEBHOOK_SECRET": "telegram-secret",
}


def _without(*names: str) -> dict[str, str]:
    return {k: v for k, v in PRODUCTION.items() if k not in names}


def test_a_complete_production_environment_is_read_field_by_field():
    config = Config.from_env(PRODUCTION)
    assert config.is_production
    assert config.database_url == "postgresql+psycopg://rollcall@db.internal/rollcall"
    assert config.public_base_url == "https://absence.hillside.example"
    assert (config.twilio_account_sid, config.twilio_auth_token, config.twilio_from) == (
        PRODUCTION["TWILIO_ACCOUNT_SID"], "twilio-token", "+447700900500")
    assert (config.telegram_bot_token, config.telegram_webhook_secret) == (
        "123456:token", "telegram-secret")
    assert config.twilio_enabled and config.telegram_enabled


def test_production_is_the_default_mode():
    assert Config.from_env(_without("ROLLCALL_MODE")).is_production


@pytest.mark.parametrize("missing", [
    "DATABASE_URL", "SECRET_KEY", "PUBLIC_BASE_URL", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN",
    "TWILIO_FROM", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET",
])
def test_production_refuses_to_start_without_a_secret_and_names_it(missing):
    with pytest.raises(ConfigError, match=missing):
        Config.from_env(_without(missing))


def test_a_messaging_service_can_stand_in_for_the_from_number():
    env = {**_without("TWILIO_FROM"), "TWILIO_MESSAGING_SERVICE_SID": "MG" + "2" * 32}
    assert Config.from_env(env).twilio_enabled


def test_production_may_run_one_channel_only():
    sms_only = _without("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET")
    assert Config.from_env(sms_only).twilio_enabled
    telegram_only = _without("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM")
    assert Config.from_env(telegram_only).telegram_enabled


def test_production_without_any_channel_points_at_demo_mode():
    env = _without("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM",
                   "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET")
    with pytest.raises(ConfigError, match="ROLLCALL_MODE=demo"):
        Config.from_env(env)


def test_production_needs_https_for_the_public_url():
    with pytest.raises(ConfigError, match="PUBLIC_BASE_URL"):
        Config.from_env({**PRODUCTION, "PUBLIC_BASE_URL": "http://absence.hillside.example"})


@pytest.mark.parametrize("name, value", [
    ("ROLLCALL_MODE", "staging"),
    ("TELEGRAM_WEBHOOK_SECRET", "spaces are not allowed"),
    ("ROLLCALL_RATE_LIMIT_PER_MINUTE", "lots"),
    ("ROLLCALL_RATE_LIMIT_PER_MINUTE", "0"),
])
def test_a_malformed_value_is_refused_by_name(name, value):
    with pytest.raises(ConfigError, match=name):
        Config.from_env({**PRODUCTION, name: value})


def test_demo_starts_with_nothing_and_every_channel_prints_to_the_console():
    config = Config.from_env({"ROLLCALL_MODE": "demo"})
    assert config.is_demo and config.secret_key
    assert not (config.twilio_enabled or config.telegram_enabled)
    channels = channels_from_config(config)
    assert all(isinstance(channels[name], Console) for name in ("sms", "whatsapp", "telegram"))


def test_demo_uses_the_credentials_it_has():
    config = Config.from_env({"ROLLCALL_MODE": "demo", "TELEGRAM_BOT_TOKEN": "123456:token"})
    channels = channels_from_config(config)
    assert isinstance(channels["sms"], Console)
    assert not isinstance(channels["telegram"], Console)
    for channel in set(channels.values()):
        channel.close()


def test_the_app_factory_refuses_a_production_environment_missing_a_secret(monkeypatch):
    for name, value in _without("TWILIO_AUTH_TOKEN").items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="TWILIO_AUTH_TOKEN"):
        create_app()


def test_rollcall_serve_stops_with_the_variable_named(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    env = _without("SECRET_KEY")
    result = CliRunner().invoke(main, ["serve"], env=env)
    assert result.exit_code != 0
    assert "SECRET_KEY" in result.output
