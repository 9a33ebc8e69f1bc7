"""When is a supervisee's supervision overdue? (DESIGN.md section 6)

The LGA employer standards, as the council's supervision policy applies them:

- a newly qualified worker (ASYE) is supervised weekly for the first six weeks
  after starting in post, then fortnightly until six months in post;
- everyone, from then on, at least monthly.

The rule is applied on `today`: the interval that applies is the one for how
long the supervisee has been in post today, and supervision is overdue when more
days than that interval have passed since the last supervision (a weekly
supervisee seen 7 days ago is due today, not overdue; 8 days ago is overdue by 1).

What counts as a supervision is one rule, kept here and applied by the store's
`last_supervisions` (home screen, dashboard and `report` all read it): a record the
supervisor has signed, dated on or before `today`, that is not ad hoc case direction.
A draft is not a supervision yet: leaving one never takes a worker off the overdue
list. A supervisee with nothing signed is due from the date of their first record
(the day supervision is known to have been needed), so they are never hidden either.

A council sets its own thresholds through `OverduePolicy`. Pure: no I/O.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import asdict, dataclass

from ..models import ExperienceLevel


@dataclass(frozen=True)
class OverduePolicy:
    """How often supervision must happen; every threshold is configurable."""

    nq_weekly_weeks: int = 6  # newly qualified: weekly for this many weeks in post
    nq_fortnightly_months: int = 6  # then fortnightly until this many months in post
    weekly_days: int = 7
    fortnightly_days: int = 14
    monthly_days: int = 31  # "at least monthly": a same-date-each-month rhythm is never overdue

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if value < 0 or (name.endswith("_days") and value < 1):
                raise ValueError(f"{name} must be positive (got {value})")

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Requirement:
    """What the policy asks of one supervisee on one day."""

    rule: str  # "weekly" | "fortnightly" | "monthly"
    interval_days: int


COUNTS_AS_SUPERVISION = "signed by the supervisor, on or before today, not ad hoc case direction"


@dataclass(frozen=True)
class OverdueStatus:
    rule: str
    interval_days: int
    due: dt.date  # the last signed supervision plus the interval (nothing signed: the first record)
    days_since: int | None  # since the last signed supervision; None when nothing is signed
    days_overdue: int  # 0 when not overdue

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later (clamped to the month's end)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def requirement(
    level: ExperienceLevel | str,
    started: dt.date | None,
    today: dt.date,
    policy: OverduePolicy = OverduePolicy(),
) -> Requirement:
    """The supervision frequency that applies on `today`.

    A newly qualified worker whose start date is not recorded is held to the
    fortnightly rule (somewhere in the ASYE year, but we cannot say where).
    """
    if ExperienceLevel(level) == ExperienceLevel.newly_qualified:
        if started is None:
            return Requirement("fortnightly", policy.fortnightly_days)
        if today < started + dt.timedelta(weeks=policy.nq_weekly_weeks):
            return Requirement("weekly", policy.weekly_days)
        if today < add_months(started, policy.nq_fortnightly_months):
            return Requirement("fortnightly", policy.fortnightly_days)
    return Requirement("monthly", policy.monthly_days)


def overdue_status(
    level: ExperienceLevel | str,
    started: dt.date | None,
    last_supervision: dt.date | None,
    today: dt.date,
    policy: OverduePolicy = OverduePolicy(),
    first_record: dt.date | None = None,
) -> OverdueStatus:
    """Whether, and by how many days, the supervisee's next supervision is overdue on `today`.

    `last_supervision` is the last one that counts (COUNTS_AS_SUPERVISION); with none,
    supervision is due from `first_record` (today when that is not known either).
    """
    req = requirement(level, started, today, policy)
    if last_supervision is None:
        due = first_record or today
        return OverdueStatus(rule=req.rule, interval_days=req.interval_days, due=due, days_since=None,
                             days_overdue=max(0, (today - due).days))
    days_since = (today - last_supervision).days
    due = last_supervision + dt.timedelta(days=req.interval_days)
    return OverdueStatus(
        rule=req.rule,
        interval_days=req.interval_days,
        due=due,
        days_since=days_since,
        days_overdue=max(0, (today - due).days),
    )
