from datetime import date, time

import pytest

from nlu import parse_message
from tests.nlu.safeguarding_probes import rule_layer

T = date(2026, 3, 12)


def sg(text):
    r = parse_message(text, today=T, now=time(8, 0), children=["Mia"])
    return r.safeguarding, r.safeguarding_reasons


@pytest.mark.parametrize("text,reason", [
    ("Mia didn't come home last night and isn't answering her phone", "missing"),
    ("she ran away again last night", "missing"),
    ("I don't know where she is", "missing"),
    ("Mia has been self-harming and isn't well enough to come in", "self_harm"),
    ("she says she doesn't want to be alive anymore", "self_harm"),
    ("she took an overdose last night", "self_harm"),
    ("her stepdad hit her again", "abuse"),
    ("we've had to move to a refuge", "domestic_violence"),
    ("Mia is scared to come in because of Mr Harris", "afraid"),
    ("some older girls keep bullying her and said they'll beat her up", "bullying"),
    ("the police are at the house", "police"),
])
def test_positives(text, reason):
    flag, reasons = sg(text)
    assert flag and reason in reasons


@pytest.mark.parametrize("text", [
    "Is a police officer visiting her class this week?",
    "she was scared of the dentist but was so brave",
    "missing her PE kit again, can I drop it at the office",
    "killing me these early starts 😂",
    "Mia won't be in, my mum passed away last night",
    "Mia has a cold, keeping her off",
    "Police came to talk to the class about road safety??",
    "my dog ran away this morning so we're late",
])
def test_hard_negatives(text):
    assert sg(text) == (False, ())


def test_safeguarding_message_keeps_its_intent():
    r = parse_message("Ella won't be in, she's been cutting herself again", today=T, children=["Ella"])
    assert r.safeguarding and r.intent == "absence" and r.reason_code == "I"


# "missing" followed by a thing a child misses is no alarm, but only when that thing is a
# whole word: "missing a(nything)" excused "missing and we're frantic" and "missing again".
@pytest.mark.parametrize("text,flagged", [
    ("Tyler went out at 6 and is still missing and we are frantic", True),
    ("he is missing again since last night", True),
    ("he's missing again and his phone is off", True),
    ("my daughter is missing 2 nights now", True),
    ("she is missing another day of school sorry", False),
    ("is she missing anything important today?", False),
    ("he will be missing again tomorrow with the cold", False),
    ("he is missing 20 minutes of maths for his violin", False),
])
def test_missing_is_excused_only_by_whole_words(text, flagged):
    assert bool(rule_layer(text)[0]) is flagged
