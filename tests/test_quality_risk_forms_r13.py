"""Risk of harm, round 13: words that look like a danger and are not one (our own words).

Look-alikes the rules met: one domain score of a neglect tool's profile ("Safety 3 (was 4),
Love 2, Esteem 3"), which is a number among numbers, not a safety judgement; a danger counted
as nought ("0 missing episodes this term") or a habit that is over ("where he used to meet the
older lads"). Dangers told plainly, and a scale with its reason, still meet, as free text, in
the first box and in the Risk box.
"""

from __future__ import annotations

import pytest
from test_quality_risk_forms import _first_box, _free, _risk_box

MEETS = [
    # a scale with its reason, and a change over time
    "Safety 4/10, up from 2, because dad has moved out and nan now does the mornings.",
    # raters' scores, with the reason after them
    "Scaling: mum 7, SW 4 - the gap is whether mum would tell us if he came back.",
    # a danger that goes on, with who and where
    "Jordan (14) is still meeting the older lads at the garages most nights and came home with a new phone.",
]

NOT_MET = [
    # one score of a domain profile
    "Home conditions profile redone last week: physical care 4 (was 4), safety 3 (was 4), love 3, esteem 4.",
    "Profile done on the visit: Safety 2, Love 2, Esteem 3, Physical care 3.",
    "Profile at conference and now: Safety 3 / 3 / 3, Love 2 / 2 / 2.",
    "Scores since conference: physical care 4 / 4 / 3; safety 3 / 3 / 3; love 2 / 2 / 2; esteem 3 / 3 / 3.",
    # counted as nought; a habit that is over
    "College 88%; 0 missing episodes since the autumn; rent paid every week.",
    "He has not been near the park since he joined the club, and the park is where he used to meet the older boys.",
]

NEGATED = [
    "No missing episodes since March and no contact with the older lads.",
]


@pytest.mark.parametrize("text", MEETS)
def test_dangers_beside_look_alikes_are_risk(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _risk_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_round13_look_alikes_are_not_risk(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", NEGATED)
def test_round13_negated_dangers_are_not_risk(text):
    assert not _free(text), text
    assert not _first_box(text), text
