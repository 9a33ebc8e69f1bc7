"""Actions with an owner and a date: an action needs an owner and a timescale (LABELS.md).

An owner ("SW to", "Sara will", "(SW)", "Owner: TM") and a timescale or date (lexicon.TIMESCALE)
in the same task, or the next short line; an owner "TBC" holds no one to it.
"""

from __future__ import annotations

import re

from ..anchors import Finder, word_starts
from ..lexicon import DAYS, MONTHS, NOT_NAMES, OWNER, TIMESCALE, TIMESCALE_MORE
from .cues import Hit
from .reading import Note, _CALENDAR, _NAMED_TO, _NAME_STOP, _OWNER_TOKS, _TOKEN, _has, subject_kind


_ACTION_FIELD_OWNER = re.compile(
    r"\b(?:owner|lead|who|responsible|by whom)\s*[:=-]\s*(?!(?:tbc|tbd|tba|unknown|none|not known|n/a|\?)\W*(?:$|\W))[a-z]")

_ACTION_FIELD_DUE = re.compile(r"\b(?:due|by when|deadline|when|timescale|date|by)\s*[:=-]?\s*\d")

# whether a clause holds a date or timescale, tried at the words one can start with
_TIMESCALE_F = Finder(TIMESCALE)

_TASK_VERBS = frozenset(
    "check book ring call phone email send visit see complete arrange refer make chase speak meet update "
    "write request ask share contact convene hold liaise explore obtain invite follow set do get give tell "
    "inform apply submit start find confirm organise organize seek draft prepare escalate review sign".split()
)

_FIELD_TOKS = frozenset("owner lead who responsible whom".split())

_UNCONFIRMED = re.compile(r"\b(?:tbc|tbd|tba|to be (?:confirmed|agreed|decided|arranged))\b")

_PAREN_OWNER = re.compile(rf"\(\s*{OWNER}\s*\)")

_OWNER_LEAD = re.compile(
    rf"{OWNER}\b(?!'s\b| (?:is|was|has|had|says|said|feels|felt|thinks|hopes?|hoped|wants?|wanted|wish(?:es)?|"
    r"wished|might|may|could|would|wonder(?:s|ed)?|thought|did|does|didn't|doesn't|isn't|hasn't|wasn't|"
    r"won't|are|were|will be|be|been|visited|attended|completed|rang|phoned|called|emailed|met|saw|spoke|went|"
    r"confirmed|reported|noted|discussed|explained|advised|told|raised|shared|sent|received|made|tried)\b)")

_WORKER_TO = re.compile(
    r"(?<!told )(?<!tells )(?<!tell )(?<!asked )(?<!ask )(?<!asks )(?<!wants )(?<!want )(?<!asking )"
    r"\b(?:sw|tm) (?:to|will) (?!be\b|not\b)[a-z]+"
)

def _worker_to(low: str) -> bool:
    """_WORKER_TO.search(low), tried only when the words it needs are there (its look-behinds
    are tried at every character)."""
    return ("sw to " in low or "sw will " in low or "tm to " in low or "tm will " in low) and bool(
        _WORKER_TO.search(low))


# "NRM referral SW by 25/03", "Strategy meeting SW by 21/06": the task, then its owner, then the date
# (the word before the owner ends the task: "told the SW on 29/01" has no task, SW is told)
_TASK_OWNER_DATE = re.compile(r"\b(?:sw|tm|pa|iro|hv|fsw|ssw|dsl|senco) (?=(?:by|before|on|within|w/c|due) )")


_NOT_A_TASK = frozenset(
    "to with from for by and of the a an his her their my our your told asked tells asks tell ask "
    "saw sees met meets rang called phoned emailed texted is was said says".split()
)

_OWN_TASK = re.compile(r"\b(?:to be|will be|is to be|are to be)\b|\b[a-z]+ (?:to|will) (?!be\b)[a-z]+")

_DATE_WORDS = frozenset("by before on within w due".split())

_ROLE_TOKS = frozenset("sw tm pa iro hv fsw ssw dsl senco".split())

_PASSIVE_OWNER = re.compile(rf"\b(?:to|would|will|should) be [a-z]+ (?:up |out |off )?by (?:the )?{OWNER}\b")

# "supervision with SW (RT)": the worker's initials, which then own tasks ("RT to book ...")
_INITIALS = re.compile(r"\b(?:sw|tm|pa|iro|ps|worker|manager|social worker)\s*\(([a-z]{2,3})\)")


# what every _INITIALS match holds, found by its literal "(" (the whole pattern, which opens with
# \b and an alternation, is tried at every character of the note)
_INITIALS_PAREN = re.compile(r"\([a-z]{2,3}\)")


# Dates a task list writes that TIMESCALE (a date in running prose) leaves out: "3.12",
# "04.01.27", "w/c 8th", "on the 18th", "Thurs 11th", and a bare day or span set off by a
# dash, comma, colon, bar or bracket at the end of the task ("- fri", ", 2 wks", "(2 weeks)")
_SET_OFF = r"(?:(?<=[-,:(|/] )|(?<=[-,:(|/]))"
_TASK_DATE = re.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?:\.(?:\d{4}|\d{2}))?(?![\d.]\d)"
    r"|\bw/c\b"
    rf"|\b(?:(?:on|by|before|until|from) (?:the )?|{DAYS} )\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|{_SET_OFF}(?:by |due |next )?{DAYS}\b(?=\W*$)"
    rf"|{_SET_OFF}(?:within |in )?\d{{1,2}} ?(?:working )?(?:days?|wks?|weeks?|mths?|months?)\b(?=\W*$)"
    # a time of day on a night's handover: "to ring fc 08:00", "before 10:00"
    r"|(?<![\d:])(?:[01]\d|2[0-3]):[0-5]\d\b(?!:)"
)


# every _TASK_DATE match holds a digit or a day's name (as a token)
_DAY_TOKS = frozenset(
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday".split()
)

_DIGIT = re.compile(r"\d")



# TIMESCALE_MORE tried only at the words its forms open with (every one of them opens with a
# word it names)
_MORE_F = Finder(TIMESCALE_MORE)
assert _MORE_F.closed is not None and _MORE_F.rest is None and not _MORE_F.opened
_MORE_FIRST: frozenset[str] = frozenset(_MORE_F.closed)


def _more_when(low: str, start: int = 0, toks: frozenset[str] | None = None, match: bool = False) -> bool:
    """Whether a TIMESCALE_MORE date is in `low` from `start` (or, with `match`, starts there)."""
    if match:
        return TIMESCALE_MORE.match(low, start) is not None
    if toks is None:
        toks = frozenset(_TOKEN.findall(low, start))
    anchored = _MORE_F.anchored.match
    for w in _MORE_FIRST.intersection(toks):
        for p in word_starts(low, w):
            if p >= start and anchored(low, p) is not None:
                return True
    return False


def _dated(low: str, start: int = 0, toks: frozenset[str] | None = None) -> bool:
    """A timescale or date in `low` from `start`: TIMESCALE or a task list's own forms."""
    if TIMESCALE.search(low, start) or _more_when(low, start, toks):
        return True
    if toks is not None and _DAY_TOKS.isdisjoint(toks) and not _DIGIT.search(low, start):
        return False
    return bool(_TASK_DATE.search(low, start))


# Owners the shared reading leaves to the criterion: the writer ("I'll ring", "I'm going to
# phone", "me by Fri: ring"), "the SW is to", and a named worker "is going to", "needs to"
def _leads(word: str) -> str:
    """`word` where it opens its clause or part, or follows "and", "then", "agreed", "actions" ...
    (checked behind the word, so the pattern starts at the word itself)."""
    before = ("^", ":", ": ", ";", "; ", ",", ", ", "(", "( ", "-", "- ", "and ", "then ", "also ", "so ", "agreed ",
              "action ", "actions ", "step ", "steps ", "plan ")
    return word + "(?:" + "|".join(f"(?<={re.escape(b) if b != '^' else b}{word})" for b in before) + ")"


_MORE_OWNER = re.compile(
    r"\b(?:" + _leads("i") + r"(?:'ll| will| shall|'m going to| am going to|'m to| am to| need to| have agreed to)"
    r"|" + _leads("me") + r" (?:to|by|before|on|w/c)\b|" + _leads("me") + r" ?[:-]"
    r"|" + _leads("the") + r" (?:sw|tm|pa|iro|fsw|hv|gp|dsl|senco) (?:is to|will|to|needs to|is going to))"
    r" ?(?!be\b|not\b|have been\b)[a-z]"
)

# the words _MORE_OWNER's first person and _NAMED_MORE need (as tokens)
_FIRST_PERSON_TOKS = frozenset("ll will shall going am m need have".split())
_NAMED_MORE_TOKS = frozenset("going needs need agreed due ll undertook".split())
# the task words _NAMED_MORE reads only in a clause with a date
_MORE_NAMED_TOKS = frozenset("should must would asked expected offered".split())

# one look for either: the writer's words, "me", or a role ("the SW is to")
_MORE_GATE = _FIRST_PERSON_TOKS | frozenset("me sw tm pa iro hv fsw ssw dsl senco".split())

# what _NAMED_MORE needs after the name, looked for first (a name is tried at every capital)
# the words a clause with a date holds somewhere, one at least (a digit aside)
_DATEISH_TOKS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday "
    "sat saturday sun sunday today tomorrow tonight tmrw tmw week weeks wks fortnight month months term weekend "
    "weekly daily monthly fortnightly next end within before christmas easter summer half hearing review conference "
    "core panel icpc rcpc every each first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty thirtieth "
    "thirty eod cob day days months mths hours hrs strategy time".split()
)

_NAMED_VERB = re.compile(
    r" (?:is going to|needs to|has agreed to|will need to|is due to|is to|should|must|would|has been asked to|"
    r"is expected to|has offered to|undertook to|was asked to|was to) |'ll ")

_NAMED_MORE = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+) (?:is going to|needs to|has agreed to|will need to|is due to|'ll|is to|should|must|"
    r"would|has been asked to|is expected to|has offered to|undertook to|was asked to|was to) "
    r"(?!be\b|not\b|(?:his|her|their|the|a|an|my|our|your|him|them|me|us|police|school|college|nursery|"
    r"work|bed|church|hospital|court|home)\b)[a-z]+"
)

# Who is to do what, read from the clause's structure when the shared reading found no owner:
# a subject that leads its clause (the writer, "you", "we", a role or agency named in a few
# words: "the EH worker", "the virtual school head", "housing"), then a word that sets them a
# task ("will", "should", "must", "is to", "needs to", "has been asked to", "has agreed to",
# "is going to") and a verb of doing. A past or wished form ("was going to", "would like",
# "hopes to", "might") sets nobody a task; "would" does only inside a reported agreement ("we
# agreed that Dee would ...", "it was decided the worker would ...").
_AGENT_HEADS = (
    r"(?:worker|workers|officer|team|service|services|nurse|visitor|head|teacher|lead|coordinator|"
    r"co-ordinator|practitioner|manager|school|nursery|college|housing|probation|yot|police|camhs|gp|"
    r"health|midwife|carers?|family|parents?|mum|dad|nan|gran|grandparents?|"
    r"aunt|uncle|iro|chair|legal|solicitor|guardian|sw|tm|pa|fsw|hv|dsl|senco|ap|ssw|"
    r"mentor|advocate|agency|authority|department|provider|staff|fw|ehw|finder)"
)
# (the words before the head: after a determiner any two, else one that names a kind of worker;
# a verb there would make "ask the provider" a subject)
_SUBJECT = (
    r"(?P<who>you|i|we|she|he|you and [a-z]+|i and [a-z]+|we and [a-z]+|both parents|mum and dad|"
    r"(?:(?:the|a|an|her|his|their|mum's|dad's|both|our|your|my) (?:[a-z][a-z'-]* ){0,2}|"
    r"(?:school|community|family|support|social|youth|key|allocated|virtual|eh|early help|housing|health|"
    r"specialist|link|duty|new|foster|kinship|residential|class|head|epilepsy|perinatal|outreach|"
    r"parenting|leaving care|personal|named|designated|contact|practice) |"
    # "cn lead", "ld nurse": a short abbreviation naming the kind of worker
    r"(?!(?:ask|get|let|see|and|but|the|for|tell|has|had|was|can|may|did|put|set|got|our|not|now|all|any|its|"
    r"who|how|why|new|then|also|with|from|that|this)\b)[a-z]{2,4} (?=(?:lead|worker|nurse|officer|team|manager|"
    r"practitioner|coordinator)\b))?"
    rf"{_AGENT_HEADS}(?: and (?:the )?(?:[a-z]+ )?{_AGENT_HEADS})?)"
    # the holder named after the role: "SW (Amy)", "your social worker, Tom,"
    r"(?: \([a-z][a-z .'-]{0,24}\)|, [a-z]+,)?"
)
_SETS_TASK = (
    r"(?P<modal>to|will|shall|should|must|'ll|would|is to|are to|needs? to|will need to|"
    r"(?:has|have) (?:now )?agreed to|agreed to|(?:has|have) been asked to|(?:is|are) being asked to|"
    r"(?:is|are) going to|(?:is|are) due to|(?:is|are) expected to|"
    r"(?:has|have) undertaken to|undertook to|(?:is|are) responsible for|plans? to|(?:is|are) planning to|"
    r"(?:has|have) to|(?:was|were) (?:asked )?to)"
)
_TASK_LEAD = (
    r"(?:^|[:;,\-(&/] *|\b(?:and|that|then|also|so|agreed|decided|arranged|actions?|next steps?|plan|"
    r"tasks?|while|meanwhile|(?:i|we|tm|manager)(?: have| has|'ve)? asked|said|says|confirmed|promised|"
    r"(?:plan|intention|expectation|actions?|tasks?|steps?) (?:is |was |will be )?for) )"
)
# at the very start of the clause (or after a label) the words before the head may be any three
# that are not a verb or a preposition: "assessing social worker", "SGO support worker"
_OPENING_SUBJECT = (
    r"(?P<who>(?:(?!(?:ask|asked|tell|told|get|let|see|make|help|and|but|with|to|for|of|in|on|at|by|from|that|"
    r"if|when|as|so|then|also|because|said|says|will|would|should|must|can|could|may|might|is|are|was|were|has|"
    r"have|had|do|did|does|not|no)\b)[a-z][a-z'-]* ){1,3}"
    rf"{_AGENT_HEADS})"
)
_OPENING_OWNER = re.compile(
    r"(?:[a-z][a-z /]{0,20}: *)?" + _OPENING_SUBJECT + r"(?::? |(?='ll))" + _SETS_TASK
    + r" (?!be\b|not\b|never\b|like\b|love\b|prefer\b|rather\b|want\b|hope\b|wish\b|try\b|think\b|consider\b|reflect\b|wonder\b|ponder\b|mull\b|remember\b)"
    r"(?P<verb>[a-z]+)"
)

# a deadline, not a habit's rhythm ("by Thursday", not "every month")
_DEADLINE_WORD = re.compile(r"\b(?:by|before|within|today|tomorrow|tonight|w/c|tmrw)\b")

# a request put to the supervisee: "Can you ask police about a warning notice by 20 February?"
_REQUEST = re.compile(r"\b(?:can|could|will|would) you (?:please )?(?:also )?(?P<verb>[a-z]+)")

_TASK_OWNER = re.compile(
    _TASK_LEAD + _SUBJECT + r"(?::? |(?='ll))" + _SETS_TASK
    + r" (?:(?:also|then|now|still|jointly|both|each|personally|please) )?"
    r"(?!be\b|not\b|never\b|like\b|love\b|prefer\b|rather\b|want\b|hope\b|wish\b|try\b|think\b|consider\b|reflect\b|wonder\b|ponder\b|mull\b|remember\b|"
    r"have (?!the\b|a\b|an\b|his\b|her\b|their\b|it\b|this\b|all\b|both\b|everything\b)[a-z]+|"
    # a matter put off, not a task: "we'll pick it up next month", "look at this again"
    r"(?:pick|take|come back to|look at|revisit|return to|go back to|discuss|talk about|think about) "
    r"(?:it|this|that)\b|"
    # waiting on what happens, not a task: "we'll see how things go over the next month"
    r"(?:wait and )?see (?:how|whether|if|what)\b)(?P<verb>[a-z]+)"
)

# an agreement made between people (not "the care plan said he would ...")
_AGREED_TO = re.compile(r"\b(?:agreed|agree|decided|arranged|confirmed|undertook|offered|promised)\b")

_WAIT_SEE = re.compile(r"\b(?:wait and )?see (?:how|whether|if|what)\b")

_WISHED = re.compile(r"(?:like|love|prefer|rather|want|hope|wish|have|be)\b")

# what makes "would" (and "was to") set a task: a reported agreement before the owner
_AGREED_BEFORE = re.compile(r"\b(?:agreed|agree|decided|arranged|planned|plan|confirmed|asked|undertook|offered)\b")

# the words _TASK_OWNER's subject needs (as tokens): one of them
_SUBJECT_TOKS = frozenset(re.findall(r"[a-z]+", _AGENT_HEADS)) | frozenset("you i we".split())

# the words _TASK_OWNER needs (as tokens): one of its task-setting words
_SETS_TASK_TOKS = frozenset("to will shall should must ll would need needs agreed asked going due expected "
                            "offered undertaken undertook responsible plan plans planning have has was were".split())

# what says a task set in the past tense ("the worker was to ring the aunt by Monday") was not
# done, or was someone's plan that fell through
_UNDONE = re.compile(
    r"\b(?:but|didn't|did not|hasn't|has not|haven't|have not|hadn't|had not|never|wasn't|weren't|couldn't|"
    r"failed|slipped|went|forgot|instead)\b|\b(?:was|were) to (?:have|be)\b")

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _pronoun_adult(note: Note, c, pos: int) -> bool:
    """Whether "she"/"he" at `pos` in clause `c` is an adult: the shared reading says so, or
    (when it finds no one) the last person named before it, in this sentence or the two before,
    is not the child ("Sam said she'll ring", not "Dylan ... he'll go back")."""
    kind = subject_kind(note, c, pos)
    if kind:
        return kind == "a"
    s = c.sent.raw
    i = s.lower().find(c.low)
    texts = [x.raw for x in note.sentences[max(0, c.sidx - 2) : c.sidx]] + [s[: max(0, i) + pos]]
    for text in reversed(texts):
        for w in reversed(_CAPITALISED.findall(text)):
            w = w.lower()
            if w in note.names:
                return False
            if w not in _NAME_STOP and w not in NOT_NAMES and w not in _CALENDAR and w not in _BASE_WORDS:
                return True
    return False


def _sets_task(low: str, m: re.Match, agreed: bool) -> bool:
    """Whether the modal of `m` sets its subject a task: "would" inside a reported agreement (in
    the clause before the owner, or `agreed`: the sentence before records one); "was to" not
    followed by its undoing ("... but was off sick")."""
    modal = m.group("modal")
    if modal == "would":
        return agreed or _AGREED_BEFORE.search(low, 0, m.start("who")) is not None
    if modal.startswith(("was ", "were ")):
        return _UNDONE.search(low, m.start("modal")) is None
    return True


def _task_owner(low: str, letter: bool, agreed: bool = False, note: Note | None = None, c=None) -> int:
    """Where a subject is set a task in the clause `low` (-1 if nowhere): see _TASK_OWNER. In a
    letter to the child, "you" is the child, not an owner. "She", "he" own a task of doing
    (ring, send, book ...) only when they are not the child (`note`, `c`: the clause read)."""
    m = _OPENING_OWNER.match(low)
    if m is not None and _sets_task(low, m, agreed):
        return m.start("who")
    if not letter and "you" in low:
        m = _REQUEST.search(low)
        if m is not None and m.group("verb") in _TASK_VERBS:
            return m.start()
        if low.startswith("you ") and low.split(" ", 2)[1] in _TASK_VERBS and _DEADLINE_WORD.search(low):
            return 0  # the supervisee told what to do, in the present: "You send the invitations by Thursday"
    for m in _TASK_OWNER.finditer(low):
        who = m.group("who")
        if not _sets_task(low, m, agreed):
            continue  # "Dee would always take Mia", "mum would like", "SW was to visit but was off sick"
        if who in ("she", "he") and (
                c is None or (m.group("verb") not in _TASK_VERBS and not _AGREED_TO.search(low, 0, m.start("who")))
                or not _pronoun_adult(note, c, m.start("who"))):
            continue  # "she'll be eight", "he says he'll stop drinking", the child's own plans
        if letter and (who == "you" or who.startswith("you ")):
            continue  # (but "your social worker, Tom, will ask ..." is the worker)
        if "asked" in low[max(0, m.start() - 12) : m.start("who")] and m.group("verb") not in _TASK_VERBS:
            continue  # "I asked SW to account for ...": a challenge, not a task
        return m.start("who")
    return -1


# A terse line led by its owner, the way a task list or a hasty note writes it: "sw: fixed rota in
# writing by 9/5", "me -> designated nurse today", "TM email Mon 3/3", "SW next two sessions
# 24/10", "who/when: sw -> school by Mon". The owner opens the clause (after a list's number or
# a label), then either a separator and the task (which needs a deadline or a task's word), or the
# task's word within three words; a date after it; and nothing already past.
_TERSE_ROLES = r"(?:sw|tm|pa|iro|hv|fsw|ssw|dsl|senco|me|sm|psw|cn|ehw|fw|ap)"
_TERSE_LEAD = re.compile(
    r"\W*(?:\d{1,2}[.)] *)?(?:[a-z][a-z/ ]{0,18}: *)?(?:and |then |also )?"
    rf"(?:(?P<role>{_TERSE_ROLES})|(?P<owner>{OWNER}|you))\b"
    # a pair doing it together: "SW & PC", "SW + DC Shaw"
    r"(?: ?(?:&|\+|and) ?(?:pc|dc|police|hv|tm|sw|fsw|iro|pa|school|idva|camhs)\b(?: [a-z]+)?)?"
    r" *(?P<sep>->|=>|\u2192|:|-+|\u2013|,)? *"
)

_TERSE_LEAD_UNLABELLED = re.compile(_TERSE_LEAD.pattern.replace(r"(?:[a-z][a-z/ ]{0,18}: *)?", "", 1))

# a bare day at the end of a terse line ("SW visit Tues.")
_END_DAY = re.compile(rf"\b(?:{DAYS}|tmrw|today|tonight)\W*$")
_TASK_OPENERS = frozenset("next first second joint unannounced home follow weekly fortnightly further final new "
                          "two three urgent".split())
_TERSE_TOKS = frozenset("sw tm pa iro hv fsw ssw dsl senco me sm psw cn ehw fw ap".split())
_BY_DATE = re.compile(r"\b(?:by|before|due) (?:the )?(?:\d|mon|tue|wed|thu|fri|end|next)")
_DEADLINE = re.compile(r"\b(?:by|before|within|due|w/c|today|tomorrow|tonight|asap|end|next|this)\b")


# a line that says how things are, not what is to be done ("SW: mum's appointment is on 3/2")
_STATE = re.compile(r"\b(?:is|are|was|were|has|have|had|say|says|said|thinks|feels|tell|tells|reports?|stopped)\b")


def _terse_owner(low: str, toks: frozenset[str], speaker: bool = False) -> bool:
    """Whether clause `low` is a terse line led by its owner (see _TERSE_LEAD); `speaker`: the
    owner was the line's label ("SW: closure letter 15/12"), already taken off `low`."""
    if speaker:
        m, rest, sep, role = None, low, True, ""
    else:
        m = _TERSE_LEAD.match(low)
        if m is not None and m.group("owner") and not m.group("sep") and low.find(":", 0, m.start("owner")) > 0:
            # the owner was taken for a label: "you: camhs update by 5/11", "sw: police liaison by 23/6"
            m = _TERSE_LEAD_UNLABELLED.match(low)
        if m is None or (m.group("owner") and not m.group("sep")):
            return False  # a parent or agency without a separator is a sentence's subject, read elsewhere
        rest, sep, role = low[m.end():], bool(m.group("sep")), m.group("role")
    if not rest or _PAST_EVENT.search(low) or rest.startswith(("is ", "was ", "has ", "had ", "and ", "'s")):
        return False
    if sep and _STATE.search(rest):
        return False
    words = _TOKEN.findall(rest)
    if speaker and (_STATE.search(rest) or not (any(w in _TASK_VERBS or w in _TASK_NOUNS for w in words[:2])
                                                 or _BY_DATE.search(rest))):
        return False  # a line of a dialogue: what is said, unless it opens with the task ("SW: closure letter 15/12")
    if _EVENT_DUE.search(low):
        return False  # "IRO review due 12/2": a meeting on the calendar, not a task
    tasky = any(w in _TASK_VERBS or w in _TASK_NOUNS for w in words[:4])
    first = words[0] if words else ""
    base = first[2:] if first.startswith("re") and len(first) > 5 else first  # "rechecks", "revisits"
    verb_s = (first.endswith("s") and (first[:-1] in _TASK_VERBS or base[:-1] in _TASK_VERBS)
              or first.endswith("es") and first[:-2] in _TASK_VERBS)
    deadline_soon = len(words) > 1 and "by" in words[1:4] and not _STATE.search(rest)  # "SW advocate by 9/12"
    if not sep and not (first in _TASK_VERBS or first in _TASK_NOUNS or verb_s or deadline_soon
                        or (first in _TASK_OPENERS and tasky)):
        return False  # "SW hopes to visit", "SW on leave from 3/1": the owner's state, not a task
    if not (_dated(rest, 0, None) or ((tasky or verb_s) and _END_DAY.search(rest))):
        return False
    # an arrow hands the line to its owner ("me -> head of service Weds")
    return tasky or verb_s or deadline_soon or bool(_DEADLINE.search(rest)) or (role and sep in ("->", "=>", "\u2192"))


# a sentence that holds only an owner and a date ("SW, 30/5.", "sw by end of month."): the owner
# and the date of the task the sentence before it set
_OWNER_DATE_ONLY = re.compile(
    rf"\W*(?:{_TERSE_ROLES}|{OWNER}|you)\b *(?:->|:|-+|\u2013|,)? *(?P<rest>.*)$"
)


_DATE_TAIL = re.compile(r"(?: *(?:the|next|this|month|week|term|year|day|fortnight|of|\d+(?:st|nd|rd|th)?))*\W*")


def _owner_and_date_only(low: str) -> bool:
    m = _OWNER_DATE_ONLY.match(low)
    if m is None:
        return False
    rest = m.group("rest").rstrip(" .;!")
    if not rest or len(rest) > 24:
        return False
    d = TIMESCALE.match(rest) or _TASK_DATE.match(rest) or TIMESCALE_MORE.match(rest)
    if (d is None or d.end() < len(rest) - 1) and rest.startswith(("due ", "by ", "before ", "on ")):
        # "by 7/3": TIMESCALE reads "by 7" and stops; the date after the word is the whole of it
        rest = rest.split(" ", 1)[1]
        d = TIMESCALE.match(rest) or _TASK_DATE.match(rest) or TIMESCALE_MORE.match(rest)
    return d is not None and (d.end() >= len(rest) - 1 or bool(_DATE_TAIL.fullmatch(rest, d.end())))


# a meeting on the calendar, not a task ("IRO review due 12/2", "conference due 3/4")
_EVENT_DUE = re.compile(r"\b(?:iro review|(?:review|conference|hearing|meeting|panel) (?:is )?due)\b")

# a part of a sentence that is only a day ("Me to call it - Weds.")
_BARE_DAY = re.compile(rf"\W*(?:by |due |next |on )?(?:{DAYS}|tmrw|today|tonight)\W*$")

# a line that is a date, not the next meeting on the calendar ("By 28/11.", "Due: 28/11", "Fri 3rd",
# not "next core group 3rd March")
_DATE_LINE = re.compile(
    r"\W*(?:(?:by|before|due|deadline|when|date|on|w/c|within|until|for|timescale)\b|\d"
    rf"|{DAYS}\b|{MONTHS}\b|today|tomorrow|tonight|end of|this (?:week|month|fortnight)|next (?:week|month|fortnight))"
)

# the next visit or session as what is to be done, not when: "Naz to do the next visit with mum"
_NEXT_AS_TASK = re.compile(
    r"\b(?:do|make|book|arrange|plan|carry out|lead|chair|attend|hold|run|take) (?:the |a )?next "
    r"(?:visit|home visit|session|meeting|contact|review|core group)\b"
    # the meeting someone is asked to, not when: "invite the school nurse to the next review"
    r"|\b(?:invite|invites|inviting|ask|asks|asking|bring|bringing)\b(?: [a-z'-]+){1,5}? to (?:come to |attend |join )?"
    r"(?:the |his |her |their )?next (?:review|core group|meeting|conference|panel|cin review|cla review|lac review)\b")

# an owner away, not set a task ("TM on leave 24/12", "sw sick 12/3-19/3")
_OFF_DUTY = re.compile(r"\b(?:on leave|annual leave|sick|off work|off until|away until|absent|on holiday)\b")

# a verb of the calendar straight after the owner's task word, with no object: an event the
# owner is in, not a task ("School will break up on 19 December", "FSW will start on 3/1")
_CALENDAR_VERB = re.compile(
    r"\b(?:will|'ll) (?:break up|close|reopen|shut|finish|end|begin|start|resume|return|go back|"
    r"be back|turn \d+|go on leave)(?= (?:on|in|at|from|for|until|after|over|next|this|early|mid|late|end|\d)\b)"
)


# A line of a task list, written in any order: its owner as a part of its own ("SW - CP
# medical - 3.12", "Genogram | SW | 20/12", "Referral to CAMHS: SW, by end of month",
# "Tom: ring school w/c 8th"), a date, and a task (a verb of doing, or a piece of work named)
_PARTS = re.compile(r"\s*(?:\s-+\s|[:|/,()]|\s\u2013\s)\s*")

_OWNER_PART = re.compile(rf"(?:(?:owner|lead|who|by)\s*)?(?:{OWNER}|me)(?: ?(?:&|and|/|\+) ?{OWNER})?")

# a role with the worker's name, standing as a part of a task list's line: "SW Hollis", "PA Dee"
_ROLE_NAMED = re.compile(r"(?:sw|ssw|tm|pa|iro|fsw|fw|psw|ap|hv) ([a-z][a-z'-]{1,15})\s*(?:[-\u2013|:/,(]|$)")

_TASK_NOUNS = frozenset(
    "referral medical assessment genogram chronology fgc application letter report strategy visit visits "
    "plan meeting conference check checks test appointment session sessions ecomap referrals birth "
    "screening dash marac mash lado notification consult consultation gateway form forms intel summary paperwork "
    "statement minutes request bid funding checks pnc dbs update".split()
)

# a line that opens with a bare date is a chronology's entry, not a task
_LEADING_DATE = re.compile(r"\s*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\b)")

_PAST_EVENT = re.compile(
    r"\b(?:was|were|had|has been|have been|held|happened|took place|seen|attended|visited|went|came|"
    r"done|completed|closed|received|ended|started|began|ago|last|missed|cancelled|failed|declined|refused|"
    r"discussed|noted|reported|raised|confirmed|shared|signed|told|rang|phoned|met|said|says|feels|felt|thinks|talked|spoke)\b"
)


# what a task list's line needs before it is read part by part: an owner's word, a separator, a date's hint
_LINE_OWNER_TOKS = (_OWNER_TOKS | {"me", "worker", "manager", "teacher"}) - frozenset(
    "the i we social team family support youth key allocated service duty head home".split())

_SEPARATORS = "-:|/,()"

# a task list's line has a separator other than a comma somewhere ("SW - ...", "| SW |", "(SW)", ": SW,")
_SEP = re.compile(r"[-:|/(\u2013]")


def _set_off(low: str, t: str) -> bool:
    """Whether the owner word `t` stands as a part of its own somewhere in `low`: a separator
    (or the line's edge) just before or just after it ("SW - CP medical", "Genogram | SW |")."""
    i = low.find(t)
    n = len(t)
    while i >= 0:
        j = i + n
        if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
            b = low[:i].rstrip()
            a = low[j:].lstrip()
            if not b or b[-1] in _SEPARATORS or not a or a[0] in _SEPARATORS:
                return True
            if (not b or b[-1] in _SEPARATORS) and _ROLE_NAMED.match(low, i):
                return True  # "- SW Hollis -": the role with the worker's name
        i = low.find(t, j)
    return False


_DATE_WORD = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|end|within|"
    r"today|tomorrow|tonight|this|weekly|fortnightly|monthly|daily|w/c|eod|cob)"
)

# the words of a date with no digit (TIMESCALE's and _TASK_DATE's), one of which such a line holds
_DATE_TOKS = _DAY_TOKS | frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december next end within today tomorrow tonight week weeks fortnight month daily weekly "
    "fortnightly monthly c this eod cob".split()
)

_NAME_LEADS = re.compile(r"\s*([A-Z][a-z]+)\s*[:\-]")
_NAME_AFTER_SEP = re.compile(r"[-\u2013:|]\s*[A-Z][a-z]+\b")


# (a clause's past event looked for only at the words the pattern can start with)
_PAST_EVENT_F = Finder(_PAST_EVENT)

# _PAST_EVENT's words, as tokens ("took place", "has been": "took", "been")
_PAST_TOKS = frozenset(
    "was were had been held happened took seen attended visited went came done completed closed received ended started "
    "began ago last missed cancelled failed declined refused discussed noted reported raised confirmed shared signed "
    "told rang phoned met said says feels felt thinks talked spoke".split()
)


# words a line may hold in capitals that are not a worker's name
_BASE_WORDS = frozenset(
    "actions action who when what where why next plan review risk voice decision update progress impact notes note "
    "agreed done outstanding ongoing completed task tasks owner lead date due by and the for with".split()
)


def _capitalised(raw: str, w: str) -> bool:
    """Whether the word `w` stands in `raw` with a capital: a name ("Gary")."""
    i = raw.find(w[0].upper() + w[1:])
    while i >= 0:
        j = i + len(w)
        if (i == 0 or not raw[i - 1].isalpha()) and (j == len(raw) or not raw[j].isalpha()):
            return True
        i = raw.find(w[0].upper() + w[1:], j)
    return False


# two-letter words that are not a worker's name ("Jo", "Mo" are)
_TWO_LETTER_WORDS = frozenset("on at in or up if as so no do go me we us it is an am of to by my ok hi be he".split())


def _set_off_name(raw: str, w: str) -> bool:
    """Whether `w` stands in `raw` as a capitalised name set off by a dash, colon or bar (not in
    brackets or a list of commas): "Dom - gateway form", "to police - Gary by Fri"."""
    name = w[0].upper() + w[1:]
    return re.search(rf"(?:^|[-\u2013:|] *){name} *(?:[-\u2013:|]|by\b|before\b|due\b|$)", raw) is not None


# a contact arrangement's line ("Contact - mum fortnightly, supervised"): a standing rhythm, not a
# task, unless it sets one ("SW to book supervised sessions by 12/6")
_ARRANGED = re.compile(r"\b(?:un)?supervised\b")
_SETS_DUE = re.compile(r"\b(?:to|will|by|before|due|within|needs?|must|should)\b")


def _task_line(s, note: Note) -> bool:
    """Whether sentence `s` is one line of a task list: an owner standing as a part of its own,
    a date, a task, and no event already past."""
    low = s.low
    if _LEADING_DATE.match(low) or _PAST_EVENT.search(low):
        return False  # an event past, or a chronology's line ("12/01 school meeting (SW, mum)")
    if "supervised" in low and _ARRANGED.search(low) and not _SETS_DUE.search(low):
        return False
    spans = [m.span() for m in TIMESCALE.finditer(low)] or [m.span() for m in _TASK_DATE.finditer(low)]
    if not spans and _more_when(low):
        spans = [m.span() for m in TIMESCALE_MORE.finditer(low)]
    if not spans:
        return False
    # the line with its dates taken out, read part by part
    rest, last = [], 0
    for a, b in spans:
        rest.append(low[last:a] + " | ")
        last = b
    rest.append(low[last:])
    parts = [p.strip(" .") for p in _PARTS.split("".join(rest))]
    parts = [p for p in parts if p and p not in ("by", "due", "on", "date", "when", "deadline", "before")]
    owner = task = -1
    raw = s.raw if len(s.raw) == len(low) else ""
    for i, p in enumerate(parts):
        if owner < 0 and (_OWNER_PART.fullmatch(p) or (
                (m := _ROLE_NAMED.fullmatch(p)) and m.group(1) not in _TASK_VERBS and m.group(1) not in _TASK_NOUNS)):
            owner = i
            continue
        first = p.split(" ", 1)[0]
        if first in _TASK_VERBS or not _TASK_NOUNS.isdisjoint(p.split()):
            task = i
    if owner < 0 and raw and len(parts) > 1:
        # a worker named as a part of their own: "Tom: ring school w/c 8th", "Dom - gateway form
        # by 19/12", "Intel form to police - Gary by Fri"
        for i, p in enumerate(parts):
            if i != task and p.isalpha() and (len(p) > 2 or p not in _TWO_LETTER_WORDS) and p not in _NAME_STOP \
                    and p not in note.names \
                    and p not in NOT_NAMES and p not in _CALENDAR and p not in _TASK_VERBS and p not in _TASK_NOUNS \
                    and p not in _BASE_WORDS and _set_off_name(raw, p):
                owner = i
                break
        if owner >= 0 and task < 0 and any(
                q.split(" ", 1)[0] in _TASK_VERBS or not _TASK_NOUNS.isdisjoint(q.split()) for q in parts[owner + 1:]):
            task = owner + 1
    if owner >= 0 and task < 0 and s.heading:
        # "1. Chronology updated - SW - 31 Jan": the task read as the line's heading
        h = s.heading.lower()
        if (h.split(" ", 1)[0] in _TASK_VERBS or not _TASK_NOUNS.isdisjoint(_TOKEN.findall(h))) \
                and not _PAST_EVENT.search(h):
            return True
    return owner >= 0 and task >= 0 and task != owner


# a heading that names a worker as the owner of the tasks under it: "Sam's actions", "Action for Sam"
_HEADING_NAMED = re.compile(r"(?:^|\s)(?:([A-Z][a-z]+)(?:'s|s') [Aa]ctions?|[Aa]ctions? for ([A-Z][a-z]+))\s*$")

# a heading that names the owner of the task under it: "Action for mum:", "Owner - SW:", "You:"
_HEADING_OWNER = re.compile(rf"(?:^|\bfor |\bowner:? |\bwho:? |\bby )(?:{OWNER}|you|me)\s*$")


def _declared_initials(note: Note) -> list[str]:
    low = note.low_all
    if "(" not in low or not _INITIALS_PAREN.search(low):
        return []
    return [f"{m.group(1)} {v}" for m in _INITIALS.finditer(low) for v in ("to", "will")]


def _clause_dated(c) -> bool:
    """Whether clause `c` holds a date of any form, each form tried only when its words are there."""
    digit = _DIGIT.search(c.low) is not None
    if not digit and _DATEISH_TOKS.isdisjoint(c.toks):
        return False
    if _has(_TIMESCALE_F, c):
        return True
    days = not _DAY_TOKS.isdisjoint(c.toks)
    return bool(((digit or days) and _TASK_DATE.search(c.low)) or (days and _END_DAY.search(c.low))
                or _has(_MORE_F, c))


def _dated_owner(c, ci: int, note: Note) -> int | None:
    """Who is to do the task in clause `c` by a date after them: where the owner starts, -1 when
    the clause is a terse line whose owner and date are read together, None if no one. (Asked
    only of a clause with a word of a date and of an owner: see detect_actions.)"""
    low, toks = c.low, c.toks
    if c.sent.speaker and _terse_owner(low, toks, speaker=True):
        return -1  # "SW: closure letter 15/12"
    i = _undated_owner(c, note)
    if i is not None:
        return i if _dated(low, i, toks) else None
    raw = c.sent.raw
    if raw[:2].isupper() and low.startswith(raw[:2].lower()):
        m = _INITIALS_LEAD.match(raw)
        if m is not None and m.group(1).lower() not in _NOT_INITIALS:
            # a worker's initials leading the line: "JT to send the summary by Fri 5th"
            as_role = "sw" + low[len(m.group(1)):]
            if _terse_owner(as_role, toks) or (as_role.startswith(("sw to ", "sw will ")) and _dated(as_role, 3)
                                               and as_role.split(" ", 3)[2:3] and as_role.split(" ", 3)[2] not in _NOT_TASKED):
                return -1
    if (not _SETS_TASK_TOKS.isdisjoint(toks) or low.startswith("you ")) and _head_then_task_word(low, toks):
        p = _task_owner(low, note.letter, _agreed_before(c, note), note, c)
        if p >= 0 and _dated(low, p, toks):
            return p  # "it was agreed the worker should ...", "you need to ... this week"
    if not (_TERSE_TOKS.isdisjoint(toks) and _LINE_OWNER_TOKS.isdisjoint(toks)) or "you" in toks:
        if _terse_owner(low, toks):
            return -1  # "sw: fixed rota in writing by 9/5", "TM email Mon 3/3"
        if c.n_tokens <= 8 and ci and _owner_and_date_only(low) and not _has(_PAST_EVENT_F, note.clauses[ci - 1]):
            return -1  # "Decided: direct work with her alone. SW, 30/5."
    return None


def _agreed_before(c, note: Note) -> bool:
    """Whether the sentence before clause `c`, or its own sentence before it, records an agreement
    or a decision ("We decided to keep the plan open. The worker would book ..."): then "would"
    reports the task agreed, not a habit."""
    s = c.sent.low
    i = s.find(c.low)
    if i > 0 and _AGREED_BEFORE.search(s, 0, i):
        return True
    if c.sidx > 0 and _AGREED_BEFORE.search(note.sentences[c.sidx - 1].low) is not None:
        return True
    # sentences dealt into boxes lose their order: an agreement recorded anywhere in the note, and
    # a deadline in the clause ("by 30 April"), not a habit's rhythm ("would always take him")
    return ("agreed" in note.low_all or "decided" in note.low_all) and _DEADLINE_WORD.search(c.low) is not None


# what follows a subject's last word when it is set a task (checked before _TASK_OWNER is tried)
_AFTER_HEAD = (" to ", " will ", " would ", " should ", " must ", " shall ", "'ll ", " is to ", " are to ", " need",
               " was to ", " were to ", " was asked to ", " were asked to ",
               " has ", " have ", " agreed ", " and ", " is going ", " are going ", " is due ", " is expected ",
               " are expected ", " plan", " is responsible ", " are responsible ", " (", ", ", ": ", " is being ",
               " are being ")


_AFTER_PRONOUN = ("'ll ", " will ", " would ", " is to ", " was to ", " is going to ", " agreed to ", " has agreed to ",
                  " needs to ", " undertook to ", " was asked to ")


_PRONOUN_TASK = tuple(p + m for p in ("she", "he") for m in _AFTER_PRONOUN)


def _head_then_task_word(low: str, toks: frozenset[str]) -> bool:
    """Whether a subject's word (see _SUBJECT_TOKS) is followed by a word that sets it a task, or
    a request is put to "you": _TASK_OWNER's need, checked with string operations."""
    for w in _SUBJECT_TOKS.intersection(toks):
        n = len(w)
        i = low.find(w)
        while i >= 0:
            if (i == 0 or not low[i - 1].isalpha()) and low.startswith(_AFTER_HEAD, i + n):
                return True
            i = low.find(w, i + n)
    # "she"/"he" own a task only with a word that sets one straight after ("she'll ring", "he was to book")
    if "he" in low and any(m in low for m in _PRONOUN_TASK):
        return True
    return "you" in toks and ("can you " in low or "could you " in low or "will you " in low or "would you " in low
                              or low.startswith("you "))


# a word one of the readings in _dated_owner needs (an owner's, or a word that sets a task)
_OWNERISH_TOKS = _SUBJECT_TOKS | _TERSE_TOKS | _LINE_OWNER_TOKS | _MORE_NAMED_TOKS | frozenset(("you", "me", "she", "he"))


def _undated_owner(c, note: Note) -> int | None:
    """An owner named in the clause's first words or by a name, before any date is looked for."""
    low, toks = c.low, c.toks
    if not _MORE_NAMED_TOKS.isdisjoint(toks):
        m = _NAMED_VERB.search(low)
        if m is not None:
            m = _NAMED_MORE.search(c.sent.raw)
        if m is not None and m.group(1).lower() not in _NAME_STOP and m.group(1).lower() not in note.names \
                and m.group(1).lower() not in NOT_NAMES and m.group(0).lower() in low:
            g = m.group(0).lower()
            i = low.find(g)
            # "would" sets a task only inside a reported agreement ("we agreed Tom would reply")
            if (" would " not in g or (_AGREED_BEFORE.search(low, 0, i) and not _WISHED.match(low, i + len(g)))) \
                    and not (" was " in g and _UNDONE.search(low, i)):
                return i  # "Dee should ring the GP by Friday"
    if (" to " in low or " will " in low or "'ll " in low) and _lead_word_owner(c, note):
        return 0  # "jas to speak to the iro by the end of next week", "Mark to book ..."
    if c.sent.heading and (low.startswith("to ") or low.split(" ", 1)[0] in _TASK_VERBS):
        h = c.sent.heading
        if _HEADING_OWNER.search(h.lower()):
            return 0  # "Action for mum: to get the smoke alarm fitted by Monday"
        m = _HEADING_NAMED.search(h) if "ction" in h else None
        if m is not None and (m.group(1) or m.group(2)).lower() not in note.names | _NAME_STOP | NOT_NAMES:
            return 0  # "Sam's action: chase the results by Friday", "Action for Sam - update the plan"
    return None


def detect_actions(note: Note, met: bool = False) -> list[Hit]:
    """Each sentence's weight as an action with an owner and a date. `met`: an action is met
    already (in the Actions boxes), so the readings tried only to find a first one are skipped."""
    hits: list[Hit] = []
    initials: list[str] | None = None
    named_cache: dict[int, list[str]] = {}
    clauses = note.clauses
    lines: set[int] = set()  # sentences with an owner's word or a capital leading them: maybe a task list's line
    pending: list[int] = []  # clauses where no owner was found (read again below if no action is met)
    for ci, c in enumerate(clauses):
        at = c.owner_pos
        owner = c.action
        if not _LINE_OWNER_TOKS.isdisjoint(c.toks) or c.n_tokens == 1 or c.low.find(":", 1, 16) > 0:
            lines.add(c.sidx)
        if not owner and c.sent.raw[:1]:
            named = named_cache.get(c.sidx)
            if named is None:
                raw = c.sent.raw
                # a capital letter is what a name needs (ASCII: lower() changes exactly A-Z)
                upper = (raw.lower() != raw) if raw.isascii() else any(ch.isupper() for ch in raw)
                # ("Worker to think about this before the next session": no task to be late with)
                named = named_cache[c.sidx] = [
                    n for n in _named_owners(raw, note) if n.rsplit(" ", 1)[-1] not in _THINKING] if upper else []
            owner = any(n in c.low for n in named) if named else False
            if not owner and c.sent.speaker and c.low.split(" ", 1)[0] in _TASK_VERBS \
                    and c.low.split(" ", 2)[1:2] not in (["is"], ["are"], ["was"], ["were"], ["has"], ["had"]):
                owner = True  # "SW: chase the referral by 20/1": the label names who does it
            if not owner and " by " in c.low and _PASSIVE_OWNER.search(c.low):
                owner = True  # "referral to be made by SW by 30/6"
            if not owner and ("sw" in c.toks or "tm" in c.toks) and _worker_to(c.low):
                owner = True  # a note typed without stops: "kids ok per school sw to try again next week"
            if not owner and initials is None:
                initials = _declared_initials(note)
            if not owner and initials:
                owner = any(c.low.startswith(i) or f" {i} " in c.low for i in initials)
            if not owner and not _MORE_GATE.isdisjoint(c.toks) and (
                    ("i" in c.toks and not _FIRST_PERSON_TOKS.isdisjoint(c.toks)) or "me" in c.toks
                    or ("the" in c.toks and not _ROLE_TOKS.isdisjoint(c.toks))):
                m = _MORE_OWNER.search(c.low)
                if m is not None:
                    owner, at = True, m.start()  # "I'll ring dad before Friday"
            if not owner and (not _NAMED_MORE_TOKS.isdisjoint(c.toks) or " was to " in c.low or " was asked to " in c.low):
                m = _NAMED_VERB.search(c.low)
                if m is not None:
                    m = _NAMED_MORE.search(c.sent.raw)
                if m is not None and m.group(1).lower() not in _NAME_STOP and m.group(1).lower() not in note.names \
                        and m.group(1).lower() not in NOT_NAMES and m.group(0).lower() in c.low \
                        and " would " not in m.group(0) \
                        and not (" was " in m.group(0) and _UNDONE.search(c.low, c.low.find(m.group(0).lower()))):
                    owner = True  # "Priya is going to send the referral on Monday", "Sam was to ring by Friday"
            if not owner:
                pending.append(ci)
            if not owner and not _ROLE_TOKS.isdisjoint(c.toks) and not _DATE_WORDS.isdisjoint(c.toks):
                for m in _TASK_OWNER_DATE.finditer(c.low):
                    last = c.low[max(0, m.start() - 24) : m.start()].rsplit(None, 1)[-1:]
                    if last and last[0] not in _NOT_A_TASK and TIMESCALE.match(c.low, m.end()):
                        owner, at = True, m.start()  # "NRM referral SW by 25/03"
                        break
        if owner and ("will " in c.low or "to " in c.low or "'ll " in c.low) and _CALENDAR_VERB.search(c.low, max(0, at)):
            owner = False  # "School will break up on 19 December": an event the owner is in, not a task
        if owner and _UNCONFIRMED.search(c.sent.low):
            hits.append((0.3, c.sent))  # "SW to visit next week - TBC": no one is held to it yet
            continue
        if owner:
            low_d = c.low
            if "next" in c.toks and _NEXT_AS_TASK.search(low_d):
                low_d = _NEXT_AS_TASK.sub(lambda m: " " * len(m.group(0)), low_d)
            # the date after the owner, or leading the clause ("By 12/12 SW will have ...")
            if _dated(low_d, max(0, at), c.toks) or (
                c.low.startswith(("by ", "before ", "within ")) and TIMESCALE.match(c.low)
            ):
                hits.append((0.85, c.sent))
                continue
            if at > 0 and not _SETS_TASK_TOKS.isdisjoint(c.toks):
                # an earlier owner the shared reading passed over: "You will make the referral by
                # 20 December and I will sign the closure after the review"
                p = _task_owner(c.low, note.letter)
                if 0 <= p < at and _dated(c.low, p, c.toks):
                    hits.append((0.85, c.sent))
                    continue
            if c.n_tokens <= 10 and _dated(c.low[:max(0, at)], 0, None) and not _has(_PAST_EVENT_F, c):
                hits.append((0.8, c.sent))  # the date first in a short line: "CIN review 15/12, SW to chair"
                continue
            sl = c.sent.low
            k = sl.find(c.low) if len(sl) <= 80 and sl is not c.low else -1
            if 0 < k and len(sl[:k].split()) <= 4 and _dated(sl[:k], 0, None) and not _PAST_EVENT.search(sl):
                hits.append((0.8, c.sent))  # the same, the line's parts split: "core group 18/11 - SW to chair"
                continue
            # later parts of the sentence that go on with the owner's list of tasks ("you will:
            # contact ...; chase ...; and send the referral to panel by 10 January")
            carried = False
            for nc in clauses[ci + 1 : ci + 6]:
                if nc.sidx != c.sidx or nc.action:
                    break
                w = nc.low.split(" ", 2)
                verb = w[1] if w[0] in ("and", "then", "also") and len(w) > 1 else w[0]
                if verb not in _TASK_VERBS or _has(_PAST_EVENT_F, nc):
                    break
                if _dated(nc.low, 0, nc.toks):
                    carried = True
                    break
            if carried:
                hits.append((0.85, c.sent))
                continue
            # "SW to book the test - by 13/2": the date set off in the sentence's next part; or
            # that part the task's next step, with no one else's task nor anything past in it
            # ("SW to arrange it with school; first visit before 10 Oct")
            if ci + 1 < len(clauses) and clauses[ci + 1].sidx == c.sidx:
                nc = clauses[ci + 1]
                if TIMESCALE.match(nc.low) or _TASK_DATE.match(nc.low) or _BARE_DAY.match(nc.low) or (
                        nc.n_tokens <= 10 and not nc.action and (TIMESCALE.search(nc.low) or _has(_MORE_F, nc))
                        and not _has(_PAST_EVENT_F, nc) and not _OWN_TASK.search(nc.low)):
                    hits.append((0.85, c.sent))
                    continue
            # "Owner: SW. By 28/11." split over two sentences
            nxt_i = c.sidx + 1
            if nxt_i < len(note.sentences):
                nxt = note.sentences[nxt_i]
                # the next line is the date ("By 28/11.", "Due: 28/11"), not a task of its own
                # with its date ("PA to visit. Pathway plan to be updated by 30/06.")
                if len(nxt.low) < 40 and TIMESCALE.search(nxt.low) and not _OWN_TASK.search(nxt.low) \
                        and not _PAST_EVENT.search(nxt.low) and _DATE_LINE.match(nxt.low):
                    hits.append((0.8, c.sent))
                    continue
            hits.append((0.3, c.sent))
        elif "(" in c.low and _PAREN_OWNER.search(c.low) and (
                _has(_TIMESCALE_F, c) or _TASK_DATE.search(c.low) or _has(_MORE_F, c)
                or (ci + 1 < len(clauses) and clauses[ci + 1].sidx == c.sidx and _TASK_DATE.match(clauses[ci + 1].low))):
            hits.append((0.85, c.sent))  # a task list: "Book FGC (SW) 30/11", "ring nan (sw) - fri"
        elif c.sent.section == "actions" and (_has(_TIMESCALE_F, c) or _has(_MORE_F, c)):
            # "Actions: SW unannounced visit by 12/12": a list of tasks led by their owners; not an
            # event, a question, something past, an owner away, a meeting on the calendar
            led = _OWNER_LEAD.match(c.low) is not None and "?" not in c.low and not (
                " will " in c.low and _CALENDAR_VERB.search(c.low)) \
                and not _has(_PAST_EVENT_F, c) and not _OFF_DUTY.search(c.low) and not _EVENT_DUE.search(c.low) \
                and not (ci and c.n_tokens <= 8 and _has(_PAST_EVENT_F, clauses[ci - 1])) \
                and not ("see" in c.toks and _WAIT_SEE.search(c.low))
            hits.append((0.8 if led else 0.35, c.sent))
    # a task list's line in any order: "SW - CP medical - 3.12", "Genogram | SW | 20/12"
    done = {id(sent) for w, sent in hits if w >= 0.5}
    # (short lines only, with an owner's word, a date's, and none of an event past among their words)
    sentences = note.sentences
    for i in lines:
        s = sentences[i]
        low = s.low
        if len(low) > 140 or not ("-" in low or ":" in low or "(" in low or "/" in low or "|" in low) \
                or s.filler or id(s) in done:
            continue
        if not (_DIGIT.search(low) or _DATE_WORD.search(low)):
            continue
        if (any(_set_off(low, t) for t in _LINE_OWNER_TOKS.intersection(_TOKEN.findall(low)))
                or (s.raw[:1].isupper() and _NAME_LEADS.match(s.raw)) or _NAME_AFTER_SEP.search(s.raw)) \
                and _task_line(s, note):
            hits.append((0.8, s))
    # tabular "Action: ... Owner: SW. Due: 28/11" across the sentences of one block
    for c in note.clauses:
        if _FIELD_TOKS.isdisjoint(c.toks) or not _ACTION_FIELD_OWNER.search(c.low):
            continue
        i = c.sidx
        window = " ".join(x.low for x in note.sentences[max(0, i - 1) : i + 3])
        if _ACTION_FIELD_DUE.search(window) or TIMESCALE.search(window):
            hits.append((0.8, c.sent))
    if not met and not any(w >= 0.5 for w, _ in hits):
        _more_owners(note, pending, hits)
    return hits


def _more_owners(note: Note, pending: list[int], hits: list[Hit]) -> None:
    """The readings of who is to do what that hold only with a date after the owner (reported
    agreements, "you", a role in a few words, terse lines, initials, a worker typed in lower
    case), tried on the clauses where no owner was found, and only when no action is met
    otherwise (a note is met by one action; most notes with one are met by the readings above).
    Each is tried first at what it needs, the date last: most clauses hold no date."""
    clauses = note.clauses
    for ci in pending:
        c = clauses[ci]
        if (_DATEISH_TOKS.isdisjoint(c.toks) and not _DIGIT.search(c.low)) or not (
                not _OWNERISH_TOKS.isdisjoint(c.toks) or c.sent.speaker or c.sent.heading
                or c.sent.raw[:2].isupper() or " to " in c.low or " will " in c.low):
            continue
        got = _dated_owner(c, ci, note)
        if got is None:
            continue
        if got < 0:
            hits.append((0.8, c.sent))  # a terse line, its owner and date read as one
        elif ("will " in c.low or "to " in c.low or "'ll " in c.low) and _CALENDAR_VERB.search(c.low, got):
            continue  # "School will break up on 19 December": an event the owner is in, not a task
        elif _UNCONFIRMED.search(c.sent.low):
            hits.append((0.3, c.sent))  # "SW to visit next week - TBC": no one is held to it yet
        else:
            hits.append((0.85, c.sent))


# a worker named at the start of a clause typed in haste without capitals ("jas to speak to the
# iro by the end of next week"), or with a name that is also a word ("Mark to book the visits")
_LEAD_WORD_TO = re.compile(r"(?:and |then |also )?([a-z]{2,12}) (?:to|will|'ll|is going to|needs to|is to) ([a-z]+)")

_PERSON_WORDS = frozenset("mark rose grace hope joy faith".split())

# words that lead "<word> to <verb>" and are not a person
_NOT_A_PERSON = frozenset(
    """
    plan plans need needs try tried going have has had used able due agreed decided asked told want wants likes
    seems how what where when who why and or but so then also hard important nice easy time back up way right best
    first next last it this that there here all both each everyone nobody someone case work contact visit visits
    referral meeting review assessment decision action actions agree ask asks aim aims hope hopes expect expects
    expected wish wishes wished started start continue continues began refused refuses failed fails managed
    manage prefer prefers helped help helps went goes go come comes came allowed allow unable likely unlikely ready
    willing keen happy afraid scared going wanted needed asking trying waiting wait waits moved move moves went
    is are was were be been being will would should must can could may might shall not no never only just still
    now today tomorrow yesterday tonight then again also even reason chance access support letter email call
    """.split()
)


def _lead_word_owner(c, note: Note) -> bool:
    m = _LEAD_WORD_TO.match(c.low)
    if m is None or m.group(2) not in _TASK_VERBS:
        return False
    w = m.group(1)
    if w in _NOT_A_PERSON or w in _NAME_STOP or w in note.names or w in _CALENDAR or w in _BASE_WORDS \
            or w in _TASK_NOUNS or w in _TASK_VERBS or w in _OWNER_TOKS:
        return False
    raw = c.sent.raw
    if _capitalised(raw, w):
        return w in _PERSON_WORDS  # a capitalised name is read by _named_owners; these it leaves out
    return True


# what a named person may be asked to do that is no task: to think, reflect, consider
_THINKING = frozenset("think reflect consider wonder ponder mull remember bear hope want like try".split())

# what follows "JT to" when JT is not set a task: a place or a person it goes to ("JT to school")
_NOT_TASKED = frozenset(
    "be not his her their the a an my our your him them me us police school college nursery work bed church "
    "hospital court home".split()
)

# (one capital too: a worker called by her initial, "F to ring the HV by Friday"; not "I", "A" or "Q")
_INITIALS_LEAD = re.compile(r"((?![AIQ]\b)[A-Z]{1,3})\b(?!['.]\w)")

# capitals at a line's start that are not a worker's initials: plans, meetings, services, roles read elsewhere
_NOT_INITIALS = frozenset(
    """
    cp cin plo lac cla icpc rcpc pep ehcp fgc mash marac dash cse cce da dv nfa sgo ico epo ipo emo mh ld asc adhd
    sen send ok na tbc tac taf tbd cg ce cgm sg ic ica cpp cinp gp ae aande sw tm pa iro hv fsw ssw dsl sm psw cn ehw fw ap pc dc ps yp uasc cic
    nrm lado dol rhi rho pnc dbs eh ofsted ssd ot salt cahms camhs iso amhp bme hmp yot pru sgo sgos ao ico rso mp
    ddr npa lsa ta ta1 bsl esol eal we i a an to on in at of or by no me my us
    """.split()
)


# the same with the worker's team or role in brackets after the name: "Fiona (detached) to ask ..."
_NAMED_ROLE_TO = re.compile(_NAMED_TO.pattern.replace(r"[a-z]+) (?:to", r"[a-z]+) \([A-Za-z][A-Za-z .'/&-]{0,24}\) (?:to", 1))
assert _NAMED_ROLE_TO.pattern != _NAMED_TO.pattern


def _named_owners(raw: str, note: Note) -> list[str]:
    """Lower-cased "Sara will ask ..." phrases whose subject is a person's name."""
    if " to " not in raw and " will " not in raw:
        return []  # every _NAMED_TO match holds one (most sentences, scanned at each capital, do not)
    out = []
    found = list(_NAMED_TO.finditer(raw))
    if ") " in raw:
        found += _NAMED_ROLE_TO.finditer(raw)
    for m in found:
        name = m.group(1).lower()
        if name in _NAME_STOP or name in note.names or name in NOT_NAMES or name in _CALENDAR:
            continue
        out.append(m.group(0).lower())
    return out
