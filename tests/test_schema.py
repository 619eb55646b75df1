from datetime import date

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from models import Base, CodeChange, SessionMark
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
