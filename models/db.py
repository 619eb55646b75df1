"""Engines, sessions and migrations for SQLite (the default) and PostgreSQL."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DATABASE_URL = "sqlite:///instance/rollcall.db"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def database_url(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return normalise_url(env.get("DATABASE_URL") or DEFAULT_DATABASE_URL)


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whichever spelling the platform gives."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str | None = None, **kwargs) -> Engine:
    url = normalise_url(url or database_url())
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_engine(url: str, path: str | None, **kwargs) -> Engine:
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        # SQLite ignores foreign keys unless asked; WAL lets the web and the sender
        # processes read while one writes, and busy_timeout makes writers queue.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    return engine


def insert_for(dialect: str):
    """The dialect's own INSERT construct, which has `on_conflict_do_nothing` (the generic
    `sqlalchemy.insert` has not); PostgreSQL and SQLite spell it alike."""
    return postgresql_insert if dialect == "postgresql" else sqlite_insert


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit if the block succeeds, roll back if it raises."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(url: str | None = None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", normalise_url(url or database_url()))
    return config


class SchemaOutOfDate(RuntimeError):
    pass


def check_schema(engine: Engine) -> None:
    """Refuse to work on a database the migrations have not brought up to date, with
    a message that says what to run (instead of a raw SQL error later)."""
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    if current != set(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()):
        raise SchemaOutOfDate(
            "The database schema is not up to date: run `rollcall db upgrade` first."
        )


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Bring the database schema up to date (what `rollcall db upgrade` runs)."""
    url = normalise_url(url or database_url())
    if make_url(url).get_backend_name() == "sqlite":
        _sqlite_engine(url, make_url(url).database).dispose()  # creates the folder
    command.upgrade(alembic_config(url), revision)
