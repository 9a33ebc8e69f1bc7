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
    # a decision in words other than "decided": settled on, opted for, not to, happy to recommend
    "Tom (6). We settled on a full assessment of the new partner before the review, because the plan now rests on him.",
    "Tom (6). We opted for weekly visits rather than fortnightly, as mum's drinking has picked up again.",
    "Tom (6). Agreed not to move him mid-term, because school is the one steady place he has.",
    "Tom (6). Happy to recommend the plan ends, because the changes have held for nine months.",
    # a refusal or a step opening the line, with its reason
    "Tom (6). No step-down until the network has met, because nobody has tested who would step in.",
    "Tom (6). No further involvement from us after the order, because the college and his aunt now give him what he needs.",
    "Tom (6). I want a legal planning meeting, because a year of waiting has not changed his evenings.",
    "Tom (6). We go to legal planning: three nights alone in a month on a CP plan is not enough change.",
    # a rule typed as an equation, after another mark in the sentence
    "Tom (6). SW suggested nfa; I said two bruises in a month = strategy discussion.",
    # typed without apostrophes, the reason after a comma
    "Tom (6). Decision: no move to dads till we have visited, we cant agree a home we havent seen.",
    "Tom (6). Decision: legal planning if nothing shifts by the next review, a year with no change isnt acceptable.",
    "Tom (6). Decision - LADO referral as its the second allegation about the same coach this term.",
    # a rule or protocol that applies, after the dash
    "Tom (6 months). Decision: CP medical today - the bruising protocol for babies applies whatever the account.",
    # a step the facts lead to, after "so a"
    "Tom (14). He has gone missing four times since March, up from once last year, so a strategy meeting is needed.",
    # an extension decided in the passive, with its reason
    "Tom (6). Pre-proceedings extended by four weeks because the psychologist's report is late.",
    "Tom (6). Extension to 30/4 agreed, because the delay came from the interpreter, not the family.",
    # a refusal in the first person, mid-sentence
    "Tom (16). In short, we're not putting him forward for the supported flat yet, because he has missed every tenancy session.",
    # a choice "gone with", the reason after "the reason being"
    "Tom (6). We're going with the current school rather than a move, the reason being he has only just made friends.",
    # a measure now, after the dash
    "Tom (6). Agreed step-down to early help - attendance now 96% and held since the spring.",
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
    # the same words with no decision, or no reason
    "Tom (6). We settled on the sofa to read his book together.",
    "Tom (6). Mum opted for the later bus, as the early one is always full.",
    "Tom (6). Happy to recommend the plan ends.",
    "Tom (6). No step-down has been discussed yet.",
    "Tom (6). I want a legal planning meeting.",
    "Tom (6). Mum wants a family group conference because she is worried about her sister.",
    "Tom (6). Decision: no move to dads, we cant say.",
    "Tom (6). The assessment was extended last year.",
    "Tom (6). Pre-proceedings extended by four weeks.",
    "Tom (6). He said the protocol applies to everyone.",
    "Tom (6). We're not seeing him until Friday.",
    "Tom (6). We're going with mum to the appointment on Friday.",
    "Tom (6). Agreed step-down to early help - review now 3/4.",
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


# an action's owner named with their team or role in brackets after the name
ACTIONS_MEET = [
    "Levi (15). Fiona (youth club) to ask the climbing wall for a taster session by 30 Oct.",
    "Levi (15).\nWho/when\nOmar (school nurse) to book the hearing test by Friday 12 May.",
]
ACTIONS_NOT_MET = [
    "Levi (15). Fiona (youth club) to ask the climbing wall for a taster session.",  # no date
    "Levi (15). Fiona (youth club) to the climbing wall by 30 Oct.",  # a place, not a task
    "Levi (15). Fiona (youth club) not to contact him before 30 Oct.",  # a bar, not a task
]


@pytest.mark.parametrize("text", ACTIONS_MEET)
def test_a_named_owner_with_a_bracketed_role_is_an_owner(text):
    assert _free(text, "actions"), text
    assert _first_box(text, "actions"), text


@pytest.mark.parametrize("text", ACTIONS_NOT_MET)
def test_bracketed_role_look_alikes_are_not_actions(text):
    assert not _free(text, "actions"), text
