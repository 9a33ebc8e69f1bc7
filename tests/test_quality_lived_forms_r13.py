"""Lived experience, round 13: the writer's, a parent's or a word's look-alikes (our own words).

Look-alikes the rules met: "on her own" that is her own something ("feeds him on her own
routine"), not the child alone; the worker seeing the child "on his own" ("to see Jo on his
own"); a one-word quote after "a", "the" or "over" ("threatened over a 'debt'"), which holds a
word at arm's length rather than giving words said; "withdrawn from" a trip or a school, which
is being taken out of it, not a withdrawn child; "nothing recorded of what she says", which is
the child's voice missing; and the writer's own request with the asker left out ("Asked SW what
has changed", "Asked for the assessment to be redone"). The child alone, the child's own one
word, a symbol card the child hands over, a child withdrawn from friends and the child asking
still meet. Silence ("said nothing when seen") and a thing described ("the bruise (May,
explained)") are no words said.
"""

from __future__ import annotations

import pytest
from test_quality_lived_forms import _first_box, _free, _lived_box

MEETS = [
    # the child alone, where and when
    "Jess (11) walks home on her own after dark and lets herself in.",
    "Ryan (6) plays on his own at break and sits on his own at lunch.",
    # the child's own word, given as said
    "Asked about contact, Mia (8) said it was 'boring' and she'd rather stay at nan's.",
    "Kai (13) told the teacher he felt 'invisible' at home since the baby came.",
    # a symbol card the child hands over is the child's word
    "Noor (8) is non-verbal and handed her teacher the 'swing' card twice when the bell went.",
    # withdrawn as the child is, and from friends
    "Amber (14) has withdrawn from her friends and spends the evenings in her room.",
    "Since the move Theo (5) is withdrawn and clingy at nursery drop-off.",
    # the child asking, the asker named; asked, then telling
    "When asked about home, Kyle (10) said he sleeps on the sofa because his room is cold.",
    "Leah (9) asked the worker if she could live with her nan.",
]

NOT_MET = [
    # her own something, not alone
    "Mum is feeding Alfie (2) on her own adult timetable and is shy of asking the health visitor.",
    "Dad runs the house on his own rules and nobody challenges him.",
    # the worker seeing the child on their own
    "Actions: SW to see Jo (9) on his own at school by 12/05.",
    "We still need to meet Tia (12) on her own before the review.",
    # a word held at arm's length
    "Sam (16) has been threatened over a 'debt' by lads from the estate.",
    "Mum says a \"friend\" gives Ellis (15) lifts in a new car.",
    # taken out of something
    "Parents have withdrawn Hana (13) from the school residential and the swimming club.",
    "Indicators include her sister's early marriage and Hana (13) being withdrawn from the school trip.",
    # the child's voice missing
    "All of the evidence is from the adults: there is nothing recorded of what Grace (10) says about home.",
    # the writer's request, the asker left out
    "Asked SW what has actually changed since the last review - mum says 'better', SW not sure.",
    "Asked for the 2020 court judgement to be re-read against what the unit is seeing.",
    # asked of someone, not asking
    "SW proposes dad can now have Ava (4) overnight as he has done everything asked of him.",
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
    "Ollie (7) has not been seen on his own and nothing is recorded of what he wants.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_round13_negated_is_not_lived_experience(text):
    assert not _free(text), text
    assert not _first_box(text), text


# silence and a thing described are no words said; a child who said little, then something, still meets
SILENT = [
    "Parents deny it, and Aisha (14) said nothing when she was seen at home with her brother in the room.",
    "The older bruise (March, explained, accidental) means we cannot assume it is nothing.",
]


@pytest.mark.parametrize("text", SILENT)
def test_round13_silence_is_not_the_childs_words(text):
    assert not _free(text), text


def test_round13_said_little_then_spoke_is_lived():
    assert _free("Aisha (14) said nothing at first, then told me she is frightened of the trip.")
