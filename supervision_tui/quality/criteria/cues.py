"""Matching the five cue tables over each clause at once, and the box as a hint.

`clause_cue_matches` finds every cue of reflection, lived experience, impact, risk and
challenge in a clause in one pass (a trigger word opens only the cues it can start).
`cue_hits` turns a table's matches into hits, applying the shared guards that the cues' flags
ask for (n: a negation cancels it; c: the child must be the one; x: not inside an action or a
decision; q: a quotation about the child; k: a harm word only naming a plan category; b: a
bare four-word sentence). A box, or a heading in free text, is a hint and never evidence
(BOX_HINT, box_topic_hits): it lifts a cue the words already carry, or reads a clause as its
kind only when its words are of that kind.
"""

from __future__ import annotations

import re

from ..anchors import Finder, Scanner, first_words, language, may_match, partly_anchored, required_literals, split_alternatives, prefix_starts as _prefix_starts, word_starts as _word_starts
from ..lexicon import ADULT_NOUNS
from ..text import Sentence
from .reading import Clause, Note, _TOKEN, _has, may_blank, negated, subject_kind, tokens


T_REFLECTION, T_LIVED, T_IMPACT, T_RISK, T_CHALLENGE = range(5)


def _build_dispatch():
    words: dict[str, list[tuple]] = {}
    trig: dict[str, set[int]] = {}
    info: list[tuple] = []
    for k, cues in enumerate(CUE_TABLES):
        for w, (rx, weight, flags) in cues.words.items():
            plain = rx.pattern == rf"\b{w}\b"
            words.setdefault(w, []).append((k, None if plain else rx, weight, flags))
        ids = []
        for i, (rx, weight, flags) in enumerate(cues.cues):
            ids.append(len(info))
            anchor, needs = cues.anchors[i], None
            if anchor is None:
                # some alternatives start with no known word ("\d+ ?% before"): try the cue
                # at the others' first words unless the clause holds what those need
                part = partly_anchored(rx.pattern)
                if part is not None:
                    anchor, needs = part
            info.append((k, rx, weight, flags) + ((None, None) if anchor is None else anchor)
                        + (needs, _gate(rx), None if anchor is None else _word_gates(rx, anchor[0])))
        for t, idxs in cues.index.items():
            trig.setdefault(t, set()).update(ids[i] for i in idxs)
    # token -> (its single-word cues, the ids of the cues it opens): one lookup per token
    dispatch = {
        t: (tuple(words.get(t, ())) or None, frozenset(trig[t]) if t in trig else None)
        for t in set(words) | set(trig)
    }
    # what clause_cue_matches looks up: the same, but a cue with rarer words (`_rare_tokens`)
    # is opened by those instead of by its triggers
    triggers: dict[int, set[str]] = {}
    for t, idxs in trig.items():
        for cid in idxs:
            triggers.setdefault(cid, set()).add(t)
    opens: dict[str, set[int]] = {}
    for cid, (_k, rx, *_rest) in enumerate(info):
        rare = _rare_tokens(rx, frozenset(triggers.get(cid, ())))
        for t in (triggers.get(cid, ()) if rare is None else rare):
            opens.setdefault(t, set()).add(cid)
    run = {
        t: (tuple(words.get(t, ())) or None, frozenset(opens[t]) if t in opens else None)
        for t in set(words) | set(opens)
    }
    return dispatch, run, tuple(info)


def _rare_tokens(rx: re.Pattern[str], triggers: frozenset[str]) -> frozenset[str] | None:
    """Words one of which every match of the cue holds as a whole token, rarer than its first
    words ("stopped" for "has stopped", "hindsight" for "in hindsight"), when every match also
    holds one of its triggers: then a clause without those words has no match and need not be
    looked at, and a clause with one but no trigger has none either. None when not known (the
    cue is opened by its triggers)."""
    out: set[str] = set()
    for a in split_alternatives(rx.pattern):
        # sets of words one of which each match of the alternative holds as a token: its first
        # words (first_words closes a word only at a non-word character), for each set of
        # strings it needs a word of each string, or a word of each string it can match
        sources = []
        fw = first_words(a)
        if fw is not None and not fw[1] and fw[0]:
            sources.append((fw[0], True))
        sources += [(strings, False) for strings in required_literals(a)]
        if a.startswith(r"\b") and a.endswith(r"\b") and not a.endswith(r"\\b"):
            strings = language(a[2:-2], _LANGUAGE)
            if strings is not None:
                sources.append((strings, True))
        # (a first word set is its own words: "bounded" reads each as a whole token)
        if not any(_word_of_each(strings, bounded, triggers) is not None for strings, bounded in sources):
            return None  # a match might hold no trigger
        choices = [c for c in (_word_of_each(strings, bounded) for strings, bounded in sources) if c is not None]
        out |= min(choices, key=lambda c: (sum(_commonness(t)[0] for t in c), len(c)))
    return frozenset(out)


def _word_of_each(strings, bounded: bool, among: frozenset[str] | None = None) -> frozenset[str] | None:
    """The least common whole word of each string, from `among` if given (None if a string has
    none): a word inside it, or with `bounded` (\\b either side) also one at its ends."""
    picked = []
    for s in strings:
        words = [m.group() for m in _TOKEN.finditer(s)
                 if (bounded or (0 < m.start() and m.end() < len(s))) and not may_blank(m.group())
                 and (among is None or m.group() in among)]
        if not words:
            return None
        picked.append(min(words, key=_commonness))
    return frozenset(picked)


_LANGUAGE = 64  # strings of a cue's alternative listed at most


# words in most clauses: a cue opened by them is looked at in most clauses
_COMMON = frozenset("a an the is are was were be been has have had to of in on at and or not for with by it its "
                    "this that he she they his her their him them we i you as so but if do did does".split())


def _commonness(t: str) -> tuple[bool, int]:
    return t in _COMMON, -len(t)


def _gate(rx: re.Pattern[str]) -> tuple | None:
    """Strings one of which every match of the cue contains (the fewest of anchors.required_literals,
    when few enough to test cheaply): a clause that holds none of them is not tried. Most cues
    open on common words ("is", "has", "not") and need a rarer one after ("has anyone ")."""
    sets = [s for s in required_literals(rx.pattern) if len(s) <= _GATE_STRINGS and min(map(len, s)) > 1]
    return tuple(sorted(sets[0])) if sets else None


_GATE_STRINGS = 16


def _word_gates(rx: re.Pattern[str], closed: frozenset[str]) -> dict[str, tuple[str, ...]] | None:
    """For a first word of the cue, strings one of which every match starting at that word
    holds (`_gate` for the alternatives that can start there): where the clause holds none, the
    cue is not tried at that word. "is" opens "is now" and "is working for" but is in most clauses."""
    alts = [(first_words(a), a) for a in split_alternatives(rx.pattern)]
    gates = {}
    for w in closed:
        strings: set[str] = set()
        for fw, a in alts:
            # (an alternative with no known first word is tried only by the clause scan)
            if fw is None or not (w in fw[0] or w.startswith(fw[1])):
                continue
            sets = [x for x in required_literals(a) if min(map(len, x)) > 1 and len(x) <= _GATE_STRINGS]
            if not sets:
                break
            strings |= max(sets, key=lambda x: (min(map(len, x)), -len(x)))  # the longest: the rarest
        else:
            if strings and len(strings) <= _GATE_STRINGS:
                gates[w] = tuple(sorted(strings))
    return gates or None


_NO_MATCHES: tuple = ((), (), (), (), ())


def clause_cue_matches(c: Clause) -> tuple:
    """Per cue table, the (start, end, weight, flags) of every cue match in the clause.

    The same matches as running each gated cue's `finditer` over the clause (the gate is the
    clause's token set, as before), found by trying each cue only where it can start, and not
    at all in a clause without a string every match of it holds (`_gate`), nor at a first word
    whose alternatives each need a string the clause lacks (`_word_gates`).
    """
    toks = c.toks
    hit = _RUN_KEYS.intersection(toks)
    if not hit:
        return _NO_MATCHES
    low = c.low
    out: tuple[list, ...] = ([], [], [], [], [])
    starts_of = c.starts  # whole-word starts, shared by the cues of all tables and the finders
    if starts_of is None:
        starts_of = c.starts = {}
    todo: set[int] = set()
    for t in hit:
        wc, tc = _RUN[t]
        if wc is not None:
            # a single-word cue: its matches are the word's whole-word occurrences
            st_list = starts_of.get(t)
            if st_list is None:
                st_list = starts_of[t] = _word_starts(low, t)
            n = len(t)
            for k, rx, weight, flags in wc:
                dst = out[k]
                if rx is None:
                    for st in st_list:
                        dst.append((st, st + n, weight, flags))
                else:  # the word with a look-behind ("harm" but not "self-harm")
                    for st in st_list:
                        m = rx.match(low, st)
                        if m is not None:
                            dst.append((st, m.end(), weight, flags))
        if tc is not None:
            todo |= tc
    if not todo:
        return out
    words = toks if c.src_is_low else None
    for cid in todo:
        k, rx, weight, flags, closed, opened, needs, gate, word_gates = _CUE_INFO[cid]
        if gate is not None:
            for s in gate:
                if s in low:
                    break
            else:
                continue  # a string every match holds is not in the clause
        dst = out[k]
        if closed is None or (needs is not None and may_match(needs, low)):  # first words unknown: scan the clause
            for m in rx.finditer(low):
                dst.append((m.start(), m.end(), weight, flags))
            continue
        if words is None:
            # the gate reads tokens with "two children" blanked out; the starts need them all
            words = frozenset(tokens(low))
        firsts = closed.intersection(words)
        starts: list[int] = []
        for w in firsts:
            if word_gates is not None:
                g = word_gates.get(w)
                if g is not None:
                    for s in g:
                        if s in low:
                            break
                    else:
                        continue  # no alternative that opens with this word can match
            st_list = starts_of.get(w)
            if st_list is None:
                st_list = starts_of[w] = _word_starts(low, w)
            starts += st_list
        for p in opened:
            if p in low:
                starts += _prefix_starts(low, p)
        if not starts:
            continue
        if len(firsts) + len(opened) > 1:
            starts = sorted(set(starts))
        # finditer's matches: each is the match at the first candidate past the last one
        end = 0
        match = rx.match
        for p in starts:
            if p >= end:
                m = match(low, p)
                if m is not None:
                    end = m.end()
                    dst.append((p, end, weight, flags))
    return out


def note_cue_matches(note: Note) -> list[tuple]:
    """`clause_cue_matches` for every clause of the note, computed once per note."""
    got = note.extra.get("cues")
    if got is None:
        got = note.extra["cues"] = [clause_cue_matches(c) for c in note.clauses]
    return got


_NOT_SEEN = re.compile(
    r"\bnot (?:been )?(?:seen|spoken|visited|available|explored|ascertained|captured|obtained)\b|"
    r"\bunable to (?:see|speak|visit)\b|\bdid not (?:engage|speak|want to be seen)\b|\bno direct work\b"
)

_STOPPED = re.compile(r"\b(?:stopped|no longer|not|no|never|without|free of|since)\W+(?:\w+\W+)?$"
                      # counted as nought, or a habit that is over: "0 missing episodes in 10 weeks",
                      # "the rec is where she used to meet the older boys"
                      r"|(?:^|[\s(;:,])(?:0|zero)\s+(?:\w+\W+)?$|\bused to\W+(?:\w+\W+){0,3}$")

# "CP (neglect)", "CIN for neglect", "plan under emotional abuse": a plan category; not "under-1 bruising"
# or "convictions for assault" ("for" names a category only after a plan word)
_CATEGORY = re.compile(r"\b(?:cp|cin|plan|cat|category|re)\W*(?:\w+\W+)?$|\bunder\s+(?:\w+\W+)?$|"
                       r"\b(?:cp|cin|plan|open|registered|category)\W+(?:\w+\W+)?for\W+(?:\w+\W+)?$")

_NOT_SEEN_F = Finder(_NOT_SEEN)

Hit = tuple[float, Sentence]


def _in_section(c: Clause, section: str) -> bool:
    return c.sent.section == section


# A box (or a heading in free text) is a hint, never evidence: it lifts a cue its words already
# carry ("because" in the Reflection box, "again" in the Impact box) but gives a clause that
# says nothing of the kind no credit at all.
BOX_HINT = 0.15

_BOX_OF_TABLE = ("reflection", "lived_experience", "impact", "risk", "challenge")  # by table index

_BOX_TOPIC_WEIGHT = 0.6


# In its box a substantive clause whose words are of the box's kind (each criterion's BOX_TOPIC:
# a worry named in the Risk box, a reason in the Reflection box) is read as that kind; the same
# words in another box, or a clause without them, get nothing from the box.
def box_topic_hits(note: Note, box: str, topic: re.Pattern[str], hits: list[Hit], skip=None,
                   skip_match=None) -> None:
    """Clauses in `box` that say something of the kind the box asks for (`topic`); `skip(clause)`,
    when given, is the criterion's own guard (True: the clause is not of its kind), and
    `skip_match(clause, start, end)` its guard on one match (True: that match is not)."""
    scanner = _TOPIC_SCANNERS.get(topic)
    if scanner is None:
        scanner = _TOPIC_SCANNERS[topic] = Scanner(topic)
    for c in note.clauses:
        if c.sent.section != box or c.n_tokens < 4 or c.sent.filler:
            continue
        if _has(_TOKENISTIC_F, c) or _has(_NOT_SEEN_F, c) or (skip is not None and skip(c)):
            continue
        if "?" in c.low and is_form_question(note, c.sent):
            continue
        memo = c.starts
        if memo is None:
            memo = c.starts = {}
        # topic.finditer(c.low), tried only at the words a match can start with
        if any(not negated(c.low, s, e) and (skip_match is None or not skip_match(c, s, e))
               for s, e in scanner.spans(c.low, c.toks if c.src_is_low else None, memo)):
            hits.append((_BOX_TOPIC_WEIGHT, c.sent))


_TOPIC_SCANNERS: dict[re.Pattern[str], Scanner] = {}


# "TK seen, happy, nothing to add": a word or two ticked off, not what life is like
_TOKENISTIC = re.compile(
    r"\b(?:nothing (?:else |more |further )?to (?:add|report|note|say)|nothing of note|no (?:issues|concerns) "
    r"(?:raised|noted|reported)|all (?:fine|ok|good|well)|seems? (?:fine|ok|okay|settled|happy)$)"
)

# and, for the child's life only, wellbeing in a word: "doing well", "was seen at home and
# appeared settled" (a weak cue in such a sentence says nothing of what life is like)
_WELLBEING = re.compile(
    r"\bdoing (?:really |very )?(?:well|fine|ok|okay|great|good)\b|"
    r"(?:\b(?:seems?|seemed|appears?|appeared|presents?|presented|looks?|looked|is|was|being|and)|,) "
    r"(?:(?:very|quite|generally|fairly|really|well) )?(?:fine|ok|okay|settled|happy|well|content|calm|good)"
    r"(?:(?: and |, ?)(?:fine|ok|okay|settled|happy|well|content|calm|relaxed))?"
    # "is happy in placement", "seemed settled at home": wellbeing in a word, with its place
    r"(?: (?:at|in|with|there)(?: [a-z']+){0,2})?(?: now| again)?\W*$"
)

_TOKENISTIC_F = Finder(_TOKENISTIC)

# a weak cue of the child's life ending "..., no concerns" ticks a box too ("seen at school, settled, no concerns")
_NO_CONCERNS = re.compile(r"\bno (?:issues|concerns|worries)\W*$")

_QUOTE_CHARS = ("'", '"')

# the cue opens its clause or its part of a list: "Said she's fine", "alert, feeding well, good eye contact"
_SUBJECT_LEFT_OUT = re.compile(r"(?:^|[,;:] *)(?:(?:and|then|also|just|still|often|now) )?$")

_CHILD_WORDS = re.compile(r"[\"'][^\"']{0,80}?\b(?:mummy|mommy|daddy|nanny|nana|grandad|grandma|my mum|my dad|my nan|"
                          r"my teacher|my school|my brother|my sister|my room)\b")


_ADULT_NOUNS_RX = "|".join(sorted((w for w in ADULT_NOUNS if w.isalpha()), key=len, reverse=True))

# an adult named who could be the one doing it: not just after "with", "to", "w/" and the like,
# and not an owner ("mum's bed")
_ADULT_SUBJECT = re.compile(
    r"(?<!\bwith )(?<!\bw/ )(?<!\bto )(?<!\bfor )(?<!\bby )(?<!\bfrom )(?<!\bof )(?<!\band )(?<!\bat )"
    rf"\b(?:{_ADULT_NOUNS_RX})\b(?!'s)"
)


def _left_out_is_child(note: Note, c: Clause, start: int, first_before: str) -> bool:
    """Whether a cue with no one named before it in its part of the clause ("Said she's fine",
    "Baby Leo: alert, feeding well, good eye contact") is about the child: the child is the last
    one named, in the clause or its heading or before it, and no adult is named in between."""
    kinds = [note.kinds[t][0] for t in tokens(c.low[:start]) if t in note.kinds]
    if "a" in kinds and _ADULT_SUBJECT.search(c.low, 0, start):
        # an adult before it who is no one's object or owner ("1 room w/ mum, sleeps in ...")
        return False
    if "c" in kinds or first_before == "c":
        return True
    heading = c.sent.heading
    if heading and any(note.kinds.get(t, ("",))[0] == "c" for t in tokens(heading.lower())):
        return True
    # no one named yet, just after "seen alone" ("seen alone - said dad hits mum"): the one seen
    return not first_before and _seen_just_before(note, c)


_SEEN = re.compile(r"\b(?:seen|spoken to|spoke to (?:him|her|them) )(?: alone| on (?:his|her|their) own| by (?:sw|me|us))?\W*$")


def _seen_just_before(note: Note, c: Clause) -> bool:
    """Whether the clause before `c` ends with the child seen ("seen alone", "spoken to alone")."""
    clauses = note.clauses
    for i, x in enumerate(clauses):
        if x is c:
            return i > 0 and _SEEN.search(clauses[i - 1].low) is not None
    return False


# A form's own questions ("Is it working? Partly. ...", "What does the child say? 'I like ...'"):
# asked of every child alike, they are labels, not the manager's challenge nor the child's voice.
# Two such make a form; a question with a word of this case in it ("What would tell us dad has
# stopped?") is the manager's own.
_FORM_WORDS = frozenset(
    """
    what what's whats is it it's the a an of for in on to by and or be been being has have had do does did will would
    how who why where which when are was were there any this that these those our us we my your you their his her
    plan plans working work worked well going things thing change changed changes changing needs need difference
    made make child children child's children's young person yp say says said think thinks feel feels want wants
    wishes feelings views view voice life like day worried worries worry concerns concern about next steps step
    happen happening happened done support help outcome outcomes goal goals target targets progress timescale
    timescales agreed actions action decision decisions analysis reflection impact lived experience current
    situation summary update risk risks safe safety strengths strength so far since last supervision review
    else other anything better different now
    """.split()
)


def form_questions(note: Note) -> frozenset[str]:
    """The note's questions made only of a form's words, when it has two or more (else none)."""
    got = note.extra.get("form_q")
    if got is None:
        found: set[str] = set()
        if "?" in note.low_all:
            for x in note.sentences:
                q = x.low.strip()
                if q.endswith("?") and len(q) <= 70:
                    words = tokens(q)
                    if words and len(words) <= 10 and _FORM_WORDS.issuperset(words):
                        found.add(q)
        got = note.extra["form_q"] = frozenset(found) if len(found) >= 2 else frozenset()
    return got


def is_form_question(note: Note, sent: Sentence) -> bool:
    return sent.low.endswith("?") and sent.low.strip() in form_questions(note)


def cue_hits(note: Note, table: int, hits: list[Hit], decision_like: set[int] | None = None,
             skip=None) -> None:
    """`skip(clause, start, end)`, when given, is the criterion's own guard: True drops the match."""
    quote = LIVED.quote_cue if table == T_LIVED else None
    box = _BOX_OF_TABLE[table]
    prev_first = ""
    for c, per_table in zip(note.clauses, note_cue_matches(note)):
        first_before, prev_first = prev_first, c.first or prev_first
        found = per_table[table]
        if found and "?" in c.low and is_form_question(note, c.sent):
            continue
        if quote is not None and ("'" in c.low or '"' in c.low):
            found = list(found)
            found.extend((m.start(), m.end(), quote[1], quote[2]) for m in quote[0].finditer(c.low))
        if not found:
            continue
        for start, end, w, flags in found:
            if skip is not None and skip(c, start, end):
                continue
            if flags:
                if "x" in flags and (c.action or (decision_like and c.sidx in decision_like)):
                    continue
                if ("n" in flags or (table == T_LIVED and "c" in flags)) and negated(c.low, start, end):
                    continue  # "her wishes and feelings are not known"
                if "c" in flags:
                    who = subject_kind(note, c, start)
                    if who != "c" and not (
                        # what they say is a child's ("mummy has sleepy days"), or no one is named
                        # before it and the last one named was the child ("Seen at school. Said ...")
                        (table == T_LIVED and ('"' in c.low or "'" in c.low) and _CHILD_WORDS.search(c.low))
                        or (not who and _SUBJECT_LEFT_OUT.search(c.low, 0, start)
                            and _left_out_is_child(note, c, start, first_before))
                    ):
                        continue
                if "q" in flags and not (
                    (c.has_child and c.first != "a")
                    # no one named in its clause, just after one about the child: "Finley (5) -
                    # nursery: 'no more hiding under the table'"
                    or (table == T_LIVED and first_before == "c" and end - start > 12
                        and c.sent.section not in ("decisions", "actions")
                        and ((not c.has_adult and not c.has_child and c.low[:start].rstrip().endswith(":"))
                             # the quote opens its clause, just after the child: 'Riley, 16. "I'd
                             # rather be in Walsall than at home with him"' (its "I" is the child's)
                             or not c.low[:start].strip()))
                ):
                    continue
                if "b" in flags and c.n_tokens <= 4 and len(c.sent.low.split()) <= 4:
                    w = 0.3  # bare: "Risk: high - CSE.", "Risks: exploitation." name a category
                if "k" in flags:
                    before = c.low[max(0, start - 30) : start]
                    if _STOPPED.search(before):
                        continue  # "stopped going missing" is a change, not a danger
                    if before.rfind("(") > before.rfind(")") or _CATEGORY.search(before):
                        w = 0.3
            if w < 0.6 and table == T_LIVED and (_TOKENISTIC.search(c.sent.low) or _WELLBEING.search(c.sent.low)
                                                 or _NO_CONCERNS.search(c.sent.low)):
                continue
            if c.sent.section == box:
                w += BOX_HINT
            hits.append((w, c.sent))


# The five tables live with their criteria (reflection.py ... challenge.py), which use the
# functions above: imported last, once those exist (the package imports this module first).
from .reflection import REFLECTION
from .lived import LIVED
from .impact import IMPACT
from .risk import RISK
from .challenge import CHALLENGE  # noqa: E402

CUE_TABLES = (REFLECTION, LIVED, IMPACT, RISK, CHALLENGE)
_DISPATCH, _RUN, _CUE_INFO = _build_dispatch()
_CUE_KEYS = frozenset(_DISPATCH)
_RUN_KEYS = frozenset(_RUN)
