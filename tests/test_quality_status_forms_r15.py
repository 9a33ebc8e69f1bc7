"""Round 15: forms seen in the app's own boxes (our own words).

A date in the diary is not the plan weighed: "Final hearing listed for 9 March" or "pathway plan
review due 2 June", written with the month in words, under a heading or in the Progress box, is a
status, as "RCPC due 14/03" already was. A plan that was looked at and changed still is progress.

Drift named by someone outside supervision ("the IRO has raised a dispute about drift", "school
have complained the plan is drifting") is recorded by the manager, not the manager's own challenge;
the manager naming drift, or asking about it, still is.
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_text

LEAD = "Maya (7) lives with her dad; the plan is about his drinking. "


def _met(criterion: str, text: str, box: str | None = None) -> bool:
    if box is None:
        return assess_text(LEAD + text).criteria[criterion].met
    return assess(CaseDiscussion(child_initials="M.T.", update=LEAD, **{box: text})).criteria[criterion].met


DIARY = [
    "Final hearing listed for 9 March.",
    "Care proceedings: final hearing listed for the 9th of March.",
    "Pathway plan review due 2 June.",
    "Review dates: CLA review due 17 November.",
]


@pytest.mark.parametrize("box", [None, "progress"])
@pytest.mark.parametrize("text", DIARY)
def test_a_date_in_the_diary_written_in_words_is_not_progress(text, box):
    assert not _met("progress", text, box), text


WEIGHED = [
    "Six months on the plan and the drinking has not reduced; escalate to a legal gateway meeting.",
    "The plan was changed at the review because two of its three goals had been met.",
]


@pytest.mark.parametrize("box", [None, "progress"])
@pytest.mark.parametrize("text", WEIGHED)
def test_the_plan_weighed_over_time_is_still_progress(text, box):
    assert _met("progress", text, box), text


OTHERS_DRIFT = [
    "The IRO has raised a dispute about drift in the care plan.",
    "Drift: the guardian has raised drift with the court; we are responding.",
    "School have complained that the plan is drifting.",
]


@pytest.mark.parametrize("box", [None, "challenge"])
@pytest.mark.parametrize("text", OTHERS_DRIFT)
def test_drift_raised_by_someone_else_is_not_the_managers_challenge(text, box):
    assert not _met("challenge", text, box), text


MANAGERS_DRIFT = [
    "I named drift: the plan has not moved in four months.",
    "The IRO has raised drift; I asked the SW why the permanence report is still not written.",
    "I think this is drift; the same three actions have been carried over since March.",
]


@pytest.mark.parametrize("box", [None, "challenge"])
@pytest.mark.parametrize("text", MANAGERS_DRIFT)
def test_the_manager_naming_drift_is_still_challenge(text, box):
    assert _met("challenge", text, box), text


# A supervision form's own questions, each answered on its line, ask every child the same: they
# are labels, not the manager's challenge nor the child's voice. What is written after them still
# counts, and a question that names the child, or one line alone, is still the manager's.
FORM = (
    "What is the plan? CIN for Maya (7): dad's drinking, school attendance.\n"
    "Is it working? Yes.\n"
    "What does the child say? N/A.\n"
    "What needs to change? Nothing at present.\n"
    "What will we do and by when? Continue."
)


def test_a_forms_own_questions_are_not_challenge_or_the_childs_voice():
    got = assess_text(FORM).criteria
    assert not got["challenge"].met and not got["lived_experience"].met and not got["reflection"].met


def test_answers_under_a_forms_questions_still_count():
    text = FORM.replace("Is it working? Yes.", "Is it working? I'm not convinced: she has missed 9 days since March.").replace(
        "What does the child say? N/A.", "What does the child say? 'I hate Mondays because dad is still asleep.'")
    got = assess_text(text).criteria
    assert got["challenge"].met and got["lived_experience"].met


def test_the_managers_own_question_is_still_challenge():
    assert _met("challenge", "Why is Maya still missing Mondays when dad says he has stopped drinking? SW to find out.")
    text = "Is it working for Maya? Not on Mondays.\nWhat would tell us dad has stopped? Nothing yet."
    assert assess_text(text).criteria["challenge"].met


def test_the_manager_not_accepting_a_word_in_quotes_is_challenge():
    assert _met("challenge", "I don't accept 'trying' as progress after nine months of the same photos.")


STATUS = [
    "Adoption progressing well.",
    "Rosie and Fin - adoption progressing well.",
    "Next CIN review in the diary for 25/07.",
    "Continue CIN plan, review at next CIN meeting 22/5.",
    "The IRO's review on 20 February noted the plan is stable.",
]


@pytest.mark.parametrize("text", STATUS)
def test_progressing_well_or_a_review_date_is_not_progress(text):
    assert not _met("progress", text), text


@pytest.mark.parametrize("text", [
    "At the review on 20 February we looked at whether the plan is working: two of the three goals are met.",
    "The adoption plan has drifted: the matching panel has been put back twice since March.",
])
def test_a_review_or_step_that_weighs_the_plan_is_still_progress(text):
    assert _met("progress", text), text


# A strategy discussion called for the incident in front of us is the first response to it, not
# the plan weighed over time; a repeat, or the plan's months set against it, is.
@pytest.mark.parametrize("text, met", [
    ("It was decided that a strategy discussion would be held given that this is an injury to a child on a CP plan.", False),
    ("Strategy discussion today after Maya disclosed that dad hit her.", False),
    ("TM decided: strategy meeting today - Maya has a second unexplained bruise and dad's name has come up on PNC.", True),
    ("Six months on the CP plan and the bruising continues; strategy discussion to consider s47 and PLO.", True),
])
def test_a_strategy_discussion_for_an_incident_is_progress_only_over_time(text, met):
    assert _met("progress", text) is met, text


# Decisions typed fast: a ruling "from now on" or a step not taken, with its reason after it.
@pytest.mark.parametrize("text", [
    "tm - not taking it back to court: only one missed session and he has been every week since.",
    "Not breaching: he has come to every session since April.",
    "Joint visits from now on, the SW not to visit alone given the brother's threats.",
])
def test_a_decision_typed_fast_with_its_reason_is_met(text):
    assert _met("decisions", text), text


@pytest.mark.parametrize("text", [
    "He has been good from now on, mum says.",
    "Mum is not taking him back to the GP.",
    "Joint visits from now on.",
])
def test_a_habit_a_parents_choice_or_a_ruling_with_no_reason_is_not_a_decision(text):
    assert not _met("decisions", text), text


@pytest.mark.parametrize("text", ["RO plan continues, review in 3 months.", "YRO plan continues, review in 6 weeks."])
def test_any_plan_continuing_with_a_review_date_is_status(text):
    assert not _met("progress", text), text


def test_a_lists_numbers_run_into_its_line_are_not_sentences():
    from supervision_tui.quality.text import split_sentences

    assert split_sentences("Decisions: 1. Stay on CP. 2. FGC to be referred.") == ["Decisions: 1. Stay on CP.", "2. FGC to be referred."]
    assert split_sentences("He scored 7. Mum scored 5.") == ["He scored 7.", "Mum scored 5."]
    got = assess_text("Maya (7). Decisions: 1. Remain on CP plan. 2. FGC to be referred.").criteria["decisions"]
    assert not got.met and got.evidence == ""
