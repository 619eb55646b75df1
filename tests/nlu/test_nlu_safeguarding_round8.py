"""Round 8 safeguarding probes: families of wording the rule layer missed on the train split
(corpus batches h and i), written fresh, not copied from the corpus. Each family has new
positives and everyday look-alikes that must stay quiet. The rule layer is tested alone
(safeguarding.detect over normalised text), since it stands for unseen phrasings the
classifier second line may not catch."""
import pytest

from tests.nlu.safeguarding_probes import AF, assert_rules_flag, assert_rules_quiet

POS = [
    # --- neglect: nobody feeding them, left alone for long spells, hungry with nobody home
    ("abuse", "I'm his nan, nobody is feeding him at his mum's so he's with me for now"),
    ("abuse", "no one's been looking after them since their dad moved out, they turn up at mine"),
    ("abuse", "their mum left the three of them alone all weekend, I only found out today"),
    ("abuse", "she leaves Tyler and his sister home alone overnight when she goes out"),
    ("abuse", "he keeps coming to ours starving and says nobody's home again"),
    ("abuse", "neighbour here, the kids told me nobody is at home and they've had nothing to eat"),
    ("abuse", "they've got no gas and no food in that flat, the children are cold"),
    # --- grooming: asked for pictures, adult told by age decade, gifts the child says he gave
    ("abuse", "some account keeps asking for pics of her in her school uniform"),
    ("abuse", "a man has been demanding photos off him on his xbox"),
    ("abuse", "she's been seeing a guy in his twenties, she's 14"),
    ("abuse", "he says a lad from the park bought him the new phone, I never gave him money"),
    ("abuse", "she claims a friend gave her the vape and the £50"),
    # --- self harm: goodbye notes with words between, pills after a mental-health crisis
    ("self_harm", "found a message on his phone last night saying goodbye to all of us"),
    ("self_harm", "there was a letter under her pillow that said goodbye, she's with the crisis team"),
    ("self_harm", "she's been so low lately and on saturday she swallowed a few paracetamol"),
    ("self_harm", "his depression got worse and he took some of my tablets, he's ok now"),
    # --- missing: still not back after going out
    ("missing", "Ellis went to the shop at 8 last night and still hasn't come home"),
    ("missing", "she stormed out after a row and is still not back, phone off"),
    ("missing", "he went to his mate's yesterday and still isnt home, mate says he left at 6"),
    # --- afraid: a group lying in wait for the child
    ("afraid", "the lads from the estate keep waiting for him on the way home"),
    ("afraid", "those girls in year 10 were waiting for her at the bus stop again"),
    ("afraid", "a gang of older boys have been hanging around for him after school"),
    # --- bullying: images of the child passed round, told passively
    ("bullying", "photos of him asleep on the bus are going round the group chat"),
    ("bullying", "videos of her crying were sent round half the year"),
    ("bullying", "she says pics of her have been posted on a page about girls in her year"),
]

NEG = [
    # adults and services not answering; grown-ups or things not back yet
    "her grandma isn't answering so can she stay at after school club",
    "the school office isn't answering, is it a teacher training day?",
    "my husband still isn't back with the car so Leo will be late",
    "the results still haven't come back from the lab so she's off again",
    "she still isn't back to full strength after the flu",
    "he still hasn't been back to school since the operation, the doctor says next week",
    # a parent collecting the child
    "I will take him from school at 1 for the orthodontist",
    "we're going to take her from school at lunch for her grandad's funeral",
    "we're going to get her prom dress this afternoon, back by 2",
    "gonna get him new school shoes after his appointment",
    # arriving at school, not coming home late
    "Amir's coming in at 10.30 after the dentist",
    "they'll come in at 11 after the hospital scan",
    # fears of treatments and outcomes
    "she's terrified of it, it's her first filling, she'll be in by 11",
    "he's scared he'll fail his spelling test so he's a bit teary",
    "she is scared she will need another operation on her knee",
    # ordinary notes, goodbyes, pills, photos, food, leaving alone briefly
    "she wrote a note saying goodbye to Miss Evans who's leaving, can she give it to her?",
    "she took some tablets for her headache and went back to bed",
    "the photos of her are being shared on the school website, we signed the consent form",
    "we had no electric this morning because of a power cut so he'll be late",
    "she's asking for photos of the trip for her scrapbook",
    "grandad will drop them off, he's in his 70s so might be slow",
    "his friends were waiting for him again, so sweet",
    "Will ran away with the egg and spoon race, what a day",
    "is the road safety talk with the PCSO for year 2 as well?",
]


@pytest.mark.parametrize("cat,text", POS)
def test_round8_positive(cat, text):
    assert_rules_flag(text, AF if cat in AF else {cat})


@pytest.mark.parametrize("text", NEG)
def test_round8_negative(text):
    assert_rules_quiet(text)
