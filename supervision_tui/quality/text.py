"""Reading a note: normalising, splitting into sentences and clauses, finding headings.

A supervision note arrives as prose, as bullet points, as "Heading: text" lines, or as the
sections of a structured `CaseDiscussion`. Everything downstream works on `Sentence` objects:
the verbatim sentence (for evidence), its lower-cased content without any recognised heading
(for matching), the section it sits in, and whether it is filler ("N/A", "as above",
"discussed") that can meet nothing.

Pure Python; every pattern is compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .anchors import first_words
from .lexicon import OWNER

# --- normalising -----------------------------------------------------------------------

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2022": "-",
        "\u25cf": "-",
        "\u00b7": "-",
        "\u2026": ".",
        "\t": " ",
        "\r": "\n",
    }
)


def normalise(text: str) -> str:
    """Typographic quotes and dashes to ASCII, tabs and CRs to spaces/newlines."""
    # most notes hold none or a few of them: a C-speed scan for each instead of `translate`'s
    # dict lookup per character (the same result: no replacement is itself replaced)
    for ch, to in _ASCII_REPLACE if text.isascii() else _REPLACE:
        if ch in text:
            text = text.replace(ch, to)
    return text


_REPLACE = tuple((chr(k), v) for k, v in _TRANSLATE.items())
_ASCII_REPLACE = tuple((ch, to) for ch, to in _REPLACE if ch.isascii())


# --- sections ----------------------------------------------------------------------------

# Canonical section names are the CaseDiscussion field names, plus "decisions" and "actions".
SECTIONS = (
    "update",
    "lived_experience",
    "reflection",
    "risk",
    "impact",
    "challenge",
    "decisions",
    "actions",
    "progress",
)

# (pattern on the lower-cased heading, section). First match wins, so the order matters:
# "risk analysis" is risk, "impact on child" is impact, "child's experience" is lived.
_HEADING_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), s)
    for p, s in (
        (r"challeng|manager.?s? (?:view|question)|tm (?:view|question)", "challenge"),
        # "What this means for Kai:" asks what it means for the child (not "What this means:", a reading)
        (r"impact|what (?:has )?changed|difference|outcomes? for|what.?s (?:better|different)|"
         r"what (?:this|it|that) means? for (?!(?:the |our )?(?:plan|case|team|us|me|mum|dad|parents?|carers?|family|"
         r"court|panel|police|school)\b)", "impact"),
        # the three houses, done with the child: what the child put in each house is the child's voice
        (r"\b(?:worr\w*|good things?|dreams?) houses?\b|\bhouse of (?:worries|good things|dreams)\b|three houses", "lived_experience"),
        (r"risk|worr|danger|harm|protective|safety|working well|concern|strength", "risk"),
        (r"voice|lived|wish|feeling|world|experience|a day|life (?:is )?like|day[- ]to[- ]day|daily life|child.?s view|yp.?s view|in (?:his|her|their) (?:own )?words|what (?:\w+ )?(?:said|says)", "lived_experience"),
        (r"reflect|analys|what (?:we|i) think|think|make of|made of|hypothes|what (?:it|this) means|what (?:does|did) (?:it|this|that) mean|meaning|perpetrator|pattern of (?:behaviou?r|abuse|control|coerci)|complicat|formulation|going on|my view|sense|why|professional judg|(?:sw|worker|practitioner).?s? view|^(?:our |the |tm |manager.?s? )?view$", "reflection"),
        (r"decision|direction|decided|outcome of supervision|^outcomes?$|rationale|reason|^agreed$|"
         # what a manager calls the decision in plain words: "Bottom line:", "Way forward:", "My call:" (not "The call:", a phone call)
         r"^(?:the )?bottom line$|^(?:agreed |the )?way forward$|^my call$|"
         # typed short: "Dec:", "Decs:", "Decn:" (alone: "Dec 2026" is a month)
         r"^(?:dec|decs|decn|dec'n)$", "decisions"),
        (r"action|next step|tasks?\b|to do|who will|by when|needs to happen", "actions"),
        (r"progress|drift|escalat|review|timescale|plan status|step.?down", "progress"),
        (r"update|happening|background|summary|situation|since last|visit", "update"),
    )
)


def section_of_heading(heading: str) -> str | None:
    """The canonical section a heading names, or None for an unknown label ("Family:")."""
    try:
        return _SECTION_CACHE[heading]
    except KeyError:
        pass
    h = heading.lower()
    found = None
    for pattern, section in _HEADING_RULES:
        if pattern.search(h):
            found = section
            break
    # headings repeat from note to note ("Risk", "Update"): remember them, within a bound
    if len(_SECTION_CACHE) >= 4096:
        _SECTION_CACHE.clear()
    _SECTION_CACHE[heading] = found
    return found


_SECTION_CACHE: dict[str, str | None] = {}


# "Heading: text" or "Heading - text" at the start of a sentence. A colon heading may be a
# question ("What difference has the plan made for Kai:"), so up to 9 words; a dash heading
# is at most 4 words because prose also uses dashes.
_COLON_HEAD = re.compile(r"^\s*([A-Za-z][A-Za-z0-9'&/()+,.? -]{0,70}?)\s*:\s*(?!\d)")
_DASH_HEAD = re.compile(r"^\s*([A-Za-z][A-Za-z'&/ ]{0,40}?)\s+-\s+")
# "The chronology makes sense of the school's worries:": a heading that says something; so do
# "Pushed back on the step-down:", "The manager challenged this:" and "TM asked what the safety
# talks achieved:", though they name a section
_STATEMENT_HEAD = re.compile(r"\b(?:i|we|us|our|my|me|i'm|we're|i've|we've)\b|^why \w"
                             r"|^(?!what|how|why|who|when|where|which|is|are|does|do|did|has|have|can|could|should)"
                             r"[a-z'() ]+ (?:makes sense of|tells us|shows|means|suggests|explains|points to)\b"
                             r"|\b(?:challenged|questioned|queried|pushed back|probed|tested|pressed|disagreed)\b"
                             r"|\b(?:tm|manager|sw|ssw) (?:asked|said|thinks|thought|felt|wondered|wants|wanted)\b"
                             r"|\bin (?:my|our|[a-z]+'s) view\b")


@lru_cache(maxsize=4096)
def _says_something(heading: str) -> bool:
    """Whether a heading says something (_STATEMENT_HEAD); headings repeat from note to note.
    A form's own question is a label, whoever it names: "What we're worried about:", "What's
    working well:" (not "What I pushed back on:"); one that asks what it means ("What we make of
    it:") says the words under it are a reading, and is read with them."""
    h = heading.lower()
    if _FORM_ASKS.match(h) and _ACTED_HEAD.search(h) is None and section_of_heading(heading) != "reflection":
        return False
    return _STATEMENT_HEAD.search(h) is not None


_FORM_ASKS = re.compile(r"(?:what|how|who|where|when|which)\b")
_ACTED_HEAD = re.compile(r"\b(?:challenged|questioned|queried|pushed back|pushed|probed|tested|pressed|disagreed|asked)\b")
_BULLET_START = frozenset("-*>+o0123456789")
_BULLET = re.compile(r"^\s*(?:[-*>+o]|\d{1,2}[.)])\s+")

# --- filler: content that says a section was done without doing it ------------------------

# Words that only name or tick a section. A clause made of nothing but these (and stop
# words, and negations) meets nothing: "Risk analysis - risk reviewed", "Impact: considered".
META_WORDS = frozenset(
    """
    n a na n/a nil none nothing no not nor yes ok okay fine good positive negative same
    discussed discuss discussion considered consider reviewed review noted note notes recorded
    record file captured agreed agree ongoing continue continues continued continuing remains
    remain unchanged change changes changed update updated updates completed complete done
    explored explore covered cover addressed address reflected reflect reflection reflective
    reflections analysis analysed analyse assessed assessment assessments impact impacts risk
    risks challenge challenged challenges decision decisions decided rationale action actions
    progress progressing progressed plan plans planning case cases child children childs
    child's voice lived experience wishes feelings management oversight supervision supervised
    tm sw manager worker social see above below previous previously before as per earlier
    chronology system there this that these those is are was were be been being has have had
    it its on of the a an and or to for in with at by from re about all any further
    given made make taken take provided held raised identified required needed need needs
    appropriate appropriately satisfactory adequate well safe safely concerns concern issues
    issue considered full fully discussed. tbc tbd pending follow follows following up
    same. same applicable relevant current currently still also again usual normal normally
    plan. applicable. level levels high low medium moderate visit visits visited timescale
    timescales within date dates appointment appointments attended attend engaged engaging
    engagement family families parent parents mum dad mother father carer carers
    month months week weeks period today time session sessions yet into account s taken
    detail detailed proportionate statutory line accordance provided harm significant monitored
    monitoring monitor intervention interventions protective factors factor applied model models
    framework approach used centre center sos against using signs situation circumstances
    together family's we us our where necessary views view obtained sought ascertained central
    track systemic graces hypotheses curiosity circular questions beliefs maintained practice
    """.split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'/]*|\d+(?:[/.:]\d+)*%?")

# Whole-content filler phrases beyond the word test.
_FILLER = re.compile(
    r"^(?:n/?a|nil|none|nothing(?: (?:new|to (?:add|report|note)))?|as above|as before|as previous(?:ly)?"
    r"|see (?:above|below|previous|last|case ?notes?|notes?|file|chronology|record|plan|care plan|minutes)(?: \w+){0,3}"
    r"|no (?:change|concerns?|issues?|update)s?(?: (?:at present|noted|raised|identified))?"
    r"|ongoing|tbc|tbd|to follow|pending|not (?:applicable|known|discussed|explored|recorded|seen)(?: \w+){0,3}"
    r"|continue(?:s|d)?(?: with)?(?: the)?(?: current)?(?: plan)?|plan continues|same|same as before|unchanged"
    r"|discussed|considered|reviewed|noted|agreed|captured|completed|done)$"
)

_STRIP_PUNCT = re.compile(r"[^a-z0-9/' ]+")
_LEAD_WORD = re.compile(r"[^a-z0-9/']*([a-z0-9]*)")
_FILLER_CLOSED, _FILLER_OPEN = first_words(_FILLER.pattern)  # the words it can start with


_META_TOKEN = re.compile(r"[a-z0-9]+(?:['/][a-z]+)*")


def is_filler(content: str) -> bool:
    """True when `content` (a section's text or a clause) only names or ticks a section."""
    low = content.lower().strip()
    if not low:
        return True
    if len(low) < 90:
        # _FILLER reads `bare` (punctuation blanked, spaces squeezed), whose first word is the
        # first word of `low`; only a word a filler phrase can start with needs `bare` at all
        m = _LEAD_WORD.match(low)
        w = m.group(1)
        if not w:
            if m.end() == len(low):
                return True  # no word at all: `bare` is empty
        elif w in _FILLER_CLOSED or w.startswith(_FILLER_OPEN):
            bare = " ".join(_STRIP_PUNCT.sub(" ", low).split())
            if not bare or _FILLER.match(bare):
                return True
    # (stops at the first word that does something: most sentences have one straight away)
    prev = ""
    names = None
    for m in _META_TOKEN.finditer(low):
        w = m.group()
        if w not in META_WORDS and not (prev in _DENIED and w in _DENIED_ONLY) and not (prev == "of" and w == "safety"):
            # "impact on Leo considered": a name alone does not make a ticked heading say anything
            if len(low) >= 60 or w[:1].upper() + w[1:] not in content:
                return False
            if names is None:
                # (the section words are looked for as tokens only where one is there at all)
                short = (len(low) < 60 and _SECTION_WORD_IN.search(low) is not None
                         and not _SECTION_WORDS.isdisjoint(_META_TOKEN.findall(low)))
                names = {n.lower() for n in _NAME.findall(content)} if short else set()
            if w not in names and w.removesuffix("'s") not in names:
                return False
        prev = w
    return True


_SECTION_WORDS = frozenset(
    "impact voice views wishes feelings risk risks reflection reflected analysis challenge challenged "
    "decision decisions progress experience lived".split()
)
# any of _SECTION_WORDS as a substring (literals only: the regex engine skips to their first letters)
_SECTION_WORD_IN = re.compile("|".join(sorted(_SECTION_WORDS)))
_NAME = re.compile(r"\b[A-Z][a-z]+(?='s\b)|(?<![.!?:] )(?<!^)\b[A-Z][a-z]+\b")


# "no drift", "without delay": said to tick a box, it does no more than the heading (and "Signs
# of Safety" only names the model)
_DENIED = frozenset(("no", "not", "without", "nil"))
_DENIED_ONLY = frozenset(("drift", "drifting", "delay", "delays", "delayed"))


# --- sentences ----------------------------------------------------------------------------

# A sentence ends at . ! ? followed by space and something that can start a sentence. Dates
# (04/11), decimals (2.5) and "e.g." stay inside their sentence.
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9-])")
_ABBREVS = (" e.g.", " i.e.", " etc.", " approx.", " incl.", " no.", " dr.", " mr.", " mrs.", " ms.", " st.", " vs.", " ref.")


# _SENT_END with the full stop consumed and captured instead of looked behind at: the same
# split points, but the regex engine can jump to the . ! ? characters instead of trying the
# look-behind at every position. `split_sentences` glues each stop back onto its sentence.
_SENT_END_FAST = re.compile(r"([.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9-])")
# notes typed without capitals ("sw visited. kyle said ...") end sentences before lower case too
_SENT_END_LOWER = re.compile(r"([.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Za-z0-9-])")


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ENDS_INITIALS = re.compile(r"(?:^|[\s(])[A-Z]\.(?:[A-Z]\.){1,2}\s*$")
_LOWER_START = re.compile(r"[.!?] +[a-z]")
_UPPER_START = re.compile(r"[.!?] +[A-Z]")


def _typed_lower(line: str) -> bool:
    """A line typed without capitals at sentence starts, though it keeps "CIN", "DV", "FGC"."""
    if line.islower():
        return True
    if ". " not in line or _LOWER_START.search(line) is None:
        return False
    return len(_LOWER_START.findall(line)) > len(_UPPER_START.findall(line))


# a list's number alone, or its first after a heading ("Decisions: 1."; not "Scale: 5.")
_LIST_NUMBER_END = re.compile(r"(?:^\s*\d{1,2}|:\s*1)\.\s*$")


def split_sentences(line: str) -> list[str]:
    """Split one line into sentences, keeping abbreviations such as "e.g." together."""
    if "." not in line and "?" not in line and "!" not in line:
        return [line.strip()] if line.strip() else []  # (no sentence end: spares two regex scans)
    pieces = (_SENT_END_LOWER if _typed_lower(line) else _SENT_END_FAST).split(line)
    if len(pieces) == 1:
        return [line.strip()] if line.strip() else []
    # [text, stop, text, stop, text]: what _SENT_END.split(line) gives
    parts = [pieces[i] + pieces[i + 1] for i in range(0, len(pieces) - 1, 2)]
    parts.append(pieces[-1])
    out: list[str] = []
    buf = ""
    for p in parts:
        buf = f"{buf} {p}" if buf else p
        tail = buf.rstrip()[-8:]
        # _ENDS_INITIALS needs a capital and a full stop last ("A.B.")
        if (" " + tail.lower()).endswith(_ABBREVS) or (
            tail[-2:-1] in _CAPITALS and tail[-1:] == "." and _ENDS_INITIALS.search(buf)
        ) or (tail[-2:-1].isdigit() and _LIST_NUMBER_END.search(buf)):
            continue  # (nor a list's number run into its line: "Decisions: 1. Remain on CP. 2. FGC ...")
        if buf.strip():
            out.append(buf.strip())
        buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


@dataclass(slots=True)
class Sentence:
    """One sentence of the note, where it sits, and its matchable content."""

    text: str  # verbatim (trimmed): what evidence quotes
    low: str  # lower-cased content, without a recognised heading
    raw: str  # content with its case kept, without a recognised heading
    section: str | None  # canonical section, or None
    filler: bool  # names a section without doing it
    heading: str = ""  # the heading label when the sentence starts one
    clauses: list[str] = field(default_factory=list)  # lower-cased, split on ; and bullets
    speaker: str = ""  # "manager" or "worker" in a note written as a dialogue ("TM: ...", "SW: ...")


_CLAUSE_SPLIT = re.compile(r" *; *| +- +(?=[A-Za-z])")


# "SW - referral to CAMHS by 3/3": an owner before a dash leads its task, not a clause of its own
_OWNER_ONLY = re.compile(rf"{OWNER}(?: ?(?:&|and|/) ?{OWNER})?")


def _clauses(low: str) -> list[str]:
    parts = [c for c in _CLAUSE_SPLIT.split(low) if c]
    if " - " not in low:
        return parts
    out: list[str] = []
    for c in parts:
        if out and _OWNER_ONLY.fullmatch(out[-1]) and out[-1] + " - " + c in low:
            out[-1] = out[-1] + " - " + c
        else:
            out.append(c)
    return out


# "A.B. (9)", "Z.Z. wasn't seen": a child known by dotted initials is read as one name ("ab")
DOTTED_INITIALS = re.compile(r"\b([A-Za-z])\.([A-Za-z])\.(?:([A-Za-z])\.)?(?=[\s,;:)'-]|$)")


_DOT_LETTER_DOT = re.compile(r"\.[A-Za-z]\.")  # a literal first: found fast, then checked


def dotted_initials(text: str) -> list[re.Match]:
    """DOTTED_INITIALS.finditer(text), found by their ".B." (a regex that opens with a letter
    class is tried at every letter of a long note)."""
    out: list[re.Match] = []
    end = 0
    for c in _DOT_LETTER_DOT.finditer(text):
        start = c.start() - 1
        if start < end or start < 0:
            continue
        m = DOTTED_INITIALS.match(text, start)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _join_initials(m: re.Match) -> str:
    return "".join(g for g in m.groups() if g)


def _make_sentence(text: str, section: str | None, content: str, heading: str) -> Sentence:
    if content.count(".") > 1:  # ".B." needs two
        found = dotted_initials(content)
        if found:
            parts, at = [], 0
            for m in found:
                parts += [content[at:m.start()], _join_initials(m)]
                at = m.end()
            content = "".join(parts) + content[at:]
    low = content.lower()
    clauses = _clauses(low) if (";" in low or " - " in low) else [low]
    return Sentence(
        text=text,
        low=low,
        raw=content,
        section=section,
        filler=is_filler(content),
        heading=heading,
        clauses=clauses or [low],
    )


# A note written as a dialogue: "TM: What did you make of that?" / "SW: I wanted to believe mum."
# The label says who speaks, not whom the line is about, so it is not read as content.
_SPEAKER = re.compile(
    r"^(?:(tm|manager|team manager|supervisor|practice supervisor)|(sw|social worker|worker|supervisee))\s*:\s*",
    re.I,
)


# A note written as questions and answers: "Q: What is life like for Jake?" / "A: ...". The
# question heads its answer, as a heading would; the labels themselves are not content.
_QUESTION = re.compile(r"^(?:q|question)\s*\d{0,2}\s*[:.)]\s*", re.I)
_ANSWER = re.compile(r"^(?:a|answer)\s*\d{0,2}\s*[:.)]\s*", re.I)
_INLINE_ANSWER = re.compile(r"[?:]\s+A\s*:\s*")


# "Child: Mia, 6 Risk: dad still has a key": lines without full stops run together (pasted into
# one box), a capitalised section label in mid-sentence starts a new sentence
_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'/ ")
_BEFORE_LABEL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789)'\"")


_QUESTION_WORDS = ("why", "what", "how", "who", "when", "where", "which")


def _run_on_label_at(sent: str, colon: int, lower: bool = False) -> int:
    """Where a section label of at most four words that ends at `colon` starts, after a word
    of the same sentence (-1 if there is none); `lower`: the sentence is typed without capitals,
    so its labels are too ("... young carers referral actions: sw to ring school by 21/6")."""
    head = sent[:colon]
    if head.isupper() and ":" not in head and head.count(" ") <= 8 and section_of_heading(head) is not None:
        return -1  # a form's own heading in capitals, not a run-on: "REASON FOR DECISION: ...", "CHILD'S VOICE: ..."
    i = colon
    # typed without capitals, any word could start a label: only one word before a colon, and
    # not a question word ("sw wants to close, asked why now: ..." is the manager's question)
    for _ in range(1 if lower else 4):
        sp = sent.rfind(" ", 0, i)
        if sp <= 0:
            return -1
        label = sent[sp + 1 : colon]
        if lower and (sent.count(" ", 0, sp) < 3 or sent.startswith(_QUESTION_WORDS, sp + 1)):
            return -1  # "sw's first view: ..." is one heading, not words then a label
        if ((lower or label[:1].isupper()) and sent[sp - 1] in _BEFORE_LABEL and all(ch in _LABEL_CHARS for ch in label)
                and section_of_heading(label) is not None):
            return sp + 1
        i = sp
    return -1


def _split_run_on_headings(sents: list[str]) -> list[str]:
    out: list[str] = []
    for sent in sents:
        colon = sent.find(": ", 1)
        if colon < 0:
            out.append(sent)
            continue
        start = 0
        lower = sent.islower()
        while colon >= 0:
            at = _run_on_label_at(sent, colon, lower)
            if at > start:
                piece = sent[start:at].strip()
                if piece:
                    out.append(piece)
                start = at
            colon = sent.find(": ", colon + 2)
        out.append(sent[start:] if start else sent)
    return out


def _bare_heading(line: str, lines: list[str], i: int) -> str | None:
    """The section `line` (stripped) names when it is a known heading of up to four words with no
    colon, over words on the next line; else None."""
    if len(line) > 30 or line.count(" ") > 3 or any(ch in ".?!:;,()-\u2013" or ch.isdigit() for ch in line):
        return None  # a colon or a dash is read as a heading elsewhere; the rest are sentences
    if i + 1 >= len(lines) or not lines[i + 1].strip():
        return None
    if not _STATUS_WORDS.isdisjoint(line.lower().split()):
        return None  # "No concerns", "Risk reduced", "Step down": a short line that says something
    sec = section_of_heading(line)
    return sec if sec is not None and not _says_something(line) else None


_STATUS_WORDS = frozenset(
    "no not none nil well reduced increased unclear escalate escalated escalating step down discussed ok okay fine "
    "good poor met high low medium same stable ongoing continue continues continuing closed close noted".split()
)


def _slash_lines(line: str) -> list[str]:
    """A line of fragments joined by " / " (lines pasted into one, or typed that way at speed) as
    its lines: "decision: ..." after a slash is a heading like one on a line of its own. Not a
    short pair ("SW 6 / TM 5", "ACTIONS / BY WHOM / BY WHEN:")."""
    if line.count(" / ") < 3:
        return [line]
    parts = line.split(" / ")
    if sum(len(p.split()) for p in parts) < 5 * len(parts):
        return [line]
    return parts


def segment(text: str, section: str | None = None) -> list[Sentence]:
    """Split free text into sentences, each tagged with the section its heading names.

    `section` is the section the whole text belongs to (structured input); headings inside
    it still override for the sentences they lead.
    """
    text = normalise(text)
    out: list[Sentence] = []
    carried: str | None = None  # a heading on a line of its own governs the lines below
    asked = ""  # the question an answer below replies to
    qa = False  # the note is written as questions and answers
    unanswered = ""  # that question's own words, kept as a sentence if no answer follows
    lines = text.split("\n")
    if " / " in text:
        lines = [part for line in lines for part in _slash_lines(line)]
    for i, line in enumerate(lines):
        line = line.strip()
        if line[:1] in _BULLET_START:
            line = _BULLET.sub("", line).strip()
        if not line:
            if not qa:
                carried = None
            continue
        bare = _bare_heading(line, lines, i)
        if bare is not None:
            # "Decision" alone on its line, the words on the lines below: a form copied out of a
            # document loses its colons, not its headings
            carried = bare
            continue
        if line[:1] in "QqAa" and len(line) > 2 and not line[1].isalpha():
            qm = _QUESTION.match(line)
            if qm and unanswered:
                # the question before had no answer: it stands as what the manager asked
                out.append(_make_sentence(unanswered, section, unanswered, ""))
                unanswered = ""
            if qm:
                # "Q: Decision? A: Refer to CAMHS ..." on one line: the answer follows its question
                inline = _INLINE_ANSWER.search(line, qm.end())
                if inline or line.endswith(("?", ":")):
                    qa = True
                    asked = line[qm.end(): inline.start() if inline else len(line)].rstrip("?: ")
                    carried = section_of_heading(asked) if asked else None
                    if not inline:
                        unanswered = line[qm.end():].strip()
                        continue
                    line = line[inline.end():]
            if qa:
                unanswered = ""
                am = _ANSWER.match(line)
                if am:
                    line = line[am.end():]
                    if not line:
                        continue
        current = carried
        speaker = ""
        if ":" in line[:20]:
            sm = _SPEAKER.match(line)
            if sm:
                speaker = "manager" if sm.group(1) else "worker"
                line = line[sm.end():]
        sents = split_sentences(line)
        if ": " in line:
            sents = _split_run_on_headings(sents)
        for sent in sents:
            if sent[:1] in _BULLET_START and sent is not line:
                # a bullet that came mid-line ("... team. - Decision: ask ..."), as when notes are
                # pasted into a box: the marker is not part of what the sentence says
                sent = _BULLET.sub("", sent)
            content = sent
            heading = ""
            m = _COLON_HEAD.match(sent) if ":" in sent[:75] else None
            if m and len(m.group(1).split()) <= 9:
                heading = m.group(1)
            else:
                m = _DASH_HEAD.match(sent) if " - " in sent[:45] else None
                if m and len(m.group(1).split()) <= 4:
                    heading = m.group(1)
            if heading:
                sec = section_of_heading(heading)
                if sec is not None:
                    # "I challenged this:", "What still worries us:": a heading that says
                    # something is read as words too; a label ("Risk:") only names the kind
                    content = sent if _says_something(heading) else sent[m.end():]
                    current = sec
                    if not content.strip():
                        carried = sec
                        continue
                # an unknown label ("Family:", "Kai (11)") keeps its words as content
                else:
                    heading = ""
            made = _make_sentence(sent, current or section, content, heading)
            if speaker:
                made.speaker = speaker
            if asked and not heading:
                made.heading = asked  # who the question names is who the answer is about
            asked = ""
            unanswered = ""
            out.append(made)
    if unanswered:
        out.append(_make_sentence(unanswered, section, unanswered, ""))
    return out
