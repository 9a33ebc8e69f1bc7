"""Progress, round 12: more general forms of the plan weighed over time, and what only looks like it.

Written in our own words before changing the rules (round 12). Counts: a step chased again and
again with nothing done; a child kept on a plan questioned ("why is she still on a CP plan?");
a meeting or hearing on track, or a step within its statutory window; what has changed since a
numbered review; a plan reviewed early; visits stepped down in frequency as the plan moves;
the plan's goals counted ("two of the three goals met"); a timetable's week and whether it is
still achievable, a filing on time, being out of time if a step slips.
Look-alikes: a child's homework slipping, a plan "to be reviewed in due course", a meeting named
as where a step will be raised, something agreed at a past review, a child on track at school,
a parent asked twice with an answer given, a session out of time, a parent on time. Each case is
read three ways: free text, all in the first box, and typed in the Progress box.
"""

from __future__ import annotations

import pytest
from test_quality_progress_forms import (  # the same three readings
    _first_box,
    _free,
    _progress_box,
)

MEETS = [
    # a step chased repeatedly, still not done
    "I have chased the housing officer three times and there is still no date.",
    "We asked the school twice for the referral and it has not been sent.",
    "Flagged with the IRO repeatedly, but nothing has changed in the contact arrangements.",
    # a child kept on a plan questioned
    "Why is Mia still on a CP plan when the last three core groups found nothing new?",
    "Ask whether Jo needs to be still on a child in need plan at all.",
    # on track, within the window
    "The final hearing is on track for the spring.",
    "We are on track for the RCPC next month.",
    "The assessment was finished within the 45-day timescale.",
    "Legal say we are still within the 26-week window.",
    "The conference is in three weeks and we are on track for it.",
    # the timetable's own point, and whether it will be met
    "Week 12 of the ICO and the timetable is still achievable.",
    "If the final hearing slips again we will be out of time.",
    "The second draft is on time for filing.",
    "Visits are on schedule for the first-year timescale.",
    # the plan's goals counted
    "Three of the five goals are met; the housing one has not moved.",
    "At twelve weeks, 2 of 4 outcomes on track.",
    # what has changed since a numbered review
    "What has changed since the second review? Very little, by SW's own account.",
    # a plan reviewed early
    "We are reviewing the pathway plan early because his college place has fallen through.",
    "I want the CIN plan reviewed early given the new police call-out.",
    # visits stepped down as the plan moves
    "As the goals are met we will reduce visits to monthly from January.",
    "Decision: drop to a visit every four weeks now the first year is complete.",
]

NOT_MET = [
    # the child's school, not the plan
    "His homework has slipped this term and he is tired in the mornings.",
    "Her schoolwork slipped after the move but she is catching up.",
    # put off, vague
    "Plan to be reviewed in due course.",
    # a meeting as the place a step is raised, or something agreed at a past review
    "SW to raise it at Monday's strategy meeting.",
    "Her pocket money was agreed at her LAC review in June.",
    # on track at school, asked twice with an answer
    "He is back on track with his reading.",
    "I asked mum twice whether she understood the safety plan and she explained it well.",
    # the session out of time, a parent on time, a term's week
    "We ran out of time, so contact was not discussed.",
    "We are out of time today and will pick this up next week.",
    "Mum was on time for the review and brought the children.",
    "Week 3 of the school term and he has settled in.",
    # a count that is not of the plan's goals
    "Two of the three children are doing well at school.",
    "She chose two of the goals on the plan herself.",
    # within a window that is not the plan's
    "She was seen within the hour.",
    # frequency of something other than our visits
    "Mum has moved to monthly payments for the rent arrears.",
]

NEGATED = [
    "Chased the school twice and the report has now arrived.",
    "We didn't discuss timescales today.",
]


@pytest.mark.parametrize("text", MEETS)
def test_progress_r12_forms_meet(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", NOT_MET + NEGATED)
def test_progress_r12_look_alikes_do_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


def test_on_track_for_something_not_the_plans_in_free_text():
    # in the Progress box the box itself says what "it" is; in free text it is her school move
    assert not _free("The new school is in two weeks and she is on track for it.")


def test_a_plans_status_told_is_not_progress():
    # the plan's status, told: not the time on it questioned (issue 12: status words are not progress)
    from test_quality_impact_forms import _free
    assert not _free("J (7) still on a CP plan under neglect; home conditions poor at the last two visits.", "progress")
    assert _free("J (7) still on a CP plan after 14 months; home conditions poor at the last two visits.", "progress")
