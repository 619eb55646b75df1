"""Questions, corrections, expiry, keywords, safeguarding and privacy in the conversation."""
from __future__ import annotations


from sqlalchemy import select

from bot.conversation import handle_inbound
from models import ClosureDay, CodeChange, ConversationState, Outbox, SessionMark, StaffUser
from models.marks import MIS, set_mark
from tests.bot.conftest import (
    FRIDAY_INSET, MONDAY, OTHER_PHONE, PARENT_PHONE, THURSDAY, WEDNESDAY, inbound, local, marks, reports,
)
from tests.factories import make_contact, make_pupil, make_school


# --- which child -------------------------------------------------------------------

def test_an_unnamed_child_of_several_is_asked_for_with_numbered_options(db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("off sick today", intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])

    [question] = say("off sick today", replies_only=True)

    assert question.options == ("Amy", "Ben", "Both")
    assert question.plain_text() == ("Thank you. Which child is this about? Reply with the number. "
                                     "1) Amy 2) Ben 3) Both")
    assert reports(db) == []
    assert db.get(ConversationState, family.id).state == "ask_child"


def test_the_answer_2_picks_the_second_child(db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("off sick today", intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])
    say("off sick today")

    [reply] = say("2", at=local(at="07:32"))

    assert reply.startswith("Ben: off today (Wed 25 Nov), illness.")
    assert marks(db, amy) == [] and len(marks(db, ben)) == 2


def test_the_answer_can_be_a_name_or_both(db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("off sick today", intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])
    nlu_fake.on("Ben", target_children=["Ben"])
    say("off sick today")
    [reply] = say("Ben", at=local(at="07:31"))
    assert reply.startswith("Ben: off today")

    say("off sick today", at=local(at="07:40"))
    [reply] = say("both", at=local(at="07:41"))
    assert reply.startswith("Amy and Ben: off today (Wed 25 Nov), illness.")
    assert reply.endswith("Please text each morning they are still off.")
    assert len(marks(db, amy)) == 2 and len(marks(db, ben)) == 2


def test_an_answer_that_picks_no_child_asks_again(db, say, nlu_fake, family):
    nlu_fake.on("off sick today", intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])
    say("off sick today")
    [again] = say("7", at=local(at="07:31"))
    assert again.startswith("Sorry, I did not catch that. Which child") and "1) Amy 2) Ben 3) Both" in again
    assert reports(db) == []


def test_two_children_with_the_same_name_are_told_apart(db, school, say, nlu_fake):
    sam_a = make_pupil(db, school, "Sam", "Smith", form="7A")
    sam_b = make_pupil(db, school, "Sam", "Jones", form="9C")
    make_contact(db, school, PARENT_PHONE, sam_a, sam_b)
    nlu_fake.on("sam is ill today", intent="absence", reason_code="I", evidence=("ill",),
                dates=[WEDNESDAY], target_children=["Sam"])

    [question] = say("sam is ill today", replies_only=True)

    assert nlu_fake.calls[0]["children"] == ["Sam"]
    assert question.options == ("Sam Smith", "Sam Jones", "Both")
    [reply] = say("2", at=local(at="07:31"))
    assert reply.startswith("Sam Jones: off today")
    assert marks(db, sam_a) == [] and len(marks(db, sam_b)) == 2


def test_an_answer_with_a_shared_name_asks_again_between_those_two(db, school, say, nlu_fake):
    sam_a = make_pupil(db, school, "Sam", "Smith")
    sam_b = make_pupil(db, school, "Sam", "Jones")
    ben = make_pupil(db, school, "Ben")
    make_contact(db, school, PARENT_PHONE, sam_a, sam_b, ben)
    nlu_fake.on("off sick today", intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])
    nlu_fake.on("sam", target_children=["Sam"])
    [first] = say("off sick today", replies_only=True)
    assert first.options == ("Sam Smith", "Sam Jones", "Ben", "All of them")

    [again] = say("sam", at=local(at="07:31"), replies_only=True)

    assert again.options == ("Sam Smith", "Sam Jones", "Both") and reports(db) == []
    [reply] = say("1", at=local(at="07:32"))
    assert reply.startswith("Sam Smith: off today") and len(marks(db, sam_a)) == 2


# --- which days and the reason -------------------------------------------------------

def test_vague_days_are_asked_for(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy off for a few days with flu", intent="absence", reason_code="I",
                evidence=("flu",), dates=[], target_children=["Amy"])
    nlu_fake.on("Amy is off today and tomorrow", intent="absence", dates=[WEDNESDAY, THURSDAY])

    [question] = say("amy off for a few days with flu")
    assert question == "Which days will Amy be off? For example: today and tomorrow."

    [reply] = say("today and tomorrow", at=local(at="07:31"))
    assert reply.startswith("Amy: off today and tomorrow (Wed 25, Thu 26 Nov), illness.")


def test_the_reason_is_asked_once_and_a_reply_with_none_is_recorded_as_N(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy wont be in today", intent="absence", reason_code="N", dates=[WEDNESDAY],
                target_children=["Amy"])

    [question] = say("amy wont be in today")
    assert question == ("Thank you. Can you tell us why Amy is off? For example: ill, or a "
                        "medical appointment.")
    assert reports(db) == []

    [reply] = say("rather not say", at=local(at="07:33"))
    assert reply == "Amy: off today (Wed 25 Nov), reason not given. Thank you for letting us know."
    assert reports(db)[0].provisional_code == "N"
    assert {code for *_, code, _ in marks(db, amy)} == {"N"}


def test_a_reason_given_in_the_answer_is_used(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy wont be in today", intent="absence", reason_code="N", dates=[WEDNESDAY],
                target_children=["Amy"])
    nlu_fake.on("she has a cold", intent="absence", reason_code="I", evidence=("cold",), dates=[WEDNESDAY])
    say("amy wont be in today")
    [reply] = say("she has a cold", at=local(at="07:33"))
    assert reply.startswith("Amy: off today (Wed 25 Nov), illness.")


def test_a_low_confidence_reason_without_evidence_is_not_taken_as_given(db, say, nlu_fake, parent):
    nlu_fake.on("amy off tomorrow", intent="absence", reason_code="I", confidence=0.2,
                dates=[THURSDAY], target_children=["Amy"])
    [question] = say("amy off tomorrow")
    assert question.startswith("Thank you. Can you tell us why Amy is off?")


def test_an_expired_question_is_dropped_and_the_new_message_read_fresh(db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("off sick today", intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])
    say("off sick today", at=local(at="07:00"))

    [reply] = say("2", at=local(at="07:31"))  # the school's timeout is 30 minutes

    assert "Ben" not in reply and reports(db) == []
    assert reply.startswith("Thanks for your message. To report an absence")


# --- corrections ----------------------------------------------------------------------

def test_a_day_correction_moves_the_marks_and_restores_the_old_ones(db, say, nlu_fake, parent, amy):
    set_mark(db, amy, WEDNESDAY, "AM", "N", status="provisional", source="mis", actor=MIS)
    nlu_fake.on("amy ill today", intent="absence", reason_code="I", evidence=("ill",),
                dates=[WEDNESDAY], target_children=["Amy"])
    nlu_fake.on("sorry I meant tomorrow", intent="absence", reason_code="N", dates=[THURSDAY])
    say("amy ill today")

    [reply] = say("sorry I meant tomorrow", at=local(at="07:35"))

    assert reply == ("Thanks, I have changed that. Amy: off tomorrow (Thu 26 Nov), illness. "
                     "Please text each morning Amy is still off.")
    assert marks(db, amy) == [
        (WEDNESDAY, "AM", "N", "provisional"),   # the MIS mark is back
        (WEDNESDAY, "PM", "I", "withdrawn"),     # had no mark before: withdrawn
        (THURSDAY, "AM", "I", "provisional"), (THURSDAY, "PM", "I", "provisional"),
    ]
    [report] = reports(db)
    assert report.days == [THURSDAY] and report.status == "recorded"
    wednesday_am = db.scalars(select(CodeChange).where(
        CodeChange.date == WEDNESDAY, CodeChange.session == "AM").order_by(CodeChange.id)).all()
    assert [(c.old_code, c.new_code, c.changed_by_role) for c in wednesday_am] == [
        (None, "N", "mis"), ("N", "I", "parent"), ("I", "N", "parent")]
    assert "corrected" in wednesday_am[-1].reason
    restored = db.scalars(select(SessionMark).where(SessionMark.date == WEDNESDAY,
                                                    SessionMark.session == "AM")).one()
    assert restored.source == "mis" and restored.absence_report_id is None


def test_a_closure_day_added_between_two_messages_is_honoured_at_once(
        db, say, nlu_fake, school, parent, amy):
    nlu_fake.on("amy ill thursday", intent="absence", reason_code="I", evidence=("ill",),
                dates=[THURSDAY], target_children=["Amy"])
    say("hello")  # reads the calendar as it was
    db.add(ClosureDay(school_id=school.id, date=THURSDAY, kind="closure"))
    db.flush()

    [reply] = say("amy ill thursday", at=local(at="07:35"))

    assert reply == ("Thank you. There is no school on Thu 26 Nov, so there is nothing to "
                     "record for Amy.")
    assert marks(db, amy) == []


def test_a_correction_to_a_day_with_no_school_keeps_the_report_and_says_why(
        db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("amy ill tomorrow", intent="absence", reason_code="I", evidence=("ill",),
                dates=[THURSDAY], target_children=["Amy"])
    nlu_fake.on("sorry I meant friday", intent="absence", reason_code="N", dates=[FRIDAY_INSET])
    say("amy ill tomorrow")

    [reply] = say("sorry I meant friday", at=local(at="07:35"))

    assert reply == ("Thank you. There is no school on Fri 27 Nov, so there is nothing to "
                     "record for Amy.")
    assert marks(db, amy) == [(THURSDAY, s, "I", "provisional") for s in ("AM", "PM")]
    [report] = reports(db)
    assert report.days == [THURSDAY] and report.status == "recorded"


def test_a_correction_after_a_day_with_no_school_records_the_kept_draft(
        db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("amy ill tomorrow", intent="absence", reason_code="I", evidence=("ill",),
                dates=[FRIDAY_INSET], target_children=["Amy"])
    nlu_fake.on("sorry I meant monday", intent="absence", reason_code="N", dates=[MONDAY])
    nlu_fake.on("no, Monday", dates=[MONDAY])
    [no_school] = say("amy ill tomorrow", at=local(THURSDAY))
    assert no_school.startswith("Thank you. There is no school on Fri 27 Nov")

    [reply] = say("sorry I meant monday", at=local(THURSDAY, at="07:35"))

    assert reply == "Amy: off Mon 30 Nov, illness. Please text each morning Amy is still off."
    assert marks(db, amy) == [(MONDAY, s, "I", "provisional") for s in ("AM", "PM")]
    assert marks(db, ben) == []
    [report] = reports(db)
    assert report.days == [MONDAY] and "amy ill tomorrow" in report.reason_text

    say("amy ill tomorrow", at=local(THURSDAY, at="07:40"))
    [reply] = say("no, Monday", at=local(THURSDAY, at="07:41"))
    assert reply.startswith("Amy: off Mon 30 Nov, illness.")


def test_a_new_report_after_a_day_with_no_school_is_read_fresh(db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("amy ill tomorrow", intent="absence", reason_code="I", evidence=("ill",),
                dates=[FRIDAY_INSET], target_children=["Amy"])
    nlu_fake.on("ben is off today with a cold", intent="absence", reason_code="I",
                evidence=("cold",), dates=[THURSDAY], target_children=["Ben"])
    nlu_fake.on("sorry, ben is at the dentist monday", intent="absence", reason_code="M",
                evidence=("dentist",), dates=[MONDAY], target_children=["Ben"])
    say("amy ill tomorrow", at=local(THURSDAY))

    [reply] = say("ben is off today with a cold", at=local(THURSDAY, at="07:35"))
    assert reply.startswith("Ben: off today (Thu 26 Nov), illness.")

    say("amy ill tomorrow", at=local(THURSDAY, at="07:40"))
    [reply] = say("sorry, ben is at the dentist monday", at=local(THURSDAY, at="07:41"))
    assert reply.startswith("Ben: off Mon 30 Nov, medical appointment.")
    assert marks(db, amy) == [] and [r.pupil_id for r in reports(db)] == [ben.id, ben.id]


def test_a_correction_after_a_day_with_no_school_expires_with_the_conversation(
        db, say, nlu_fake, family):
    nlu_fake.on("amy ill tomorrow", intent="absence", reason_code="I", evidence=("ill",),
                dates=[FRIDAY_INSET], target_children=["Amy"])
    nlu_fake.on("sorry I meant monday", intent="absence", reason_code="N", dates=[MONDAY])
    say("amy ill tomorrow", at=local(THURSDAY))

    [reply] = say("sorry I meant monday", at=local(THURSDAY, at="08:01"))

    assert reply.startswith("Thank you. Which child is this about?") and reports(db) == []


def test_a_child_correction_moves_the_report_to_the_right_child(db, say, nlu_fake, family, amy, ben):
    nlu_fake.on("amy ill today", intent="absence", reason_code="I", evidence=("ill",),
                dates=[WEDNESDAY], target_children=["Amy"])
    nlu_fake.on("no, it's Ben", target_children=["Ben"])
    say("amy ill today")

    [reply] = say("no, it's Ben", at=local(at="07:35"))

    assert reply.startswith("Thanks, I have changed that. Ben: off today (Wed 25 Nov), illness.")
    assert {status for *_, status in marks(db, amy)} == {"withdrawn"}
    assert marks(db, ben) == [(WEDNESDAY, s, "I", "provisional") for s in ("AM", "PM")]
    [report] = reports(db)
    assert report.pupil_id == ben.id
    withdrawn = db.scalars(select(CodeChange).where(CodeChange.pupil_id == amy.id,
                                                    CodeChange.new_status == "withdrawn")).all()
    assert len(withdrawn) == 2 and all(c.absence_report_id == report.id for c in withdrawn)


def test_a_correction_after_the_state_expired_is_not_applied(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy ill today", intent="absence", reason_code="I", evidence=("ill",),
                dates=[WEDNESDAY], target_children=["Amy"])
    nlu_fake.on("sorry I meant tomorrow", intent="absence", reason_code="N", dates=[THURSDAY])
    say("amy ill today")

    [reply] = say("sorry I meant tomorrow", at=local(at="09:00"))  # 90 minutes later

    assert marks(db, amy) == [(WEDNESDAY, s, "I", "provisional") for s in ("AM", "PM")]
    assert reply.startswith("Thank you. Can you tell us why Amy is off?")  # read as a new report


def test_thanks_after_a_confirmation_gets_no_reply(db, say, nlu_fake, parent):
    nlu_fake.on("amy ill today", intent="absence", reason_code="I", evidence=("ill",),
                dates=[WEDNESDAY], target_children=["Amy"])
    say("amy ill today")
    assert say("thanks", at=local(at="07:31")) == []


# --- safeguarding ---------------------------------------------------------------------

def test_a_missing_child_reaches_every_dsl_and_gets_the_999_reply(db, school, say, nlu_fake, parent, amy, dsl):
    other_dsl_elsewhere = make_school(db)
    nlu_fake.on("amy hasnt come home since last night", intent="absence", reason_code="N",
                dates=[WEDNESDAY], target_children=["Amy"], safeguarding=True,
                safeguarding_reasons=("missing",))

    [reply] = say("amy hasnt come home since last night")

    assert reply == ("If you think Amy is missing or in danger, please call 999 now. We have told "
                     "the school's safeguarding lead, who will contact you as soon as they can.")
    [report] = reports(db)
    assert (report.status, report.safeguarding, report.safeguarding_reasons, report.provisional_code) == (
        "needs_human", True, ["missing"], None)
    assert db.scalars(select(SessionMark)).all() == [] and db.scalars(select(CodeChange)).all() == []
    [alert] = db.scalars(select(Outbox)).all()
    assert (alert.kind, alert.channel, alert.recipient, alert.staff_user_id) == (
        "dsl_alert", "sms", dsl.phone_e164, dsl.id)
    assert "Amy Smith" in alert.body and "amy hasnt come home since last night" in alert.body
    assert other_dsl_elsewhere.id != school.id


def test_every_dsl_of_the_school_and_only_its_dsls_are_alerted_once(db, school, say, nlu_fake, parent, dsl):
    second = StaffUser(name="Second Lead", email="dsl2@x.example", role="dsl", phone_e164="+447700900501",
                       password_hash="x", schools=[school])
    head = StaffUser(name="Head", email="head@x.example", role="head", phone_e164="+447700900502",
                     password_hash="x", schools=[school])
    elsewhere = StaffUser(name="Other DSL", email="dsl3@x.example", role="dsl",
                          phone_e164="+447700900503", password_hash="x", schools=[make_school(db)])
    db.add_all([second, head, elsewhere])
    nlu_fake.on("her dad hit her", intent="absence", reason_code="N", dates=[WEDNESDAY],
                target_children=["Amy"], safeguarding=True, safeguarding_reasons=("abuse",))
    message = inbound(db, "her dad hit her", school=school)
    handle_inbound(db, message, parse=nlu_fake)
    handle_inbound(db, message, parse=nlu_fake)  # a retried webhook queues nothing new
    recipients = sorted(o.recipient for o in db.scalars(select(Outbox)))
    assert recipients == [dsl.phone_e164, second.phone_e164]


def test_other_concerns_get_a_caring_reply_not_a_confirmation(db, say, nlu_fake, parent, amy, dsl):
    nlu_fake.on("amy is being bullied and scared to come in", intent="absence", reason_code="N",
                dates=[WEDNESDAY], target_children=["Amy"], safeguarding=True,
                safeguarding_reasons=("afraid", "bullying"))
    [reply] = say("amy is being bullied and scared to come in")
    assert reply.startswith("Thank you for telling us. A member of staff will contact you today.")
    assert "off today" not in reply and db.scalars(select(SessionMark)).all() == []


# --- STOP, START, HELP ----------------------------------------------------------------

def test_stop_opts_out_and_then_nothing_more_is_sent_until_start(db, say, nlu_fake, parent, amy):
    nlu_fake.on("amy ill today", intent="absence", reason_code="I", evidence=("ill",),
                dates=[WEDNESDAY], target_children=["Amy"])

    assert say("STOP") == []  # Twilio answers STOP on SMS itself
    assert parent.opted_out and parent.opted_out_at == local()

    assert say("amy ill today", at=local(at="07:40")) == []
    assert len(reports(db)) == 1 and len(marks(db, amy)) == 2  # still recorded, never lost

    assert say(" start ", at=local(at="07:50")) == []
    assert not parent.opted_out
    assert say("amy ill today", at=local(at="07:55"))[0].startswith("Amy: off today")


def test_stop_on_telegram_is_confirmed_and_later_messages_get_only_the_start_hint(db, say, nlu_fake, parent):
    parent.telegram_chat_id = 4242
    db.flush()
    nlu_fake.on("amy ill today", intent="absence", reason_code="I", evidence=("ill",),
                dates=[WEDNESDAY], target_children=["Amy"])
    [confirm] = say("Stop", sender="4242", channel="telegram")
    assert confirm.startswith("You will get no more messages from us.")
    [hint] = say("amy ill today", sender="4242", channel="telegram", at=local(at="07:40"))
    assert hint == ("We have passed your message to the school. You stopped our replies; send "
                    "START to get them again.")
    assert "Amy" not in hint and len(reports(db)) == 1
    assert say("START", sender="4242", channel="telegram", at=local(at="07:50"))[0].startswith("Welcome back")


def test_the_nlu_opt_out_intent_also_opts_out_and_is_confirmed(db, say, nlu_fake, parent):
    nlu_fake.on("please stop texting me", intent="opt_out")
    [reply] = say("please stop texting me")
    assert parent.opted_out and reply.startswith("You will get no more messages from us.")


def test_an_opted_out_parent_of_several_unnamed_children_is_kept_for_an_officer(db, say, nlu_fake, family):
    family.opted_out = True
    nlu_fake.on("off sick today", intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])
    assert say("off sick today") == []
    [report] = reports(db)
    assert (report.pupil_id, report.status) == (None, "needs_human")
    assert db.scalars(select(SessionMark)).all() == []


def test_help_names_the_office_number(db, say, parent):
    [reply] = say("help")
    assert "01632 960000" in reply and "STOP" in reply


# --- who is writing -------------------------------------------------------------------

def test_an_unknown_number_learns_nothing(db, school, say, nlu_fake, parent, amy):
    nlu_fake.on("amy is off sick today", intent="absence", reason_code="I", evidence=("sick",),
                dates=[WEDNESDAY])

    [reply] = say("amy is off sick today", sender=OTHER_PHONE)

    assert reply == ("Sorry, we do not recognise this number. Please contact the school to update "
                     "your details. For anything else, please call the office on 01632 960000.")
    assert reports(db) == [] and db.scalars(select(SessionMark)).all() == []
    assert db.scalars(select(ConversationState)).all() == []
    assert nlu_fake.calls[-1]["children"] == []


def test_a_number_known_at_another_school_gets_the_same_reply_as_an_unknown_one(db, school, say, nlu_fake):
    other_school = make_school(db, office_phone="01632 961111")
    make_contact(db, other_school, OTHER_PHONE, make_pupil(db, other_school, "Zara"))
    known_elsewhere = say("zara is off", sender=OTHER_PHONE)
    unknown = say("zara is off", sender="+447700900303")
    assert known_elsewhere == unknown and "Zara" not in known_elsewhere[0]
    assert "01632 961111" not in known_elsewhere[0]


def test_a_child_is_never_named_to_a_number_that_is_not_their_contact(db, school, say, nlu_fake, parent, amy):
    """A stranger writing about Amy, and a parent of another child writing about her."""
    ben = make_pupil(db, school, "Ben")
    make_contact(db, school, OTHER_PHONE, ben, name="Other parent")
    for text in ("amy is off sick", "Amy ill today", "off sick today"):
        nlu_fake.on(text, intent="absence", reason_code="I", evidence=("sick",), dates=[WEDNESDAY])
    replies = []
    for sender in (OTHER_PHONE, "+447700900303"):
        for text in ("amy is off sick", "Amy ill today", "off sick today", "help", "2", "both"):
            replies += say(text, sender=sender, at=local(at="08:00"))
    assert replies and not any("Amy" in r or "Amelia" in r for r in replies)
    assert all(c["children"] in ([], ["Ben"]) for c in nlu_fake.calls)
    assert marks(db, amy) == []


def test_an_unlinked_telegram_chat_is_asked_to_share_its_number(db, say, parent):
    [prompt] = say("hi", sender="999", channel="telegram", replies_only=True)
    assert prompt.request_phone and "share your phone number" in prompt.text


def test_an_unknown_sender_writing_about_a_missing_child_is_told_to_call_999(db, school, say, nlu_fake, dsl):
    nlu_fake.on("my son has run away", intent="absence", safeguarding=True,
                safeguarding_reasons=("missing",))
    replies = say("my son has run away", sender=OTHER_PHONE)
    assert "call 999" in replies[-1]
    [alert] = db.scalars(select(Outbox)).all()
    assert alert.recipient == dsl.phone_e164 and OTHER_PHONE in alert.body


def test_whatsapp_messages_note_when_the_parent_last_wrote(db, say, parent):
    say("hello", sender=f"whatsapp:{PARENT_PHONE}", channel="whatsapp")
    assert parent.whatsapp_last_inbound_at == local()


# --- bad input ------------------------------------------------------------------------

def test_garbled_huge_or_emoji_messages_get_a_clear_answer(db, say, parent):
    for body in ("", "   ", "\U0001F637\U0001F637\U0001F637", "x" * 10_000, "\x01\x02 ??? ###", "99999"):
        [reply] = say(body, at=local(at="10:00"))
        assert reply.startswith("Thanks for your message. To report an absence")
    assert reports(db) == []
