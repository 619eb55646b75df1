"""Each date rule of nlu/data/CONVENTIONS.md, through the dates module and parse_message."""
from datetime import date, time

import pytest

from nlu import parse_message
from nlu.dates import resolve_dates
from nlu.normalise import normalise

MON, TUE, WED, THU, FRI = (date(2026, 3, d) for d in (9, 10, 11, 12, 13))
SAT, SUN = date(2026, 3, 14), date(2026, 3, 15)
NMON, NTUE, NWED, NTHU, NFRI = (date(2026, 3, d) for d in (16, 17, 18, 19, 20))


def dates(text, today=THU, now=time(8, 0), intent="absence"):
    return resolve_dates(normalise(text).text, today, now, intent)


@pytest.mark.parametrize("text,today,now,expected", [
    ("he won't be in", THU, time(8, 0), (THU,)),
    ("he won't be in", THU, time(16, 0), (FRI,)),
    ("he won't be in", SAT, time(10, 0), (NMON,)),
    ("off today", THU, time(7, 0), (THU,)),
    ("off tomorrow", THU, None, (FRI,)),
    ("off tmrw", FRI, None, (NMON,)),
    ("off 2moro", SAT, None, (NMON,)),
    ("was off yesterday", MON, None, (date(2026, 3, 6),)),
    ("off Monday", THU, None, (NMON,)),
    ("off thurs", THU, None, (THU,)),
    ("off next Tuesday", THU, None, (NTUE,)),
    ("off next Tuesday", SAT, None, (NTUE,)),
    ("off rest of the week", WED, None, (WED, THU, FRI)),
    ("off rest of the week", WED, time(18, 0), (THU, FRI)),
    ("off all week", SAT, None, (NMON, NTUE, NWED, NTHU, NFRI)),
    ("off next week", THU, None, (NMON, NTUE, NWED, NTHU, NFRI)),
    ("off until Thursday", MON, None, (MON, TUE, WED)),
    ("back on Thursday", TUE, None, (TUE, WED)),
    ("off for 3 days", THU, None, (THU, FRI, NMON)),
    ("off for a couple of days", THU, None, (THU, FRI)),
    ("off for a few days", THU, None, ()),
    ("off Thurs and Fri", MON, None, (THU, FRI)),
    ("off Mon-Wed", THU, None, (NMON, NTUE, NWED)),
    ("off on 12/03", MON, None, (THU,)),
    ("off on 12/3/26", MON, None, (THU,)),
    ("off on Fri 13th", MON, None, (FRI,)),
    ("off on 12th March", MON, None, (THU,)),
    ("off on March 12", MON, None, (THU,)),
])
def test_date_rules(text, today, now, expected):
    assert dates(text, today, now) == expected


def test_numeric_date_more_than_60_days_past_is_next_year():
    assert dates("off on 01/09", today=date(2026, 7, 10)) == (date(2026, 9, 1),)


def test_vague_dates_for_leave_request_are_empty():
    assert dates("can we take her out in June", intent="leave_request") == ()
    assert dates("can we take her out over Easter", intent="leave_request") == ()


def test_other_and_opt_out_have_no_dates():
    assert dates("off tomorrow", intent="other") == ()
    assert dates("STOP", intent="opt_out") == ()


def test_correction_keeps_the_corrected_day():
    assert dates("sorry I meant tomorrow not today!", THU) == (FRI,)


def test_sessions_and_arrival():
    r = parse_message("Amy has a dentist appointment at 2.15 so I'll collect her at 1.45",
                      today=THU, now=time(8, 0), children=["Amy"])
    assert r.sessions == "PM" and r.arrival_time is None
    r = parse_message("Grace has period pains, she'll be in for 11", today=THU, children=["Grace"])
    assert (r.intent, r.arrival_time, r.sessions) == ("late", time(11, 0), "AM")
    r = parse_message("physio at 11, back by 1", today=THU, children=["Charlie"])
    assert r.arrival_time == time(13, 0)
    r = parse_message("she's got CAMHS this morning so she'll be in after lunch", today=THU, children=["Mia"])
    assert r.sessions == "AM"
