"""The DfE code table (WTISA 2024, /work/shared/domain.md): exactly these codes, each
counted as the guidance says, and no way to change the table at run time."""
from dataclasses import FrozenInstanceError

import pytest

from models.codes import DFE_CODES, codes_counting_as, is_valid_code

WTISA_2024 = {
    "/", "\\", "L",                                   # present
    "K", "V", "P", "W", "B", "D",                     # approved educational activity
    "C1", "M", "J1", "S", "X", "C2", "C",             # leave of absence
    "T", "R", "I", "E",                               # other authorised absence
    "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7",    # unable to attend, exceptional
    "G", "N", "O", "U",                               # unauthorised
    "Z", "#",                                         # administrative
}


def test_the_table_holds_exactly_the_wtisa_2024_codes():
    assert set(DFE_CODES) == WTISA_2024
    assert len(DFE_CODES) == 34


@pytest.mark.parametrize("withdrawn", ["H", "J", "Y"])
def test_codes_withdrawn_in_2024_are_not_valid(withdrawn):
    assert withdrawn not in DFE_CODES
    assert not is_valid_code(withdrawn)


@pytest.mark.parametrize("code, counts_as", [
    ("/", "present"), ("\\", "present"), ("L", "present"),
    ("K", "approved_activity"), ("V", "approved_activity"), ("P", "approved_activity"),
    ("W", "approved_activity"), ("B", "approved_activity"),
    ("C1", "authorised_absence"), ("M", "authorised_absence"), ("J1", "authorised_absence"),
    ("S", "authorised_absence"), ("C2", "authorised_absence"), ("C", "authorised_absence"),
    ("T", "authorised_absence"), ("R", "authorised_absence"), ("I", "authorised_absence"),
    ("E", "authorised_absence"),
    ("G", "unauthorised_absence"), ("N", "unauthorised_absence"),
    ("O", "unauthorised_absence"), ("U", "unauthorised_absence"),
    ("D", "not_possible"), ("X", "not_possible"), ("Q", "not_possible"),
    ("Y1", "not_possible"), ("Y4", "not_possible"), ("Y7", "not_possible"),
    ("Z", "not_possible"), ("#", "not_possible"),
])
def test_each_code_counts_as_the_guidance_says(code, counts_as):
    assert DFE_CODES[code].counts_as == counts_as


def test_groups_by_what_they_count_as():
    assert set(codes_counting_as("not_possible")) == {
        "D", "X", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#"}
    assert set(codes_counting_as("unauthorised_absence")) == {"G", "N", "O", "U"}
    assert set(codes_counting_as("present", "approved_activity")) == {
        "/", "\\", "L", "K", "V", "P", "W", "B"}
    # Every code is in exactly one group.
    groups = ["present", "approved_activity", "authorised_absence", "unauthorised_absence",
              "not_possible"]
    assert sorted(c for g in groups for c in codes_counting_as(g)) == sorted(WTISA_2024)


def test_derived_flags():
    assert DFE_CODES["V"].is_attendance and not DFE_CODES["V"].is_absence
    assert DFE_CODES["I"].is_absence and DFE_CODES["I"].is_possible_session
    assert DFE_CODES["G"].is_absence and not DFE_CODES["G"].is_attendance
    assert not DFE_CODES["Y2"].is_possible_session and not DFE_CODES["Y2"].is_absence


def test_the_mapping_is_read_only():
    with pytest.raises(TypeError):
        DFE_CODES["H"] = DFE_CODES["I"]  # type: ignore[index]
    with pytest.raises(TypeError):
        del DFE_CODES["I"]  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        DFE_CODES["O"].counts_as = "authorised_absence"  # type: ignore[misc]
    assert DFE_CODES["O"].counts_as == "unauthorised_absence"
