"""Rollcall's web app: the channels' webhooks and, in demo mode, the simulator.

    create_app()          # configuration from the environment (gunicorn "webhooks:create_app()")
    create_app(config)    # an explicit rollcall.config.Config (tests, `rollcall serve`)

Each part is a blueprint; webhooks authenticate by signature, so CSRF protection
(on for every form, such as the simulator's) is lifted for them alone.
"""
from __future__ import annotations

from datetime import date

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from rollcall.config import Config
from webhooks import extensions, simulator, telegram_routes, twilio_routes

csrf = CSRFProtect()


def create_app(config: Config | None = None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=config.secret_key,
        MAX_CONTENT_LENGTH=config.max_content_length,
        MAX_FORM_MEMORY_SIZE=config.max_content_length,
    )
    extensions.init_app(app, config)
    csrf.init_app(app)
    for webhook in (twilio_routes.bp, telegram_routes.bp):
        app.register_blueprint(webhook)
        csrf.exempt(webhook)
    if config.is_demo:
        app.register_blueprint(simulator.bp)
    _warm_up_nlu()
    return app


def _warm_up_nlu() -> None:
    """Load the NLU pipeline now: before gunicorn forks (it preloads the app) the
    workers share one copy, and no parent waits for the first load."""
    from nlu import parse_message

    parse_message("Sam is off sick today", today=date.today(), children=["Sam"])
