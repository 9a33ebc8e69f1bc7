"""Stable pseudonyms for children (and optionally workers) in an export.

A child's case reference becomes ``CHILD-`` and ten hex digits of HMAC-SHA256(key, reference);
their initials become ``C`` and two digits derived from the same HMAC, so the same child gets the
same pseudonyms in every export made with the same key. Worker names become ``WORKER-`` and
eight hex digits. The mapping is stored in the database's ``pseudonyms`` table under a fingerprint
of the key (never the key), and is never written to an export.

Free text is scrubbed of every discussed child's case reference and initials, record-wide (a
sibling may be mentioned in another child's discussion or in the worker's wellbeing notes):

- the case reference as written, with any separator between its parts ("CMS-204511",
  "CMS 204511", "cms204511"), and its number alone when it has four digits or more;
- the initials with or without dots and one space ("J.R.", "J. R.", "JR", "J R");
- the first initial alone as a word ("J said", "J's", "J (7)"), since managers write about a
  child by one letter. Two children of one record sharing that letter become "[child]".

Limitations: "I" alone is scrubbed only where the pronoun cannot be meant: "I's", "I (7)", and
before a verb the pronoun never takes ("I is", "I says", "I wants"); "I said ..." about a child
called I stays. "A" alone is
scrubbed mid-sentence ("confident A is safe", "For A, ...") and at the start of a sentence when
a verb follows ("A told the SW"), but not when the article is meant ("A plan was agreed", "Plan
A", "A&E", "A-level"); a sentence-initial "A" followed by an unusual verb is taken for the
article and stays. A child's initials that spell an abbreviation (a child "C.P.") also scrub that
abbreviation ("CP plan" -> "C07 plan"), erring on the side of the child. Lower-case initials
("j.r.") are not matched. Children named in a record without being one of its discussions, and
children's first names written in full, are not known to the export and are not scrubbed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

MIN_KEY_LENGTH = 16
ENV_KEY = "SUPERVISION_TUI_PSEUDONYM_KEY"

# Fields that are never free text: identifiers, dates, enumerations.
_NOT_TEXT = frozenset({
    "id", "action_id", "discussion_id", "date", "due", "signed_at", "created_at", "updated_at",
    "type", "experience_level", "status", "role", "plan_type", "supervisee_started",
    "next_supervision", "case_ref", "child_initials", "content_hash", "text_hash", "addendum_id",
    "scored_at", "rubric_version", "band", "source",
})
_WORKER_FIELDS = frozenset({"supervisor", "supervisee", "name", "author", "os_account"})
_AMBIGUOUS = "[child]"
_UNIQUE_KINDS = frozenset({"child_initials", "initials"})
_SEP = r"[\s\-_/.\uff0d\uff0f\uff0e]?"  # between the characters of a reference: "204-511", "204 511"


def _char(c: str) -> str:
    """A letter or digit as written or in its fullwidth form ("J" or "Ｊ")."""
    if c.isascii() and c.isalnum():
        return f"[{re.escape(c)}{chr(ord(c) + 0xFEE0)}]"
    return re.escape(c)


class KeyError_(ValueError):
    """A missing or weak key."""


def key_fingerprint(key: str) -> str:
    """What the database and the manifest know of the key: not enough to recover it."""
    return hmac.new(key.encode("utf-8"), b"supervision-tui key fingerprint", hashlib.sha256).hexdigest()[:16]


def _normal(value: str) -> str:
    return " ".join(value.split()).upper()


class Pseudonymiser:
    """Turns records (as JSON-ready dicts) into pseudonymised copies.

    `resolve(kind, {real: candidate}) -> {real: pseudonym}` looks up or stores the mapping
    (normally `store.exports.get_or_create_pseudonyms` bound to a store and key id); it is
    called once per batch of records via `prepare`.
    """

    def __init__(
        self,
        key: str,
        *,
        workers: bool = False,
        resolve: Callable[[str, Mapping[str, str]], Mapping[str, str]] | None = None,
    ):
        if not key:
            raise KeyError_(f"--pseudonymise needs a key: --key or ${ENV_KEY}")
        if len(key) < MIN_KEY_LENGTH:
            raise KeyError_(f"the pseudonym key must be at least {MIN_KEY_LENGTH} characters")
        self._key = key.encode("utf-8")
        self.key_id = key_fingerprint(key)
        self.workers = workers
        self._resolve = resolve
        self._known: dict[tuple[str, str], str] = {}  # this batch's mapping only
        self._allocated: dict[tuple[str, str], str] = {}  # without a store (tests, previews)

    # Pseudonyms ------------------------------------------------------------------------------

    def _digest(self, kind: str, value: str) -> str:
        return hmac.new(self._key, f"{kind}\x00{value}".encode("utf-8"), hashlib.sha256).hexdigest().upper()

    def candidate(self, kind: str, real: str) -> str:
        """The pseudonym this key derives for a value (before any stored mapping is consulted)."""
        h = self._digest(kind, real)
        if kind == "case_ref":
            return f"CHILD-{h[:10]}"
        if kind in _UNIQUE_KINDS:
            return self.choices(kind, real)[0]
        return f"WORKER-{h[:8]}"

    def choices(self, kind: str, real: str) -> tuple[str, ...]:
        """Short initials pseudonyms in order of preference: "C07", then other two-digit ones,
        then three and four digits. The store takes the first no other child holds under this
        key, so two children in an export never share one (issue 17.8)."""
        if kind == "child_initials":  # a child with a case reference: derived from it
            h = self._digest("case_ref", real)
            first = int(h[10:18], 16) % 100
        else:  # a child with no case reference: derived from the initials
            h = self._digest(kind, real)
            first = int(h[:8], 16) % 100
        out = [f"C{first:02d}"]
        for width, n in ((2, 12), (3, 12), (4, 12), (6, 4)):
            for i in range(n):
                x = int(self._digest(kind, f"{real}\x00{width}\x00{i}")[:12], 16) % 10 ** width
                out.append(f"C{x:0{width}d}")
        return tuple(dict.fromkeys(out))

    def prepare(self, records: Iterable[dict], audits: Iterable[Iterable[Any]] = ()) -> None:
        """Resolve (look up or store) the pseudonyms a batch of records needs, in one go."""
        wanted: dict[str, dict[str, Any]] = {"case_ref": {}, "child_initials": {}, "initials": {}, "worker": {}}
        for r in records:
            for d in r.get("discussions", ()):
                ref = _normal(d.get("case_ref", ""))
                if ref:
                    wanted["case_ref"][ref] = self.candidate("case_ref", ref)
                    if d.get("child_initials", "").strip():
                        wanted["child_initials"][ref] = self.choices("child_initials", ref)
                elif d.get("child_initials", "").strip():
                    ini = _normal(d["child_initials"])
                    wanted["initials"][ini] = self.choices("initials", ini)
            if self.workers:
                for name in _worker_names(r):
                    wanted["worker"][name] = self.candidate("worker", name)
        if self.workers:
            for entries in audits:
                for e in entries:
                    for name in (e.actor, e.detail.get("name")):
                        if isinstance(name, str) and name.strip():
                            n = name.strip()
                            wanted["worker"][n] = self.candidate("worker", n)
        self._known.clear()
        for kind, cands in wanted.items():
            if not cands:
                continue
            got = self._resolve(kind, cands) if self._resolve else self._allocate(kind, cands)
            for real, pseudo in got.items():
                self._known[(kind, real)] = pseudo

    def _allocate(self, kind: str, cands: Mapping[str, Any]) -> dict[str, str]:
        """Without a store: unique within what this pseudonymiser has seen."""
        taken = {v for (k, _), v in self._allocated.items() if k == kind}
        out = {}
        for real, c in cands.items():
            if (kind, real) not in self._allocated:
                choices = c if isinstance(c, tuple) else (c,)
                self._allocated[(kind, real)] = next((x for x in choices if x not in taken), choices[-1])
                taken.add(self._allocated[(kind, real)])
            out[real] = self._allocated[(kind, real)]
        return out

    def child(self, case_ref: str) -> str:
        ref = _normal(case_ref)
        return self._known.get(("case_ref", ref)) or self.candidate("case_ref", ref)

    def child_initials(self, case_ref: str, initials: str) -> str:
        if not initials.strip():
            return ""
        ref = _normal(case_ref)
        if ref:
            return self._known.get(("child_initials", ref)) or self.candidate("child_initials", ref)
        ini = _normal(initials)
        return self._known.get(("initials", ini)) or self.candidate("initials", ini)

    def worker(self, name: str) -> str:
        n = name.strip()
        if not n:
            return name
        return self._known.get(("worker", n)) or self.candidate("worker", n)

    # Records ---------------------------------------------------------------------------------

    def scrubber(self, record: dict) -> Callable[[str], str]:
        """A function that scrubs free text of this record's children (and workers)."""
        # In priority order: at one position the first alternative that matches wins.
        refs: list[tuple[str, str]] = []
        initials: list[tuple[str, str]] = []
        singles: dict[str, list[str]] = {}
        for d in record.get("discussions", ()):
            ref, ini = d.get("case_ref", ""), d.get("child_initials", "")
            pseudo_ini = self.child_initials(ref, ini)
            if ref.strip():
                refs.extend((p, self.child(ref)) for p in _case_ref_patterns(ref))
            letters = [c.upper() for c in ini if c.isalpha()]
            if letters:
                if len(letters) > 1:
                    initials.append((_initials_pattern(letters), pseudo_ini))
                singles.setdefault(letters[0], []).append(pseudo_ini)
        full_names: list[tuple[str, str]] = []
        name_parts: list[tuple[str, str]] = []
        if self.workers:
            for name in _worker_names(record):
                pseudo = self.worker(name)
                full, *parts = _name_patterns(name)
                full_names.append((full, pseudo))
                name_parts.extend((p, pseudo) for p in parts)
        single: list[tuple[str, str | Callable[[re.Match], str]]] = []
        for letter, pseudos in singles.items():
            replacement = pseudos[0] if len(set(pseudos)) == 1 else _AMBIGUOUS
            if letter == "A":
                replacement = _when(_is_child_a, replacement)
            elif letter == "I":
                replacement = _when(_is_child_i, replacement)
            single.append((_single_letter_pattern(letter), replacement))
        alternatives = [
            *sorted(refs, key=lambda a: -len(a[0])),
            *sorted(full_names, key=lambda a: -len(a[0])),
            *initials,
            *sorted(name_parts, key=lambda a: -len(a[0])),
            *single,
        ]
        return _compile_scrubber(alternatives)

    def record(self, data: dict, scrub: Callable[[str], str] | None = None) -> dict:
        """A pseudonymised copy of a record dict (the JSON form of SupervisionRecord)."""
        scrub = scrub or self.scrubber(data)
        out = self.value(data, scrub)
        for d_out, d_in in zip(out.get("discussions", ()), data.get("discussions", ())):
            ref = d_in.get("case_ref", "")
            d_out["case_ref"] = self.child(ref) if ref.strip() else ref
            d_out["child_initials"] = self.child_initials(ref, d_in.get("child_initials", ""))
        return out

    def value(self, value: Any, scrub: Callable[[str], str], key: str | None = None) -> Any:
        """Scrub any JSON value: free text is scrubbed, identifiers and dates are kept."""
        if isinstance(value, str):
            if key in _NOT_TEXT:
                return value
            if self.workers and key in _WORKER_FIELDS:
                return self.worker(value)
            return scrub(value)
        if isinstance(value, dict):
            return {k: self.value(v, scrub, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, scrub, key) for v in value]
        return value

    def actor(self, actor: str) -> str:
        return self.worker(actor) if self.workers else actor


def _worker_names(record: dict) -> list[str]:
    names = [record.get("supervisor", ""), record.get("supervisee", "")]
    names += [s.get("name", "") for s in record.get("signoffs", ())]
    names += [a.get("author", "") for a in record.get("addenda", ())]
    return [n.strip() for n in names if n and n.strip()]


def _case_ref_patterns(ref: str) -> list[str]:
    parts = re.findall(r"[A-Za-z0-9]+", ref)
    patterns = []
    if parts:
        # any separator between parts and inside them ("CMS 204-511"), fullwidth forms too
        body = _SEP.join("(?i:" + _SEP.join(_char(c) for c in p) + ")" for p in parts)
        patterns.append(r"(?<![A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])" + body
                        + r"(?![A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])")
    if ref.strip() and not parts:
        patterns.append(re.escape(ref.strip()))
    digits = max(re.findall(r"\d+", ref), key=len, default="")
    if len(digits) >= 4 and digits != "".join(parts):
        patterns.append(r"(?<![\d\uff10-\uff19])" + _SEP.join(_char(c) for c in digits) + r"(?![\d\uff10-\uff19])")
    return patterns


def _initials_pattern(letters: list[str]) -> str:
    # J.R. / J. R. / JR / J R / J-R / J/R / J . R. / Ｊ.Ｒ. ; a trailing dot is taken too unless
    # it ends the sentence, so "said J.R. Then" keeps its full stop and "for J.R., and" loses it
    sep = r"(?:\s*[.\-/\uff0e\uff0d\uff0f]\s*|\s)?"
    body = sep.join(_char(c) for c in letters) + r"(?:[.\uff0e](?!\s+[A-Z]|\s*$))?"
    return r"(?<![\w.])" + body + r"(?!\w)"


def _single_letter_pattern(letter: str) -> str:
    # not part of a word, "A-level", "A&E", "A+", or someone else's initials ("K.L.")
    return rf"(?<![\w.'’]){_char(letter)}(?![\w&+\-]|\.[A-Za-z])"


# After a child called "A" at the start of a sentence comes what a child does; after the
# article comes a noun. Mid-sentence, a capital "A" standing alone is the child, except in
# names such as "Plan A" or "Grade A".
_CHILD_VERBS = frozenset("""
said says told tells is was has had have wants wanted needs needed likes liked loves loved went goes
seems seemed appears appeared feels felt spoke speaks shared shares disclosed discloses reported
reports attended attends lives lived stayed stays can could will would should may might must did
does remains remained continues continued enjoys enjoyed misses missed described describes drew
draws showed shows explained explains asked asks refused refuses ran runs hit cried cries presented
presents looked looks talked talks became becomes got gets and also still now returned returns moved
started starts stopped made makes met came comes left leaves tried tries struggles struggled worries
worried smiled laughed played plays sleeps slept eats ate wrote writes chose chooses agreed agrees
declined declines engaged engages hid hides shouted screamed kicked absconded sees saw isn't wasn't
doesn't didn't hasn't won't can't cannot who whose to at in on with from by seen being going used
wakes woke scored under not currently recently often never always sometimes usually sleeping living
attending staying subject
""".split())
# After "A reached", "A arrived", "A losing": a verb form followed by one of these words.
_FUNCTION_WORDS = frozenset("""
for to in at on with and or her his him their them the a an into from out up down back off over
about after before by of quickly well again alone
""".split())
# The pronoun "I" never takes these: "I is", "I says", "I's" can only be a child called I.
_THIRD_PERSON = frozenset(w for w in _CHILD_VERBS if w.endswith("s") or w.endswith("n't")) - {
    "was", "whose", "always", "didn't", "won't", "can't", "wasn't"} | {
    "is", "has", "does", "seen", "being", "going", "in", "under", "at", "sleeping", "living", "attending",
    "staying"}
_LETTER_NAMES = ("Plan", "Grade", "Section", "Appendix", "Schedule", "Category", "Tier", "Level", "Type",
                 "Part", "Option", "Class", "Form", "Vitamin", "Step", "Stage", "Phase", "Block", "Group")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\u2022*\-\"\u201c(])\s*$")


def _is_child_i(m: re.Match) -> bool:
    after = m.string[m.end():m.end() + 40]
    if re.match(r"['\u2019]s\b|\s*\(\s*(?:aged?\s*)?\d", after):
        return True
    nxt = re.match(r"\s+([A-Za-z'\u2019]+)", after)
    return bool(nxt) and nxt.group(1).lower().replace("\u2019", "'") in _THIRD_PERSON


def _is_child_a(m: re.Match) -> bool:
    text, start, end = m.string, m.start(), m.end()
    after = text[end:end + 40]
    if re.match(r"['’]s\b|\s*\(\s*(?:aged?\s*)?\d", after):
        return True
    before = text[max(0, start - 40):start]
    if _SENTENCE_END.search(before):
        nxt = re.match(r"\s+([A-Za-z'’]+)(?:\s+([A-Za-z]+))?", after)
        if nxt is None:
            return True
        word = nxt.group(1).lower().replace("’", "'")
        if word in _CHILD_VERBS:
            return True
        # "A reached for dad" (the child) but "A detailed plan" (the article)
        return word.endswith(("ed", "ing")) and (nxt.group(2) or "").lower() in _FUNCTION_WORDS
    prev = re.search(r"([A-Za-z]+)\s+$", before)
    return not (prev and prev.group(1) in _LETTER_NAMES)


def _name_patterns(name: str) -> list[str]:
    """The full name, then each part, as written or in capitals ("CRAIG"); then the first name
    shortened to three letters or more ("Sam" for Samuel), as a capitalised word."""
    def either(p: str) -> str:
        return f"(?:{re.escape(p)}|{re.escape(p.upper())})" if p != p.upper() else re.escape(p)

    parts = [p for p in re.split(r"\s+", name.strip()) if len(p) >= 2]
    patterns = [r"(?<!\w)" + r"\s+".join(either(p) for p in name.split()) + r"(?!\w)"]
    patterns += [r"(?<!\w)" + either(p) + r"(?!\w)" for p in parts]
    first = parts[0] if parts else ""
    if len(first) >= 4 and first.isalpha():
        short = [first[:n] for n in range(len(first) - 1, 2, -1)]
        patterns.append(r"(?<!\w)(?:" + "|".join(either(p.capitalize()) for p in short) + r")(?!\w)")
    return patterns


def _when(is_child: Callable[[re.Match], bool], pseudo: str) -> Callable[[re.Match], str]:
    return lambda m: pseudo if is_child(m) else m.group(0)


def _compile_scrubber(alternatives: list[tuple[str, Any]]) -> Callable[[str], str]:
    if not alternatives:
        return lambda text: text
    regex = re.compile("|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(alternatives)))
    replacements = {f"g{i}": r for i, (_, r) in enumerate(alternatives)}

    def replace(m: re.Match) -> str:
        r = replacements[m.lastgroup]
        return r if isinstance(r, str) else r(m)

    def scrub(text: str) -> str:
        return regex.sub(replace, text) if text else text

    return scrub
