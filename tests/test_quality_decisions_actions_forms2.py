"""Decisions and actions reported rather than commanded, in our own words (second pass).

Written from LABELS.md before reading any set's misses. A supervision record often tells what
was decided or agreed in the past tense and in the "we" of manager and worker ("we've decided
not to ... because", "the manager's decision was", "it was agreed that Sam would ... by"), in a
question-and-answer log, or in a shorthand tail ("cp -> cin agreed, reason: ..."). A decision
counts only with its reason; an action only with an owner (a name, a role, "I", "we", "you",
"she'll" meaning the worker, or implied by a label) and a date in any form.

Look-alikes: options only discussed, a decision with no reason, one put off, a parent's, a
child's, a school's or the court's decision reported as news; an action with no owner or no
date, one already done or missed, a wish, an event on the calendar, "you" meaning the child in
a letter. Each case is checked as free text, all in the first box, and in the criterion's own
box (a decision's box with its Why left empty; an action's text box with its Who left empty).
"""

from __future__ import annotations

import pytest
from test_quality_actions_forms import _action_box
from test_quality_impact_forms import _first_box, _free  # the same readings, of another criterion

from supervision_tui.models import CaseDiscussion, KeyDecision
from supervision_tui.quality import assess


def _decision_box(text: str) -> bool:
    d = CaseDiscussion(decisions=[KeyDecision(decision=text, rationale="")])
    return assess(d).criteria["decisions"].met


DECISIONS_MEET = [
    # reported, past tense, "we", the reason after a cause word
    "Mo (7). We've decided not to apply for an interim order because the grandparents have moved in and there "
    "have been no new marks.",
    "Mo (7). The manager's decision was to keep him on a CP plan, given that dad's whereabouts are still unknown.",
    "Mo (7). My decision was that the case stays open: the school's latest referral describes him as hungry again.",
    "Mo (7). We decided together that contact should stay supervised, because mum arrived drunk twice in October.",
    "Mo (7). It was decided that the assessment would be extended by four weeks so that the psychologist's report "
    "can be included.",
    "Mo (7). The decision we came to was to step down to early help, as every goal on the plan has been met for "
    "three months.",
    "Mo (7). After weighing it up we agreed to stay at CIN, since mum has kept every appointment and the home is "
    "warm and stocked.",
    "Mo (7). We won't be seeking legal advice yet, given the progress of the last six weeks.",
    "Mo (7). I have approved a further month of respite as nan is still recovering from her operation.",
    "Mo (7). I decided we should hold an early review - the new partner has a history of violence that nobody "
    "had checked.",
    "Mo (7). Decided to end the parenting assessment early; dad has stopped coming and says he does not want to "
    "carry on.",
    "Mo (7). The team manager agreed to fund a tutor so that Mo can catch up before his SATs.",
    "Mo (7). We are not going to close this month: mum has only just started the course and we have not seen "
    "whether it changes anything.",
    "Mo (7). We agreed the step-down, the reason being that there have been no incidents since the summer.",
    "Mo (7). Following his second missing episode in a week, the decision was taken to refer him to the NRM.",
    "Mo (7). You and I agreed that Mo stays with his aunt for now, because moving him before his exams would set "
    "him back.",
    "Mo (7). Agreed with the SW: no PLO letter yet - dad has started the perpetrator programme and the police "
    "have had no calls.",
    # a label for the decision and for its reason, bullets
    "Mo (7). What was decided: Mo remains in the placement. Why: he is settled, in school every day and says he "
    "wants to stay.",
    "Mo (7). Our decision: no further action on the referral, as the bruise was seen by the GP and matches the "
    "fall.",
    "- decision: stay on CP\n- why: dad still in the home, no work done on the violence",
    "Mo (7). TM decision - s47 not needed as the mark is a birthmark the GP has seen since birth.",
    # questions and answers
    "TM: Are we closing?\nSW: No - we agreed to keep it open because the health visitor is still worried about his "
    "weight.",
    "3. What is the plan for school? Agreed he stays at St Mary's because he has friends there and a move would be "
    "his third this year.",
    "Q: Should contact increase? A: Not yet; we decided it stays fortnightly as Mo wets the bed after every visit.",
    # shorthand tails, arrows and abbreviations
    "Mo 7 - cp -> cin agreed, reason: no incidents since dad left in June",
    "mo 7: decision stay on cp bc dad is still visiting at night",
    "Mo (7). Step down to EH agreed - all 3 goals met and school happy to lead.",
    # letters to the child and notes to the supervisee
    "Dear Mo, we have decided that you will keep living with Auntie Jan, because you told us you feel safe there.",
    "Mo (7). You decided, and I agreed, to ask for a strategy discussion, because Mo has now told two adults the "
    "same thing.",
    # the reason first, the decision after
    "Mo (7). Mum has refused every visit since August, so we decided to go to legal gateway.",
    "Mo (7). Because nan is now too unwell to cope, the decision was made to look for a foster placement.",
]

# Forms behind the labelled sets' misses, in new words: a decision typed as a line's head with its
# reason after a dash; a reason that points back ("because of that", "for the reasons above");
# a ruling from now on; a referral not made, with a comma and its cause; "since" with a clause;
# a purpose after "to see"; a dash that says what the decision stops or protects; a plan kept.
DECISIONS_MEET += [
    "Mo (7). The shouting at home has stopped since dad moved out. Close to early help - the change has lasted "
    "four months.",
    "Mo (7). Since the tutor started he has not missed a day. We agreed to carry on with the tutor because of that.",
    "Mo (7). He is sleeping, eating and back at football. Decision: respite stays at one weekend a month, for the "
    "reasons above.",
    "Mo (7). From now on every missed visit goes to the TM the same day, because three weeks passed last time "
    "before anyone noticed.",
    "Mo (7). no speech therapy referral, the problem was his hearing and the grommets have sorted it.",
    "Mo (7). Agreed an earlier review, since one more missed appointment is a pattern.",
    "Mo (7). Decision: contact stays supervised for another month, to see it hold after the new baby arrives.",
    "Mo (7). Decision: nan keeps his tablet at night - protects his sleep and ends the late chats.",
    "Mo (7). Kept the taxi, as it is the only thing that gets him to school on time.",
]

# A plan said to stay, a ruling typed with an arrow, a step asked for today, a purpose after "so
# it's", a reason after a comma with its own verb (new words for forms the Q&A and shorthand
# material used).
DECISIONS_MEET += [
    "Mo (7). CP stays in place - the new partner has a caution for violence and nobody has assessed him.",
    "Mo (7). The plan stays at CIN for another six weeks, to see whether mum keeps the mornings going on her own.",
    "mo 7 - stays open till after christmas b/c that's when things fell apart last year",
    "Mo (7). Decision: move his contact to Saturday mornings so it's not straight after school.",
    "Mo (7). Keep the mentor to the summer, progress is recent and could slip.",
    "mo 7 - decision -> s47 b/c the second account matches the first",
    "Mo (7). Strategy discussion requested today because of the age gap and the gifts.",
]

# A plan's level said to stay, under a "So:" label or with its reason after a semicolon.
DECISIONS_MEET += [
    "Mo (7). Attendance is 95% but only since the mentor came.\nSo: CP stays to the spring review, to see whether it "
    "lasts once she goes.",
    "Mo (7). Manager's view: CIN stays open; dad is back in the house and nobody has assessed him.",
    # the ground before a colon that opens the decision; what has held, named without a verb
    "Mo (7). Six months on the plan and nothing different for him: escalating to legal gateway.",
    "Mo (7). Close to early help at the review on 3/4: four months of steady progress.",
]

DECISIONS_NOT_MET = [
    # options only discussed, or put off
    "Mo (7). We discussed three options: a move to nan's, more support at home or a foster placement.",
    "Mo (7). We talked through whether to apply to court; I will think about it over the weekend.",
    "Mo (7). The options are to step down, stay on CP or go to PLO. We will decide at the next supervision.",
    "Mo (7). I am leaning towards a step down but have not decided yet.",
    "Mo (7). No decision was reached today; we need the paediatric report first because the bruises are unclear.",
    "Mo (7). The decision about contact will be made once the assessment is back.",
    "Mo (7). Should we step down? I am not sure, because the school report is not in yet.",
    # a decision with no reason
    "Mo (7). We've decided to keep the case open.",
    "Mo (7). The manager's decision was to continue the plan.",
    "Mo (7). It was agreed the plan stays as it is.",
    "Mo 7 - cp -> cin agreed",
    # a parent's, a child's, an agency's or the court's decision reported as news
    "Mo (7). Mum has decided to move to Leeds because her sister lives there.",
    "Mo (7). Dad has decided not to go on the parenting course as he says he doesn't need it.",
    "Mo (7). The judge decided to adjourn the hearing as the expert's report was late.",
    "Mo (7). School have decided to exclude him for a day because he swore at a teacher.",
    "Mo (7). Mo decided he would rather not see his dad this month because he has football.",
    "Mo (7). The conference last month agreed a CP plan under emotional abuse.",
    "Mo (7). Mum and dad have agreed to separate, because the rows were getting worse.",
    "Mo (7). Police decided to take no further action as there was not enough evidence.",
    # a task, not a decision; a ruling or a kept plan with no reason; a head with a plan after it
    "Mo (7). Agreed: SW to visit weekly.",
    "Mo (7). From now on the SW visits on Tuesdays.",
    "Mo (7). no CAMHS referral.",
    "Mo (7). Kept it the same.",
    "Mo (7). Step down to CIN - review in March.",
    "Mo (7). We agreed to carry on because of that.",
    "Mo (7). We agreed to keep things as they are for now.",
    "Mo (7). Keep CIN, review is in June.",
    "Mo (7). Case stays open.",
    "mo 7 - decision -> s47",
    "Mo (7). Strat requested today.",
    # a plan's heading over what a parent agreed, a comma over a note of the meeting
    "Mo (7). Agreed plan: mum has agreed to go to the group weekly.",
    "Mo (7). We agreed to close, the case was discussed with the family.",
    "Mo (7). Agreed - mum has to attend the group weekly.",
    "Mo (7). Plan: escalating to a strategy meeting.",
    "Mo (7). Discussed: closing the case.",
    "Notes gathered from the school visit - Mo (7): plan to continue.",
    "Mo (7). We agreed the SW will ring the school on Monday.",
]


ACTIONS_MEET = [
    # reported agreements, past tense, in the "we" of manager and worker
    "Ava (8). We agreed Sam would see Ava alone at school before the CLA review.",
    "Ava (8). It was agreed that the SW would complete the updated assessment by 28 February.",
    "Ava (8). Between us we agreed the worker is to arrange a TAF meeting before the end of term.",
    "Ava (8). It was agreed that a strategy discussion would be convened by the SW within 24 hours.",
    "Ava (8). Sam agreed to update the chronology by the end of next week.",
    "Ava (8). Sam has agreed she will visit dad in prison before the review on 14 March.",
    "Ava (8). We agreed that I would write to the head of service by 10 January.",
    "Ava (8). Mum agreed she would take Ava to the dentist by the end of the month.",
    "Ava (8). Sam undertook to get the health assessment booked by 1 April.",
    "Ava (8). Sam was asked to write the pre-birth plan by 32 weeks.",
    "Ava (8). As agreed, the HV will weigh the baby every Monday.",
    "Ava (8). The plan we agreed is for the SW to visit weekly until the review in May.",
    # "she'll", "he'll": the worker named before
    "Supervision with Sam (SW). We went through the CAMHS letter. She'll send the referral back by Friday.",
    "Ava (8). Sam and I agreed that she'll talk to Ava on her own before the next visit.",
    "Ava (8). Sam said she'll ring the school tomorrow about the bus.",
    "Ava (8). Tom is covering this week; he'll ring the GP about the medication by Thursday.",
    # a name, a role, "I", "we", "you"
    "Ava (8). Sam will do an unannounced visit in the next two weeks.",
    "Ava (8). The FSW is going to start weekly routines work from Monday 3 March.",
    "Ava (8). The TM will raise the funding with the head of service at Tuesday's panel.",
    "Ava (8). Sam will ask the school for the attendance figures by 15.03.",
    "Ava (8). I'll speak to legal about the letter before the core group.",
    "Ava (8). We will review the safety plan with mum at the next home visit.",
    "Ava (8). You agreed to book the interpreter before the core group on 12 March.",
    "Ava (8). Sam is going to complete the direct work sessions over the next four weeks.",
    # labels, questions and answers, shorthand
    "Ava (8). Agreed: Sam to meet the YOT worker by 12th March.",
    "Ava (8). Sam's action: chase the hair strand results by Friday.",
    "Ava (8). Action for Sam - update the safety plan with mum and nan by 19 Feb.",
    "Ava (8). Agreed next steps: Sam - home visit with the HV before 20/2; me - legal advice by end of month.",
    "3. Who will chase the paediatrician? SW will, by Wednesday.",
    "Q: When will the sibling assessment be done? A: SW to finish it by 31/1.",
    "ava 8 - sw -> gp re meds by fri",
    "- TM to email HoS re funding, w/c 12/2",
    # a letter to the child
    "Dear Ava, Sam will come and see you at school before the summer holidays to talk about your new bedroom.",
]

# A task in the present tense led by its owner, an owner and a date as a sentence's tail, a name
# with the role in brackets leading a numbered task.
ACTIONS_MEET += [
    "Ava (8). SW revisits the school w/c 9/3.",
    "ava 8 - ring the GP about her inhaler - me by 20/6",
    "Ava (8).\nActions:\n1. Priya (SW) - written summary from the dentist by 2/4",
]

# An owner and a date as a line of their own after the task; a numbered list with a short name,
# an en dash and a task named as a noun ("written update"), the manager's own "sign off"; a
# present-tense task put to the supervisee ("You send ...").
ACTIONS_MEET += [
    "Ava (8). Decision: ask the school to take both girls at 8.15 so mum has one drop-off. TM by 4/6.",
    "Ava (8).\nActions:\n1. Al \u2013 written update from the GP by 20/11\n2. Me \u2013 sign off the plan by 15/11",
    "Ava (8). You send the TAF invitations by Thursday; I'll book the room.",
    "ava 8. school say ok. sw to ring dad next wk.",
    "Ava (8). TAF 12/3 - school to host",
]

ACTIONS_NOT_MET = [
    # an owner with no date, or a date with no owner
    "Ava (8). We agreed Sam would see Ava alone.",
    "Ava (8). It was agreed that a TAF meeting would be held before the end of term.",
    "Ava (8). The assessment should be finished by 20 February.",
    "Ava (8). Someone needs to chase CAMHS by Friday.",
    "Ava (8). We need to do something about the school transport soon.",
    # done, missed or put off
    "Ava (8). Sam saw Ava alone at school on 3 March.",
    "Ava (8). Sam rang the GP on Friday as we had agreed.",
    "Ava (8). Sam completed the chronology on 10 January.",
    "Ava (8). Sam agreed in January to book the FGC but it has not happened.",
    "Ava (8). Sam was going to visit on Tuesday but was off sick.",
    "Ava (8). Q: Has the referral gone? A: Yes, Sam sent it on 2 February.",
    "Ava (8). - sw visit done 3/2, ava seen alone",
    "Ava (8). Sam was asked by the school to come to the meeting on 3 March and went.",
    "Ava (8). - Core group set for 16/02/2026 - Health visitor to continue visits",
    # wishes, promises hoped for, what will simply happen
    "Ava (8). Sam would like to do some life story work with Ava before the summer.",
    "Ava (8). Mum told Sam she'll be off the methadone by the summer.",
    "Ava (8). We'll see how things go over the next month.",
    "Ava (8). She'll be eight on 4 March.",
    "Ava (8). The CLA review on 14 March will look at contact.",
    "Ava (8). The court will decide on 14 April.",
    "Ava (8). The review is due before the end of March.",
    "Dear Ava, you'll start your new school on 6 January.",
    # the next visit as the task, not its date; a line after a task that is the next meeting's date
    "Ava (8). Agreed: Sam to do the next visit with mum on her own.",
    "Ava (8). You send me your notes late every month.",
    "Ava (8). Sam signed off the plan on 15/11.",
    "Ava (8). Worker to reflect on this before the next supervision.",
    "Ava (8)\n- police to look into the car\n- next core group 3rd March",
]


@pytest.mark.parametrize("text", DECISIONS_MEET)
def test_reported_decisions_with_a_reason_are_met(text):
    assert _free(text, "decisions"), text
    assert _first_box(text, "decisions"), text
    assert _decision_box(text), text


@pytest.mark.parametrize("text", DECISIONS_NOT_MET)
def test_decision_look_alikes_are_not_met(text):
    assert not _free(text, "decisions"), text
    assert not _first_box(text, "decisions"), text


@pytest.mark.parametrize("text", ACTIONS_MEET)
def test_reported_actions_with_owner_and_date_are_met(text):
    assert _free(text, "actions"), text
    assert _first_box(text, "actions"), text
    assert _action_box(text), text


@pytest.mark.parametrize("text", ACTIONS_NOT_MET)
def test_action_look_alikes_are_not_met(text):
    assert not _free(text, "actions"), text
    assert not _first_box(text, "actions"), text
    assert not _action_box(text), text


def test_a_task_reported_with_would_is_read_whichever_box_the_agreement_is_in():
    # the app's boxes do not keep a note's order: "would" reports the task agreed in another box
    d = CaseDiscussion(
        reflection="We decided to keep the plan open because school still see bruises on Mondays.",
        impact="The worker would ring the school nurse by 3 May.",
    )
    assert assess(d).criteria["actions"].met


def test_a_habit_told_with_would_is_not_a_task_even_beside_an_agreement():
    d = CaseDiscussion(
        update="Dad would always collect him from school on Fridays.",
        reflection="We agreed the plan.",
    )
    assert not assess(d).criteria["actions"].met


def test_a_short_line_dated_first_keeps_its_date_in_a_box_of_its_own():
    # "core group 18/11 - SW to chair" dealt into a box alone: the date leads the line, the owner follows
    d = CaseDiscussion(lived_experience="TAF 12/3 - school to host", impact="RCPC in 3 months.")
    assert assess(d).criteria["actions"].met
