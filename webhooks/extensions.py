"""What the app keeps for its requests: the configuration, and one engine per app
with one session per request (what Flask-SQLAlchemy does, by hand)."""
from __future__ import annotations

import os
import weakref

from flask import Flask, current_app, g
from sqlalchemy.orm import Session, sessionmaker

from models.db import make_engine, make_session_factory
from rollcall.config import Config

CONFIG = "rollcall.config"
ENGINE = "rollcall.engine"
SESSIONS = "rollcall.sessions"

# `rollcall serve` builds the app before gunicorn forks its workers; a pooled
# connection inherited across fork would be shared by two processes, so each child
# drops what it inherited (without closing the parent's sockets).
_engines: weakref.WeakSet = weakref.WeakSet()
os.register_at_fork(after_in_child=lambda: [e.dispose(close=False) for e in list(_engines)])


def init_app(app: Flask, config: Config) -> None:
    app.extensions[CONFIG] = config
    engine = make_engine(config.database_url)
    _engines.add(engine)
    app.extensions[ENGINE] = engine
    app.extensions[SESSIONS] = make_session_factory(engine)
    app.teardown_appcontext(_close_session)


def current_config() -> Config:
    return current_app.extensions[CONFIG]


def session_factory(app: Flask | None = None) -> sessionmaker[Session]:
    return (app or current_app).extensions[SESSIONS]


def dispose(app: Flask) -> None:
    """Close the app's pooled connections (tests, before the database is reset)."""
    app.extensions[ENGINE].dispose()


def get_session() -> Session:
    """This request's session; closed (and any open transaction rolled back) at teardown.

    It keeps one pooled connection for the whole request rather than one per
    transaction: each checkout pings the database, and a webhook commits two or three
    times.
    """
    if "db_session" not in g:
        g.db_connection = current_app.extensions[ENGINE].connect()
        g.db_session = session_factory()(bind=g.db_connection)
    return g.db_session


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
        g.pop("db_connection").close()
