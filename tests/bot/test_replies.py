"""Every reply fits two GSM-7 SMS segments, even with long names; dates read right."""
from __future__ import annotations

import inspect
from datetime import date, time

import pytest

from bot import replies
from bot.dates_in_words import days_in_words, relative_words
from bot.replies import MAX_REPLY_CHARS, Reply, Texts

# GSM 03.38: the basic set, and the extension table (each costs two septets).
GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = set("^{}\\[~]|€")

LONG_NAMES = ["Maximilian-Alexander", "Anastasia-Genevieve", "Christopher-Benedict"]
TODAY = date(2026, 11, 25)
SCATTERED = [date(2026, 11, 23), TODAY, date(2026, 11, 27), date(2026, 12, 2)]
OFFICE = "01632 960000 ext 1234"


def septets(text: str) -> int:
    """Length in GSM-7 septets; raises if a character is not GSM-7 at all."""
    bad = {c for c in text if c not in GSM7_BASIC | GSM7_EXTENSION}
    assert not bad, f"not GSM-7: {bad!r} in {text!r}"
    return sum(2 if c in GSM7_EXTENSION else 1 for c in text)


def renders(t: Texts) -> dict[str, list[str]]:
    """Each parent-facing template at its longest: three long names, scattered days."""
    names, one = LONG_NAMES, LONG_NAMES[:1]
    absence = t.absence_recorded(one, [TODAY], TODAY, sessions="AM", reason_code="I", still_off_check=True)
    return {
        "absence_recorded": [
            t.absence_recorded(names, SCATTERED, TODAY, sessions="PM", reason_code="Y1", still_off_check=False),
            t.absence_recorded(names, SCATTERED, TODAY, sessions="ALL", reason_code="I", still_off_check=True),
        ],
        "with_notes": [
            t.with_notes(absence, after_deadline=time(8, 45), kept_days=[TODAY]),
            t.with_notes(t.absence_recorded(names[:2], SCATTERED, TODAY, sessions="AM", reason_code="T",
                                            still_off_check=False), after_deadline=time(8, 45)),
        ],
        "late_recorded": [t.late_recorded(names, TODAY, TODAY, arrival=time(10, 30), reason_code="M")],
        "corrected": [t.corrected(absence)],
        "no_school_days": [t.no_school_days(names, SCATTERED)],
        "leave_request_received": [t.leave_request_received(names, SCATTERED),
                                   t.leave_request_received(names, [])],
        "ask_which_child": [Reply(t.ask_which_child(), (*names, t.everyone_option(3))).plain_text()],
        "ask_which_child_again": [Reply(t.ask_which_child_again(), (*names, "All of them")).plain_text()],
        "ask_which_days": [t.ask_which_days(names)],
        "ask_reason": [t.ask_reason(names), t.ask_reason(one)],
        "call_999": [t.call_999()],
        "rate_limited": [t.rate_limited()],
        "processing_failed": [t.processing_failed()],
        "edited_message": [t.edited_message()],
        "safeguarding_missing": [t.safeguarding_missing(names), t.safeguarding_missing([])],
        "safeguarding_concern": [t.safeguarding_concern()],
        "opted_out": [t.opted_out()],
        "opted_in": [t.opted_in()],
        "opted_out_hint": [t.opted_out_hint()],
        "help": [t.help(OFFICE, LONG_NAMES[0]), t.help(None, LONG_NAMES[0])],
        "other": [t.other(OFFICE, LONG_NAMES[0]), t.other(None, LONG_NAMES[0])],
        "unknown_sender": [t.unknown_sender(OFFICE), t.unknown_sender(None)],
        "share_number": [t.share_number()],
        "number_linked": [t.number_linked()],
    }


# Texts that are pieces of other texts, or go to staff (not parents, not GSM-limited).
NOT_REPLIES = {"names", "reason", "when", "part_of_day", "everyone_option", "call_office", "dsl_alert"}


def test_every_reply_template_is_covered_here():
    templates = {name for name, _ in inspect.getmembers(Texts, inspect.isfunction) if not name.startswith("_")}
    assert templates - NOT_REPLIES == set(renders(Texts()))


@pytest.mark.parametrize("template", sorted(renders(Texts())))
def test_replies_are_gsm7_and_fit_two_segments_with_long_names(template):
    for text in renders(Texts())[template]:
        assert septets(text) <= MAX_REPLY_CHARS, f"{len(text)}: {text}"
        assert "  " not in text and text == text.strip()


def test_every_reason_code_a_parent_can_give_has_plain_words():
    from models.codes import PARENT_REASON_CODES
    t = Texts()
    words = {code: t.reason(code) for code in PARENT_REASON_CODES}
    assert words["N"] == "reason not given" and words["I"] == "illness"
    assert len(set(words.values())) == len(words)
    assert all(code not in word.split() for code, word in words.items())


def test_the_adapter_functions_return_replies():
    assert replies.start_prompt().request_phone
    assert not replies.unknown_sender("01632 960000").request_phone
    assert "01632 960000" in replies.unknown_sender("01632 960000").text
    assert "Smith" not in replies.number_linked().text


def test_options_are_numbered_for_plain_text_channels():
    assert Reply("Which child?", ("Amy", "Ben")).plain_text() == "Which child? 1) Amy 2) Ben"
    assert Reply("Hello").plain_text() == "Hello"


@pytest.mark.parametrize("days, words", [
    ([date(2026, 11, 24), date(2026, 11, 25)], "Tue 24, Wed 25 Nov"),
    ([date(2026, 11, 30), date(2026, 12, 1)], "Mon 30 Nov, Tue 1 Dec"),
    ([date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26)], "Mon 23 to Thu 26 Nov"),
    ([date(2026, 11, 26), date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 1)], "Thu 26 Nov to Tue 1 Dec"),
    ([date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 30)], "Wed 25, Thu 26, Mon 30 Nov"),
    ([date(2026, 12, 18), date(2027, 1, 5)], "Fri 18 Dec, Tue 5 Jan"),
    ([date(2026, 11, 25), date(2026, 11, 25)], "Wed 25 Nov"),
    ([], ""),
])
def test_dates_in_words(days, words):
    assert days_in_words(days) == words


@pytest.mark.parametrize("days, words", [
    ([TODAY], "today"), ([date(2026, 11, 26)], "tomorrow"), ([date(2026, 11, 24)], "yesterday"),
    ([TODAY, date(2026, 11, 26)], "today and tomorrow"), ([date(2026, 11, 27)], None),
])
def test_relative_words(days, words):
    assert relative_words(days, TODAY) == words


def test_when_combines_relative_words_and_dates():
    assert Texts().when([date(2026, 11, 24), TODAY], date(2026, 11, 24)) == "today and tomorrow (Tue 24, Wed 25 Nov)"
    assert Texts().when([date(2026, 11, 30)], TODAY) == "Mon 30 Nov"
