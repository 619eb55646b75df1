"""parse_message: a parent's free text -> a structured, frozen Parse.

Order of work: normalise -> rule cues (lexicons, times, safeguarding) -> classifier
(intent, reason) over normalised text plus cue tokens -> rule overrides that the
classifier cannot overrule (STOP, no-reason-given) -> dates, sessions, arrival time,
children. Never raises: any internal error yields a safe `other` parse.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from . import children as children_mod
from . import dates as dates_mod
from . import pipeline, reasons, safeguarding, times
from . import sessions as sessions_mod
from .normalise import normalise

MAX_CHARS = 5000  # longer messages are cut: nobody types more, and latency stays bounded


@dataclass(frozen=True)
class Parse:
    """The structured reading of one message.

    intent: "absence" | "late" | "leave_request" | "opt_out" | "other".
    reason_code: one of pipeline.REASONS for absence/late/leave_request, else None.
    confidence: 0..1 for reason_code (for opt_out/other: for the intent).
    evidence: tuple of str, spans of the original text that decided the reason.
    dates: tuple of datetime.date, ascending, Mon-Fri only.
    sessions: "ALL" | "AM" | "PM".
    arrival_time: datetime.time or None.
    target_children: tuple of str, a subset of `children` in their order and spelling.
    safeguarding: bool; safeguarding_reasons: tuple of str from
      {missing, self_harm, abuse, domestic_violence, afraid, bullying, police}.
    """
    intent: str
    reason_code: str | None
    confidence: float
    evidence: tuple
    dates: tuple
    sessions: str
    arrival_time: time | None
    target_children: tuple
    safeguarding: bool
    safeguarding_reasons: tuple


EMPTY = Parse("other", None, 0.0, (), (), "ALL", None, (), False, ())

# Tie-break between reason codes with equal rule scores: most specific first.
RULE_ORDER = ("Y2", "Y1", "T", "J1", "C1", "S", "R", "C", "I", "M", "G", "O")
# How much the rule winner adds to the classifier's probability (tuned on dev).
RULE_WEIGHT = 0.75
STRONG_BONUS = 0.25
# Collecting a child at or after this time is the end of the school day, not leaving early.
END_OF_DAY = time(15, 10)
# Sent at or after this time, "tomorrow" is the next school day (CONVENTIONS: dates).
AFTER_SCHOOL = time(16, 0)
# Reasons a family takes leave for (holiday, wedding, religious, travelling, performance, exam, interview).
LEAVE_CODES = frozenset({"G", "C", "R", "T", "C1", "S", "J1"})
# Cues of a parent asking rather than telling (permission, a question, "can she...", "please permit").
ASKING_CUES = frozenset({"request", "strong_request", "question", "modal_ask", "ask_possible", "policy_q",
                         "please_permit"})
# A weight-1 cue alone ("Jordan", "church", "show") is often a name or a passing word.
WEAK_RULE_WEIGHT = 0.3


def rule_reason(hits: dict, sg_reasons: tuple, intent: str = "absence") -> tuple:
    """(code, score) from the lexicons alone; ("N", 0) when nothing matched."""
    scores = reasons.rule_scores(hits)
    if not scores:
        code, best = "N", 0
    else:
        best = max(scores.values())
        code = next(c for c in RULE_ORDER if scores.get(c) == best)
        if intent == "late" and code == "I" and scores.get("M", 0) >= 2:
            code = "M"  # late after a GP/asthma-nurse visit: the appointment is the reason
    if sg_reasons:
        # A safeguarding message says why the child is off: the "refuses"/"won't come" of
        # a frightened child is not truancy (O), and self-harm is illness (I).
        if "self_harm" in sg_reasons and "bullying" not in sg_reasons and code in ("N", "M", "C", "O"):
            return "I", 2
        if code == "O" and best <= 2:
            return "N", 0
    return code, best


def _coerce_today(today) -> date:
    if isinstance(today, datetime):
        return today.date()
    if isinstance(today, date):
        return today
    if isinstance(today, str):
        try:
            return date.fromisoformat(today[:10])
        except ValueError:
            pass
    return date.today()


def _coerce_now(now) -> time | None:
    if isinstance(now, datetime):
        return now.time()
    if isinstance(now, time):
        return now
    if isinstance(now, str):
        try:
            return time.fromisoformat(now)
        except ValueError:
            return None
    return None


def parse_message(text, today=None, now=None, children=()) -> Parse:
    """Parse one message. See Parse for the fields. Never raises."""
    try:
        return _parse(text, _coerce_today(today), _coerce_now(now), children)
    except Exception:  # defensive: the bot must always get an answer
        return EMPTY


def _parse(text, today: date, now: time | None, children) -> Parse:
    if not isinstance(text, str):
        text = text.decode("utf-8", "replace") if isinstance(text, (bytes, bytearray)) else str(text or "")
    if isinstance(children, str):
        children = [children]
    children = [c for c in (children or []) if isinstance(c, str) and c.strip()]
    text = text[:MAX_CHARS]
    norm = normalise(text)
    nt = norm.text
    if not nt.strip():
        return EMPTY

    feats = features(nt)
    hits, cues, arrival, depart = feats.hits, feats.cues, feats.arrival, feats.depart
    sg, sg_reasons = feats.safeguarding, feats.sg_reasons
    # Second line for safeguarding: the trained classifier, gated by broad cue words (see
    # safeguarding.SOFT_CUES). All three classifiers share one Doc (pipeline.classify_all).
    soft = () if sg else safeguarding.soft_cues(nt)
    p_intent, p_reason, p_sg = pipeline.classify_all(feats.model_text, len(nt), bool(soft))
    if soft and p_sg is not None and p_sg >= pipeline.sg_threshold():
        sg, sg_reasons = True, soft[:1]

    intent, intent_conf = _decide_intent(p_intent, cues, hits, arrival, depart, now, len(children))
    reason, conf, evidence = _decide_reason(intent, p_reason, hits, norm, intent_conf, sg_reasons)
    day_list = dates_mod.resolve_dates(nt, today, now, intent)
    if intent == "late" and len(day_list) > 1:
        day_list = day_list[:1]
    sessions = sessions_mod.missed(intent, nt, arrival, depart)
    targets = children_mod.target_children(norm.original, nt, children, intent)
    return Parse(
        intent=intent,
        reason_code=reason,
        confidence=round(max(0.0, min(1.0, conf)), 4),
        evidence=evidence,
        dates=tuple(day_list),
        sessions=sessions,
        arrival_time=arrival if intent == "late" or sessions == "AM" and intent in ("absence", "leave_request") else None,
        target_children=tuple(targets),
        safeguarding=sg,
        safeguarding_reasons=sg_reasons,
    )


@dataclass(frozen=True)
class Features:
    hits: dict
    cues: frozenset
    arrival: time | None
    depart: time | None
    safeguarding: bool
    sg_reasons: tuple
    model_text: str


def features(nt: str) -> Features:
    """Rule cues for normalised text, and the classifier's input built from them.

    Shared by parse_message and nlu.train so training and inference see the same input.
    """
    hits = reasons.lexicon_hits(nt)
    cues = reasons.cue_hits(nt)
    tms = times.find_times(nt)
    arrival = times.arrival_time(tms)
    depart = times.departure_time(tms)
    sg, sg_reasons, _ = safeguarding.detect(nt)
    extra = [name for name, on in (("arrival", arrival), ("depart", depart), ("safeguard", sg)) if on]
    # When, not just whether: arriving after lunch and leaving at home time read differently.
    if arrival:
        extra.append("arrivalpm" if arrival >= time(12, 30) else "arrivalam")
    if depart and depart >= END_OF_DAY:
        extra.append("departeod")
    extra += [f"sg{r}" for r in sg_reasons]
    model_text = nt + " " + reasons.feature_tokens(nt, hits, cues, extra)
    return Features(hits, frozenset(cues), arrival, depart, sg, sg_reasons, model_text)


def _decide_intent(p_intent: dict, cues: set, hits: dict, arrival, depart, now: time | None,
                   n_children: int) -> tuple:
    if "optout" in cues and not cues & {"child_texting", "keep_some"} \
            and not ({"absent", "late"} & cues and len(cues) > 2):
        return "opt_out", 0.99
    # Context for the rules only (the classifier has already read the cues): when the message was
    # sent, and whether "she's in" can only mean the one child the school knows.
    context = {name for name, on in (("after_school", now is not None and now >= AFTER_SCHOOL),
                                      ("one_child", n_children == 1), ("ill_cue", "I" in hits),
                                      ("appt_cue", "M" in hits),
                                      ("leave_cue", bool(hits.keys() & LEAVE_CODES))) if on}
    cues = cues | context
    if p_intent:
        best = max(p_intent, key=p_intent.get)
        intent = _intent_family(best, cues, p_intent, arrival, depart) or best
        return intent, p_intent[intent]
    return _rule_intent(cues, hits, arrival), 0.5


def _intent_family(best: str, cues: set, p: dict, arrival, depart) -> str | None:
    """The CONVENTIONS intent rules that hold whatever the wording; None keeps the classifier's answer.

    Each rule is a family of messages (out-and-back, arriving after lunch, late at home time...),
    keyed on cue patterns from reasons.INTENT_CUES and the times found, never on one phrasing."""
    comes_back = bool({"out_and_back", "appt_back"} & cues) and "no_return" not in cues
    if arrival and arrival >= END_OF_DAY:
        arrival = None  # "there by 3.40" is the parent at home time, not the child arriving
    for rule in (_not_opt_out, _not_off, _permission, _arrival_time):
        intent = rule(best, cues, p, arrival, depart, comes_back)
        if intent:
            return intent
    return None


def _not_opt_out(best, cues, p, arrival, depart, comes_back):
    """The school is asked to stop something happening ("stop him bringing his phone in", "stop him
    playing football, his knee is bad"), not to stop the messages, and nobody said the child is off."""
    # "can you tell Will to stop texting me in lessons": the child texts the parent.
    # "unsubscribe me from the PTA emails, not the school ones": the school's own messages are kept.
    if best == "opt_out" and cues & {"child_texting", "keep_some"}:
        return "other"
    if "stop_doing" not in cues or "optout" in cues:
        return None
    if best == "opt_out" or (best == "absence" and not (arrival or depart or {"absent", "late_word"} & cues)):
        return "other"
    return None


def _not_off(best, cues, p, arrival, depart, comes_back):
    """The child is not missing any session: other."""
    # "had the dentist at 9, dad was dropping her after, is she in now?": the parent asks whether the child is
    # in (CONVENTIONS intent: other), and says of the child neither off nor late nor when she arrives.
    if best in ("absence", "late") and "in_query" in cues and not arrival \
            and not cues & {"absent", "late_word", "miss_morning", "lunch_arrival", "no_return"}:
        return "other"
    # "no need to miss school", "it says absent on the app but he was in".
    if ("no_miss" in cues and not (arrival or {"late_word", "sibling_in"} & cues)) or "register_query" in cues:
        return "other"
    # The parent is late at home time, or someone else collects at the usual time.
    if best in ("absence", "late") and not comes_back and (
            "home_time" in cues or (depart and depart >= END_OF_DAY and "absent" not in cues)):
        return "other"
    # "can he miss PE?": one lesson, not a session.
    asks = cues & {"question", "modal_ask"}
    if "lesson_only" in cues and asks and "absent" not in cues:
        return "other"
    # "how long does he need to stay off after a bug?", "do I need a note?": about the rules.
    if best == "absence" and "policy_q" in cues and asks and "refuses" not in cues:
        return "other"
    # "much better, back in tomorrow" sent after school: the absence is over, nothing to record.
    if best == "absence" and "back_tomorrow" in cues and "after_school" in cues \
            and not cues & {"absent", "late_word", "no_return"}:
        return "other"
    # "she's back today after being off with the bug": the "off" is the absence that has ended.
    # ("sorry she was off yesterday, forgot to ring; back today" explains that day: absence.)
    # Holds when the classifier already says other, so the "absent" rule below cannot read the ended "off" as today's.
    if best in ("absence", "other") and "returned" in cues and not (arrival or depart) \
            and not cues & {"late_word", "sibling_in", "no_return", "out_and_back", "past_off"} and p["other"] >= 0.05:
        return "other"
    # "he'll be in but can't do PE this week": in school, one lesson missed.
    if best == "absence" and "no_pe" in cues and not (arrival or depart) \
            and not cues & {"absent", "late_word", "sibling_in"}:
        return "other"
    # "nan will be doing drop off", "she'll come by taxi from Monday": who brings the child, not an absence.
    if best == "absence" and "school_run" in cues and not (arrival or depart) and p["other"] >= 0.03 \
            and not cues & {"late_word", "no_return", "out_and_back", "refuses", "day_off"}:
        return "other"
    # "keep an eye on her today ... she has gone in": the child is at school. With one child, an
    # absence cue is the sibling's when a brother or sister is said to be off ("her brother's off,
    # she's in"): with several, the sibling may be one of them.
    one_child = "one_child" in cues
    in_school = "in_school" in cues or (cues & {"child_in", "in_today"} and one_child)
    # With several children, "Grace is fine and in school" is said of the one who is not off.
    sibling_named_in = "other_in" in cues and not one_child
    if best in ("absence", "late") and in_school and not ({"late_word", "sibling_in", "past_off"} & cues) \
            and not sibling_named_in:
        if ("sibling_off" in cues and one_child) or ("absent" not in cues and p["other"] >= 0.05):
            return "other"
    return None


def _permission(best, cues, p, arrival, depart, comes_back):
    """An explicit request for permission is a leave request even when the classifier leans
    elsewhere; a small floor keeps questions about leave out."""
    if best == "absence" and "strong_request" in cues and p["leave_request"] >= 0.01:
        return "leave_request"
    # Asked with or without a question mark: "May I request that Farah is excused next Friday", or without
    # the "it" about leave for a reason families take leave for: "Is possible my children have holiday 2 weeks?"
    asks_for_leave = "strong_request" in cues or {"ask_possible", "leave_cue"} <= cues
    if best in ("late", "other") and asks_for_leave and cues & {"question", "modal_ask"} \
            and "policy_q" not in cues and p["leave_request"] >= 0.10:
        return "leave_request"
    # "We are taking the girls to Florida the two days before half term": said, not asked (CONVENTIONS intent: a
    # statement that the family will be away is absence), so no asking cue at all may make it a request.
    if best == "leave_request" and not cues & ASKING_CUES and p["absence"] >= 0.1:
        return "absence"
    return None


def _arrival_time(best, cues, p, arrival, depart, comes_back):
    """Late or absent from when the child arrives or leaves (CONVENTIONS: intent, sessions)."""
    # Leaves for an appointment and comes back the same day: late.
    if best in ("absence", "other") and comes_back and "miss_morning" not in cues:
        return "late"
    # "come in for her mock and then go home": in for the morning and home for the rest of the day, absence (PM).
    if best in ("late", "other") and "in_then_home" in cues and not comes_back and not arrival \
            and not (depart and depart >= END_OF_DAY) and not cues & {"home_time", "in_query", "no_miss"}:
        return "absence"
    # Not in all morning and arriving at or after lunch, or missing the morning: absence AM, not late.
    # ("will miss tomorrow morning, hospital check-up, back before lunch": the morning is missed even though the
    # child comes back, so absence AM.)
    if best == "late" and (not comes_back or "miss_morning" in cues) and "late_word" not in cues \
            and ("lunch_arrival" in cues or (arrival and arrival >= time(12, 30))
                 or ("miss_morning" in cues and not arrival)):
        return "absence"
    # Arriving before 12:30, or "late" with no word of being off, is late.
    morning, said_late = arrival and arrival < time(12, 30), "late_word" in cues
    if best == "absence" and (morning or said_late) and ("absent" not in cues or (morning and said_late)):
        return "late"
    # "emergency dentist now, will bring him in after": brought in once the appointment is over, the same morning.
    if best == "absence" and "arrive_at" in cues and not arrival and p["late"] >= 0.3 \
            and not cues & {"absent", "miss_morning", "lunch_arrival", "no_return"}:
        return "late"
    if best != "other":
        return None
    # "dentist at 9, back after lunch" read as small talk: the morning is missed all the same.
    if "lunch_arrival" in cues and not comes_back and "question" not in cues and p["absence"] >= 0.25:
        return "absence"
    # Collected before the end of the day and not coming back: absence.
    if depart and depart < END_OF_DAY and "in_school" not in cues and not comes_back:
        return "absence"
    # "can I pick him up now, he's been sick": collected during the day and not coming back.
    if "collect_now" in cues and not comes_back and not cues & {"in_school", "after_school", "home_time"}:
        return "absence"
    # "she refuses to come in", "I'm giving him a rest day": the child is off, said plainly.
    # A refusal told (not supposed: "if she refuses...") holds whatever the classifier says, even with a question
    # or a complaint ("I can't get Eli to come in... what do we do now?").
    refusal = "refuses" in cues and "refuses_if" not in cues
    if not cues & {"in_school", "returned"} and (refusal or ("day_off" in cues and p["absence"] >= 0.02)):
        return "absence"
    # "I don't think she'll make it in at all today": the parent doubts the child will come in, which is an absence.
    if "doubt_in" in cues and not cues & {"question", "in_school", "home_time", "late_word"} and p["absence"] >= 0.1:
        return "absence"
    # "Tom had a GP appt this morning, he's in now": arrived after the appointment, late.
    if "in_now" in cues and "appt_cue" in cues and not cues & {"question", "after_school", "absent"} \
            and p["late"] + p["absence"] >= 0.05:
        return "late"
    # "Jayden has tonsillitis. Elijah and Malachi are in": the named others are in, the ill child is off.
    if "other_in" in cues and "one_child" not in cues and cues & {"ill_cue", "absent"} \
            and not cues & {"question", "home_time", "returned"} and p["absence"] >= 0.1:
        return "absence"
    if cues & {"question", "home_time"}:
        return None
    # "sorry Tom late, on our way": late said of the child, with no arrival time to go on.
    if said_late and "thanks" not in cues and p["late"] >= 0.05:
        return "late"
    # "can't get Jake to school": an absence cue with a fair absence probability.
    # ("she will be in but ...", "he'll be dropping them off Monday" say the child comes in; "he's back
    # in today" after a day off explains that day.)
    if "absent" in cues and p["absence"] >= 0.25 and "school_run" not in cues \
            and not ("in_school" in cues and "back" not in cues):
        return "absence"
    # "I'll bring her at 11", "a bit late, about 9.20": a later arrival, not small talk.
    if said_late and arrival and arrival >= time(9, 0):
        return "late"
    if "arrive_at" in cues and not cues & {"in_school", "thanks"} and not (arrival and arrival < time(9, 0)):
        return "late"
    return None


def _rule_intent(cues: set, hits: dict, arrival) -> str:
    """Intent without a model: cue precedence an attendance officer would use."""
    if "request" in cues and ("future" in cues or hits) and "question" in cues | {"question"}:
        if hits.keys() & {"G", "C", "R", "T", "C1", "S", "J1"}:
            return "leave_request"
    if arrival or ("late" in cues and "absent" not in cues):
        return "late"
    if "absent" in cues or (hits and not cues & {"question", "thanks", "back"}):
        return "absence"
    return "other"


def _rule_bonus(score: int) -> float:
    if score <= 1:
        return WEAK_RULE_WEIGHT
    return RULE_WEIGHT + (STRONG_BONUS if score >= 3 else 0.0)


def _decide_reason(intent, p_reason: dict, hits: dict, norm, intent_conf, sg_reasons=()) -> tuple:
    """Classifier probability plus a fixed bonus for the lexicon winner."""
    if intent in ("opt_out", "other"):
        return None, intent_conf, ()
    rule, score = rule_reason(hits, sg_reasons, intent)
    if p_reason:
        combined = dict(p_reason)
        if rule != "N":
            # A strong lexicon cue (weight >= 3: funeral, intensive care, Eid, holiday...) is
            # rarely wrong; it outweighs a confident "no reason given" from the classifier.
            combined[rule] = combined.get(rule, 0.0) + _rule_bonus(score)
        code = max(combined, key=combined.get)
        conf = p_reason.get(code, 0.0)
        if code == rule and rule != "N":
            conf = max(conf, min(0.95, 0.5 + 0.15 * score))  # lexicon and model agree
    else:
        code, conf = rule, (0.5 + 0.1 * score if rule != "N" else 0.5)
    spans = hits.get(code, [])
    evidence = tuple(dict.fromkeys(s for s in (norm.original_span(a, b) for a, b, _ in spans[:3]) if s))
    return code, conf, evidence
