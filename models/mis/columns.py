"""What MIS exports call their columns, as one table, and matching a file's header to it.

Headers match case- and space-insensitively: everything but letters and digits is
dropped, so "Reg Group", "REG_GROUP" and "reggroup" are one name. Columns a file
has that no field wants are ignored (exports carry many).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from models.mis.problems import ImportRejected, RowProblem

# field -> (what it is, in words; the headers SIMS, Arbor, Bromcom and hand-made files use)
COLUMN_ALIASES: dict[str, tuple[str, tuple[str, ...]]] = {
    # The pupil
    "mis_id": ("MIS id", (
        "Adno", "Adm No", "Admission No", "Admission Number", "MIS ID", "Student ID",
        "Pupil ID",
    )),
    "upn": ("UPN", ("UPN", "Unique Pupil Number")),
    "legal_first_name": ("legal first name", (
        "Legal Forename", "Forename", "First Name", "Legal First Name", "Legal Firstname",
    )),
    "preferred_name": ("preferred first name", (
        "Preferred Forename", "Preferred First Name", "Preferred Name", "Known As",
        "Known As First Name",
    )),
    "legal_last_name": ("legal last name", (
        "Legal Surname", "Surname", "Last Name", "Legal Last Name", "Legal Lastname",
    )),
    "year_group": ("year group", ("Year", "Year Group", "NC Year", "Curriculum Year", "Yr")),
    "form": ("form", (
        "Reg Group", "Registration Group", "Registration Form", "Reg Form", "Form",
        "Form Group", "Tutor Group",
    )),
    "date_of_birth": ("date of birth", ("DOB", "Date of Birth", "Birth Date")),
    "on_roll_from": ("on-roll date", (
        "Admission Date", "Date of Admission", "Enrolment Date", "Start Date", "Entry Date",
        "On Roll From",
    )),
    "on_roll_until": ("leaving date", (
        "Leaving Date", "Date of Leaving", "End Date", "Leaver Date", "On Roll Until",
    )),
    "has_social_worker": ("social worker flag", (
        "Social Worker", "Has Social Worker", "Allocated Social Worker",
    )),
    "looked_after": ("looked-after flag", (
        "Looked After", "In Care", "CLA", "LAC", "Child Looked After", "Looked After Child",
    )),
    "send_status": ("SEN status", ("SEN Status", "SEN Provision", "SEND Status", "SEN", "SEND")),
    "ehcp": ("EHCP flag", ("EHCP", "EHC Plan", "Has EHCP", "Has EHC Plan")),
    "medical_evidence_required": ("medical-evidence flag", (
        "Medical Evidence Required", "Medical Evidence",
    )),
    # The contact
    "contact_name": ("contact name", (
        "Contact Name", "Contact Full Name", "Primary Contact Name", "Parent Name",
        "Parent/Carer Name",
    )),
    "relationship": ("relationship", (
        "Relationship", "Contact Relationship", "Relationship to Student",
        "Relationship to Pupil", "Primary Contact Relationship",
    )),
    "priority": ("contact priority", ("Contact Priority", "Priority", "Contact Order")),
    "mobile": ("mobile", (
        "Mobile", "Mobile Phone", "Mobile Telephone", "Mobile Number", "Contact Mobile",
        "Primary Contact Mobile",
    )),
    "telephone": ("telephone", (
        "Telephone", "Phone", "Home Telephone", "Home Phone", "Contact Telephone",
        "Primary Contact Telephone",
    )),
    "email": ("email", ("Email", "Email Address", "Contact Email", "Primary Contact Email")),
    "language": ("language", (
        "Language", "Home Language", "First Language", "Contact Language", "Preferred Language",
    )),
    "parental_responsibility": ("parental responsibility", (
        "Parental Responsibility", "Has Parental Responsibility",
    )),
    # A register mark
    "date": ("date", ("Date", "Session Date", "Mark Date", "Attendance Date")),
    "session": ("session", ("Session", "AM/PM", "AM PM", "Period")),
    "code": ("code", ("Code", "Mark", "Attendance Code", "Attendance Mark", "Raw Mark")),
}


def header_key(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.lower())


def describe(field: str) -> str:
    return COLUMN_ALIASES[field][0]


def aliases(field: str) -> tuple[str, ...]:
    return COLUMN_ALIASES[field][1]


@dataclass(frozen=True)
class FileKind:
    """What a kind of file needs: the fields it reads, and the ones it cannot do
    without (each entry a tuple of alternatives, one of which must be present)."""

    name: str
    fields: tuple[str, ...]
    required: tuple[tuple[str, ...], ...]


def match_headers(headers: Sequence[str], kind: FileKind) -> dict[str, int]:
    """Map each field the file has to its column index; raise if a required one is missing."""
    wanted = {header_key(alias): field for field in kind.fields for alias in aliases(field)}
    found: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, header in enumerate(headers):
        field = wanted.get(header_key(header))
        if field is None:
            continue
        if field in found:
            first = headers[found[field]]
            problems.append(RowProblem(1, (
                f"columns {first!r} and {header!r} both give the {describe(field)}: keep one"
            )))
            continue
        found[field] = index
    missing = [group for group in kind.required if not any(f in found for f in group)]
    if missing:
        problems.append(RowProblem(1, _missing_columns_message(kind, missing, headers)))
    if problems:
        raise ImportRejected(problems)
    return found


def _missing_columns_message(
    kind: FileKind, missing: Iterable[tuple[str, ...]], headers: Sequence[str]
) -> str:
    wants = "; ".join(
        " or ".join(f"{describe(f)} ({', '.join(aliases(f))})" for f in group)
        for group in missing
    )
    found = ", ".join(repr(h) for h in headers) or "none"
    return f"these columns are not a {kind.name} file. Missing: {wants}. Found: {found}"
