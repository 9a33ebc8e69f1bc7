"""Challenge, round 12: the manager's turn in a transcript or in bullets marked "Me:" (our own words).

A manager who writes the talk down marks their own turn "Me:" and the worker's by a first name;
the turn runs on over the following sentences until someone else speaks. In that turn the
manager tests the worker's word by throwing it back ("'Calm' meaning what?"), reframes it
("two no-shows is a pattern, not a blip"; "keen isn't the test"), sets one reading against
another as a question ("is he coping, or has he stopped telling us?"), or asks what we know.
Look-alikes are the same shapes asking for news, a date or a booking, the manager's own
hypothesis about the child, and the worker's own turn.
"""

from __future__ import annotations

import pytest
from test_quality_challenge_forms import _free

MEETS = [
    # the manager's turn in a transcript: a question straight after the worker's proposal
    "Priya: Mum's doing the course and the house is tidier. I want to step down.\nMe: Is it tidier, or was it tidied "
    "for us?",
    "Sam: Dad says he's stopped drinking.\nMe: What do we know about his drinking apart from what he says?\nSam: Not much.",
    "Ola: Nursery say she's fine.\nMe: Good. What do we actually know about her evenings?",
    # the worker's word thrown back
    "Ola: He's calm now.\nMe: 'Calm' meaning what?",
    "- SW: 'engaging well'. Me: 'engaging' how?",
    "- Worker says settled. Me: on what evidence?",
    # reframed in the manager's labelled reply
    "- Two missed health appointments. Me: two no-shows is a pattern, not a blip",
    "- SW: 'mum's keen.' Me: keen isn't the test. What has she done?",
    "Kai: Contact went well, just some tears after.\nMe: That's not well, that's a boy upset every week.",
    # one reading set against another, as a question
    "Me: is he coping, or has he stopped telling us?",
    "- Sleep better. Me: how much is the new routine and how much is dad being away?",
    # what the record says of the manager's own stance
    "SW took the quiet as a good sign. I don't: he may have learned not to complain.",
    "Asked: improving how? Two visits in a month is not much to go on.",
    "SW: 'school's happy'. Whose view is that - the head's or his teacher's?",
    "The worker's update was glowing. I wanted to test it before we agree to step down.",
]

NOT_MET = [
    # questions for news, a date or a booking in the manager's turn
    "Priya: Mum's doing the course.\nMe: When is the next session?",
    "Sam: I saw him on Tuesday.\nMe: How did it go?",
    "Ola: Review's next month.\nMe: Which day?",
    # an open prompt to reflect after the worker's turn
    "Ola: She's been calmer since the nurture group.\nMe: What do you make of that?",
    "- Me: the routine is the work now, not the reward chart",
    # the manager's own hypothesis, not set against anyone
    "- Me: I think the lateness is him waiting for mum to wake",
    "- Me: good news, he's back at football",
    # the worker's own turn
    "Kai: Is he coping, or has he stopped telling us?\nMe: Good question.",
    "Priya: 'Calm' is what school said.\nMe: Thanks.",
    # a plain "X, not Y" that reports a fact, not the manager's reply
    "The visit was on Tuesday, not Monday.",
    "Asked: can you send me the minutes?",
    "I wanted to thank the worker for the chronology.",
]

NEGATED = [
    "Me: I didn't question that - it fits what school say.",
    "SW took the quiet as a good sign. I do too.",
]


@pytest.mark.parametrize("text", MEETS)
def test_the_managers_turn_that_tests_is_met(text):
    assert _free(text), text


@pytest.mark.parametrize("text", NOT_MET + NEGATED)
def test_news_a_hypothesis_or_the_workers_turn_are_not(text):
    assert not _free(text), text


# the worker's reading turned round, argued against, refused; terse and Q-and-A forms
MEETS_MORE = [
    "SW was struck by how calm dad is. I turned that round: calm with us, or calm at home?",
    "I asked Priya to make the case against her own recommendation.",
    "Two cancelled visits. I'm not accepting it: we haven't seen Mia in a month.",
    "SW said step down; I said three missed appointments is not a step-down.",
    "so sw said the delay is the other team's and not ours, i said some of it is ours, we've never escalated",
    "School: 'much happier'. Whose doing? SW says the mentor; I think it's the new bus route.",
    "Q: Do we believe that she has stopped seeing him?\nA: Not really, the phone data says otherwise.",
    "Q: Then why is he still on a reduced timetable?\nA: Nobody has reviewed it.",
    "The worker reads his quiet as 'settled'. A boy who won't leave his room isn't settled.",
]

NOT_MET_MORE = [
    "Mum turned it round in the second half of the term.",
    "I asked Priya to make the case for a taxi to school at the panel.",
    "SW said Friday; I said fine.",
    "sw said she'd ring school on monday, i said thanks",
    "Mum's not accepting the diagnosis yet.",
    "Q: Why is he on a reduced timetable?\nA: Medical advice after the operation.",
    "The worker says he is 'not settled' yet. He is not settled at night either.",
    "The worker describes him as 'settled'. He is settled at school and at home.",
]


@pytest.mark.parametrize("text", MEETS_MORE)
def test_turned_round_refused_or_asked_in_q_and_a_is_met(text):
    assert _free(text), text


@pytest.mark.parametrize("text", NOT_MET_MORE)
def test_the_same_words_for_a_parent_a_task_or_a_plain_question_are_not(text):
    assert not _free(text), text


def test_where_is_the_evidence_in_the_managers_turn_is_not_news():
    assert _free("- FSW's next step = a parenting course. Me: where's the evidence it's parenting? One late night per mum.")
    assert not _free("- FSW: mum's starting the course. Me: where's the course being held?")
