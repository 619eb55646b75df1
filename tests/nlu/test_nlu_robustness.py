"""Bad input never raises, and every output is well-formed (hypothesis property test)."""
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from nlu import Parse, parse_message
from nlu.pipeline import INTENTS, REASONS

SG = {"missing", "self_harm", "abuse", "domestic_violence", "afraid", "bullying", "police"}
BAD = [
    "", "   \n\t ", "a" * 10_000, "Jake off sick " * 800, "😀😀😀🤢", "\x00\x01\xff\ufffd junk \x7f",
    "<script>alert('x')</script><b>Jake</b> is off", "'; DROP TABLE absences; --",
    "SELECT * FROM pupils WHERE 1=1", "Bore da, mae Cerys yn sâl heddiw. Diolch",
    "Dzień dobry, Zofia jest chora i nie przyjdzie dzisiaj", "صباح الخير", "12/13/99 31/02 00:00 99:99",
    "next next next tuesday until until", "\u202e\u200b", "🤮" * 3000,
    # Long repeats of the openings of wide safeguarding patterns (gaps of several words): a
    # regex that backtracks badly on them hangs here. How long they take: bench/nlu_speed.py.
    *((chunk * (10_000 // len(chunk) + 1))[:10_000] for chunk in (
        "the boys in his class ", "me and my ex had a row and ", "dropped her off at ",
        "photo of her sent round ", "girls say they will ", "police talk to year 6 about ")),
]


def check(p: Parse, children):
    assert isinstance(p, Parse)
    assert p.intent in INTENTS
    assert (p.reason_code is None) == (p.intent in ("opt_out", "other"))
    assert p.reason_code is None or p.reason_code in REASONS
    assert 0.0 <= p.confidence <= 1.0
    assert p.sessions in ("ALL", "AM", "PM")
    assert isinstance(p.dates, tuple) and all(isinstance(d, date) and d.weekday() < 5 for d in p.dates)
    assert list(p.dates) == sorted(set(p.dates))
    assert isinstance(p.target_children, tuple) and set(p.target_children) <= set(children)
    assert list(p.target_children) == [c for c in children if c in p.target_children]
    assert p.arrival_time is None or isinstance(p.arrival_time, time)
    assert isinstance(p.evidence, tuple) and all(isinstance(e, str) for e in p.evidence)
    assert p.safeguarding == bool(p.safeguarding_reasons) and set(p.safeguarding_reasons) <= SG
    if p.intent in ("opt_out", "other"):
        assert p.dates == ()


def test_bad_input_never_raises():
    for text in BAD:
        for children in ([], ["Jake"], ["Jake", "Amy"]):
            check(parse_message(text, today=date(2026, 3, 12), children=children), children)


def test_non_string_input():
    for text in (None, b"jake off sick", 42):
        check(parse_message(text, today=date(2026, 3, 12)), [])


def test_defaults_are_optional():
    p = parse_message("jake wont b in 2day", today=date(2026, 3, 12))
    check(p, [])
    assert p.target_children == ()


WORDS = st.sampled_from(
    "jake amy off sick ill tomorrow tmrw monday thurs next week until back rest of the dentist at 11 "
    "in for 10 late both kids stop police missing holiday can we take 12/03 13th march after lunch "
    "this morning afternoon few days 3 days eid funeral snow taxi interview exam 😀 ? ! , .".split())
NAMES = st.lists(st.sampled_from(["Jake", "Amy", "Will", "Hope", "Olivia", "Alexander", "Mo"]),
                 max_size=3, unique=True)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, max_size=25), noise=st.text(max_size=40), children=NAMES,
       offset=st.integers(0, 700), minutes=st.one_of(st.none(), st.integers(0, 24 * 60 - 1)))
def test_every_output_is_well_formed(words, noise, children, offset, minutes):
    today = date(2025, 9, 1) + timedelta(days=offset)
    now = None if minutes is None else time(minutes // 60, minutes % 60)
    text = " ".join(words) + " " + noise
    check(parse_message(text, today=today, now=now, children=children), children)


@pytest.mark.parametrize("text, normalised", [
    ("back 2moz", "back tomorrow"),
    ("off tmrrw", "off tomorrow"),
    ("cn i tke her", "can i take her"),
    ("pokémon club", "pokemon club"),  # one word, not "pok é mon" (which read as Monday)
])
def test_text_speak_and_accents_normalise(text, normalised):
    from nlu.normalise import normalise
    assert normalise(text).text == normalised


def test_folding_accents_keeps_evidence_in_the_parents_own_spelling():
    from nlu.normalise import normalise
    norm = normalise("Zoë is ill")
    assert norm.original_span(0, 3) == "Zoë"
