"""Challenge, round 13: the plan questioned by peers in group supervision (our own words).

In group supervision or a group case discussion one worker presents a case and colleagues
test it; the manager chairs and records who questioned what: "Nadia asked whether the step-down
rests on one good month", "Sanjay challenged the view that dad has moved out", "Peer view
(Carys): is this about the child or about the review date?". The chair's own question is
often written "I (chair) asked why ...". Look-alikes are the same verbs from the child, a
parent or the presenting worker, a peer's question for a date or a room, the group wondering
aloud (a hypothesis, not a test), and the same verbs in one-to-one supervision, where a named
worker's question is the worker's own.
"""

from __future__ import annotations

import pytest
from test_quality_challenge_forms import _first_box, _free

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess_boxes

_GROUP = "Group supervision. Presenting worker: Owen (SW). Group: Nadia, Sanjay, Carys (AP). I chaired. Child: Ellie, 9, CIN. "

MEETS = [
    _GROUP + "Owen proposed closing at the next review. Nadia asked whether the proposal rests on one good month at school.",
    _GROUP + "Sanjay questioned whether the plan has a single target about Ellie herself.",
    _GROUP + "Owen's view is that dad has moved out. Carys challenged that: nobody has seen the new tenancy.",
    _GROUP + "Sanjay asked for the evidence behind 'mum is coping' in the last CIN minutes.",
    _GROUP + "Nadia (SP) asked why the move is being planned before Ellie has been asked what she wants.",
    _GROUP + "Owen read the tummy aches as school nerves. Sanjay asked Owen what else they could be.",
    # a presenter introduced in one line, with no list of the group
    "Bea (ASYE) presented Amir, 4, CP. Nadia asked whether dad's 'visits' are really overnight stays.",
    "Case brought to group by Owen: Kofi, 15, CiC. Carys questioned whether semi-independence at 16 is a plan or a vacancy.",
    # the chair's own question, with the role in brackets
    _GROUP + "I (chair) asked why the health assessment is three months late.",
    "Owen presented Maya, 14, CiC. I (chair) questioned whether the placement move is about Maya or about the carers' notice.",
    # a peer's turn marked in the record
    _GROUP + "Peer view (Nadia): is the step-down about Ellie's progress or about the review date?",
]

NOT_MET = [
    # the child's, a parent's or the presenting worker's question
    _GROUP + "Ellie asked whether she could sleep over at her nan's on Saturdays.",
    _GROUP + "Ellie's mum, Sara, asked whether the plan could end before the summer.",
    _GROUP + "Owen asked whether anyone in the team speaks Polish.",
    "Group case discussion, case presented by Owen (SW). Child: Ellie, 9, CIN. Owen asked whether the core group "
    "could move to the library.",
    "Bea (ASYE) presented Amir, 4, CP. Bea asked whether she should book an interpreter for dad.",
    # a peer asking for a date or a room
    _GROUP + "Nadia asked what time the core group starts on Tuesday.",
    _GROUP + "Sanjay asked where the review will be held.",
    # the group wondering aloud: a hypothesis, not a test of the plan
    _GROUP + "The group wondered why the mornings go better on nursery days.",
    # a peer's view without a question
    _GROUP + "Peer view (Nadia): no concerns with the plan.",
    # negated or only named
    _GROUP + "No one questioned the plan. Challenge: none from the group.",
    _GROUP + "Nadia did not challenge the plan and Sanjay agreed with Owen.",
    # one-to-one supervision: the worker's own question
    "Worker: Owen. Child: Ellie, 9, CIN. Owen asked whether the review could move to Friday.",
    "Supervision with Owen. Child: Ellie, 9. Owen asked whether he could carry the case into the new year.",
]


@pytest.mark.parametrize("text", MEETS)
def test_a_peer_or_the_chair_testing_the_plan_in_group_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_the_same_verbs_from_others_or_for_news_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text


def test_a_peer_question_in_the_challenge_box_is_met():
    # the group named in the first box, the peer's question in the Challenge box
    a, boxes = assess_boxes(CaseDiscussion(update=_GROUP, challenge="Nadia asked whether the step-down rests on one "
                                           "good month at school."))
    assert boxes["challenge"].met and a.criteria["challenge"].met
    a, boxes = assess_boxes(CaseDiscussion(update=_GROUP, risk="Ellie asked whether she could sleep over at her nan's."))
    assert not a.criteria["challenge"].met


# The manager's doubt in its shortest forms, after the worker's view: the evidence asked for in a
# contraction ("What's the evidence ...?"), the view not yet shared ("I'm not there yet"), a terse
# "Not so sure:" with its reasons, and the plan resting on a parent's word ("we're on dad's word").
# Look-alikes: the same words about news, a place or the child, and the doubt denied.
DOUBT_MEETS = [
    "SW wants to step down at review. What's the evidence the boys' evenings are any different?",
    "Owen's view is that the drinking has stopped. I'm not there yet. Two of the last three tests were missed.",
    "SW reads the quiet as settling. Not so sure: she has stopped eating at school and won't go upstairs alone.",
    "Nobody has been in the house after 6pm. We're on dad's word that the partner has gone.",
    "Worker thinks the new partner is safe. We are still going on mum's word for that.",
]

DOUBT_NOT_MET = [
    "What's the evidence bundle deadline for the hearing?",
    "Ellie said she can't ride her bike without stabilisers - 'I'm not there yet.'",
    "Not so sure of the date of the next core group, SW to confirm.",
    "We're on the waiting list for the family centre.",
    "Dad kept his word and came to every contact.",
]


@pytest.mark.parametrize("text", DOUBT_MEETS)
def test_the_managers_doubt_in_short_forms_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", DOUBT_NOT_MET)
def test_the_same_short_words_for_news_or_the_child_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text


# Notes set out as labelled lines, where the labels are followed by a dash rather than a colon
# ("Worker - ...", "Me - ..."): the manager's turn runs on after the worker's view, and its
# question, in its first sentence or the next, puts the view to the test. Look-alikes: a
# question of dates or errands in the manager's turn, the manager agreeing, and a turn with no
# worker's view before it that only asks for news.
DASH_MEETS = [
    "Worker - mum coping, wants to close.\nMe - coping on whose evidence? Nobody has seen the evenings.",
    "Worker - thinks the nursery place is enough.\nMe - nursery is three mornings. What happens to him the other four days?",
    "SW thinks dad has stopped drinking.\nMe: he says so. What do the hair strand results show?",
    "Worker - wants the return home by half-term.\nMe - what is the bedwetting telling us?",
]

DASH_NOT_MET = [
    "Worker - visit done Tuesday, all well.\nMe - when is the next one?",
    "Worker - mum wants to close.\nMe - agreed. What date is the closing review?",
    "Worker - thinks a carers' group is enough.\nMe - agreed, good plan. Who is making the referral?",
    "Me - thanks for the chronology. What time is core group?",
    "Worker - nursery say he is settled.\nMe - good to hear.",
    "What's changed for Ellie since the last supervision?",
    # a record set out as the form's own questions
    "1. What's different since the sitter started? She went on the school trip and didn't ring home once.",
    "What's changed? Mum is up by eight and the kitchen is clean on every visit.",
]


@pytest.mark.parametrize("text", DASH_MEETS)
def test_the_managers_turn_after_the_workers_view_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", DASH_NOT_MET)
def test_dates_errands_agreement_and_form_questions_in_the_turn_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text


# The unchecked gap named: "nobody has checked him with the police", "no one has reviewed the
# plan since March". Look-alikes: a question after someone's wellbeing, a family member's complaint
# reported, and the gap closed.
GAP_MEETS = [
    "SW says the uncle is a safe carer. Nobody has checked him with the police.",
    "The reduced timetable was meant to end in March and no one has reviewed it since.",
    "Dad's new partner has been staying over most weekends, and no one has asked who she is.",
    "Owen thinks the bruise was from the climbing frame. No-one has actually asked the school.",
]

GAP_NOT_MET = [
    "Nobody has asked mum how she is since the baby came.",
    "Mum says nobody has asked her about the fire.",
    "The police checked the partner on Monday and nothing came back.",
    "Nobody has asked for a transfer.",
]


@pytest.mark.parametrize("text", GAP_MEETS)
def test_the_unchecked_gap_named_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", GAP_NOT_MET)
def test_wellbeing_a_complaint_or_a_closed_gap_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text
