"""Round 10 safeguarding probes: families of wording the rule layer missed, or flagged wrongly,
on the train and dev splits of the fresh corpus batches (l to q). Written fresh, not copied
from the corpus. Each family has new positives and everyday look-alikes that must stay quiet.
The rule layer is tested alone (safeguarding.detect over normalised text)."""
import pytest

from tests.nlu.safeguarding_probes import assert_rules_flag, assert_rules_quiet, rule_layer

POS = [
    # --- missing: set off and never arrived
    ("missing", "Maisie left her friend's at 8 last night to walk back and she never got home"),
    ("missing", "he was getting the bus to his nan's after school and he never arrived there, nan's rung me"),
    ("missing", "They left the park together at six and they still haven't got home, is anyone with them?"),
    # --- missing: dropped off or set off for school, yet not in class
    ("missing", "I dropped him off at the gate at 8.40 but the app says he's not in class, where is he?"),
    ("missing", "She left the house at 8 like normal and your text says she was not registered, I'm frantic"),
    ("missing", "watched them walk in this morning and now the office says they're not in school??"),
    # --- missing: nobody knows where they have gone
    ("missing", "Their dad picked them up from mine on Friday and I don't know where they've gone"),
    ("missing", "no idea where she's gone, her bed's empty and her coat's not here"),
    ("missing", "We have no idea where he has gone, he took his bike in the night"),
    # --- missing: found again after a search
    ("missing", "Update: Tyler turned up at his cousin's at 6am, thank god. He won't be in today"),
    ("missing", "She's been found safe and well by the police, thank you all for looking"),
    ("missing", "thank god he's home safe, we'd been out all night searching"),
    # --- police: taken in or questioned
    ("police", "Officers took Reece in for questioning last night so he's not coming in"),
    ("police", "my son was questioned by detectives about the fight in town, he's too upset for school"),
    ("police", "They've taken her to the station for questioning, I'm waiting outside"),
    # --- domestic violence: the home smashed up, a row in front of the children
    ("domestic_violence", "Their dad came back drunk and trashed the house, we're staying at my sister's"),
    ("domestic_violence", "my partner wrecked the front room last night, the kids are with my mum"),
    ("domestic_violence", "There was screaming and things thrown in front of the kids again last night, I can't send them in"),
    # --- domestic violence: a row that turned physical, drink, marks on the parent
    ("domestic_violence", "Me and my husband had an argument and it got physical, Kai saw it. He's staying home"),
    ("domestic_violence", "Their dad's been drinking all weekend and it all kicked off on Sunday"),
    ("domestic_violence", "there was a fight at ours last night and I've got bruises on my neck, keeping Lola home"),
    # --- abuse (neglect, emotional): parents using, keeping social care away, name-calling, no food
    ("abuse", "Me and his mum were off our faces all weekend, I know that's bad, he'll be in tomorrow"),
    ("abuse", "Please do not call social services about this, I'll sort it, she's just tired"),
    ("abuse", "Her stepdad keeps screaming at her and calling her useless, she's at mine now"),
    ("abuse", "There's no food or heating in the flat and the kids are with me tonight"),
    # --- bullying: peers hitting and filming, telling a child to die, photos shared, threats
    ("bullying", "the year 9 lads have been battering him at the bus stop and filming it"),
    ("bullying", "Some girls in her form keep kicking her in the changing queue and she's had enough"),
    ("bullying", "A group of boys punched him and filmed it on their phones"),
    ("bullying", "kids on the group chat keep telling him he should go and kill himself"),
    ("bullying", "A boy from her year got a picture of her and he's been sharing it round snapchat"),
    ("bullying", "Her ex is threatening to post photos of her, she's in pieces"),
    ("afraid", "a boy in year 8 told him after PE that he'll batter him on the way home"),
    ("afraid", "The girls say they will jump her at the park after school, she won't leave the house"),
    ("afraid", "Ruby won't go in, she's absolutely petrified after what that girl said to her"),
]

NEG = [
    # arriving late, not missing
    "she never got here till half nine because the bus was late",
    "We didn't get home from the airport until 3am so they're shattered",
    "the parcel never got here so her costume isn't ready",
    # dropping off and ordinary absence
    "I dropped her off at 8.50, she's in school today but has a dentist appt at 2",
    "Dropped them off at breakfast club at 7.45, see you at 3",
    # where things have gone
    "I've no idea where the PE kit has gone, sorry",
    "don't know where the week's gone, can you resend the trip letter",
    # found items, not children
    "Her glasses turned up in the lost property, thank god",
    "the dog came home on its own thank goodness, sorry we were late",
    # questioning, smashing, rows that are not violence
    "Can you give me a ring, I have a few questions about the trip",
    "He smashed it at his football trial, so proud",
    "Me and his dad had a row about whose turn it was to do the school run lol",
    "She was drinking loads of water and kicked off about her shoes, typical Monday",
    # parents and social care, ordinary talk
    "we've been off our feet all weekend with the move, she's tired",
    "The taxi for her therapy is booked by social services from Monday",
    "can you call her names out in assembly for the certificates",
    # peers and pictures in ordinary use
    "the boys in his class were kicking a ball about at lunch and he joined in",
    "Can you send round the photos of her in the nativity? Her nan would love them",
    "Her friends are posting pictures of her birthday cake everywhere lol",
    "he's absolutely terrified of the injection tomorrow so might be teary",
    # false alarms seen in batches l-q
    "He left his jumper in the changing rooms after swimming, could someone look?",
    "Is the PCSO doing a talk to Year 5 about online safety? My son asked",
    "She hurt her ankle at netball so she'll be slow on the stairs",
    "She says she fell on the football pitch, she's got a grazed knee, just checking",
    "Don't worry he's not gone missing, he's just at breakfast club!",
    "Sorry for missing Tuesday, Aisha had a sickness bug",
    "He's gutted to be missing history today, he loves that topic",
    "Found Tom's missing coat in the car, ignore my message",
    "The taxi firm is not answering and we're stuck at the roundabout",
    "There was a crash on the ring road and she's a bit shaken up, in late",
    "She can't go on the residential because of her leg",
    "He's threatening not to come in because of the spelling test lol",
    "the lane is closed by police after a fallen tree so we're late",
    "His water bottle went missing on the trip, blue Chilly's one",
    "his reading folder's not come home again",
    "He's with his mum this week as per the court order",
    "I'm afraid the twins won't be in today, chickenpox",
    "Sorry, I'm afraid she has a hospital appointment at 10",
]


@pytest.mark.parametrize("cat,text", POS)
def test_round10_positive(cat, text):
    assert_rules_flag(text, {cat})


@pytest.mark.parametrize("text", NEG)
def test_round10_negative(text):
    assert_rules_quiet(text)


# A hard negative drops every hit inside its span, so a look-alike with a long gap can
# hide a real risk told between its ends: these must still raise the alarm.
@pytest.mark.parametrize("text", [
    "he says he fell but I think his stepdad pushed him, he needed steri strips",
    "someone took his kit and an older boy touched him in the changing rooms",
])
def test_a_risk_told_inside_a_look_alike_still_flags(text):
    assert rule_layer(text)[0]


# ======================================================================================
# Round 11: families from the fresh batches v-y (train and dev misses and false alarms).
# Written fresh, not copied from the corpus; the rule layer is tested alone.
# ======================================================================================
R11_POS = [
    # --- missing: told the child is absent, but they set off for school
    ("missing", "What do you mean he's marked absent? He left the house at quarter past eight"),
    ("missing", "what do you mean not in school, she walked in with her sister, I saw her"),
    ("missing", "Ellie got the 7.50 bus with her friends. Her friends are in, so where's Ellie?"),
    # --- missing: meant to be somewhere, the adult there says they never arrived
    ("missing", "Her gran just rang to say she never arrived, she left ours at 5 yesterday"),
    ("missing", "He was supposed to stay at his mate's on Saturday but the mum says he never showed up"),
    ("missing", "they were meant to go to their aunt's after school and they never got there, phones off"),
    # --- domestic violence: a partner threatening to kill or hurt the parent
    ("domestic_violence", "My ex texted me that he's going to kill me, the kids saw the message"),
    ("domestic_violence", "Their stepdad told me he'd hurt us if I left, I'm keeping the girls home"),
    ("domestic_violence", "he's said he'll strangle me next time, please don't let him collect them"),
    # --- afraid: a threat to keep someone quiet
    ("afraid", "Some older boys said they'd hurt him if he told a teacher about the vaping"),
    ("afraid", "She says he will kill mum if she tells anyone what happens at weekends"),
    ("afraid", "they told her they'd get her if she went to the police"),
    # --- bullying: money or belongings taken, again and again
    ("bullying", "Someone in his class keeps taking his dinner money, that's the third week now"),
    ("bullying", "She keeps coming home without her bus pass and she goes quiet when I ask"),
    ("bullying", "his lunch money has been stolen every day this week, he won't say by who"),
    # --- abuse (neglect): left alone for days or without food
    ("abuse", "The baby and Ruby were left alone all weekend while their mum was away, I'm their neighbour"),
    ("abuse", "he's been left on his own for two nights, I found him with no food in the flat"),
    ("abuse", "the children get left to fend for themselves overnight, someone needs to know"),
]

R11_NEG = [
    # the school bus and timetable worries, no one missing
    "What do you mean the trip is cancelled? She's been looking forward to it all week",
    "he got the bus this morning, where is the lost property box kept?",
    # a tutor or a delivery that never arrived; late arrivals
    "The tutor says she never turned up to the maths session on Tuesday, sorry, it was my fault",
    "He was supposed to be at football at 10 but he never turned up till half time, traffic",
    # the idiom, not a threat
    "My husband said he'll kill me if I forget the forms again haha, so here they are",
    # money talk with no taking
    "Can I top up his lunch money online or does it need to be cash?",
    "She left her dinner money on the side, can I drop it in at 10?",
    # home alone for an hour, an adult next door
    "He'll be left on his own for ten minutes after school till I get in, is that ok for year 7?",
    # animals: scared of, running from, kicked or bitten by
    "Zara is petrified of the class guinea pig, could she sit at the other table?",
    "He's scared he'll have to hold the snake at the zoo trip",
    "She ran off from next door's puppy and grazed her knee, she's fine",
    "Ollie was bitten by our neighbour's cat, nothing serious, he's in",
    "Kit was kicked by a pony at riding and has a sore leg, she'll be in late",
    # ran off with a sibling's things
    "Jamie ran off with his brother's PE bag this morning, can someone swap them at break?",
    # officers who are not police; a police statement about a theft at work
    "The housing officer is coming at 9 to look at the damp so Aisha will be late",
    "I had to give the police a statement about a burglary at work, sorry we're late",
    "Can the police officer come in to talk to reception again? They loved it",
    # a carer giving a social worker's contact; a bruise already explained; a mix-up
    "I'm his foster carer, please call his social worker directly about the trip",
    "She fell off the trampoline at the weekend, just so you know about the bruise on her cheek",
    "We thought she'd gone missing for ten minutes at the fair but it was a mix-up, she was with her dad",
    # words that only look like risk: stables, odd socks
    "Kai is mucking out at the stables with his grandad this morning, back after lunch",
    "Can they wear odd socks for the charity day on Friday?",
    "He's had odd spots on his arms since yesterday so we're seeing the GP",
]


@pytest.mark.parametrize("cat,text", R11_POS)
def test_round11_positive(cat, text):
    assert_rules_flag(text, {cat})


@pytest.mark.parametrize("text", R11_NEG)
def test_round11_negative(text):
    assert_rules_quiet(text)


# Round 11 fixes that must not blunt older rules: real stabbings, an overdose in text-speak,
# and risks told next to a round 11 look-alike.
@pytest.mark.parametrize("cat,text", [
    ("bullying", "a boy threatened to stab him on the way home"),
    ("self_harm", "she ODd on her mum's tablets last night, we're in A&E"),
    ("missing", "She ran off with a man she met online and we don't know where she is"),
    ("abuse", "just so you know about the bruise, his stepdad hit him on Sunday"),
])
def test_round11_risks_next_to_look_alikes_still_flag(cat, text):
    assert_rules_flag(text, {cat})
