"""Importing a roster: pupils and their contacts, one row per pupil-contact pair.

- Pupils are matched by MIS id within the school, contacts by phone number (E.164):
  the same phone in one school is one Contact however many children it is given for,
  so siblings share their contacts. Re-importing updates what changed and adds no
  duplicates.
- A row's phone is its Mobile, or its Telephone when there is no mobile.
- A column that is present sets its field, a blank cell clearing an optional one; a
  column that is absent leaves the field as it was. SEN comes from "SEN Status"; an
  "EHCP" yes/no column makes it "ehcp" (and, with no SEN Status column, "none" for no).
- Each pupil in the file gets exactly the contacts the file gives it, in priority
  order (renumbered 1, 2, 3...; rows without a priority come after, in file order). A
  contact the MIS no longer links to the pupil is unlinked, so it hears nothing more
  about that child. Pupils not in the file are left alone (a file may hold one year).
- When two rows give the same phone, the first row's name, email and language are kept;
  given twice for one pupil, it keeps its higher priority. Relationship and parental
  responsibility belong to the pupil-contact link, so each pupil's row sets its own:
  one contact may be Mother to one child and Grandmother to another.
- All or nothing: the whole file is checked first; if any row is bad, ImportRejected
  lists every bad row with its line number and nothing is written.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.mis.cells import (
    CellError, parse_date, parse_email, parse_language, parse_priority, parse_send_status,
    parse_upn, parse_year_group, parse_yes_no,
)
from models.mis.columns import FileKind, describe
from models.mis.problems import ImportRejected, RowProblem
from models.mis.reading import Row, Source, Table, read_table
from models.people import Contact, Pupil, PupilContact
from models.phone import InvalidPhoneNumber, normalise_phone
from models.school import School

ROSTER = FileKind(
    "roster",
    fields=(
        "mis_id", "upn", "legal_first_name", "preferred_name", "legal_last_name", "year_group",
        "form", "date_of_birth", "on_roll_from", "on_roll_until", "has_social_worker",
        "looked_after", "send_status", "ehcp", "medical_evidence_required", "contact_name",
        "relationship", "priority", "mobile", "telephone", "email", "language",
        "parental_responsibility",
    ),
    required=(
        ("mis_id",), ("legal_first_name",), ("legal_last_name",), ("contact_name",),
        ("mobile", "telephone"),
    ),
)
REQUIRED_CELLS = ("mis_id", "legal_first_name", "legal_last_name", "contact_name")


def _text_or_none(text: str) -> str | None:
    return text or None


def _optional(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda text: parse(text) if text else None


PUPIL_FIELDS: dict[str, Callable[[str], Any]] = {
    "legal_first_name": str,
    "legal_last_name": str,
    "upn": parse_upn,
    "preferred_name": _text_or_none,
    "year_group": _optional(parse_year_group),
    "form": _text_or_none,
    "date_of_birth": _optional(parse_date),
    "on_roll_from": _optional(parse_date),
    "on_roll_until": _optional(parse_date),
    "has_social_worker": parse_yes_no,
    "looked_after": parse_yes_no,
    "send_status": parse_send_status,
    "medical_evidence_required": parse_yes_no,
}
# Roster field -> Contact attribute ("relationship" is the link's: see RosterRow)
CONTACT_FIELDS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "contact_name": ("name", str),
    "email": ("email", parse_email),
    "language": ("language", parse_language),
}


@dataclass(frozen=True)
class RosterRow:
    """A checked row: the pupil's attributes, one contact of theirs, and what the link
    between them says (priority, parental responsibility, relationship)."""

    line: int
    mis_id: str
    pupil: dict[str, Any]
    phone: str
    contact: dict[str, Any]
    priority: int | None
    parental_responsibility: bool
    relationship: str | None


class LinkValues(NamedTuple):
    """What one pupil-contact link says; a pupil is relinked when any of it changes."""

    contact_id: int
    priority: int
    parental_responsibility: bool
    relationship: str | None


@dataclass
class RosterResult:
    rows: int = 0
    pupils_added: int = 0
    pupils_updated: int = 0
    contacts_added: int = 0
    contacts_updated: int = 0
    pupils_relinked: int = 0

    def __str__(self) -> str:
        return (
            f"{self.rows} rows: {self.pupils_added} pupils added, {self.pupils_updated} updated; "
            f"{self.contacts_added} contacts added, {self.contacts_updated} updated; "
            f"{self.pupils_relinked} pupils' contact lists changed"
        )


def import_roster(session: Session, school: School, source: Source) -> RosterResult:
    """Import a roster file (path or text stream) into `school`, all or nothing.

    Raises ImportRejected, having written nothing, when any row is bad. The caller commits.
    """
    table = read_table(source, ROSTER)
    rows, problems = check_roster(table)
    if problems:
        raise ImportRejected(problems)
    return _write(session, school, rows, relationships_given="relationship" in table.fields)


def check_roster(table: Table) -> tuple[list[RosterRow], list[RowProblem]]:
    rows: list[RosterRow] = []
    problems = list(table.problems)
    first_seen: dict[str, RosterRow] = {}
    for raw in table.rows:
        row_problems: list[RowProblem] = []
        row = _check_row(raw, table.fields, row_problems)
        if row is not None:
            _check_same_pupil(row, first_seen.setdefault(row.mis_id, row), row_problems)
            rows.append(row)
        problems += row_problems
    return rows, problems


def _check_row(raw: Row, fields: frozenset[str], problems: list[RowProblem]) -> RosterRow | None:
    cells = raw.cells
    for name in REQUIRED_CELLS:
        if not cells.get(name):
            problems.append(raw.problem(f"missing {describe(name)}"))
    pupil = _parse_fields(raw, {f: p for f, p in PUPIL_FIELDS.items() if f in fields}, problems)
    _apply_ehcp_column(raw, fields, pupil, problems)
    contact = _parse_fields(
        raw, {f: p for f, (_, p) in CONTACT_FIELDS.items() if f in fields}, problems
    )
    phone = _phone(raw, problems)
    priority = _parse_fields(raw, {"priority": parse_priority}, problems).get("priority")
    responsibility = _parse_fields(
        raw, {"parental_responsibility": _optional(parse_yes_no)}, problems
    ).get("parental_responsibility")
    relationship = _text_or_none(cells.get("relationship", ""))
    _check_lengths(raw, problems, [
        ("mis_id", Pupil, "mis_id", cells.get("mis_id")),
        *((name, Pupil, name, value) for name, value in pupil.items()),
        *((name, Contact, CONTACT_FIELDS[name][0], value) for name, value in contact.items()),
        ("relationship", PupilContact, "relationship", relationship),
    ])
    if problems:
        return None
    return RosterRow(
        line=raw.line,
        mis_id=cells["mis_id"],
        pupil=pupil,
        phone=phone,
        contact={CONTACT_FIELDS[f][0]: v for f, v in contact.items()},
        priority=priority,
        parental_responsibility=True if responsibility is None else responsibility,
        relationship=relationship,
    )


def _check_lengths(
    raw: Row, problems: list[RowProblem], stored: Iterable[tuple[str, type, str, Any]]
) -> None:
    """(field, model, attribute, value): a text longer than its column is a bad row, as
    PostgreSQL would refuse it halfway through the import and SQLite keep it whole."""
    for field, model, attribute, value in stored:
        limit = getattr(model.__table__.c[attribute].type, "length", None)  # text columns only
        if isinstance(value, str) and limit is not None and len(value) > limit:
            problems.append(raw.problem(f"{describe(field)}: longer than {limit} characters"))


def _parse_fields(
    raw: Row, parsers: dict[str, Callable[[str], Any]], problems: list[RowProblem]
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, parse in parsers.items():
        if name not in raw.cells:
            continue
        try:
            values[name] = parse(raw.cells[name])
        except CellError as exc:
            problems.append(raw.problem(f"{describe(name)}: {exc}"))
    return values


def _apply_ehcp_column(
    raw: Row, fields: frozenset[str], pupil: dict[str, Any], problems: list[RowProblem]
) -> None:
    if "ehcp" not in fields:
        return
    try:
        has_plan = parse_yes_no(raw.cells["ehcp"])
    except CellError as exc:
        problems.append(raw.problem(f"{describe('ehcp')}: {exc}"))
        return
    if has_plan:
        pupil["send_status"] = "ehcp"
    elif "send_status" not in fields:
        pupil["send_status"] = "none"


def _phone(raw: Row, problems: list[RowProblem]) -> str:
    for name in ("mobile", "telephone"):
        text = raw.cells.get(name, "")
        if text:
            try:
                return normalise_phone(text)
            except InvalidPhoneNumber:
                problems.append(raw.problem(f"{describe(name)}: {text!r} is not a phone number"))
                return ""
    problems.append(raw.problem("no phone number (a Mobile or Telephone)"))
    return ""


def _check_same_pupil(row: RosterRow, first: RosterRow, problems: list[RowProblem]) -> None:
    differing = [describe(f) for f, v in row.pupil.items() if first.pupil.get(f) != v]
    if differing:
        problems.append(RowProblem(row.line, (
            f"pupil {row.mis_id} is also on line {first.line} with a different "
            + ", ".join(differing)
        )))


def _write(
    session: Session, school: School, rows: list[RosterRow], *, relationships_given: bool
) -> RosterResult:
    result = RosterResult(rows=len(rows))
    pupils = _upsert_pupils(session, school, rows, result)
    contacts = _upsert_contacts(session, school, rows, result)
    session.flush()
    _relink(session, pupils, contacts, rows, result, relationships_given=relationships_given)
    return result


def _upsert_pupils(
    session: Session, school: School, rows: list[RosterRow], result: RosterResult
) -> dict[str, Pupil]:
    existing = {
        p.mis_id: p
        for p in session.scalars(
            select(Pupil).where(Pupil.school_id == school.id)
            .options(selectinload(Pupil.contact_links))
        )
    }
    for row in rows:
        pupil = existing.get(row.mis_id)
        if pupil is None:
            pupil = existing[row.mis_id] = Pupil(school_id=school.id, mis_id=row.mis_id, **row.pupil)
            session.add(pupil)
            result.pupils_added += 1
        elif _assign(pupil, row.pupil):
            result.pupils_updated += 1
    return existing


def _upsert_contacts(
    session: Session, school: School, rows: list[RosterRow], result: RosterResult
) -> dict[str, Contact]:
    existing = {
        c.phone_e164: c
        for c in session.scalars(
            select(Contact).where(Contact.school_id == school.id, Contact.phone_e164.is_not(None))
        )
    }
    seen: set[str] = set()
    for row in rows:
        if row.phone in seen:
            continue
        seen.add(row.phone)
        contact = existing.get(row.phone)
        if contact is None:
            contact = existing[row.phone] = Contact(
                school_id=school.id, phone_e164=row.phone, **row.contact
            )
            session.add(contact)
            result.contacts_added += 1
        elif _assign(contact, row.contact):
            result.contacts_updated += 1
    return existing


def _relink(
    session: Session,
    pupils: dict[str, Pupil],
    contacts: dict[str, Contact],
    rows: list[RosterRow],
    result: RosterResult,
    *,
    relationships_given: bool,
) -> None:
    wanted = {
        mis_id: _wanted_links(pupils[mis_id], contacts, ordered, relationships_given)
        for mis_id, ordered in _links_by_pupil(rows).items()
    }
    changed = [
        (pupils[mis_id], links)
        for mis_id, links in wanted.items()
        if _current_links(pupils[mis_id]) != [values for _, values in links]
    ]
    # Priorities are unique per pupil: old links go before new ones arrive.
    for pupil, _ in changed:
        pupil.contact_links.clear()
    session.flush()
    for pupil, links in changed:
        pupil.contact_links.extend(
            PupilContact(
                contact=contact, priority=values.priority,
                parental_responsibility=values.parental_responsibility,
                relationship=values.relationship,
            )
            for contact, values in links
        )
    session.flush()
    result.pupils_relinked = len(changed)


def _wanted_links(
    pupil: Pupil,
    contacts: dict[str, Contact],
    ordered: list[tuple[RosterRow, int]],
    relationships_given: bool,
) -> list[tuple[Contact, LinkValues]]:
    """The links the file gives the pupil. With no relationship column, a link keeps the
    relationship it has (an absent column leaves its field alone), a new link has none."""
    kept = {link.contact_id: link.relationship for link in pupil.contact_links}
    links = []
    for row, priority in ordered:
        contact = contacts[row.phone]
        relationship = row.relationship if relationships_given else kept.get(contact.id)
        links.append((contact, LinkValues(
            contact.id, priority, row.parental_responsibility, relationship
        )))
    return links


def _links_by_pupil(rows: list[RosterRow]) -> dict[str, list[tuple[RosterRow, int]]]:
    """Each pupil's rows in priority order, one per phone, numbered from 1."""
    grouped: dict[str, list[RosterRow]] = {}
    for row in rows:
        grouped.setdefault(row.mis_id, []).append(row)
    ordered = {}
    for mis_id, group in grouped.items():
        group.sort(key=lambda r: (r.priority is None, r.priority or 0, r.line))
        unique: dict[str, RosterRow] = {}
        for row in group:
            unique.setdefault(row.phone, row)
        ordered[mis_id] = [(row, n) for n, row in enumerate(unique.values(), start=1)]
    return ordered


def _current_links(pupil: Pupil) -> list[LinkValues]:
    return sorted(
        (
            LinkValues(
                link.contact_id, link.priority, link.parental_responsibility, link.relationship
            )
            for link in pupil.contact_links
        ),
        key=lambda link: link.priority,
    )


def _assign(target: object, values: dict[str, Any]) -> bool:
    """Set the attributes that differ; say whether any did."""
    changed = False
    for name, value in values.items():
        if getattr(target, name) != value:
            setattr(target, name, value)
            changed = True
    return changed
