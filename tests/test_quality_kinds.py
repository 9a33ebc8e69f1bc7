"""Kinds of error that new authors' notes showed, fixed in general terms, in our own words.

Each kind: sentences that must meet the criterion, look-alikes that must not, and a negation or
an unconfirmed version that must not either. Checked as free text and with the same words in
the first box (the app's path), which must agree.
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_text


def _both(text: str, criterion: str) -> bool:
    free = assess_text(text).criteria[criterion].met
    boxed = assess(CaseDiscussion(update=text)).criteria[criterion].met
    assert free is boxed, text
    return free


KINDS = [
    # an action's date set off by a dash, or its owner given with a name in brackets
    ("Actions: SW to ring the school - by 3/4/2026.", "actions", True),
    ("Mum agreed to the group. FSW (Priya) to book her a place by 12/05/2026.", "actions", True),
    ("Next steps: FW (Tom) to see both boys at home before the review on 14/06.", "actions", True),
    ("Actions: SW to ring the school - mum agrees.", "actions", False),
    ("FSW (Priya) to book the group - date TBC.", "actions", False),
    ("FW (Lisa) to hold the TAF meeting.", "actions", False),
    # the child's present set against how things were before, told by whoever saw it
    ("Maya (9). Her teacher says she reads aloud in class now, which she would not do at the start of the year.",
     "child_impact", True),
    ("Maya (9). In her first weeks she hid food under the bed. Carers now say she eats at the table with them.",
     "child_impact", True),
    ("Yonas (15). In his first weeks he slept in his clothes. Carers now say he cooks for them on Sundays, which he "
     "says smells like his mother's kitchen.", "child_impact", True),
    ("Maya (9). She reads aloud in class now.", "child_impact", False),
    ("Maya (9). At first mum missed visits. Mum now keeps every appointment.", "child_impact", False),
    ("Maya (9). Mum has now done 8 of the 10 sessions and the facilitator says she engages well, which she never did "
     "before.", "child_impact", False),
    # the work's difference said to be the child's, whoever did the work
    ("Maya (9). The family worker's sessions with mum have made a real difference for Maya: she gets to school on "
     "time now.", "child_impact", True),
    # (rubric 2026.12-9: a difference claimed with nothing of the child's told beside it is only named)
    ("Maya (9). The family worker's sessions with mum have made a real difference for Maya.", "child_impact", False),
    ("Maya (9). The family worker's sessions have made a real difference to mum.", "child_impact", False),
    # a change dated from a piece of the work, in words of a child's day
    ("Maya (9). Since the family worker introduced a sticker chart, mum reports meltdowns have gone from nightly to "
     "twice a week.", "child_impact", True),
    ("Maya (9). Since the family worker introduced a sticker chart, mum reports the rows have gone from nightly to "
     "twice a week.", "child_impact", False),
    # a view in a hasty note with its "I" left out, or given as a label
    ("Sam (8) CIN - seen at school - think the change is nan moving in, she gets him up now.", "reflection", True),
    ("Sam (8) CIN - seen at school - nan moving in next week, she will get him up.", "reflection", False),
    ("Sam (8). My read: he behaves at school because it is the one place with rules he can predict.", "reflection",
     True),
    ("Sam (8). SW read the school logs for the month.", "reflection", False),
    # evidence weighed: one account against another, facts that fit a reading, a known pattern
    ("Sam (8). TM view Sam's account more believable than mum's - it fits what the nurse saw.", "reflection", True),
    ("Sam (8). The nurse's notes fit the dates mum gave.", "reflection", False),
    ("Sam (8). Older boys, cash and a new phone: this is an exploitation pattern.", "reflection", True),
    ("Sam (8). Losing his dog so young is telling us something about why he hoards food.", "reflection", True),
    ("Sam (8). The plan counts how often mum attends, not whether Sam is fed.", "reflection", True),
    # a reading set against another at more length, a judgement as a label, what struck the manager
    ("Mo (3). Mum's engagement is a strength to build on inside PLO, not a reason to wait.", "reflection", True),
    ("Mo (3). My judgement: safer than at conference but not safe - mum's belief is the gap.", "reflection", True),
    ("Mo (3). What strikes me is that the change lines up with Dan starting.", "reflection", True),
    ("Mo (3). I don't read that as contact harming her in itself.", "reflection", True),
    ("Mo (3). Think we're being too optimistic about dad.", "reflection", True),
    ("Mo (3). I read the file on Monday.", "reflection", False),
    ("Mo (3). Mum's engagement is good and she attends every single session, not late once.", "reflection", False),
    # a child's reason or wish to stay is not a decision, so a hypothesis about it is not hidden
    ("Ava (15). Being a big sister seems to have given her a reason to stay in school.", "reflection", True),
    ("Ava (15). She wants to stay with nan.", "decisions", False),
    # the manager's doubt or disagreement in plain words, without "challenge"
    ("Jo (6). SW scaled safety at 6. I'd put it at 3: nobody has seen Jo on a weekend.", "challenge", True),
    ("Jo (6). SW scaled safety at 6. I'd put it at 6 too.", "challenge", False),
    ("Jo (6). Sam scaled safety at 6/10, I would put it at 5.", "challenge", False),  # a number alone only scales
    ("Jo (6). I'm not sure we should step down while dad is still visiting.", "challenge", True),
    ("Jo (6). I'm not sure when the review is.", "challenge", False),
    ("Jo (6). I'm not persuaded the calm at home is real.", "challenge", True),
    ("Jo (6). SW is persuaded the change is real.", "challenge", False),
    ("Jo (6). I don't accept the worker's view that this is ordinary teenage behaviour.", "challenge", True),
    ("Jo (6). Mum doesn't accept the plan.", "challenge", False),
    # the manager's record with its subject dropped
    ("Jo (6). Tested that with SW: mum's word is all we have.", "challenge", True),
    ("Jo (6). Questioned by police about the incident, dad denied it.", "challenge", False),
    # drift named by counting the reviews, or asking why a step is still not taken
    ("Jo (6). This is the fourth core group with the same actions on it.", "challenge", True),
    ("Jo (6). The fourth core group went well.", "challenge", False),
    ("Jo (6). TM qs why no parenting assessment yet - it was agreed in March.", "challenge", True),
    # a worry under its heading told as who could reach the child, not in the usual harm words
    ("Ava (9). Risk: dad still has a key, so he can come and go when Ava is home.", "risk", True),
    ("Ava (9). Risk: the man she met online knows which school she goes to.", "risk", True),
    ("Ava (9). Worries: a toddler in the flat with no adult watching him.", "risk", True),
    ("Ava (9). Risk: nobody with parental responsibility can consent to her surgery.", "risk", True),
    ("Ava (9). Risk: to be reviewed at core group.", "risk", False),
    ("Ava (9). Dad found out about the review date from school.", "risk", False),
    ("Ava (9). Nobody with a car could take her to the party.", "risk", False),
    # a worry or a level of risk stated in few words, or the adult who is missing
    ("Jo (5). Risk same as at ICPC in my view, not lower.", "risk", True),
    ("Jo (5). The risk now is relapse, when his ban ends and he drives the girls again.", "risk", True),
    ("Jo (5). Holly's shame is the biggest risk right now.", "risk", True),
    ("Jo (5). Worry is escalation to more lethal methods.", "risk", True),
    ("Jo (5). Some of the older lads she meets there worry us.", "risk", True),
    ("Jo (5). If mum becomes unwell on a Tuesday there is no other adult in the house.", "risk", True),
    ("Jo (5). Risk is low.", "risk", False),
    ("Jo (5). Risk discussed.", "risk", False),
    ("Jo (5). There is no other way to get to school.", "risk", False),
    # a threat of harm, not a threat to leave
    ("Leon (19). His ex-partner threatened him at the door and police attended.", "risk", True),
    ("Leon (19). He threatened to leave the flat if the heating was not fixed.", "risk", False),
    # the plan over time: ending weighed, the plan itself looked at, a timetable judged, a step left waiting
    ("Kai (7). Decision: stay on CIN, not close yet - dad only left in March and school still see bruises.", "progress",
     True),
    ("Kai (7). We are not ready to close at the March review: six weeks of calm is not long enough.", "progress", True),
    ("Kai (7). Keep the mentor on for another term rather than ending in April, as the gains are new.", "progress", True),
    ("Kai (7). CIN review 4/5: the new bed and the bus pass are the tests of whether this plan is working.", "progress",
     True),
    ("Kai (7). The plan was written around the exclusion and needs rewriting around his safety outside school.",
     "progress", True),
    ("Kai (7). The 26-week timetable is tight but achievable if the assessment starts now.", "progress", True),
    ("Kai (7). The FGC referral has been on the action list since January.", "progress", True),
    ("Kai (7). Mum wants to close her Facebook account.", "progress", False),
    ("Kai (7). The school will close early on Friday.", "progress", False),
    ("Kai (7). He needs changing twice a night.", "progress", False),
    ("Kai (7). Kai asked whether the plan is for him to stay.", "progress", False),
    # a danger foreseen is risk, not a hypothesis about why
    ("Ava (3). If dad comes back, Ava could be left alone with him at night.", "reflection", False),
    ("Ava (3). If dad comes back, Ava could be left alone with him at night.", "risk", True),
    ("Ava (3). If mum relapses the children might be exposed to her using in the flat.", "reflection", False),
    ("Ava (3). Her silence may be a way of keeping mum safe.", "reflection", True),
    # a task done with the child, or a return to a person, is not a change in the child
    ("Ali (9). The mentoring has really helped him - no fights at school since half term.", "child_impact", True),
    ("Ali (9). The mentoring has really helped him.", "child_impact", False),  # (only named: rubric 2026.12-9)
    ("Ali (9). The PA has helped him set up a repayment plan with the landlord.", "child_impact", False),
    ("Ali (9). He has gone back to school full time since the move.", "child_impact", True),
    ("Ali (9). She has gone back to him after every incident.", "child_impact", False),
    # a hasty note's opening names the child ("Dis Kayden 9 CIN"), so what he does is the child's
    ("Dis Kayden 9 CIN disab. SW vis 28/1 Kayden in his room rocking, flapping when dog barked.", "lived_experience",
     True),
    ("Dis Kayden 9 CIN disab. SW vis 28/1 mum exhausted, says she is not sleeping.", "lived_experience", False),
    # a decision inside a note typed without full stops, its reason after "as" or after the next dash
    ("jo 9 CIN - seen at school - decision stay on CIN as dad still drinks daily - sw to visit by 3/3", "decisions", True),
    ("jo 9 CIN - seen at school - decision: keep on CIN til review as only 6 wks of change so far", "decisions", True),
    ("jo 9 CIN - seen at school - not closing, sw to see jo alone first - mum has refused help twice and no other adult "
     "is at home", "decisions", True),
    ("tom 15 CiC - found with older males twice - decision NRM referral as police have evidence he holds drugs for them",
     "decisions", True),
    ("jo 9 CIN - seen at school - decision pending panel - sw to visit by 3/3", "decisions", False),
    ("jo 9 CIN - seen at school - not closing, sw to see jo alone first - review at core group", "decisions", False),
    # a bullet pasted mid-line ("... CIN. - Decision: ...") still opens a headed sentence
    ("Ethan (14), CIN. - Decision: ask transport for a taxi, because the bus journey upsets him every morning.", "decisions",
     True),
    ("Ethan (14), CIN. - Risk: dad still has a key, so he can come and go when Ethan is home.", "risk", True),
    ("Ethan (14), CIN. - Decision: ask transport for a taxi.", "decisions", False),
    # lines without full stops run together in one box: a section label mid-sentence still heads what follows
    ("Child: Mia, 6 Risk: dad still has a key, so he can come and go when Mia is there.", "risk", True),
    ("Child: Mia, 6 Risk: discussed.", "risk", False),
    # a name typed without its capital in a hasty opening ("tia 13 CIN") is the child's
    ("tia 13 CIN - missing x2 since nov - tia hid in the toilets at school when her mum came", "lived_experience", True),
    ("visit 2 wks cin - mum hid the letters from school", "lived_experience", False),
    # a step already held, or the plan kept with its next meeting in the diary, is not progress
    ("Kai (7). Strategy discussion held 12/2 after Kai told his teacher about the belt and asked not to go home.",
     "progress", False),
    ("Kai (7). Strategy discussion to be held this week - three disclosures in a month.", "progress", True),
    ("Kai (7). Decision: placement to continue; LAC review 14/11.", "progress", False),
    ("Kai (7). CP plan to continue, RCPC 19/11.", "progress", False),
    ("Kai (7). Decision: request an ICPC because the bruising is repeated.", "progress", True),
    # the child doing more of something, or things got worse or better for the child
    ("Aaron (7). Staff say he is laughing and vocalising more.", "child_impact", True),
    ("Aaron (7). Mum is drinking more.", "child_impact", False),
    ("Aaron (7). His weekends at home have got worse.", "child_impact", True),
    ("Aaron (7). Mum says things have got worse with her landlord.", "child_impact", False),
    # a measure that moved: "moved up two bands", "now on the 50th centile"
    ("Poppy (8). Poppy's reading has moved up two bands.", "child_impact", True),
    ("Ruby (1). HV says Ruby's now on the 50th centile, from the 9th at birth.", "child_impact", True),
    ("Ruby (1). Mum has moved up the housing list.", "child_impact", False),
    ("Ruby (1). Mum is now on the 3rd floor.", "child_impact", False),
    # a worker named as the young person's PA owns the task, the young person is not the worker
    # a decision's reasons listed after a dash, or given by what the facts meet or fit
    ("Decision: ask for a legal planning meeting - two reviews, nothing different for Kai, and dad still refuses to "
     "engage.", "decisions", True),
    ("Decision: keep the CP plan - the police log + the nursery's notes fit what Kai told us.", "decisions", True),
    ("Decision: hold a strategy discussion - four missed nights this month meet the threshold.", "decisions", True),
    ("Decision: keep the CP plan - review at core group, SW to update school.", "decisions", False),
    ("Decision: hold a strategy discussion - SW to arrange, police to attend.", "decisions", False),
    ("Decision: hold a strategy discussion - next week, in person.", "decisions", False),
    ("Decision: extend the CIN plan as agreed at the last review.", "decisions", False),
    ("Leon is 18 and his PA is Tomasz. Tomasz has helped him with his rent. Tomasz to find him a new flat by 30/04/2026.",
     "actions", True),
    ("Leon is 18 and his PA is Tomasz. Tomasz has helped him with his rent. Tomasz is worried the flat is damp.",
     "actions", False),
    # rubric 2026.12-4 (the eighteenth and nineteenth authors' kinds)
    # "stuck" as the verb to stick, or to stay loyal, is not drift
    ("Ellie (6). The plan has been stuck since June and nobody has rung dad.", "progress", True),
    ("Ellie (6). She has stuck her swimming badges on the fridge.", "progress", False),
    ("Ellie (6). Her nan has stuck with her through every move.", "progress", False),
    # a plan left as it was for months, its outcomes met, or work that is behind its time
    ("Ellie (6). Her PEP has not been revised since she started in Year 1.", "progress", True),
    ("Ellie (6). Her PEP has been revised.", "progress", False),
    ("Ellie (6). Mum's phone number has not been updated since she moved.", "progress", False),
    ("Ellie (6). The CIN plan is five months in; two of its three outcomes are met.", "progress", True),
    ("Ellie (6). The outcomes are written in the plan.", "progress", False),
    ("Ellie (6). We have fallen behind: the wishes-and-feelings work should have started in May.", "progress", True),
    ("Ellie (6). She is behind with her reading.", "progress", False),
    ("Ellie (6). Mum says she should have started swimming lessons years ago.", "progress", False),
    # a plan's status with a date to review it, or a review named as a time, is not progress
    ("Plan: CP continues, review in 6 weeks.", "progress", False),
    ("Ellie (6). Plan: CP continues, but we will review whether it is working in 6 weeks.", "progress", True),
    ("Dear Ellie, Sam will come and see you before your review on 3 June.", "progress", False),
    ("Dear Ellie, at your review Sam will ask whether the plan is working for you.", "progress", True),
    ("Ellie (6). The ICPC was 5 weeks ago; core group next week.", "progress", False),
    ("Ellie (6). The ICPC was 5 weeks ago and nothing has moved since.", "progress", True),
    # a decision's reason typed in haste, its verb a participle or left out
    ("Decision: CP plan stays as conference in May judged dad's drinking unchanged.", "decisions", True),
    ("Case direction: no strategy meeting as scratch on arm explained by a fall seen by nursery.", "decisions", True),
    ("Decision: exploitation referral as clear signs of grooming (gifts, lifts, older men).", "decisions", True),
    ("Decision: CP plan stays as previously agreed.", "decisions", False),
    ("Decision: Gran to be assessed as kinship carer.", "decisions", False),
    ("No decision made as SW was off sick.", "decisions", False),
    # a step decided in the passive, with its reason
    ("Threshold met - strategy meeting to be convened today as Kai's injuries unexplained.", "decisions", True),
    ("Kai (4). S47 not required as the bruise is explained by a fall his teacher saw.", "decisions", True),
    ("Kai (4). Strategy meeting to be convened.", "decisions", False),
    ("Kai (4). S47 not required.", "decisions", False),
    # a habit told ("he stays at his gran's on Fridays") is not a decision, so the view in its
    # sentence still counts as reflection
    ("Noah (12). He stays at his gran's on Fridays.", "decisions", False),
    ("Noah (12). Decision: Noah stays at his gran's for now because mum is in hospital.", "decisions", True),
    # a view said as reflected on, what a child's gains rest on, a change explained
    ("Noah (12). Priya and I reflected that his temper eases when he knows the week's plan.", "reflection", True),
    ("Noah (12). Priya and I reflected on the visit.", "reflection", False),
    ("Noah (12). His progress at school depends on the teaching assistant staying with him.", "reflection", True),
    ("Noah (12). The date of the meeting depends on the court.", "reflection", False),
    ("Noah (12). He stays at his gran's on Fridays, and he is calmer because the shouting at home has stopped.",
     "reflection", True),
    ("Noah (12). Mum was later because the bus did not come.", "reflection", False),
    # the child's present set against the past: "which never happened before", "a year ago ..."
    ("Mia (2). Mia has put on weight every month and every health check has been kept, which never happened "
     "with her brother.", "child_impact", True),
    ("Mia (2). The health visitor's check never happened.", "child_impact", False),
    ("Leo (5). A year ago Leo would not speak at nursery. Nursery now say he answers the register.",
     "child_impact", True),
    ("Leo (5). A year ago Leo would not speak at nursery. Nursery now say mum is on time.", "child_impact", False),
    ("Leo (5). A year ago Leo moved in with his nan.", "child_impact", False),
    # the child's own episodes counted from a date; a service's record is not the child's change
    ("Kian (15). No missing episodes since 04/02 (before that, two a month).", "child_impact", True),
    ("Kian (15). Police: no callouts since March.", "child_impact", False),
    # a weak cue in someone's quoted words is theirs, not a change told of the child
    ("Kian (15). At school Kian said 'I worry dad will hit mum again'.", "child_impact", False),
    ("Kian (15). School say Kian is wetting the bed again.", "child_impact", True),
    # rubric 2026.12-5 (the twentieth and twenty-first authors' kinds)
    # a change in the child dated from a step of the work, in a "since" clause opening the sentence
    ("Priya (12). Since the speech therapist began coming to class, Priya has put her hand up most days.",
     "child_impact", True),
    ("Priya (12). Since the school changed her taxi, she has not missed a morning.", "child_impact", True),
    ("Priya (12). Since her key worker began taking her to judo, her foster carer says she sleeps without the light on.",
     "child_impact", True),
    ("Priya (12). Since the youth club reopened he came to see us", "child_impact", False),
    ("Priya (12). Since the bereavement in October, she has been wetting the bed.", "child_impact", False),
    ("Priya (12). Since Easter, she has been much quieter at tea.", "child_impact", False),
    ("Priya (12). Since the referral, her dad has gone to every group.", "child_impact", False),
    ("Priya (12). Since the therapist began seeing her, she has not been seen at school.", "child_impact", False),
    ("Priya (12). Since the therapist began seeing her, how she is at home is not known.", "child_impact", False),
    # a problem of the child's counted down, or over a recent span, or this term against last
    ("Priya (12). Her panic attacks have reduced from most days to one a fortnight.", "child_impact", True),
    ("Priya (12). Her stepdad's drinking has reduced from most days to weekends.", "child_impact", False),
    ("Priya (12). School: no more angry outbursts in the past month.", "child_impact", True),
    ("Priya (12). School: no more referrals made in the past month.", "child_impact", False),
    ("Priya (12). Her head of year says she's come on a lot since the spring.", "child_impact", True),
    ("Priya (12). She ran away four times last term. This term she has run away once.", "child_impact", True),
    ("Priya (12). Last term her dad missed contact. This term he has come every week.", "child_impact", False),
    ("Priya (12). She ran away four times last term. This term she was not seen at all.", "child_impact", False),
    # the child's gain put down to the work: "X has been the right call: <gain>", "that's X paying off"
    ("Priya (12). The kinship move has been the right call: she sat all her exams and joined the choir.",
     "child_impact", True),
    ("Priya (12). She sat all her exams this summer. That's the tutor's patience paying off.", "child_impact", True),
    ("Priya (12). Her stepdad says he is paying off the rent arrears.", "child_impact", False),
    ("Priya (12). The kinship move has been discussed with the family.", "child_impact", False),
    # stopped by someone else is not a change in the child
    ("Priya (12). She was stopped by transport police at the station.", "child_impact", False),
    ("Priya (12). She has stopped going to the station at night.", "child_impact", True),
    # a decision's reason after "as" with no verb, a participle or a plain present one, and a
    # step agreed in the passive
    ("Decision: child protection enquiry as grounds to believe he is at risk of harm.", "decisions", True),
    ("Section 47 approved as threshold for a conference met.", "decisions", True),
    ("Decision: no conference as the school nurse's notes support mum's account.", "decisions", True),
    ("Decision: close to social care as both carers attending the parenting group.", "decisions", True),
    ("Decision: stay on CIN as stepdad out of the home since the arrest.", "decisions", True),
    ("Decision: child protection enquiry as agreed at the meeting.", "decisions", False),
    ("Decision: close to social care as part of the winding down.", "decisions", False),
    ("Section 47 approved.", "decisions", False),
    ("No decision as grounds still being gathered.", "decisions", False),
    # the worries listed under a label the writer typed for them name the risk; a label over
    # nothing named does not
    ("Tariq (7). Dangers: the open balcony, a stepbrother of 17 who minds him after school.", "risk", True),
    ("Tariq (7). Worries: he is out on the estate until dark and nobody checks where.", "risk", True),
    ("Tariq (7). The main worries are his stepbrother's temper and the open balcony.", "risk", True),
    ("Tariq (7). Update: the open balcony, a stepbrother of 17 who minds him after school.", "risk", False),
    ("Tariq (7). Worries: talked through with the social worker today.", "risk", False),
    ("Tariq (7). Risks: none known at this time.", "risk", False),
    ("Tariq (7). Concerns: no child protection concerns this month.", "risk", False),
    # the plan looked at, with what was found or changed; a review only named finds nothing
    ("Amir (10). CP plan reviewed: three of the five targets met, school ones still behind.", "progress", True),
    ("Amir (10). The plan's end date has been reviewed and pushed on by six weeks, extended with the chair's agreement.",
     "progress", True),
    ("Amir (10). CIN review brought forward to next week as the school have raised new worries.", "progress", True),
    ("Amir (10). Assessment, day 20 of 45 - on track.", "progress", True),
    ("Amir (10) is in assessment (day 20 of 45).", "progress", False),
    ("Amir (10). CP plan reviewed.", "progress", False),
    ("Amir (10). CP plan reviewed at core group with mum and school.", "progress", False),
    ("Amir (10). Pathway plan review with Amir at the youth centre.", "progress", False),
    # a health check the child is due is not the plan drifting; nor is the time spent in a home
    ("Amir (10). His eye test is overdue and his dental check overdue.", "progress", False),
    ("Amir (10). Since the move he has caught up on overdue immunisations.", "progress", False),
    ("Amir (10). The child and family assessment is overdue by a fortnight.", "progress", True),
    ("Amir (10), CiC, living with his grandparents for 4 years.", "progress", False),
    ("Amir (10), CIN for 14 months with nothing changed at home.", "progress", True),
    # a reading put as a question, and a doubt given with its reasons, are reflection
    ("Noor (8). Might this be her way of keeping mum close, rather than defiance?", "reflection", True),
    ("Noor (8). I'm not entirely sure the calm will last: the last two quiet spells ended at half term.",
     "reflection", True),
    ("Noor (8). Could this be moved to the Tuesday visit?", "reflection", False),
    ("Noor (8). Could this be done by Friday?", "reflection", False),
    ("Noor (8). I'm not sure.", "reflection", False),
    # asking how old the evidence is tests the plan's ground
    ("Noor (8). I asked the worker when the parenting assessment was last updated - it predates the new baby.",
     "challenge", True),
    ("Noor (8). I asked the worker when the next home visit is.", "challenge", False),
    # the task, then its owner, then the date; an owner told something is not given a task
    ("Noor (8). Core group invites SW by 14/05.", "actions", True),
    ("Noor (8). Noor told the SW on 14/05 that she likes her class.", "actions", False),
    ("Noor (8). Core group invites SW.", "actions", False),
    # a date on the next line belongs to that line's own task, not to the task before it
    ("Noor (8). SW to visit. Health assessment to be booked by 30/06.", "actions", False),
    ("Noor (8). SW to visit at home. By 30/06.", "actions", True),
]


@pytest.mark.parametrize("text,criterion,met", KINDS)
def test_kinds_of_error_in_general_terms(text, criterion, met):
    assert _both(text, criterion) is met, text
