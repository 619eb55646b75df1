"""Clock times in a message, and which of them are arrival or departure times.

Rules (CONVENTIONS.md): an arrival time is when the child will arrive or be back at
school ("in for 10", "back by 1:30"); an appointment time alone ("dentist at 11") is
not one. Hours without am/pm: 1-6 are afternoon, 7-12 morning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

_HOURWORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_H = r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

TIME_RE = re.compile(
    rf"\b(?:(?P<half>half|quarter) (?P<rel>past|to) (?P<h1>{_H})"
    rf"|half (?P<h2>{_H})"
    rf"|(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d) ?(?P<ap>am|pm)?"
    rf"|(?P<h3>{_H}) ?(?P<ap3>am|pm|o'clock|o clock|oclock)"
    rf"|(?P<noon>midday|noon|12 noon)"
    rf"|(?P<h4>{_H}))\b(?!\s*(?:days?|weeks?|mins?|minutes?|hours?|hrs?|kids|children|yrs?|years?|%|/|th|st|nd|rd))"
)
# Words right before a time that make it an arrival ("in for 10", "back by 1:30").
ARRIVAL_BEFORE = re.compile(
    r"\b(?:in|back|arrive|arriving|arrival|there|school|drop (?:him|her|them) (?:off|in)|"
    r"drop (?:off|in)|dropping (?:him|her|them)? ?(?:off|in)?|bring (?:him|her|them) (?:in|back)|"
    r"bringing (?:him|her|them) (?:in|back)|get (?:him|her|them) in|come in|coming in|"
    r"make it in|be in|be there|return|returning|get there|get in|after|afterwards|late|"
    r"straight after|to school)"
    r"(?: school| class)?(?: by| for| at| around| about| approx| approximately| roughly| before| till| until| from)?"
    r"(?: about| around| approx| roughly| maybe| probably| hopefully| just)?(?: the)?\s*$")
SOFT_ARRIVAL_BEFORE = re.compile(r"\b(?:by|for|around|about|approx|approximately|roughly|maybe)\s*$")
APPOINTMENT_BEFORE = re.compile(
    r"\b(?:appointment|appointments|dentist|doctor|doctors|gp|hospital|clinic|optician|"
    r"orthodontist|surgery|test|scan|interview|physio|therapy|camhs|vaccinations?|jab|jabs|"
    r"check ?up|session|audition|exam|funeral|operation|is|it's|at the \w+|starts?|booked)"
    r"(?: \w+){0,3}? (?:at|for)\s*(?:about|around)?\s*$")
DEPART_BEFORE = re.compile(
    r"\b(?:pick(?:ing)? (?:him|her|them)? ?up|collect(?:ing)?(?: (?:him|her|them))?|"
    r"leave|leaving|leaves|take (?:him|her|them) out|taking (?:him|her|them) out|"
    r"sign(?:ing)? (?:him|her|them) out|go home|going home|finish|finishing)"
    r"(?: early)?(?: from school)?(?: at| around| about| by| for)?(?: about| around)?\s*$")


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    value: time
    role: str  # "arrival", "departure", "appointment" or "other"


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOURWORD.get(word, 0)


def _value(m) -> time | None:
    g = m.groupdict()
    ap = None
    if g["noon"]:
        return time(12, 0)
    if g["half"]:
        h = _hour(g["h1"])
        mins = 30 if g["half"] == "half" else 15
        if g["rel"] == "to":
            h, mins = h - 1, 60 - mins
    elif g["h2"]:
        h, mins = _hour(g["h2"]), 30       # "half 10" is 10:30 in British speech
    elif g["h"] is not None:
        h, mins, ap = int(g["h"]), int(g["m"]), g["ap"]
    elif g["h3"]:
        h, mins, ap = _hour(g["h3"]), 0, g["ap3"]
    else:
        h, mins = _hour(g["h4"]), 0
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    elif ap not in ("am", "pm") and 1 <= h <= 6:
        h += 12                              # school hours: "back by 1" is 13:00
    if not (0 <= h <= 23 and 0 <= mins <= 59):
        return None
    return time(h, mins)


def find_times(text: str) -> list:
    """Every clock time with its role, in order."""
    out = []
    for m in TIME_RE.finditer(text):
        before = text[max(0, m.start() - 50):m.start()]
        bare = m.group("h4") is not None
        if bare and not (ARRIVAL_BEFORE.search(before) or DEPART_BEFORE.search(before)
                         or re.search(r"\bat\s*$", before)):
            continue  # a lone number ("3 days", "year 5") is not a time
        value = _value(m)
        if value is None or value < time(6, 0) and not (m.group("ap") or m.group("ap3")):
            continue
        role = "other"
        after = text[m.end():m.end() + 30]
        if DEPART_BEFORE.search(before):
            role = "departure"
        elif APPOINTMENT_BEFORE.search(before) or re.match(r"^\s*(?:appointment|appt)", after):
            role = "appointment"
        elif ARRIVAL_BEFORE.search(before) or SOFT_ARRIVAL_BEFORE.search(before):
            role = "arrival"
        out.append(TimeMention(m.start(), m.end(), value, role))
    return out


def arrival_time(times: list) -> time | None:
    """The last arrival time mentioned (a correction or "back by" comes last)."""
    arrivals = [t.value for t in times if t.role == "arrival"]
    return arrivals[-1] if arrivals else None


def departure_time(times: list) -> time | None:
    deps = [t.value for t in times if t.role == "departure"]
    return deps[0] if deps else None
