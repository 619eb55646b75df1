"""Every text Rollcall sends: the replies to parents and the alerts to staff.

Replies to parents are short (at most 306 characters, two SMS segments), GSM-7 only
(no curly quotes, no emoji), warm and plain, and never shaming. A child is called by
name, never "he" or "she". Every string is marked for gettext and translated per
contact language (bot/i18n.py).

`Reply` is what the conversation hands back to a channel: SMS, WhatsApp and the console
send `plain_text()` (options numbered "1) Amy 2) Ben"); Telegram sends `text` with one
inline button per option, whose callback data is the option's number ("1").
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from bot.dates_in_words import days_in_words, relative_words
from bot.i18n import translations

MAX_REPLY_CHARS = 306  # two GSM-7 SMS segments
MAX_WORDS_IN_ALERT = 300  # how much of a parent's message a staff alert quotes


@dataclass(frozen=True)
class Reply:
    text: str
    options: tuple[str, ...] = ()
    request_phone: bool = False  # Telegram: show the "share my number" contact button

    def plain_text(self) -> str:
        """The text with its options numbered, for channels without buttons."""
        if not self.options:
            return self.text
        numbered = " ".join(f"{n}) {option}" for n, option in enumerate(self.options, 1))
        return f"{self.text} {numbered}"


class Texts:
    """The templates in one language."""

    def __init__(self, language: str | None = "en"):
        self.language = language or "en"
        catalogue = translations(self.language)
        self._ = catalogue.gettext
        self.ngettext = catalogue.ngettext

    # --- pieces -------------------------------------------------------------------

    def names(self, names: Sequence[str]) -> str:
        """ "Amy", "Amy and Ben", "Amy, Ben and Cara"."""
        if len(names) <= 1:
            return "".join(names)
        return self._("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}

    def reason(self, code: str | None) -> str:
        """A provisional code in a parent's words (never the code letter itself)."""
        _ = self._
        words = {
            "I": _("illness"),
            "M": _("medical appointment"),
            "R": _("religious observance"),
            "G": _("holiday"),
            "C": _("family circumstances"),
            "O": _("other reason"),
            "Y1": _("school transport not available"),
            "Y2": _("travel disruption"),
            "J1": _("interview"),
            "C1": _("performance"),
            "S": _("study leave"),
            "T": _("family travelling for work"),
        }
        return words.get(code or "N", _("reason not given"))

    def when(self, days: Sequence[date], today: date) -> str:
        """ "today and tomorrow (Tue 24, Wed 25 Nov)" or just "Thu 26 Nov"."""
        dates = days_in_words(days, self.language)
        relative = relative_words(days, today, self.language)
        return f"{relative} ({dates})" if relative else dates

    def part_of_day(self, sessions: str) -> str:
        _ = self._
        return {"AM": _(", morning only"), "PM": _(", afternoon only")}.get(sessions, "")

    # --- recording ----------------------------------------------------------------

    def absence_recorded(
        self, names: Sequence[str], days: Sequence[date], today: date, *,
        sessions: str, reason_code: str | None, still_off_check: bool,
    ) -> str:
        text = self._("%(names)s: off %(when)s%(part)s, %(reason)s.") % {
            "names": self.names(names), "when": self.when(days, today),
            "part": self.part_of_day(sessions), "reason": self.reason(reason_code),
        }
        if still_off_check:
            closing = self.ngettext(
                "Please text each morning %(names)s is still off.",
                "Please text each morning they are still off.",
                len(names),
            ) % {"names": self.names(names)}
        else:
            closing = self._("Thank you for letting us know.")
        return f"{text} {closing}"

    def late_recorded(
        self, names: Sequence[str], day: date, today: date, *,
        arrival: time | None, reason_code: str | None,
    ) -> str:
        mapping = {"names": self.names(names), "when": self.when([day], today),
                   "time": arrival.strftime("%H:%M") if arrival else ""}
        if arrival:
            text = self._("%(names)s: in late %(when)s, expected about %(time)s.") % mapping
        else:
            text = self._("%(names)s: in late %(when)s.") % mapping
        if reason_code == "M":
            text = f"{text} {self._('Reason: medical appointment.')}"
        return f"{text} {self._('Thank you for letting us know.')}"

    def with_notes(self, confirmation: str, *, after_deadline: time | None = None,
                   kept_days: Sequence[date] = ()) -> str:
        """A confirmation with the notes that apply: it came after the reporting time;
        the office had already marked some days (their mark stands)."""
        parts = [confirmation]
        if after_deadline is not None:
            parts.append(self._("It came after the %(deadline)s reporting time; earlier helps if you can.")
                         % {"deadline": after_deadline.strftime("%H:%M")})
        if kept_days:
            parts.append(self._("The office had already marked %(days)s and will check it.")
                         % {"days": days_in_words(kept_days, self.language)})
        return " ".join(parts)

    def corrected(self, confirmation: str) -> str:
        return f"{self._('Thanks, I have changed that.')} {confirmation}"

    def no_school_days(self, names: Sequence[str], days: Sequence[date]) -> str:
        return self._(
            "Thank you. There is no school on %(days)s, so there is nothing to record for "
            "%(names)s."
        ) % {"days": days_in_words(days, self.language), "names": self.names(names)}

    def leave_request_received(self, names: Sequence[str], days: Sequence[date]) -> str:
        mapping = {"names": self.names(names), "days": days_in_words(days, self.language)}
        if days:
            text = self._("Thank you. Your request for %(names)s (%(days)s) has gone to the head.") % mapping
        else:
            text = self._("Thank you. Your request for %(names)s has gone to the head.") % mapping
        return f"{text} " + self._(
            "Leave in term time is only given in exceptional circumstances and the head "
            "decides. It helps to ask well ahead. You will hear back from the school."
        )

    # --- questions ----------------------------------------------------------------

    def ask_which_child(self) -> str:
        return self._("Thank you. Which child is this about? Reply with the number.")

    def everyone_option(self, count: int) -> str:
        return self._("Both") if count == 2 else self._("All of them")

    def ask_which_days(self, names: Sequence[str]) -> str:
        return self._("Which days will %(names)s be off? For example: today and tomorrow.") % {
            "names": self.names(names)}

    def ask_reason(self, names: Sequence[str]) -> str:
        return self.ngettext(
            "Thank you. Can you tell us why %(names)s is off? For example: ill, or a "
            "medical appointment.",
            "Thank you. Can you tell us why %(names)s are off? For example: ill, or a "
            "medical appointment.",
            len(names),
        ) % {"names": self.names(names)}

    def ask_which_child_again(self) -> str:
        return self._("Sorry, I did not catch that. Which child is this about? Reply with the number.")

    # --- safeguarding ---------------------------------------------------------------

    def safeguarding_missing(self, names: Sequence[str]) -> str:
        who = self.names(names) if names else self._("your child")
        return self.ngettext(
            "If you think %(who)s is missing or in danger, please call 999 now. We have told "
            "the school's safeguarding lead, who will contact you as soon as they can.",
            "If you think %(who)s are missing or in danger, please call 999 now. We have told "
            "the school's safeguarding lead, who will contact you as soon as they can.",
            max(len(names), 1),
        ) % {"who": who}

    def call_999(self) -> str:
        return self._("If you think a child is missing or in danger, please call 999 now.")

    def safeguarding_concern(self) -> str:
        return self._(
            "Thank you for telling us. A member of staff will contact you today. If a "
            "child is in danger now, please call 999."
        )

    def dsl_alert(
        self, *, school: str, pupils: Sequence[str], contact: str, phone: str | None,
        reasons: Sequence[str], words: str,
    ) -> str:
        """To the school's safeguarding leads only: names the pupil, quotes the parent."""
        quoted = words if len(words) <= MAX_WORDS_IN_ALERT else words[:MAX_WORDS_IN_ALERT] + "..."
        return self._(
            "Rollcall SAFEGUARDING (%(school)s): a message about %(pupils)s from %(contact)s "
            "%(phone)s (%(reasons)s). Not coded. Their words: \"%(words)s\""
        ) % {
            "school": school, "pupils": self.names(pupils) or self._("a child not named"),
            "contact": contact, "phone": phone or "", "reasons": ", ".join(reasons),
            "words": quoted,
        }

    # --- keywords and everything else -----------------------------------------------

    def opted_out(self) -> str:
        return self._(
            "You will get no more messages from us. To start again, send START. For "
            "anything urgent, please call the school."
        )

    def opted_in(self) -> str:
        return self._("Welcome back: you will get messages from us again. Send STOP to stop them.")

    def opted_out_hint(self) -> str:
        return self._(
            "We have passed your message to the school. You stopped our replies; send "
            "START to get them again."
        )

    def help(self, office_phone: str | None, example_name: str) -> str:
        text = self._(
            "This is the school's absence line. Text your child's name, the day and the "
            "reason, e.g. \"%(name)s is off today, ill\". Send STOP to stop messages."
        ) % {"name": example_name}
        return f"{text} {self.call_office(office_phone)}"

    def other(self, office_phone: str | None, example_name: str) -> str:
        text = self._(
            "Thanks for your message. To report an absence, text the name, day and reason, "
            "e.g. \"%(name)s is off today, ill\"."
        ) % {"name": example_name}
        return f"{text} {self.call_office(office_phone)}"

    def call_office(self, office_phone: str | None) -> str:
        if office_phone:
            return self._("For anything else, please call the office on %(phone)s.") % {
                "phone": office_phone}
        return self._("For anything else, please call the school office.")

    def unknown_sender(self, office_phone: str | None) -> str:
        text = self._(
            "Sorry, we do not recognise this number. Please contact the school to update "
            "your details."
        )
        return f"{text} {self.call_office(office_phone)}"

    def rate_limited(self) -> str:
        return self._(
            "Thank you, we have your messages. You have sent a lot in the last minute, so "
            "please wait a moment before sending more. If it is urgent, please phone the school."
        )

    def processing_failed(self) -> str:
        return self._(
            "Sorry, something went wrong at our end. Your message is saved, but if it is "
            "urgent please phone the school."
        )

    def edited_message(self) -> str:
        return self._(
            "Sorry, I cannot see changes to a message I already have. Please send a new "
            "message instead."
        )

    def share_number(self) -> str:
        return self._(
            "Hello. To tell the school your child is off, first share your phone number "
            "with the button below, so we know who you are."
        )

    def number_linked(self) -> str:
        return self._(
            "Thank you, you are set up. Text us whenever your child is off, with the day "
            "and the reason."
        )


# --- for the channel adapters (the Telegram /start prompt, unknown senders) ---------

def start_prompt(language: str = "en") -> Reply:
    """Telegram /start: ask the user to share their own number."""
    return Reply(Texts(language).share_number(), request_phone=True)


def number_linked(language: str = "en") -> Reply:
    """Telegram: the shared number matched a contact and the chat is now linked."""
    return Reply(Texts(language).number_linked())


def unknown_sender(office_phone: str | None = None, language: str = "en") -> Reply:
    """For a number or chat we cannot match: how to reach the school, nothing more."""
    return Reply(Texts(language).unknown_sender(office_phone))
