"""Round 9: intent families from the new writers (batches j, k), probes written for this file.

Each family has new probes (none from the corpus) and look-alike negatives that must keep their
intent (CONVENTIONS.md: intent).
"""
import pytest

from tests.nlu.intent_probes import OT, A, L, LR, T, W, family_cases, intent_of

PROBES = {
    # "off her face", "off his head": an idiom about an adult, not the child off school.
    "off_idiom": [
        ("Jayden will be in for about 10, his dad came home off his head last night and nobody slept", "Jayden", W, "07:30", L),
        ("Mia stayed at her aunt's as her mum was off her face, she'll be in by 9.45", "Mia", T, "07:50", L),
        ("sorry, Kacper will be in at 10, his stepdad was off his trolley again last night", "Kacper", W, "07:40", L),
        ("Ruby will be in by half 10. Stayed at mine, her mum was off her face again and there was no food. Sorry, Grandma", "Ruby", W, "07:05", L),
        ("Mia is off today, her head is pounding", "Mia", T, "07:50", A),
        ("he's off his food and off school today with a temperature", "Leo", W, "08:00", A),
    ],
    # Not in all morning and back after lunch: absence (AM), unless collected from school first.
    "back_after_lunch": [
        ("Sana has the orthodontist at 9.40, she'll be back after lunch", "Sana", W, "07:30", A),
        ("Eye clinic at 10 for Reece, he will be back after lunch", "Reece", T, "07:45", A),
        ("physio for Amara's ankle at half 9, she's back after lunchtime", "Amara", W, "07:30", A),
        ("I'll pick Sana up at 10 for the orthodontist and she'll be back after lunch", "Sana", W, "07:30", L),
        ("Sana has the dentist at 10, she'll be back before lunch", "Sana", W, "07:30", L),
    ],
    # A formal request without a question mark: leave request.
    "request_that": [
        ("Could I request that Idris is excused on Monday 9th for a family wedding", "Idris", W, "09:00", LR),
        ("May we request that Zofia be excused next Thursday and Friday. Kind regards", "Zofia", T, "10:10", LR),
        ("Can I request that Ayo is authorised absent for his grandad's funeral next week please", "Ayo", W, "09:00", LR),
        ("Could we request that Noah is excused next Monday please. Many thanks", "Noah", T, "09:50", LR),
        ("May I request that Bea is excused on Friday 20th. Thank you", "Bea,Kit", W, "09:40", LR),
        ("May I request a copy of the attendance policy please", "Idris", W, "09:00", OT),
    ],
    # Held up in the morning: the child will arrive at a morning hour, or once the road opens.
    "held_up": [
        ("my sister is doing the drop off but she can't get there till 9.45", "Ben,Ada", W, "07:30", L),
        ("Dad is bringing Yusuf in but he can't get there until 10", "Yusuf", T, "07:20", L),
        ("road flooded at the ford, Ella will be in as soon as the road reopens", "Ella", W, "07:50", L),
        ("Lorry jack-knifed on the bypass, police have shut it. Kai will be in once it's reopened", "Kai", T, "08:10", L),
        ("I can't get there till 3.30 to pick her up, can she go to after school club", "Ella", W, "11:00", OT),
        ("Ella will be back in once she's better, the GP says it's a virus", "Ella", W, "07:50", A),
    ],
    # "I bring her after (the appointment)": a later arrival the same morning.
    "bring_after": [
        ("Tomas has the doctor at 8h45, I bring him after", "Tomas", W, "07:00", L),
        ("dentist at 9 for Hana, we'll drop her after", "Hana", T, "07:10", L),
        ("Jonah has his blood test at 8.30 so I'll take him in afterwards", "Jonah", W, "07:30", L),
        ("dentist at 9 for Hana then I'll bring her after lunch", "Hana", T, "07:10", A),
    ],
    # Someone else collects on a regular day: nothing about attendance.
    "regular_collector": [
        ("His uncle Femi will be collecting him every Friday from now on", "Tobi", W, "09:00", OT),
        ("Just so you know, my partner will pick her up on Tuesdays from next week", "Lily", T, "10:00", OT),
        ("Nana's going to collect them every Wednesday this term", "Abi,Sol", W, "08:30", OT),
        ("I'll be collecting him at 1.30 today for the dentist, he won't be back", "Tobi", W, "09:00", A),
    ],
    # A past day explained, with the child back today: absence (CONVENTIONS: a past day being explained).
    "past_off_explained": [
        ("Sorry I forgot to ring yesterday, Nikos had a high fever. He is fine now and in school today", "Nikos", W, "09:10", A),
        ("Apologies for not informing yesterday, Amir was at hospital with his asthma. He is back today", "Amir", T, "09:00", A),
        ("sorry she was absent yesterday, I was working nights and forgot. Zara's back today", "Zara", W, "08:40", A),
        ("Sorry I didn't reply yesterday, she's back today and much better", "Zara", W, "08:40", OT),
        ("Thanks for ringing yesterday, she's back in today", "Zara", W, "08:40", OT),
    ],
    # Collected now during the day and not coming back: absence.
    "collect_now": [
        ("Can I come and pick Aleks up now? He rang me crying with earache", "Aleks", W, "11:20", A),
        ("I need to collect Maisie now please, family emergency, on my way", "Maisie", T, "13:30", A),
        ("can I get her straight away please, she says she's been sick twice", "Ivy", W, "10:40", A),
        ("who can pick him up now that his dad has moved out?", "Ivy", W, "10:40", OT),
        ("I'll collect him now and bring him back for 1.30, he's at the dentist at 12", "Ivy", W, "10:40", L),
    ],
    # The parent is ill but the one child "will be in today": other (CONVENTIONS: intent other).
    "in_today": [
        ("Mum here, I'm poorly with a chest infection, Leo is fine and will be in today, my neighbour is bringing him", "Leo", W, "07:30", OT),
        ("Just so you know I'm laid up with covid but Noor tested negative so she'll be in today, her uncle is dropping her", "Noor", T, "07:10", OT),
        ("I'm really poorly with the flu, my sister is doing drop off, Isla will still be in today", "Isla", W, "07:40", OT),
        ("both have got covid, neither will be in today", "Mason,Noor", W, "07:30", A),
        ("Mason is poorly with covid, he won't be in today", "Mason", W, "07:30", A),
        ("Sorry, Mason will be in today but late, his grandad is bringing him for 10", "Mason", W, "07:30", L),
    ],
}

@pytest.mark.parametrize("text, children, today, now, intent", family_cases(PROBES))
def test_intent_round9(text, children, today, now, intent):
    assert intent_of(text, children, today, now) == intent
