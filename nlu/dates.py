"""Which school days (Mon-Fri) a message covers, following nlu/data/CONVENTIONS.md.

Works on normalised text (see normalise.py). Each date expression found becomes a
Mention; `resolve_dates` then combines the mentions: explicit days and ranges are
unioned, "until X" / "back X" close an open range, "for N days" / "rest of the week"
count from the start day. The caller's school calendar is applied later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta

WEEKDAYS = {
    "monday": 0, "mon": 0, "mondays": 0, "munday": 0,
    "tuesday": 1, "tues": 1, "tue": 1, "tuseday": 1, "tusday": 1, "teusday": 1,
    "wednesday": 2, "weds": 2, "wed": 2, "wednsday": 2, "wensday": 2, "wenesday": 2,
    "wednesay": 2, "wedensday": 2,
    "thursday": 3, "thurs": 3, "thurz": 3, "thur": 3, "thu": 3, "thurday": 3, "thursdy": 3, "thrusday": 3,
    "friday": 4, "fri": 4, "firday": 4, "fryday": 4, "fridy": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
NUMBER_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple": 2, "a couple": 2}

_WD = "(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_MON = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_ORD = r"(?:\d{1,2})(?:st|nd|rd|th)?"
_NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|(?:a )?couple(?: of)?|a)"

# "2nd period", "3rd time this term", "5th birthday": an ordinal counting something else.
_NOT_DAY_NOUN = (r"(?! (?:[a-z]+ )?(?:period|lesson|class|time|times|place|floor|year|grade|birthday|anniversary|child|"
                 r"born|session|attempt|day|days|night|week|round|set|dose|doses|jab|jabs|vaccine|vaccination|booster|"
                 r"injection|course|go|try|test|exam|stage|step|game|match|visit|incident|detention|warning|"
                 r"message|text|email|letter|call|reminder|tooth|baby|son|daughter|kid|cousin)\b)")
# "2 weeks ago", "3 days late", "2 weeks of coughing": a span in the story, not days off
# ("2 days of school", "a week of term" still are).
# "two weeks of leave", "3 days of absence": the days asked for, still a count.
_COUNTED_OF = r"(?:school|term|lessons|college|leave|holiday|absence|authorised|term time)"
_NOT_COUNT_AFTER = rf"(?! (?:ago|late|before|early|earlier|after|later|in a row|of (?!{_COUNTED_OF})))"
_NOT_WEEKS_AFTER = rf"(?! (?:ago|before|earlier|later|in a row|of (?!{_COUNTED_OF})))"
# "Good Friday", "Easter Monday": a festival, not the coming weekday.
_NOT_WD_BEFORE = r"(?<!good )(?<!black )(?<!easter )(?<!ash )(?<!maundy )(?<!holy )(?<!cyber )(?<!shrove )(?<!super )"
# "the 8.05 bus": a dotted clock time, not 8 May.
_CLOCK_AFTER = re.compile(r"^\s*(?:am|pm|(?:school )?bus|train|coach|tram|service|flight|ferry|start|appointment|appt)\b")

# Order matters: longer, more specific expressions are taken first and their text is
# blanked so that, e.g., the "fri" in "fri 13th" is not read again as a bare weekday.
PATTERNS = [
    ("day_list_month", re.compile(
        rf"\b(?P<list>(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:,|and|&)\s*|\s*(?:-|–|—|to|until|till)\s*(?:the )?))+)"
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{_MON})\b")),
    ("numeric", re.compile(
        r"\b(\d{1,2})(?:/(\d{1,2})(?:/(\d{2,4}))?|\.(\d{1,2})(?:\.(\d{2,4}))?|-(\d{1,2})-(\d{2,4}))"
        r"\b(?!\s?(?:am|pm))")),
    # normalise.py splits "9.6" / "12.3.26" (a one-digit part) into "9 . 6"; read it as a
    # date only where a day is expected, so "year 9. 6 of them" stays a sentence break.
    ("numeric_split", re.compile(
        r"\b(?P<d>[1-9]|[12]\d|3[01]) \. (?P<mo>[1-9]|1[0-2]|0[1-9])(?: \. (?P<y>\d{2}|20\d\d))?"
        r"(?! ?(?:\d|am|pm|%|hours?|hrs?|mins?|minutes?|miles?|kg|degrees?|st\b|lbs?|days?|weeks?|months?|years?|times|of\b))\b")),
    ("day_month", re.compile(
        rf"\b(?:(?P<wd>{_WD}) )?(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{_MON})\b"
        rf"(?: (?P<y>20\d\d))?")),
    ("month_day", re.compile(
        rf"\b(?P<m>{_MON}) (?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?! ?(?:am|pm|:|\.\d))")),
    # ("his 8th", "her 80th": an age or birthday, not a date)
    ("ordinal", re.compile(rf"\b(?:(?P<wd>{_WD}) )?(?:the )?(?<!his )(?<!her )(?<!their )(?<!its )(?<!my )(?<!our )(?<!your )"
                           rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_DAY_NOUN}")),
    ("wd_ordinal", re.compile(rf"\b(?P<wd>{_WD}) (?:the )?(?P<d>\d{{1,2}})\b(?! ?(?:am|pm|:|\.\d|days?|weeks?))")),
    # "the Friday before half term" counts from something else; but "Friday before her exam",
    # "Monday after his op": the child's own event, so the weekday is the day itself.
    ("relative", re.compile(rf"\b(?:the )?(?:following|{_WD}(?! (?:before|after) (?:his|her|their|my|our|your)\b)|week|day)"
                            rf" (?:before|after)\b(?! (?:next|school|lunch|the weekend|tomorrow))"
                            rf"|\bthe following (?:{_WD}|week|day)\b|\bthe next day\b")),
    ("story_week", re.compile(
        r"\b(?:time|times|twice|again|every day|everyday)(?: \w+)? (?:this|last) (?:week|month|term|year)\b")),
    ("vague", re.compile(
        r"\b(?:first|last|final) (?:\w+ )?(?:days?|weeks?) (?:of|before) (?:the )?(?:term|half term|summer|holidays?|"
        r"christmas|easter|year)\b|\buntil after\b(?! the weekend)")),
    ("story_count", re.compile(rf"\b(?:last|past|previous) (?P<n>{_NUM}) (?:school )?(?:days|weeks)\b")),
    ("week_after_next", re.compile(r"\b(?:(?:all|whole|the whole|all of|for) )?(?:the )?week after next\b")),
    ("next_week", re.compile(r"\b(?:all|whole|the whole|all of|rest of|for) ?(?:the )?next week\b|\bnext week\b")),
    ("last_week", re.compile(r"\blast week\b")),
    ("rest_week", re.compile(r"\b(?:rest|remainder|end) of (?:the |this )?(?:week|wk)\b")),
    ("this_week", re.compile(r"\b(?:(?:all|whole|rest of|the whole|for the|for the whole|all of) )?(?:this|the) week\b"
                              r"(?! (?:of|beginning|commencing|starting|after|before))|\ball week\b|\bthis wk\b"
                              r"|\b(?<!a )(?:the )?(?:whole|entire|full) (?:of )?(?:the |this )?(?:week|wk)\b")),
    ("next_wd", re.compile(rf"\bnext (?P<wd>{_WD})\b")),
    ("last_wd", re.compile(rf"\blast (?P<wd>{_WD})\b")),
    ("wd_next_week", re.compile(rf"\b(?P<wd>{_WD}) next week\b")),
    ("wd_after_next", re.compile(rf"\b(?:the )?(?P<wd>{_WD}) after next\b")),
    ("after_weekend", re.compile(r"\b(?:after|over) the weekend\b")),
    ("wd", re.compile(rf"\b(?:this |on |coming )?{_NOT_WD_BEFORE}(?P<wd>{_WD})\b")),
    ("few", re.compile(r"\b(?:a )?few days\b|\bnext few days\b|\bfew more days\b|\bat least (?:a |an )?\w+ (?:days?|weeks?)\b"
                       r"|\bfor the foreseeable\b|\buntil further notice\b"
                       # "2 or 3 days", "a day or two": a count not yet known, so the bot asks
                       rf"|\b{_NUM} (?:or|-|to) {_NUM} (?:more )?(?:school )?days?\b|\ba day or two\b")),
    ("count_weeks", re.compile(rf"\b(?P<n>{_NUM}) (?:whole |full )?weeks?\b{_NOT_WEEKS_AFTER}")),
    ("count", re.compile(rf"\b(?<=for )(?P<n>{_NUM}) (?:more )?(?:school )?(?:days?|dayz)\b(?= before\b)"
                         rf"|\b(?P<n2>{_NUM}) (?:more )?(?:school )?(?:days?|dayz)\b{_NOT_COUNT_AFTER}")),
    ("day_after", re.compile(r"\bday after tomorrow\b")),
    ("tomorrow", re.compile(r"\btomorrow\b")),
    ("yesterday", re.compile(r"\byesterday\b")),
    ("today", re.compile(r"\btoday\b|\bthis (?:morning|afternoon)\b|\btonight\b(?!x)")),
    ("vague", re.compile(
        rf"\b(?:in|during|over|for|next|this|end of|start of|beginning of|after|before) (?:the )?"
        rf"(?:{_MON}|month|term|easter|christmas|half term|summer|holidays?|ramadan)\b"
        rf"|\bnext (?:month|term|year)\b|\blater this (?:month|term|year)\b")),
]
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|through|thru|and|&|,|until|till|til|untill)\s*(?:the\s+)?$")
# "Thurs n Fri", "Monday, Tuesday and Wednesday": the days of one list share a status.
LIST_JOIN = re.compile(r"^\s*(?:,|and|n|&|or|\+|, and|and also|and on)?\s*(?:on\s+)?(?:the\s+)?$")
EXCL_BEFORE = re.compile(
    r"\b(?:until|till|til|untill|up to|back|return|returning|returns|back in|back at school|"
    r"back to school|in school|back in school|be in|be in late|in late|come|come in|come back|coming in|coming back|"
    r"be back|back to normal|(?:bring|send|take) (?:him|her|them) (?:in|back)|(?:bring|send|get) (?:him|her|them)(?: in| back)?|(?:'s|is|are|'re) in|go back|going back|"
    r"(?:return|returning|back|go back|come back)(?: to| in| at)? school|back (?:before|b4)|"
    r"(?:resume|resumes|resuming|rejoin|rejoins|rejoining)(?: school| classes| lessons)?|"  # "will resume school on Monday"
    r"(?:ok|okay|fine|well enough|better|alright|right) (?:for|by)|inshallah)"
    r"(?: on| from| for| by)?(?: the)?\s*$"
    r"|\b(?:until|till|til|untill)\b(?: [\w']+){1,5}? ?,? (?:probably|maybe|hopefully|possibly|likely|prob)?(?: on)?(?: the)?\s*$"
    r"|\b(?:until|till|til|untill) (?:the |her |his |their |our )?(?:meeting|appointment|operation|op|review|results?|"
    r"conference|hearing|funeral|scan|follow[- ]up|check[- ]?up"
    # "until her first A-level paper on Wednesday": the exam day she comes in for
    r"|(?:(?:first|next|last|final) )?(?:[\w-]+ )?(?:exam|exams|paper|papers|test|tests))"
    r"(?: \w+){0,2}? (?:on |is on )?(?:the )?\s*$")
# "until the end of term on 22nd", "until the end of next week": the last day is still off.
END_OF_BEFORE = re.compile(
    r"\bend of(?: (?:the|this))?(?: (?:term|half term|half-term|school year|summer term))?(?: on| which is| is)?(?: the)?\s*$")
# "will try tomorrow", "will try for tmrw", "try again Monday": the day a return is attempted.
TRY_BEFORE = re.compile(
    r"\b(?:will|i'll|we'll|he'll|she'll|they'll|going to|gonna) try(?: again)?"
    r"(?: (?:and|to) (?:get|bring|send) (?:him|her|them)(?: in| back)?| (?:and|to) (?:come|go)(?: in| back)?)?"
    r"(?: on| for| by)?(?: the)?\s*$")
# "he's with me this week", "at her dad's this week": where the child stays, not days off.
WITH_CARER_BEFORE = re.compile(
    r"\b(?:with|at)(?: (?:me|his|her|their|my|our|the))? (?:me|dad|mum|mom|nan|nana|nans|gran|grandma|grandad|father|"
    r"mother|auntie|aunt|uncle|dad's|mum's|dads|mums|nan's|gran's)\s*$"  # ("with dad in Spain for the week" is away)
    r"|\b(?:i've|i have|we've|we have|i|we) got (?:him|her|them|[a-z]+)\s*$")  # "I've got Bailey this week"
# "it's been really bad this week", "she's been poorly all week": the week told as the story.
BEEN_WEEK_BEFORE = re.compile(r"\bbeen(?: (?!off\b|absent\b|away\b|home\b|out\b)[\w']+){1,3}\s*$")
# "won't be in school this week": a negated "in school" is not a return day.
NEG_IN_SCHOOL = re.compile(
    r"\b(?:not|\w*n't|cannot|never|no|neither|none)(?: \w+){0,3}?(?: be)? (?:in school|in|come|come in|coming|back|"
    r"be back|go back|going back|ok for|fine for)(?: on| from| for)?(?: the)?\s*$")
# "frightened to come tomorrow", "too ill to come in on Monday": a day off, not the return day.
AFRAID_TO_COME = re.compile(r"\b(?:scared|afraid|frightened|terrified|nervous|anxious|worried|too \w+|not well enough|"
                            r"refuses|refusing|refused|unable) to (?:come|come in|go|go in|go back|come back)(?: on| the)*\s*$")
# "tomorrow he will come", "Monday she should be back": the return day told first.
EXCL_AFTER = re.compile(
    r"^\s*(?:,?\s*(?:yes|inshallah|insha allah|hopefully|i think|i hope|maybe|probably)\s*,?\s*)?"  # "tomorrow yes she..."
    r"(?:he|she|they|he'll|she'll|they'll|he's|she's|they're)(?: will| should| can| is| are| might| hopefully)?"
    r"(?: be)? (?:come|comes|coming|back|in|return|returns|returning|go back|fine|ok)\b")
# "not in at all today, hopefully tomorrow. Thanks": the day hoped for is the return day.
HOPE_BACK_BEFORE = re.compile(r"[,.;]\s*(?:but\s+|and\s+)?(?:hopefully|fingers crossed)\s*,?\s*(?:on\s+)?$")
CLAUSE_END_AFTER = re.compile(r"^\s*(?:[.!;]|$|,\s*(?:thanks|thank you|thx|cheers)\b|x+\b|thanks|thank you)")
# "the week of 8th March", "w/c 8 March": the whole school week around that day.
WEEK_OF_BEFORE = re.compile(r"\b(?:week (?:of|beginning|commencing|starting)|w ?/? ?c) (?:the )?$")
# "off since Tuesday": the absence runs from that past day.
SINCE_OFF_BEFORE = re.compile(r"\b(?:off|absent|home|not in|away|out of school)(?: \w+)? since (?:the )?$")
# "hasn't been home since Friday": missing from home since then, not off school since then.
NOT_HOME_SINCE = re.compile(r"(?:\bnot|n't|\bnever)(?: \w+)? (?:been|come|came|gone|slept) (?:back )?home since (?:the )?$")
# "Rosie IS in today", "he's fine today": the child is at school that day.
IN_TODAY_BEFORE = re.compile(
    r"(?<!n't )(?<!not )\b(?:is|are|'s|he's|she's|they're|was|were)(?: (?:back|still|also|actually))? "
    r"(?:in|fine|ok|okay|well|at school|in school|back)\s*$"
    # "sent a note in with her today", "I've sent him in today": the child is at school that day
    r"|\b(?:sent|sending|brought|bringing)(?: [\w']+){0,3} in(?: with (?:him|her|them))?\s*$")
# "his exam is on Thursday", "GP appointment booked for Friday": a day named for an event,
# which is the day off only if the message names no other.
EVENT_BEFORE = re.compile(
    r"\b(?:exams?|papers?|a levels?|gcses?|mocks?|tests?|funeral|janazah|wedding|appointment|appt|hearing|"
    r"operation|booked|gala|sports day|concert|rehearsal|assembly|nativity|disco|fixture|tournament|"
    r"seeing the (?:gp|doctor|doctors|dr|consultant|nurse)|maths|english|science|biology|chemistry|physics|french|spanish|german|history|"
    r"geography|economics|computing|art|music|psychology|sociology|business|school photo|trip)"
    r"(?: [\w']+){0,4}?(?: is| are| was| will be)?(?: in| on| at| for)?(?: the)?\s*$"
    r"|\bvisit (?:is |was )?(?:still |also )?(?:on )?(?:the )?$")  # "is the police visit still on Friday?"
# "leave Thursday after school": something after the school day, not a day off.
AFTER_SCHOOL_AFTER = re.compile(r"^\s*(?:night |evening )?after school\b")
# "If it changes to Thursday I will tell you", "tomorrow if needed": a day that may come, not
# one the parent says the child is off (the bot asks again later).
MAYBE_BEFORE = re.compile(r"\bif (?:it|that|the date|the day|eid|the festival|the appointment|the appt) "
                          r"(?:changes|moves|is moved|gets moved|is changed|gets changed) to (?:the )?\s*$")
MAYBE_AFTER = re.compile(r"^\s*(?:too |as well )?if (?:needed|necessary|need be|required|needs be)\b")
# "I moved it from Tuesday to Wednesday": the first day is no longer meant.
CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:changed|moved|switched|rescheduled|swapped|changing|moving|brought forward|put back)(?: \w+)? from (?:the )?\s*$")
CHANGED_TO_BEFORE = re.compile(
    r"\b(?:changed|moved|switched|rescheduled|swapped|changing|moving|brought forward|put back)\b.{0,30} to (?:the )?\s*$")
# A day told as part of the story ("he was sick on Monday", "hurt himself on Wednesday night").
PAST_BEFORE = re.compile(
    r"\b(?:was|were|wasn't|weren't|had|did|didn't|went|(?<!'s )(?<!'ve )(?<!has )(?<!have )got|came|happened|"
    r"started|began|told|missed|stayed|kept|passed away|died|attacked|jumped|hit|hurt|saw|found|left|broke|fell|"
    r"tried|took|since|"
    r"ago|grabbed|pushed|punched|kicked|threatened|bullied|tripped|assaulted|slapped|collapsed|fainted|ran off)\b"
    r"(?: [\w']+){0,5}? (?:on |at |over )?(?:the )?\s*$")  # "went to their dad's on Friday"
# "a lad threatened him with a knife at the bus stop in town on Friday": an assault told at
# length; the day at the end of that clause is the story too.
ASSAULT_CLAUSE_BEFORE = re.compile(
    r"\b(?:attacked|hit|punched|kicked|pushed|grabbed|threatened|assaulted|slapped|bullied|jumped|robbed|mugged)\b"
    r"[^.,;!?]{0,70} (?:on )?(?:the )?$")
# "on Monday he fell off his bike", "Friday the doctor said": the day told first, then the
# past-tense story of that day.
PAST_AFTER = re.compile(
    r"^\s*,?\s*(?!(?:and|but|so|then|n|or|as|because|cos|if)\b)(?:(?:the )?[\w']+ ){1,2}?"
    r"(?:was|were|wasn't|weren't|had|did|didn't|went|came|fell|broke|hurt|started|began|happened|said|told|saw|"
    r"found|rang|called|got sent|was sent|missed|stayed)\b")
# "would it be ok if Max missed Monday", "if she had Friday off": a request, not the past.
IF_PAST_BEFORE = re.compile(
    r"\b(?:if|whether)(?: [\w'-]+){1,3} (?:missed|had|took|stayed|kept|was|were)\b(?: [\w']+){0,5}?(?: on| the)*\s*$")
# Present or future absence in the message: a past day then belongs to the story.
NOW_ABSENT = re.compile(
    r"\b(?:won't|will not|isn't coming|is not coming|not coming|not going|not sending|staying (?:at )?home|"
    r"staying off|keep(?:ing)? (?:\w+ )?(?:off|home|at home|in)|keep (?:him|her|them)|is (?:too )?(?:scared|afraid|"
    r"frightened|terrified)|can't (?:come|go|face)|cannot come|is off|are off|off today|not in today|"
    r"having a day|still (?:ill|poorly|sick|unwell|not)|is with me|are with me|won't leave"
    # "has not come home since Friday": missing now, so the days told are the story
    r"|(?:not|n't|never) (?:come|came|been|got) (?:back )?home)\b")
WAS_ABSENT = re.compile(
    # "fell off the trampoline yesterday": a fall, not a day off
    r"\b(?:(?<!fell )(?<!fallen )(?<!falling )(?<!came )(?<!knocked )(?<!thrown )off|absent|absence|missed|didn't come|didn't go|did not come|not in|wasn't in|weren't in|stayed (?:at )?home|"
    r"kept (?:\w+ )?(?:off|home|at home)|at home)\b(?: [\w'&]+){0,4} ?(?:,|and|n)?\s*$")
FROM_BEFORE = re.compile(r"\b(?:from|starting|start|beginning|as of)(?: on)?(?: the)?\s*$")
# "Rosie was off today" (sent in the evening): the absence word is right before the day.
OFF_JUST_BEFORE = re.compile(
    r"\b(?:off|absent|not in|wasn't in|weren't in|home|missed school|didn't come in|didn't go in)(?: \w+)?\s*$")
NOT_BEFORE = re.compile(r"\b(?:not|isn't|wasn't|instead of|rather than)\s*$"
                        r"|\b(?:not|isn't|aren't|wasn't) off (?:on )?(?:the )?$")  # "she isn't off on Thursday, it's Friday"
# A day named only as when something else happens, not a day off.
NARRATIVE_BEFORE = re.compile(
    r"\b(?:update you|let you know|let u know|tell you|keep you posted|call you|ring you|email you|"
    r"(?:i'll|i will|will) (?:ring|call|phone|text|message|email|update|inform|confirm|advise)(?: you| u| the school| school| back)?|"
    r"see how (?:he|she|they|it)"
    r"(?:'s| is| are| goes| feels)?|see about|see what|see if|decide about|since(?: \w+){0,2}|"
    r"it (?:is|was))(?: on| by| the| about| re| regarding| for)*\s*$")
# "up to and including Thursday", "between now and Friday", "till Fri inclusive": an end day
# that is itself a day off.
INCLUSIVE_END_BEFORE = re.compile(
    r"\b(?:up to and including|up to & including|to and including|between now and)\s*(?:the\s+)?$")
INCLUSIVE_AFTER = re.compile(r"^\s*\(?(?:inclusive|incl\b|included)")
# "not today, tomorrow she's off": the second day starts a clause of its own.
OWN_CLAUSE_AFTER = re.compile(r"^\s*(?:he|she|they|he's|she's|they're|he'll|she'll|they'll|both|the kids)\b")
CONTRAST_END_AFTER = re.compile(r"^\s*(?:[.!?]|$|sorry|pls|please|thanks|thank you|x+\b)")
# "yesterday and today she's been off", "yesterday he was off": an absence told after the day.
OFF_AFTER = re.compile(
    r"^\s*(?:(?:,|and|n|&)\s*today\s*)?(?:(?:he|she|they|he's|she's|they've|they're|both)\s+"
    r"|[\w'-]+\s+(?=was |were |has been |have been |had been ))?"  # "yesterday Ali was absent"
    r"(?:(?:was|were|has been|have been|had been|been|is|are)\s+)?(?:off|absent|not in|at home|home)\b")
# "all week she's been coughing": a span told as the story, after the fact.
STORY_AFTER = re.compile(
    r"^\s*,?\s*(?:he|she|they|he's|she's|they've|they're|it's)(?: has| have)? been\b(?! off| absent| home)")
# "hasn't been home for 3 days", "he missed two days": a count in the story.
STORY_COUNT_BEFORE = re.compile(r"\b(?:been|missed|had|took|was off|were off)\b(?: \w+){0,3} (?:for )?$")
# "he was late yesterday": a late arrival on a past day (otherwise a past day is the story).
PAST_LATE = re.compile(r"\b(?:was|were) (?:\w+ )?late\b|\blate (?:in |on )?(?:yesterday|last)\b")
# "she'll be off that day": the day named for the event is a day off after all.
OFF_THAT_DAY = re.compile(r"\b(?:off|miss|missing|absent|not in|be in|home)(?: \w+){0,2} (?:that|the same) day\b")
# "she'll be off tomorrow too": another day besides the default one.
ALSO_AFTER = re.compile(r"^\s*(?:too|as well|either)\b")
# "sick again on Thursday", "we'll try again tomorrow": a day in the story; but "a temp again
# today" is still today, and "off Monday and again on Thursday" is another day off.
AGAIN_BEFORE = re.compile(r"(?<!and )\bagain(?: on| by| the)*\s*$")
# ("should be back tomorrow", "should be fine" are a hope, not a correction)
CORRECTION = re.compile(r"\b(?:meant|i mean|correction|sorry (?:it's|its|it is)|should (?:have )?said|"
                        r"should be(?! (?:back|in|ok|okay|fine|better|alright|able|well|home|there|at school|in school|good|right)\b)|"
                        r"(?:but|actually) (?:it's|its|it is)|(?:it's|its|it is) actually)\b")


@dataclass
class Mention:
    kind: str
    start: int
    end: int
    days: list = field(default_factory=list)   # dates the mention names
    count: int = 0                            # for "for 3 days"
    exclusive: bool = False                   # "until Thursday": an end, not a day
    is_from: bool = False
    negated: bool = False
    past: bool = False
    event: bool = False                       # "his exam is on Thursday": a fallback day
    inclusive_end: bool = False               # "up to and including Thursday"


def next_weekday(d: date) -> date:
    d += timedelta(days=1)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def prev_weekday(d: date) -> date:
    d -= timedelta(days=1)
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def roll_forward(d: date) -> date:
    return d if d.weekday() < 5 else next_weekday(d)


def default_start(today: date, now: time | None) -> date:
    """No date words: today, or the next weekday in the evening or at a weekend."""
    now = now or time(8, 0)
    if today.weekday() >= 5 or now >= time(16, 0):
        return next_weekday(today)
    return today


def week_monday(today: date) -> date:
    """Monday of the week containing today (a weekend belongs to the week just ending)."""
    return today - timedelta(days=today.weekday())


def on_or_after(today: date, wd: int) -> date:
    return today + timedelta(days=(wd - today.weekday()) % 7)


def weekdays_between(a: date, b: date) -> list:
    """School days from a to b inclusive."""
    out, d = [], a
    while d <= b and len(out) < 400:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def count_from(start: date, n: int) -> list:
    out, d = [], roll_forward(start)
    for _ in range(max(0, min(n, 100))):
        out.append(d)
        d = next_weekday(d)
    return out


def school_year_date(today: date, day: int, month: int, year: int | None = None):
    """A day/month in the current school year (Sept-Aug), or next year if > 60 days past."""
    try:
        if year is not None:
            year = year + 2000 if year < 100 else year
            return date(year, month, day)
        sy = today.year if today.month >= 9 else today.year - 1
        d = date(sy if month >= 9 else sy + 1, month, day)
        if (today - d).days > 60:
            d = date(d.year + 1, month, day)
        return d
    except ValueError:
        return None


def bare_ordinal(today: date, day: int, wd: int | None, future: bool = False):
    """'13th' or 'Fri 13th': this month's, or the next month whose date fits (a week back
    is allowed for a past day explained; `future`: not before today)."""
    y, m = today.year, today.month
    back = 0 if future else 14 if wd is not None else 7
    for _ in range(13):
        try:
            d = date(y, m, day)
        except ValueError:
            d = None
        if d is not None and (today - d).days <= back and (wd is None or d.weekday() == wd):
            return d
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return None


def _number(word: str) -> int:
    word = word.strip()
    if word.isdigit():
        return int(word)
    word = word.replace(" of", "")
    return NUMBER_WORDS.get(word, NUMBER_WORDS.get(word.replace("a ", ""), 0))


_SPLIT_DATE_BEFORE = re.compile(
    r"\b(?:on|off|the|absent|miss|missing|from|until|till|til|back|and|to|away|out|date|of)\s*$"
    r"|\b\d{1,2} \. \d{1,2} ?(?:-|–|—|to|until|till) ?$")  # "8 . 7 - 10 . 7": the end of a range
# "22.06 to 26.06", "8 . 7 - 10 . 7": a dotted date running to another in the same month is a
# range of days, not clock times: the day is over 12 or the month has one digit ("from 9.05 to
# 10.05" stays a time).
_DOTTED_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|to|until|till)\s*(?:the\s+)?\d{1,2} ?\. ?(\d{1,2})\b(?! ?(?:am|pm))")


def _dotted_range(day: str, month: str, after: str) -> bool:
    m = _DOTTED_RANGE_AFTER.match(after)
    return bool(m) and int(m.group(1)) == int(month) and (int(day) > 12 or len(month) == 1)
TIME_PREP = re.compile(r"\b(?:at|for|by|about|around|approx|approximately|roughly|before|after|from|till|until|in|back)\s*$")


NO_DAYS = ("story_week", "story_count", "relative")


def _mention(kind, m, today: date, before: str = "", after: str = "") -> Mention | None:
    g = m.groupdict()
    mt = Mention(kind, m.start(), m.end())
    wd = WEEKDAYS.get(g.get("wd") or "", None)
    if kind == "numeric":
        d = m.group(1)
        mo = m.group(2) or m.group(4) or m.group(6)
        y = m.group(3) or m.group(5) or m.group(7)
        if (m.group(4) and not y and (TIME_PREP.search(before) or _CLOCK_AFTER.match(after))
                and not _dotted_range(d, m.group(4), after)):
            return None  # "in for 10.05", "the 8.05 bus": a clock time, not a day in May
        x = school_year_date(today, int(d), int(mo), int(y) if y else None)
        if x is None:
            return None
        mt.days = [x]
    elif kind == "numeric_split":
        if not (_SPLIT_DATE_BEFORE.search(before) or _dotted_range(g["d"], g["mo"], after)):
            return None
        x = school_year_date(today, int(g["d"]), int(g["mo"]), int(g["y"]) if g.get("y") else None)
        if x is None:
            return None
        mt.days = [x]
    elif kind == "day_list_month":
        month = MONTHS[g["m"]]
        nums = [int(x) for x in re.findall(r"\d{1,2}", g["list"])] + [int(g["d"])]
        days = [school_year_date(today, n, month) for n in nums]
        if any(d is None for d in days):
            return None
        if re.search(r"-|–|—|to|until|till", g["list"]) and len(days) == 2:
            days = weekdays_between(days[0], days[1])
        mt.days = sorted(set(days))
    elif kind in ("day_month", "month_day"):
        x = school_year_date(today, int(g["d"]), MONTHS[g["m"]], int(g["y"]) if g.get("y") else None)
        if x is None:
            return None
        mt.days = [x]
    elif kind in ("ordinal", "wd_ordinal"):
        if not 1 <= int(g["d"]) <= 31:
            return None
        x = bare_ordinal(today, int(g["d"]), wd if wd is not None and wd < 5 else None)
        if x is None:
            return None
        mt.days = [x]
    elif kind == "next_week":
        mon = week_monday(today) + timedelta(days=7)
        mt.days = weekdays_between(mon, mon + timedelta(days=4))
    elif kind == "week_after_next":
        mon = week_monday(today) + timedelta(days=14)
        mt.days = weekdays_between(mon, mon + timedelta(days=4))
    elif kind == "last_week":
        mon = week_monday(today) - timedelta(days=7)
        mt.days = weekdays_between(mon, mon + timedelta(days=4))
    elif kind == "this_week":
        mon = week_monday(today)
        fri = mon + timedelta(days=4)
        if today.weekday() >= 5:
            mon, fri = mon + timedelta(days=7), fri + timedelta(days=7)
            mt.days = weekdays_between(mon, fri)
        else:
            mt.days = weekdays_between(today, fri)
    elif kind == "rest_week":
        mt.kind = "rest_week"
    elif kind == "next_wd":
        if wd >= 5:
            return None
        mt.days = [week_monday(today) + timedelta(days=7 + wd)]
    elif kind in NO_DAYS:
        return mt
    elif kind == "wd_after_next":
        if wd >= 5:
            return None
        mt.days = [week_monday(today) + timedelta(days=14 + wd)]
    elif kind == "after_weekend":
        mt.days = [week_monday(today) + timedelta(days=7)]
    elif kind == "wd_next_week":
        if wd >= 5:
            return None
        mt.days = [week_monday(today) + timedelta(days=7 + wd)]
    elif kind == "last_wd":
        if wd >= 5:
            return None
        d = today - timedelta(days=1)
        while d.weekday() != wd:
            d -= timedelta(days=1)
        mt.days = [d]
    elif kind == "wd":
        if wd >= 5:
            mt.kind = "weekend"
            return mt
        mt.days = [on_or_after(today, wd)]
    elif kind in ("count", "count_weeks"):
        n = _number(g.get("n") or g.get("n2") or "")
        if n <= 0:
            return None
        mt.kind, mt.count = "count", n * (5 if kind == "count_weeks" else 1)
    elif kind == "day_after":
        mt.days = [next_weekday(next_weekday(today))]
    elif kind == "tomorrow":
        mt.days = [next_weekday(today)]
    elif kind == "yesterday":
        mt.days = [prev_weekday(today)]
    elif kind == "today":
        if "tonight" in m.group(0):
            return None
        mt.days = [roll_forward(today)]
    return mt


def find_mentions(text: str, today: date) -> list:
    """All date mentions in order of position; matched text is blanked as it is used."""
    work = text
    found = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(work):
            mt = _mention(kind, m, today, text[max(0, m.start() - 20):m.start()], text[m.end():m.end() + 15])
            if mt is None:
                continue
            found.append(mt)
            work = work[:m.start()] + " " * (m.end() - m.start()) + work[m.end():]
    found.sort(key=lambda x: x.start)
    for mt in found:
        _context(mt, text, today)
    return found


def _context(mt: Mention, text: str, today: date) -> None:
    """Flags from the words around a mention: an end day, a start, negated, past, an event."""
    before = text[max(0, mt.start - 40):mt.start]
    after = text[mt.end:mt.end + 30]
    pre = text[max(0, mt.start - 45):mt.start]
    mt.exclusive = bool(EXCL_BEFORE.search(before) or EXCL_AFTER.match(after)) and mt.kind not in ("count", "vague", "few")
    if mt.days and mt.days[0] > today and TRY_BEFORE.search(before):
        mt.exclusive = True
    if mt.exclusive and (NEG_IN_SCHOOL.search(before) or AFRAID_TO_COME.search(before)):
        mt.exclusive = False
    if (mt.kind in ("tomorrow", "wd") and HOPE_BACK_BEFORE.search(before)
            and CLAUSE_END_AFTER.match(after)):
        mt.exclusive = True  # "won't be in today, hopefully tomorrow.": the hoped-for return day
    if INCLUSIVE_END_BEFORE.search(before) or (mt.exclusive and INCLUSIVE_AFTER.match(after)):
        mt.exclusive = mt.inclusive_end = True
    if mt.exclusive and mt.days and END_OF_BEFORE.search(before):
        mt.inclusive_end = True
        mt.days = mt.days[-1:]  # "the end of next week": its Friday
    mt.is_from = bool(FROM_BEFORE.search(before))
    mt.negated = bool(NOT_BEFORE.search(before) or NARRATIVE_BEFORE.search(before)
                      or (mt.kind != "today" and AGAIN_BEFORE.search(before))
                      or CHANGED_FROM_BEFORE.search(before) or MAYBE_BEFORE.search(before)
                      or (mt.days and mt.days[0] > today and MAYBE_AFTER.match(after)))
    if NOT_BEFORE.search(before) and re.match(r"\s*(?:either|as well|too)\b", after):
        mt.negated = False  # "probably not Monday either": off that day too
    if mt.kind in ("today", "tomorrow", "wd") and IN_TODAY_BEFORE.search(before):
        mt.negated = True
    if mt.kind in ("wd", "last_wd", "yesterday", "today") and re.match(r"\s*(?:night|nite|evening|eve)\b", after):
        mt.negated = True  # "on Wednesday night": an evening, part of the story
    if mt.kind == "yesterday" and re.search(r"\bafter school\s*$", before):
        mt.negated = True
    since_off = bool(SINCE_OFF_BEFORE.search(before)) and not NOT_HOME_SINCE.search(before)
    if since_off:
        mt.negated, mt.is_from = False, True
    # "would it be ok if she missed 3 days": a request, not a count in the story.
    if mt.kind == "count" and STORY_COUNT_BEFORE.search(before) and not IF_PAST_BEFORE.search(pre):
        mt.kind = "story_count"  # "hasn't been home for 3 days", "he missed two days"
    if mt.kind == "this_week" and WITH_CARER_BEFORE.search(before):
        mt.kind, mt.days = "story_week", []
    if mt.kind == "after_weekend" and not mt.exclusive:
        mt.days = []  # "exhausted after the weekend away": only "back after the weekend" names a day
    mt.event = not mt.negated and not mt.exclusive and bool(EVENT_BEFORE.search(before) or AFTER_SCHOOL_AFTER.match(after))
    if mt.days and WEEK_OF_BEFORE.search(before):
        mon = week_monday(mt.days[0])
        mt.days = weekdays_between(mon, mon + timedelta(days=4))
    if mt.exclusive and mt.kind in ("ordinal", "wd_ordinal") and mt.days[0] < today:
        wd = mt.days[0].weekday() if mt.kind == "wd_ordinal" else None
        mt.days = [d for d in [bare_ordinal(today, mt.days[0].day, wd, future=True)] if d]
    if since_off and mt.kind == "wd" and mt.days[0] > today:
        mt.days = [mt.days[0] - timedelta(days=7)]  # "off since Monday": the last Monday
    mt.past = not (mt.exclusive or since_off or CHANGED_TO_BEFORE.search(before)) and (
        mt.kind in ("yesterday", "last_wd", "last_week")
        or (mt.kind in ("wd", "this_week") and bool(PAST_BEFORE.search(pre)) and not IF_PAST_BEFORE.search(pre))
        or (mt.kind == "wd" and bool(ASSAULT_CLAUSE_BEFORE.search(text[max(0, mt.start - 90):mt.start])))
        or (mt.kind == "wd" and bool(PAST_AFTER.match(after)))
        or (mt.kind == "this_week" and bool(STORY_AFTER.match(after) or BEEN_WEEK_BEFORE.search(before)))
        or (mt.kind == "today" and bool(PAST_BEFORE.search(pre)) and not WAS_ABSENT.search(pre)))


def _share_list_status(found: list, text: str) -> None:
    """A day listed after another ("exams on Thurs n Fri", "today and yesterday") is read
    the same way as the first day of the list."""
    for a, b in zip(found, found[1:]):
        if a.days and b.days and LIST_JOIN.match(text[a.end:b.start]) and text[a.end:b.start].strip():
            if not (OWN_CLAUSE_AFTER.match(text[b.end:b.end + 12]) or _contrast(a, b, text)):
                b.negated = b.negated or a.negated
            b.event = b.event or a.event
            b.past = a.past if b.kind in ("wd", "yesterday") else b.past
            b.exclusive = b.exclusive or a.exclusive
        elif a.days and b.days and a.event and RANGE_END_JOIN.match(text[a.end:b.start]):
            b.event = True  # "holiday booked 10/7 to 17/7": the range is one event


RANGE_END_JOIN = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|til|untill)\s*(?:the\s+)?$")


def _contrast(a: Mention, b: Mention, text: str) -> bool:
    """'not Wednesday, Thursday.': a bare comma and then the end of the sentence, so the second
    day replaces the first rather than continuing a list of days off."""
    return (a.negated and text[a.end:b.start].strip() == ","
            and bool(CONTRAST_END_AFTER.match(text[b.end:b.end + 12])))


FOLLOWING = re.compile(rf"the following (?P<wd>{_WD}|week)\b")
# "off tomorrow and the day after", "off that day and the next day too": one more school day.
NEXT_DAY = re.compile(r"(?:the )?(?:day after|following day|next day)\b")
AND_BEFORE = re.compile(r"\b(?:and|&|n|plus)\s+(?:also\s+)?(?:on\s+)?$")


def _following(found: list, text: str) -> None:
    """'Friday and the following Monday', 'the 3rd and the following week': counted on from
    the day named just before."""
    prev = None
    for m in found:
        f = FOLLOWING.match(text, m.start) if m.kind == "relative" else None
        if f and prev is not None:
            wd = WEEKDAYS[f["wd"]] if f["wd"] != "week" else None
            if wd is None:
                mon = week_monday(prev.days[-1]) + timedelta(days=7)
                m.days = weekdays_between(mon, mon + timedelta(days=4))
            elif wd < 5:
                m.days = [prev.days[-1] + timedelta(days=(wd - prev.days[-1].weekday() - 1) % 7 + 1)]
            m.past, m.event, m.negated = m.past or prev.past, m.event or prev.event, m.negated or prev.negated
        elif (m.kind == "relative" and prev is not None and NEXT_DAY.match(text, m.start)
              and AND_BEFORE.search(text[max(0, m.start - 12):m.start])):
            m.days = [next_weekday(prev.days[-1])]
            m.past, m.event, m.negated = prev.past, prev.event, prev.negated
            m.exclusive = prev.exclusive
        if m.days:
            prev = m


# "finish on Wednesday 17th December instead of Friday": the last day in school is the first
# day; the days off run from the next school day to the second one.
FINISH_BEFORE = re.compile(r"\b(?:finish|finishing|break up|breaking up|leave school|end term)(?: school)? (?:on )?(?:the )?$")
INSTEAD_OF = re.compile(r"^\s*(?:,\s*)?instead of\s*(?:the\s+)?(?:on\s+)?$")


def _finish_instead(found: list, text: str) -> list:
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if (len(a.days) == 1 and len(b.days) == 1 and FINISH_BEFORE.search(text[max(0, a.start - 30):a.start])
                and INSTEAD_OF.match(text[a.end:b.start])):
            last = b.days[0]
            if b.kind == "wd" and last <= a.days[0]:
                last = on_or_after(a.days[0] + timedelta(days=1), last.weekday())
            span = Mention("range", a.start, b.end, weekdays_between(next_weekday(a.days[0]), last))
            return found[:i] + [span] + found[i + 2:]
    return found


def _relative_list(found: list, text: str) -> None:
    """'the Thursday and Friday before half term': a weekday listed just before a relative
    one is counted from the same event, so it is not the coming weekday either."""
    for a, b in zip(found, found[1:]):
        if a.kind == "wd" and b.kind == "relative" and re.match(_WD, text[b.start:b.end].replace("the ", "", 1)) \
                and LIST_JOIN.match(text[a.end:b.start]) and text[a.end:b.start].strip():
            a.kind, a.days = "relative", []


def _list_to_today(found: list, text: str, today: date) -> None:
    """'off the last 3 days - Monday, Tuesday and today': weekdays listed up to today or
    yesterday are the ones just gone."""
    for i in range(len(found) - 1, 0, -1):
        b = found[i]
        if b.kind not in ("today", "yesterday") or b.negated:
            continue
        j = i - 1
        while (j >= 0 and found[j].kind == "wd" and found[j].days and found[j + 1].days
               and LIST_JOIN.match(text[found[j].end:found[j + 1].start]) and text[found[j].end:found[j + 1].start].strip()):
            if found[j].days[0] > today:
                found[j].days = [found[j].days[0] - timedelta(days=7)]
            j -= 1


def _list_month(found: list, text: str, today: date) -> None:
    """'Weds 11th and Thurs 12th March': an ordinal listed before a dated day shares its month."""
    for a, b in zip(found, found[1:]):
        if (a.kind in ("ordinal", "wd_ordinal") and b.kind in ("day_month", "day_list_month") and a.days and b.days
                and LIST_JOIN.match(text[a.end:b.start]) and text[a.end:b.start].strip()):
            d = school_year_date(today, a.days[0].day, b.days[0].month)
            wd = re.match(_WD, text[a.start:a.end])
            if d is not None and (wd is None or WEEKDAYS[wd.group(0)] == d.weekday()):
                a.days = [d]


def _month_named_before(found: list, text: str, today: date) -> None:
    """'over Feb half term ... the Monday and Tuesday after (22nd and 23rd)': a bare ordinal
    after a month named only vaguely is a day of that month."""
    month = None
    for m in found:
        if m.kind == "vague":
            mon = re.search(rf"\b{_MON}\b", text[m.start:m.end])
            month = MONTHS[mon.group(0)] if mon else month
        elif m.kind in ("day_month", "month_day", "day_list_month", "numeric", "numeric_split"):
            month = None  # a full date after it names its own month
        elif m.kind == "ordinal" and month is not None and m.days and m.days[0].month != month:
            d = school_year_date(today, m.days[0].day, month)
            if d is not None:
                m.days = [d]


def _same_weekday_as_dated(found: list) -> None:
    """"Monday 1st June ... flight back Monday morning": a bare weekday repeats a dated one."""
    dated: dict = {}
    for m in found:
        if m.kind in ("day_month", "month_day", "ordinal", "wd_ordinal", "numeric", "numeric_split") and len(m.days) == 1:
            if not m.exclusive:  # ("flying on Monday ... back on 9th February" is another Monday)
                dated.setdefault(m.days[0].weekday(), m.days[0])
    for m in found:  # before or after the dated one ("Thursday 10/12/26")
        if m.kind == "wd" and m.days and m.days[0].weekday() in dated:
            m.days = [dated[m.days[0].weekday()]]


def _extend_next(found: list, text: str, today: date) -> None:
    """'next Tuesday and Wednesday': 'next' carries over a list of weekdays."""
    for a, b in zip(found, found[1:]):
        if a.kind in ("next_wd", "wd_next_week") and b.kind == "wd" and RANGE_JOIN.match(text[a.end:b.start]):
            b.kind = "next_wd"  # in the same week as the day before it (next week, or the week after)
            b.days = [week_monday(a.days[0]) + timedelta(days=b.days[0].weekday())]


def _week_modifiers(found: list, today: date, text: str = "") -> None:
    """'Tuesday and Thursday next week', 'Wednesday and Thursday this week': the week
    phrase places the named days instead of adding a whole week of its own."""
    wds = [m for m in found if m.kind == "wd"]
    if not wds:
        return
    for m in list(found):
        if m.kind in ("next_week", "week_after_next") and not m.inclusive_end:  # ("until the end of next week": an end)
            # "the week after next, Monday to Wednesday": the days of that week
            near = [w for w in wds if _near(w, m, text, m.kind == "week_after_next")]
            if not near:
                continue
            weeks = 14 if m.kind == "week_after_next" else 7
            for w in near:
                w.kind = "next_wd"
                w.days = [week_monday(today) + timedelta(days=weeks + w.days[0].weekday())]
            found.remove(m)
        elif m.kind == "this_week" and any(not w.past for w in wds):
            # "Wednesday and Thursday this week": the days, not the whole week (but "Friday the
            # doctor said..., so she's off all week": a past day is only the story).
            found.remove(m)
        elif m.kind == "last_week":
            near = [w for w in wds if _near(w, m, text)]
            if not near:
                continue
            for w in near:  # "off on Wednesday last week": that Wednesday
                w.kind, w.past = "last_wd", True
                w.days = [week_monday(today) - timedelta(days=7 - w.days[0].weekday())]
            found.remove(m)


def _all_week_of_dates(found: list, text: str, today: date) -> None:
    """'on set from 15/06 to 19/06 ... with her all week': a bare 'all week' is the week of
    the dates named, not the current one."""
    this_fri = week_monday(today) + timedelta(days=4)
    if any(m.kind in ABSOLUTE and m.days and min(m.days) > this_fri and not m.past for m in found):
        for m in [m for m in found if m.kind == "this_week" and text[m.start:m.end] == "all week"]:
            found.remove(m)


def _near(w: Mention, m: Mention, text: str, comma_ok: bool = False) -> bool:
    """A weekday and a week phrase in one clause, within a few words of each other
    (`comma_ok`: or just after it, "the week after next, Monday to Wednesday")."""
    gap = text[w.end:m.start] if w.end <= m.start else text[m.end:w.start]
    if comma_ok and m.end <= w.start and gap.strip() in (",", ":", "-"):
        return True
    return len(gap) <= 25 and not re.search(r"[,.;!?]|\b(?:as well as|plus|also|then|but)\b", gap)


def _ranges(found: list, text: str) -> list:
    """Join 'Mon-Wed', '12th to 16th', 'from Mon until Thu' into inclusive ranges."""
    out = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (b is not None and a.days and b.days and not a.exclusive
                and len(a.days) == 1 and len(b.days) == 1):
            join = text[a.end:b.start]
            between = re.search(r"\bbetween\s*(?:the\s+)?$", text[max(0, a.start - 12):a.start])
            if (re.match(r"^\s*(?:-|to|through|thru|untill?|till?)\s*(?:the\s+)?$", join)
                    or between and re.match(r"^\s*(?:and|&)\s*(?:the\s+)?$", join)):
                lo, hi = a.days[0], b.days[0]
                if a.kind in ("wd",) and hi < lo:
                    hi += timedelta(days=7)
                elif a.kind == b.kind == "ordinal" and hi < lo and b.days[0].day >= lo.day:
                    hi = lo.replace(day=b.days[0].day)  # "from the 16th to the 19th": one month
                inclusive = (not re.search(r"until|till?\b", join)
                             or bool(INCLUSIVE_AFTER.match(text[b.end:b.end + 12])))  # "wed till fri inclusive"
                if not inclusive:
                    hi -= timedelta(days=1)
                if hi >= lo:
                    a = Mention("range", a.start, b.end, weekdays_between(lo, hi))
                    a.is_from = found[i].is_from
                    out.append(a)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _weekday_lists(found: list) -> None:
    """'Thurs and Fri': each weekday after the previous one in the list."""
    prev = None
    for mt in found:
        if mt.kind == "wd" and prev is not None and prev.kind == "wd" and mt.start - prev.end < 8:
            if mt.days[0] < prev.days[0]:
                mt.days = [mt.days[0] + timedelta(days=7)]
        prev = mt


ABSOLUTE = ("day_list_month", "numeric", "numeric_split", "day_month", "month_day", "ordinal", "wd_ordinal", "range")


def resolve_dates(text: str, today: date, now: time | None, intent: str) -> tuple:
    """The school days the message covers, ascending, as a tuple of dates."""
    if intent in ("opt_out", "other"):
        return ()
    found = _select(find_mentions(text, today), text, today, now, intent)
    return _combine(found, text, today, now, intent)


def _select(found: list, text: str, today: date, now: time | None, intent: str = "absence") -> list:
    """The mentions that name days off, after corrections, lists, stories and events."""
    cm = None
    for cm in CORRECTION.finditer(text):
        pass
    if cm is not None:
        later = [m for m in found if m.start >= cm.end()]
        if later:
            found = later
    found = _sorry_correction(found, text)
    found = _finish_instead(found, text)
    _share_list_status(found, text)
    _relative_list(found, text)
    _list_month(found, text, today)
    _list_to_today(found, text, today)
    _month_named_before(found, text, today)
    _same_weekday_as_dated(found)
    _following(found, text)
    evening = (now or time(8, 0)) >= time(16, 0) and today.weekday() < 5
    for m in found:
        if evening and m.kind == "wd" and not m.past and m.days == [today]:
            m.days = [today + timedelta(days=7)]  # "off Monday" sent on a Monday evening
    found = [m for m in found if not m.negated]
    if OFF_THAT_DAY.search(text):
        for m in found:
            m.event = False  # "op next Tuesday, she'll be off that day": the event day is off
    # A request is for days to come: a past day in its story does not hide the event day
    # ("my mother passed away last week, the funeral is on 12th March").
    if any(m.days for m in found if not m.event and not (intent == "leave_request" and m.past)):
        found = [m for m in found if not m.event]
    _week_modifiers(found, today, text)
    _all_week_of_dates(found, text, today)
    _extend_next(found, text, today)
    _weekday_lists(found)
    found = _ranges(found, text)
    if evening:
        # Sent after school: "today" is the story ("fell off his bike today") unless the
        # message says the child was off today.
        found = [m for m in found if m.kind != "today"
                 or OFF_JUST_BEFORE.search(text[max(0, m.start - 30):m.start])]
    elif today.weekday() >= 5 and any(m.days and min(m.days) > today for m in found):
        found = [m for m in found if m.kind != "today"]
    return _drop_story(found, text, today)


# "off on monday, sorry tuesday*", "16/3 and 17/3, sorry 17/3 and 18/3 I mean": the day told
# right after "sorry" replaces the days before it.
SORRY_BEFORE = re.compile(r"\bsorry\s*[,-]?\s*(?:i mean\s*,?\s*|make that\s*|it's\s*|its\s*)?(?:on\s+)?(?:the\s+)?$")


def _sorry_correction(found: list, text: str) -> list:
    for i, m in enumerate(found):
        if (i and m.days and not m.exclusive and not m.past and any(x.days for x in found[:i])
                and SORRY_BEFORE.search(text[max(0, m.start - 25):m.start])
                and not ALSO_AFTER.match(text[m.end:m.end + 10])):
            return found[i:]
    return found


def _drop_story(found: list, text: str, today: date) -> list:
    """Past days told as the story, when the message is about a present or future absence."""
    story = [m for m in found if m.past and m.days]
    # "she's back in today" names no day off now: the past day is then what the message is about.
    now_days = [m for m in found if not (m.exclusive and m.days and m.days[0] <= today)]
    if story and (any(not m.past for m in now_days if m.days or m.kind in ("count", "rest_week", "few"))
                  or NOW_ABSENT.search(text)):
        # "he was sick on Monday, keeping him off today": the past day is the story.
        found = [m for m in found if not m.past or (m.kind == "yesterday" and _yesterday_off(m, text))]
    elif story:
        for m in story:
            if m.kind == "wd" and m.days[0] > today:
                m.days = [m.days[0] - timedelta(days=7)]  # "she was sick on Monday": the last one
    if any(m.kind != "yesterday" for m in now_days if m.days):
        # "threatened her yesterday", "sick since yesterday": yesterday is the story,
        # unless the message is about that day ("was off yesterday and today").
        found = [m for m in found if m.kind != "yesterday" or m.past is False or _yesterday_off(m, text)]
    return found


def _yesterday_off(m: Mention, text: str) -> bool:
    """'was off yesterday', 'yesterday and today she's been off': the child was off that day."""
    return bool(WAS_ABSENT.search(text[max(0, m.start - 50):m.start]) or OFF_AFTER.match(text[m.end:m.end + 40]))


def _also_default_day(explicit: list, text: str, today: date, now: time | None) -> bool:
    """'not in tomorrow either', 'off tomorrow too' as the only day: off the default day as well."""
    if len(explicit) != 1 or len(explicit[0].days) != 1 or explicit[0].past:
        return False
    m = explicit[0]
    return m.days[0] > default_start(today, now) and bool(ALSO_AFTER.match(text[m.end:m.end + 10]))


def _combine(found: list, text: str, today: date, now: time | None, intent: str) -> tuple:
    explicit = [m for m in found if m.days and not m.exclusive]
    ends = [m for m in found if m.days and m.exclusive]
    counts = [m for m in found if m.kind == "count"]
    rest = any(m.kind == "rest_week" for m in found)
    few = any(m.kind == "few" for m in found)
    vague = any(m.kind == "vague" for m in found)
    if intent == "late":
        # "in late tomorrow": the late day itself; a past day only when the lateness was then
        # ("tired after the trip yesterday, I'll bring her at 11" is late today).
        explicit, ends = [m for m in found if m.days and (not m.past or PAST_LATE.search(text))], []
    if intent == "leave_request":
        # A request names its days; "in June", "a day next week", "the Friday before" do not,
        # and a past day ("my dad passed away yesterday") is the story behind it.
        explicit = [m for m in explicit if not m.past]
        if vague:
            explicit = [m for m in explicit if m.kind in ABSOLUTE]
        if not explicit and not ends:
            return ()
    weeks = [m for m in explicit if m.kind in ("next_week", "this_week")]
    if counts and weeks and len(explicit) == 1 and counts[0].count < len(weeks[0].days):
        return ()  # "two days next week": which two is not said

    starts = [m for m in explicit if m.is_from]
    if starts:
        start = min(starts[0].days)
    elif explicit and (ends or counts or rest):
        start = min(explicit[0].days)
    else:
        start = default_start(today, now)

    days = set()
    if ends:
        end = min(ends[-1].days) + timedelta(days=1 if ends[-1].inclusive_end else 0)
        if end <= start and ends[-1].kind == "wd" and (starts or explicit or today.weekday() >= 5 or today >= end
                                                       or start <= today):
            # "from Wednesday 2nd June ... back for Monday": the first such day after the start
            end += timedelta(days=7 * ((start - end).days // 7 + 1))
        elif end <= start and today.weekday() < 5 and today < end and start > today:
            start = today  # "he'll be in tomorrow" sent in the evening: off today
        days.update(weekdays_between(start, end - timedelta(days=1)))
        back = None if ends[-1].inclusive_end else min(ends[-1].days)
        for m in explicit:
            if not (m.is_from or (counts or rest)):
                # "fly back on the 6th ... they'll be in on the 6th": the return day is not off
                days.update(d for d in m.days if d != back)
    elif counts:
        days.update(count_from(start, counts[0].count))
    elif rest:
        s = roll_forward(start)
        days.update(weekdays_between(s, week_monday(s) + timedelta(days=4)))
    elif starts and start < today:
        days.update(weekdays_between(start, today))  # "off since Tuesday"
    else:
        for m in explicit:
            days.update(m.days)
        if intent == "absence" and _also_default_day(explicit, text, today, now):
            days.add(default_start(today, now))
    if not days or (vague and not explicit and not ends):
        if few or vague or intent == "leave_request":
            return ()
        days.add(default_start(today, now))
    return tuple(sorted(d for d in days if d.weekday() < 5))
