"""Lived experience, round 13: the writer's, a parent's or a word's look-alikes (our own words).

Look-alikes the rules met: "on her own" that is her own something ("feeds him on her own
routine"), not the child alone; the worker seeing the child "on his own" ("to see Jo on his
own"). The child alone, where and when, still meets.
"""

from __future__ import annotations

import pytest
from test_quality_lived_forms import _first_box, _free, _lived_box

MEETS = [
    # the child alone, where and when
    "Jess (11) walks home on her own after dark and lets herself in.",
    "Ryan (6) plays on his own at break and sits on his own at lunch.",
]

NOT_MET = [
    # her own something, not alone
    "Mum is feeding Alfie (2) on her own adult timetable and is shy of asking the health visitor.",
    "Dad runs the house on his own rules and nobody challenges him.",
    # the worker seeing the child on their own
    "Actions: SW to see Jo (9) on his own at school by 12/05.",
    "We still need to meet Tia (12) on her own before the review.",
]


@pytest.mark.parametrize("text", MEETS)
def test_round13_childs_life_is_lived_experience(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_round13_look_alikes_are_not_lived_experience(text):
    assert not _free(text), text
    assert not _first_box(text), text


NEGATED = [
    "Ollie (7) has not been seen on his own and nobody has asked him about home.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_round13_negated_is_not_lived_experience(text):
    assert not _free(text), text
    assert not _first_box(text), text
