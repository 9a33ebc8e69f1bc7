"""Impact on the child, fourth set: forms the first three files (test_quality_impact_forms.py,
_forms2.py and _forms3.py) do not hold.

Our own words, not any set's. Impact is what difference the work has made (or failed to make)
to this child, with its evidence, tied to the work. Here it is told: as the worker's answer in a
question-and-answer log; in shorthand with arrows and signs for up and down; as what the child
now does or says differently; for a baby, through weight, routines and contact notes; and as no
difference, said plainly with what shows it. Look-alikes: the parent's engagement or attendance,
services delivered, impact only named, the child's good news with nothing tying it to the work,
an effect intended or hoped for, the worker's feelings, and a bare verdict ("the plan is making a
real difference") with no change of the child's told. Each case is checked as free text, all in
the first box and in the Impact box.
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import (  # the same three readings
    _first_box,
    _free,
    _impact_box,
)

MEETS = [
    # the worker's answer in a question-and-answer log
    "Q3. What difference has the plan made for Reggie (8)?\nSW: he gets to school on time most days since the "
    "breakfast club place - late twice this half term, most days before.",
    "Manager: is the taxi helping?\nWorker: yes, Dina (12) has been in every day for three weeks; she missed "
    "Mondays before.",
    "4) What's changed for Kez (14) since the mentor?\nShe comes home by 10 now - in the summer she was out till 2am.",
    "Q: any change for the baby? A: Ruby (5 months) is feeding well since the HV's feeding plan, now on the 25th "
    "centile from the 9th.",
    "Q - has the plan worked for Otis (6)? A - No. He still goes to school in soiled clothes and is still hungry "
    "at lunch.",
    "2. Impact of the work so far?\nSW: honestly none for Jess (15) - still missing at weekends, still out of school.",
    # shorthand with arrows and signs
    "Self-harm \u2193 since CAMHS started - 1 episode in Nov v 5 in Sept. Ava (14).",
    "Kai (9): exclusions \u2193 to 0 this term after 1:1 put in",
    "missing episodes \u2193\u2193 since move to nan's - none in 6 wks. Jade (15).",
    "Wt \u2191 9th \u2192 25th centile since feeding plan (baby Noor, 7 mths)",
    "sleep \u2191 - 10 hrs a night now (was 5) since the bedtime routine - Leo 4",
    "Sch attendance \u2191 from 70 to 94% post taxi. Cal 11.",
    "Tantrums: daily \u2192 1-2 a week since visual timetable (Ezra, 5)",
    "no MFH since safety plan agreed 2/10 (prev 3x a month) - Tayla 15",
    "Rio (10) attendance 62% -> 88% since taxi in place",
    # what the child now does or says differently
    "Since the worry work with SW, Ben (9) tells his teacher when he is upset instead of running out of class.",
    "After the life story sessions Zak (10) talks about his birth mum without getting angry, which he could not do "
    "in the spring.",
    "Esme (8) no longer asks whether she is being taken away each time she sees SW, since we explained the plan to "
    "her.",
    "Since mum did the Freedom Programme, Lacey (11) has started bringing friends home - she told me she isn't "
    "embarrassed now.",
    # a baby, through weight, routines and contact notes
    "Baby Tom (4 months): weight back on the 50th centile after the HV feeding plan, and mum's feed chart shows six "
    "feeds a day, was three.",
    "Contact notes since the sessions moved to the centre: Lily (9 months) settles within minutes at handover, where "
    "in August she cried throughout.",
    "Since the bedtime routine work baby Ava (10 mths) sleeps from 7 till 5 - the FSW's log had her waking hourly "
    "in October.",
    "Carers' diary: baby Noah (6 months) now takes full feeds and has stopped vomiting after them since the reflux "
    "medicine.",
    "Nursery key worker: Kit (14 months) is babbling and pulling to stand since the portage visits began.",
    # no difference, said plainly with what shows it
    "The plan has made no difference for Freya (10) so far: she is still late every day and still without a coat.",
    "Eight weeks of FSW visits and nothing has changed for Joe (6) - same dirty clothes, same hunger at school.",
    "In honesty the CIN plan is not working for Ali (14): he was excluded twice more this month and is out most "
    "nights.",
    "We have not made any difference to Sky's (13) life yet - she is still caring for mum every evening and "
    "missing school.",
    # to the supervisee as "you"; letters to the child
    "You have helped Tom (12) back into school - three full weeks now, after two months out.",
    "Dear Mia, you told me that since your mum and I made the safety plan you don't wake up scared any more.",
    "Dear Ollie, since we found you the place at Oak Lane you have made two friends and your teacher says you read "
    "every day.",
    # first person, TM, we
    "I am pleased that since the mentoring Daisy (15) has not been arrested and is back at college three days a "
    "week.",
    "TM noted school report no incidents for Sam (11) since the anger sessions began, against six last term.",
    "We can see from the school log that the 1:1 has cut Ash's (7) removals from class from five a week to one.",
    # cause words and figures
    "The bladder clinic has cut Ned's (8) wet nights from five a week to one.",
    "Thanks to the Young Carers group Lou (12) gets two evenings a week off caring and her attendance has risen to "
    "93%.",
    "The move to respite carers has stopped Tia (14) going missing - no episodes since 14 Oct.",
    "Because school now gives Reuben (9) a quiet space at lunch, he has had no fights this half term (four last "
    "half term).",
    "Since the SALT programme Finn (4) has gone from single words to short sentences.",
    "The YOT work has worked for Jamal (14): no new offences in four months and he's on a college course.",
    "The plan has kept Zoe (2) safe: no injuries since the CP plan and she is gaining weight.",
    # headings and bullets
    "Impact:\n- Jay (10) sleeping in his own bed since sleep clinic\n- no school refusals in Nov, was weekly",
    "What's changed for Lola (6)\n- goes to school clean since the FSW routines work\n- breakfast daily now, none "
    "before",
    "Outcome for child: Ryan (3) walks on his own after ten weeks of physio; he could not stand unaided in June.",
    # quotes, questions answered
    "Asked what is better since the group, Zane (11) said 'I don't get into fights now'.",
    "Ivy (9) told SW 'since the lady comes to help mum there is always tea now'.",
    "Is the group making a difference for Sol (10)? His teacher says he is more settled and has not been sent out "
    "since it began.",
    # relationships, home life
    "Contact has gone better for Rosie (5) since it moved to the family centre: she now hugs dad goodbye instead of "
    "screaming.",
    "Since the food bank referral and the FSW budgeting work, Kacey (6) comes to school with a packed lunch every "
    "day; in September she had none.",
    "Since the curfew and the mentor Ty (16) has had no arrests (four in the spring).",
    "The parenting work has meant Ellie (5) is in bed by half seven every night, and school say she concentrates "
    "better.",
    # a verdict with the child's change told beside it (after it, before it, or in the sentence before)
    "Weight up 300g and feeding every three hours. We think the HV visits worked. Baby Rio (6 wks).",
    "Amir (6) has had no tantrums at school this half term, so the 1:1 is doing its job.",
    "The mentoring has had an effect - Tyler (15) has not been picked up by police since March.",
    "The anger sessions have had no effect: Dom (12) was excluded again last week.",
    "Sleep diary: settled by 8 every night this week, up from 10pm. The bedtime plan is working for Mo (4).",
    "The play sessions have helped Nell (5) a little - she has stopped hiding under the table at nursery.",
    "Since the drama group Rae (12) has spoken up in class twice, something she never did in year 6 - that's the "
    "impact.",
    # then and now, in months, in words, or across a colon
    "Lexi (6): in March she was wetting the bed most nights; now she is dry most weeks, since the bladder clinic.",
    "Tom (14) is at college four days a week and answers his PA's texts, neither of which he did in January.",
    "Since the youth club (4 wks): there every Friday, no missing. Kai (14).",
    "Jed (9) is 92% since the taxi started in September.",
    "Q: has breakfast club helped? A: yes - lates 9 \u2192 2 this half term. Sal (8).",
    # the answer over more than one sentence of a question-and-answer log
    "3. What has the young carers group given Sam (13)? He has been four times. His teacher noticed he laughed in "
    "class, which she had not seen since year 7.",
    "what's different for Ayo (11)? she used to text SW only when she wanted a lift - now she texts to say where "
    "she is",
    "The licence is not changing anything for Reece (16): two curfew breaches and a missing night since release.",
]

NOT_MET = [
    # the parent's engagement or attendance
    "Q2. How is mum engaging?\nSW: really well - she has been to every group and rings me weekly.",
    "Dad \u2191 engagement since the PLO letter, attends all contact.",
    "Mum's attendance at the course 100% -> impact positive.",
    # services delivered
    "Taxi in place since 3/10 and breakfast club booked.",
    "CAMHS \u2192 accepted, 1st appt 12/12. Ava (14).",
    "Portage visits weekly since Sept; HV seen baby x2.",
    "Q4. What support is in place?\nSW: FSW twice a week, young carers, and the school nurse.",
    # impact only named
    "Q5. Impact on Reggie (8)?\nSW: discussed.",
    "Impact on the baby considered at length.",
    "Impact on child - see above.",
    "What difference is the plan making for Kez (14)? We talked about this.",
    # the child's good news with no link to the work
    "Maya (7) won a prize at the school fair.",
    "Otis (6) loves his new puppy and talks about it all the time.",
    "Baby Tom (4 months) is a smiley baby who feeds well.",
    "Jess (15) is really enjoying her hair and beauty course.",
    # bare verdicts and claims, no change of the child's told
    "The plan is clearly making a real difference for Kai (9).",
    "School say Leo (8) is doing much better.",
    "The CIN plan is working well for the family.",
    "TM view: the work is having a positive impact on Ava (10).",
    "Q6. Is the plan making a difference?\nSW: yes, definitely.",
    # intended or hoped-for impact
    "The taxi should mean Dina (12) gets in on Mondays.",
    "Hoping the mentoring will keep Kez (14) home at night.",
    "Expected outcome: Ruby (5 months) back on the 25th centile by February.",
    "Dear Ollie, the new school will help you make friends, I hope.",
    # the worker's or the manager's feelings
    "I feel so much more confident about this family than I did in the summer.",
    "SW is less anxious about visiting since the risk assessment.",
    "You have grown so much as a worker since you took this case on.",
    # too early, not known, not seen
    "Q7. Has the sleep clinic helped Jay (10)?\nSW: not seen him since, so not known.",
    "Impact \u2192 too early to say, sessions only started last week.",
    "Wt not rechecked since the feeding plan - HV to weigh next week. Noor (7 mths).",
    # a change that is the parent's, in shorthand or a log
    "Mum's drinking \u2193 since the alcohol service (self-report).",
    "Dad: anger \u2193, uses time out now.",
    "Mum feels calmer since the Freedom Programme and says the house is quieter.",
    # a verdict with nothing of the child's beside it, or with the parents' change as its reason
    "Mum has stopped drinking and is more confident, so the plan is working for Ava (6).",
    "The plan is working well for the boys as dad now attends every session.",
    "SW feels the plan is really working for Jade (9).",
    "The bedtime plan is working for Mo (4).",
    "The taxi to school is working most days. Ben (12).",
    "You told me dad has finished the course and stopped smoking in the house. Ben (4).",
    # things done to the child, or someone else's thing, that look like a change
    "10/03 Ryan (15) stopped by police in town with two older males.",
    "An older male (20) has been picking Jade (14) up from school.",
    "Without dad's drinking improving, Sam (8) cannot go home.",
    "Target: Lexi (6) dry at night by the summer.",
]

# Read wrongly for reasons outside this criterion (kept so a fix must move them):
KNOWN_MISSES = [
    # "he" after "SW" is read as the worker
    "Jonah (13) used to hide in his room when SW came; since the direct work he sits with us and asks about the plan.",
    # a long "X: Y" line is split as a heading, and the heading is not read for impact
    "Your visits have made Rhea (7) feel safer: she told you she can sleep now the locks are changed.",
    # a span with no trouble in it, told before the "no" ("10 wks, no missing"): a cue for it cost
    # more than the round's allowance
    "With the foster carers 10 wks now, no missing. Dylan (15).",
]


@pytest.mark.parametrize("text", MEETS)
def test_impact_in_fourth_forms_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _impact_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_look_alikes_in_fourth_forms_are_not_impact(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _impact_box(text), text


@pytest.mark.xfail(strict=True, reason="pronoun and heading reading, or a form not yet read")
@pytest.mark.parametrize("text", KNOWN_MISSES)
def test_known_misses_of_fourth_forms(text):
    assert _free(text) and _first_box(text) and _impact_box(text), text
