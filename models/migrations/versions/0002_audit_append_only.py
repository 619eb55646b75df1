"""code_change is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

POSTGRES_UP = """
CREATE FUNCTION code_change_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'code_change is an append-only audit trail';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER code_change_no_update_or_delete BEFORE UPDATE OR DELETE ON code_change
    FOR EACH ROW EXECUTE FUNCTION code_change_append_only();
CREATE TRIGGER code_change_no_truncate BEFORE TRUNCATE ON code_change
    FOR EACH STATEMENT EXECUTE FUNCTION code_change_append_only();
"""

POSTGRES_DOWN = """
DROP TRIGGER code_change_no_truncate ON code_change;
DROP TRIGGER code_change_no_update_or_delete ON code_change;
DROP FUNCTION code_change_append_only();
"""

SQLITE_UP = (
    """CREATE TRIGGER code_change_no_update BEFORE UPDATE ON code_change
    BEGIN SELECT RAISE(ABORT, 'code_change is an append-only audit trail'); END""",
    """CREATE TRIGGER code_change_no_delete BEFORE DELETE ON code_change
    BEGIN SELECT RAISE(ABORT, 'code_change is an append-only audit trail'); END""",
)

SQLITE_DOWN = (
    "DROP TRIGGER code_change_no_update",
    "DROP TRIGGER code_change_no_delete",
)


def upgrade() -> None:
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
