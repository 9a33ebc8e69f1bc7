"""Lived experience, round 14: look-alikes of the child's voice (our own words).

A record speaking is not the child speaking: "the school report says", "her PEP shows", "his
last medical describes him as" give what a document holds, not what the child said, felt or
did. The child's own letter, diary or consultation form, and the child saying it in a review,
still meet.
"""

from __future__ import annotations

import pytest
from test_quality_lived_forms import _first_box, _free, _lived_box

RECORD_MEETS = [
    # the child's own words, written or said at a meeting
    "Jade (12) wrote in her letter to the judge that she wants to stay with her nan.",
    "At the review Kieran (14) said he hates the new school and eats lunch alone.",
    "Her diary says she cries most nights after contact, Lily (10) showed it to the worker.",
]

RECORD_NOT_MET = [
    # a record or plan saying it
    "Tom (9), CIN. His PEP says he is on track in maths and the plan says contact stays monthly.",
    "Aria (3), CP. The latest health review shows her meeting every milestone.",
    "Josh (15). The YOT report describes him as compliant, and the assessment says the risk is reducing.",
]

RECORD_NEGATED = [
    "Ben (7). Nothing in the chronology says what he wants, and he has not been seen alone.",
]


@pytest.mark.parametrize("text", RECORD_MEETS)
def test_round14_the_childs_own_account_is_lived(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", RECORD_NOT_MET)
def test_round14_a_record_speaking_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", RECORD_NEGATED)
def test_round14_record_negated_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


# A quotation after a named adult says or thinks it is the adult's word about the child, not
# the child's; the child's words passed on by an adult ("Mum says Kai told her '...'") still meet.
QUOTE_MEETS = [
    "Mum says Kai (6) told her 'I don't want to go to dad's, he shouts'.",
    "Asked about home, Zoe (9) said it is 'too loud at night' and she can't sleep.",
]

QUOTE_NOT_MET = [
    "Harvey (13), CIN. His youth worker says he has 'turned a corner' since the summer.",
    "Maya (7). Her teacher told me she is 'a different girl' this term.",
    "Ava (4), CIN. The nursery manager said she was 'thriving' and the plan continues.",
    "Leo (12). Dad thinks he has 'grown out of it' and the teacher described him as 'a changed boy'.",
]

QUOTE_NEGATED = [
    "Nobody has recorded what Sam (10) says about home; his carer says he is 'no trouble'.",
]


@pytest.mark.parametrize("text", QUOTE_MEETS)
def test_round14_childs_quoted_words_are_lived(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", QUOTE_NOT_MET)
def test_round14_adults_quoted_words_are_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", QUOTE_NEGATED)
def test_round14_quote_negated_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


# A parent's account of a parent's own life (staying clean or sober, probation, a parenting
# course, a new partner) is not the child's, even when "she says" could be read as the child;
# a young person's own account of their own life still meets.
GROWN_MEETS = [
    "Jay (16) said he smokes cannabis every night because it is the only way he can sleep.",
    "Amy (9) told me the kids at school call her names and she eats lunch in the library.",
]

GROWN_NOT_MET = [
    "Mia (5), CP, living with mum. She says she has been clean since March and is doing the parenting course.",
    "Josh (8) at home with dad. He says he has been sober for ten weeks and has told probation about his new partner.",
]

GROWN_NEGATED = [
    "Ella (6). Mum has not said whether she is clean, and nothing is recorded of what Ella thinks.",
]


@pytest.mark.parametrize("text", GROWN_MEETS)
def test_round14_young_persons_own_life_is_lived(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", GROWN_NOT_MET)
def test_round14_parents_own_life_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", GROWN_NEGATED)
def test_round14_parents_life_negated_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


# What the worker feels about the work (a caseload, a family, a meeting, their own practice) is
# not the child's feeling, even when the worker is named like a child; a child's feelings about
# home, school or contact still meet.
WORK_FELT_MEETS = [
    "Noah (10) feels the visits to dad are too short and cries when they end.",
    "Ruby (13) said she felt left out at school and that nobody at home notices.",
]

WORK_FELT_NOT_MET = [
    "Priya is feeling stretched with this family and says the case is stuck. Leo (4), CIN.",
    "Sam said she felt out of her depth at MARAC on Tuesday. Child: Ellie (6).",
]

WORK_FELT_NEGATED = [
    "The worker feels the case is stuck; nobody has asked Ellie (6) how she feels about contact.",
]


@pytest.mark.parametrize("text", WORK_FELT_MEETS)
def test_round14_childs_feelings_are_lived(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", WORK_FELT_NOT_MET)
def test_round14_workers_feelings_are_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", WORK_FELT_NEGATED)
def test_round14_workers_feelings_negated_are_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


# A note about a baby not yet born: the baby has no days to describe, and the one named with
# an age is a parent (a young mother too, when the note is opened as the baby's). A baby
# already born, or a brother or sister named with the unborn baby, still has a life to tell.
UNBORN_MEETS = [
    "Baby Leo (3 weeks), pre-birth CP plan now in place. He feeds well, settles in mum's arms and cries when dad shouts.",
    "Pre-birth (due in May) and big sister Amy (4), who told nursery she is scared when dad shouts at night.",
]

UNBORN_NOT_MET = [
    "Unborn baby of Kerry (20), 30 weeks. Kerry said she is scared of her ex-partner and wants to keep the baby.",
    "Pre-birth: Jess (17), 28 weeks, in residential care. Jess told her keyworker she is frightened the baby will be taken.",
]

UNBORN_NEGATED = [
    "Pre-birth assessment, baby due 3/6, mum Jess (19). Jess has not said how she feels about the birth.",
]


@pytest.mark.parametrize("text", UNBORN_MEETS)
def test_round14_born_child_beside_a_pre_birth_plan_is_lived(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", UNBORN_NOT_MET)
def test_round14_unborn_babys_parent_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", UNBORN_NEGATED)
def test_round14_unborn_negated_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


# How an injury was accounted for ("bruise to the cheek, explained as a fall") names no one
# speaking; the child explaining it in their own words still meets.
EXPLAINED_MEETS = [
    "Asked about the bruise, Kai (7) explained that dad grabbed his arm when he would not get in the car.",
]

EXPLAINED_NOT_MET = [
    "History: Leo (2), bruise to the cheek in 2023, explained as a fall from the sofa, closed after assessment.",
    "Maisie (4) had a burn on her hand that was explained as an accident with the iron.",
]

EXPLAINED_NEGATED = [
    "Noah (3) has a mark on his neck, not explained by either parent, and has not been seen alone.",
]


@pytest.mark.parametrize("text", EXPLAINED_MEETS)
def test_round14_child_explaining_is_lived(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", EXPLAINED_NOT_MET)
def test_round14_injury_explained_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", EXPLAINED_NEGATED)
def test_round14_injury_explained_negated_is_not_lived(text):
    assert not _free(text), text
    assert not _first_box(text), text
