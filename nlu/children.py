"""Which of the sender's children a message is about.

Matches names with nicknames, short forms, possessives and typos; "both", "the kids",
"all 3" mean all of them; a child written as "X is in" or "not X" is dropped when another
child is named. Returns names exactly as in `children`, in that order.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .normalise import fold_accents

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
    "isabelle": ["bella", "izzy", "issy", "belle"], "isabel": ["bella", "izzy", "issy", "belle"], "isobel": ["izzy", "issy", "bel"],
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
# Diminutives from other languages and a few English ones the table above lacks.
NICKNAMES.update({
    "mikhail": ["misha", "mish"], "oleksandr": ["sasha", "olek", "sanya"], "alexandr": ["sasha"],
    "dmytro": ["dima"], "dmitri": ["dima"], "vladimir": ["vlad", "vova"], "ivan": ["vanya"],
    "nikolai": ["kolya", "nik"], "yekaterina": ["katya"], "ekaterina": ["katya"],
    "antonia": ["toni", "tonia"], "antonio": ["toni", "tony"], "roberta": ["bobbi", "bobbie", "robbie", "bertie"],
    "abdirahman": ["abdi"], "abdullahi": ["abdi"], "mikolaj": ["mikey"], "wiktoria": ["wika", "vicky"],
    "zuzanna": ["zuzia"], "bartosz": ["bartek"], "tomasz": ["tomek"], "jan": ["janek"],
    # Polish -ek/-ka/-nia diminutives ("Antek is sick", "hanka has a cold"), Ty for Tyler, Yoruba short forms.
    "antoni": ["antek", "antos", "tosiek"], "hanna": ["hania", "hanka", "hanusia"], "anna": ["annie", "ania", "anka"],
    "franciszek": ["franek"], "stanislaw": ["stasiek", "staś", "stas"], "szymon": ["szymek"], "piotr": ["piotrek"],
    "tyler": ["ty"], "tyrone": ["ty"], "tyson": ["ty"], "ifeoluwa": ["ife"], "ifeoma": ["ife"], "sally": ["sal"],
})
# Whole-group phrases. `one of mine` is not one of these (see ONE_OF).
GROUP_RE = re.compile(
    r"\b(?:both|all (?:three|3|four|4|two|2)|all of (?:them|mine|my (?:kids|children|boys|girls|lot))|"
    r"(?:the|my|our|wor) (?:kids|children|kiddies|kiddos|bairns|weans|little ones|boys|girls|twins|lot|two|three|2|3)|"
    r"(?:the|my) (?:two|three|2|3|both) of (?:them|mine)|the pair of them|them both|they both|"
    r"(?:neither|none) of (?:them|the kids|my|mine)|all my (?:kids|children)|"
    r"copiii|dzieci|dzieciaki|los niños|les enfants|die kinder|bachay|bachon|bache)\b")
# Vaguer group words, trusted only when the message is itself about attendance.
WEAK_GROUP_RE = re.compile(r"\b(?:kids|children|bairns|weans|neither|we all|all of us|the whole family|all three)\b")
# "the kids in the playground", "are the children allowed...": children in general.
GENERIC_AFTER = re.compile(r"^\s*(?:in (?:the |his |her |their |my )?(?:playground|class|classes|yard|street|year)|"
                           r"are allowed|allowed|supposed|meant to|in need|who (?:are|were))\b")
GENERIC_BEFORE = re.compile(r"\b(?:one|some|photos?|pictures?|other)\s+(?:of\s+)?$")
# "the baby was sick as we left" is an infant at home, not one of the school children.
ONE_OF = re.compile(r"\bone of (?:mine|them|my|the|our)\b|\b(?:eldest|youngest|oldest|older one|younger one|"
                    r"little one|middle one|big one|(?<!the )baby|the baby(?! (?:was|is|has|woke|kept|had)\b))\b")
# For attendance messages, a plural pronoun or "we" as the party travelling covers everyone.
# "we r in spain", "were stuck in lanzarote", "no way we can get in", "we'll be 10 minutes late":
# the family as a whole is away, stuck or late.
PLURAL_RE = re.compile(r"\b(?:they|they're|they'll|they've|them|their|theyre|theyll)\b|"
                       r"\b(?:we|were)(?:'re| are| r|'ll| will| were)?(?: be)? (?:(?:all|both) )?(?:away|going away|running late|late|"
                       r"\d+ ?(?:minutes|mins) late|a (?:bit|little) late|stuck|snowed in|flooded in|in (?!school\b|the\b|a\b)[a-z]+|"
                       r"going|goin|off to|try(?:ing)? to get in|not in|won't be in|overslept|slept in)\b|"
                       r"\bwe (?:can't|cant|cannot|can not|couldn't|could not) get (?:the car )?(?:in|out|there|to school)\b|"
                       r"\bno way (?:we can get in|out|of getting in)\b|\b(?:can't|cannot|cant) get the car out\b")
CARRIED_RE = re.compile(r"\b(?:pick|picking|collect|collecting|bring|bringing|drop|dropping) them\b")
BOYS_RE = re.compile(r"\b(?:boys|lads|sons)\b")
GIRLS_RE = re.compile(r"\b(?:girls|daughters)\b")
# One child spoken of: "my daughter", "she is", "bringing her in". With these a bare "they"/"we"
# is other people or the household, not all the children.
SINGLE_CHILD = re.compile(r"\b(?:my (?:daughter|son|girl|boy)|(?:she|he)(?:'s| is| has| was|'ll| will| won't| wont| can't)|"
                          r"(?:bring|bringing|take|taking|send|sending|get|getting) (?:her|him) (?:in|back)|"
                          r"(?:keep|keeping) (?:her|him) (?:off|home|at home))\b")
# Subject pronouns only: "She's got bruises... I've kicked him out" is about a girl.
SUBJECT_MALE = re.compile(r"\b(?:my (?:son|boy|lad)|he|he's|hes|he'll|he'd)\b")
SUBJECT_FEMALE = re.compile(r"\b(?:my (?:daughter|girl)|she|she's|shes|she'll|she'd)\b")
SINGLE_MALE = re.compile(r"\b(?:my (?:son|boy|lad)|he|he's|hes|him|his|he'll|he'd)\b")
SINGLE_FEMALE = re.compile(r"\b(?:my (?:daughter|girl)|she|she's|shes|her|hers|she'll|she'd)\b")
# A child written like this is at school or not affected: "Sam is in", "Kasia will carry on
# as normal", "Oscar walked so he's on time", "Lola doesn't know". "In" followed by a time,
# a place or a state ("in by 10", "in the play", "in a lot of pain") is not "at school".
# "in with her dad", "going in with his friend's mum": taken in by someone, so at school.
_WITH_ESCORT = (r"\s+(?:(?:his|her|their|my|our|the)\s+)?(?:dad|dad's|daddy|mum|mum's|mam|mummy|mom|friend|friends|friend's|"
                r"nan|nana|gran|granny|grandma|grandad|grandpa|neighbour|neighbour's|childminder|auntie|aunty|uncle|"
                r"brother|sister|cousin|step ?dad|step ?mum|partner|husband|wife)\b")
_NOT_SCHOOL = (r"(?!\s*(?:late|later|for\b|by\b|at\b|after|from|around|about|tomorrow|on (?:the )?(?:mon|tue|wed|thu|fri|sat|sun|\d)|this afternoon|this pm|lunch|next|"
               r"once|when|whenever|as soon|asap|soon|shortly|until|till|straight|very|with(?!" + _WITH_ESCORT + r")|the\b|a\b|an\b|his\b|her\b|their\b|my\b|plaster|"
               r"pain|agony|tears|bits|bed|hospital|a&e|school\b|\d|"
               r"reception\b|nursery\b|year\b|yr\b|y\d|class\b))")  # "is in Reception/Year 4": a class, not attendance
_IN = (r"(?:in school|at school|back (?:at|in) school|inside|on (?:his|her|their|the|my) way in|in as (?:normal|usual)|back in|gone in|went in|coming in|going in|in)\b"
       + _NOT_SCHOOL)
_ATTENDS = (r"(?:(?:(?:coming|going|come|go|comes) to school|(?:come|comes|coming)\s*$)" + _NOT_SCHOOL + r"|on time|"
            r"(?:(?:at|for) )?(?:the )?(?:normal|usual) time|"
            r"(?:come|comes|coming|go|goes|going)\s+(?:in\s+|to school\s+)?(?:normal|normally|as normal|as usual|like normal|usual)|"
            r"(?:staying|stays)\s*$|(?<=be )there\s*$|carry on as normal|carrying on as normal|as normal|as usual|staying (?:in|at) school|"
            r"stay (?:in|at) school|(?:doesn't|does not|don't) know(?! (?:where|if|when|what|why|how|whether|who))|unaffected|not affected)\b")
# Right after the name: "Sam's in", "Amy is fine", "Fatima and Ali come".
UNAFFECTED_DIRECT = re.compile(
    r"^(?:'s\s*(?:already\s+|still\s+|also\s+)?(?:" + _IN + r"|fine|ok|okay|" + _ATTENDS + r")|\s*(?:is|are|was|were|will be|'ll be|will|'ll|can|should be|has|have|"
    r"they|both|too|also|is still|are still|will still be)\s+(?:still\s+|definitely\s+|also\s+|both\s+|"
    r"all\s+|already\s+)?(?:" + _IN + r"|(?:fine|ok|okay|well|not ill|not sick|clear|all clear)\b|" + _ATTENDS + r")|\s*" + _ATTENDS +
    r"|\s*(?:went|goes|walked|cycled|got the bus|has gone|'s gone)\s+(?:in|to school)\b(?:\s+with\b|" + _NOT_SCHOOL + r")"
    r"|\s*(?:walked|cycled|scooted|has walked|'s walked)\s+(?:in\s+)?(?:with\b|on (?:his|her) own|by (?:himself|herself))"
    # "Nikola has gone already", "Ruby's already left"
    r"|\s*(?:has|have|'s|is|are)\s+(?:already\s+(?:gone|left|there)|(?:gone|left) already)\b)")
# No verb at all ("reuben in", "Oskar normal"): only for a name that starts its clause, so
# "can't get Ruby in today" is not one.
UNAFFECTED_BARE = re.compile(r"^\s*(?:in|fine|ok|okay|normal|as normal|no change|in (?:as |like )?(?:normal|usual)|(?:will|is|does|can)(?: be)?)"
                             r"(?:\s+(?:and|&)\s+(?:coming|going) in)?\s*(?:[,.;!]|today\b|$)")
CLAUSE_START = re.compile(r"(?:^|[,.;:!?\n(]|\b(?:and|but|so|then|while|whereas))\s*$")
# Later in the same clause, through a pronoun: "Johnny is staying with his nan so he'll be in".
UNAFFECTED_LATER = re.compile(
    r"\b(?:he|she|they)\s*(?:'s|'ll be|'re|is|will be|are|will)\s+(?:still\s+)?(?:" + _IN + r"|" + _ATTENDS + r")|"
    r"\b" + _ATTENDS + r"|\balready (?:in|at) school\b")
AFFECTED_CUE = re.compile(r"\b(?:(?<!dropped )(?<!drop )(?<!dropping )off|not|won't|wont|isn't|can't|ill|sick|poorly|unwell|late|appointment|appt|"
                          r"dentist|doctor|hospital|temp|temperature|fever|bug|home|away|miss|missing|leave|"
                          r"scared|afraid|refuses|refusing|refused|want|wants|worried|anxious|nervous)\b")
# "in but might be a bit tired", "in as normal but he's forgotten his book": a small caveat after
# "but" that keeps the child at school.
MINOR_BUT = re.compile(r"\bbut (?:(?:he|she|they)(?:'s|'ll|'re| is| has| will| might| may| are)?\s+)?"
                       r"(?:(?:might|may|could) be (?:a (?:bit|little) |bit )?(?:tired|grumpy|sleepy|quiet)|"
                       r"(?:has )?(?:forgotten|forgot|left (?:his|her|their)))\b")
_PRONOUN = re.compile(r"\b(?:he|she|he's|she's|him|her|they|them)\b")
# "Priya and Dev's mum", "it's Sam's dad": the sender, not a child the message is about.
SIGNATURE_AFTER = re.compile(r"^(?:'s|s)?\s*\(?\s*(?:mum|mam|mom|mummy|dad|daddy|mother|father|parent|parents|nan|nana|"
                             r"gran|grandma|grandad|step ?dad|step ?mum|carer)\b"
                             # "Destiny's grandad is visiting": a relative doing something, so about the child
                             r"(?!\s+(?:is|was|has|had|will|are|came|comes|visiting|taking|picked|picking|died|passed)\b)")
# "Mother of Layla and Omar", "mum of Ali, Sara & Zain": a signature naming the children first.
SIGNATURE_BEFORE = re.compile(r"\b(?:mum|mam|mom|mother|dad|father|parents?|nan|grandma|grandad|carer) of\s+"
                              r"(?:[a-z][\w'-]*\s*(?:,|and|&)\s*){0,2}$")
# "Archie will be in but the other two won't": the "but" turns to the other children.
BUT_THE_OTHERS = re.compile(r"\bbut (?:the other|the others|the rest|(?:his|her|their) (?:brothers?|sisters?))\b")
NOT_BEFORE = re.compile(r"\b(?:not|except|apart from|isn't|i said|i put|i wrote|i typed|instead of|"
                        r"rather than)\s*$")
OBJECT_BEFORE = re.compile(r"\b(?:can't|cannot|cant|couldn't|won't|not|unable to)\s+(?:get|bring|take|send)\s*$")
INCLUSIVE_BEFORE = re.compile(r"\bnot (?:just|only)\s*$")
_SENT_END = re.compile(r"[.!?](?:\s|$)|\n")
_COORD = re.compile(r"^\s*(?:'s)?\s*(?:and|&|\+)\s*$")
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
open opens shut closed close roads road trip term half lunch dinner class year school
mine line late later open opened over ever even ever evening bell well wall ella bella sandy jack jackie mo ted liv nat kat cat
""".split()) - {"ella", "bella", "sandy", "jack", "jackie", "mo", "ted", "liv", "nat", "kat", "cat"}
NAME_CONTEXT_AFTER = re.compile(
    r"^(?:'s|s)?\s*(?:is|isn't|was|wasn't|has|hasn't|had|won't|can't|will|'ll|and|&|,|feels|felt|"
    r"woke|needs|got|says|said|did|didn't|does|doesn't|has got|too|as well|are|have|off|not|"
    r"tested|fell|broke|threw|needs|wants|missed|refuses|cannot|can|also|should|might|may|"
    r"seems|started|hurt|came|went|the|ran|won|loved|enjoyed)\b|^\s+[-–:]\s")
NAME_CONTEXT_BEFORE = re.compile(r"\b(?:and|&|for|take|taking|keep|keeping|with|about|on|bring|"
                                 r"collect|collecting|pick|pick up|picking up|pickup|tell|ask|remind|that|,|both|sorry|hi|dear|re|,|its|it's|but)\s*$")
WORD_NAMES = {"hope", "grace", "will", "may", "rose", "summer", "bill", "faith", "joy", "sky",
              "storm", "autumn", "holly", "ivy", "hazel", "daisy", "poppy", "ruby", "amber",
              "jade", "pearl", "honey", "mark", "jack", "sunny", "rain", "river", "dolly",
              "penny", "destiny", "chance", "rich", "pat", "art", "jay", "max", "nat", "ted",
              "sue", "kit", "bob", "cal", "mo", "ty", "al", "ali", "em", "jo", "lu", "ed", "liv",
              "precious", "blessing", "sonny", "willow", "wren", "fern", "iris", "skye", "rex"}
# Word-names used as ordinary words: "Will it be cold", "I hope she", "may be late".
WORD_USE_AFTER = {
    "will": re.compile(r"^\s*(?:be|b|not|have|come|go|need|bring|pick|miss|probably|also|let|try|call|drop|"
                       r"take|return|attend|update|send|see|get|stay|keep|definitely|hopefully|def|prob|"
                       r"only|just|still|you|ring|email|text|phone|do|make|collect|it|they|there|this|"
                       r"that|i|we|he|she|the|your|my|our|all|everyone|someone|anyone)\b"),
    "may": re.compile(r"^\s*(?:be|b|not|have|need|i|we|also|well|want|come|go|miss|only|just|still|take|"
                      r"he|she|they|you|it|this|that|the|our|my|ask)\b"),
    "hope": re.compile(r"^\s*(?:you|she|he|they|it|to|that|this|so|everyone|all|your|we|i|the|for|things|"
                       r"u|ur)\b"),
    "summer": re.compile(r"^\s*(?:holiday|holidays|term|fair|break|camp|hols|uniform|time)\b"),
    "bill": re.compile(r"^\s*(?:for|of|is £|was £|payment)\b"),
}
COORD_BEFORE = re.compile(r"\b([a-z][\w-]*)(?:'s)?\s*(?:,|and|&|n|\+)\s*$")
COORD_AFTER = re.compile(r"^\s*(?:,|and|&|n|\+)\s*([a-z][\w-]*)")
# "Grandad Joe", "Auntie Grace", "Mr Will": another person with a child's name.
TITLE_BEFORE = re.compile(r"\b(?:grandad|granddad|grandpa|grandma|granny|grandmother|grandfather|nan|nana|nanny|uncle|"
                          r"auntie|aunty|aunt|cousin|mr|mrs|ms|dr)\.?\s*$")
OUR_BEFORE = re.compile(r"\b(?:our|wor)\s*$")
WORD_USE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|your|our|their|good|bad|very|too|any|some|no|such)\s*$")
HOPE_BEFORE = re.compile(r"\b(?:i|we|really|just|fingers crossed|and i|i do|so much)\s*$")
# "I don't have a child called Bill, wrong number": the message is about no child of ours.
WRONG_NUMBER = re.compile(r"\bwrong (?:number|person|no\b|num\b)|\b(?:don't|dont|do not) have (?:a |any )?"
                          r"(?:child|son|daughter|kid|boy|girl|children|kids)(?: called| named| at)?\b|\bnot my (?:child|son|daughter|kid)\b")
# "a school place for my nephew, he just arrived", "mam says can u ring her": the pronoun is
# someone else, so an `other` message is not about the sender's child.
OTHER_PERSON = re.compile(r"\b(?:my|our) (?:nephew|niece|cousin|friend's (?:son|daughter|child|kid))\b|"
                          r"\b(?:mam|mum|mom|dad|nan|gran) (?:says|said|wants|asked)\b")
REFERS_TO_CHILD = re.compile(
    r"\b(?:he|she|he's|she's|hes|shes|him|her|his|hers|son|daughter|boy|girl|little one|"
    r"he'll|she'll|he'd|she'd)\b")
# Girls' names by ending and by list; boys' names that end like girls' names. Unsure -> None.
FEMALE_END = re.compile(r"(?:a|ah|elle|ette|ine|een|leigh|lyn|lynn|anne)$")
UNSURE_END = re.compile(r"(?:y|ie|ey|ee|i|is)$")
FEMALE = set("""harper violet hazel olive everly aurora isla eve kacie maisy darcey darcie lexi lexie mollie hollie gracie macey marnie bridie libby tilly lily evie
ellie millie sophie rosie elsie edie hattie lottie josie maisie ottilie amy lucy ivy molly holly poppy ruby daisy
nancy darcy macy lacey heidi kayleigh keeley kacey courtney kelsey bryony demi remi chloe zoe phoebe grace hope rose ruth mary lucy amy ivy lily molly holly poppy ruby daisy evie ellie millie sophie
chloe zoe phoebe esme esmé alice nancy paige brooke megan hannah sarah leah erin niamh aoife summer may faith jade
amber kacey keeley kayleigh elsie rosie edie hattie lottie josie maisie tilly libby ottilie isabelle scarlett
harriet imogen carys cerys ffion willow wren iris esther miriam yasmin noor nour jasmine precious blessing destiny
heidi macy lacey darcy gwen nell mabel margot beatrice eloise florence chantel chantelle shannon siobhan bryony
bridget tamsin seren courtney kelsey eden maeve mae bea cleo ayşe elif mei xinyi jiayi sanne fern skye sky huda
hiba hira safa sagal selam ama abena efua esi kemi folake funmi ifeoma nkechi adaeze chiamaka tiwa tolu zuri
deniz zehra zeynep aditi diya saanvi simran harleen jasleen jaspreet sukhman gurpreet harpreet mahnoor areeba
hodan ubah deeqa hibo filsan idil ifrah nimco sahra ikran inès aiyla layan ayat amal maryam mariam khadija zainab farah laila leila lina nina tia mia pia""".split())
MALE = set("""noah elijah jonah micah luca luka marko nikola ilya kuba kosta misha joshua musa mustafa hamza isa eesa zakariya yahya ezra nikola kobe
ayo dayo tayo femi tobi obinna chidi chinedu kwabena kwame kojo kwesi kofi yaw dami ravi dev veer kabir arjun
harvey bradley stanley corey rory louie alfie archie charlie freddie ronnie reggie lenny sonny teddy brodie
brody bobby billy jimmy tommy danny johnny mikey ollie olly cody riley jamie kieran kyle otis rufus marcus
darius amos finley finlay toby henry harry eddie joey jonny kenny rudy cody kobe jay
ayaan rayyan rafi levi eli rhodri iwan osian gethin tomas tomás lukas jonas lucas ellis harris lewis rhys elis idris haris jax rex max felix""".split())
UNISEX = {"charlie", "frankie", "bailey", "harley", "riley", "jordan", "morgan", "taylor", "ali", "sam", "alex",
          "kai", "jamie", "eden", "sky", "skye", "rory", "shay", "kiran", "amari", "imani", "amani", "marley",
          "ayo", "deniz", "tolu", "dami", "kamari", "oakley", "hunter", "parker", "jessie", "bobbi", "toni",
          "alexis", "kit", "ashley", "robin", "jude", "rowan", "reece", "remi", "sasha", "noa", "jan"}
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:-[A-Za-z\u00C0-\u024F]+)*(?:['’][A-Za-z]+)?")


@lru_cache(maxsize=4096)
def aliases(name: str) -> frozenset:
    """Every written form we accept for a registered name (lower case)."""
    n = name.lower().strip()
    out = {n, fold_accents(n), n.replace("-", " "), n.replace("-", "")}
    out.update(NICKNAMES.get(n, ()))
    if n.endswith("a") and n[:-1] in NICKNAMES:  # Roberta, Antonia: the feminine of a listed name
        out.update(k + ("i" if k.endswith(("b", "bb")) else "") for k in NICKNAMES[n[:-1]])
    for canon, nicks in NICKNAMES.items():
        if n in nicks:
            out.add(canon)
            out.update(k for k in nicks if k in ("sam", "alex", "kate", "liv", "mo"))
    if "-" in n:
        out.add(n.split("-")[0])  # Ruby-May is often just Ruby
    return frozenset(a for a in out if a)


@lru_cache(maxsize=4096)
def gender(name: str):
    """'f', 'm' or None: only for the boys/girls and my son/daughter rules."""
    n = name.lower().split("-")[0]
    if n in UNISEX:
        return None
    if n in FEMALE:
        return "f"
    if n in MALE:
        return "m"
    if FEMALE_END.search(n):
        return "f"
    return None if UNSURE_END.search(n) else "m"


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


def _stem(tok: str) -> str:
    """Livvy -> liv, Bobbi -> bob, Eddie -> ed: drop a pet-name ending and a doubled consonant."""
    for end in ("ie", "ey", "y", "i"):
        if tok.endswith(end) and len(tok) - len(end) >= 2:
            s = tok[: -len(end)]
            return s[:-1] if len(s) >= 3 and s[-1] == s[-2] else s
    return tok


@lru_cache(maxsize=65536)
def _exact(tok: str, name: str) -> bool:
    al = aliases(name)
    return tok in al or (tok.endswith("s") and len(tok) > 3 and tok[:-1] in al)  # "jakes" = Jake's


@lru_cache(maxsize=65536)
def _fuzzy(tok: str, name: str) -> bool:
    """Short forms and typos that no table lists: prefix, inner part, pet-name stem, edit distance."""
    n = name.lower()
    if tok in COMMON or len(tok) < 3:
        return False
    if n.startswith(tok) or (len(tok) >= 4 and _inner(tok, n)):
        return True  # "Alex"/"jak"; "Toni" in Antonia, "Lexi" in Alexis, "Bella" in Isabella
    stem = _stem(tok)
    if stem != tok and len(stem) >= 2 and (stem in aliases(name) or (len(stem) >= 3 and n.startswith(stem))):
        return True
    if tok[0] != n[0]:
        return False
    if len(tok) == 3:
        return len(n) == 4 and _edit_distance(tok, n, 1) == 1  # "jak"
    limit = 2 if len(n) >= 8 else 1
    return _edit_distance(tok, n, limit) <= limit


def _inner(tok: str, n: str) -> bool:
    """The stressed end of a name: a suffix, or one letter short of it ending in a vowel."""
    i = n.find(tok, 1)
    return i > 0 and (i + len(tok) == len(n) or (i + len(tok) == len(n) - 1 and tok[-1] in "aeiouy"))


def _word_is_name(text: str, m, tok: str, children) -> bool:
    """Words like Will, Hope, May: a name only when written or used like one."""
    if tok not in WORD_NAMES and tok not in COMMON:
        return True
    raw = m.group(0)
    if raw.lower().endswith(("'s", "’s")) and tok in WORD_NAMES:
        return True  # "Will's not well"
    after = text[m.end():m.end() + 25].lower()
    before = text[max(0, m.start() - 20):m.start()].lower()
    # "Lily and Will not in", "grace n hope runnin late": listed with a sibling's name.
    co = COORD_BEFORE.search(before) or COORD_AFTER.match(after)
    if co and co.group(1) != tok and any(_exact(co.group(1), c) for c in children):
        return True
    use = WORD_USE_AFTER.get(tok)
    if (use and use.match(after)) or (WORD_USE_BEFORE.search(before) and not (tok not in COMMON and OUR_BEFORE.search(before))):
        return False
    if tok == "hope" and HOPE_BEFORE.search(before):
        return False
    sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\n"
    if raw[:1].isupper() and not raw.isupper() and not (sentence_start and tok in ("will", "may", "hope")):
        return True
    return bool(NAME_CONTEXT_AFTER.match(after) or NAME_CONTEXT_BEFORE.search(before))


def _casual(text: str) -> bool:
    """Texts with no capitals (or all capitals) can't tell a name from a word by case."""
    letters = [c for c in text if c.isalpha()]
    return not any(c.isupper() for c in letters) or all(c.isupper() for c in letters)


def find_named(text: str, children) -> dict:
    """child -> list of (start, end) where the message names that child.

    A word that is exactly one child's name or nickname is that child only; fuzzy
    matching (typos, short forms) applies only to words that name no child exactly, so
    "Alexander" never also finds a sibling "Alexandra"."""
    hits: dict = {}
    casual = _casual(text)
    for m in _WORD.finditer(text):
        for tok, s, e in _parts(m):
            _match_token(text, m, tok, s, e, children, casual, hits)
    return hits


def _parts(m):
    raw = fold_accents(m.group(0).lower().replace("’", "'"))
    base = raw[:-2] if raw.endswith("'s") else raw
    yield base, m.start(), m.end()
    if "-" in base:
        pos = m.start()
        for part in base.split("-"):
            yield part, pos, pos + len(part)
            pos += len(part) + 1


def _match_token(text, m, tok, s, e, children, casual, hits) -> None:
    exact = [c for c in children if _exact(tok, c)]
    if len(exact) > 1:  # "Mia" with both Mia and Amelia: the child registered as Mia
        exact = [c for c in exact if fold_accents(c.lower()) == tok] or exact
    if exact:
        found = exact
    elif casual or m.group(0)[:1].isupper():
        found = [c for c in children if _fuzzy(tok, c)]
    else:
        return
    if found and TITLE_BEFORE.search(text[max(0, s - 12):s].lower()):
        return
    if found and _word_is_name(text, m, tok, children):
        for child in found:
            spans = hits.setdefault(child, [])
            if not any(a <= s < b for a, b in spans):
                spans.append((s, e))


def target_children(text: str, norm_text: str, children, intent: str) -> tuple:
    """The subset of `children` the message is about, in the order of `children`."""
    children = [c for c in (children or []) if isinstance(c, str) and c.strip()]
    if not children or intent == "opt_out" or (intent == "other" and WRONG_NUMBER.search(norm_text)):
        return ()
    named = _drop_disjunctions(text, find_named(text, children))
    unaffected = {c for c, spans in named.items() if _unaffected_any(text, spans, named)}
    attendance = intent != "other"
    if attendance or len(unaffected) < len(named):
        affected = [c for c in children if c in named and c not in unaffected]
    else:
        affected = [c for c in children if c in named]
    inclusive = any(INCLUSIVE_BEFORE.search(text[max(0, s - 15):s].lower())
                    for spans in named.values() for s, _ in spans)
    if affected and not inclusive:
        return tuple(_widen_to_group(norm_text, children, affected, unaffected, attendance))
    rest = [c for c in children if c not in unaffected]
    group = _group(norm_text, rest, attendance)
    if group:
        return tuple(group)
    if len(children) == 1:
        return tuple(children) if attendance or _refers_to_child(norm_text) else ()
    if attendance and not named:
        return _by_pronoun(norm_text, children)
    return ()


# A group phrase that says who is off, even when one child is named as the reason. Not
# "both eyes"/"both days", "the children's hospital" or "the girls who...": those are not the family.
WIDEN_GROUP_RE = re.compile(
    r"(?:(?:^|[,.;!?]\s*|\b(?:so|and|then|taking|take|keep|keeping|kept|bringing) )(?:(?:the|my|our) )?(?:kids|children|kiddies|kiddos|boys|girls|twins)"
    r"(?!'s|’s| who| in\b| at\b| from| that| are (?:fine|ok|okay|well|in)| will be (?:in|kids|boys|girls))|"
    r"(?:kids|children) (?:won't|wont|will not|are not|aren't|not)|"
    r"both (?:the |my )?(?:boys|girls|kids|children)|(?:they're|they are|they'll be|they will be|they were) both|"
    r"(?:so |and )?both (?:off|not in|won't|wont|ill|poorly|sick|away|at home|home)\b|"
    r"(?:keep|keeping|kept) (?:both|them both|them all)(?: of them)? (?:at )?home|"
    r"(?:none|neither) of them|all (?:three|3|of them) (?:off|won't|wont|not|will be off))")
# With two or more named, "both off" is just those two; only these still mean everyone.
WIDEN_ALL_RE = re.compile(r"\b(?:(?:none|neither) of them|all (?:three|3|of them)|(?:the|my|our) (?:kids|children)(?!'s|’s))")


def _widen_to_group(nt: str, children, affected: list, unaffected: set, attendance: bool) -> list:
    """"It's Marley's birthday so we're taking the boys to Legoland", "jak's got the bug too so
    both off": one child named as the reason, a group phrase for who is off."""
    if not attendance or unaffected or len(affected) == len(children):
        return affected
    phrase = WIDEN_GROUP_RE.search(nt) if len(affected) == 1 else WIDEN_ALL_RE.search(nt)
    if not phrase or not _specific(nt, phrase):
        return affected
    group = _group(nt, children, attendance)
    return group if set(affected) < set(group) else affected


def _refers_to_child(nt: str) -> bool:
    """Whether an `other` message speaks of the (only) child, not of someone else."""
    if OTHER_PERSON.search(nt) and not re.search(r"\b(?:my|our) (?:son|daughter|boy|girl|little one)\b", nt):
        return False
    return bool(REFERS_TO_CHILD.search(nt))


def _drop_disjunctions(text: str, named: dict) -> dict:
    """"is it Brooke or Kacey who..." asserts neither, and "Priya and Dev's mum" only signs
    the message, unless that is all the message names."""
    keep = {}
    for child, spans in named.items():
        ok = [(s, e) for s, e in spans if not _in_or_pair(text, s, e) and not _signature(text, s, e, spans, named)]
        if ok:
            keep[child] = ok
    return keep or named


def _signature(text: str, s: int, e: int, spans, named: dict) -> bool:
    if SIGNATURE_AFTER.match(text[e - 2 if text[s:e].endswith("'s") else e:e + 12].lower()):
        return True
    if SIGNATURE_BEFORE.search(text[max(0, s - 40):s].lower()):
        return True
    nxt = [(a, b) for v in named.values() for a, b in v if a >= e]
    if nxt and _COORD.match(text[e:min(nxt)[0]].lower()):
        a, b = min(nxt)
        return _signature(text, a, b, spans, named)
    return False


def _in_or_pair(text: str, s: int, e: int) -> bool:
    return bool(re.match(r"\s*or\s+[A-Z]", text[e:e + 20]) or re.search(r"[A-Za-z]\s+or\s*$", text[max(0, s - 20):s]))


def _unaffected_any(text: str, spans, named: dict) -> bool:
    """"Brooke will be in. Can someone check on Brooke though": a later mention that says
    nothing about attendance does not undo an earlier "is in"."""
    if _unaffected(text, spans[-1], named):
        return True
    return any(_unaffected(text, sp, named) for sp in spans[:-1]) and not AFFECTED_CUE.search(
        text[spans[-1][1]:spans[-1][1] + 60].lower().split(".")[0])


def _unaffected(text: str, span, named: dict) -> bool:
    """Whether this mention says the child is at school or not concerned (or retracts them)."""
    s, e = span
    before = text[max(0, s - 20):s].lower()
    if INCLUSIVE_BEFORE.search(before):
        return False
    if NOT_BEFORE.search(before):
        return True
    if OBJECT_BEFORE.search(before):
        return False  # "can't get Ruby in today"
    seg = _segment(text, e, named)
    shift = text.lower().replace("’", "'").find(seg, e) if seg else e  # the segment may follow a later name
    if text[s:e].lower().endswith(("'s", "’s")):
        seg = "'s" + seg
        shift -= 2
    m = UNAFFECTED_DIRECT.match(seg) or UNAFFECTED_LATER.search(seg)
    if m and m.group(0).endswith("in") and PLACE_AFTER.match(text, shift + m.end()):
        m = None
    if not m and _clause_start(text, s, named):
        m = UNAFFECTED_BARE.match(seg)
    if not m or AFFECTED_CUE.search(seg[:m.start()]):
        return False
    rest = seg[m.end():]
    # "Dev is ok but he got jumped": the "but" goes back to the same child.
    if BUT_THE_OTHERS.search(rest):
        return True
    if MINOR_BUT.search(rest) and not AFFECTED_CUE.search(rest):
        return True
    return not re.search(r"\bbut\b", rest) or not (AFFECTED_CUE.search(rest) or _PRONOUN.search(rest))


# "in Italy", "in Lagos": a place named after "in" (capitalised, mid-sentence), not school.
PLACE_AFTER = re.compile(r"\s+(?!(?:Today|Tomorrow|School|Time|Class|Reception|Year|Yr|Y\d|Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|The|As|On|By|For|At|And|But|So|I)\b)[A-Z][a-z]{2,}")


def _clause_start(text: str, s: int, named: dict) -> bool:
    """Whether the name opens its clause, looking back over "X and" coordinations."""
    before = text[:s].lower()
    ends = sorted((b, a) for v in named.values() for a, b in v if b <= s)
    while ends:
        b, a = ends.pop()
        if _COORD.match(before[b:]):
            before = before[:a]
        else:
            break
    return bool(CLAUSE_START.search(before))


def _segment(text: str, end: int, named: dict) -> str:
    """What follows a mention, up to the next mention or sentence end; "Hodan and Farhan
    come" gives Hodan the words after Farhan."""
    starts = sorted(s for spans in named.values() for s, _ in spans if s >= end)
    stop = _SENT_END.search(text, end)
    limit = stop.start() if stop else len(text)
    nxt = next((s for s in starts if s < limit), None)
    seg = text[end:nxt if nxt is not None else limit].lower().replace("’", "'")
    if nxt is not None and _COORD.match(seg):
        nxt_end = next(e for spans in named.values() for s, e in spans if s == nxt)
        return _segment(text, nxt_end, named)
    return seg


def _group(nt: str, rest: list, attendance: bool) -> list:
    """Children covered by a group phrase ("both", "the kids", "the boys"), or []."""
    if len(rest) < 2 and not attendance:
        return []
    found = [m for m in GROUP_RE.finditer(nt) if _specific(nt, m)]
    if attendance and not found:
        weak = list(WEAK_GROUP_RE.finditer(nt))
        found = weak or list(PLURAL_RE.finditer(nt))
        if found and ONE_OF.search(nt):
            return []
        household = all(m.group(0) in ("we all", "all of us", "the whole family") for m in weak)
        if found and household and SINGLE_CHILD.search(nt):
            return []  # "she is afraid, they said they'll jump her": "they" are other people
    elif not found:
        found = list(CARRIED_RE.finditer(nt))
    if not found or len(rest) < 2:
        return []
    words = " ".join(nt[m.start():m.end() + 12] for m in found)  # "both girls", "my two boys"
    want = "m" if BOYS_RE.search(words) else "f" if GIRLS_RE.search(words) else None
    fit = [c for c in rest if want is None or gender(c) in (want, None)]
    return fit if len(fit) >= 2 else rest


def _specific(nt: str, m) -> bool:
    """Own children, not children in general ("photos of the kids in the playground")."""
    return not (GENERIC_AFTER.match(nt[m.end():m.end() + 30]) or GENERIC_BEFORE.search(nt[max(0, m.start() - 20):m.start()]))


def _by_pronoun(nt: str, rest: list) -> tuple:
    """"my girl's not well" with one girl among the children: her. Eldest/youngest: unknown."""
    if ONE_OF.search(nt):
        return ()
    male, female = SINGLE_MALE.search(nt), SINGLE_FEMALE.search(nt)
    if male and female:  # both kinds: trust the subjects
        male, female = SUBJECT_MALE.search(nt), SUBJECT_FEMALE.search(nt)
    if bool(male) == bool(female):
        return ()
    want = "m" if male else "f"
    genders = [gender(c) for c in rest]
    if None in genders:
        return ()
    fit = [c for c, g in zip(rest, genders) if g == want]
    return tuple(fit) if len(fit) == 1 else ()
