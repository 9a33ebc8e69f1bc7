"""Progress, second set: how managers weigh the plan over time in voices the first file
(test_quality_progress_forms.py) lacks, and what only looks like it.

Our own words again, not any labelled set's. Progress (LABELS.md) is the plan considered over
time: drift and delay named, and why; the plan's goals set against where the child is now; what
has and has not changed since the last look; a plan said not to be working; a timescale (PLO,
the CP review, the pathway plan, an assessment's days) met or slipping; "we are no further on";
before and after set against the plan; a step up or down reasoned from how long things have
(or have not) held. Look-alikes: status words ("progressing well", "continue plan", "review
due", "to go to panel"), a meeting only booked or held, a parent's attendance, events with
nothing weighed against the plan, drift only named, and the child's own before and after tied
to a service, which LABELS.md counts as impact on the child, not progress of the plan.
Each case is read three ways: free text, all in the first box, and typed in the Progress box.
"""

from __future__ import annotations

import pytest
from test_quality_progress_forms import (  # the same three readings
    _first_box,
    _free,
    _progress_box,
)

MEETS = [
    # drift and delay named, with where it comes from
    "The viability assessment of the aunt is six weeks late because it sat unallocated while the team was short.",
    "Drift here is ours: the ADM was asked for twice and never booked.",
    "Delay is coming from health - the paediatric report asked for in September still has not arrived, so the plan cannot move.",
    "Permanence has slipped because the sibling assessment was not started until month five.",
    "We let this drift while we waited for dad's solicitor to reply.",
    "The court timetable is slipping because the expert's report is four weeks late.",
    # the plan's goals set against where the child is now
    "Goal 1 was Ellie back in school full time by Easter; she is still on three hours a day.",
    "The plan's aim was regular contact with his dad; six months on, contact has happened twice.",
    "Of the four outcomes on the CIN plan the housing one is met and the other three have barely moved.",
    "Plan goal: no more missing episodes. Where we are: two this month, the same as at the start.",
    "We agreed at ICPC that dad would have finished the DAPP by now; he has not started it.",
    # what has changed since the last look, and what has not
    "Since we last met mum has engaged with CGL, but the home is no cleaner and the children are still late for school.",
    "What has changed since last supervision: dad has moved out. What hasn't: mum still lets him in at weekends.",
    "since last supv - housing sorted, school attendance not moved (still 74%)",
    "Things are no further forward than at the core group in October.",
    "We are no further on than we were in March.",
    "Honestly we are in the same position as in March: dad still drinking, mum still letting him back.",
    "Still where we were at the ICPC - not one action on the plan has been done.",
    # a plan that is not working
    "Five months of the same plan and the same call-outs: the plan isn't working and we need a different approach.",
    "We keep doing the same things on this plan and getting the same result.",
    "The CIN plan is not doing what it was meant to: Tia is still caring for her brothers most evenings.",
    "Q: Is the plan working? A: No - two more missing episodes since the last review and she still goes to the same flat.",
    # timescales met or slipping
    "PLO: week 12 of 16 and the parenting assessment report is not in, so the timetable will slip.",
    "His pathway plan should have been reviewed by his 16th birthday and it was not.",
    "Pre-proceedings started in January; at 18 weeks we are past the 16 we set ourselves and no nearer a decision.",
    "The pathway plan review is three months overdue.",
    "Assessment finished on day 52 of 45, late because mum cancelled three visits.",
    "The timetable we set at the last review has held: contact moved to overnight stays on the date set.",
    "Pathway plan review: of the six actions set in April, two are done and four have slipped.",
    # before and after, set against the plan
    "Before the plan: three police call-outs a month. Four months into it: one in total.",
    "At the start of the CP plan the worry was bruising; since then no marks have been seen at any visit.",
    "- attendance 52% pre-plan, now 89% at month 3",
    # a letter to the child
    "When we made your plan in May we said you would be living with your nan by the summer. "
    "That still hasn't happened and I am sorry it is taking so long.",
    # a step up or down reasoned from how long things have (not) held
    "Not ready to step down: the changes are only a month old.",
    "Dad has done everything asked of him for six months, so I think we can recommend the CP plan ends at the RCPC.",
    "Third CIN plan in two years for the same worries, which tells me the last two closed too soon.",
    "- CP 11 mths, no sustained change, consider PLO",
    "TM: plan drifting, no PEP for two terms, escalate to the virtual school head.",
    "Progress: mixed - housing done, dad's drinking worse than at the ICPC.",
    # a heading that takes the step or finds something is read with its words
    "Step down to EH agreed as the CIN goals are met: school every day since Easter.",
    "Same worries as at the last three reviews: missing, cannabis, older males.",
    # leaving care and unaccompanied young people: pathway plans, age assessments, move-on
    "The pathway plan hasn't been updated since May and he turns 18 in March, so it needs redoing now.",
    "Age assessment still outstanding after five months - the Home Office won't move his claim without it.",
    "His asylum claim has been pending for 14 months and nothing we have done has moved it on.",
    "Independence skills: cooking now most nights, budgeting still not there, so not ready to move on in January as planned.",
    "I have been YP's PA for a year and she is in much the same place as when I started: no college, no bank account.",
    "Move-on was planned for his 18th; three months on he is still in the semi-independent unit waiting for a flat.",
    "We agreed at the last review that he would be in college by September; he started in October, a month later than planned.",
    "- staying put agreed, reviewed at 3 months, working well for both",
    "We are past the point where the plan should have moved him to supported lodgings.",
    "This is the fourth review where we have said the same thing about his education.",
    "The trafficking risk is the same as when he arrived, and the plan hasn't touched it.",
]

# A decision on the plan's course (kept at its level, extended, ended, closed) is the plan
# weighed when its reason weighs change or its lack; the same decision for a reason of the day,
# or with no reason, is a decision (its own criterion), not progress.
COURSE_WEIGHED = [
    "Decision: close in March, because the attendance gains have lasted two terms.",
    "Decision: stay on CP - one good month is not enough.",
    "We've decided to keep the plan as it is because it's working for her.",
    "Decision: extend the CIN plan to the summer, as the drinking has only just stopped.",
    "Decision: keep him on the plan until his claim is decided, because nothing has settled yet.",
    "So we have decided your plan will stay a child in need plan for now, because things are getting better at home.",
]

COURSE_NOT_WEIGHED = [
    "Decision: stay on CIN because mum asked us to.",
    "Decision: close the case as mum has moved to Leeds.",
    "Decision: end the plan because the family have moved out of area.",
    "Decision: keep the case open until the assessment is signed off.",
    "Decision: remain on CP.",
    "Decision: step down to EH.",
    "CP plan to continue.",
]

NOT_MET = [
    # status words
    "Plan progressing well.",
    "Progressing as expected.",
    "Continue with plan.",
    "All actions on track.",
    "CP plan continues, review due in March.",
    "To go to panel for agreement.",
    "Case to remain open.",
    "IRO happy with the plan.",
    # drift, progress and timescales only named
    "Drift was discussed.",
    "Progress against plan considered.",
    "Timescales discussed with SW.",
    # a meeting only booked or held
    "Core group held on 3/12; all agencies attended.",
    "RCPC booked for 14 March.",
    "Strategy discussion held 12/1 with police and health.",
    "PLO meeting held 4/2, mum and her solicitor attended.",
    "Review of the plan to be held in the new year.",
    "Supervision last held on 3/10.",
    "The plan was agreed at the ICPC in June.",
    # a parent's attendance
    "Mum attended the core group and the conference.",
    "Mum came to the core group for the first time.",
    # events with nothing weighed against the plan
    "Police called out on 12/11 after an argument; dad arrested.",
    "Kai excluded for two days last week for fighting.",
    "Mum's tenancy starts on 1 March.",
    "New SW allocated in January.",
    "Open to the team since 2022.",
    "Dad's behaviour has escalated since he lost his job.",
    "Her self-harm has got worse since Christmas.",
    # the child's before and after tied to a service: impact on the child, not the plan weighed
    "Since moving to nan's, Kai sleeps through the night and has stopped wetting the bed.",
    "Her attendance is up from 70% to 92% since the taxi started.",
    "Jess told me she feels safer now dad has left.",
    # behind, late and slow in other senses
    "Mum was hiding behind the door when SW called.",
    "She is two years behind with her reading.",
    "Ryan (7) was late for school three times this week.",
    "The bus was delayed so the visit started late.",
    # a route to permanence chosen, a LADO strategy meeting, a review missed: no plan weighed
    "Decision: recommend an SGO to nan, because she is the one Kacey wants to live with.",
    "LADO strategy meeting 8/2: police not investigating, LADO to manage it as an allegation.",
    "She missed her pathway plan review on 10/10.",
    "TM to attend the strategy meeting with police on 12/1.",
    # leaving care look-alikes: a plan in place, a date in the diary
    "YP 17, UASC, pathway plan in place.",
    "Age assessment booked for 3 March.",
    "Staying Put agreed.",
    "He turns 18 in March and moves to the leaving care team.",
    "Transition to adult services discussed.",
]


@pytest.mark.parametrize("text", MEETS)
def test_progress_in_voices_the_first_file_lacks(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_progress_look_alikes_in_those_voices(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text


@pytest.mark.parametrize("text", COURSE_WEIGHED)
def test_a_course_chosen_for_a_reason_that_weighs_the_plan_is_progress(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", COURSE_NOT_WEIGHED)
def test_a_course_chosen_with_no_reason_or_a_reason_of_the_day_is_not(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _progress_box(text), text
