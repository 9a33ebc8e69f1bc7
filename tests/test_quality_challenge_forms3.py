"""Challenge, a third pass: the forms a formal or a spoken register uses (our own words).

A manager who writes in the passive reports the same challenge without an "I": "the worker was
asked whether the change could be disguised compliance", "the assumption was questioned". A
manager who offers rather than asks puts another reading forward: "I raised the possibility
that his quiet is fear". One who doubts says so: "I remain unpersuaded", "too early to say" set
against the worker's view. In a dialogue the manager's question tests what the worker has not
checked: "TM: Has anyone actually spoken to dad?". Look-alikes are the same verbs about a parent,
a task or a booking, and someone else's doubt. Each case is checked as free text, in the first
box and in the Challenge box.
"""

from __future__ import annotations

import pytest
from test_quality_challenge_forms import _challenge_box, _first_box, _free

MEETS = [
    # the passive
    "The worker was asked whether the improvement in the home could be disguised compliance.",
    "The social worker was invited to consider whether dad's absence is as settled as mum reports.",
    "The assumption that the school's account is complete was questioned in supervision.",
    "It was questioned whether the nursery's view reflects Lily's days at home.",
    "The hypothesis that Tia's withdrawal reflects grief rather than fear was tested against the school's log.",
    "Sam's view that the risk has reduced was challenged, as nothing in the home has changed.",
    # another reading put forward
    "I suggested we might be seeing disguised compliance rather than change.",
    "I raised the possibility that Kai's quietness is fear, not contentment.",
    "I put forward the idea that the missing episodes started with the new boyfriend.",
    # doubt set against the worker's reading
    "I remain unpersuaded that the plan is working for Jayden; his attendance is unchanged.",
    "Priya felt the risk had reduced; I think it is too early to say after one good month.",
    "I reminded Sam that one good visit is not a pattern.",
    "I was curious about why dad has not been invited to a single meeting.",
    "I'd want to see three unannounced visits before I believe the home has changed.",
    "I encouraged Priya to hold the two explanations side by side until the medical.",
    # the manager's question in a dialogue
    "SW: Mum says he's moved out.\nTM: Has anyone actually spoken to dad?",
    "SW: The bedroom's fine now.\nTM: And who has seen the bedroom?",
]

NOT_MET = [
    "Mum was asked whether she would attend the core group.",
    "The worker was asked to book the core group for next week.",
    "Dad questioned the plan at conference.",
    "The school was invited to the review.",
    "I suggested we meet again on Tuesday.",
    "I raised the possibility of a transfer to the leaving care team at 17.",
    "Mum remains unpersuaded that the school is helping.",
    "I reminded Sam to send the minutes to the family.",
    "I was curious about how Ella is finding her new class.",
    "Priya felt the risk had reduced and I agree.",
    "SW: Core group is on the 12th.\nTM: Has anyone booked the room?",
    "SW: Mum's coming in on Friday.\nTM: And who is chairing?",
    "It was tested in the lab and came back clear.",
]

NEGATED = [
    "The worker's view was not questioned.",
    "I did not raise the possibility that the quiet is fear.",
]


@pytest.mark.parametrize("text", MEETS)
def test_challenge_in_a_formal_or_spoken_register_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", NOT_MET + NEGATED)
def test_the_same_verbs_about_a_parent_a_task_or_a_booking_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _challenge_box(text), text


# the worker's view met by the manager's own reading, or by a request to make it concrete
MEETS_COUNTER = [
    "The worker thinks mum will let him back. I think the evidence is mixed: she left within hours this time.",
    "SW feels the placement is settled. My view is different: a fortnight is too soon to tell.",
    "SW thinks the move has gone well. But I'm less sure, he has wet the bed every night since.",
    "SW says mum is 'doing really well'. Help me understand what that looks like for Ethan.",
    "SW wants to close. I'm not sure I buy that a quiet month means Oscar is safe.",
    "Was the fall from the trampoline ever tested against the medical?",
]

NOT_MET_COUNTER = [
    "The worker thinks mum will let him back. I think she's right, she has done it before.",
    "SW feels the placement is settled. I think so too.",
    # the manager's own hypothesis after the worker's account is reflection, not a challenge
    "SW says Jay is late most days. I think the lateness is him waiting until mum is up, not defiance.",
    "Mum asked the school to help her understand the reading scheme.",
    "Mum says she didn't buy the cigarettes.",
]


@pytest.mark.parametrize("text", MEETS_COUNTER)
def test_the_workers_view_met_with_the_managers_own_is_challenge(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", NOT_MET_COUNTER)
def test_agreement_and_a_parents_words_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _challenge_box(text), text


# the present tense of a manager writing in a second language: "I ask worker ...", "I am questioning why"
PRESENT_MEETS = [
    "I ask worker to look at the incident logs: all three incidents happen after contact is cancelled.",
    "I am questioning why police are called at all for these incidents.",
    "I am asking worker why remand review is not done.",
    "I ask: do we know why he carries knife?",
    "I am asking worker: working for who? Home conditions are mum's target, not the boys'.",
    "I ask for evidence: what is 'settling'?",
]

PRESENT_NOT_MET = [
    "I ask worker to book the room for Tuesday.",
    "I ask: when is the review?",
    "Mum asks worker why he was moved.",
    "I did not ask why the review is late.",
]


@pytest.mark.parametrize("text", PRESENT_MEETS)
def test_the_managers_question_in_the_present_is_challenge(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", PRESENT_NOT_MET)
def test_a_task_a_date_a_parents_question_or_a_question_not_asked_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _challenge_box(text), text
