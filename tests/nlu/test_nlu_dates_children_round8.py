"""Round 8 date and children probes, written fresh from nlu/data/CONVENTIONS.md ("dates",
"target_children") for the families fixed this round; expected dates were computed by hand
(2026-03-09 is a Monday). Dates are checked at the rule level (resolve_dates with the message's
intent) and children at target_children, so neither depends on the intent classifier."""
from datetime import date, time

import pytest

from nlu.children import target_children
from nlu.dates import resolve_dates
from nlu.normalise import normalise

# (text, today, now, intent, expected ISO dates)
DATE_CASES = [
    # --- a dotted date running to another dotted date: a range of days, not clock times
    ('Amy will be away 23.03 to 25.03 for a family wedding', '2026-03-09', '08:00', 'absence',
     ('2026-03-23', '2026-03-24', '2026-03-25')),
    ('we are abroad 4.5 - 6.5, sorry for short notice', '2026-03-09', '19:00', 'absence',
     ('2026-05-04', '2026-05-05', '2026-05-06')),
    ('Jonas away from 16.03 to 18.03, back to school 19.03', '2026-03-09', '08:00', 'absence',
     ('2026-03-16', '2026-03-17', '2026-03-18')),
    # look-alikes: clock times stay times
    ("she has her music exam from 9.15 to 10.15, she'll be in for 10.30", '2026-03-09', '08:00', 'late',
     ('2026-03-09',)),
    ("dentist 9.05 to 10.05 then he'll come in", '2026-03-10', '08:00', 'late', ('2026-03-10',)),
    # --- "X and the day after", "that day and the next day": one more school day
    ('Tom has his operation on 18/03 and will be off that day and the next day', '2026-03-09', '08:00',
     'absence', ('2026-03-18', '2026-03-19')),
    ('Priya off Thursday and the day after, hospital tests', '2026-03-09', '08:00', 'absence',
     ('2026-03-12', '2026-03-13')),
    ("he's off tomorrow and the day after for his tonsils op", '2026-03-10', '17:00', 'absence',
     ('2026-03-11', '2026-03-12')),
    # look-alike: "the day after" told as the story
    ("he was poorly the day after his jabs and still is, keeping him off today", '2026-03-09', '08:00',
     'absence', ('2026-03-09',)),
    # --- "sorry <day>": the corrected day replaces the first
    ("Ella won't be in on Wednesday, sorry Thursday", '2026-03-09', '08:00', 'absence', ('2026-03-12',)),
    ('Sam is off 17/3, sorry 18/3 x', '2026-03-09', '08:00', 'absence', ('2026-03-18',)),
    ("she isn't off on Tuesday, it's Wednesday she has the orthodontist", '2026-03-09', '08:00', 'absence',
     ('2026-03-11',)),
    # look-alikes: "sorry" as an apology, "sorry, tomorrow too"
    ("sorry Max won't be in tomorrow, sorry for the late notice", '2026-03-09', '20:00', 'absence',
     ('2026-03-10',)),
    ('off today sorry, tomorrow too probably', '2026-03-09', '08:00', 'absence', ('2026-03-09', '2026-03-10')),
    # --- "hasn't been home since Friday": missing from home, off school only today
    ("Jay hasn't been home since Saturday, police are looking, he won't be in", '2026-03-09', '08:00',
     'absence', ('2026-03-09',)),
    ("she has not come home since Thursday night, she won't be in today", '2026-03-09', '07:30', 'absence',
     ('2026-03-09',)),
    ("Kyle hasn't slept home since Wednesday and is not in school today", '2026-03-09', '08:00', 'absence',
     ('2026-03-09',)),
    # look-alike: "off since Thursday" still runs from Thursday
    ("He's been off since Thursday with a chest infection", '2026-03-09', '08:00', 'absence',
     ('2026-03-05', '2026-03-06', '2026-03-09')),
    # --- the hoped-for return day is not a day off
    ("she won't be in today, hopefully tomorrow.", '2026-03-10', '07:45', 'absence', ('2026-03-10',)),
    ("keeping him home today, I'll bring him tomorrow", '2026-03-10', '08:00', 'absence', ('2026-03-10',)),
    ('Tia is poorly, will try and get her in tomorrow', '2026-03-11', '07:30', 'absence', ('2026-03-11',)),
    # look-alike: a return day told with "back by" still ends a range
    ("not in today, hopefully back by Thursday", '2026-03-09', '08:00', 'absence',
     ('2026-03-09', '2026-03-10', '2026-03-11')),
    # --- "fell off ... yesterday": a fall, not a day off
    ('Zara fell off her bike yesterday and hurt her ankle, keeping her home today', '2026-03-10', '08:00',
     'absence', ('2026-03-10',)),
    ("he came off his scooter yesterday, he won't be in today", '2026-03-11', '08:00', 'absence',
     ('2026-03-11',)),
    ('she fell off the climbing frame yesterday, no school for her for a couple of days', '2026-03-10',
     '08:00', 'absence', ('2026-03-10', '2026-03-11')),
    # look-alike: really off yesterday
    ('Zara was off yesterday and is still off today', '2026-03-10', '08:00', 'absence',
     ('2026-03-09', '2026-03-10')),
    # --- "neither / none of them will be in": a negated "in", so the day is a day off
    ('neither of them will be in tomorrow', '2026-03-12', '21:00', 'absence', ('2026-03-13',)),
    ('none of mine will be in today or tomorrow, all got the bug', '2026-03-09', '08:00', 'absence',
     ('2026-03-09', '2026-03-10')),
    ('neither will be in on Thursday', '2026-03-09', '08:00', 'absence', ('2026-03-12',)),
    # --- a day named for a GP visit or a visit is not a day off when another day is named
    ("off today with a temp, we are seeing the GP on Thursday", '2026-03-09', '08:00', 'absence',
     ('2026-03-09',)),
    ("Lola is sick today. Is the police visit still on Friday?", '2026-03-09', '08:00', 'absence',
     ('2026-03-09',)),
    ("not in today, seeing the doctor on Wednesday about her asthma", '2026-03-09', '08:00', 'absence',
     ('2026-03-09',)),
    # look-alikes: the event day alone, or said to be off
    ("Seeing the GP on Thursday so she'll be off that day", '2026-03-09', '08:00', 'absence', ('2026-03-12',)),
    ("we will be in Pakistan for a family visit from 16th March to 20th March", '2026-03-09', '08:00',
     'absence', ('2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20')),
]


@pytest.mark.parametrize("text,today,now,intent,expected", DATE_CASES)
def test_round8_dates(text, today, now, intent, expected):
    got = resolve_dates(normalise(text).text, date.fromisoformat(today),
                        time.fromisoformat(now) if now else None, intent)
    assert tuple(d.isoformat() for d in got) == expected


# (text, children, intent, expected)
CHILD_CASES = [
    # --- a child said to be coming / there / at the normal time is not a target
    ('Ali is poorly today. Sara is coming.', ['Ali', 'Sara'], 'absence', ['Ali']),
    ("Ben won't be in, he's got a temperature. Lily will be there.", ['Lily', 'Ben'], 'absence', ['Ben']),
    ('Olek has dentist at 9:00, back at 10:30. Maja is normal time', ['Olek', 'Maja'], 'late', ['Olek']),
    # look-alike: "coming down with" is not coming to school
    ("Leo is coming down with something so he's staying home", ['Ava', 'Leo'], 'absence', ['Leo']),
    # --- "X will be in but the others won't"
    ("Ava and Leo have the bug, Noah will be in but the others won't", ['Noah', 'Ava', 'Leo'], 'absence',
     ['Ava', 'Leo']),
    ("Mia and Zac are both sick, Finn is in but the other two aren't", ['Zac', 'Finn', 'Mia'], 'absence',
     ['Zac', 'Mia']),
    ("Ruby will be in but her sisters won't, they have the bug", ['Ruby', 'Isla', 'Erin'], 'absence',
     ['Isla', 'Erin']),
    # --- signatures: "Mother of X and Y", "Sam (dad)"
    ('Omar has a fever and will stay home. Thank you, mother of Omar and Sara', ['Omar', 'Sara'], 'absence',
     ['Omar']),
    ('Amira is off sick today. Dan (dad)', ['Daniel', 'Amira'], 'absence', ['Amira']),
    ('Yusuf not in today, vomiting. Mum of Yusuf, Aisha and Bilal', ['Aisha', 'Yusuf', 'Bilal'], 'absence',
     ['Yusuf']),
    # look-alike: a child named after "of" in the message itself
    ('both of Sara and Omar are ill today', ['Omar', 'Sara'], 'absence', ['Omar', 'Sara']),
]


@pytest.mark.parametrize("text,children,intent,expected", CHILD_CASES)
def test_round8_children(text, children, intent, expected):
    assert list(target_children(text, normalise(text).text, children, intent)) == expected
