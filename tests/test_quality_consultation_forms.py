"""A case consultation written down as it was said, and a form's own questions (our own words).

Some managers record supervision as a transcript ("Me: ...", "Jo: ...") and close it with an
"Outcome:" line: that line is the decision, and its reason may follow a dash as a list of facts
("- injury seen, a story that doesn't fit"). In a transcript the manager tests the work with short
questions about what was checked ("Have you checked?", "Did anyone see it?") or names the gap
("Then we don't know who he is"). Forms that ask their own questions ("What we're worried about:",
"What we think:") label what follows; the form's words are not the manager's, so an empty or
off-topic answer meets nothing. Checked as free text and all in the first box.
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import _first_box, _free

OUTCOME_MEETS = [
    "Jo: PE teacher saw a bruise on Reece's arm, mum says he fell off his bike.\nMe: Did anyone see the bike?\n"
    "Outcome: strategy discussion with police - injury seen, an account that keeps changing and a history of the same.",
    "Outcome: CIN plan carries on for three months rather than closing - the gains rest on one mentor and he's "
    "still not in school on Fridays.",
    "Outcome: ask legal for a gateway meeting - two incidents since conference, no change in four months.",
    "Outcome: no return home this weekend, because Ruby (6) told her teacher she is scared of dad's friend.",
]

OUTCOME_NOT_MET = [
    "Outcome: continue with plan.",
    "Outcome: Jo to chase the housing officer by Friday.",
    "Outcome: to be discussed at the next supervision.",
    "Outcome: mum went to the course.",
]


@pytest.mark.parametrize("text", OUTCOME_MEETS)
def test_an_outcome_line_with_its_reason_is_a_decision(text):
    assert _free(text, "decisions"), text
    assert _first_box(text, "decisions"), text


@pytest.mark.parametrize("text", OUTCOME_NOT_MET)
def test_an_outcome_line_with_no_reason_is_not(text):
    assert not _free(text, "decisions"), text
    assert not _first_box(text, "decisions"), text


CHECKED_MEETS = [
    "Jo: Mum says the new boyfriend is just a friend from work.\nMe: Have you checked? Name, PNC?",
    "Jo: Dad says Reece fell off the trampoline.\nMe: Did anyone actually see a trampoline in the garden?",
    "Jo: Nan says he's staying with a mate.\nMe: Then we don't know who he is staying with.",
    "Jo: It's been a good month.\nMe: What's changed since the second review, for Kacper?",
    "Me: When was the safety plan last reviewed with mum?",
    "Jo: Mum says she's coping.\nMe: What do nursery see at drop-off?",
]

CHECKED_NOT_MET = [
    "Jo: The core group is booked.\nMe: Have you booked the room?",
    "Jo: Mum was out.\nMe: Did you leave a card?",
    "Me: How did the visit go?\nJo: Fine, mum was in.",
    "Jo: Nan says he's staying with a mate.\nMe: OK, keep going.",
    "We don't know yet when the hearing will be listed.",
]


@pytest.mark.parametrize("text", CHECKED_MEETS)
def test_a_question_about_what_was_checked_is_challenge(text):
    assert _free(text, "challenge"), text
    assert _first_box(text, "challenge"), text


@pytest.mark.parametrize("text", CHECKED_NOT_MET)
def test_errands_news_and_agreement_in_a_transcript_are_not(text):
    assert not _free(text, "challenge"), text
    assert not _first_box(text, "challenge"), text


FORM_LABEL_EMPTY = [
    "What we're worried about: nothing new. What's working well: settled. What needs to happen: carry on.",
    "What we're worried about: n/a.",
    "What we're worried about: the panel paperwork is behind and the second reference hasn't come back.",
    "What are we worried about? Contact.",
]

FORM_LABEL_MEETS = [
    "What we're worried about: mum's partner has a conviction for assault and Kai (4) hides when he hears the van.",
    "What we're worried about: Leah (15) has been missing three times since May, each time with the same older man.",
]


@pytest.mark.parametrize("text", FORM_LABEL_EMPTY)
def test_a_forms_own_question_lends_no_risk_to_an_empty_or_off_topic_answer(text):
    assert not _free(text, "risk"), text
    assert not _first_box(text, "risk"), text


@pytest.mark.parametrize("text", FORM_LABEL_MEETS)
def test_a_harm_named_under_the_forms_question_is_risk(text):
    assert _free(text, "risk"), text
    assert _first_box(text, "risk"), text


# A statutory step's timeliness held to its timescale is progress: visits within timescale, a report
# filed on time. Not: the child being on time, a step's date alone, or a step overdue in a word
# (a task to chase, as test_quality_progress_forms holds).
TIMELY_MEETS = [
    "His statutory visits have all been within timescale since he moved to the Okafors.",
    "The viability report was filed on time for the hearing.",
    "Two of the last three visits were out of timescale.",
]

TIMELY_NOT_MET = [
    "Kai got to school on time every day this week.",
    "The next visit is on 14 May.",
    "Mum was late for contact twice.",
    "Health assessment overdue.",
]


@pytest.mark.parametrize("text", TIMELY_MEETS)
def test_a_statutory_steps_timeliness_is_progress(text):
    assert _free(text, "progress"), text
    assert _first_box(text, "progress"), text


@pytest.mark.parametrize("text", TIMELY_NOT_MET)
def test_a_child_on_time_or_a_date_alone_is_not_progress(text):
    assert not _free(text, "progress"), text
    assert not _first_box(text, "progress"), text


# A case-management form's capitals: "REASON FOR DECISION:" is one heading, not "REASON FOR" and a
# "DECISION:" with "N/A" under it; its task list names the worker after the role ("SW Hollis").
FORM_DECISION_NOT_MET = [
    "DECISION: Continue with CIN plan.\nREASON FOR DECISION: Appropriate.\nNEXT REVIEW: 6 weeks",
    "DECISION: Continue CP.\nREASON FOR DECISION: N/A",
]

FORM_DECISION_MEETS = [
    "DECISION: Continue CP plan.\nREASON FOR DECISION: Connor's stepdad has not started the perpetrator programme "
    "and still has the half-sister at weekends.",
]

FORM_ACTIONS_MEET = [
    "ACTIONS / BY WHOM / BY WHEN: CIN review meeting to be booked - SW Hollis - by 21/03/25",
    "ACTIONS / BY WHOM / BY WHEN: SW Lena - update CIN plan - 10/04",
]

FORM_ACTIONS_NOT_MET = [
    "ACTIONS / BY WHOM / BY WHEN: Ongoing.",
    "ACTIONS / BY WHOM / BY WHEN: CIN review meeting to be booked - SW Hollis",
    "SW Lena visited on 10/04 - plan updated",
]


def test_a_forms_capital_headings_are_read_whole():
    for text in FORM_DECISION_NOT_MET:
        assert not _free(text, "decisions"), text
    for text in FORM_DECISION_MEETS:
        assert _free(text, "decisions"), text


@pytest.mark.parametrize("text", FORM_ACTIONS_MEET)
def test_a_task_list_line_naming_the_worker_after_the_role_is_an_action(text):
    assert _free(text, "actions"), text
    assert _first_box(text, "actions"), text


@pytest.mark.parametrize("text", FORM_ACTIONS_NOT_MET)
def test_a_task_with_no_date_or_a_visit_done_is_not(text):
    assert not _free(text, "actions"), text
    assert not _first_box(text, "actions"), text


def test_a_forms_reason_field_in_another_box_gives_the_decision_its_reason():
    from supervision_tui.models import CaseDiscussion
    from supervision_tui.quality import assess

    def met(**boxes):
        return assess(CaseDiscussion(**boxes)).criteria["decisions"].met

    reason = "REASON FOR DECISION: Connor's stepdad has not started the perpetrator programme."
    assert met(update="DECISION: Continue CP plan.", risk=reason)
    assert met(risk=reason, impact="DECISION: Continue CP plan.")
    # an empty field gives no reason, wherever it is
    assert not met(update="DECISION: Continue CP plan.", risk="REASON FOR DECISION: N/A")
    assert not met(update="DECISION: Continue CP plan.", risk="REASON FOR DECISION: as discussed")


# The worker's plan or view, then the manager's question put straight back to it, on the next line
# or the same one: the question tests the plan whatever its words. A question for news after it
# ("Me: when is the review?") does not.
PUT_BACK_MEETS = [
    "- FSW wants to close at three months.\n- Me: is that when dad's court date lands?",
    "- FSW's plan is a parenting course for mum. Me: for which problem?",
    "- FSW reporting 'good progress' with mum. Me: whose progress?",
    "PA says Dylan is managing his money now.\nMe: on one good month?",
]

PUT_BACK_NOT_MET = [
    "- FSW wants to close at three months.\n- Me: when is the review?",
    "- FSW's plan is a parenting course for mum. Me: ok, agreed.",
    "- Mum wants him home. Me: is that right?",
]


@pytest.mark.parametrize("text", PUT_BACK_MEETS)
def test_a_question_put_back_to_the_workers_plan_is_challenge(text):
    assert _free(text, "challenge"), text
    assert _first_box(text, "challenge"), text


@pytest.mark.parametrize("text", PUT_BACK_NOT_MET)
def test_news_agreement_or_a_parents_wish_questioned_are_not(text):
    assert not _free(text, "challenge"), text
    assert not _first_box(text, "challenge"), text


def test_a_reason_for_the_discussion_is_not_a_reason_for_the_decision():
    text = ("Reason for discussion: Lily (5), CP neglect, monthly oversight.\nSummary: SW visited twice.\n"
            "Management direction: Continue with CP plan.")
    assert not _free(text, "decisions")
    assert not _first_box(text, "decisions")


# A night's record typed at speed: fragments joined by " / " are its lines (a "decision:" after a
# slash heads its fragment as one on a line of its own would), tasks timed by the clock ("08:00"),
# owners named with their team ("day team sw (Ayo)", "EDT sw"). Not a short pair ("SW 6 / TM 5").
NIGHT_DECISION = (
    "marcus (12) - CIN, young carer for mum / 01:20 marcus rang 999 bc mum fell & he couldn't lift her / "
    "he was calm on the phone, said 'it's ok i know what to do' / decision: marcus to his uncle dev's not emergency "
    "fc, bc it's the plan's own contingency & he knows dev well / EDT sw to ring uncle dev 08:00 to hand over"
)

NIGHT_ACTIONS_MEET = [
    "actions: day team sw (ayo) to see ethan alone at college by 16:00 mon",
    "EDT sw to ring fc 08:00 & pass the request to day team sw (anya) before 10:00",
]

NIGHT_ACTIONS_NOT_MET = [
    "police rang 22:30, EDT sw visited 23:15",
    "EDT sw to ring mum back",
]


def test_fragments_joined_by_slashes_are_read_as_lines():
    assert _free(NIGHT_DECISION, "decisions")
    assert _first_box(NIGHT_DECISION, "decisions")
    assert _free(NIGHT_DECISION, "actions")
    # a scaling pair is not split into lines of its own
    assert not _free("Scaling: SW 6 / TM 5 / IRO 5", "decisions")


@pytest.mark.parametrize("text", NIGHT_ACTIONS_MEET)
def test_a_task_timed_by_the_clock_with_its_teams_owner_is_an_action(text):
    assert _free(text, "actions"), text
    assert _first_box(text, "actions"), text


@pytest.mark.parametrize("text", NIGHT_ACTIONS_NOT_MET)
def test_a_time_of_something_done_or_a_task_with_no_time_is_not(text):
    assert not _free(text, "actions"), text
    assert not _first_box(text, "actions"), text
