"""Reflection, round 13: a reading set against another in a note typed in shorthand (our own words).

Managers in a hurry clip their analysis: "sulking at handover = fear of going back, not rudeness",
"that's the breakfast club + a steady key worker doing it, not him getting older", "the calmer
evenings date from dad moving out, not from the course". The reading is there; only the words
"I think this is" were left out, or a "+" or "w/" stands for a word. Look-alikes are the same
signs over numbers, a risk level, a plan's level or an arrangement ("visits = 3, not 4", "risk =
medium, not high", "contact is Sat + Sun w/ dad, not midweek", "referral came from school, not
from the GP"), and a reading not given ("why = unknown, not discussed"). Each case is checked as
free text, in the first box and in the Reflection box.
"""

from __future__ import annotations

import pytest
from test_quality_reflection_forms2 import _first_box, _free, _own_box

MEETS = [
    # a reading given as an equation, set against the other reading
    "Missing Mondays = worry about mum after the weekend, not laziness.",
    "Kicking off at handover = fear of going back, not bad behaviour.",
    "Tidying the flat before visits = Jas (9) managing us, not a sign things are fine.",
    "Quiet at home = nobody shouting now, not shut down (nursery agree).",
    # what the change rests on, with "+" or "w/" standing for words
    "Weight back on track. That's the breakfast club + a steady key worker doing it, not him getting older.",
    "Sleeping through now - that's the move w/ his brother, not the new bedroom.",
    "It's nan + the school run every day, not mum's own change.",
    # the change dated from its cause, against another cause
    "The calmer evenings date from dad moving out, not from the parenting course.",
    "His settling stems from having his sister w/ him, not from anything we did.",
]

NOT_MET = [
    # the signs over numbers, levels, a plan's level, an arrangement
    "Visits = 3, not 4.",
    "Attendance = 92%, not 95% as school first said.",
    "Risk = medium, not high.",
    "Plan = CIN, not CP.",
    "Review = 14/3, not 12/3.",
    "Contact is Sat + Sun w/ dad, not midweek.",
    # a reading not given
    "Why = unknown, not discussed.",
    "Reason for the change = not known.",
]


@pytest.mark.parametrize("text", MEETS)
def test_a_shorthand_reading_set_against_another_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _own_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_the_same_signs_over_numbers_levels_or_arrangements_are_not_reflection(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _own_box(text), text


# the Reflection box reads ", not from ..." as a reading set against another (cues.BOX_TOPIC), by design
@pytest.mark.parametrize("text", ["Referral came from school, not from the GP."])
def test_a_source_corrected_is_not_reflection_in_free_text(text):
    assert not _free(text), text
    assert not _first_box(text), text
