"""The per-criterion detectors.

Each detector reads prepared clauses (see `prepare`) and returns hits: (weight, sentence).
A cue is a pattern with a weight; what makes the checker honest is the guards around it:

- a clause that only names or ticks a section ("risk discussed", "impact: considered") is
  filler and is never read (text.is_filler);
- a negation just before a cue ("the child was not seen", "no risk analysis") cancels it,
  except where the negation is itself the finding ("no longer missing", "no change for Z");
- lived experience needs the child to be the one speaking, feeling or doing;
- impact needs the change to be the child's, not a parent's or a professional's;
- a decision needs its reason, an action both an owner and a timescale.

All patterns compile once at import; each criterion has a set of trigger words so that its
patterns only run on clauses that could match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain as _chain

from .lexicon import ADULT_NOUNS, CHILD_NOUNS, LETTER_PRONOUNS, NOT_NAMES, OWNER, TIMESCALE
from .anchors import Finder, first_words, prefix_starts as _prefix_starts, word_starts as _word_starts
from .text import DOTTED_INITIALS, Sentence, is_filler

_TOKEN = re.compile(r"[a-z0-9]+")
_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|other|more|some|many|all|own|no) "
    r"(?:other )?(?:children|kids|cases|babies)\b"
)
_NEG = re.compile(
    r"\b(?:no|not|never|nil|none|without|cannot|unable|failed|neither|nor|nobody|nothing)\b|n't\b"
)
_NEG_EXEMPT = re.compile(r"\b(?:no longer|not only|not just|no more than|never again)\b")
_NEG_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:was |were |has |have |is |are |had )?(?:not|never) (?:yet )?(?:been )?"
    r"(?:done|completed|undertaken|explored|discussed|considered|updated|recorded|seen|identified|"
    r"evidenced|possible|available|analysed|assessed|clear|known|captured|made)\b"
)


def negated(low: str, start: int, end: int) -> bool:
    """A negation within the four words before the cue, or "X not done" straight after."""
    before = low[max(0, start - 40) : start]
    words = before.split()[-4:]
    window = " ".join(words)
    if window and _NEG.search(window) and not _NEG_EXEMPT.search(window + " " + low[start:end]):
        # a sentence boundary inside the window ends the negation's reach
        return True
    return bool(_NEG_AFTER.match(low[end : end + 50]))


# --- preparing a note ------------------------------------------------------------------------


@dataclass(slots=True)
class Clause:
    low: str
    toks: frozenset[str]
    n_tokens: int
    sent: Sentence
    sidx: int
    carried: tuple  # who pronouns point at when this clause starts: _Refs(*carried)
    first: str  # first referent kind in the clause
    has_child: bool
    has_adult: bool
    action: bool = False
    first_pronoun: bool = False  # an owner is given something to do
    owner_pos: int = -1  # where the owner starts when `action` (see _owner_at)
    src_is_low: bool = True  # no "two children" phrase was blanked out of the tokens
    people: list | None = None  # (start, end, kind) of its people, filled by subject_kind
    starts: dict | None = None  # word -> where it starts as a whole word (see anchors.word_starts)
    first_passing: bool = False  # the first person is a professional named in passing ("HV check")


@dataclass(slots=True)
class Note:
    sentences: list[Sentence]
    clauses: list[Clause]
    names: frozenset[str]
    letter: bool
    kinds: dict[str, tuple[str, str]]
    words: int = 0  # content words outside filler
    extra: dict = field(default_factory=dict)
    low_all: str = ""  # the whole note, lower-cased


# token -> (kind, gender): kind 'c' child, 'a' adult, 'p' pronoun; gender 'm', 'f', 's'
# (singular, unknown), 'p' (plural). Pronouns carry the gender they look back for.
_FEMALE = frozenset(
    "mum mums mummy mother mom nan nana nanna gran granny grandma grandmother aunt auntie aunty "
    "stepmum stepmother girlfriend woman midwife girl daughter sister".split()
)
_MALE = frozenset(
    "dad dads daddy father stepdad stepfather uncle grandad grandpa grandfather boyfriend man boy son "
    "brother".split()
)
_PLURAL = frozenset(
    "parents carers grandparents staff police we us our adults professionals workers teachers men "
    "women officers gps sws tms children kids babies twins siblings boys girls sons daughters "
    "infants toddlers youngsters yps".split()
)
_BASE_KINDS: dict[str, tuple[str, str]] = {}
for _w in CHILD_NOUNS:
    _BASE_KINDS[_w] = ("c", "p" if _w in _PLURAL else ("f" if _w in _FEMALE else ("m" if _w in _MALE else "s")))
for _w in ADULT_NOUNS:
    _BASE_KINDS[_w] = ("a", "p" if _w in _PLURAL else ("f" if _w in _FEMALE else ("m" if _w in _MALE else "s")))
_PASSING = frozenset(
    "hv gp gps teacher teachers staff police nurse midwife therapist practitioner practitioners "
    "professional professionals keyworker fsw pa iro chair senco dsl headteacher head psychologist "
    "paediatrician consultant doctor cafcass guardian solicitor officer officers worker workers "
    "manager managers i we me us my our sm".split()
)
for _w in _PASSING:
    _BASE_KINDS[_w] = ("a", "x")
for _w in ("sw", "tm", "sws", "tms"):
    _BASE_KINDS[_w] = ("a", "t")
for _w in ("he", "him", "his", "himself"):
    _BASE_KINDS[_w] = ("p", "m")
for _w in ("she", "her", "hers", "herself"):
    _BASE_KINDS[_w] = ("p", "f")
for _w in ("they", "them", "their", "themselves"):
    _BASE_KINDS[_w] = ("p", "p")


class _Refs:
    """Who the last man, woman, single person and group mentioned were (for pronouns)."""

    __slots__ = ("m", "f", "p", "saved", "age")

    def __init__(self, m: str = "", f: str = "", p: str = "", saved=None, age: int = 0):
        self.m, self.f, self.p, self.saved, self.age = m, f, p, saved, age

    def copy(self) -> "_Refs":
        return _Refs(self.m, self.f, self.p, self.saved, self.age)

    def new_sentence(self) -> None:
        """The worker or manager stays "she" for the next sentence, then the family returns."""
        if self.saved is not None:
            self.age += 1
            if self.age > 1:
                self.m, self.f = self.saved
                self.saved = None

    def feed(self, kind: str, gender: str) -> str:
        """Record a mention; return the kind it refers to ('' when unresolved)."""
        if kind == "p":
            if gender == "m":
                return self.m
            if gender == "f":
                return self.f
            return self.p or ""
        if gender == "x":
            return kind  # a professional named in passing: "HV weighed her" is still the child
        if gender == "t":
            # the worker or manager (SW, TM): "SW said she feels..." for a sentence or two
            if self.saved is None:
                self.saved = (self.m, self.f)
            self.age = 0
            self.m = self.f = kind
            return kind
        self.saved = None
        if gender == "m":
            self.m = kind
        elif gender == "f":
            self.f = kind
        elif gender == "s":
            self.m = self.f = kind
        else:
            self.p = kind
        return kind

_OWNER_TO = re.compile(
    r"(?:^|[:;,\-(&/] *|\b(?:and|that|then|also|so|agreed|actions?|next steps?|step|plan|decision|"
    r"outcome|tasks?|todo):? |^(?:by|before|within) [a-z0-9/ ]{1,20}?,? )"
    rf"(?P<owner>{OWNER}(?: and {OWNER})?) (?:to|will|is to|are to|(?:has |have )?agreed to|should|must|"
    r"needs? to|is going to|are going to|plans? to|'ll|can) (?!be\b|have been\b|not\b)[a-z]+"
)
# "\b[A-Z]" written as "[A-Z](?<!\w[A-Z])" (the same matches): a pattern that opens with a
# character class lets the regex engine skip straight to the capitals
_NAMED_TO = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+) (?:to|will|is to|agreed to) "
    # "to his uncle", "to police": a place or person it goes to, not something to do
    r"(?!be\b|not\b|(?:his|her|their|the|a|an|my|our|your|him|them|me|us|police|school|college|nursery|"
    r"work|bed|church|hospital|court|home)\b)[a-z]+"
)
_CALENDAR = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
_NAME_STOP = frozenset(
    """
    decision decisions review plan case visit visits contact actions action referral next this
    it need agreed continue request progress family home there what that they he she we i
    voice risk update analysis reflection impact challenge outcome meeting assessment work
    school nursery college health education police dad mum carers carer parents court
    legal panel conference strategy core group letter support direct also then and but
    someone somebody anyone anybody everyone everybody nobody
    """.split()
)


def _note_names(text: str, extra: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    if "(" in text:
        for m in _NAME_AGE.finditer(text):
            if m.start() == 0 or not text[m.start() - 1].isalpha():
                names.add(m.group(1).lower())
        for m in _NAME_LIST.finditer(text):
            names.add(m.group(1).lower())
    if "(" in text and text.islower():
        # a note typed without capitals: "kyle (7)"
        for m in _NAME_AGE_LOWER.finditer(text):
            n = m.group(1)
            if n not in _COMMON_CAPS and n not in _NAME_STOP and n not in _BASE_KINDS:
                names.add(n)
    m0 = _NAME_OPENING.match(text)
    if m0:
        names.add(m0.group(1).lower())
    if "Baby " in text:
        names.update(m.group(1).lower() for m in _NAME_BABY.finditer(text) if m.group(1))
    if text.lstrip().startswith("Dear "):
        m = _NAME_DEAR.match(text.lstrip())
        if m:
            names.add(m.group(1).lower())
    if ":" in text:
        names.update(m.group(1).lower() for m in _NAME_FIELD.finditer(text))
    if "." in text:
        # "A.B. (9)", "Z.Z. wasn't seen": dotted initials are a person; the child unless a role
        for m in DOTTED_INITIALS.finditer(text):
            if m.group(0).isupper():
                names.add("".join(g for g in m.groups() if g).lower())
    for m in _INITIALS_NAME.finditer(text):
        if m.group(1).lower() not in _ACRONYMS:
            names.add(m.group(1).lower())
    if not names:
        # no "Name (age)" introduction: a capitalised name that speaks, feels or is described
        # ("Fern told SW", "Kofi is") is the child, unless it is named as a professional
        low = None
        for m in _chain(_NAME_SUBJECT.finditer(text), _NAME_AFFECTED.finditer(text)):
            n = m.group(1).lower()
            if n in _NAME_STOP or n in _BASE_KINDS or n in _COMMON_CAPS:
                continue
            if low is None:
                low = text.lower()
            if _named_as_professional(low, n):
                continue
            names.add(n)
    for e in extra:
        for part in _NON_ALPHA.split(e):
            if part:
                names.add(part.lower())
        joined = _NON_ALPHA.sub("", e).lower()
        if joined:
            names.add(joined)
    return {n for n in names if n not in NOT_NAMES and n not in ADULT_NOUNS}


_NON_ALPHA = re.compile(r"[^A-Za-z]+")
_TITLES = ("social worker", "worker", "manager", "dr", "mr", "mrs", "ms", "miss")  # anywhere
_TITLES_WORD = ("sw", "pa", "tm", "iro")  # only as whole words
_ROLE_AFTER = (" (sw)", " (tm)", " (pa)", " (iro)", " (hv)", " (your social worker", " (your sw", " (your iro",
               " (your pa", " (your worker", " (your personal adviser", " (social worker", ", your social worker")


def _is_w(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _named_as_professional(low: str, n: str) -> bool:
    r"""Whether `low` names `n` as a professional: the matches of

        (?:social worker|\bsw|\bpa|worker|\btm|manager|\biro|dr|mr|mrs|ms|miss) {n}\b
        | \b{n} \((?:sw|tm|pa|iro|hv)\)

    checked at each occurrence of the name (`n` is letters only) instead of by a regex that
    is built per name and scans the whole note.
    """
    size, end = len(n), len(low)
    i = low.find(n)
    while i >= 0:
        j = i + size
        if j == end or not _is_w(low[j]):  # " {n}\b": a title just before
            if i > 0 and low[i - 1] == " ":
                before = low[: i - 1]
                if before.endswith(_TITLES):
                    return True
                for t in _TITLES_WORD:
                    if before.endswith(t) and (len(before) == len(t) or not _is_w(before[-len(t) - 1])):
                        return True
        if (i == 0 or not _is_w(low[i - 1])) and low.startswith(_ROLE_AFTER, j):  # "\b{n} (sw)"
            return True
        i = low.find(n, i + 1)
    return False


_NAME_AGE = re.compile(
    # "Ellie-May (9)": a double-barrelled name is known by its first part
    r"([A-Z][a-z]*)(?:-[A-Z][a-z]+)?\s*\(\s*(?:aged?\s*)?(?:\d|unborn|newborn|baby|\d+\s*(?:m|mths|months|weeks|wks|yrs?)\b)"
)
_NAME_OPENING = re.compile(r"\s*([A-Z][a-z]{2,15}),? (?:aged? )?\d{1,2}(?: ?(?:yrs?|years|y/o|yo))?,? (?:[A-Z]{2,4}\b|\()")
_NAME_AGE_LOWER = re.compile(r"\b([a-z]{3,15}) ?\( ?(?:aged? ?)?\d{1,2} ?(?:yrs?|years|y/o)?\)")
_NAME_LIST = re.compile(r"[(,] ?([A-Z][a-z]+),? (?:aged )?\d{1,2}\s*(?:yrs?|years)?(?=[,)])")
_NAME_SUBJECT = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]{1,15})(?:'s)? (?:told|tells|says|said|wants|wanted|feels|felt|explained|described|"
    r"is|was|has|hid|hides|cries|cried|drew|chose|asked|likes|loves|misses|keeps|goes|went|sleeps|refuses|"
    r"shrugged|smiled|laughed|screamed|ran|plays|played|seemed|seems|looked|looks|became|spoke|talked|"
    r"stayed|stays|spends|spent)\b"
)
# "made no difference to Luca", "what has changed for Ava"
_NAME_AFFECTED = re.compile(r"(?:difference|changed?|better|worse|safer) (?:to|for) ([A-Z](?<!\w[A-Z])[a-z]{1,15})\b(?!')")
_COMMON_CAPS = frozenset(
    "the this that there then she he they it we i you our their his her school nursery college "
    "police health education mum dad nan gran everyone nobody someone everything nothing what "
    "when where why how who today yesterday monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november december "
    "risk impact voice plan decision action actions progress update analysis reflection case "
    "contact home visit family child children baby staff carer carers worker social team "
    "council court panel conference meeting review hospital gp camhs also but and so if".split()
)
# "TK seen", "RD (6)", "MR is": capitals that act as a person are the child's initials, unless
# they are one of the services and roles a note abbreviates
_INITIALS_NAME = re.compile(
    r"\b([A-Z]{2,3})\b(?= ?\(\d| (?:aged? \d|seen|was|is|has|had|said|says|told|tells|wants|wanted|feels|felt|"
    r"explained|described|hid|hides|cries|cried|drew|likes|loves|misses|goes|went|sleeps|refuses|seemed|"
    r"seems|looked|looks|became|spoke|talked|stayed|stays|came|attends|attended)\b)"
)
_ACRONYMS = frozenset(
    """
    sw tm hv gp da dv cp cin plo ot icpc rcpc nrm ce cce cse iro pa lac cla sgo fgc ehcp sen dsl yp uasc
    ehc nhs cps mash ss ssw asw fsw sdq adhd asd idva marac mappa dbs bmi epds isw pe pep aa na eh tac
    cic ldo lado rhi rhw yot yos ypo vs ap psw hos asye mgm mgf pgm pgf gm gf sm ic iso cahms camhs fgm
    ict dol sgo ks cp1 ftt ae ed icu oos bme qa ofsted ccg la ofs ri
    """.split()
)
_NAME_BABY = re.compile(r"Baby ([A-Z][a-z]*)\b")
_NAME_DEAR = re.compile(r"Dear ([A-Z][a-z]+)")
_NAME_FIELD = re.compile(r"(?:Child|Young person|YP|Name|Re)\s*:\s*([A-Z][a-z]*)")
_LETTER = re.compile(
    r"^\s*(?:dear|hi|hello|to) [a-z]+|\b(?:talked|spoke|thought|talk|think) about you\b|\byour social worker\b"
)


_GENDERED = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b")


def _guess_gender(low: str, name: str) -> str:
    """'m'/'f' from the first gendered pronoun after the name's first mention, else 's'."""
    i = low.find(name)
    while i >= 0 and ((i > 0 and low[i - 1].isalnum()) or (i + len(name) < len(low) and low[i + len(name)].isalnum())):
        i = low.find(name, i + 1)
    if i < 0:
        return "s"
    m = _GENDERED.search(low, i + len(name), i + len(name) + 200)
    if not m:
        return "s"
    return "m" if m.group(1) else "f"


_FOSTER_THINGS = frozenset("placement placements home homes care family families placed".split())


def _foster_as_kind(toks: list[str]) -> list[str]:
    """"a new foster placement": a kind of placement, not a person who then becomes "he"."""
    return [t for i, t in enumerate(toks) if not (t == "foster" and i + 1 < len(toks) and toks[i + 1] in _FOSTER_THINGS)]


def prepare(sentences: list[Sentence], text: str, extra_names: tuple[str, ...] = ()) -> Note:
    """Split sentences into clauses and tag who each clause is about."""
    low_all = text.lower()
    names = frozenset(_note_names(text, extra_names))
    head = low_all[:400]
    letter = ("you" in head) and bool(_LETTER.search(head))
    kinds = dict(_BASE_KINDS)
    for n in names:
        kinds[n] = ("c", _guess_gender(low_all, n))
    if letter:
        for w in LETTER_PRONOUNS:
            kinds[w] = ("c", "s")
    clauses: list[Clause] = []
    start = "c"  # a "he" or "she" with no one named before is, in a note about a child, the child
    refs = _Refs(start, start, "")
    words = 0
    get = kinds.get
    feed = refs.feed
    for sidx, s in enumerate(sentences):
        refs.new_sentence()
        if s.heading:
            # "What has changed for Amira:" names who the section is about
            for t in _TOKEN.findall(s.heading.lower()):
                k = get(t)
                if k is not None and k[0] != "p":
                    refs.feed(*k)
        if s.filler:
            continue
        words += len(s.text.split())
        child_section = s.section in ("impact", "lived_experience")
        for low in s.clauses:
            src = _counted(low)
            toks = _TOKEN.findall(src)
            if "foster" in toks:
                toks = _foster_as_kind(toks)
            carried = (refs.m, refs.f, refs.p, refs.saved, refs.age)  # read only if asked
            first = ""
            first_p = first_x = False
            has_c = has_a = False
            people = [get(t) for t in toks if t in kinds]
            if "s" in toks or not _WORKER_TOKS.isdisjoint(toks):
                people = _people_in_order(toks, kinds)
            for k in people:
                kind = feed(k[0], k[1])
                if not first:
                    if k[0] == "p":
                        first_p = True
                        if child_section:
                            kind = "c"  # "she" opening a clause in the child's sections
                    if not kind:
                        continue
                    first = kind
                    first_x = k[1] == "x"
                elif not kind:
                    continue
                if kind == "c":
                    has_c = True
                else:
                    has_a = True
            ftoks = frozenset(toks)
            at = _owner_at(low, ftoks)
            same = src is low or src == low
            clauses.append(
                Clause(low, ftoks, len(toks), s, sidx, carried, first, has_c, has_a,
                       at >= 0, first_p, at, same, first_passing=first_x)
            )
    return Note(sentences, clauses, names, letter, kinds, words, low_all=low_all)


# "told SW", "asked the TM": the worker as the object of a verb, so "he" after it is still the child
_WORKER_TOKS = frozenset("sw tm sws tms".split())
_OBJECT_BEFORE = frozenset(
    "told tells tell asked asks ask showed shows show gave gives give with to by for from at and "
    "helped helps called rang phoned emailed texted met meets the".split()
)


def _as_read(k: tuple[str, str], word_before: str, owned: bool) -> tuple[str, str]:
    """A person word as a later "he" or "she" reads it. Named in passing, so not the one they
    mean: a worker just after a verb or preposition ("told SW"), and an adult owner ("moved to
    nan's"; "K's attendance" stays K's)."""
    if k[1] == "t":
        return (k[0], "x") if word_before in _OBJECT_BEFORE else k
    if owned and k[0] == "a" and k[1] in "mfs":
        return (k[0], "x")
    return k


def _people_in_order(toks: list[str], kinds: dict) -> list:
    """The clause's person words in order, as `_as_read` reads them ("nan's" is "nan", "s")."""
    last = len(toks) - 1
    return [
        _as_read(kinds[toks[i]], toks[i - 1] if i else "", i < last and toks[i + 1] == "s")
        for i in [i for i, t in enumerate(toks) if t in kinds]
    ]


_OWNER_TOKS = frozenset(
    "sw tm iro pa hv gp senco fsw ssw sm dsl ap psw eh i we school nursery college carer carers "
    "mum dad mother father parent parents health police camhs cafcass midwife social team manager "
    "family support youth key allocated keyworker chair ldo lado virtual vs head headteacher teacher "
    "nurse gran nan grandparents grandparent aunt uncle foster residential staff home panel legal "
    "solicitor service duty student asye hos worker kinship the".split()
)
_OWNER_VERBS = frozenset("to will should must need needs going plans plan ll can agreed".split())


def _owner_at(low: str, toks: frozenset[str] | None = None) -> int:
    """Where an owner is given something to do in the clause (-1 if nowhere).

    The owner must lead its clause ("SW to visit", "Actions: TM to book", "agreed that mum
    will"), so that "SW texted mum to arrange a visit" is not an action for mum.
    """
    if toks is not None and (_OWNER_TOKS.isdisjoint(toks) or _OWNER_VERBS.isdisjoint(toks)):
        return -1
    m = _OWNER_TO.search(low)
    return m.start("owner") if m else -1


def _counted(low: str) -> str:
    if "children" in low or "kids" in low or "cases" in low or "babies" in low:
        return _COUNTED.sub(" ", low)
    return low


def _token_starts(low: str, t: str) -> list[int]:
    """Where `t` occurs as a whole token of `low` (a maximal run of [a-z0-9], as _TOKEN reads)."""
    out = []
    n, end = len(t), len(low)
    find = low.find
    i = find(t)
    while i >= 0:
        j = i + n
        if (i == 0 or low[i - 1] not in _TOKEN_CHARS) and (j == end or low[j] not in _TOKEN_CHARS):
            out.append(i)
            i = find(t, j)
        else:
            i = find(t, i + 1)
    return out


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


_PREV_WORD = re.compile(r"([a-z0-9]+)[^a-z0-9]*$")


_NOT_SUBJECT = frozenset(("his", "her", "their", "him", "them", "its"))


def subject_kind(note: Note, clause: Clause, pos: int, explicit: bool = False) -> str:
    """The kind of the nearest person mentioned before `pos` in the clause ('' if none).

    With `explicit`, a pronoun that resolved to an adult does not count as an adult subject
    (pronouns are where this reading is least sure); only a named adult does.
    """
    low = clause.low
    if clause.src_is_low and (pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] == "_")):
        # the same reading from the clause's people, found once (no "two children" was
        # blanked out, and `pos` starts a word, so no token or phrase straddles it)
        people = clause.people
        if people is None:
            # where the clause's person words sit (its tokens are those of `low` here)
            kinds = note.kinds
            people = []
            for t in [t for t in clause.toks if t in kinds]:
                k, n = kinds[t], len(t)
                if k[1] == "t" or (k[0] == "a" and "'s" in low):
                    for st in _token_starts(low, t):
                        prev = _PREV_WORD.search(low, 0, st) if k[1] == "t" else None
                        people.append((st, st + n, _as_read(k, prev.group(1) if prev else "", low.startswith("'s", st + n))))
                    continue
                people.extend((st, st + n, k) for st in _token_starts(low, t))
            people.sort()
            clause.people = people
        refs = _Refs(*clause.carried)
        cut = max(low.rfind(",", 0, pos), low.rfind(":", 0, pos), low.rfind(" and ", 0, pos),
                  low.rfind(" but ", 0, pos), low.rfind(" which ", 0, pos), low.rfind(" while ", 0, pos),
                  low.rfind(" because ", 0, pos))
        lo = 0
        if cut > 0:
            for _s, e, k in people:
                if e > cut:
                    break
                refs.feed(*k)
            lo = cut
        found = ""
        child_section = clause.sent.section in ("impact", "lived_experience")
        first = True
        for st, e, k in people:
            if st < lo:
                continue
            if e > pos:
                break
            kind = refs.feed(*k)
            if k[0] == "p" and first and child_section:
                kind = "c"
            first = False
            if kind:
                found = "" if (explicit and k[0] == "p" and kind == "a") else kind
        if not found and cut > 0 and low[cut:pos] == " and ":
            # "Holly has missed school and told mum ...": the verb shares the subject before "and",
            # the last person there who is not an owner ("her partner") or an object ("told mum")
            refs = _Refs(*clause.carried)
            subject = ""
            for st, e, k in people:
                if e > cut:
                    break
                kind = refs.feed(*k)
                if not kind or low[st:e] in _NOT_SUBJECT:
                    continue
                prev = _PREV_WORD.search(low, 0, st)
                if prev is None or prev.group(1) not in _OBJECT_BEFORE:
                    subject = "" if (explicit and k[0] == "p" and kind == "a") else kind
            return subject
        return found
    before = _counted(low[:pos])
    refs = _Refs(*clause.carried)
    cut = max(before.rfind(","), before.rfind(":"), before.rfind(" and "), before.rfind(" but "),
              before.rfind(" which "), before.rfind(" while "), before.rfind(" because "))
    if cut > 0:
        # feed the earlier part for pronoun resolution, but look for the subject only after it
        for k in _people_in_order(_TOKEN.findall(before[:cut]), note.kinds):
            refs.feed(*k)
        before = before[cut:]
    toks = _TOKEN.findall(before)
    found = ""
    child_section = clause.sent.section in ("impact", "lived_experience")
    first = True
    for k in _people_in_order(toks, note.kinds):
        kind = refs.feed(*k)
        if k[0] == "p" and first and child_section:
            kind = "c"
        first = False
        if kind:
            found = "" if (explicit and k[0] == "p" and kind == "a") else kind
    return found


# --- cue tables ------------------------------------------------------------------------------


_FIRST_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ly", "ure", "ion", "ation", "er", "ers", "ment", "ive", "ity", "ities")


class Cues:
    """A criterion's cues, each run only on clauses that contain one of its trigger words.

    A cue is (alternatives, weight, flags, triggers). `alternatives` is a list of regex
    alternatives that each start with a literal word (their first words are the triggers) or
    one pattern string with its trigger words given. Checking trigger words against a clause's
    token set is what keeps a 150-word note well under a millisecond. The five tables are
    matched together, one clause at a time, by `clause_cue_matches`.
    """

    def __init__(self, cues: list[tuple[list[str] | str, float, str, str | None]]):
        self.cues: list[tuple[re.Pattern[str], float, str]] = []
        index: dict[str, list[int]] = {}
        self.words: dict[str, tuple[re.Pattern[str], float, str]] = {}
        i = 0
        for alts, weight, flags, triggers in cues:
            if isinstance(alts, list):
                # single words are looked up in the clause's token set; phrases share one regex
                for a in alts:
                    if a.isalpha() and a not in self.words:
                        self.words[a] = (re.compile(rf"\b{a}\b"), weight, flags)
                alts = [a for a in alts if not a.isalpha()]
                if not alts:
                    continue
                pattern = r"\b(?:" + "|".join(alts) + r")\b"
                trig = set()
                for a in alts:
                    m = _FIRST_WORD.match(a)
                    if not m:
                        continue
                    w, nxt = m.group(0), a[m.end() : m.end() + 1]
                    trig.add(w)
                    if nxt == "?":  # "concerns?" also triggers on "concern"
                        trig.add(w[:-1])
                    elif nxt and nxt in "(\\[*+":  # "reach(?:es|ed)", "redirect\\w*"
                        trig.update(w + suf for suf in _SUFFIXES)
            else:
                pattern = alts
                trig = set()
            if triggers:
                trig |= set(triggers.split())
            self.cues.append((re.compile(pattern), weight, flags))
            for t in trig:
                index.setdefault(t, []).append(i)
            i += 1
        self.index = {t: tuple(v) for t, v in index.items()}
        # the words each cue can start with (None: scan the clause); see anchors.py
        self.anchors = [first_words(rx.pattern) for rx, _, _ in self.cues]


def _words(s: str) -> list[str]:
    return s.split()


# flags: n = a negation before cancels it; c = the child must be the subject; x = ignored in
# clauses that are actions or decisions (where "because"/"rather than" are not analysis);
# q = a quotation, counted when the clause is about the child; k = a harm word, weak when it
# only names the plan's category ("CP (neglect)"); b = weak in a bare sentence of four words or fewer.

# "the review may be moved": arrangements, not a reading of what is happening
_LOGISTICS = (
    r"(?:cancelled|moved|delayed|rearranged|postponed|booked|needed|required|offered|held|closed|"
    r"allocated|sent|done|completed|invited|contacted|visited|late|ready|available|able|possible)\b"
)

REFLECTION = Cues(
    [
        (r"\b(?:i|we)(?:'ve|'d)? (?:do |still |now |also |really |genuinely |strongly |then |both |all )?"
         r"(?:think|believe|wonder|wondered|suspect|suspected|thought|hypothesi[sz]ed?|reckon|"
         r"feel that|felt that|sense that|would argue|would suggest|judge|consider that|"
         r"am (?:not )?sure|'m not sure|are not sure|can see that|(?:have )?been (?:measuring|hearing|"
         r"focusing|looking|accepting|assuming|treating|seeing|counting|chasing|watching)|have (?:measured|focused|assumed|accepted|"
         r"looked at|missed|overlooked|underestimated|overestimated))\b"
         r"|\b(?:i|we) (?:do not|don't|didn't|did not) (?:think|believe)\b", 0.8, "",
         "i we"),
        (r"\b(?:my|our) (?:sense|view|analysis|hypothesis|assessment|judgement|judgment|reading|"
         r"understanding|hunch|thinking|formulation|impression|working hypothesis|worry|concern)"
         r"(?: and (?:the )?[a-z]+'s)? (?:is|was|remains|here is|now is)\b", 0.8, "", "my our"),
        # a professional's judgement: "SW thinks the nightmares started when ..."
        (r"\b(?:sw|worker|keyworker|pa|iro|tm|hv) (?:also |still |now |really )?"
         r"(?:thinks|believes|suspects|wonders|reckons|feels that|felt that|thought|believed|suspected)\b",
         0.7, "", "thinks believes suspects wonders reckons feels felt thought believed suspected"),
        (r"\b(?:which|that|this) is (?:exactly |precisely |partly |probably |surely )?why\b", 0.65, "", "why"),
        (["at face value"], 0.65, "", None),
        (r"\btells? us (?:nothing|little|very little|something|a lot|much|more|less|that)\b"
         r"|\btold us (?:nothing|little|very little|something|a lot|much|more|less)\b", 0.65, "", "us"),
        (r"\b(?:could|might|may|can) (?:it|this|that) be (?:that|because|about|linked|a sign|related|connected)\b",
         0.65, "", "be"),
        (r"\bwhat (?:this|that|it|he|she|they) (?:tells|told|shows|showed|suggests|means|says about)\b"
         r"|\bwhat (?:i|we) (?:think|take from|learn|learned|learnt|make of|made of)\b", 0.8, "", "what"),
        (r"\b(?:this|that|it|which|these|both|all of this) (?:tells|told|shows|showed|suggests|"
         r"suggested|indicates|indicated|means|meant|implies|points to|is (?:a sign|telling|evidence))\b",
         0.7, "", "tells told shows showed suggests suggested indicates indicated means meant implies points sign telling"),
        (["suggests (?:that|to (?:me|us)|a|an|the|he|she|they|his|her|their|some|more|this|something)",
          "suggesting (?:that|to)", "indicates (?:that|to)", "indicating (?:that|to)", "implies"], 0.7, "", None),
        (["may (?:well |also |partly |in part |actually )?(?:be(?! " + _LOGISTICS + ")|have (?:been|become|felt|learned|learnt|seen)|reflect|mean|explain|indicate|stem|relate)",
          "might (?:well |also |partly |in part |actually )?(?:be(?! " + _LOGISTICS + ")|have (?:been|become|felt|learned|learnt|seen)|reflect|mean|explain|indicate|stem|relate)",
          "could (?:well |also |partly |in part |actually )?(?:be(?! " + _LOGISTICS + ")|have (?:been|become|felt|learned|learnt|seen)|reflect|mean|explain|indicate|stem|relate)",
          "perhaps", "possibly", "probably", "probable"], 0.6, "x", None),
        (r"\b(?:is|are|was|were|seems?|looks?|appears?) (?:most |more |very )?(?:likely|unlikely)\b"
         r"|\blikely (?:reason|cause|explanation|driver)\b|\bseems? to\b|\bappears? to\b|\blooks? like\b"
         r"|\blooks? to be\b|\bthe reason (?:for|why|is)\b|\bis because\b"
         r"|\bexplains?\b|\bunderlying\b|\bdriven by\b|\ba (?:sign|symptom|function|way) of\b"
         r"|\b(?:his|her|their) way of\b|\bin response to\b|\bmakes sense\b|\bsits behind\b"
         r"|\bbehind (?:his|her|their|this) (?:behaviour|anger|refusal|silence)\b", 0.6, "x",
         "likely unlikely seems seem appears appear looks look reason because explains explain "
         "underlying driven sign symptom function way response sense sits behind"),
        # inference and causal links; analysis even inside "we agreed ..." (no "x" flag). One cue
        # each, since a cue is tried at all its first words whenever one of its triggers is there.
        (r"\bsuggests [a-z]+ (?:is|are|was|were|has|have|may|might|could|will|would)\b", 0.6, "", "suggests"),
        (r"\b(?:which|this|that|it) (?:links?|is linked|connects?|relates?) (?:to|with|back to)\b"
         r"|\b(?:is|are|was|were|seems?|may be|might be|could be) (?:linked|connected|related) to\b", 0.6, "",
         "links link linked connects connect connected relates relate related"),
        (r"\b(?:is|are|was|were) not (?:really |just |only )?about\b", 0.6, "", "about"),
        (r"\b(?:reading|looking) (?:across|back over|back at) (?:the |his |her |their )?(?:chronology|history|file|records?)\b",
         0.6, "", "reading looking"),
        (r"\b(?:a|the|this|there is a|there's a) pattern (?:of|here|is|emerging|seems|suggests)\b", 0.6, "", "pattern"),
        (r"\b[a-z]+'s way of\b", 0.6, "", "way"),
        (r"\b(?:is|was|are|were) (?:more|less) about\b", 0.6, "", "about"),
        # weighing evidence, naming a known pattern, and what rests on what
        (r"\b(?<!there )(?:isn't|is not|aren't|are not|wasn't|was not|is no|are no) (?:real |good |enough |firm )?(?:evidence|proof) "
         r"(?:of|that|for)\b", 0.6, "", "evidence proof"),
        (r"\b(?:that|this|it)(?:'s| is| was) a (?:known|classic|common|recognised|recognized|typical|familiar) "
         r"(?:[a-z]+ ){0,2}?(?:pattern|sign|indicator|picture|presentation|tactic)\b", 0.6, "",
         "known classic common recognised recognized typical familiar"),
        (r"\bwill (?:most|very) likely\b", 0.6, "", "likely"),
        (r"\bin (?:my|our) (?:reading|view|opinion|judgement|judgment|assessment)\b", 0.7, "",
         "reading view opinion judgement judgment assessment"),
        # a link made, a view changed, a weighing: "Sam linked it to ...", "that changes how we see this"
        (r"\b(?:links?|linked|connects?|connected) (?:it|this|that|these|the [a-z]+) (?:to|with|back to)\b", 0.6, "",
         "link links linked connect connects connected"),
        (r"\b(?:changes?|changed) (?:how|the way) (?:we|i) (?:see|read|think about|understand)\b", 0.65, "",
         "change changes changed"),
        (r"\b(?:we|i) weighed (?:it|this|that|up|them)\b", 0.6, "", "weighed"),
        (r"\b(?:plan|arrangement|placement|safety|protection|everything|it all|this) rests? (?:entirely |wholly |only |"
         r"solely |completely |largely )?on\b", 0.6, "", "rests rest"),
        (r"\b(?:does not|doesn't|did not|didn't|does|did) (?:not )?(?:necessarily )?mean (?:that|he|she|they|it|we|mum|dad)\b",
         0.6, "", "mean"),
        (r"\b(?:look|looking|see|seeing) (?:at )?(?:it|this|that|things) (?:another|a different|a new) way\b"
         r"|\banother way (?:of|to) (?:look|see|read|understand)", 0.6, "", "way"),
        (r"\b(?:which|that|this|it) (?:pushes|pushed|drives|drove|leads|led|makes|made|keeps|kept) "
         r"(?:him|her|them|mum|dad|us|the child|[a-z]+) (?:to|into|away|from)\b", 0.6, "",
         "pushes pushed drives drove leads keeps kept"),
        (r"\b(?:happened|happens|started|began|broke down|breaks down|ended|ends|failed|fell apart) because\b",
         0.6, "x", "because"),
        (r"\b(?:would|will|could) tell us\b", 0.6, "", "tell"),
        # a worker's or manager's judgement, named as theirs: "SW's view, which I share, is that"
        (r"\b(?!(?:mum|dad|mother|father|paediatrician|doctor|gp|police|school|teacher|nan|gran|carers?|parents?|"
         r"hv|camhs|therapist|psychologist|consultant|solicitor|court|child|baby|family)'s)[a-z]+'s "
         r"(?:view|sense|analysis|hypothesis|assessment|judgement|judgment|reading|understanding|thinking)"
         r"(?:, [^,]{1,30},)? (?:is|was|remains) that\b", 0.7, "",
         "view sense analysis hypothesis assessment judgement judgment reading understanding thinking"),
        (r"\breally about\b|\bshows? how\b|\bbecause of (?:how|what|the way)\b|"
         r"\b(?:matters|is important|is significant|counts) because\b|"
         r"\b(?:main|real|biggest|underlying|actual) need is\b|\btends? to (?:focus|happen|come|show|be)\b|"
         r"\b(?:is|isn't|is not|was|wasn't) the (?:real )?test\b|\bthe (?:real )?test (?:is|will be|here)\b|"
         r"\b(?:his|her|their|the|a) triggers? (?:is|are|was|were|for)\b|\bis (?:his|her|their|the) trigger\b|"
         r"\b(?:worked|works|failed|fails|helped|helps) because\b|"
         r"\bsupports (?:it|this|that|the view|her view|his view)\b", 0.6, "",
         "really shows show because matters important significant counts need tends tend test trigger triggers supports"),
        (["rather than", "not because", "the real (?:issue|problem|worry|question)",
          "at the (?:heart|root) of"], 0.6, "x", "real heart root"),
        (r"\breflects? (?!on\b)|\breflecting (?!on\b)", 0.55, "x", "reflects reflect reflecting"),
        (["we (?:have )?learn(?:ed|t)", "i (?:have )?learn(?:ed|t)", "lesson (?:is|for)", "in hindsight"],
         0.7, "", "hindsight"),
        (r"\b(?:working )?hypothes[ie]s\b|\bformulation\b", 0.65, "n", "hypothesis hypotheses formulation"),
        # weighing what is not known: "we don't know yet if dad has really left"
        (r"\b(?:we|i) (?:still )?(?:don't|do not|can't|cannot|didn't|did not) (?:yet )?(?:know|tell|be sure)(?: yet)? "
         r"(?:if|whether|why)\b|\b(?:it's|it is|it remains|it's still|it is still) (?:not (?:yet )?clear|unclear) "
         r"(?:if|whether|why)\b", 0.6, "", "know tell sure clear unclear"),
        # a view given as a label: "Our view: ...", "SW's reading: ..."
        (r"\b(?:my|our|[a-z]+'s) (?:view|sense|analysis|hypothesis|reading|assessment|formulation|thinking) ?[:-] ", 0.7, "",
         "view sense analysis hypothesis reading assessment formulation thinking"),
        # one reading set against another: "it is trauma, not 'settling in'", "smaller, not safer"
        (r"\b(?:is|are|was|were|seems?|looks?) (?:[a-z'-]+ ){0,4}?[a-z'-]+, not (?:a |an |the |just |only )?'?[a-z]+"
         r"|\b(?:is|was) (?:exactly )?what (?:we|you|i) (?:would|might) expect\b", 0.55, "x", "not expect"),
        (["because", "which means", "as a result", "therefore", "that is why"], 0.4, "x", "result why"),
    ]
)

_SPEECH = _words(
    "said says say saying told tells telling explained explains described describes disclosed "
    "discloses shared shares asked asks wrote writes drew draws drawing chose chooses pointed "
    "signed showed shows talked talks spoke speaks mentioned mentions answered replied"
)
_FEEL = _words(
    "want wants wanted wanting wishes wished likes liked loves loved hates hated misses enjoys "
    "enjoyed prefers preferred feels felt feeling dreads dread dreaded longs"
)
_FEEL_ADJ = (
    "scared|frightened|afraid|worried|anxious|happy|sad|upset|angry|lonely|proud|excited|confused|"
    "nervous|embarrassed|ashamed|unhappy|withdrawn|distressed|tearful|overwhelmed|bored|jealous|"
    "guilty|relieved|terrified"
)
_VIVID = _words(
    "cried cries crying screamed screams screaming shouted shouts shouting swore swears hid hides "
    "punches punched punching unsettled "
    "hiding laughed laughs laughing giggled giggles giggling smiled smiles smiling clingy clung "
    "clings clinging withdrawn hitting hit hits kicked kicks kicking bit bites biting flinched "
    "flinches flinching flinch tantrum tantrums meltdown meltdowns rocks rocked rocking wets "
    "wetting soils soiled soiling cutting hungry starving scruffy unkempt babbling babbles "
    "babbled crawling crawls hoarding hoards nightmares nightmare froze freezes watchful "
    "hypervigilant cuddles cuddled cuddling pushed threw throws smashed refuses refused refusing "
    "avoids avoided avoiding distressed tearful steals stealing stole parentified protecting "
    "protects shrugged shrugs shrugging quietened grizzling grizzly chewing stared staring"
)
_VIVID_PHRASES = [
    "track(?:ed|s|ing) (?:sw's|her|his|mum's|dad's|the worker's|my|our) (?:face|eyes|voice)",
    "self-harm(?:s|ed|ing)?", "went (?:very )?(?:quiet|silent)", "goes (?:very )?(?:quiet|silent)",
    "go (?:quiet|silent)", "became (?:quiet|silent)", "kicks off", "kicked off", "wet (?:himself|herself|the bed)",
    "lined up", "lin(?:es|ing) up", "reach(?:es|ed|ing) (?:for|out)", "pulls to stand", "walked out", "ran (?:off|away|out)",
    "runs (?:off|away)", "stays? out", "stayed out", "eats alone", "bad dreams",
    "wakes? (?:up )?(?:at night|screaming|crying)", "sought comfort", "seeks? comfort", "took food",
    "takes food",
    # a caring role ("looks after her brother"), not the legal status ("looked after (s20)")
    "(?:looks|looking|looked) after (?:his|her|their|the|mum|dad|a|younger|little)", "caring for", "cares for",
    "makes (?:his|her|their) own", "gets (?:himself|herself) (?:up|ready|to)", "sits alone",
    "(?:on) (?:his|her) own", "stays? in (?:his|her|their) (?:room|bed)", "won't (?:eat|come|talk|speak|go|sleep|leave)",
    "will not (?:eat|come|talk|speak|go|sleep|leave)", "lock(?:s|ed)? (?:the|his|her|it|himself|herself)", "sleeps with", "grown-up",
]
_MUNDANE = _words(
    "tired sleeps sleeping slept eating eats ate plays played playing arrives arrived calm "
    "relaxed settled chatty bright giggly active curious smiley shy"
)

LIVED = Cues(
    [
        (_SPEECH + ["keeps? (?:telling|saying|asking)", "keep (?:telling|saying|asking)",
                    "called (?:it|them|her|him|me)", "would (?:say|describe)",
                    "used (?:his|her|their) (?:board|device|words|app)"], 0.8, "cn", None),
        (_FEEL + ["would (?:like|love|prefer|rather)", "hopes? (?:to|that)", "longs? (?:to|for)",
                  "worries (?:about|that)", "doesn't want", "does not want", "didn't want", "did not want",
                  f"(?:is|was|gets|got|seemed|looked|became|seems|looks|feels|felt) (?:very |so |really |quite )?(?:{_FEEL_ADJ})",
                  "(?:scared|frightened|afraid|terrified) (?:of|that|to)"], 0.75, "c",
         "hope hopes long worries doesn does didn did scared frightened afraid terrified " + _FEEL_ADJ.replace("|", " ")),
        (_VIVID + _VIVID_PHRASES, 0.7, "cn", "self harm harms harmed harming quiet silent kicks kicked "
         "wet lined lines lining reaches reached reaching pulls walked ran runs stays stay stayed eats dreams wakes wake "
         "sought seeks seek took takes looks looking looked caring cares makes gets sits own lock locks "
         "locked sleeps grown won will"),
        (["(?:is|was|are|were|gets|got) (?:often |regularly |frequently |usually |sometimes )?left (?:alone|on (?:his|her|their) own|"
          "in (?:his|her|their|the) (?:cot|room|bedroom|pram|buggy|car))",
          "changed the subject", "looked away", "(?:avoids|avoided|avoiding|makes|made|no|good|poor|little|fleeting) eye contact",
          "alone in (?:his|her|their) (?:room|bedroom|cot|flat)"], 0.7, "cn",
         "left subject away eye alone"),
        (_MUNDANE + ["(?:is|was) (?:happy|anxious|upset|angry|sad|scared|lonely|quiet)"], 0.45, "cn",
         "happy anxious upset angry sad scared lonely quiet"),
        (["a typical day", "day to day", "day-to-day", "(?:his|her|their) days? (?:is|are|starts|ends)",
          "every (?:morning|evening|night|weekend)", "most (?:days|mornings|evenings|nights)",
          "at bedtime", "home time", "after school", "at weekends"], 0.45, "c",
         "typical day days morning evening night weekend mornings evenings nights bedtime time school weekends"),
        (r"(?:^|[\s(:])['\"][a-z][^'\"]{2,80}?['\"](?=[\s,.;:!?)]|$)", 0.55, "q", None),
    ]
)
# the quotation cue runs on every clause that has a quote mark
LIVED.quote_cue = LIVED.cues[-1]

_CHANGE = [
    "no longer", "has stopped", "have stopped", "had stopped", "stopped", "has started", "have started",
    "has begun", "have begun", "began to", "is now", "are now",
    "now (?:attends|attending|goes|going|sleeps|sleeping|eats|eating|able|talks|talking|says|tells|speaks|has|have|on track|settled|calmer|safe|walks|walking|uses|using|plays|playing|gets|getting|comes|coming|reads|reading|at school|in school|enjoys|manages|asks|puts|makes|sits|joins|laughs|smiles|sings|chats|cooks|helps|dresses|washes)",
    "has (?:gone (?:from|up|down|back)|risen|increased|improved|dropped|fallen|put on|gained|regained|lost|settled|"
    "cleared|grown|returned|slid|slipped|eased|healed)",
    "have (?:gone (?:from|up|down|back)|risen|increased|improved|dropped|fallen|settled|cleared|grown|returned|slid|"
    "slipped|eased|healed)",
    "(?:is|are|feels?|seems?|doing|reading|sleeping|eating|talking|coping|managing|behaving|getting on|settling) (?:much |a lot |far |so much |a bit )?(?:better|worse)",
    "without (?:any |sustained |real )?(?:change|improvement) (?:for|in)",
    "had (?:gone|risen|improved|dropped)",
    "gone from", "risen from", "rose from", "increased from", "improved from", "dropped from", "fell from",
    "fallen from", "moved from", "up from", "down from", "improvement from", r"from \d+ ?%? to \d+",
    "for the first time", "first (?:real )?change",
    "made (?:a |real |no |little |any |some |the )?(?:[a-z]+ )?difference",
    "(?:makes|making) (?:a |real |no |little |any |some |the )?(?:[a-z]+ )?difference (?:for|to) (?!the plan\\b)",
    "has (?:really )?(?:worked|helped)", "have (?:really )?(?:worked|helped)", "is working for",
    "working (?:well )?for (?:him|her|them|the)", "helped (?:him|her|them)",
    "more (?:settled|confident|able|anxious|withdrawn|aggressive|often|frequent)",
    "less (?:settled|confident|able|anxious|withdrawn|aggressive|often|frequent)",
    # "safer with them than at home" compares two places, not then and now
    "(?:calmer|happier|healthier|safer)(?!(?: [a-z']+){0,3} than (?!before|last|ever|previously|at the start|when))",
    "improvement", "improved", "improving",
    r"deteriorat\w*", r"worsen\w*", "has not (?:yet )?(?:improved|changed|moved on|settled|got better)",
    "have not (?:yet )?(?:improved|changed|moved on|settled|got better|progressed)",
    "has not (?:yet )?progressed", "not (?:yet )?progressed", "(?:still )?in the same position", "no better",
    "hasn't (?:improved|changed|moved on|settled)", "haven't (?:improved|changed)",
    "not (?:yet )?(?:made a difference|improved|changed)",
    "no (?:change|improvement|difference|progress) (?:for|in)", "nothing (?:has )?changed",
    "still (?:not|no|leaving|going missing|missing|hungry|late|absent|wetting|self-harming|saying|scared|frightened|unable|struggling|refusing|out|goes|going|gets|getting|has|having|wets|cries)",
]
IMPACT = Cues(
    [
        (r"\b(?:has|have|hasn't|haven't) (?:not )?had (?:a |an |any )?(?:[a-z-]+ ){0,2}since\b"
         r"|\bno (?:[a-z-]+ ){1,2}since (?:the|she|he|they|starting|moving|coming|[a-z]+ (?:started|moved|began|came))\b",
         0.75, "", "since"),
        (_CHANGE, 0.75, "", "deteriorated deteriorating deterioration deteriorate worsened worsening worsens hasn haven "
         "better worse position calmer happier healthier safer"),
        # (a cue of their own: their trigger words are common, their first words few)
        (["(?:has|have|had) (?:really )?come on", "(?:is|are) coming on",
          r"(?:up|down) (?:by )?\d+(?:\.\d+)? ?(?:kg|g|%|lbs?|points?|days?|centiles?) (?:since|from|in|over|this|on)",
          r"only (?:missed|had|been late|been absent|been excluded) (?:[a-z0-9]+ ){0,3}since",
          "(?:sleeps|sleeping|slept) through (?:the night |most nights |every night )?now",
          "(?:not much|little|very little) (?:has )?changed", "(?:much|a lot|far|so much) (?:better|worse) since",
          "changed (?:very |so )?little for", "(?:didn't|did not|hasn't|has not|haven't|have not) changed? "
          "(?:anything|much|very much|a thing) for",
          "(?:nearly|half|not) as (?:much|often) as (?:when|before|she|he|they|at|in)", "never used to",
          "(?:has|have) had no (?:[a-z-]+ ){1,3}since", r"against (?:\d+ ?%?|[a-z]+) (?:in|between|the year|last|before|a year)",
          r"\d+ ?% (?:before|last (?:term|year)|previously|at the start)", r"back (?:above|to|up to) (?:birth weight|the \d+)",
          "(?:is|was) a change from", r"now (?:at |up to |down to )?\d+(?= ?%)",
          # "she searches for his face - that wasn't there in the first weeks"
          "(?:that|which) (?:wasn't|was not|weren't|were not) there (?:at|in|before|when|last|until|a)"], 0.75, "",
         "come coming kg g lbs points centiles since through changed now little change used against before "
         "previously start back nearly half often anything there"),
        # "hasn't run away once since the move", "can now sleep in her own bed", "a big change from last
        # year", "her mornings have changed": one cue each, tried only when their word is there
        ([r"(?:hasn't|haven't|has not|have not) (?:[a-z'-]+ )?(?:run|gone|been missing|missed|self-harmed|harmed|"
          r"wet|hit|hurt|been excluded|hidden|hid|taken|stolen|cut|smashed|kicked|sworn)(?: [a-z'-]+){0,3} since"],
         0.75, "", "since"),
        # "he now waves to the other children", "now back on the 9th centile"
        (["(?:can|could) now", "now (?:can|could)", "now back (?:on|to|up|in|at|above)",
          r"now (?!that\b|this\b|these\b|is\b|has\b|was\b|lives\b|needs\b|wants\b)[a-z]{3,}s\b"], 0.75, "", "now"),
        (["(?:real|clear|big|genuine|visible|measurable|some|no|little|any) change for"], 0.75, "", "change"),
        (["(?:up|down) to \\d+(?= ?%)"], 0.75, "", "up down"),
        (["change from (?:last|when|the start|a year|before)"], 0.75, "", "change"),
        (["(?:li(?:fe|ves)|day-to-day|days|mornings|evenings|nights|routines?|world|behaviour) (?:has|have) "
          "(?:really |genuinely |clearly |completely )?changed"], 0.75, "", "changed"),
        # "since the short breaks started, Amelia goes swimming": a change dated from the work
        (r"\bsince (?:the |her |his |their )?(?:[a-z-]+ ){0,3}?(?:worker|pa|mediator|plan|visits?|sessions?|"
         r"support|breaks?|nursery|placement|programme|course|tutoring|therapy|camhs|club|mentor|service|"
         r"work|arrangement|package|dp|payments?|group|carers?|therapist|counsell?or|tutor|keyworker)(?: [a-z-]+){0,3}? (?:started|began|begun|came in|"
         r"became|was put in|were put in)\b", 0.65, "", "since"),
        (["again", "any more", "anymore", "any longer", "compared (?:with|to)",
          "than (?:before|last|in the|at the start)",
          "since (?:the )?(?:plan|placement|move|moving|starting|start|she|he|they|you|coming|being|going)"],
         0.45, "", None),
    ]
)

_DOMAIN = re.compile(
    r"\b(?:wellbeing|well-being|sdq|emotional|mental health|self-esteem|wt|smok\w*|cannabis|attendance|attending|attends|school|nursery|college|class|sleep\w*|bed|weight|centile|"
    r"eat\w*|meals?|food|behaviour|self-harm\w*|missing|speech|talking|words|development\w*|milestones?|"
    r"bedwetting|wetting|injur\w*|marks|bruis\w*|exclu\w*|nightmares?|confiden\w*|friends?\w*|"
    r"tantrums?|calmer|settl\w*|safe|safer|safety|eczema|health|growth|anxious|anxiety|mood|happ\w*|"
    r"placement|stable|stability|hygiene|tenancy|arrears|flat|course|brownies|club|football|"
    r"contact|crying|upset|flinch\w*|offending|arrests?|police|learning|reading|"
    r"feeding|weaning|clothes|presentation|dental|teeth)\b"
)
# "mum says he comes back calmer", "school report she ...": an adult telling of the child's change
_REPORTED = re.compile(
    r"\b(?:says?|said|reports?|reported|confirms?|confirmed|notes?|noted|describes?|described|"
    r"tells? (?:us|me|sw)|told (?:us|me|sw))\b"
)
_UNDONE = re.compile(
    r"\b(?:still |yet )?(?:not|never) (?:yet )?(?:been )?(?:done|completed|started|booked|held|received|in place|"
    r"arranged|allocated|sent|made|happened|provided|delivered|fitted|seen by|assessed)\b|\bstill (?:waiting|awaited|outstanding)\b"
)
_PROCESS = re.compile(
    r"\b(?:immunis\w*|vaccin\w*|appointments?|registered|up to date|health assessment|medicals?|"
    r"checks|referral|visits|visited|paperwork|forms?|assessments?)\b"
)

_HARM_WORDS = _words(
    "danger dangerous unsafe exploitation exploited exploiting exploit grooming groomed groom "
    "trafficking trafficked cce cse shaken violence violent coercive weapon weapons knife "
    "knives unsupervised unattended intoxicated drunk neglected injury injuries injured bruise "
    "bruises bruising bruised harm harmed harmful harming hurt hurting assault assaulted assaults"
)
RISK = Cues(
    [
        (["protective(?: factors?| adults?)?", "safety net(?:work)?", "safe adults?"], 0.8, "", None),
        (r"\bwhat (?:still |really |most |also )?(?:worries|concerns|frightens|scares) (?:me|us|them|sw|the sw)\b"
         r"|\b(?:i|we|tm|sw|school|police|professionals|everyone) (?:am |are |is |remain |still |also |"
         r"continue to be |were |was )?(?:very |really |most |particularly |more |less )?"
         r"(?:worried|concerned|worry) (?:about|that|by|for)\b|\bworried about\b"
         r"|\b(?:main|key|biggest|greatest|primary|real|ongoing|current|the|our|my|[a-z]+'s) (?:worry|worries|"
         r"concern|concerns|danger|dangers|risk|risks) (?:is|are|was|were|remains?|here is|for \w+ is) "
         r"(?:that|of|about|the|his|her|their|now|[a-z]+ing)\b", 0.8, "n",
         "worries concerns frightens scares worried concerned worry worry concern danger dangers risk risks"),
        (["concerns? (?:remains?|continues?|persists?) (?:about|around|regarding|re|that|over)",
          "ongoing concerns? (?:about|around|regarding|re|that)"], 0.6, "n", "ongoing"),
        (r"\b(?:at|of) risk of\b|\brisks? (?:of|to (?:him|her|them|the|[a-z]+'s|baby|[a-z]+ (?:is|are|from))|"
         r"that|around|posed|associated|for (?:him|her|them|the))\b|\bdangers? (?:of|to|that|is|are)\b",
         0.7, "n", "risk risks danger dangers"),
        (["risks? from"], 0.4, "n", None),
        # "the worry still sits with dad's drinking", "a baby this age cannot protect herself"
        (["(?:the|our|my|main|key|real|biggest) (?:worry|worries|concern|concerns|risk|danger) (?:still |now |really )?"
          "(?:sits?|lies|lie) (?:with|in)"], 0.7, "n", "worry worries concern concerns risk danger"),
        (["(?:cannot|can't|could not|couldn't|unable to) (?:protect|keep) (?:herself|himself|themselves|itself)"],
         0.7, "n", "protect keep"),
        (["risks? (?:is |are |remains? )?(?:no |not )?(?:lower|higher|greater|less|the same) (?:than|as) "
          "(?:at|in|before|when|last|it was|they were)"], 0.65, "n", None),
        (["(?:easy|easier|vulnerable) (?:for [a-z]+ )?to (?:control|exploit|groom|target|manipulate|draw in|pull in)"],
         0.65, "n", "easy easier vulnerable"),
        (["risks? (?:is|are|was|were) (?:highest|greatest|higher|increased|heightened|lowest|lower|reduced|"
          "increasing|rising|escalating)"], 0.7, "n", None),
        (_HARM_WORDS + ["county lines", r"expos(?:ed|ure) to", "significant harm", "non-accidental",
                        "missing episodes?", "going missing", "no sober", "failure to thrive", "chronic neglect",
                        r"sexual(?:ly)? (?:abuse|harm)", "physical (?:abuse|harm|chastisement)", "emotional harm"],
         0.55, "nkb", "exposed exposure non missing sober failure sexual sexually physical emotional"),
        (r"\b(?:safety|scal(?:e|es|ed|ing)|rated|rating|score[ds]?)\b(?: \S+){0,3}? \d{1,2} ?(?:/ ?10|out of 10)\b|"
         r"\b\d{1,2} out of 10\b|\bscal(?:e|ed|ing)\W+(?:(?:sw|tm|mum|dad|school|iro|i|we)\W+(?:[a-z]+ )?)?(?:at |of |as |on )?\d{1,2}\b",
         0.7, "",
         "safety scale scales scaled scaling rated rating score scored scores out"),
        (["complicating factors", "danger statement", "what are we worried about", r"vulnerab\w*",
          "safety plan"], 0.45, "n", "vulnerable vulnerability vulnerabilities worried"),
    ]
)
# "self-harm" is the child's behaviour, not a danger to them from others
for _w in ("harm", "harmed", "harming", "harmful", "hurt", "hurting"):
    RISK.words[_w] = (re.compile(rf"(?<!self-)(?<!self )\b{_w}\b"), 0.55, "nkb")
# "Saturdays make your tummy hurt", "my head hurts": a pain the child describes, not a harm done
for _w in ("hurt", "hurts", "hurting"):
    RISK.words[_w] = (
        re.compile(rf"(?<!self-)(?<!self )(?<!tummy )(?<!belly )(?<!stomach )(?<!head )(?<!heart )(?<!chest )"
                   rf"(?<!feelings )(?<!ears )(?<!teeth )(?<!tooth )(?<!legs )(?<!arms )(?<!eyes )\b{_w}\b"),
        0.55, "nkb")

CHALLENGE = Cues(
    [
        (r"\b(?:i|tm|manager|the manager|we|team manager)(?:'ve|'d)? (?:have |had |also |then |gently |strongly |"
         r"directly )?(?:challenged|challenge|questioned|question|queried|query|probed|tested|"
         r"pushed back|pressed|disagreed|was not convinced|am not convinced|'m not convinced|"
         r"am not yet convinced|wasn't convinced|wanted to know|"
         r"asked:? (?:sw |the sw |him |her |them |the worker |[a-z]+ )?(?:what|why|whether|how|if|whose|who|"
         r"for (?:evidence|the evidence|more|clarity|sight|the logs|the|detail|details|an explanation|a view)|about (?:whether|why|what|the evidence)|"
         r"to (?:check|consider|find|explore|look|gather|evidence|think|reflect|test|clarify|establish|"
         r"rule out|reconsider|revisit|find out|speak|talk|see|observe|ask|hold off|hold back|stand back|pause|"
         r"look again|think again|slow down|tell me|show me|stop|separate|compare|distinguish|list|read|count|go through|"
         r"go back|bring|map|set out|write down|walk me)|(?:some|a few|more|hard|searching|difficult) questions|not to (?:describe|call|record|say|write|close|step|accept|rely|treat|"
         r"use|assume)))", 0.8, "n",
         "challenged challenge questioned question queried query probed tested pushed pressed "
         "disagreed convinced wanted asked"),
        (["(?:i|tm) pointed out", "only (?:have|had|got) (?:[a-z]+'s|his|her|their) word", "word for it",
          "(?:actually|really) working", "ticking (?:the )?boxes", "tick-?box(?:ing)?"], 0.75, "n",
         "pointed word working ticking boxes tick tickbox"),
        (["push(?:ing)? back (?:on|at|against)", "let's test", "test (?:it|this|that) (?:rather than|before|against)",
          "what would we (?:expect|need) to see"], 0.75, "n", "push pushing test"),
        (["not (?:yet )?convinced", "unconvinced", "rule(?:d)? out", "what else (?:could|might|may|would|is)",
          r"alternative (?:explanation|view|hypothes[ie]s|reading|account)s?", "what (?:is|was) the evidence",
          "what evidence", "where is the evidence", "whose need", "devil'?s advocate",
          "have we (?:really |actually |properly |fully |ever )?(?:accepted|assumed|checked|assessed|considered|"
          "explored|looked|tested|asked|thought|spoken|heard|understood)",
          "(?:question|point|challenge) (?:i|we|tm) (?:put|posed|raised) to", "are we (?:sure|confident|accepting)", "how do we know",
          "what would (?:need to|have to) change", r"redirect\w*", "we could not name", "pushed back",
          "(?:sw|she|he) agreed (?:we had|that we had|the plan has drifted)", "what has actually changed",
          "challenge (?:is|was) (?:that|whether|why)"], 0.75, "n",
         "convinced ruled else evidence need devil devils accepted assumed checked sure confident "
         "accepting know change name back agreed actually whether"),
        # doubting the worker's view, pressing on it, asking what was missed
        (r"\b(?:i'm|i am) not (?:so |at all )?sure(?: about that| that's right| that's so| that's the case| that is right|"
         r"| it's that simple)?(?: and (?:i )?said so)?(?= ?[-:;,.]|$)", 0.75, "", "sure"),
        (["pushed (?:back )?on (?:this|that|it|the plan)"], 0.75, "", None),
        (["has anyone (?:asked|checked|spoken|looked|considered|tested|seen)"], 0.75, "", "anyone"),
        (["what if (?:it's|it is|this is|that's|the|he|she|they|we|his|her|their)"], 0.75, "", "if"),
        # a gentle probe of our own work: "I wondered whether we have heard from dad at all"
        (["(?:i|tm) wondered (?:aloud |out loud |with sw |with her |with him )?(?:whether|if|how|why|what) "
          "(?:we|sw|the sw|the worker|anyone|the plan|this plan)"],
         0.7, "n", "wondered"),
        # the manager holding the line: "I'm not agreeing to close it until ..."
        (r"\b(?:i'm|i am|i was|tm is|tm was|the manager is) not (?:agreeing|prepared|willing|happy|comfortable) to\b"
         r"|\bi (?:won't|will not|wouldn't|would not) (?:agree|sign)\b", 0.75, "",
         "agreeing prepared willing happy comfortable agree sign"),
        # the manager's record often drops its subject: "Asked SW how we know..."
        (r"(?:^asked (?:sw |the sw |him |her |them |the worker |[a-z]+ )?|\b(?:so|and|then|also) asked "
         r"(?:the )?(?:sw|worker|social worker) )"
         r"(?:to (?:check|consider|find|explore|look|gather|evidence|think|reflect|test|clarify|establish|"
         r"rule out|reconsider|revisit|find out|speak|talk|see|observe|ask|question|challenge)|what|why|whether|"
         r"how|if|for (?:evidence|the evidence))\b", 0.75, "n", "asked"),
        # (one cue each: a cue is tried at its first words whenever one of its triggers is in the clause)
        (["(?:i|we|tm) (?:also |gently |really |then )?pushed (?:sw|the sw|her|him|them|the worker|[a-z]+) (?:on|about|for|to explain|to think)",
          "pushed (?:the )?(?:sw|worker|social worker) (?:on|about|for|to explain|to think)"], 0.75, "n", "pushed"),
        (["another (?:explanation|reading|view|possibility|hypothesis|way of (?:seeing|looking at|reading))",
          "(?:other|different) (?:explanations?|possibilit(?:y|ies)|readings?|hypothes[ie]s) (?:for|of|is|are|could|might|may)"],
         0.75, "n", "other different"),
        (["test(?:ed|ing)? (?:the|our|this|that|her|his|their) (?:assumption|view|hypothesis|thinking)"], 0.75, "n", None),
        (["(?:my|our|tm's|the manager's) challenge (?:to|for|here|was|is)"], 0.75, "n", "challenge"),
        (["what would it take"], 0.75, "n", None),
        (["(?:is|was) (?:this|that|it) good enough"], 0.75, "n", "good"),
        (["(?:too|overly|over) optimistic", "rule of optimism", "start again syndrome"], 0.75, "n", "optimistic"),
        (["evidence (?:of|for) (?:change|progress|improvement) (?:is|was|remains) (?:thin|weak|limited|lacking)",
          "evidence (?:is|was|remains) (?:thin|weak|limited|lacking)"], 0.75, "n", None),
        (["why (?:has|have|hasn't|haven't|is|isn't|are|was|wasn't|were|did|didn't|does|doesn't|had|hadn't|would|not)"],
         0.6, "x", None),
        ([r"drift(?:ed|ing)?"], 0.55, "n", "drifted drifting"),
    ]
)

# --- one pass over a clause for all five cue tables ---------------------------------------------
#
# Each table's cues are gated by trigger words (see Cues). Rather than asking every table in
# turn, one dict maps a trigger word to every (table, cue) it opens, so a clause costs one set
# intersection; and a cue whose first words are known (anchors.py) is tried only where one of
# those words starts, instead of being scanned across the whole clause.

CUE_TABLES = (REFLECTION, LIVED, IMPACT, RISK, CHALLENGE)
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
            anchor = cues.anchors[i]
            info.append((k, rx, weight, flags) + ((None, None) if anchor is None else anchor))
        for t, idxs in cues.index.items():
            trig.setdefault(t, set()).update(ids[i] for i in idxs)
    # token -> (its single-word cues, the ids of the cues it opens): one lookup per token
    dispatch = {
        t: (tuple(words.get(t, ())) or None, frozenset(trig[t]) if t in trig else None)
        for t in set(words) | set(trig)
    }
    return dispatch, tuple(info)


_DISPATCH, _CUE_INFO = _build_dispatch()
_CUE_KEYS = frozenset(_DISPATCH)
_NO_MATCHES: tuple = ((), (), (), (), ())


def clause_cue_matches(c: Clause) -> tuple:
    """Per cue table, the (start, end, weight, flags) of every cue match in the clause.

    The same matches as running each gated cue's `finditer` over the clause (the gate is the
    clause's token set, as before), found by trying each cue only where it can start.
    """
    toks = c.toks
    hit = _CUE_KEYS.intersection(toks)
    if not hit:
        return _NO_MATCHES
    low = c.low
    out: tuple[list, ...] = ([], [], [], [], [])
    starts_of = c.starts  # whole-word starts, shared by the cues of all tables and the finders
    if starts_of is None:
        starts_of = c.starts = {}
    todo: set[int] = set()
    for t in hit:
        wc, tc = _DISPATCH[t]
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
        k, rx, weight, flags, closed, opened = _CUE_INFO[cid]
        dst = out[k]
        if closed is None:  # first words unknown: scan the clause
            for m in rx.finditer(low):
                dst.append((m.start(), m.end(), weight, flags))
            continue
        if words is None:
            # the gate reads tokens with "two children" blanked out; the starts need them all
            words = frozenset(_TOKEN.findall(low))
        firsts = closed.intersection(words)
        starts: list[int] = []
        for w in firsts:
            st_list = starts_of.get(w)
            if st_list is None:
                st_list = starts_of[w] = _word_starts(low, w)
            starts += st_list
        for p in opened:
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


_DECISION_MARK = re.compile(
    r"\b(?:decided|decision (?:is |was |made |taken |reached )?(?:to|that)|"
    r"(?:we|i|tm|sw|they|panel|conference|meeting|managers?) (?:have |has |all )?agreed|"
    r"(?:it was|it is|has been|was|were|is) agreed|agreed (?:that|to|on)|^agreed\b(?! with\b)|agreement (?:that|to|was)|"
    r"recommend(?:ed|s|ing|ation)?|will (?:remain|stay|continue|close|step)|to (?:remain|stay|close|step down|continue)|"
    r"remains? (?:on|open|subject|in|at|where|with|looked after)|stays? (?:where|on|in|with|at|put)|"
    r"continue(?:s|d)? (?:on|with) (?:the )?(?:cp|cin|plan|placement)|(?:case|plan) (?:to|will) "
    r"(?:close|remain|continue|step)|step(?:-| )?down (?:agreed|to|is)|agreed step|no (?:pre-birth|further action)|"
    r"nfa|^(?:we are |we're |we )?not (?:going|proceeding|moving) to|^decision (?!making\b|maker|to be\b|pending\b|deferred\b)[a-z]|^(?:we are |we're |i am |i'm )?not (?:closing|stepping (?:it )?down|ending|escalating|issuing|removing)\b|^(?:keep|maintain|pause|proceed with)|(?<= - )agreed(?! with)|"
    r"(?:(?:we|i|tm|managers?) (?:will|'ll|are going to|are to|should)(?: not)?|^to|: to|decision is to) (?:request|convene|"
    r"hold|refer|escalate|seek|issue|apply|increase|reduce|pause|move|change|keep|support|end|offer|"
    r"allocate|reallocate|proceed|stop|start|continue|remain|close|step))\b"
)
_DECISION_NEG = re.compile(
    r"\bno (?:key )?decisions?\b|\bdecisions? (?:deferred|not (?:yet )?made|pending|postponed)\b|"
    r"\bnot (?:yet )?decided\b|\bundecided\b|\bto be decided\b"
)
_RATIONALE = re.compile(
    r"\b(?:because|given(?: that)?|so that|due to|in order to|rationale|consistent with|on (?:that|this) basis|"
    r"so (?:the |that |his |her |their )?[a-z']+ (?:can|could|will|would|is|are|gets?|has|have|knows?|feels?)|"
    r"(?=(?:there (?:are|is|were|was) )?no (?:other |further |new )?(?:concerns|evidence|injuries|worries))|reasons? (?:for this )?(?:is|was|being|are)|(?<=the )reason,? [^.;]{3,60}?,? is (?:that )?|"
    r"on the basis (?:of|that)|since (?:the|he|she|they|it|there|mum|dad|this|his|her|their)|"
    r"in light of|in view of|to (?:ensure|keep|protect|allow|give|avoid|reduce|prevent|make sure|"
    r"test|build|safeguard)|which will|otherwise|(?<!such )(?<!well )(?<!same )as (?:the|there|this|that|"
    r"he|she|they|it|we|his|her|their|mum|dad|a move|no|nothing|both|all|[a-z]+'s)\b|"
    r"(?<!such )(?<!well )(?<!same )as [a-z]+ (?:is|are|was|were|has|have|had|cannot|can't|does|did|needs|"
    r"remains|will|would|still|now|continues)\b|"
    r"(?<!such )(?<!well )(?<!same )(?<!soon )(?<!long )(?<!much )\bas (?!well\b|soon\b|long\b|much\b|part\b|per\b|agreed\b|discussed\b|planned\b)"
    r"(?:[a-z0-9'-]+ ){1,5}?(?:has|have|had|is|are|was|were) (?:not |never |still |only |now |already )?[a-z]+\b|"
    r"(?<!such )(?<!well )\bas (?:only|just|still|there's|there is|there are) |"
    r"(?<!such )(?<!well )(?<!same )as (?=(?![a-z]+ly\b)[a-z]+ (?:has |have |had )?(?:increased|escalated|risen|"
    r"worsened|deteriorated|returned|moved|left|disclosed|refused|stopped|improved|changed|met|achieved|"
    r"requested|confirmed|wants|asked)\b))"
)

_PROGRESS_ESC = re.compile(
    r"\b(?:plo|pre-?proceedings|legal (?:gateway|planning|meeting)|gateway|strat(?:egy)? (?:meeting|mtg|discussion)s?|"
    r"icpc|rcpc|child protection conference|care proceedings|issue proceedings|escalat\w*|de-?escalat\w*|"
    r"step(?:ped|ping|s)?[- ]?(?:down|up)|stepdown|special guardianship|sgo|permanence|adoption|"
    r"long[- ]term (?:fostering|placement|plan)|reunification|cla review|lac review|"
    r"core group review|pathway plan review|exit plan|end the plan|ending the plan)\b"
)
# "ICPC in June heard she denied it": a meeting held, or named as where something was heard
_PAST_EVENT = re.compile(
    r"\b(?:held|took place|attended|was convened|were convened|happened on|heard|was told|were told|minuted|noted that)\b"
)
# "to" that starts a step to take ("to convene"), not one that says where something went ("sent to the ADM")
_FUTURE = re.compile(
    r"\b(?:to(?! (?:the|a|an|his|her|their|my|our|me|him|them|us|mum|dad|school|court|panel)\b)|will|whether|"
    r"consider|request|need|needs|should|recommend|if|next|due)\b"
)
_PROGRESS_DRIFT = re.compile(
    r"(?<!no )(?<!not )(?<!any )\bdrift(?:ed|ing|s)?\b|\bdelay(?:ed|s)? (?:in|to|for|with|on|since) (?:the )?(?:plan|assessment|review|"
    r"referral|court|proceedings|ot|decision|permanence|ehcp)|\bdrift and delay\b|\boverdue\b|"
    r"\bout of timescales?\b|\bchild(?:'s|ren's) timescales?\b|\btoo long\b|"
    r"\b(?:has|have|had) not (?:yet )?been reviewed\b|\bnot been reviewed\b|"
    r"\bstill (?:hasn't|has not|haven't|have not) happened\b|\boff track\b|\bstalled\b|\bstuck\b|"
    r"\bslipp(?:ed|ing)\b|\b(?:no|little|limited|insufficient|some|good|real|sufficient|sustained) progress "
    r"(?:since|against|towards)\b|\b(?:no|little|limited|insufficient|some|good|real|sufficient|sustained) progress "
    r"(?:on|with|in) (?:the |this |her |his |their )?(?:plan|actions?|goals?|outcomes?|targets?|cp|cin|pathway|"
    r"safety plan|work|case|concerns?|worries)\b|\bno progress\b|\bprogress (?:against|towards|on|with) "
    r"(?:the )?(?:plan|goals|targets|outcomes)\b|\b(?:plan )?goals? (?:met|achieved|not met|partly met|"
    r"have been met|has been met|are met|were met)\b|\btargets? (?:met|not met|achieved)\b|"
    r"\bmonth \d+ of (?:the )?(?:plan|plo|proceedings)\b|\b(?:plan|plo|pre-proceedings|proceedings) "
    r"(?:at|in) month \d+\b|\b\d+ (?:weeks|months) into (?:the )?(?:plan|plo|proceedings|pre-proceedings)\b|"
    r"\breview month \d+\b|\b(?:cin|cp|cic|plan|plo)\b[^.;]{0,20}\bfor (?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|eighteen|nearly a|over a|more than a) (?:weeks?|months?|years?)\b|"
    r"\bnearly a year\b|\bwithout (?:any )?(?:sustained |sufficient |real |lasting )?(?:change|progress|improvement)\b|"
    r"\bmoving but slowly\b|\bweek \d+ of (?:the |a |an )?(?:\d+[- ]weeks? )?(?:[a-z]+ )?(?:plan|programme|assessment|proceedings|plo|pre-proceedings)\b|"
    r"\b(?:plan|placement|plo|cin|cp) month \d+\b|\broll(?:s|ed|ing)? (?:the |this )?(?:plan|case) (?:forward|on)\b|"
    r"\bwhere (?:we|things|the plan|the case|this family) (?:should|need to|ought to|hoped to|expected to) be\b|"
    r"\b(?:this|that) (?:point|stage) (?:of|in) the (?:plan|process|proceedings|plo)\b|"
    r"\bslow progress\b|\bmoving (?:slowly|forward)\b"
)
# drift in a busy manager's words; each alternative starts with a common word, so the whole
# pattern is only tried in clauses that hold one of _DELAY_T (detect_progress)
_SPAN = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:weeks|months|years)\b"
_PROGRESS_DELAY = re.compile(
    r"\b(?:nothing|little|not much) (?:has |have )?(?:moved|shifted|changed) since\b|"
    r"\b(?:about|the|further|more|avoid|avoidable|causing|caused|ongoing) delays?\b(?! (?:in|to|for|with|on|since)\b)|"
    r"\bstill not (?:been )?(?:done|completed|started|booked|held|happened|allocated|received|sent)\b|"
    r"\bshould have been (?:done|completed|held|seen|allocated|sent|started)\b|"
    r"^month \d+\b|"
    # time on the plan weighed: "after six months on CIN, is the plan changing anything", "it has
    # been eight months and we are no nearer"
    rf"\b(?:after|it's|it has|it is|its) (?:now )?(?:been )?(?:over |nearly |almost |more than )?{_SPAN}"
    r"(?=.{0,80}\b(?:plan|nearer|closer|progress|decision|decided|drift\w*|changing|working)\b)"
)
_DELAY_T = frozenset("delay delays still since should month after its it".split())
# what turns a named step or a review date into a view of the plan's progress over time
_TRAJECTORY = re.compile(
    r"\b(?:whether|consider\w*|if|unless|ready|time to|progress\w*|drift\w*|chang\w*|improv\w*|working|"
    r"still|since (?:the )?(?:last|plan|start|icpc|rcpc|conference|review|core group|we|it|this)|too long|delay\w*|"
    r"again|same (?:concerns|worries|position|issues)|goals?|outcomes|met|achieved|sustain\w*|enough|timescales?|"
    r"timetable|deadline|\d+[- ]week (?:review|timescale|mark|point)|week \d+|month \d+|step(?:ped|ping)? ?(?:up|down))\b"
)
_PLAN_REVIEW = re.compile(
    r"\breview (?:the |this |his |her |their |of the )?(?:cin |cp |care |pathway |safety |child's |placement )?plan\b"
    r"|\bplan review\b"
)
_OPEN_FOR = re.compile(r"\b(?:open|allocated) (?:to us |to cs )?(?:for )?(?:\d+|over|more than|nearly|almost) (?:a |an )?(?:weeks?|months?|years?)\b")
_NOT_YET = re.compile(r"\b(?:yet|still|no|not|without|never)\b")
_ON_TRACK = re.compile(r"\b(?:on|off) track\b")
_PLAN_WORD = re.compile(r"\b(?:plan|plo|pathway|timescales?|goals?|proceedings|outcomes)\b")
_PROGRESS_REVIEW = re.compile(
    r"\breview (?:the |this |his |her |their |of the )?(?:cin |cp |care |pathway |safety |child's |"
    r"placement |contact )?plan\b|\bplan review\b|\breview (?:whether|if|progress)\b|"
    r"\breview (?:on|at|in|by|date) (?:the )?(?:\d|cin|cp|lac|cla|next|rcpc|core|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)|"
    r"\b(?:cin|cp|lac|cla|core group) (?:review|meeting) (?:on|in|to|will)\b|\bat (?:the|your|his|her|their) (?:lac|cla|cin|cp|next) review\b|\bat (?:your|his|her|their|the) review (?:in|on|next)\b|"
    r"\b(?:look|looking|revisit|revisiting) (?:at )?(?:the|this|your|his|her|their) plan (?:again|at|in|when|before)\b|"
    r"\bto (?:decide|consider) (?:on |whether |if )?(?:closure|step|escalat|close|ending|the plan)|"
    r"\bconsider (?:closure|step|escalat|whether)\b|\bis (?:it|this) working\b|"
    r"\bthat it is working\b|\bclosure\b|\b(?:plan|case) (?:to be|will be|is to be|should be) reviewed\b"
)

# "Continue plan, review in 3 months", "plan continues - review due": a status and a diary date,
# not a view of whether the plan is working
_STATUS_REVIEW = re.compile(
    r"^(?:the )?(?:plan (?:to )?continues?|continue(?:s|d)?(?: with)?(?: (?:the|current|same) )?(?: ?plan)?|no change|"
    r"(?:case |plan )?progressing(?: well)?|(?:all )?(?:fine|ok|stable)|monitor(?:ing)?)\W+(?:and |then )?"
    r"(?:to )?review(?:ed)? (?:in|on|at|by|due|date)\b"
)
# "RCPC due 14/03", "rcpc 03/03, sw to send report": a meeting in the diary, not a step decided
_DIARY = re.compile(
    r"\b(?:icpc|rcpc|conference|core group|cla review|lac review)\b,? (?:is |was )?"
    r"(?:due |booked |set |scheduled |arranged |planned )?(?:for |on )?\d{1,2}[/.]\d{1,2}"
)
# "until the IRO review on 4/3", "at the CIN review on 21/1 both parents argued": a review as a
# point in time, not a look at whether the plan is working
_REVIEW_AS_TIME = re.compile(
    r"\b(?:until|till|til) (?:the )?(?:[a-z]+ )?(?:review|meeting) (?:on|in) \d|\bat the (?:[a-z]+ )?(?:review|meeting) on "
    r"\d[^;]*\b(?:argued|said|was|were|had|told|became|walked|left|refused|shouted|cried)\b"
)
_ACTION_FIELD_OWNER = re.compile(r"\b(?:owner|lead|who|responsible|by whom)\s*[:=-]\s*[a-z]")
_ACTION_FIELD_DUE = re.compile(r"\b(?:due|by when|deadline|when|timescale|date|by)\s*[:=-]?\s*\d")
_NOT_SEEN = re.compile(
    r"\bnot (?:been )?(?:seen|spoken|visited|available|explored|ascertained|captured|obtained)\b|"
    r"\bunable to (?:see|speak|visit)\b|\bdid not (?:engage|speak|want to be seen)\b|\bno direct work\b"
)
# a question that tests the worker's view rather than asks for news ("What did you make of that?")
_PROBE = re.compile(
    r"^(?:so |and |but |ok,? |then )?(?:why (?:has|have|hasn't|haven't|is|isn't|are|aren't|was|wasn't|were|"
    r"did|didn't|does|doesn't|had|hadn't|would|not)\b(?! you think)|how (?:do|does|did|would|can|could|will) "
    r"(?:we|you|she|he|they) (?:know|tell|be sure)|what (?:evidence|else|would|if|makes (?:you|us) (?:sure|think)|"
    r"has (?:actually )?changed|is different)|could (?:it|this|that|mum|dad|he|she|they)\b|is (?:it|this|that) "
    r"(?:really|enough|possible|just)|are we\b|have we\b|would (?:we|it|that)\b|who (?:else|says))"
    r"|\b(?:what would we|how do we know|what if)\b"
)
_AGREE_ONLY = re.compile(
    r"^(?:tm |i |the manager )?(?:agree[sd]?|happy|satisfied|content|supportive|in agreement|no challenge)"
    r"|^(?:no|none|nothing|not (?:needed|required))\b"
)

_STOPPED = re.compile(r"\b(?:stopped|no longer|not|no|never|without|free of|since)\W+(?:\w+\W+)?$")
_CATEGORY = re.compile(r"\b(?:cp|cin|plan|cat|category|re|for|under)\W*(?:\w+\W+)?$")

# Whether-it-occurs checks, tried only at the words each pattern can start with (anchors.py)
_DOMAIN_F = Finder(_DOMAIN)
_PROCESS_F = Finder(_PROCESS)
_NOT_SEEN_F = Finder(_NOT_SEEN)
_PROGRESS_ESC_F = Finder(_PROGRESS_ESC)
# the one alternative not tried at its first word is r"\b\d+ (?:weeks|months) into ...": it needs "into"
_PROGRESS_DRIFT_F = Finder(_PROGRESS_DRIFT, rest_needs="into")
_PROGRESS_DELAY_F = Finder(_PROGRESS_DELAY)
_ON_TRACK_F = Finder(_ON_TRACK)
_PLAN_WORD_F = Finder(_PLAN_WORD)
_PROGRESS_REVIEW_F = Finder(_PROGRESS_REVIEW)
_PAST_EVENT_F = Finder(_PAST_EVENT)
_FUTURE_F = Finder(_FUTURE)


def _has(finder: Finder, c: "Clause") -> bool:
    # the clause's token set reads "two children" blanked out: then scan as before
    memo = c.starts
    if memo is None:
        memo = c.starts = {}
    return finder.found(c.low, c.toks if c.src_is_low else None, memo)


# --- detectors -------------------------------------------------------------------------------

Hit = tuple[float, Sentence]


def _in_section(c: Clause, section: str) -> bool:
    return c.sent.section == section


# A box (or a heading in free text) is a hint, never evidence: it lifts a cue its words already
# carry ("because" in the Reflection box, "again" in the Impact box) but gives a clause that
# says nothing of the kind no credit at all.
BOX_HINT = 0.15
_BOX_OF_TABLE = ("reflection", "lived_experience", "impact", "risk", "challenge")  # by table index
# What kind of words a box asks for. In its box a substantive clause with one of these words is
# read as that kind (a worry named in the Risk box, a reason in the Reflection box); the same
# words in another box, or a clause without them, get nothing from the box.
_BOX_TOPIC = {
    "risk": re.compile(
        r"\b(?:drink\w*|drunk|alcohol|drugs?|cannabis|cocaine|heroin|substances?|relapse\w*|violen\w*|abuse\w*|abusive|"
        r"da|dv|domestic|assault\w*|police|arrest\w*|convictions?|bail|breach\w*|offend\w*|neglect\w*|exploit\w*|"
        r"groom\w*|cse|cce|county|missing|weapons?|knife|injur\w*|bruis\w*|marks?|fractures?|hunger|hungry|unsafe|"
        r"safe|safety|danger\w*|harm\w*|risks?|worr\w*|concern\w*|protective|protect\w*|network|scaled?|"
        r"\d{1,2} ?/ ?10|alone|unsupervised|unknown|history|fire|choking|aspiration|sleep|overdose|self-harm\w*|"
        r"mental health|depress\w*|psychosis|suicid\w*|debt|threat\w*|control\w*|coerci\w*|fgm|honour|"
        r"trafficking|isolat\w*|vulnerab\w*|offen[cs]e\w*|bully\w*|emotional|argu\w+|shouting|fights?|fighting)\b"),
    "reflection": re.compile(
        r"\b(?:because|so(?! far\b)|but|why|means?|meant|meaning|rather|whether|seems?|suggests?|likely|unlikely|may|"
        r"might|could|explains?|shows?|pattern|driv\w+|due to|sign|trust|assum\w+|realistic|honest|probably|perhaps|"
        r"question is|surface|underneath|reason|depends?|argument|rests?|not about|though|although|whereas|"
        r"which (?:is|means|was|would|will)|(?:is|are|was|were) (?:\w+ )?about|(?:, |- )not (?:from|because|about|a|an|the|his|her|their|just|only|"
        r"neglect|harm|deliberate|[a-z]+ing)|not (?:from|because|just|only))\b"),
    "challenge": re.compile(
        r"\?|\b(?:asked|questioned|queried|pushed|pressed|evidence|why|how do we know|what would|"
        r"rests? (?:entirely |only |wholly )?on|not (?:yet )?convinced|test(?:ed)? (?:it|this|that|the)|what else)\b"),
    "progress": re.compile(
        r"\b(?:overdue|drift\w*|delay\w*|behind|(?:on|off) track|outcomes? (?:met|achieved|not)|goals? (?:met|achieved|not)|"
        r"step(?:ped|s)? down|stepdown|escalat\w*|plo|pre-proceedings|proceedings|timescales?|first time|"
        r"stuck|stalled|slipp\w*|deferr\w*|must conclude|day \d+ of|"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) (?:weeks|months|years)"
        r"(?! time\b)(?=[ ,;.:-]+(?:on|into|since|without|of|and now|now|later|open|in care|no|not|with no)\b))"),
}
_BOX_TOPIC_WEIGHT = 0.6


def _box_topic_hits(note: Note, box: str, hits: list[Hit]) -> None:
    """Clauses in `box` that say something of the kind the box asks for (see _BOX_TOPIC)."""
    topic = _BOX_TOPIC[box]
    for c in note.clauses:
        if c.sent.section != box or c.n_tokens < 4 or c.sent.filler:
            continue
        if _TOKENISTIC.search(c.low) or _has(_NOT_SEEN_F, c):
            continue
        if any(not negated(c.low, m.start(), m.end()) for m in topic.finditer(c.low)):
            hits.append((_BOX_TOPIC_WEIGHT, c.sent))


# "TK seen, happy, nothing to add": a word or two ticked off, not what life is like
_TOKENISTIC = re.compile(
    r"\b(?:nothing (?:else |more |further )?to (?:add|report|note|say)|nothing of note|no (?:issues|concerns) "
    r"(?:raised|noted|reported)|all (?:fine|ok|good|well)|seems? (?:fine|ok|okay|settled|happy)$)"
)


_QUOTE_CHARS = ("'", '"')
# the cue opens its clause or its part of a list: "Said she's fine", "alert, feeding well, good eye contact"
_SUBJECT_LEFT_OUT = re.compile(r"(?:^|[,;:] *)(?:(?:and|then|also|just|still|often|now) )?$")
_CHILD_WORDS = re.compile(r"[\"'][^\"']{0,80}?\b(?:mummy|mommy|daddy|nanny|nana|grandad|grandma|my mum|my dad|my nan|"
                          r"my teacher|my school|my brother|my sister|my room)\b")


def _left_out_is_child(note: Note, c: Clause, start: int, first_before: str) -> bool:
    """Whether a cue with no one named before it in its part of the clause ("Said she's fine",
    "Baby Leo: alert, feeding well, good eye contact") is about the child: the child is the last
    one named, in the clause or its heading or before it, and no adult is named in between."""
    kinds = [note.kinds[t][0] for t in _TOKEN.findall(c.low[:start]) if t in note.kinds]
    if "a" in kinds:
        return False
    if "c" in kinds or first_before == "c":
        return True
    heading = c.sent.heading
    return bool(heading) and any(note.kinds.get(t, ("",))[0] == "c" for t in _TOKEN.findall(heading.lower()))


def _cue_hits(note: Note, table: int, hits: list[Hit], decision_like: set[int] | None = None) -> None:
    quote = LIVED.quote_cue if table == T_LIVED else None
    box = _BOX_OF_TABLE[table]
    prev_first = ""
    for c, per_table in zip(note.clauses, note_cue_matches(note)):
        first_before, prev_first = prev_first, c.first or prev_first
        found = per_table[table]
        if quote is not None and ("'" in c.low or '"' in c.low):
            found = list(found)
            found.extend((m.start(), m.end(), quote[1], quote[2]) for m in quote[0].finditer(c.low))
        if not found:
            continue
        for start, end, w, flags in found:
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
                if "q" in flags and not (c.has_child and c.first != "a"):
                    continue
                if "b" in flags and c.n_tokens <= 4 and len(c.sent.low.split()) <= 4:
                    w = 0.3  # bare: "Risk: high - CSE.", "Risks: exploitation." name a category
                if "k" in flags:
                    before = c.low[max(0, start - 30) : start]
                    if _STOPPED.search(before):
                        continue  # "stopped going missing" is a change, not a danger
                    if before.rfind("(") > before.rfind(")") or _CATEGORY.search(before):
                        w = 0.3
            if w < 0.6 and table == T_LIVED and _TOKENISTIC.search(c.sent.low):
                continue
            if c.sent.section == box:
                w += BOX_HINT
            hits.append((w, c.sent))


def detect_reflection(note: Note, decision_like: set[int]) -> list[Hit]:
    hits: list[Hit] = []
    _cue_hits(note, T_REFLECTION, hits, decision_like)
    _box_topic_hits(note, "reflection", hits)
    return hits


def detect_lived(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    _cue_hits(note, T_LIVED, hits)
    # In the Lived experience box (or under "In her own words:") a quotation is the child's
    # words unless an adult is named as saying it ("Mum said 'he's fine'")
    quote = LIVED.quote_cue[0]
    for c in note.clauses:
        if c.sent.section != "lived_experience" or ("'" not in c.low and '"' not in c.low):
            continue
        m = quote.search(c.low)
        if m is None or len(m.group(0).split()) < 3:
            continue
        said_by = [note.kinds[t][0] for t in _TOKEN.findall(c.low[: m.start()]) if t in note.kinds]
        if "a" not in said_by:
            hits.append((0.6, c.sent))
    return hits


def detect_impact(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    for c, per_table in zip(note.clauses, note_cue_matches(note)):
        domain = None
        in_sec = _in_section(c, "impact")
        found = per_table[T_IMPACT]
        if found and _UNDONE.search(c.low):
            continue  # "OT assessment still not done": the work's drift (progress), not the child's change
        for start, _end, w, _flags in found:
            told = False
            if c.has_adult and not c.has_child and c.first == "a" and not c.first_pronoun and not c.first_passing:
                # a parent's or professional's change, not the child's, unless they are telling
                # of the child's ("nan says he comes back calmer")
                if not _REPORTED.search(c.low, 0, start):
                    continue
                told = True
            if domain is None:
                domain = _has(_DOMAIN_F, c)
            if not c.has_child and not domain:
                continue
            if not domain and _has(_PROCESS_F, c):
                continue
            if w < 0.6:
                if not (domain and c.has_child):
                    continue
                w = 0.55
            if subject_kind(note, c, start, explicit=True) == "a":
                continue
            if told and subject_kind(note, c, start) != "c":
                continue  # "dad says he has stopped drinking"
            hits.append((w + (BOX_HINT if in_sec else 0.0), c.sent))
    return hits


def detect_risk(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    _cue_hits(note, T_RISK, hits)
    _box_topic_hits(note, "risk", hits)
    return hits


def detect_challenge(note: Note, decision_like: set[int]) -> list[Hit]:
    hits: list[Hit] = []
    for c in note.clauses:
        if c.sent.speaker == "manager" and "?" in c.low and _PROBE.search(c.low):
            hits.append((0.7, c.sent))  # the manager's probing question in a dialogue
    _cue_hits(note, T_CHALLENGE, hits, decision_like)
    _box_topic_hits(note, "challenge", hits)
    return hits


_DEC_TOKS = frozenset(
    "decided decision agreed agreement recommend recommended recommends recommending "
    "recommendation will remain remains stay stays continue continues continued close step "
    "stepdown nfa no ll should going closing stepping ending escalating issuing removing".split()
)


def _has_decision_mark(c: Clause) -> bool:
    low = c.low
    if _DEC_TOKS.isdisjoint(c.toks) and not (low.startswith("to ") or ": to " in low):
        return False
    return _DECISION_MARK.search(low) is not None


def decision_sentences(note: Note) -> set[int]:
    """Indices of sentences that record a decision (whether or not they give a reason)."""
    out = note.extra.get("decisions")
    if out is None:
        out = set()
        for c in note.clauses:
            if c.sent.section == "decisions" or _has_decision_mark(c):
                out.add(c.sidx)
        note.extra["decisions"] = out
    return out


_DECIDED_TO = re.compile(r"\b(?:agreed|decided|agree|decide|plan|planned|need|needs|want|wants)\s*$")
_TASK_TO = re.compile(rf"(?:^|[.:;] *|- ){OWNER}\s*$")
# What follows a dash after a decision, when it is the reason: a state of things ("dad is back",
# "nan's health has got worse", "she's missed three") or a judgement of timing ("too soon to
# tell"). A dash that carries on the plan ("- review on 3/3", "- SW to tell school") is not.
# the words that say how things are: "dad is back", "nothing has changed", "it still happens"
_STATE_WORDS = (
    r"is|are|was|were|has|have|had|isn't|aren't|wasn't|hasn't|haven't|hadn't|remains?|cannot|can't|won't|"
    r"didn't|doesn't|still"
)
_DASH_REASON = re.compile(
    r"(?:too (?:early|soon|late|risky|much)|not (?:yet|enough|safe|ready)|no (?!further\b|action\b)[a-z]+"
    rf"|(?:[a-z0-9'/()-]+ ){{0,11}}?(?:{_STATE_WORDS}|rel(?:y|ies)|shows?|keeps?|means?|met|achieved|"
    r"satisfactory|unchanged)"
    # "- stopping it would punish him", "- missing episodes up from one to four", "- we need to know"
    r"|(?:[a-z0-9'/()-]+ ){1,11}?(?:would|could|might)"
    r"|(?:[a-z0-9'/()-]+ ){0,6}?(?:up|down|increased|reduced|doubled|halved|fallen|risen|dropped) (?:from|to|by)"
    r"|(?:we|i|she|he|they|it|this|that|mum|dad) (?:need|needs|want|wants|must|[a-z]+s)"
    r"|[a-z]+'(?:s|re|ve) (?!to\b)[a-z]+)\b"
)
_DASH_PLAN = re.compile(
    rf"(?:{OWNER} (?:to|will|would|should|must|can|and)|review|next|then|to|by|at|on|in|date|see|until|with|and|for|"
    r"if|unless|when|whether|though|although|but|or|so|which|who)\b"
)


_REASON_HEAD = re.compile(r"^(?:(?:my|our|the|tm's|sw's) )?(?:rationale|reasons?|why)\b")
# a next sentence that says it is the reason for what came before
_POINTS_BACK = re.compile(
    r"\b(?:because of (?:that|this|which)|(?:that|this|which) is why|(?:that|this)'s why|for (?:that|this|these) reasons?|"
    r"(?:that|this) is the reason)\b"
)
_REASON_FIRST = ("because ", "given ")  # ("since", "as" are as often about time)
_SO_DECIDED = re.compile(
    r"(?:so|therefore|that's why|that is why|for (?:that|this|these) reasons?),? (?:we|i|tm|sw and i|it was) "
    r"(?:have |all )?(?:decided|agreed)\b"
)
_STATE = re.compile(rf"\b(?:{_STATE_WORDS}|weren't|disengaged)\b")


def _reads_as_reason(low: str) -> bool:
    """A sentence that states how things are (a reason), not another step to take."""
    if _DASH_PLAN.match(low) or TIMESCALE.match(low) or " to be " in low or _owner_at(low) >= 0:
        return False
    return _STATE.search(low) is not None


def _dash_reason(low: str, start: int, semicolon: bool = False) -> bool:
    """Whether a dash after the decision (from `start`) gives its reason; under a "Decision:"
    heading, a semicolon too ("Decision: no age assessment; there is no reason to doubt it")."""
    for sep in (" - ", "; ") if semicolon else (" - ",):
        i = low.find(sep, start)
        if i < 0:
            continue
        after = low[i + len(sep) :]
        if _DASH_PLAN.match(after) or TIMESCALE.match(after):
            continue
        head = after.split(",", 1)[0].split(" - ", 1)[0]
        if _DASH_REASON.match(head) is not None and not is_filler(head):
            return True
    return False


def detect_decisions(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    for sidx in sorted(decision_sentences(note)):
        s = note.sentences[sidx]
        low = s.low
        if _DECISION_NEG.search(low):
            continue
        in_sec = s.section == "decisions"
        m = None if in_sec else _DECISION_MARK.search(low)
        r = _RATIONALE.search(low, m.start() if m else 0)
        if r is None and m is not None and low.startswith(_REASON_FIRST):
            r = _RATIONALE.match(low)  # "Because Amy asked twice, we have decided ..."
        while r is not None and r.group(0).startswith("to ") and (
            _DECIDED_TO.search(low, 0, r.start()) or _TASK_TO.search(low, 0, r.start())
        ):
            # "we agreed to protect Fridays", "SW to keep visiting": the purpose is the
            # decision or the task itself, not a reason for it
            r = _RATIONALE.search(low, r.end())
        if r:
            rest = low[r.end() :].strip()
            if not rest or is_filler(rest):
                # "rationale: as discussed" gives no reason; "because the risk has changed" does
                said = r.group(0) == "because" and len(rest.split()) >= 4
                # "... agreed on that basis": the reason is the sentence before
                before = r.group(0).startswith("on th") and sidx > 0 and _reads_as_reason(note.sentences[sidx - 1].low)
                if not (said or before or (in_sec and not rest and r.group(0) in ("because", "rationale"))):
                    continue
            hits.append((0.85 if in_sec else 0.75, s))
            continue
        if (" - " in low or (in_sec and "; " in low)) and _dash_reason(low, m.end() if m else 0, semicolon=in_sec):
            hits.append((0.8 if in_sec else 0.7, s))
            continue
        # a reason on its own line right after ("Rationale: ...")
        nxt = note.sentences[sidx + 1] if sidx + 1 < len(note.sentences) else None
        if nxt is not None and not nxt.filler and (
            _REASON_HEAD.search(nxt.heading.lower())
            or nxt.low.startswith(("this is because", "because", "the reason", "rationale"))
        ):
            hits.append((0.8, s))
        elif nxt is not None and not nxt.filler and _POINTS_BACK.search(nxt.low) and _reads_as_reason(nxt.low):
            hits.append((0.7, s))  # "We won't apply yet. Mum has used every session; because of that ..."
        elif in_sec and nxt is not None and nxt.section == "decisions" and not nxt.filler and _reads_as_reason(nxt.low):
            hits.append((0.7, s))  # "Decision: PLO. Nine months on CP and nothing has changed for him."
        elif sidx > 0 and _SO_DECIDED.match(low) and _reads_as_reason(note.sentences[sidx - 1].low):
            hits.append((0.7, s))  # "... when dad drinks. So we agreed contact moves."
        else:
            hits.append((0.3, s))
    return hits


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
_PASSIVE_OWNER = re.compile(rf"\bto be [a-z]+ (?:up |out |off )?by (?:the )?{OWNER}\b")
# "supervision with SW (RT)": the worker's initials, which then own tasks ("RT to book ...")
_INITIALS = re.compile(r"\b(?:sw|tm|pa|iro|ps|worker|manager|social worker)\s*\(([a-z]{2,3})\)")


def _declared_initials(note: Note) -> list[str]:
    low = note.low_all
    if "(" not in low:
        return []
    return [f"{m.group(1)} {v}" for m in _INITIALS.finditer(low) for v in ("to", "will")]


def detect_actions(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    initials: list[str] | None = None
    named_cache: dict[int, list[str]] = {}
    for c in note.clauses:
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
            if not owner and ("sw" in c.toks or "tm" in c.toks) and _WORKER_TO.search(c.low):
                owner = True  # a note typed without stops: "kids ok per school sw to try again next week"
            if not owner and initials is None:
                initials = _declared_initials(note)
            if not owner and initials:
                owner = any(c.low.startswith(i) or f" {i} " in c.low for i in initials)
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
            # "Owner: SW. By 28/11." split over two sentences
            nxt_i = c.sidx + 1
            if nxt_i < len(note.sentences):
                nxt = note.sentences[nxt_i]
                if len(nxt.low) < 40 and TIMESCALE.search(nxt.low):
                    hits.append((0.8, c.sent))
                    continue
            hits.append((0.3, c.sent))
        elif "(" in c.low and _PAREN_OWNER.search(c.low) and TIMESCALE.search(c.low):
            hits.append((0.85, c.sent))  # a task list: "Book FGC (SW) 30/11"
        elif c.sent.section == "actions" and TIMESCALE.search(c.low):
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
    out = []
    for m in _NAMED_TO.finditer(raw):
        name = m.group(1).lower()
        if name in _NAME_STOP or name in note.names or name in NOT_NAMES or name in _CALENDAR:
            continue
        out.append(m.group(0).lower())
    return out


_ESC_T = frozenset(
    "plo pre preproceedings legal gateway strategy strat icpc rcpc conference care issue escalate "
    "escalated escalation escalating escalates deescalate de step stepped stepping steps stepdown "
    "special sgo permanence adoption long reunification cla lac core pathway exit end ending".split()
)
_DRIFT_T = frozenset(
    "drift drifted drifting drifts delay delayed delays overdue timescale timescales long not "
    "still track stalled stuck slipped slipping progress goals goal targets target month months "
    "weeks years week year review nearly without moving slow where point stage roll rolls rolled "
    "rolling".split()
)
_REVIEW_T = frozenset("review reviewed decide consider closure working next look looking revisit revisiting".split())


# "his aggression could escalate", "nothing to escalate": a behaviour getting worse, or no step at all
_WORSENING_BEFORE = re.compile(
    r"(?:behaviour|aggression|violence|harm|conflict|drinking|use|incidents?|risk|things|it|could|might|may|cutting|"
    r"self-harm|offending|exploitation|arguments|rows|"
    r"would|will|nothing to|no need to|not|no|without)\W*(?:\w+\W+)?$"
)


# "Next RCPC 14/12.": a date in the diary, not a view of the plan
_NEXT_DATE = re.compile(r"(?:the )?next [a-z ]{2,25}?(?: on| is| due)? \d{1,2}[/.]\d{1,2}")


def _only_worsening(low: str) -> bool:
    """Whether every escalation the clause names is something getting worse, not a step in the plan."""
    if "escalat" not in low:
        return False
    for m in _PROGRESS_ESC.finditer(low):
        if not m.group().startswith(("escalat", "de-escalat", "deescalat")):
            return False
        if not (_WORSENING_BEFORE.search(low, 0, m.start()) or low.startswith(" behaviour", m.end())):
            return False
    return True


def detect_progress(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    _box_topic_hits(note, "progress", hits)
    decided = decision_sentences(note)
    for c in note.clauses:
        toks = c.toks
        if (not _ESC_T.isdisjoint(toks) and _has(_PROGRESS_ESC_F, c) and not _only_worsening(c.low)
                and not (c.n_tokens <= 5 and _NEXT_DATE.match(c.low))
                and not (_DIARY.search(c.low) and c.sidx not in decided and not _TRAJECTORY.search(c.low))):
            # a step to take ("Decision: convene PLO meeting", "legal gateway to be booked") or a
            # view over time; not a step only named ("part of the pre-proceedings plan")
            future = _has(_FUTURE_F, c)
            if (future or c.sidx in decided or _TRAJECTORY.search(c.sent.low)) and not (
                _has(_PAST_EVENT_F, c) and not future
            ):
                hits.append((0.7, c.sent))
        if (not _DRIFT_T.isdisjoint(toks) and _has(_PROGRESS_DRIFT_F, c)) or (
            not _DELAY_T.isdisjoint(toks) and _has(_PROGRESS_DELAY_F, c)
        ):
            hits.append((0.75, c.sent))
        if "track" in toks and _has(_ON_TRACK_F, c) and _has(_PLAN_WORD_F, c):
            hits.append((0.7, c.sent))
        if (c.n_tokens >= 6 and not _REVIEW_T.isdisjoint(toks) and _has(_PROGRESS_REVIEW_F, c)
                and (not c.action or _PLAN_REVIEW.search(c.low)) and not _STATUS_REVIEW.search(c.low)
                and not _REVIEW_AS_TIME.search(c.low)):
            hits.append((0.6, c.sent))
        if ("open" in toks or "allocated" in toks) and _OPEN_FOR.search(c.low) and _NOT_YET.search(c.low):
            hits.append((0.75, c.sent))  # "CIN open 9 weeks and no meeting held yet"
    return hits


DEPTH_WORDS = 75


def detect_depth(note: Note) -> tuple[float, Sentence | None]:
    words = note.words
    strength = min(1.0, words / (2 * DEPTH_WORDS))
    longest = max((s for s in note.sentences if not s.filler), key=lambda s: len(s.raw), default=None)
    return strength, longest
