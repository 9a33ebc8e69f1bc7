"""Impact, round 15: the child's life told in the Impact box (our own words).

A manager answers the Impact box with how the child's life stands since the work began: a trouble
gone for a time ("Kian has not been excluded for six weeks"), a state kept up ("she has slept in her
own bed every night since half term"), or the work failing ("Mo is still caring for his brothers
after school"). The box settles that these are told as the work's difference; the words must still
tell the child's own life over a time. A status, a visit, a wait for a service, a vague "doing
well" or a parent's progress in the same box meets nothing, and neither do the same words
anywhere but the Impact box or an impact heading.
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_boxes, assess_text

UPDATE = "Kian (11) lives with his mum and two younger brothers; the plan is about neglect and school."


def _impact(box: str, text: str) -> bool:
    boxes = {"update": UPDATE + " " + text} if box == "update" else {"update": UPDATE, box: text}
    d = CaseDiscussion(child_initials="K.B.", **boxes)
    return assess(d).criteria["child_impact"].met


IN_THE_BOX = [
    "Kian has not been excluded for six weeks and now eats lunch in the hall with his class.",
    "He has slept in his own bed every night since half term.",
    "Kian is still getting his brothers ready for school and is late most mornings.",
    "Kian remains on reduced hours at school and is losing touch with his friends.",
    "As a result, Kian gets a cooked tea most nights and has stopped taking food from school.",
    "Kian has had no dental appointment and is still in pain when he eats.",
    "Since the last core group, Kian has been at school every day and has joined the chess club.",
    "What this means for Kian: he now goes to cadets on Tuesdays and is home by nine.",
]


@pytest.mark.parametrize("text", IN_THE_BOX)
def test_the_childs_life_over_a_time_in_the_impact_box_is_impact(text):
    assert _impact("impact", text), text


LOOK_ALIKES = [
    "Doing well at school.",
    "Kian is doing well and seems happy at home.",
    "Kian is still on a child protection plan.",
    "Kian was seen at home and at school this month.",
    "Kian is still waiting for his CAMHS appointment.",
    "Mum has been to every core group since March and is engaging well.",
    "Kian still lives with his mum and brothers.",
    "Impact on Kian discussed.",
    "Kian was not seen alone so the impact is not known.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_status_a_visit_a_wait_or_a_vague_word_in_the_impact_box_is_not_impact(text):
    assert not _impact("impact", text), text


@pytest.mark.parametrize("text", [IN_THE_BOX[1], IN_THE_BOX[3], IN_THE_BOX[5]])
def test_the_same_words_in_the_update_box_are_not_read_as_impact(text):
    # the box is the hint: "What is happening" tells the news, not the work's difference
    assert not _impact("update", text), text


def test_the_impact_box_shows_its_own_verdict():
    d = CaseDiscussion(child_initials="K.B.", update=UPDATE, impact=IN_THE_BOX[0])
    _, boxes = assess_boxes(d)
    assert boxes["impact"].met
    d = CaseDiscussion(child_initials="K.B.", update=UPDATE, impact=LOOK_ALIKES[1])
    _, boxes = assess_boxes(d)
    assert not boxes["impact"].met and boxes["impact"].prompt


# A child whose initials start with A is often called "A" in the boxes: read as the child, not
# the article, and quoted as typed.
def test_a_child_called_a_is_read_as_the_child_and_quoted_as_typed():
    d = CaseDiscussion(
        child_initials="A.K.",
        update="A (8) lives with her dad. A referral was made to the school nurse.",
        lived_experience="A said she hates Sundays because dad sleeps all day.",
        impact="A remains off school most Mondays and is falling behind.",
    )
    got = assess(d).criteria
    assert got["lived_experience"].met and got["lived_experience"].evidence.startswith("A said")
    assert got["child_impact"].met and got["child_impact"].evidence == "A remains off school most Mondays and is falling behind."


def test_a_name_starting_with_a_or_an_article_alone_is_not_taken_for_the_child():
    d = CaseDiscussion(child_initials="A.K.", update="A referral was made. A meeting is booked.", impact="A plan is in place.")
    assert not assess(d).criteria["child_impact"].met
    d = CaseDiscussion(child_initials="Amy", update="Amy (8) lives with her dad.", impact="Amy remains off school most Mondays.")
    assert assess(d).criteria["child_impact"].evidence == "Amy remains off school most Mondays."


@pytest.mark.parametrize("text", [
    "Ollie (1) - final hearing moved from 12 March to 30 April because the guardian's report is late.",
    "Ollie (1): the IRO review has moved from 14/02 to 03/03 as the carers are away.",
])
def test_a_date_put_back_is_not_a_change_for_the_child(text):
    assert not assess_text(text).criteria["child_impact"].met, text


@pytest.mark.parametrize("text", [
    "Ollie (1) now weighs 7.2kg, up from 5.1 in March.",
    "Ollie (9) has moved from 2/10 to 7/10 on his own worry scale since the group work began.",
])
def test_a_change_counted_from_then_to_now_is_still_impact(text):
    assert assess_text(text).criteria["child_impact"].met, text


def test_a_child_called_a_in_free_text_opening_on_her_initials():
    text = ("A.B., 14 months. CIN. A was seen crawling round the living room and went to her mother for comfort "
            "when the worker arrived.")
    got = assess_text(text).criteria["lived_experience"]
    assert got.met and got.evidence.startswith("A was seen crawling")
    assert not assess_text("Baby T.W. (2/12). A referral was made by the ward.").criteria["lived_experience"].met


def test_a_child_called_a_keeps_her_name_in_the_questions():
    got = assess_text("A.B. - A (9) lives with dad. A said she hates Sundays because dad sleeps all day.")
    prompts = [c.prompt for c in got.criteria.values() if c.prompt]
    assert prompts and all("Q" not in p for p in prompts) and any(" A " in p or " A," in p for p in prompts)
