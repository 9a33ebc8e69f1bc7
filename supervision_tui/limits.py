"""Documented limits on what the program reads (README, "Security and integrity").

A supervision note is a few thousand words; these limits are far above any real one and far
below what would take minutes or gigabytes to check:

- a note (free text given to `check` or a text column of `score --input`): 1,000,000 characters;
- one JSON line or document: 10,000,000 characters;
- any one text field of a record: 200,000 characters;
- an id (a record's, a case discussion's, an addendum's, an input row's): 200 characters;
- JSON nested more than 64 levels deep, integers of more than 30 digits and text holding lone
  surrogates (which are not characters) are refused.

Each refusal is one line naming the limit. No textual, no rich.
"""

from __future__ import annotations

import json
from typing import Any

MAX_NOTE_CHARS = 1_000_000
MAX_JSON_CHARS = 10_000_000
MAX_FIELD_CHARS = 200_000
MAX_ID_CHARS = 200
MAX_DEPTH = 64
MAX_INT_DIGITS = 30


class LimitError(ValueError):
    """Input beyond a documented limit, or not representable: the message is one line."""


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise LimitError(f"a number of {len(text.lstrip('-')):,} digits (the limit is {MAX_INT_DIGITS})")
    return int(text)


def loads(text: str) -> Any:
    """json.loads within the limits: LimitError instead of a RecursionError or ValueError."""
    if len(text) > MAX_JSON_CHARS:
        raise LimitError(f"{len(text):,} characters of JSON (the limit is {MAX_JSON_CHARS:,})")
    try:
        data = json.loads(text, parse_int=_int)
    except RecursionError:
        raise LimitError(f"JSON nested too deeply (the limit is {MAX_DEPTH} levels)") from None
    check(data)
    return data


def check(data: Any) -> None:
    """Walk parsed JSON: depth, text length, ids, lone surrogates."""
    stack = [(data, 1, "")]
    while stack:
        value, depth, key = stack.pop()
        if depth > MAX_DEPTH:
            raise LimitError(f"JSON nested too deeply (the limit is {MAX_DEPTH} levels)")
        if isinstance(value, dict):
            for k, v in value.items():
                check_text(k, "a field name", MAX_ID_CHARS)
                stack.append((v, depth + 1, k))
        elif isinstance(value, list):
            stack.extend((v, depth + 1, key) for v in value)
        elif isinstance(value, str):
            if key == "id" or key.endswith("_id"):
                check_text(value, f"the id in '{key[:40]}'", MAX_ID_CHARS)
            else:
                check_text(value, f"the field '{key[:40]}'" if key else "a value", MAX_FIELD_CHARS)


def check_text(text: str, what: str = "the note", limit: int = MAX_NOTE_CHARS) -> str:
    if len(text) > limit:
        raise LimitError(f"{what} is {len(text):,} characters long (the limit is {limit:,})")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise LimitError(f"{what} holds a lone surrogate (\\ud800-\\udfff), which is not a character") from None
    return text
