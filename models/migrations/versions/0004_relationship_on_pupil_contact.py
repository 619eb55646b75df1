"""pupil_contact.relationship: how a contact is related to each pupil they are linked to,
not one value for all their pupils (Mother to one child, Grandmother to a cousin)

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Every link takes its contact's one value: the only thing known before this revision.
COPY_TO_LINKS = """
UPDATE pupil_contact SET relationship = (
    SELECT contact.relationship_to_pupil FROM contact WHERE contact.id = pupil_contact.contact_id
)
"""

# A contact can hold one value again: its first link by priority that has one (ties in
# priority, one per pupil, go to the lowest pupil id so a rerun gives the same answer).
COPY_TO_CONTACTS = """
UPDATE contact SET relationship_to_pupil = (
    SELECT link.relationship FROM pupil_contact AS link
    WHERE link.contact_id = contact.id AND link.relationship IS NOT NULL
    ORDER BY link.priority, link.pupil_id
    LIMIT 1
)
"""

# Columns are dropped in place (SQLite 3.35+ has ALTER TABLE DROP COLUMN), never by
# batch's copy-and-rename rebuild: with foreign keys on, dropping the old `contact`
# deletes its rows first, which cascades to every pupil_contact and conversation_state
# row and fails on any message, outbox or absence_report that names a contact. In place,
# the table keeps its indexes and constraints, and no trigger is dropped with it.
IN_PLACE = "never"


def upgrade() -> None:
    with op.batch_alter_table("pupil_contact") as batch_op:
        batch_op.add_column(sa.Column("relationship", sa.String(length=40), nullable=True))
    op.execute(COPY_TO_LINKS)
    with op.batch_alter_table("contact", recreate=IN_PLACE) as batch_op:
        batch_op.drop_column("relationship_to_pupil")


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch_op:
        batch_op.add_column(sa.Column("relationship_to_pupil", sa.String(length=40), nullable=True))
    op.execute(COPY_TO_CONTACTS)
    with op.batch_alter_table("pupil_contact", recreate=IN_PLACE) as batch_op:
        batch_op.drop_column("relationship")
