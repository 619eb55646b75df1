"""Round 10: families of dates, sessions and arrival-time misses from new writers (batches l-q).

Probes are written by hand from nlu/data/CONVENTIONS.md, not copied from the corpus.
"""
from datetime import date, time

import pytest

from nlu import parse_message

MON = date(2026, 3, 9)   # a Monday
TUE = date(2026, 3, 10)  # a Tuesday
WED = date(2026, 3, 11)
THU = date(2026, 3, 12)
FRI = date(2026, 3, 13)
SAT = date(2026, 3, 14)


def parse(text, today=TUE, now=time(7, 45), children=("Sam",)):
    return parse_message(text, today=today, now=now, children=list(children))


def days(text, today=TUE, now=time(7, 45), children=("Sam",)):
    return [str(d) for d in parse(text, today, now, children).dates]


def arrival(text, today=TUE, now=time(8, 20)):
    t = parse(text, today, now).arrival_time
    return t.strftime("%H:%M") if t else None


@pytest.mark.parametrize("text,today,now,want", [
    # 1. "Thurs and Fri before her exam", "Monday after his op": the child's own event, so the
    # weekdays are the days themselves; "the Thursday and Friday before Easter" is relative.
    ("Priya will be revising at home Wed and Thu before her history exam", TUE, time(7, 30),
     ["2026-03-11", "2026-03-12"]),
    ("Oscar will be off Friday after his tonsils op, he needs a day to recover", TUE, time(7, 30), ["2026-03-13"]),
    ("Noor is on study leave Monday and Tuesday next week before her biology paper on the Wednesday", THU, time(7, 30),
     ["2026-03-16", "2026-03-17"]),
    ("Could we take Ella out the Thursday and Friday before Easter for a family holiday?", TUE, time(19, 0), []),
    ("Can we take Jay out the Monday and Tuesday after the Easter holidays, 20th and 21st April, for a family holiday?",
     TUE, time(19, 0), ["2026-04-20", "2026-04-21"]),
])
def test_weekday_before_after_event(text, today, now, want):
    assert days(text, today, now) == want


@pytest.mark.parametrize("text,today,want", [
    # 2. "resume school on Monday", "will try tomorrow": the day a return is made or attempted.
    ("Salam, Bilal has chicken pox, the doctor says 4 days rest. He will resume school on Monday", TUE,
     ["2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"]),
    ("Zain has a chest infection and is not coming in today, he will resume on Thursday", TUE,
     ["2026-03-10", "2026-03-11"]),
    ("tilly's got a migraine so she's off today, will try for tomorrow", TUE, ["2026-03-10"]),
    ("Floods on the lane again, can't get the kids in. We'll try again tomorrow if the water goes down", WED,
     ["2026-03-11"]),
    ("Amir still has a temperature, not in today. I'll try and get him in on Friday", WED,
     ["2026-03-11", "2026-03-12"]),
])
def test_return_attempted(text, today, want):
    assert days(text, today) == want


@pytest.mark.parametrize("text,today,now,want", [
    # 3. "if she missed 3 days from ...", "two weeks of leave": the count asked for.
    ("Would it be alright if Maisie missed 2 days from 16th March for her aunt's wedding in Dublin?", TUE, time(12, 0),
     ["2026-03-16", "2026-03-17"]),
    ("I would like to request two weeks of leave for Arjun from 20th April to visit his grandparents in India",
     TUE, time(19, 0),
     ["2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23", "2026-04-24",
      "2026-04-27", "2026-04-28", "2026-04-29", "2026-04-30", "2026-05-01"]),
    ("Is it ok if Leon took 3 days from Wednesday 18th March? We have a family funeral in Glasgow", TUE, time(12, 0),
     ["2026-03-18", "2026-03-19", "2026-03-20"]),
    # 4. "from Wednesday 3rd June ... back for Monday": the return Monday after the start
    ("Please may I request leave for Kuba from Wednesday 3rd June for his cousin's wedding? He will be back for Monday",
     TUE, time(8, 0), ["2026-06-03", "2026-06-04", "2026-06-05"]),
    ("Could Hana have leave from Thursday 19th March for a family wedding in Lahore, back on Tuesday?",
     TUE, time(8, 0), ["2026-03-19", "2026-03-20", "2026-03-23"]),
    ("Can I ask for Dawid to have leave from Friday 27th March for a family funeral? He'll be back on Wednesday",
     TUE, time(8, 0), ["2026-03-27", "2026-03-30", "2026-03-31"]),
])
def test_counts_and_return_days(text, today, now, want):
    assert days(text, today, now) == want


@pytest.mark.parametrize("text,today,want", [
    # 5. "with me this week", "at her dad's this week", "been really bad this week": not days off;
    # "all week" beside dates in another week is that week.
    ("Olly's with me this week. He's been up all night being sick so won't be in today", TUE, ["2026-03-10"]),
    ("Mia's at her mum's this week, she rang to say Mia has a temperature and won't be in", WED, ["2026-03-11"]),
    ("Ruby won't be in today, she's had a bad night with her asthma, it's been awful this week", THU, ["2026-03-12"]),
    ("It's Lee, Finn's dad, I've got Finn this week. He's got conjunctivitis so he's staying with me today", TUE,
     ["2026-03-10"]),
    ("Jade is filming in Leeds from 23/03 to 27/03, the production has a licence and a chaperone is with her all week",
     TUE, ["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27"]),
])
def test_this_week_story(text, today, want):
    assert days(text, today) == want


@pytest.mark.parametrize("text,today,now,want", [
    # 6. a school event on a day ("the swimming gala on Friday") or something "after school" is not
    # a day off when another day is named.
    ("Ivy is off today with a sore throat. Can she still do the netball tournament on Thursday?", TUE, time(7, 45),
     ["2026-03-10"]),
    ("Harry won't be in today, temperature. Is the sports day still on Friday?", WED, time(7, 45), ["2026-03-11"]),
    ("Please could Kemi miss Friday 20th March for her sister's graduation in Leeds? We would drive up on Thursday "
     "after school", TUE, time(19, 0), ["2026-03-20"]),
])
def test_event_days(text, today, now, want):
    assert days(text, today, now) == want


@pytest.mark.parametrize("text,today,want", [
    # 7. "until the end of next week", "until the end of term on the 27th": the last day is off;
    # "until her first paper on Thursday": she comes in that day.
    ("Yasmin will be off from Wednesday until the end of next week, we are flying to Nigeria for a funeral", TUE,
     ["2026-03-11", "2026-03-12", "2026-03-13", "2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19",
      "2026-03-20"]),
    ("Ali and Sara will be away from Monday 23rd until the end of term on the 27th, it is a family emergency", TUE,
     ["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27"]),
    ("Tom is on study leave from today until his first GCSE paper on Thursday, he'll come in for it", TUE,
     ["2026-03-10", "2026-03-11"]),
])
def test_until_end_of(text, today, want):
    assert days(text, today) == want


@pytest.mark.parametrize("text,today,want", [
    # 8. the past day of a story told at length ("went to their dad's on Friday", "threatened him
    # ... on Friday") is not the coming Friday.
    ("The boys went to their nan's on Friday and she was meant to bring them back last night. She hasn't. "
     "They won't be in today", MON, ["2026-03-09"]),
    ("Leo's been in a state since an older boy punched him outside the chip shop near the park on Thursday. "
     "He's too scared to come in today", MON, ["2026-03-09"]),
    ("Ayla won't be in school today, two girls threatened her in the toilets at lunch on Friday and she's terrified",
     MON, ["2026-03-09"]),
])
def test_past_story_day(text, today, want):
    assert days(text, today) == want


@pytest.mark.parametrize("text,today,want", [
    # 9. ordinals: a month shared along a list, a month named before, one month for a range,
    # "Thursday 19/03/26" is one day, and "his 9th" is an age.
    ("Mo has a performance licence for the panto matinees Tues 17th and Weds 18th March", MON,
     ["2026-03-17", "2026-03-18"]),
    ("We are going to my sister's over the April holidays but it overlaps - could Kit have the Monday and Tuesday "
     "after off (20th and 21st)?", SAT, ["2026-04-20", "2026-04-21"]),
    ("Grace is going to Lisbon with her grandparents from the 17th to the 20th", date(2026, 2, 25),
     ["2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"]),
    ("Nadia will be off on Thursday 19/03/26 for an eye operation", TUE, ["2026-03-19"]),
    ("Taking Max to Legoland tomorrow for his birthday, it's his 9th!", TUE, ["2026-03-11"]),
])
def test_ordinal_months(text, today, want):
    assert days(text, today, now=time(20, 0) if "Legoland" in text else time(7, 45)) == want


@pytest.mark.parametrize("text,today,now,want", [
    # 10. a day the parent may still confirm: "I will inform tomorrow", "if it changes to Friday",
    # "tomorrow if needed".
    ("Good morning, my daughter Fatima is having fever since last night, today also she cannot come. "
     "I will inform tomorrow", WED, time(7, 0), ["2026-03-11"]),
    ("Salaam, Eid is on Friday inshallah so Adam and Musa will be off. If it changes to Monday I will let you know",
     TUE, time(19, 0), ["2026-03-13"]),
    ("Lola has a bad migraine so I'm keeping her home today and tomorrow if needed, I'll keep you updated", WED,
     time(7, 40), ["2026-03-11"]),
])
def test_maybe_days(text, today, now, want):
    assert days(text, today, now) == want


@pytest.mark.parametrize("text,today,now,want", [
    # 11. weekdays listed up to "today" are the days just gone; "sent a note in with him today" means
    # he is in today; 12. "should be back tomorrow" is not a correction.
    ("Jack has been off the last 3 days with a chest infection - Monday, Tuesday and today. Should be back tomorrow",
     WED, time(18, 0), ["2026-03-09", "2026-03-10", "2026-03-11"]),
    ("Sorry for the late message, Priya was off on Monday and Tuesday with a bug. I've sent a note in with her today",
     WED, time(8, 0), ["2026-03-09", "2026-03-10"]),
    ("Evie was off yesterday and today with tonsillitis, she should be fine for tomorrow", WED, time(17, 0),
     ["2026-03-10", "2026-03-11"]),
    # 13. "the week after next, Monday to Wednesday"
    ("Could Ben and Alfie be off the week after next, Monday to Wednesday? We have a family wedding in Spain",
     SAT, time(10, 0), ["2026-03-23", "2026-03-24", "2026-03-25"]),
    ("Can Rhys miss the week after next, Thursday and Friday, for his brother's graduation?", TUE, time(10, 0),
     ["2026-03-26", "2026-03-27"]),
    ("Sienna will be away all of the week after next, we're visiting family in Ghana", WED, time(8, 0),
     ["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27"]),
    # 14. "finish on Thursday 26th March instead of Friday": the days after the last day in school
    ("Could Maya finish on Thursday 26th March instead of Friday? Our ferry is at 6am that morning", TUE, time(20, 0),
     ["2026-03-27"]),
    ("Would it be ok for Ollie to finish on Wednesday 25th March instead of Friday 27th, flights are cheaper", TUE,
     time(20, 0), ["2026-03-26", "2026-03-27"]),
    ("Can the twins finish on Tuesday 24th instead of Friday 27th March please, my dad is getting married in Goa",
     TUE, time(20, 0), ["2026-03-25", "2026-03-26", "2026-03-27"]),
])
def test_lists_and_weeks(text, today, now, want):
    assert days(text, today, now) == want


@pytest.mark.parametrize("text,want", [
    # 15. a late arrival told with a hedge after the time, a lone time, words, "is coming in at"
    ("Running late, puncture on the bypass. ETA 9.45", "09:45"),
    ("Sami will be late, we're stuck behind a tractor, 9.50 ish", "09:50"),
    ("Freya will be late in, the cat was sick everywhere. 9.40 at the latest", "09:40"),
    ("So sorry, Aria will be late today, the car won't start. Hopefully 10.15", "10:15"),
    ("Kian is late, blood test first thing, straight in after - should be 11ish", "11:00"),
    ("Nell will be late, we had to go back for her PE kit. Sorry. 9:25", "09:25"),
    ("Theo will be with you by ten fifteen, he had a nosebleed on the way", "10:15"),
    ("Maddie is coming in at 11.20 after her orthodontist", "11:20"),
    ("my son will late today, I must wait for the plumber. He come 10 o'clock", "10:00"),
    ("the taxi didn't turn up for Jamal so he'll be late, his dad is bringing him at 10", "10:00"),
])
def test_late_arrival_times(text, want):
    assert arrival(text) == want


def test_phone_time_is_not_arrival():
    # 16. "I'll ring the school at 9": when the parent phones
    p = parse("Elsie is scared to come in because of a boy in her class. Keeping her home today, I'll ring "
              "the school at 9 to talk about it", today=TUE, now=time(7, 50))
    assert p.arrival_time is None and p.sessions == "ALL"


@pytest.mark.parametrize("text,today,now,want", [
    # 17. leaving and not coming back: "be let out at 2", "pick up Nat at 1:45", "collected Max at 1",
    # "comes out of school at 1.30", "if he left at 12.45" -> PM
    ("Could Reggie be let out at 2 today? He has the orthodontist at 2.30 and won't come back after", TUE,
     time(8, 0), "PM"),
    ("pick up jaz at 1:30 for her hospital appt, she won't be back", TUE, time(7, 30), "PM"),
    ("Would it be alright if I collected Aisha at 1 on Thursday for her grandad's funeral?", TUE, time(19, 0), "PM"),
    ("Is it ok if Finn comes out of school at 1.30 on Friday for his cousin's wedding?", TUE, time(19, 0), "PM"),
    ("Ethan has a college interview on 20th March at 2pm, would it be ok if he left at 12.45 that day?", TUE,
     time(12, 0), "PM"),
    # 18. "rang the office this morning" is not a morning off; "won't be in this afternoon" is PM
    ("Both girls have been off today with a tummy bug, I rang the office this morning. Back tomorrow hopefully",
     THU, time(18, 0), "ALL"),
    ("Rosie has been off today with a cold (I phoned the office this morning). She'll be in tomorrow", WED,
     time(17, 30), "ALL"),
    ("Idris wont be in this afternoon, taking him for a hearing test at 2", WED, time(11, 0), "PM"),
    ("Lexi won't be in this afternoon, she has the dentist at half 1", THU, time(10, 30), "PM"),
    # 19. "off in the afternoon", "I'll be collecting her at lunch", "get him out at 1" -> PM;
    # "she'll be in school this afternoon" -> AM
    ("Hollie is dancing in the Peter Pan matinee on Thursday so she'll be off in the afternoon", TUE, time(8, 0),
     "PM"),
    ("Marcus has a sixth form interview on Friday afternoon so I'll be picking him up at lunch, he won't be back",
     TUE, time(19, 0), "PM"),
    ("Zoe's got the hospital at 2 tomorrow so I'll get her out at 1 and she won't come back", TUE, time(19, 0), "PM"),
    ("The social worker is seeing Kai at home this morning so he'll be in school this afternoon", TUE, time(7, 50),
     "AM"),
    ("Emily has her MRI this morning, I'll bring her in this afternoon", TUE, time(7, 50), "AM"),
    # 21. "come in for the test and then go home": the morning only, misses the afternoon
    ("Sophie has a horrible cold, she will come in for her maths mock and then go home", TUE, time(7, 40), "PM"),
    ("Jacob is still poorly, he will be in for registration and his exam then come straight home", WED, time(7, 40),
     "PM"),
    ("Aled feels rough, he's going in for the science paper this morning then going home to bed", THU, time(7, 40),
     "PM"),
    ("She's coming in for the morning then I'll take her home, she has a fever", TUE, time(7, 40), "PM"),
    ("Kofi will miss Monday morning for the hospital, back by lunch", TUE, time(19, 0), "AM"),
])
def test_sessions(text, today, now, want):
    assert parse(text, today, now).sessions == want


@pytest.mark.parametrize("text,today,want", [
    # 20. a child not home now: the past days told ("since Saturday", "rang the police yesterday")
    # are the story; the absence is the default day.
    ("Kelsey has not come home since Saturday. I rang the police yesterday. Please tell me if she turns up at school",
     TUE, ["2026-03-10"]),
    ("Dan never came home on Sunday night, his phone has been off since. Police came round yesterday", TUE,
     ["2026-03-10"]),
    ("Amara hasn't been home since Friday and we reported it on Saturday. If she is in school please call me", MON,
     ["2026-03-09"]),
])
def test_missing_child_is_today(text, today, want):
    from nlu.dates import resolve_dates
    from nlu.normalise import normalise
    got = resolve_dates(normalise(text).text, today, time(7, 30), "absence")
    assert [str(d) for d in got] == want


@pytest.mark.parametrize("text,today,now,want", [
    # 22. "Monday to Wednesday next week, back Thursday": the return weekday comes after the named
    # days off, not in the current week.
    ("The kids won't be in Monday to Wednesday next week, we're in Rome, back Thursday", TUE, time(20, 0),
     ["2026-03-16", "2026-03-17", "2026-03-18"]),
    ("Keira will miss Thursday and Friday next week for her cousin's wedding, back Monday", TUE, time(8, 0),
     ["2026-03-19", "2026-03-20"]),
    ("Ollie is off Tuesday and Wednesday next week for his op, back in Thursday", FRI, time(8, 0),
     ["2026-03-17", "2026-03-18"]),
])
def test_return_day_after_named_days(text, today, now, want):
    assert days(text, today, now) == want
