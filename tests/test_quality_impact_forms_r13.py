"""Impact, round 13: then and now in a clipped note (our own words, not any set's).

A note typed in haste gives the child's before in three or four words: "- was 0 in Nov", "single
words in Jan", "(birth 3.1kg, now 5.2kg)", "- was in mum's bed every night". The change is the
child's and it is there; only the "before, she ..." was left out, or the month cut to three
letters. Look-alikes are the same signs over a parent's change ("mum sober 6 wks - was drinking
daily in Oct"), a task's dates ("visits now weekly - monthly in Jan"), and a child not seen.
Each case is checked as free text, in the first box and in the Impact box.
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import (  # the same three readings
    _first_box,
    _free,
    _impact_box,
)

MEETS = [
    "Tia (8) - in school 4 days a wk via the nurture group - was 0 in Nov.",
    "Jude (3) - nursery notes: now putting 3 words together, single words in Jan, since the speech group.",
    "Baby Remi gaining well (birth 3.1kg, now 5.2kg) since the feeding plan.",
    "Skye (5) sleeping in her own bed most nights since the safety plan - was in mum's bed every night.",
]

NOT_MET = [
    "Mum sober 6 wks - was drinking daily in Oct.",
    "Visits now weekly - monthly in Jan.",
    "Tia (8) not seen since Nov - was at nan's.",
    "Dad now at the flat 3 nights, was 1 in Dec.",
]


@pytest.mark.parametrize("text", MEETS)
def test_a_clipped_then_and_now_for_the_child_is_impact(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _impact_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_the_same_signs_over_a_parent_a_task_or_an_unseen_child_are_not_impact(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _impact_box(text), text


# The question put as a label, its answer after the colon: "What's changed for Kai: he ...",
# "Difference for Mia (6): she ...". Look-alikes: nothing under the label, an unknown, a task, a
# parent's change under a label about the parent.
LABEL_MEETS = [
    "Kai (9) - CIN. What's changed for Kai: he gets himself up for school now and has been in every day for 3 wks.",
    "Difference for Mia (6): she eats lunch with the others and sits at the table.",
    "Lola (7) - what's different for Lola: she's at school every day and wearing clean uniform.",
    "Kai (9) - CIN. What's worked: the mentor's visits w/ Kai - he's talking about home, told his teacher first.",
]

LABEL_NOT_MET = [
    "What's changed for Kai: nothing recorded.",
    "Difference for Kai: not known yet.",
    "What's changed for Kai: SW to ask school by 3/4.",
    "Kai (9) - CIN. What's worked: nothing yet, SW to review.",
    "What's changed for mum: she has stopped drinking and kept every appointment.",
]


@pytest.mark.parametrize("text", LABEL_MEETS)
def test_a_change_question_put_as_a_label_and_answered_is_impact(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _impact_box(text), text


@pytest.mark.parametrize("text", LABEL_NOT_MET)
def test_a_label_with_no_answer_an_unknown_a_task_or_a_parents_change_is_not_impact(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _impact_box(text), text
