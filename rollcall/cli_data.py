"""Commands for school data: `import roster`, `import register`, `export codes`, `demo`."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import (
    SchemaOutOfDate, check_schema, database_url, make_engine, make_session_factory, session_scope,
    upgrade,
)
from models.exporters import export_codes
from models.mis import ImportRejected, import_register, import_roster
from models.school import School

# Files above this size get a progress bar (about 30,000 register rows).
PROGRESS_BAR_BYTES = 1_000_000
FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
SCHOOL_OPTION = click.option(
    "--school", "urn", metavar="URN", help="The school's URN (needed when the database has several)."
)


@contextmanager
def _database() -> Iterator[Session]:
    engine = make_engine(database_url())
    try:
        _require_current_schema(engine)
        with session_scope(make_session_factory(engine)) as session:
            yield session
    finally:
        engine.dispose()


def _require_current_schema(engine) -> None:
    try:
        check_schema(engine)
    except SchemaOutOfDate as exc:
        raise click.ClickException(str(exc)) from exc


def _school(session: Session, urn: str | None) -> School:
    schools = session.scalars(select(School).order_by(School.urn)).all()
    if urn is not None:
        for school in schools:
            if school.urn == urn:
                return school
        raise click.ClickException(f"No school with URN {urn}. Schools: {_urns(schools)}.")
    if len(schools) == 1:
        return schools[0]
    if not schools:
        raise click.ClickException("The database has no school yet (try `rollcall demo`).")
    raise click.ClickException(f"The database has several schools: pass --school, one of {_urns(schools)}.")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _urns(schools: list[School]) -> str:
    return ", ".join(f"{s.urn} ({s.name})" for s in schools) or "none"


def _run_import(importer: Callable[[Session], object]) -> None:
    """Run one import in one transaction; list every bad row and exit 1 if it was refused."""
    try:
        with _database() as session:
            result = importer(session)
    except ImportRejected as rejected:
        for problem in rejected.problems:
            click.echo(str(problem), err=True)
        click.echo(
            f"Nothing was imported: {_count(len(rejected.problems), 'problem')}. "
            "Fix them and import the whole file again.", err=True,
        )
        raise SystemExit(1) from None
    click.echo(f"Imported {result}.")


@click.group("import")
def import_group() -> None:
    """Bring school data in from the MIS (SIMS, Arbor, Bromcom exports)."""


@import_group.command("roster")
@click.argument("file", type=FILE)
@SCHOOL_OPTION
def import_roster_command(file: Path, urn: str | None) -> None:
    """Import pupils and their contacts from a roster CSV (one row per pupil and contact)."""
    _run_import(lambda session: import_roster(session, _school(session, urn), file))


@import_group.command("register")
@click.argument("file", type=FILE)
@SCHOOL_OPTION
def import_register_command(file: Path, urn: str | None) -> None:
    """Import register marks (date, session, MIS id, code) from a CSV or JSON file."""
    def importer(session: Session) -> object:
        with _progress_bar(enabled=file.stat().st_size > PROGRESS_BAR_BYTES) as on_progress:
            return import_register(session, _school(session, urn), file, on_progress=on_progress)

    _run_import(importer)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    if not enabled:
        yield None
        return
    columns = (TextColumn("Importing marks"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("marks", total=None)
        yield lambda done, total: progress.update(task, completed=done, total=total)


@click.group("export")
def export_group() -> None:
    """Send data back to the MIS."""


@export_group.command("codes")
@click.option("--since", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Codes confirmed or changed on or after this day (yyyy-mm-dd).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="The CSV file to write (default: standard output).")
@SCHOOL_OPTION
def export_codes_command(since: datetime, output, urn: str | None) -> None:
    """Export confirmed codes changed since a day, as CSV for the MIS to import."""
    with _database() as session:
        count = export_codes(session, _school(session, urn), since.date(), output)
    click.echo(f"Exported {_count(count, 'code')} changed since {since:%Y-%m-%d}.", err=True)


@click.command("demo")
@click.option("--pupils", default=600, show_default=True, type=click.IntRange(1, 600),
              help="How many pupils the demo school has.")
def demo_command(pupils: int) -> None:
    """Build (or rebuild) the demo school, with a term of register history."""
    from rollcall.demo import build_demo, describe

    started = time.perf_counter()
    upgrade(database_url())
    with _database() as session:
        summary = build_demo(session, pupils=pupils)
    click.echo(describe(summary, time.perf_counter() - started))


COMMANDS: list = [import_group, export_group, demo_command]
