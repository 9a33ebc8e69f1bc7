"""Where a cue pattern can start: the words it can begin with, read from the pattern itself.

A cue such as r"\b(?:has (?:improved|settled)|no longer)\b" can only match where one of its
first words ("has", "no") starts a word. Knowing that, the checker tries the pattern with
`Pattern.match` at those few word starts instead of letting `finditer` try every position of
the clause: the same matches (criteria.clause_cue_matches), at a fraction of the cost.

The first words are computed from Python's own parse of the pattern (re._parser), so they
cannot drift from the pattern. Anything the reader does not understand makes it give up
(None), and the caller then scans the clause as before. The answer errs on the side of more
candidates: `closed` words must equal the token at the match start, `open` words need only
be a prefix of it (the word may continue, as in "deteriorat\\w*").
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_WORDCH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LIMIT = 4000  # paths explored per pattern before giving up (a pattern that large is scanned)


def word_starts(low: str, w: str) -> list[int]:
    r"""Where the whole word `w` starts in `low`: the matches of `\bw\b`.

    For a word of word characters (every cue word), `str.find` from one occurrence to the next,
    each checked for a word character either side: \w is exactly `isalnum()` or "_" (the
    definition of the re module), so these are the regex's matches at about two thirds of
    the cost of a `finditer` and its match objects. Whole words cannot overlap, so after one
    the next is looked for past its end, as `finditer` does.
    """
    if not w.isalnum() and not (_is_w(w[:1]) and _is_w(w[-1:])):  # (one C call for most words)
        return _word_starts_rx(low, w)
    out = []
    n, end = len(w), len(low)
    find = low.find
    i = find(w)
    while i >= 0:
        j = i + n
        if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and (
            j == end or not (low[j].isalnum() or low[j] == "_")
        ):
            out.append(i)
            i = find(w, j)
        else:
            i = find(w, i + 1)
    return out


def _is_w(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _word_starts_rx(low: str, w: str) -> list[int]:
    r"""`word_starts` by regex, for a word that starts or ends with something other than \w.

    Written as "w(?<!\ww)\b" (the same matches as `\bw\b`), which starts with a literal, so
    the regex engine jumps from one occurrence of `w` to the next instead of testing \b everywhere.
    """
    rx = _WORD_RX.get(w)
    if rx is None:
        e = re.escape(w)
        rx = _WORD_RX[w] = re.compile(rf"{e}(?<!\w{e})\b")
    return [m.start() for m in rx.finditer(low)]


# word -> its pattern; the words asked about are the cue tables' own (a few hundred)
_WORD_RX: dict[str, re.Pattern[str]] = {}


def prefix_starts(low: str, p: str) -> list[int]:
    """Where a word beginning with `p` starts in `low`."""
    out = []
    find = low.find
    i = find(p)
    while i >= 0:
        if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
            out.append(i)
        i = find(p, i + 1)
    return out


_OPEN = object()  # sentinel item: the word continues with something unknown


class _GiveUp(Exception):
    pass


def first_words(pattern: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """(closed words, open prefixes) that every match of `pattern` starts with, or None.

    A match must start at a word boundary (the pattern says \\b first) with a literal word
    character; otherwise None.
    """
    try:
        tree = P.parse(pattern)
    except Exception:  # pragma: no cover - patterns are compiled elsewhere first
        return None
    closed: set[str] = set()
    opened: set[str] = set()
    budget = [_LIMIT]

    def walk(items: list, acc: str, bounded: bool) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise _GiveUp
        i = 0
        while i < len(items):
            item = items[i]
            if item is _OPEN:
                return finish(acc, False)
            op, av = item
            rest = items[i + 1 :]
            if op is C.AT:
                if not acc:
                    if av not in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                        raise _GiveUp
                    bounded = True  # the first character starts a word
                    i += 1
                    continue
                return finish(acc, av is C.AT_BOUNDARY)
            if op in (C.ASSERT, C.ASSERT_NOT):
                i += 1  # zero-width: ignoring it can only add candidates
                continue
            if op is C.LITERAL:
                ch = chr(av)
                if ch in _WORDCH:
                    if not acc and not bounded:
                        raise _GiveUp  # could start inside a word
                    acc += ch
                    i += 1
                    continue
                if not acc or ch.isalnum() or ch == "_":
                    raise _GiveUp
                return finish(acc, True)  # a space, hyphen or quote ends the first word
            if op is C.SUBPATTERN:
                return walk(list(av[-1]) + rest, acc, bounded)
            if op is C.BRANCH:
                for alt in av[1]:
                    walk(list(alt) + rest, acc, bounded)
                return None
            if op is C.IN:
                chars = [chr(c) for o, c in av if o is C.LITERAL]
                if len(chars) == len(av) and len(chars) <= 12:
                    for ch in chars:
                        walk([(C.LITERAL, ord(ch))] + rest, acc, bounded)
                    return None
                if not acc:
                    raise _GiveUp
                return finish(acc, False)
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                lo, hi, sub = av
                if lo == 0:
                    walk(rest, acc, bounded)  # zero times
                    if hi == 1:
                        return walk(list(sub) + rest, acc, bounded)
                    if not acc:
                        walk(list(sub) + [_OPEN], acc, bounded)
                        return None
                    return finish(acc, False)
                # at least once: take one, then the word may go on
                return walk(list(sub) + ([_OPEN] if hi != 1 else rest), acc, bounded)
            # ANY, CATEGORY, GROUPREF, ...: the next character is unknown
            if not acc:
                raise _GiveUp
            return finish(acc, False)
        # the pattern ends: a match could be followed by more word characters
        return finish(acc, False)

    def finish(acc: str, is_closed: bool) -> None:
        if not acc:
            raise _GiveUp  # an empty word, or a match that starts with punctuation
        (closed if is_closed else opened).add(acc)

    try:
        walk(list(tree), "", False)
    except _GiveUp:
        return None
    return frozenset(closed), tuple(sorted(opened))


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level "|" (outside groups and character classes)."""
    cuts, _ = _scan_groups(pattern)
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]


def _scan_groups(pattern: str) -> tuple[list[int], bool]:
    """One pass over `pattern`, outside escapes and character classes: where its top-level "|"
    stand, and whether every group opened in it closes in it and none closes that it did not open."""
    cuts, depth, i, in_class, balanced = [], 0, 0, False, True
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            balanced = balanced and depth >= 0
        elif ch == "|" and depth == 0:
            cuts.append(i)
        i += 1
    return cuts, balanced and depth == 0 and not in_class


class Finder:
    """Whether a pattern occurs in a clause (`found`), or its first match (`search`), trying it
    only where it can start.

    The pattern's top-level alternatives whose first words are known are tried at those
    words (given the clause's tokens); the rest, if any, are scanned as usual. Existence of a
    match of A|B is existence of A or of B, so the answer is `pattern.search(low) is not None`.
    """

    __slots__ = ("rx", "anchored", "closed", "opened", "rest", "rest_needs", "rest_lits")

    def __init__(self, rx: re.Pattern[str], rest_needs: str | None = None):
        """`rest_needs`: a word every match of the scanned alternatives contains as a token
        (checked by the caller's reading of the pattern), so the scan is skipped without it.
        Otherwise the strings each of them needs (`required_literals`), when known, do the same."""
        self.rx = rx
        self.rest_needs = rest_needs
        anchored, rest = [], []
        # (through a group that wraps the whole pattern, "\b(?:A|B)\b": most patterns are so written)
        for alt in split_alternatives(rx.pattern):
            (anchored if first_words(alt) is not None else rest).append(alt)
        self.rest_lits = None
        if rest and rest_needs is None:
            needs = tuple(required_literals(alt) for alt in rest)
            if all(needs):
                self.rest_lits = needs
        fw = first_words("|".join(anchored)) if anchored else None
        if fw is None:
            self.anchored = self.closed = self.opened = None
            self.rest = rx
        else:
            self.anchored = re.compile("|".join(anchored))
            self.closed, self.opened = fw
            self.rest = re.compile("|".join(rest)) if rest else None
        if rest_needs is not None and not all(f" {rest_needs} " in alt for alt in rest):
            # a guard for whoever edits the pattern: the skipped scan must need the word
            raise ValueError(f"every scanned alternative of {rx.pattern!r} must contain {rest_needs!r}")

    def found(self, low: str, toks, memo: dict) -> bool:
        """`toks`: the set of [a-z0-9]+ tokens of `low` (None when not at hand); `memo` keeps
        the clause's word starts between calls."""
        if self.anchored is None or toks is None:
            if self.rest_lits is not None and not may_match(self.rest_lits, low):
                return False
            return self.rx.search(low) is not None
        match = self.anchored.match
        for w in self.closed.intersection(toks):
            starts = memo.get(w)
            if starts is None:
                starts = memo[w] = word_starts(low, w)
            for p in starts:
                if match(low, p) is not None:
                    return True
        for o in self.opened:
            if o not in low:
                continue  # (no start there: spares the call)
            for p in prefix_starts(low, o):
                if match(low, p) is not None:
                    return True
        rest = self.rest
        if rest is None or (self.rest_needs is not None and self.rest_needs not in toks):
            return False
        if self.rest_lits is not None and not may_match(self.rest_lits, low):
            return False
        return rest.search(low) is not None

    def search(self, low: str, toks, memo: dict) -> re.Match[str] | None:
        """`rx.search(low)`, tried as `found` tries it: the first place an anchored alternative
        matches at a known word, or the scanned ones match, is where `search` finds its match, and
        the match there is `search`'s."""
        if self.anchored is None or toks is None:
            return self.rx.search(low)
        end = len(low) + 1
        if self.rest is not None and (self.rest_lits is None or may_match(self.rest_lits, low)):
            r = self.rest.search(low)
            if r is not None:
                end = r.start()
        starts: list[int] = []
        for w in self.closed.intersection(toks):
            st = memo.get(w)
            if st is None:
                st = memo[w] = word_starts(low, w)
            starts += st
        for o in self.opened:
            if o in low:
                starts += prefix_starts(low, o)
        match = self.anchored.match
        for p in sorted(starts):
            if p >= end:
                break
            if match(low, p) is not None:
                end = p
                break
        return self.rx.match(low, end) if end <= len(low) else None


def split_alternatives(pattern: str) -> list[str]:
    r"""`pattern`'s alternatives: its top-level ones, and those of a group that wraps it all
    ("\b(?:A|B)\b" gives "\b(?:A)\b" and "\b(?:B)\b"). Every match of the pattern is a match
    of one of them at the same place (concatenation distributes over alternation)."""
    alts = _top_level_alternatives(pattern)
    if len(alts) != 1:
        return alts
    for head, tail in ((r"\b(?:", r")\b"), (r"\b(?:", ")")):
        if pattern.startswith(head) and pattern.endswith(tail):
            inner = pattern[len(head) : len(pattern) - len(tail)]
            if _balanced(inner):
                parts = _top_level_alternatives(inner)
                if len(parts) > 1:
                    return [f"{head}{p}{tail}" for p in parts]
    return alts


def _balanced(pattern: str) -> bool:
    """Whether every group opened in `pattern` closes in it and none closes that it did not open."""
    return _scan_groups(pattern)[1]


def required_literals(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of `pattern` contains one string of each set
    (none when nothing is known).

    Read from Python's parse of the pattern: a run of literal characters the pattern must go
    through is required; so is one of a group's alternatives' own required strings. The sets
    with fewest strings come first, so that a test of them all usually fails at the first.
    """
    try:
        tree = P.parse(pattern)
    except Exception:  # pragma: no cover - patterns are compiled elsewhere first
        return ()
    if tree.state.flags & re.IGNORECASE:
        return ()
    found = set(_required(list(tree)))
    # a set holding a single character ("a space") is true of nearly every clause: not worth a test
    found = {s for s in found if min(map(len, s)) > 1} or found
    return tuple(sorted(found, key=lambda s: (len(s), -min(map(len, s)), sorted(s))))


def partly_anchored(pattern: str) -> tuple[tuple[frozenset[str], tuple[str, ...]], tuple] | None:
    """For a pattern whose first words are not all known: the first words of the alternatives
    whose are, and for each of the others the strings it needs (`required_literals`).

    Where no other alternative can match (`may_match`), every match of the pattern starts at
    one of those first words (of which there may be none), and the pattern need only be tried
    there. None when some other alternative needs no known string.
    """
    anchored, rest = [], []
    for alt in split_alternatives(pattern):
        (anchored if first_words(alt) is not None else rest).append(alt)
    if not rest:
        return None
    needs = tuple(required_literals(alt) for alt in rest)
    if not all(needs):
        return None
    if not anchored:
        return (frozenset(), ()), needs  # no match at all without what they need
    fw = first_words("|".join(anchored))
    return None if fw is None else (fw, needs)


def may_match(needs: tuple, low: str) -> bool:
    """Whether one of the other alternatives (`partly_anchored`) could match in `low`."""
    for sets in needs:
        for strings in sets:
            for s in strings:
                if s in low:
                    break
            else:
                break  # this alternative needs a string that is not there
        else:
            return True
    return False


def _required(items: list) -> list[frozenset[str]]:
    """The required-string sets of a sequence of parsed items (each set: one of these occurs)."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset((run,)))
            run = ""
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags or del_flags):
                out.extend(_required(list(sub)))
        elif op is C.BRANCH:
            each = []
            for alt in av[1]:
                got = _required(list(alt))
                if not got:
                    break
                each.append(min(got, key=lambda s: (len(s), -min(map(len, s)), sorted(s))))
            else:
                out.append(frozenset().union(*each))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            out.extend(_required(list(av[2])))
        # anything else (classes, optional parts, look-arounds, anchors) requires no string
    if run:
        out.append(frozenset((run,)))
    return [s for s in out if s and all(s)]


class Scanner:
    """`rx.finditer(low)` as (start, end) pairs, the pattern tried only where it can start.

    The same matches: every match starts at a known first word (or, for a partly anchored
    pattern, nowhere else once `may_match` says the others cannot match), and `finditer`'s
    next match is the match at the first such start past the end of the last one.
    """

    __slots__ = ("rx", "closed", "opened", "needs")

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        fw, needs = first_words(rx.pattern), None
        if fw is None:
            part = partly_anchored(rx.pattern)
            if part is not None:
                fw, needs = part
        self.closed, self.opened = fw if fw is not None else (None, None)
        self.needs = needs

    def spans(self, low: str, toks, memo: dict) -> list[tuple[int, int]]:
        """`toks`: the set of [a-z0-9]+ tokens of `low` (None when not at hand); `memo` keeps
        the clause's word starts between calls."""
        if self.closed is None or toks is None or (self.needs is not None and may_match(self.needs, low)):
            return [m.span() for m in self.rx.finditer(low)]
        firsts = self.closed.intersection(toks)
        starts: list[int] = []
        for w in firsts:
            st = memo.get(w)
            if st is None:
                st = memo[w] = word_starts(low, w)
            starts += st
        for o in self.opened:
            if o in low:  # (no start there otherwise: spares the call)
                starts += prefix_starts(low, o)
        if len(firsts) + len(self.opened) > 1:
            starts = sorted(set(starts))
        out = []
        end = 0
        match = self.rx.match
        for p in starts:
            if p >= end:
                m = match(low, p)
                if m is not None:
                    end = m.end()
                    out.append((p, end))
        return out


def language(pattern: str, limit: int = 5000) -> frozenset[str] | None:
    """Every string `pattern` matches, for a pattern made only of literals, groups,
    alternatives, classes of listed characters and optional parts (None otherwise, or when
    there are more than `limit`)."""
    try:
        tree = P.parse(pattern)
    except Exception:  # pragma: no cover - patterns are compiled elsewhere first
        return None
    if tree.state.flags & re.IGNORECASE:
        return None

    def seq(items) -> set[str]:
        out = {""}
        for op, av in items:
            if op is C.LITERAL:
                got = {chr(av)}
            elif op is C.SUBPATTERN and not (av[1] or av[2]):
                got = seq(av[3])
            elif op is C.BRANCH:
                got = set().union(*(seq(alt) for alt in av[1]))
            elif op is C.IN and all(o is C.LITERAL for o, _ in av):
                got = {chr(c) for _, c in av}
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] <= 2:
                one = seq(av[2])
                got = set()
                for n in range(av[0], av[1] + 1):
                    got |= {"".join(p) for p in _product(one, n)}
            else:
                raise _GiveUp
            out = {a + b for a in out for b in got}
            if len(out) > limit:
                raise _GiveUp
        return out

    try:
        return frozenset(seq(list(tree)))
    except _GiveUp:
        return None


def _product(strings: set[str], n: int):
    from itertools import product

    return product(strings, repeat=n)
