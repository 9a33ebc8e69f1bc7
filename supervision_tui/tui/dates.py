"""Dates as managers type them (DD/MM/YYYY or YYYY-MM-DD), with a message when they cannot be read."""

from __future__ import annotations

import datetime as dt
import re

from textual.validation import ValidationResult, Validator

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DM = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})\s*$")  # no year: the nearest such date (or the next)

EXAMPLE = "DD/MM/YYYY, e.g. 16/03/2026"


class DateError(ValueError):
    pass


def _without_year(d: int, mo: int, text: str, today: dt.date, future: bool) -> dt.date:
    """"15/12": the year that puts it nearest `today` (with `future`, the next one from `today`)."""
    candidates = []
    for y in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(dt.date(y, mo, d))
        except ValueError:
            continue
    if not candidates:
        raise DateError(f"'{text.strip()}' is not a real date: use {EXAMPLE}")
    if future:
        return min((c for c in candidates if c >= today), default=candidates[-1])
    return min(candidates, key=lambda c: abs((c - today).days))


def parse_date(text: str, today: dt.date | None = None, future: bool = False) -> dt.date | None:
    """None for an empty field; DateError with a message a manager can act on otherwise.

    A day and month without a year ("15/12") take the year that puts the date nearest
    `today`, or with `future` the next such date from `today`; `show_date` then says which.
    """
    if not text.strip():
        return None
    m = _DM.match(text)
    if m:
        d, mo = (int(x) for x in m.groups())
        return _without_year(d, mo, text, today or dt.date.today(), future)
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise DateError(f"'{text.strip()}' is not a date: use {EXAMPLE}")
        d, mo, y = (int(x) for x in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise DateError(f"'{text.strip()}' is not a real date: use {EXAMPLE}") from None


def show_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class DateValidator(Validator):
    """For `Input(validators=...)`: empty is allowed unless `required`."""

    def __init__(self, required: bool = False, future: bool = False) -> None:
        super().__init__()
        self.required = required
        self.future = future

    def validate(self, value: str) -> ValidationResult:
        try:
            day = parse_date(value, future=self.future)
        except DateError as e:
            return self.failure(str(e))
        if day is None and self.required:
            return self.failure(f"A date is needed: {EXAMPLE}")
        return self.success()
