"""Which sessions a message's child misses: ALL, AM or PM (CONVENTIONS.md: sessions).

Works on the normalised text with the arrival and departure times already found
(nlu.times), after the intent is decided: a late arrival misses the morning unless it
comes after lunch; an absence is the whole day unless only a morning or an afternoon
is named.
"""
from __future__ import annotations

import re
from datetime import time

from .reasons import INTENT_CUES

_LUNCH = r"(?:lunch|lunchtime|dinner|dinnertime|dinner time)"
# ("off" only as in "drop her off": "she'll be off in the afternoon" is not an arrival)
_ARRIVE = (r"(?:(?:drop|dropping)(?: (?:him|her|them))? off|in|back|come|coming|go|going|be|get|attend|attending|"
           r"bring|bringing|drop|dropping)"
           r"(?: (?:him|her|them|in|back|to school|into school|in school|school))*")
# "I'll be collecting her at lunch": the words between are not a departure.
_NOT_DEPART = r"(?!collect|pick|fetch|sign|tak)"
# Late and back only after lunch: the arrival is in the afternoon session.
_BACK_AFTER_LUNCH = re.compile(rf"\b{_ARRIVE}(?: \w+){{0,2}} after {_LUNCH}\b")
# The child misses the morning: arrives at or after lunch, or is off for the morning only.
_IN_AFTER_LUNCH = re.compile(
    rf"\b{_ARRIVE}(?: {_NOT_DEPART}\w+){{0,2}} (?:after|at|by|for) {_LUNCH}\b|\b{_ARRIVE} (?:for|in) (?:the )?afternoon\b")
# "he'll be in school this afternoon", "I'll bring her in this afternoon": in for the afternoon only
# (but "won't be in this afternoon" misses it).
_IN_THIS_AFTERNOON = (r"|(?<!n't )(?<!not )(?<!never )\b(?:be|come|coming|get|bring|bringing)"
                      r"(?: (?:him|her|them))?(?: (?:in|back|to school|into school|in school))+ (?:this|the) afternoon\b")
_AM = re.compile(
    _IN_AFTER_LUNCH.pattern + _IN_THIS_AFTERNOON +
    r"|\b(?:morning only|just the morning|for the morning|the morning off|morning off|have the morning|"
    r"mornings of|(?:until|till|til) (?:this|the) afternoon)\b"
    r"|\b(?:miss\w*|off|out)(?: for| in)? (?:the|this|tomorrow|\w+day) morning\b"  # ("rang the office this morning")
    r"|\b(?:not (?:be )?in|won't be in|can't (?:come|make it)|can't face coming in|keep(?:ing)? (?:him|her|them) "
    r"(?:off|home))(?: \w+){0,2} this morning\b")
# The child misses the afternoon, said outright.
_PM = re.compile(
    r"\b(?:off|out|home|leave|leaving|leaves|excused|absent|miss\w*|study leave)(?: school| early| for| from school| in)*"
    r" (?:this|the|tomorrow|\w+day) afternoon\b|\bmiss\w*(?: \w+){0,3} afternoons\b"
    r"|(?:\bnot|n't)(?: be)? (?:in|come|coming)(?: \w+){0,3} (?:this|the|\w+day) afternoon\b"  # "won't be in this afternoon"
    rf"|\b(?:afternoon off|pm only|afternoon only|leave early|leaving early|finish early|home at {_LUNCH}|at lunchtime|"
    rf"leave (?:school )?at {_LUNCH}|pick(?:ing)? \w+ up (?:early|at)|collect(?:ing)? \w+ (?:early|at))\b")
# An afternoon named in passing ("the funeral is this afternoon") marks PM only when
# the message does not say the child is off for the whole day.
_PM_WEAK = re.compile(r"\b(?:this afternoon|afternoons|the afternoon|tomorrow afternoon|\w+day afternoon|after lunch)\b")
# In for part of the day, then home for the rest: the cue that also makes it an absence.
_IN_THEN_HOME = re.compile(INTENT_CUES["in_then_home"])
_WHOLE_DAY = re.compile(
    r"\b(?:all day|the whole day|whole day|full day|miss the day|the day off|all of the day)\b")
_DAY_OFF = re.compile(
    r"\b(?:won't|will not|not|isn't|can't|cannot)(?: be)? (?:in|coming|come|going)\b"
    r"|\b(?:off|miss|missing) (?:today|tomorrow|sick|school|\w+day)\b|\bstay\w* (?:at )?home\b|\bkeep\w* \w+ (?:at )?(?:off|home)\b")


def missed(intent: str, nt: str, arrival: time | None, depart: time | None) -> str:
    """The session(s) the child misses (CONVENTIONS.md: sessions)."""
    if intent in ("opt_out", "other"):
        return "ALL"
    if intent == "late":
        return "PM" if (arrival and arrival >= time(12, 30)) or _BACK_AFTER_LUNCH.search(nt) else "AM"
    if _WHOLE_DAY.search(nt):
        return "ALL"
    # "coming in for the morning then I'll take her home": the afternoon is missed ("for the morning" is no AM here).
    if _IN_THEN_HOME.search(nt) and not arrival:
        return "PM"
    day_off = _DAY_OFF.search(nt)
    if _AM.search(nt) or (arrival and not day_off):
        return "AM"
    # Leaving before school starts ("we leave at 7") is the whole day, not an afternoon.
    if (depart and depart >= time(9, 0)) or _PM.search(nt) or (_PM_WEAK.search(nt) and not day_off):
        return "PM"
    return "ALL"
