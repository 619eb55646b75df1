"""The conversation with a parent: one inbound message in, the replies out.

    from bot.conversation import Reply, handle_inbound
    replies = handle_inbound(session, message)   # the caller commits

Order for each message: who is writing (unknown senders learn nothing) -> STOP/START/
HELP keywords -> the NLU -> safeguarding first -> a pending question's answer, or a
correction of what was just recorded or of a report for days with no school -> a fresh
report. Questions come one at a time: which child, which days, the reason (asked once;
no reason after that is N).
"Now" is the message's created_at in the school's time zone, never the clock.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time

from sqlalchemy.orm import Session

import nlu
from bot import recording, state
from bot.children import choice_from_answer, is_ambiguous, nlu_names, option_labels, pupils_named
from bot.corrections import apply_correction, read_correction, redated_draft, sounds_like_correction
from bot.identity import KnownSender, find_sender, sender_with_id
from bot.keywords import Keyword, keyword_of, platform_answers_keywords
from bot.replies import Reply, Texts, start_prompt
from bot.recording import MARKED_KINDS, reason_given
from bot.safeguarding import NO_DSL_NOTE, alert_dsls, is_missing, record_concern
from bot.state import (
    ASK_CHILD, ASK_DAYS, ASK_REASON, NO_SCHOOL, QUESTIONS, RECORDED, Conversation, Draft,
)
from models import AbsenceReport, Contact, Message, Pupil, School, utcnow
from models.calendar import SchoolCalendar, calendar_at_version
from models.register import REPORT_KINDS
from models.school import local_zone

__all__ = ["Reply", "handle_inbound"]

ParseFn = Callable[..., object]
NEXT_DAY_FROM = time(16, 0)  # a report after this, with no day, is for the next school day
MAX_PARSE_CHARS = 2000
ACKNOWLEDGEMENT = re.compile(
    r"^\s*(?:ok|okay|k|thanks|thank you|thankyou|thx|ty|ta|cheers|great|lovely|perfect|"
    r"brilliant|will do|noted)\b[\s\w!.,]{0,30}$", re.IGNORECASE)
EXAMPLE_NAME = "Sam"  # for a contact with no pupil on roll


@dataclass
class Turn:
    """Everything about the one message being handled."""

    session: Session
    message: Message
    contact: Contact
    school: School
    parse: ParseFn
    now_local: datetime
    texts: Texts
    pupils: list[Pupil]
    calendar: SchoolCalendar
    touched: list[AbsenceReport] = field(default_factory=list)
    just_opted_out: bool = False
    safeguarding: bool = False

    @property
    def can_ask(self) -> bool:
        return not self.contact.opted_out

    def run_nlu(self, text: str):
        return _parse_at(self.parse, text, self.now_local, nlu_names(self.pupils))

    def pupils_with(self, ids: Sequence[int]) -> list[Pupil]:
        by_id = {p.id: p for p in self.pupils}
        return [by_id[i] for i in ids if i in by_id]


def handle_inbound(session: Session, message: Message, *, parse: ParseFn = nlu.parse_message) -> list[Reply]:
    """Run the conversation for one stored inbound message; return the replies to send
    back on its channel. Writes reports and marks, queues DSL alerts, and marks the
    message processed. The caller commits."""
    known = _sender_of(session, message)
    if known is None:
        replies = _unknown_sender(session, message, parse)
        _mark_processed(message, None, [])
        return replies
    turn = _start_turn(session, message, known, parse)
    replies = _converse(turn)
    _mark_processed(message, known.contact, turn.touched)
    return _for_opted_out(turn, replies)


def _parse_at(parse: ParseFn, text: str, now_local: datetime, children: Sequence[str]):
    """The NLU's reading of `text` as sent at `now_local` (a very long text is cut)."""
    return parse(text[:MAX_PARSE_CHARS], today=now_local.date(),
                 now=now_local.time().replace(microsecond=0), children=list(children))


# --- who is writing -------------------------------------------------------------------

def _sender_of(session: Session, message: Message) -> KnownSender | None:
    if message.contact_id is not None:
        return sender_with_id(session, message.contact_id)
    return find_sender(session, message.channel, message.sender, message.school_id)


def _start_turn(session: Session, message: Message, known: KnownSender, parse: ParseFn) -> Turn:
    contact = known.contact
    school = contact.school
    if message.channel == "whatsapp":
        contact.whatsapp_last_inbound_at = message.created_at
    return Turn(
        session=session, message=message, contact=contact, school=school, parse=parse,
        now_local=message.created_at.astimezone(local_zone(school)), texts=Texts(contact.language),
        pupils=contact.pupils,
        calendar=calendar_at_version(session, school.id, known.calendar_version),
    )


def _unknown_sender(session: Session, message: Message, parse: ParseFn) -> list[Reply]:
    """A polite way to reach the school; nothing about any pupil, contact or record."""
    school = session.get(School, message.school_id) if message.school_id else None
    texts = Texts()
    if keyword_of(message.body, opted_out=False) in (Keyword.OPT_OUT, Keyword.OPT_IN):
        return []
    base = start_prompt() if message.channel == "telegram" else Reply(
        texts.unknown_sender(school.office_phone if school else None))
    parsed = _parse_at(parse, message.body or "",
                       message.created_at.astimezone(local_zone(school)), children=[])
    if not parsed.safeguarding:
        return [base]
    if school is not None:
        alert_dsls(session, school=school, message=message, pupils=[], contact=None,
                   reasons=parsed.safeguarding_reasons)
    return [base, Reply(texts.call_999())]


# --- the conversation -----------------------------------------------------------------

def _converse(turn: Turn) -> list[Reply]:
    text = turn.message.body or ""
    keyword = keyword_of(text, opted_out=turn.contact.opted_out)
    if keyword is not None:
        return _keyword(turn, keyword)
    parsed = turn.run_nlu(text)
    if parsed.safeguarding:
        return _safeguarding(turn, parsed)
    if parsed.intent == "opt_out":
        turn.contact.opt_out(turn.message.created_at)
        turn.just_opted_out = True
        return [Reply(turn.texts.opted_out())]
    conversation = state.load(turn.contact, turn.message.created_at)
    if conversation.step in QUESTIONS:
        replies = _answer(turn, conversation, parsed)
        if replies is not None:
            return replies
    elif conversation.step == RECORDED and sounds_like_correction(text):
        replies = _correct(turn, conversation, parsed)
        if replies is not None:
            return replies
    elif conversation.step == NO_SCHOOL and sounds_like_correction(text):
        draft = redated_draft(text, parsed, conversation.draft, turn.pupils)
        if draft is not None:
            return _proceed(turn, draft)
    return _fresh(turn, conversation, parsed)


def _keyword(turn: Turn, keyword: Keyword) -> list[Reply]:
    texts, channel = turn.texts, turn.message.channel
    if keyword is Keyword.HELP:
        return [Reply(texts.help(turn.school.office_phone, _example_name(turn)))]
    if keyword is Keyword.OPT_OUT:
        turn.contact.opt_out(turn.message.created_at)
        state.clear(turn.contact, turn.message.created_at)
        turn.just_opted_out = True
        return [] if platform_answers_keywords(channel) else [Reply(texts.opted_out())]
    turn.contact.opt_in()
    return [] if platform_answers_keywords(channel) else [Reply(texts.opted_in())]


def _safeguarding(turn: Turn, parsed) -> list[Reply]:
    named = pupils_named(turn.pupils, parsed.target_children or ())
    pupils = named or (turn.pupils if len(turn.pupils) == 1 else [])
    reports = record_concern(turn.session, school=turn.school, contact=turn.contact,
                             pupils=pupils, parsed=parsed, message=turn.message)
    turn.touched += reports
    if not alert_dsls(turn.session, school=turn.school, message=turn.message, pupils=pupils,
                      contact=turn.contact, reasons=parsed.safeguarding_reasons):
        for report in reports:
            report.notes = [*report.notes, NO_DSL_NOTE]
    state.clear(turn.contact, turn.message.created_at)
    turn.safeguarding = True
    if is_missing(parsed.safeguarding_reasons):
        return [Reply(turn.texts.safeguarding_missing(_labels(turn, pupils)))]
    return [Reply(turn.texts.safeguarding_concern())]


def _fresh(turn: Turn, conversation: Conversation, parsed) -> list[Reply]:
    if parsed.intent in REPORT_KINDS and turn.pupils:
        draft, candidates = _draft_from(turn, parsed)
        return _proceed(turn, draft, candidates)
    if conversation.step == RECORDED and ACKNOWLEDGEMENT.match(turn.message.body or ""):
        return []
    return [Reply(turn.texts.other(turn.school.office_phone, _example_name(turn)))]


def _draft_from(turn: Turn, parsed) -> tuple[Draft, list[Pupil] | None]:
    """The report the message describes, and the children to choose among if a name
    it used belongs to more than one of them."""
    names = list(parsed.target_children or ())
    chosen = pupils_named(turn.pupils, names)
    ambiguous = is_ambiguous(chosen, names)
    draft = Draft(
        kind=parsed.intent, pupil_ids=[] if ambiguous else [p.id for p in chosen],
        dates=list(parsed.dates or ()), sessions=parsed.sessions or "ALL",
        reason_code=parsed.reason_code if reason_given(parsed) else None,
        confidence=parsed.confidence, evidence=list(parsed.evidence or ()),
        arrival_time=_as_time(parsed.arrival_time), words=turn.message.body or "",
    )
    return draft, (chosen if ambiguous else None)


def _proceed(turn: Turn, draft: Draft, candidates: list[Pupil] | None = None) -> list[Reply]:
    """Ask the next thing we need, or record."""
    if not draft.pupil_ids:
        options = candidates or turn.pupils
        if len(options) == 1:
            draft.pupil_ids = [options[0].id]
        elif turn.can_ask:
            return _ask_child(turn, draft, options)
        else:
            return _record_unassigned(turn, draft)
    if draft.kind in MARKED_KINDS and not draft.dates:
        if turn.can_ask and not draft.asked_days:
            return _ask(turn, ASK_DAYS, draft, turn.texts.ask_which_days(_names(turn, draft)))
        draft.dates = _default_days(turn)
    if draft.dates and not recording.school_days(turn.calendar, draft.dates):
        # Kept, so that "sorry, I meant Monday" need not tell us the child and reason again.
        state.save(turn.contact, Conversation(NO_SCHOOL, draft), turn.message.created_at)
        return [Reply(turn.texts.no_school_days(_names(turn, draft), draft.dates))]
    if draft.kind == "absence" and draft.reason_code is None:
        if turn.can_ask and not draft.asked_reason:
            return _ask(turn, ASK_REASON, draft, turn.texts.ask_reason(_names(turn, draft)))
        draft.reason_code = "N"
    return _record(turn, draft)


def _ask_child(turn: Turn, draft: Draft, options: Sequence[Pupil], again: bool = False) -> list[Reply]:
    labels = option_labels(options)
    if len(options) > 1:
        labels.append(turn.texts.everyone_option(len(options)))
    conversation = Conversation(ASK_CHILD, draft, option_ids=[p.id for p in options])
    state.save(turn.contact, conversation, turn.message.created_at)
    texts = turn.texts
    return [Reply(texts.ask_which_child_again() if again else texts.ask_which_child(), tuple(labels))]


def _ask(turn: Turn, step: str, draft: Draft, question: str) -> list[Reply]:
    if step == ASK_DAYS:
        draft.asked_days = True
    if step == ASK_REASON:
        draft.asked_reason = True
    state.save(turn.contact, Conversation(step, draft), turn.message.created_at)
    return [Reply(question)]


# --- answers to a question ------------------------------------------------------------

def _answer(turn: Turn, conversation: Conversation, parsed) -> list[Reply] | None:
    """Fold the answer into the draft and go on; None if this is not an answer at all
    but a new report (then it is read fresh)."""
    draft, text = conversation.draft, turn.message.body or ""
    if draft is None:
        return None
    draft.words = f"{draft.words}\n{text}".strip()
    if conversation.step == ASK_CHILD:
        options = turn.pupils_with(conversation.option_ids)
        choice = choice_from_answer(text, options, parsed.target_children or ())
        if not choice.pupils:
            if _is_new_report(parsed):
                return None
            return _ask_child(turn, draft, options, again=True)
        if choice.shared_name:
            return _ask_child(turn, draft, choice.pupils)
        draft.pupil_ids = [p.id for p in choice.pupils]
    elif conversation.step == ASK_DAYS:
        framed = turn.run_nlu(f"{turn.texts.names(_names(turn, draft))} is off {text}")
        draft.dates = list(framed.dates or ())
    elif conversation.step == ASK_REASON:
        if not reason_given(parsed):
            parsed = turn.run_nlu(f"{turn.texts.names(_names(turn, draft))} is off because {text}")
        draft.reason_code = parsed.reason_code if reason_given(parsed) else "N"
    if draft.reason_code is None and reason_given(parsed):
        draft.reason_code = parsed.reason_code
    return _proceed(turn, draft)


def _is_new_report(parsed) -> bool:
    return parsed.intent in REPORT_KINDS and (bool(parsed.target_children) or reason_given(parsed))


# --- recording and corrections --------------------------------------------------------

def _record(turn: Turn, draft: Draft) -> list[Reply]:
    pupils = turn.pupils_with(draft.pupil_ids)
    days = recording.school_days(turn.calendar, draft.dates)
    written = recording.record(turn.session, school=turn.school, contact=turn.contact,
                               draft=draft, pupils=pupils, days=days, now_local=turn.now_local)
    turn.touched += [w.report for w in written]
    _remember(turn, draft, written)
    return [Reply(_confirmation(turn, written))]


def _record_unassigned(turn: Turn, draft: Draft) -> list[Reply]:
    """Opted out, several children, none named: keep it for an officer, mark nothing."""
    report = AbsenceReport(
        school_id=turn.school.id, contact_id=turn.contact.id, kind=draft.kind,
        sessions=draft.sessions, reason_text=draft.words, status="needs_human",
        provisional_code=draft.reason_code, confidence=draft.confidence,
        notes=["child not named; the contact has opted out of replies, so the bot could not ask"],
    )
    report.set_dates(recording.school_days(turn.calendar, draft.dates))
    turn.session.add(report)
    turn.session.flush()
    turn.touched.append(report)
    return []


def _correct(turn: Turn, conversation: Conversation, parsed) -> list[Reply] | None:
    reports = [r for r in (turn.session.get(AbsenceReport, i) for i in conversation.report_ids)
               if r is not None and r.status in ("recorded", "leave_requested")]
    if not reports:
        return None
    correction = read_correction(turn.message.body or "", parsed, reports, turn.pupils,
                                 turn.calendar)
    if correction.not_school_days:
        names = _labels(turn, turn.pupils_with([r.pupil_id for r in reports]))
        return [Reply(turn.texts.no_school_days(names, correction.not_school_days))]
    if not correction.changes_anything:
        return None
    written = apply_correction(
        turn.session, school=turn.school, contact=turn.contact, reports=reports,
        correction=correction, pupils=turn.pupils, now_local=turn.now_local,
        text=turn.message.body or "")
    turn.touched += [w.report for w in written]
    _remember(turn, conversation.draft, written)
    return [Reply(turn.texts.corrected(_confirmation(turn, written)))]


def _remember(turn: Turn, draft: Draft | None, written: Sequence[recording.Written]) -> None:
    """Keep what was recorded, so a correction within the timeout can amend it."""
    conversation = Conversation(RECORDED, draft, report_ids=[w.report.id for w in written])
    state.save(turn.contact, conversation, turn.message.created_at)


def _confirmation(turn: Turn, written: Sequence[recording.Written]) -> str:
    texts, today = turn.texts, turn.now_local.date()
    first = written[0].report
    names = _labels(turn, [turn.session.get(Pupil, w.report.pupil_id) for w in written])
    if first.kind == "leave_request":
        return texts.leave_request_received(names, first.days)
    if first.kind == "late":
        text = texts.late_recorded(names, first.days[0], today, arrival=first.arrival_time,
                                   reason_code=first.provisional_code)
    else:
        still_off = first.provisional_code == "I" and first.last_date >= today
        text = texts.absence_recorded(names, first.days, today, sessions=first.sessions,
                                      reason_code=first.provisional_code, still_off_check=still_off)
    late_note = any(w.report.reported_after_deadline for w in written)
    return texts.with_notes(
        text, after_deadline=turn.school.report_deadline if late_note else None,
        kept_days=sorted({day for w in written for day in w.kept_days}))


# --- helpers --------------------------------------------------------------------------

def _names(turn: Turn, draft: Draft) -> list[str]:
    return _labels(turn, turn.pupils_with(draft.pupil_ids))


def _labels(turn: Turn, pupils: Sequence[Pupil]) -> list[str]:
    """Each pupil's name as the parent knows it, told apart from the parent's other
    children with the same first name."""
    label_of = dict(zip((p.id for p in turn.pupils), option_labels(turn.pupils)))
    return [label_of.get(p.id, p.first_name) for p in pupils]


def _example_name(turn: Turn) -> str:
    """A name for "e.g. Amy is off today": the parent's own child, never anyone else's."""
    return turn.pupils[0].first_name if turn.pupils else EXAMPLE_NAME


def _default_days(turn: Turn) -> list:
    today = turn.now_local.date()
    day = turn.calendar.next_school_day(today, include_today=turn.now_local.time() < NEXT_DAY_FROM)
    return [day] if day else []


def _as_time(value) -> time | None:
    if isinstance(value, time) or value is None:
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return None



def _mark_processed(message: Message, contact: Contact | None,
                    reports: Sequence[AbsenceReport]) -> None:
    message.status = "processed"
    message.processed_at = utcnow()
    if contact is not None:
        message.contact_id = contact.id
    if reports:
        message.absence_report_id = reports[0].id


def _for_opted_out(turn: Turn, replies: list[Reply]) -> list[Reply]:
    """An opted-out contact gets nothing more. Twilio refuses any SMS to a number that
    sent STOP; on other channels they get one line on how to turn replies back on, or
    the safeguarding reply. The message that opts out is still answered."""
    if not turn.contact.opted_out or turn.just_opted_out:
        return replies
    if turn.message.channel == "sms":
        return []
    if turn.safeguarding:
        return replies
    return [Reply(turn.texts.opted_out_hint())]
