"""Date, session and arrival rule families from nlu/data/CONVENTIONS.md, in phrasings of our own."""
from datetime import date, time

import pytest

from nlu import parse_message
from nlu.dates import resolve_dates
from nlu.normalise import normalise
from nlu.times import arrival_time, find_times

MON, TUE, WED, THU, FRI = (date(2026, 3, d) for d in (9, 10, 11, 12, 13))
SAT = date(2026, 3, 14)
NMON, NTUE, NWED, NTHU, NFRI = (date(2026, 3, d) for d in (16, 17, 18, 19, 20))
PFRI = date(2026, 3, 6)


def dates(text, today=TUE, now=time(8, 0), intent="absence"):
    return resolve_dates(normalise(text).text, today, now, intent)


@pytest.mark.parametrize("text,today,now,expected", [
    # return days: "in/back/come ... <day>" ends the absence before that day
    ("she'll be in tomorrow, bad cold", TUE, time(8, 0), (TUE,)),
    ("he should be back to normal tmrw", TUE, time(8, 0), (TUE,)),
    ("not well, she come back thursday", MON, time(8, 0), (MON, TUE, WED)),
    ("off with a bug, thurs he will come", MON, time(8, 0), (MON, TUE, WED)),
    ("high temp, inshallah tomorrow", TUE, time(8, 0), (TUE,)),
    ("she'll be fine for tomorrow I think", TUE, time(8, 0), (TUE,)),
    # ... told in the evening, the day off is today
    ("kept her off, she'll be in tomorrow", TUE, time(18, 30), (TUE,)),
    # a negated return is not a return
    ("she won't be in tomorrow", TUE, time(8, 0), (WED,)),
    ("he can't make it in today or tomorrow", TUE, time(8, 0), (TUE, WED)),
    ("he wasn't in on Monday, sorry", TUE, time(8, 0), (MON,)),
    # until / till / til / untill with a clause before the day
    ("off til weds", MON, time(8, 0), (MON, TUE)),
    ("off untill thur", MON, time(8, 0), (MON, TUE, WED)),
    ("won't be in until the road is open again, probably Thursday", MON, time(8, 0), (MON, TUE, WED)),
    ("won't be back b4 friday", TUE, time(8, 0), (TUE, WED, THU)),
    ("off today, back after the weekend", THU, time(8, 0), (THU, FRI)),
    # things to be told later are not days off
    ("off today, I'll let you know about tomorrow", TUE, time(8, 0), (TUE,)),
    ("won't be in, will update you re the rest of the week", TUE, time(8, 0), (TUE,)),
    ("not in today, we'll see how she is tmrw", TUE, time(8, 0), (TUE,)),
    # "not X either" is another day off
    ("off today and probably not thurs either", TUE, time(8, 0), (TUE, THU)),
    # a child who is in school that day
    ("sorry wrong day, she IS in today, it's tomorrow she's off", TUE, time(8, 0), (WED,)),
    ("he was off yesterday, he's back in today", TUE, time(8, 0), (MON,)),
    # yesterday and today
    ("please mark him absent yesterday and today", TUE, time(8, 0), (MON, TUE)),
    ("was off yday n today with a cough", TUE, time(9, 0), (MON, TUE)),
    # since <past day> for a child who is off
    ("he's been off since Monday with flu", WED, time(8, 0), (MON, TUE, WED)),
    ("temperature since yesterday so not coming today", TUE, time(8, 0), (TUE,)),
    # evening and weekend defaults
    ("off on Tuesday", TUE, time(19, 0), (NTUE,)),
    ("fell over at the park today, not coming tomorrow", TUE, time(19, 0), (WED,)),
    ("off this Fri", TUE, time(8, 0), (FRI,)),
    ("off next thurs", TUE, time(8, 0), (NTHU,)),
    # weekday lists and ranges
    ("off tues-thurs", MON, time(8, 0), (TUE, WED, THU)),
    ("off mon to wed", THU, time(8, 0), (NMON, NTUE, NWED)),
    ("away weds and thurs", MON, time(8, 0), (WED, THU)),
    ("off Tuesday, Wednesday and Thursday next week", FRI, time(8, 0), (NTUE, NWED, NTHU)),
    # numeric and ordinal dates, and ordinals that are not dates
    ("off on the 12th", TUE, time(8, 0), (THU,)),
    ("off on 12.03", TUE, time(8, 0), (THU,)),
    ("off on 13th of March", TUE, time(8, 0), (FRI,)),
    ("off on March 13", TUE, time(8, 0), (FRI,)),
    ("she'll be in for 2nd period", TUE, time(8, 0), (TUE,)),
    ("this is the 3rd time this term he's been sick, off today", TUE, time(8, 0), (TUE,)),
    ("the 8.05 bus never came so she's at home", TUE, time(8, 30), (TUE,)),
    ("off on Good Friday for church", TUE, time(8, 0), (TUE,)),
    # counts
    ("off for 2 days", THU, time(8, 0), (THU, FRI)),
    ("off for two days", THU, time(8, 0), (THU, FRI)),
    ("off for a couple of days", THU, time(8, 0), (THU, FRI)),
    ("off for a few days", THU, time(8, 0), ()),
    ("off for at least a week", THU, time(8, 0), ()),
    ("been poorly for 3 days now, keeping her off today", THU, time(8, 0), (THU,)),
    # story days and events
    ("his exam is on Thursday so he's on study leave Tues and Wed", MON, time(8, 0), (TUE, WED)),
    ("the funeral is on Thursday, she'll be off that day", MON, time(8, 0), (THU,)),
    ("she's got the dentist on Friday so she'll miss the morning", MON, time(8, 0), (FRI,)),
    ("his appointment was moved from Tuesday to Thursday", MON, time(8, 0), (THU,)),
    ("second time this week the bus hasn't come, she's home today", THU, time(8, 0), (THU,)),
    # the week of a date
    ("off the week of 16th March", TUE, time(8, 0), (NMON, NTUE, NWED, NTHU, NFRI)),
    # a weekday repeated after it was dated
    ("off on Monday 16th March, we land Monday morning", TUE, time(8, 0), (NMON,)),
])
def test_date_families(text, today, now, expected):
    assert dates(text, today, now) == expected


@pytest.mark.parametrize("text,today,now,expected", [
    ("sorry I meant tomorrow not today", TUE, time(8, 0), (WED,)),
    ("off thurs, sorry i mean fri", MON, time(8, 0), (FRI,)),
])
def test_correction_last_day_wins(text, today, now, expected):
    assert dates(text, today, now) == expected


@pytest.mark.parametrize("text", [
    "can we take him out for a week over Easter",
    "could she have a day off next week for a wedding",
    "can we take her out the last two days of term",
    "could he miss the Monday after half term",
])
def test_leave_requests_without_named_days_are_empty(text):
    assert dates(text, intent="leave_request") == ()


def test_late_day_is_the_late_day():
    assert dates("he'll be in late tomorrow, dentist at 9", TUE, time(18, 0), intent="late") == (WED,)


def _arrival(text):
    return arrival_time(find_times(normalise(text).text))


@pytest.mark.parametrize("text,expected", [
    ("he'll be in for 10", time(10, 0)),
    ("back by half 10", time(10, 30)),
    ("should be in about 11ish", time(11, 0)),
    ("running late, maybe 10ish", time(10, 0)),
    ("she'll be late, 9:20ish", time(9, 20)),
    ("in about twenty past 9", time(9, 20)),
    ("back by 1:30", time(13, 30)),
    ("dentist at 9, she'll come in afterwards, around 11", time(11, 0)),
    ("I'll drop her at 1", time(13, 0)),
    ("hospital at 9.30, will bring him in after, probably 11.15", time(11, 15)),
])
def test_arrival_times(text, expected):
    assert _arrival(text) == expected


@pytest.mark.parametrize("text", [
    "dentist at 11",
    "he'll be in after lunch",
    "the school one didn't come, the 36 did",
    "first time in 6 months he's been ill",
    "we didn't get back till 1am from the concert",
    "she came home at 6am",
    "I'll collect him at 1.30 for the orthodontist",
    "not been home for 2 nights",
])
def test_not_arrival_times(text):
    assert _arrival(text) is None


def _sessions(text, children=("Amy",), now=time(8, 0)):
    return parse_message(text, today=TUE, now=now, children=list(children)).sessions


@pytest.mark.parametrize("text,expected", [
    ("Amy has the orthodontist at 2 so I'll get her at 1.30", "PM"),
    ("I'll be picking Amy up at 12:45 for a hospital appointment, she won't be back", "PM"),
    ("Amy is off to the hospital this morning, she'll come to school after lunch", "AM"),
    ("Amy can have the morning off for her interview then back for the afternoon", "AM"),
    ("Amy won't be in today, her cousin's funeral is this afternoon", "ALL"),
    ("we have to leave at 7am for the hospital in London so Amy will miss the day", "ALL"),
    ("sorry Amy is off all day, not just the morning", "ALL"),
])
def test_sessions(text, expected):
    assert _sessions(text) == expected


def test_appointment_time_alone_is_not_arrival():
    r = parse_message("Amy has the dentist at 11 today, she won't be in", today=TUE, now=time(8, 0), children=["Amy"])
    assert r.arrival_time is None
