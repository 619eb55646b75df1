"""Commands for the parents' channels: `serve`, `send`, `telegram`."""
from __future__ import annotations

import signal
import threading
from datetime import datetime

import click

COMMANDS: list = []


def _load_config():
    from rollcall.config import Config, ConfigError

    try:
        return Config.from_env()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc


# --- send: drain the outbox (bot/sender.py) -----------------------------------------
ALL_CHANNELS = ("sms", "whatsapp", "telegram")


@click.command("send")
@click.option("--forever", is_flag=True, help="Keep polling until SIGTERM or Ctrl-C.")
@click.option("--interval", type=click.FloatRange(min=0.1), default=1.0, show_default=True,
              help="Seconds between polls when the outbox is empty (with --forever).")
def send_command(forever: bool, interval: float) -> None:
    """Send the messages waiting in the outbox (once, or --forever)."""
    from bot.channels import channels_from_config
    from bot.sender import Sender
    from models.db import make_engine, make_session_factory

    config = _load_config()
    channels = channels_from_config(config)
    missing = [name for name in ALL_CHANNELS if name not in channels]
    if missing:
        click.echo(f"No credentials for {', '.join(missing)}: those messages wait in the outbox.")
    engine = make_engine(config.database_url)
    sender = Sender(make_session_factory(engine), channels)
    try:
        if forever:
            sender.run_until(_stop_on_signals(), interval=interval,
                             on_batch=lambda batch: click.echo(f"{_stamp()} {batch}"))
        else:
            click.echo(f"{_stamp()} {sender.drain()}")
    finally:
        for channel in set(channels.values()):
            channel.close()
        engine.dispose()


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    return stop


def _stamp() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")


COMMANDS.append(send_command)


# --- serve and telegram: the web app and the Telegram bot (webhooks/) -----------------

@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="gunicorn worker processes [default: CPU cores + 1].")
@click.option("--threads", type=click.IntRange(min=1), default=4, show_default=True,
              help="Threads per worker (1 uses gunicorn's sync worker, more its gthread).")
@click.option("--dev", is_flag=True, help="Flask's development server instead of gunicorn.")
def serve_command(host: str, port: int, workers: int | None, threads: int, dev: bool) -> None:
    """Serve the webhooks (and the simulator in demo mode)."""
    config = _load_config()
    if dev:
        from webhooks import create_app

        create_app(config).run(host=host, port=port)
        return
    from webhooks.serving import default_workers, serve

    serve(config, host=host, port=port, workers=workers or default_workers(), threads=threads)


@click.group("telegram", invoke_without_command=True)
@click.option("--polling", is_flag=True,
              help="Fetch updates from Telegram instead of receiving the webhook.")
@click.pass_context
def telegram_command(ctx: click.Context, polling: bool) -> None:
    """The Telegram bot: register its webhook, or run it by polling."""
    if ctx.invoked_subcommand is not None:
        return
    if not polling:
        click.echo(ctx.get_help())
        return
    config = _load_config()
    if not config.telegram_bot_token:
        raise click.ClickException("TELEGRAM_BOT_TOKEN is not set")
    from webhooks.telegram_bot import run_polling

    click.echo("Polling Telegram (Ctrl-C to stop); run `rollcall send --forever` for replies.")
    run_polling(config)


@telegram_command.command("set-webhook")
def telegram_set_webhook_command() -> None:
    """Point the bot at PUBLIC_BASE_URL/webhooks/telegram, with the secret."""
    import asyncio

    from webhooks.telegram_bot import set_webhook
    from webhooks.telegram_routes import WEBHOOK_PATH

    config = _load_config()
    for name, value in (("TELEGRAM_BOT_TOKEN", config.telegram_bot_token),
                        ("TELEGRAM_WEBHOOK_SECRET", config.telegram_webhook_secret),
                        ("PUBLIC_BASE_URL", config.public_base_url)):
        if not value:
            raise click.ClickException(f"{name} is not set")
    url = config.public_base_url + WEBHOOK_PATH
    if not url.startswith("https://"):
        raise click.ClickException("Telegram only calls https:// webhooks: fix PUBLIC_BASE_URL")
    asyncio.run(set_webhook(config, url))
    click.echo(f"Telegram will post updates to {url}")


COMMANDS.extend([serve_command, telegram_command])
