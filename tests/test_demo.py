"""The demo school: its shape, its register history, and rebuilding it."""
from collections import Counter, defaultdict
from datetime import date

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from models import ClosureDay, CodeChange, Contact, Pupil, School, SessionMark, StaffUser, Term
from models.calendar import SchoolCalendar
from models.codes import DFE_CODES
from models.marks import PARENT, set_mark
from models.phone import is_drama_number
from rollcall.cli import main
from rollcall.demo import DEMO_URN, DSL_PHONE, build_demo

TODAY = date(2026, 11, 25)
PUPILS = 60


@pytest.fixture
def demo(db):
    summary = build_demo(db, pupils=PUPILS, today=TODAY)
    db.commit()
    return summary


def demo_school(db) -> School:
    return db.scalar(select(School).where(School.urn == DEMO_URN))


def demo_pupils(db) -> list[Pupil]:
    return db.scalars(select(Pupil).where(Pupil.school_id == demo_school(db).id)).all()


def absence_rates(db) -> dict[int, float]:
    counts: dict[int, Counter] = defaultdict(Counter)
    for pupil_id, code in db.execute(select(SessionMark.pupil_id, SessionMark.code)):
        kind = DFE_CODES[code]
        counts[pupil_id]["possible"] += kind.is_possible_session
        counts[pupil_id]["absent"] += kind.is_absence
    return {p: c["absent"] / c["possible"] for p, c in counts.items()}


def test_every_pupil_has_two_or_three_contacts_in_priority_order(db, demo):
    pupils = demo_pupils(db)
    assert len(pupils) == demo.pupils == PUPILS
    for pupil in pupils:
        assert [link.priority for link in pupil.contact_links] in ([1, 2], [1, 2, 3])


def test_siblings_share_contacts_with_drama_numbers_only(db, demo):
    contacts = db.scalars(select(Contact)).all()
    assert len(contacts) == demo.contacts
    phones = [c.phone_e164 for c in contacts]
    assert len(set(phones)) == len(phones) and all(is_drama_number(p) for p in phones)
    assert DSL_PHONE not in phones
    assert any(len(c.pupils) >= 2 for c in contacts)
    two_children = next(p for p in demo.parents if len(p.children) == 2)
    parent = db.scalar(select(Contact).where(Contact.phone_e164 == two_children.phone))
    assert len(parent.pupils) == 2


def test_pupils_have_forms_names_and_a_few_flags(db, demo):
    pupils = demo_pupils(db)
    assert {p.year_group for p in pupils} == {7, 8, 9, 10, 11}
    assert all(p.form.startswith(str(p.year_group)) for p in pupils)
    assert len({p.mis_id for p in pupils}) == PUPILS and all(len(p.upn) == 13 for p in pupils)
    assert any(p.preferred_name for p in pupils)
    for flag in (lambda p: p.has_social_worker, lambda p: p.looked_after,
                 lambda p: p.send_status == "ehcp", lambda p: p.medical_evidence_required):
        assert 0 < sum(map(flag, pupils)) < PUPILS / 5


def test_the_calendar_is_2026_27_with_its_inset_days(db, demo):
    school = demo_school(db)
    assert len(db.scalars(select(Term).where(Term.school_id == school.id)).all()) == 6
    insets = db.scalars(select(ClosureDay.date).where(ClosureDay.school_id == school.id)).all()
    assert date(2026, 11, 27) in insets and len(insets) == 5
    calendar = SchoolCalendar.for_school(db, school)
    assert calendar.school_days_between(date(2026, 9, 1), date(2027, 7, 31)) == 190


def test_history_covers_each_school_day_from_the_start_of_term_to_yesterday(db, demo):
    calendar = SchoolCalendar.for_school(db, demo_school(db))
    days = set(db.scalars(select(SessionMark.date).distinct()))
    assert days == set(calendar.school_days(date(2026, 9, 1), date(2026, 11, 24)))
    assert demo.history == (date(2026, 9, 3), date(2026, 11, 24))
    statuses = set(db.execute(select(SessionMark.status, SessionMark.source).distinct()))
    assert statuses == {("confirmed", "mis")}
    assert db.scalar(select(func.count()).select_from(CodeChange)) == 0


def test_attendance_is_spread_with_persistent_and_severe_absentees(db, demo):
    rates = absence_rates(db)
    share = lambda test: sum(map(test, rates.values())) / len(rates)  # noqa: E731
    assert share(lambda r: r <= 0.05) > 0.6  # most at 95% or better
    assert 0.05 <= share(lambda r: r >= 0.10) <= 0.15  # persistent absence
    assert any(r >= 0.5 for r in rates.values())  # severe absence
    codes = Counter(db.scalars(select(SessionMark.code)))
    for code in ("I", "M", "L", "O"):
        assert codes[code] > 0


def test_the_demo_is_the_same_every_time_it_is_rebuilt(db, demo):
    def snapshot():
        names = sorted((p.mis_id, p.full_name, p.form) for p in demo_pupils(db))
        codes = Counter(db.scalars(select(SessionMark.code)))
        return names, codes
    before = snapshot()
    build_demo(db, pupils=PUPILS, today=TODAY)
    db.commit()
    assert db.scalar(select(func.count()).select_from(School)) == 1
    assert snapshot() == before


def test_rebuilding_a_used_demo_keeps_its_audit_trail_and_frees_its_numbers(db, demo):
    old = demo_school(db)
    set_mark(db, demo_pupils(db)[0], date(2026, 11, 24), "AM", "I",
             status="provisional", source="parent", actor=PARENT)
    db.commit()
    summary = build_demo(db, pupils=PUPILS, today=TODAY)
    db.commit()
    db.expire_all()
    assert summary.retired == "Larkspur Academy (demo) (retired)"
    assert db.get(School, old.id).urn == f"retired-{old.id}"
    assert demo_school(db).id != old.id
    assert db.scalar(select(func.count()).select_from(CodeChange)) == 1
    old_phones = db.scalars(select(Contact.phone_e164).where(Contact.school_id == old.id))
    assert set(old_phones) == {None}
    assert db.scalar(select(func.count()).select_from(StaffUser)) == 4
    assert all(s.schools == [demo_school(db)] for s in db.scalars(select(StaffUser)))


def test_staff_logins_work_with_the_printed_passwords(db, demo):
    assert sorted(s.role for s in demo.staff) == ["admin", "attendance_officer", "dsl", "head"]
    for login in demo.staff:
        staff = db.scalar(select(StaffUser).where(StaffUser.email == login.email))
        assert staff.check_password(login.password) and staff.role == login.role
    dsl = next(s for s in demo.staff if s.role == "dsl")
    assert dsl.phone == DSL_PHONE


def test_too_many_pupils_for_the_drama_numbers_is_refused(db):
    with pytest.raises(ValueError, match="parents' numbers"):
        build_demo(db, pupils=1_000, today=TODAY)


def test_cli_builds_the_demo_and_says_what_to_do_next(db_url):
    result = CliRunner().invoke(main, ["demo", "--pupils", "30"], env={"DATABASE_URL": db_url})
    assert result.exit_code == 0, result.output
    for expected in ("30 pupils", "attendance@larkspur.example", "07700 900",
                     "ROLLCALL_MODE=demo rollcall serve", "http://127.0.0.1:8000/simulator"):
        assert expected in result.output
