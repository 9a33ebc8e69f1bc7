"""Key decisions with their rationale, in the many ways a manager writes them (own words).

A decision made in supervision counts with its reason, whatever the grammar: a heading or none,
the reason before or after, in the next sentence or inside the decision's own words, "we'll",
"going to", a dash or a colon, a note typed without full stops. Not met: a decision with no
reason, a timing put as a reason, a task list, a decision someone else made (a parent's, or
reported from another meeting with no reason), a decision not yet taken, a question. Checked
as free text and with the same words in the first box (the app's path), which must agree.
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_text


def _met(text: str) -> bool:
    free = assess_text(text).criteria["decisions"].met
    boxed = assess(CaseDiscussion(update=text)).criteria["decisions"].met
    assert free is boxed, text
    return free


MET = [
    # marked decisions, the reason after a cause word
    "Leo (6). Decision: Leo stays on the CP plan because dad's drinking has not reduced.",
    "Leo (6). Agreed to step down to CIN given three months of clean home conditions and every visit kept.",
    "Leo (6). My decision is that the case stays open, since the school have seen new marks twice this month.",
    "Leo (6). Case will close at the end of the month as all the goals on the plan have been met.",
    "Leo (6). TM agreed no conference on the grounds that the school and nan share the safety plan and it has held.",
    "Leo (6). Approved the respite request on the basis that the carers are at breaking point.",
    "Leo (6). I've agreed the extra funding so the carers can keep the placement going over the summer.",
    "Leo (6). Refer to CAMHS as his self-harm has got worse since Easter.",
    "Leo (6). We will continue with the current plan because it is working: no police call-outs since June.",
    "Leo (6). Agreed the children remain with mum, given the safety plan is being followed and nan checks in daily.",
    "Leo (6). Recommend adoption as the plan; neither parent has shown change in the 26 weeks.",
    # "we'll", "going to", "to proceed with", first person, the reason after a dash or a colon
    "Leo (6). We'll hold off on the PLO letter - mum has started detox and the first two tests are clear.",
    "Leo (6). Going to ask for a legal planning meeting, as nothing we have tried in two years has stuck.",
    "Leo (6). To proceed with the s47 - Mia's account is detailed and matches the bruise.",
    "Leo (6). I'm not stepping it down yet because the new partner hasn't been checked.",
    "Leo (6). Won't be closing - too soon to say the changes will last.",
    "Leo (6). Keeping contact supervised for now: the last two sessions ended with dad shouting at Leo.",
    "Leo (6). Staying on CIN for another 3 months - attendance only 71% and mum still struggling with mornings.",
    "Leo (6). Remain at CIN level - mum is working with us and the kids are doing better at school.",
    "Leo (6). Keep CIN, swap the course for a 1:1 with dad - he won't do groups.",
    "Leo (6). Not closing: school still report him hungry most mornings.",
    "Leo (6). Stay CP to the review in Feb - we'd be stepping down on our weakest evidence.",
    "Leo (6). NFA because the injury matches the account from nursery and the GP.",
    "Leo (6). Step down agreed as the safety plan has held since September.",
    # a label for the reason
    "Leo (6). Plan: remain on CP; rationale: mum still lets dad back into the house.",
    "Leo (6). Escalate to PLO. Reason: the home is no cleaner after six months of CIN.",
    "Leo (6). Decision - PLO. Why? Nothing has changed for Leo in 18 months of CP.",
    "Leo (6). We have agreed to move contact to the family centre, the reason being that park visits kept ending early.",
    "leo 6 cin - decision to end the plan, why: 3 clear hair strand tests and attendance 96%",
    "- stay on CP\n- rationale - dad back in the home, no work done on the DA",
    # the reason first
    "Leo (6). Given the bruising pattern, strategy discussion today.",
    "Leo (6). With nan now unable to care for them, decision: foster placement for both boys.",
    "Leo (6). Dad's drinking is unchanged and he still drives with the children, so we agreed to go to legal gateway.",
    "Leo (6). Because mum is in hospital and cannot take part, we have paused the family group conference.",
    # the reason in the next sentence
    "Leo (6). The decision was made to remain on a CP plan. This was because no change has been seen in mum's drinking.",
    "Leo (6). Decided: CIN not CP. Mum's engagement is real - she has gone to every appointment since October.",
    "Leo (6). We decided against a move of placement. The reason: he has settled at school for the first time in years.",
    # other verbs of deciding and stepping
    "Leo (6). Concluded a strategy meeting is needed given the third missing episode this month.",
    "Leo (6). Outcome: no further action - the allegation was withdrawn and the CCTV showed nothing.",
    "Leo (6). ICPC not needed: the bruise is explained and both parents are protective.",
    "Leo (6). Manager decision: continue the parenting assessment; dad has only just moved back and we need to see how he copes.",
    "Leo (6). Legal advice to be sought because the family keep moving between areas and Leo drops off every register.",
    "Leo (6). Agreed: Leo to stay with the foster carers over Christmas, as his mum is still in rehab.",
    "Leo (6). Threshold for s47 not met so we'll manage this under CIN.",
    "Leo (6). I said two missing episodes in three weeks means a strategy meeting, and that's where we are.",
    # forms new authors used, in other words: a reason in brackets, after a dash with its own verb,
    # after a comma as "it's ...", or as what happens otherwise
    "Leo (6). Decision: restart the nursery place (it is his entitlement; a move should not cost him it).",
    "Leo (6). Escalate the housing case to the head of service - five months in one room breaks our own limit.",
    "Leo (6). Decision: refer to the autism pathway now rather than wait - home and school describe the same boy "
    "and the list is 40 weeks long.",
    "Leo (6). Decision: keep the Tuesday taxi in the plan, it's the part that has worked.",
    "Leo (6). Decision: he gets his own young carer's assessment, or his needs get lost in his mum's.",
    "Leo (6). Decision: no step-down yet - ten months of no change plus a new police report.",
    "Leo (6). Decision: end the s47 - medical evidence clear.",
    "Leo (6). Decision, we're keeping the same worker on the return interviews, because she is the one adult he talks to.",
    # orders that change the plan, and a plan said to change, stop or move
    "Leo (6). Switch the return interviews to his boxing coach as he's the only adult he trusts.",
    "Leo (6). The assessment should proceed to panel in May, as all the checks are back and clear.",
    "Leo (6) - connected carer assessment to stop, as the aunt has withdrawn her application.",
    "Leo (6). Dad has moved to Wales, so the case transfers to the area team there.",
    "Leo (6). The carers have asked to keep him long term, so this will go to fostering panel in spring.",
    "Leo (6). We've decided visits will drop to monthly, so you don't have to miss football.",
    "Leo (6). I've asked SW not to give a view on dad moving back until she has the police checks, because the last two "
    "call-outs came after he finished the course.",
    # a purpose as the reason, a step typed short, a label mid-line, a pointer back to the reason
    "Leo (6). Stay on CP three more months, not step down, to see if the change holds.",
    "Leo (6). Extend the PLO by 6 weeks rather than end it, to get dad through the gap in his keyworker.",
    "strat 4/2 - s.47 agreed because a second bruise in a month and the accounts differ",
    "Leo 6 CIN. he goes to school every day now. decision: end CIN in March, bc the change has held for five months",
    "Leo (6). Think the overnight stays are unsettling him, not the school move. Agreed to pause them until the review for "
    "that reason.",
    "Leo (6). All three goals met: the tenancy, the GP, the nursery place. Step down to early help agreed on that basis.",
    "DECISIONS\n1. Do not issue: care has improved for 12 weeks; issuing now would be out of proportion.",
]


NOT_MET = [
    # a decision with no reason
    "Leo (6). Decision: stay on CP.",
    "Leo (6). Agreed to continue the plan.",
    "Leo (6). We'll keep the case open.",
    "Leo (6). Going to step down at the next review.",
    "Leo (6). NFA.",
    # "plan continues" and timings put as reasons
    "Leo (6). Plan continues, review in 3 months.",
    "Leo (6). Because of the holidays, the review has been moved to 10 January.",
    "Leo (6). Due to sickness, core group rescheduled to next week.",
    "Leo (6). The review was brought forward because of half term.",
    # filler reasons
    "Leo (6). Decision: remain on CIN. Rationale: as discussed.",
    "Leo (6). Decision: as per plan.",
    "Leo (6). Case discussed and plan agreed.",
    # a task list
    "Leo (6). SW to visit by 12/3; TM to chase school; mum to attend GP.",
    "Leo (6). Actions: SW to complete the assessment by Friday; SW to update the chronology.",
    # someone else's decision, or one reported from another meeting without reasons
    "Leo (6). Conference on 3/11 decided CP under neglect.",
    "Leo (6). At the review the chair decided the plan continues.",
    "Leo (6). He wants to stay with his nan because she lets him play out.",
    "Leo (6). He said he would rather stay at school because his friends are there.",
    "Leo (6). He stayed at nan's on Saturday as mum was at work.",
    # not decided, a question, a talk about a decision
    "Leo (6). Decision deferred until the parenting assessment is back because we need the results.",
    "Leo (6). No decision made today as SW was off.",
    "Leo (6). Not yet decided whether to step down; we need the school's view.",
    "Leo (6). We talked about whether to go to legal gateway.",
    "Leo (6). Should we close? Mum thinks so because things are calmer.",
    "Leo (6). Decision to be made at the next supervision when the school report is in.",
    "Leo (6). Discussed whether a strategy meeting is needed as the bruise was on his ear.",
    # a view or a fact agreed between manager and worker, not a step
    "Leo (6). We agreed that the school's worry may be about his mum, not about him.",
    "Leo (6). SW agreed she had let it drift over the summer.",
    "Leo (6). We agreed that if mum goes back to nights the plan has nothing to keep him safe.",
    # an earlier decision recalled, then drift: no reason for today's decision
    "Leo (6). Contact was agreed at the review in May - it still hasn't started.",
    "Leo (6). I asked why we agreed in March to prioritise the assessment - she said the booking fell through twice.",
    "Leo (6). The strategy meeting went ahead and it was agreed everything carries on as it is.",
    # states, wishes, tasks and timings near decision words
    "Leo (6). He remains at risk of falls because his chair is broken.",
    "Leo (6). Protective: close to his nan, talks to his coach.",
    "Leo (6). SW wants to recommend a step down at the review because things are calmer.",
    "Leo (6). I've told SW to bring a recommendation to the next review: step up to CP or close.",
    "Dear Leo, we agreed that you will: ring the nurse; go to the dentist; come to the short breaks group by 3 March.",
    "Leo (6). I have asked SW to keep going with the plan and to tell me if anything changes.",
    "Leo (6). Decision: keep the CP plan. Your review is in June.",
    # an order under an Actions heading is a task, whatever reason it carries
    "Leo (6).\nAction: Refer to the family group conference as the family want it. Owner: SW.",
    # a decision, then the next piece of news: not its reason
    "Leo (6).\nDecision: refer to LADO\nThe assessment is out of timescale; extension authorised by TM.",
    "Leo (6).\nDecision: explore special guardianship with nan\nThe IRO has raised a dispute about drift.",
    "Leo (6). We decided against a move of placement. He has a dentist's appointment on Friday.",
]


@pytest.mark.parametrize("text", MET)
def test_a_decision_with_its_reason_is_met(text):
    assert _met(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_a_look_alike_is_not_met(text):
    assert not _met(text), text
