"""The `rollcall` command line. Each part of the product adds its own commands."""
from __future__ import annotations

import click

from models.db import database_url, upgrade


@click.group()
def main() -> None:
    """Rollcall: parents text in absences; Rollcall records and replies."""


@main.group()
def db() -> None:
    """The database schema."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the schema to the latest version."""
    url = database_url()
    upgrade(url)
    click.echo(f"Database is up to date ({_redacted(url)}).")


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _register_commands() -> None:
    from rollcall import cli_channels, cli_data

    for module in (cli_data, cli_channels):
        for command in module.COMMANDS:
            main.add_command(command)


_register_commands()
