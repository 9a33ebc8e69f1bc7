"""Challenge and reflection in notes typed fast (our own words, not any set's).

Managers short of time write in shorthand: lower case, "me:" or "TM:" before what they put to
the worker, "=" for "means", a worker's view set down and answered in two words ("maybe, but
...", "not yet - ..."), a cause named as "it's X doing it, not Y". These count as challenge or
reflection when the words do it; look-alikes are the same shapes saying nothing: a label
before news, "=" in a list of equipment, a worker's or parent's question, agreement. Each case is
checked as free text, in the first box and in the criterion's own box.
"""

from __future__ import annotations

import pytest
from test_quality_challenge_forms import _challenge_box
from test_quality_challenge_forms import _first_box as _challenge_first_box
from test_quality_challenge_forms import _free as _challenge_free
from test_quality_reflection_forms2 import _first_box as _reflection_first_box
from test_quality_reflection_forms2 import _free as _reflection_free
from test_quality_reflection_forms2 import _own_box as _reflection_box

CHALLENGE = [
    # a question labelled as the manager's
    "Lola (11). sw wants to fine mum for the absences. me: what's lola avoiding at school?",
    "Dan (14). TM: is this change in Dan, or change in what his mum is telling us?",
    "Ivy (6) - my q to sw: whose pace is the return to school going at?",
    "Ivy (6). My question back: why are we relying on one phone call from nursery?",
    "kai 9 - sw thinks he's settled. me: settled, or just quieter since dad left?",
    # the worker's view set down, then answered
    "Seb (4). SW's view: the bruises are from the trampoline. Maybe, but three in a fortnight, all on his back?",
    "Ava (15). SW wants to close now attendance is up. Not yet - it has held for three weeks, not a term.",
    "Rio (8). sw sees the hitting as boredom. possible. but it only happens after contact weekends.",
    "Noor (12). SW feels the carers are coping. Fair enough, but nobody has asked Noor how the nights are.",
    # pressing on it, the evidence found wanting
    "Theo (7). i pushed on whether the drop in incidents is the new bus route rather than anything we did.",
    "Mia (13). What I pushed on: the plan says mum is 'not engaging' - the log shows four visits she was never told about.",
    "Mia (13). SW framed it as mum not bothering with the feeds. The evidence doesn't say that; the school day has no one to do them.",
    "Jude (10). Whose voice is the 'he hates it there' - Jude's or mum's? Asked SW to find out from Jude himself.",
]

NOT_CHALLENGE = [
    "Lola (11). me: visit done 3/4, all fine at home.",
    "Dan (14). TM: agreed with the plan as it stands.",
    "Ivy (6). sw: is there a form for the taxi request?",
    "Ava (15). Mum asked why the meeting had been moved.",
    "Rio (8). Dad pushed back on the plan at the core group.",
    "Seb (4). Maybe we can meet earlier next month.",
    "Noor (12). SW wants to close. Agreed, goals met and held for two terms.",
    "Kit (5). SW wants to visit on Monday. Not yet seen Kit alone this month.",
    "Theo (7). i pushed the referral through to camhs on monday.",
    "Jude (10). me: how did the visit go? sw: fine, he was in good form.",
]

REFLECTION = [
    "Maya (8). It's the shared routine at home and school doing it, not her age.",
    "Ethan (9). That's the story - not his need going up but his usual adult going away.",
    "Ruby (12). The refusing in the autumn was because she couldn't follow anyone in class.",
    "ruby 12 - so the refusing in autumn = she couldn't understand anyone there.",
    "Freya (6). My view - seating her upright first was the right call, she couldn't swallow safely slumped.",
    "Oli (3). what's driving the weight loss is the hours at nursery with no one feeding him, not mum's care.",
    "Ada (9). Her temper is down to the broken nights, I think, more than anything at school.",
]

NOT_REFLECTION = [
    "Grace (9). Uses objects of reference: cup = drink, sock = going out.",
    "Ethan (9). The visit was moved because mum was at work.",
    "Maya (8). Toilet training going well, not started nursery yet.",
    "Freya (6). My view was shared with the team at the core group.",
    "Ada (9). The meeting is down to be held on the 4th.",
]


@pytest.mark.parametrize("text", CHALLENGE)
def test_shorthand_challenge_is_met(text):
    assert _challenge_free(text), text
    assert _challenge_first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", NOT_CHALLENGE)
def test_shorthand_look_alikes_are_not_challenge(text):
    assert not _challenge_free(text), text
    assert not _challenge_first_box(text), text
    assert not _challenge_box(text), text


@pytest.mark.parametrize("text", REFLECTION)
def test_shorthand_reflection_is_met(text):
    assert _reflection_free(text), text
    assert _reflection_first_box(text), text
    assert _reflection_box(text), text


@pytest.mark.parametrize("text", NOT_REFLECTION)
def test_shorthand_look_alikes_are_not_reflection(text):
    assert not _reflection_free(text), text
    assert not _reflection_first_box(text), text
    assert not _reflection_box(text), text
