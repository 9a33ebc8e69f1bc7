"""Challenge, a second pass: the plan or the worker's view tested in plain words (our own words).

Beyond "I challenged" and "I asked SW whether", a manager tests the work by asking where the
child is in it ("where is Callum in all this?"), whether the plan works or only keeps people
busy, whether we would accept this for another child, what the worker has seen for herself that
tells her so, or by saying they are not sure they agree. Look-alikes are questions for news or
dates, a parent's challenge, agreement, and "challenging behaviour". Each case is checked as free
text, in the first box and in the Challenge box.
"""

from __future__ import annotations

import pytest
from test_quality_challenge_forms import _challenge_box, _first_box, _free

MEETS = [
    "Where is Callum (8) in all this? Every update is about mum's tenancy.",
    "where's the baby in this plan - it's all about dad's court case",
    "Is the plan working or are we just busy? Six services involved and nothing has changed for Ria.",
    "Is the support actually making any difference for Theo, or just for mum?",
    "Asked: if this were a neighbour's child, would we accept this?",
    "Would you be happy with those bedroom conditions for your own child?",
    "You told me mum is doing better. What have you seen yourself that tells you that?",
    "What did SW actually observe that shows she is feeding him?",
    "Not sure I agree with SW that the risk has reduced - it's the same pattern as last winter.",
    "I don't agree that closing now is safe; school haven't seen any change.",
    "I asked SW what evidence she has that dad has stopped drinking, other than his word.",
    "SW sees the bruise as rough play; I pointed out that a 7 month old doesn't play rough.",
    "Pushed back on closing - three months of quiet isn't the same as change.",
    "How do we know nan is coping? We've only got nan's word.",
    "me to sw - what makes you sure he's safe at dad's?",
    # shorthand: the verb after an arrow or a colon, its "I" dropped
    "sw has it down as 'attention seeking' -> asked her to hold that loosely, the self-harm started after the assault",
    "kinship carer 'managing fine' -> challenged that w/ SW: 3 missed GP appts since May",
    "I pushed: a safety plan that mum wrote on her own isn't a plan.",
    "Ty 12 - I asked: is the calm us, or the new school?",
    "what I want to know: who is collecting him on Fridays?",
    "me: what tells us it's the work and not the summer holidays?",
]

NOT_MET = [
    "SW asked mum about the rent arrears.",
    "Mum challenged the decision at conference.",
    "Dad asked when contact would start.",
    "Discussed plan with SW, agreed to continue.",
    "I asked SW to book the review.",
    "Challenging behaviour at school continues.",
    "Kai (9) finds maths a challenge.",
    "What time is the meeting?",
    "Where is the meeting being held?",
    "TM agreed with SW's plan.",
    "Mum says the plan is working.",
    "Is the plan on the system yet?",
    "-> asked her to book the room for the core group",
    "-> asked mum for her new number",
    "Theo (7) - I pushed the CAMHS referral through on Monday.",
]


@pytest.mark.parametrize("text", MEETS)
def test_the_work_tested_in_plain_words_is_challenge(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _challenge_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_news_questions_agreement_and_a_parents_challenge_are_not(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _challenge_box(text), text
