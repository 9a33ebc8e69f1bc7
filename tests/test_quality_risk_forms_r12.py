"""Risk of harm, round 12: what is not a danger to the child, and dangers told plainly (our own words).

Look-alikes the rules met: a safety scale whose only "reason" is another score or "same as last
time"; a worry the writer says is not about safety ("nothing to do with safety - it's the rent");
a carer's worry about coping; a child kicking a door or punching a wall; a child protecting a parent from sadness; "in front of
them" where nothing harmful happens; "risk was considered" (named only); a harm word naming a
budget, a framework or an assessment form. Dangers they missed: an abuser's bail, breach of an
order or return to the home, who knows which school, a dog bite. (A release from prison or a
count of missing episodes, only named, is not analysis.) Each case as free text, in the first
box and in the Risk box.
"""

from __future__ import annotations

import pytest
from test_quality_risk_forms import _first_box, _free, _risk_box

MEETS = [
    # a scale with a reason still meets, even beside another score
    "Safety scale 3/10 (worker 4) because dad still has a key and came round drunk on Sunday.",
    # the worry said not to be at home, but about safety elsewhere
    "The worry isn't harm at home - it's Leo's (7) safety by the canal, where he goes on his own after school.",
    # witnessing, with what was witnessed
    "Mum and her partner were screaming at each other in front of the children again on Friday night.",
    # an adult's violence at things, near the child
    "Dad punched the wall beside mum's head while Ella (6) watched from the stairs.",
    # protecting from a person, not from a feeling
    "Nan protects them from dad's temper by taking them upstairs when he has been drinking.",
    # an abuser's bail, breach of an order, return; a dog bite
    "His bail ends on the 30th and he is staying two streets from the girls' school.",
    "Dad has breached his non-molestation order three times since Easter, twice at the school gate.",
    "Dad's release is due in October and he has told probation he will move back in with mum.",
    "He knows which nursery Ava (3) goes to and has been seen outside it twice.",
    "Ben (2) was bitten on the cheek by the dog mum is looking after for a friend.",
]

NOT_MET = [
    # a scale whose "reason" is another score or the last one
    "Safety scale: 6/10 (worker 7).",
    "Scaled 4/10 - same as last month.",
    # a worry the writer says is not about safety
    "What worries us: nothing to do with safety - it's the rent arrears.",
    "The danger for these two is not harm but losing the school they love if the family moves.",
    # a carer's worry about coping
    "Grandma was worried about coping with the school run as well as her shifts.",
    # in front of them, nothing harmful
    "Staff will fill the snack tin in front of him each evening so he can see there is food.",
    "Kerry will set the drawings out in front of both parents at the joint meeting.",
    # a child's outburst at things
    "Told to come off the console, he kicked his bedroom door and punched the landing wall, then calmed with staff.",
    # named only
    "Risk was considered in line with the neglect toolkit.",
    "Risk was explored and the plan continues.",
    # a harm word naming a budget, a framework, a form
    "The exploitation risk assessment is to be updated before the review.",
    # released from somewhere harmless
    "Grandad was released from hospital on Monday and is doing well.",
    "Dad has been released from prison and is living at his sister's.",
    "Ivy (3) was bitten by midges on the camping trip.",
]

# Outside the Risk box only: in it, a sentence naming exploitation, protection or missing is read
# as the answer to the box's question (cues.box_topic_hits), by design.
NOT_MET_OUTSIDE_RISK_BOX = [
    "Lily (9) has been protecting her mum from her own sadness by never crying at home.",
    "The tutoring will be paid for from the exploitation budget.",
    "Her PE kit went missing twice this week.",
]

NEGATED = [
    "Dad has not breached his order and there have been no visits to the house.",
    "Kai has not gone missing since he started college.",
    "Nobody was bitten and the dog has gone back to its owner.",
]


@pytest.mark.parametrize("text", MEETS)
def test_dangers_told_plainly_are_risk(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _risk_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_look_alikes_are_not_risk(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _risk_box(text), text


@pytest.mark.parametrize("text", NEGATED)
def test_negated_dangers_are_not_risk(text):
    assert not _free(text), text
    assert not _first_box(text), text


@pytest.mark.parametrize("text", NOT_MET_OUTSIDE_RISK_BOX)
def test_look_alikes_outside_the_risk_box_are_not_risk(text):
    assert not _free(text), text
    assert not _first_box(text), text
