"""Risk of harm, round 13: words that look like a danger and are not one (our own words).

Look-alikes the rules met: one domain score of a neglect tool's profile ("Safety 3 (was 4),
Love 2, Esteem 3"), which is a number among numbers, not a safety judgement; a danger counted
as nought ("0 missing episodes this term") or a habit that is over ("where he used to meet the
older lads"); a harm word naming a role or a meeting ("the police exploitation officer");
a worry only said to be unchanged ("the concerns are the same as at conference"); the harm of
waiting ("drift is its own harm"); a loss at school ("risk of exclusion"); a harm the writer sets aside
("not because she is at risk of harm but ..."); hours or costs cut; the three houses' "worries
house", which holds the child's words, not the manager's analysis. Dangers told plainly still
meet, as free text, in the first box and in the Risk box.
"""

from __future__ import annotations

import pytest
from test_quality_risk_forms import _first_box, _free, _risk_box

MEETS = [
    # a scale with its reason, and a change over time
    "Safety 4/10, up from 2, because dad has moved out and nan now does the mornings.",
    # raters' scores, with the reason after them
    "Scaling: mum 7, SW 4 - the gap is whether mum would tell us if he came back.",
    # the risk said to be the same, then named
    "Whatever the cause, the risk to Rio is the same: a baby losing weight at 3 months, with no reserve if he gets ill.",
    # a danger that goes on, with who and where
    "Jordan (14) is still meeting the older lads at the garages most nights and came home with a new phone.",
    # the worry named, not only said to be unchanged
    "The concerns are the same as at conference: mum's drinking in the evenings with Amy (3) alone upstairs.",
    # cutting as self-harm
    "Ellie (15) has started cutting her arms again since the contact stopped.",
    # harm, said plainly, with the delay beside it
    "The bruising on Ruby (6) came from dad, and the delay in the medical means it had faded by the time she was seen.",
    # a real threat of exclusion from home is not what is set aside
    "Mum's new partner has threatened to hit Sam (12) if he comes home late again.",
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
    # a harm word naming a role or a meeting
    "The review was attended by mum, the school nurse and the police exploitation officer.",
    # a worry only said to be unchanged
    "TM asked why the plan is still open: the concerns are the same as at the first conference.",
    # the harm of waiting
    "Settled for two years and thriving at school, and drift on her permanence is its own harm.",
    "Agreed: matching report to panel now, because waiting is the only thing harming him.",
    # a loss at school
    "Tyler (13), CIN, low mood, arguments at home and risk of exclusion.",
    # a harm set aside
    "We will do the assessment, not because we think the baby will be at risk of harm but to plan the support.",
    # hours or costs cut
    "Agreed: look at the bursary and at cutting his hours at the warehouse.",
]

NEGATED = [
    "No missing episodes since March and no contact with the older lads.",
    "The worry is not harm: it is whether the money lasts to the end of the month.",
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


# The three houses: what the child put in the worries house is the child's voice, not risk
HOUSES = [
    "Did the three houses with Mo (8). Worries house: \"when dad shouts at the telly\", \"the big boys on the bus\".",
    "Three houses done at school. Her worries house had a drawing of the dog and a sad face she would not talk about.",
]


@pytest.mark.parametrize("text", HOUSES)
def test_the_worries_house_is_the_childs_voice(text):
    from supervision_tui.quality import assess_text
    a = assess_text(text)
    assert not a.criteria["risk"].met, text
