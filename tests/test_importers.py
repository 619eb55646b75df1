"""Roster and register imports from MIS exports: headers, siblings, re-imports, bad rows,
and what an MIS mark does to the mark Rollcall holds."""
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from models import CodeChange, Contact, Pupil, PupilContact, SessionMark
from models.marks import PARENT, Actor, set_mark
from models.mis import ImportRejected, import_register, import_roster
from rollcall.cli import main
from tests.factories import make_pupil, make_school

DATA = Path(__file__).parent / "data"
MONDAY, TUESDAY = date(2026, 11, 23), date(2026, 11, 24)


def pupil(db, mis_id) -> Pupil:
    return db.scalar(select(Pupil).where(Pupil.mis_id == mis_id))


def count(db, model) -> int:
    return db.scalar(select(func.count()).select_from(model))


def contacts_of(db, mis_id) -> list[tuple[int, str, str]]:
    return [(link.priority, link.contact.name, link.contact.phone_e164)
            for link in pupil(db, mis_id).contact_links]


def reasons(rejected: pytest.ExceptionInfo[ImportRejected]) -> dict[int, str]:
    return {p.line: p.reason for p in rejected.value.problems}


def write(tmp_path, name, text) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- Roster --------------------------------------------------------------------------

def test_sims_roster_gives_pupils_their_details_flags_and_contacts(db):
    school = make_school(db)
    result = import_roster(db, school, DATA / "roster_sims.csv")
    assert (result.pupils_added, result.contacts_added) == (3, 5)
    yusuf = pupil(db, "001235")
    assert (yusuf.legal_first_name, yusuf.preferred_name, yusuf.legal_last_name) == ("Yusuf", "Yus", "Khan")
    assert (yusuf.year_group, yusuf.form, yusuf.upn) == (10, "10A", "A820123412002")
    assert (yusuf.date_of_birth, yusuf.on_roll_from) == (date(2011, 11, 2), date(2022, 9, 1))
    assert yusuf.send_status == "sen_support"
    zuzia = pupil(db, "001240")
    assert zuzia.looked_after and zuzia.has_social_worker and zuzia.send_status == "ehcp"
    assert pupil(db, "001234").send_status == "none"


def test_arbor_roster_headers_are_understood(db):
    school = make_school(db)
    import_roster(db, school, DATA / "roster_arbor.csv")
    seun = pupil(db, "A-2001")
    assert (seun.legal_first_name, seun.first_name, seun.year_group, seun.form) == (
        "Oluwaseun", "Seun", 9, "9R")
    assert seun.send_status == "ehcp" and not seun.has_social_worker
    maja = pupil(db, "A-2002")
    assert maja.on_roll_until == date(2026, 12, 18) and maja.medical_evidence_required
    assert maja.has_social_worker and maja.send_status == "none"
    languages = {c.name: c.language for c in db.scalars(select(Contact))}
    assert languages == {"Folake Adeyemi": "en", "Tunde Adeyemi": "yo", "Anna Kowalczyk": "pl"}


def test_siblings_share_one_contact_per_phone_however_it_is_written(db):
    school = make_school(db)
    import_roster(db, school, DATA / "roster_sims.csv")
    # Sadia's mobile is written 07700 900101 for Aisha and 0044 7700 900101 for Yusuf.
    sadia = db.scalar(select(Contact).where(Contact.phone_e164 == "+447700900101"))
    assert [p.mis_id for p in sadia.pupils] == ["001234", "001235"]
    assert contacts_of(db, "001234") == contacts_of(db, "001235") == [
        (1, "Sadia Khan", "+447700900101"), (2, "Imran Khan", "+447700900102")]
    assert sadia.language == "ur" and sadia.email == "sadia.khan@example.com"


def test_contacts_follow_the_priority_column_and_fall_back_to_the_telephone(db):
    school = make_school(db)
    import_roster(db, school, DATA / "roster_sims.csv")
    assert contacts_of(db, "001240") == [
        (1, "Tomasz Nowak", "+447700900112"),
        (2, "Ewa Nowak", "+447700900111"),  # her mobile, not her landline
        (3, "Carol Smith", "+441134960124"),  # no mobile: her telephone
    ]
    foster_links = pupil(db, "001240").contact_links
    assert not any(link.parental_responsibility for link in foster_links[:2])


def test_importing_the_same_roster_again_changes_nothing(db):
    school = make_school(db)
    import_roster(db, school, DATA / "roster_sims.csv")
    before = (count(db, Pupil), count(db, Contact), count(db, PupilContact))
    again = import_roster(db, school, DATA / "roster_sims.csv")
    assert before == (count(db, Pupil), count(db, Contact), count(db, PupilContact)) == (3, 5, 7)
    assert (again.pupils_added, again.pupils_updated, again.contacts_added,
            again.contacts_updated, again.pupils_relinked) == (0, 0, 0, 0, 0)


def test_a_changed_roster_updates_pupils_and_unlinks_contacts_the_mis_dropped(db, tmp_path):
    school = make_school(db)
    import_roster(db, school, DATA / "roster_sims.csv")
    lines = (DATA / "roster_sims.csv").read_text().splitlines()
    # Yusuf moves form; Imran is no longer his contact (still Aisha's).
    changed = [lines[0], *lines[1:3], lines[3].replace(",10A,", ",10C,")]
    result = import_roster(db, school, write(tmp_path, "roster.csv", "\n".join(changed)))
    assert (result.pupils_added, result.pupils_updated, result.pupils_relinked) == (0, 1, 1)
    assert pupil(db, "001235").form == "10C"
    assert contacts_of(db, "001235") == [(1, "Sadia Khan", "+447700900101")]
    assert len(contacts_of(db, "001234")) == 2
    assert len(contacts_of(db, "001240")) == 3  # not in the file: left alone


def relationships_of(db, mis_id) -> dict[str, str | None]:
    return {link.contact.name: link.relationship for link in pupil(db, mis_id).contact_links}


FAMILY_HEADER = "Adno,Legal Forename,Legal Surname,Contact Name,Relationship,Mobile\n"


def test_one_contact_keeps_a_different_relationship_to_each_pupil(db, tmp_path):
    school = make_school(db)
    # Jean is Amy's mother and Zoe's grandmother (Zoe is Amy's niece): one phone, one contact.
    path = write(tmp_path, "r.csv", FAMILY_HEADER + (
        "1,Amy,Brown,Jean Brown,Mother,07700 900301\n"
        "2,Zoe,Grey,Jean Brown,Grandmother,07700 900301\n"
        "2,Zoe,Grey,Lucy Grey,Mother,07700 900302\n"
    ))
    import_roster(db, school, path)
    assert count(db, Contact) == 2
    assert relationships_of(db, "1") == {"Jean Brown": "Mother"}
    assert relationships_of(db, "2") == {"Jean Brown": "Grandmother", "Lucy Grey": "Mother"}
    again = import_roster(db, school, path)
    assert (again.contacts_updated, again.pupils_relinked) == (0, 0)
    assert relationships_of(db, "1") == {"Jean Brown": "Mother"}
    assert relationships_of(db, "2") == {"Jean Brown": "Grandmother", "Lucy Grey": "Mother"}


def test_a_changed_relationship_alone_updates_the_link(db, tmp_path):
    school = make_school(db)
    import_roster(db, school, DATA / "roster_sims.csv")
    lines = (DATA / "roster_sims.csv").read_text().splitlines()
    # Carol Smith, Zuzia's third contact, was her grandmother and is now a foster carer.
    assert lines[7].count(",Grandmother,") == 1
    lines[7] = lines[7].replace(",Grandmother,", ",Foster Carer,")
    result = import_roster(db, school, write(tmp_path, "roster.csv", "\n".join(lines)))
    assert (result.pupils_updated, result.contacts_updated, result.pupils_relinked) == (0, 0, 1)
    assert relationships_of(db, "001240") == {
        "Tomasz Nowak": "Foster Carer", "Ewa Nowak": "Foster Carer", "Carol Smith": "Foster Carer"}
    assert contacts_of(db, "001240")[2] == (3, "Carol Smith", "+441134960124")
    assert relationships_of(db, "001234") == {"Sadia Khan": "Mother", "Imran Khan": "Father"}


def test_a_roster_without_a_relationship_column_leaves_the_links_relationships(db, tmp_path):
    school = make_school(db)
    import_roster(db, school, write(tmp_path, "with.csv", FAMILY_HEADER + (
        "1,Amy,Brown,Jean Brown,Mother,07700 900301\n"
        "1,Amy,Brown,Rob Brown,Father,07700 900302\n"
    )))
    # The MIS swaps the two contacts' priorities in an export with no Relationship column.
    result = import_roster(db, school, write(tmp_path, "without.csv", (
        "Adno,Legal Forename,Legal Surname,Contact Name,Mobile\n"
        "1,Amy,Brown,Rob Brown,07700 900302\n"
        "1,Amy,Brown,Jean Brown,07700 900301\n"
        "2,Ben,Brown,Rob Brown,07700 900302\n"
    )))
    assert result.pupils_relinked == 2
    assert [c[1] for c in contacts_of(db, "1")] == ["Rob Brown", "Jean Brown"]
    assert relationships_of(db, "1") == {"Rob Brown": "Father", "Jean Brown": "Mother"}
    assert relationships_of(db, "2") == {"Rob Brown": None}  # a new link: nothing to keep


def test_headers_match_whatever_their_case_and_spacing(db, tmp_path):
    school = make_school(db)
    path = write(tmp_path, "r.csv", "ADNO,legal_forename, LEGAL  SURNAME ,contact-name,MOBILE\n"
                                    "7,Amy,Jones,Kate Jones,07700 900301\n")
    import_roster(db, school, path)
    assert contacts_of(db, "7") == [(1, "Kate Jones", "+447700900301")]


def test_bad_roster_rows_are_each_reported_and_nothing_is_written(db):
    school = make_school(db)
    with pytest.raises(ImportRejected) as rejected:
        import_roster(db, school, DATA / "roster_bad.csv")
    assert set(reasons(rejected)) == {3, 4, 5, 6}
    assert "date of birth" in reasons(rejected)[3] and "'31/02/2015'" in reasons(rejected)[3]
    assert "not a phone number" in reasons(rejected)[4]
    assert reasons(rejected)[5] == "missing legal first name"
    assert "no phone number" in reasons(rejected)[6]
    assert count(db, Pupil) == 0 and count(db, Contact) == 0  # line 2 was good, and waits too


def test_values_too_long_to_store_are_bad_rows_naming_the_limit(db, tmp_path):
    # PostgreSQL refuses an over-long value outright and SQLite would keep it whole:
    # either way the office must hear which cell, not see a crash or a silent difference.
    path = write(tmp_path, "r.csv", "Adno,Legal Forename,Legal Surname,Reg Group,Contact Name,"
                                    "Relationship,Mobile\n"
                                    f"1,Amy,Brown,7B,Jean Brown,{'Great ' * 7}Aunt,07700 900301\n"
                                    f"2,{'A' * 101},Brown,7B,Jean Brown,Mother,07700 900301\n"
                                    f"3,Cal,Brown,{'7' * 21},Jean Brown,Mother,07700 900301\n"
                                    f"{'4' * 41},Dan,Brown,7B,{'J' * 201},Mother,07700 900301\n"
                                    "5,Eve,Brown,7B,Jean Brown,Mother,07700 900301\n")
    with pytest.raises(ImportRejected) as rejected:
        import_roster(db, make_school(db), path)
    assert [(p.line, p.reason) for p in rejected.value.problems] == [
        (2, "relationship: longer than 40 characters"),
        (3, "legal first name: longer than 100 characters"),
        (4, "form: longer than 20 characters"),
        (5, "MIS id: longer than 40 characters"),
        (5, "contact name: longer than 200 characters"),
    ]
    assert count(db, Pupil) == 0


def test_unknown_columns_are_refused_naming_the_headers_expected(db):
    with pytest.raises(ImportRejected) as rejected:
        import_roster(db, make_school(db), DATA / "wrong_columns.csv")
    message = reasons(rejected)[1]
    for expected in ("Adno", "MIS ID", "Legal Forename", "Contact Name", "Mobile", "'Phone Number'"):
        assert expected in message


def test_two_columns_for_one_field_are_refused(db, tmp_path):
    path = write(tmp_path, "r.csv", "Adno,Forename,Legal Forename,Surname,Contact Name,Mobile\n")
    with pytest.raises(ImportRejected) as rejected:
        import_roster(db, make_school(db), path)
    assert "'Forename' and 'Legal Forename'" in reasons(rejected)[1]


def test_garbled_rows_and_conflicting_pupil_details_are_bad_rows(db, tmp_path):
    path = write(tmp_path, "r.csv", (
        "Adno,Legal Forename,Legal Surname,Year,Contact Name,Mobile\n"
        "1,Amy,Jones,7,Kate Jones,07700 900301\n"
        "1,Amy,Jones,8,Rob Jones,07700 900302\n"
        "2,Ben,Smith,7,Jo Smith,07700 900303,extra\n"
    ))
    with pytest.raises(ImportRejected) as rejected:
        import_roster(db, make_school(db), path)
    assert "also on line 2 with a different year group" in reasons(rejected)[3]
    assert "has 7 cells but the header has 6" in reasons(rejected)[4]


def test_a_windows_1252_export_is_read(db, tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("Adno,Legal Forename,Legal Surname,Contact Name,Mobile\n"
                     "1,Zoë,O’Neill,Siân O’Neill,07700 900301\n".encode("cp1252"))
    import_roster(db, make_school(db), path)
    assert pupil(db, "1").full_name == "Zoë O’Neill"


# --- Register ------------------------------------------------------------------------

@pytest.fixture
def school_with_roster(db):
    school = make_school(db)
    import_roster(db, school, DATA / "roster_sims.csv")
    return school


def marks(db, mis_id) -> dict[tuple[date, str], tuple[str, str, str]]:
    rows = db.scalars(select(SessionMark).where(SessionMark.pupil_id == pupil(db, mis_id).id))
    return {(m.date, m.session): (m.code, m.status, m.source) for m in rows}


def test_new_marks_from_the_mis_are_confirmed_with_no_audit_entry(db, school_with_roster):
    result = import_register(db, school_with_roster, DATA / "register.csv")
    assert (result.added, result.not_marked_yet) == (7, 1)
    assert marks(db, "001234")[(TUESDAY, "AM")] == ("L", "confirmed", "mis")
    assert marks(db, "001235") == {
        (MONDAY, "AM"): ("I", "confirmed", "mis"), (MONDAY, "PM"): ("I", "confirmed", "mis"),
        (TUESDAY, "AM"): ("N", "confirmed", "mis"),  # PM was "-": not marked yet
    }
    assert count(db, CodeChange) == 0


def test_json_register_reads_like_csv(db, school_with_roster):
    import_register(db, school_with_roster, DATA / "register.csv")
    result = import_register(db, school_with_roster, DATA / "register.json")
    assert (result.added, result.unchanged) == (1, 2)
    assert marks(db, "001240") == {(MONDAY, "AM"): ("M", "confirmed", "mis")}


def test_importing_the_same_register_again_changes_nothing(db, school_with_roster):
    import_register(db, school_with_roster, DATA / "register.csv")
    again = import_register(db, school_with_roster, DATA / "register.csv")
    assert (again.added, again.changed, again.unchanged) == (0, 0, 7)
    assert count(db, SessionMark) == 7 and count(db, CodeChange) == 0


def test_bad_register_rows_are_each_reported_and_nothing_is_written(db, school_with_roster):
    with pytest.raises(ImportRejected) as rejected:
        import_register(db, school_with_roster, DATA / "register_bad.csv")
    found = reasons(rejected)
    assert set(found) == {3, 4, 5, 6, 7, 8}
    assert "'Q9' is not a DfE attendance code" in found[3]
    assert "withdrawn" in found[4] and "use G" in found[4]
    assert "'31/11/2026' is not a date" in found[5]
    assert "unknown MIS id '009999'" in found[6]
    assert "'XX' is not a session" in found[7]
    assert found[8] == "code: missing"
    assert count(db, SessionMark) == 0  # line 2 was good, and waits too


@pytest.mark.parametrize("code, replacement", [("H", "G (holiday"), ("J", "J1"), ("Y", "Y1 to Y7")])
def test_withdrawn_codes_are_refused_naming_what_replaced_them(
        db, school_with_roster, tmp_path, code, replacement):
    path = write(tmp_path, "r.csv", f"Date,Session,Adno,Mark\n2026-11-23,AM,001234,{code}\n")
    with pytest.raises(ImportRejected) as rejected:
        import_register(db, school_with_roster, path)
    assert f"code {code} was withdrawn" in reasons(rejected)[2]
    assert replacement in reasons(rejected)[2]


def test_two_different_marks_for_one_session_are_refused(db, school_with_roster, tmp_path):
    path = write(tmp_path, "r.json", (
        '[{"Date": "2026-11-23", "Session": "AM", "Adno": "001234", "Code": "/"},'
        ' {"Date": "23/11/2026", "Session": "am", "Adno": "001234", "Code": "I"}]'))
    with pytest.raises(ImportRejected) as rejected:
        import_register(db, school_with_roster, path)
    assert [str(p) for p in rejected.value.problems] == [
        "record 2: a second mark for 001234 on 2026-11-23 AM (I; / on record 1)"]


def one_mark(tmp_path, code, mis_id="001235", day=MONDAY, session="AM") -> Path:
    return write(tmp_path, f"{code}.csv", f"Date,Session,Adno,Mark\n{day},{session},{mis_id},{code}\n")


def audit(db) -> list[tuple[str, str, str, str]]:
    return [(c.old_code, c.new_code, c.new_status, c.changed_by_role)
            for c in db.scalars(select(CodeChange).order_by(CodeChange.id))]


def test_an_mis_n_never_overwrites_a_parents_provisional_reason(db, school_with_roster, tmp_path):
    yusuf = pupil(db, "001235")
    set_mark(db, yusuf, MONDAY, "AM", "I", status="provisional", source="parent", actor=PARENT)
    result = import_register(db, school_with_roster, one_mark(tmp_path, "N"))
    assert result.kept_rollcall_reason == 1
    assert marks(db, "001235")[(MONDAY, "AM")] == ("I", "provisional", "parent")
    assert len(audit(db)) == 1  # only the parent's


def test_an_mis_n_never_overwrites_a_reason_an_officer_confirmed(db, school_with_roster, tmp_path):
    yusuf = pupil(db, "001235")
    set_mark(db, yusuf, MONDAY, "AM", "M", status="confirmed", source="officer",
             actor=Actor("Jo Bloggs", "attendance_officer"))
    import_register(db, school_with_roster, one_mark(tmp_path, "N"))
    assert marks(db, "001235")[(MONDAY, "AM")] == ("M", "confirmed", "officer")


def test_an_mis_n_replaces_a_parents_mark_that_was_withdrawn(db, school_with_roster, tmp_path):
    yusuf = pupil(db, "001235")
    set_mark(db, yusuf, MONDAY, "AM", "I", status="withdrawn", source="parent", actor=PARENT)
    import_register(db, school_with_roster, one_mark(tmp_path, "N"))
    assert marks(db, "001235")[(MONDAY, "AM")] == ("N", "confirmed", "mis")


def test_any_other_mis_code_wins_over_a_parents_reason_and_is_audited(db, school_with_roster, tmp_path):
    yusuf = pupil(db, "001235")
    set_mark(db, yusuf, MONDAY, "AM", "I", status="provisional", source="parent", actor=PARENT)
    result = import_register(db, school_with_roster, one_mark(tmp_path, "/"))
    assert result.changed == 1
    assert marks(db, "001235")[(MONDAY, "AM")] == ("/", "confirmed", "mis")
    assert audit(db)[-1] == ("I", "/", "confirmed", "mis")


def test_the_mis_agreeing_with_a_parent_confirms_the_reason(db, school_with_roster, tmp_path):
    yusuf = pupil(db, "001235")
    set_mark(db, yusuf, MONDAY, "AM", "I", status="provisional", source="parent", actor=PARENT)
    import_register(db, school_with_roster, one_mark(tmp_path, "I"))
    assert marks(db, "001235")[(MONDAY, "AM")] == ("I", "confirmed", "mis")
    assert audit(db)[-1] == ("I", "I", "confirmed", "mis")


def test_the_mis_changing_its_own_mark_is_audited_even_to_n(db, school_with_roster, tmp_path):
    import_register(db, school_with_roster, one_mark(tmp_path, "I"))
    assert audit(db) == []
    result = import_register(db, school_with_roster, one_mark(tmp_path, "N"))
    assert result.changed == 1
    assert marks(db, "001235")[(MONDAY, "AM")] == ("N", "confirmed", "mis")
    change = db.scalar(select(CodeChange))
    assert (change.old_code, change.new_code, change.changed_by_name, change.reason) == (
        "I", "N", "MIS import", "MIS register import")


def test_marks_are_only_matched_within_the_school(db, school_with_roster, tmp_path):
    other = make_school(db)
    make_pupil(db, other, "Amy", mis_id="001234")
    with pytest.raises(ImportRejected) as rejected:
        import_register(db, other, one_mark(tmp_path, "/", mis_id="001235"))
    assert "unknown MIS id '001235'" in reasons(rejected)[2]


def test_progress_is_reported_up_to_the_last_mark(db, school_with_roster):
    calls = []
    import_register(db, school_with_roster, DATA / "register.csv",
                    on_progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1] == (7, 7)


# --- Command line --------------------------------------------------------------------

@pytest.fixture
def cli(db_url):
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), env={"DATABASE_URL": db_url})


def test_cli_imports_a_roster_then_a_register(db, cli):
    make_school(db, urn="123456")
    db.commit()
    roster = cli("import", "roster", str(DATA / "roster_sims.csv"), "--school", "123456")
    assert roster.exit_code == 0, roster.output
    assert "3 pupils added" in roster.output
    register = cli("import", "register", str(DATA / "register.csv"))
    assert register.exit_code == 0, register.output
    assert "7 marks added" in register.output
    assert count(db, SessionMark) == 7


def test_cli_lists_each_rejected_row_by_line_and_exits_non_zero(db, cli):
    make_school(db)
    db.commit()
    cli("import", "roster", str(DATA / "roster_sims.csv"))
    result = cli("import", "register", str(DATA / "register_bad.csv"))
    assert result.exit_code == 1
    for line in range(3, 9):
        assert f"line {line}: " in result.output
    assert "Nothing was imported: 6 problems" in result.output
    assert count(db, SessionMark) == 0


def test_cli_refuses_unknown_columns_naming_the_expected_headers(db, cli):
    make_school(db)
    db.commit()
    result = cli("import", "roster", str(DATA / "wrong_columns.csv"))
    assert result.exit_code == 1
    assert "line 1: these columns are not a roster file" in result.output
    assert "Legal Forename" in result.output


def test_cli_asks_which_school_when_there_are_several(db, cli):
    make_school(db, urn="111111")
    make_school(db, urn="222222")
    db.commit()
    result = cli("import", "roster", str(DATA / "roster_sims.csv"))
    assert result.exit_code == 1 and "pass --school" in result.output and "222222" in result.output
    assert cli("import", "roster", str(DATA / "roster_sims.csv"), "--school", "333333").exit_code == 1
    assert count(db, Pupil) == 0
