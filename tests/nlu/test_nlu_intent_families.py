"""Intent and reason decided by families of phrasing (CONVENTIONS.md), not by corpus lines.

Every message here is written for this file; none is in the corpus.
"""
from datetime import date, time

import pytest

from nlu import parse_message
from nlu.normalise import normalise
from nlu.reasons import cue_hits, lexicon_hits

TODAY = date(2026, 3, 10)  # a Tuesday


def _parse(text, children=("Tom",)):
    return parse_message(text, today=TODAY, now=time(7, 50), children=list(children))


def _cues(text):
    return cue_hits(normalise(text).text)


@pytest.mark.parametrize("text, intent", [
    # Leaves and comes back the same day: late, whatever the return time.
    ("I'm collecting Tom at 10.20 for the orthodontist and he'll be back by 11.30", "late"),
    ("Signing Tom out at 11 for his asthma review, he'll come back after lunch", "late"),
    ("taking tom out at 1.10 for speech therapy, have him back for 2.45", "late"),
    # Leaves and does not come back: absence.
    ("Picking Tom up at 1 for his eye test, he won't be back after", "absence"),
    # Not in all morning, arriving at or after lunch: absence (AM), not late.
    ("Tom has a scan at the hospital this morning, he'll be in at 1.30", "absence"),
    ("Tom's got the optician first thing then I'll get him in for lunchtime", "absence"),
    # Arriving during the morning: late.
    ("Tom has the GP at 9, he'll be in for 10.45", "late"),
    # Questions about the rules or about one lesson are not absences or leave requests.
    ("Do I need to send in a doctor's note for when Tom was off with a cold last week?", "other"),
    ("Would it be ok if Tom sits out of swimming on Friday? His ear is still sore", "other"),
    # The parent is late at home time.
    ("Running late for pick up, sorry, I'll be at the gate by 3.40", "other"),
    ("I'll be late collecting Tom today, stuck on the ring road", "other"),
    # An appointment in the holidays takes no school time.
    ("Tom's got the dentist in the Easter holidays so he won't need to miss any school", "other"),
    ("Tom has his brace fitted on the Thursday of half term, no need to mark anything", "other"),
    # The child is in school: a welfare note, not an absence.
    ("Could someone keep an eye on Tom today, he's had a rough night with his dad. He has gone in", "other"),
    ("Tom has physio at 2 so I'll collect him at 1.30, no point bringing him back after", "absence"),
    ("The school bus broke down so Tom won't be in until 10", "late"),
    # A register query and a change of who collects at home time.
    ("The app has Tom marked absent on Monday but he was in school on Monday all day", "other"),
    ("Just so you know, Tom's grandad will be collecting him today instead of me", "other"),
    # Collected before the end of the day and not coming back.
    ("Can I collect Tom at 1.45 today for his nan's funeral? He won't come back after", "absence"),
    # "late" said outright, with a time.
    ("Our boiler burst, Tom will be a bit late, about 9.35", "late"),
])
def test_intent_families(text, intent):
    assert _parse(text).intent == intent


@pytest.mark.parametrize("text, cue", [
    ("Could Zara go to her auntie's in Leeds for a few days after Christmas?", "strong_request"),
    ("Running late for pick up", "home_time"),
    ("Pick-up might be a bit late today", "home_time"),
    ("so she doesn't miss any lessons", "no_miss"),
    ("can he skip PE tomorrow?", "lesson_only"),
    ("I'll drop her in at dinner time", "lunch_arrival"),
    ("I'll bring him at 10", "arrive_at"),
    ("collecting her at 9.50, back in time for maths", "out_and_back"),
    ("picking him up at 2, he won't come back after", "no_return"),
])
def test_intent_cues(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize("text", [
    "she said everyone would be better off without her",
    "he was kicking off about his shoes, in for 9.20",
])
def test_off_in_a_phrase_is_no_absence_cue(text):
    assert "absent" not in _cues(text)


@pytest.mark.parametrize("text, code", [
    # Operations and procedures are M; getting over one is I.
    ("Tom is having an operation on his knee on Tuesday so he'll be off", "M"),
    ("Tom will be off Thursday for his grommets op", "M"),
    ("Tom's got hospital in Leeds on Thursday so he'll miss the day", "M"),
    ("Tom is still off, recovering from his op last week", "I"),
    # Household problems, tiredness after a treat, shopping for a festival: O.
    ("Tom's off today, we're waiting in for the plumber", "O"),
    ("Our bathroom flooded overnight, Tom will be in tomorrow", "O"),
    ("The removal van comes at 8 so Tom won't be in today", "O"),
    ("the car has been towed so I can't get Tom in today", "O"),
    ("Eid shopping with grandma today so Tom won't be in", "O"),
    ("Tom is too tired after the sleepover to come in today", "O"),
    ("We've got tickets to see the panto this afternoon so Tom will be off", "O"),
    ("My husband is in hospital for an op so I can't get Tom in today", "O"),
    # Funerals: any relative is C; a neighbour or colleague is O. Cousins' weddings are O.
    ("Tom will be off Friday for his uncle's funeral", "C"),
    ("Tom will be off Friday for his cousin's funeral", "C"),
    ("Tom will be off Friday for our neighbour's funeral", "O"),
    ("Tom will be off Friday for his cousin's wedding", "O"),
    # A denied illness, the parent's own scan, the doctor's advice to rest.
    ("Tom's not ill, he just won't get dressed, so he's at home with me today", "O"),
    ("Tom is at home minding the baby while I go to my scan, sorry", "O"),
    ("Tom is over the worst but the GP said to keep him off one more day", "I"),
    # An audition for a school is an admissions interview (J1); performing is C1.
    ("Tom will miss Monday for his audition at the dance academy", "J1"),
    ("Tom has a licensed part in a West End show on Wednesday so he'll be off", "C1"),
])
def test_reason_families(text, code):
    p = _parse(text)
    assert p.intent in ("absence", "late", "leave_request")
    assert p.reason_code == code


def test_a_sibling_in_as_normal_does_not_cancel_the_absence():
    p = _parse("Tom has a high temperature so he's staying home, Ella will be in as normal", children=("Tom", "Ella"))
    assert (p.intent, p.reason_code) == ("absence", "I")


def test_police_interview_is_not_a_job_interview():
    hits = lexicon_hits(normalise("Tom has a video interview with the police on Monday").text)
    assert "J1" not in hits


def test_a_name_that_is_also_a_country_does_not_make_a_holiday():
    p = parse_message("Jordan has a temperature and a cough, he won't be in today",
                      today=TODAY, now=time(7, 50), children=["Jordan"])
    assert p.reason_code == "I"


def test_a_date_ordinal_is_not_a_birthday():
    assert "O" not in lexicon_hits(normalise("Tom will be off on Fri 13th").text)
    assert "O" in lexicon_hits(normalise("it's her 40th so we're going to a spa").text)
