"""Decisions typed as bullet fragments, in our own words (round 12).

Written from LABELS.md and from the general forms that sets not tuned on showed: a "Decision:"
bullet whose reason follows a dash as a judgement ("- the crying sounds like grief") or a risk
("- a second move risks the placement"), a reason after the second dash of a line ("decision -
detail - why"), a reason put as an absolute clause after a comma ("..., the threshold being
met"), a reason in the line before pointed back to ("..., given that."), and "decision -" typed
mid-line after the child's name. Look-alikes: a dash that only adds detail or a date, an
absolute clause that only says when, "given that" with nothing before it, a decision with no
reason, one put off, and "continue with plan".
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import _first_box, _free

MEET = [
    # a judgement after the dash: looks / seems / sounds / appears
    "Tom (6) - EH\n- Decision: speech therapy first, not a behaviour chart - the tantrums seem to be frustration at not being understood",
    "Tom (6) - EH\n- Decision: bereavement work for Tom - his anger sounds like grief for his grandad",
    # a risk named after the dash
    "Tom (6) - EH\n- Decision: no change of school this term - a second move mid-year risks losing the one friend he has",
    # the reason after the second dash
    "Tom (6) - EH\n- Decision: plan narrows to sleep - bedtime routine work - the school day keeps falling apart after bad nights",
    # an absolute clause as the reason
    "Tom (6), CIN. Decision: strategy meeting, the threshold for significant harm being met. SW to convene by Monday 3 March.",
    "Tom (6), CIN. Decision: case to move to the disabilities team, his needs now arising mainly from his diagnosis.",
    # the reason in the line before, pointed back to
    "Tom (6) - EH\n- He stops eating whenever dad's contact is cancelled; I think the food is about control, not appetite\n- Decision: keep contact regular and predictable, given that",
    # "decision -" typed after the child's name
    "Tom (6): decision - visits move to Saturdays, because mum now works weekdays and three visits were missed",
    # a decision whose first reason-like words say nothing, the dash giving the reason
    "Tom (6) - EH\n- Decision: add a mentor for Tom himself - the work so far has all been with his parents",
]

NOT_MET = [
    # a dash that adds only detail or a date
    "Tom (6) - EH\n- Decision: speech therapy referral - SW to send the form - review at TAF on 4/4",
    "Tom (6) - EH\n- Decision: bereavement work - Cruse - weekly sessions",
    # an absolute clause that only says when or who
    "Tom (6), CIN. Decision: strategy meeting, the meeting being held on Friday.",
    # "given that" with nothing before it to point to
    "Decision: keep contact as it is, given that",
    # a decision with no reason
    "Tom (6): decision - visits move to Saturdays",
    # put off, or only the plan carried on
    "Tom (6) - EH\n- Decision: deferred to next supervision - the school report looks incomplete",
    "Tom (6) - EH\n- Decision: continue with plan",
    # a judgement with no decision
    "Tom (6) - EH\n- His anger sounds like grief for his grandad - a second move risks his friendships",
]


@pytest.mark.parametrize("text", MEET)
def test_fragment_decisions_with_a_reason_are_met(text):
    assert _free(text, "decisions"), text
    assert _first_box(text, "decisions"), text


@pytest.mark.parametrize("text", NOT_MET)
def test_fragment_decision_look_alikes_are_not_met(text):
    assert not _free(text, "decisions"), text
    assert not _first_box(text, "decisions"), text
