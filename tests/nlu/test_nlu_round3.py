"""Round 3 behaviour, on phrasings written for these tests (not corpus lines): broader
safeguarding categories, intent boundaries, O/G/C reasons, and the shared-Doc classifier."""
from datetime import date

import pytest

from nlu import parse_message, pipeline
from nlu.normalise import normalise
from nlu.parse import features

T = date(2026, 3, 12)  # a Thursday

SG_POS = [
    # sleeping elsewhere / running away
    "She's been sleeping round different people's houses all week and won't come home",
    "Liam packed a bag and left last night, he's texted saying he's fine but won't tell us where he is",
    "Riley stayed out until 3am again and came back with a new coat I didn't buy",
    # adults contacting a child / secrets
    "An adult from the football club has been texting Mia privately late at night",
    "He told her to keep it a secret from me",
    # court / contact arrangements
    "There's a child arrangements order now, her father should only see her at the contact centre",
    "Her dad is not supposed to collect her, he can only have supervised contact",
    # exploitation, gifts and money
    "She keeps getting lifts from older lads and coming back with vapes",
    "He had £200 in his pocket and says a friend gave it to him",
    "Someone she met online has been sending her gifts and money",
    "He's got two phones now and I don't know who bought the second one",
    "She has a new group of older friends and has changed completely",
    # social care / not safe at home / can't keep her safe
    "We have a family support worker from children's services now",
    "A lady from the council came round about the kids yesterday",
    "I can't keep her safe anymore, she's out every night",
    "Things at home are really difficult at the moment and she's staying with her aunt",
    # being followed
    "A car has been following Grace on her walk to school",
    "Somebody followed Amir home from the bus stop yesterday",
    "There's a man who keeps turning up outside the school gates",
    # cover stories and hopelessness
    "He says he walked into a door but I don't believe him",
    "She says she doesn't see the point in anything anymore",
    "He's been giving his things away to his friends",
    "Everyone would be better off without her, that's what she told me last night",
]

SG_NEG = [
    "Kofi took a cricket ball to the face at practice, bit of a bruise but he's fine",
    "She got whacked with a hockey stick in PE, she's fine to come in",
    "Carter has a bruised arm from his karate grading, no PE please",
    "She's saying goodbye to her best friend at the airport today so she'll be in late",
    "Her cousin's wedding is on Friday, can she have the afternoon off?",
    "He stayed at his grandad's last night so grandad will bring him in",
]


@pytest.mark.parametrize("text", SG_POS)
def test_broader_safeguarding_is_flagged(text):
    p = parse_message(text, today=T)
    assert p.safeguarding, text
    assert p.safeguarding_reasons


@pytest.mark.parametrize("text", SG_NEG)
def test_everyday_lookalikes_stay_quiet(text):
    assert not parse_message(text, today=T).safeguarding, text


@pytest.mark.parametrize("text", [
    "May Sofia be excused on Friday for her grandad's 90th?",
    "Could Ben have Monday morning off for his brother's graduation?",
    "Is it ok if Zara misses the last day of term? We fly on the Friday",
])
def test_permission_phrasings_are_leave_requests(text):
    assert parse_message(text, today=T, children=["Sofia", "Ben", "Zara"]).intent == "leave_request"


@pytest.mark.parametrize("text", [
    "He had a temperature on Monday, how long does he need to stay off after it goes?",
    "Does she need to stay off for 48 hours after being sick?",
])
def test_questions_about_illness_are_other(text):
    assert parse_message(text, today=T).intent == "other"


def test_out_and_back_for_appointment_is_late():
    p = parse_message("I'll pick Noah up at 10 for the dentist and bring him back for lunch", today=T,
                      children=["Noah"])
    assert p.intent == "late"


def test_child_going_in_anyway_is_other():
    p = parse_message("She says she has a headache but she's fine really, sending her in anyway", today=T)
    assert p.intent == "other"


@pytest.mark.parametrize("text,code", [
    ("Ollie won't be in today, it's his cousin's wedding in Leeds", "O"),
    ("Maya's off Friday, we're going to her great gran's 90th party", "O"),
    ("Jamie won't be in today, the number 12 bus never turned up and I've no car", "O"),
    ("Rosa won't be in today, my mum is on a ventilator in intensive care and we need to be there", "C"),
    ("The kids are off today, a gas leak next door and the fire brigade evacuated the street", "C"),
    ("Ella's off, she had a fall at netball and has done her knee in", "I"),
    ("Finn won't be in Monday or Tuesday, we're on the ferry to Croatia for a few days away", "G"),
])
def test_broader_reason_lexicons(text, code):
    p = parse_message(text, today=T)
    assert p.intent in ("absence", "late", "leave_request")
    assert p.reason_code == code, (text, p.reason_code)


@pytest.mark.skipif(pipeline.get_nlp() is None, reason="no trained model")
def test_shared_doc_matches_spacy_pipes():
    """classify_all (one Doc, n-grams extracted once) gives exactly the pipes' own scores."""
    nlp = pipeline.get_nlp()
    for text in ("jake wont b in 2day hes got d&v", "Can Amy have Friday off for Eid?",
                 "my son didnt come back last nite", "STOP"):
        nt = normalise(text).text
        mt = features(nt).model_text
        p_int, p_rea, p_sg = pipeline.classify_all(mt, len(nt), True)
        doc = nlp.make_doc(mt)
        for name in ("textcat_intent", "textcat_reason"):
            doc = nlp.get_pipe(name)(doc)
        for k, v in list(p_int.items()) + list(p_rea.items()):
            assert abs(v - doc.cats[k]) < 1e-6
        ref = nlp.get_pipe("textcat_sg")(nlp.make_doc(nt)).cats[pipeline.SG_LABEL]
        assert abs(p_sg - ref) < 1e-6
