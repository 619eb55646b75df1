"""Safeguarding phrasings written for these tests (not corpus lines): the rules must
generalise beyond the corpus wording, and everyday look-alikes must stay quiet."""
from datetime import date, time

import pytest

from nlu import parse_message
from nlu.normalise import normalise
from nlu import safeguarding
from tests.nlu.safeguarding_probes import assert_rules_flag

T = date(2026, 3, 12)

POS = [
 ("missing", "Jess went out on Friday and we haven't heard from her since, her phone goes straight to voicemail"),
 ("missing", "my son didnt come back last nite, no1 knows where he is"),
 ("missing", "Kai's done a runner again, been gone since Sunday"),
 ("missing", "we have reported her missing to police, she has not been home for two nights"),
 ("missing", "Tia is staying out till 3am with people we don't know, we can't get her to come home"),
 ("missing", "Did Aaron make it into school today? He left the house at 8 but his phone is off"),
 ("missing", "Her whereabouts are unknown since yesterday afternoon"),
 ("missing", "Leo's dad took him for the weekend and hasn't brought him back, not answering calls"),
 ("abuse", "I think Kyle is involved in county lines, he keeps disappearing and coming back with cash"),
 ("abuse", "She's got an older boyfriend who is 22 and she keeps sneaking out to see him"),
 ("abuse", "a man she met on snapchat has been asking her for photos"),
 ("abuse", "Someone is sextorting my son, they want money or they'll share his pictures"),
 ("abuse", "his stepdad smacked him round the face and left a mark"),
 ("abuse", "she has bruises on her arms she won't explain"),
 ("abuse", "the social worker says Mason must stay with his nan for now"),
 ("abuse", "there's a child protection meeting this morning so Ruby won't be in"),
 ("abuse", "her dad whacked her with a belt last night"),
 ("abuse", "he came back from his dads with a black eye"),
 ("self_harm", "She's been cutting her wrists again"),
 ("self_harm", "Amy took a load of tablets last night and we were at A&E"),
 ("self_harm", "he says he wants to end it all and I don't know what to do"),
 ("self_harm", "she tried to hang herself, we're in hospital"),
 ("self_harm", "Noah told me he doesn't want to be here anymore"),
 ("self_harm", "she's been having suicidal thoughts, CAMHS crisis team coming today"),
 ("self_harm", "found a ligature in her room last night"),
 ("self_harm", "he said he wishes he was dead"),
 ("self_harm", "she swallowed a load of paracetamol"),
 ("self_harm", "my daughter overdosed on her antidepressants"),
 ("domestic_violence", "we are in emergency accommodation after what my partner did"),
 ("domestic_violence", "I've got a non-molestation order against their dad, please don't let him collect them"),
 ("domestic_violence", "there was a MARAC meeting about us yesterday"),
 ("domestic_violence", "my ex-partner kicked the door in and threatened me"),
 ("domestic_violence", "we had to leave the house in the middle of the night because of him"),
 ("domestic_violence", "we're staying in a womens refuge for now"),
 ("domestic_violence", "his father beat me up last night in front of the kids"),
 ("afraid", "he's too frightened to go in because a boy said he would get him after school"),
 ("afraid", "she won't go to school because of some lads who wait for her at the gates"),
 ("afraid", "Evie doesn't feel safe at school anymore"),
 ("afraid", "they're waiting for him every day after school, he's petrified"),
 ("bullying", "someone shared pictures of her around the whole year group"),
 ("bullying", "he got jumped by year 11s on the way home"),
 ("bullying", "they keep sending her vile messages on snapchat"),
 ("bullying", "she was assaulted in the toilets by two girls"),
 ("bullying", "they've made a group chat to take the mick out of him and called him horrible names"),
 ("bullying", "a boy pulled a knife on him at the bus stop"),
 ("police", "the police picked him up at 2am"),
 ("police", "I've reported it on 101 and got a crime number"),
 ("police", "he's been arrested and is still in custody"),
 ("police", "officers came round this morning asking about Ryan"),
]
NEG = [
 "Is there a police talk for year 6 this week?",
 "she's scared of the dentist but we'll get there",
 "Missing his reading book, can he bring it tomorrow",
 "My nan passed away on Sunday, funeral on Friday",
 "Zac fell off the trampoline and has a bruise on his knee",
 "He hit his head on the door frame, bit sore but fine",
 "She's nervous about her SATs, any advice?",
 "the car broke down on the motorway, police helped us push it off",
 "Sorry she's late, she was missing her shoe",
 "Jack has the flu, off today",
 "he's been off with a cold, back tomorrow",
 "Can you tell me when parents evening is?",
 "We're going to Spain next week for a holiday",
 "She's really anxious about the school play",
 "Will you run the missing work by email?",
 "He kicked the ball through the neighbour's window lol",
 "I'll grab her at 1 for the orthodontist",
 "he's scared he'll miss the bus for the trip",
 "The dog ran off on our walk so we're running late",
 "he wants to be a firefighter or a police officer",
 "Hope's got tonsillitis, keeping her home",
 "Noah won't be in today, he's got a temperature",
 "my husband is poorly so I can't do the school run",
 "she cut her finger on a knife making toast",
 "We had a burst pipe and had to leave the house early",
]


@pytest.mark.parametrize("reason,text", POS)
def test_novel_positive_is_flagged_with_its_category(reason, text):
    assert_rules_flag(text, {reason})


@pytest.mark.parametrize("text", NEG)
def test_novel_negative_is_not_flagged(text):
    r = parse_message(text, today=T, now=time(8, 0), children=["Mia"])
    assert not r.safeguarding, r.safeguarding_reasons


def test_soft_cues_ignore_explained_away_spans():
    assert "police" not in safeguarding.soft_cues(normalise("police dog visit was great").text)
    assert "police" in safeguarding.soft_cues(normalise("the police came round").text)


def test_parse_flags_text_speak_risk():
    r = parse_message("wont b in, been up all nite wiv police, some1 tried to drag her in2 a car",
                      today=T, now=time(7, 30), children=["Mia"])
    assert r.safeguarding and r.intent == "absence"
