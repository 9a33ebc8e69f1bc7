"""The checker's shortcuts give exactly what the plain regex or table would.

The checker avoids work where it can prove a pattern cannot match (anchors.py, cues.py,
text.py, checker.py). Each shortcut is checked here against the slow, obvious reading on notes
written to hit its edges (unicode letters, underscores, digits, clauses that hold what a cue
needs but not the cue) and on every labelled note the repository holds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from supervision_tui.quality.anchors import first_words, may_match, partly_anchored, required_literals, word_starts
from supervision_tui.quality.checker import _NAME_GUESS, _child_label
from supervision_tui.quality.criteria import cues, prepare
from supervision_tui.quality.text import _TRANSLATE, normalise, segment

HERE = Path(__file__).parent

EDGES = [
    "Mum's view is that Kai (7) is fine; the SW's view, after the visit, is that he is not.",
    "Up 2kg since May. Attendance 96% last term against 81% the year before; 4 out of 10 on the scale.",
    "My view: drift. The main worry is that dad is back; what still worries me is the drinking.",
    "harm self-harm harm_reduction harmful unharmed HARM harm. café harm élan l'harm 2harm harm2",
    "Baby Leo is feeding well.\nDear Amy, we talked about you.",
    "Zoë (4) told the SW\t\"I like nursery\"\r\nLéa said ‘no’ – and left…",
    "TM (RT) asked SW (kb) to book the FGC by 3/3; RT to chase CAMHS; sw to visit weekly.",
    "rated 7/10 by mum; scaled at 4; scored 3 out of 10; safety 6 / 10",
    "he's not much changed; little has changed for him; haven't changed anything for her",
    "worker_to school; sw_to visit; the_sw will go",
]


def _labelled_texts() -> list[str]:
    texts = list(EDGES)
    for path in sorted(HERE.glob("quality_notes*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


TEXTS = _labelled_texts()


@pytest.mark.parametrize("low", [
    "harm self-harm harm_reduction harmful unharmed harm. café harm élan l'harm 2harm harm2 harm",
    "to-do to to_ _to to2 2to to. (to) t o to",
    "ab ab ab abab ab_ab ab",
    "",
])
@pytest.mark.parametrize("w", ["harm", "to", "ab", "2harm", "l", "é"])
def test_word_starts_are_the_regex_matches(low: str, w: str) -> None:
    assert word_starts(low, w) == [m.start() for m in re.finditer(rf"\b{re.escape(w)}\b", low)]


def test_word_starts_on_every_word_of_the_labelled_notes() -> None:
    for text in TEXTS[:400]:
        low = text.lower()
        for w in set(re.findall(r"\w+", low)):
            assert word_starts(low, w) == [m.start() for m in re.finditer(rf"\b{re.escape(w)}\b", low)], (w, low)


@pytest.mark.parametrize("text", EDGES + ["plain ascii", "tab\there", "cr\rhere", "‘quoted’ — dash…"])
def test_normalise_is_the_translation(text: str) -> None:
    assert normalise(text) == text.translate(_TRANSLATE)


def test_child_label_is_the_name_guess() -> None:
    for text in TEXTS:
        m = _NAME_GUESS.search(text)
        assert _child_label(None, text) == (next(g for g in m.groups() if g) if m else "the child"), text


def _reference_matches(c) -> tuple:
    """What clause_cue_matches promises: each gated cue's finditer over the clause."""
    out: tuple[list, ...] = ([], [], [], [], [])
    todo: set[int] = set()
    for t in cues._CUE_KEYS.intersection(c.toks):
        words, opens = cues._DISPATCH[t]
        for k, rx, weight, flags in words or ():
            plain = rx or cues.CUE_TABLES[k].words[t][0]
            out[k].extend((m.start(), m.end(), weight, flags) for m in plain.finditer(c.low))
        todo |= opens or set()
    for cid in todo:
        k, rx, weight, flags = cues._CUE_INFO[cid][:4]
        out[k].extend((m.start(), m.end(), weight, flags) for m in rx.finditer(c.low))
    return tuple(sorted(x) for x in out)


def test_cue_matches_are_each_gated_cues_finditer() -> None:
    checked = 0
    for text in TEXTS:
        for c in prepare(segment(text), text).clauses:
            assert tuple(sorted(x) for x in cues.clause_cue_matches(c)) == _reference_matches(c), c.low
            checked += 1
    assert checked > 5000
    # most cues are skipped in a clause without the strings they need (cues._gate)
    assert sum(info[7] is not None for info in cues._CUE_INFO) > len(cues._CUE_INFO) // 2
    # and not tried at a common first word whose own alternatives need what the clause lacks
    progress_cue = next(info for info in cues._CUE_INFO if info[1].pattern.startswith(r"\b(?:no longer"))
    assert progress_cue[8]["in"] == ("in the same position",)


def test_partly_anchored_cues_are_tried_only_where_they_can_match() -> None:
    # the percentage alternative of an impact cue starts with a digit: no known first word
    pattern = r"\b(?:(?:has|have) come on|\d+ ?% (?:before|last (?:term|year)))\b"
    (closed, opened), needs = partly_anchored(pattern)
    assert {"has", "have"} <= closed
    assert needs == ((frozenset({"% "}), frozenset({"before", "last "})),)
    assert may_match(needs, "96% last term") and not may_match(needs, "96 percent last term")
    assert not may_match(needs, "she has come on; 96% now")
    # a pattern with no known first word at all is skipped where it cannot match
    (closed, opened), needs = partly_anchored(r"\b[a-z]+'s way of\b")
    assert closed == frozenset() and opened == () and needs == ((frozenset({"'s way of"}),),)
    # an alternative that needs no known string leaves the pattern to be scanned
    assert partly_anchored(r"\b(?:has come on|\d+ ?[a-z]+)\b") is None
    assert first_words(r"\b(?:has|have) come on\b") is not None


@pytest.mark.parametrize("pattern, inside", [
    (r"\b\d{1,2} out of 10\b", " out of 10"),
    (r"(?:main|the|[a-z]+'s) (?:worry|risk) is", "worry"),
    (r"x(?:ab|cd)+y", "ab"),
])
def test_required_literals_are_in_every_match(pattern: str, inside: str) -> None:
    sets = required_literals(pattern)
    assert any(inside in s for s in sets)
    for text in ("7 out of 10", "the main worry is", "mum's risk is", "xabcdy", "xcdy"):
        for m in re.finditer(pattern, text):
            assert all(any(s in m.group() for s in strings) for strings in sets), (pattern, m.group())



def _labelled_clauses():
    for text in TEXTS:
        yield from prepare(segment(text), text).clauses


def test_owner_is_searched_only_after_an_owner_and_a_verb() -> None:
    from supervision_tui.quality.criteria.reading import _TOKEN, _owner_at

    found = 0
    for c in _labelled_clauses():
        toks = frozenset(_TOKEN.findall(c.low))
        at = _owner_at(c.low, toks, True)
        assert at == _owner_at(c.low, toks), c.low
        found += at >= 0
    assert found > 100


def test_language_lists_every_string() -> None:
    from supervision_tui.quality.anchors import language
    from supervision_tui.quality.lexicon import OWNER

    assert language(r"a(?:b|c)d?") == {"ab", "ac", "abd", "acd"}
    assert language(r"a\w") is None and language(r"ab+") is None
    owners = language(OWNER)
    assert {"sw", "the social worker", "ehworker", "eh worker", "sw and tm"} <= owners
    assert all(re.fullmatch(OWNER, o) for o in owners)


def test_scanner_spans_are_finditer() -> None:
    from supervision_tui.quality.anchors import Scanner
    from supervision_tui.quality.criteria import challenge, progress, reflection, risk

    scanners = [Scanner(m.BOX_TOPIC) for m in (challenge, progress, reflection, risk)]
    scanners += [Scanner(info[1]) for info in cues._CUE_INFO]
    for c in _labelled_clauses():
        toks = frozenset(re.findall(r"[a-z0-9]+", c.low))
        memo: dict = {}
        for s in scanners:
            assert s.spans(c.low, toks, memo) == [m.span() for m in s.rx.finditer(c.low)], (s.rx.pattern, c.low)


def test_gated_searches_are_the_search() -> None:
    from supervision_tui.quality.criteria import decisions, impact

    lows = [c.low for c in _labelled_clauses()] + [s.low for t in TEXTS for s in segment(t)]
    lows += ["not done", "still waiting", "it never happened", "undecided", "no decision yet", "to be decided"]
    seen = {"undone": 0, "undecided": 0}
    for low in lows:
        m, plain = impact._undone(low), impact._UNDONE.search(low)
        assert (m and m.span()) == (plain and plain.span()), low
        assert decisions._undecided(low) == (decisions._DECISION_NEG.search(low) is not None), low
        seen["undone"] += m is not None
        seen["undecided"] += decisions._undecided(low)
    assert all(seen.values()), seen


def test_negated_is_the_window_and_the_pattern_after() -> None:
    from supervision_tui.quality.criteria import reading

    def plain(low: str, start: int, end: int) -> bool:
        window = " ".join(low[max(0, start - 40) : start].split()[-4:])
        if window and reading._NEG.search(window) and not reading._NEG_EXEMPT.search(window + " " + low[start:end]):
            # its reach ends at a clause boundary after the last negation
            if not reading._NEG_ENDS.search(window[list(reading._NEG.finditer(window))[-1].end() :]):
                return True
        return bool(reading._NEG_AFTER.match(low[end : end + 50]))

    for c in _labelled_clauses():
        for m in re.finditer(r"\w+", c.low):
            assert reading.negated(c.low, m.start(), m.end()) == plain(c.low, m.start(), m.end())


def test_sentences_end_where_the_plain_split_ends_them() -> None:
    from supervision_tui.quality import text as T

    def plain(line: str) -> list[str]:
        pieces = (T._SENT_END_LOWER if T._typed_lower(line) else T._SENT_END_FAST).split(line)
        if len(pieces) == 1:
            return [line.strip()] if line.strip() else []
        parts = [pieces[i] + pieces[i + 1] for i in range(0, len(pieces) - 1, 2)] + [pieces[-1]]
        out, buf = [], ""
        for p in parts:
            buf = f"{buf} {p}" if buf else p
            if (" " + buf.rstrip()[-8:].lower()).endswith(T._ABBREVS) or T._ENDS_INITIALS.search(buf) or (
                T._LIST_NUMBER_END.search(buf)
            ):
                continue
            if buf.strip():
                out.append(buf.strip())
            buf = ""
        if buf.strip():
            out.append(buf.strip())
        return out

    lines = ["Seen with A.B. today. Then M.R. said no.", "Met J.K.  \u00a0Then left.", "Dr. Patel saw him. OK.",
             "Z.Z. wasn't seen. Mum. Dad."]
    lines += [line for text in TEXTS for line in normalise(text).split("\n")]
    for line in lines:
        assert T.split_sentences(line) == plain(line), line


def test_decision_patterns_read_as_with_their_look_behinds_first() -> None:
    # the look-behinds moved after the word they guard ("as(?<!such as)"): the same matches as
    # the patterns written with them first, as they were
    from supervision_tui.quality.criteria import decisions

    def before(pattern: str) -> str:
        pattern = re.sub(r"stay((?:\(\?<!\\bh?[a-z]+ stay\))+)",
                         lambda m: "".join(f"(?<!{g} )" for g in re.findall(r"\(\?<!(\\b[a-z]+) stay\)", m.group(1)))
                         + "stay", pattern)
        pattern = pattern.replace("agreed(?<= - agreed)", "(?<= - )agreed").replace("reason(?<=the reason)", "(?<=the )reason")
        return re.sub(r"(\\b)?as((?:\(\?<![a-z]+ as\))+)",
                      lambda m: "".join(f"(?<!{w} )" for w in re.findall(r"\(\?<!([a-z]+) as\)", m.group(2)))
                      + (m.group(1) or "") + "as", pattern)

    old_mark, old_reason = re.compile(before(decisions._DECISION_MARK.pattern)), re.compile(before(decisions._RATIONALE.pattern))
    assert "(?<!such )(?<!well )(?<!same )as " in old_reason.pattern and "(?<!\\bsometimes )stay" in old_mark.pattern
    lows = [c.low for c in _labelled_clauses()] + [s.low for t in TEXTS for s in segment(t)]
    lows += ["as well as mum is here", "such as dad has said", "she stays with nan", "he stays at a mate's",
             "agreed - agreed with mum", "the reason, as she says, is that", "so soon as he is home"]
    for low in lows:
        for new, old in ((decisions._DECISION_MARK, old_mark), (decisions._RATIONALE, old_reason)):
            assert [m.span() for m in new.finditer(low)] == [m.span() for m in old.finditer(low)], low


def test_normalise_replaces_nothing_it_put_in() -> None:
    from supervision_tui.quality.text import _REPLACE

    assert not {to for _, to in _REPLACE} & {ch for ch, _ in _REPLACE}


def test_finders_answer_as_the_search() -> None:
    # found: whether the pattern occurs; search: its first match, the same as the regex's
    from supervision_tui.quality.anchors import Finder
    from supervision_tui.quality.criteria import decisions
    from supervision_tui.quality.lexicon import TIMESCALE

    finders = [Finder(TIMESCALE), Finder(decisions._DECISION_MARK), Finder(decisions._RATIONALE)]
    assert finders[0].anchored is not None and finders[0].rest_lits
    for c in _labelled_clauses():
        toks = frozenset(re.findall(r"[a-z0-9]+", c.low))
        for f in finders:
            assert f.found(c.low, toks, {}) == (f.rx.search(c.low) is not None), (f.rx.pattern[:40], c.low)
            m, plain = f.search(c.low, toks, {}), f.rx.search(c.low)
            assert (m and m.span()) == (plain and plain.span()), (f.rx.pattern[:40], c.low)


def test_named_owners_are_the_pattern_matches() -> None:
    from supervision_tui.quality.criteria import actions, reading

    text = "Sara will ask school. Tom to book the FGC. Kai is to see CAMHS. Mum agreed to it. Jo went to town."
    note = prepare(segment(text), text)
    for raw in [text] + [s.raw for t in TEXTS for s in segment(t)]:
        # (with the role in brackets after the name, actions' own reading: "Carla (SW) to raise ...")
        found = list(reading._NAMED_TO.finditer(raw)) + list(actions._NAMED_ROLE_TO.finditer(raw))
        plain = [m.group(0).lower() for m in found
                 if m.group(1).lower() not in reading._NAME_STOP | note.names | actions.NOT_NAMES | reading._CALENDAR]
        assert actions._named_owners(raw, note) == plain, raw


def test_only_counted_words_are_missing_from_a_clauses_tokens() -> None:
    # cues._rare_tokens opens a cue by a word its matches hold: that word must be a token
    from supervision_tui.quality.criteria.reading import _TOKEN, may_blank

    blanked = 0
    for c in _labelled_clauses():
        missing = set(_TOKEN.findall(c.low)) - c.toks
        assert all(map(may_blank, missing)), (missing, c.low)
        blanked += bool(missing)
    assert blanked > 0


def test_a_cue_is_opened_by_a_rarer_word_its_matches_need() -> None:
    # "has anyone asked ...": opened by "anyone", not by "has" (in most clauses)
    cid = next(i for i, info in enumerate(cues._CUE_INFO) if info[1].pattern.startswith(r"\b(?:has anyone "))
    assert cid in cues._DISPATCH["has"][1]
    assert cid in cues._RUN["anyone"][1] and cid not in (cues._RUN["has"][1] or ())
    # "in hindsight", "we have learned": by a word of every string the alternative matches
    cid = next(i for i, info in enumerate(cues._CUE_INFO) if "in hindsight" in info[1].pattern)
    assert cid in cues._RUN["hindsight"][1] and cid in cues._RUN["learnt"][1]
    assert all(cid not in (cues._RUN.get(w, (None, None))[1] or ()) for w in ("in", "we", "i"))
    text = ("Has anyone asked Kai? Mum has stopped drinking; has anyone checked; anyone has asked. "
            "In hindsight we have learnt a lot; in the end hindsight helps; we learned; learnt.")
    for c in prepare(segment(text), text).clauses:
        assert tuple(sorted(x) for x in cues.clause_cue_matches(c)) == _reference_matches(c), c.low
