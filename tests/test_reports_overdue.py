"""The overdue rules for each experience level, at their boundary days."""

import datetime as dt

import pytest

from supervision_tui.models import ExperienceLevel
from supervision_tui.reports.overdue import OverduePolicy, add_months, overdue_status, requirement

D = dt.date
NQ, EXP, SENIOR = ExperienceLevel.newly_qualified, ExperienceLevel.experienced, ExperienceLevel.senior
STARTED = D(2026, 1, 5)  # six weeks later: 16 Feb; six months later: 5 July


@pytest.mark.parametrize(
    "today, rule",
    [
        (D(2026, 1, 5), "weekly"),  # first day in post
        (D(2026, 2, 15), "weekly"),  # last day of week six
        (D(2026, 2, 16), "fortnightly"),  # six weeks to the day
        (D(2026, 7, 4), "fortnightly"),  # last day before six months
        (D(2026, 7, 5), "monthly"),  # six months to the day
    ],
)
def test_a_newly_qualified_workers_rule_changes_with_time_in_post(today, rule):
    assert requirement(NQ, STARTED, today).rule == rule


@pytest.mark.parametrize("level", [EXP, SENIOR])
def test_experienced_and_senior_workers_are_monthly_from_day_one(level):
    assert requirement(level, D(2026, 3, 1), D(2026, 3, 2)).rule == "monthly"
    assert requirement(level, None, D(2026, 3, 2)).rule == "monthly"


def test_a_newly_qualified_worker_without_a_start_date_is_held_to_fortnightly():
    assert requirement(NQ, None, D(2026, 3, 2)).rule == "fortnightly"


@pytest.mark.parametrize(
    "level, started, last, today, days_overdue",
    [
        # weekly: seen 7 days ago is due today, 8 days ago is a day late
        (NQ, STARTED, D(2026, 1, 20), D(2026, 1, 27), 0),
        (NQ, STARTED, D(2026, 1, 20), D(2026, 1, 28), 1),
        # fortnightly: 14 days is on time, 15 is late
        (NQ, STARTED, D(2026, 3, 1), D(2026, 3, 15), 0),
        (NQ, STARTED, D(2026, 3, 1), D(2026, 3, 16), 1),
        # monthly (31 days) after six months in post, and for everyone else
        (NQ, STARTED, D(2026, 7, 10), D(2026, 8, 10), 0),
        (NQ, STARTED, D(2026, 7, 10), D(2026, 8, 11), 1),
        (EXP, D(2015, 1, 1), D(2026, 3, 1), D(2026, 4, 1), 0),
        (EXP, D(2015, 1, 1), D(2026, 3, 1), D(2026, 4, 2), 1),
        (SENIOR, None, D(2026, 3, 1), D(2026, 4, 1), 0),
        (SENIOR, None, D(2026, 3, 1), D(2026, 5, 1), 30),
    ],
)
def test_overdue_boundaries(level, started, last, today, days_overdue):
    st = overdue_status(level, started, last, today)
    assert st.days_overdue == days_overdue
    assert st.overdue is (days_overdue > 0)
    assert st.days_since == (today - last).days
    assert st.due == last + dt.timedelta(days=st.interval_days)


def test_the_rule_is_the_one_that_applies_today():
    # seen in week 5 (weekly), now in week 8 (fortnightly): 20 days is 6 days late, not 13
    st = overdue_status(NQ, STARTED, D(2026, 2, 6), D(2026, 2, 26))
    assert (st.rule, st.interval_days, st.days_overdue) == ("fortnightly", 14, 6)


def test_a_council_sets_its_own_thresholds():
    policy = OverduePolicy(nq_weekly_weeks=4, nq_fortnightly_months=12, monthly_days=28)
    assert requirement(NQ, STARTED, D(2026, 2, 2), policy).rule == "fortnightly"  # four weeks in
    assert requirement(NQ, STARTED, D(2026, 12, 1), policy).rule == "fortnightly"
    st = overdue_status(EXP, None, D(2026, 3, 1), D(2026, 3, 30), policy)
    assert (st.interval_days, st.days_overdue) == (28, 1)


def test_a_policy_refuses_nonsense():
    with pytest.raises(ValueError, match="monthly_days"):
        OverduePolicy(monthly_days=0)
    with pytest.raises(ValueError, match="nq_weekly_weeks"):
        OverduePolicy(nq_weekly_weeks=-1)


def test_six_months_on_from_the_end_of_a_month_is_the_end_of_a_month():
    assert add_months(D(2025, 8, 31), 6) == D(2026, 2, 28)
    assert add_months(D(2026, 1, 5), 6) == D(2026, 7, 5)
    assert add_months(D(2026, 11, 30), 3) == D(2027, 2, 28)
