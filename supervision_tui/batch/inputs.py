"""Reading a CSV or JSON Lines file of notes to score: one row per input row, in order.

The main process only splits the file into rows (and checks every row once before anything
is written); the workers parse each JSON row again, so parsing costs no main-process time.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from ..models import CaseDiscussion, SupervisionRecord

# A row as it travels to a worker: ("text", id or None, text) from CSV, or
# ("json", where, a JSON line or one item of a JSON array) to be parsed by parse_json_row.
Row = tuple[str, object, object]


class InputError(Exception):
    """Bad input: the message is shown as one line."""


def describe_validation_error(e: ValidationError) -> str:
    """A pydantic error as one line a manager can act on."""
    parts = []
    for err in e.errors()[:3]:
        where = ".".join(str(x) for x in err.get("loc", ()))
        kind = err.get("type", "")
        if kind == "extra_forbidden":
            parts.append(f"unknown field '{where}'")
        elif kind == "missing":
            parts.append(f"missing field '{where}'")
        else:
            value = err.get("input")
            shown = f" (got {value!r})" if isinstance(value, (str, int, float)) and len(repr(value)) < 60 else ""
            parts.append(f"{where or 'value'}: {err.get('msg', 'invalid')}{shown}")
    more = len(e.errors()) - 3
    if more > 0:
        parts.append(f"and {more} more problem(s)")
    return "; ".join(parts)


def _input_kind(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".csv", ".tsv"):
        return "csv"
    if ext in (".jsonl", ".ndjson", ".json"):
        return "json"
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        head = fh.read(4096).lstrip()
    return "json" if head[:1] in ("{", "[") else "csv"


def parse_json_row(where: str, raw: str, text_column: str):
    """(kind, id, item) of one JSON row: free text, a record or a case discussion."""
    from .. import limits

    try:
        try:
            data = limits.loads(raw)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: malformed JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected a JSON object")
        if text_column in data:
            text = data[text_column]
            if not isinstance(text, str):
                raise InputError(f"{where}: '{text_column}' is not text")
            limits.check_text(text, f"'{text_column}'")
    except limits.LimitError as e:
        raise InputError(f"{where}: {e}") from None
    if text_column in data:
        rid = data.get("id")
        return ("text", None if rid is None else str(rid), text)
    try:
        if "discussions" in data or "supervisor" in data or "supervisee" in data:
            return ("record", None, SupervisionRecord.model_validate(data))
        if "case_ref" in data or any(f in data for f in CaseDiscussion.SECTION_FIELDS):
            return ("discussion", None, CaseDiscussion.model_validate(data))
    except ValidationError as e:
        raise InputError(f"{where}: {describe_validation_error(e)}") from None
    raise InputError(
        f"{where}: no '{text_column}' field, and not a record or case discussion in the form of schema/"
    )


def count_rows(path: Path, text_column: str) -> tuple[int, bool]:
    """(rows, whether any is JSON still to be checked) after splitting the whole file, which
    finds a file that cannot be split (InputError)."""
    n, json_rows = 0, False
    for kind, _, _ in iter_rows(path, text_column):
        n += 1
        json_rows = json_rows or kind == "json"
    return n, json_rows


def check_rows(task: tuple[list[Row], str]) -> int:
    """Check rows as a worker will read them (InputError names the first bad one); how many."""
    rows, text_column = task
    for kind, where, raw in rows:
        if kind == "json":
            parse_json_row(where, raw, text_column)
    return len(rows)


def iter_rows(path: Path, text_column: str) -> Iterator[Row]:
    """Each input row, in order, split but not parsed; InputError on a file that cannot be split."""
    name = path.name
    try:
        kind = _input_kind(path)
        fh = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None
    try:
        with fh:
            if kind == "csv":
                yield from _iter_csv(fh, name, text_column)
                return
            first = fh.read(1)
            while first and first.isspace():
                first = fh.read(1)
            fh.seek(0)
            if first == "[":  # a JSON array of rows
                yield from _iter_json_array(fh, name)
                return
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    yield ("json", f"{name} line {n}", line)
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text") from None


def _iter_json_array(fh, name: str, read_size: int = 1 << 16) -> Iterator[Row]:
    """Each item of a JSON array as its own JSON text, read a piece at a time: memory holds one
    item, not the file, whatever its size. Workers parse the text as they do a JSON line."""
    from ..limits import MAX_JSON_CHARS

    decode = json.JSONDecoder().raw_decode
    buf, pos, eof = "", 0, False

    def more() -> bool:
        nonlocal buf, pos, eof
        chunk = "" if eof else fh.read(read_size)
        if not chunk:
            eof = True
            return False
        buf, pos = buf[pos:] + chunk, 0
        return True

    def skip_space() -> bool:  # False at the end of the file
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf):
                return True
            if not more():
                return False

    skip_space()
    pos += 1  # the "[" iter_rows saw
    n = 0
    if not skip_space():
        raise InputError(f"{name}: malformed JSON (the array is never closed)")
    if buf[pos] == "]":
        pos += 1
    else:
        while True:
            while True:  # one item, reading on while it is cut off by the end of what was read
                try:
                    _, end = decode(buf, pos)
                    if end < len(buf) or eof or not more():  # a number at the very end may go on
                        break
                except json.JSONDecodeError as e:
                    if len(buf) - pos > MAX_JSON_CHARS:
                        raise InputError(f"{name} item {n + 1}: more than {MAX_JSON_CHARS:,} characters of JSON "
                                         f"(the limit)") from None
                    if not more():
                        at = f"{'' if e.msg.endswith(' at') else ' at'} character {e.pos - pos + 1} of the item"
                        raise InputError(f"{name} item {n + 1}: malformed JSON ({e.msg}{at})") from None
            n += 1
            yield ("json", f"{name} item {n}", buf[pos:end])
            pos = end
            if not skip_space():
                raise InputError(f"{name}: malformed JSON (the array is never closed)")
            sep, pos = buf[pos], pos + 1
            if sep == "]":
                break
            if sep != ",":
                raise InputError(f"{name} item {n}: malformed JSON (a ',' or ']' should follow it)")
            if not skip_space():
                raise InputError(f"{name}: malformed JSON (the array is never closed)")
    if skip_space():
        raise InputError(f"{name}: malformed JSON (more after the array's closing ']')")


def _iter_csv(fh, name: str, text_column: str) -> Iterator[Row]:
    reader = csv.reader(fh, strict=True)
    try:
        header = next(reader, None)
        if not header:
            raise InputError(f"{name}: empty, no header row")
        header = [h.strip() for h in header]
        if text_column not in header:
            raise InputError(
                f"{name}: no column '{text_column}' (--text-column); the columns are: {', '.join(header)}"
            )
        ti = header.index(text_column)
        ii = header.index("id") if "id" in header else None
        for row in reader:
            if not row:
                continue
            if len(row) != len(header):
                raise InputError(
                    f"{name} line {reader.line_num}: malformed CSV ({len(row)} fields, the header has {len(header)})"
                )
            yield ("text", row[ii] if ii is not None and row[ii] != "" else None, row[ti])
    except csv.Error as e:
        raise InputError(f"{name} line {reader.line_num}: malformed CSV ({e})") from None
