"""Progress, round 14: the plan's steps sorted into done and not done.

Written in our own words before changing the rules (round 14). Counts: a tally of the plan's
steps, the way managers review a plan without saying "review": a count with the plan named in
the possessive ("two of the plan's four actions are still open"), the plan's or core group's
actions said to be mostly or all done (or not) with what is left, actions carried forward from
the last review, and a note sorted under "Done:" and "Outstanding:" (or "Not done:") headings.
Look-alikes: new actions set today, actions only agreed, a parent's course finished, a child's
behaviour called outstanding, a count of children, one "Completed:" heading alone.
Each case is read three ways: free text, all in the first box, and typed in the Progress box.
"""

from __future__ import annotations

import pytest
from test_quality_progress_forms import (  # the same three readings
    _first_box,
    _free,
    _progress_box,
)

MEETS = [
    # a count, the plan named in the possessive
    "Two of the plan's four actions are still open from the first core group.",
    "Only one of the CIN plan's five actions has been done since March.",
    # the plan's or the core group's actions, mostly or all done or not, with what is left
    "The core group's actions are mostly not done: nobody has made the GP referral.",
    "The plan's actions are all complete apart from the school transport request.",
    "Plan actions largely done except for dad's assessment.",
    # the same said as a heading above the list
    "CIN plan tasks largely not done: the school meeting has not been booked, nor the GP letter sent.",
    # carried forward from the last review
    "Every action on the plan was carried forward from the last review, none of them started.",
    "The CIN actions were carried over except the dental check, now done.",
    "All actions carried forward again, none finished.",
    # sorted under done and outstanding headings
    "Done: the nursery place and the health visitor check. Outstanding: the housing referral and dad's assessment.",
    "Completed - mum's IDVA referral. Not done - the DAPP referral, still not made.",
]

NOT_MET = [
    # new actions set today, actions only agreed
    "Actions: SW to complete the referral by 3/4; TM to book the meeting.",
    "All actions were agreed with mum and written into the plan.",
    # a parent's course finished, a child's behaviour called outstanding
    "Mum has completed the parenting course and enjoyed it.",
    "Outstanding: her behaviour at the youth club has been outstanding all week.",
    # a count of children, one heading alone
    "Two of the three children are at school every day.",
    "Completed: the chronology.",
    # carried forward with nothing found: a status word
    "The plan was looked at and the actions carried forward.",
    "Action carried over.",
]

NEGATED = [
    "We did not go through which of the plan's actions are done.",
    "No actions were carried forward because this is the first meeting.",
]


@pytest.mark.parametrize("text", MEETS)
def test_progress_r14_tally_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", NOT_MET + NEGATED)
def test_progress_r14_look_alikes_do_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


# A strategy discussion called because an incident meets a threshold or a protocol is the first
# response to harm, not the plan weighed over time; it counts when the sentence sets it against
# the plan, a wait or a pattern.
FIRST_RESPONSE_MEETS = [
    "Decision: strategy discussion now rather than wait for the CIN review, because the threshold is met and the plan has not protected her.",
    "Decision: strategy meeting, because the missing has risen for three months and now meets the exploitation threshold.",
    "Decision: strategy discussion, as the CIN plan has not stopped the assaults and the threshold is met.",
]

FIRST_RESPONSE_NOT_MET = [
    "Decision: strategy discussion today, because the burn on his hand meets the threshold for significant harm.",
    "Decision: strategy meeting under the neglect protocol, as the new bruise on a non-mobile baby must be checked.",
    "Decision: strategy discussion now, as the threshold is met by her disclosure at school.",
    # negated
    "Decision: no strategy discussion, because the threshold is not met.",
    "We did not discuss whether the threshold for a strategy discussion is met.",
]


@pytest.mark.parametrize("text", FIRST_RESPONSE_MEETS)
def test_progress_r14_strategy_against_the_plan_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", FIRST_RESPONSE_NOT_MET)
def test_progress_r14_strategy_as_first_response_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


# Timeliness told in the manager's own way: a step's own timescale ("within four weeks") set in
# the same sentence against where things stand now ("it is now nine weeks", "we are on day 18 and
# it isn't booked"), or a step left sitting since a date with no one doing it.
TIMELY_MEETS = [
    "The network meeting should have happened within four weeks of the move and has not happened; it is now nine weeks.",
    "The transfer-in conference should be within 15 working days; we are on day 18 and it isn't booked.",
    "The first visit was due within seven days and still hasn't been done.",
    "The housing referral has been sitting there since May with nobody picking it up.",
    "Her school transfer request has sat with the admissions team for six weeks.",
]

TIMELY_NOT_MET = [
    # a timescale only stated, or kept
    "The conference must be held within 15 working days of the strategy discussion.",
    "The assessment was finished within 45 working days.",
    "Mum will ring within two days if she is worried.",
    # someone sitting, not a step
    "She has been sitting on the sofa since lunchtime with her tablet.",
    # negated
    "It is not yet due: the review has to be within 20 days and we are on day 6.",
]


@pytest.mark.parametrize("text", TIMELY_MEETS)
def test_progress_r14_timeliness_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", TIMELY_NOT_MET)
def test_progress_r14_timescale_only_named_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


# Escalation said of the harm ("escalation from shouting to smashing the door", "the worry is
# escalation to weapons", "risk: escalation if ...") is the risk growing, not the case taken a
# step up; escalating the case, a delay or a refusal to someone, or from one plan to another, is.
HARM_ESCALATING_NOT_MET = [
    "Worries: dad's temper; escalation from shouting to smashing the door; police called twice.",
    "Risk: escalation if she stays in contact with the older group.",
    "The worry is escalation to weapons.",
    "He has escalated after every break-up before, and she is leaving now.",
]

CASE_ESCALATED_MEETS = [
    "Decision: escalate from CIN to CP, because the plan has not changed anything in six months.",
    "SW to escalate if the GP has not replied by Friday.",
    "I escalated the OT delay to the service manager today.",
    "Escalation to the head of service if no school place by half term.",
    "The case was escalated to legal planning after the third missed test.",
]


@pytest.mark.parametrize("text", HARM_ESCALATING_NOT_MET)
def test_progress_r14_harm_escalating_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", CASE_ESCALATED_MEETS)
def test_progress_r14_case_escalated_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


# Nothing on the plan moved, said of the plan's content rather than its wording, and the plan's
# objectives or priorities counted done or met.
UNMOVED_MEETS = [
    "Six months on, nothing on the plan has moved for him.",
    "Not much on the CIN plan has happened in three months.",
    "None of the plan's objectives have been met.",
    "Two of the four priorities in the plan are done.",
]

UNMOVED_NOT_MET = [
    "Nothing in the plan says who does the school run.",
    "Little in the plan is written in words Kai would understand.",
    # negated or asked
    "We did not ask whether anything on the plan has moved.",
]


@pytest.mark.parametrize("text", UNMOVED_MEETS)
def test_progress_r14_nothing_on_the_plan_moved_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", UNMOVED_NOT_MET)
def test_progress_r14_plan_wording_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


# Time on the plan weighed as a span: "five weeks isn't enough to know she can manage alone", and
# a plan or assessment at its mid-point ("half way through the 12-week assessment").
SPAN_MEETS = [
    "Five weeks isn't enough to know she can manage alone.",
    "Three months is not long enough to trust the change.",
    "Six weeks of dad's sobriety is too short to judge whether it will last.",
    "We are half way through the 12-week assessment and mum is using the help.",
    "The parenting assessment is at its midpoint, going better than we predicted.",
]

SPAN_NOT_MET = [
    "Two weeks is enough time to pack for the move.",
    "Ten minutes is not enough for a visit.",
    "She lives half way between school and her nan's.",
    # negated or asked
    "We did not talk about whether three months is long enough.",
]


@pytest.mark.parametrize("text", SPAN_MEETS)
def test_progress_r14_span_weighed_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", SPAN_NOT_MET)
def test_progress_r14_span_only_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


# Now set against the plan's start in the manager's shorthand ("since CIN started", "worse, not
# better"), or a step we recommended at a date not acted on; not a child's or parent's own start
# ("since she started nursery", "since dad started work again").
SINCE_START_MEETS = [
    "Her sleep has got worse since CIN started in March.",
    "Behaviour worse, not better, since the CP plan began.",
    "The contact review we recommended in March has not been acted on.",
]

SINCE_START_NOT_MET = [
    "Her sleep has got worse since she started nursery.",
    "His reading has got better since he started year 3.",
    "The GP recommended in May that she wear glasses.",
    # negated
    "We did not compare how things were when CIN started.",
]


@pytest.mark.parametrize("text", SINCE_START_MEETS)
def test_progress_r14_since_the_plan_started_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", SINCE_START_NOT_MET)
def test_progress_r14_a_life_start_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


# The record itself copied forward, said by the manager ("'as previous' for the third month
# running", "copied over unchanged from last month's plan"): drift seen in the recording. Not a
# run of months with nothing copied, nor "as previous" said once.
COPIED_MEETS = [
    "The worries block has said 'as previous' for the third month running.",
    "Every box is 'as before' for the second month in a row.",
    "The same three actions have been copied forward for four months.",
    "The plan has been copied over unchanged from last month's.",
]

COPIED_NOT_MET = [
    "She has been top of her class for the third month running.",
    "The rent has been paid on time for the third month running.",
    "Mum said 'as previous' when asked about dad.",
    # negated
    "Nothing was copied from the last plan; every section was rewritten with Kai.",
]


@pytest.mark.parametrize("text", COPIED_MEETS)
def test_progress_r14_copied_forward_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", COPIED_NOT_MET)
def test_progress_r14_a_run_without_copying_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


# Time on the plan said as "N months in," with a step still not come.
MONTHS_IN_MEETS = [
    "Three months in, the therapy referral still hasn't been made.",
    "Eight weeks in, respite has started but the young carers referral has not been sent.",
]

MONTHS_IN_NOT_MET = [
    "Two weeks in, she hasn't unpacked her bags.",
    "Two months in, he says the new school is fine and he has not been in trouble.",
]


@pytest.mark.parametrize("text", MONTHS_IN_MEETS)
def test_progress_r14_months_in_with_a_step_not_come_meets(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", MONTHS_IN_NOT_MET)
def test_progress_r14_months_in_a_life_does_not_meet(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text
