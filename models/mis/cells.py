"""Reading one cell of an MIS export: each parser returns the value or raises CellError
with a message an office manager can act on."""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from babel import Locale

from models.codes import DFE_CODES


class CellError(ValueError):
    pass


# UK exports write day first; ISO is what Rollcall itself writes. Never month first.
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %b %Y", "%d %B %Y", "%d/%m/%y")
# Spreadsheets append a midnight time to dates; it carries nothing.
_MIDNIGHT = re.compile(r"[ T]00:00(:00(\.0+)?)?$")


@lru_cache(maxsize=4096)  # a register repeats a few hundred dates; strptime is slow
def parse_date(text: str) -> date:
    value = _MIDNIGHT.sub("", text.strip())
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise CellError(f"{text!r} is not a date (use dd/mm/yyyy or yyyy-mm-dd)")


YES = frozenset({"y", "yes", "true", "t", "1", "x"})
NO = frozenset({"", "n", "no", "false", "f", "0"})


def parse_yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise CellError(f"{text!r} is not yes or no (use Y or N)")


def parse_year_group(text: str) -> int:
    value = text.strip().lower()
    if value in ("r", "rec", "reception"):
        return 0
    match = re.fullmatch(r"(?:year|yr|y)?\s*(\d{1,2})", value)
    if not match:
        raise CellError(f"{text!r} is not a year group (use a number such as 7 or 'Year 7')")
    return int(match.group(1))


# SIMS writes N / K / E (and S for a pre-2014 statement); Arbor writes words.
# The values are models.people.SEND_STATUSES.
SEND_VALUES = {
    "": "none", "n": "none", "no": "none", "none": "none", "no sen": "none", "no special provision": "none",
    "k": "sen_support", "sen support": "sen_support", "support": "sen_support",
    "e": "ehcp", "s": "ehcp", "ehcp": "ehcp", "ehc plan": "ehcp",
    "education health and care plan": "ehcp", "statement": "ehcp",
}


def parse_send_status(text: str) -> str:
    value = " ".join(text.strip().lower().replace("_", " ").replace(",", " ").split())
    try:
        return SEND_VALUES[value]
    except KeyError:
        raise CellError(
            f"{text!r} is not a SEN status (use N, K for SEN support, or E for an EHC plan)"
        ) from None


# DfE census language codes for the commonest home languages, and English names
# that Babel spells otherwise. Other languages match by Babel's English name or ISO code.
LANGUAGE_ALIASES = {
    "eng": "en", "pol": "pl", "urd": "ur", "pnj": "pa", "panjabi": "pa", "bng": "bn",
    "bengali": "bn", "sylheti": "bn", "guj": "gu", "ara": "ar", "som": "so", "rmn": "ro",
    "por": "pt", "spa": "es", "tur": "tr", "frn": "fr", "ger": "de", "ita": "it", "lit": "lt",
    "tam": "ta", "chi": "zh", "mandarin": "zh", "rus": "ru", "hin": "hi", "vie": "vi",
    "yor": "yo", "nep": "ne", "farsi": "fa",
}
# "Not obtained", "refused", "other": the export knows nothing, so the default stands.
LANGUAGE_UNKNOWN = frozenset({"", "not", "ref", "oth", "not obtained", "information not obtained",
                              "refused", "other", "unknown"})
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=1)
def _languages_by_name() -> dict[str, str]:
    names = Locale("en").languages
    by_name = {name.lower(): code for code, name in names.items() if "_" not in code}
    by_code = {code.lower(): code for code in names if "_" not in code}
    return {**by_name, **by_code}


def parse_language(text: str) -> str:
    value = " ".join(text.strip().lower().split())
    if value in LANGUAGE_UNKNOWN:
        return DEFAULT_LANGUAGE
    code = LANGUAGE_ALIASES.get(value) or _languages_by_name().get(value)
    if code is None:
        raise CellError(f"{text!r} is not a language Rollcall knows (use a name such as "
                        "'Polish' or a code such as 'pl')")
    return code


def parse_priority(text: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise CellError(f"{text!r} is not a contact priority (use 1 for the first to call)")
    return int(value)


def parse_upn(text: str) -> str | None:
    value = text.strip().upper()
    if not value:
        return None
    if not re.fullmatch(r"[A-Z][0-9]{11}[0-9A-Z]", value):
        raise CellError(f"{text!r} is not a UPN (13 characters: a letter, 11 digits, a digit or letter)")
    return value


def parse_email(text: str) -> str | None:
    value = text.strip()
    if not value:
        return None
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise CellError(f"{text!r} is not an email address")
    return value


SESSION_NAMES = {"am": "AM", "a": "AM", "morning": "AM", "pm": "PM", "p": "PM", "afternoon": "PM"}


def parse_session(text: str) -> str:
    try:
        return SESSION_NAMES[text.strip().lower()]
    except KeyError:
        raise CellError(f"{text!r} is not a session (use AM or PM)") from None


# Codes the DfE withdrew on 19 August 2024, and what replaced them.
WITHDRAWN_CODES = {
    "H": "G (holiday not agreed) or C (leave in exceptional circumstances)",
    "J": "J1 (interview)",
    "Y": "one of Y1 to Y7 (unable to attend, exceptional circumstances)",
}


def parse_code(text: str) -> str:
    # Every DfE code is upper case or a symbol, so upper-casing guesses nothing.
    code = text.strip().upper()
    if code in DFE_CODES:
        return code
    if code in WITHDRAWN_CODES:
        raise CellError(
            f"code {code} was withdrawn by the DfE in August 2024: use {WITHDRAWN_CODES[code]}"
        )
    raise CellError(f"{text!r} is not a DfE attendance code")
