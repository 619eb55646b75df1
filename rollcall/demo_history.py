"""A term of register marks for one demo pupil, drawn from an attendance profile.

Each profile sets how much of the term a pupil misses and how: colds and stomach bugs
that last a few days, appointments, days off with no reason, a week's holiday by half
term. Absences are drawn until the pupil's share of missed sessions is reached, so the
school's spread is the one the profiles promise (most pupils 95%+, about one in eleven
persistently absent). An unexplained absence is N for the last few school days (the
school is still asking) and O before that (never explained).
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from models.codes import DFE_CODES, PRESENT_CODE

SESSIONS = ("AM", "PM")
Marks = dict[tuple[date, str], str]
Recent = frozenset[date]  # the last school days, when an unexplained absence is still N


@dataclass(frozen=True)
class Profile:
    absence: tuple[float, float]  # share of sessions missed: drawn uniformly in this range
    full_attendance_share: float  # of these pupils, how many miss nothing at all
    episodes: dict[str, int]  # kind of absence -> weight
    lates: tuple[int, int]  # late arrivals in the term: drawn uniformly in this range


PROFILES: dict[str, Profile] = {
    "good": Profile((0.005, 0.045), 0.3, {"illness": 60, "medical": 35, "unexplained": 5}, (0, 2)),
    "fair": Profile((0.055, 0.09), 0.0, {
        "illness": 55, "medical": 20, "unauthorised": 10, "unexplained": 10, "holiday": 5,
    }, (0, 4)),
    "persistent": Profile((0.11, 0.30), 0.0, {
        "illness": 40, "unauthorised": 25, "unexplained": 20, "medical": 5, "holiday": 10,
    }, (2, 8)),
    "severe": Profile((0.52, 0.70), 0.0, {"unauthorised": 45, "unexplained": 35, "illness": 20}, (0, 3)),
}


def assign_profiles(rng: random.Random, count: int) -> list[str]:
    """One profile per pupil, in a shuffled order: a couple severe (1 in 300, at least
    one), 8% persistent, 20% fair (90-95%), the rest good."""
    severe = max(1, round(count / 300))
    persistent = round(count * 0.08)
    fair = round(count * 0.20)
    good = max(0, count - severe - persistent - fair)
    profiles = ["severe"] * severe + ["persistent"] * persistent + ["fair"] * fair + ["good"] * good
    rng.shuffle(profiles)
    return profiles[:count]


def pupil_marks(
    rng: random.Random,
    profile_name: str,
    days: Sequence[date],
    *,
    trip_days: frozenset[date] = frozenset(),
    unexplained_window: int = 5,
) -> Marks:
    """Every session's code for one pupil over `days` (school days, in order)."""
    marks: Marks = {(d, s): ("V" if d in trip_days else PRESENT_CODE[s]) for d in days for s in SESSIONS}
    if not days:
        return marks
    profile = PROFILES[profile_name]
    recent = frozenset(days[-unexplained_window:])
    _add_absences(rng, profile, marks, list(days), recent)
    _add_lates(rng, profile_name, profile, marks, days)
    return marks


def _add_absences(
    rng: random.Random, profile: Profile, marks: Marks, days: list[date], recent: frozenset[date]
) -> None:
    if rng.random() < profile.full_attendance_share:
        return
    target = round(rng.uniform(*profile.absence) * len(marks))
    kinds, weights = zip(*profile.episodes.items())
    missed = 0
    for _ in range(20 * len(marks)):  # bounded: a short history can't hold every episode
        if missed >= target:
            break
        episode = EPISODES[rng.choices(kinds, weights)[0]]
        missed += episode(rng, marks, days, recent, target - missed)


def _absent(marks: Marks, day: date, session: str, code: str) -> int:
    """Mark one session absent unless it already is; return how many sessions were newly missed."""
    if DFE_CODES[marks[(day, session)]].is_absence:
        return 0
    marks[(day, session)] = code
    return 1


# Each episode takes (rng, marks, days, recent days, sessions still to miss), marks some
# sessions absent, and returns how many it newly marked; long ones fit what is left.

def _illness(rng: random.Random, marks: Marks, days: list[date], recent: Recent, left: int) -> int:
    start = rng.randrange(len(days))
    length = min(rng.choices((1, 2, 3, 4, 5), (40, 28, 15, 10, 7))[0], (left + 1) // 2)
    if length == 1 and rng.random() < 0.2:  # sent home ill at lunchtime
        return _absent(marks, days[start], "PM", "I")
    return sum(_absent(marks, d, s, "I") for d in days[start:start + length] for s in SESSIONS)


def _medical(rng: random.Random, marks: Marks, days: list[date], recent: Recent, left: int) -> int:
    return _absent(marks, rng.choice(days), rng.choice(SESSIONS), "M")


def _unexplained(rng: random.Random, marks: Marks, days: list[date], recent: Recent, left: int) -> int:
    day = rng.choice(days)
    code = "N" if day in recent else "O"
    return sum(_absent(marks, day, s, code) for s in SESSIONS)


def _unauthorised(rng: random.Random, marks: Marks, days: list[date], recent: Recent, left: int) -> int:
    day = rng.choice(days)
    sessions = SESSIONS if rng.random() < 0.7 else (rng.choice(SESSIONS),)
    return sum(_absent(marks, day, s, "O") for s in sessions)


def _holiday(rng: random.Random, marks: Marks, days: list[date], recent: Recent, left: int) -> int:
    """A term-time holiday, usually stretching a half-term break."""
    length = min(rng.randint(3, 5), (left + 1) // 2)
    breaks = [i for i in range(len(days) - 1) if days[i + 1] - days[i] > timedelta(days=4)]
    if breaks and rng.random() < 0.7:
        edge = rng.choice(breaks)
        before, after = days[max(0, edge - length + 1):edge + 1], days[edge + 1:edge + 1 + length]
        span = before if rng.random() < 0.5 else after
    else:
        start = rng.randrange(len(days))
        span = days[start:start + length]
    return sum(_absent(marks, d, s, "G") for d in span for s in SESSIONS)


EPISODES: dict[str, Callable[[random.Random, Marks, list[date], Recent, int], int]] = {
    "illness": _illness,
    "medical": _medical,
    "unexplained": _unexplained,
    "unauthorised": _unauthorised,
    "holiday": _holiday,
}


def _add_lates(
    rng: random.Random, profile_name: str, profile: Profile, marks: Marks, days: Sequence[date]
) -> None:
    mornings = [d for d in days if marks[(d, "AM")] == PRESENT_CODE["AM"]]
    count = min(len(mornings), rng.randint(*profile.lates))
    after_close_share = 0.15 if profile_name in ("persistent", "severe") else 0.05
    for day in rng.sample(mornings, count):
        marks[(day, "AM")] = "U" if rng.random() < after_close_share else "L"
