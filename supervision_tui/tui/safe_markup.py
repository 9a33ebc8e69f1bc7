"""The one escape for record text in Textual markup: markup escaped and terminal control
characters stripped (a note's ESC sequence never reaches the terminal)."""

from __future__ import annotations

from textual.markup import escape as _escape

from ..safe_text import strip_controls


def escape(text: str) -> str:
    return _escape(strip_controls(text))
