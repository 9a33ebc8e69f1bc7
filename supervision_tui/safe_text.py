"""Record text meeting a terminal or a spreadsheet: what must never pass through as it is.

- `strip_controls`: terminal escape sequences (ESC, CSI, OSC...), other C0 and C1 control
  characters and bidirectional overrides are removed; tabs and newlines are kept.
- `one_line`: the same, with line breaks made spaces (error messages, table cells).
- `neutralise_formula`: a spreadsheet cell that could start a formula (=, +, -, @, a tab, a
  carriage return, or their fullwidth forms such as U+FF1D) gets a leading apostrophe. Every
  CSV and spreadsheet the program writes (export, sample, report) uses this one function.

Markup (rich's `[...]`, Textual's) is escaped by the faces, which own rich: cli.common.esc.
No textual, no rich here.
"""

from __future__ import annotations

import re
from typing import Any

# ESC-introduced sequences first (so their parameters go with them), then single characters:
# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates.
_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (window titles, hyperlinks)
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI (colours, cursor moves, clear screen)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # other two-character escapes
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"[\r\n\t\u2028\u2029\x85\x0b\x0c]+")


def strip_controls(text: str) -> str:
    """`text` without terminal escape sequences or control characters (tabs and newlines kept)."""
    if not isinstance(text, str):
        text = str(text)
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n")))


def one_line(text: str) -> str:
    """`text` safe to print as one line: controls stripped, line breaks made spaces."""
    return strip_controls(_BREAKS.sub(" ", str(text)))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe63", "\ufe62", "\u2212")
_FIRST = frozenset(FORMULA_START)


def neutralise_formula(value: Any) -> Any:
    """A text cell cannot start a formula: it gets a leading apostrophe (numbers pass as they are).

    Leading spaces do not hide one (" =1+2" is a formula to some spreadsheets), nor do the
    fullwidth and small forms of = + - @ that spreadsheets fold to ASCII."""
    if value.__class__ is not str or not value:
        return value
    if value[0] in _FIRST or (value[0] in " \u3000" and value.lstrip(" \u3000")[:1] in _FIRST):
        return "'" + value
    return value
