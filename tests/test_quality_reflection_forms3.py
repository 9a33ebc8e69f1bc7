"""Reflection, a third pass: the writer's stance in everyday words (our own words, not any set's).

A manager reflects in many more words than "I think" and "it may be": "part of me thinks", "my
gut says", "what I notice is", "interesting that the wetting started the month his release
date was set", "it's hard to tell if he is coping or hiding it", a question set between two
readings ("is this neglect or poverty?"), a why asked about the child and answered in the next
sentence, a worker looking at her own practice ("reflected on whether her fondness for mum has
made her slow to act"), and what it is like to be the child. Look-alikes are the same words
over a description ("reflected that the plan was continuing"), a course of action given as a
view with no reason ("SW thinks the case should close"), wondering about an arrangement, a why
asked of the work and answered with its hold-up, and a view the family gave. Each case is
checked as free text, in the first box and in the Reflection box.
"""

from __future__ import annotations

import pytest
from test_quality_reflection_forms2 import _first_box, _free, _own_box

MEETS = [
    # the writer's stance, in other words than "I think"
    "Part of me thinks the row at contact was staged so dad could say mum is unstable.",
    "My gut says mum knows more than she's saying about where Tia goes at night.",
    "What I notice is that every good week follows a visit from nan.",
    "Interesting that the bedwetting started in the same month dad's release date was set.",
    "It's striking how Rory (7) tidies the whole flat before every visit.",
    "The sense from the visit was of a house run around dad's moods: the kids go quiet when his car pulls up.",
    "I don't buy the 'accident' explanation; a 4 month old can't roll off a bed on its own.",
    "The behaviour at school makes me question whether Amir is hearing more at home than mum admits.",
    "I'm left thinking the school are describing a tired child, not a naughty one.",
    # hypotheses in plain words
    "I think Kayla's silence at school is less about shyness and more about not wanting anyone to ask about home.",
    "My hypothesis: the fires Tyler (12) sets are his way of getting adults to come to the house.",
    "Possibly it's grief: his grandad died in March and the anger started in April.",
    "Maybe we have been too focused on the house and not enough on how Kai feels in it.",
    "We wondered whether Ella's tummy aches on Sundays are about going back to dad's.",
    "the lying at school - could be fear of what happens at home if he gets a detention",
    "The meaning of Jack's drawings (a house with no doors) was discussed: he may feel shut in or shut out.",
    "We talked about how being moved three times in a year might leave Cody (9) expecting every placement to end.",
    "YP keeps going back -> prob b/c they're the only ones who make him feel he belongs",
    "It's hard to tell if Mason is coping or just very good at hiding it; he's been the 'fine' one for years.",
    "The worry for me is less the drinking itself and more that nobody else is around when it happens.",
    # two readings weighed as a question
    "SW: is this neglect or poverty? Feels like both - the fridge is empty but so is mum's purse.",
    "Is Nadia (14) refusing to go home, or scared to?",
    # a why about the child, answered
    "Why does Leo only kick off on Thursdays? Thursday is PE and he has to get changed in front of the others.",
    "Why is mum so hostile to school? Her own school shut her out at 13 and she expects the same for Ruby.",
    "Thinking about why the plan stalled: every action depended on mum ringing services, which she can't do "
    "when she's low.",
    # the worker's or the manager's own practice looked at
    "SW reflected on whether her own fondness for mum has made her slow to escalate.",
    "Keep asking myself whether we'd accept this standard of home conditions for a child who wasn't disabled.",
    "I asked myself what it would be like to be Sophie in that house: never sure if mum will be up.",
    "Looking back, I wonder if we stepped down too soon: the support went and the drinking came back within a month.",
    # shorthand: an arrow drawing the inference, a view labelled with an arrow, what a thing is
    "my read -> mum is testing whether we'll stay, not pushing us away",
    "2 schools in a year, 4 SWs -> no wonder he trusts nobody",
    "sleeping at mates' 3 nights a wk -> so he's avoiding home, not running to the group",
    "his words across 3 visits: 'tired', 'bored', 'no dinner' -> the last one is the one that matters",
    "Is the shoplifting the real problem or a symptom of how hungry he is?",
    "Hypothesis: school is the lifeline and home is the pressure.",
    # letters to the child
    "Dear Kian, I think you run because staying feels more dangerous than running, and that makes sense to me.",
]

NOT_MET = [
    # the words over a description
    "SW reflected that the house was tidy and the children were dressed.",
    "We reflected that the plan is continuing and core groups are monthly.",
    "Reflection on the visit: it went well.",
    "Supervision was reflective.",
    # a view that is only a course to take
    "SW thinks the case should close.",
    "TM thinks the plan should continue.",
    # wondering about an arrangement; hedges on a date
    "I wonder if the meeting could be moved to Thursday.",
    "Maybe next week for the joint visit.",
    "Possibly on Monday.",
    # a why asked of the work, answered with its hold-up
    "TM: why is the assessment late? SW: still waiting on the health visitor's report.",
    "Why has the referral not gone? It was sent back for a signature.",
    # an either-or about an arrangement
    "Is the review on Tuesday or Wednesday?",
    # the family's view, or the worker's feeling with no why
    "Dad thinks it is probably a phase.",
    "Mum feels the school are unfair.",
    "SW feels Jo is happier.",
    # arrows that only carry numbers or a level
    "MFH 6 -> 1 since the youth worker started.",
    "Risk -> high.",
    "TM view -> continue with plan.",
    # description and process
    "Discussed the case in supervision.",
    "Analysis: CP plan continues, core group monthly.",
    "TM view: continue with plan.",
    "Kai said he likes his new school.",
    "The family were visited on 3/11 and 17/11.",
    "Reasons for absence unknown.",
    "SW to reflect on her practice.",
]


@pytest.mark.parametrize("text", MEETS)
def test_reflection_in_everyday_words_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _own_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_the_same_words_over_description_or_arrangements_are_not_reflection(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _own_box(text), text
