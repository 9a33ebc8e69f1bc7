"""Impact, round 14: look-alikes that are not the work's difference for the child (our own words).

Kind 1, the strengths question. A Signs of Safety note asks "What's working well?" and answers with
the family's strengths (a gran nearby, a child who likes school): it asks what is good now, not
what the work has changed, so what follows it is not an answer about change. A note that says the
change under the same heading, with the work it follows and a time before, still meets; a note
asking "is the plan working?" still asks about change.
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import _free  # the same reading

STRENGTHS_MEET = [
    "What's working well? Since the mentoring started in May, Leo has not been excluded; he was excluded three "
    "times last term.",
    "Is the mentoring working? Leo has not been excluded since it began, and he had three exclusions the term before.",
    "What has changed for Ava? She now goes to school every day; in May she was missing two days a week.",
]

STRENGTHS_NOT_MET = [
    "What are we worried about? Mum's drinking at weekends. What's working well? Leo likes football and his gran "
    "lives round the corner. He said he wants his gran at the meeting.",
    "What's working well? Ava still sees her cousin and stays there when home is loud. Ava said she wants her "
    "cousin to come to the review.",
    "What's working well? Nothing yet. What needs to happen? Ava has an adult who knows where she is.",
]


@pytest.mark.parametrize("text", STRENGTHS_MEET)
def test_a_change_under_a_strengths_or_change_question_is_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", STRENGTHS_NOT_MET)
def test_strengths_answering_whats_working_well_are_not_impact(text):
    assert not _free(text), text


# Kind 2, the worry told. Under "Worries:" or after "What are we worried about?" a child's trouble
# ("his attendance has dropped", "since she stopped going to college") is the worry that brings the
# case, not a difference the work made; told with the work or a time before it, it is the work's
# failure and still meets.
WORRY_MEET = [
    "Worries: since the safety plan began in March Mia has gone missing four more times; it is not reaching her.",
    "What are we worried about? Despite eight weeks of the mentoring, Sam's attendance has dropped from 90% to 70%.",
]

WORRY_NOT_MET = [
    "Worries: Mia's isolation since she stopped going to college, and her boyfriend, who is older than he says.",
    "What are we worried about? Sam's attendance has dropped to 70% and he has started staying out after midnight. "
    "What's working well? His nan is close by.",
    "Worries: none named this month; Mia has not stopped seeing her friends.",
]


@pytest.mark.parametrize("text", WORRY_MEET)
def test_a_worry_told_with_the_work_is_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", WORRY_NOT_MET)
def test_a_childs_trouble_told_as_the_worry_is_not_impact(text):
    assert not _free(text), text


# Kind 3, the time or the household said with "now". "It is now April", "we are now at week 12"
# tell the time passing; "she is now with a new partner", "he is now living with his nan" tell
# whom someone lives with. Neither is a change the work made in the child; "is now" with the
# child's own state after the work still meets.
NOW_MEET = [
    "Since the sleep plan began Mia is now dry most nights; in the summer she was wet every night.",
    "The boys are now in school every day since the taxi started; in the spring they missed two days a week.",
    "Nursery say that since the move Ava (4) is now talking in group time, which she never did before.",
    "Her bedtimes are now 7pm and she sleeps through, so we closed the sleep plan.",
]

NOW_NOT_MET = [
    "It is now April and the assessment is still not done.",
    "We are now at week 12 of the assessment and no carers have been found.",
    "Mia's mother is now with a new partner we know nothing about.",
    "Mia is now living with her nan because mum was arrested on Friday.",
    "Ava (12): the plan was a move by March. It is now May, and nothing has been found for her.",
    "Ava (12) is now with her aunt, after mum's arrest on Friday.",
    "Kai (15): the family are now with a new housing provider.",
    # the case's own state: the time it has taken, a marker placed, a worry grown
    "Noah (3): the case is now at week 29 against the 26-week timetable.",
    "Dylan (14): there is now a marker on the address and he has the out of hours number.",
    "Ava (9): the lack of contact with dad is now a risk in itself.",
]


@pytest.mark.parametrize("text", NOW_MEET)
def test_the_childs_state_now_after_the_work_is_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", NOW_NOT_MET)
def test_time_passing_or_a_household_said_with_now_is_not_impact(text):
    assert not _free(text), text


# Kind 4, a first time. "For the 1st time" and "first time she's asked for help" are the child
# doing something new, typed short or said plainly; a child who came to her review for the first
# time was there, which is participation, not a change the work made.
FIRST_MEET = [
    "Ellie (7) put her hand up in class for the 1st time this week, her teacher says, after the nurture group.",
    "Jay (15) rang his worker himself on Friday night. First time he's asked us for help rather than waiting to "
    "be found.",
    "Lexi (3) at nursery 3 days now -> talking in sentences, was single words at start of plan.",
]

FIRST_NOT_MET = [
    "Jay (15) came to his review for the first time and said he wants the plan to end.",
    "Ellie attended the core group for the 1st time and sat with her mum.",
    "First time she's been seen at home since May; she was in her room.",
]


@pytest.mark.parametrize("text", FIRST_MEET)
def test_a_first_time_for_the_child_is_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", FIRST_NOT_MET)
def test_a_first_meeting_attended_or_a_first_visit_is_not_impact(text):
    assert not _free(text), text


# Kind 5, what the work did for the child, said by its deed: "the plan hasn't kept her safe",
# "the routine got them back to school", "he is more withdrawn, not less". Look-alikes: the same
# words as a hope ("to get her back to school"), about an adult, or about a worry's frequency.
DEED_MEET = [
    "Impact: four months of the CP plan hasn't kept him safe - he is out most nights.",
    "Theo (4): impact - nothing, 6 wks of CIN and he's more clingy not less per HV.",
    "For Kai (8), the morning routine got him back to school after a month off.",
    "Eight weeks into the plan Maya is more withdrawn, not less, her teacher says.",
]

DEED_NOT_MET = [
    "The plan is to get her back to school after half term.",
    "The refuge hasn't kept mum's address private, so she wants to move.",
    "We need a plan that gets him back into college before he turns 18.",
]


@pytest.mark.parametrize("text", DEED_MEET)
def test_what_the_work_did_for_the_child_is_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", DEED_NOT_MET)
def test_the_same_deeds_hoped_for_or_an_adults_are_not_impact(text):
    assert not _free(text), text


# Kind 6, the child's new trouble told as news. "She has stopped going to netball", "he has
# started hitting other children at nursery" are what is worrying now, with no work in them; told
# with the work or what it follows ("since the plan began she has stopped going to college"), or
# in the Impact box, they are the work's failure and meet; a bad thing stopped is still a change.
NEWS_MEET = [
    "Since the CIN plan began in March, Ruby (14) has stopped going to college and sleeps most of the day.",
    "Despite the mentoring, Kyle (12) has started staying out past midnight again.",
    "Tom (9) has stopped wetting the bed since the sleep clinic; he was wet most nights in the spring.",
    "Despite the feeding plan Alfie (2) has lost weight again and is now below the 2nd centile.",
]

NEWS_NOT_MET = [
    "Her foster carer says Ruby (14) has stopped going to netball and is quiet at tea.",
    "Nursery say Kyle (4) has started hitting other children when men come into the room.",
    "School say Mo (8) has stopped putting his hand up and sits on his own at lunch.",
    "Staff say Mo (15) has lost weight and came back on Sunday with a black eye.",
    "Ruby (17) is quiet and tired and has lost her job at the cafe.",
]


@pytest.mark.parametrize("text", NEWS_MEET)
def test_a_childs_trouble_told_with_the_work_is_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", NEWS_NOT_MET)
def test_a_childs_new_trouble_told_as_news_is_not_impact(text):
    assert not _free(text), text


def test_the_same_trouble_written_in_the_impact_box_is_still_read_there():
    from test_quality_impact_forms import _impact_box

    assert _impact_box("Ruby (14) has stopped going to college and sleeps most of the day.")


# Kind 7, the child's words with "now" in them. Asked what is different ("she said 'mummy does my
# hair now'"), or said beside the work, the words tell the change; a saying that only holds "now"
# or "any more" ("he told nursery 'daddy sleeps in the car now'") is the child's world, lived
# experience, not the work's difference.
QUOTE_MEET = [
    "Asked what is different at home, Ella (6) said 'mummy does my hair now'.",
    "Since the sessions began Ella (6) says 'nobody shouts at bedtime any more'.",
]

QUOTE_NOT_MET = [
    "Ella (6) told nursery 'daddy sleeps in the car now'.",
    "Ella (6) told her teacher 'I've got a big girl bed now' at her gran's.",
    "Kai (14) told the worker 'dad isn't dad any more' and threw his phone.",
]


@pytest.mark.parametrize("text", QUOTE_MEET)
def test_the_childs_words_about_what_changed_are_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", QUOTE_NOT_MET)
def test_a_childs_saying_with_now_in_it_is_not_impact(text):
    assert not _free(text), text


# Kind 8, words of change used of something that is not the child's change: a rule or a reason
# that has lapsed ("the refuge goals no longer apply"), a named practice ("the safer caring
# policy"), a routine kept ("she still goes to school by taxi", "he still has weekend contact").
# The same words of the child's own change still meet.
KEPT_MEET = [
    "Since the CAMHS sessions Jade (13) no longer cuts; she was cutting most weeks in the spring.",
    "Jade (13) feels safer at home since the locks were changed, she says, and sleeps upstairs again.",
    "Despite the plan Jade (13) still goes missing at weekends.",
]

KEPT_NOT_MET = [
    "I asked what the plan is for Layla (9), given the refuge goals no longer apply.",
    "The safer caring policy needs updating now that Zainab (12) has her own room.",
    "Jay (10) still goes to school by taxi, attendance good.",
    "Leah (7) still has weekend contact with dad at his flat.",
]


@pytest.mark.parametrize("text", KEPT_MEET)
def test_the_childs_own_change_in_the_same_words_is_impact(text):
    assert _free(text), text


@pytest.mark.parametrize("text", KEPT_NOT_MET)
def test_change_words_of_a_lapsed_rule_a_named_practice_or_a_routine_kept_are_not_impact(text):
    assert not _free(text), text
