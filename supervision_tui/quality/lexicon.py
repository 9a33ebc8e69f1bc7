"""Word lists: who is a child, who is an adult, what counts as an owner or a timescale.

Kept apart from the detectors so that a council can read (and argue with) them.
"""

from __future__ import annotations

import re

# People in a note who are the child (or children) the discussion is about.
CHILD_NOUNS = frozenset(
    """
    child children childs kid kids baby babies infant infants toddler toddlers yp yps
    boy boys girl girls son sons daughter daughters twins siblings teenager teen unborn
    newborn youngster youngsters cyp
    """.split()
)

# Adults whose actions are not, by themselves, a change for the child.
ADULT_NOUNS = frozenset(
    """
    mum mums mummy mother mothers mom dad dads daddy father fathers parent parents carer
    carers stepdad stepmum stepfather stepmother partner partners boyfriend girlfriend nan
    nana nanna gran granny grandma grandad grandpa grandparent grandparents grandmother
    grandfather aunt auntie aunty uncle sw sws tm tms pa iro hv gp gps teacher teachers
    senco staff police officer officers worker workers manager managers i we me us my our
    midwife nurse therapist practitioner practitioners adult adults man men woman women
    male female professionals professional keyworker fsw cafcass guardian solicitor
    chair sm dsl headteacher head psychologist paediatrician consultant doctor foster
    """.split()
)

PRONOUNS = frozenset("he she him her his hers himself herself they them their themselves".split())
LETTER_PRONOUNS = frozenset("you your yourself".split())

# Words that look like names but are ordinary English when lower-cased.
NOT_NAMES = frozenset(
    """
    will may mark hope joy rose faith grace_ i a am an as at be by do go he if in is it me
    my no of on or so to up us we dear child baby mum dad the this that cin cp cic plo pa
    tm sw iro hv gp case plan risk voice update decision actions action progress impact
    """.split()
)

# Who can own an action. Matched in lower case before "to <verb>" / "will <verb>".
OWNER = (
    r"(?:sw|tm|iro|pa|hv|gp|senco|fsw|fw|ssw|sm|dsl|ap|psw|eh ?worker|i|we|school|nursery|college|"
    r"(?:foster |kinship |the )?carers?|mum|dad|mother|father|parents?|(?:the )?health visitor|"
    r"police|camhs|cafcass|midwife|(?:the )?social worker|(?:the )?team manager|(?:the )?manager|"
    r"family support worker|(?:the )?(?:support|family|youth|key|allocated) worker|keyworker|"
    r"(?:the )?(?:chair|iro|ldo|lado|virtual school|vs|head teacher|headteacher|teacher|nurse|"
    r"school nurse|gran|nan|grandparents?|aunt|uncle|foster carer|residential staff|staff|"
    r"home|panel|legal|solicitor|service manager|duty worker|student|asye|hos|pa and sw|sw and pa|"
    r"sw and tm|tm and sw|sw and iro|iro and sw))"
)

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DAYS = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)"

_ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)

# A timescale or date an action can be held to.
TIMESCALE = re.compile(
    r"\b(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {MONTHS}\b|{MONTHS} \d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|(?:by|before|on|in|from|until|end of|early|mid|late) {MONTHS}\b"
    rf"|(?:by|before|on|this|next|every|each) {DAYS}s?\b"
    r"|by (?:the )?(?:end of|next|this|close|cob|eod|\d)"
    r"|within (?:the )?(?:next )?(?:\d+|a|one|two|three|four|five|six|seven|eight|ten|twelve|fourteen|"
    r"twenty|28) (?:working )?(?:days?|weeks?|wks?|months?|mths?|hours?|hrs?|fortnight)"
    r"|within (?:a|the|one) (?:week|fortnight|month)"
    r"|(?:at |by |before |after )?(?:the )?next (?:visit|week|month|meeting|supervision|core group|review|"
    r"session|contact|conference|panel|cla review|lac review|cin review|home visit)"
    r"|(?:this|next) (?:week|month|fortnight|term|afternoon|morning)"
    r"|today|tomorrow|tonight|same day|end of (?:the )?(?:week|month|term|day|school term|year)"
    r"|before (?:the )?(?:next |initial |review )?(?:rcpc|icpc|review|conference|core group|meeting|"
    r"panel|hearing|cla|lac|cin|visit|court|christmas|half[- ]?term|holidays?|summer|end|move|"
    r"placement|discharge|birth|eighteenth|18th)"
    # (not as an adjective of a record or a routine: "the staff's daily logs", "daily routine")
    r"|(?:weekly|fortnightly|daily|monthly)\b(?! (?:logs?|notes?|records?|recordings?|diary|diaries|routines?|"
    r"life|living|summary|summaries|reports?|planners?|charts?|care|activities)\b)|every (?:day|week|fortnight|month|two weeks|visit)"
    r"|in (?:\d+|one|two|three|four|six) (?:days|weeks|wks|months|mths)"
    r"|(?:by|on|at) (?:the )?(?:rcpc|icpc|cla review|lac review|core group|strategy|review)"
    r")"
)

# Other ways a task's date is written, read by the actions criterion only (kept apart from
# TIMESCALE, which every criterion tries on most clauses): "before the ICO hearing", "by the
# final review", "by the time of the RCPC", "by week 20", "at Thursday's visit", "mid-March",
# "end Jan", "by the start of term", "within the next fortnight", "every weekend", "by the
# fourteenth of March", "Friday the twenty-first", "for 3pm", "tmrw"
TIMESCALE_MORE = re.compile(
    r"\b(?:"
    r"before (?:the |his |her |their |mum's |dad's )?(?:[a-z']+ ){1,2}(?:hearing|review|conference|"
    r"core group|panel|icpc|rcpc|meeting|appointment|visit|court date|discharge)"
    r"|by (?:the |his |her |their )?(?:[a-z']+ ){1,2}(?:hearing|review|conference|core group|panel|icpc|rcpc)"
    r"|by the time (?:of )?(?:the |his |her |their )?(?:[a-z']+ )?(?:rcpc|icpc|review|conference|hearing|"
    r"core group|panel|birth|move|discharge|meeting)"
    r"|(?:by|before) (?:week|wk|day) \d+|by \d+ (?:weeks|wks)\b"
    rf"|(?:on |at |by )?{DAYS}'s (?:visit|meeting|session|appointment|core group|review|contact|group|panel|conference|"
    r"hearing)"
    r"|(?:in|over|during) the next (?:\d+|two|three|four|five|six|few|couple of) (?:days|weeks|wks|months|mths)"
    r"|(?:this|next) (?:wk|mth)\b"
    rf"|(?:early|mid|late)[- ]{MONTHS}\b|end(?: of)? {MONTHS}\b|(?:first|second|third|last) week of {MONTHS}\b"
    r"|(?:by|before|at|from) the (?:start|beginning) of (?:the |next )?(?:term|month|week|year|holidays)"
    r"|within the next (?:week|fortnight|month|few days)|end of next (?:week|month)"
    r"|(?:every|each) (?:weekend|morning|evening|night|school day)"
    r"|(?:by|over|at|after) (?:the )?(?:half[- ]?term|christmas|easter|summer holidays)"
    r"|in (?:a|one) (?:week|fortnight|month)(?:'s time)?"
    rf"|(?:by |on |before )?(?:the )?{_ORDINAL_WORDS}(?: of {MONTHS}| (?!may\b){MONTHS})\b|(?:by|before|until) the {_ORDINAL_WORDS}\b"
    rf"|{DAYS} the {_ORDINAL_WORDS}\b"
    r"|(?:at|for|before|by) \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)\b|\b(?:tmrw|tmw|tmoro|2moro)\b"
    r")"
)
