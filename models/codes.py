"""The DfE attendance codes in force from 19 August 2024 (WTISA), as data.

This table is the one source of truth: the arithmetic builds its SQL from it,
imports validate against it, and the officers' screens show its meanings.
Codes withdrawn in 2024 (H, J, a single Y) are deliberately absent.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

CountsAs = Literal[
    "present", "approved_activity", "authorised_absence", "unauthorised_absence", "not_possible"
]
COUNTS_AS: tuple[CountsAs, ...] = (
    "present", "approved_activity", "authorised_absence", "unauthorised_absence", "not_possible"
)


@dataclass(frozen=True)
class DfeCode:
    code: str
    meaning: str
    counts_as: CountsAs

    @property
    def is_attendance(self) -> bool:
        return self.counts_as in ("present", "approved_activity")

    @property
    def is_absence(self) -> bool:
        return self.counts_as in ("authorised_absence", "unauthorised_absence")

    @property
    def is_possible_session(self) -> bool:
        return self.counts_as != "not_possible"


_TABLE: tuple[tuple[str, str, CountsAs], ...] = (
    ("/", "Present (AM)", "present"),
    ("\\", "Present (PM)", "present"),
    ("L", "Late, arrived before the register closed", "present"),
    ("K", "Attending education provision arranged by the local authority", "approved_activity"),
    ("V", "Attending an educational visit or trip", "approved_activity"),
    ("P", "Participating in a supervised sporting activity", "approved_activity"),
    ("W", "Attending work experience", "approved_activity"),
    ("B", "Attending any other approved educational activity", "approved_activity"),
    ("D", "Dual registered, at another school", "not_possible"),
    ("C1", "Leave of absence: regulated performance or employment abroad", "authorised_absence"),
    ("M", "Leave of absence: medical or dental appointment", "authorised_absence"),
    ("J1", "Leave of absence: interview", "authorised_absence"),
    ("S", "Leave of absence: study leave", "authorised_absence"),
    ("X", "Not required to attend: non-compulsory school age", "not_possible"),
    ("C2", "Leave of absence: part-time timetable", "authorised_absence"),
    ("C", "Leave of absence: exceptional circumstances", "authorised_absence"),
    ("T", "Parent travelling for occupational purposes", "authorised_absence"),
    ("R", "Religious observance", "authorised_absence"),
    ("I", "Illness (physical or mental health)", "authorised_absence"),
    ("E", "Suspended or permanently excluded, no alternative provision", "authorised_absence"),
    ("Q", "Unable to attend: lack of access arrangements", "not_possible"),
    ("Y1", "Unable to attend: transport normally provided not available", "not_possible"),
    ("Y2", "Unable to attend: widespread disruption to travel", "not_possible"),
    ("Y3", "Unable to attend: part of the school premises closed", "not_possible"),
    ("Y4", "Unable to attend: whole school site unexpectedly closed", "not_possible"),
    ("Y5", "Unable to attend: criminal justice detention", "not_possible"),
    ("Y6", "Unable to attend: public health guidance or law", "not_possible"),
    ("Y7", "Unable to attend: any other unavoidable cause", "not_possible"),
    ("G", "Holiday not granted by the school", "unauthorised_absence"),
    ("N", "Reason for absence not yet provided", "unauthorised_absence"),
    ("O", "Absent in other or unknown circumstances", "unauthorised_absence"),
    ("U", "Arrived in school after registration closed", "unauthorised_absence"),
    ("Z", "Prospective pupil not on admission register", "not_possible"),
    ("#", "Planned whole or partial school closure", "not_possible"),
)

DFE_CODES: MappingProxyType[str, DfeCode] = MappingProxyType(
    {code: DfeCode(code, meaning, counts_as) for code, meaning, counts_as in _TABLE}
)

# Codes a parent's message may suggest; everything else is the school's to give.
PARENT_REASON_CODES: frozenset[str] = frozenset(
    {"I", "M", "R", "G", "C", "O", "N", "Y1", "Y2", "J1", "C1", "S", "T"}
)

PRESENT_CODE = {"AM": "/", "PM": "\\"}


def codes_counting_as(*kinds: CountsAs) -> tuple[str, ...]:
    return tuple(c.code for c in DFE_CODES.values() if c.counts_as in kinds)


def is_valid_code(code: str) -> bool:
    return code in DFE_CODES
