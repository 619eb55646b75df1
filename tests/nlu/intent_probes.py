"""What the intent probe tables share: their days, the intents in short, how a row
(text, children as "A,B", today, now as "HH:MM") is parsed, and how a table of families
becomes test cases."""
from datetime import date, time

import pytest

from nlu import parse_message

W = "2026-01-14"   # Wednesday
M = "2026-05-18"   # Monday
F = "2025-11-07"   # Friday
T = "2026-03-10"   # Tuesday

A, L, LR, OO, OT = "absence", "late", "leave_request", "opt_out", "other"


def intent_of(text: str, children: str, today: str, now: str) -> str:
    return parse_message(text, today=date.fromisoformat(today), now=time.fromisoformat(now),
                         children=children.split(",")).intent


def family_cases(probes: dict) -> list:
    """One case per row, named after its family: (text, children, today, now, intent)."""
    return [pytest.param(*row, id=f"{family}-{i}") for family, rows in probes.items()
            for i, row in enumerate(rows)]
