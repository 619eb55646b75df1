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
                 r"\b(?:his|her|their) (?:little |baby |big |older |younger )?(?:brother|sister|sibling|dad|mum)\b|"
                 r"\bthe baby\b|\bnan's\b|\bnana's\b|\bgran's\b|\bdad's\b|\bmum's\b)")
_SYMPTOM = (r"(?:ill|unwell|not well|poorly|sick|flu|covid|bug|vomiting|diarrhoea|migraine|fever|temperature|"
            r"cold|hospital|op|operation|surgery|injured|broken \w+)")

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
            r"off colour|glandular|norovirus|noro|impetigo|slapped cheek|croup|bronchiolitis|pneumonia|"
            r"appendicitis|gastro\w*|food poisoning|nosebleed|dizzy|fainted|hay ?fever|eczema|"
            r"sickle cell|epilep\w+|seizure|tonsils|ear infection|uti|shingles|"
            r"bad back|pulled a muscle|hurt (?:his|her) \w+|in pain|achy|"
            r"antibiotics|calpol|burnout|exhaustion|off sick|self[- ]?harm\w*|overdose|eating disorder|"
            r"cutting (?:herself|himself)|kill (?:herself|himself)|wants? to die|suicid\w*|feeling (?:very )?low|"
            r"not in a good place|struggling|tested positive|positive|lateral flow|sprained|twisted|"
            r"had a (?:bad )?fall|fell (?:off|over|down|out of)|done (?:his|her|their) \w+ in|hurt (?:himself|herself|themselves)|"
            r"bumped (?:his|her) head|banged (?:his|her) head|knocked (?:himself|herself) out|limping|can't walk|can't put weight)\b"),
        (1, r"\b(?:hospital(?:ised)?|admitted|operation|recovering|recovery|pain|aches?|sore|swollen|"
            r"allerg\w+|fracture[sd]?|mental)\b"),
    ],
    "M": [
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
            r"religious|holy day|day of obligation|ash wednesday|good friday|maundy thursday|ascension|epiphany|timkat|meskel|fasika|"
            r"orthodox (?:easter|christmas)|christmas \(?orthodox|feast day|saint's day|shemini atzeret|"
            r"simchat torah|tisha b'av|mosque|gurdwara|synagogue|temple|mandir|jummah|ashura|mawlid|"
            r"vesak|wesak|bandi chhor|losar|nowruz|navroz|chinese new year|lunar new year|shabbat|sabbath|"
            r"bar mitzvah|bat mitzvah|first communion|communion|pilgrimage|umrah|hajj|mass)\b"),
        (1, r"\b(?:church|festival|orthodox|celebrat\w+|service|prayers)\b"),
    ],
    "G": [
        (3, r"\b(?:holiday|holidays|hols|hol|vacation|cruise|caravan|camping|centre parcs|center parcs|"
            r"disney\w*|butlins|all inclusive|short break|city break|weekend away|getaway|ski\w*|lapland|staycation|"
            r"villa|resort|glamping|road trip|eurocamp|haven|mini[- ]break|long weekend|family trip|trip abroad)\b"),
        (2, r"\b(?:abroad|overseas|flights?|fly|flying|flew|airport|plane|going away|go away|away for|"
            r"trip|half term|booked|cheaper|the lakes|lake district|back home to|visit(?:ing)? family|"
            r"see family|visit(?:ing)? (?:the )?grandparents)\b"),
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
            r"critically|life support|intensive care|icu|gravely|end of life|terminal\w*|hospice|stroke|"
            r"heart attack|house fire|fire at (?:our|the) house|burgled|wedding|getting married|married|nikah|"
            r"mehndi|bridesmaid|page boy|janazah|shiva|sitting shiva|last rites|evicted|eviction|made homeless|"
            r"lost (?:her|his|their|our) (?:grandad|grandpa|grandma|nan|nanny|auntie|uncle|baby brother|baby sister)|"
            r"in a coma|on a ventilator|days to live|weeks to live|chapel of rest|scatter(?:ing)? (?:the |his |her )?ashes|"
            r"mourning|condolences|anniversary of (?:his|her|their|my) (?:death|passing)|walima|sangeet|mehendi|"
            r"family crisis|emergency at home|emergency surgery|critical condition|say (?:our |their |his |her )?goodbyes?|"
            r"saying goodbye to (?:his|her|their|my) (?:nan|nana|grandad|grandma|grandpa|great)|rip|"
            r"fire brigade|fire service|blew up|explosion|gas leak)\b"),
        (1, r"\bemergency\b"),
        (2, r"\b(?:died|death|dying|passed|seriously ill|very ill|very poorly|rushed to hospital|"
            r"car accident|been told to get there|wake)\b"),
    ],
    "O": [
        (2, r"\b(?:birthday|bday|b'day|shopping|day out|treat|theme park|alton towers|thorpe park|"
            r"legoland|zoo|cinema|overslept|over slept|slept in|slept through|alarm|car broke down|"
            r"broken down|broke down|car (?:won't start|trouble|problems?|issues?|died|is dead|'s dead)|car's died|"
            r"flat tyre|flat tire|flat battery|puncture|missed the (?:\S+ )?(?:bus|train|tram)|"
            r"bus (?:drove|went) (?:straight )?past|(?:bus|buses) (?:was|were|are|is) (?:full|late|running late)|"
            r"not the school (?:one|bus)|delivery|waiting in|engineer|plumber|boiler|uniform|no clean|"
            r"refus\w+|won't get (?:up|out of bed|dressed)|doesn't want to (?:come|go)|"
            r"head lice|nits|lice|tired|exhausted|late night|childcare|nobody to take|no one to take|"
            r"no one else can|can't leave (?:her|him)|can't get (?:him|her|them) (?:in|there|to school|across)|"
            r"no lift|no way of getting|lift fell through|bike (?:got )?stolen|"
            r"nightmare morning|couldn't find|can't find (?:his|her) (?:shoes|coat|bag|keys)|"
            r"graduation|nursery|settling (?:him|her) in|police station|statement|"
            r"(?:hamster|dog|cat|pet|rabbit|fish|guinea pig|puppy|kitten|tortoise)(?:'s)? (?:died|passed|is ill|is sick)|"
            r"family day|family time|rugby|match|game|concert|gig|tournament|party|race|"
            r"moving house|move house|house move|passport|visa|court|solicitor|vet|lie[- ]in|haircut|hairdresser|"
            r"hair appointment|nails|prom|sleepover|jet ?lag|ran out of petrol|no petrol|locked out|lost (?:his|her|my|the) keys|"
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
            r"(?:\d+(?:st|nd|rd|th)|eightieth|ninetieth|fiftieth|sixtieth|seventieth|fortieth)(?: birthday| party| celebration)?)\b"),
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
            r"road(?:'s| is| was)? (?:closed|shut)|roads (?:are )?(?:closed|shut)|road closure|closed (?:the )?roads?|"
            r"(?:[am]\d+|motorway|bridge|lane) (?:is |was |'s )?(?:shut|closed)|whole road's closed|"
            r"strike|strikes|train strike|rail strike|bus strike|storm|storms|gales?|"
            r"trains? (?:cancelled|are cancelled|not running)|no trains|no buses|landslide|"
            r"weather warning|red warning|amber warning|fallen tree|tree down|jack-?knifed|lorry fire|"
            r"burst water main|water main|diversion|ferry cancelled|fog|accident on the|police closed|"
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

# Intent cues, also fed to the classifier as feature tokens.
INTENT_CUES = {
    "optout": r"^\W*(?:stop|unsubscribe|stopall|stop all|end|quit|cancel|opt out|optout|remove me)\W*$"
              r"|\b(?:unsubscribe|opt(?:ing)? out|stop (?:texting|messaging|sending|contacting|these|the) ?(?:me|messages|texts|us)?"
              r"|remove (?:my|me|this|our) (?:number|details|from)|(?:don't|do not|dont) (?:text|message|contact) (?:me|us)"
              r"|no more (?:texts|messages)|take me off|not interested|stop it|leave me alone|wrong number)\b",
    "request": r"\b(?:can (?:we|i|he|she|they|you)|could (?:we|i|he|she|they|you)|may (?:we|i|he|she)|"
               r"would it be (?:ok|okay|possible|alright|acceptable)|is it (?:ok|okay|possible|alright|acceptable)|"
               r"request|requesting|permission|authoris\w+|authoriz\w+|allowed|ask(?:ing)? for (?:leave|time off|permission)|"
               r"would (?:she|he|they) be allowed|approve|approval|leave of absence|term[- ]time leave|"
               r"would like to take|like to request|i'd like to take|do i need to|form)\b",
    "strong_request": r"\b(?:request(?:ing)? (?:permission|leave|authoris\w+)|ask(?:ing)? (?:whether|if|for permission|permission)|"
                      r"be authorised|authorise (?:her|his|their|the) absence|authorise (?:her|him|them)|"
                      r"(?:can|could|may) (?:i|we) take|is it (?:ok|okay|alright|possible) (?:if|for)|"
                      r"would it be (?:ok|okay|possible|alright) (?:if|for)|permission for|"
                      r"(?:may|could|can) (?:she|he|they|\w+) (?:please )?(?:be (?:absent|excused|off|authorised|released)|"
                      r"have (?:the|a|some|that|this) (?:morning|afternoon|day|days|time|week|time off)|"
                      r"(?:take|have) (?:the |a |some |that |this )?(?:morning|afternoon|day|days|time|week) off|"
                      r"miss (?:the |a |some |that |this )?(?:morning|afternoon|day|days|week|school))|"
                      r"would you (?:allow|authorise|permit|approve)|(?:can|could|may) (?:i|we) (?:please )?(?:keep|take|have) "
                      r"(?:her|him|them|\w+) (?:out|off|home) (?:of school )?(?:for|on|next|from)|"
                      r"is it (?:ok|okay|alright|possible|acceptable) (?:to|that))\b",
    "policy_q": r"\b(?:how long (?:does|do|should|must|will) (?:she|he|they|\w+) (?:need to |have to )?(?:stay|be|keep)|"
                r"(?:does|do|should|must) (?:she|he|they|i|we) (?:need to |have to )?(?:stay|keep (?:her|him|them)) (?:off|home|away)|"
                r"(?:can|could|is) (?:she|he|they) (?:allowed to )?(?:come|return|go) (?:back |in |into school )?(?:with|if|after|while|whilst)|"
                r"(?:is|are) (?:she|he|they) (?:allowed|ok|okay|able) to (?:come|return|be) (?:in|back|at school)|"
                r"what(?:'s| is) the (?:rule|policy)|do you (?:have|need) a (?:note|letter)|what (?:should|do) (?:i|we) do)\b",
    "out_and_back": r"\b(?:collect|pick(?:ing)? (?:her|him|them) up|take (?:her|him|them) out|leav(?:e|ing) at|be leaving at)\b"
                    r".{0,80}\b(?:back (?:for|by|in time for|at|before)|bring (?:her|him|them) back|return(?:ing)? (?:to school|for|by|at))\b"
                    r"|\b(?:appointment|dentist|doctor|doctors|hospital|orthodontist|optician|clinic)\b.{0,80}\b(?:back (?:by|for|before) "
                    r"(?:lunch|lunchtime|dinner|12|afternoon)|back in time for (?:lunch|afternoon|the afternoon))\b",
    "late": r"\b(?:late|later|in for|in by|be in at|in at|in after|back after|back by|back for|back in|"
            r"come in after|bring (?:him|her|them) in|bringing (?:him|her|them) (?:in|back|straight)|drop (?:him|her|them)|"
            r"dropping (?:him|her|them)|straight after|straight in|afterwards|running late|be there|asap|"
            r"mins|minutes|half an hour|delayed)\b",
    "absent": r"\b(?:won't be in|will not be in|not be in|not in|not coming|isn't coming|off|absent|absence|"
              r"stay(?:ing)? (?:at )?home|keep(?:ing)? (?:him|her|them) (?:off|home|at home)|kept (?:him|her|them) (?:off|home)|"
              r"can't come|cannot come|not come|won't make it|wasn't in|weren't in|miss(?:ing|ed)? school|"
              r"away|not attend\w*|won't attend|home today|at home|stay off|be off|he not come|she not come|"
              r"pick(?:ing)? (?:him|her|them) up|collect\w* (?:him|her|them)|leave early|leaving early|"
              r"not be at school|won't be at school|won't be coming|stopping off|"
              r"can't get (?:him|her|them|\w+) (?:to|into|in to) school|not going in|not going to school|"
              r"not sending (?:him|her|them)|staying (?:at )?(?:home|off|with)|having a day (?:at home|off)|"
              r"won't be at school|not at school today|(?:he's|she's|they're) at home|won't leave the house)\b",
    "in_school": r"\b(?:sending (?:her|him|them) (?:in|to school)(?: anyway| as normal| as usual)?|"
                 r"(?:they're|he's|she's|they are|he is|she is) (?:still )?coming in(?! late| later| at| for| after| tomorrow)|"
                 r"fine to come in|no need to (?:miss|worry about (?:him|her|them) missing)|"
                 r"(?:won't|will not|doesn't|does not|shouldn't|won't need to) (?:need to )?miss (?:any )?(?:school|lessons)|"
                 r"(?:in|during) the (?:holidays|half term|summer holidays|easter holidays)|(?:has|have|he's|she's|they've|they have) gone in|(?:he|she|they)(?:'s| is| are|'re) in (?:school )?today|"
                 r"(?:is|are|he's|she's|they're) (?:in school|at school)(?: today| now)?|in school today)\b",
    "question": r"\?|\b(?:what time|when is|when does|when do|is there|who do|how do|where is|does (?:she|he) need|"
                r"do (?:they|we) need|can you tell|can someone tell|any news)\b",
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
_OTHER_ILL = re.compile(_OTHER_PERSON + r"(?:\W+\w+){0,6}?\W+" + _SYMPTOM + r"\b|\b(?:" + _SYMPTOM
                        + r"|appointment)\b(?:\W+\w+){0,3}?\W+myself\b")
_GRAVE = re.compile(r"\b(?:stroke|heart attack|intensive care|icu|critical\w*|life support|very (?:ill|poorly)|"
                    r"seriously ill|been told to get there|rushed|car accident|dying|end of life)\b")
_PET_OR_THING = re.compile(r"\b(?:hamster|dog|cat|pet|rabbit|fish|guinea pig|puppy|kitten|tortoise|car|"
                           r"phone|battery|plant)(?:'s)?(?:\W+\w+){0,2}?\W+(?:died|passed)")
_NOT_CLOSE = re.compile(r"\b(?:cousin|friend|friend's|colleague|neighbour)(?:'s)?\b")
# A wedding or funeral of a cousin, friend, colleague or neighbour is not close family: O.
_NOT_CLOSE_EVENT = re.compile(r"\b(?:cousin|cousins|friend|friends|colleague|neighbour|mate|boss|teacher|"
                              r"work colleague|godparent|family friend)(?:'s|s')?(?: \w+){0,3} (?:wedding|funeral|nikah|"
                              r"engagement|reception|hen do|stag do)\b|\b(?:wedding|funeral)(?: \w+){0,4} (?:of )?(?:my|our|his|her) "
                              r"(?:best )?(?:friend|friend's|colleague|cousin|neighbour)\b|\b(?:wedding|funeral)\b.{0,40}\b(?:my|our|his|her) "
                              r"(?:best )?(?:friend's|colleague's|mate's)")
# The public bus, not the school bus or LA taxi: O (CONVENTIONS: missed the bus (public)).
_PUBLIC_BUS = re.compile(r"\b(?:not the school (?:one|bus)|the number \d+|number \d+ bus|public bus|service bus|city bus|the \d+ bus)\b")
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
    other_ill = [m.span() for m in _OTHER_ILL.finditer(norm_text)]
    if other_ill:
        # Illness, injury or appointment of a parent or sibling is not the child's.
        for code in ("I", "M"):
            if code in hits:
                hits[code] = [h for h in hits[code] if not any(a <= h[0] < b for a, b in other_ill)]
        grave = _GRAVE.search(norm_text)
        code = "C" if grave else "O"
        a, b = other_ill[0]
        hits.setdefault(code, []).append((a, b, 3))
    for a, b in (m.span() for m in _PET_OR_THING.finditer(norm_text)):
        if "C" in hits:
            hits["C"] = [h for h in hits["C"] if not a <= h[0] < b]
    if "C" in hits:
        m = _NOT_CLOSE_EVENT.search(norm_text)
        if m:
            hits["C"] = [h for h in hits["C"] if h[2] < 3 or not re.match(r"(?:wedding|funeral|married|getting married|nikah)", norm_text[h[0]:h[1]])]
            hits.setdefault("O", []).append((m.start(), m.end(), 3))
    if "Y1" in hits:
        m = _PUBLIC_BUS.search(norm_text)
        if m:
            hits.pop("Y1")
            hits.setdefault("O", []).append((m.start(), m.end(), 3))
    if "C" in hits and _NOT_CLOSE.search(norm_text) and "G" in hits:
        hits["C"] = [h for h in hits["C"] if h[2] < 3 or "wedding" not in norm_text[h[0]:h[1]]]
    return {k: v for k, v in hits.items() if v}


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


def cue_hits(norm_text: str) -> set:
    return {name for name, p in _CUES.items() if p.search(norm_text)}


def feature_tokens(norm_text: str, hits: dict, cues: set, extra=()) -> str:
    """Tokens appended to the classifier input: lexicon codes and intent cues."""
    toks = [f"zzlex{c.lower()}" for c in sorted(hits)]
    toks += [f"zzcue{c}" for c in sorted(cues)]
    toks += [f"zz{x}" for x in extra]
    return " ".join(toks)
