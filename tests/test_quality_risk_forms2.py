"""Risk of harm, a second pass: the worry in everyday words (our own words, not any set's).

A manager names the danger in many more ways than "the worry is" and "at risk of": "the
scariest bit is the stairs", "what keeps me awake is", "I'm frightened for Amy", "real worry re
the flat", "the risk comes from", "safety for the twins rests on mum staying off the vodka",
"nobody between those kids and mum's chaos", "does anyone actually check on her?", a hazard in
the home, a medical need left unmet, who knows where a child goes, a RAG rating with its
reasons, a level that has come down since something changed. Look-alikes are the same words
about everyday worries (a parent's worry about moving house, school's worry about spelling),
praise ("smashed it at sports day"), a rating with no reason, and risk only named. Each case is
checked as free text, in the first box and in the Risk box.
"""

from __future__ import annotations

import pytest
from test_quality_risk_forms import _first_box, _free, _risk_box

MEETS = [
    # the worry in other words
    "Honestly the scariest bit is the stairs - no gate, and Milo (14 months) is pulling himself up on everything.",
    "The thing keeping me awake is the balcony: Rhys (20 months) can climb the chairs out there and it's six floors up.",
    "What could go wrong: mum's ex is out in January and nobody has told her yet.",
    "I'm frightened for Amy (15): the 'boyfriend' is 24, picks her up from school and she's stopped seeing her friends.",
    "there's real worry re the flat - needles found under the sofa cushions where Ivy (2) plays",
    "Risk here comes from the lack of food in the house: Ty (5) was eating from the bins at school.",
    "We fear for Sonny (3) when mum's new partner is the only adult at home.",
    # what safety rests on, and nobody there
    "Safety for the twins rests on mum staying off the vodka, and she's had two slips since July.",
    "If nan steps back, there's nobody between those kids and mum's chaos.",
    "Does anyone actually check on Lola (3) during mum's binges? She's been found in the street in her nappy twice.",
    "Nobody knows who the men at the flat are, and Kai (14) is there most nights.",
    "Jayden (16) owes £400 to the people he sells for, and they know where his little sister goes to school.",
    # the home and the body
    "The house itself is a hazard: exposed wires in the hallway, mould in the baby's room, and the back door won't lock.",
    "Ruby's (6) asthma is getting worse because mum keeps missing the inhaler prescriptions; she was in A&E twice.",
    "Mum forgets Sami's (4) epilepsy meds when she is low, and he had two fits at nursery in May.",
    "Dad smashed the TV in front of Ayla (5) and she still flinches when a door bangs.",
    # a rating or a level with its reasons
    "RAG red for Poppy (2): mum's partner is back living there against the agreement and there were two DA call-outs.",
    "Risk has come down since dad moved out and the injunction was granted - no incidents in 8 weeks.",
    "Safety judged 4 out of 10 by SW, as dad still has a key and turned up drunk on Sunday.",
    "Grandad is the safety for these children: he does the school run and would ring if mum was using again.",
]

NOT_MET = [
    # other people's everyday worries
    "Mum is worried about moving house.",
    "The family were worried about the bus strike.",
    "The school are worried about Ben's spelling.",
    "Dad is concerned about his job.",
    # praise, and a child's good day
    "Kai (9) smashed it at sports day and won two races.",
    "Kids seen, all fine, house tidy.",
    # a rating with no reason, risk only named or only done
    "RAG red.",
    "Risk: medium.",
    "Risks: as above.",
    "Risk assessment completed by SW.",
    "Safety plan signed by both parents.",
    "MARAC referral made.",
    "No new concerns raised by school.",
    "Child protection plan under category of neglect.",
    "Previous concerns about dad's drinking were resolved in 2022.",
]


@pytest.mark.parametrize("text", MEETS)
def test_the_worry_in_everyday_words_is_risk(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _risk_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_everyday_worries_praise_and_risk_only_named_are_not_risk(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _risk_box(text), text
