"""Depth: enough about this child to stand alone, roughly 80 words of case content (LABELS.md)."""

from __future__ import annotations

from ..text import Sentence
from .reading import Note


DEPTH_WORDS = 75


def detect_depth(note: Note) -> tuple[float, Sentence | None]:
    words = note.words
    strength = min(1.0, words / (2 * DEPTH_WORDS))
    longest = max((s for s in note.sentences if not s.filler), key=lambda s: len(s.raw), default=None)
    return strength, longest
