"""A box is a hint about the kind of words, never evidence (rubric 2026.12-15, own words).

The Risk, Reflection and Challenge boxes each read a clause of their kind as that kind. These
are the look-alikes that had borrowed the box's name: a fact the Risk box happened to hold, a
decision's reason, a question put to the worker or a child's quoted "because" in the Reflection
box, a form's own question, another person's asking and evidence weighed in the Challenge box.
Each kind is checked in the box it borrowed from, beside words that still do the box's job.
"""
from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import BOX_CRITERION, assess_boxes


def _met_in(box: str, text: str) -> bool:
    a, boxes = assess_boxes(CaseDiscussion(case_ref="R13", child_initials="Q", **{box: text}))
    return a.criteria[BOX_CRITERION[box]].met


# --- the Risk box: a danger or a judgement, not a topic it happens to name -----------------------

RISK_MET = [
    "Dad drinks most evenings and then drives the boys to football.",
    "The worry is that she goes back to the flat where the older lads deal from.",
    "Her stepfather has a conviction for assaulting a child and has been seen outside the school gates.",
    "Safety 3/10: nobody outside the home would notice if the baby was not fed.",
    "Mum's new partner is controlling and the girls watch him check her phone.",
]

RISK_NOT = [
    "Police were informed in line with procedure.",
    "Went missing on Friday, home by Saturday morning.",
    "P (6), CP plan under neglect, ten months.",
    "Reviewed on 12/10 with the school.",
    "She stays up late gaming online and is tired in lessons.",
    "Mum has been referred to the debt advice service.",
]

RISK_NEGATED = [
    "No worries raised by anyone at the core group.",
    "Risk discussed and noted.",
]


@pytest.mark.parametrize("text", RISK_MET)
def test_a_danger_in_the_risk_box_is_risk(text):
    assert _met_in("risk", text), text


@pytest.mark.parametrize("text", RISK_NOT + RISK_NEGATED)
def test_a_topic_the_risk_box_holds_is_not_risk_by_being_there(text):
    assert not _met_in("risk", text), text


# --- the Reflection box: a reading, not a decision's reason, a question or someone's quote -------

REFLECTION_MET = [
    "I think his temper is about the move rather than about mum, because it started the week he changed school.",
    "It may be that the missed visits are about her shifts, not about hiding anything.",
    "Her quiet at contact could mean she is protecting dad rather than that she is settled.",
]

REFLECTION_NOT = [
    "I asked the worker why the referral to CAMHS has still not gone.",
    "Also asked whether the nursery has seen the bruise.",
    "She said she likes breakfast club 'because they do toast'.",
    "Worker to ring the school by 5 May.",
    "We decided to close the CIN plan because the goals have been met.",
]


@pytest.mark.parametrize("text", REFLECTION_MET)
def test_a_reading_in_the_reflection_box_is_reflection(text):
    assert _met_in("reflection", text), text


@pytest.mark.parametrize("text", REFLECTION_NOT)
def test_what_is_not_a_reading_gets_nothing_from_the_reflection_box(text):
    assert not _met_in("reflection", text), text


# --- the Challenge box: the manager's question, not a form's, another's, or evidence weighed -----

CHALLENGE_MET = [
    "I asked what evidence we have that dad has really moved out.",
    "Why has the core group not met since March?",
    "I asked SW whether a doctor has looked at the bruise.",
    "What would school say if we asked them directly?",
]

CHALLENGE_NOT = [
    "What are we worried about?",
    "What's working well?",
    "Next steps?",
    "She talked about her cat and asked if she could take it with her.",
    "When Sal asked, mum laughed it off.",
    "The evidence is a full term with no missed days.",
]


@pytest.mark.parametrize("text", CHALLENGE_MET)
def test_the_managers_question_in_the_challenge_box_is_challenge(text):
    assert _met_in("challenge", text), text


@pytest.mark.parametrize("text", CHALLENGE_NOT)
def test_a_forms_question_or_someone_elses_asking_is_not_challenge(text):
    assert not _met_in("challenge", text), text
