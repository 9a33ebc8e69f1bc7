"""The shared reading of a note: its clauses, who each is about, and negation.

Every criterion reads the same prepared clauses (`prepare`): the words lower-cased, split on
";" and bullets, each tagged with who it is about (the child, an adult, a pronoun resolved to
one of them). Also here: `negated` (a "not" just before a cue cancels it), the word `Cues`
table every criterion's cues are written in, and `Finder` shortcuts for the guards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain as _chain

from ..anchors import Finder, first_words, language
from ..lexicon import ADULT_NOUNS, CHILD_NOUNS, LETTER_PRONOUNS, NOT_NAMES, OWNER
from ..text import META_WORDS, Sentence, dotted_initials


_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(s: str) -> list[str]:
    """`_TOKEN.findall(s)`, by blanking every byte but [a-z0-9] and splitting: C passes over the
    bytes instead of a regex step per character. In UTF-8 every byte of a non-ASCII character
    is above 127, so such a character parts tokens as the regex does ("surrogatepass": any string)."""
    return s.encode("utf-8", "surrogatepass").translate(_TOKEN_BYTES).decode("ascii").split()


_TOKEN_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for b in range(256))

_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|other|more|some|many|all|own|no) "
    r"(?:other )?(?:children|kids|cases|babies)\b"
)

# every token _COUNTED can blank out of a clause's tokens (and numbers), and "foster" (see
# _foster_as_kind): any other token of the clause's words is among its tokens (`Clause.toks`)
MAY_BLANK = frozenset("two three four five six seven eight nine ten other more some many all own no "
                      "children kids cases babies foster".split())


def may_blank(t: str) -> bool:
    return t in MAY_BLANK or t.isdigit()

_NEG = re.compile(
    r"\b(?:no|not|never|nil|none|without|cannot|unable|failed|neither|nor|nobody|nothing)\b|n't\b"
)

_NEG_EXEMPT = re.compile(r"\b(?:no longer|not only|not just|no more than|never again)\b")

_NEG_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:was |were |has |have |is |are |had )?(?:not|never) (?:yet )?(?:been )?"
    r"(?:done|completed|undertaken|explored|discussed|considered|updated|recorded|seen|identified|"
    r"evidenced|possible|available|analysed|assessed|clear|known|captured|made)\b"
)


_NEG_ENDS = re.compile(r"[;:!?]|\.(?:\s|$)|, (?:but|yet|though|although|however|then|so|he|she|they|i|we|you|it)\b")


def negated(low: str, start: int, end: int) -> bool:
    """A negation within the four words before the cue, or "X not done" straight after."""
    before = low[max(0, start - 40) : start]
    words = before.split()[-4:]
    window = " ".join(words)
    if window and _NEG.search(window) and not _NEG_EXEMPT.search(window + " " + low[start:end]):
        # a clause boundary after the last negation ends its reach: "not at school, but she told me"
        last = None
        for last in _NEG.finditer(window):
            pass
        if not _NEG_ENDS.search(window, last.end()):
            return True
    after = low[end : end + 50]
    if low.endswith(_ASKS, start, end):
        return False  # what follows a question word is what was asked: "asked why the review is not done"
    # _NEG_AFTER needs a "not" or "never" with a space after it
    return ("not " in after or "never " in after) and bool(_NEG_AFTER.match(after))


_ASKS = (" why", " whether", " what", " how", " if", " who")


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
    obj_adult: bool = False  # a man or woman named as an object, where a boy or girl is named (_as_read)


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

# "Mr A", "Mrs Grant": an adult by title, named in passing: a title does not take "he" or "she"
# ("Mrs Grant says she now settles to Leah's voice" is the baby), but an adult's words are theirs
for _w in ("mr", "mrs", "ms"):
    _BASE_KINDS[_w] = ("a", "x")

# a man or woman named as an object (see _as_read and _Refs.feed)
_KEEPS_CHILD = {"M": "m", "F": "f"}

for _w in ("sw", "tm", "sws", "tms"):
    _BASE_KINDS[_w] = ("a", "t")

# who reports on the child, of unknown sex: "Foster carer says he's unsettled" is the boy
# named before, not the carer (see _Refs.feed); nor does "his adult going away" take "he"
for _w in ("carer", "foster", "parent", "grandparent", "adult"):
    _BASE_KINDS[_w] = ("a", "r")

for _w, _g in (("male", "m"), ("female", "f"), ("fathers", "p"), ("mothers", "p")):
    _BASE_KINDS[_w] = ("a", _g)

for _w in ("he", "him", "his", "himself"):
    _BASE_KINDS[_w] = ("p", "m")

for _w in ("she", "her", "hers", "herself"):
    _BASE_KINDS[_w] = ("p", "f")

for _w in ("they", "them", "their", "themselves"):
    _BASE_KINDS[_w] = ("p", "p")


class _Refs:
    """Who the last man, woman, single person and group mentioned were (for pronouns)."""

    __slots__ = ("m", "f", "p", "saved", "age", "named")

    def __init__(self, m: str = "", f: str = "", p: str = "", saved=None, age: int = 0, named: str = ""):
        # named: "m" and/or "f", while "he" or "she" is a child named as a boy or a girl
        self.m, self.f, self.p, self.saved, self.age, self.named = m, f, p, saved, age, named

    def copy(self) -> "_Refs":
        return _Refs(self.m, self.f, self.p, self.saved, self.age, self.named)

    def new_sentence(self) -> None:
        """The worker or manager stays "she" for the next sentence, then the family returns."""
        if self.saved is not None:
            self.age += 1
            if self.age > 1:
                self.m, self.f = self.saved
                self.saved = None

    def feed(self, kind: str, gender: str) -> str:
        """Record a mention; return the kind it refers to ('' when unresolved)."""
        if gender in _KEEPS_CHILD:
            # a man or woman named as an object ("told her mum", "because mum works"): a girl
            # or boy the pronoun already means keeps it ("Maryam cooks because mum works
            # late; she makes rice" is Maryam)
            g = _KEEPS_CHILD[gender]
            if g in self.named and (self.m if g == "m" else self.f) == "c":
                return kind
            gender = g
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
        if gender == "r":
            # a carer or parent of unknown sex keeps neither "he" from a boy named before nor
            # "she" from a girl: "Jamal (10) moved in. Foster carer says he's unsettled"
            named = self.named
            if not ("m" in named and self.m == "c"):
                self.m = kind
            if not ("f" in named and self.f == "c"):
                self.f = kind
            return kind
        if gender == "m":
            self.m = kind
            if kind == "c":
                self.named = self.named.replace("m", "") + "m"
            else:
                self.named = self.named.replace("m", "")
        elif gender == "f":
            self.f = kind
            if kind == "c":
                self.named = self.named.replace("f", "") + "f"
            else:
                self.named = self.named.replace("f", "")
        elif gender == "s":
            self.m = self.f = kind
            self.named = ""
        else:
            self.p = kind
        return kind


# what an owner is given to do with
_OWNER_VERB = (r"(?:to|will|is to|are to|(?:has |have )?agreed to|should|must|"
               r"needs? to|is going to|are going to|plans? to|'ll|can)")

_OWNER_TO = re.compile(
    r"(?:^|[:;,\-(&/] *|\b(?:and|that|then|also|so|agreed|actions?|next steps?|step|plan|decision|"
    r"outcome|tasks?|todo):? |^(?:by|before|within) [a-z0-9/ ]{1,20}?,? )"
    # "SW (Kerry) to", "FSW (Dawn) will": the role with its holder's name in brackets
    # "day team sw (Ayo) to", "EDT sw to": the role with the team it sits in
    r"(?:(?:day team|edt|locality|duty|named|ooh|link|supervising|assessing) (?=sw\b|ssw\b|tm\b|worker\b|social worker\b|mgr\b))?"
    rf"(?P<owner>{OWNER}(?: and {OWNER})?)(?: \([a-z][a-z .'-]{{0,24}}\))? {_OWNER_VERB} (?!be\b|have been\b|not\b)[a-z]+"
)

# An _OWNER_TO match holds an owner's last word, a whole word, then " (" or " " and a verb:
# without that pair the clause is not searched (most clauses name someone and hold a "to").
# (None, and every clause searched, if OWNER or the verbs ever become too open to list)
_OWNERS, _VERBS = language(OWNER), language(_OWNER_VERB + " ")
_OWNER_LAST = frozenset(_TOKEN.findall(o)[-1] for o in _OWNERS) if _OWNERS and _VERBS else None
_AFTER_OWNER = tuple(sorted(_VERBS or ())) + ("(",)

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


def _not_a_name(n: str) -> bool:
    return (n in _NAME_STOP or n in _COMMON_CAPS or n in _CALENDAR or n in _ACRONYMS or n in _NOT_NAME_LOWER
            or n in _BASE_KINDS or n in _OPENING_LABELS or n in NOT_NAMES or n in META_WORDS)


def _opening_names(text: str, names: set[str]) -> bool:
    """Add the child a note, or one of its lines (each box is a line), opens on like a heading:
    "Tilly, 9.", "Logan, 3 - CP", "grace 9, autism", "jaxon 13 asc -"; a name with no age only
    at the note's start ("reuben - OT ref"). Whether any was found."""
    found = _opening_at(text, _NAME_OPENING.match(text), _NAME_OPENING_LOWER.match(text), True, names)
    if "\n" in text:
        # later lines, found by their newline (a scan in C, not a match tried at each line)
        for m in _LINE_OPENING.finditer(text):
            found = _opening_at(text, m, None, False, names) or found
        for m in _LINE_OPENING_LOWER.finditer(text):
            found = _opening_at(text, None, m, False, names) or found
    return found


def _opening_at(text: str, m, low, start: bool, names: set[str]) -> bool:
    if m is not None:
        n = m.group(1).replace(".", "").lower()
        if int(m.group(3)) <= 25 and not _not_a_name(n):  # not an adult's age, a date, "Week 3 -"
            names.add(n)
            if m.group(2):
                names.add(m.group(2).lower())
            return True
    if low is not None and low.group(1):
        n = low.group(1)
        if (low.group(2) or start) and not (low.group(2) and int(low.group(2)) > 25) and not _not_a_name(n.split("-")[0]):
            names.update(n.split("-"))
            return True
    return False


def _note_names(text: str, extra: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    if "(" in text:
        for m in _name_ages(text):
            if m.start() == 0 or not text[m.start() - 1].isalpha():
                names.add(m.group(1).lower())
                if m.group(2):
                    names.add(m.group(2).lower())
                before = _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
                if before is not None and before.group(1).lower() not in _NOT_GIVEN:
                    # "Siobhan O'Neill (12)", "Mary Jane (11)": the given name before the last
                    names.add(before.group(1).lower())
        for m in _NAME_LIST.finditer(text):
            names.add(m.group(1).lower())
    if "(" in text and text.islower():
        # a note typed without capitals: "kyle (7)"
        for m in _NAME_AGE_LOWER.finditer(text):
            n = m.group(1)
            if n not in _COMMON_CAPS and n not in _NAME_STOP and n not in _BASE_KINDS:
                names.add(n)
    opening = _opening_names(text, names)
    if text[:1].islower() and not opening:
        # "jayden 15 cin", "seen lily 4 at nursery", "tia 13 CIN": a name with an age, typed in haste
        for m in _NAME_AGE_PLAN_LOWER.finditer(text, 0, 200):
            n = m.group(1)
            if n not in _COMMON_CAPS and n not in _NAME_STOP and n not in _BASE_KINDS and n not in _NOT_NAME_LOWER:
                names.add(n)
    if not opening:
        # a hasty opening: "Dis Kayden 9 CIN disab", "Re Tyler 14 CP neglect"
        head = text[:120]
        m0 = _NAME_AGE_PLAN.search(head) if any(w in head for w in _PLAN_WORDS) else None
        if m0 and m0.group(1).lower() not in _NAME_STOP and m0.group(1).lower() not in _COMMON_CAPS:
            names.add(m0.group(1).lower())
    if "Baby " in text:
        names.update(m.group(1).lower() for m in _NAME_BABY.finditer(text) if m.group(1))
    if text.lstrip().startswith("Dear "):
        m = _NAME_DEAR.match(text.lstrip())
        if m:
            names.add(m.group(1).lower())
    if ":" in text:
        names.update(m.group(1).lower() for m in _fields(text))
        if text[:1].islower():
            # "child: mo aged 6", "re: amir (6)": the field names the child in a note typed in haste
            for m in _NAME_FIELD_LOWER.finditer(text, 0, 200):
                n = m.group(1)
                if n not in _COMMON_CAPS and n not in _NAME_STOP and n not in _BASE_KINDS and n not in _NOT_NAME_LOWER:
                    names.add(n)
    if "." in text:
        # "A.B. (9)", "Z.Z. wasn't seen": dotted initials are a person; the child unless a role
        for m in dotted_initials(text):
            if m.group(0).isupper():
                names.add("".join(g for g in m.groups() if g).lower())
    for at in _caps_pairs(text):
        # _INITIALS_NAME.finditer(text), tried only where two capitals start a word
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue
        m = _INITIALS_NAME.match(text, at)
        if m is not None and m.group(1).lower() not in _ACRONYMS:
            names.add(m.group(1).lower())
    if not names:
        # no "Name (age)" introduction: a capitalised name that speaks, feels or is described
        # ("Fern told SW", "Kofi is") is the child, unless it is named as a professional
        low = None
        professional: set[str] = set()  # asked once a name: a long note mentions its child often
        for m in _chain(_NAME_SUBJECT.finditer(text), _NAME_AFFECTED.finditer(text)):
            n = m.group(1).lower()
            if n in _NAME_STOP or n in _BASE_KINDS or n in _COMMON_CAPS or n in names or n in professional:
                continue
            if low is None:
                low = text.lower()
            if _named_as_professional(low, n) or _role_before(low, m.start()):
                # "Foster carer Sharon said", "step-dad Dave is": the adult named by role
                professional.add(n)
                continue
            names.add(n)
    if names:
        # "V told his school nurse", "K. now asks to go to bed", "N.T. ... N said": the child's
        # initial, standing alone (not a, i, nor the letters a contraction or possessive leaves:
        # I'd, I'm, can't, nan's)
        for n in [n for n in names if len(n) >= 2 and n[0] not in _NOT_INITIALS]:
            m = _INITIAL_ALONE.get(n[0].upper())
            if m is not None and m.search(text):
                names.add(n[0])
    for e in extra:
        for part in _NON_ALPHA.split(e):
            if part:
                names.add(part.lower())
        joined = _NON_ALPHA.sub("", e).lower()
        if joined:
            names.add(joined)
    return {n for n in names if n not in NOT_NAMES and n not in ADULT_NOUNS}


_NON_ALPHA = re.compile(r"[^A-Za-z]+")


# Both regexes below open with a capital, so `finditer` tries them at every capital of the
# note; each match holds a "(" or a ":", and these find the same matches from those.

def _name_ages(text: str) -> list[re.Match]:
    """`_NAME_AGE.finditer(text)`, tried only at the capitals just before each "(": a match
    runs from its capital to its "(" over letters, "-", "'s" and spaces alone."""
    out, end = [], 0
    q = text.find("(")
    while q >= 0:
        p = q
        while p > end and (text[p - 1] in _NAME_RUN or text[p - 1].isspace()):
            p -= 1
        for p in range(p, q):
            if "A" <= text[p] <= "Z":
                m = _NAME_AGE.match(text, p)
                if m is not None:
                    out.append(m)
                    end = m.end()
                    break
        q = text.find("(", max(q + 1, end))
    return out


_NAME_RUN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'\u2019")


def _fields(text: str) -> list[re.Match]:
    """`_NAME_FIELD.finditer(text)`, tried only where a field's word ("Child", "Re") ends
    before a colon, spaces between allowed (none of the words ends another)."""
    out, end = [], 0
    q = text.find(":")
    while q >= 0:
        j = q
        while j > end and text[j - 1].isspace():
            j -= 1
        for w in _FIELD_WORDS:
            if text.endswith(w, end, j):
                m = _NAME_FIELD.match(text, j - len(w))
                if m is not None:
                    out.append(m)
                    end = m.end()
                break
        q = text.find(":", max(q + 1, end))
    return out


_FIELD_WORDS = ("Child", "Young person", "YP", "Name", "Re", "RE")  # _NAME_FIELD's

_NOT_INITIALS = frozenset("aisdtm")

# a capital standing alone as a word: not in initials ("A.B."), a label ("Q:", "Plan B"), a title
# ("Mr K") or a code ("Y9")
# (the capital first, the look-behinds after it: a pattern that opens with a look-behind is
# tried at every character of the note, one that opens with a letter only at that letter)
_INITIAL_ALONE = {
    c: re.compile(rf"{c}(?<![\w.'’]{c})(?<!Mr {c})(?<!Mrs {c})(?<!Ms {c})(?<!Dr {c})(?<!Plan {c})(?<!plan {c})"
                  rf"(?:\.(?![A-Za-z])|'s\b|(?![\w.:)/&'’-]))")
    for c in "BCEFGHJKLNOPQRUVWXYZ"
}

_ROLES = ADULT_NOUNS - {"i", "we", "me", "us", "my", "our"}


def _role_before(low: str, at: int) -> bool:
    """Whether the word just before `at` (a comma between allowed) is an adult's role: "foster
    carer Sharon", "step-dad, Dave"."""
    m = _PREV_WORD.search(low, max(0, at - 25), at)
    return m is not None and m.group(1) in _ROLES and low[m.end(1) : at] in (" ", ", ")

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
                # what comes before is low[:b], read in place: a slice per mention made a long note quadratic
                b = i - 1
                if low.endswith((" is", " was"), 0, b):
                    b = low.rfind(" ", 0, b)  # "his PA is Marcus"
                if low.endswith(_TITLES, 0, b):
                    return True
                for t in _TITLES_WORD:
                    if low.endswith(t, 0, b) and (b == len(t) or not _is_w(low[b - len(t) - 1])):
                        return True
        if (i == 0 or not _is_w(low[i - 1])) and low.startswith(_ROLE_AFTER, j):  # "\b{n} (sw)"
            return True
        i = low.find(n, i + 1)
    return False


_NAME_AGE = re.compile(
    # "Ellie-May (9)", "De-Shawn (10)": a double-barrelled name is known by either part;
    # "Finn's (9) sleep": the child named as the owner, age after
    r"([A-Z][a-z]*)(?:-([A-Z][a-z]+))?(?:['\u2019]s)?\s*\(\s*(?:aged?\s*)?(?:\d|unborn|newborn|baby|\d+\s*(?:m|mths|months|weeks|wks|yrs?)\b)"
)

# the note opens on the child like a heading: "Tilly, 9.", "Logan, 3 - CP", "Re Kai, 14.",
# "Zara - 7 -", "Ruby aged 4,", "Ellie-May is 3", "J.B. is 7"; a date ("Monday, 9 Dec") is not
_NAME_OPENING = re.compile(
    r"\s*+(?:(?:RE|Re|re):? )?([A-Z][a-z]{1,15}+|[A-Z]\.(?:[A-Z]\.)++|[A-Z]{2,3}+)(?:-([A-Z][a-z]++))?"
    r"(?:,? (?:aged? )?| - | is (?:aged? )?)(\d{1,2})(?: ?(?:yrs?|years|y/o|yo))?"
    r"(?:,? (?:[A-Z]{2,4}\b|\()|\s*(?:[.,;:)]|[-\u2013\u2014](?!\d)|$)| (?:and|with|lives|has|is|was|in|at)\b)"
)

_PLAN_WORDS = (" CIN", " CP", " Ci", " CI", " LAC", " CLA", " EH", " CWD", " UASC", " SGO", " PLO", " CL", " care leaver",
               " disab")

_NAME_AGE_PLAN = re.compile(
    r"\b([A-Z][a-z]{2,15}),? (?:aged? )?\d{1,2}(?: ?(?:yrs?|years|y/o|yo))?,? "
    r"(?:CIN|CP|CiC|CIC|LAC|CLA|EH|CWD|UASC|SGO|PLO|CL|care leaver|disab\w*)\b"
)

_NAME_AGE_PLAN_LOWER = re.compile(
    r"\b([a-z]{3,15})(?:-[a-z]+)?,? (?:aged? )?\d{1,2},? (?:yrs?,? |years,? |y/o,? )?"
    r"(?:(?i:cin|cp|cic|lac|cla|eh|cwd|uasc)|care leaver|young carer|yp|at|in|with|seen|said|is|was|has)\b"
)

# words a number follows in a note's opening that are not a name: "visit 2 wks", "missed 3 at school"
_NOT_NAME_LOWER = frozenset(
    "visit visits visited missed week weeks wks month months days day aged age year years plan review seen since "
    "for from about over under only last next every within after before around episodes times nights sessions "
    "brother brothers sister sisters eldest youngest oldest middle cousin cousins was were is are has had "
    "have been being did does got gets went goes incidents episodes package hours".split()
)

# a note typed in lower case that opens on the child: "grace 9, autism", "hollie 17y -",
# "zain 10 non-verbal asc", "reuben - OT ref", "lily-rose 5," (not "visit 2/2" nor "week 3 -")
_NAME_OPENING_LOWER = re.compile(
    r"\s*+(?:re:? )?([a-z]{2,15}+(?:-[a-z]{2,15}+)?)(?:,? (?:aged? )?(\d{1,2}) ?(?:y|yo|yrs?|years)?(?![\d/:.%]|\.\d| ?(?:wks?|weeks?|days?|"
    r"months?|mths?|hrs?|hours?|mins?|nights?|times?|x\b|am|pm|th|st|nd|rd)\b)|(?= - ))"
)

_LINE_OPENING = re.compile("\n" + _NAME_OPENING.pattern)

_LINE_OPENING_LOWER = re.compile("\n" + _NAME_OPENING_LOWER.pattern)

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

_CAPS_PAIR = re.compile(r"[A-Z][A-Z]")


def _caps_pairs(text: str) -> list[int]:
    """Where `_CAPS_PAIR.finditer(text)` matches, found in an ASCII note by `bytes.find` on its
    shape (each capital one byte, anything else another) instead of a regex step per character."""
    if not text.isascii():
        return [c.start() for c in _CAPS_PAIR.finditer(text)]
    shape = text.encode("ascii").translate(_CAPS_SHAPE)
    out = []
    i = shape.find(b"AA")
    while i >= 0:
        out.append(i)
        i = shape.find(b"AA", i + 2)  # (finditer's matches do not overlap)
    return out


_CAPS_SHAPE = bytes(65 if 65 <= b <= 90 else 97 for b in range(256))  # A-Z to "A", the rest to "a"
_ACRONYMS = frozenset(
    """
    sw tm hv gp da dv cp cin plo ot icpc rcpc nrm ce cce cse iro pa lac cla sgo fgc ehcp sen dsl yp uasc
    ehc nhs cps mash ss ssw asw fsw sdq adhd asd idva marac mappa dbs bmi epds isw pe pep aa na eh tac
    cic ldo lado rhi rhw yot yos ypo vs ap psw hos asye mgm mgf pgm pgf gm gf sm ic iso cahms camhs fgm
    ict dol sgo ks cp1 ftt ae ed icu oos bme qa ofsted ccg la ofs ri ta hsv sb cc chc btp icb picu nicu ltp
    """.split()
)

_NAME_BABY = re.compile(r"Baby ([A-Z][a-z]*)\b")

_NAME_DEAR = re.compile(r"Dear ([A-Z][a-z]+)")

_NAME_FIELD = re.compile(r"(?:Child|Young person|YP|Name|Re|RE)\s*:\s*([A-Z][a-z]*)")

_NAME_FIELD_LOWER = re.compile(r"\b(?:child|young person|yp|name|re)\s*:\s*([a-z]{2,15})\b(?=,? (?:aged? )?\(?\d)")

_OPENING_LABELS = frozenset(
    "session sessions page part section step stage level phase item number tier no room year age "
    "supervision meeting visit review case plan round cohort group table scale score rating safety attendance "
    "weight height centile grade band day night floor flat house bus route class yr ks set lesson period "
    "term time q question point option priority chapter appendix exclusion exclusions housing".split()
)

# a given name just before the name that carries the age: "Siobhan O'Neill (12)"
_GIVEN_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{1,15}) (?:[A-Z]')?$")

# capitalised words that open a sentence before a name but are no given name: "Saw Kai (6)"
_NOT_GIVEN = frozenset(
    "saw seen met visited spoke called rang phoned discussed reviewed asked told with for and about re "
    "dear hi hello baby little big young older younger".split()
)

_LETTER = re.compile(
    r"^\s*(?:dear|hi|hello|to) [a-z]+|\b(?:talked|spoke|thought|talk|think) about you\b|\byour social worker\b"
)

_LETTER_ANYWHERE = re.compile(
    r"(?:^|\n|\. )(?:dear|hi|hello) [a-z]+,|\b(?:talked|spoke) about you\b|\byour social worker\b"
)

# "\byou(?:rself)?\b" written to open with its literal (as _NAMED_TO), so the regex engine jumps
# from one "you" to the next instead of trying the pattern at every character of the note
_YOU = re.compile(r"you(?<!\wyou)(?:rself)?\b")

_LETTER_WORDS = ("dear ", "hi ", "hello ", "about you", "your social worker")  # one needed by _LETTER_ANYWHERE

# r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", the same matches (group 1 the male
# ones, tried in the same order) opened by letters, so the engine skips to an "h" or an "s"
_GENDERED = re.compile(r"h(?<!\wh)(?:(e|im|is|imself)|er|ers|erself)\b|s(?<!\ws)he\b")


def _guess_gender(low: str, name: str) -> str:
    """'m'/'f' from the first gendered pronoun after a mention of the name that no one else
    named between may mean ("Kai (6). Sharon (foster carer) says she ..." tells nothing of
    Kai: the next mention is tried), else 's'."""
    size, end = len(name), len(low)
    i = low.find(name)
    tried = 0
    while i >= 0 and tried < 4:
        j = i + size
        if (i > 0 and low[i - 1].isalnum()) or (j < end and low[j].isalnum()):
            i = low.find(name, i + 1)
            continue
        tried += 1
        m = _GENDERED.search(low, j, j + 200)
        if m is None:
            return "s"
        g = "m" if m.group(1) else "f"
        if not _may_mean_between(low, j, m.start(), g):
            return g
        i = low.find(name, j)
    return "s"


def _may_mean_between(low: str, start: int, end: int, gender: str) -> bool:
    """Whether someone named between a name and a pronoun may be the one the pronoun means: an
    adult of its sex ("Mum says she ..."), or one of unknown sex given a role in brackets
    ("Sharon (foster carer) says she ..."); an unnamed carer is not ("Foster carer says he ...")."""
    toks = None
    if "(" not in low[start:end]:
        toks = tokens(low[start:end])
        if _BLOCKERS[gender].isdisjoint(toks) and _ONE_PROFESSIONAL[gender].isdisjoint(toks) and _SAID_T.isdisjoint(toks[-4:]):
            return False  # (the common case, decided without reading each word)
    if toks is None:
        toks = tokens(low[start:end])
    if _named_as_subject(toks, _ONE_PROFESSIONAL[gender]):
        return True  # "The worker has met mum. I asked why. She said ...": may be the worker
    said = _SAID_BY_OTHER.search(low, max(start, end - 40), end) if end - start > 4 else None
    if said is not None and said.group(1) not in _BASE_KINDS:
        # "kai told sw he'd stopped": someone else, unknown here, tells of himself ("carer says
        # he's unsettled" is the child)
        return True
    same = _MALE if gender == "m" else _FEMALE  # "twin brother ... he'd stopped": not her
    prev = prev2 = ""
    for t in toks:
        # "lives with Ms Owusu, since her move", "cooks because mum works": not the one meant
        if prev not in _OBJECT_OF and prev not in _AS_OBJECT and not (prev in _OWNING and prev2 in _AS_OBJECT):
            if t in same:
                return True
            k = _BASE_KINDS.get(t)
            if k is not None and k[0] == "a" and k[1] == gender:
                return True
        prev2, prev = prev, t
    p = low.find("(", start, end)
    while p >= 0:
        q = low.find(")", p, end)
        if q < 0:
            break
        for t in tokens(low[p:q]):
            k = _BASE_KINDS.get(t)
            if k is not None and k[0] == "a" and k[1] in "rsxt" and t not in _FIRST_PERSON:
                return True  # "Sharon (foster carer)", "Jo (SW)"
        p = low.find("(", q, end)
    return False


_FIRST_PERSON = frozenset("i we me us my our".split())

# the words that may make someone between a name and a pronoun the one it means
_BLOCKERS = {
    g: frozenset(_MALE if g == "m" else _FEMALE) | frozenset(w for w, k in _BASE_KINDS.items() if k == ("a", g))
    for g in "mf"
}
# one professional of either sex (or of this one, by title), not "I" or "we", not a group
_ONE_PROFESSIONAL = {
    g: frozenset(w for w, k in _BASE_KINDS.items() if k[0] == "a" and k[1] in "xt")
    - _FIRST_PERSON - _PLURAL - {"gps", "sws", "tms", "teachers", "staff", "police", "managers", "practitioners",
                                 "head", "chair"}
    for g in "mf"
}
_SAID_T = frozenset("told tells says said explained reported reports that".split())

# someone said it just before the pronoun (the name itself saying it starts the window)
_SAID_BY_OTHER = re.compile(r"\b([a-z]+) (?:told|tells|says|said|explained|reported|reports)(?: (?:me|us|sw|tm|her|him|them|the \w+))? (?:that )?$")

# a letter-like note written to the worker, not the child ("Dear Jo, thank you for
# supervision"), unless it speaks to the child of their own people and places
_TO_WORKER = re.compile(
    r"\b(?:supervision|your (?:assessments?|analysis|practice|caseload|hypothes[ie]s|recording|case ?notes?|"
    r"supervisee)|you (?:visited|assessed|observed|recorded)|(?:i|we) asked you (?:how|what|why|whether|about|to)|"
    r"we agreed (?:that )?you)\b"
)

_TO_CHILD = re.compile(
    r"\byour (?:social worker|sw|mum|mummy|dad|daddy|nan|nana|gran|grandma|grandad|carers?|foster|brothers?|"
    r"sisters?|school|teachers?|class|room|bedroom|friends?|family|iro|pa|personal adviser|plan|birthday|dog|cat)\b"
)

# a professional's title that is also an ordinary noun, read as the person only where it acts as
# one ("the head says", "head of year", "the chair agreed"), never after "his" or "on the", nor
# before what a head or a chair has ("head lice", "high chair")
_THINGS_TOO = ("head", "chair")

# "his head", "a chair", "on the head", "behind the chair"
_THING_OWNERS = frozenset("his her their my your its our a high baby".split())
_THING_PLACES = frozenset("on to in over off behind under from against into at round of".split())

_THING_AFTER = re.compile(
    r"-| ?(?:lice|louse|nits|injur\w*|wound|bump|lump|ache|aches|down|bang\w*|butt\w*|first|to toe|"
    r"start|count|scan|size|circumference|control|shape|in (?:his|her|their) hands)\b"
)


def _only_a_thing(low: str, w: str) -> bool:
    """Whether every whole-word `w` in `low` is the thing, not the person."""
    found = False
    for st in _token_starts(low, w):
        found = True
        before = low[max(0, st - 24) : st].split()
        last = before[-1] if before else ""
        if not (last in _THING_OWNERS or last.endswith("'s")
                or (last == "the" and len(before) > 1 and before[-2] in _THING_PLACES)
                or _THING_AFTER.match(low, st + len(w))):
            return False
    return found


_FOSTER_THINGS = frozenset("placement placements home homes care family families placed".split())


def _foster_as_kind(toks: list[str]) -> list[str]:
    """"a new foster placement": a kind of placement, not a person who then becomes "he"."""
    return [t for i, t in enumerate(toks) if not (t == "foster" and i + 1 < len(toks) and toks[i + 1] in _FOSTER_THINGS)]


def prepare(sentences: list[Sentence], text: str, extra_names: tuple[str, ...] = ()) -> Note:
    """Split sentences into clauses and tag who each clause is about."""
    low_all = text.lower()
    names = frozenset(_note_names(text, extra_names))
    head = low_all[:400]
    # (each box of a record is a line: a letter's opening may be in any of them)
    letter = "you" in low_all and (
        ("you" in head and _LETTER.search(head) is not None)
        or (any(w in low_all for w in _LETTER_WORDS) and _LETTER_ANYWHERE.search(low_all) is not None)
    ) and (_TO_CHILD.search(low_all) is not None or _TO_WORKER.search(low_all) is None)
    kinds = dict(_BASE_KINDS)
    for n in names:
        kinds[n] = ("c", _guess_gender(low_all, n))
    if letter:
        for w in LETTER_PRONOUNS:
            kinds[w] = ("c", "s")
    elif "you" in low_all and _YOU.search(low_all) is not None:
        # a note written to the supervisee ("You told me ...", "I asked you ...", "we agreed you
        # will ..."): "you" is the worker, named in passing, so a later "he" is still the child
        kinds["you"] = kinds["yourself"] = ("a", "x")
    for w in _THINGS_TOO:
        if w in low_all and _only_a_thing(low_all, w):
            del kinds[w]  # "head lice", "behind the chair": no head teacher, no chair of a meeting
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
            for t in tokens(s.heading.lower()):
                k = get(t)
                if k is not None and k[0] != "p":
                    refs.feed(*k)
        if s.filler:
            continue
        words += len(s.text.split())
        child_section = s.section in ("impact", "lived_experience")
        for low in s.clauses:
            src = _counted(low)
            toks = tokens(src)
            if "foster" in toks:
                toks = _foster_as_kind(toks)
            carried = (refs.m, refs.f, refs.p, refs.saved, refs.age, refs.named)  # read only if asked
            first = ""
            first_p = first_x = False
            has_c = has_a = False
            people = list(filter(None, map(get, toks)))  # (every kind is a non-empty tuple)
            # a man or woman named as an object matters only where a boy or girl is named
            obj_adult = (refs.named or not names.isdisjoint(toks)) and _object_mention(toks)
            if obj_adult or "s" in toks or not _WORKER_TOKS.isdisjoint(toks):
                people = _people_in_order(_bracketed(toks, low) if ("(" in low and src is low) else toks, kinds)
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
            same = src is low or src == low
            at = _owner_at(low, ftoks, same)
            clauses.append(
                Clause(low, ftoks, len(toks), s, sidx, carried, first, has_c, has_a,
                       at >= 0, first_p, at, same, first_passing=first_x, obj_adult=bool(obj_adult))
            )
    return Note(sentences, clauses, names, letter, kinds, words, low_all=low_all)


# "told SW", "asked the TM": the worker as the object of a verb, so "he" after it is still the child
_WORKER_TOKS = frozenset("sw tm sws tms".split())

_OBJECT_BEFORE = frozenset(
    "told tells tell asked asks ask showed shows show gave gives give with to by for from at and "
    "helped helps called rang phoned emailed texted met meets the".split()
)


# a verb (or its adverb) straight after "and "/"but ": the part shares the subject before it
_SHARED_VERB = re.compile(
    r" ?(?:(?:then|also|still|often|now|just|never|always|sometimes|usually|rarely|regularly|frequently|"
    r"later|again|even|only|has|have|had|has been|had been) )*"
    r"(?:is|was|are|were|has|have|had|does|did|will|would|can|could|may|might|won't|wouldn't|doesn't|"
    r"didn't|isn't|wasn't|hasn't|hadn't|can't|cannot|(?!(?:his|this|its|hers|theirs|ours|yours|as|us|"
    r"things|tears|needs|plans|parents|carers|siblings|others|police|services|concerns|issues)\b)"
    r"[a-z]+(?:ed|s)|hid|ran|went|came|took|got|said|told|ate|slept|sat|stood|threw|hit|fell|left|kept|felt|made|"
    r"saw|began|broke|drank|drew|spoke|wrote|wore|woke|swore|stole|shook|clung|bit|fought|hurt|lost|won)\b"
)

# words before a person that make them the object of a verb or a preposition, not its subject
_COUNTED_BEFORE = frozenset("a an two three four five six seven eight nine ten several many other new".split())

_OBJECT_OF = _OBJECT_BEFORE | _COUNTED_BEFORE | frozenset(
    "in on into of about after behind near over under against like than towards around".split()
)  # with _COUNTED_BEFORE: "has had three workers", a person counted is an object


def _as_read(k: tuple[str, str], word_before: str, owned: bool, two_before: str = "") -> tuple[str, str]:
    """A person word as a later "he" or "she" reads it. Named in passing, so not the one they
    mean: a worker just after a verb or preposition ("told SW"), and an adult owner ("moved to
    nan's"; "K's attendance" stays K's). A man or woman named as an object ("told her mum",
    "with dad", "because mum works") is read as such ("M", "F": see _Refs.feed)."""
    if k[1] == "t":
        return (k[0], "x") if word_before in _OBJECT_BEFORE else k
    if owned and k[0] == "a" and k[1] in "mfsr":
        return (k[0], "x")
    if k[1] in "mf" and k[0] == "a" and (
        word_before in _AS_OBJECT or (word_before in _OWNING and two_before in _AS_OBJECT)
    ):
        return (k[0], k[1].upper())
    return k


# words after which a man or woman is not the subject a later "he" or "she" looks back to: a
# verb or preposition taking them as object, or a subordinate clause's opening ("because mum
# works"; not "when" or "if": "when dad drinks he hits mum" is dad)
_AS_OBJECT = frozenset(
    "told tells tell asked asks ask showed shows show gave gives give helped helps called rang phoned "
    "emailed texted met meets with to by for from at in on into of about after behind near over under "
    "against like than towards around because since until although though whereas unlike without".split()
)

_OWNING = frozenset(("his", "her", "their"))


def _object_mention(toks: list[str]) -> bool:
    """Whether a man or woman is named as an object in `toks` (as _as_read reads it)."""
    return _named_as(toks, _GENDERED_ADULTS, True)


def _named_as_subject(toks: list[str], words: frozenset[str]) -> bool:
    """Whether one of `words` is in `toks` other than as an object ("met the worker" is not)."""
    return _named_as(toks, words, False)


def _named_as(toks: list[str], words: frozenset[str], as_object: bool) -> bool:
    for t in words.intersection(toks):
        i = toks.index(t)
        while True:
            if (i > 0 and (toks[i - 1] in _AS_OBJECT or (i > 1 and toks[i - 1] in _OWNING and toks[i - 2] in _AS_OBJECT))) is as_object:
                return True
            try:
                i = toks.index(t, i + 1)
            except ValueError:
                break
    return False

# gendered adult words (mum, dad, nan ...): a clause holding one is read person by person
_GENDERED_ADULTS = frozenset(w for w, k in _BASE_KINDS.items() if k[0] == "a" and k[1] in "mf")


def _bracketed(toks: list[str], low: str) -> list[str]:
    """`toks` with the word before a worker named in brackets read as "by": "seen alone (SW NM)"
    names who saw the child, in passing; it does not make the worker the next "she"."""
    out = None
    for w in _WORKER_TOKS.intersection(toks):
        if "(" + w not in low:
            continue
        starts = _token_starts(low, w)
        idx = [i for i, t in enumerate(toks) if t == w]
        for st, i in zip(starts, idx):
            if st and low[st - 1] == "(" and i:
                if out is None:
                    out = list(toks)
                out[i - 1] = "by"
    return out or toks


def _people_in_order(toks: list[str], kinds: dict) -> list:
    """The clause's person words in order, as `_as_read` reads them ("nan's" is "nan", "s")."""
    last = len(toks) - 1
    return [
        _as_read(kinds[toks[i]], toks[i - 1] if i else "", i < last and toks[i + 1] == "s", toks[i - 2] if i > 1 else "")
        for i in [i for i, t in enumerate(toks) if t in kinds]
    ]


_OWNER_TOKS = frozenset(
    "sw tm iro pa hv gp senco fsw fw ssw sm dsl ap psw eh i we school nursery college carer carers "
    "mum dad mother father parent parents health police camhs cafcass midwife social team manager "
    "family support youth key allocated keyworker chair ldo lado virtual vs head headteacher teacher "
    "nurse gran nan grandparents grandparent aunt uncle foster residential staff home panel legal "
    "solicitor service duty student asye hos worker kinship the".split()
)

_OWNER_VERBS = frozenset("to will should must need needs going plans plan ll can agreed".split())


def _owner_at(low: str, toks: frozenset[str] | None = None, of_low: bool = False) -> int:
    """Where an owner is given something to do in the clause (-1 if nowhere).

    The owner must lead its clause ("SW to visit", "Actions: TM to book", "agreed that mum
    will"), so that "SW texted mum to arrange a visit" is not an action for mum. `of_low`:
    `toks` are every token of `low` (no "two children" was blanked out of them).
    """
    if toks is not None and (_OWNER_TOKS.isdisjoint(toks) or _OWNER_VERBS.isdisjoint(toks)):
        return -1
    if of_low and _OWNER_LAST is not None and not _owner_then_verb(low, toks):
        return -1
    m = _OWNER_TO.search(low)
    return m.start("owner") if m else -1


def _owner_then_verb(low: str, toks: frozenset[str]) -> bool:
    """Whether an owner's last word is followed by " (" or " " and a verb (see _OWNER_LAST)."""
    for w in _OWNER_LAST.intersection(toks):
        n = len(w) + 1
        w += " "
        i = low.find(w)
        while i >= 0:
            if low.startswith(_AFTER_OWNER, i + n):
                return True
            i = low.find(w, i + 1)
    return False


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
            objects = "mf" if clause.obj_adult else ""
            for t in [t for t in clause.toks if t in kinds]:
                k, n = kinds[t], len(t)
                if k[1] == "t" or (k[0] == "a" and ("'s" in low or k[1] in objects)):
                    for st in _token_starts(low, t):
                        prev = _PREV_WORD.search(low, 0, st) if (k[1] == "t" or k[1] in objects) else None
                        before = "by" if (prev and low[st - 1] == "(") else (prev.group(1) if prev else "")
                        two = ""
                        if prev is not None and before in _OWNING:
                            prev2 = _PREV_WORD.search(low, 0, prev.start(1))
                            two = prev2.group(1) if prev2 else ""
                        people.append((st, st + n, _as_read(k, before, low.startswith("'s", st + n), two)))
                    continue
                people.extend((st, st + n, k) for st in _token_starts(low, t))
            people.sort()
            clause.people = people
        refs = _Refs(*clause.carried)
        cut = max(low.rfind(",", 0, pos), low.rfind(":", 0, pos), low.rfind(" and ", 0, pos),
                  low.rfind(" but ", 0, pos), low.rfind(" which ", 0, pos), low.rfind(" while ", 0, pos),
                  low.rfind(" because ", 0, pos))
        lo = 0
        section = clause.sent.section
        if cut > 0:
            adult_before = False
            for _s, e, k in people:
                if e > cut:
                    break
                adult_before = refs.feed(*k) == "a" or adult_before
            lo = cut
            if adult_before and _SPEECH_AFTER_CUT.match(low, cut):
                # "Nan, Pat, says she is tired": the one who says it is before the comma, so
                # "she" does not open a clause of its own, even in the child's box
                section = None
        found = _last_named(_between(people, lo, pos), refs, section, explicit)
        if not found and cut > 0 and low.startswith((" and ", " but "), cut) and (
            low[cut:pos] in (" and ", " but ")
            or (next(_between(people, cut, pos), None) is None and _SHARED_VERB.match(low, cut + 5))
        ):
            # "Holly has missed school and told mum ...", "School say he has been late and was
            # found crying": a verb with no one named since "and" (or "but") shares the subject
            # before it, the last person there who is not an owner ("her partner", "mum's bed")
            # or an object ("told mum", "in mum's bed"); "and the money stopped" has its own
            refs = _Refs(*clause.carried)
            subject = ""
            for st, e, k in people:
                if e > cut:
                    break
                kind = refs.feed(*k)
                if not kind or low[st:e] in _NOT_SUBJECT or (k[0] != "p" and low.startswith("'s", e)):
                    continue
                prev = _PREV_WORD.search(low, 0, st)
                if prev is not None and prev.group(1) not in _OBJECT_OF and low[prev.end(1) : st] == " ":
                    # "three social workers": a counted person two words back is an object too
                    prev2 = _PREV_WORD.search(low, 0, prev.start(1))
                    if prev2 is not None and prev2.group(1) in _COUNTED_BEFORE and low[prev2.end(1) : prev.start(1)] == " ":
                        continue
                if prev is None or prev.group(1) not in _OBJECT_OF:
                    subject = "" if (explicit and k[0] == "p" and kind == "a") else kind
            return subject
        return found
    before = _counted(low[:pos])
    refs = _Refs(*clause.carried)
    cut = max(before.rfind(","), before.rfind(":"), before.rfind(" and "), before.rfind(" but "),
              before.rfind(" which "), before.rfind(" while "), before.rfind(" because "))
    if cut > 0:
        # feed the earlier part for pronoun resolution, but look for the subject only after it
        for k in _people_in_order(tokens(before[:cut]), note.kinds):
            refs.feed(*k)
        before = before[cut:]
    return _last_named(_people_in_order(tokens(before), note.kinds), refs, clause.sent.section, explicit)


_SPEECH_AFTER_CUT = re.compile(
    r", (?:says|said|tells|told (?:me|us|sw|the \w+)|reports|reported|feels|felt|thinks|thought|explained|"
    r"added|states|stated|admits|admitted|agrees|agreed)\b"
)


def _between(people, lo: int, pos: int):
    """The person words of `people` (start, end, kind) that start at `lo` or after and end by `pos`."""
    for st, e, k in people:
        if st < lo:
            continue
        if e > pos:
            break
        yield k


def _last_named(kinds, refs: "_Refs", section: str | None, explicit: bool) -> str:
    """Whose words these are: the kind of the last person named, pronouns resolved through
    `refs`; in a child's box a leading pronoun is the child; with `explicit`, a pronoun that
    resolves to an adult names no one."""
    found = ""
    child_section = section in ("impact", "lived_experience")
    first = True
    for k in kinds:
        kind = refs.feed(*k)
        if k[0] == "p" and first and child_section:
            kind = "c"
        first = False
        if kind:
            found = "" if (explicit and k[0] == "p" and kind == "a") else kind
    return found


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


def _has(finder: Finder, c: "Clause") -> bool:
    # the clause's token set reads "two children" blanked out: then scan as before
    memo = c.starts
    if memo is None:
        memo = c.starts = {}
    return finder.found(c.low, c.toks if c.src_is_low else None, memo)


def _first(finder: Finder, c: "Clause") -> re.Match[str] | None:
    """`finder.rx.search(c.low)`, tried only where it can start (see `_has`)."""
    memo = c.starts
    if memo is None:
        memo = c.starts = {}
    return finder.search(c.low, c.toks if c.src_is_low else None, memo)
