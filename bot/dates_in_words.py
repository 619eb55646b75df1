"""School days as a parent would say them: "today and tomorrow", "Tue 24, Wed 25 Nov".

Days that follow one another (Friday then Monday counts) form a run; a run of three
or more is written as a range ("Mon 23 to Thu 26 Nov"). The month is written once,
after the last day shown in it ("Mon 30 Nov, Tue 1 Dec").
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from babel.dates import format_date

from bot.i18n import date_locale, translations

RANGE_FROM = 3  # a run this long or longer is written "first to last"


def days_in_words(days: Iterable[date], language: str = "en") -> str:
    """ "Tue 24, Wed 25 Nov"; "" for no days."""
    locale = date_locale(language)
    spans = _spans(_runs(sorted(set(days))))
    words: list[str] = []
    for index, (first, last) in enumerate(spans):
        following = spans[index + 1][0] if index + 1 < len(spans) else None
        last_words = _day(last, locale, with_month=following is None or following.month != last.month)
        if first == last:
            words.append(last_words)
        else:
            first_words = _day(first, locale, with_month=first.month != last.month)
            words.append(_to(language) % {"first": first_words, "last": last_words})
    return ", ".join(words)


def relative_words(days: Iterable[date], today: date, language: str = "en") -> str | None:
    """ "today", "tomorrow", "yesterday" or "today and tomorrow" when the days are
    exactly those; None otherwise (then only the dates are shown)."""
    _ = translations(language).gettext
    yesterday, tomorrow = today - timedelta(days=1), today + timedelta(days=1)
    phrases = {
        (today,): _("today"),
        (tomorrow,): _("tomorrow"),
        (yesterday,): _("yesterday"),
        (today, tomorrow): _("today and tomorrow"),
        (yesterday, today): _("yesterday and today"),
    }
    return phrases.get(tuple(sorted(set(days))))


def _to(language: str) -> str:
    _ = translations(language).gettext
    # A range of school days, e.g. "Mon 23 to Thu 26 Nov".
    return _("%(first)s to %(last)s")


def _day(day: date, locale, *, with_month: bool) -> str:
    return format_date(day, "EEE d MMM" if with_month else "EEE d", locale=locale)


def _runs(ordered: list[date]) -> list[list[date]]:
    runs: list[list[date]] = []
    for day in ordered:
        if runs and day == _next_weekday(runs[-1][-1]):
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _spans(runs: list[list[date]]) -> list[tuple[date, date]]:
    """Each run as (first, last) when long enough for a range, else day by day."""
    spans: list[tuple[date, date]] = []
    for run in runs:
        if len(run) >= RANGE_FROM:
            spans.append((run[0], run[-1]))
        else:
            spans.extend((day, day) for day in run)
    return spans


def _next_weekday(day: date) -> date:
    step = 3 if day.weekday() == 4 else 1
    return day + timedelta(days=step)
