"""Actions with an owner and a date: an action needs an owner and a timescale (LABELS.md).

An owner ("SW to", "Sara will", "(SW)", "Owner: TM") and a timescale or date (lexicon.TIMESCALE)
in the same task, or the next short line; an owner "TBC" holds no one to it.
"""

from __future__ import annotations

import re

from ..anchors import Finder
from ..lexicon import DAYS, NOT_NAMES, OWNER, TIMESCALE
from .cues import Hit
from .reading import Note, _CALENDAR, _NAMED_TO, _NAME_STOP, _OWNER_TOKS, _TOKEN, _has


_ACTION_FIELD_OWNER = re.compile(r"\b(?:owner|lead|who|responsible|by whom)\s*[:=-]\s*[a-z]")

_ACTION_FIELD_DUE = re.compile(r"\b(?:due|by when|deadline|when|timescale|date|by)\s*[:=-]?\s*\d")

# whether a clause holds a date or timescale, tried at the words one can start with
_TIMESCALE_F = Finder(TIMESCALE)

_TASK_VERBS = frozenset(
    "check book ring call phone email send visit see complete arrange refer make chase speak meet update "
    "write request ask share contact convene hold liaise explore obtain invite follow set do get give tell "
    "inform apply submit start find confirm organise organize seek draft prepare escalate review".split()
)

_FIELD_TOKS = frozenset("owner lead who responsible whom".split())

_UNCONFIRMED = re.compile(r"\b(?:tbc|tbd|tba|to be (?:confirmed|agreed|decided|arranged))\b")

_PAREN_OWNER = re.compile(rf"\(\s*{OWNER}\s*\)")

_OWNER_LEAD = re.compile(rf"{OWNER}\b(?! (?:is|was|has|had|says|said|feels|felt|thinks)\b)")

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

_PASSIVE_OWNER = re.compile(rf"\bto be [a-z]+ (?:up |out |off )?by (?:the )?{OWNER}\b")

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
)


# every _TASK_DATE match holds a digit or a day's name (as a token)
_DAY_TOKS = frozenset(
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday".split()
)

_DIGIT = re.compile(r"\d")


def _dated(low: str, start: int = 0, toks: frozenset[str] | None = None) -> bool:
    """A timescale or date in `low` from `start`: TIMESCALE or a task list's own forms."""
    if TIMESCALE.search(low, start):
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
_NAMED_MORE_TOKS = frozenset("going needs need agreed due ll".split())

# one look for either: the writer's words, "me", or a role ("the SW is to")
_MORE_GATE = _FIRST_PERSON_TOKS | frozenset("me sw tm pa iro hv fsw ssw dsl senco".split())

# what _NAMED_MORE needs after the name, looked for first (a name is tried at every capital)
_NAMED_VERB = re.compile(r" (?:is going to|needs to|has agreed to|will need to|is due to|is to) |'ll ")

_NAMED_MORE = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+) (?:is going to|needs to|has agreed to|will need to|is due to|'ll|is to) "
    r"(?!be\b|not\b|(?:his|her|their|the|a|an|my|our|your|him|them|me|us|police|school|college|nursery|"
    r"work|bed|church|hospital|court|home)\b)[a-z]+"
)

# A line of a task list, written in any order: its owner as a part of its own ("SW - CP
# medical - 3.12", "Genogram | SW | 20/12", "Referral to CAMHS: SW, by end of month",
# "Tom: ring school w/c 8th"), a date, and a task (a verb of doing, or a piece of work named)
_PARTS = re.compile(r"\s*(?:\s-+\s|[:|/,()]|\s\u2013\s)\s*")

_OWNER_PART = re.compile(rf"(?:(?:owner|lead|who|by)\s*)?(?:{OWNER}|me)(?: ?(?:&|and|/|\+) ?{OWNER})?")

_TASK_NOUNS = frozenset(
    "referral medical assessment genogram chronology fgc application letter report strategy visit visits "
    "plan meeting conference check checks test appointment session sessions ecomap referrals birth "
    "screening dash marac mash lado notification consult consultation gateway".split()
)

# a line that opens with a bare date is a chronology's entry, not a task
_LEADING_DATE = re.compile(r"\s*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\b)")

_PAST_EVENT = re.compile(
    r"\b(?:was|were|had|has been|have been|held|happened|took place|seen|attended|visited|went|came|"
    r"done|completed|closed|received|ended|started|began|ago|last|missed|cancelled|failed|declined|refused|"
    r"discussed|noted|reported|raised|confirmed|shared|signed|told|rang|phoned|met|said|says|feels|felt|thinks)\b"
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


# _PAST_EVENT's words, as tokens ("took place", "has been": "took", "been")
_PAST_TOKS = frozenset(
    "was were had been held happened took seen attended visited went came done completed closed received ended started "
    "began ago last missed cancelled failed declined refused discussed noted reported raised confirmed shared signed "
    "told rang phoned met said says feels felt thinks".split()
)


def _task_line(s, note: Note) -> bool:
    """Whether sentence `s` is one line of a task list: an owner standing as a part of its own,
    a date, a task, and no event already past."""
    low = s.low
    if _LEADING_DATE.match(low) or _PAST_EVENT.search(low):
        return False  # an event past, or a chronology's line ("12/01 school meeting (SW, mum)")
    spans = [m.span() for m in TIMESCALE.finditer(low)] or [m.span() for m in _TASK_DATE.finditer(low)]
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
        if owner < 0 and _OWNER_PART.fullmatch(p):
            owner = i
            continue
        first = p.split(" ", 1)[0]
        if first in _TASK_VERBS or not _TASK_NOUNS.isdisjoint(p.split()):
            task = i
    if owner < 0 and raw and len(parts) > 1 and parts[1].split(" ", 1)[0] in _TASK_VERBS:
        # a worker named as the part of their own that leads the line: "Tom: ring school w/c 8th"
        m = _NAME_LEADS.match(raw)
        if m:
            n = m.group(1).lower()
            if n not in _NAME_STOP and n not in note.names and n not in NOT_NAMES and n not in _CALENDAR \
                    and n not in _TASK_VERBS and n not in _TASK_NOUNS and parts and parts[0] == n:
                owner = 0
    return owner >= 0 and task >= 0 and task != owner


def _declared_initials(note: Note) -> list[str]:
    low = note.low_all
    if "(" not in low or not _INITIALS_PAREN.search(low):
        return []
    return [f"{m.group(1)} {v}" for m in _INITIALS.finditer(low) for v in ("to", "will")]


def detect_actions(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    initials: list[str] | None = None
    named_cache: dict[int, list[str]] = {}
    clauses = note.clauses
    lines: set[int] = set()  # sentences with an owner's word or a capital leading them: maybe a task list's line
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
                named = named_cache[c.sidx] = _named_owners(raw, note) if upper else []
            owner = any(n in c.low for n in named) if named else False
            if not owner and c.sent.speaker and c.low.split(" ", 1)[0] in _TASK_VERBS:
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
            if not owner and not _NAMED_MORE_TOKS.isdisjoint(c.toks):
                m = _NAMED_VERB.search(c.low)
                if m is not None:
                    m = _NAMED_MORE.search(c.sent.raw)
                if m is not None and m.group(1).lower() not in _NAME_STOP and m.group(1).lower() not in note.names \
                        and m.group(1).lower() not in NOT_NAMES and m.group(0).lower() in c.low:
                    owner = True  # "Priya is going to send the referral on Monday"
            if not owner and not _ROLE_TOKS.isdisjoint(c.toks) and not _DATE_WORDS.isdisjoint(c.toks):
                for m in _TASK_OWNER_DATE.finditer(c.low):
                    last = c.low[max(0, m.start() - 24) : m.start()].rsplit(None, 1)[-1:]
                    if last and last[0] not in _NOT_A_TASK and TIMESCALE.match(c.low, m.end()):
                        owner, at = True, m.start()  # "NRM referral SW by 25/03"
                        break
        if owner and _UNCONFIRMED.search(c.sent.low):
            hits.append((0.3, c.sent))  # "SW to visit next week - TBC": no one is held to it yet
            continue
        if owner:
            # the date after the owner, or leading the clause ("By 12/12 SW will have ...")
            if _dated(c.low, max(0, at), c.toks) or (
                c.low.startswith(("by ", "before ", "within ")) and TIMESCALE.match(c.low)
            ):
                hits.append((0.85, c.sent))
                continue
            # "SW to book the test - by 13/2": the date set off in the sentence's next part
            if ci + 1 < len(clauses) and clauses[ci + 1].sidx == c.sidx and (
                    TIMESCALE.match(clauses[ci + 1].low) or _TASK_DATE.match(clauses[ci + 1].low)):
                hits.append((0.85, c.sent))
                continue
            # "Owner: SW. By 28/11." split over two sentences
            nxt_i = c.sidx + 1
            if nxt_i < len(note.sentences):
                nxt = note.sentences[nxt_i]
                # the next line is the date ("By 28/11.", "Due: 28/11"), not a task of its own
                # with its date ("PA to visit. Pathway plan to be updated by 30/06.")
                if len(nxt.low) < 40 and TIMESCALE.search(nxt.low) and not _OWN_TASK.search(nxt.low) \
                        and not _PAST_EVENT.search(nxt.low):
                    hits.append((0.8, c.sent))
                    continue
            hits.append((0.3, c.sent))
        elif "(" in c.low and _PAREN_OWNER.search(c.low) and (
                _has(_TIMESCALE_F, c) or _TASK_DATE.search(c.low)
                or (ci + 1 < len(clauses) and clauses[ci + 1].sidx == c.sidx and _TASK_DATE.match(clauses[ci + 1].low))):
            hits.append((0.85, c.sent))  # a task list: "Book FGC (SW) 30/11", "ring nan (sw) - fri"
        elif c.sent.section == "actions" and _has(_TIMESCALE_F, c):
            # "Actions: SW unannounced visit by 12/12": a list of tasks led by their owners
            hits.append((0.8 if _OWNER_LEAD.match(c.low) else 0.35, c.sent))
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
                or (s.raw[:1].isupper() and _NAME_LEADS.match(s.raw))) \
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
    return hits


def _named_owners(raw: str, note: Note) -> list[str]:
    """Lower-cased "Sara will ask ..." phrases whose subject is a person's name."""
    if " to " not in raw and " will " not in raw:
        return []  # every _NAMED_TO match holds one (most sentences, scanned at each capital, do not)
    out = []
    for m in _NAMED_TO.finditer(raw):
        name = m.group(1).lower()
        if name in _NAME_STOP or name in note.names or name in NOT_NAMES or name in _CALENDAR:
            continue
        out.append(m.group(0).lower())
    return out
