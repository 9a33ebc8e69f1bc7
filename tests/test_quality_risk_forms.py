"""Risk of harm, in the many ways a manager writes it (our own words, not any set's).

Risk is analysed when the note says what the worry or danger is for the child (who or what
could harm them, how, or what it does to them), names a protective factor with what it
protects against, or gives a safety judgement with its reasons. Look-alikes are risk only
named ("risk discussed", "DARAC completed", "safety plan in place"), a plan category, a danger
that has stopped and is not weighed, "no concerns", a bare scale number, and worries about the
worker rather than the child. Each is checked as free text, all in the first box, and in the
Risk box (where the box is a hint, never evidence).
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_boxes, assess_text

MEETS = [
    # a child present at the harm itself
    "Both children were present during the assault on mum on 2/12 and Rio (5) has since stopped sleeping.",
    # a danger foreseen, with who and how
    "If mum drinks again while she has Ivy (4 months) on her own, Ivy could be dropped or go hours without a feed.",
    "Ben (8) could be hurt if he goes back to the flat while the boyfriend is still living there.",
    "If the drinking starts again, Sol (7) and his sister would be back to getting themselves up and fed.",
    "Harm is likely if the children go home before mum finishes detox; after her last relapse Josh (4) was found "
    "wandering the street at 2am.",
    "There is a real chance the baby is shaken when dad is overtired and alone with him. Rio (5 weeks).",
    "Kofi (2) could easily reach the open window on the fourth floor; no locks are fitted.",
    # a pattern weighed
    "The pattern is escalating: three police call-outs in October, the last with a knife produced in front of Kai (6).",
    "Risk is rising for Tom (7): more call-outs, and he now sleeps in his clothes ready to run.",
    "The danger for Eva (3) is highest at weekends, when dad drinks and has contact.",
    # what the child lives with, and what it does to them
    "Harry (8) is exposed to his parents' fighting most evenings and has started hiding under his bed.",
    "Mum's depression means she often doesn't get up; Tia (3) is then left in her cot all morning.",
    "Ruby (5) is sent to school hungry, with untreated head lice and no coat; it is now affecting her health and "
    "she has lost weight this term.",
    "Baby Nell's weight has fallen from the 50th to the 9th centile; without regular feeds she will not thrive.",
    "The flat is cold and damp and Mia (8 months) has had three chest infections; mum can't afford the heating.",
    "Unsafe sleeping: baby Finn sleeps on the sofa with dad after dad has been drinking.",
    "Cannabis is left on the coffee table within reach of Lily (6).",
    # "the worry is", "we are worried", headings with content
    "The worry is that nobody checks whether Leo (3) has eaten on the days mum sleeps until the afternoon.",
    "What we're worried about: Amber (14) gets into cars with older men and comes home with new phones.",
    "Danger statement: we are worried that if dad hits mum again while Ben (2) is in the room, Ben could be "
    "badly hurt.",
    "What are the worries? Since the move mum has stopped her medication, and when unwell she has left the twins "
    "(4) alone.",
    "Worries - daily cannabis use, the money going on it, fridge empty at both visits. Jay (6).",
    "Domestic abuse remains the main worry for Cara (9): the last incident was two weeks ago and mum says she "
    "would not ring the police.",
    "It's the nights that frighten me: mum out, Aaron (12) left in charge of two toddlers.",
    "TM worried that mum's new partner has a conviction for assaulting a child and has been staying over. Zoe (5).",
    "I am concerned that Theo (10) cares for mum in her low spells and no adult would notice if she overdosed.",
    "We're worried about Mo's (9) older brother: he is involved in county lines and brings people to the house.",
    "Concern that mum's new partner is a registered sex offender (MARAC information). Kai (4).",
    "Q: what are we worried about? A: that dad is controlling and the girls (6, 9) see all of it.",
    # exploitation, missing
    "Kyla (15) has gone missing three times since September and each time was found in Birmingham with adults the "
    "family don't know.",
    "Missing x2 this month - Ali (15) returned by police from an address linked to drug dealing.",
    "Chloe (16) is being exploited: older males collect her from school and she has cash she can't explain.",
    "Jess (17) is at risk of sexual exploitation; she was found at a hotel with two adult men.",
    "Grooming concerns: a 24-year-old man has been messaging Ellie (13) and buying her vapes.",
    "Ali (15) stays out overnight and comes back with cash; police think he is running drugs.",
    "Maya (13) has sent pictures to someone she met on a game - the risk to her now is online.",
    "Her brother carries a knife and Sam (12) has started hanging around with his friends.",
    # Safe & Together, protective capacity
    "Dad's pattern of coercive control - he keeps mum's bank card and phone - and Zak (9) won't leave her side.",
    "Mum's ability to protect Lia (6) is limited: she let the uncle back in after he was bailed.",
    "Dad's threats to take the children abroad are being taken seriously; he has family there and has their "
    "passports. Amna (7), Bilal (5).",
    "Bruise to Ava's (4) upper arm in the shape of a grip; mum's account has changed twice.",
    "Is Zain (11) safe at dad's? He has come back twice with marks he won't explain.",
    # protective factors, with what they protect against
    "Protective factors: nan lives next door and Kai (6) goes to her when dad is drinking.",
    "The safety plan rests on nan being there at bedtimes; if she goes into hospital nobody else is. Pip (4).",
    "What keeps Jack (5) safe: mum has been sober five months, goes to AA, and can describe her safety plan for "
    "a relapse.",
    "protective - school see Ellie (7) daily, grandad, mum now rings police when dad turns up",
    "Mum is the protective parent for Rosa (8): she ended the relationship, took out a non-mol and has kept to it.",
    "Without nan, no one would notice if Ellie (2) went a day without food.",
    # a safety judgement with its reasons
    "Safety scale 3/10 for Noor (5) - dad's whereabouts unknown and he has breached the non-mol twice.",
    "Scaled at 4 because mum has kept the boyfriend away for six weeks but still answers his calls. Ada (2).",
    "On a scale of 0-10, where 10 is safe enough to close, we agree on 6 for Jade (10): school and nan now see "
    "her daily.",
    "Safety for Ruby (4) scaled 2/10 by SW and 5/10 by mum; the gap is mum not accepting the bruising was "
    "non-accidental.",
    "Scale: 5. Why - dad engages but still minimises what happened; no incidents since August. Leo (9).",
    "SW feels the risk to the baby is lower while dad is in prison, but he is due out in March. Baby Ted.",
    # terse, bullets, questions, letters
    "- dad back in the home? mum denies it but neighbours have seen him; if so the bail is breached and the "
    "children (3, 5) are not safe",
    "what would make it unsafe again: dad coming back, mum drinking, losing the nursery place. Bo (3).",
    "Main risk = dad's temper; he has punched the walls twice and Alfie (7) says he 'goes red and shouts'.",
    "Dear Ella, we worry that when you stay out late with older boys you could get hurt.",
    "The concern for Noah (14) is his own violence: he has hit his sister and threatened mum with a knife.",
    "Home conditions poor again - dog mess on the floor, no food, baby's bottles unwashed; Mia (8 months) is "
    "likely to become ill.",
]

NOT_MET = [
    # only named or done
    "Risk discussed.",
    "Risks were considered and the plan remains appropriate. Kai (6).",
    "Risk assessed as part of the review for Ella (4).",
    "Risk to be reviewed at the next supervision. Leo (9).",
    "Risk analysis: see assessment.",
    "Risks remain as above.",
    "Protective factors discussed with mum. Jay (3).",
    "Concerns were shared with the family at the meeting. Ava (7).",
    "What are we worried about? To be discussed at core group.",
    "Danger statement to be written with the family.",
    # a form listed as done
    "DARAC completed.",
    "DASH risk assessment done on 12/11. Sara (8).",
    "MARAC referral made.",
    "Risk assessment to be completed by Friday.",
    "Safety plan in place.",
    "Safety plan reviewed and updated with mum. Finn (2).",
    # a plan category
    "CP - neglect.",
    "Plan category: emotional abuse. Noah (5).",
    "Child in need plan - disability.",
    # nothing named, a bare number
    "No concerns.",
    "No safeguarding concerns raised by school for Mo (9).",
    "Risk: low.",
    "Worries: none at present.",
    "Safety scale 6/10.",
    "Scaled at 7. Amy (11).",
    # a danger that has stopped, not weighed
    "Previous concerns about domestic abuse were resolved in 2021 and the case closed. Tia (12).",
    # a date, not a scale
    "Home visit 3/10 with Leo (4), house tidy.",
    # who was in the room at the visit, not a child present at harm
    "Home visit: mum and children present. Ava (6) showed SW her new bike.",
    "Mum and the children were present at the home visit on 3/12, Jay (7) and Bo (4).",
    # worries about the worker, the process, or ordinary worries
    "I'm worried about SW's caseload: she holds 28 children and is behind on visits.",
    "SW is concerned about her workload and has been off sick twice this month.",
    "There's a risk we miss the panel date if the report is late.",
    "Risk of drift if the assessment is not finished by the end of the month.",
    "Mum is worried about the cost of the school uniform. Lily (5).",
    "Child protection conference on 4 March for Ella (3).",
]


# An event recorded with no danger weighed. As free text it is a record; typed in the Risk box it
# is read as the worry the manager names there (the box settles what kind of words they are).
EVENTS_ONLY = [
    "DV notification received from police on 3/11. Ava (4).",
    "Dad relapsed in the spring and is now stable on his medication. Ben (9).",
    "Missing once this month, back by 10pm. Jay (15).",
    "Referral from school re Evie's (6) head lice.",
]


def _free(text: str) -> bool:
    return assess_text(text).criteria["risk"].met


def _first_box(text: str) -> bool:
    return assess(CaseDiscussion(update=text)).criteria["risk"].met


def _risk_box(text: str) -> bool:
    a, boxes = assess_boxes(CaseDiscussion(risk=text))
    assert a.criteria["risk"].met is boxes["risk"].met, text
    return boxes["risk"].met


@pytest.mark.parametrize("text", MEETS)
def test_risk_written_many_ways_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _risk_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_look_alikes_named_stopped_or_bare_are_not_risk(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _risk_box(text), text


@pytest.mark.parametrize("text", EVENTS_ONLY)
def test_an_event_recorded_is_not_a_danger_weighed(text):
    assert not _free(text), text
    assert not _first_box(text), text
