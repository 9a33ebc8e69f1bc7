"""Dates as managers type them (DD/MM/YYYY or YYYY-MM-DD), with a message when they cannot be read."""

from __future__ import annotations

import datetime as dt
import re

from textual.validation import ValidationResult, Validator

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DM = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})\s*$")  # no year: the nearest such date (or the next)



def example(today: dt.date | None = None) -> str:
    """The format with an example a month ahead of `today`: a date that is right for any field."""
    today = today or dt.date.today()
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return f"DD/MM/YYYY, e.g. {dt.date(year, month, min(today.day, 28)):%d/%m/%Y}"


class DateError(ValueError):
    pass


def _without_year(d: int, mo: int, text: str, today: dt.date, future: bool, clock: dt.date) -> dt.date:
    """"15/12": the year that puts it nearest `today` (with `future`, the next one from `today`)."""
    candidates: list[dt.date] = []
    for y in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(dt.date(y, mo, d))
        except ValueError:
            continue
    if not candidates:
        raise DateError(f"'{text.strip()}' is not a real date: use {example(clock)}")
    if future:
        return min((c for c in candidates if c >= today), default=candidates[-1])
    return min(candidates, key=lambda c: abs((c - today).days))


def parse_date(text: str, today: dt.date | None = None, future: bool = False,
               clock: dt.date | None = None) -> dt.date | None:
    """None for an empty field; DateError with a message a manager can act on otherwise.

    A day and month without a year ("15/12") take the year that puts the date nearest
    `today`, or with `future` the next such date from `today`; `show_date` then says which.
    `clock` (default `today`): the app's today, from which a message's example is a month ahead.
    """
    if not text.strip():
        return None
    clock = clock or today
    m = _DM.match(text)
    if m:
        d, mo = (int(x) for x in m.groups())
        return _without_year(d, mo, text, today or dt.date.today(), future, clock)
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise DateError(f"'{text.strip()}' is not a date: use {example(clock)}")
        d, mo, y = (int(x) for x in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise DateError(f"'{text.strip()}' is not a real date: use {example(clock)}") from None


def show_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class DateValidator(Validator):
    """For `Input(validators=...)`: empty is allowed unless `required`."""

    def __init__(self, required: bool = False, future: bool = False, today: dt.date | None = None) -> None:
        super().__init__()
        self.required = required
        self.future = future
        self.today = today  # the app's clock

    def validate(self, value: str) -> ValidationResult:
        try:
            day = parse_date(value, today=self.today, future=self.future)
        except DateError as e:
            return self.failure(str(e))
        if day is None and self.required:
            return self.failure(f"A date is needed: {example(self.today)}")
        return self.success()
