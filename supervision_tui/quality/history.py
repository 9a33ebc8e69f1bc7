"""Across records: what one note alone cannot show.

For a child discussed in consecutive supervisions:

- `copied_forward`: a section's text is the same (or nearly) as last time;
- `action_copied`: an action is set again with the same wording as last time;
- `action_not_reviewed`: an action set last time has no reviewed entry (with a status) now.

Similarity is the Jaccard index of word 3-shingles over normalised text, so re-ordered
punctuation, case and spacing do not hide a copy, while a genuinely rewritten section does
not trip it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..models import CaseDiscussion
from .text import is_filler, normalise

Kind = Literal["copied_forward", "action_copied", "action_not_reviewed"]

COPY_THRESHOLD = 0.9
MIN_WORDS = 8  # below this a repeat ("No change.") is filler, which the checker already flags
ACTION_THRESHOLD = 0.8

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class HistoryFinding:
    kind: Kind
    message: str
    detail: str = ""


# A report walks each child's discussions in order, so every text is compared twice (as
# "now" and then as "before"), and a section's words are wanted for the length test, the
# shingles and the action key: the word lists and shingle sets are cached by text (bounded;
# both are pure functions of the text, so the findings are the same with or without it).
# A chain needs only the last discussion's texts (a dozen or so); a shingle set can weigh
# ~20 kB, so the bound stays small.
_CACHE_SIZE = 256


@lru_cache(maxsize=_CACHE_SIZE)
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalise(text).lower()))


def _words(text: str) -> list[str]:
    return list(_word_tuple(text))


def _shingles(words, k: int = 3) -> set[tuple[str, ...]]:
    if len(words) < k:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


@lru_cache(maxsize=_CACHE_SIZE)
def _shingle_set(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_shingles(_word_tuple(text)))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of word 3-shingles of two texts (0.0-1.0)."""
    sa, sb = _shingle_set(a), _shingle_set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def _action_key(text: str) -> str:
    return " ".join(_word_tuple(text))


def _same_action(a: str, b: str) -> bool:
    ka, kb = _action_key(a), _action_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if min(len(ka.split()), len(kb.split())) < 3:
        return False
    return similarity(a, b) >= ACTION_THRESHOLD


_SECTION_LABELS = {
    "update": "update",
    "lived_experience": "lived experience",
    "reflection": "reflection",
    "risk": "risk",
    "impact": "impact",
    "challenge": "challenge",
    "progress": "progress",
}


def history_findings(current: CaseDiscussion, previous: CaseDiscussion | None) -> list[HistoryFinding]:
    """Compare a child's discussion with the child's previous one."""
    if previous is None:
        return []
    child = current.child_initials or previous.child_initials or "the child"
    findings: list[HistoryFinding] = []

    for name in CaseDiscussion.SECTION_FIELDS:
        now, before = getattr(current, name), getattr(previous, name)
        if not now.strip() or not before.strip() or is_filler(now):
            continue
        if len(_word_tuple(now)) < MIN_WORDS:
            continue
        sim = similarity(now, before)
        if sim >= COPY_THRESHOLD:
            label = _SECTION_LABELS.get(name, name)
            findings.append(
                HistoryFinding(
                    "copied_forward",
                    f"The {label} section for {child} is {'the same as' if sim >= 0.999 else 'almost the same as'} "
                    f"last time ({sim:.0%} similar): has nothing changed?",
                    f"{name}: {now.strip()[:200]}",
                )
            )

    for act in current.actions:
        if not act.action.strip():
            continue
        for old in previous.actions:
            if _same_action(act.action, old.action):
                findings.append(
                    HistoryFinding(
                        "action_copied",
                        f"The action '{act.action.strip()[:80]}' was set last time in the same words: "
                        "was it done, and if not, why not?",
                        f"previous owner: {old.owner or '-'}; previous due: {old.due or '-'}",
                    )
                )
                break

    reviewed = [r for r in current.previous_actions if r.status is not None]
    reviewed_ids = {r.action_id for r in reviewed if r.action_id}
    for old in previous.actions:
        if not old.action.strip():
            continue
        if old.id in reviewed_ids:
            continue
        if any(_same_action(old.action, r.action) for r in reviewed):
            continue
        findings.append(
            HistoryFinding(
                "action_not_reviewed",
                f"Last time's action '{old.action.strip()[:80]}' ({old.owner or 'no owner'}"
                f"{', due ' + old.due.isoformat() if old.due else ''}) has not been reviewed.",
                old.id,
            )
        )
    return findings
