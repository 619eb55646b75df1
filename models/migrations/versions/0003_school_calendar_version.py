"""school.calendar_version: bumped by the database on every change to a school's terms
or closure days, so a process may keep a school's calendar for as long as it holds

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CALENDAR_TABLES = ("term", "closure_day")

POSTGRES_UP = """
CREATE FUNCTION school_calendar_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE school SET calendar_version = calendar_version + 1 WHERE id = OLD.school_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE school SET calendar_version = calendar_version + 1 WHERE id = NEW.school_id;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
""" + "".join(f"""
CREATE TRIGGER {table}_bumps_calendar_version AFTER INSERT OR UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION school_calendar_changed();
""" for table in CALENDAR_TABLES)

POSTGRES_DOWN = "".join(
    f"DROP TRIGGER {table}_bumps_calendar_version ON {table};\n" for table in CALENDAR_TABLES
) + "DROP FUNCTION school_calendar_changed();\n"

SQLITE_ROW = {"insert": ("NEW",), "update": ("OLD", "NEW"), "delete": ("OLD",)}

SQLITE_UP = tuple(
    f"""CREATE TRIGGER {table}_{event}_bumps_calendar_version AFTER {event.upper()} ON {table}
    BEGIN {" ".join(
        f"UPDATE school SET calendar_version = calendar_version + 1 WHERE id = {row}.school_id;"
        for row in rows)} END"""
    for table in CALENDAR_TABLES for event, rows in SQLITE_ROW.items()
)

SQLITE_DOWN = tuple(
    f"DROP TRIGGER {table}_{event}_bumps_calendar_version"
    for table in CALENDAR_TABLES for event in SQLITE_ROW
)


def upgrade() -> None:
    with op.batch_alter_table("school") as batch_op:
        batch_op.add_column(
            sa.Column("calendar_version", sa.Integer(), nullable=False, server_default="0")
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_UP)
    else:
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_DOWN)
    else:
        for statement in SQLITE_DOWN:
            op.execute(statement)
    with op.batch_alter_table("school") as batch_op:
        batch_op.drop_column("calendar_version")
