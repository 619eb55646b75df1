"""Safeguarding signals: recall first, with a short list of known hard negatives.

Each category is a high-recall regex over the normalised text. A hit is dropped only
when a hard-negative pattern explains it away ("scared of the dentist", "missing her PE
kit", "police officer visiting her class"). A missed risk is far worse than a false
alarm, so when unsure we flag.
"""
from __future__ import annotations

import re

_P = "(?:him|her|them|himself|herself|themselves|he|she|they)"
_OBJ = r"(?:him|her|them|me|us|my (?:son|daughter|boy|girl|kids?|child(?:ren)?)|the (?:kids|children|boys|girls))"
# People at home who can be the source of harm at home (domestic violence, abuse).
_ADULT = (r"(?:ex|ex-partner|ex-husband|partner|husband|dad|daddy|father|stepdad|step-dad|stepfather|step-father|"
          r"boyfriend|mum's boyfriend|stepmum|step-mum|uncle|abbu|baba)")
_HIT = (r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|kick(?:s|ed|ing)?|slap\w*|smack\w*|"
        r"grabbed|grabbing|chok\w*|strangl\w*|shook|shak(?:es|ing)|burn(?:s|ed|t)|push(?:es|ed|ing)?|"
        r"shov\w*|whack\w*|hurt(?:s|ing)?|attack\w*|assault\w*|threw (?:\w+ ){0,3}at|throw\w* (?:\w+ ){0,3}at|"
        r"maar\w*|mara)")
_PILLS = (r"(?:tablets|pills|paracetamol|ibuprofen|painkillers|pain killers|meds|medication|"
          r"sleeping pills|antidepressants)")

CATEGORIES = {
    "missing": [
        r"\b(?:not|hasn't been|isn't|hasn't|wasn't|stopped) answering\b|\btracker\b|\bfind my (?:phone|iphone|friends)\b|\blocation (?:shows|says)\b",
        r"\b(?:not|never|didn't|hasn't|haven't|has not|did not|hadn't|havent|no|not been|hasn't been|didn't)"
        r" (?:come|came|been|got|gone|went|coming|returned|return|slept|sleep|stayed) (?:back )?(?:at )?home\b",
        r"\b(?:never|didn't|hasn't|has not|did not|not) (?:come|came|been|got|returned) back\b(?! (?:after|from (?:the|his|her) (?:appointment|dentist|doctor|hospital)))",
        r"\bhasn't been (?:seen|heard from|home)\b|\bnot been (?:seen|home|heard from)\b|\b(?:no one|nobody|noone) (?:has|have)? ?(?:seen|heard from)\b",
        r"\b(?:ran|run|running|runs) (?:away|off)\b|\brunaway\b|\babscond\w*\b|\bdone a runner\b|\bdid a runner\b",
        r"\b(?:gone|went|go|goes|going|reported (?:him|her|them)) missing\b|\bmissing person\b|\bmisper\b",
        r"\bmissing\b(?! (?:her|his|their|my|the|a|some|school|lessons?|class|classes|work|out|pe|kit|"
        r"homework|lunch|the bus|it|you|him|her|friends|a lot|days?|sessions?|too much|an?|from|so|"
        r"much|being|registration|assembly|any|tests?|exams?|the trip|trip|this|that|these|those|"
        r"school|learning|time|education|out on|the start|the first|the last|mornings?|afternoons?|"
        r"parents|dinner|letter|form|forms|slip|money|payment|piece|page|pages|sheet|one|two|\d))",
        r"\b(?:don't|do not|dont|no idea|not sure|doesn't|nobody knows?|no one knows?|don't no|dont no|dunno|"
        r"have no idea|haven't got a clue|no clue) (?:know )?where (?:he|she|they|him|her|\w+) (?:is|are|went|has gone|"
        r"have gone|'s|been|has been|is staying|are staying|sleeping|slept|stayed)\b",
        r"\bwhere (?:he|she|they)(?: is|'s| are| has been| went| goes)\b.{0,60}\b(?:worried|scared|police|help|"
        r"no idea|won't say|won't tell)\b",
        r"\bwon't (?:say|tell (?:me|us)) where (?:he|she|they)\b|\bwouldn't say where\b",
        r"\bcan't (?:find|reach|contact|get hold of|get through to) " + _P + r"\b"
        r"|\bcan't get hold of (?!the school|anyone|you|the office|anybody)\w+|\bcan't find (?!his|her|their|the|my|a)\w+\b",
        r"\b(?:not|isn't|hasn't been|hasn't|won't|doesn't|wasn't) (?:been )?answer\w* (?:his|her|their|my)? ?(?:phone|calls?|messages|texts)\b"
        r"|\b(?:his|her|their) phones?(?:'s| is| are| has been| keeps?| goes| going)? (?:off|switched off|dead|going straight to voicemail|straight to voicemail|(?:going |goes )?to voicemail)\b"
        r"|\b(?:haven't|hasn't|have not|not|never) (?:heard|had a word|heard anything) from (?:him|her|them)\b"
        r"|\bcan't get (?:him|her|them) to come (?:back|home)\b"
        r"|\bout (?:till|until|to) all hours\b|\b(?:comes?|came|coming|got|gets|getting) (?:back |home |in )(?:at |gone )\d(?:am)?\b(?!.{0,20}\b(?:holiday|airport|flight|party|wedding))"
        r"|\b(?:don't|do not|dont|no idea|not sure|never) (?:know )?where (?:he|she|they) (?:goes|go|gets? to|disappears)\b"
        r"|\bkeeps? disappearing\b|\bdisappears? for\b",
        r"\b(?:stayed|been|stays|staying|was|stopping|stopped) out (?:all night|overnight|(?:till|until|til|past) (?:\d\w*|gone|midnight|the early|late))\b|\bout all night\b"
        r"|\bwhereabouts\b|\bovernight without\b",
        r"\bnot (?:come|came) back from\b|\bhasn't (?:brought|returned) " + _P + r"\b|\bnot brought (?:him|her|them) back\b",
        r"\b(?:not|hasn't|didn't|hasnt) (?:been )?(?:brought|returned|dropped) " + _P + r" back\b",
        r"\b(?:has|have|did) (?:he|she|they) (?:turned up|turn up|come in|came in|arrived|arrive|shown up|show up|"
        r"got to school|get to school|made it (?:in|to school)|been in|come to school|registered)\b",
        r"\bturned up at school\b.*\?|\bnever (?:arrived|made it) (?:at|to|in)\b|\bno sign of (?!the|a|any|it)(?:him|her|them|\w+)\b",
        r"\b(?:been )?gone since\b|\bnot seen (?:him|her|them) since\b|\bhaven't seen (?:him|her|them) since\b",
        r"\b(?:snatch\w*|abduct\w*|kidnap\w*)\b|\b(?:going to|gonna|threatened to|said he'd|said he would|will) "
        r"(?:take|grab|snatch) (?:him|her|them|the kids|the children)(?: from school| away| abroad| to)\b",
    ],
    "self_harm": [
        r"\bself[ -]?harm\w*\b|\bselfharm\w*\b|\b(?:cutting|cut|cuts|scratch\w*|burn\w*|harm\w*|hurt\w*) "
        r"(?:herself|himself|themselves|themself)\b",
        r"\b(?:cutting|scratching|cut|cuts on|scars on|marks on) (?:again|her (?:arms?|legs?|wrists?|thighs?)|"
        r"his (?:arms?|legs?|wrists?|thighs?))\b|\bstarted cutting\b|\bbeen cutting\b|\bcutting again\b|\b(?:'s|her|his|the) cutting\b|\bsteri[ -]?strips?\b|\brazor blades?\b|\bblades? in (?:her|his) room\b"
        r"|\b(?:found|finding|hidden|hiding|stash\w*|stockpil\w*|saving up) (?:\w+ ){0,4}" + _PILLS + r"\b|\b" + _PILLS + r" hidden\b",
        r"\bsuicid\w*\b|\bkill(?:ing)? (?:herself|himself|themselves|themself|myself)\b"
        r"|\bend (?:her|his|their|my) (?:own )?li(?:fe|ves)\b|\bend(?:ing)? it(?: all)?\b"
        r"|\btake (?:her|his|their) own life\b|\btried to (?:take|end|kill|hang|hurt|drown|jump)\b",
        r"\boverdos\w*\b|\bod'?d\b|\b(?:took|taken|take|swallowed|swallow) (?:\w+ ){0,4}" + _PILLS + r"\b"
        r"|\b" + _PILLS + r" on purpose\b",
        r"\b(?:doesn't|does not|don't|didn't|not|no longer|never) wan(?:t|ts|na|ted) to (?:be alive|live|be here|exist|"
        r"wake up|carry on|go on|be around|be on this earth)\b|\bwants? to disappear\b|\bwant(?:s|ed)? to disappear\b",
        r"\bwants? to die\b|\bwant(?:s|ed)? to end it\b|\bbetter off (?:dead|without)\b|\bwish(?:es|ed)? (?:she|he|they|i) "
        r"(?:was|were) (?:dead|never born|gone)\b|\bno point (?:in )?(?:living|being alive|going on)\b|\bnothing to live for\b"
        r"|\bcan't go on\b|\bno reason to live\b|\bthoughts? (?:of|about) (?:dying|death|ending|killing|not being here|hurting)\b"
        r"|\bdark thoughts\b|\bintrusive thoughts\b|\b(?:talking|talks|talked|thinking|thinks|thought) about (?:dying|death|ending it|killing)\b"
        r"|\b(?:go to sleep|sleep) and (?:not|never) wake up\b|\bnot wake up\b",
        r"\bligature\b|\bnoose\b|\bhang (?:herself|himself)\b|\bcrisis team\b|\bcrisis line\b|\bmental health crisis\b"
        r"|\bcamhs crisis\b|\bsectioned\b|\bsuicide watch\b|\bpsychiatric (?:ward|unit|hospital)\b|\bsamaritans\b|\bpapyrus\b"
        r"|\bon the railway\b|\brailway line\b|\boff (?:a|the) bridge\b|\bon (?:a|the) bridge\b(?=.{0,40}\b(?:found|police|jump))",
    ],
    "abuse": [
        r"\bwhat (?:he|she|they) did (?:to|2) (?:her|him|them|us|me)\b|\bfor what (?:he|she|they) did\b|\bwhat happened (?:to|with) (?:her|him)\b"
        r"|\blocked (?:her|him|them) (?:out|in)\b|\bin (?:her|his|their) (?:pjs|pyjamas) all night\b|\bthe social\b"
        r"|\b(?:can't|cannot|couldn't|not able to) look after (?:him|her|them)(?: properly)?\b|\bnot coping\b"
        r"|\boffer(?:ed|ing|s)? (?:him|her|them) (?:money|cash|£\d+|\d+ quid|a lift|sweets|vapes?|drugs|weed|gifts?)\b"
        r"|\bcarry a (?:package|parcel|bag)\b|\b(?:1[89]|[2-6]\d)[- ](?:year[- ]old|yr old|yo) (?:man|men|guy|bloke|lad|woman|male)\b"
        r"|\b(?:asking|asked|wants|wanting|trying) (?:her |him )?to meet(?: up| him| her)?\b|\bcalling (?:her|him) (?:beautiful|gorgeous|sexy|babe|baby)\b"
        r"|\btried to (?:grab|drag|snatch|take|pull|lure|get) (?:her|him|them)\b|\bdrag (?:her|him) (?:in|into|in2)\b"
        r"|\b(?:took|taken|taking|has) (?:her|his) passport\b|\b(?:to|2) get married\b.{0,60}\b(?:1[0-7]|only)\b"
        r"|\bmarried\b.{0,30}\b(?:she's|she is|he's|he is) 1[0-7]\b",
        r"\babus\w*\b",
        r"\bneglect\w*\b|\bgroom\w*\b|\bsexual\w*\b|\bmolest\w*\b|\brap(?:e|ed|ist)\b|\bindecent\w*\b|\bpaedo\w*\b|\bpedo\w*\b",
        r"\binappropriat\w*\b",
        r"\btouch(?:ed|ing|es)? (?:her|him|them|my (?:son|daughter))\b(?! (?:head|hand|shoulder|arm|back))"
        r"|\bprivate parts\b|\bprivates\b|\bdown there\b",
        r"\bsend (?:him |her |them |me )?(?:pictures|photos|pics|nudes|images|videos|selfies)\b|\bnudes\b|\bnaked\b"
        r"|\bsextort\w*\b|\bexplicit\b|\bceop\b|\bchangin?g? rooms?\b|\bshare (?:the |her |his )?(?:photos|pictures|pics|images)\b"
        r"|\b(?:make|made|took|take|taking) (?:a )?(?:photos?|pictures?|pics?|videos?) of (?:her|him)\b",
        r"\b(?:older|grown|adult|much older) (?:man|men|boy|boys|guy|guys|lad|lads|woman|male)\b|\bolder boyfriend\b"
        r"|\bboyfriend (?:who is|is|who's|aged) (?:1[89]|2\d|3\d)\b|\b(?:man|someone|person|stranger) online\b"
        r"|\bmeet (?:up|him|her)\b.{0,40}\b(?:online|man|stranger|met on)\b|\bmet (?:him|her|someone) online\b"
        r"|\b(?:asking|asked|ask|asks|pressur\w+|begging|wants) (?:him|her|them) (?:for|to send) (?:\w+ )?(?:photos|pictures|pics|nudes|images|videos|selfies)\b"
        r"|\b(?:teacher|coach|tutor|ta|teaching assistant|instructor|leader|man|men|adult|someone older|stranger|"
        r"manager|youth worker|driver)(?: \w+){0,4} (?:sending|messaging|texting|contacting|dm'?ing|snapchatting|following|adding) (?:her|him|my)\b"
        r"|\b(?:messag\w*|text\w*|snapchat\w*|call\w*) (?:her|him) (?:late at night|at night|in the night|at \d+ ?am)\b"
        r"|\bmet (?:on|through|via) (?:snapchat|instagram|insta|tiktok|facebook|online|the internet|a game|roblox|fortnite|discord|whatsapp|an app)\b",
        r"\b" + _HIT + r" (?:her|him|them|my son|my daughter|the kids|the children|the boys|the girls)\b"
        r"(?!\s*(?:head|knee|elbow|face on|on the (?:ball|pitch|field|trampoline|swing)|hand|hands|finger|fingers|thumb|toe|"
        r"toes|foot|leg|ankle|wrist|mouth|tongue|nose|chin|lip|back on|arm on|shin|off (?:his|her) bike))",
        r"\b(?:gets|got|been|being|was|is|were|are) (?:hit|beaten|slapped|punched|kicked|smacked|whacked|strangled)\b"
        r"(?! (?:by (?:a|the) (?:ball|car|bus|door|swing)|in the face (?:with|by) (?:a|the) ball))",
        r"\bbruis\w*\b|\bblack eye\b|\bsplit lip\b|\b(?:cut|marks?) on (?:her|his) (?:lip|face|back|neck|arms?|legs?)\b"
        r"|\bbelt on (?:him|her)\b|\bwith (?:a|the|his|her) (?:belt|stick|slipper|cable|wire|wooden spoon|shoe)\b",
        r"\bheavy[ -]handed\b|\b(?:got|gets|getting) physical\b|\bphysical with\b|\blash\w* out at\b|\blaid a hand\b"
        r"|\bhands on (?:her|him)\b|\bput (?:his|her) hands?\b|\bshouted at (?:her|him) all night\b",
        r"\bexploit\w*\b|\bcounty lines\b|\btraffick\w*\b|\bforced (?:marriage|to marry)\b|\bfgm\b|\bcutting ceremony\b"
        r"|\bcuckoo\w*\b|\b(?:carry|carrying|deliver|delivering|sell|selling|run|running|dealing|hold|holding) "
        r"(?:drugs|packages|parcels|weed)\b|\bdrugs for\b|\bin a flat\b|\bnew (?:trainers|phone|clothes) and money\b"
        r"|\bmoney i didn't give\b|\b(?:i|we) (?:never|didn't|did not) (?:bought|buy|give|gave) (?:him|her)\b|\bmak(?:e|es|ing) (?:him|her) (?:carry|hold|deliver|sell)\b|\b(?:made|forced) to (?:carry|hold|deliver|sell)\b|\bmixed up with\b|\bbad (?:people|crowd|lot)\b|\bgang\w*\b",
        r"\bshouts? at (?:her|him)\b.*\b(?:grabbed|hit|scared|afraid)\b",
        r"\b(?:things|it)(?:'s| is| are|n't| aren't| isn't)? (?:not )?(?:good|great|ok|safe) at home\b"
        r"|\bnot safe at home\b|\b(?:scared|afraid|frightened|doesn't want|won't|refus\w+) (?:to )?go(?:ing)? home\b"
        r"|\b(?:doesn't|don't|won't|refus\w+) (?:want )?(?:to )?go to (?:his|her) (?:dad|father|mum|mother|stepdad)'?s?\b",
        r"\bleft (?:alone|on (?:her|his|their) own) (?:at home|all night|overnight|for days)\b|\bhome alone\b"
        r"|\bno food in the house\b|\bnothing to eat\b",
        r"\bsocial services\b|\bsocial worker\b|\bchild protection\b|\bcp plan\b|\bsection 47\b|\blado\b|\bmash\b"
        r"|\bdsl\b|\bsafeguarding\b|\bchildline\b|\bnspcc\b",
        r"\b(?:please |pls )?(?:don't|do not|dont) (?:tell|give|say|let) (?:his|her|their|the kids'?|my) "
        r"(?:dad|father|mum|mother|ex|stepdad|family|husband)\b|\b(?:don't|do not|dont|not) (?:tell|give) anyone\b"
        r"|\bmat batana\b|\bnot allowed (?:near|to see|to contact|to collect|contact)\b|\b(?:don't|do not) release\b"
        r"|\bnot to be (?:collected|picked up|released)\b|\b(?:don't|do not|dont) let (?:him|her|his dad|their dad|her dad|anyone) "
        r"(?:take|collect|pick)\b|\bkeep (?:him|her|them|\w+) (?:inside|in school) at\b",
    ],
    "domestic_violence": [
        r"\b(?:court|contact|custody|non-mol|prohibited steps) order\b|\b(?:isn't|is not|not|isnt) allowed (?:any )?contact\b"
        r"|\bno contact (?:with|order)\b|\bsupervised contact\b",
        r"\bdomestic (?:violence|abuse|incident|situation)\b|\bdv\b|\brefuge\b|\bwomen's aid\b|\bsafe house\b"
        r"|\bemergency (?:housing|accommodation)\b|\bmarac\b|\bidva\b",
        r"\bfled\b|\bflee\w*\b|\bnon[- ]?mol\w*\b|\b(?:restraining|protection|occupation|prohibited steps) order\b|\binjunction\b",
        r"\b(?:my|the kids'?|their|his|her) " + _ADULT + r"(?: \w+){0,5} (?:hit|hits|hitting|beat|beats|attacked|assaulted|"
        r"threatened|threatening|hurt|strangled|choked|punched|kicked|turned up|broke in|broke (?:the|down)|smashed|violent|"
        r"drunk|kicked off|broke things|break things|breaking things|got physical|went for|kicking the door|"
        r"was arrested|got arrested|has been arrested)\b",
        r"\bbecause of (?:my|their|the kids'?|her|his) (?:ex|partner|husband|dad|stepdad|boyfriend|father)\b"
        r"|\b(?:happened|going on|trouble|problems|issues) (?:with|at home with) (?:my|his|her|their) (?:ex|partner|husband|dad|stepdad|father|boyfriend)\b",
        r"\b(?:he|father|dad|husband|partner|ex|boyfriend|stepdad) (?:hit|hits|beat|beats|attacked|hurt|strangled|choked|"
        r"punched|kicked|threatened|pushed|slapped|broke|break)\b.{0,15}\bme\b|\b(?:hit|hits|beat|hurt|attacked|threatened|strangled) me\b",
        r"\bhiding from\b|\bescap\w+ (?:from )?(?:him|my ex|my partner|my husband)\b|\bget (?:them|the kids|us|her|him) away from\b"
        r"|\bhad to leave (?:the house|home|in the night)\b|\bleft (?:him|my husband|my partner) last night\b"
        r"|\bviolent\b|\bviolence\b|\bthreatened to kill\b"
        r"|\b(?:dad|father|stepdad|step-dad|stepfather|partner|husband|ex|boyfriend|he)(?:'s| has| had)? (?:kicked off|kicking off|went mad|gone mad|lost it|lost his temper|got violent|got nasty|turned nasty|went for me|was drunk)\b(?!.{0,40}\b(?:ref|referee|match|game|football))",
    ],
    "afraid": [
        r"\b(?:too )?(?:scared|afraid|frightened|terrified|petrified) to (?:take|get|catch|use|walk|go|come|leave|be|sleep|see)\b"
        r"|\b(?:been )?seen (?:outside|near|hanging around|waiting (?:outside|at|near)) (?:the )?(?:school|gates?|house|our house)\b"
        r"|\bhanging (?:around|about) (?:outside )?(?:the )?(?:school|gates?)\b|\bfollow(?:ed|ing|s) (?:her|him|them)\b",
        r"\b(?:scared|afraid|frightened|terrified|petrified|too scared|fear(?:ful)?|nervous|anxious) (?:to|of) (?:come|coming|go|going"
        r"|get|getting|be|walk|walking|leave|leaving|return|returning)(?: in| back| to school| into school| out| home)?\b"
        r"(?!.{0,20}\b(?:after (?:being|having) (?:ill|off|poorly|sick)|because (?:she|he)'s been (?:ill|off)|exams?))",
        r"\b(?:scared|afraid|frightened|terrified|petrified) (?:of|because of) (?!the dentist|dentist|needles?|"
        r"injections?|jabs?|the dark|dogs?|spiders?|exams?|tests?|the doctor|doctors?|the nurse|heights|"
        r"thunder|the injection|the jab|blood|hospitals?|the hospital|getting|being late|missing|the (?:test|exam|results)|"
        r"falling behind|the wasp|wasps|bees?|the vaccine|vaccines?|catching|swimming|the water|flying|the dark)\w+",
        r"\b(?:scared|afraid|frightened|terrified),? (?:some|the|a|they|he|she|older|these|this|that) (?!dentist|doctor)",
        r"\b(?:he|she|they)(?: is|'s| are|'re| was| were)(?: so| really| very)? (?:scared|terrified|petrified|frightened)\b"
        r"(?! of (?:the dentist|needles|the dark|spiders|dogs|exams?|the injection))",
        r"\bwon't (?:go|come|get on the bus) (?:in |to school )?because of (?!the weather|snow|illness|(?:her|his) (?:cold|cough|tummy))"
        r"|\bbecause of (?:the|some|a|these|those|this) (?:boys?|girls?|lads?|kids?|man|men|gang|older)\b",
        r"\bfeels? unsafe\b|\bnot safe\b|\bunsafe\b|\b(?:doesn't|don't|does not) feel safe\b|\bfor (?:his|her|their) (?:own )?safety\b"
        r"|\bscared for (?:him|her|them|my)\b|\bfear for\b|\bshaken up\b|\bin fear\b",
        r"\b(?:waiting|wait|waited) (?:for )?(?:him|her|them) (?:after|outside|at|by|near|every|on the way)\b"
        r"|\bwaiting (?:for him |for her )?(?:at|outside) the (?:gates?|school|bus stop)\b",
        r"\bwon't get on the bus\b|\bscared to (?:leave|go out)\b",
    ],
    "bullying": [
        r"\bpushed (?:him|her|them) (?:off|down|over|into|in|against|out)\b|\bpushed off\b|\b(?:been|are|is|were|they're) after (?:him|her|them)\b"
        r"|\bthe same (?:boy|boys|girl|girls|lads?|kids?|group|gang)\b|\bset(?:ting)? fire to\b|\blighters?\b"
        r"|\bcame home with (?:injuries|a bloody nose|a black eye|a cut|cuts|bruises|(?:his|her) (?:\w+ ){0,2}(?:ripped|torn|broken))\b"
        r"|\bbloody nose\b|\b(?:said|says|claims|told me) (?:he|she) fell\b|\b(?:made|making|set up|started|created) a (?:poll|page|group|account|chat) (?:about|on|of)\b"
        r"|\brating (?:girls|boys)\b|\b(?:injuries|injured|hurt) (?:from|by) (?:a|the|some|same|two|three|\w+) (?:boys?|girls?|lads?|kids?|year)\b",
        r"\bbull(?:y|ied|ies|ying|yed)\b|\bbulli\w*\b",
        r"\bthreat\w*\b|\bthretn\w*\b|\bstab\w*\b|\bknife\b|\bknives\b|\bweapon\w*\b|\bmachete\b|\bblade\b|\bshank\w*\b",
        r"\bbeaten up\b|\bbeat (?:him|her|them) up\b|\bbatter (?:him|her)\b|\bjump(?:ed|ing)? (?:him|her)\b|\bjumped on\b"
        r"|\b(?:get|gettin|getting|got) jumped\b|\battack\w*\b|\bassault\w*\b|\bspat on\b|\bspitting on\b",
        r"\bharass\w*\b|\bcyber\w*\b|\btroll(?:ed|ing)\b|\b(?:nasty|horrible|abusive|vile|disgusting|hateful|threatening|awful) "
        r"(?:messages|comments|texts|stuff|things|posts|names|videos?)\b|\bmessages? (?:saying|telling)\b"
        r"|\bcalling (?:her|him) names\b|\bcalled (?:her|him) (?:names|a)\b|\bfake (?:account|profile)\b",
        r"\bposted (?:videos?|photos?|pictures?|pics?|stuff|things|a video)\b|\bvideos? of (?:him|her|\w+) (?:getting|being)\b"
        r"|\b(?:sent|sending|shared|sharing|passed) (?:round|around) (?:a |the )?(?:video|photo|picture|pic)s?\b|\bleaked\b"
        r"|\b(?:shared|sharing|posted|posting|sent|sending|spread|spreading|circulat\w+) (?:\w+ )?(?:pictures|photos|pics|videos?|images|screenshots) of (?:her|him|them)\b",
        r"\bpicking on (?:him|her)\b|\bpicked on\b|\bganging up\b|\bkeep (?:hitting|pushing|kicking|punching|taking)\b"
        r"|\b(?:take|took|taking|takes|stole|steal\w*) (?:his|her) (?:money|phone|lunch money|dinner money|bag)\b.{0,30}\b(?:boys|girls|lads|they)\b"
        r"|\b(?:boys|girls|lads|they) (?:\w+ ){0,4}(?:take|took|taking|takes) (?:his|her) (?:money|phone|lunch money|dinner money)\b"
        r"|\bhate crime\b|\bracis\w*\b|\bhomophob\w*\b",
    ],
    "police": [
        r"\bprison\b|\bjail\b|\bremand\w*\b|\bbeen charged\b|\bcharged with\b",
        r"\bpolice\w*\b|\bpolis\b|\bcops?\b|\b999\b|\b101\b|\barrest\w*\b|\bin custody\b|\bofficers?\b|\bpcso\b|\bcid\b",
        r"\byouth offending\b|\byot\b|\bcrime number\b|\bincident number\b|\bin the cells?\b|\bin a cell\b|\bpicked up by (?:the )?(?:police|cops|feds)\b|\bfeds\b|\bbail\b",
    ],
}
# Round 3: broader phrasings of the same categories, written from the categories rather
# than from corpus lines (sleeping elsewhere, cover stories, adults contacting a child,
# court/contact arrangements, exploitation signs, social care, being followed, hopelessness).
_SOMEONE = r"(?:someone|somebody|some(?:one)? random|a stranger|strangers|a man|men|an adult|adults|a grown man|older (?:lads|boys|men|guys|girls|kids)|people)"
CATEGORIES["missing"] += [
    r"\b(?:sleep\w*|slept|stay\w*|stopp\w*|kip\w*|crash\w*)(?: over)? (?:at|round|in|with) (?:someone|somebody|some (?:lad|man|guy|bloke|boy|girl)|different|random|people's|other people|an adult|a man's|strangers?)\b"
    r"|\b(?:house|flat|place|people|someone|somebody|man|lad|adult|friends?) (?:that |who |whose )?(?:we|i) (?:don't|do not|dont|didn't|never) (?:know|met|recognise)\b"
    r"|\bpacked (?:a|her|his|their) (?:bag|bags|stuff|things)\b|\b(?:won't|will not|refus\w+ to|doesn't want to|not wanting to) come (?:back )?home\b"
    r"|\b(?:didn't|did not|never|hasn't|has not) (?:come|came) in (?:last night|all night|till|until)\b|\bonly (?:came|come|got) (?:back|home) (?:this|at|in the)\b"
    r"|\bfound (?:her|him|them) (?:at|in|on) (?:a|an|some|the) (?:house|flat|party|park|station|street)\b.{0,30}\b(?:\d ?am|night|midnight|morning)\b"
    r"|\bmissing from (?:home|care)\b|\bsofa[- ]surf\w*\b",
]
CATEGORIES["abuse"] += [
    r"\b(?:texting|messaging|contacting|chatting (?:to|with)|calling|ringing|dm'?ing|snapchatting|facetiming|video calling) (?:her|him|them|\w+) "
    r"(?:privately|in private|secretly|in secret|late at night|at night|through the night|all night|behind my back)\b"
    r"|\b(?:adult|grown|older|man|men|stranger|someone|somebody)\b(?: \w+){0,6} (?:texting|messaging|contacting|chatting to|calling|snapchatting|dm'?ing|grooming|adding|following) (?:her|him|my|\w+ (?:privately|secretly|at night))\b"
    r"|\b(?:asked|asking|asks|wants|wanted|told) (?:her|him) (?:to )?(?:keep (?:it|this|them|things) (?:a )?secret|not to tell)\b|\bour (?:little )?secret\b"
    r"|\b(?:lifts?|rides?) (?:from|with|in) (?:men|older|adults?|strangers?|a man|guys|lads|some (?:lads|men|guys))\b"
    r"|\b(?:men|older (?:lads|boys|men|guys)|a man|strangers?|adults?)\b(?: \w+){0,4} (?:picks?|picking|picked|collect\w*) (?:her|him|them) up\b"
    r"|\bpick(?:s|ing|ed)? (?:her|him|them) up in (?:a|their|his) car\b"
    r"|\b(?:two|2|second|secret|another|extra) phones?\b(?!.{0,15}\b(?:charger|case|number for work))|\bburner\b"
    r"|(?:\b|(?=£))(?:new (?:phone|trainers|clothes|jacket|designer|shoes|watch)|cash|money|£ ?\d+|\d+ (?:quid|pounds)|wads? of|vapes?|alcohol|drink|gifts?|presents)\b.{0,70}"
    r"\b(?:won't (?:say|tell)|wouldn't (?:say|tell)|not saying|won't explain|can't explain|don't know where|no idea where|where (?:it|he|she|they) got|"
    r"says? (?:a|his|her) (?:friend|mate)|(?:friend|mate|someone|a man|stranger) (?:gave|gives|bought|buys)|from (?:someone|a man|men|an adult|a stranger|strangers|older))\b"
    r"|\b(?:someone|somebody|a man|men|an adult|a stranger|strangers|people) (?:\w+ ){0,4}(?:sending|send|sent|giving|gave|gives|buying|bought|buys) (?:her|him|them) (?:\w+ ){0,2}(?:gifts?|presents|money|cash|vapes?|alcohol|sweets|things|stuff|clothes|a phone|trainers)\b"
    r"|\b(?:new|older|much older) (?:group of )?(?:friends?|mates|crowd)\b(?!.{0,20}\b(?:at school|in (?:her|his) class|from school))"
    r"|\b(?:hanging|hangs|hang) (?:around|about|out) with (?:much )?older\b|\b(?:boyfriend|girlfriend|friend|man|lad|guy)(?: who)?(?: is|'s)? (?:1[89]|2\d|3\d)\b.{0,30}\b(?:she's|he's|she is|he is|only) 1[0-6]\b"
    r"|\b(?:children's services|social care|family support worker|early help|child in need|cin (?:plan|meeting)|core group|strategy meeting|looked after|emergency placement|place of safety|foster care)\b"
    r"|\b(?:can't|cannot|can not|couldn't|unable to) (?:keep (?:her|him|them) safe|protect (?:her|him|them)|cope with (?:her|him|them)|control (?:her|him|them))\b"
    r"|\b(?:new \w+|clothes|trainers|phone|coat|jacket|shoes|stuff|things|money|cash) (?:that |which )?(?:i|we) (?:didn't|never|did not|haven't) (?:buy|bought|give (?:him|her|them)|gave (?:him|her|them))\b"
    r"|\b(?:someone|somebody|a lady|a woman|a man|people|they) from (?:the )?(?:council|social|children's services)\b"
    r"|\bscared of (?:what )?(?:he|she|they)(?:'ll| will| might| could) do\b"
    r"|\b(?:things|stuff|it|life|everything|home) (?:at home )?(?:is|are|has been|have been|'s|were|was)? ?(?:really |very |so |quite |a bit )?(?:bad|difficult|hard|awful|horrible|tough|rough|not good|a mess|tense|scary|unsafe) at home\b"
    r"|\b(?:things|stuff|it|life|everything) at home (?:is|are|has been|have been|'s|were|was)? ?(?:really |very |so |quite |a bit )?(?:bad|difficult|hard|awful|horrible|tough|rough|not good|a mess|tense|scary|unsafe)\b"
    r"|\b(?:walked into a door|fell down the stairs|fell over)\b.{0,80}\b(?:don't|do not|doesn't|not sure i|not convinced|can't) (?:believe|think so|buy it|look like)\b"
    r"|\b(?:don't|do not|not sure i|i don't really|doesn't) believe (?:him|her|them|it|that|the story|what (?:he|she) said)\b|\bdon't look like (?:that|a fall|an accident)\b"
    r"|\b(?:won't|wouldn't|refuses? to|doesn't want to) (?:say|tell (?:me|us|anyone)) (?:how|who did|who gave|what happened|where (?:it|they|he|she) (?:came|got|come))\b"
    r"|\b(?:doesn't|does not|don't|won't|refus\w+ to|scared to|afraid to|begged (?:me )?not to make (?:her|him)) (?:want to )?(?:go|going|stay|staying) (?:to|at|round) (?:her|his|their) (?:uncle|dad|father|stepdad|step-dad|grandad|cousin|mum|mother)'?s?\b"
    r"|\b(?:wet(?:ting)? the bed|bed[- ]wetting)\b.{0,80}\b(?:won't talk|won't say|since|after|at (?:her|his) dad's)\b|\bsomething happened (?:at|with|when)\b",
]
CATEGORIES["domestic_violence"] += [
    r"\bchild arrangements? order\b|\bcontact cent(?:re|er)\b|\bspecial guardianship\b|\bcourt (?:has |have )?(?:said|says|ordered)\b"
    r"|\bsupervised (?:visits?|contact|access)\b|\b(?:not|isn't|is not|shouldn't|should not|mustn't) (?:allowed|supposed|meant|permitted) to (?:have contact|collect|pick (?:her|him|them) up|see (?:her|him|them)|come near)\b"
    r"|\b(?:can't|cannot|can not) have contact\b|\bincident at home\b|\btemporary accommodation\b|\b(?:went|gone|moved|staying) (?:in|to|into) (?:a )?(?:hostel|shelter)\b",
]
CATEGORIES["afraid"] += [
    r"\b(?:car|van|man|men|someone|somebody|person|people|stranger|guy|lads?|boys?|group)\b(?: \w+){0,3} (?:has been |have been |was |were |keeps? |kept |been )?(?:following|followed|watching|stalking|photographing)\b"
    r"|\bfollow(?:ed|ing|s)? (?:her|him|them|\w+) (?:home|to school|from|on (?:her|his|their) way|into|down|along)\b|\bstalk\w*\b"
    r"|\bkeeps? (?:turning|showing) up (?:at|outside|near)\b|\b(?:man|men|someone|somebody|stranger|car|van)(?: \w+){0,3} (?:hanging around|lurking|loitering|waiting|parked) (?:outside|near|by|at|round)\b"
    r"|\b(?:too )?(?:shaken|shook up|traumatised|freaked out)\b.{0,40}\b(?:follow\w*|man|stranger|attack\w*|threat\w*)\b"
    r"|\b(?:they'll|they will|going to|gonna) (?:get|jump|batter|do) (?:him|her|them)\b",
]
CATEGORIES["self_harm"] += [
    r"\b(?:doesn't|does not|don't|can't|cannot|didn't) see (?:the|any) point (?:in (?:anything|living|life|going on|it all)|anymore|any more)\b"
    r"|\bgiv(?:ing|en|es|e) (?:away )?(?:all )?(?:his|her|their) (?:stuff|things|belongings|possessions|games|clothes)(?: away)?\b"
    r"|\b(?:everyone|everybody|we|the family|people) (?:would|'d) be (?:better|happier|better off) (?:if|without)\b"
    r"|\b(?:if|when) (?:she|he|they) (?:wasn't|weren't|was not|were not) (?:around|here|alive)\b"
    r"|\bgoodbye (?:letter|note|message)\b|\bsuicide note\b|\bwritten a note\b"
    r"|\b(?:hates?|hated) (?:herself|himself|themselves|her life|his life|their life|being alive)\b|\bwants? it (?:all )?to stop\b|\bdisappear forever\b"
    r"|\bstopped eating\b.{0,60}\b(?:marks|cuts|scars|wrists?|arms?)\b|\bmarks on (?:her|his) (?:wrists?|arms?|thighs?)\b",
]

# A hit inside one of these spans is explained away.
HARD_NEGATIVES = [
    # everyday knocks and games
    r"\b(?:hit|bumped|banged|knocked|bashed) (?:his|her|their) (?:head|knee|elbow|arm|leg|face|nose|lip|toe|finger|chin|mouth|tooth|teeth)\b"
    r"|\bkick(?:ed|ing|s)? (?:a|the|his|her) (?:ball|football)\b",
    # fears of ordinary things: "scared stiff of his jabs", "terrified of the SATs"
    r"\b(?:scared|afraid|frightened|terrified|petrified|nervous|worried|anxious)(?: stiff)? (?:of|about) (?:\w+ ){0,3}?"
    r"(?:dentists?|doctors?|needles?|injections?|jabs?|flu spray|vaccin\w*|the dark|spiders?|dogs?|exams?|tests?|sats|"
    r"results|heights|thunder|blood|hospitals?|swimming|water|flying|wasps?|bees?|clowns?|fireworks|the nurse|"
    r"(?:the|his|her) (?:injection|jab|operation|op|x-?ray|scan|test|exam|play|show|solo|performance)|"
    r"being late|missing the|falling behind|going back after|catching up)\b",
    r"\b(?:scared|afraid|worried|nervous)(?: stiff)? (?:she|he|they)(?:'ll| will| might| would)? (?:miss|be late|forget|fail|get lost)\b",
    r"\b(?:police|policeman|policewoman|police officer|officer)s? (?:dog|horse|car|costume|outfit|uniform|visit|talk|day|week)\b"
    r"|\b(?:going|dressed|dress up|dressing up) as an? (?:police\w*|officer)\b|\bwhen (?:he|she) grows up\b"
    r"|\bzig ?zags?\b|\bpark(?:ed|ing) (?:on|outside|across)\b",
    r"\b(?:gas leak|power cut|burst pipe|house fire|fire alarm|flood\w*|no electric\w*|no water)\b(?:\W+\w+){0,8}?\W+had to leave\b",
    r"\bpolice (?:have |had )?(?:closed|shut) (?:it|the road|the roads?|the street)\b",
    r"\bran (?:away|off) from (?:me|us|the teacher|his sister|her brother) (?:in|at) the (?:playground|park|shop\w*|gate)\b"
    r"|\brunaway (?:success|train|hit|winner)\b",
    r"\b(?:cut|cuts|sliced|nicked) (?:his|her|their) (?:\w+ ){0,2}?(?:on|with) (?:a|the|my) (?:knife|bread knife|kitchen knife)\b"
    r"|\bknife and fork\b|\bbutter knife\b",
    r"\battacked by (?:a|the|an|some|our|next door's) (?:swan|goose|geese|dog|wasp|wasps|bee|bees|seagull|cat|horse|squirrel|pigeon)\b",
    r"\bpolice (?:officer|officers|car|station|man|woman|people)? ?(?:visit\w*|came to talk|talk\w* to (?:the|her|his) class"
    r"|coming in to|come in to|came in to|came into (?:school|class)|assembly|about road)\b",
    r"\bpolice came to talk\b|\bpolice (?:talk|visit|assembly|day|week)\b|\broad safety\b",
    r"\b(?:want|wants) to (?:be|join) (?:\w+ ){0,4}?(?:a |the )?police(?: officer| officers|man|woman)?\b|\bdressed (?:up )?as a police\b",
    r"\bkilling me\b|\bdying to\b|\bdying for\b",
    r"\b(?:fell|fall|fallen|trampoline|bike|football|rugby|tripped|slipped|playground|climbing|netball|hockey)\b"
    r"(?:\W+\w+){0,12}?\W+bruis\w*|\bbruis\w*(?:\W+\w+){0,8}?\W+(?:fell|fall|trampoline|football|rugby|pe|bike)\b",
    r"\bsocial worker (?:visit|meeting) (?:for|about) (?:my|our) (?:mum|nan|dad|gran)\b",
    r"\bnot being bullied\b|\bno bullying\b|\bisn't bullying\b|\bnothing to do with bullying\b",
    r"\bthreatening (?:rain|snow|weather)\b|\bbreak a leg\b",
    r"\bthreat of (?:rain|snow|strike)\b|\bweather warning\b",
    r"\bpolice(?:\W+\w+){0,8}?\W+(?:road|flood\w*|accident|bump|crash\w*|traffic|lorry|motorway|broke down|breakdown|m\d+|a\d+)\b"
    r"|\b(?:road|roads|accident|bump|crash\w*|traffic|lorry|motorway|broke down|breakdown)(?:\W+\w+){0,8}?\W+police\b",
    r"\b(?:trainers|coat|bag|phone|kit|shoes|jumper|blazer|book|books|lunchbox|bottle|glasses|hat|"
    r"money|keys|cards|homework|tie|scarf|gloves|watch)(?:\W+\w+){0,3}?\W+missing\b",
    r"\b(?:dog|cat|pet|puppy|hamster|rabbit)(?:\W+\w+){0,2}?\W+(?:ran|run|running) (?:away|off)\b",
    r"\banti-bullying\b|\banti bullying\b",
    # sport knocks: "hit in the face with a cricket ball", "bruised rib from a ju-jitsu grading"
    r"\b(?:hit|whacked|smacked|struck|bruis\w*)\b(?:\W+\w+){0,8}?\W+(?:(?:cricket|hockey|tennis|golf|rounders|lacrosse|netball|rugby|foot) ?"
    r"(?:ball|stick|bat|racket|club)|in pe|at practice|at training|at (?:rugby|football|cricket|hockey|netball)|grading|sparring|"
    r"karate|judo|ju-jitsu|jiu-jitsu|boxing|kickboxing|taekwondo)\b"
    r"|\b(?:(?:cricket|hockey|tennis|golf|rounders|lacrosse|netball|rugby|foot) ?(?:ball|stick|bat|racket|club)|grading|sparring|"
    r"karate|judo|ju-jitsu|jiu-jitsu|kickboxing|taekwondo)\b(?:\W+\w+){0,10}?\W+(?:bruis\w*|shiner)\b",
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


# Second line (see parse.py): the trained classifier may flag a message the rules missed,
# but only when the text also has one of these broad cues of concern. Each cue names the
# category reported when it is the one that let the classifier through.
SOFT_CUES = [
    ("missing", r"\b(?:where (?:he|she|they)|since (?:last night|yesterday|friday|saturday|sunday|monday|tuesday|"
                r"wednesday|thursday)|not (?:home|back)|phone (?:off|dead)|overnight|all night|disappear\w*|vanish\w*|"
                r"left the house|out late|hasn't|haven't seen|no idea|packed|sleeping round|"
                r"won't come home|don't know who)\b"),
    ("self_harm", r"\b(?:cut\w*|scratch\w*|tablets|pills|low|dark|die|dying|dead|death|hurt (?:her|him)self|harm|"
                  r"crisis|camhs|a&e|hospital|mental|hopeless|worthless|burden|scars?|marks|blades?|goodbye)\b"),
    ("abuse", r"\b(?:hit|hitting|hurt|hurts|marks?|touch\w*|older|man|adult|photos?|pictures?|pics|videos?|"
              r"online|snapchat|instagram|insta|tiktok|whatsapp|messag\w*|secret|told me|says? (?:he|she) (?:did|does)|"
              r"uncle|stepdad|step-dad|cousin|babysitter|coach|social|drugs?|money|cash|trainers|gifts?|flat)\b"),
    ("domestic_violence", r"\b(?:ex|partner|husband|boyfriend|his dad|her dad|their dad|the dad|angry|drunk|shouting|"
                          r"screaming|argument|row|fight|fighting|smashed|left him|moved out|housing|shelter|court|"
                          r"contact order|social care|children's services|support worker)\b"),
    ("afraid", r"\b(?:scared|afraid|frightened|terrified|fear|worried|worry|upset|crying|shaking|nervous|safe|safety|"
               r"panic\w*|in bits|state|follow\w*|stranger\w*|watching|stalk\w*|lurking|turn(?:s|ed|ing)? up)\b"),
    ("bullying", r"\b(?:boys?|girls?|lads|kids|year \d+|group chat|names|nasty|mean|pushed|kicked|punched|filmed|"
                 r"filming|laughing|spread|rumours?|jumped|fight|gang)\b"),
    ("police", r"\b(?:police\w*|statement|arrest\w*|custody|court|report(?:ed)? it)\b"),
]
_SOFT = [(cat, re.compile(p)) for cat, p in SOFT_CUES]


def soft_cues(norm_text: str) -> tuple:
    """Categories whose broad cue words occur in the text (for the classifier second line)."""
    for s, e in sorted((m.span() for m in _HARD.finditer(norm_text)), reverse=True):
        norm_text = norm_text[:s] + " " * (e - s) + norm_text[e:]  # explained-away spans say nothing
    return tuple(cat for cat, rx in _SOFT if rx.search(norm_text))
