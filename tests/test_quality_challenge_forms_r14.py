"""Challenge, round 14: the manager testing the worker's view in plain words (our own words).

Three kinds. (1) The terse record sets down the worker's view or proposal and then, after a
comma and with its subject dropped, what the manager asked of it: "sw wants to close, asked why
now: ...", "worker says dad has gone, asked for proof". (2) The manager's own answer set against
the worker's view in the next sentence: "SW wants a strategy. I don't think the threshold is
met.", "Not so fast" kin: "No - that misses the weekend.", "I read it as fear.". (3) Forms the
cues did not read: a worker named with a hyphen or a role in brackets ("I asked Jo-Ann (SW)
whether ..."), "I asked her straight: ...", "what's actually different for him?", and another
reading offered as a wondering ("I wondered aloud whether it is more that ...", "... rather than
...").

Look-alikes: the same words when someone else asks, when the question is for news, a date or an
errand, when the manager agrees, and the doubt denied.
"""

from __future__ import annotations

import pytest
from test_quality_challenge_forms import _first_box, _free

# (1) the worker's view, then the manager's dropped-subject question after a comma
TERSE_MEETS = [
    "sw wants to step down, asked why now: school still ringing about lunches every week",
    "worker says dad has moved out, asked for proof - no tenancy seen, his van is outside most nights",
    "sw proposing overnights, asked what has changed since the last positive test: nothing shown",
    "sw says kayden is settled, asked what kayden says himself - he told his teacher he wants home",
    "fsw keen to close, asked would the boy agree: he says mum still shouts at bedtime",
]

TERSE_NOT_MET = [
    # someone else asks, or no view of the worker's comes first
    "sw visited tuesday, asked mia what she wanted for her birthday",
    "mum says she is tired, asked for help with the school run",
    # news, dates and errands
    "sw says mum is coping, asked how she is getting on with the baby",
    "sw wants to close, asked when the review is",
    "sw wants a week off in august, asked for leave",
    # agreed, nothing asked
    "sw wants to close - agreed, no questions asked",
]


@pytest.mark.parametrize("text", TERSE_MEETS)
def test_the_managers_dropped_subject_question_after_the_workers_view_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", TERSE_NOT_MET)
def test_others_asking_or_news_after_a_comma_is_not(text):
    assert not _free(text), text
    assert not _first_box(text), text


# (2) the manager's own answer set against the worker's view, in the next sentence
COUNTER_MEETS = [
    "SW wants a strategy discussion. I don't think the threshold is met: the harm is about school, and dad is asking "
    "for help.",
    "The worker wants to wait for the next core group. No - that is three weeks away and the threats are this weekend.",
    "SW reads the texts as him being fine. I read them as a boy who is not free to talk.",
    "Worker was happy to accept dad's account of the bruise. I wasn't so sure - it is the second one this term.",
    # the worker named rather than "SW"
    "Leo (14), CIN. Priya wants to wait for the review. No - that is a month away and he is missing every weekend.",
    "Ruby (12). Tom read the quiet as settling. I read it as a girl who has stopped telling us things.",
]

COUNTER_NOT_MET = [
    # agreement, or a fact, after the view
    "SW wants a strategy discussion. I think she is right: the threats are named and dated.",
    "SW wants to close at review. I don't think mum knows the date yet.",
    "SW wants to wait for the core group. No contact from dad since.",
    # the manager's view with no worker's view before it
    "I read the school report on Monday.",
    "Not sure of the date of the next visit.",
    # the child's or a family member's wish, not the worker's view
    "Mia (9) wants to go to the party on Saturday. I read it as her wanting to fit in with her class.",
    "Mum's partner, Lee, wants the boys on Saturdays. No - not until the checks are back, as agreed at conference.",
]


@pytest.mark.parametrize("text", COUNTER_MEETS)
def test_the_managers_answer_to_the_workers_view_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", COUNTER_NOT_MET)
def test_agreement_facts_or_no_view_before_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text


# (3) forms the cues did not read
FORM_MEETS = [
    "I asked Jo-Ann whether the family can keep this going once the aunt goes home.",
    "I asked Marta (SW) why the move is planned without Leo in the room.",
    "I asked Tom straight: what does the plan add that school doesn't already give him?",
    "Mum finished the course, but what's actually different for Ruby at teatime?",
    "SW thinks it is the new club. I wondered aloud whether it is more that his uncle is back in prison.",
    "I wondered with Sam whether the venue, rather than the visit itself, is what upsets her.",
    "I asked her to reread the messages as if a girl had sent them.",
    "Sam (11). SW thinks it is his autism, I wonder if it's more than that: his grandad has been ill since May.",
]

FORM_NOT_MET = [
    "I asked Jo-Ann (SW) when the review is.",
    "I asked Marta how the holiday went.",
    "What's different about the new flat is the garden.",
    "I wondered whether nan could do the Friday school run.",
    "Mia wondered whether it is more fun at her dad's.",
    # the manager's own hypothesis, with no view of the worker's set against it: reflection
    "Ava (7). Hypothesis: I wonder if her quietness could be fear rather than contentment.",
    "Ava (7). I wonder if the missed school may be worry about leaving mum alone rather than defiance.",
    "I asked her to send the referral before Monday.",
]


@pytest.mark.parametrize("text", FORM_MEETS)
def test_these_forms_of_the_managers_test_are_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", FORM_NOT_MET)
def test_their_look_alikes_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text


# (4) challenge only named: the noun with "offered" or "provided", or the verb aimed at the plan in
# general with nothing put to the worker. Its kin with the question itself still meet.
NAMED_MEETS = [
    "Ivy (6), CIN. TM challenged SW about the plan: why is dad not in it when he has her every weekend?",
    "Ivy (6), CIN. Manager challenge: what would tell us the drinking has stopped, other than mum saying so?",
    "Ivy (6), CIN. I questioned SW on the plan - it has had the same three targets since March.",
]

NAMED_NOT_MET = [
    "Ivy (6), CIN. Manager challenge offered. Decision: continue with the plan.",
    "Ivy (6), CIN. Management challenge provided and plan agreed.",
    "Ivy (6), CIN. TM challenged SW around the plan. SW reflected. Decision: continue.",
    "Ivy (6), CIN. The manager questioned the worker regarding the plan.",
]


@pytest.mark.parametrize("text", NAMED_MEETS)
def test_a_challenge_with_what_was_put_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", NAMED_NOT_MET)
def test_a_challenge_only_named_is_not(text):
    assert not _free(text), text
    assert not _first_box(text), text


# (5) drift named as the same worry carried over meetings: "raised at the last three supervisions",
# "across three review conferences with no sustained change". Look-alikes: progress held across
# reviews, a parent's attendance, and nothing raised.
REPEAT_MEETS = [
    "Ava (6), CIN. This was raised at the last three supervisions and the referral still has not gone.",
    "Ava (6), CP. The missing health assessment has been flagged at two supervisions now, and still no date.",
    "Jay (9), CP. Twenty months on a plan, across three review conferences, with no sustained change at home.",
]

REPEAT_NOT_MET = [
    "Ava (6), CIN. Mum has come to the last three core groups and the house is clean on every visit.",
    "Ava (6), CIN. The improvement has held across the last two reviews.",
    "Ava (6), CIN. Outcomes met and sustained over two reviews.",
    "Ava (6), CIN. No concerns were raised at the last two supervisions.",
]


@pytest.mark.parametrize("text", REPEAT_MEETS)
def test_drift_named_across_meetings_is_met(text):
    assert _free(text), text
    assert _first_box(text), text


@pytest.mark.parametrize("text", REPEAT_NOT_MET)
def test_progress_held_or_nothing_raised_across_meetings_is_not(text):
    assert not _free(text), text
    assert not _first_box(text), text
