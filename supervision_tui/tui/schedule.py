"""The home screen's supervisee list: last supervision, next one due, overdue or not.

The frequency rule itself lives in `supervision_tui.reports.overdue` (shared with
`supervision-tui report`); this module only turns the store's rows into what the
table shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import EXPERIENCE_LABELS, ExperienceLevel
from ..reports.overdue import overdue_status


@dataclass(frozen=True)
class SuperviseeRow:
    supervisee: str
    team: str
    level: ExperienceLevel
    started: dt.date | None
    last: dt.date
    next_due: dt.date  # when the policy says the next supervision is due
    booked: dt.date | None  # the date set at the last supervision, if any
    rule: str
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def level_label(self) -> str:
        return EXPERIENCE_LABELS[self.level]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def supervisee_rows(rows: list[dict], today: dt.date) -> list[SuperviseeRow]:
    """From `Store.supervisees()`: most overdue first, then the soonest due."""
    out = []
    for r in rows:
        last = _date(r["last_date"])
        if last is None:
            continue
        level = ExperienceLevel(r["experience_level"])
        started = _date(r["supervisee_started"])
        status = overdue_status(level, started, last, today)
        booked = _date(r["next_supervision"])
        out.append(SuperviseeRow(r["supervisee"], r["team"], level, started, last, status.due, booked,
                                 status.rule, status.days_overdue))
    out.sort(key=lambda s: (-s.days_overdue, s.next_due, s.supervisee))
    return out
