"""Safeguarding signals: recall first, with a short list of known hard negatives.

Each category is a high-recall regex over the normalised text. A hit is dropped only
when a hard-negative pattern explains it away ("scared of the dentist", "missing her PE
kit", "police officer visiting her class"). A missed risk is far worse than a false
alarm, so when unsure we flag.

Families were added from fresh probe batches, each scored before the change (see nlu/README.md).
"""
from __future__ import annotations

import re

# Shared fragments. How a blow is described, used for abuse (the child is hit) and domestic violence.
_HIT = (r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|kick(?:s|ed|ing)?|slap\w*|smack\w*|"
        r"grabbed|grabbing|chok\w*|strangl\w*|shook|shak(?:es|ing)|burn(?:s|ed|t)|push(?:es|ed|ing)?|"
        r"shov\w*|whack\w*|hurt(?:s|ing)?|attack\w*|assault\w*|threw (?:\w+ ){0,3}at|throw\w* (?:\w+ ){0,3}at|"
        r"maar\w*|mara)")

CATEGORIES = {}


# ---- missing: not home, runaways, unknown whereabouts, not brought back, abduction ----
# The child, as object or subject: "can't find her", "hasn't returned them".
_P = "(?:him|her|them|himself|herself|themselves|he|she|they)"
CATEGORIES["missing"] = [
    # phones and trackers: "not answering", "find my friends", "location shows"
    r"\b(?:not|hasn't been|isn't|hasn't|wasn't|stopped) answering\b|\btracker\b|\bfind my (?:phone|iphone|friends)\b|\blocation (?:shows|says)\b",
    # not home, not back, not seen: "didn't come home", "hasn't been seen"
    r"\b(?:not|never|didn't|hasn't|haven't|has not|did not|hadn't|havent|no|not been|hasn't been|didn't)"
    r" (?:come|came|been|got|gone|went|coming|returned|return|slept|sleep|stayed) (?:back )?(?:at )?home\b"
    r"|\b(?:didn't|did not|never|hasn't|has not) get (?:back )?home\b(?! (?:till|until|til|before|in time|after|from|for)\b)",
    r"\b(?:never|didn't|hasn't|has not|did not|not) (?:come|came|been|got|returned) back\b(?! (?:after|(?:this|that|the same) day|to school\b|for the rest|from (?:the|his|her) (?:appointment|dentist|doctor|hospital)"
    r"|(?:till|until|til) (?:tea|teatime|dinner|lunch|later|the afternoon|the evening|bedtime|home time|after)|before|in time))",
    r"\bhasn't been (?:seen|heard from|home)\b|\bnot been (?:seen|home|heard from)\b|\b(?:no one|nobody|noone) (?:has|have)? ?(?:seen|heard from)\b",
    # running away, reported missing, "missing" not followed by a lesson or a thing (whole
    # words: "missing a" must not excuse "missing again" or "missing and we're frantic")
    r"\b(?:ran|run|running|runs) (?:away|off)\b|\brunaway\b|\babscond\w*\b|\bdone a runner\b|\bdid a runner\b",
    r"\b(?:gone|went|go|goes|going|reported (?:him|her|them)) missing\b|\bmissing person\b|\bmisper\b",
    r"\bmissing\b(?! (?:her|his|their|my|the|a|some|school|lessons?|class|classes|work|out|pe|kit|"
    r"homework|lunch|the bus|it|you|him|her|friends|a lot|days?|sessions?|too much|an?|another|anything|from|so|"
    r"again (?:today|tomorrow|this|next|on|for|with|due|because|as)|"
    r"much|being|registration|assembly|any|tests?|exams?|the trip|trip|this|that|these|those|"
    r"school|learning|time|education|out on|the start|the first|the last|mornings?|afternoons?|"
    r"parents|dinner|letter|form|forms|slip|money|payment|piece|page|pages|sheet|one|two|\d+(?! nights?)|"
    # activities and lessons a child misses while off
    r"swimming|football|rugby|netball|training|practice|clubs?|maths|english|science|music|drama|choir|dance|ballet|gymnastics|"
    r"french|spanish|german|history|geography|art|re|computing|ict|latin|dt|food tech|forest school|phonics|reading|"
    r"spellings?|spelling test|"
    r"rehearsals?|the match|matches|games|sports|play ?time|break ?time|breakfast club|after school club|tutoring|tuition|mum|dad|nan|grandad|grandma)\b)",
    # nobody knows where they are, or they won't say
    r"\b(?:don't|do not|dont|no idea|not sure|doesn't|nobody knows?|no one knows?|don't no|dont no|dunno|"
    r"have no idea|haven't got a clue|no clue) (?:know )?where (?:he|she|they|him|her|(?!(?:it|that|this|those|these|everything|things|stuff|we|you|i)\b)\w+) (?:is|are|went|has gone|"
    r"have gone|'s|been|has been|is staying|are staying|sleeping|slept|stayed|was|were|had been|lives?|is living|are living|'s living|is sleeping)\b"
    r"(?! (?:meeting|supposed|meant|doing|parking|collecting|dropping|going (?:for|on) (?:the|a) trip))",
    r"\bwhere (?:he|she|they)(?: is|'s| are| has been| went| goes)\b.{0,60}\b(?:worried|scared|police|help|"
    r"no idea|won't say|won't tell)\b",
    r"\bwon't (?:say|tell (?:me|us)) where (?:he|she|they)\b|\bwouldn't say where\b",
    # can't find or reach them; phone off; out till all hours, keeps disappearing
    r"\b(?:can't|cannot|can not|couldn't|could not|unable to|(?:we|i) not|(?:we|i) still can't) (?:find|reach|contact|get hold of|get through to) " + _P + r"\b"
    r"(?! (?:a|an|any|anything|some|one|the right|trousers|shoes|clothes)\b)"
    r"|\bcan't get hold of (?!the school|anyone|you|the office|anybody)\w+"
    r"|\bcan't find (?!(?:him|he|she|they|his|her|their|the|my|a|an|it|how|where|what|when|which|who|out|any|anything|one|that|this|those|these|our|your|its|some|them|time|anywhere)\b)\w+\b",
    r"\b(?:not|isn't|hasn't been|hasn't|won't|doesn't|wasn't) (?:been )?answer\w* (?:his|her|their|my)? ?(?:phone|calls?|messages|texts)\b"
    r"|\b(?:his|her|their) phones?(?:'s| is| are| has been| keeps?| goes| going)? (?:off|switched off|dead|going straight to voicemail|straight to voicemail|(?:going |goes )?to voicemail)\b"
    r"(?!.{0,15}\b(?:so (?:please|can|could|if|tell|she|he|i|just)|please tell|can you (?:tell|let)|if you need))"
    # not heard from the child, no word from them (a pronoun, or a name with "since" / after "still")
    r"|\b(?:haven't|hasn't|have not|not|never) (?:heard|had a word|heard anything) from "
    r"(?:(?:him|her|them)\b|(?!(?:the|you|your|school|anyone|anybody|them|him|her)\b)\w+ since\b)"
    r"|\b(?:still (?:no (?:word|news|contact|sign)|not heard|haven't heard) (?:from|of) (?!(?:the|you|your|school|anyone|anybody|them|him|her|his|their|my|our)\b)\w+"
    r"|(?:still )?no (?:word|news|contact|sign) (?:from|of) (?:him|her|them)(?=\s*(?:$|[.,!?]|since|still|at all|yet|for)))"
    r"|\bcan't get (?:him|her|them) to come (?:back|home)\b"
    r"|\bout (?:till|until|to) all hours\b|\b(?:comes?|came|coming|got|gets|getting) (?:(?:back |home )(?:at |gone )(?:1[0-2]|[1-4])|in (?:at |gone )[1-4])(?:[.:]\d\d)?(?:am)?\b(?!.{0,20}\b(?:holiday|airport|flight|party|wedding))"
    r"|\b(?:don't|do not|dont|no idea|not sure|never) (?:know )?where (?:he|she|they) (?:goes|go|gets? to|disappears)\b"
    r"|\bkeeps? disappearing\b|\bdisappears? for\b",
    # out all night
    r"\b(?:stayed|been|stays|staying|was|stopping|stopped) out (?:all night|overnight|(?:till|until|til|past) (?:\d\w*|gone|midnight|the early|late))\b|\bout all night\b"
    r"|\bwhereabouts\b|\bovernight without\b",
    # not brought back by the other parent
    r"\bnot (?:come|came) back from\b|\bhasn't (?:brought|returned) " + _P + r"\b|\bnot brought (?:him|her|them) back\b",
    r"\b(?:not|hasn't|didn't|hasnt) (?:been )?(?:brought|returned|dropped) " + _P + r" back\b",
    # did they arrive at school? never arrived, no sign of them
    r"\b(?:has|have|did) (?:he|she|they) (?:turned up|turn up|come in|came in|arrived|arrive|shown up|show up|"
    r"got to school|get to school|made it (?:in|to school)|been in|come to school|registered)\b",
    r"\bturned up at school\b.*\?|\bnever (?:arrived|made it) (?:at|to|in)\b|\bno sign of (?!the|a|any|it)(?:him|her|them|\w+)\b",
    # gone since, not seen since
    r"\b(?:been )?gone since\b|\bnot seen (?:him|her|them) since\b|\bhaven't seen (?:him|her|them) since\b",
    # abduction, and threats to take the children
    r"\b(?:snatch\w*|abduct\w*|kidnap\w*)\b|\b(?:going to|gonna|threatened to|said he'd|said he would|will) "
    r"(?:take|grab|snatch) (?:him|her|them|the kids|the children)(?: from school| away| abroad| to)\b",
    # sleeping at strangers', packed a bag, won't come home, missing from care, sofa-surfing
    r"\b(?:sleep\w*|slept|stay\w*|stopp\w*|kip\w*|crash\w*)(?: over)? (?:at|round|in|with) (?:someone|somebody|some (?:lad|man|guy|bloke|boy|girl)|different|random|people's|other people|an adult|a man's|strangers?)\b"
    r"|\b(?:house|flat|place|people|someone|somebody|man|lad|adult|friends?) (?:that |who |whose )?(?:we|i) (?:don't|do not|dont|didn't|never) (?:know|met|recognise)\b"
    r"|\bpacked (?:a|her|his|their) (?:bag|bags|stuff|things)\b|\b(?:won't|will not|refus\w+ to|doesn't want to|not wanting to) come (?:back )?home\b"
    r"|\b(?:didn't|did not|never|hasn't|has not) (?:come|came) in (?:last night|all night|till|until)\b|\bonly (?:came|come|got) (?:back|home) (?:this|at|in the)\b"
    r"|\bfound (?:her|him|them) (?:at|in|on) (?:a|an|some|the) (?:house|flat|party|park|station|street)\b.{0,30}\b(?:\d ?am|night|midnight|morning)\b"
    r"|\bmissing from (?:home|care)\b|\bsofa[- ]surf\w*\b"
    # still not back: "went out after tea and still isn't back", "still hasn't come home"
    r"|\bstill (?:isn't|is not|isnt|not|hasn't|has not|hasnt|ain't|aint|haven't|have not) (?:been )?(?:back|home|come (?:back|home)|came (?:back|home)|returned|turned up)\b"
    r"(?! (?:from (?:the |his |her |their )?(?:holiday|trip|hospital|dentist|doctor|appointment|work|school|camp)|to (?:school|normal|(?:his|her|their) (?:usual|normal|old))|at school|in school|in (?:his|her) class|till|until|in time|on (?:his|her) feet|well|right|properly|(?:to )?full (?:health|strength)))",
    # searching, empty beds, sneaking out at night
    r"\b(?:out |been )?(?:looking|searching|search) (?:for (?:him|her|them) )?(?:everywhere|all night|all day|since)\b"
    r"|\b(?:looking|searching|searched|search|looked) (?:all night |everywhere |all over )?for (?:him|her|them)(?: all night| everywhere| since)\b"
    r"|\bwe search(?:ed)? everywhere\b|\bout looking for (?:him|her|them)\b"
    r"|\b(?:bed|room) (?:wasn't|was not|hasn't been|not been|not) slept in\b|\b(?:his|her|their) bed (?:was |is )?empty\b"
    r"|\b(?:climb\w*|sneak\w*|snuck|crept|creeps?|slipped|slips?|got) out (?:of )?(?:the |his |her |their )?(?:window|back door|house)?\b(?:.{0,30}\b(?:at night|in the night|night|\dam|midnight))"
    r"|\bsneak(?:s|ing)? out\b|\bsnuck out\b",
    # non-native and terse forms: "not come back to home", "not return home", "he's vanished"
    r"\b(?:not|never|didn't|hasn't|has not|is not|isn't|did not) (?:come|came|coming|return|returned|returning|reach|reached|arrive|arrived) (?:back )?(?:to )?(?:home|house)\b"
    r"|\b(?!(?:rash|spots|it|cough|pain|fever|lump|swelling|bruise|mark|symptoms|temperature|sickness|headache|the|that|this|which)\b)(?:he|she|they|\w+)(?:'s| has| have|'ve| is| was)? (?:just )?(?:disappeared|vanished|gone awol|gone off somewhere)\b(?! (?:into|upstairs|to (?:his|her|their) room))"
    r"|\bgone (?:off )?with (?:an older|a man|some (?:men|lads|older)|people (?:we|i) don't know|strangers)\b"
    r"|\b(?:not |isn't |wasn't |hasn't been |stopped )answer\w* (?:anyone|anybody|us|me|at all)\b"
    r"|\b(?:turned|switched) (?:off )?(?:his|her|their) location(?: off)?\b|\blocation (?:is |'s )?(?:off|turned off)\b"
    r"|\bmissing since\b|\bnot (?:back|home) (?:yet )?since\b"
    # "missing" as the child's state, not a lesson missed: "he has been missing all night", "she's missing and we're frantic"
    r"|\b(?:is|'s|are|'re|has been|have been|been|was|were|still|now) missing(?: again)?"
    r"(?=\s*$|\s*[.,!?]|\s+(?:and (?:we|i|no|nobody|no one|the police|his|her|not)|since|all (?:night|day|weekend)|overnight|for (?:\d+|two|three|a few|over|hours|days|nearly|almost)|from (?:home|care)|at the moment|right now|please)\b)"
    r"|\blast (?:anyone|anybody|we|i|someone|somebody|they|his (?:mates|friends)|her (?:mates|friends)) (?:saw|seen|heard)(?: (?:of|from))? (?:him|her|them)\b"
    r"|\b(?:was|were|'s been|has been|had been) last seen\b"
    r"|\b(?:don't|do not|dont|no idea|not sure|doesn't|nobody knows?|no one knows?|dunno|have no idea|haven't got a clue|no clue) (?:know )?where (?:he|she|they)(?:'s|'re) "
    r"(?:been (?:sleeping|staying|all night|since)|staying|sleeping|living|gone(?! wrong))\b"
    r"|\b(?:looking|searching) for (?:him|her|them)(?=\s*(?:$|[.,!?]|everywhere|all|since|for|in|at|round|around|now|still|last|today|tonight|and|but|with|across|up)\b)"
    r"|\b(?:goes|going|went|gone|disappears?|disappeared|takes off|took off) (?:off )?for (?:days|hours|nights|whole nights)\b",
    # "been gone 2 days", "took off again", "not return since 2 days", "wasn't in her bed this morning"
    r"\b(?:been |is |was )?gone (?:for )?(?:\d+|two|three|four|a few|several|a couple of|couple of|over a|almost a|nearly a) (?:days?|nights?|hours|whole days?|week)\b"
    r"|\b(?:took|taken|takes|'s took|has took|'s taken) off (?:again|last night|in the night|without (?:a word|telling|saying))\b"
    r"|\b(?:not|never|didn't|hasn't|has not|no|did not|is not|isn't) (?:return\w*|come back|came back|come home|came home|back|home)(?: (?:home|back|to home|to (?:the )?house))? "
    r"(?:since|from|for) (?:\d+|two|three|four|a few|several|yesterday|last|the weekend|\w+day)\b"
    r"|\b(?:wasn't|was not|not|isn't|is not|weren't) in (?:her|his|their) (?:bed|room|bedroom) (?:this morning|when (?:i|we) (?:woke|got up|went (?:in|up)|checked|looked))\b"
    r"|\b(?:police|we|i|they) (?:are |were |have been )?(?:still )?(?:out )?(?:looking|searching) for (?:him|her|them)\b",
    # went out and never came back ("she go out Friday and not return"); asking if anyone has seen the child
    r"\b(?:go|goes|went|gone|going|left) out\b(?:\W+[\w']+){0,4}?\W+(?:and|but) (?:not|never|didn't|did not|hasn't|has not|still not|still hasn't) (?:return\w*|come back|came back|come home|came home)\b(?! (?:till|until|til|before|in time|after|for|with)\b)"
    r"|\b(?:has|have|did) (?:(?:anyone|anybody) seen (?!(?:it|this|that|my|his|her|their|the|a|an)\b)[a-z][\w'-]*(?=\s*\?)"
    r"|(?:anyone|anybody|any of you|someone|somebody|you) (?:seen|heard from|see) (?:my (?:son|daughter|boy|girl|child|kid|lad)|him|her|them|our (?:son|daughter|boy|girl))"
    r"(?=\s*(?:$|[.,!?]|today|this morning|at all|anywhere|around|since|in school|at school|in class|last night)))",
]


# ---- self_harm: self-injury, suicidal talk, overdoses ----
# How much was taken is what separates an overdose from "took paracetamol for her cold".
_EXCESS = (r"(?:too many|a lot of|lots of|loads of|a load of|a bunch of|a handful of|handfuls of|a few of (?:my|her|his|mum's|dad's)|"
           r"(?:a|the|her|his|my|mum's|dad's) (?:whole |full |entire )?(?:packet|box|bottle|strip|pack|tub|sheet|blister)s? of|"
           r"(?:a|the) (?:whole|full|entire) |all (?:of )?(?:her|his|the|my|their|mum's|dad's|nan's) |all the |"
           r"\d{2,} |(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|several|six|seven|eight|nine) |extra |"
           r"(?:my|mum's|dad's|nan's|mums|dads|nans|her mum's|his mum's|her mums|his mums|someone else's|my mum's) )")
_PILLS = (r"(?:tablets|pills|paracetamol|ibuprofen|painkillers|pain killers|meds|medication|"
          r"sleeping pills|antidepressants)")

CATEGORIES["self_harm"] = [
    # self-harm named; cutting, blades, pills found hidden
    r"\bself[ -]?harm\w*\b|\bselfharm\w*\b|\b(?:cutting|cut|cuts|scratch\w*|burn\w*|harm\w*|hurt\w*) "
    r"(?:herself|himself|themselves|themself)\b",
    r"\b(?:cutting|scratching|cut|cuts on|scars on|marks on) (?:again|her (?:arms?|legs?|wrists?|thighs?)|"
    r"his (?:arms?|legs?|wrists?|thighs?))\b|\bstarted cutting\b|\bbeen cutting\b|\bcutting again\b|\b(?:'s|her|his|the) cutting\b|\bsteri[ -]?strips?\b|\brazor blades?\b|\bblades? in (?:her|his) room\b"
    r"|\b(?:found|finding|hidden|hiding|stash\w*|stockpil\w*|saving up) (?:\w+ ){0,4}" + _PILLS + r"\b|\b" + _PILLS + r" hidden\b",
    # suicide and ending their life
    r"\bsuicid\w*\b|\bkill(?:ing)? (?:herself|himself|themselves|themself|myself)\b"
    r"|\b(?:end|finish|stop|kill) (?:her|his|their|my) (?:own )?li(?:fe|ves)\b|\bend(?:ing)? it(?: all)?\b"
    r"|\btake (?:her|his|their) own life\b|\btried to (?:take|end|kill|hang|hurt|drown|jump)\b",
    # overdose: how much was taken is the signal (_EXCESS)
    r"\boverdos\w*\b|\bod'd\b|\b(?:he|she|they|nearly|almost|has|had|have|just) odd\b(?! (?:socks?|shoes?|ones?|bits?|jobs?|numbers?|days?|times?|behaviou?r|moments?|things?|looks?|feelings?|mood|sense|way|ways|habits?|dreams?|hours|shapes?|pairs?|noises?|rash|spots?|symptoms?|pains?|colou?rs?|names?|friends?)\b)|\b(?:took|taken|take|taking|swallowed|had|necked|downed) " + _EXCESS + r" ?(?:[\w']+ ){0,3}" + _PILLS + r"\b"
    r"|\bswallowed (?:\w+ ){0,3}" + _PILLS + r"\b|\btoo many (?:\w+ )?" + _PILLS + r"\b"
    r"|\b" + _PILLS + r" on purpose\b",
    # not wanting to live; hopelessness and dark thoughts
    r"\b(?:doesn't|does not|don't|didn't|not|no longer|never) (?:wan(?:t|ts|na|ted)|wanting) to (?:be alive|live|be here|exist|"
    r"wake up|carry on|go on|be around|be on this earth)\b|\bwants? to disappear\b|\bwant(?:s|ed)? to disappear\b",
    r"\bwants? to die\b|\bwant(?:s|ed)? to end it\b|\bbetter off (?:dead|without|not (?:here|alive|around|being (?:here|alive|around)|existing|born))\b|\bwish(?:es|ed)? (?:she|he|they|i) "
    r"(?:was|were) (?:dead|never born|gone)\b|\bno point (?:in )?(?:living|being alive|going on)\b|\bnothing to live for\b"
    r"|\bcan't go on\b|\bno reason to live\b|\bthoughts? (?:of|about) (?:dying|death|ending|killing|not being here|hurting)\b"
    r"|\bdark thoughts\b|\bintrusive thoughts\b|\b(?:talking|talks|talked|thinking|thinks|thought) about (?:dying|death|ending it|killing)\b"
    r"|\b(?:go to sleep|sleep) and (?:not|never) wake up\b|\bnot wake up\b",
    # injuries on arms and legs; a whole packet taken
    r"\b(?:cuts|scars|marks|scratches|burns) (?:on|all over) (?:[\w-]+'s|her|his|their) (?:arms?|legs?|wrists?|thighs?|stomach|tummy)\b"
    r"|\b(?:arms?|wrists?|legs?|thighs?|stomach|tummy) (?:are |is )?(?:covered in|full of|all) (?:cuts|scars|scratches|burns)\b"
    r"|\bending (?:her|his|their|my) (?:own )?li(?:fe|ves)\b"
    r"|\b" + _PILLS + r",? (?:all of them|the whole (?:lot|packet|box|bottle))\b",
    # crisis services, ligatures, railways and bridges
    r"\bligature\b|\bnoose\b|\bhang (?:herself|himself)\b|\bcrisis team\b|\bcrisis line\b|\bmental health crisis\b"
    r"|\bcamhs crisis\b|\bsectioned\b|\bsuicide watch\b|\bpsychiatric (?:ward|unit|hospital)\b|\bsamaritans\b|\bpapyrus\b"
    r"|\bon the railway\b|\brailway line\b|\boff (?:a|the) bridge\b|\bon (?:a|the) bridge\b(?=.{0,40}\b(?:found|police|jump))",
    # hopelessness told indirectly: "doesn't see the point", giving things away, goodbye notes
    r"\b(?:doesn't|does not|don't|can't|cannot|didn't) see (?:the|any) point (?:in (?:anything|living|life|going on|it all)|anymore|any more)\b"
    r"|\bgiv(?:ing|en|es|e) (?:away )?(?:all )?(?:his|her|their) (?:stuff|things|belongings|possessions|games|clothes)(?: away)?\b"
    r"|\b(?:everyone|everybody|we|the family|people) (?:would|'d) be (?:better|happier|better off) (?:if|without)\b"
    r"|\b(?:if|when) (?:she|he|they) (?:wasn't|weren't|was not|were not) (?:around|here|alive)\b"
    r"|\bgoodbye (?:letter|note|message)\b|\bsuicide note\b|\bwritten a note\b"
    r"|\b(?:hates?|hated) (?:herself|himself|themselves|her life|his life|their life|being alive)\b|\bwants? it (?:all )?to stop\b|\bdisappear forever\b"
    r"|\bstopped eating\b.{0,60}\b(?:marks|cuts|scars|wrists?|arms?)\b|\bmarks on (?:her|his) (?:wrists?|arms?|thighs?)\b",
    # hurting themselves in other ways: hitting, head-banging, scratching till it bleeds
    r"\b(?:hit|hitting|hits|punch\w*|bang\w*|bash\w*|head-?butt\w*|starv\w*|strangl\w*|chok\w*|bit|biting|bites|pinch\w*) (?:herself|himself|themselves|themself)\b"
    r"|\b(?:bang\w*|hit\w*|bash\w*) (?:his|her|their) head (?:against|on|off) (?:the )?(?:wall|walls|floor|door)\b|\bpunch(?:ed|ing|es)? (?:the )?walls?\b"
    r"|\b(?:scratch\w*|pick\w*) (?:at )?(?:her|his) (?:arms?|skin|legs?|wrists?)\b.{0,30}\b(?:till|until|so) (?:it|they|she|he) (?:bleed|bled|bleeds)\b",
    # methods: something round the neck, a blade to the wrist, jumping
    r"\b(?:scarf|belt|rope|cord|tie|lace|laces|lead|cable|charger|wire|string) (?:tied )?(?:round|around) (?:her|his|their) neck\b|\btied (?:\w+ ){0,2}(?:round|around) (?:her|his|their) neck\b"
    r"|\b(?:knife|blade|razor|scissors|glass|compass|sharpener) (?:to|on|against|into) (?:her|his|their) (?:wrists?|arms?|throat|legs?|skin|neck)\b"
    r"|\bjump(?:ed|ing|s)? (?:off|from) (?:a|the) (?:bridge|roof|building|car park|cliff|balcony|multi-storey)\b"
    r"|\b(?:jump|jumped|step|stepped|walk|walked|run|ran) in front of (?:a|the) (?:train|car|bus|lorry|traffic)\b",
    # a risk to themselves, as doctors put it
    r"\b(?:risk|danger) to (?:himself|herself|themselves|themself)\b(?! (?:on|with|in) (?:that|a|the|her|his|those)\b)|\b(?:risk|danger) of (?:harming|hurting|killing) (?:himself|herself|themselves)\b",
    # means taken away by a frightened parent: "took the belts and knives out of his room"
    r"\b(?:took|take|taken|taking|removed|remove|removing|hid|hide|hidden|hiding|locked|lock|locking) (?:away )?(?:all )?(?:the |his |her |their |any )?"
    r"(?:belts?|knives|blades|razors?|tablets|pills|medicines?|meds|cords?|laces|scarves|ropes?|sharps|sharp things)"
    r"(?: and (?:the |his |her |their |all )?(?:belts?|knives|blades|razors?|tablets|pills|medicines?|meds|cords?|laces|scarves|ropes?|sharps|sharp things))?"
    r" (?:out of (?:his|her|their) (?:room|bedroom)|away from (?:him|her|them)|from (?:his|her|their) (?:room|bedroom))\b",
    # goodbyes, "not worth living", text-speak (unalive, kms)
    r"\b(?:letter|note|message|text|video)(?: [\w']+){0,6} (?:saying|to say|said|says) goodbye\b(?! to (?:miss|mr|mrs|ms|sir|her teacher|his teacher|the class|everyone at|(?:her|his) (?:class|friends|teacher)))|\bsaid (?:her|his|their) goodbyes\b"
    r"|\bnot worth living\b|\bisn't worth living\b|\b(?:life|living)(?: is|'s)? (?:not|isn't) worth\b|\bwhat's the point (?:of|in) (?:living|life|anything|being here)\b"
    r"|\b(?:rather|sooner) (?:be dead|die|not be (?:alive|here|around))\b|\bbe better off dead\b|\bdead than\b"
    r"|\bwish(?:es|ed)? (?:she|he|they|i) could (?:die|disappear|not wake up|sleep forever)\b"
    r"|\b(?:want|wants|wanted|going|gonna|tried|trying) to (?:die|be dead|not be here|not exist)\b|\bunaliv\w*\b|\bkms\b"
    r"|\bsuicid\w*\b|\b(?:wants?|wanted|going|planning|plans|planned) to (?:end it|end (?:her|his|their) li(?:fe|ves)|kill (?:herself|himself|themselves))\b",
    # pills taken with an ambulance or on purpose; searching how many it would take
    r"\b(?:took|taken|swallowed) (?:pills|tablets)\b(?! (?:for|with|as|this|every|twice|three))"
    r"|\b(?:took|taken|swallowed|had) (?:\w+ ){0,3}" + _PILLS + r"(?:\W+[\w']+){0,8}?\W+(?:ambulance|a&e|999|poison\w*|stomach pumped|on purpose|overdose)\b"
    # pills taken in a mental-health crisis: "a bad week with her mental health and she took some tablets"
    r"|\b(?:mental health|depress\w*|low mood|really low|so low|very low|dark place|crisis)\b(?:\W+[\w']+){0,12}?\W+(?:took|taken|swallowed|necked|downed) (?:[\w']+ ){0,3}" + _PILLS + r"\b"
    r"|\bhow many (?:\w+ )?(?:it would take|would it take|would kill|to kill|to overdose|before you die|you need to)\b"
    r"|\b(?:googl\w*|search\w*|looked up|looking up|messages? about|videos? about|asking about) (?:how to|ways to|how many) (?:\w+ ){0,3}(?:die|kill|end|overdose|pills|tablets|hang)\b",
    # swallowing something harmful
    r"\b(?:drank|drunk|swallowed|drinking) (?:some |a bottle of )?(?:bleach|anti-?freeze|cleaning \w+|batteries|washing (?:up )?liquid|something)\b"
    r"|\b(?:a&e|hospital|ambulance|999)\b.{0,50}\b(?:took|taken|swallowed|had) (?:something|some(?:thing)? pills|a load)\b"
    r"|\b(?:took|taken|swallowed) something\b.{0,50}\b(?:a&e|hospital|ambulance|999|stomach pumped)\b|\bstomach pumped\b",
    # typos and habitual forms: "cuting her legs", "wishes he wasnt here"
    r"\b(?:cut+(?:ing|in)|slicing|scratching|burning|carving) (?:her|his|their) (?:own )?(?:arms?|legs?|wrists?|thighs?|skin|stomach|tummy|hips?)\b"
    r"|\bcut+s? (?:her|his|their) wrists?\b|\b(?:been|started|keeps?|is|was) cut+in\b|\bbeen cuting\b"
    r"|\bwish(?:es|ed|ing)? (?:that )?(?:she|he|they|i) (?:wasn't|was not|weren't|were not|hadn't been|had never been|was never|were never|didn't) (?:here|alive|around|born|exist)\b",
    # stockpiling or hiding medicines, told by where they went: "taking stuff from my cupboard ... found the packets"
    r"\b(?:taking|took|taken|takes|nicking|nicked|stealing|stole|pinching|pinched) (?:stuff|things|pills|tablets|meds|medicine|\w+ ?pills) (?:out of|from) (?:my|the|our|her|his|mum's|dad's|nan's|the bathroom) (?:medicine |bathroom |kitchen )?(?:cupboard|cabinet|drawer|box|bag)\b"
    r"|\bfound (?:the |some |loads of |a load of |empty |all the |her |his )?(?:empty )?(?:packets|blister packs?|blister strips|empty boxes)\b(?! of (?:crisps|sweets|biscuits|seeds|stickers|cards|gum|noodles))"
    # "wants to end everything", "in a dark place", "very dark in his mind"
    r"|\b(?:wants?|wanted|wanting|wanna|going to|gonna|tried to|trying to|try to|thinking (?:of|about)|talk\w* (?:of|about)|to) end(?:ing)? (?:everything|it all|all of it|things)\b"
    r"|\bin a (?:really |very |bad |dark )*dark place\b|\bdark (?:in|inside) (?:his|her|their) (?:mind|head)\b"
    # an injury the child owns up to: "scratched it raw and said she did it on purpose", "burnt her hand deliberately"
    r"|\b(?:scratch\w*|cut|cuts|burn\w*|bit|bitten|bruis\w*|bang\w*|pick\w*|hurt|marks?|bleed\w*|bled|raw)\b(?:\W+[\w']+){0,10}?\W+(?:(?:she|he|they|and) )?(?:said|says|admitted|admits|told (?:me|us)|confessed)(?: that)? (?:she|he|they)(?:'d| had)? (?:did|does|do|done|doing) (?:it|this|that|them|it all) (?:on purpose|deliberately|to (?:herself|himself|themselves))\b"
    r"|\b(?:did|done|does|doing|do) (?:it|this|that|them) to (?:herself|himself|themselves)(?: on purpose)?\b"
    r"|\bdeliberately (?:cut|cutting|burn\w*|scratch\w*|hurt\w*|injur\w*|bit|bite|biting|bang\w*)(?: (?:herself|himself|themselves|(?:her|his|their) (?:own )?(?:arms?|legs?|wrists?|skin|hands?|head|face)))\b"
    r"|\bscratch\w* (?:it|them|herself|himself|themselves|(?:her|his|their) (?:arms?|legs?|skin|wrists?|hands?|face)) (?:raw|till (?:it|they|she|he) bled|until (?:it|they) bled)\b",
]


# ---- abuse: physical, sexual, neglect, exploitation, grooming, social care ----
# Injuries a child won't explain; adults around a child who may harm them; a parent.
_INJURY = r"(?:burns?|cigarette burns?|marks?|bruis\w*|cuts?|scratches|scars?|injur\w*|black eye|welts?|bite marks?)"
_HARMER = (r"(?:uncle|cousin|grandad|grandpa|granddad|stepdad|step-dad|stepfather|stepbrother|step-brother|mum's boyfriend|"
           r"her mum's boyfriend|his mum's boyfriend|babysitter|neighbour|family friend|lodger|coach|tutor|brother-in-law|"
           r"dad's (?:friend|mate)|mum's (?:friend|mate))")
_FAMILY_ADULT = r"(?:mum|mam|mom|mother|dad|father|parents?|my mum|my dad|our mum|our dad|their mum|their dad|her mum|his mum|her dad|his dad)"
CATEGORIES["abuse"] = [
    # disclosures and signs: what he did to her, locked out, offers of money, older men, forced marriage
    r"\bwhat (?:he|she|they) did (?:to|2) (?:her|him|them|us|me)\b|\bfor what (?:he|she|they) did\b|\bwhat happened (?:to|with) (?:her|him)\b"
    r"|\blocked (?:her|him|them) (?:out|in)\b|\bin (?:her|his|their) (?:pjs|pyjamas) all night\b|\bthe social\b"
    r"|\b(?:can't|cannot|couldn't|not able to) look after (?:him|her|them)(?: properly)?\b|\bnot coping\b"
    r"|\boffer(?:ed|ing|s)? (?:him|her|them) (?:money|cash|£\d+|\d+ quid|a lift|sweets|vapes?|drugs|weed|gifts?)\b"
    r"|\bcarry a (?:package|parcel|bag)\b|\b(?:1[89]|[2-6]\d)[- ](?:year[- ]old|yr old|yo) (?:man|men|guy|bloke|lad|woman|male)\b"
    r"|\b(?:asking|asked|wants|wanting|trying) (?:her |him )?to meet(?: up| him| her)?\b|\bcalling (?:her|him) (?:beautiful|gorgeous|sexy|babe|baby)\b"
    r"|\btried to (?:grab|drag|snatch|take|pull|lure|get) (?:her|him|them)\b|\bdrag (?:her|him) (?:in|into|in2)\b"
    r"|\b(?:took|taken|taking|has) (?:her|his) passport\b|\b(?:to|2) get married\b.{0,60}\b(?:1[0-7]|only)\b"
    r"|\bmarried\b.{0,30}\b(?:she's|she is|he's|he is) 1[0-7]\b",
    # abuse named; neglect, grooming, sexual abuse; inappropriate touching
    r"\babus\w*\b",
    r"\bneglect\w*\b(?! to )|\bgroom(?:ed|ing|s)?\b(?<!\bthe groom)(?! (?:the |his |her |my |our )?(?:dogs?|horses?|pony|ponies|cats?|hair|eyebrows|parlour|salon))|\bsexual\w*\b|\bmolest\w*\b|\brap(?:e|ed|ist)\b|\bindecent\w*\b|\bpaedo\w*\b|\bpedo\w*\b",
    r"\binappropriat\w*\b(?! (?:shoes|footwear|clothing|clothes|uniform|trainers|coat|jewellery|earrings|hair|nails|time|hour|moment|for the weather))",
    r"\btouch(?:ed|ing|es)? (?:her|him|them|my (?:son|daughter))\b(?! (?:head|hand|shoulder|arm|back))"
    r"|\bprivate parts\b|\bprivates\b|\bdown there\b",
    # images and online contact: nudes, sextortion, older men online
    r"\bsend (?:him |her |them |me )?(?:pictures|photos|pics|nudes|images|videos|selfies)\b|\bnudes\b|\bnaked\b"
    r"|\bsextort\w*\b|\bexplicit\b|\bceop\b|\bchangin?g? rooms?\b|\bshare (?:the |her |his )?(?:photos|pictures|pics|images)\b"
    r"|\b(?:make|made|took|take|taking) (?:a )?(?:photos?|pictures?|pics?|videos?) of (?:her|him)\b",
    r"\b(?:older|grown|adult|much older) (?:man|men|guy|guys|lad|lads|woman|male)\b|\bolder boyfriend\b"
    r"|\bboyfriend (?:who is|is|who's|aged) (?:1[89]|2\d|3\d)\b"
    r"|\b(?:man|men|guy|guys|bloke|lad|lads|boyfriend|fella|male|someone|somebody) (?:(?:who(?:'s| is)|that(?:'s| is)) )?(?:in (?:his|their|her) (?:20s|twenties|30s|thirties|40s|forties|50s|fifties|late teens)|aged (?:1[89]|[2-5]\d))\b"
    r"|\b(?:says?|said|claims?|claimed|reckons) (?:that )?(?:he|a man|a lad|this lad|this man|the lad|the man|some (?:lad|man|guy|bloke)|a guy|a friend|a mate|her boyfriend|his girlfriend|someone|somebody)(?: \w+)? (?:bought|buys|gave|gives|got|paid for|sent) (?:her|him|them|it)\b|\b(?:man|someone|person|stranger) online\b"
    r"|\bmeet (?:up|him|her)\b.{0,40}\b(?:online|man|stranger|met on)\b|\bmet (?:him|her|someone) online\b"
    r"|\b(?:asking|asked|ask|asks|pressur\w+|begging|wants|wanting|demanding|keeps asking) (?:(?:him|her|them) )?(?:for|to send) (?:\w+ )?(?:photos|pictures|pics|nudes|images|videos|selfies)\b"
    r"(?! (?:of|from) (?:the|our|a|his|her|their) (?:trip|play|show|concert|event|class|day|nativity|sports day|match|assembly|party|residential|visit|holiday|school)\b| for (?:the|her|his|a) (?:scrapbook|project|homework|album|yearbook|website|newsletter)\b)"
    r"|\b(?:asking|asked|demanding|begging|wanting|wants|pressur\w+) (?:for )?(?:\w+ )?(?:photos|pictures|pics|nudes|images|selfies|videos) (?:off|from) (?:him|her|them)\b"
    r"|\b(?:teacher|coach|tutor|ta|teaching assistant|instructor|leader|man|men|adult|someone older|stranger|"
    r"manager|youth worker|driver)(?: \w+){0,4} (?:sending|messaging|texting|contacting|dm'?ing|snapchatting|following|adding) (?:her|him|my)\b"
    r"|\b(?:messag\w*|text\w*|snapchat\w*|call\w*) (?:her|him) (?:late at night|at night|in the night|at \d+ ?am)\b"
    r"|\bmet (?:on|through|via) (?:snapchat|instagram|insta|tiktok|facebook|online|the internet|a game|roblox|fortnite|discord|whatsapp|an app)\b",
    # hitting the child, and the marks it leaves
    r"\b" + _HIT + r" (?:her|him|them|my son|my daughter|the kids|the children|the boys|the girls)\b"
    r"(?!\s*(?:head|knee|elbow|face on|on the (?:ball|pitch|field|trampoline|swing)|hand|hands|finger|fingers|thumb|toe|"
    r"toes|foot|leg|ankle|wrist|mouth|tongue|nose|chin|lip|back on|arm on|shin|off (?:his|her) bike|"
    r"(?:back|shoulder|hip|ribs?|knees|hamstring|groin|thumb|elbow|heel)\b(?! on)))",
    r"\b(?:gets|got|been|being|was|is|were|are) (?:hit|beaten|slapped|punched|kicked|smacked|whacked|strangled)\b"
    r"(?! (?:by (?:a|the) (?:ball|car|bus|door|swing)|in the face (?:with|by) (?:a|the) ball)"
    r"| (?:at|in|during|playing) (?:the |a )?(?:rugby|football|cricket|hockey|netball|basketball|match|game|boxing|karate|judo|sparring|training|practice|kickboxing|taekwondo|pe|ju-jitsu|jiu-jitsu)\b"
    r"| out of\b| off (?:the|a)\b)",
    r"\bbruis\w*\b|\bblack eye\b|\bsplit lip\b|\b(?:cut|marks?) on (?:her|his) (?:lip|face|back|neck|arms?|legs?)\b"
    r"|\bbelt on (?:him|her)\b|\bwith (?:a|the|his|her) (?:belt|stick|slipper|cable|wire|wooden spoon|shoe)\b",
    r"\b(?:calls?|calling|called|tells?|telling|told) (?:him|her|them) (?:(?:he|she|they)(?:'s| is| are|'re| was| were) )?(?:worthless|a waste of space|a mistake|unwanted|a burden|evil|the devil)\b"
    r"|\bmakes? (?:him|her|them) sleep (?:on the floor|in the (?:garden|shed|car|hallway|bath|cupboard))\b"
    r"|\bflinch\w* (?:when|if|whenever|every time|at) (?:anyone|anybody|someone|somebody|people|adults?|men|a man|he|i|we|you|(?:her|his) (?:dad|mum|stepdad|father|mother))\b",
    r"\bheavy[ -]handed\b|\b(?:got|gets|getting) physical\b|\bphysical with\b|\blash\w* out at\b|\blaid a hand\b"
    r"|\bhands on (?:her|him)\b|\bput (?:his|her) hands?\b|\bshouted at (?:her|him) all night\b",
    # exploitation: county lines, trafficking, gangs, FGM
    r"\bexploit\w*\b|\bcounty lines\b|\btraffick\w*\b|\bforced (?:marriage|to marry)\b|\bfgm\b|\bcutting ceremony\b"
    r"|\bcuckoo\w*\b|\b(?:carry|carrying|deliver|delivering|sell|selling|run|running|dealing|hold|holding) "
    r"(?:drugs|packages|parcels|weed)\b|\bdrugs for\b|\bin a flat\b|\bnew (?:trainers|phone|clothes) and money\b"
    r"|\bmoney i didn't give\b|\b(?:i|we) (?:never|didn't|did not) (?:bought|buy|give|gave) (?:him|her)\b|\bmak(?:e|es|ing) (?:him|her) (?:carry|hold|deliver|sell)\b|\b(?:made|forced) to (?:carry|hold|deliver|sell)\b|\bmixed up with (?:a |the |some )?(?:wrong|bad|older|dodgy|rough|gangs?|crowd|people|lads|boys|men|drugs|lot)\b|\bbad (?:people|crowd|lot)\b|\bgang\w*\b",
    # home not safe, left alone, no food
    r"\bshouts? at (?:her|him)\b.*\b(?:grabbed|hit|scared|afraid)\b",
    r"\b(?:things|it)(?:'s| is| are|n't| aren't| isn't)? (?:not )?(?:good|great|ok|safe) at home\b"
    r"|\bnot safe at home\b|\b(?:scared|afraid|frightened|doesn't want|won't|refus\w+) (?:to )?go(?:ing)? home\b"
    r"|\b(?:doesn't|don't|won't|refus\w+) (?:want )?(?:to )?go to (?:his|her) (?:dad|father|mum|mother|stepdad)'?s?\b",
    r"\bleft (?:alone|on (?:her|his|their) own) (?:at home|all night|overnight|for days)\b|\bhome alone\b"
    r"|\bno food in the house\b|\bnothing to eat\b",
    # social care and child protection
    r"\bsocial services\b|\bsocial worker\b|\bchild protection\b|\bcp plan\b|\bsection 47\b|\blado\b|\bmash\b"
    r"|\bdsl\b|\bsafeguarding\b|\bchildline\b|\bnspcc\b",
    # keeping a parent away: "don't tell her dad", not allowed to collect
    r"\b(?:please |pls )?(?:don't|do not|dont) (?:tell|give|say|let) (?:his|her|their|the kids'?|my) "
    r"(?:dad|father|mum|mother|ex|stepdad|family|husband)\b|\b(?:don't|do not|dont|not) (?:tell|give) anyone\b"
    r"|\bmat batana\b|\bnot allowed (?:near|to see|to contact|to collect|contact)\b|\b(?:don't|do not) release\b"
    r"|\bnot to be (?:collected|picked up|released)\b|\b(?:don't|do not|dont) let (?:him|her|his dad|their dad|her dad|anyone) "
    r"(?:take|collect|pick)\b|\bkeep (?:him|her|them|\w+) (?:inside|in school) at\b",
    # adults contacting a child in secret, lifts, unexplained gifts and money, social care, cover stories
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
    # an adult doing things to a child, disclosures, injuries the child won't explain
    r"\b(?:does|did|doing|done|do|does) (?:stuff|things|something|bad things|horrible things|weird things|stuff like that) (?:to|with) (?:her|him|them|me)\b"
    r"|\b" + _HARMER + r"(?: \w+){0,5} (?:touch\w*|does things|did things|doing (?:stuff|things)|did stuff|done stuff|made (?:her|him)|makes (?:her|him)|"
    r"(?:comes?|came|going|goes|went|gets|got) (?:in|into) (?:her|his) (?:room|bedroom|bed)|in (?:her|his) (?:room|bedroom|bed)|sleeps? in (?:her|his) bed|hurts? (?:her|him)|hit (?:her|him)|hits (?:her|him))\b"
    r"|\b(?:going|goes|went|gone|comes|coming|came|getting|gets|got|creeps?|crept) (?:in|into) (?:her|his) (?:room|bedroom|bed)(?: \w+){0,2} (?:at night|in the night|when (?:i'm|i am|mum's|her mum's|his mum's) (?:out|at work|asleep))\b"
    r"|\bdisclos(?:ed|ing|ure|es) (?:something|some things|things|that|to|about|stuff)\b|\bmade a disclosure\b"
    r"|\b(?:made|makes|making|forced|forces|forcing) (?:her|him|them) (?:to )?(?:watch|look at) (?:\w+ ){0,3}(?:videos|films|porn|pictures|photos|things|stuff)\b|\bporn\w*\b"
    r"|\bsexting\b|\bsex with\b|\b(?:had|having) sex\b",
    r"\b" + _INJURY + r"\b(?: (?:on|to|all over|round|around) (?:his|her|their) [\w']+(?: [\w']+)?)?.{0,40}\b(?:he|she|they) (?:won't|wouldn't|will not|refuses? to|can't|doesn't want to|is scared to|is too scared to) (?:talk about|explain|say|tell)\b"
    r"|\b" + _INJURY + r"\b.{0,40}\b(?:won't|wouldn't|will not|refuses? to|can't) (?:say|tell (?:me|us)|explain) (?:who|how|what happened|where (?:he|she|they) got)\b"
    r"|\b" + _INJURY + r" (?:on|to) (?:his|her|their) [\w']+(?: [\w']+)?,? (?:she|he) says? (?:it's|its|it was) (?:the cat|the dog|nothing|from)\w*.{0,40}\b(?:don't|do not|not sure|not convinced)\b",
    # locked in, left alone, gone hungry, given a hiding; photos of children; honour-based abuse
    r"\block(?:s|ed|ing)? (?:him|her|them) in (?:his|her|their|a|the) (?:room|bedroom|cupboard|shed|garden|car|bathroom)\b"
    # neglect: back from contact hungry and dirty, not fed, left shut away, kept from sleep and food, made to work
    r"|\b(?:comes?|came|coming) (?:back|home) from (?:contact|(?:her|his|their) (?:dad|father|mum|mother|stepdad|stepmum|step-dad|step-mum)'?s?)\b"
    r"(?:\W+[\w']+){0,8}?\W+(?:starving|hungry|dirty|filthy|unwashed|smelly|smelling|no clean|in the same clothes)\b"
    r"|\b(?:not|doesn't|does not|don't|never|isn't|won't|stopped|forgets? to|forgot to|weren't|wasn't|aren't|haven't been|hasn't been) "
    r"(?:(?:feed\w*|fed) (?:him|her|them|the kids|the children|the baby|(?:her|his|their) (?:kids|children))\b"
    r"(?!\s+(?:the|any|anything|a|an|some|nuts|dairy|gluten|meat|pork|sweets|pudding|chocolate|that|this|until|till|before)\b)"
    r"|(?:been )?given (?:any |no )?(?:food|dinner|tea|breakfast|lunch|meals?|anything to eat)\b(?!.{0,40}\b(?:before|operation|op|surgery|anaesthetic|procedure)\b))"
    r"|\b(?:leaves?|left|leaving|shuts?|shutting|being left)(?: (?:him|her|them|the kids|the children) in (?:his|her|their|the|a) (?:room|bedroom|cupboard|car|garden|shed)\b"
    r"(?: \w+){0,2}? (?:all day|all night|all weekend|for hours|for days|on (?:his|her|their) own|alone|without)\b"
    r"|(?: (?:him|her|them|the kids|the children|the little ones|the baby))? with (?:no ?one|nobody|no adult|no grown-?up)\b)"
    r"|\bnot allowed (?:to )?(?:sleep|go to sleep|eat|have (?:any )?food|have a drink|have (?:dinner|tea|breakfast))(?=\s*$|\s*[.,!?]|\s+(?:and|or|properly|at night|all day|for|till|until)\b)"
    r"(?!.{0,40}\b(?:before|operation|op|surgery|anaesthetic|blood tests?|fasting|procedure|scan|till after|until after)\b)"
    r"|\b(?:(?:forced|forces|forcing|makes|made|making) (?:him|her|them)|(?:he|she|they)(?:'s|'re| is| are| was| were| has been| have been| gets| got)? (?:being |been )?forced) (?:to )?work\b(?! (?:from home|on (?:his|her) (?:reading|spellings|maths|homework)|hard))"
    r"|\b(?:leaves?|left|leaving) (?:him|her|them|the kids|the children|the baby|(?:her|his|their|the|my) (?:kids|children|little ones|baby|son|daughter|boys|girls)) (?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))\b(?! (?:for a (?:few|couple of) minutes|to (?:sleep|rest|play)))"
    r"|\b(?:nobody|no one|no-one|noone)(?:'s been|'s| is| has been| was| were)? (?:feeding|feeds|fed|looking after|looks after|caring for|cooking for|making (?:him|her|them) food|there for) (?:him|her|them|the kids|the children|the little ones)\b"
    r"|\b(?:left|leaves|leave|leaving) (?:[\w']+ ){1,4}(?:on (?:his|her|their) own|alone|home alone|by (?:him|her|them)sel(?:f|ves)) (?:all (?:day|night|weekend)|overnight|over the weekend|for (?:days|hours|the (?:weekend|night|whole day)|\d+ (?:days|nights|hours)|two days|two nights))\b"
    r"|\b(?:hungry|starving)\b.{0,50}\b(?:nobody|no one|no-one|noone)(?:'s| is| was)? (?:home|in|there|around|at home)\b|\b(?:nobody|no one|no-one|noone)(?:'s| is| was)? (?:home|at home)\b.{0,50}\b(?:hungry|starving|no food|nothing to eat)\b"
    r"|\bno (?:electric\w*|gas|heating|money|hot water) and no food\b|\bno food and no (?:electric\w*|gas|heating|money)\b|\bno food in the (?:house|flat|fridge|cupboards?)\b"
    r"|\b(?:no|without) food (?:all|for|in|at|over)\b|\b(?:had|have|has|got) no food\b|\bgoes? hungry\b|\bnot (?:been )?fed\b|\b(?:starving|starved) (?:him|her|them)\b"
    r"|\bgave (?:him|her|them) a (?:good )?(?:hiding|beating|battering|slap|smack|thump|kicking|clip round the ear)\b"
    r"|\bpull(?:s|ed|ing)? (?:her|his) hair\b|\bdrag(?:s|ged|ging)? (?:him|her|them) (?:by|across|out|up|down|along|round)\b"
    r"|\b(?:man|someone|somebody|stranger|adult|men|people) (?:\w+ ){0,3}(?:taking|took|filming|filmed) (?:photos|pictures|pics|videos?) of (?:the )?(?:kids|children|her|him|them|girls|boys|pupils)\b"
    r"|\b(?:sent|sending|sends|send) (?:her|him|them|my (?:son|daughter)) (?:\w+ ){0,2}(?:pictures|photos|pics|nudes|images|videos|selfies) of (?:himself|herself|themselves)\b"
    r"|\bhand ?prints?\b|\bfinger ?marks\b|\bslap marks\b"
    r"|\b(?:comes?|came|coming) (?:back |home )(?:with )?(?:money|cash|wads|new (?:phone|trainers|clothes)|gifts|designer)\b"
    r"|\bhonou?r[- ]based\b|\btaken abroad to (?:be |get )?marr\w+\b",
    # made to do or watch things
    r"\b(?:made|makes|making|forced|forces|forcing|got|gets|pressured|pressures|pressuring) (?:her|him|them) (?:to )?(?:do|touch|watch) "
    r"(?:things|stuff|bad things|horrible things|weird things|sexual \w+|stuff (?:to|with)|things (?:to|with)|him|his)\b",
    # an adult drawing a child in: "the man from the flat upstairs keeps asking her in"
    r"\b(?:man|men|bloke|guy|neighbour|someone|somebody|stranger|older (?:man|lad|lads|boys|men)|lodger)\b(?: [\w']+){0,6} (?:keeps? |kept |has been |been |is |was |always )?"
    r"(?:asking|inviting|calling|beckoning|trying to get|getting|telling) (?:her|him|them) (?:to come )?(?:in|inside|round|over|up|into (?:his|the|a) (?:flat|house|car|van|room))\b"
    # neglect by a drinking or using parent, children going without
    r"|\b" + _FAMILY_ADULT + r"(?:'s| is| has been| keeps?| been| was)? (?:drinks?|drinking|drunk|on (?:the )?(?:drink|drugs|gear|booze)|using|high|off (?:her|his) (?:face|head))"
    r"(?: [\w']+){0,2} (?:all day|every day|every night|all the time|constantly|24/7|from morning|all weekend|again)\b"
    r"|\b(?:kids|little ones|children|younger ones|babies|they|the baby)(?: are| have been| been|'re| keep)? (?:going|go|gone) without\b(?! (?:a |her |his |their )?(?:coat|jumper|pe|kit|breakfast club|screens?|phones?|tablets?))"
    r"|\b(?:no|without) clean (?:clothes|uniform|underwear|pants) (?:for|in) (?:a |over a |nearly a |about a )?(?:week|weeks|fortnight|days|\d+ days|\w+ days)\b"
    # taken abroad against their will (forced marriage, FGM)
    r"|\b(?:he|she|they|dad|father|mum|mother|family|uncle|relatives|grandparents)(?:'ll| will| is going to| are going to| wants? to| threaten\w* to| might| could| plans? to| planning to) "
    r"(?:take|send) (?:her|him|them)(?: [\w']+){0,4} (?:abroad|overseas|out of the country|back home)\b"
    # singular and adjectival: "a nude pic of her"
    # neglect told by a relative: "their mum's not been around for days", "they come to mine hungry every day"
    r"|\b" + _FAMILY_ADULT + r"(?:'s| has| is| hasn't| have| haven't)? (?:not |never |hardly )?(?:been )?(?:around|about|seen|home|at home|in the house)(?: (?:at all|much))? "
    r"(?:for|in) (?:days|weeks|nights|a (?:few|couple of) (?:days|nights)|\d+ (?:days|nights)|two (?:days|nights)|three (?:days|nights)|a week|over a week|a fortnight)\b"
    r"(?!.{0,40}\b(?:working|works|work|away on|offshore|deployed|on tour|on a course|in hospital|holiday|abroad|trip|conference|nights shifts?|night shifts?))"
    r"|\b(?:come|comes|coming|came|turn(?:s|ing)? up|turned up|arriv\w+|show(?:s|ing)? up) (?:to|round|at|into|in to|over to) (?:mine|ours|my (?:house|place|flat)|our (?:house|place|flat)|school|the door|my door|next door)"
    r"(?: [\w']+){0,2}? (?:starving|hungry|famished|unwashed|filthy|in the same clothes)\b(?= (?:every|each|most|all|again|and|most)\b)"
    r"|\bnude\b(?! (?:tights|colou?r|lipstick|shoes|heels|nails?|polish|make-?up|shade|tone|leotard))",
]


# ---- domestic_violence: harm between adults at home, orders, refuges ----
# Partners and adults at home who can be the source of domestic violence.
_ADULT = (r"(?:ex|ex-partner|ex-husband|partner|husband|dad|daddy|father|stepdad|step-dad|stepfather|step-father|"
          r"boyfriend|mum's boyfriend|stepmum|step-mum|uncle|abbu|baba)")
CATEGORIES["domestic_violence"] = [
    # court and contact orders, refuges, fleeing
    r"\b(?:court|contact|custody|non-mol|prohibited steps) order\b|\b(?:isn't|is not|not|isnt) allowed (?:any )?contact\b"
    r"|\bno contact (?:with|order)\b|\bsupervised contact\b",
    r"\bdomestic (?:violence|abuse|incident|situation)\b|\bdv\b|\brefuge\b|\bwom[ae]n'?s aid\b|\bwomen aid\b|\bsafe house\b"
    r"|\bemergency (?:housing|accommodation)\b|\bmarac\b|\bidva\b",
    r"\bfled\b|\bflee\w*\b|\bnon[- ]?mol\w*\b|\b(?:restraining|protection|occupation|prohibited steps) order\b|\binjunction\b",
    # a partner or ex hitting, threatening or turning up
    r"\b(?:my|the kids'?|their|his|her) " + _ADULT + r"(?: \w+){0,5} (?:hit|hits|hitting|beat|beats|attacked|assaulted|"
    r"threatened|threatening|hurt|strangled|choked|punched|kicked|pushed|shoved|slapped|"
    r"(?:turned|turning|turns) up (?:at|outside|drunk|unannounced|uninvited|again|in the night|banging)|broke in|"
    r"broke (?:down )?(?:the |our |my )?(?:door|window|windows|tv|phone|lock|glass)|smashed|violent|"
    r"drunk|kicked off|broke things|break things|breaking things|got physical|went for|kicking the door|"
    r"was arrested|got arrested|has been arrested)\b(?! (?:a|an)\b| (?:his|her|their) (?:head|hip|back|knee|leg|ankle|foot|wrist|shoulder|neck)s?\b)",
    # trouble because of the ex; "he hit me"
    r"\bbecause of (?:my|their|the kids'?|her|his) (?:ex|partner|husband|dad|stepdad|boyfriend|father)\b"
    r"|\b(?:happened|going on|trouble|problems|issues) (?:with|at home with) (?:my|his|her|their) (?:ex|partner|husband|dad|stepdad|father|boyfriend)\b",
    r"\b(?:he|father|dad|husband|partner|ex|boyfriend|stepdad) (?:hit|hits|beat|beats|attacked|hurt|strangled|choked|"
    r"punched|kicked|threatened|pushed|slapped|broke|break)\b.{0,15}\bme\b|\b(?:hit|hits|beat|hurt|attacked|threatened|strangled) me\b",
    # hiding, escaping, leaving in the night; violence named
    r"\bhiding from\b|\bescap\w+ (?:from )?(?:him|my ex|my partner|my husband)\b|\bget (?:them|the kids|us|her|him) away from\b"
    r"|\bhad to leave (?:the house|home|in the night)\b|\bleft (?:him|my husband|my partner) last night\b"
    r"|\bviolent\b|\bviolence\b|\bthreatened to kill\b"
    # trouble at home told loosely: "things kicked off with her dad again", "it all kicked off at home"
    r"|\b(?:things|it|it all|everything|all hell)(?: all)? (?:kicked|kicking|kicks|kick|broke|breaking) (?:off|loose) (?:again )?(?:last night |this morning |at the weekend )?"
    r"(?:with (?:my|her|his|their|the kids'?) " + _ADULT + r"\b|at home\b|in the house\b|at (?:ours|our house|home) (?:with|between)\b|between (?:me|us|her (?:mum|dad)|his (?:mum|dad)|my (?:ex|partner|husband)))"
    # securing the home against someone: "I've had to change the locks", "got the locks changed since he came back"
    r"|\b(?:had to|have to|having to|'ve had to|have had to|need to|needed to) (?:get |have )?(?:the |our |all the )?locks? chang\w*\b|\b(?:had|got|getting|get|having) (?:the |our |all the )?locks? changed\b"
    r"|\b(?:had to|have to|having to|'ve had to|have had to|need to|needed to|i've|i have|we've|we have|i|we) chang\w* (?:the|our|all the) locks\b"
    r"|\bhe(?:'s| has| had)? (?:got violent|got nasty|turned nasty|went for me)\b"
    r"|\b(?:dad|father|stepdad|step-dad|stepfather|partner|husband|ex|boyfriend)(?:'s| has| had)? (?:kicked off|kicking off|went mad|gone mad|lost it|lost his temper|got violent|got nasty|turned nasty|went for me|was drunk)\b(?!.{0,40}\b(?:ref|referee|match|game|football))",
    # child arrangements, contact centres, supervised contact, hostels
    r"\bchild arrangements? order\b|\bcontact cent(?:re|er)\b|\bspecial guardianship\b|\bcourt (?:has |have )?(?:said|says|ordered)\b"
    r"|\bsupervised (?:visits?|contact|access)\b|\b(?:not|isn't|is not|shouldn't|should not|mustn't) (?:allowed|supposed|meant|permitted) to (?:have contact|collect|pick (?:her|him|them) up|see (?:her|him|them)|come near)\b"
    r"|\b(?:can't|cannot|can not) have contact\b|\bincident at home\b|\btemporary accommodation\b|\b(?:went|gone|moved|staying) (?:in|to|into) (?:a )?(?:hostel|shelter)\b",
    # he mustn't know where we are
    r"\b(?:he|him|my ex|their dad|their father|her dad|his dad|the kids' dad|my husband|my partner|anyone)(?:'s| is)? (?:can't|cannot|can not|mustn't|must not|shouldn't|doesn't|does not|won't|must never) "
    r"(?:know|find out|be told|be given) where (?:we|i|the kids|they)(?:'re| are| am| live| have gone| are staying| moved)\b"
    r"|\b(?:don't|do not|please don't|never) (?:tell|give) (?:him|anyone|their dad|her dad|his dad|my ex) (?:where we|our (?:new )?address)\b",
    # he hit me; scared of the ex; left because of him; coercive control
    r"\b(?:he|she|my ex|my partner|my husband|my boyfriend|their dad|their father|the kids' dad)(?:'s| has| had| have)? (?:\w+ )?"
    r"(?:hit|hits|beat|beats|beat up|punched|kicked|strangled|choked|pushed|shoved|slapped|threatened|attacked|assaulted|broke|broken|raped|bit|dragged|spat at|"
    r"(?:threw|throwing|throws|chucked|chucking|lobbed) (?:[\w']+ ){1,2}at) "
    r"(?:me|us|my (?:arm|nose|ribs|jaw|wrist|fingers?|phone))\b"
    r"|\b(?:scared|afraid|frightened|terrified|petrified) (?:of|for my life because of) (?:my|her|his|their|the kids') " + _ADULT + r"\b"
    r"|\b(?:left|leave|fled|had to go|moved out|gone to (?:my|a) \w+|staying (?:at|with) (?:my|a) \w+)(?:\W+[\w']+){0,6}?\W+(?:because of|to get away from|away from) (?:him|my (?:ex|husband|partner|boyfriend)|(?:their|her|his) (?:dad|father))\b"
    r"|\bcoercive\b|\bcontrolling (?:behaviou?r|relationship|partner|ex|husband|boyfriend)\b"
    r"|\b(?:call|called|calling|ring|rang|ringing|phone|phoned) (?:the )?(?:police|999|cops) on (?:my|their|her|his|the kids'?) " + _ADULT + r"\b"
    r"|\b(?:he|my ex|my partner|my husband|my boyfriend|their dad|their father|the kids' dad|her dad|his dad)(?:'s| is| has been| was| been| being| can be)? (?:very |really |so |always |too |getting )?controlling\b(?! about)"
    r"|\b(?:we|i|me and the kids|the kids and i|me and the children) (?:had|have|needed) to (?:get out|flee|escape|run (?:away )?from (?:him|my ex|my partner|my husband|their dad))\b"
    r"(?! (?:of )?(?:the )?(?:car|bus|train|taxi|pool|water|way|class|early|quick\w* to|at \d))"
    r"|\b(?:he|my ex|their dad)(?:'s| has| is)? (?:been )?(?:threatening|harassing|stalking) (?:me|us)\b",
    # "my partner tried to choke me", "my husband he is beating me", "he was going for me", "ex has been stalking us"
    r"\b(?:my|their|the kids'?|her|his) " + _ADULT + r"(?: \w+){0,5} " + _HIT + r" (?:me|us)\b"
    r"|\b(?:hitting|beating|punching|kicking|choking|strangling|slapping|hurting|attacking|battering|throttling|headbutting) me\b"
    r"|\b(?:tried|try|trying|tries) to (?:choke|strangle|kill|stab|throttle|suffocate|run over) me\b"
    r"|\b(?:he|she|my ex|my partner|my husband|their dad|dad)(?:'s| was| is| were| keeps?| kept| started)? (?:going for|coming at|came at|comes at|lunged at|lunging at|went for) (?:me|us|mum|my mum)\b"
    r"|\b(?:my |the |their |her |his |the kids'? )?(?:ex|ex-partner|ex-husband|ex-wife)(?:'s| has| is| keeps?| kept)? (?:been )?(?:stalking|harass\w*|threatening|hounding|following) (?:me|us)\b",
    # the victim named first: "mum got battered by her boyfriend", "I was hit by my ex"
    r"\b(?:mum|mam|mom|mother|my mum|our mum|their mum|his mum|her mum|me|i)(?:'s| has| was| got| gets| getting| been| is| had)* (?:been )?"
    r"(?:battered|beaten|beaten up|hit|punched|attacked|strangled|choked|assaulted|kicked|slapped|pushed|threatened|hurt|raped) by (?:my|her|their|his|our|the kids'?)? ?(?:" + _ADULT + r"|fella|bloke|fiance)\b"
    r"|\b(?:not safe|unsafe)(?: [\w']+){0,4} with (?:my|their|his|her|the kids'?) " + _ADULT + r"\b",
]


# ---- afraid: scared to come in, followed, watched, threatened ----
CATEGORIES["afraid"] = [
    # scared to come in or go out; followed; hanging around the gates
    r"\b(?:too )?(?:scared|afraid|frightened|terrified|petrified) to (?:take|get|catch|use|walk|go|come|leave|be|sleep|see)\b"
    r"|\b(?:been )?seen (?:outside|near|hanging around|waiting (?:outside|at|near)) (?:the )?(?:school|gates?|house|our house)\b"
    r"|\bhanging (?:around|about) (?:outside )?(?:the )?(?:school|gates?)\b|\bfollow(?:ed|ing|s) (?:her|him|them)\b",
    r"\b(?:scared|afraid|frightened|terrified|petrified|too scared|fear(?:ful)?|nervous|anxious)(?: stiff)? (?:to|of) (?:come|coming|go|going"
    r"|get|getting|be|walk|walking|leave|leaving|return|returning)(?: in| back| to school| into school| out| home)?\b"
    r"(?!.{0,20}\b(?:after (?:being|having) (?:ill|off|poorly|sick)|because (?:she|he)'s been (?:ill|off)|exams?))",
    # scared of someone (not the dentist or the dark)
    r"\b(?:scared|afraid|frightened|terrified|petrified) (?:of|because of) (?!the dentist|dentist|needles?|"
    r"injections?|jabs?|the dark|dogs?|spiders?|exams?|tests?|the doctor|doctors?|the nurse|heights|"
    r"thunder|the injection|the jab|blood|hospitals?|the hospital|getting|it\b|(?:that|this)(?=\s*(?:$|[.,!?]))|the (?:op|operation|procedure|appointment|scan|x-ray|injection|brace|fillings?)\b|being late|missing|the (?:test|exam|results)|"
    r"falling behind|the wasp|wasps|bees?|the vaccine|vaccines?|catching|swimming|the water|flying|the dark)\w+",
    r"\b(?:scared|afraid|frightened|terrified),? (?:some|the|a|they|he|she|older|these|this|that) (?!dentist|doctor|(?:(?<=he )|(?<=she )|(?<=they ))(?:'ll |will |might |'d |would )?(?:have to have|need (?:an?|another|more|to have)|be sick|throw up|fail|fall behind|get (?:told off|behind)|miss)\b)",
    r"\b(?:he|she|they)(?: is|'s| are|'re| was| were)(?: so| really| very)? (?:scared|terrified|petrified|frightened)\b"
    r"(?! of (?:the dentist|needles|the dark|spiders|dogs|exams?|the injection|it\b|(?:that|this)(?=\s*(?:$|[.,!?]))|the (?:op|operation|procedure|appointment|scan|x-ray|filling|brace)\b)| (?:she|he|they)(?:'ll| will| might|'d| would)? (?:have to have|need (?:an?|another|more|to have)|be sick|throw up|fail|fall behind|get (?:told off|behind)|miss)\b)",
    # won't come in because of someone
    r"\bwon't (?:go|come|get on the bus) (?:in |to school )?because of (?!the weather|snow|illness|(?:her|his) (?:cold|cough|tummy))"
    r"|\bbecause of (?:the|some|a|these|those|this) (?:boys?|girls?|lads?|kids?|man|men|gang|older)\b",
    # feeling unsafe
    r"\bfeels? unsafe\b|\bnot safe\b|\bunsafe\b|\b(?:doesn't|don't|does not) feel safe\b|\bfor (?:his|her|their) (?:own )?safety\b"
    r"|\bscared for (?:him|her|them|my)\b|\bfear for\b|\bshaken up\b|\bin fear\b",
    # someone waiting for them
    r"\b(?:waiting|wait|waited) (?:for )?(?:him|her|them) (?:after|outside|at|by|near|every|on the way)\b"
    r"|\bwaiting (?:for him |for her )?(?:at|outside) the (?:gates?|school|bus stop)\b"
    r"|\b(?:boys?|girls?|lads?|kids|gang|group|older \w+|year \d+s?)\b(?: [\w']+){0,5} (?:were |was |are |is |keep |keeps |kept |been |have been )?(?:waiting|hanging around|lying in wait|lurking) (?:for|to get) (?:him|her|them)"
    r"(?: (?:again|every (?:day|morning|night)|after school|at the (?:gates?|bus stop|end of the road)|outside (?:school|the (?:gates?|house|shop))|on the way (?:home|in|to school)))",
    r"\bwon't get on the bus\b|\bscared to (?:leave|go out)\b",
    # followed, watched, stalked
    r"\b(?:car|van|man|men|someone|somebody|person|people|stranger|guy|lads?|boys?|group)\b(?: \w+){0,3} (?:has been |have been |was |were |keeps? |kept |been )?(?:following|followed|watching|stalking|photographing)\b"
    r"|\bfollow(?:ed|ing|s)? (?:her|him|them|\w+) (?:home|to school|from|on (?:her|his|their) way|into|down|along)\b|\bstalk\w*\b"
    r"|\bkeeps? (?:turning|showing) up (?:at|outside|near)\b|\b(?:man|men|someone|somebody|stranger|car|van)(?: \w+){0,3} (?:hanging around|lurking|loitering|waiting|parked) (?:outside|near|by|at|round)\b"
    r"|\b(?:too )?(?:shaken|shook up|traumatised|freaked out)\b.{0,40}\b(?:follow\w*|man|stranger|attack\w*|threat\w*)\b"
    r"|\b(?:they'll|they will|going to|gonna) (?:get|jump|batter|do) (?:him|her|them)\b(?! (?:prom|new|school|uniform|hair|haircut|nails|ears|booster|jabs?|vaccin\w*|glasses|dress|coat|shoes|trainers|tested|checked|seen|measured|fitted|ready|dressed|a|an|some|to|in at|back|home|from school|registered)\b)",
    # threats to hurt them; waiting for them; won't say why they're crying
    r"\b(?:boys?|girls?|lads?|kids?|they|he|she|someone|somebody|a group|gang|people|year \d+s?)\b(?: \w+){0,3} (?:said|says|say|told (?:him|her)|threatened|keeps? saying)"
    r"(?: that)? (?:they|he|she|they're|he's|she's)(?:'ll| will| would|'d| are going to| is going to| going to|'re going to| gonna)? "
    r"(?:hurt|get|beat|batter|kill|stab|jump|smash|punch|hit|do|slash|shoot|find|come for|come after) (?:him|her|them|him up|her up)\b"
    r"|\b(?:scared|afraid|frightened|terrified|worried|petrified) (?:that )?(?:they|he|she|someone|the (?:boys|girls|lads))(?:'ll| will| might| are going to| is going to| could) "
    r"(?:hurt|get|beat|jump|attack|stab|hit|find|come after|do something to) (?:him|her|them)\b"
    r"|\bwait(?:s|ed|ing)? (?:at|outside|by|near|round) (?:the )?[\w']+(?: [\w']+)? for (?:him|her|them)\b"
    r"|\b(?:boys|girls|lads|kids|they|someone|somebody|people|a gang|the gang|older (?:boys|girls|kids|lads))(?:'ll| will| are going to| gonna|'re going to| going to| would| want to| wanna) "
    r"(?:kill|stab|hurt|beat|batter|get|jump|shoot|slash|smash|do) (?:him|her|them)(?: in| up)?\b(?! (?:a|an|some|one|something|anything|to|from|at|back|home|there|ready|dressed|for|his|her|their)\b)"
    r"|\b(?:doesn't want to|won't|will not|refuses? to|refusing to|scared to|afraid to|frightened to) (?:come|go|be)(?: in| into school| to school| there)? (?:while|when|if|because) "
    r"(?:that|the|a|this|mr|mrs|miss|ms|sir|her|his) (?:[\w']+ ){0,2}(?:is|are|'s|will be) (?:there|in|around|on duty|teaching|back)\b"
    r"|\b(?:won't|wouldn't|will not|can't|refuses to) (?:say|tell (?:me|us)) why\b.{0,40}\b(?:cr(?:y|ies|ying)|scared|sobbing|shaking|terrified)\b",
    # someone hanging around outside
    r"\b(?:man|men|someone|somebody|stranger|car|van|guy|bloke|lads?|boys?|group)(?: \w+){0,3} (?:hanging|hangin|lurking|loitering|waiting|sat|sitting|parked)(?: a?round| about)? (?:outside|near|by|at|round)\b",
    # fearing a person (non-native "he fear a boy"); a threat that they know where the child lives
    r"\bfears? (?:of )?(?:a|the|some|that|this|these|those) (?:\w+ )?(?:boys?|girls?|lads?|kids?|man|men|gang|pupils?|students?)\b"
    r"|\b(?:they|he|she|someone|somebody|boys|girls|lads|kids|people|a gang|the gang)(?:'ve| have| has)? (?:know|knows|found out|find out) where (?:he|she|they|we|you) (?:lives?|live|is staying|are staying|sleeps)\b",
    # fears of a family member
    r"\bfears? (?:that )?(?:her|his|their|my|the) (?:dad|father|mum|mother|stepdad|uncle|brother|family|ex|partner|boyfriend)\b",
]


# ---- bullying: peers hurting, threatening or shaming a child, online too ----
CATEGORIES["bullying"] = [
    # pushed, picked on by the same group, injuries from other children
    r"\bpushed (?:him|her|them) (?:off|down|over|into|in|against|out)\b|\bpushed off\b|\b(?:been|are|is|were|they're) after (?:him|her|them)\b"
    r"|\bthe same (?:boy|boys|girl|girls|lads?|kids?|group|gang)\b|\bset(?:ting)? fire to\b|\blighters?\b"
    r"|\bcame home with (?:injuries|a bloody nose|a black eye|a cut|cuts|bruises|(?:his|her) (?:\w+ ){0,2}(?:ripped|torn|broken))\b"
    r"|\bbloody nose\b|\b(?:said|says|claims|told me) (?:he|she) fell\b|\b(?:made|making|set up|started|created) a (?:poll|page|group|account|chat) (?:about|on|of)\b"
    r"|\brating (?:girls|boys)\b|\b(?:injuries|injured|hurt) (?:from|by) (?:a|the|some|same|two|three|\w+) (?:boys?|girls?|lads?|kids?|year)\b",
    # bullying, threats and weapons named
    r"\bbull(?:y|ied|ies|ying|yed)\b|\bbulli\w*\b",
    r"\bthreat\w*\b|\bthretn\w*\b|\bstab(?:s|bed|bing|bings|ber|bers|by)?\b|\bknife\b|\bknives\b|\bweapon\w*\b|\bmachete\b|\bblade\b|\bshank\w*\b",
    # attacked, beaten up, jumped, spat on
    r"\bbeaten up\b|\bbeat (?:him|her|them) up\b|\bbatter (?:him|her)\b|\bjump(?:ed|ing)? (?:him|her)\b|\bjumped on\b"
    r"|\b(?:get|gettin|getting|got) jumped\b|\battack\w*\b|\bassault\w*\b|\bspat on\b|\bspitting on\b",
    # harassment, nasty messages, images shared
    r"\bharass\w*\b|\bcyber\w*\b|\btroll(?:ed|ing)\b|\b(?:nasty|horrible|abusive|vile|disgusting|hateful|threatening|awful) "
    r"(?:messages|comments|texts|stuff|things|posts|names|videos?)\b|\bmessages? (?:saying|telling)\b"
    r"|\bcalling (?:her|him) names\b|\bcalled (?:her|him) (?:names|a)\b|\bfake (?:account|profile)\b",
    r"\bposted (?:videos?|photos?|pictures?|pics?|stuff|things|a video)\b|\bvideos? of (?:him|her|\w+) (?:getting|being)\b"
    r"|\b(?:sent|sending|shared|sharing|passed) (?:round|around) (?:a |the )?(?:video|photo|picture|pic)s?\b|\bleaked\b"
    r"|\b(?:shared|sharing|posted|posting|sent|sending|spread|spreading|circulat\w+) (?:\w+ )?(?:pictures|photos|pics|videos?|images|screenshots) of (?:her|him|them)\b",
    # picking on, taking belongings, hate crime
    r"\bpicking on (?:him|her)\b|\bpicked on\b|\bgang(?:ing|ed|s)? up\b|\bcornered (?:him|her|them)\b|\bkeep (?:hitting|pushing|kicking|punching|taking)\b"
    r"|\b(?:take|took|taking|takes|stole|steal\w*) (?:his|her) (?:money|phone|lunch money|dinner money|bag)\b.{0,30}\b(?:boys|girls|lads|they)\b"
    r"|\b(?:boys|girls|lads|they) (?:\w+ ){0,4}(?:take|took|taking|takes) (?:his|her) (?:money|phone|lunch money|dinner money)\b"
    r"|\bhate crime\b|\bracis\w*\b|\bhomophob\w*\b",
    # name-calling, rumours, filming, told to kill themselves, a group that keeps at it
    r"\bcall(?:s|ed|ing)? (?:him|her|them) (?:gay|fat|ugly|a (?:slag|slut|freak|terrorist|paki|retard)|slag|slut|freak|retard|the n word|racist names|nasty names)\b"
    r"|\bspread(?:s|ing)? (?:rumours|lies|stuff|things|pictures|photos)\b"
    r"|\b(?:film|filmed|filming|recorded|recording) (?:him|her|them|it) (?:being|getting)\b"
    r"|\b(?:put|posted|posting|uploaded|uploading|shared|sharing) (?:it|them|that|a video|videos|photos|pics|pictures) (?:of (?:him|her|them) )?(?:online|on (?:snap\w*|tiktok|insta\w*|youtube|whatsapp|facebook|the group chat))\b"
    r"|\b(?:kill yourself|kys|go die|unalive yourself)\b|\bhappy slap\w*\b"
    r"|\b(?:boys|girls|lads|kids|they|a group|older (?:boys|girls|kids)) (?:keep|keeps|kept|have been|are|were) (?:pushing|hitting|kicking|punching|tripping|spitting at|following|laughing at|filming|pinning|cornering|chasing) (?:him|her|them)\b",
    # "getting battered on the way home", "head kicked in", "pinned him down", "they ... stole his phone"
    r"\b(?:gets|got|get|getting|been|being|was|were) (?:battered|jumped|mugged|robbed|beaten up|stabbed|slashed|glassed|headbutted|bottled|punched|kicked|slapped)\b"
    r"(?! (?:at|in|by|during) (?:the )?(?:rugby|football|cricket|hockey|match|game|final|quiz|bug|cold|flu|virus|traffic|boxing|karate|judo|sparring|training|practice|kickboxing|taekwondo|pe)\b"
    r"| by (?:a|an|the|our|my|his|her|next door's) (?:\w+ )?(?:horse|pony|dog|cow|goat|sheep|donkey|baby|toddler)\b| out of (?:the|a|his|her)\b| off (?:the|a)\b)"
    r"|\b(?:head|face|teeth) (?:kicked|smashed|punched) in\b|\b(?:kicked|smashed|punched) (?:his|her|their) (?:head|face|teeth) in\b"
    r"|\b(?:pinned|pinning|held|holding) (?:him|her|them) (?:down|against|up against|to the (?:ground|floor|wall))\b"
    r"|\b(?:they|boys|girls|lads|kids|someone|a group|older (?:boys|girls|lads|kids))\b(?: \w+){0,4} (?:stole|nicked|robbed|snatched|mugged|took|threw|throw|throws|throwing|chuck\w*|ripped|rip|rips|ripping|smash\w*|hid|hide|hides|hiding) (?:his|her|their) (?:phone|money|bag|bike|trainers|coat|lunch|dinner money|lunch money|stuff|things|books|glasses|work|shoes|pencil case)\b",
    # fake accounts and chats set up to mock: "a fake instagram of her", "group chat ... to slag off"
    r"\bfake (?:insta\w*|ig|snap\w*|tiktoks?|facebook|fb|accounts?|profiles?|pages?)\b"
    r"|\bslag(?:ging|ged|s)? (?:[\w']+ ){0,2}?off\b|\bslagging\b"
    r"|\b(?:group chats?|page|account|chat)\b(?: [\w']+){0,5} (?:set up|made|started|created) (?:just )?(?:to|about|for)\b"
    r"|\b(?:nasty|horrible|abusive|vile|disgusting|hateful|embarrassing|edited|fake|rude) (?:pics?|pictures?|photos?|images?|memes?)\b"
    r"|\b(?:pictures|photos|pics|videos?|images|screenshots|nudes|memes) of (?:her|him|them)(?: [\w']+){0,4} (?:being |been |getting |got |were |was |are |is |have been |has been )?(?:shared|sent|passed|posted|spread|circulat\w+|going (?:round|around))\b"
    r"(?! (?:on|in) (?:the )?(?:school|newsletter|website|class dojo|dojo|tapestry|seesaw|class page|year book|yearbook))"
    r"|\b(?:shared|sharing|posted|posting|sent|sending|spread|spreading|circulat\w+|passing|passed) (?:[\w']+ ){0,2}(?:picture|photo|pic|video|image|screenshot)s? of (?:her|him|them)\b",
]


# ---- police: the police, arrests, courts and custody ----
CATEGORIES["police"] = [
    # prison and charges; the police and arrests; youth justice
    r"\bprison\b|\bjail\b|\bremand\w*\b|\bbeen charged\b|\bcharged with\b",
    r"\bpolice\w*\b|\bpolis\b|\bcops?\b|\b999\b|\b101\b|\barrest\w*\b|\bin custody\b|\bofficers?\b|\bpcso\b|\bcid\b",
    r"\byouth offending\b|\byot\b|\bcrime (?:ref\w*|reference)(?: number)?\b|\bcrime number\b|\bincident number\b|\bin the cells?\b|\bin a cell\b|\bpicked up by (?:the )?(?:police|cops|feds)\b|\bfeds\b|\bbail\b",
    # young offenders, secure units, bail
    r"\byoung offenders?\b|\byoi\b|\bsecure unit\b|\bbail conditions\b",
    # cautions, slang for the police, detectives
    r"\bunder caution\b|\bcautioned\b|\bcoppers?\b|\bold bill\b|\bthe fuzz\b|\bpo-?po\b"
    r"|\b(?:a |the )?(?:pc|dc|ds|detective)s?(?: \w+){0,2} (?:came|come|coming|called|rang|visited|spoke|wants? to (?:speak|talk|see|interview))\b"
    r"|\b(?:pc|dc|ds|sgt|sergeant|inspector|detective) (?!(?:is|was|the|game|games|keeps?|has|says|said|world|repair|shop|screen)\b)[a-z]+ (?:says|said|has said|told|advised|asked|wants|rang|called|came|is coming)\b",
    r"\bdetectives?\b",
]


# ---- hard negatives: a hit inside one of these spans is explained away ----
# Things cut in crafts and kitchens; belongings a child forgets (not the child).
_CRAFT = r"(?:paper|pictures|photos|shapes|card|cardboard|hair|fringe|grass|hedge|nails|veg\w*|onions|cake|fabric|teeth|tooth|corners)"
_ITEMS = (r"(?:shoes?|trainers|boots|coat|bag|phone|kit|jumper|blazer|books?|reading book|lunchbox|bottle|glasses|hat|letter|"
          r"form|slip|jacket|keys|homework|tie|scarf|gloves|watch|cardigan|hoodie|uniform|pe bag|water bottle|sock|socks|"
          r"pencil case|planner|tablet|ipad|charger|headphones|earrings?|lunch)")
HARD_NEGATIVES = [
    # an adult or a service not answering, or not back yet: says nothing of the child
    r"\b(?:nan|mum|dad|gran|grandma|grandad|husband|partner|wife|school|office|surgery|work|doctors?|gp)(?:'s)? (?:not|isn't|hasn't|hasn't been|wasn't|stopped) answering\b"
    r"|\b(?:husband|partner|wife|dad|mum|hubby|car|parcel|delivery|bus|taxi|results|power|electric|electricity|internet|wifi|water|heating|it|that|this|teacher|engineer)(?:'s)? still (?:isn't|is not|isnt|not|hasn't|has not|hasnt|haven't|have not) (?:been )?(?:back|home|come|came|returned|turned up)\b",
    # a relative whose job is the police: "Sam's uncle is a police officer" (the relative is no cue of abuse)
    r"\b(?:uncle|aunt|auntie|dad|mum|grandad|grandpa|nan|cousin|stepdad|step-dad|brother|sister|godfather|godmother)(?:'s| is| was)? (?:a |an )?(?:police (?:officer|man|woman|sergeant|detective)|policeman|policewoman|pcso|detective|copper)\b",
    # a parent collecting from school is not a threat to take the child
    r"\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna|'re gonna) (?:take|grab) (?:him|her|them) from school\b",
    # everyday knocks and games
    r"\b(?:hit|bumped|banged|knocked|bashed) (?:his|her|their) (?:head|knee|elbow|arm|leg|face|nose|lip|toe|finger|chin|mouth|tooth|teeth)\b"
    r"|\bkick(?:ed|ing|s)? (?:a|the|his|her) (?:ball|football)\b",
    # fears of ordinary things: "scared stiff of his jabs", "terrified of the SATs"
    r"\b(?:scared|afraid|frightened|terrified|petrified|nervous|worried|anxious)(?: stiff)? (?:of|about) (?:[\w']+ ){0,3}?"
    r"(?:dentists?|nurses?|nit nurse|alarms?|fire drills?|loud \w+|moving up|big school|high school|new school|transition|machines?|rides?|flumes?|slides?|hand ?dryers?|toilets?|loud noises?|noises?|the hoover|balloons?|storms?|the sea|horses?|cats?|birds?|"
    r"moths?|insects?|ghosts?|monsters?|the film|going on stage|singing|the slide|the pool|germs|being sick|the car wash|lifts?|"
    r"starting (?:secondary|school|year|reception|nursery|college)|the (?:new|big) school|secondary|the residential|the trip|"
    r"(?:school |christmas |nativity )?(?:play|show|solo|concert|nativity|performance|recital|audition)s?|sports day|climbing(?: wall| frame)?|abseiling|zip ?wires?|roller ?coasters?|haunted house|"
    r"doctors?|needles?|injections?|jabs?|flu spray|vaccin\w*|the dark|spiders?|dogs?|exams?|tests?|sats|"
    r"results|heights|thunder|blood|hospitals?|swimming|water|flying|wasps?|bees?|clowns?|fireworks|the nurse|"
    r"(?:the|his|her) (?:injection|jab|operation|op|x-?ray|scan|test|exam|play|show|solo|performance)|"
    r"being late|missing the|falling behind|catching up|going back after (?:being |having been )?(?:ill|off|poorly|sick|the holidays?|half term|christmas|easter|summer|covid|(?:her|his|the) (?:op|operation|illness|break)))\b",
    r"\b(?:scared|afraid|worried|nervous|frightened|terrified|petrified)(?: stiff)? (?:that )?(?:she|he|they)(?:'ll| will| might| would)? (?:miss|be late|forget|fail|get lost)\b",
    # police costumes, dogs and visits; zig zags and parking
    r"\b(?:police|policeman|policewoman|police officer|officer|pcso)s? (?:dog|horse|car|costume|outfit|uniform|visit|talk|day|week)s?\b"
    r"|\b(?:going|dressed|dress up|dressing up) as an? (?:police\w*|officer)\b|\bwhen (?:he|she) grows up\b"
    r"|\bzig ?zags?\b|\bpark(?:ed|ing) (?:on|outside|across)\b",
    # leaving home for a gas leak or flood; the police closing a road
    r"\b(?:gas leak|power cut|burst pipe|house fire|fire alarm|flood\w*|no electric\w*|no water)\b(?:\W+\w+){0,8}?\W+had to leave\b",
    r"\bpolice (?:have |had )?(?:closed|shut) (?:it|the road|the roads?|the street)\b",
    # running off in the playground
    r"\bran (?:away|off) from (?:me|us|the teacher|his sister|her brother) (?:in|at) the (?:playground|park|shop\w*|gate)\b"
    r"|\brunaway (?:success|train|hit|winner)\b",
    # kitchen knives
    r"\b(?:cut|cuts|sliced|nicked) (?:his|her|their) (?:\w+ ){0,2}?(?:on|with) (?:a|the|my) (?:knife|bread knife|kitchen knife)\b"
    r"|\bknife and fork\b|\bbutter knife\b"
    r"|\b(?:knives|knife|forks?|cutlery)(?: and (?:forks?|spoons|knives))? (?:out of|from|in|into) (?:the )?(?:cutlery |kitchen )?(?:drawer|dishwasher|block|sink|kitchen|cupboard)\b",
    # attacked by an animal
    r"\battacked by (?:a|the|an|some|our|next door's) (?:swan|goose|geese|dog|wasp|wasps|bee|bees|seagull|cat|horse|squirrel|pigeon)\b",
    # police visits, talks and careers
    r"\bpolice (?:officer|officers|car|station|man|woman|people)? ?(?:visit\w*|came to talk|talk\w* to (?:the|her|his) class"
    r"|coming in to|come in to|came in to|came into (?:school|class)|assembly|about road)\b",
    r"\bpolice came to talk\b|\bpolice (?:talk|visit|assembly|day|week)\b|\broad safety\b",
    r"\b(?:want|wants) to (?:be|join) (?:\w+ ){0,4}?(?:a |the )?police(?: officer| officers|man|woman)?\b|\bdressed (?:up )?as a police\b",
    # idioms: "killing me", "dying to", "killing myself cleaning"
    r"\bkilling me\b|\bdying to\b|\bdying for\b|\bkill(?:ing)? (?:myself|meself) (?:cleaning|laughing|working|running|tidying|trying|getting|doing|washing|ironing|with|over)\b"
    r"|\b(?:lost|lose|losing|lost all|dropped) (?:my |our |the |her |his |their |a |all (?:the |my |our )?)?(?:spare )?keys?\b(?:\W+[\w']+){0,10}?\W+locks?\b|\blandlord(?:\W+[\w']+){0,6}?\W+locks?\b"
    r"|\bpolice (?:officer|officers|pcso)s? (?:is |are )?(?:coming|come|came) (?:in )?to (?:talk|speak) to (?:(?:the|her|his|their) )?(?:class|year|yr|school|assembly|reception|nursery)\b"
    r"|\bpolice(?:\W+[\w']+){0,12}?\W+(?:bike|scooter|car|phone|bag|purse|wallet|van|moped|tools?)s? (?:that |which )?(?:got |was |were |had been |been )?nicked\b"
    r"|\b(?:walk|walks|walking|go|goes|going|come|comes|coming|get|gets|getting|cycle|ride) home alone (?:with|together)\b"
    r"|\b(?:rather|sooner) die than (?:wear|wearing|eat|eating|be seen|being seen|tidy|tidying|do (?:her|his|their) homework|sing|singing|dance|dancing|miss|missing|lose|losing|share|sharing)\b"
    r"|\b(?:in a (?:strop|huff|sulk|mood|paddy|grump)|sulking|stroppy|grumpy|moody)\b(?:\W+[\w']+){0,4}?\W+since (?:last night|yesterday|this morning|the weekend|\w+day)\b",
    # bruises from falls and games
    r"\b(?:fell|fall|fallen|trampoline|bike|football|rugby|tripped|slipped|playground|climbing|netball|hockey)\b"
    r"(?:\W+\w+){0,12}?\W+bruis\w*|\bbruis\w*(?:\W+\w+){0,8}?\W+(?:fell|fall|falling|tripped|slipped|climbing frame|soft play|trampoline|football|rugby|pe|bike)\b",
    # a social worker for a grandparent
    r"\bsocial worker (?:visit|meeting) (?:for|about) (?:my|our) (?:mum|nan|dad|gran)\b",
    # bullying denied; threatening weather
    r"\bnot being bullied\b|\bno bullying\b|\bisn't bullying\b|\bnothing to do with bullying\b",
    r"\bthreatening (?:rain|snow|weather)\b|\bbreak a leg\b",
    r"\bthreat of (?:rain|snow|strike)\b|\bweather warning\b",
    # road accidents and traffic
    r"\bpolice(?:\W+\w+){0,8}?\W+(?:road|flood\w*|accident|bump|crash\w*|traffic|lorry|motorway|broke down|breakdown|m\d+|a\d+)\b"
    r"|\b(?:road|roads|accident|bump|crash\w*|traffic|lorry|motorway|broke down|breakdown)(?:\W+\w+){0,8}?\W+police\b"
    r"|\bpolice(?:\W+[\w']+){0,14}?\W+(?:killed|died|passed away) in (?:a|an|the) (?:car |road |motorbike |bike )?(?:crash|accident|collision)\b",
    # belongings and pets missing or run off
    r"\b(?:trainers|coat|bag|phone|kit|shoes|jumper|blazer|book|books|lunchbox|bottle|glasses|hat|letter|form|slip|reading book|jacket|"
    r"money|keys|cards|homework|tie|scarf|gloves|watch|cardigan|hoodie|uniform|pe bag|water bottle)s?(?:\W+[\w']+){0,5}?\W+missing\b",
    r"\b(?:dog|cat|pet|puppy|kitten|hamster|rabbit|tortoise|budgie|parrot|guinea pig)(?:\W+\w+){0,2}?\W+(?:(?:ran|run|running) (?:away|off)|(?:went|gone|goes|going) missing)\b",
    # anti-bullying
    r"\banti-bullying\b|\banti bullying\b",
    # sport knocks: "hit in the face with a cricket ball", "bruised rib from a ju-jitsu grading"; then,
    # with the sport straight after: "got kicked in football", "punched in boxing club"
    r"\b(?:hit|whacked|smacked|struck|bruis\w*)\b(?:\W+\w+){0,8}?\W+(?:(?:cricket|hockey|tennis|golf|rounders|lacrosse|netball|rugby|foot) ?"
    r"(?:ball|stick|bat|racket|club)|in pe|at practice|at training|at (?:rugby|football|cricket|hockey|netball)|grading|sparring|"
    r"karate|judo|ju-jitsu|jiu-jitsu|boxing|kickboxing|taekwondo)\b"
    r"|\b(?:kicked|hit|punched|whacked|elbowed|knocked|kneed|tackled|winded|smacked)(?: (?:in the \w+|hard))? (?:in|at|during|playing) (?:the |a |his |her )?"
    r"(?:football|rugby|cricket|hockey|netball|basketball|match|game|boxing|karate|judo|sparring|training|practice|kickboxing|taekwondo|pe|ju-jitsu|jiu-jitsu)\b",
    r"\b(?:(?:cricket|hockey|tennis|golf|rounders|lacrosse|netball|rugby|foot) ?(?:ball|stick|bat|racket|club)|grading|sparring|"
    r"karate|judo|ju-jitsu|jiu-jitsu|kickboxing|taekwondo)\b(?:\W+[\w']+){0,14}?\W+(?:bruis\w*|shiner|black eye|split lip|fat lip|bloody nose)\b",
    # parents' and relatives' jobs, school topics and visits about the police
    r"\b(?:(?:(?:her|his|their|my|our) (?:uncle|aunt\w*|dad|mum|father|mother|grandad|grandpa|nan|gran|brother|sister|cousin|stepdad|step-dad|stepmum|husband|partner|godfather|godmother)(?:'s| is| was))?(?:is|am|i'm|as|be|become|was) (?:a|an)|works? as(?: a| an)?|working as(?: a| an)?|training to be(?: a| an)?) (?:police|prison|probation|special constable|detective|pcso|social worker|youth worker)\w*(?: officer| officers| constable|man|woman|worker)?\b"
    r"|\b(?:(?:her|his|their|my|our) (?:uncle|aunt\w*|dad|mum|father|mother|grandad|grandpa|nan|gran|brother|sister|cousin|stepdad|step-dad|stepmum|husband|partner|godfather|godmother))(?:'s| is| was) (?:a|an) (?:police|prison|probation|special constable|detective|pcso|social worker|youth worker)\w*(?: officer| officers| constable|man|woman|worker)?\b"
    r"|\b(?:interview|interviewing|ask|asking) (?:a |an |the )?(?:police officer|pcso|police(?:man|woman)?)s?\b(?!.{0,20}\b(?:about (?:him|her)|what happened))"
    r"|\b(?:works?|working) (?:for|with|at) (?:the )?(?:police|prison|social services)\b|\bpolice (?:cadets?|liaison(?: officers?)?|careers?)\b"
    r"|\b(?:police officers?|police|pcsos?|officers?)(?: \w+){0,2} (?:come|came|coming|comes) (?:in|into|in to|to talk to|to see) (?:the )?(?:year|class|school|reception|assembly|nursery)\b"
    r"|\b(?:sponsored|fundrais\w*|charity|bake sale|collection|raising money|run|walk|swim)\b(?: [\w']+){0,4}? (?:for|in aid of) (?:the )?(?:samaritans|nspcc|childline|papyrus|mind|women's aid|refuge|barnardo's|police \w+)\b"
    r"|\bnot (?:a|really a) safeguarding (?:thing|issue|concern|matter|question)\b|\bnothing to do with safeguarding\b"
    r"|\b(?:dad|father|uncle|cousin|brother|mum|mother|grandad|relative|stepdad)(?:'s| is| has been| was)? (?:in|sent to|going to) (?:prison|jail)\b"
    r"|\bpolice (?:at|outside|in) the (?:co-op|shops?|supermarket|tesco|asda|garage|pub|high street|town centre|station car park)\b"
    r"|\b(?:zig ?zags?|parked|parking)(?:\W+[\w']+){0,10}?\W+(?:tell|report\w*|call) (?:it to )?the police\b"
    r"|\b(?:work experience|careers? (?:week|day|fair))(?:\W+\w+){0,8}?\W+(?:police|prison|social work)\w*\b"
    r"|\b(?:project|homework|topic|talk|essay|poster|assembly|lesson|workshop|training|policy|policies|week|leaflet|campaign|ambassadors?|badge)s? (?:on|about|for) (?:the )?(?:police|bullying|safeguarding|online safety|knife crime|stranger danger|child protection)\b"
    r"|\b(?:visit|trip) to the police station\b|\bsafeguarding (?:training|policy|lead|team|form|officer|reasons|leaflet)\b|\bchild protection policy\b",
    r"\b(?:police|pcsos?|police officers?|officers?)(?: (?:is|are|was|were|will be))? (?:visit\w*|coming|came|come)\b(?:\W+[\w']+){0,3}?\W+(?:year|class|school|reception|assembly|nursery)\b"
    r"|\bpolice(?:\W+[\w']+){0,5}?\W+careers? (?:day|week|fair|talk)\b"
    r"|\bthe social (?:on|this|next|night|evening|event|tickets?|club|committee|media)\b|\bsocial media\b"
    r"|\b(?:the )?social worker\b(?:\W+[\w']+){0,6}?\W+(?:fostering|adoption|adopting|kinship) (?:assessment|panel|visit|application)\b"
    r"|\bfoster(?:ing)? (?:assessment|panel|application|carers? assessment)\b|\badoption (?:assessment|panel)\b"
    r"|\bkill(?:ing|ed)? (?:herself|himself|themselves|myself) (?:laughing|with laughter)\b",
    # fear of injections or a strict teacher, told lightly
    r"\b(?:jabs?|injections?|needles?|vaccin\w*|booster|dentist|blood tests?|flu spray|fillings?)(?:\W+[\w']+){0,10}?\W+(?:he|she|they)(?:'s| is| are|'re| was)? (?:so |really |very |a bit )?(?:scared|terrified|petrified|frightened|nervous)\b"
    r"|\b(?:scared|afraid|frightened|nervous|terrified) of (?:[\w']+ ){0,3}?(?:teacher|teachers|head|headteacher|miss \w+|mr \w+|mrs \w+)\b(?:\W+[\w']+){0,3}?\W+(?:strict|shouty)\b",
    # sport and accidents said outright: "hit in the face with a netball (accident!)"
    r"\b(?:hit|whacked|smacked|struck)\b(?:\W+[\w']+){0,8}?\W+(?:netball|basketball|volleyball|dodgeball|football|tennis ball|rugby ball|frisbee|ball)\b"
    r"|\b(?:hit|punched|kicked|whacked|elbowed|headbutted|smacked|knocked|scratched)\b(?:\W+[\w']+){0,12}?\W+(?:accident|accidentally|by accident|play[- ]?fight\w*|rough[- ]?hous\w*|messing (?:about|around)|wrestling)\b"
    r"|\b(?:got |get |gets |was |been |being )?(?:kicked|thrown|chucked|sent) (?:off|out of) (?:the |a |his |her )?(?:bus|club|team|class|lesson|group|game|course|pitch|field|match|room|chat|library|canteen|shop|squad|choir|band)\b",
    # property crime and neighbours: the police came about things, not the child
    r"\b(?:burgl\w*|broken into|broke into|break-in|stolen|stole|theft|vandal\w*|smashed (?:our|the|my) (?:car|van|window)|lost (?:my |her |his )?(?:purse|wallet|phone|bag|keys)|hit and run|car got hit|van got hit)"
    r"(?:\W+[\w']+){0,12}?\W+(?:police\w*|crime number|crime ref\w*|incident number|101)\b"
    r"|\b(?:police\w*|crime number|101)(?:\W+[\w']+){0,10}?\W+(?:burgl\w*|broken into|broke into|stolen|theft|vandal\w*|lost (?:my |her |his )?(?:purse|wallet|phone|bag))\b"
    r"|\b(?:neighbour|next door|someone on our (?:road|street))'?s?(?: \w+){0,3} (?:been |was |got |is )?arrested\b"
    r"|\bpolice (?:everywhere|all over|cordon\w*|searching the house next door)\b|\bcordoned off\b"
    r"|\bpolice(?:\W+[\w']+){0,12}?\W+(?:next door|neighbour\w*|cordoned)\b",
    # idioms and everyday senses: "abuse of the parking", Gang Show, "threatened to take his xbox",
    # "ran away with the prize", "I'll kill him if he's late"
    r"\babus\w* (?:of )?(?:the )?(?:parking|car park|bays?|spaces?|system|zig zags|privileges?|disabled bays?|one[- ]way|drop[- ]off)\b"
    r"|\bgang show\b|\bthe (?:whole|usual) gang\b"
    r"|\b(?:i|we|i've|we've|i'd|i have|we have|mum|dad|his dad|her dad|the teacher|school|you) (?:have |had )?threatened (?:him|her|them|to)\b(?! (?:with a knife|to kill))"
    r"|\bthreatened with (?:a |an )?(?:detention|exclusion|isolation|fine|penalty|letter)\b|\bthreatening letters? (?:about|from|re)\b"
    r"|\bran (?:away|off) with (?:the|a|first) (?:prize|win|title|trophy|cup|medal|show|race|lead|place)\b"
    r"|\b(?:i'll|i will|i'm going to|i could|gonna) (?:kill|murder|strangle) (?:him|her|them)\b(?! (?:and|then) )",
    # medicines as treatment
    r"\b(?:took|taken|take|takes|taking|had|given|gave|give) (?:(?:her|his|some|two|2|one|a|the|their) )?(?:calpol|paracetamol|ibuprofen|nurofen|piriton|antihistamines?|antibiotics?|tablets|pills|meds|medicine|medication|painkillers)\b"
    r"(?:\W+[\w']+){0,6}?\W+(?:for (?:her|his|the) (?:\w+ )?(?:cold|cough|temperature|fever|headache|migraine|tooth|teeth|ear|throat|period|hayfever|asthma|allergy|rash)|"
    r"going back to bed|back to bed|should be fine|as prescribed|this morning|morning and night|three times a day|twice a day|with breakfast|every \d+ hours)\b",
    # skin, accidents, siblings: itchy arms, a cut from glass, cuts from a bike fall, the baby's toy
    r"\b(?:chicken ?pox|eczema|itch\w*|insect bites?|mosquito\w*|midges?|bites|rash|hives|psoriasis|allerg\w*|dermatitis|impetigo|scabies|nettles?)\b"
    r"(?:\W+[\w']+){0,10}?\W+(?:scratch\w*|marks|cuts|scabs|sores)\b(?!.{0,40}\b(?:don't (?:think|believe)|not convinced|not sure))"
    r"|\b(?:scratch\w*|marks?|scabs?|sores?|spots?|scars?)\b(?:\W+[\w']+){0,8}?\W+(?:chicken ?pox|eczema|itch\w*|insect bites?|mosquito\w*|bites|rash|hives|psoriasis|allerg\w*|nettles?)\b(?!.{0,40}\b(?:don't (?:think|believe)|not convinced|not sure))",
    r"\b(?:cut|cuts|hurt|hurts|scratched|burnt|burned|grazed|scalded|bruised|injured) (?:himself|herself|themselves) (?:on (?:a|the|some|his|her)|shaving|cooking|playing|falling|by accident|accidentally|in the kitchen|at (?:the park|football|school|rugby|lunch|playtime|training|soft play)|on the (?:climbing frame|trampoline|slide|swing|oven|iron|hob|kettle))\b",
    r"\b(?:fell|falls|fall|fallen|falling|tripped|slipped|tumble|ice|icy|skating|crashed|came off|knocked off|trampoline|climbing frame|scooter|skateboard|bike|pillow fight|soft play)\b"
    r"(?:\W+[\w']+){0,12}?\W+(?:cuts?|grazes?|grazed|scratches|black eye|bruis\w*|hurt (?:his|her|their) \w+)\b",
    r"\b(?:the |our |my |her |his )?(?:baby|toddler|little (?:brother|sister)|baby (?:brother|sister)|dog|cat|puppy|kitten)(?:'s)?\W+(?:\w+\W+){0,2}?(?:hit|kicked|scratched|bit|headbutted|whacked|elbowed) (?:him|her|them)\b",
    r"\b(?:black eye|cuts?|grazes?|bruis\w*|shiner)(?: [\w']+){0,4}? (?:from|during|at|in|after) (?:a |the |his |her |their )?(?:[\w']+ ){0,2}?"
    r"(?:pillow fight|elbow|fall|falling|trampoline|climbing frame|soft play|football|rugby|pe|bike|scooter|netball|hockey|cricket|playground|play fight)\b",
    # family trips that end late: "flat tyre ... only got in at 4am"
    r"\b(?:flat tyre|broke down|breakdown|traffic|delayed|delay|on the way back|drive back|driving back|journey|flight|airport|holiday|ferry|train)(?:\W+[\w']+){0,12}?\W+(?:got|get|came|come|arrived) (?:back |home |in )(?:at )?(?:gone )?\d",
    # transport and plans: "the minibus never arrived", "leave at 1 and not come back"
    r"\b(?:bus|minibus|taxi|coach|driver|lift|train|escort|parcel|delivery|letter)(?:\W+\w+){0,2}?\W+never (?:arrived|came|turned up|showed)\b"
    r"|\b(?:leave|leaving|go|going|collect\w*|pick\w* (?:him|her|them) up)(?:\W+[\w']+){0,8}?\W+(?:and )?(?:not|won't|will not) (?:come|be coming) back\b"
    r"|\bwhere (?:they|we|you|he|she) (?:are|is|'re|'s) (?:meeting|supposed to (?:meet|go|be dropped)|meant to (?:meet|go)|parking|dropping)\b",
    # fears about school trouble: "afraid she will be in trouble"
    r"\b(?:scared|afraid|worried|nervous|frightened)(?: stiff)? (?:that )?(?:she|he|they)(?:'ll| will| might| would)? (?:be in trouble|get in trouble|get told off|be told off|get a detention|get it wrong|be behind|be sick|lose it|break it)\b",
    # running off from a parent in the playground
    r"\b(?:ran|run|runs|running) (?:away|off) from (?:me|us|the teacher|his \w+|her \w+) (?:in|at) the (?:school )?(?:playground|park|shop\w*|gates?)\b",
    # falling-outs that are over: "called her names but they've made up now"
    r"\b(?:called (?:her|him) names|fell out|falling out|argu\w+|bull\w+)(?:\W+[\w']+){0,14}?\W+(?:made up|friends again|all sorted|been sorted|sorted now|sorted it out|so much happier|resolved)\b",
    # messages about registers: "a message saying Mason was absent"
    r"\bmessages? (?:saying|telling (?:me|us)) (?:[\w'-]+ ){1,2}(?:was|is|has been|were|had been) (?:absent|late|off|not in|marked|unauthorised|missing)\b"
    r"|\b(?:\w+ )?missing (?:from|off|on) (?:the |his |her |their )?(?:\w+ )?(?:register|registers|registration|class list|list|photo|records?|system|app|sims|arbor|marks?)\b",
    # a child in hospital has not "been home" for a known reason
    r"\b(?:in|at|from) (?:the )?hospital(?:\W+[\w']+){0,10}?\W+(?:hasn't|has not|not|haven't) been home\b"
    r"(?: since \w+)?|\b(?:hasn't|has not|not) been home(?:\W+[\w']+){0,8}?\W+(?:in|at) (?:the )?hospital\b",
    # cooking knives, bullying that is over
    r"\bknife (?:for|in) (?:food tech|cooking|cookery|food|the picnic)\b|\b(?:food tech|cooking|cookery)(?:\W+\w+){0,6}?\W+knife\b"
    r"|\bbull\w+(?:\W+[\w']+){0,14}?\W+(?:all sorted|been sorted|sorted now|so much happier|made up now|resolved)\b",
    # a flat phone in a logistics note: "her phone's dead so please tell her"
    r"\bphones?(?:'s| is| was)? (?:dead|flat|off|broken)(?: \w+){0,2} so\b",
    # weddings and pets; a relative in a wedding role is family news, not a cue of concern
    r"\bthe groom\b|\bbride and groom\b|\bgroomers?\b|\bgrooming (?:the |his |her |our )?(?:dog|horse|pony|cat)\b"
    r"|\b(?:uncle|aunt\w*|cousin|brother|sister|dad|mum|grandad|nan)(?:'s| is| was)? (?:the )?(?:groom|bride|best man|wedding|getting married)\b",
    # belongings, not children: "didn't come home with his reading book", "can't find her other shoe"
    r"\b(?:come|came|coming|got|get) (?:home|back) (?:from school )?(?:with|without) (?:his|her|their|a|the|any|no) (?:\w+ ){0,2}?" + _ITEMS + r"\b"
    r"|\b(?:can't|cannot|can not|couldn't|could not|unable to|(?:we|i) not) find (?:his|her|their) (?:\w+ ){0,2}?" + _ITEMS + r"\b"
    r"|\b(?:it|that|this|which|" + _ITEMS + r"|dog|cat|pet|puppy|kitten)s? (?:was|were|'s been|has been|had been) last seen\b",
    # back late from a known place: "didn't come back from her dad's till late"
    r"\b(?:come|came|got|get) (?:back|home) from (?:her|his|their|my) (?:dad|mum|nan|gran|grandma|grandad|auntie|aunt|uncle|cousin)'?s?(?: house)? (?:till|until|til) (?:late|after|gone|about|\d)",
    # school talks, medical 999 calls, games, illness, animals
    r"\bpolice\b(?: [\w']+){0,4} (?:doing|giving|running|coming to do|to do|will do) (?:a |an |the )?(?:talk|assembly|workshop|visit|session|demo)\b",
    r"\b(?:call|called|calling|ring|rang|phone|phoned) (?:999|111|an ambulance)(?: \w+){0,2} (?:for|because of) (?:my|his|her|their|our|the) (?:nan|gran|grandma|grandad|grandpa|mum|dad|mother|father|husband|wife|baby|neighbour|dog)\b",
    r"\b(?:beat|beats|beating|beaten|thrashed|whooped)\b(?: [\w']+){1,3} (?:at|in) (?:a |the |his |her )?(?:[\w']+ )?(?:game|games|match|race|monopoly|chess|cards|uno|scrabble|fifa|football|tennis|badminton|sports day|quiz|spelling|mario kart|connect 4)\b",
    r"\b(?:hit|struck|floored|knocked out|attacked|wiped out|knocked for six)(?: (?:hard|badly|really hard|for six|big time|proper))? (?:with|by) (?:a |the |this |that |some |another )?(?:\w+ ){0,2}?(?:cold|flu|bug|virus|cough|sickness|covid|temperature|migraine|chicken ?pox|d&v|fever|tonsillitis|norovirus|noro|lurgy|infection|germs?|measles|hay ?fever)\b"
    r"|\b(?:cold|flu|bug|virus|cough|sickness|covid|temperature|migraine|chicken ?pox|d&v|fever|tonsillitis|norovirus|noro|lurgy|infection|germs?|measles|hay ?fever)\b(?:\W+[\w']+){0,4}?\W+(?:hit|struck|floored|attacked|knocked)(?: (?:hard|badly|really hard|for six|big time|proper))? by (?:it|this|that)\b",
    r"\b(?:kicked|bitten|bit|scratched|butted|stung|trodden on|stood on|thrown) by (?:a|an|the|our|my|his|her|next door's|the neighbour's) (?:\w+ )?(?:horse|pony|dog|cat|cow|goat|sheep|swan|goose|wasp|bee|puppy|kitten|hamster|rabbit|donkey|llama)\b"
    r"(?:(?:\W+[\w']+){0,10}?\W+(?:bruis\w*|cuts?|scratch\w*|marks?|bite marks?)\b)?",
    # temporary housing during repairs; tradesmen coming round
    r"\b(?:temporary accommodation|hotel|b&b|moved in with|staying (?:with|at))\b(?:\W+[\w']+){0,8}?\W+(?:fixed|repaired|renovat\w*|rebuilt|rewir\w*|decorat\w*|damp|mould|flood\w*|leak\w*|burst pipe|building work|dried out)\b",
    r"\b(?:a |the )?(?:man|men|bloke|guy|engineer|plumber|electrician|builder|gas man)(?: [\w']+){0,2} (?:coming|came|is coming|due|booked)(?: round)? (?:to|for) (?:fix|repair|read|service|look at|install|deliver|check|measure|clean|do)\b",
    # photos of artwork and pets
    r"\b(?:pics|pictures|photos|videos?) of (?:her|his|their) (?:art|artwork|drawings?|paintings?|work|homework|project|cake|baking|garden|dog|cat|pet|hamster|rabbit|puppy|lego|models?|costume|certificate|award|medal|trophy|school work)\b",
    # crafts and cutting back: "cutting out shapes", "cutting down on sugar"
    r"\bcutting (?:(?:out|up)(?: (?:some|the|his|her|their|my|a))?(?: " + _CRAFT + r")?|down on|back on|(?:(?:some|the|his|her|their|my|a) )?" + _CRAFT + r")\b",
    # "ran away with the prize"
    r"\b(?:ran|run|running|runs) (?:away|off) with (?:the|a|it|first|top|all the) (?:\w+ ){0,3}(?:prize|grades?|marks|points|win|title|trophy|cup|medal|show|race|lead|place|award|game|match)\b",
    # Everyday logistics with a relative or tradesman: "their stepdad will drop them off" says
    # nothing of concern, and the classifier second line fired on the word "stepdad" alone.
    r"\b(?:uncle|stepdad|step-dad|stepfather|stepmum|grandad|cousin|a man|babysitter)(?:'s| is| will| 'll|'ll| can)? (?:be )?(?:drop\w*|pick\w*|collect\w*|bring\w*|taking|take|doing) (?:them|her|him|the kids|the children)?(?: \w+){0,1} ?(?:off|up|in|to (?:the )?(?:dentist|doctor|school|hospital|appointment|optician|gp))\b",
    # animal sanctuaries, police-themed outings, and awareness events about these topics
    r"\b(?:refuge|sanctuary|rescue) for (?:[\w']+ ){0,2}?(?:hedgehogs|animals|dogs|cats|birds|wildlife|donkeys|horses|bats|owls|ponies)\b"
    r"|\b(?:animal|wildlife|hedgehog|dog|cat|donkey|bird|owl|horse|pony) (?:refuge|sanctuary|rescue)\b",
    r"\b(?:talk|assembly|workshop|lesson)s? (?:with|from|by|led by) (?:the |a |our |local )?(?:police|pcso|police officers?|community officers?)\b(?! (?:about|after|because|re|regarding) (?:him|her|them|what|my|our|the incident))",
    r"\bpolice (?:museum|exhibition|open day|station tour|boxes?|sirens?|toys?|lego|playset|set)\b|\bdetective (?:books?|stor(?:y|ies)|novels?|games?|films?|shows?|costume|kit|club|series)\b",
    r"\b(?:play|drama|show|performance|assembly|talk|workshop|campaign|event|fundraiser|walk|run|film|documentary|lesson|book|story|novel|poem|musical|episode|class reader)s? "
    r"(?:about|on|for|raising awareness (?:of|about)) (?:[\w']+ ){0,2}?(?:domestic (?:abuse|violence)|abuse|bullying|knife crime|self[- ]harm|mental health|suicide|"
    r"missing (?:girl|boy|child|children|person|people|dog|cat|kids?)|runaways?)(?: awareness| prevention)?\b"
    r"|\b(?:domestic (?:abuse|violence)|abuse|anti-?bullying|bullying|knife crime|self[- ]harm|suicide) (?:awareness|prevention)\b",
]


# ---- round 10: families from the fresh batches (l-q), each with probes in
# tests/nlu/test_nlu_safeguarding_round10.py ----

# missing: the child set off and never arrived ("left to walk home and she never got here")
_R10_NEVER_ARRIVED = (
    r"\b(?:she|he|they)(?: (?:still|just))? (?:never|didn't|did not|hasn't|has not|haven't|have not) "
    r"(?:got|gotten|arrived|made it|turned up) (?:back )?(?:here|there|home|to (?:mine|ours|my house|our house|(?:his|her|their) (?:dad|mum|nan|gran)'?s))\b"
    r"(?! (?:till|until|til|before|in time|after|for|on time|late|from (?:the )?(?:holiday|airport|trip|hospital))\b)")
# missing: dropped off or set off for school, yet not in class ("dropped them at the corner ... not in class")
_R10_DROPPED_NOT_IN = (
    r"\b(?:dropped (?:him|her|them|the (?:kids|boys|girls)) (?:off )?(?:at|outside|by|on|near)|dropped (?:him|her|them) off|watched (?:him|her|them) (?:go|walk) in"
    r"|left (?:for school|the house)|set off (?:for school|at|this morning))\b"
    r"(?:\W+[\w']+){0,25}?\W+(?:(?:they're|they are|she's|she is|he's|he is|they were|she was|he was) not|they weren't|she wasn't|he wasn't|they aren't|she isn't|he isn't)"
    r" (?:in class|in school|at school|in registration|on the register|registered)\b(?! (?:today|tomorrow|this afternoon) (?:because|as|cos|due))")
# missing: nobody knows where they have gone (contracted forms the older pattern lacked)
_R10_GONE_WHERE = (
    r"\b(?:don't|do not|dont|no idea|not sure|doesn't|nobody knows?|no one knows?|dunno|have no idea|haven't got a clue|no clue) "
    r"(?:know )?where (?:he|she|they)(?:'ve| have|'s| has|ve) (?:gone|been taken|taken (?:her|him|them))\b")
# missing: found again after a search ("turned up at his mate's this morning, thank god")
_R10_FOUND_SAFE = (
    r"\b(?!(?:it|this|that|parcel|letter|delivery|bus|taxi|dog|cat|puppy|kitten|pet|hamster|rabbit|tortoise|" + _ITEMS + r")\b)(?:he|she|they|[a-z][\w-]+)(?:'s| has| have| was|'ve)? (?:finally )?"
    r"(?:turned up|been found|was found|were found|showed up|rolled in|come home|came home|come back|came back)\b"
    r"(?:\W+[\w']+){0,8}?\W+(?:thank god|thank goodness|thank fuck|thankfully|safe and sound|safe and well)\b"
    r"|\b(?:thank god|thank goodness|thankfully),? (?:he's|she's|they're|he is|she is|they are|\w+ is|\w+'s) "
    r"(?:been found|home safe|back safe|safe|turned up|been found safe)\b")
CATEGORIES["missing"].extend([_R10_NEVER_ARRIVED, _R10_DROPPED_NOT_IN, _R10_GONE_WHERE, _R10_FOUND_SAFE])

# police: a child taken in for questioning or questioned by officers
_R10_QUESTIONING = (r"\b(?:in|for|to) (?:\w+ )?questioning\b|\b(?:being|been|was|were|got|get) questioned by\b")
CATEGORIES["police"].append(_R10_QUESTIONING)

# domestic violence: a partner smashing the home up ("he smashed the kitchen up in front of the kids")
_R10_SMASHED_HOME = (
    r"\b(?:he|my ex|my partner|my husband|my boyfriend|(?:their|her|his|the kids'?) (?:dad|father|stepdad))(?:'s| has| had)? "
    r"(?:smashed|trashed|wrecked|smashing|trashing|wrecking) (?:up )?(?:the|our|my) (?:kitchen|house|flat|place|front room|living room|lounge|bedroom|home|door|tv|windows?)\b"
    r"|\b(?:row|argument|fight|screaming|shouting|smashed|smashing|throwing things)\b(?:\W+[\w']+){0,10}?\W+in front of (?:the|my|our|his|her) (?:kids|children|little ones|boys|girls)\b")
# domestic violence: drinking or a row that turned physical, or left the parent marked
_R10_ROW_PHYSICAL = (
    r"\b(?:(?:his|her|their|the kids'?) (?:dad|mum|father|mother|stepdad) and (?:i|me)|me and (?:my|his|her|their|the kids'?) (?:\w+ )?(?:ex|partner|husband|dad|boyfriend|fella|wife)"
    r"|(?:my|his|her) (?:ex|partner|husband|boyfriend) and (?:i|me))\b(?:\W+[\w']+){0,6}?\W+(?:row|rows|argument|fight|fighting|bust-?up|bust up|kicked off|kicking off)\b"
    r".{0,100}\b(?:physical|smash\w*|violent|hit me|went for me|threw|throwing|mark on my|bruis\w*|in front of)\b"
    r"|\b(?:" + _ADULT + r"|he)(?:'s| has| is| was| keeps?)? (?:been )?(?:drinking|drunk|on the drink)\b(?:\W+[\w']+){0,8}?\W+(?:kicked off|kicking off|all hell broke loose|got nasty|got violent|got physical|lost it)\b"
    r"|\b(?:drinking|drunk|row|argument|fight|kicked off|kicking off|went for me|lost it)\b.{0,80}\b(?:i've got|i have|i got|left me with|gave me) (?:a |some )?(?:mark|marks|bruises?|black eye|cut|split lip|fat lip) (?:on|to|round) my (?:face|neck|arms?|eye|lip|head|throat)\b"
    r"|\b(?:things|it) (?:got|turned) physical\b")
CATEGORIES["domestic_violence"].extend([_R10_SMASHED_HOME, _R10_ROW_PHYSICAL])

# abuse (neglect): parents off their heads on drink or drugs; "please don't ring social"
_R10_PARENTS_USING = (
    r"\b(?:i|i've|i have|i was|we|we've|we have|we were|me and (?:her|his|their|the kids'?) (?:dad|mum)|(?:her|his|their) (?:dad|mum) and (?:i|me))"
    r"(?: (?:have|had|were|was|been|'ve))*(?: been)? (?:off (?:my|our|me|me) (?:heads?|faces?|tits|nuts?)|on (?:a )?(?:bender|binge|drugs|the drink|the gear)|wasted|high)\b"
    r"|\b(?:please )?(?:don't|do not|dont) (?:ring|call|phone|contact|tell|involve|get) (?:the )?social(?: services| workers?)?\b(?! (?:media|club|event))")
# abuse (emotional): an adult at home shouting at the child and calling them names
_R10_ADULT_NAMES = (
    r"\b(?:" + _HARMER + r"|" + _FAMILY_ADULT + r")(?:'s| has| is| keeps?| was)? (?:been |always )?(?:(?:shouting|screaming|swearing) at (?:her|him|them) and )?"
    r"calling (?:her|him|them) (?:names|stupid|useless|worthless|fat|ugly|thick)\b")
# abuse (neglect): a home with no food or power ("there's no food or electric")
_R10_NO_FOOD = r"\bno food (?:or|and|,) (?:no )?(?:electric\w*|gas|heating|money|hot water)\b|\bno (?:electric\w*|gas|heating|money) (?:or|,) (?:no )?food\b"
CATEGORIES["abuse"].extend([_R10_PARENTS_USING, _R10_ADULT_NAMES, _R10_NO_FOOD])

# bullying: peers hitting a child (named as a peer, so it is bullying as well as the blow)
_R10_PEER_HIT = (
    r"\b(?:boys?|girls?|lads?|kids?|pupils?|year \d+s?|children|gang)\b(?:\W+[\w']+){0,10}?\W+(?:keeps?|kept|have been|has been|been|are|were|is|was|started|always)? ?"
    r"(?:battering|battered|batter|beating up|beat up|beats up|leathering|jumping|jumped|punch(?:es|ed|ing)?|hit(?:s|ting)?|kick(?:s|ed|ing)?|push(?:es|ed|ing)?|slap(?:s|ped|ping)?|beat(?:s|ing)?|thump(?:s|ed|ing)?) (?:him|her|them)\b"
    r"|\b(?:hit\w*|punch\w*|kick\w*|batter\w*|beat\w*|slap\w*|jump\w*)\b(?:\W+[\w']+){0,6}?\W+(?:and |while |then )(?:film(?:ed|ing|s)?|record(?:ed|ing)|video(?:ed|ing)?) (?:it|them|him|her)\b")
# bullying: peers telling a child to kill themselves (harassment first, self-harm risk too)
_R10_TOLD_TO_DIE = (
    r"\b(?:telling|told|tells|saying|said|says|messag\w*|texting|posting)\b(?:\W+[\w']+){0,3}?\W+(?:should|to|go and|to go and) (?:go and )?"
    r"(?:kill (?:herself|himself|themselves|urself|yourself)|die|kms|unalive)\b")
# bullying: a photo of a child passed round or threatened to be posted
_R10_PHOTO_SHARED = (
    r"\b(?:photo|picture|pic|video|image|nude|screenshot)s? of (?:her|him|them)\b(?:\W+[\w']+){0,12}?\W+(?:sending|sent|sharing|shared|passing|passed|spreading|spread|posting|posted|putting|put)\b"
    r"(?:\W+[\w']+){0,3}?\W+(?:round|around|about|online|everywhere|on (?:snapchat|insta\w*|tiktok|social media|the group chat))\b"
    r"|\b(?:he|she|they|someone|somebody|(?:a|the|this) (?:lad|boy|girl)|(?:her|his) ex(?:-?(?:boyfriend|girlfriend))?)(?:'s| is| are|'re| has| have)? "
    r"(?:saying (?:he|she|they)(?:'s| is| are|'ll| will)? |threaten\w* to |going to |gonna )(?:post|share|send round|leak|put up|spread)\w* (?:\w+ ){0,2}(?:pictures|photos|pics|videos|images|nudes) of (?:her|him)\b")
# afraid: a peer's threat in reported speech ("a girl told her ... that she'd 'get her'")
_R10_PEER_THREAT = (
    r"\b(?:girls?|boys?|lads?|kids?|gang|year \d+s?)\b(?:\W+[\w']+){0,12}?\W+(?:said|says|say|saying|told (?:her|him|them)|threatened|keeps? saying)\b(?:\W+[\w']+){0,8}?\W+(?:that )?"
    r"(?:she|he|they)(?:'d|'ll| would| will| is going to| are going to| gonna| was going to| were going to) (?:\" )?(?:get|batter|beat|jump|stab|hurt|kill|smash|punch|slap|hit|sort out) (?:her|him|them)\b"
    r"(?! (?:a|an|some|one|something|anything|to|from|back|home|there|ready|dressed|for|new|a lift|picked up|in at)\b)")
# afraid: intensified fear ("she's absolutely terrified"), not of the dentist and the like
_R10_FEAR_INTENSE = (
    r"\b(?:he|she|they)(?: is|'s| are|'re| was| were) (?:absolutely|completely|totally|properly|genuinely|utterly|so so|really really|just) (?:scared|terrified|petrified|frightened)\b"
    r"(?! of (?:the dentist|needles|the dark|spiders|dogs|exams?|the injection|jabs?|it\b|the (?:op|operation|procedure|appointment|scan|x-ray|filling|brace|nurse|test|play|show)\b))")
CATEGORIES["bullying"].extend([_R10_PEER_HIT, _R10_TOLD_TO_DIE, _R10_PHOTO_SHARED, _R10_PEER_THREAT])
CATEGORIES["afraid"].extend([_R10_PEER_THREAT, _R10_FEAR_INTENSE])

# Round 10 hard negatives, from false alarms on batches l-q.
HARD_NEGATIVES.extend([
    # kit left in the changing rooms, not a concern about changing rooms
    r"\b(?:kit|coat|bag|shoes?|trainers|jumper|blazer|towel|hoodie|jacket|it|them|\w+'s)\b(?:\W+[\w']+){0,4}?\W+(?:in|from|at) the (?:pe |girls' |boys' )?changin?g? rooms?\b",
    # police and school talks on a safety topic ("talk to Year 6 about knife crime")
    r"\b(?:police|pcsos?|officers?|pc)\b(?:\W+[\w']+){0,14}?\W+(?:talk|talks|speak|assembly|assemblies|workshop|session|lesson|presentation)s? "
    r"(?:(?:to|with|for) (?:the )?(?:year|yr|y|class|form|school|kids|children|pupils|students|reception|nursery)(?: ?\d+| \w+)? )?(?:about|on) (?:the )?"
    r"(?:knife crime|knives|online safety|road safety|stranger danger|drugs|county lines|gangs|stabbing|e-?safety|internet safety|personal safety)\b"
    r"|\b(?:talk|talks|assembly|assemblies|workshop|session|lesson|presentation)s? (?:(?:to|with|for) (?:the )?(?:year|yr|y|class|form|school|kids|children|pupils|students)(?: ?\d+| \w+)? )?"
    r"(?:\. is (?:it|this|that) )?(?:about|on) (?:the )?(?:knife crime|knives|online safety|stranger danger|county lines|gangs|stabbing|e-?safety|internet safety)\b",
    # ordinary knocks in sport and play ("hurt her arm at gymnastics")
    r"\bhurt (?:her|his|their) (?:arm|leg|ankle|wrist|knee|back|foot|hand|finger|shoulder|neck|head|elbow|toe)s?\b(?:\W+[\w']+){0,4}?\W+(?:at|in|during|playing|doing|on|while) (?:the )?"
    r"(?:gymnastics|football|rugby|pe|netball|dance|ballet|trampoline|swimming|training|practice|games|park|playground|match|hockey|karate|judo|climbing|bike|scooter)\b",
    # a fall explained by the child at a named place; a scrape from the yard
    r"\b(?:said|says|claims|told me) (?:he|she) fell (?:at|on|in|off|over) (?:the )?(?:\w+ ){0,2}(?:court|park|pitch|trip|field|pe|netball|football|trampoline|bike|scooter|ice)\b"
    r"|\bcame home with a (?:cut|graze|bruise|scrape) on (?:his|her|their) (?:knee|elbow|leg|hand|arm|chin|head)s? from (?:the )?(?:yard|playground|pe|football|netball|park|trip|field|games)\b",
    # falls dressed at home: steri strips and bruises after a scooter or bike fall. The fall
    # names what it was off, and the gap stays short: a hit inside this span is dropped, so
    # "he fell but I think his stepdad pushed him ... steri strips" must not fit it.
    r"\b(?:fell|fall|tripped|slipped|crashed|came|knocked) (?:off|over|down|from|on) (?:the |his |her |their |a )?(?:\w+ )?"
    r"(?:scooter|bike|trampoline|wall|stairs|steps|swing|slide|climbing frame|skateboard|skates|pavement|kerb|ice)\b"
    r"(?:\W+[\w']+){0,8}?\W+(?:steri[ -]?strips?|stitches|glued|bruised)\b",
    # jokes and apologies about missing
    r"\b(?:don't worry|dont worry|no need to worry)\b(?:\W+[\w']+){0,3}?\W+(?:not|hasn't|isn't) (?:gone|been) missing\b"
    r"|\b(?:sorry|apologies) (?:for|about) (?:\w+ )?missing\b"
    r"|\b(?:\w+'s|his|her|their|the|my) missing " + _ITEMS + r"\b",
    # a driver, firm or office not answering the phone
    r"\b(?:driver|company|office|taxi|firm|escort|council|transport|receptionist|landlord|garage|helpline)\b(?: \w+){0,2} (?:isn't|is not|isnt|not|aren't|wasn't|hasn't been) answering\b",
    # shaken by a crash or a burglary, not by a person
    r"\b(?:crash|accident|burgl\w*|broken into|break-in|collision)\b(?:\W+[\w']+){0,14}?\W+shaken(?: up)?\b"
    r"|\bshaken up\b(?:\W+[\w']+){0,14}?\W+(?:crash|accident|burgl\w*|collision)\b",
    # idioms and ordinary logistics
    r"\brun(?:ning)? away to join the circus\b|\bcan't go on (?:the|a|an|her|his|their|this|that|any)\b"
    r"|\bthreatening (?:not )?to (?:not )?(?:go|come|stay|skip)\b"
    r"|\b(?:roads?|street|motorway|bridge|lane)\b(?:\W+[\w']+){0,8}?\W+closed by (?:the )?police\b"
    r"|\b(?:lunch ?box|lunch bag|water bottle|pe kit|book bag|purse|wallet|keys|coat|glasses)\b(?:\W+[\w']+){0,3}?\W+(?:went|gone|goes|has gone|had gone) missing\b"
    r"|\b(?:it|folder|planner|diary|reading record|homework book|" + _ITEMS + r")(?:'s| has)? (?:not|never) (?:come|came) (?:back )?home\b"
    r"|\b(?:partner|husband|wife|boyfriend|girlfriend|fella|hubby|other half)(?:'s| has)? (?:took|taken|got) the car\b(?:\W+[\w']+){0,4}?\W+(?:and )?(?:hasn't|has not|not|never) (?:come|came) back\b(?:(?:\W+[\w']+){0,8}?\W+(?:don't|do not|dont) know where he is\b)?",
    # contact arrangements under a court order
    r"\b(?:as per|under|according to|per) the court order\b|\b(?:bring|send|show you|copy of) (?:in )?(?:a copy of )?the court order\b",
    # social care arranging a child's therapy, or a social worker meeting the family for an assessment
    r"\b(?:arranged|organised|booked|funded|paid for) by (?:the |his |her |their )?social (?:services|workers?)\b"
    r"|\bsocial worker\b(?:\W+[\w']+){0,8}?\W+wants to meet (?:the kids|the children|him|her|them|us)\b",
    # fear of a procedure, however strongly put ("needs a tooth out and she is absolutely terrified")
    r"\b(?:dentist|tooth|teeth|jabs?|injections?|needles?|operation|op|blood tests?|vaccin\w*|brace|fillings?|hospital)\b(?:\W+[\w']+){0,10}?\W+(?:he|she|they)(?:'s| is| are|'re| was)? "
    r"(?:absolutely|completely|totally|properly|genuinely|utterly|so so|really really|just) (?:scared|terrified|petrified|frightened)\b",
    # photos of a child's occasions shared with family
    r"\b(?:pics|pictures|photos|videos?) of (?:her|his|their|him|them) (?:at |in )?(?:the |her |his |their )?(?:birthday|party|first day|prom|holiday|nativity|play|show|dance|performance|graduation|wedding|christening)\b",
    # "I'm afraid the boys won't be in" is politeness
    r"\bi'?m afraid (?:that )?(?:(?:the|my|our|both) )?(?:he|she|they|we|i|it|this|\w+)(?:'ll|'s|'re)? (?:won't|will not|can't|cannot|isn't|aren't|is not|are not|wasn't|weren't|has|have|had|needs?|will be|'ll be|be)\b",
])


# ---- round 11: families from the fresh batches (v-y), each with probes in
# tests/nlu/test_nlu_safeguarding_round10.py (round 11 section) ----

# missing: the school says absent, but the child set off ("what do you mean absent, she got the bus")
_R11_SET_OFF_NOT_THERE = (
    r"\bwhat do you mean,? (?:(?:he|she|they|[a-z]+)(?:'s| is| are|'re| was| were)? )?(?:absent|marked absent|not (?:there|in|here|at school|in school|in class)|isn't (?:there|in|here)|aren't (?:there|in|here)|wasn't (?:there|in)|off)\b"
    r"|\b(?:left (?:for school|the house|home|at \d)|set off|got (?:on )?the (?:[\d:.]+ )?(?:bus|train)|went to school|walked to school|walked in)\b"
    r"(?:\W+[\w']+){0,10}?\W+(?:then |so )?where(?:'s| is| are) (?:he|she|they|[a-z]+) ?\?")
# missing: meant to be somewhere, and the adult there says the child never arrived
_R11_NEVER_TURNED_UP = (
    r"\b(?:says?|said|saying|told me|rang (?:me )?to say) (?:that )?(?:he|she|they) (?:never|didn't|did not|hasn't|has not|haven't) (?:turned up|arrived|got there|showed up|come|came|made it)\b"
    r"(?! (?:till|until|til|late|on time|in time|(?:for|to|at) (?:the |his |her |a |their )?(?:[\w']+ )?(?:lesson|class|practice|training|match|game|appointment|session|club|tutoring|rehearsal|lessons|sessions))\b)"
    r"|\b(?:was|were|is|are) (?:meant|supposed) to (?:be|go|stay|sleep|walk|get the bus) (?:at|to|round|with|home|over)\b(?:\W+[\w']+){0,10}?\W+"
    r"(?:never|didn't|did not|hasn't|has not|haven't) (?:turned up|arrived|got there|showed up|made it)\b(?! (?:till|until|til|late|on time|in time)\b)")
CATEGORIES["missing"].extend([_R11_SET_OFF_NOT_THERE, _R11_NEVER_TURNED_UP])

# domestic violence: a partner's threat to kill or hurt the parent ("their father said he'll kill me if I tell")
_R11_THREAT_TO_PARENT = (
    r"\b(?:" + _ADULT + r"|he)(?:'s| has| had)? (?:said|says|say|threatened|told me|keeps? saying|has said|texted|messaged)(?: me)?(?: that)? "
    r"(?:he'll|he will|he'd|he would|he's going to|he is going to|he's gonna|he was going to|to) (?:kill|hurt|stab|batter|strangle|finish|get) (?:me|us)\b(?! (?:a|some|one|an|back)\b| if (?:i|we) (?:forget|forgot|don't|dont|miss|lose|lost|spend|buy|eat|break|am late|'m late|let|leave|book|sign|pay)\b)")
# afraid: a threat made to keep the child or parent quiet ("said they'd batter him if he told anyone")
_R11_SECRECY_THREAT = (
    r"\b(?:kill|hurt|batter|get|stab) (?:me|us|mum|mummy|her|him|them)\b(?:\W+[\w']+){0,2}?\W+if (?:i|we|she|he|they|you) (?:ever )?(?:tell|tells|told|say|says|said anything to|speak to|talk to|go to|went to) "
    r"(?:anyone|anybody|someone|somebody|the school|school|the police|police|you|social|a teacher|the teachers?|her teacher|his teacher)\b")
CATEGORIES["domestic_violence"].append(_R11_THREAT_TO_PARENT)
CATEGORIES["afraid"].append(_R11_SECRECY_THREAT)

# bullying: money or belongings taken from the child, again and again
_R11_MONEY_TAKEN = (
    r"\b(?:keeps?|kept) (?:coming|getting) home (?:with(?:out)?|and) (?:his|her|their) (?:lunch |dinner |pocket |bus )?(?:money|phone|bus pass|stuff|things)(?: (?:gone|missing|taken|stolen|nicked))?\b"
    r"|\b(?:tak(?:e|es|en|ing)|took|steal(?:s|ing)?|stole|stolen|nick(?:s|ed|ing)?|mug(?:s|ged|ging)?) (?:\w+ )?(?:his|her|their) (?:lunch|dinner|pocket|bus) (?:money|pass)\b"
    r"|\b(?:lunch|dinner|pocket) money(?: (?:has|had|keeps?|is|was))? (?:been )?(?:gone|going missing|taken|stolen|nicked)\b")
CATEGORIES["bullying"].append(_R11_MONEY_TAKEN)

# abuse (neglect): children left alone for days, or without food
_R11_LEFT_ALONE = (
    r"\b(?:been |was |were |being |get |gets |got |keeps? being )?left (?:on (?:their|his|her) own|alone|home alone|by themselves|by (?:him|her)self|to fend for themselves)\b"
    r"(?:\W+[\w']+){0,6}?\W+(?:with no food|without food|with nothing to eat|(?:for|over) (?:\d+|two|three|four|five|a few|several|a couple of) (?:days|nights)|all (?:night|weekend)|overnight|for the weekend)\b")
CATEGORIES["abuse"].append(_R11_LEFT_ALONE)

# Round 11 hard negatives, from false alarms on batches v-y.
_R11_ANIMALS = (r"(?:dogs?|puppy|puppies|hamsters?|guinea pigs?|rabbits?|snakes?|spiders?|horses?|pony|ponies|cats?|goats?|geese|goose|swans?|"
                r"chickens?|lizards?|class pet|pets?|cows?|donkeys?|sheep|llamas?|wasps?|bees?|seagulls?)")
HARD_NEGATIVES.extend([
    # animals: scared of the class hamster or a teacher's dog, ran from a dog, kicked by a horse
    r"\b(?:scared|afraid|frightened|terrified|petrified)(?: stiff)? of (?:the |a |an |his |her |their |next door's |[\w]+'s )?(?:[\w']+ ){0,3}" + _R11_ANIMALS + r"\b"
    r"|\b(?:scared|afraid|frightened|terrified|petrified) (?:she|he|they)(?:'ll| will|'d| would| might)? (?:have to )?(?:sit|be|go|stand|touch|hold|see|meet|feed|clean)(?: (?:next to|near|by|with|out))? (?:the |a )?(?:[\w']+ )?" + _R11_ANIMALS + r"\b"
    r"|\b(?:ran|run|runs|running) (?:away|off) from (?:the |a |an |next door's |[\w]+'s )?(?:[\w']+ )?" + _R11_ANIMALS + r"\b"
    r"|\b(?:kicked|bitten|bit|trodden on|stood on|headbutted|scratched|butted|stung|thrown|knocked over) (?:\w+ )?by (?:a|the|an|our|his|her|their|next door's|[\w]+'s) (?:[\w']+ )?" + _R11_ANIMALS + r"\b",
    # ran off with a sibling's lunch or shoes
    r"\b(?:ran|run|runs|running) off with (?:(?:his|her|their|my|the|a|our|[\w]+'s) )+(?:[\w']+ )?(?:" + _ITEMS + r"|packed lunch|lunch|pencils?|toys?|remote|ball|crisps|sweets|biscuits|bike|scooter|snack)\b",
    # a council or housing officer, not the police
    r"\b(?:housing|council|parking|attendance|welfare|benefits?|fraud|planning|enforcement|environmental health|fire safety|press|admissions|pastoral) officers?\b",
    # a parent giving the police a statement about a crime at work or a theft
    r"\bpolice(?:\W+[\w']+){0,6}?\W+(?:statement|report|crime number)\b(?:\W+[\w']+){0,3}?\W+(?:break[- ]?in|burglary|theft|robbery|shoplift\w*|stolen (?:car|van|bike|phone|bag))\b(?: at (?:work|the shop|the office|my work))?",
    # contact details of a child's social worker given by a carer
    r"\b(?:text|ring|call|phone|contact|email|message|use) (?:the|her|his|their) social worker(?:'s)? (?:number|directly|instead|on)\b",
    # a parent pointing out a bruise from a knock already explained
    r"\b(?:wanted you to know|letting you know|so you know|so you're aware|just so you know|to let you know) about (?:the|her|his|a) bruis\w*\b",
    # a missing scare that was a mix-up
    r"\b(?:thought|worried|panicked) (?:he|she|they)(?: was| were| had gone|'d gone| had| went) (?:gone )?missing\b(?:\W+[\w']+){0,10}?\W+(?:mix[- ]?up|misunderstanding|false alarm|crossed wires)\b",
])


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
# Hard negatives are scanned one family at a time, and only once a category has hit: in a
# single alternation a short look-alike ("zig zags") consumes the text a longer one
# ("parked on the zig zags ... tell the police") needed, and the hit survived.
_HARD = [re.compile(p) for p in HARD_NEGATIVES]


def _negated_spans(norm_text: str) -> list:
    return [m.span() for rx in _HARD for m in rx.finditer(norm_text)]


def detect(norm_text: str) -> tuple:
    """(flag, reasons, evidence spans as (start, end) in the normalised text)."""
    negated = None
    reasons, spans = [], []
    for cat, pat in _COMPILED.items():
        for m in pat.finditer(norm_text):
            s, e = m.span()
            if negated is None:
                negated = _negated_spans(norm_text)
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
# but only when the text also has one of these cues of concern. Each cue names the
# category reported when it is the one that let the classifier through. Cues are words a
# worried parent uses, not everyday ones ("dad", "kids", "hospital", "hasn't", "nervous"):
# with those the classifier fired on "she's staying at her dad's this week" and the like.
SOFT_CUES = [
    ("missing", r"\b(?:where (?:he|she|they) (?:is|are|'s|went|has gone|have gone|goes)|since (?:last night|yesterday|friday|saturday|sunday|monday|tuesday|"
                r"wednesday|thursday)|not (?:home|back)|phone (?:off|dead)|out overnight|out all night|stayed out|disappear\w*|vanish\w*|"
                r"left the house|out late|haven't seen|no idea where|packed|sleeping round|"
                r"won't come home|don't know who|not answering)\b"),
    ("self_harm", r"\b(?:cutting|die|dying|dead|death|hurt (?:her|him)self|harm\w*|"
                  r"crisis|hopeless|worthless|burden|scars?|blades?|goodbye|suicid\w*|overdos\w*)\b"),
    ("abuse", r"\b(?:hit|hitting|touch\w*|older|adult|grown|a man|men|photos?|pictures?|pics|videos?|"
              r"online|snapchat|instagram|insta|tiktok|secret|says? (?:he|she) (?:did|does)|"
              r"uncle|stepdad|step-dad|babysitter|drugs?|gifts?|"
              # neglect told as the state of the home or the child
              r"filth\w*|squalor|no heating|not fed|dog (?:mess|poo))\b"),
    ("domestic_violence", r"\b(?:angry|drunk|shouting|screaming|smashed|left him|moved out|housing|shelter|court|"
                          r"contact order|social care|children's services|support worker)\b"),
    ("afraid", r"\b(?:scared|afraid|frightened|terrified|fear|worried|shaking|safe|safety|in bits|"
               r"follow\w*|stranger\w*|watching|stalk\w*|lurking)\b"),
    ("bullying", r"\b(?:group chat|nasty|pushed|kicked|punched|filmed|filming|laughing at|rumours?|jumped|gang|"
                 # being shut out by peers
                 r"(?:feels?|felt|being|been|is|gets?|getting) left out|left out of|no friends|(?:nobody|no one) (?:talks|plays|speaks))\b"),
    ("police", r"\b(?:police\w*|statement|arrest\w*|custody|court|report(?:ed)? it)\b"),
]
_SOFT = [(cat, re.compile(p)) for cat, p in SOFT_CUES]


def soft_cues(norm_text: str) -> tuple:
    """Categories whose broad cue words occur in the text (for the classifier second line)."""
    found = [(cat, [m.span() for m in rx.finditer(norm_text)]) for cat, rx in _SOFT]
    if not any(spans for _, spans in found):
        return ()
    negated = _negated_spans(norm_text)  # explained-away spans say nothing
    return tuple(cat for cat, spans in found
                 if any(not any(ns <= s and e <= ne for ns, ne in negated) for s, e in spans))
