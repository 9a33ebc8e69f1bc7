"""The home screen's supervisee list: last signed supervision, next one due, overdue or not.

Which records count and how overdue is reckoned live in one place,
`supervision_tui.reports.overdue` (through `reports.figures.overdue_figures`), shared with
the dashboard and `supervision-tui report`: this module only turns those figures into
what the home table shows, so the screens can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import EXPERIENCE_LABELS, ExperienceLevel
from ..reports.figures import overdue_figures
from ..reports.overdue import OverduePolicy
from ..store import RecordFilter, Store


@dataclass(frozen=True)
class SuperviseeRow:
    supervisee: str
    team: str
    level: ExperienceLevel
    started: dt.date | None
    last: dt.date | None  # the last signed supervision; None when nothing is signed yet
    next_due: dt.date  # when the policy says the next supervision is due
    booked: dt.date | None  # the date set at the last signed supervision, if any
    rule: str
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def level_label(self) -> str:
        return EXPERIENCE_LABELS[self.level]


def supervisee_rows(store: Store, filt: RecordFilter, today: dt.date,
                    policy: OverduePolicy = OverduePolicy()) -> list[SuperviseeRow]:
    """Most overdue first, then the soonest due: the dashboard's and the report's figures."""
    figures, _ = overdue_figures(store, filt, today, policy)
    out = [SuperviseeRow(f.supervisee, f.team, ExperienceLevel(f.experience_level), f.supervisee_started,
                         f.last_supervision, f.due, f.booked, f.rule, f.days_overdue)
           for f in figures]
    out.sort(key=lambda s: (-s.days_overdue, s.next_due, s.supervisee))
    return out
