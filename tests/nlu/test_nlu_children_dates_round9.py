"""Round 9: families of children and dates misses (probes written by hand from CONVENTIONS)."""
from datetime import date, time

import pytest

from nlu import parse_message

TUE = date(2026, 3, 10)  # a Tuesday


def kids(text, children, today=TUE, now=None):
    return list(parse_message(text, today=today, now=now, children=children).target_children)


def days(text, children=("Sam",), today=TUE, now=None):
    return [str(d) for d in parse_message(text, today=today, now=now, children=list(children)).dates]


@pytest.mark.parametrize("text,children,want", [
    # already in / already gone: the sibling is at school
    ("Leo has a temperature so he's off today, Maya is already in school", ["Maya", "Leo"], ["Leo"]),
    ("Ava's poorly and staying home, Noah has gone already", ["Ava", "Noah"], ["Ava"]),
    ("Finn will be late, dentist at 9. Rosa's already left", ["Finn", "Rosa"], ["Finn"]),
    # "in normal", elliptic "X will"
    ("Zara's got an appointment so she'll be in for 11. Adam in normal", ["Zara", "Adam"], ["Zara"]),
    ("ethan won't be in today he's been sick. lucy will", ["Ethan", "Lucy"], ["Ethan"]),
    # "'s staying in school", "walked in with"
    ("Ben and Chloe are off for the funeral, Ruby's staying in school", ["Ben", "Chloe", "Ruby"], ["Ben", "Chloe"]),
    ("Kofi and Ama will be late, car won't start. Yaw walked in with his friends", ["Kofi", "Ama", "Yaw"], ["Kofi", "Ama"]),
    # "in as soon as", "in Poland": not at school
    ("Train cancelled, Maya and Leo will be in as soon as we can", ["Maya", "Leo"], ["Maya", "Leo"]),
    ("Kasia and Tomek will be in Poland next week for a family wedding", ["Kasia", "Tomek"], ["Kasia", "Tomek"]),
    # "none of mine"
    ("none of mine in today we've all got the flu", ["Jay", "Amir", "Sofia"], ["Jay", "Amir", "Sofia"]),
    # word-names listed with a sibling
    ("Poppy and Will not in today, both got colds", ["Poppy", "Will", "Oscar"], ["Poppy", "Will"]),
    ("hope n grace off sick 2day", ["Grace", "Hope"], ["Grace", "Hope"]),
    # nickname that is also a sibling's registered name
    ("Mia is off today with a cold", ["Amelia", "Mia"], ["Mia"]),
    ("Millie's off, Amelia's in", ["Amelia", "Millie"], ["Millie"]),
    # girls' names by list
    ("can I take the girls out on Friday for a wedding abroad", ["Harper", "Violet", "Ryan"], ["Harper", "Violet"]),
    # missing child: "don't know where he is"
    ("Sam didn't come home last night and we don't know where he is, he won't be in", ["Sam", "Ella"], ["Sam"]),
])
def test_children_families(text, children, want):
    assert kids(text, children) == want


@pytest.mark.parametrize("text,children,want", [
    # negatives: look-alikes that must keep their old reading
    ("Maya is off today, Leo is in", ["Maya", "Leo"], ["Maya"]),
    ("Leo won't be in, Maya will be in at 10 after the dentist", ["Maya", "Leo"], ["Maya", "Leo"]),
    ("Will be late today sorry, traffic", ["Will", "Poppy"], []),
    ("New number for Uncle Sam please update", ["Sam"], []),
    ("Grandad Joe is picking Joe up at 3 today", ["Joe", "Ada"], ["Joe"]),
    ("we don't know if Sam will make it, he is poorly", ["Sam", "Ella"], ["Sam"]),
])
def test_children_negatives(text, children, want):
    assert kids(text, children) == want


@pytest.mark.parametrize("text,now,want", [
    # "scared/too ill to come <day>": the day off, not the return day
    ("she is scared to come tomorrow because of the girls in her class", time(19, 0), ["2026-03-11"]),
    ("he is too poorly to come in on Thursday", time(8, 0), ["2026-03-12"]),
    ("she's refusing to come tomorrow, she says her tummy hurts", time(20, 0), ["2026-03-11"]),
    # "for N days before X": a count
    ("Sam is off from tomorrow for 2 days before his operation", time(8, 0), ["2026-03-11", "2026-03-12"]),
    ("off for three days before the exams start, revising", time(8, 0), ["2026-03-10", "2026-03-11", "2026-03-12"]),
])
def test_dates_families(text, now, want):
    assert days(text, now=now) == want


@pytest.mark.parametrize("text,now,want", [
    ("he's poorly today, he'll come back tomorrow", time(8, 0), ["2026-03-10"]),
    ("he had a cough 3 days before and now it's worse, keeping him off today", time(8, 0), ["2026-03-10"]),
])
def test_dates_negatives(text, now, want):
    assert days(text, now=now) == want
