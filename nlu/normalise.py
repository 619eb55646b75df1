"""Text-speak normalisation with an offset map back to the original text.

Every rule module works on the normalised text (lower case, text-speak expanded, one
space between words) so each lexicon only has to list the standard spelling. The
offset map lets us report evidence as spans of what the parent actually wrote.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Token -> standard spelling. Only unambiguous forms: "4" or "n" would damage numbers
# and names, so they are left alone.
TEXT_SPEAK = {
    # days
    "2day": "today", "2dy": "today", "tday": "today", "tdy": "today", "todays": "today's",
    "2moro": "tomorrow", "2morro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow",
    "2mro": "tomorrow", "2morow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrow": "tomorrow", "tmoz": "tomorrow", "tomoz": "tomorrow", "tomoro": "tomorrow",
    "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow",
    "tomorro": "tomorrow", "tomm": "tomorrow", "tmw": "tomorrow", "tomorrw": "tomorrow",
    "2moz": "tomorrow", "2mora": "tomorrow", "2morra": "tomorrow", "tmoro": "tomorrow",
    "tmrrw": "tomorrow", "tmorrow": "tomorrow", "tomrw": "tomorrow",
    "yday": "yesterday", "yest": "yesterday", "yesterdy": "yesterday",
    "yesturday": "yesterday", "yesterda": "yesterday", "ystrdy": "yesterday",
    "2nite": "tonight", "tonite": "tonight", "2night": "tonight",
    "wk": "week", "wks": "weeks", "nxt": "next", "mornin": "morning", "mrng": "morning",
    "arvo": "afternoon", "aft": "afternoon", "avo": "afternoon",
    # negations and contractions typed without apostrophes
    "wont": "won't", "cant": "can't", "dont": "don't", "didnt": "didn't", "isnt": "isn't",
    "hasnt": "hasn't", "havent": "haven't", "doesnt": "doesn't", "wasnt": "wasn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "aint": "ain't",
    "shes": "she's", "hes": "he's", "im": "i'm", "ive": "i've", "theyre": "they're",
    "theyll": "they'll", "youre": "you're", "thats": "that's", "whats": "what's",
    "itll": "it'll", "hell": "he'll", "shell": "she'll", "weve": "we've", "ill": "ill",
    # everyday abbreviations
    "b": "be", "bk": "back", "cos": "because", "coz": "because", "cuz": "because",
    "bcos": "because", "becos": "because", "bc": "because", "bcoz": "because",
    "u": "you", "ur": "your", "r": "are", "y": "why", "pls": "please", "plz": "please",
    "plse": "please", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thanks",
    "ta": "thanks", "gonna": "going to", "wanna": "want to", "gotta": "got to",
    "l8": "late", "l8r": "later", "b4": "before", "gd": "good", "v": "very",
    "cn": "can", "tke": "take", "hav": "have", "av": "have", "weddin": "wedding",
    "skool": "school", "skl": "school", "sch": "school", "schl": "school",
    "msg": "message", "txt": "text", "txts": "texts", "msgs": "messages",
    "bro": "brother", "sis": "sister", "gran": "grandma", "nan": "nan",
    # medical
    "appt": "appointment", "appts": "appointments", "apt": "appointment",
    "appointmnt": "appointment", "appoinment": "appointment", "appointement": "appointment",
    "apointment": "appointment", "appoitment": "appointment", "appiontment": "appointment",
    "docs": "doctors", "doc": "doctor", "drs": "doctors", "dr": "doctor",
    "hosp": "hospital", "hospitl": "hospital", "temp": "temperature",
    "dentists": "dentist", "dentist's": "dentist", "doc's": "doctors", "dr's": "doctors",
    "d&v": "diarrhoea and vomiting", "d+v": "diarrhoea and vomiting",
    "diarrhea": "diarrhoea", "diarhoea": "diarrhoea", "diarrea": "diarrhoea",
    "vomitting": "vomiting", "vommiting": "vomiting", "vomitin": "vomiting",
    "poorly": "poorly", "pourly": "poorly", "sik": "sick", "feaver": "fever",
    "temprature": "temperature", "tempreture": "temperature",
    "headach": "headache", "hedache": "headache", "tummy": "tummy",
    "ortho": "orthodontist", "orthodontists": "orthodontist", "optician's": "optician",
    "opticians": "optician",
    # street spellings seen in worried messages
    "wiv": "with", "wid": "with", "nite": "night", "nites": "nights", "some1": "someone", "sum1": "someone",
    "no1": "no one", "any1": "anyone", "every1": "everyone", "in2": "into", "bn": "been", "wat": "what",
    "wot": "what", "jus": "just", "lettin": "letting", "gettin": "getting", "comin": "coming",
    "goin": "going", "nuthin": "nothing", "sumthin": "something", "somethin": "something",
    "ppl": "people", "bf": "boyfriend", "abt": "about", "cud": "could", "wud": "would",
    "shud": "should", "dunno": "don't know", "tryna": "trying to", "bcuz": "because",
    "skl's": "school's", "hw": "homework", "gone4": "gone for",
}

# Numeric dates and clock times stay single tokens ("12/03/26", "10.15", "1:30pm") so the
# date and time rules can see them whole; "a.m." is folded to "am".
_TOKEN = re.compile(
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{1,2}-\d{1,2}-\d{2,4}"
    r"|\d{1,2}[.:]\d{2}(?:\.\d{2,4})?(?:[ap]m)?"
    r"|[ap]\.m\.?"
    r"|[a-z]+(?:-[a-z]+)+"          # hyphenated words stay whole: "self-harm", "x-ray"
    r"|[a-z0-9]+(?:['’][a-z]+)?(?:[&+][a-z](?![a-z]))?"
    r"|[^\sa-z0-9]",
    re.I,
)
# Accented Latin letters read as their base letter ("pokémon", a parent's "Zoe" for Zoë),
# one character for one so the offsets into the original text still hold.
_ACCENTS = {
    code: base[0]
    for code in range(0xC0, 0x250)
    if (base := unicodedata.normalize("NFKD", chr(code))) and len(base) > 1 and base[0].isascii()
    and all(unicodedata.combining(mark) for mark in base[1:])
}
# Characters that are never useful: control chars and zero-width marks.
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\ufeff]")
# HTML tags carry no meaning for us and "<b>" would read as the word "be".
_TAG = re.compile(r"</?[a-z][^<>]{0,200}>", re.I)


@dataclass(frozen=True)
class Norm:
    text: str           # normalised text, lower case, tokens separated by single spaces
    original: str       # the text as received
    starts: tuple       # per normalised token: (norm_start, norm_end, orig_start, orig_end)

    def original_span(self, start: int, end: int) -> str:
        """The part of the original text that produced normalised chars [start, end)."""
        o_start = o_end = None
        for n_s, n_e, s, e in self.starts:
            if n_e > start and n_s < end:
                o_start = s if o_start is None else o_start
                o_end = e
        if o_start is None:
            return ""
        return self.original[o_start:o_end]


def normalise(text: str) -> Norm:
    """Lower-case, expand text-speak, and keep a map of token offsets."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    clean = _JUNK.sub(" ", unicodedata.normalize("NFKC", text))
    clean = _TAG.sub(lambda m: " " * len(m.group(0)), clean)
    pieces: list[str] = []
    starts: list[tuple] = []
    pos = 0
    for m in _TOKEN.finditer(fold_accents(clean)):
        tok = m.group(0).lower().replace("’", "'")
        if tok in ("a.m.", "a.m", "p.m.", "p.m"):
            tok = tok[0] + "m"
        tok = TEXT_SPEAK.get(tok, tok)
        if pieces:
            pos += 1
        starts.append((pos, pos + len(tok), m.start(), m.end()))
        pieces.append(tok)
        pos += len(tok)
    _fix_ill(pieces)
    return Norm(" ".join(pieces), clean, tuple(starts))


def fold_accents(text: str) -> str:
    """`text` with accented Latin letters as their base letters, the same length."""
    return text.translate(_ACCENTS)


# "ill collect him" is "I'll collect him": "ill" before a verb is a missing apostrophe.
_VERB_AFTER_ILL = {"be", "collect", "get", "pick", "bring", "let", "call", "drop", "take", "send",
                   "ring", "try", "keep", "see", "text", "email", "do", "make", "come", "phone",
                   "update", "sort", "have", "need", "fetch", "walk", "drive", "message", "go",
                   "check", "speak", "contact", "pop", "put", "write", "just", "probably", "also"}


def _fix_ill(pieces: list) -> None:
    for i, tok in enumerate(pieces[:-1]):
        if tok == "ill" and pieces[i + 1] in _VERB_AFTER_ILL:
            pieces[i] = "i'll"
