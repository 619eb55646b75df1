"""Round 8: intent families from the new writers (batches h, i), probes written for this file.

Each family has new probes (none from the corpus) and look-alike negatives that must keep their
intent (CONVENTIONS.md: intent).
"""
import pytest

from tests.nlu.intent_probes import OO, OT, A, L, LR, T, W, family_cases, intent_of

PROBES = {
    # "no more message to me": opt-out with a singular noun or another channel name.
    "opt_out_variants": [
        ("no more message please", "Ola", W, "10:00", OO),
        ("Please, no more sms to this number, thank you", "Ola", W, "12:00", OO),
        ("no more txt thanks", "Ola,Kuba", T, "19:00", OO),
        ("no more notifications please we moved away", "Ola", T, "09:30", OO),
        ("please stop texting me", "Ola", W, "10:00", OO),
    ],
    # The child (or someone else) texts the parent: the school is asked to pass a word on.
    "child_texting": [
        ("could you ask Tomasz to stop messaging me during maths lol", "Tomasz", W, "11:00", OT),
        ("please tell Ruby to stop ringing me from the office phone, she's fine", "Ruby", T, "12:10", OT),
        ("can someone tell Dev to stop texting me in class, he wants to know about football", "Dev,Anya", W, "13:30", OT),
        ("Can you stop texting me please", "Dev", W, "13:30", OO),
        ("I want you to stop messaging me", "Dev", W, "13:30", OO),
    ],
    # The child will not go in: absence, even with a question or a complaint.
    "refuses": [
        ("Noor refuses to go to school today, the girls in her class keep laughing at her. What are you going to do", "Noor", W, "08:20", A),
        ("I can't get Eli to come in, he's sobbing in his room. What do we do now?", "Eli", T, "08:15", A),
        ("Kit won't go to school, says his tummy feels funny every morning, I'm at my wits end", "Kit", W, "08:05", A),
        ("Mo is refusing to come in, I'll try and get him there for 10", "Mo", W, "08:30", L),
        ("she refused to eat her lunch yesterday, can you keep an eye on her", "Ava", W, "08:30", OT),
    ],
    # A day at home given plainly ("rest day", "duvet day").
    "day_off": [
        ("Sienna is wiped out after the gymnastics competition so she's having a duvet day", "Sienna", W, "07:50", A),
        ("giving Ravi a rest day today, big weekend at his uncle's", "Ravi", T, "08:00", A),
        ("We're letting her have a day off, she's been so tired", "Lola", W, "07:45", A),
        ("letting him have a lie in, he'll be in for 10.30", "Theo", W, "08:00", L),
    ],
    # Someone else brings the child, or the child travels another way: the child is in.
    "school_run": [
        ("just so you know, grandad is doing the school run this week while I'm away", "Maja", W, "07:40", OT),
        ("Their auntie will be doing drop off and pick up for the next fortnight", "Maja,Leon", T, "19:00", OT),
        ("Hamza will come by bus from Monday, we've moved house", "Hamza", W, "18:00", OT),
        ("there's no one to do the school run so Maja won't be in today", "Maja", W, "07:40", A),
        ("grandma can't do the drop off so Leon will be off today", "Leon", T, "07:40", A),
        ("the bus driver will be doing pick up from the new stop, is that right?", "Leon", T, "19:00", OT),
    ],
    # In school, only PE or games missed.
    "no_pe": [
        ("Freddie will be in but can't do PE today, he twisted his wrist", "Freddie", W, "07:50", OT),
        ("she'll be in but she can't take part in games this week, stitches in her knee", "Esme", T, "08:00", OT),
        ("Oli is in school today but cannot do swimming, ear infection", "Oli", W, "08:10", OT),
        ("Oli is off today with his ear and can't do swimming this week either", "Oli", W, "08:10", A),
    ],
    # Missing the morning session and back at or before lunch: absence (AM).
    "miss_morning": [
        ("Ines will miss Thursday morning for her grade 5 piano exam, back by lunch", "Ines", W, "19:00", A),
        ("Kofi is missing the morning for his eid prayers, he'll be back by lunchtime", "Kofi", T, "07:30", A),
        ("Zara will miss tomorrow morning, hospital check-up, back before lunch", "Zara", W, "18:00", A),
        ("Zara will miss morning registration, dentist, in by 9.30", "Zara", W, "07:30", L),
    ],
    # "can he go?" at the end of a request: permission for leave.
    "can_go": [
        ("Ellis has been picked for the county dance show, rehearsals 3rd to 5th March in school time, licence done, can he go?", "Ellis", "2026-02-02", "20:00", LR),
        ("Our family wedding in Lahore is the week before half term, can she go ?", "Hiba", "2026-01-05", "19:00", LR),
        ("It's my brother's wedding in Krakow on Friday 20th, the whole family is going, could they go?", "Ola,Kuba", "2026-02-02", "21:00", LR),
        ("where can he go at lunch if he forgets his packed lunch?", "Ellis", W, "20:00", OT),
    ],
    # The parent is behind for home time: nothing about attendance (round-7 probe, failing at the start).
    "behind_home_time": [
        ("running behind for pick up, be there in 10", "Ben", W, "15:05", OT),
        ("bit behind for collection today, sorry", "Ben", W, "15:00", OT),
        ("we're behind for home time, 5 minutes", "Ben", T, "15:08", OT),
        ("running behind, Ben will be in for 9.20", "Ben", W, "08:40", L),
    ],
    # "I'd rather not get these texts": opt-out said politely (round-7 probe, failing at the start).
    "rather_not_texts": [
        ("I'd rather not receive these messages", "Ben", W, "10:00", OO),
        ("I would prefer not to get the texts, thanks", "Ben", T, "10:00", OO),
        ("we don't need these texts, I always phone in", "Ben", W, "10:00", OO),
        ("I'd rather not send him in with that cough, he'll stay home today", "Ben", W, "07:45", A),
    ],
}

@pytest.mark.parametrize("text, children, today, now, intent", family_cases(PROBES))
def test_intent_round8(text, children, today, now, intent):
    assert intent_of(text, children, today, now) == intent
