"""STOP, START and HELP, as Twilio handles them on SMS.

A keyword is the whole message (case and surrounding spaces or full stops ignored):
"STOP" opts out, "STOP please" does not (the NLU may still read it as opt_out).
Twilio itself answers these keywords on SMS and blocks texts to a number that sent
STOP, so on SMS the bot sends no STOP or START reply of its own; other channels get
ours. YES opts back in only a contact who opted out: to anyone else it is just "yes".
"""
from __future__ import annotations

import re
from enum import Enum


class Keyword(Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"


OPT_OUT_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit"})
OPT_IN_WORDS = frozenset({"start", "unstop"})
OPT_IN_WHEN_OPTED_OUT = frozenset({"yes"})
HELP_WORDS = frozenset({"help", "info"})
_EDGES = re.compile(r"^[\s.!]+|[\s.!]+$")


def keyword_of(text: str, *, opted_out: bool) -> Keyword | None:
    word = _EDGES.sub("", text or "").casefold()
    if word in OPT_OUT_WORDS:
        return Keyword.OPT_OUT
    if word in OPT_IN_WORDS or (opted_out and word in OPT_IN_WHEN_OPTED_OUT):
        return Keyword.OPT_IN
    if word in HELP_WORDS:
        return Keyword.HELP
    return None


def platform_answers_keywords(channel: str) -> bool:
    """Twilio answers STOP/START on SMS itself (and would block our reply to STOP)."""
    return channel == "sms"
