from datetime import date, time

import pytest

from nlu import parse_message
from nlu.children import find_named

T = date(2026, 3, 12)


def kids(text, children, now=time(8, 0)):
    return parse_message(text, today=T, now=now, children=children).target_children


@pytest.mark.parametrize("text,children,expected", [
    ("Alex is off sick today", ["Alexander", "Olivia"], ("Alexander",)),
    ("Liv has a temperature, keeping her off", ["Alexander", "Olivia"], ("Olivia",)),
    ("olivai is off sick today", ["Olivia", "Harvey"], ("Olivia",)),
    ("jak is poorly", ["Jake", "Amy"], ("Jake",)),
    ("Amy's got a cold, not in today", ["Jake", "Amy"], ("Amy",)),
    ("Mo wont be in he has migraine", ["Mohammed", "Aisha"], ("Mohammed",)),
    ("Bella's got an ear infection", ["Isabella", "Sienna"], ("Isabella",)),
    ("both off today with d&v", ["Jake", "Amy"], ("Jake", "Amy")),
    ("the kids are ill today", ["Jake", "Amy", "Ben"], ("Jake", "Amy", "Ben")),
    ("all 3 off today", ["Jake", "Amy", "Ben"], ("Jake", "Amy", "Ben")),
    ("off sick today", ["Jake"], ("Jake",)),
    ("off sick today", ["Jake", "Amy"], ()),
    ("no its Ben not Sam, sorry! Sam is in", ["Sam", "Ben"], ("Ben",)),
    ("Bella's off today, Rocco and Enzo are going in", ["Bella", "Rocco", "Enzo"], ("Bella",)),
    ("typo - I meant Alexander not Alexandra", ["Alexandra", "Alexander"], ("Alexander",)),
])
def test_children(text, children, expected):
    assert kids(text, children) == expected


def test_word_names_are_not_matched_as_words():
    assert kids("will be in late today, car trouble", ["Will", "Grace"]) == ()
    assert kids("Will won't be in today, he's sick", ["Will", "Grace"]) == ("Will",)
    assert kids("I hope she feels better, Grace is off sick", ["Hope", "Grace"]) == ("Grace",)


def test_order_and_spelling_follow_children():
    assert kids("Amy and jake are both off", ["Jake", "Amy"]) == ("Jake", "Amy")


def test_opt_out_concerns_no_child():
    assert kids("STOP", ["Jake"]) == ()


def test_find_named_returns_spans():
    hits = find_named("Liv is off", ["Olivia"])
    assert hits == {"Olivia": [(0, 3)]}
