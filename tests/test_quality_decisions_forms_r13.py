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
