"""Date rules added for narrative days (CONVENTIONS.md: past days tell the story)."""
from datetime import date, time

from nlu import parse_message

WED = date(2026, 3, 11)  # a Wednesday


def days(text, today=WED, now=time(8, 0), children=("Sam",)):
    return [d.isoformat() for d in parse_message(text, today=today, now=now, children=list(children)).dates]


def test_past_weekday_in_story_gives_today():
    assert days("he was sick on Monday, keeping him off today") == ["2026-03-11"]


def test_past_weekday_alone_is_the_last_one():
    assert days("Sorry Sam was off, he was sick on Monday") == ["2026-03-09"]


def test_yesterday_in_story_with_present_absence_gives_today():
    assert days("Sam is scared to come in, some boys jumped him yesterday") == ["2026-03-11"]


def test_yesterday_explained_absence_is_kept():
    assert days("Sam was off yesterday with a temperature") == ["2026-03-10"]


def test_weekday_night_is_not_a_school_day():
    assert days("Sam won't be in today, he was up all Tuesday night being sick") == ["2026-03-11"]


def test_until_event_on_weekday_is_exclusive():
    assert days("the social worker said keep Sam off until the meeting on Friday") == [
        "2026-03-11", "2026-03-12"]


def test_not_in_school_this_week_on_sunday_is_the_coming_week():
    assert days("the kids won't be in school this week", today=date(2026, 3, 15), now=time(19, 0)) == [
        "2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"]


def test_past_month_is_not_a_vague_date():
    assert days("Sam is staying at home, the boys who hurt him last month are back") == ["2026-03-11"]


def test_next_week_only_moves_nearby_weekdays():
    assert days("Sam is on study leave tomorrow, Thursday and Friday, he's got exams next week",
                today=date(2026, 6, 2), now=time(19, 0)) == ["2026-06-03", "2026-06-04", "2026-06-05"]


def test_both_after_names_means_those_named():
    r = parse_message("Omar and Layla both have the dentist at 8.40, in by 9.30", today=WED,
                      children=["Aisha", "Omar", "Layla"])
    assert r.target_children == ("Omar", "Layla")
