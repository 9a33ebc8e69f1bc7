"""Decisions typed short, in our own words (round 13).

A manager in a hurry heads the decision "Dec:" (or "Decs:", "Decn:") the way others write
"Decision:"; the words after it are then read as a decision, whatever verb opens them, and
still need their reason. Look-alikes: "Dec" as the month, a "Dec:" line with no reason, one
put off, and "Dec" inside other words.
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import _first_box, _free

SHORT_MEET = [
    "Jo (9) CIN. Dec: take to legal gateway b/c dad has stopped every visit since the spring.",
    "Jo (9) CIN.\nDec: joint visit w/ the DA worker as dad now answers the door and Jo goes quiet.",
    "Jo (9) CIN. Decs: EHCP request now, because school can't meet her needs from its own budget.",
    "Jo (9) CIN. Decn: move to weekly visits b/c nan's health is failing and she is Jo's only safe adult.",
    "Jo (9) CIN.\nDec - family network meeting first, as nobody has asked the aunts yet.",
]

SHORT_NOT_MET = [
    # a month, not a decision
    "Jo (9) CIN. Dec 2026: review due, school report requested.",
    "Jo (9) CIN. Seen 4 Dec: quiet, ate well at tea.",
    # a decision with no reason, or none made
    "Jo (9) CIN. Dec: take to legal gateway.",
    "Jo (9) CIN. Dec: deferred to next supervision.",
    "Jo (9) CIN. Dec: none today, SW on leave.",
    # "dec" inside another word
    "Jo (9) CIN. Declined: mum did not want the parenting course because of her shifts.",
]


@pytest.mark.parametrize("text", SHORT_MEET)
def test_a_decision_headed_short_is_read_as_one(text):
    assert _free(text, "decisions"), text
    assert _first_box(text, "decisions"), text


@pytest.mark.parametrize("text", SHORT_NOT_MET)
def test_short_decision_look_alikes_are_not_met(text):
    assert not _free(text, "decisions"), text
    assert not _first_box(text, "decisions"), text


# A reason typed clipped after the decision's dash: a source that supports or contradicts, what
# tests "don't" show, a judgement with its verb left out ("growth much better"), and a purpose
# whose subject is more than one word ("so one of them can ...").
CLIPPED_MEET = [
    "Sam (5) CP. Decision: no PLO referral now - paediatric opinion supports mum's account of the fall.",
    "Sam (5) CP. Decision: no step down yet - two clean tests don't show anything about weekends.",
    "Sam (5) CP. Decision: no step down yet - daytime visits don't evidence how nights go.",
    "Sam (5) CP. Dec: keep contact at the centre - the contact notes contradict dad's version.",
    "Sam (5) CP. Decision: stay on CIN, not CP - attendance much better, speech clearer.",
    "Sam (5) CP. Decision: SW visits jointly with the health visitor, so one of them can talk to Sam alone.",
]

CLIPPED_NOT_MET = [
    # no decision
    "Sam (5) CP. Mum says the paediatric opinion supports her account of the fall.",
    # none made
    "Sam (5) CP. Decision: none - the paediatric opinion supports mum's account.",
    # the dash adds only who and when
    "Sam (5) CP. Decision: joint visit - health visitor and SW, Tuesday.",
    # "so" with no reason after it
    "Sam (5) CP. Decision: SW visits jointly with the health visitor, so one of them.",
    # a decision with no reason
    "Sam (5) CP. Decision: no PLO referral now.",
]


@pytest.mark.parametrize("text", CLIPPED_MEET)
def test_a_clipped_reason_after_the_decision_is_read(text):
    assert _free(text, "decisions"), text
    assert _first_box(text, "decisions"), text


@pytest.mark.parametrize("text", CLIPPED_NOT_MET)
def test_clipped_reason_look_alikes_are_not_met(text):
    assert not _free(text, "decisions"), text
    assert not _first_box(text, "decisions"), text
