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
_MINWORD = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25, "twenty-five": 25}
_WORDMIN = {"fifteen": 15, "thirty": 30, "forty five": 45, "twenty": 20, "forty": 40, "fifty": 50}
_H = r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

TIME_RE = re.compile(
    rf"\b(?:(?P<half>half|quarter) (?P<rel>past|to) (?P<h1>{_H})"
    rf"|(?P<mins>[1-5]?[05]|five|ten|twenty(?:[ -]five)?) (?:mins? |minutes )?(?P<rel2>past|to) (?P<h5>{_H})"
    rf"|half (?P<h2>{_H})"
    # "by nine thirty", "ten fifteen": an hour word and a minutes word
    rf"|(?P<h6>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?P<mw>fifteen|thirty|forty[ -]five|twenty|forty|fifty)"
    rf"|(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d) ?(?P<ap>am|pm)?"
    # "in for 9 30": text-speak with the separator left out (read only after a preposition)
    rf"|(?P<hs>1[0-2]|0?[1-9]) (?P<ms>[0-5][05])"
    rf"|(?P<h3>{_H}) ?(?P<ap3>am|pm|o'clock|o clock|oclock)"
    rf"|(?P<noon>midday|noon|12 noon)"
    rf"|(?P<h4>{_H}))(?:ish)?\b"
    r"(?!\s*(?:(?:days?|weeks?|months?|nights?|years?|yrs?|mins?|minutes?|hours?|hrs?|kids|children|miles|"
    r"th|st|nd|rd|pounds|quid|times|people|of)\b|%|/))"
)
# A bare number ("10") is a time only right after a preposition or hedge: "in for 10",
# "around 11", "maybe 10ish"; otherwise "the school one", "in 6 months" would be times.
BARE_BEFORE = re.compile(
    r"\b(?:at|for|by|around|round|about|approx|approximately|roughly|till|until|til|before|after|from|"
    r"maybe|probably|prob|hopefully|say|like)\s*$")
_HEDGES = (r"(?: ?[,.]? (?:by|for|at|around|round|about|approx|approximately|roughly|before|till|until|from|"
           r"maybe|probably|prob|hopefully|just|say|like|the|ish))*")
_OBJ = r"(?:him|her|them|[a-z]+(?:-[a-z]+)?)"
# Words right before a time that make it an arrival ("in for 10", "back by 1:30",
# "she'll come in afterwards, about 11", "I'll drop her at 1").
ARRIVAL_BEFORE = re.compile(
    rf"\b(?:in|back|arrive|arriving|arrival|there|school|drop {_OBJ}(?: off| in)?|drop (?:off|in)|"
    rf"dropping {_OBJ}? ?(?:off|in)?|bring {_OBJ} (?:in|back)|bringing {_OBJ} (?:in|back)|bring {_OBJ}|bringing {_OBJ}|"
    r"get (?:him|her|them) in|come in|coming in|make it in|be in|be there|return|returning|get there|get in|"
    r"after|afterwards|late|straight after|to school|try|aim|aiming|hoping|"
    # "there for afternoon registration at 1.10"
    r"(?:in time )?for (?:the )?(?:afternoon |morning |am |pm )?(?:registration|reg)(?: at)?)"
    rf"(?: school| class| late| in)?{_HEDGES}(?: ?[,.])?\s*$")
SOFT_ARRIVAL_BEFORE = re.compile(r"\b(?:by|for|around|about|approx|approximately|roughly|maybe|probably|hopefully|"
                                 # "ETA 9.30", "not before 10", "should be 10ish", "with you by nine thirty"
                                 r"eta|e ?t ?a|not before|no earlier than|should be|with you(?: by| for| at)?)\s*$")
# "he come 10 o'clock", "Lucy is coming in at 10.45": an arrival verb right before the time
# (read before the appointment words, whose "is ... at" would otherwise take it).
COMING_BEFORE = re.compile(
    # after a subject or auxiliary ("a plumber coming at 8" is someone else arriving at home)
    r"\b(?:he|she|they|i|we|will|'ll|is|are|'s|'re|to|can|should|would|could|gonna|may|might|then)"
    r"(?: (?:be|probably|hopefully|definitely|just|only|still))? (?:come|comes|coming|arrive|arrives|arriving|come back|coming back|be back|be in|be there|"
    r"(?:drop|dropping|drops) (?:him|her|them) off|get (?:him|her|them) in|(?:bring|bringing) (?:him|her|them))(?: in| back| to school| into school)?"
    r"(?: at| for| by| around| about| approx| approximately| ish)*\s*$")
# "9.40 ish", "9.30 at the latest": a time hedged as an arrival.
ARRIVAL_AFTER = re.compile(r"^\s*(?:ish\b|at the (?:very )?latest\b|latest\b|at the earliest\b)")
# "Sorry. 9:20" as the last words of a late message: the time stands for the arrival.
LONE_BEFORE = re.compile(r"[.,!;-]\s*$")
LONE_AFTER = re.compile(r"^\s*(?:[.!?]\s*)*(?:(?:sorry|thanks|thank you|thx|apologies|x+)\b[.! ]*)?$")
# Coming home from somewhere last night is not coming to school ("didn't get back till 1am").
PAST_RETURN_BEFORE = re.compile(
    r"\b(?:came|got|left|arrived|returned|didn't get|did not get)(?: back| home| in| there| here)?"
    r"(?: \w+){0,2}?(?: at| till| until| til| around| about| gone)?\s*$")
APPOINTMENT_BEFORE = re.compile(
    r"\b(?:appointment|appointments|dentist|doctor|doctors|gp|hospital|clinic|optician|"
    r"orthodontist|surgery|test|scan|interview|physio|therapy|camhs|vaccinations?|jab|jabs|"
    r"check ?up|session|audition|exam|funeral|operation|is|it's|at the \w+|starts?|booked)"
    r"(?: \w+){0,3}? (?:at|for)\s*(?:about|around)?\s*$")
DEPART_BEFORE = re.compile(
    # "pick up Nat at 1:45", "collected Mason at 1", "be let out at 2.30", "comes out of school at 1.30",
    # "if he left at 12.30"
    rf"\b(?:pick(?:ing)? up {_OBJ}|collected {_OBJ}|let (?:{_OBJ} )?out|get (?:him|her|them) out|comes out|came out of school|"
    r"(?:if|could|can) (?:he|she|they) left|"  # (not "when dad left at 10": the story)
    rf"pick(?:ing)? (?:{_OBJ} )?up|pick(?:ing)? (?:him|her|them)|send(?:ing)? {_OBJ} to (?:the )?(?:office|reception)|collect(?:ing)?(?: {_OBJ})?|get(?:ting)? (?:him|her|them)|"
    rf"fetch(?:ing)?(?: {_OBJ})?|come for (?:him|her|them)|be at reception(?: for (?:him|her|them))?|"
    rf"leave|leaving|leaves|come out|coming out|be released|released|"
    rf"take (?:him|her|them)(?: out)?|taking (?:him|her|them)(?: out)?|(?:took|take|taking) {_OBJ} out|"
    r"sign(?:ing)? (?:him|her|them) out|go home|going home|finish|finishing|collected|picked up|"
    # "left early today at 1pm": a past departure, told after school; a bare "left at 10"
    # is more often the story (dad left, we left home), so it needs "early" or "school".
    r"(?:left|went home|signed out)(?: school)? early(?: today| this afternoon| yesterday)?|left school)"
    r"(?: early)?(?: (?:from|of) (?:school|reception|class|the office))?(?: school)?"
    r"(?: at| around| about| by| for)?(?: about| around)?\s*$")


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
    elif g["mins"]:
        h, mins = _hour(g["h5"]), int(g["mins"]) if g["mins"].isdigit() else _MINWORD.get(g["mins"], 0)
        if g["rel2"] == "to":
            h, mins = h - 1, 60 - mins
    elif g["h6"]:
        h, mins = _hour(g["h6"]), _WORDMIN[g["mw"].replace("-", " ")]
    elif g["h2"]:
        h, mins = _hour(g["h2"]), 30       # "half 10" is 10:30 in British speech
    elif g["hs"] is not None:
        h, mins = int(g["hs"]), int(g["ms"])
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


# "I'll ring the school at 9": when the parent calls, not when the child arrives.
PHONE_BEFORE = re.compile(r"\b(?:ring|call|phone|text|email|speak to|talk to)\b(?: [\w']+){0,3}? (?:at|after|around|about|by)\s*$")


def _role(before: str, after: str, clock: bool = False) -> str:
    if DEPART_BEFORE.search(before):
        return "departure"
    if PHONE_BEFORE.search(before):
        return "other"
    if COMING_BEFORE.search(before) and not PAST_RETURN_BEFORE.search(before):
        return "arrival"
    if APPOINTMENT_BEFORE.search(before) or re.match(r"^\s*(?:appointment|appt)", after):
        return "appointment"
    if PAST_RETURN_BEFORE.search(before):
        return "other"
    if ARRIVAL_BEFORE.search(before) or SOFT_ARRIVAL_BEFORE.search(before) or ARRIVAL_AFTER.match(after):
        return "arrival"
    if clock and LONE_BEFORE.search(before) and LONE_AFTER.match(after):
        return "arrival"
    return "other"


def find_times(text: str) -> list:
    """Every clock time with its role, in order."""
    out = []
    for m in TIME_RE.finditer(text):
        before = text[max(0, m.start() - 50):m.start()]
        if ((m.group("h4") or m.group("hs") or m.group("h6")) is not None and not BARE_BEFORE.search(before)
                and not m.group(0).endswith("ish")):
            continue  # a lone number ("3 days", "year 5", "the school one") is not a time ("10ish" is)
        value = _value(m)
        if value is None or value < time(6, 0) and not (m.group("ap") or m.group("ap3")):
            continue
        out.append(TimeMention(m.start(), m.end(), value, _role(before, text[m.end():m.end() + 30], m.group("h") is not None)))
    return out


def arrival_time(times: list) -> time | None:
    """The last arrival time mentioned (a correction or "back by" comes last)."""
    arrivals = [t.value for t in times if t.role == "arrival"]
    return arrivals[-1] if arrivals else None


def departure_time(times: list) -> time | None:
    deps = [t.value for t in times if t.role == "departure"]
    return deps[0] if deps else None
