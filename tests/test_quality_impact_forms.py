"""Impact on the child, in the many ways a manager writes it (our own words, not any set's).

Impact is a change in the child's life, safety, health, school, behaviour or relationships, or
the child's own account of a change, tied to the work or the plan (or to its absence: harm
from our drift), with evidence. Look-alikes are the parent's change alone, the child's state
with no link to any work, work done with no effect said, impact only named, unknown, not yet
seen, or hoped for. Each is checked as free text, all in the first box, and in the Impact box
(where the box is a hint, never evidence).
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_boxes, assess_text

MEETS = [
    # a change dated from a step of the work
    "Since the SW met the head of year, Kacper (13) has had a reduced timetable and has been in school every "
    "morning this fortnight.",
    "Since the family support worker started coming on Tuesdays, Lena (6) gets to school on time.",
    "Since contact moved to the family centre, Maisie (4) has stopped crying at handover.",
    "Since the night carers were put in, Tyler (10) has had no 999 calls and sleeps in his own room.",
    "After the referral to the eating disorder nurse, Grace (15) has kept her weight steady and eats with the family.",
    "School report Jayden (9) is settled in class and concentrating since the 1:1 support started.",
    # a parent's change, then the child's activity restored
    "Dad has cut his drinking to weekends since the first visit and Tomas (10) is back at cubs.",
    "Mum has cut down to two nights out a week since we first visited, and Ellie (8) has gone back to her dance class.",
    # the harm of our own drift or delay, to the child
    "We are three weeks from his 18th birthday and Jordan (17) still has nowhere agreed to live; he knows it and his "
    "carers say he has stopped eating properly.",
    "18 days until she leaves care and Chloe (17) still has nowhere to live; her carer says she has started staying "
    "out late and not sleeping.",
    "Because the pathway plan was never updated, Aaron (17) lost his college place and is at home all day.",
    "The wait for CAMHS has cost Mia (12): she has self-harmed twice more while on the list.",
    "Without the tutor we promised, Ben (15) has fallen further behind and talks about leaving school.",
    # what a piece of work meant for the child
    "The quick visit on Friday meant Zara (3) stayed at nursery and was not separated from her mum.",
    "Getting an interpreter to the school meeting meant Amir (9) could stay in his own class.",
    "The respite weekends mean Harvey (11) gets a break from caring for his mum and he goes to youth club again.",
    "Having the PA drive her in meant Hana (17) finished her first term at college - attendance 92%.",
    # before and after, in figures or set side by side
    "Attendance for Kai (11) 71% -> 96% since the taxi was arranged.",
    "Kayla (14): missing episodes down from five in September to none this month since the mentor began.",
    "Eli (3): speech has come on - 20 words now against 5 in the summer - since the SALT sessions.",
    "Before the plan Caleb (6) was missing a day a week; this term he has missed one.",
    "Thanks to the mentoring, Dylan (14) has had no exclusions this term, against three last term.",
    "Since we got the housing sorted, the twins (6) have gone from weekly asthma attacks to one in two months.",
    # the child's own words about life now, or a sign of it
    "Asked what is different now, Sami (7) said 'mummy does my hair now and I'm not hungry at school'.",
    "Rhys (12) says home is calmer now the shouting has stopped, and he has friends over again.",
    "Having friends round for tea is the biggest sign of how far Leah (11) has come since the move.",
    "Nadia (16) told her PA she feels safe for the first time since she came into care.",
    # early signs, hedged but told
    "Since the new bedtime routine started there have been no rows with Josh (9) this week - early days.",
    "since the new routine no rows reported at bedtime for Jamie (8) this week, early days",
    # headings, bullets, lower case, first person, "we"
    "Impact: Theo (2) has put on 600g since the feeding plan and is now on the 25th centile.",
    "- Sophie (5): no wet beds since the bladder clinic appointment",
    "her sleep is much better since the night light and routine, Lola (4) sleeps through most nights now",
    "I saw a real change in Noah (6): he talked to me for the first time without looking at mum first.",
    "We have seen Ava (10) become more confident since the group started; she read in assembly.",
    "The work with mum on routines has paid off for Liam (4), who is now dry at night.",
    "As a result of the safety plan, Ruby (15) has not gone missing since 3rd October.",
    "The direct work has helped Leo (8) name his feelings; he uses the feelings chart now instead of hitting.",
    "The move to his aunt's has given Ethan (9) stability: same school, same friends, sleeping well.",
    "Her teacher says Lily (7) is a different child since the counselling - smiling and joining in at play.",
    "The CP plan has made things safer for Jack (2): no new injuries since July.",
    "Mo (13) went on the school trip, which he would never have done before the anxiety work.",
    # the plan failing the child, with evidence
    "No change for Poppy (7) despite the plan: she still arrives at school hungry and unwashed.",
    "Six months into the plan, Kyle's (9) attendance has not moved from 60% and he is still late most days.",
    # (kinds read on the twenty-second and twenty-third authors, in other words)
    "Aisha (8). Impact: the plan has not made her evenings any calmer; she still hides upstairs when dad is in.",
    "Four months on the plan hasn't made Ollie (6) any safer at home.",
    "Impact for Priya (12): her Saturdays are just as they were in the spring, indoors with no one to see.",
    "We have not delivered for Kane (17): no flat agreed and he is sofa-surfing again.",
    "Since the TAF meeting, the last three mornings had the breakfast club place and Leon (7) was in class by nine.",
    "Since the mediation session mum and Tia (15) have talked twice + Tia's gone back to sixth form.",
    "Since the parenting work started dad has cut back his hours, and Zac (11) went back to swimming on Sunday.",
    "Since Jo took mum and Kit (13) to the family group no arguments reported this week - early days.",
    "Baby Ada (3 wks): her withdrawal scores have come down since mum took over the night feeds.",
    "Our delay over the housing referral has left Tom (16) in a B&B and he has stopped going to college.",
    "Maya (9) told me 'home is calm now, I can bring friends back'.",
    "The CIN plan hasn't reduced the rows at bedtime for Ella (10): three this week, as before.",
    # a "since" clause opening its part of the sentence, or its step ended by the child's own clause
    "Mia (7): since the OT fitted the rails she gets herself to the toilet at night.",
    "Since we moved her, Leah (13) hasn't self-harmed once.",
    "Josh (15) has stayed in every night since his curfew was agreed with the YOT worker, against four nights out "
    "a week before.",
    "Ben (8). Since the family group started, no rows reported this week - early days.",
    "Following the sleep clinic, Dan (6) sleeps in his own bed most nights now.",
    "What's changed: after four sessions with the mentor he has stopped going to the park at night and joined a "
    "boxing club. Ty (15).",
    "Since the dietitian started weekly feed checks Lily (2) has put on 300g.",
    "Since the bereavement counselling began there have been no rows reported at home for Nat (12).",
    # the evidence offered as the sign, after a colon or a dash, or against last year
    "Sophie (14). I think Sophie having friends round is the biggest sign - she used to be too ashamed to let "
    "anyone in.",
    "The young carers group has helped: Ollie (10) goes every Tuesday and says it's the only place he relaxes.",
    "Leo (8). The family worker's input has helped - he gets to school on time most days.",
    "Kai (9) is settled with his carers; school say he hasn't been excluded this term (4 last yr).",
    "Weight now 25th centile for Ada (1) (2nd at the ICPC) - the feeding plan and weekly weighs made the diff.",
    "Callum (14) hasn't been in trouble at school since Easter, after three exclusions last term.",
    "Despite eight months on the plan, none of this has changed for Ruby (7).",
    "Dear Sam (9), your carers say you now sleep through most nights - before, you were up three times a night.",
    "Kit (6). Nothing of that has improved for him: still hungry, still late.",
    # what the work led to, resulted in, or means now; figures then and now in words
    "The OT's bed rails have led to Amira (9) sleeping through without falls.",
    "The tutoring has resulted in Josh (12) moving up a reading band.",
    "Mum now uses the calm-down plan, which means Tia (6) has far fewer meltdowns at bedtime.",
    "The school put a key adult in place, so now Ava (8) goes into class without crying.",
    "Respite started in March; since then Kyle (11) has been sleeping better and is less angry at school.",
    "Her attendance was 62% at the ICPC and is 91% now. Mia (9).",
    'Sam (8) told the SW "I like coming home now, it\'s not shouty".',
]

NOT_MET = [
    # the parent's change or engagement only
    "Mum has attended all six sessions of the parenting course and engages well.",
    "Since the first visit mum has cut down to three nights out a week.",
    "Dad says he has stopped drinking since the first visit.",
    "Mum's mood has improved since she started the medication.",
    "Dad has been sober for six weeks and has moved into his own flat.",
    "Mum is now engaging with the FSW and has done the housing forms.",
    # the child's state with no link to any work
    "Zoe (8) is doing well at school.",
    "Kian (6) seems happy and settled.",
    "Lucy (9) said she likes her teacher and her favourite lesson is art.",
    "School attendance for Ivy (10): 89%.",
    # work done, no effect on the child said
    "The SW visited twice and spoke to the practice manager about an interpreter.",
    "Ben (15) has a tutor twice a week and a mentor on Fridays.",
    "Since the conference the SW has visited weekly and seen Ava (4) at home each time.",
    "SW has completed the chronology and the core group was held on 12/11.",
    "The plan is progressing and the visits have been completed.",
    "OT assessment for Harry's (7) sleep system still not done - referred in August.",
    # impact only named, unknown, unclear or not yet seen
    "Impact on Ella (5) discussed.",
    "Impact on child: not yet known.",
    "Impact unclear as Tara (11) was not seen alone.",
    "It is too early to say what difference the course has made for Reece (9).",
    "It is not yet clear whether the sessions have helped Kai (7).",
    "Too soon to see any change for Jay (8); the course only began last week.",
    "We don't yet know if the move has made a difference to Sara (14).",
    "Mum has attended all core groups and is engaging well with SW. Impact on child discussed.",
    # a plan's hoped-for effect
    "The referral to CAMHS should help Maya (12) settle.",
    "We hope the new routine will mean fewer rows for Jamie (10).",
    "Once the tutoring starts Ollie (12) should catch up.",
    "Aim: for Ruby (6) to be in school 95% of the time by Easter.",
    "We need to see whether the group makes a difference for Noah (8).",
    "The short breaks will mean Harvey (11) gets a rest from caring for his mum.",
    "Since the first visit mum has cut back to three nights and is calmer.",
    "Zoe (9) said 'I don't want to go to dad's any more'.",
    "Tyler (15) is on the CAMHS waiting list since March following the school referral.",
    "Kai (6) has been living with his nan since his dad moved to Leeds.",
    "Her foster carer says Mia (4) is a different girl at her house than at contact.",
    "Decision: legal gateway, because the plan has not reduced the risk to Finn (3).",
    "Impact: none yet for Sam (12); the mentor starts next week.",
    "The quick visit meant we could see mum and the baby together.",
    "Kim (9) said 'I want my mummy now'.",
    "Since September Tia (10) has been open to the CIN team.",
    "Because mum was drinking, Leah (13) missed school.",
    "Because of the strategy meeting, police visited Amy (11) at home.",
    "Since the referral, the SW has visited Tia (10) every week.",
    "The parenting course has helped: mum feels more confident. Leo (8).",
    "The young carers referral has helped: mum has more time for herself. Ollie (10).",
    "After four sessions with the mentor, Ty (15) said he would think about it.",
    "Since the dietitian started, mum has been weighing Lily (2) weekly.",
    "Mum's engagement is the biggest sign of change. Ruby (6).",
    "None of this has been discussed with Ruby (7) yet.",
    "Sam (9) is asleep by eight now.",
    "The new taxi arrangement will mean Reuben (13) gets to school on time.",
    "The OT's bed rails should lead to Amira (9) sleeping through.",
    "Mum now uses the calm-down plan with her partner.",
    "Respite started in March and mum says she is less tired.",
    "Her attendance is 91%. Mia (9).",
    'Sam (8) told the SW "I like coming home".',
    "Mum's drinking meant Zara (3) missed nursery.",
]


def _free(text: str, criterion: str = "child_impact") -> bool:
    return assess_text(text).criteria[criterion].met


def _first_box(text: str, criterion: str = "child_impact") -> bool:
    return assess(CaseDiscussion(update=text)).criteria[criterion].met


def _impact_box(text: str) -> bool:
    a, boxes = assess_boxes(CaseDiscussion(impact=text))
    assert a.criteria["child_impact"].met is boxes["impact"].met, text
    return boxes["impact"].met


@pytest.mark.parametrize("text", MEETS)
def test_impact_written_many_ways_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _impact_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_look_alikes_and_not_yet_are_not_impact(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _impact_box(text), text
