"""Forms of a note typed in haste, in our own words: decisions named mid-sentence, the manager's
question told in the present, a worker called by her initial.

A manager who dictates, or types in a hurry, joins a whole discussion with commas: "..., mum says
he's calmer, decision is keep the CIN plan open till after the move because ...". The decision
is as much a decision as one on its own line; it still counts only with its reason. Look-alikes:
the same run-on with no reason, a decision put off or not ours, and "the decision is difficult".
Checked as free text, all in the first box, and in the decision's own box with its Why empty.
"""

from __future__ import annotations

import pytest
from test_quality_decisions_actions_forms2 import _decision_box
from test_quality_impact_forms import _first_box, _free

RUNON_MEET = [
    "so tia 6 lives with mum and nan, mum's back on the methadone script and nan does the school run, sw saw tia "
    "at home and she showed her the new bunk bed, decision is keep the cin plan open until the summer because "
    "mum has only had four clean tests",
    "right so the Bennett boys Ash 12 and Lew 9, school say ash has been in every day this half term, "
    "decision was step down to early help as the plan's goals have held for three months, sw to tell mum friday",
    "Remi 15, back from the caravan park where police found him with two older men, he says 'they're just "
    "mates', so the decision is refer to the exploitation panel because the pattern matches the last two "
    "missing episodes",
    "ella 2, dad's new partner has a caution for assault, mum hasn't told us who stays over, "
    "our decision today is a strategy discussion because we can't rule out that ella's been around him",
    "mo 7, contact with dad's been going well, three visits with no drink, decision is contact moves to "
    "unsupervised at the family centre since dad has kept to every condition we set",
]

RUNON_NOT_MET = [
    # a decision with no reason, put off, someone else's, or only hard
    "so tia 6 lives with mum and nan, mum's back on the methadone script, decision is keep the cin plan open, "
    "sw to visit next week",
    "right so ash 12, school say he's been in every day, decision is pending the review next month because the "
    "head is away",
    "remi 15, back from the caravan park, decision is for the court now because the case is in proceedings",
    "ella 2, dad's new partner has a caution, decision is difficult because mum won't tell us who stays over",
    "mo 7, contact's going well, the decision was mum's to make because she has parental responsibility",
    "ash 12, school say he's in every day, decision is not made yet as we need the attendance figures",
]


@pytest.mark.parametrize("text", RUNON_MEET)
def test_a_decision_mid_sentence_with_its_reason_is_met(text):
    assert _free(text, "decisions"), text
    assert _first_box(text, "decisions"), text
    assert _decision_box(text), text


@pytest.mark.parametrize("text", RUNON_NOT_MET)
def test_run_on_decision_look_alikes_are_not_met(text):
    assert not _free(text, "decisions"), text
    assert not _first_box(text, "decisions"), text


# Challenge told as it happens. Many managers, and most whose first language is not English,
# record their questions in the present: "I am asking worker for evidence", "I'm asking PA how
# she knows". Look-alikes: someone else asking, a request for news, and the manager being asked.
from test_quality_challenge_forms import _challenge_box  # noqa: E402
from test_quality_challenge_forms import _first_box as _challenge_first_box  # noqa: E402
from test_quality_challenge_forms import _free as _challenge_free  # noqa: E402

ASKING_MEETS = [
    "Noor (16). Worker says the new flat is going fine. I am asking worker what she has seen herself, because "
    "Noor has not been at college for two weeks.",
    "Piotr (14). I'm asking the PA how she knows he is not working for the older boys: she has only seen him at "
    "the office.",
    "Kemi (9). Carer reports she is settled. I am asking for evidence either way, the school log and the contact "
    "notes, before we agree that.",
    "Yusuf (17). I am asking worker whether the move is for Yusuf or for the provider's empty bed.",
    "Leah (5). We are asking why the health visitor has not seen her since March when the plan says monthly.",
]

ASKING_NOT = [
    "Noor (16). Noor is asking to move to the flat near her college.",
    "Piotr (14). Mum is asking why the visits have to carry on.",
    "Kemi (9). I am asking the carer how the weekend went.",
    "Yusuf (17). The worker is asking me whether she can take leave in June.",
    "Leah (5). I am asking school to send the dates of the next meeting.",
]


@pytest.mark.parametrize("text", ASKING_MEETS)
def test_the_managers_question_told_in_the_present_is_challenge(text):
    assert _challenge_free(text), text
    assert _challenge_first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", ASKING_NOT)
def test_asking_that_tests_nothing_is_not_challenge(text):
    assert not _challenge_free(text), text
    assert not _challenge_first_box(text), text


# A worker called by her initial throughout ("F brought this one first"), who then owns tasks:
# "F to ring the HV by Friday". Look-alikes: a plan letter, a capital that is a label or a
# pronoun, a task with no date.
from test_quality_actions_forms import _action_box  # noqa: E402
from test_quality_impact_forms import _first_box as _any_first_box  # noqa: E402,F811

INITIAL_MEETS = [
    "Kit (4). R saw him at nursery on Monday, he was dry and fed.\nR to book the paediatric review by 20/3.",
    "Baby Lou (6 wks). Weight steady on the chart.\nD to take the safe-sleep leaflet round and go through it with "
    "mum by Friday.",
    "Aimee (12). Missed school twice this week.\nJ will ring the head of year before 14 May.",
]

INITIAL_NOT = [
    "Kit (4). Plan B to follow if nan can't manage.\nA to Z of what went wrong since March is on file.",
    "Baby Lou (6 wks). D to take the safe-sleep leaflet round at some point.",
    "Aimee (12). Q to worker: what would Aimee say about school?",
]


@pytest.mark.parametrize("text", INITIAL_MEETS)
def test_a_worker_called_by_her_initial_owns_a_dated_task(text):
    assert _free(text, "actions"), text
    assert _any_first_box(text, "actions"), text
    assert _action_box(text), text


@pytest.mark.parametrize("text", INITIAL_NOT)
def test_a_lone_capital_that_is_not_a_worker_owns_nothing(text):
    assert not _free(text, "actions"), text
    assert not _any_first_box(text, "actions"), text


# A heading on a line of its own with no colon, as a form copied out of a document keeps it:
# "Decision" over the decision. The heading is a hint, as with a colon: it never turns empty or
# off-topic words below it into evidence, and a short line that says something ("No concerns",
# "Step down") is a sentence, not a heading.
BARE_HEADING_MEETS = [
    ("Rio (15) arrested at the station with two phones.\n\nDecision\nNRM referral before the charging decision, "
     "because he owed money and was sent out of area.", "decisions"),
    ("Ava (3), nursery twice a week.\n\nWho does what\nSW to ring the nursery by Friday 9th.", "actions"),
]

BARE_HEADING_NOT = [
    ("Ava (3).\n\nVoice of the child\nToo young to express views.", "lived_experience"),
    ("Ava (3).\n\nDecision\nCase discussed in supervision.", "decisions"),
    ("Ava (3).\n\nImpact on child\nMum has attended every session and is engaging well.", "child_impact"),
    ("Ava (3).\n\nAnalysis\nMum went to the group on Tuesday and the GP on Thursday.", "reflection"),
]


@pytest.mark.parametrize("text,criterion", BARE_HEADING_MEETS)
def test_a_heading_without_its_colon_still_heads_what_follows(text, criterion):
    assert _free(text, criterion), text
    assert _any_first_box(text, criterion), text


@pytest.mark.parametrize("text,criterion", BARE_HEADING_NOT)
def test_a_heading_without_its_colon_is_never_evidence(text, criterion):
    assert not _free(text, criterion), text
    assert not _any_first_box(text, criterion), text


def test_a_short_line_that_says_something_is_not_taken_for_a_heading():
    from supervision_tui.quality.text import segment

    said = [s.text for s in segment("Ava (3).\nStep down\nNo concerns\nDecision\nClose, because every goal is met.")]
    assert "Step down" in said and "No concerns" in said and "Decision" not in said


# The decision under a heading in plain words ("Bottom line:", "Way forward:", "My call:"), which
# still needs its reason; a phone call is not a call made.
PLAIN_DECISION_HEADS_MEET = [
    "Tyler (14). Bottom line: he stays at Oak House over the summer, because moving him before his exams "
    "would undo a year of settling.",
    "Tyler (14). Way forward: ask the IRO for an early review, as the plan still names a school he left in May.",
    "Tyler (14). My call: no return home yet, because dad's flat still has the cousin staying who hit him.",
]

PLAIN_DECISION_HEADS_NOT = [
    "Tyler (14). Bottom line: he stays at Oak House.",
    "Tyler (14). Way forward: to be discussed at the next supervision.",
    "Tyler (14). The call: mum rang the duty line on Friday because she was worried about him.",
]


@pytest.mark.parametrize("text", PLAIN_DECISION_HEADS_MEET)
def test_a_decision_under_a_plain_heading_with_its_reason_is_met(text):
    assert _free(text, "decisions"), text
    assert _any_first_box(text, "decisions"), text


@pytest.mark.parametrize("text", PLAIN_DECISION_HEADS_NOT)
def test_a_plain_heading_without_a_reason_or_a_phone_call_is_not_a_decision(text):
    assert not _free(text, "decisions"), text
    assert not _any_first_box(text, "decisions"), text


# The manager overriding the plan, or telling the worker her reading is wrong, in plain words.
OVERRULED_MEETS = [
    "Ava (16). I've overruled the plan to extend the family therapy another twelve weeks: two rounds done "
    "and the rows are the same.",
    "Lacey (15). The worker calls it sofa surfing. I said it isn't: she has had her own room there for a month.",
    "Kai (9). TM overrode the request to close; school still report him hungry on Mondays.",
]

OVERRULED_NOT = [
    "Ava (16). The court overruled the objection and the order was made.",
    "Lacey (15). Mum said it isn't fair that Lacey gets her own room.",
    "Kai (9). I said it's fine for him to go to the party.",
]


@pytest.mark.parametrize("text", OVERRULED_MEETS)
def test_the_manager_overruling_the_plan_is_challenge(text):
    assert _challenge_free(text), text
    assert _challenge_first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", OVERRULED_NOT)
def test_someone_elses_overruling_or_a_plain_yes_is_not_challenge(text):
    assert not _challenge_free(text), text
    assert not _challenge_first_box(text), text
