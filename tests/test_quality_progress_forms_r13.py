"""Progress, round 13: more general forms of the plan weighed over time, and what only looks like it.

Written in our own words before changing the rules (round 13). Counts: the time a step took set
against its own timescale or standard ("nine weeks against a 35-working-day timescale", "past
our 20-day target"), and a timescale said to be met or missed; the plan said to have failed, or
to be the wrong plan; the plan not moving after a stretch of time; a plan closed or stepped down
for a reason that weighs change ("because the rows have stopped", "the scores were better at both
visits").
Look-alikes: a parent's own count of days, a child's school target, a timescale only named; a
test or a form failed, a plan that is not the child's; the child's life the same after a stretch;
a plan closed for a reason that weighs nothing ("because the family have moved away").
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
    # the plan said to have failed, or to be the wrong one
    "The safety plan has failed twice now; she went missing again at the weekend.",
    "We have to admit the current plan is failing him.",
    "Mediation is the wrong plan for a home run on fear.",
    # the plan not moving after a stretch of time
    "The plan is not shifting after five months of visits.",
    "Why is the CIN plan in the same place after four months?",
    # the plan's course chosen for a reason that weighs change
    "Decision: close the CIN plan, because the rows that brought the family to us have stopped.",
    "We will close the case because the missing episodes have reduced to none.",
    "Step down to CIN agreed at review 14/02: the scores were good or better at both visits.",
]

NOT_MET = [
    # a parent's own count, a child's school target
    "Dad has now been sober for over 30 days, a target he set himself.",
    "Her school set her a reading target of 20 minutes a day.",
    # a test or a form failed; someone else's plan
    "He failed his theory test after two months of lessons.",
    "Mum's benefit claim failed because the form was late.",
    # the child's life the same after a stretch
    "Her bedroom looked the same after six months with the carers.",
    # a plan closed for a reason that weighs nothing
    "Decision: close the CIN plan because the family have moved out of the area.",
]

NOT_MET_OUTSIDE_THE_BOX = [
    # a timescale only named
    "Timescales were mentioned.",
    "The 45-working-day timescale applies to this assessment.",
]

NEGATED = [
    "We did not talk about the 35-day timescale today.",
    "The plan has not failed him.",
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
