"""Database fixtures: every test that touches the database runs on SQLite by
default, or on PostgreSQL when DATABASE_URL points at one (as .ci/run does).

SQLite: the migrated schema is built once, then each test gets a fresh copy of
the file. PostgreSQL: the schema is migrated once per run, and each test's rows
are truncated afterwards. A migration test takes `unmigrated_db_url` instead: an
empty database of its own (on PostgreSQL, a second database beside the run's).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url, text
from sqlalchemy.orm import Session

from models import Base
from models.db import make_engine, make_session_factory, normalise_url, upgrade

POSTGRES_URL = (
    normalise_url(os.environ["DATABASE_URL"])
    if os.environ.get("DATABASE_URL", "").startswith("postgres")
    else None
)


def pytest_report_header(config) -> str:
    return f"database: {'PostgreSQL ' + POSTGRES_URL if POSTGRES_URL else 'SQLite (a file per test)'}"


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory) -> str | Path:
    if POSTGRES_URL:
        upgrade(POSTGRES_URL)
        return POSTGRES_URL
    path = tmp_path_factory.mktemp("template") / "rollcall.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def db_url(_migrated_template, tmp_path) -> Iterator[str]:
    """A migrated, empty database for this test alone."""
    if POSTGRES_URL:
        yield POSTGRES_URL
        _truncate_all(POSTGRES_URL)
    else:
        path = tmp_path / "rollcall.db"
        shutil.copyfile(_migrated_template, path)
        yield f"sqlite:///{path}"


@pytest.fixture
def unmigrated_db_url(tmp_path) -> Iterator[str]:
    """An empty database, not migrated at all, for a test that migrates step by step."""
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'unmigrated.db'}"
        return
    url = make_url(POSTGRES_URL)
    scratch = f"{url.database}_unmigrated"
    # CREATE and DROP DATABASE cannot run in a transaction; WITH (FORCE) ends sessions a
    # failed test left behind.
    admin = make_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{scratch}"'))
    yield url.set(database=scratch).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{scratch}" WITH (FORCE)'))
    admin.dispose()


def _truncate_all(url: str) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    engine = make_engine(url)
    with engine.begin() as connection:
        # The audit trail's triggers refuse TRUNCATE; replica mode is how a
        # superuser (only the test harness) sets them aside.
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def engine(db_url) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine):
    return make_session_factory(engine)


@pytest.fixture
def db(session_factory) -> Iterator[Session]:
    """A session for the test body; commit as the code under test would."""
    session = session_factory()
    yield session
    session.rollback()
    session.close()
