from datetime import date

import pytest
from alembic.command import downgrade
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from models import Base, CodeChange, Contact, SessionMark
from models.db import alembic_config, make_engine, make_session_factory, upgrade
from models.register import AuditTrailImmutable
from tests.factories import make_pupil, make_school


def test_migrations_build_every_table_the_models_declare(engine):
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_a_pupil_has_one_mark_per_session(db):
    pupil = make_pupil(db, make_school(db), "Amy")
    db.add(SessionMark(pupil=pupil, date=date(2026, 11, 24), session="AM", code="/", source="mis"))
    db.flush()
    db.add(SessionMark(pupil=pupil, date=date(2026, 11, 24), session="AM", code="I", source="parent"))
    with pytest.raises(IntegrityError):
        db.flush()


def _audit_row(db) -> CodeChange:
    pupil = make_pupil(db, make_school(db), "Amy")
    change = CodeChange(
        pupil_id=pupil.id, date=date(2026, 11, 24), session="AM", old_code="N", new_code="I",
        old_status="provisional", new_status="confirmed", reason="parent rang",
        changed_by_name="Jo Bloggs", changed_by_role="attendance_officer",
    )
    db.add(change)
    db.commit()
    return change


def test_the_orm_refuses_to_change_an_audit_entry(db):
    change = _audit_row(db)
    change.new_code = "O"
    with pytest.raises(AuditTrailImmutable):
        db.flush()
    db.rollback()
    db.delete(db.get(CodeChange, change.id))
    with pytest.raises(AuditTrailImmutable):
        db.flush()


@pytest.mark.parametrize(
    "statement",
    ["UPDATE code_change SET new_code = 'O'", "DELETE FROM code_change"],
)
def test_the_database_refuses_to_rewrite_the_audit_trail(db, statement):
    _audit_row(db)
    with pytest.raises(DBAPIError, match="append-only"):
        db.execute(text(statement))
    db.rollback()
    assert db.scalar(text("SELECT new_code FROM code_change")) == "I"


def test_postgresql_refuses_to_truncate_the_audit_trail(db):
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("TRUNCATE exists only on PostgreSQL")
    _audit_row(db)
    with pytest.raises(DBAPIError, match="append-only"):
        db.execute(text("TRUNCATE code_change"))
    db.rollback()
    assert db.scalar(text("SELECT count(*) FROM code_change")) == 1


def test_commands_on_a_database_never_migrated_say_what_to_run(tmp_path):
    from click.testing import CliRunner

    from rollcall.cli import main

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    result = CliRunner().invoke(main, ["export", "codes", "--since", "2026-11-01"],
                                env={"DATABASE_URL": url})
    assert result.exit_code == 1
    assert "rollcall db upgrade" in result.output


def test_a_school_reasons_in_its_own_zone_and_falls_back_to_london():
    from models import School
    from models.school import local_zone

    assert local_zone(School(timezone="Europe/Dublin")).key == "Europe/Dublin"
    assert local_zone(School(timezone="Mars/Olympus")).key == "Europe/London"
    assert local_zone(None).key == "Europe/London"


# --- Migrations, step by step ------------------------------------------------------------

def _triggers(engine) -> set[tuple[str, str]]:
    """Every trigger in the database, with its table (0002 and 0003 installed some)."""
    query = (
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"
        if engine.dialect.name == "sqlite"
        else "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal"
    )
    with engine.connect() as connection:
        return {tuple(row) for row in connection.execute(text(query))}


def _columns(engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def _link_relationships(engine) -> dict[tuple[str, str], str | None]:
    query = text(
        "SELECT contact.name, pupil.legal_first_name, pupil_contact.relationship"
        " FROM pupil_contact JOIN contact ON contact.id = pupil_contact.contact_id"
        " JOIN pupil ON pupil.id = pupil_contact.pupil_id"
    )
    with engine.connect() as connection:
        return {(contact, pupil): relationship
                for contact, pupil, relationship in connection.execute(query)}


def _contact_relationships(engine) -> dict[str, str | None]:
    query = text("SELECT name, relationship_to_pupil FROM contact")
    with engine.connect() as connection:
        return dict(connection.execute(query).all())


def _family_at_0003(url: str) -> None:
    """Jean, a contact of two pupils (Amy's second, Zoe's first) with one relationship on
    the contact, as 0003 kept it; Lucy, Zoe's second, with none. Written in SQL where the
    models are ahead of this schema."""
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        school = make_school(session)
        amy, zoe = make_pupil(session, school, "Amy"), make_pupil(session, school, "Zoe")
        jean = Contact(school=school, name="Jean", phone_e164="+447700900301")
        lucy = Contact(school=school, name="Lucy", phone_e164="+447700900302")
        session.add_all([jean, lucy])
        session.flush()
        session.execute(
            text("UPDATE contact SET relationship_to_pupil = 'Grandmother' WHERE id = :id"),
            {"id": jean.id},
        )
        session.execute(
            text("INSERT INTO pupil_contact"
                 " (pupil_id, contact_id, priority, parental_responsibility)"
                 " VALUES (:pupil, :contact, :priority, :responsibility)"),
            [{"pupil": amy.id, "contact": jean.id, "priority": 2, "responsibility": False},
             {"pupil": zoe.id, "contact": jean.id, "priority": 1, "responsibility": True},
             {"pupil": zoe.id, "contact": lucy.id, "priority": 2, "responsibility": True}],
        )
        session.commit()
    engine.dispose()


def test_0004_moves_the_relationship_onto_each_link_and_back(unmigrated_db_url):
    url = unmigrated_db_url
    upgrade(url, "0003")
    _family_at_0003(url)
    engine = make_engine(url)
    triggers = _triggers(engine)
    assert triggers  # the audit trail's and the calendar's

    upgrade(url, "0004")
    assert "relationship_to_pupil" not in _columns(engine, "contact")
    assert _link_relationships(engine) == {
        ("Jean", "Amy"): "Grandmother", ("Jean", "Zoe"): "Grandmother", ("Lucy", "Zoe"): None}
    assert _triggers(engine) == triggers

    # Back to one value per contact: the first link by priority that has one.
    with engine.begin() as connection:
        connection.execute(text(
            "UPDATE pupil_contact SET relationship = 'Mother' WHERE priority = 2"
            " AND contact_id = (SELECT id FROM contact WHERE name = 'Jean')"))
    downgrade(alembic_config(url), "0003")
    assert "relationship" not in _columns(engine, "pupil_contact")
    assert _contact_relationships(engine) == {"Jean": "Grandmother", "Lucy": None}
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM pupil_contact")) == 3
    assert _triggers(engine) == triggers
    engine.dispose()
