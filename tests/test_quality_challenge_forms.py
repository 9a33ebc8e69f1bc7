"""Management challenge, in the many ways a manager writes it (our own words, not any set's).

Challenge is the manager questioning or testing the plan or the worker's view: another
explanation offered, evidence asked for, drift or delay named, the plan redirected, or the
manager's view set against the worker's. The manager may be "I", "TM", "we", "the manager",
the dropped subject of a terse record, the "Q:" of a Q&A note, or a question put to the
worker. Look-alikes are agreement, challenge only named, the worker challenging a parent, a
question asking for news, a parent's or a child's question, and "no challenge needed". Each is
checked as free text, all in the first box, and in the Challenge box (where the box is a
hint, never evidence).
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_boxes, assess_text

MEETS = [
    # a request for evidence, in the first person, "TM", the manager, "we"
    "I asked SW what evidence we have that dad has actually moved out.",
    "TM queried why no strategy discussion was held when the second bruise was seen.",
    "The manager asked to see the photographs from the home visit before agreeing the home is now clean enough.",
    "I've asked for the police logs before we agree to step down.",
    "We asked ourselves what we would expect to see if mum had really stopped drinking, and we have seen none of it.",
    "I asked for a hair strand test rather than rely on mum telling us she is clean.",
    "I want to see the school's attendance figures before I sign off the plan as working.",
    "I'd want to know why the visits have been five weeks apart when the plan says fortnightly.",
    # questioning the worker's view, doubting it, setting a view against it
    "I questioned whether the fall in attendance is really about the bus, or about what happens at home in the mornings.",
    "SW felt things were improving; I am less sure, as police have been called twice since the review.",
    "SW thinks mum is protective. My view is different: she let dad back into the house twice last month.",
    "I wasn't convinced by the account of a fall - the bruise is behind his ear.",
    "I don't accept that the bruising is from football without a word from the coach.",
    "The manager disagreed with closing the case while the school's concerns are unanswered.",
    "TM felt the plan leans too heavily on mum's own report and asked for a drug test.",
    "I would rate safety at 4 rather than the 7 SW gave, because the neighbour's call was only last week.",
    "I reminded SW that 'no concerns' from mum is not evidence; we need to hear it from Ella (7) herself.",
    # another explanation offered
    "Another way to read the missed visits is that mum is frightened of what we will find, not that she is disorganised.",
    "TM challenged the assumption that Jo's (8) outbursts are ADHD; could it be what she saw at home?",
    "Is it neglect or is it poverty? I asked SW to get the family's income and outgoings before we go to legal.",
    "Could the tiredness be something other than late nights? SW to ask the GP about his iron levels.",
    "I wonder whether we have become too focused on mum and lost sight of the baby.",
    # drift and delay named
    "I put it to SW that the plan is drifting: the FGC was agreed in June and still has no date.",
    "This is the fourth month with no assessment of dad and I named that as drift.",
    "I named it as drift with SW: s.47 in March and the ICPC is still not booked.",
    "We have been saying 'mum is engaging' for six months; I asked what has actually changed for Leo (5).",
    "Three reviews in a row with the same three targets: I asked SW whether this plan can work at all.",
    # the plan redirected, held, or its next step put before agreement
    "Rather than another parenting course, SW to see Kai (9) alone at school and ask him about evenings.",
    "Not closing until Amy (9) has been seen alone twice and her school has been spoken to.",
    "I asked SW to hold off recommending step-down until we have the health visitor's view.",
    "Instead of waiting for CAMHS, I asked SW to get the school nurse to see Tia (13) this week.",
    "I'm not agreeing to step down yet - the plan has only been in place six weeks.",
    "Before we agree to close I want the GP's view on the baby's weight.",
    "TM asked SW to look again at the chronology before accepting that the injuries were accidental.",
    # the dropped subject of a terse record, bullets, no full stops, lower case
    "Questioned the plan to return Mia (6) home - what has changed since she was removed?",
    "Challenged the view that Jack (10) is just a naughty boy; he has been hungry at school for months.",
    "Pushed back on the step-down: no one has seen the baby for three weeks",
    "Asked whether anyone has spoken to the older brother about what happens at weekends.",
    "needs more evidence before step down - asked SW for school attendance and the GP's view",
    "questioned why no strategy discussion after the disclosure, SW to arrange one today",
    "- asked SW how she knows mum is not drinking\n- SW to get a hair strand test",
    "Not convinced the plan is working - same concerns as at the ICPC.",
    # a "how" that tests rather than asks for news
    "I asked how many of the clean tests were unannounced.",
    "TM asked how nan will supervise at night when she works nights herself.",
    "I asked SW how she knew, given that mum interpreted for him.",
    # a question put to the worker, a Q&A note, a dialogue
    "Is mum's account the only one we have? SW to speak to the nursery before the core group.",
    "How do we know dad isn't still living there? SW to check with the housing officer.",
    "Q: What evidence is there that dad has left? A: Only mum's word so far; SW to check with housing.",
    "TM: What makes you think mum has stopped drinking?\nSW: She told me, and the flat was tidy.",
    "Have we actually checked who else lives at the flat? I asked for a PNC check before the next visit.",
    "What would need to change for Ruby (4) to be safe at home? We could not say, so the plan is being rewritten.",
    # a heading that says what the challenge was, and "the question I asked"
    "Challenge: the plan assumes nan can protect, but we have no assessment of nan.",
    "Management challenge: why has Kyle (14) not been seen alone since September?",
    "The question I put to SW was what mum would say if we asked her about the new boyfriend.",
    "My challenge to SW was whether we would accept this level of care for a child of our own.",
    # the manager's view against the worker's, said short
    "SW reads Rosa's (6) silence as settling in. I don't.",
    "SW and I didn't agree on the scaling for Finn (3) and I want that recorded.",
    "I don't think the CIN plan is working for Ryan (8): three more missed weeks of school.",
    "I don't think we can wait for the CAMHS appointment in March.",
    "The manager challenged this: a 15-year-old out all night is at risk whatever the reason.",
    # questions put, in more forms
    "I asked the team whether we had called it 'neglect' too soon.",
    "I asked SW today where Leah's (12) own voice is in her plan.",
    "TM asked the SSW which of the two explanations the school log supports.",
    "Pushed SW: why has the FGC not been booked?",
    "Question to SW: who else is living at the flat?",
    "SW says Kai (7) is settled at school. Why?",
    "SW says the plan is working. Working how?",
    "Dad's engagement is better - or is it just that the visits are announced?",
    # the worker's reading sent back, another kept in view, the question reframed
    "I asked SW to weigh the three missed visits against the one good one.",
    "I asked SW to redraft the plan around dad, who is now the main worry.",
    "I want us to keep a second explanation in mind: he may be protecting his sister.",
    "I offered another reading: she may be caring for mum, not refusing school.",
    "The real question is whether dad can keep this up without us in the house.",
    "The question is not whether mum loves him but whether she can keep him safe when she drinks.",
    "We have been counting visits, not asking what life is like for Zac (6).",
    "Two accounts of Saturday night, and we haven't asked why they differ.",
    "The nursery's 'no concerns' has been taken at face value.",
    "Stopped that: Amira (10) is not to interpret for her mum again.",
    "Three reviews on and we are in the same place as the ICPC.",
    "Might it be worth a joint visit with the health visitor before the RCPC?",
    "Mum's promises alone are not a safety plan.",
    "I wonder whether the tantrums are about contact at all.",
    # the other side asked for, a proposal refused, a report's words taken out, the scale re-set
    "TM asked for dad's side of it before agreeing anything.",
    "TM said no: the visits only went well when nan was there, so nan is the plan.",
    "I asked SW to take that phrase out of the report; it blames Ruby (13).",
    "I'd rescore it 3, not SW's 6.",
    "I brought the discussion back to Mia (4): what has any of this changed for her?",
    "TM asked what the last three warnings achieved: nothing, the dog is back.",
    "SW scaled 7 and I scaled 4. Why the difference?",
    "I asked Jo some hard questions about why the FGC keeps being put off.",
    # a letter to the child
    "Dear Sam, I asked your social worker to find out why you don't want to go to your dad's before we change anything.",
]

NOT_MET = [
    # agreement, by the worker or the manager
    "I agreed with SW's plan to step down to early help.",
    "SW feels the plan is working and I agree.",
    "TM happy with the plan and the progress made.",
    "We discussed the plan and agreed it is right for Leo (5).",
    "I was reassured by the evidence SW gave.",
    "I'm sure the plan is right.",
    # challenge only named, or none needed
    "Challenge offered.",
    "Challenge discussed with SW.",
    "Challenge and support given in supervision.",
    "Reflective discussion held, challenge offered where needed.",
    "No challenge needed; the plan is working.",
    "Management challenge: none.",
    "Challenge: n/a",
    "Nothing to challenge at present.",
    "I did not challenge the plan as it is working well.",
    "The plan was not questioned.",
    "Management challenge to be given at the next supervision.",
    # the worker challenging or questioning a parent: practice, not management challenge
    "SW challenged mum about the state of the kitchen.",
    "SW questioned dad about his new partner and he refused to say.",
    "SW asked mum whether she had been drinking; she said no.",
    "SW asked mum for evidence of her tenancy.",
    "SW asked Tia (12) what she would like to happen; she said she wants to stay with nan.",
    # questions asking for news or wellbeing, or tasks
    "I asked how the visit went and SW said it was positive.",
    "TM asked SW how Leo's (6) birthday party went.",
    "Asked SW how she is feeling after the difficult visit; she said she is OK.",
    "I asked SW to book the core group for next week.",
    "TM asked SW to send the minutes to school by Friday.",
    "SW asked for a transfer to the long-term team.",
    # a parent's, a child's, another's question
    "Mum asked why social care are still involved.",
    "Kai (9) asked why he can't see his dad.",
    "Dad questioned the need for the plan at the conference.",
    "Mum challenged the decision at the conference.",
    "Jo (8) asked 'why do I have to go to contact?'",
    "Mum asked for more help with the housing.",
    # a decision's own reason, a form's own question, a lesson looking back, a topic the manager is unsure of
    "Decision: extend the assessment by a month, because we need to see dad care for them alone before we could "
    "recommend overnights.",
    "Decision: no return to the unit until the safety plan is signed, because the dealers live on the same street.",
    "What has changed for Isla (4)? She now goes to nursery four days a week.",
    "I wonder whether we would have moved faster if we had held the FGC at the start.",
    "We assumed the placement would last and did not plan for it ending.",
    "I'm less sure about her speech: she has few words for her age.",
    "I have asked SW to keep going with the plan and let me know of any change.",
    "We wondered whether the bedwetting is anxiety rather than a medical problem.",
    "I don't think mum realised how late it was.",
    "Mum said she didn't agree with the plan.",
    "The question is when the review will be.",
    "We are in the same place as last month: Poppy (5) is settled and happy.",
    "Mum said no to the referral.",
    "SW asked for mum's side of the story.",
    "I asked SW to take the minutes to the core group.",
    "I'd score it 7, the same as SW.",
    # no drift, no delay
    "No drift identified; the plan is on track.",
    "The plan is on track with no delay.",
]


def _free(text: str) -> bool:
    return assess_text(text).criteria["challenge"].met


def _first_box(text: str) -> bool:
    return assess(CaseDiscussion(update=text)).criteria["challenge"].met


def _challenge_box(text: str) -> bool:
    a, boxes = assess_boxes(CaseDiscussion(challenge=text))
    assert a.criteria["challenge"].met is boxes["challenge"].met, text
    return boxes["challenge"].met


@pytest.mark.parametrize("text", MEETS)
def test_challenge_written_many_ways_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_look_alikes_and_only_named_are_not_challenge(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _challenge_box(text), text
