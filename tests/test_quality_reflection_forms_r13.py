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


# A cause named in clipped words: "the whole reason", "that's what's working", "what's made the
# difference:", "worked b/c". Look-alikes: a "Why:" with no answer or a task under it, a decision's
# reasons under a bare "Why -" (read only by decisions: dealt into another box the same words
# could not be told from a reading), a reason for an arrangement, the plan's contents, a
# difference not known.
CAUSE_MEETS = [
    "Why: dad's night shifts started in May - nobody is up to get her to school.",
    "The broken boiler is the whole reason the hygiene worries keep coming back.",
    "Nan doing the school run every morning - that's what's working.",
    "What's made the difference: a key worker who sees him every single day.",
    "The picture chart worked b/c it's visual + daily.",
]

CAUSE_NOT_MET = [
    "Why: not known yet.",
    "Why: to be discussed at core group.",
    "Why: SW to ask mum at the next visit by 3/4.",
    "The reason for the visit was the school's call.",
    "That's what's in the plan.",
    "What's made the difference: not clear yet.",
    "Visit moved b/c mum was at work.",
    # a decision's reasons under a bare "Why": decisions, not a reading
    "Jo (11) - CIN. Agreed - close the case. Why - family don't want us and nothing meets threshold.",
]


@pytest.mark.parametrize("text", CAUSE_MEETS)
def test_a_cause_named_in_clipped_words_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _own_box(text), text


@pytest.mark.parametrize("text", CAUSE_NOT_MET)
def test_a_bare_why_label_an_arrangement_or_an_unknown_is_not_reflection(text):
    assert not _free(text), text
    assert not _first_box(text), text


# A hypothesis given under its owner's label: "Ruth's hypothesis: ...", "The group's hunch: ...".
# Look-alikes: the label with nothing, a none, a task under it, and a template's bare
# "Hypothesis:" heading over plain description (a heading is a hint, never evidence).
LABELLED_MEETS = [
    "Our hypothesis: mum's drinking has moved to the evenings, when nobody visits.",
    "Asha's hypothesis: the bedwetting started when dad's release date was set.",
    "The group's hunch: Leo goes quiet at school on the weeks he has been at his dad's.",
    "Our working formulation: Kez runs to the older boys for the belonging she never had at home.",
]

LABELLED_NOT_MET = [
    "Hypothesis: none yet.",
    "Hypothesis: to be discussed at the next session.",
    "Ruth's hypothesis: SW to write it up by Friday 9/5.",
    "Hypothesis: not discussed.",
    "Hypothesis: we met about Jo (4). Nursery said she had been late eleven times this half-term.",
]


@pytest.mark.parametrize("text", LABELLED_MEETS)
def test_a_hypothesis_under_its_label_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _own_box(text), text


@pytest.mark.parametrize("text", LABELLED_NOT_MET)
def test_a_hypothesis_label_with_nothing_a_task_or_none_is_not_reflection(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _own_box(text), text
