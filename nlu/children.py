"""Which of the sender's children a message is about.

Matches names with nicknames, short forms, possessives and typos; "both", "the kids",
"all 3" mean all of them; a child written as "X is in" or "not X" is dropped when another
child is named. Returns names exactly as in `children`, in that order.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# Canonical (lower case) -> nicknames. Matching works both ways round, so "Alex" finds
# "Alexander" and "Alexander" finds a child registered as "Alex".
NICKNAMES = {
    "alexander": ["alex", "xander", "sandy", "lexi", "al", "ali"],
    "alexandra": ["alex", "lexi", "sandra", "alexa", "ali"],
    "olivia": ["liv", "livvy", "livy", "livvie", "liv's", "ollie", "olive", "liva", "livia"],
    "oliver": ["ollie", "olly", "oli", "ol"],
    "mohammed": ["mo", "moe", "mohammad", "muhammad", "mohamed", "mohd", "hamoudi"],
    "muhammad": ["mo", "moe", "mohammed", "mohammad", "mohamed"],
    "samuel": ["sam", "sammy", "sammie"], "samantha": ["sam", "sammy", "sammie"],
    "katherine": ["kate", "katie", "kat", "kathy", "kitty", "katy"],
    "catherine": ["cat", "cath", "kate", "katie", "cathy"],
    "katie": ["kate", "kat"], "kathryn": ["kate", "katie", "kat"],
    "isabella": ["bella", "izzy", "issy", "isa", "izzie", "belle"],
    "isabelle": ["bella", "izzy", "issy", "belle"], "isobel": ["izzy", "issy", "bel"],
    "elizabeth": ["liz", "lizzie", "lizzy", "beth", "betty", "eliza", "libby", "ellie"],
    "william": ["will", "liam", "billy", "bill", "willy", "wills"],
    "james": ["jim", "jimmy", "jamie", "jay", "jimbo"],
    "thomas": ["tom", "tommy", "tommo"], "benjamin": ["ben", "benji", "benny"],
    "joshua": ["josh"], "daniel": ["dan", "danny"], "matthew": ["matt", "matty"],
    "christopher": ["chris", "kit"], "nicholas": ["nick", "nicky"], "jacob": ["jake", "jay"],
    "joseph": ["joe", "joey"], "edward": ["ed", "eddie", "ted", "teddy", "ned"],
    "theodore": ["theo", "ted", "teddy"], "frederick": ["fred", "freddie", "freddy"],
    "freddie": ["fred", "freddy"], "harrison": ["harry", "haz"], "henry": ["harry", "hal"],
    "harry": ["haz", "harrison"], "charles": ["charlie", "chas", "chaz"],
    "charlotte": ["charlie", "lottie", "lotti", "lotty", "char"],
    "madison": ["maddie", "maddy", "mads"], "madeleine": ["maddie", "maddy"],
    "gabriel": ["gabe", "gabi"], "gabriella": ["gabi", "ella", "gabby"],
    "emily": ["em", "emmy", "millie"], "emma": ["em", "emmy"], "amelia": ["millie", "milly", "mia", "amy"],
    "amelie": ["millie"], "millicent": ["millie"], "margaret": ["maggie", "meg", "peggy"],
    "megan": ["meg", "meggy"], "rebecca": ["becky", "becca", "bex"],
    "jessica": ["jess", "jessie", "jessy"], "victoria": ["vicky", "tori"],
    "abigail": ["abi", "abby", "gail"], "eleanor": ["ellie", "nell", "nora", "elle"],
    "elena": ["ellie", "lena"], "ellen": ["ellie", "nell"], "evelyn": ["evie", "eve"],
    "florence": ["flo", "florrie", "flossie"], "penelope": ["penny", "pen"],
    "josephine": ["josie", "jo"], "susannah": ["susie", "sue"], "matilda": ["tilly", "tilda", "mattie"],
    "natalia": ["nat", "tali"], "natalie": ["nat"], "nathaniel": ["nate", "nat"], "nathan": ["nate"],
    "jonathan": ["jon", "jonny", "johnny"], "john": ["johnny", "jack"], "jack": ["jacky"],
    "michael": ["mike", "mikey", "mick"], "anthony": ["tony", "ant"], "robert": ["rob", "bob", "bobby", "robbie"],
    "richard": ["rich", "richie", "dick"], "stephen": ["steve", "stevie"], "steven": ["steve", "stevie"],
    "patrick": ["pat", "paddy"], "timothy": ["tim", "timmy"], "zachary": ["zach", "zack", "zac"],
    "maximilian": ["max", "maxi"], "maxwell": ["max"], "sebastian": ["seb", "sebby", "bash"],
    "dominic": ["dom"], "lucas": ["luke"], "luca": ["luke"], "leonardo": ["leo"], "leon": ["leo"],
    "archibald": ["archie"], "arthur": ["art", "artie"], "reginald": ["reggie", "reg"],
    "ronald": ["ronnie", "ron"], "dorothy": ["dolly", "dot", "dottie"], "mary": ["molly", "polly"],
    "kayden": ["kay"], "aleksander": ["olek", "alek", "olo", "alex"], "aleksandra": ["ola", "ala", "olka"],
    "jakub": ["kuba"], "zofia": ["zosia"], "katarzyna": ["kasia"], "malgorzata": ["gosia"],
    "magdalena": ["magda"], "wojciech": ["wojtek"], "mateusz": ["mati", "matt"],
    "aleksandr": ["sasha"], "alexei": ["lyosha", "alyosha"], "anastasia": ["nastya", "stacey", "ana"],
    "ibrahim": ["ibby", "ibi", "ibra"], "abdullah": ["abdul"], "abdulrahman": ["abdul"],
    "fatima": ["fati", "tima"], "zainab": ["zee", "zainy"], "muhammed": ["mo"],
    "oluwaseun": ["seun"], "oluwatobi": ["tobi"], "oluwadamilare": ["dami"], "chiamaka": ["amaka"],
    "chukwuemeka": ["emeka"], "adebayo": ["bayo"], "olufemi": ["femi"], "tobenna": ["tobe"],
    "christian": ["chris"], "christina": ["chris", "tina"], "jennifer": ["jen", "jenny"],
    "samira": ["sami"], "samir": ["sami"], "yusuf": ["yus", "joe"], "hussain": ["hussy"],
    "harriet": ["hattie", "hatty"], "henrietta": ["hettie"], "imogen": ["immy", "imi"],
    "annabelle": ["annie", "bella", "belle"], "anna": ["annie"], "sophia": ["sophie"],
    "sophie": ["soph"], "georgia": ["georgie"], "george": ["georgie"], "louis": ["lou"],
    "louise": ["lou"], "lucy": ["lu"], "luciana": ["lucy"], "nicola": ["nicky"],
    "toby": ["tobes"], "tobias": ["toby"], "alfred": ["alfie", "alf"], "alfie": ["alf"],
    "archie": ["arch"], "jayden": ["jay"], "jasmine": ["jas", "jazz", "jaz"],
    "mackenzie": ["kenzie"], "cameron": ["cam"], "callum": ["cal"], "ryan": [], "evangeline": ["evie"],
    "genevieve": ["gen", "evie"], "wilhelmina": ["mina", "willa"], "gwendolyn": ["gwen"],
    "ananya": ["anu"], "aarav": ["aru"], "siddharth": ["sid"], "krishna": ["krish"],
    "harpreet": ["harp"], "rajesh": ["raj"], "priyanka": ["priya"], "anjali": ["anju"],
    "francesca": ["fran", "frankie", "cesca"], "francis": ["frank", "frankie"],
    "frances": ["fran", "frankie"], "daisy": [], "dolly": [], "hope": [], "grace": ["gracie"],
    "rosie": ["rose"], "rose": ["rosie"], "summer": [], "may": [], "will": [], "bill": [],
    "leonie": ["leo"], "ignatius": ["iggy"], "augustus": ["gus"], "angus": ["gus"],
    "bartholomew": ["bart"], "cornelius": ["neil"], "julian": ["jules"], "juliet": ["jules"],
    "julia": ["jules", "julka"], "jolene": ["jo"], "joanna": ["jo"], "alicia": ["ali"],
    "aaliyah": ["ali", "liyah"], "tiana": ["tia"], "macy": [], "lacey": [], "destiny": ["dessie"],
}
# Phrases that mean every child of the sender.
ALL_RE = re.compile(
    r"\b(?:both|all (?:three|3|four|4|two|2|of them|of my (?:kids|children))|(?:the|my|our) (?:kids|children|"
    r"boys|girls|twins|lot|little ones|two|three|2|3)|kids|children|neither|the pair of them|"
    r"them both|both of them|they both|all my kids|everyone)\b")
# A child written like this is at school, not the subject: "Sam is in", "not Sam".
PRESENT_AFTER = re.compile(
    r"^(?:'s)?\s*(?:(?:,|and|&) \w+ )?(?:(?:is|are|will be|'ll be|is still|are still|will still be) "
    r"(?:in|fine|ok|okay|well|at school|coming in|going in|in school|in as normal|in as usual)|"
    r"(?:is|are) (?:going|coming) in|can come in|has gone in|have gone in|went in)\b"
    r"(?!\s*(?:late|for \d|at \d|after|by \d|later))")
NOT_BEFORE = re.compile(r"\b(?:not|only not|except|apart from|but not|isn't)\s*$")
# Words that could be typos of a name but are far more likely to be what they look like.
COMMON = set(STOP_WORDS) | set("""
able ache aches again ago all also am and appointment are arm asap at away back bad be
because bed been being best better bit both boy brother bus but by call can cant car cold
come coming cough day days dentist did do doctor doctors does dont down ear early eid
ever eye face family feel feeling felt fever fine flu for friday from get gets getting girl
go going good got had has have he head her here hers him his home hope hospital how ill in
is it just keep keeping kids know late leave let like little lot love made make many may
me miss missed missing monday more morning mum dad much my need needs next night no not now
of off ok okay on one only or our out over own pain please poorly rash rest rose sick
she since sister sleep so some son daughter sorry still stomach summer take taking tell
temperature than thank thanks that the their them then there they think this thursday
till time to today told tomorrow too tuesday until up us very was we wednesday week well
went were what when where which while who why will wish with won wont work would yes
yesterday you your grace bill will mark may hope rose summer jay joy faith sky storm
dan sunny rain river autumn holly ivy hazel daisy poppy ruby amber jade pearl honey
""".split())
NAME_CONTEXT_AFTER = re.compile(
    r"^(?:'s|s)?\s*(?:is|isn't|was|wasn't|has|hasn't|had|won't|can't|will|'ll|and|&|,|feels|felt|"
    r"woke|needs|got|says|said|did|didn't|does|doesn't|has got|too|as well|are|have|off|not|"
    r"tested|fell|broke|threw|needs|wants|missed|refuses|cannot|can|also|should|might|may|"
    r"seems|started|hurt|came|went|the)\b")
NAME_CONTEXT_BEFORE = re.compile(r"\b(?:and|&|for|take|taking|keep|keeping|with|about|on|bring|"
                                 r"collect|pick|that|,|both|sorry|hi|dear|re|,|its|it's|but)\s*$")
WORD_NAMES = {"hope", "grace", "will", "may", "rose", "summer", "bill", "faith", "joy", "sky",
              "storm", "autumn", "holly", "ivy", "hazel", "daisy", "poppy", "ruby", "amber",
              "jade", "pearl", "honey", "mark", "jack", "sunny", "rain", "river", "dolly",
              "penny", "destiny", "chance", "rich", "pat", "art", "jay", "max", "nat", "ted",
              "sue", "kit", "bob", "cal", "mo", "al", "ali", "em", "jo", "lu", "ed", "liv"}
REFERS_TO_CHILD = re.compile(
    r"\b(?:he|she|he's|she's|him|her|his|hers|son|daughter|boy|girl|little one|"
    r"they|their|them|he'll|she'll|he'd|she'd)\b")
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?")


@lru_cache(maxsize=4096)
def aliases(name: str) -> frozenset:
    """Every written form we accept for a registered name (lower case)."""
    n = name.lower().strip()
    out = {n}
    out.update(NICKNAMES.get(n, ()))
    for canon, nicks in NICKNAMES.items():
        if n in nicks:
            out.add(canon)
            out.update(k for k in nicks if k in ("sam", "alex", "kate", "liv", "mo"))
    return frozenset(a for a in out if a)


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=65536)
def _token_matches(tok: str, name: str) -> bool:
    al = aliases(name)
    if tok in al:
        return True
    if tok.endswith("s") and tok[:-1] in al and len(tok) > 3:
        return True  # "jakes" = "Jake's" typed without the apostrophe
    n = name.lower()
    if len(tok) >= 3 and n.startswith(tok) and tok not in COMMON:
        return True  # "Alex" for Alexander, "jak" for Jake
    if tok in COMMON or len(tok) < 4 or tok[0] != n[0]:
        return False
    limit = 2 if len(n) >= 8 else 1
    return _edit_distance(tok, n, limit) <= limit


def _word_is_name(text: str, m, tok: str) -> bool:
    """Words like Will, Hope, May: a name only when written or used like one."""
    if tok not in WORD_NAMES and tok not in COMMON:
        return True
    raw = m.group(0)
    after = text[m.end():m.end() + 25].lower()
    before = text[max(0, m.start() - 15):m.start()].lower()
    sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\n"
    if tok == "will" and re.match(r"^\s*(?:be|b|not|have|come|go|need|bring|pick|miss|probably|"
                                 r"also|let|try|call|drop|take|return|attend|update|send|see|get|"
                                 r"stay|keep|definitely|hopefully|def|prob|only|just|still|you|"
                                 r"ring|email|text|phone|do|make|collect)\b", after):
        return False
    if tok == "may" and re.match(r"^\s*(?:be|b|not|have|need|i|we|also|well|want|come|go|"
                                r"miss|only|just|still|take)\b", after):
        return False
    if tok == "hope" and (re.search(r"\b(?:i|we|really|just|and|so|i do|fingers crossed)\s*$", before)
                          or re.match(r"^\s*(?:you|she|he|they|it|to|that|this|so|everyone|all)\b", after)):
        return False
    if tok == "summer" and re.match(r"^\s*(?:holiday|holidays|term|fair|break|camp|hols)\b", after):
        return False
    if raw[:1].isupper() and not raw.isupper() and not (sentence_start and tok in ("will", "may", "hope")):
        return True
    return bool(NAME_CONTEXT_AFTER.match(after) or NAME_CONTEXT_BEFORE.search(before))


def find_named(text: str, children) -> dict:
    """child -> list of (start, end) where the message names that child.

    A word that is exactly one child's name or nickname is that child only; fuzzy
    matching (typos) applies only to words that name no child exactly, so "Alexander"
    never also finds a sibling "Alexandra"."""
    hits: dict = {}
    for m in _WORD.finditer(text):
        tok = m.group(0).lower().replace("’", "'")
        base = tok[:-2] if tok.endswith("'s") else tok
        exact = [c for c in children if base in aliases(c)]
        for child in exact or children:
            if _token_matches(base, child) and _word_is_name(text, m, base):
                hits.setdefault(child, []).append((m.start(), m.end()))
    return hits


def target_children(text: str, norm_text: str, children, intent: str) -> tuple:
    """The subset of `children` the message is about, in the order of `children`."""
    children = [c for c in (children or []) if isinstance(c, str) and c.strip()]
    if not children or intent == "opt_out":
        return ()
    named = find_named(text, children)
    if len(named) > 1:
        present = set()
        for child, spans in named.items():
            if all(_is_present(text, s, e) for s, e in spans):
                present.add(child)
        if present and len(present) < len(named):
            named = {c: v for c, v in named.items() if c not in present}
    # "Omar and Layla both have the dentist": "both" means the two named, not every child.
    if intent != "other" and ALL_RE.search(norm_text) and len(children) > 1 and not named:
        return tuple(children)
    if named:
        return tuple(c for c in children if c in named)
    if len(children) == 1:
        if intent in ("absence", "late", "leave_request") or REFERS_TO_CHILD.search(norm_text):
            return (children[0],)
    return ()


def _is_present(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20):start].lower()
    after = text[end:end + 40].lower()
    return bool(NOT_BEFORE.search(before) or PRESENT_AFTER.match(after))
