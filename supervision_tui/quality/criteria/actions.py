"""Actions with an owner and a date: an action needs an owner and a timescale (LABELS.md).

An owner ("SW to", "Sara will", "(SW)", "Owner: TM") and a timescale or date (lexicon.TIMESCALE)
in the same task, or the next short line; an owner "TBC" holds no one to it.
"""

from __future__ import annotations

import re

from ..anchors import Finder
from ..lexicon import NOT_NAMES, OWNER, TIMESCALE
from .cues import Hit
from .reading import Note, _CALENDAR, _NAMED_TO, _NAME_STOP, _has


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
    for ci, c in enumerate(clauses):
        at = c.owner_pos
        owner = c.action
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
            if TIMESCALE.search(c.low, max(0, at)) or (
                c.low.startswith(("by ", "before ", "within ")) and TIMESCALE.match(c.low)
            ):
                hits.append((0.85, c.sent))
                continue
            # "SW to book the test - by 13/2": the date set off in the sentence's next part
            if ci + 1 < len(clauses) and clauses[ci + 1].sidx == c.sidx and TIMESCALE.match(clauses[ci + 1].low):
                hits.append((0.85, c.sent))
                continue
            # "Owner: SW. By 28/11." split over two sentences
            nxt_i = c.sidx + 1
            if nxt_i < len(note.sentences):
                nxt = note.sentences[nxt_i]
                # the next line is the date ("By 28/11.", "Due: 28/11"), not a task of its own
                # with its date ("PA to visit. Pathway plan to be updated by 30/06.")
                if len(nxt.low) < 40 and TIMESCALE.search(nxt.low) and not _OWN_TASK.search(nxt.low):
                    hits.append((0.8, c.sent))
                    continue
            hits.append((0.3, c.sent))
        elif "(" in c.low and _PAREN_OWNER.search(c.low) and _has(_TIMESCALE_F, c):
            hits.append((0.85, c.sent))  # a task list: "Book FGC (SW) 30/11"
        elif c.sent.section == "actions" and _has(_TIMESCALE_F, c):
            # "Actions: SW unannounced visit by 12/12": a list of tasks led by their owners
            hits.append((0.8 if _OWNER_LEAD.match(c.low) else 0.35, c.sent))
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
