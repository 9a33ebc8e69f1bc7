"""The nine criteria, one module each, over one shared reading of each clause.

    reading.py     the note prepared: clauses, who each is about, negation, the Cues table
    cues.py        the five cue tables matched in one pass; the flags' guards; a box as a hint
    depth.py       enough about this child to stand alone
    reflection.py  why it is happening, what it means
    lived.py       the child's words, feelings, behaviour, day
    impact.py      what changed for the child because of the work
    risk.py        worries, dangers, protective factors, a safety scale
    challenge.py   the manager testing the plan or the worker's view
    decisions.py   a key decision and its reason
    actions.py     an action needs an owner and a date
    progress.py    the plan over time: drift, escalation, review

Each detector returns hits, (weight, sentence); a criterion is met at 0.5 (checker.py).
"""

from __future__ import annotations

from . import cues  # noqa: F401  (first: the criterion modules use its functions; it imports their tables)
from .actions import detect_actions
from .challenge import detect_challenge
from .decisions import decision_sentences, detect_decisions
from .depth import DEPTH_WORDS, detect_depth
from .impact import detect_impact
from .lived import detect_lived
from .progress import detect_progress
from .reading import Clause, Note, negated, prepare, subject_kind
from .reflection import detect_reflection
from .risk import detect_risk

__all__ = [
    "DEPTH_WORDS",
    "Clause",
    "Note",
    "decision_sentences",
    "detect_actions",
    "detect_challenge",
    "detect_decisions",
    "detect_depth",
    "detect_impact",
    "detect_lived",
    "detect_progress",
    "detect_reflection",
    "detect_risk",
    "negated",
    "prepare",
    "subject_kind",
]
