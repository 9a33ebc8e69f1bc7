"""Dates as managers type them (DD/MM/YYYY or YYYY-MM-DD), with a message when they cannot be read."""

from __future__ import annotations

import datetime as dt
import re

from textual.validation import ValidationResult, Validator

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")

EXAMPLE = "DD/MM/YYYY, e.g. 16/03/2026"


class DateError(ValueError):
    pass


def parse_date(text: str) -> dt.date | None:
    """None for an empty field; DateError with a message a manager can act on otherwise."""
    if not text.strip():
        return None
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

    def __init__(self, required: bool = False) -> None:
        super().__init__()
        self.required = required

    def validate(self, value: str) -> ValidationResult:
        try:
            day = parse_date(value)
        except DateError as e:
            return self.failure(str(e))
        if day is None and self.required:
            return self.failure(f"A date is needed: {EXAMPLE}")
        return self.success()
