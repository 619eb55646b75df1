"""Reason lexicons (attendance codes) and intent cue patterns.

Each lexicon hit is both evidence for the final answer and a feature token fed to the
text classifier, so the classifier learns how far to trust each cue in context while
the lexicons carry the vocabulary to messages it never saw (new illnesses, new
destinations, new festivals).
"""
from __future__ import annotations

import re

# Someone other than the child: an illness of theirs is O (parent or sibling ill), unless
# it is grave (stroke, intensive care), which is a family emergency: C.
_OTHER_PERSON = (r"(?:\bi'm\b|\bi am\b|\bi've\b|\bi have\b|\bi was\b|\bmyself\b|\bmy (?:husband|wife|partner|"
                 r"mum|mom|dad|mother|father|youngest|eldest|oldest|baby|toddler|other (?:son|daughter|child|kids?)|"
                 r"little one|little boy|little girl|brother|sister|nan|nana|gran|grandma|grandad)\b|"
                 r"\b(?:his|her|their|\w+'s) (?:little |baby |big |older |younger )?(?:brother|sister|sibling|dad|mum|mother|father|"
                 r"nan|nana|gran|"
                 r"grandma|grandad|grandpa|grandfather|grandmother|granny|uncle|aunt|auntie)\b|"
                 r"\bthe baby\b|\bnan's\b|\bnana's\b|\bgran's\b|\bdad's\b|\bmum's\b)")
_SYMPTOM = (r"(?:ill|unwell|not well|poorly|sick|flu|covid|bug|vomiting|diarrhoea|migraine|fever|temperature|"
            r"cold|hospital|op|operation|surgery|injured|broken \w+|croup|infection|chicken ?pox|tonsillitis|"
            r"norovirus|d&v|chest infection|pneumonia|bronchiolitis|concussion)")

# code -> list of (weight, pattern). A code's rule score is its best weight; the highest
# score wins and ties go to the more specific code (parse.RULE_ORDER).
LEXICON = {
    "I": [
        (2, r"\b(?:ill|illness|unwell|poorly|sick|sickness|vomit\w*|throwing up|threw up|puking|diarrhoea|"
            r"fever|feverish|temperature|temps?|high temp|flu|covid|coronavirus|cough\w*|cold|colds|virus|bug|"
            r"infection|infected|tonsillitis|strep|chicken ?pox|measles|mumps|rubella|scarlet fever|"
            r"hand,? foot,? and mouth|ulcers?|conjunctivitis|pink eye|migraine|headache|head ache|stomach ?ache|"
            r"tummy(?: ache| bug| pain)?|stomach (?:pain|bug|cramps?)|earache|ear ache|toothache|sore throat|"
            r"asthma|wheezy|chesty|rash|hives|injur\w*|sprain\w*|broken (?:arm|leg|wrist|"
            r"ankle|finger|toe|nose|collarbone)|broke (?:his|her) \w+|it's broken|concussion|crutches|"
            r"a&e|a and e|stitches|period pains?|(?:her|on (?:her|my)) period|cramps|anxiety|anxious|depress\w*|"
            r"mental health|panic attacks?|meltdown|not well|not feeling (?:well|great|good|100)|under the weather|"
            r"off colour|(?:isn't|is not|wasn't|isnt|aren't) (?:very |feeling )?well|migrane|migrain|glandular|"
            r"norovirus|noro|impetigo|slapped cheek|croup|bronchiolitis|pneumonia|"
            r"appendicitis|gastro\w*|food poisoning|nosebleed|dizzy|fainted|hay ?fever|eczema|"
            r"sickle cell|epilep\w+|seizure|tonsils|ear infection|uti|shingles|"
            r"bad back|pulled a muscle|swollen|hurt (?:his|her) \w+|in pain|achy|"
            r"antibiotics|calpol|burnout|exhaustion|off sick|self[- ]?harm\w*|overdose|eating disorder|"
            r"cutting (?:herself|himself)|kill (?:herself|himself)|want(?:s|ed)? to die|suicid\w*|feeling (?:very )?low|"
            r"not in a good place|struggling|tested positive|positive|lateral flow|sprained|twisted|"
            r"had a (?:bad )?fall|fell (?:off|over|down|out of)|done (?:his|her|their) \w+ in|hurt (?:himself|herself|"
            r"themselves)|"
            r"bumped (?:his|her) head|banged (?:his|her) head|knocked (?:himself|herself) out|limping|can't walk|"
            r"can't put weight)\b"),
        # Everyday and text-speak names for a sick child: "bad belly", "stomach paining", "upset tummy",
        # "nose bleed", "tonsilitus", a diabetic "hypo", "bad with his chest".
        (2, r"\b(?:upset (?:stomach|tummy)|(?:bad|sore|poorly) (?:belly|tummy|stomach|chest|ear|eye)|belly ?ache|"
            r"(?:stomach|tummy|belly|head) (?:paining|hurting|hurts)|nose ?bleeds?|tons[io]l+[iae]t[iu]s|hypo|"
            r"(?:blood )?sugars? (?:are |is )?(?:all over|high|low)|bad with (?:his|her|their) (?:chest|asthma|stomach|"
            r"tummy|belly|ears?)|bump on (?:his|her|the) head)\b"),
        # Getting over an operation, or an emergency one, is illness; a planned one is M (ties go to I).
        (3, r"\b(?:recover\w*(?: \w+)? (?:from|after) (?:\w+ ){0,2}(?:op|operation|surgery)|after (?:his|her|their|the) "
            r"(?:op|operation|surgery)|emergency (?:surgery|operation|op)|appendix out|appendicitis)\b"),
        (2, r"[\U0001F912\U0001F922\U0001F92E\U0001F927\U0001F637]"),  # feverish, nauseous, vomiting, sneezing, masked faces
        (1, r"\b(?:hospital(?:ised)?|admitted|recovering|recovery|pain|aches?|sore|"
            r"allerg\w+|fracture[sd]?|mental)\b"),
    ],
    "M": [
        # Operations and procedures are booked medical care: the child's own appointment.
        (3, r"\b(?:op|ops|operation|operations|pre-op|procedure|tonsils (?:out|removed|taken out)|tonsillectomy|"
            r"grommets?|adenoids|(?:tooth|teeth) (?:out|removed|extracted|taken out)|extraction|general anaesthetic|"
            r"hospital (?:appointment|appt|appointments|check|visit|review|scan)|day surgery)\b"),
        (2, r"\b(?:has|have|got|'s got|hs) (?:the |a |her |his )?hospital\b"),
        # Hospital at a clock time, an eye test said as a verb, a procedure: the child's own appointment.
        (2, r"\bhospital (?:at|for) (?:\d|half|quarter)|\b(?:eyes?|ears?|hearing|sight) (?:tested|checked)\b"),
        (3, r"\b(?:dental|oral) surgery|allergy (?:challenge|clinic)|food challenge\b"),
        (2, r"\b(?:appointment|appointments|dentist|dental|orthodontist|braces|optician|opticians|eye test|"
            r"hearing test|audiology|camhs|therapy|therapist|physio\w*|speech therapy|"
            r"paediatrician|pediatrician|consultant|clinic|doctors|doctor|"
            r"(?:allergy|blood|hearing|eye|sight|skin|sleep|urine|covid) tests?|vaccinations?|vaccines?|jabs?|"
            r"immunisations?|injections?|x-?ray|scan|mri|ultrasound|check ?up|check-up|follow[- ]up|gp|"
            r"audiologist|review|counsell\w+|psychologist|psychiatrist|ent|dermatologist|cast off|plaster off|stitches out|"
            r"booster|flu spray|assessment|podiatr\w+|chiropod\w+|nurse|surgery)\b"),
    ],
    "R": [
        (3, r"\b(?:eid|eid al[- ]\w+|eid ul[- ]\w+|diwali|deepavali|yom kippur|rosh hashana\w*|vaisakhi|"
            r"baisakhi|passover|pesach|sukkot|succot|shavuot|purim|hanukkah|chanukah|holi|navratri|navaratri|"
            r"durga puja|puja|dussehra|dasara|guru nanak|gurpurab|gurpurb|raksha bandhan|janmashtami|"
            r"ganesh chaturthi|onam|pongal|lohri|ugadi|chhath|karva chauth|shivratri|ram navami|"
            r"religious|holy day|day of obligation|ash wednesday|good friday|maundy thursday|ascension|epiphany|"
            r"timkat|meskel|fasika|"
            r"orthodox (?:easter|christmas)|christmas \(?orthodox|feast day|saint's day|shemini atzeret|"
            r"simchat torah|tisha b'av|mosque|gurdwara|synagogue|temple|mandir|jummah|ashura|mawlid|"
            r"vesak|wesak|bandi chhor|losar|nowruz|navroz|chinese new year|lunar new year|shabbat|sabbath|"
            r"bar mitzvah|bat mitzvah|first communion|communion|pilgrimage|umrah|hajj|mass)\b"),
        (1, r"\b(?:church|festival|orthodox|celebrat\w+|service|prayers)\b"),
    ],
    "G": [
        (3, r"\b(?:holiday|holidays|hols|hol|vacation|cruise|caravan|camping|centre parcs|center parcs|"
            r"disney\w*|butlins|all inclusive|short break|city break|weekend away|getaway|ski\w*|lapland|staycation|"
            r"villa|resort|glamping|road trip|eurocamp|haven(?!')|mini[- ]break|long weekend|family trip|trip abroad)\b"),
        (2, r"\b(?:abroad|overseas|flights?|fly|flying|flew|airport|plane|going away|go away|away for|"
            r"trip|half term|booked|cheaper|the lakes|lake district|back home to|visit(?:ing)? family|"
            r"see family|visit(?:ing)? (?:the |her |his |their |our )?(?:grandparents|grandma|grandad|nan|gran|"
            r"relatives)|away in)\b"),
        (1, r"\b(?:spain|tenerife|lanzarote|majorca|mallorca|ibiza|canaries|turkey|greece|portugal|france|"
            r"italy|florida|dubai|pakistan|india|bangladesh|nigeria|ghana|jamaica|poland|romania|"
            r"lithuania|bulgaria|cyprus|egypt|morocco|thailand|america|usa|the states|australia|"
            r"benidorm|algarve|cornwall|devon|wales|scotland|ireland|euro\w*|blackpool|skegness|"
            r"croatia|malta|madeira|gran canaria|fuerteventura|crete|corfu|rhodes|zante|kos|albania|"
            r"somalia|somaliland|kenya|ethiopia|eritrea|sudan|uganda|zimbabwe|south africa|sri lanka|nepal|"
            r"china|hong kong|vietnam|philippines|malaysia|bali|brazil|mexico|canada|new york|orlando|germany|"
            r"netherlands|amsterdam|paris|rome|barcelona|madrid|lisbon|dublin|iceland|norway|slovakia|"
            r"czech\w*|hungary|latvia|estonia|ukraine|iraq|iran|afghanistan|saudi|mecca|jordan|lebanon|"
            r"the caribbean|barbados|trinidad|st lucia|isle of wight|norfolk|the peak district|yorkshire dales)\b"),
        (2, r"\b(?:week away|few days away|days away|time away|going home to|back to (?:see )?(?:family|relatives)|"
            r"visit(?:ing)? (?:relatives|family) (?:abroad|in|back home)|family (?:visit|holiday|break)|"
            r"ferry|eurostar|sunshine|beach|travel(?:ling|led)? (?:abroad|overseas|back)|the coast|seaside|"
            r"leave (?:early )?(?:for|before) (?:the|our) (?:flight|holiday|ferry)|break away)\b"),
    ],
    "C": [
        (3, r"\b(?:funeral|funerals|passed away|bereave\w*|cremation|burial|memorial|"
            r"lost (?:her|his|my|their|our) (?:nan|nana|gran|grandma|grandad|grandpa|granny|"
            r"uncle|aunt|auntie|dad|mum|father|mother|brother|sister|cousin)|family emergency|"
            r"critically|life support|was killed|been killed|killed in|intensive care|icu|gravely|end of life|"
            r"terminal\w*|hospice|stroke|"
            r"heart attack|house fire|fire at (?:our|the) house|burgled|wedding|getting married|married|nikah|"
            r"mehndi|bridesmaid|page boy|janazah|shiva|sitting shiva|last rites|evicted|eviction|made homeless|"
            r"lost (?:her|his|their|our) (?:grandad|grandpa|grandma|nan|nanny|auntie|uncle|baby brother|baby sister)|"
            r"in a coma|on a ventilator|days to live|weeks to live|chapel of rest|scatter(?:ing)? (?:the |his |her )?ashes|"
            r"mourning|condolences|anniversary of (?:his|her|their|my) (?:death|passing)|walima|sangeet|mehendi|"
            r"family crisis|emergency at home|critical condition|say (?:our |their |his |her )?goodbyes?|"
            r"saying goodbye to (?:his|her|their|my) (?:nan|nana|grandad|grandma|grandpa|great)|rip|"
            r"fire brigade|fire service|blew up|explosion|gas leak|"
            # A break-in at home the night before is a family emergency.
            r"(?:house|home|flat) (?:got |was |has been |been )?broken into|burglary)\b"),
        (1, r"\bemergency\b"),
        (2, r"\b(?:died|death|dying|passed|seriously ill|very ill|very poorly|rushed to hospital|"
            r"car accident|been told to get there|wake)\b"),
    ],
    "O": [
        (2, r"\b(?:train (?:was|is|got|has been) (?:cancelled|late|delayed)|stuck behind|bin lorry|recovery truck|"
            r"(?:problem|problems|trouble|issue|issues) with (?:the|my|our) car|didn't sleep|hardly slept|no sleep|"
            r"couldn't sleep|bad night|competition|gymnastics|(?:football|sports?|academy) trial|trial (?:for|at|with))\b"),
        # Household logistics, tiredness after an outing: reasons schools do not accept.
        (3, r"\b(?:removals?|removal (?:van|men|company|firm)|moving (?:house|day|home)|move house|house move|"
            r"wait(?:ing)? (?:in )?(?:for|on) (?:the |a |an |our )?(?:insurance|plumber|engineer|electrician|gas|boiler|"
            r"locksmith|landlord|builders?|delivery|parcel|repair|glazier|fitters?|carpets?|sofa|fridge|bt|openreach)|"
            r"mot|(?:car|van)(?:'s| has| was| got)?(?: been)? (?:towed|clamped)|towed away|clamped)\b"),
        # The family's own errands and car: driving lessons and tests, the housing office, a burst tyre or a
        # dead car. Schools do not accept these (O).
        (2, r"\b(?:housing (?:office|officer|team|association|appointment|meeting)|(?:council|office) about (?:our|the|my) "
            r"(?:housing|flat|house|home))\b"),
        (3, r"\b(?:driving (?:theory )?(?:test|lessons?)|theory test|tyre blow ?out|"
            r"blow ?out|blown (?:a )?tyre|burst tyre|cars?(?:'s| is)? (?:knackered|kaput|bust|iced up|frozen))\b"),
        # A public bus by its number, or "our bus to town", that never came: O (CONVENTIONS: missed the bus (public)).
        (3, r"\b(?:the|no) \d+[a-z]?\b(?: bus)? (?:never|didn't|did not|hasn't|has not) (?:came|come|turn(?:ed)? up|show(?:ed)? up)(?! home)|"
            r"\bno \d+[a-z]?\b(?: bus)? for (?:\d+|half an hour|an hour|ages)|\bour bus (?:to|into) (?:town|the city|work)\b"),
        # Tired after a treat or a trip away is tiredness (O), whatever the trip was.
        (4, r"\b(?:(?:tired|exhausted|shattered|worn out|knackered|overtired)(?:\W+\w+){0,3}?\W+(?:after|from) (?:\w+ ){0,3}"
            r"(?:party|parties|sleepover|trip|wedding|concert|gig|late night|weekend|festival|disco|sweets|"
            r"celebrations?|match))\b"),
        (2, r"\b(?:birthday|bday|b'day|shopping|day out|treat|theme park|alton towers|thorpe park|"
            r"legoland|zoo|cinema|overslept|over slept|slept in|slept through|alarm|car broke down|"
            r"broken down|broke down|car (?:won't start|trouble|problems?|issues?|died|is dead|'s dead)|car's died|"
            r"flat tyre|flat tire|flat battery|puncture|missed the (?:\S+ )?(?:bus|train|tram)|"
            r"bus (?:drove|went) (?:straight )?past|(?:bus|buses) (?:was|were|are|is) (?:full|late|running late)|"
            r"not the school (?:one|bus)|delivery|waiting in|engineer|plumber|boiler|uniform|no clean|"
            r"refus\w+|won't get (?:up|out of bed|dressed)|doesn't want to (?:come|go)|"
            r"head ?lice|nits|lice|tired|exhausted|late night|childcare|nobody to take|no one to take|"
            r"no one else can|can't leave (?:her|him)|can't get (?:him|her|them) (?:in|there|to school|across)|"
            r"no lift|no way of getting|lift fell through|bike (?:got )?stolen|"
            r"nightmare morning|couldn't find|can't find (?:his|her) (?:shoes|coat|bag|keys)|"
            r"graduation|nursery|settling (?:him|her) in|police station|statement|"
            r"(?:hamster|dog|cat|pet|rabbit|fish|guinea pig|puppy|kitten|tortoise)(?:'s)? (?:died|passed|is ill|is sick)|"
            r"family day|family time|rugby|match|game|concert|gig|tournament|party|race|"
            r"moving house|move house|house move|passport|visa|court|solicitor|vet|lie[- ]in|haircut|hairdresser|"
            r"hair appointment|nails|prom|sleepover|jet ?lag|ran out of petrol|no petrol|locked out|lost (?:his|her|"
            r"my|the) keys|"
            r"power cut|no heating|burst pipe|babysit\w*|look(?:ing)? after (?:his|her|their|my) (?:brother|sister|baby)|"
            r"job ?centre|housing appointment|bank|day trip|wouldn't get up|won't get up|can't be bothered|"
            r"just (?:a|one) day off|needs? a (?:day|break|rest)|duvet day|mental health day|no school shoes|"
            r"(?:mum|dad|grandma|nan)'s (?:birthday|wedding anniversary)|anniversary|"
            r"late night|stayed up (?:late|too late)|up late|got back late|back late|overtired|over tired|shattered|"
            r"no one to (?:take|drop|collect)|couldn't get (?:a )?(?:babysitter|childcare|a lift)|"
            r"(?:my|his|her) (?:shift|work) (?:starts?|finishes)|i(?:'ve| have) got work|called in to work|"
            r"forgot (?:his|her|their|the)|lost (?:his|her) (?:shoes|coat|blazer|uniform|glasses)|washing machine|"
            r"(?:sister|brother|sibling)'s (?:assembly|sports day|graduation|nativity|show|play|party|christening)|"
            r"christening|baptism|naming ceremony|engagement party|family (?:party|gathering|do|event|celebration)|"
            r"driving test|ikea|trampoline park|soft play|bowling|the match|football match|tickets?|"
            r"didn't want to (?:come|go|get up)|won't go in|kicking off|tantrum|chill day|"
            r"visitors from|family (?:staying|visiting|over from)|(?:relatives|family) (?:are )?(?:staying|visiting)|"
            r"car (?:wouldn't|won't) start|missed (?:the|his|her) (?:bus|train|lift)|bus was (?:full|late|cancelled)|"
            r"roadworks|stuck in traffic|dad(?:'s| is) home (?:from|on leave)|home on leave|"
            r"(?:his|her|my|their|our|\w+'s) \d\d(?:st|nd|rd|th)\b(?! (?:of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
            r"nov|dec))|"
            r"(?:\d+(?:st|nd|rd|th)|eightieth|ninetieth|fiftieth|sixtieth|seventieth|fortieth) (?:birthday|party|"
            r"celebration|do))\b"),
        (1, r"\b(?:traffic|visitors|visiting|football|dog|pet|won't (?:go|come)|trip)\b"),
    ],
    "Y1": [
        (3, r"\b(?:school bus|coach|taxi|minibus|school transport|la transport|council transport|"
            r"passenger assistant|escort|no bus|bus company|cancelled the school run|bus never (?:came|turned up)|"
            r"transport (?:didn't|hasn't|never|did not|has not|isn't)|"
            r"the bus (?:didn't|never|hasn't) (?:come|turn up|show|arrive)|"
            r"bus (?:didn't|never|hasn't|did not|has not) (?:come|turn up|show|arrive))\b"),
    ],
    "Y2": [
        (4, r"\b(?:snow\w*|blizzard|ice|icy|frozen|gritted|flood\w*|under water|burst (?:its|their) banks|"
            r"road(?:'s| is| was| has| had)?(?: been)? (?:closed|shut)|gridlock\w*|roads (?:are )?(?:closed|shut)|"
            r"road closure|closed (?:the |our )?(?:roads?|street)|"
            r"(?:[am]\d+|motorway|bridge|lane|crossing|causeway|tunnel|ford) (?:is |was |'s )?(?:shut|closed)|whole road's closed|"
            r"strike|strikes|train strike|rail strike|bus strike|storm|storms|gales?|"
            r"trains? (?:cancelled|are cancelled|not running)|no trains|no buses|landslide|"
            # Public transport stopped across the town: "the trams were suspended".
            r"(?:trams?|trains?|metro|tube|buses) (?:were |are |was |is |have been |has been )?(?:all )?suspended|"
            r"weather warning|red warning|amber warning|fallen tree|tree down|jack-?knifed|lorry fire|"
            r"burst water main|water main|diversion|ferry cancelled|fog|accident on the (?:[am]\d+|motorway|bypass|"
            r"ring road|main road|dual carriageway)|police closed|police had closed|"
            r"won't let (?:cars|anyone|us|traffic) (?:out|through|in|past)|cordon\w*|roads? (?:blocked|cordoned off))\b"),
    ],
    "J1": [
        (4, r"\b(?:interview|interviews|apprenticeship interview|open day|taster day|admissions day|"
            r"enrolment|enrollment|induction day|assessment day|selection day)\b"),
        (1, r"\b(?:college|sixth form|6th form|apprentice\w*|university|uni|traineeship)\b"),
    ],
    "C1": [
        (3, r"\b(?:performance|performing|perform|licen[cs]e|licensed|acting|actor|actress|modelling|modeling|"
            r"panto|pantomime|filming|advert|commercial|photoshoot|casting|been cast|cast in|cast as|"
            r"audition|dance show|west end|matinee\w*|bbc|itv|netflix|film set|on set|"
            r"stage school|theatre|theater|musical)\b"),
        (1, r"\b(?:model|show|shows|stage|film|films|tv|shoot|ballet|rehearsal\w*|extra|agency|agent)\b"),
    ],
    "S": [
        (3, r"\b(?:study leave|revision|revise|revising|mocks)\b"),
        (1, r"\b(?:study|studying|gcses?|a[- ]levels?|exams?)\b"),
    ],
    "T": [
        (4, r"\b(?:travell?ing (?:with|on) (?:the )?(?:fair|rides|show|circus|road|trailers?|wagons?|work)|"
            r"travell?in with|traveller\w*|gypsy|roma|the fair|fairs|fairground|show ?people|showmen|"
            r"showman|circus|on the road|trailers?|the wagons|moving on|working away|away working|"
            r"the season|pulled on|pull on|horse fair|appleby|the rides|with the rides|our fair|"
            r"(?:travel|travell?ing|go|going|away|working|work) (?:\w+ ){0,4}?for work|for work \(|"
            r"away with us for work|got a job in)\b"),
    ],
}

# A clock time after the end of the school day (parse.END_OF_DAY, 15:10): collecting then, or
# missing pick-up then, is home time, not leaving early (3.10 itself reads as leaving early).
_HOME_TIME_CLOCK = (r"(?:3[.:](?:1[5-9]|[2-5]\d)|[456](?:[.:][0-5]\d)?|half (?:3|4|5)|quarter (?:past|to) (?:3|4))"
                    r"(?: ?pm)?\b")
_AT_HOME_TIME = (rf"(?:for|to|by|in time for|at) (?:the |school )?"
                 rf"(?:{_HOME_TIME_CLOCK}|pick ?-?up|home ?time|collection)")

# Intent cues, also fed to the classifier as feature tokens.
INTENT_CUES = {
    "optout": r"^\W*(?:stop|unsub|unsubscribe|stopall|stop all|end|quit|cancel|opt out|optout|remove me)\W*$"
              r"|\b(?:unsubscribe|opt(?:ing)? (?:me |us )?out|(?:no longer|don't|do not|dont) wish to (?:receive|get)|"
              # "stop the bus leaving without him", "stop sending him home": not about messages.
              r"stop (?:texting|messaging|sending(?! (?:him|her|them)\b)|contacting|these) ?(?:me|messages|texts|us)?|"
              r"stop the (?:\w+ )?(?:messages|texts|txts|emails|alerts|notifications|reminders)"
              r"|remove (?:my|me|this|our) (?:number|details|from)|(?:don't|do not|dont) (?:text|message|contact) (?:me|us)"
              r"|no more (?:texts?|messages?|txts?|sms|notifications?)|"
              # "I'd rather not get these texts", "don't need these messages".
              r"(?:rather|prefer) not (?:to )?(?:get|receive|have) (?:these|the|your|any|those) (?:texts|messages)|"
              r"(?:don't|do not) need (?:these|the|your|those) (?:texts|messages)|take me off|(?:take|remove) (?:my|this|our) (?:number|details) off|"
              r"not interested|stop it|leave me alone|"
              r"(?:not|don't|do not|no) (?:send|want|get|receive)(?: me)?(?: \w+){0,3} (?:messages|"
              r"texts)(?: \w+)? any ?more)\b",
    # "unsubscribe me from the PTA emails, not the school ones", "I just want the absence texts": one list
    # is dropped, the school's messages are kept (other, not opt_out).
    "keep_some": r"\b(?:just|only|still) want (?:the |your )?(?:\w+ )?(?:texts|messages|ones)\b|\bnot the (?:school|"
                 r"absence|attendance|other|\w+) ones\b",
    # "stop him bringing his phone", "stop the bus leaving early": the school is asked to stop
    # something happening, not to stop messaging.
    "stop_doing": r"\bstop (?:him|her|them|(?:the|my|his|her|their|other) \w+|(?!sending|texting|messaging|"
                  r"contacting|calling|getting|receiving|this|that|these|today|now|at|in|on|for)\w+) (?:from |of )?"
                  r"(?!(?:morning|evening|something|nothing|anything|everything|wedding|meeting|building)\b)\w+ing\b",
    "request": r"\b(?:can (?:we|i|he|she|they|you)|could (?:we|i|he|she|they|you)|may (?:we|i|he|she)|"
               r"would it be (?:ok|okay|possible|alright|acceptable)|is it (?:ok|okay|possible|alright|acceptable)|"
               r"request|requesting|permission|authoris\w+|authoriz\w+|allowed|ask(?:ing)? for (?:leave|time off|"
               r"permission)|"
               r"would (?:she|he|they) be allowed|approve|approval|leave of absence|term[- ]time leave|"
               r"would like to take|like to request|i'd like to take|do i need to|form)\b",
    "strong_request": r"\b(?:request(?:ing)? (?:permission|leave|authoris\w+)|(?<!not )(?<!can i )(?<!could i )(?<!may i )(?<!'s )(?<!is )ask(?:ing)? (?:whether|if|"
                      r"for permission|permission)|"
                      r"(?<!won't )(?<!not )be authorised|authorise (?:her|his|their|the) absence|"
                      r"request (?:for|that) (?:\w+ )?(?:to |is |be |is to be |may be |can be |could be )?(?:be )?(?:absent|excused|off|authorised)|"
                      r"(?:may|could|can) (?:she|he|they|\w+) (?:please )?(?:take|have) (?:\w+ ){0,3}off\b|"
                      r"(?:can|could|may) (?:she|he|they) (?:still |please )?go(?= ?\?)|"
                      r"would (?:the school|you|the head|the headteacher|school) (?:\w+ )?(?:agree|consider|allow|"
                      r"approve|authorise|permit)|"
                      r"would (?:she|he|they|\w+) be able to (?:miss|have|take|be off|leave)|is it possible for \w+ to|"
                      # "any chance Jess could finish a day early", "kindly grant leave for 3 days",
                      # "do you mind if Theo finishes at 12 on Friday".
                      r"(?:do|would) you mind if (?:(?:i|we) (?:take|keep)|(?:she|he|they|\w+) (?:leaves|"
                      r"finishes|goes|misses|has|takes|is off|was off|stays))\b|"
                      r"any chance (?:that )?(?!you\b|someone|somebody|anyone)\w+ (?:could|can|might) (?:please )?"
                      r"(?:take|have|miss|be off|be absent|be excused|leave|finish|go)\b|"
                      r"grant (?:\w+ ){0,4}(?:leave|permission|absence|holiday|days? off)|"
                      r"(?:may|could|can) (?:she|he|they|\w+) (?:please )?have (?:a |an |"
                      r"the )?(?:\w+ ){0,3}(?:holiday|leave|time off|days? off)|authorise (?:her|him|them)|"
                      r"(?:can|could|may) (?:i|we) take|is it (?:ok|okay|alright|possible) (?:if|for)|"
                      r"would it be (?:ok|okay|possible|alright) (?:if|for)|permission for|"
                      r"(?:may|could|can) (?:she|he|they|\w+) (?:please )?(?:be (?:absent|excused|off|authorised|released)|"
                      r"have (?:the|a|some|that|this) (?:morning|afternoon|day|days|time|week|time off)|"
                      r"(?:take|have) (?:the |a |some |that |this )?(?:morning|afternoon|day|days|time|week) off|"
                      r"miss (?:the |a |some |that |this )?(?:morning|afternoon|day|days|week|school|(?:mon|tues|wednes|thurs|fri)day|"
                      r"tomorrow))|"
                      r"would you (?:allow|authorise|permit|approve)|(?:can|could|may) (?:i|we) (?:please )?(?:keep|"
                      r"take|have) "
                      r"(?:her|him|them|\w+) (?:out|off|home) (?:of school )?(?:for|on|next|from)|"
                      r"is it (?:ok|okay|alright|possible|acceptable) (?:to|that)|"
                      r"(?:can|could|may) (?:she|he|they|\w+) (?:please )?(?:leave|finish|go home|be collected|"
                      r"be picked up) "
                      r"(?:early|at \d)|"
                      r"(?:can|could|may) (?:she|he|they|\w+) (?:please )?(?:go|come|travel|fly|stay|"
                      r"visit)\b(?:\W+[\w']+){0,8}?\W+"
                      r"for (?:the|a|two|three|four|five|\d+|a couple of|a few) (?:week|weeks|days?|nights?|morning|"
                      r"afternoon)\b)\b",
    "policy_q": r"\b(?:how long (?:does|do|should|must|will) (?:she|he|they|\w+) (?:need to |have to )?(?:stay|be|keep)|"
                r"(?:does|do|should|must) (?:she|he|they|i|we) (?:need to |have to )?(?:stay|keep (?:her|him|"
                r"them)) (?:off|home|away)|"
                # "do they have to be 48 hours clear before coming back"
                r"(?:does|do|should|must) (?:she|he|they|i|we) (?:need to |have to )?(?:be|wait) (?:\w+ ){0,3}"
                r"(?:clear|free)|"
                r"(?:can|could|is) (?:she|he|they) (?:allowed to )?(?:come|return|go) (?:back |in |"
                r"into school )?(?:with|if|after|while|whilst)|"
                r"(?:is|are) (?:she|he|they) (?:allowed|ok|okay|able) to (?:come|return|be) (?:in|back|at school)|"
                r"what(?:'s| is) the (?:rule|policy)|what (?:should|do) (?:i|we) do|"
                r"do (?:i|we|you) (?:need|have|want) (?:to (?:send|bring|get|provide) )?(?:in )?(?:a |an |"
                r"any )?(?:doctor's |gp |sick |"
                r"medical )?(?:note|letter|proof|evidence))\b",
    "out_and_back": r"\b(?:collect\w*|pick(?:ing)? (?:her|him|them|\w+) up|(?:take|taking) (?:her|him|them|\w+) out|"
                    r"sign(?:ing)? (?:her|him|them|\w+) out|(?:take|taking|get|getting) (?:her|him|them|\w+) at|"
                    r"leav(?:e|ing) at|be leaving at)\b"
                    r".{0,80}\b(?:back (?:for|by|in time for|at|before|after|about|around)|(?:bring|drop|have|"
                    r"take) (?:her|him|them) (?:straight |right )?back|"
                    r"(?:come|comes|coming) (?:straight )?back|back in (?:for|by|at|time)|return(?:ing)? (?:(?:her|him|them) )?(?:to school|"
                    r"for|by|at|before|after))\b"
                    r"|\b(?:appointment|dentist|doctor|doctors|hospital|orthodontist|optician|"
                    r"clinic)\b.{0,80}\b(?:back (?:in school |at school |"
                    r"to school )?(?:by|for|before) (?:lunch|lunchtime|dinner|12|half 12|afternoon)|"
                    r"back in time for (?:lunch|afternoon|the afternoon))\b",
    "late": r"\b(?:late|later|in for|in by|be in at|in at|in after|back after|back by|back for|back in|"
            r"come in after|bring (?:him|her|them) in|bringing (?:him|her|them) (?:in|back|straight)|drop (?:him|her|them)|"
            r"dropping (?:him|her|them)|straight after|straight in|afterwards|running late|be there|asap|"
            r"mins|minutes|half an hour|delayed)\b",
    "absent": r"\b(?:(?:won't|will not|not) be in(?! (?:until|till|til|before) (?:about |around )?\d)|not in|"
              r"not coming|isn't coming|(?<!better )(?<!worse )(?<!kicking )(?<!fighting )(?<!it )(?<!go )(?<!goes )(?<!went )(?<!take me )(?<!taken me )off(?! (?:his|her|their|my|your) (?:face|head|trolley|rocker|nut)\b)|"
              r"absent|absence|"
              r"stay(?:ing)? (?:at )?home|keep(?:ing)? (?:him|her|them) (?:off|home|at home)|kept (?:him|her|"
              r"them) (?:off|home)|"
              # "won't make it for 3.15", "collecting her at 3.30": home time, not the child off.
              r"can't come|cannot come|not come|won't make it(?! " + _AT_HOME_TIME + r")|wasn't in|weren't in|"
              r"miss(?:ing|ed)? school|"
              r"(?<!passed )away|not attend\w*|rest day|(?:letting|let) (?:him|her|them) (?:have )?(?:a )?rest\b|"
              r"not worth (?:bringing|sending|taking) (?:him|her|them)|"
              r"neither (?:of )?(?:\w+ )?(?:will|are|is) (?:be )?(?:in|coming)|no way (?:we|i) can get|"
              r"too (?:tired|ill|poorly|sick|upset) (?:for|to go to|to come to|to come in)|won't attend|home today|"
              r"at home|stay off|be off|he not come|she not come|"
              r"pick(?:ing)? (?:him|her|them|\w+) up (?:early|at(?! " + _HOME_TIME_CLOCK + r")|before|this)|"
              r"collect\w* (?:him|her|them|\w+) (?:early|at(?! " + _HOME_TIME_CLOCK + r")|before|this)|"
              r"leave early|leaving early|"
              r"not be at school|won't be at school|won't be coming|stopping off|"
              r"can't get (?:him|her|them|\w+) (?:to|into|in to) school|not going in|not going to school|"
              r"not sending (?:him|her|them|\w+)\b|staying (?:at )?(?:home|off|with)|having a day (?:at home|off)|"
              r"won't be at school|not at school today|(?:he's|she's|they're) at home|won't leave the house|"
              r"no school (?:for|today)|"
              r"(?:don't|do not) want to send (?:him|her|them) in)\b",
    "in_school": r"\b(?:sending (?:her|him|them) (?:in|to school)(?: anyway| as normal| as usual)?|(?:wanted|"
                 r"wants) to (?:come|be) in\b|"
                 r"(?:they're|he's|she's|they are|he is|she is) (?:still )?coming in(?! late| later| at| for| after|"
                 r" tomorrow)|"
                 r"fine to come in|keep (?:him|her|them) (?:in|at) school|(?:in|in school|come in|"
                 r"coming in) (?:today )?as (?:normal|usual)|"
                 r"(?:fine|ok|okay|well) and in(?: school)?|(?:are|is|'re|'s) (?:both |all )?in school|"
                 r"(?:he|she|they)(?:'ll| will) (?:still )?be in (?:but|as normal|as usual)|(?:he's|she's|"
                 r"they're) in but|^in today|"
                 r"(?:are|is|'re|'s) in (?:school )?today|(?:is|are|will be|'ll be) (?:taking|bringing|"
                 r"dropping) (?:\w+ ){1,3}(?:to school|in)\b|"
                 r"(?<!n't be )(?<!not be )(?<!n't come )back (?:in |at school |in school )?today|(?:bring|bringing|"
                 r"drop|dropping) (?:\w+ )?(?:in|off) and (?:collect|pick)\w*|"
                 r"(?:in|during) the (?:holidays|half term|summer holidays|easter holidays)|(?:in|during|of) half ?-?term|"
                 r"(?:has|have|he's|she's|they've|they have) (?:gone|come) in(?! late| later| at| for| after)|"
                 r"(?:is|are|he's|she's|they're) (?:in school|at school)(?: today| now)?|in school today)\b",
    # "..., Chloe is coming in.", "I'm ill but Kayden is in": someone is in school. Read as the child
    # only when the sender has one child: "Mo has a temp, Aisha is fine and coming in" is Mo's absence.
    "child_in": r"(?<!neither )(?<!nobody )(?<!no one )(?<!none )\b(?:is|are) (?:still |fine and )?coming in"
                r"(?=[^\w?]*$|\s*[.,;!]| but\b)|\bbut (?:\w+ ){1,2}(?:is|are|'s|'re) (?:still )?in(?: today)?"
                r"(?=[^\w?]*$|\s*[.,;!])",
    # "Grace is testing negative and will be in today": someone will be in today (read as the child only
    # when the sender has one child; "neither will be in today" is the opposite).
    "in_today": r"^(?!.*\b(?:neither|none|nobody|no one)\b).*?(?:will|'ll) (?:still )?be in (?:school )?today\b"
                r"(?!\s*(?:late|later|at|by|for|after|until|till|from|around|about|once|when|as soon))",
    # "no need to miss school": the message itself says the child is not off, whatever else it says.
    "no_miss": r"\b(?:no need to (?:miss|take|worry|mark)|no time off (?:needed|required)|"
               r"(?:won't|will not|doesn't|does not|shouldn't|won't need to|don't want (?:him|her|them) to|"
               r"(?:he|she|they) (?:doesn't|don't|won't)) (?:need to |have to )?miss (?:any |out on any )?"
               r"(?:school|lessons|learning|time|class|anything))\b",
    # "it says absent on the app but she was in": a register query.
    "register_query": r"\b(?:marked (?:as |her |him |them )?absent|says (?:\w+ )?absent|shows? (?:\w+ )?(?:as )?absent|"
                      r"(?:was|were) in (?:school|class) on)\b",
    # The parent is late collecting, or someone else collects, at home time: nothing about attendance.
    "home_time": r"\b(?:instead of me|no changes? to school)\b"
                 r"|\b(?:late|behind) (?:for|to|at|with) (?:the |school |[\d.:]+(?:pm)? ){0,3}(?:pick ?-?up|collection|home ?time)"
                 r"|\blate (?:to )?(?:picking|collecting|fetching|pick|collect|fetch)(?: \w+)?(?: up)?\b"
                 r"|\blate (?:getting|to get) (?!to\b|in\b|into\b|there\b|here\b|ready\b|up\b|dressed\b)\w+ from\b"
                 r"|\b(?:pick ?-?up|collection|home ?time) (?:will|might|may) be (?:a bit |a little )?late\b"
                 r"|\b(?:won't|will not|can't|cannot|not going to|might not|may not) make it " + _AT_HOME_TIME,
    # "can he miss PE?": a lesson, not a session.
    "lesson_only": r"\b(?:miss(?:es|ing)?|skip(?:s|ping)?|sit(?:s|ting)? out(?: of)?|excused from|not do(?:ing)?) "
                   r"(?:the |his |her |their )?(?:pe|p\.e\.?|swimming|games|forest school|(?:pe|swimming|music|violin|"
                   r"piano|guitar|drum|drama) (?:lesson|class|session))\b",
    # Comes in at or after lunch without having been in: absence AM (CONVENTIONS sessions).
    "lunch_arrival": r"\b(?:in|come in|coming in|get (?:him|her|them) in|bring (?:him|her|them)(?: in)?|"
                     r"drop (?:him|her|them)(?: off| in)?|to school|into school)(?: \w+){0,2} (?:at|for|around|about|after) "
                     r"(?:lunch|lunchtime|lunch time|dinner ?time|dinner)\b|\bin for the afternoon\b|\b(?:be|is|'s|come|coming) back (?:in |to school )?(?:after|at) (?:lunch|lunchtime|lunch time|dinner)\b",
    "no_return": r"\b(?:won't|will not|not|isn't|won't be|not be) (?:be )?(?:com\w+ |go\w+ |bring\w* (?:him|her|"
                 r"them) )?back\b"
                 r"|\bno point (?:in )?(?:bringing|taking|sending) (?:\w+ )?back\b",
    # "late" said of the child's arrival (not "back late", "a late night").
    "late_word": r"\b(?:be|is|are|was|were|'s|'re|running|come|coming|get|getting|arrive|arriving|bit|little|very|slightly|"
                 r"really|in|them|him|her|little bit|abit|a bit|be in|come in) (?:late|later)\b(?! night| to bed| from)"
                 r"|\blate (?:in|today|this morning|start|arrival)\b|^\W*(?:late|sorry late)\b|\bin after (?:assembly|"
                 r"registration|reg)\b"
                 # Missing only the start of the day is arriving late.
                 r"|\bmiss(?:es|ing)? (?:the )?(?:first (?:lesson|period|hour|session)|(?:morning )?registration|reg|"
                 r"assembly|form time|tutor time)\b"
                 r"|\b(?:we're|we are) on (?:our|the) way\b|\bon our way (?:in|to school|now)\b|\bon our way\W*$"
                 # A child travelling alone: "overslept, on his way now on the 201".
                 r"|\bon (?:his|her) way (?:now|to school)\b"
                 # Text-speak drops the verb: "sorry Tom late", "soz running late" (not "sorry for the late notice").
                 r"|\b(?:sorry|soz|apologies),? (?!for\b|about\b|it's\b)(?:\w+ )?late\b(?! notice| reply| response| message| night| pick| collect)|\b(?:won't|will not|not) be in (?:until|till|til|"
                 r"before) (?:about |around )?\d"
                 # "she can't get there till 9.30": whoever brings the child arrives in the morning.
                 r"|\b(?:can't|cannot|won't|will not|not) (?:get|be) (?:there|in|here|to school) (?:until|till|til) "
                 r"(?:about |around )?(?:half |quarter past )?(?:[89]|1[01])\b(?![.:]?\d*\s*pm)"
                 # "will be in once the road reopens": held up by the journey, coming today.
                 r"|\b(?:be|get|come|coming) in (?:once|when|as soon as) (?:it's|it is|it has|it's been|they|the (?:road|roads|"
                 r"lane|gritter|ice|snow|traffic|trains?|line|bridge|police)\w*)(?: \w+){0,2}? (?:open|opened|reopen\w*|"
                 r"cleared|clear|gritted|moving|running|passable|been)\b",
    # "she's back today after the bug": the absence is over, nothing left to record.
    "returned": r"\b(?:is|'s|are|'re|has come|have come|came) back (?:in |at school |in school |to school )?"
                r"(?:today|now|this morning)\b(?!\W*(?:but|although|though|however|only|until|till))",
    # "feeling better, back in tomorrow": the child returns on the next day (and the message does not
    # say the child is off or unwell today: "not well today, back tomorrow" explains today).
    "back_tomorrow": r"^(?!.*\b(?:well|unwell|poorly|ill|sick|off|home|in|absent|bed) (?:today|this morning)\b)"
                     r".*?(?<!n't )(?<!not )\b(?:(?:be|is|are|'s|'re) (?:back|in)(?: at school| in school| to school)? "
                     r"tomorrow|back (?:in )?tomorrow)\b",
    # "the other two are in": a sibling is at school, not the child this message is about.
    "sibling_in": r"\b(?:the other|the others|others|the rest|the eldest|the youngest|the twins|(?:his|her|their) "
                  r"(?:brother|sister))\b(?: \w+){0,3} (?:is|are|'s|'re|will be|'ll be) (?:in|at school)\b",
    # "Jayden has tonsillitis. Elijah and Malachi are in", "Kit in as normal": a child named (not "he"/"she")
    # is in school. With several children that is often a brother or sister of the one who is off.
    "other_in": r"\b(?!(?:he|she|they|it|both|all|everyone|everybody|we|i|you|who|that|this|there|mine|ours|which|is|are|was|"
                r"were|be|been|still|also|now|and|but|so|not|kids|children|boys|girls|twins)\b)"
                r"[a-z][\w-]+(?: and (?!(?:he|she|they)\b)[a-z][\w-]+)? (?:(?:is|are|'s) )?(?:(?:fine|well|ok|okay|clear) "
                r"and )?(?:in school|at school|in as (?:normal|usual)|(?:has|have) gone in|(?<=is |re )in(?=\s*[.,;!]|\s*$))",
    # "her little brother is off with chickenpox": a sibling (or the baby) is off, not this child.
    "sibling_off": r"\b(?:(?:his|her|their|\w+'s) (?:little |baby |big |older |younger |twin )?"
                   r"(?:brother|sister|sibling)|my (?:other (?:son|daughter|one|child)|youngest|eldest|little one|baby)|"
                   r"the baby)\b(?: \w+){0,3}? (?:(?:is|'s|are|has been|will be) (?:off|staying (?:at )?home|at home|"
                   r"home|ill|poorly|sick|not well|unwell)|(?:has|'s got|has got) (?:the |a |an )?" + _SYMPTOM + r")\b",
    # "I'll bring her at 11": an arrival later in the morning.
    "arrive_at": r"\b(?:bring|bringing|drop|dropping|get|getting) (?:him|her|them|\w+) (?:in |to school |"
                 r"into school )?(?:at|for|by|about|around) "
                 r"(?:\d|half|quarter)|\b(?:be|get|come) in (?:at|by|for|about|around) (?:\d|half|quarter)"
                 r"|\b(?:bring|drop|take) (?:him|her|them) (?:in |to school )?(?:after|afterwards)\b"
                 r"(?!\W*(?:lunch|dinner|school|the|half|that day|tomorrow))",
    # "can you tell Will to stop texting me in lessons": the child texts the parent, not the school.
    "child_texting": r"\b(?:tell|ask|get|make) (?!you\b|the school\b|school\b)\w+ (?:to )?stop (?:texting|messaging|"
                     r"calling|ringing|phoning)\b",
    # "physio at 11, she'll be back by half 1", "back by 1 after her eye test": back at school at a clock time
    # around an appointment, so the child was in before it (out and back: late, CONVENTIONS intent).
    "appt_back": r"\b(?:appointment|appt|dentist|doctors?|hospital|orthodontist|optician|clinic|physio|check|review|"
                 r"scan|jabs)\b.{0,80}\b(?:be|come|comes|coming|have (?:her|him|them)|bring (?:her|him|them)|get (?:her|him|"
                 r"them)) back (?:to school |in school |at school |with you )?(?:after\W+)?(?:by|about|around|for|at) "
                 r"(?:\d|half|quarter)"
                 r"|\bback (?:by|about|around|for|at) (?:\d|half|quarter)\S*(?: \w+)? after (?:his|her|their|the) "
                 r"(?:\w+ ){0,2}(?:appointment|appt|test|dentist|check|scan|jabs)\b",
    # "he was at the dentist, he's in now": sent once the child has arrived (late when an appointment was the cause).
    "in_now": r"\b(?:he's|she's|they're|he is|she is|they are) (?:in|back|at school) now\b|\bnow (?:he's|she's|they're) back\b",
    # "she refuses to come in", "can't get him to go in": the child will not go to school (absence).
    "refuses": r"\b(?:refus\w* to (?:come|go)|can't get (?:him|her|them|\w+) to (?:come|go)|(?:won't|will not) "
               r"(?:come|go)) (?:in|into school|to school|back)\b",
    # "letting him have a rest day", "a duvet day": a day at home said plainly.
    "day_off": r"\b(?:rest day|duvet day|mental health day|(?:letting|let|giving|give) (?:him|her|them) "
               r"(?:have )?(?:a )?(?:rest|day off)\b)",
    # Someone else does the school run, or the child travels another way: the child still comes in.
    "school_run": r"\b(?:is|'s|are|'re|am|'m|will|'ll|will be|'ll be) (?:doing|do) (?:the )?(?:drop ?-?offs?|"
                  r"pick ?-?ups?|school runs?)\b|\b(?:will|'ll) be dropping (?:him|her|them) off (?:on|at|in)\b"
                  r"(?! \d)|\b(?:will|'ll) (?:come|be coming|travel|be travelling|get|be getting) (?:to school |in )?"
                  r"by (?:taxi|bus|train|coach)\b"
                  # "grandad will be collecting him every Thursday from now on".
                  r"|\b(?:will|'ll|will be|'ll be|is going to) (?:collect\w*|pick\w* (?:him|her|them) up|fetch\w*) (?:him |her |them )?"
                  r"(?:every|each|on (?:mondays|tuesdays|wednesdays|thursdays|fridays)|from now on)\b",
    # "sorry she was off yesterday, forgot to text; back today": a past absence explained (CONVENTIONS
    # intent: absence), not just the news that the child is back.
    "past_off": r"\b(?:was|were) (?:off|absent|not in|at (?:the )?hospital|in hospital)\b(?: \w+){0,2}? yesterday\b"
                r"|\b(?:not|never|didn't|did not|forgot to) (?:informing|inform|ringing|ring|calling|call|texting|text|"
                r"messaging|message|phoning|phone|letting you know|let you know|telling you|tell you)(?: in)? yesterday\b",
    # "can I pick him up now, he's been sick": collected in the day, not coming back.
    "collect_now": r"\b(?:pick|collect|fetch|get) (?:him|her|them|\w+) (?:up )?(?:now|right now|straight away|right away|asap)\b"
                   r"(?! (?:that|on|and then)\b)",
    # "he'll be in but can't do PE": a lesson, not a session.
    "no_pe": r"\b(?:be|is|are|'s|'re) in(?: school)?(?: today| as normal| as usual)?,? but (?:\w+ )?(?:can't|cannot|won't|"
             r"unable to|not able to|isn't able to) (?:do|take part in|join in)(?: with)? (?:pe|p\.e|games|swimming)\b",
    # "will miss Wednesday morning": the morning session, not a late arrival.
    "miss_morning": r"\bmiss(?:es|ing)? (?:the |this |tomorrow |\w+day )?morning\b(?! (?:registration|register|"
                    r"lesson|assembly|class))",
    # "is she in now?", "has he arrived yet?": the parent asks whether the child is in school (CONVENTIONS
    # intent: other when the parent only asks whether the child is in).
    "in_query": r"\b(?:is|has|did) (?:she|he|they|\w+) (?:in|at school|in school|arrived|got in|got there|made it)"
                r"(?: in| to school| ok| okay| safely| alright)?(?: now| yet| today| this morning)?\s*\?",
    # "come in for her mock and then go home": in for the morning, then home for the rest of the day.
    "in_then_home": r"\b(?:come|coming|go|going|be) in\b[^.?!]{0,60}\bthen (?:(?:i'll|i will|we'll|we will) )?"
                    r"(?:come|go|coming|going|head|heading|be|take|taking|bring|bringing)(?: (?:him|her|them))?"
                    r"(?: straight)?(?: back)? home\b",
    # "if she refuses to go in tomorrow, what do I do?": a refusal supposed, not told.
    "refuses_if": r"\b(?:if|what if|in case|whenever)\b(?: \w+){0,3} (?:refus\w*|won't|will not|can't get)\b",
    # "Please permit my son to leave at 2pm", "kindly grant him leave": asked as a polite imperative.
    "please_permit": r"\b(?:please|kindly|pls|plz) (?:permit|allow|excuse|grant|authori[sz]e|approve|let)\b",
    # "I don't think she'll make it in at all today": the parent doubts the child will come in.
    "doubt_in": r"\b(?:don't|do not|dont|doubt) (?:think )?(?:she|he|they|\w+)(?:'ll| will| is going to| are going to| can)"
                r" (?:make it|manage|be up to|face)(?: it)?(?: in| to school| into school)?\b"
                r"(?! (?:until|till|til|before|by|for|at|after) )",
    # "is possible my children have holiday...": a request for leave without the "it".
    "ask_possible": r"(?:^|[.?!] )\W*(?:(?:hi|hello|good morning|dear \w+|sir|madam|teacher)\W+)?(?:please )?"
                    r"(?:is|it is|it's|its) possible (?:my|for|that|if|to|we|i|he|she|they|\w+ (?:to|have|has|take|go|miss))\b",
    "question": r"\?|\b(?:what time|when is|when does|when do|is there|who do|how do|where is|does (?:she|he) need|"
                r"do (?:they|we) need|can you tell|can someone tell|any news)\b",
    # Asked without a question mark: "Can Aria sit out PE today, she's had a cough". Kept apart from
    # "question" so the classifier's reading of "?" is unchanged.
    "modal_ask": r"^\W*(?:(?:hi|hiya|hello|morning|good morning)\W+)?(?:can|could|may|does|do|is|should) "
                 r"(?:i|we|you|he|she|they|\w+) \w+",
    "thanks": r"^\W*(?:ok|okay|thanks?|thank you|thankyou|cheers|great|brilliant|lovely|no problem|"
              r"np|will do|noted|got it|perfect|fine|yes|no|yeah|yep)\W*(?:thanks?|thank you|x+|so much)?\W*$",
    "back": r"\b(?:back (?:in )?today|back at school|is back|he's back|she's back|feeling (?:much )?better|"
            r"will be in tomorrow|be in tomorrow|fine now|better now|in today|back to school|returning)\b",
    "future": r"\b(?:next|in (?:june|july|may|september|october|november|december|january|february|march|april|august)|"
              r"will be|going to|we are going|we're going)\b",
    "morning": r"\b(?:this morning|morning only|in after lunch|back after lunch|in for the afternoon|"
               r"after lunch|afternoon|lunchtime|lunch time)\b",
}

_LEX = {code: [(w, re.compile(p)) for w, p in pats] for code, pats in LEXICON.items()}
# A relative's own appointment ("my youngest has her jabs at 9"): their care, not the child's (M).
# First person is left out: "I have to take him to the dentist" is the child's appointment.
_RELATIVE_APPT = (r"\b(?:my (?:husband|wife|partner|mum|mom|dad|youngest|eldest|oldest|baby|toddler|little one|"
                  r"other (?:son|daughter|child|kids?)|little (?:boy|girl)|brother|sister)|(?:his|her|their) "
                  r"(?:little |baby |big |older |younger )?(?:brother|sister|sibling)|the baby)"
                  r" (?:has|have|has got|'s got|got|is having|needs) (?:a |an |her |his |their |the )?"
                  r"(?:\w+ )?(?:appointment|appt|vaccinations?|jabs?|injections?|immunisations?|dentist|check ?-?up|"
                  r"scan|hearing test|eye test|doctors|gp)\b")
_OTHER_ILL = re.compile(_RELATIVE_APPT + "|" + _OTHER_PERSON + r"(?:\W+\w+){0,6}?\W+" + _SYMPTOM + r"\b|\b(?:" + _SYMPTOM
                        + r"|appointment)\b(?:\W+\w+){0,3}?\W+myself\b")
_GRAVE = re.compile(r"\b(?:stroke|heart attack|intensive care|icu|critical\w*|life support|very (?:ill|poorly)|"
                    r"serious accident|seriously (?:hurt|injured)|(?:does not|doesn't|not) have long|not got long|"
                    r"seriously ill|been told to get there|rushed|car accident|(?:car |bad |serious )?crash|end of life)\b")
_EVENT = r"(?:wedding|married|nikah|engagement|reception|hen do|stag do|mehndi|mehendi|walima|sangeet)"
_NOT_FAMILY = "friend|friends|colleague|neighbour|mate|boss|teacher|godparent"
_FESTIVAL = r"(?:eid|diwali|christmas|hanukkah|chanukah|chinese new year|lunar new year|vaisakhi|navratri|holi|festival)"
# Context that moves a cue to another code: (pattern, code added or None, its weight, codes whose
# hits inside the match are dropped, drop those codes everywhere instead).
CONTEXT_RULES = [(re.compile(p), code, w, drop, everywhere) for p, code, w, drop, everywhere in (
    # "I'm dying here", an accident where nobody was hurt: no emergency.
    (r"\b(?:i'm|i am) (?:literally )?dying\b|\bdying (?:here|with)\b", None, 0, ("C",), False),
    (r"\b(?:nobody|no one|no-one|noone) (?:was |got )?(?:hurt|injured)|everyone(?:'s| is) (?:fine|ok|okay)", None, 0, ("C",), True),
    # Disney on Ice is a day out, not icy roads.
    (r"\bon ice\b|\bice (?:skating|rink|cream|hockey|show|lolly)\b", "O", 2, ("Y2",), False),
    # "he's not poorly, just stubborn": a denied illness is no illness.
    (r"\b(?:not|isn't|wasn't|not even|never) (?:really |actually )?(?:poorly|ill|sick|unwell)\b", None, 0, ("I",), False),
    # An appointment at an office (council, consulate, bank) is an errand (O), not the child's medical care (M).
    (r"\b(?:appointment|appt|meeting) (?:\w+ )?(?:at|with) (?:the )?(?:\w+ )?(?:council|housing|job ?centre|bank|solicitors?|"
     r"consulate|embassy|passport office|home office)\b", "O", 3, ("M",), False),
    # A frozen car is the family's car trouble (O), not icy roads (Y2).
    (r"\bcars?(?:'s| is)? (?:\w+ )?(?:frozen|iced (?:up|over))|\bfrozen (?:car|windscreen|locks?)\b", "O", 4, ("Y2",), False),
    # The parent's own scan or appointment is not the child's (M).
    (r"\b(?:i|i'm|i've) (?:\w+ ){0,3}my (?:own )?(?:scan|appointment|op|operation|hospital appointment|smear|mri|x-?ray)\b",
     "O", 3, ("M",), False),
    # "the doctor says rest one more day": advice about an illness, not an appointment.
    (r"\b(?:doctor|gp|nurse)(?:'s)? (?:says|said|has said|told us|advised|wants (?:him|her|them) to)\b", "I", 2, ("M",), False),
    # A pet, car or phone that "died" is no bereavement.
    (r"\b(?:hamster|dog|cat|pet|rabbit|fish|guinea pig|puppy|kitten|tortoise|car|phone|battery|plant)(?:'s)?"
     r"(?:\W+\w+){0,2}?\W+(?:died|passed)", None, 0, ("C",), False),
    # CONVENTIONS: close family weddings only are C; a cousin's, friend's or colleague's is O.
    (r"\b(?:cousin|cousins|" + _NOT_FAMILY + r")(?:'s|s')?(?: \w+){0,3} " + _EVENT + r"\b|\b" + _EVENT
     + r"(?:\W+[\w']+){0,4}?\W+(?:cousin|" + _NOT_FAMILY + r")\b", "O", 2, ("C",), False),
    # A funeral is C for any relative (cousins too) but O for a friend, colleague or neighbour.
    (r"\b(?:" + _NOT_FAMILY + r")(?:'s|s')?(?: \w+){0,3} funeral\b|\bfuneral(?:\W+[\w']+){0,5}?\W+(?:"
     + _NOT_FAMILY + r")\b",
     "O", 3, ("C",), False),
    # The public bus, not the school bus or LA taxi: O (CONVENTIONS: missed the bus (public)).
    (r"\b(?:not the school (?:one|bus)|the number \d+|number \d+ bus|public bus|service bus|city bus|the \d+(?:[.:]\d\d)? bus|"
     r"next bus|the next one)\b",
     "O", 3, ("Y1",), True),
    # A flood in the house is a household problem (O), not a flooded road (Y2).
    (r"\b(?:washing machine|dishwasher|bath|pipe|toilet|tank|kitchen|bathroom|house|flat|ceiling|upstairs)\w*"
     r"(?: \w+){0,3} flood\w*|flood\w* (?:the |our )?(?:kitchen|bathroom|house|flat|downstairs|hallway)\b",
     "O", 4, ("Y2",), False),
    # Shopping for a festival, a wedding or a trip is shopping (O), not the event itself.
    (r"\bshopping (?:for|before) (?:\w+ ){0,4}\w+|\bshopping\b(?:\W+\w+){0,4}?\W+" + _FESTIVAL + r"\b|\b" + _FESTIVAL
     + r"(?:\W+\w+){0,3}?\W+shopping\b", "O", 4, ("R", "C", "G"), False),
    # A parent's anniversary or interview is not the child's wedding-family event or interview.
    (r"\bwedding anniversary\b", "O", 3, ("C",), False),
    (r"\b(?:i've got|i have|i've|i had|i'm at|i am at|my) (?:a |an |my )?(?:job |work )?interviews?\b", "O", 3, ("J1",), False),
    # One parent working away is not a travelling family (T).
    (r"\b(?:my|her|his|their) (?:partner|husband|wife|dad|mum|father|mother|other half)(?: \w+){0,4} (?:away working|"
     r"working away)\b|\b(?:back|home) from working away\b", "O", 3, ("T",), False),
    # A taxi the family pays for is not the LA taxi (Y1).
    (r"\b(?:money for|afford|pay for|get|got|book|call|order|ordered) (?:a|an) (?:taxi|uber|cab)\b", "O", 2, ("Y1",), False),
    # Going to see a show is a treat (O), not performing in one (C1).
    (r"\b(?:treat|tickets?|to see|watch|watching|going to see)\b(?:\W+\w+){0,6}?\W+(?:show|musical|panto|pantomime|"
     r"west end|matinee|theatre|concert|play|ballet)\b", "O", 4, ("C1",), False),
    # The pet's trip to the vet, and whatever the vet does, is not the child's.
    (r"\bvet(?:s|'s)?\b[^.!?]*", "O", 3, ("M", "I"), False),
    # A family photoshoot is a day out, not a licensed performance.
    (r"\bfamily (?:photo ?shoot|photos?|portraits?)|photo ?shoot (?:for|with) (?:the |our )?family|passport photo",
     "O", 4, ("C1",), False),
    # An audition for a school or course is an admissions interview (J1); for a show it stays C1.
    (r"\baudition\w*(?:\W+\w+){0,5}?\W+(?:school|college|academy|conservatoire|course|sixth form|university|uni)\b",
     "J1", 5, ("C1",), False),
    # A police (ABE, video) interview is no job or college interview.
    (r"\b(?:police|abe|video|recorded|evidence) interview|interview\w* (?:with|by|at) (?:the )?police|"
     r"police (?:want|wants|need|needs|are going) to interview", None, 0, ("J1",), False),
    # Nerves or no sleep over mocks or exams is the child unwell (I), not study leave (S): mocks are no public exam.
    (r"\b(?:nerves|nervous|anxious|anxiety|worried|stress\w*|panick\w*|behind on sleep|no sleep|crying|terrified|"
     r"scared|sick with)\b(?:\W+\w+){0,5}?\W+(?:(?:mocks?|exams?|tests?)(?: revision)?|revision)\b", "I", 2, ("S",), False),
    # Bullies filming the child ("battering him and filming it") is no film shoot (C1).
    (r"\b(?:filming|filmed|film|videoing|recording) (?:him|her|them|it)\b", None, 0, ("C1",), False),
    # Messages telling a child to kill themselves are bullying, not the child's illness.
    (r"\b(?:telling|told|tell|tells|saying|said|says) (?:him|her|them) (?:to|that (?:he|she|they) should) "
     r"(?:go )?kill (?:himself|herself|themselves)", None, 0, ("I",), False),
)]
_CUES = {k: re.compile(v) for k, v in INTENT_CUES.items()}


def lexicon_hits(norm_text: str) -> dict:
    """code -> list of (start, end, weight) hits in the normalised text, after the
    context rules that move a cue to another code."""
    hits: dict = {}
    for code, pats in _LEX.items():
        for w, p in pats:
            for m in p.finditer(norm_text):
                hits.setdefault(code, []).append((m.start(), m.end(), w))
    _drop_nested(hits)
    # The rest of the clause is about the same person ("my husband to hospital for his op").
    other_ill = [(m.start(), _clause_end(norm_text, m.end())) for m in _OTHER_ILL.finditer(norm_text)]
    if other_ill:
        # Illness, injury or appointment of a parent or sibling is not the child's.
        for code in ("I", "M"):
            if code in hits:
                hits[code] = [h for h in hits[code] if not any(a <= h[0] < b for a, b in other_ill)]
        grave = _GRAVE.search(norm_text)
        code = "C" if grave else "O"
        a, b = other_ill[0]
        hits.setdefault(code, []).append((a, b, 3))
    _apply_context(norm_text, hits)
    return {k: v for k, v in hits.items() if v}


_CLAUSE_END = re.compile(r"[.,;!?]| so | but | and ")


def _clause_end(norm_text: str, start: int) -> int:
    m = _CLAUSE_END.search(norm_text, start)
    return m.start() if m else len(norm_text)


def _apply_context(norm_text: str, hits: dict) -> None:
    for pattern, code, weight, drop, everywhere in CONTEXT_RULES:
        if not any(hits.get(d) for d in drop):
            continue  # each rule re-reads a cue in its context: no cue, nothing to re-read (and no regex cost)
        for m in pattern.finditer(norm_text):
            a, b = m.span()
            for d in drop:
                hits[d] = [h for h in hits.get(d, []) if not (everywhere or a <= h[0] < b)]
            if code:
                hits.setdefault(code, []).append((a, b, weight))


def _drop_nested(hits: dict) -> None:
    """A cue inside a longer cue of another code is part of it ("flu" in "flu spray")."""
    spans = [(a, b, code) for code, hs in hits.items() for a, b, _ in hs]
    for code in list(hits):
        hits[code] = [h for h in hits[code]
                      if not any(c != code and a <= h[0] and h[1] <= b and (b - a) > (h[1] - h[0])
                                 for a, b, c in spans)]


def rule_scores(hits: dict) -> dict:
    """code -> best weight among its hits."""
    return {code: max(h[2] for h in hs) for code, hs in hits.items()}


# Words without which a cue cannot match: a substring test is far cheaper than the regex.
_CUE_GUARDS = {
    "late_word": ("late", "way", "be in", "in after", "miss", "till", "until", "til ", "in once", "in when", "in as soon"),
    "no_return": ("back",),
    "returned": ("back",),
    "register_query": ("absent", "was in", "were in"),
    "home_time": ("instead of me", "no change", "late", "behind", "make it"),
    "doubt_in": ("think", "doubt"),
    "please_permit": ("please", "kindly", "pls", "plz"),
    "lunch_arrival": ("lunch", "dinner", "afternoon"),
    "sibling_in": ("other", "rest", "eldest", "youngest", "twins", "brother", "sister"),
    "other_in": (" in",),
    "sibling_off": ("brother", "sister", "sibling", "my other", "youngest", "eldest", "little one", "baby"),
    "stop_doing": ("stop",),
    "back_tomorrow": ("tomorrow",),
    "child_in": ("coming in", "but "),
    "no_miss": ("miss", "no need", "time off"),
    "out_and_back": ("back", "return"),
    "appt_back": ("back",),
    "in_now": ("now",),
    "child_texting": ("stop",),
    "keep_some": ("want", "ones"),
    "refuses": ("refus", "can't get", "won't", "will not"),
    "day_off": ("rest", "duvet", "mental health", "day off"),
    "school_run": ("drop", "pick", "run", "by ", "collect", "fetch"),
    "no_pe": ("pe", "p.e", "games", "swimming"),
    "miss_morning": ("miss",),
    "past_off": ("yesterday",),
    "in_today": ("be in today", "be in school today"),
    "collect_now": ("now", "straight away", "right away", "asap"),
    "in_query": ("?",),
    "in_then_home": ("then",),
    "refuses_if": ("if", "in case"),
    "ask_possible": ("possible",),
    "policy_q": ("how long", "need", "should", "must", "allowed", "able", "rule", "policy", "what", "have to"),
}


_GUARDED_CUES = [(name, p, _CUE_GUARDS.get(name)) for name, p in _CUES.items()]


def cue_hits(norm_text: str) -> set:
    return {name for name, p, guards in _GUARDED_CUES
            if (guards is None or any(g in norm_text for g in guards)) and p.search(norm_text)}


# Cues read by the intent rules only. "modal_ask" repeats what the words "can she..." already
# tell the classifier, and a second question token only moves its borderline answers.
_RULE_ONLY_CUES = frozenset({"modal_ask", "child_texting", "refuses", "day_off", "school_run", "no_pe", "miss_morning",
                             "past_off", "collect_now", "in_today", "other_in",
                             "appt_back", "keep_some", "in_now", "in_query", "in_then_home", "refuses_if",
                             "ask_possible", "doubt_in", "please_permit"})


def feature_tokens(norm_text: str, hits: dict, cues: set, extra=()) -> str:
    """Tokens appended to the classifier input: lexicon codes and intent cues."""
    toks = [f"zzlex{c.lower()}" for c in sorted(hits)]
    toks += [f"zzcue{c}" for c in sorted(cues) if c not in _RULE_ONLY_CUES]
    toks += [f"zz{x}" for x in extra]
    return " ".join(toks)
