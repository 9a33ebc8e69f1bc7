"""Impact on the child, third set: forms the first two files (test_quality_impact_forms.py and
test_quality_impact_forms2.py) do not hold.

Our own words, not any set's. Impact is what difference the work has made (or failed to make)
to this child, with its evidence, tied to the work. Here it is told: to the supervisee as "you";
through the child's own words or behaviour after the work; under a template heading such as
"Outcome of last actions:"; for a baby or a child who does not speak, through what carers,
nursery or a chart show; as no change despite the work; for a brother or sister; weighed as a
question and answered. Look-alikes: the parent's engagement or attendance, a service delivered,
impact only named, the child's good news with nothing tying it to the work, an effect hoped
for, the worker's own feelings, a change too early to tell. Each case is checked as free text,
all in the first box and in the Impact box.
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import (  # the same three readings
    _first_box,
    _free,
    _impact_box,
)

MEETS = [
    # written to the supervisee: "you", "your work"
    "Your work with mum on the morning routine has made a difference for Kira (7): she is in school by nine most days now.",
    "You told me Ben (10) has been calmer at bedtime since you started the worry-jar sessions with him.",
    "Since you got the taxi agreed, Sol (12) has not missed a single day of school.",
    "You have kept Tanya (15) in education: she was out of school for a term and has now done six weeks at the PRU.",
    # the child's own words or behaviour after the work
    "Since the anger work with the mentor, Dex (13) walks away from fights instead of hitting out; no detentions since half term.",
    "Jo (11) told SW after the group 'I'm not scared of going to sleep anymore'.",
    "Following the sessions with the school nurse Layla (14) has stopped cutting and tells staff when she feels low.",
    # template heading: outcome of last actions
    "Outcome of last actions: SALT referral done - Ava (3) now uses about 30 signs, up from 10 in June.",
    "Outcome of last actions: school transport in place; Max (8) arrives calm and has not missed a day since.",
    "Outcome of last actions:\n- sleep clinic seen: Joel (5) sleeps in his own bed most nights now\n- OT rails fitted",
    "Outcome of previous actions: the bedtime plan has worked for Nia (6), no more wet beds this month.",
    # a baby or a child who does not speak, read through carers, nursery or a chart
    "Carers' sleep diary shows Archie (6, non-verbal) waking twice a night, down from five before the melatonin.",
    "Behaviour chart kept by school: Finn's (9) head-banging has dropped from daily to twice this week since the sensory programme started.",
    "Foster carer notes Ruby (18 months) now reaches for her when upset, which she did not do when she was placed.",
    "Nursery say baby Theo (11 months) has started babbling and making eye contact since the key person work.",
    "Zach (7) has no speech; his carers say the PECS work means he now brings them a card for a drink instead of screaming.",
    "Feeding chart from the HV: Rosie (4 months) finishing her bottles and up from the 2nd to the 9th centile since the feeding plan.",
    "Ellis (5, autistic): his mum's log shows meltdowns at school pick-up down from every day to once a week since the visual timetable.",
    # no change despite the work, with evidence
    "No change for Hannah (8) yet despite six weeks of the parenting course: she is still going to school in the same clothes.",
    "Two terms of the school plan and Reece (10) is still being sent home most weeks.",
    "The CIN plan has not changed anything for Amelia (13) - she is still missing Fridays and still caring for mum.",
    "Despite the mentor, Kyle (15) has been arrested twice more this month and is out most nights.",
    "The visits have made no difference to the twins (3): still in dirty nappies at nursery and still hungry on Mondays.",
    # siblings
    "Since the Young Carers referral, Jack (12) no longer misses school to look after his little sisters.",
    "The breakfast club has got both girls, Mia (6) and Lucy (8), into school on time this term, against late most days last term.",
    "Impact on the siblings: since contact moved to the centre, Leo (5) and his sister no longer cry at handover.",
    "The respite weekends have helped the whole family: Ollie's (9) older brother Sam (14) is back at football and sleeping better.",
    # weighed as a question, answered
    "Has any of this made things better for Jo (10)? School say she is in every day now and eating her lunch.",
    "Is the support making a difference to Callum (7)? His carer says the night terrors have stopped since the sessions began.",
    "Q: what has changed for Esme (6)? A: she now sleeps in her own bed and has had no accidents at school since the plan.",
    "Is it working? For Dan (14), yes - no missing episodes since the curfew agreement, against three in October.",
    # tenses, orders, cause words, figures
    "Lola's (4) weight has gone from the 0.4th to the 9th centile over the three months of the feeding plan.",
    "Attendance for Kai (13): 58% in September, 86% this half term, after the school put a mentor in.",
    "Before the safety plan, Ryan (15) was missing three nights a week; he has been home every night this month.",
    "The play therapy has helped Ava (6) sleep through: she used to wake screaming most nights.",
    "Thanks to the EHCP, Noah (8) now has a 1:1 and has not been excluded this term (four times last year).",
    "Ellie (7) is eating breakfast every day now that mum gets up with her after the FSW's routine work.",
    "The move to the kinship carers has made Aria (4) safer: no new bruises and she eats well at every meal.",
    # terse ticket style, bullets, no full stops
    "impact - Kian (9) calmer at school since 1:1 started, 0 exclusions this term v 3 last",
    "- Tia (12): self-harm down from weekly to none in 6 wks since CAMHS",
    "Impact: YP now attending college 4 days, was 1 before PA started",
    "outcome: Sami (10) sleeping in own bed since the OT bed arrived, was on sofa",
    # TM, we, I, third person
    "TM notes Harry (5) has come on since nursery: talking in sentences now, only single words in March.",
    "We have seen Poppy (9) grow in confidence since the drama group; she spoke at her review for the first time.",
    "I can see the direct work has helped Jayden (11): he names his worries now rather than running off.",
    "SW reports that the family group conference has meant Tom (13) sees his dad every Saturday and is happier for it.",
    # letters to the child
    "Dear Molly, since you started seeing Jen at school you have stopped hiding in the toilets and you have two new friends.",
    "Dear Kai, your carers tell me you have been sleeping much better since the night light and the new routine.",
    # the plan failing the child, told as harm
    "The delay in the EHCP has cost Ivy (9) a term: she has been at home without a school place since September.",
    "Because the respite fell through, Oscar (11) has been up caring every night and his attendance has dropped to 70%.",
    # a count now set against a count before (brackets, "was", "vs", before/since, month by month)
    "Mila (8): 1 detention this half term (was 6 in the autumn) since the nurture group started.",
    "Tom (14) has had no restraints in 5 weeks at the unit, was 3 a week before the new key worker.",
    "Eat with family: Jade (10) on 5 of the last 7 nights vs 1 in 7 in March, after the FSW's mealtime work.",
    "Hospital stays for Ravi (6): 5 in the year before the home nursing, 0 in the 4 months since.",
    "Rosa's (12) panic attacks at school: 9 in October, 2 in November, since the CAMHS worker began.",
    "Since the sensory room came in, 1 meltdown a week at school (4 a week last term).",
    "A&E visits 7 (jan-jun) -> 2 (jul-dec) since the epilepsy nurse took over his care plan.",
    # the work judged to have worked, just after the change it brought
    "Dev (5) has had no hitting at nursery since the 1:1 came in at Easter - so the 1:1 is working, keep it.",
    "Height and weight both up a centile since the feeding clinic. That's the clinic's plan working for Noor (2).",
    "No police call-outs for Sam (16) since he moved to his uncle's in March. The move is the obvious cause.",
    "Her nightmares stopped when the night light went in; the routine is what helped Amy (5).",
    # no difference, said plainly with what shows it
    "Impact of the plan on Josh (12) so far - frankly nothing: same bedroom floor, same missed school, same rows.",
    # first time ever, no more, from one state to another, a chart or diary showing it
    "Since the life story work Evie (9) asked about her birth dad - the first time she has ever raised him.",
    "Foster carer: no more soiling at night since the bedtime routine began, and Kit (6) is proud of his chart.",
    "The mentoring took him from refusing school to asking for extra maths. Kai (13).",
    "Nursery nurse: Ada's (3) weight from the 2nd to the 25th centile since the meal plan.",
    "Since the visual timetable (portage, sw, in oct) the carers' log shows Leo (7) has had 2 tantrums a week, down from daily.",
    # the change put down to the work with a figure in hand; months side by side; "first time since"
    "The 90% attendance and the quieter mornings are real and partly down to the taxi - Leo (10) was at 65% before it.",
    "Self-harm: Sept 4, Oct 1 since the CAMHS worker started. Jade (14).",
    "Foster carer says Ryan (8) ate a full meal every day this week, the first time since he was placed.",
    "Nina (12) - 6/10 now from 2 in June, no missing in 8 wks since the move to her nan's.",
    "School nurse: weight back on the 25th centile since the lunch club. Toby (6).",
    # a thing of the child's life as the subject of its own part, after the family's step
    "Nan agreed to collect him on Fridays, and the missing episodes have gone from weekly to none in a month. Ibby (14).",
    # a gain in figures, signed; a trouble absent for a span; up a band; from one state to a count
    "Baby Isla (3 months): HV weighed her after the feeding advice on Monday and again Friday: +210g.",
    "After the safety plan: stair gate fitted, HV twice a week, no bruises in 4 wks for Ollie (1).",
    "Reading: Sam (8) is up two book bands since the tutor started in the spring.",
    "The mentor and the move have taken Jay (16) from going missing most weekends to once since March.",
    "Carl (15): three arrests in the year before the mentoring, none since. The mentor is the reason, I think.",
]

NOT_MET = [
    # the parent's engagement or attendance
    "Mum attended every contact session on time and brought snacks.",
    "Outcome of last actions: mum has attended the parenting course and the GP.",
    "You said mum has been more open with you since the core group.",
    # services delivered
    "Short breaks in place since September - two nights a month.",
    "Equipment delivered: hoist, specialist bed and a new wheelchair for Zach (7).",
    "Outcome of last actions: OT referral sent, CIN meeting held 03/11, SALT chased.",
    "Since the plan started the FSW has visited weekly and the HV twice.",
    # impact only named
    "Outcome of last actions: impact on Leo (6) discussed with SW.",
    "Impact on the siblings considered.",
    "You need to think about the impact on Mia (8) of the delays.",
    "Impact for the twins to be evidenced at the next review.",
    # the child's good news with no link to the work
    "Ava (9) got a merit award at school for her reading.",
    "Jo (11) passed her swimming badge and loves her new bike.",
    "Leo (5) is a happy little boy who enjoys dinosaurs.",
    "Sam (14) has a new girlfriend and is excited about his birthday.",
    # intended impact
    "This should help Ryan (9) feel safer at night.",
    "The aim is that Leo (4) will sleep better once the bed arrives.",
    "The new 1:1 is meant to stop Kian (9) being excluded.",
    "Outcome sought: Tia (12) to stop self-harming and be back in school by Easter.",
    "We hope that the sibling contact will help the girls feel closer.",
    # the worker's or parent's feelings
    "SW feels more confident working with dad since the training.",
    "I feel hopeful about this family and proud of the work you have done.",
    "Mum feels much better since starting counselling and is sleeping well.",
    # too early, unknown, not yet
    "Too early to say what difference the sessions have made for Isla (7).",
    "Has any of this made things better for Jo (10)? We don't know yet - school haven't replied.",
    "No way of knowing yet whether the play therapy is helping Ava (6); she has had two sessions.",
    "Is the support making a difference to Callum (7)? To ask his carer at the next visit.",
    "Carers have started a sleep diary for Archie (6).",
    "Behaviour chart to be set up by school for Finn (9).",
    "Dear Molly, I am going to ask Jen to see you at school every week to help you feel less worried.",
    "Your visits to Kira (7) have been regular and well recorded.",
    # counts that are not the child's change, or an age in brackets
    "Mum's drinking: 2 nights a week now (was every night) since the alcohol service.",
    "Sessions offered: 6 (was 4 last term).",
    "Kai (9) and Leo (7) were seen at home on 3/11.",
    # a verdict with no change told before it, or a cause that is the family's
    "The plan is working.",
    "Mum says so it is working, but she would not say what has changed.",
    "Jay (9) has missed 10 days this term. Dad's drinking is the obvious cause.",
    "Impact: none yet - the mentor starts next week for Sam (12).",
    "Impact of the group on Mia (7): nothing yet to report.",
    "Contacts: March 2023, Jan 2024, both closed at the front door. Ava (7).",
    "The delay is partly down to the school not replying. Leo (10).",
    "Mum: calmer since the course. Leo (6).",
    "Dad: drinking down from daily to weekends since the programme. Leo (6).",
    "Mum agreed to stop drinking, and the house is cleaner now. Ibby (14).",
    "Dad: -3kg since starting the diet. Ollie (1).",
    "The reason for the delay is the school not replying about Sam (8).",
    "Mia (9) missed the trip. Mum's drinking is the reason.",
    "No contact from Jay (16) in 3 wks despite texts.",
    "Kai's (9) school place was set up a month ago and the review was brought forward a month.",
]


@pytest.mark.parametrize("text", MEETS)
def test_impact_in_third_forms_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _impact_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_look_alikes_in_third_forms_are_not_impact(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _impact_box(text), text
