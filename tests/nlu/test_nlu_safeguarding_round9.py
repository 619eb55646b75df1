"""Round 9 safeguarding probes: families of wording the rule layer missed on the train split
(corpus batches j and k), written fresh, not copied from the corpus. Each family has new
positives and everyday look-alikes that must stay quiet. The rule layer is tested alone
(safeguarding.detect over normalised text)."""
import pytest

from tests.nlu.safeguarding_probes import assert_rules_flag, assert_rules_quiet

POS = [
    # --- self harm: an injury the child owns up to doing on purpose / to themselves
    ("self_harm", "She has scratches all down her leg and she told me she did it on purpose"),
    ("self_harm", "he burnt his hand on the hob and admitted he did it on purpose, we're seeing the GP"),
    ("self_harm", "Her arms are bruised and she says she does it to herself when she's upset"),
    ("self_harm", "She scratched her wrists raw last night, I'm taking her to the doctor"),
    ("self_harm", "He deliberately burnt his arm with a lighter"),
    # --- domestic violence: things kicking off at home with a parent or partner
    ("domestic_violence", "Things kicked off at home last night so Amy is with her nan, she'll be late"),
    ("domestic_violence", "It all kicked off with their dad again and we had to go to my sister's"),
    ("domestic_violence", "everything kicked off between me and my ex this morning, Josh saw it all"),
    # --- domestic violence: changing the locks to keep someone out
    ("domestic_violence", "I've had to change the locks and he's not to collect her"),
    ("domestic_violence", "We had the locks changed after their father turned up"),
    ("domestic_violence", "I changed the locks on Friday since he got out"),
    # --- neglect: a parent gone for days, children arriving hungry or filthy at others' homes
    ("abuse", "their mum's not been around for days and the little ones are with me"),
    ("abuse", "Her mum's not been seen for days, I've got the kids"),
    ("abuse", "they turn up at mine starving every morning and say there's no food"),
    ("abuse", "Zara comes to ours filthy and hungry most days"),
]

NEG = [
    # injuries and mischief that are not self-harm
    "his little brother hit him and he says he did it on purpose",
    "she spilt paint on the carpet and said she did it on purpose, little madam",
    "he scratched it raw because of his eczema, cream from the GP",
    "he cut his finger on a tin and says it was an accident",
    # kicking off that is not violence at home
    "The football kicked off at 7 so he's tired",
    "it kicked off at the party and he was too tired to come in",
    "things kicked off late at the wedding so she's shattered",
    # locks changed for ordinary reasons
    "I lost my keys so had to change the locks, Mia will be late",
    "the landlord is changing the locks today so we'll be late",
    "we got new locks changed on the bathroom door lol",
    # parents away for known reasons; ordinary hunger
    "her mum has been in hospital for a week so nan is bringing her",
    "he comes home starving every day after football lol",
    "they came to mine hungry after swimming so I fed them",
    # idioms, police talks and stolen bikes, walking home together
    "I'm killing myself trying to get them all ready",
    "my boy is killing himself laughing at this",
    "Mr Lee said a police officer is coming to speak to the class about road safety",
    "we were at the police station reporting his bike that got nicked",
    "Can they walk home alone together at 3?",
]


@pytest.mark.parametrize("cat,text", POS)
def test_round9_positive(cat, text):
    assert_rules_flag(text, {cat})


@pytest.mark.parametrize("text", NEG)
def test_round9_negative(text):
    assert_rules_quiet(text)
