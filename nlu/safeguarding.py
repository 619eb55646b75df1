"""Safeguarding signals: recall first, with a short list of known hard negatives.

Each category is a high-recall regex over the normalised text. A hit is dropped only
when a hard-negative pattern explains it away ("scared of the dentist", "missing her PE
kit", "police officer visiting her class"). A missed risk is far worse than a false
alarm, so when unsure we flag.
"""
from __future__ import annotations

import re

_P = "(?:him|her|them|himself|herself|themselves|he|she|they)"

CATEGORIES = {
    "missing": [
        r"\b(?:not|never|didn't|hasn't|haven't|has not|did not|hadn't) (?:come|came|been|got|gone|went|coming)"
        r" (?:back )?home\b",
        r"\b(?:never|not|didn't|hasn't|has not|did not) (?:come|came|coming|been|got) back\b",
        r"\bhasn't been (?:seen|heard from)\b|\bnot been seen\b|\bno one has seen\b|\bnobody has seen\b",
        r"\b(?:ran|run|running|runs) (?:away|off)\b|\brunaway\b|\babsconded\b",
        r"\bmissing\b(?! (?:her|his|their|my|the|a|some|school|lessons?|class|work|out|pe|kit|"
        r"homework|lunch|the bus|it|you|him|her|friends|a lot|days?|sessions?|too much|an?|from|so|"
        r"much|being|registration|assembly|any|tests?|exams?|the trip|trip|this|that|these|those))",
        r"\b(?:don't|do not|dont|no idea|not sure|doesn't|nobody knows?) (?:know )?where (?:he|she|they) (?:is|are|went|has gone|'s)\b",
        r"\bwhere (?:he|she) is\b.*\b(?:worried|scared|police|help)\b",
        r"\bcan't (?:find|reach|contact|get hold of) " + _P + r"\b|\bcan't get hold of (?!the school|anyone|you)\w+",
        r"\b(?:don't|dont|do not|doesn't|dont) (?:no|know) where (?:he|she|they) (?:is|are|went|'s)\b",
        r"\b(?:stayed|been) out all night\b|\bout all night\b|\bwhereabouts\b",
        r"\bnot (?:come|came) back from\b|\bhasn't (?:brought|returned) " + _P + r"\b",
        r"\b(?:not|hasn't|didn't) (?:been )?(?:brought|returned) " + _P + r" back\b",
        r"\b(?:has|have) (?:he|she|they) (?:turned up|come in|arrived|shown up)\b",
        r"\bturned up at school\b.*\?",
    ],
    "self_harm": [
        r"\bself[ -]?harm\w*\b|\bcutting (?:herself|himself|themselves|again)\b|\bcut (?:herself|himself|her arms?|his arms?|her wrists?|his wrists?)\b",
        r"\bsuicid\w*\b|\bkill (?:herself|himself|themselves|myself)\b|\bend (?:her|his|their|it all|my) (?:life|lives|all)\b",
        r"\boverdose\b|\btook (?:some |a lot of |loads of )?(?:tablets|pills|paracetamol)\b",
        r"\b(?:doesn't|does not|don't|didn't) want to (?:be alive|live|be here anymore|exist|wake up)\b",
        r"\bwants? to die\b|\bwant(?:s|ed)? to end it\b|\bbetter off dead\b|\bbetter off without (?:her|him|me)\b",
        r"\bhurt(?:ing)? (?:herself|himself|themselves)\b|\bharming (?:herself|himself|themselves)\b",
        r"\bburn(?:ing|t|ed) (?:herself|himself)\b|\bligature\b|\bcrisis team\b|\bsectioned\b",
    ],
    "abuse": [
        r"\babus\w*\b(?<!domestic abuse)",
        r"\bneglect\w*\b|\bgroom\w*\b|\bsexual\w*\b|\bmolest\w*\b|\brape\w*\b|\braped\b",
        r"\binappropriate(?:ly)? (?:touch\w*|messages|photos|pictures|contact|behaviour)\b",
        r"\btouched (?:her|him) (?:inappropriately|down there|private)",
        r"\bsend (?:him |her |them )?(?:pictures|photos|pics|nudes|images|videos)\b|\bnudes\b",
        r"\bolder (?:man|men|boy|boys|guy|lad|woman) (?:messag|asking|contact|talking|sending|befriend)\w*",
        r"\b(?:hit|hits|hitting|beat|beats|beating|punched|kicked|slapped|smacked|grabbed|choked|strangled|"
        r"shook|burned|burnt) (?:her|him|them|my son|my daughter)\b(?!\s*(?:head|knee|elbow|face on|on the))",
        r"\bbruises?\b|\bbruised\b|\bmarks on (?:her|his)\b|\bbelt on (?:him|her)\b|\busing the belt\b",
        r"\bexploit\w*\b|\bcounty lines\b|\btrafficked\b|\bforced marriage\b|\bfgm\b|\bcutting ceremony\b",
        r"\bshouts? at (?:her|him)\b.*\b(?:grabbed|hit|scared|afraid)\b",
    ],
    "domestic_violence": [
        r"\bdomestic (?:violence|abuse|incident)\b|\brefuge\b|\bwomen's aid\b|\bsafe house\b",
        r"\bfled\b|\bflee\w*\b|\b(?:non[- ]molestation|restraining|protection) order\b",
        r"\b(?:my|the kids'?|their|his|her) (?:ex|partner|husband|dad|father|stepdad|boyfriend)"
        r"(?: \w+){0,4} (?:hit|hits|beat|attacked|assaulted|threatened|hurt|strangled|punched|kicked|"
        r"turned up|broke in|smashed|violent|drunk)\b",
        r"\bbecause of (?:my|their|the kids'?) (?:ex|partner|husband|dad|stepdad|boyfriend)\b",
        r"\b(?:father|dad|husband|partner|ex|boyfriend|stepdad) (?:hit|hits|beat|beats|attacked|hurt) me\b",
        r"\btrouble with (?:his|her|their|my) (?:dad|ex|partner|stepdad|father)\b|\bhiding from\b|\bhe (?:hit|hits|beat|attacked) me\b|\bescap\w+ (?:from )?(?:him|my ex)\b",
    ],
    "afraid": [
        r"\b(?:scared|afraid|frightened|terrified|petrified|too scared|fear(?:ful)?) (?:to|of) (?:come|coming|go|going"
        r"|get|getting|be|walk|walking|leave|leaving|return|returning)(?: in| back| to school| into school)?\b",
        r"\b(?:scared|afraid|frightened|terrified|petrified) (?:of|because of) (?!the dentist|dentist|needles?|"
        r"injections?|jabs?|the dark|dogs?|spiders?|exams?|tests?|the doctor|doctors?|the nurse|heights|"
        r"thunder|the injection|the jab|blood|hospitals?|the hospital|getting|being late|missing)\w+",
        r"\b(?:scared|afraid|frightened|terrified),? (?:some|the|a|they|he|she|older|these|this)\b",
        r"\bhe is scared\b|\bshe is scared\b|\bhe's scared\b|\bshe's scared\b|\bhe's terrified\b|\bshe's terrified\b",
        r"\bwon't (?:go|come) (?:in|to school) because of (?!the weather|snow|illness)",
        r"\bfeels? unsafe\b|\bnot safe\b|\bunsafe at school\b",
    ],
    "bullying": [
        r"\bbull(?:y|ied|ies|ying)\b",
        r"\bthreat\w*\b|\bstab\w*\b|\bknife\b|\bweapon\b",
        r"\bbeaten up\b|\bbeat (?:him|her) up\b|\bjump(?:ed)? (?:him|her)\b|\bjumped on\b|\battack\w*\b|\bassault\w*\b",
        r"\bharass\w*\b|\bcyber\w*\b|\btrolled\b|\bnasty messages\b|\bhorrible messages\b|\bmessages? saying\b",
        r"\bposted (?:videos?|photos?|pictures?|pics?)\b|\bvideos? of (?:him|her|josh|\w+) (?:getting|being)\b",
        r"\bpicking on (?:him|her)\b|\bpicked on\b|\bganging up\b|\bkeep (?:hitting|pushing|kicking)\b",
    ],
    "police": [
        r"\bpolice\b|\bcops?\b|\b999\b|\barrest\w*\b|\bin custody\b|\bofficers?\b|\bpcso\b|\bcid\b",
        r"\bsocial services\b|\bsocial worker\b",
    ],
}
# A hit inside one of these spans is explained away.
HARD_NEGATIVES = [
    r"\bpolice (?:officer|officers|car|station|man|woman|people)? ?(?:visit\w*|came to talk|talk\w* to (?:the|her|his) class"
    r"|coming in to|come in to|came in to|came into (?:school|class)|assembly|about road)\b",
    r"\bpolice came to talk\b|\bpolice (?:talk|visit|assembly|day|week)\b|\broad safety\b",
    r"\b(?:want|wants) to (?:be|join) (?:a |the )?police\b|\bdressed (?:up )?as a police\b",
    r"\bkilling me\b|\bdying to\b|\bdying for\b",
    r"\b(?:fell|fall|fallen|trampoline|bike|football|rugby|tripped|slipped|playground|climbing|netball|hockey)\b"
    r"(?:\W+\w+){0,12}?\W+bruis\w*|\bbruis\w*(?:\W+\w+){0,8}?\W+(?:fell|fall|trampoline|football|rugby|pe|bike)\b",
    r"\bsocial worker (?:visit|meeting) (?:for|about) (?:my|our) (?:mum|nan|dad|gran)\b",
    r"\bnot being bullied\b|\bno bullying\b|\bisn't bullying\b|\bnothing to do with bullying\b",
    r"\bthreatening (?:rain|snow|weather)\b|\bbreak a leg\b",
    r"\bthreat of (?:rain|snow|strike)\b|\bweather warning\b",
    r"\bpolice(?:\W+\w+){0,8}?\W+(?:road|flood\w*|accident|bump|crash\w*|car|traffic|lorry|m\d+|a\d+)\b"
    r"|\b(?:road|roads|accident|bump|crash\w*|car|traffic|lorry)(?:\W+\w+){0,8}?\W+police\b",
    r"\b(?:trainers|coat|bag|phone|kit|shoes|jumper|blazer|book|books|lunchbox|bottle|glasses|hat|"
    r"money|keys|cards|homework|tie|scarf|gloves|watch)(?:\W+\w+){0,3}?\W+missing\b",
    r"\b(?:dog|cat|pet|puppy|hamster|rabbit)(?:\W+\w+){0,2}?\W+(?:ran|run|running) (?:away|off)\b",
    r"\banti-bullying\b|\banti bullying\b",
]
NEGATIVE_CONTEXT = [
    # "attack" in medical phrases is illness, not violence
    (re.compile(r"\b(?:asthma|panic|anxiety|heart|migraine|sickle cell|allergy|allergic|hay ?fever|gout|"
                r"appendicitis|gallbladder) attacks?\b"), "bullying"),
    (re.compile(r"\bsexual health\b"), "abuse"),
    (re.compile(r"\b(?:officer|officers) (?:of|for) (?:attendance|the school)\b|\battendance officer\b"), "police"),
]

# One alternation per category and one for all hard negatives: a few regex scans per
# message instead of dozens keeps parse_message well under a millisecond here.
_COMPILED = {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in CATEGORIES.items()}
_HARD = re.compile("|".join(f"(?:{p})" for p in HARD_NEGATIVES))


def detect(norm_text: str) -> tuple:
    """(flag, reasons, evidence spans as (start, end) in the normalised text)."""
    negated = None
    reasons, spans = [], []
    for cat, pat in _COMPILED.items():
        for m in pat.finditer(norm_text):
            s, e = m.span()
            if negated is None:
                negated = [h.span() for h in _HARD.finditer(norm_text)]
            if any(ns <= s < ne or ns < e <= ne for ns, ne in negated):
                continue
            if any(cat == c and any(x.start() <= s < x.end() for x in rx.finditer(norm_text))
                   for rx, c in NEGATIVE_CONTEXT):
                continue
            reasons.append(cat)
            spans.append((s, e))
            break
    return bool(reasons), tuple(reasons), tuple(spans)
