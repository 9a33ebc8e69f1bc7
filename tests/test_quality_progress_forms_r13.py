"""Progress, round 13: more general forms of the plan weighed over time, and what only looks like it.

Written in our own words before changing the rules (round 13). Counts: the time a step took set
against its own timescale or standard ("nine weeks against a 35-working-day timescale", "past
our 20-day target"), and a timescale said to be met or missed.
Look-alikes: a parent's own count of days, a child's school target, a timescale only named.
Each case is read three ways: free text, all in the first box, and typed in the Progress box
(a look-alike that names the box's own topic word is read only outside it).
"""

from __future__ import annotations

import pytest
from test_quality_progress_forms import (  # the same three readings
    _first_box,
    _free,
    _progress_box,
)

MEETS = [
    # the time a step took set against its own timescale or standard
    "The assessment ran to nine weeks against a 35-working-day timescale.",
    "It has been a month with no visit, well outside the 10-working-day visiting standard.",
    "The review report is now a week past our 20-day target.",
    "Visits have fallen beyond the statutory 6-week limit twice this quarter.",
    # a timescale said to be met or missed
    "The strategy meeting and the ICPC both happened quickly - timescales met.",
    "The pathway plan deadline was missed again because nobody chased health.",
]

NOT_MET = [
    # a parent's own count, a child's school target
    "Dad has now been sober for over 30 days, a target he set himself.",
    "Her school set her a reading target of 20 minutes a day.",
]

NOT_MET_OUTSIDE_THE_BOX = [
    # a timescale only named
    "Timescales were mentioned.",
    "The 45-working-day timescale applies to this assessment.",
]

NEGATED = [
    "We did not talk about the 35-day timescale today.",
]


@pytest.mark.parametrize("text", MEETS)
def test_progress_r13_forms_meet(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", NOT_MET + NEGATED)
def test_progress_r13_look_alikes_do_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


@pytest.mark.parametrize("text", NOT_MET_OUTSIDE_THE_BOX)
def test_progress_r13_named_only_does_not_meet_outside_the_box(text):
    assert not _free(text), text
    assert not _first_box(text), text
