"""Reflection and actions in the many forms a manager writes them, in our own words.

Written from LABELS.md before reading any set's misses: each criterion in varied grammar
(tense, order, cause words, headings, bullets, notes without full stops, first person, "we"),
look-alikes that must not meet it, and negated or not-yet forms. Checked as free text and with
the same words in the first box (the app's path), which must agree.
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


# Reflection: why something is happening, what it means, a hypothesis or professional judgement,
# evidence weighed, what was learned.
REFLECTION_MEETS = [
    "Kai (10). My sense is that mum is more frightened of losing the flat than of dad.",
    "Kai (10). I wonder whether the stealing is about wanting to be noticed at home.",
    "Kai (10). The thing is, nobody has asked Kai why he runs; we have only asked where he goes.",
    "Kai (10). It doesn't add up: mum says he sleeps well but school say he falls asleep in class every morning.",
    "Kai (10). What this tells us is that the calm at home depends on dad being away.",
    "Kai (10). Hypothesis: the bedwetting started when the baby arrived and is about feeling pushed out.",
    "Kai (10). Two explanations for the bruise: football, as mum says, or something she is hiding. The marks fit "
    "the second better.",
    "Jas (14). Why is she going missing on Fridays? It is payday for the older lads and she comes back with new "
    "things.",
    "Kai (10). We learned that the letters never reached dad, so he was not ignoring the invitations.",
    "Kai (10). On reflection the plan asked mum to change too much at once.",
    "Kai (10). Looking back, the referral in May was the first sign and we treated it as a one-off.",
    "Kai (10). I'm struck by how quiet he goes whenever dad's name comes up.",
    "Jas (14). Her anger at school makes more sense once you know she is caring for her brothers at night.",
    "Kai (10). The drop in attendance coincides with mum's new job: there is nobody to get him out in the morning.",
    "Kai (10). The nightmares are likely linked to the house fire last year.",
    "Kai (10). I'd say the placement is holding because the carer lets him cook, which gives him some control.",
    "Kai (10). Mum's denial is understandable given her own time in care, but it leaves Kai unprotected.",
    "Kai (10). My worry is less the drinking than that there is no other adult to step in.",
    "Kai (10). Possibly he is testing whether the carers will give up on him like the last ones did.",
    "Kai (10). Professional judgement: dad's engagement is real but untested under pressure.",
    "Kai (10). I am not convinced the improvement will last, as it has followed each court date before.",
    "Kai (10). Reading between the lines, nan is doing most of the parenting.",
    "Kai (10). His silence in sessions is, I think, loyalty to dad rather than having nothing to say.",
    "Kai (10). There are two ways to read the missed appointments: chaos, or avoiding scrutiny. Given she attends "
    "everything else, avoidance seems more likely.",
    "Kai (10). What we have learnt from the last episode is that crises build over a weekend.",
    "Kai (10). SW's view is that the aggression is fear, given it only happens at handovers.",
    "Jas (14). It seems to me Jas is parenting her mother.",
    "Kai (10). He did better with a male worker, which tells me he needs a steady man in his life.",
    "Jas (14). This is significant because it is the first time she has told anyone outside the family.",
    "Kai (10). Underneath the bravado I suspect he is very frightened.",
    "Kai (10). My hunch: the older brother is the one moving the drugs, not Kai.",
    "Kai (10). It would explain why he only wets the bed on contact nights.",
    "Kai (10). He shuts down when asked directly - makes me think something happened at the old placement.",
    "Kai (10). Analysis - dad's return lines up with every dip in attendance, so it is home, not school, that is "
    "the problem.",
    "kai 10 cin. i think its more about money than about the kids, mum cant manage the debts",
    "Kai (10). Not sure mum sees the risk - she calls him a good dad when sober and does not link his drinking to "
    "the fights.",
    "Kai (10). A pattern since September: each time contact is cancelled, the self-harm follows within days.",
    "Kai (10). What I take from the school's account is that he is hungry, not naughty.",
    "Kai (10). Mum's version and the nursery's don't match: she says he is dry, they say he arrives soaked.",
    "Jas (14). We talked about why she keeps going back to the flat: she sees the older men as family, the only "
    "adults who have stuck around.",
    "Kai (10). Conclusion: the neglect is chronic rather than a response to one crisis.",
    "Kai (10). I don't think the injuries are accidental - three in a month, all on the left side, all after "
    "weekends at dad's.",
    "Kai (10). It may be that dad's cooperation is tactical ahead of court.",
    "Kai (10). My feeling is he has been carrying this on his own for a long time.",
    "Kai (10). Perhaps the carers' routine is what is settling him, more than the therapy.",
    "Kai (10). I'm left wondering whether mum's low mood is behind the missed health appointments.",
    "Kai (10). Discussed what sits underneath his refusals: he has moved school four times and expects to move again.",
]

REFLECTION_LOOK_ALIKES = [
    "Kai (10). Discussed CE indicators. SW feels Kai is being groomed.",
    "Kai (10). Analysis: mum attended all sessions and the house was clean.",
    "Kai (10). Mum thinks the school is picking on him.",
    "Kai (10). Dad says he stopped drinking in October.",
    "Kai (10). Home visit done, Kai seen in his room, room tidy.",
    "Kai (10). Reflection: discussed in supervision.",
    "Kai (10). The review may be moved to next week.",
    "Kai (10). Kai said he thinks his teacher hates him.",
    "Kai (10). Nan believes the family is being treated unfairly.",
    "Kai (10). Mum was late because the bus did not come.",
    "Kai (10). SW read the case notes before the visit.",
    "Kai (10). Analysis of risk to be completed by SW by 12/1.",
    "Kai (10). Mum thinks it is probably a phase.",
    "Kai (10). Discussed the CE screening tool.",
    "Kai (10). Analysis: Kai is at risk of exploitation.",
    "Kai (10). Mum wondered if she could have more contact.",
    "Kai (10). Police suspect the older brother was involved.",
    "Kai (10). Kai seems happy and settled.",
    "Kai (10). Probably next week for the visit.",
    "Kai (10). The meeting was cancelled because the chair was ill.",
    "Kai (10). I think that is everything for this month.",
    "Kai (10). Mum feels the school is unfair to Kai.",
]

REFLECTION_NEGATED = [
    "Kai (10). We have not yet thought about why the placement broke down.",
    "Kai (10). No analysis recorded.",
    "Kai (10). Reflection: none this month.",
    "Kai (10). There was no discussion of what the missing episodes mean.",
    "Kai (10). Hypothesis not yet formed.",
]


@pytest.mark.parametrize("text", REFLECTION_MEETS)
def test_reflection_in_its_many_forms(text):
    assert _both(text, "reflection"), text


@pytest.mark.parametrize("text", REFLECTION_LOOK_ALIKES + REFLECTION_NEGATED)
def test_reflection_look_alikes_and_negations(text):
    assert not _both(text, "reflection"), text


# Actions: a task with an owner and a timescale or date.
ACTIONS_MEET = [
    "Kai (10). SW to visit Kai at school by 14/12.",
    "Kai (10). Me by Fri: ring the school about attendance.",
    "Kai (10). SW - CP medical - 3.12",
    "Kai (10). Tom: ring school w/c 8th.",
    "Kai (10). Referral to CAMHS: SW, by the end of the month.",
    "Kai (10). Actions: chase the GP letter (SW) 10/01.",
    "Kai (10). I'll ring dad before Friday.",
    "Kai (10). Mum to take Kai to the dentist within two weeks.",
    "Kai (10). Carers will register him with a GP this week.",
    "Kai (10). By 20/12 SW will have completed the parenting assessment.",
    "Kai (10). Kerry (SW) to update the chronology by next Friday.",
    "Kai (10). Actions:\n- SW: book FGC, 2 wks",
    "Kai (10). Action: strategy discussion. Owner: TM. Due: 5 Jan.",
    "Kai (10). TM will speak to the IRO tomorrow about moving the conference.",
    "Kai (10). Priya is going to send the referral to Early Help on Monday.",
    "Kai (10). SW agreed to see Kai alone before the core group on the 18th.",
    "Kai (10). Health visitor to weigh the baby weekly.",
    "Kai (10). School to send attendance figures every Friday.",
    "Kai (10). Dad needs to complete the drug test by 31 January.",
    "Kai (10). We will review the safety plan at the next core group.",
    "Kai (10). SW to complete three direct work sessions before the review 2/2/27",
    "Kai (10). Actions - SW to chase CAMHS 9/12 - TM to ask legal for a PLO date by 16/12",
    "Jordan (17). PA to help Jordan apply for college before the end of term.",
    "Kai (10). ring nan re contact (sw) - fri",
    "Kai (10). SW to arrange sibling contact within 10 working days.",
    "Kai (10). Lisa to write to dad, 19th Dec.",
    "Kai (10). Owner SW / due 04.01.27 / chase housing",
    "Kai (10). I'm going to phone the IRO today.",
    "Kai (10). Mum has agreed to start the Freedom programme on 8 January.",
    "Kai (10). SW will see the children weekly until the conference.",
    "Kai (10). Action | Who | When\nGenogram | SW | 20/12",
    "Kai (10). SW and FSW to do a joint visit next Tues.",
    "Kai (10). TM to escalate to the head of service if there is no housing offer by 6th Jan.",
    "Kai (10). Referral to MARAC - SW - by Weds.",
    "Kai (10). Manager to review the case again in 4 weeks.",
    "Kai (10). SW to update the plan and send it to the core group within 5 days.",
    "Kai (10). Team manager will authorise the s47 today.",
    "Kai (10). Next steps: the SW will meet Kai at the youth club on Thurs 11th.",
    "Kai (10). GP to review his medication by 1st Feb.",
    "Kai (10). SW to make sure the passport application is in by the end of March",
    "Kai (10). Foster carer to take Kai for his eye test on Sat.",
    "Kai (10). Dad will ring SW every Monday to update on his sobriety.",
    "Kai (10). Aisha will complete the DASH with mum by Friday 13th.",
    "Kai (10). The SW is to meet him tomorrow to explain the move.",
    "Kai (10). Actions: SW joint visit with police 12/12; TM legal gateway 19/12.",
]

ACTIONS_LOOK_ALIKES = [
    "Kai (10). SW to visit Kai at school.",
    "Kai (10). Visit Kai at school by 14/12.",
    "Kai (10). SW visited Kai on 14/12.",
    "Kai (10). SW to ring the school. Core group held on 3/12.",
    "Kai (10). Mum told SW on 2/12 that she had been to the GP.",
    "Kai (10). SW will try to visit when possible.",
    "Kai (10). Plan continues; review in due course.",
    "Kai (10). Kai to be seen.",
    "Kai (10). The last visit by SW was on 1 December.",
    "Kai (10). Conference on 12/01.",
    "Kai (10). Mum was meant to see the GP on Monday but did not go.",
    "Kai (10). Kai will be 16 next month.",
    "Kai (10). School holidays start on 19/12.",
    "Kai (10). TM to consider.",
    "Kai (10). Actions carried forward from last month.",
    "Kai (10). SW completed the referral by 14/12 as agreed.",
    "Kai (10). Review: next supervision.",
    "Kai (10). Actions agreed at core group on 3/12 remain.",
    "Kai (10). Mum's next hearing is on 15 Jan.",
    "Kai (10). The CP medical was done on 3.12 by the paediatrician.",
    "Kai (10). SW to speak to Kai. Kai was seen on 3/12.",
    "Kai (10). Dad rang SW on Monday.",
]

ACTIONS_NEGATED = [
    "Kai (10). No actions set.",
    "Kai (10). SW to visit - date TBC.",
    "Kai (10). Owner and date not agreed.",
    "Kai (10). SW to visit, no date set yet.",
]


@pytest.mark.parametrize("text", ACTIONS_MEET)
def test_actions_in_their_many_forms(text):
    assert _both(text, "actions"), text


@pytest.mark.parametrize("text", ACTIONS_LOOK_ALIKES + ACTIONS_NEGATED)
def test_actions_look_alikes_and_negations(text):
    assert not _both(text, "actions"), text


# Round two, after reading the labelled sets' misses: the general forms behind them, each in
# new words (a stance with its reason, a cause named, a reading set against another, an option
# weighed by what it would do, a conclusion drawn, a reading agreed rather than a step decided).
REFLECTION_MORE = [
    "Kai (10). I keep coming back to why nobody noticed the weight loss until June.",
    "Kai (10). SW is confident mum has changed; I'm not so sure, her new partner has not been checked.",
    "Kai (10). The report's conclusion, which I agree with, is that he needs a school nearer home.",
    "Kai (10). That is the trap: a quiet child in a calm placement gets no visits.",
    "Kai (10). That changes the picture - dad is not the only adult using.",
    "Kai (10). The fights are not random: they follow every weekend at dad's.",
    "Kai (10). The move left him more vulnerable to the older boys on the estate.",
    "Kai (10). Money is the real driver of the rows at home.",
    "Kai (10). The weekly phone call made the difference to his sleep.",
    "Kai (10). Isolation is now a greater risk to the placement than his behaviour.",
    "Kai (10). It's loneliness not defiance.",
    "Kai (10). He wasn't avoiding school, he was looking after his sister.",
    "Kai (10). We have treated his silence as rudeness for a year.",
    "Kai (10). Closing now would leave Kai holding the family's secret on his own.",
    "Kai (10). A return home would mean losing the only school he has settled in.",
    "Kai (10). Mum's story is possible, but the marks are on both arms.",
    "Kai (10). Is he protecting dad, or protecting himself?",
    "Kai (10). So the extra sessions have not helped, and he is more anxious than in June.",
    "Kai (10). The family plan rests mostly on nan, who is seventy-eight.",
    "Kai (10). kai settled at nan's - wonder whether it's the routine or just being away from the flat",
    "Kai (10). We all agreed the drop in attendance is probably linked to his caring role.",
    "Kai (10). His refusal reads as fear of being moved again.",
    "Kai (10). Partly because of his age, and partly because of the moves, he trusts nobody.",
    "Kai (10). He is calmer at school, because the mornings at home are quieter.",
    "Kai (10). Another explanation could be that he stays up gaming with his cousin.",
    "Kai (10). Thinking about what has changed since June, the new partner is the obvious difference.",
]

REFLECTION_MORE_LOOK_ALIKES = [
    "Kai (10). I agree with the plan.",
    "Kai (10). I questioned this: mum still lives with dad.",
    "Kai (10). Nursery tell us he arrives hungry.",
    "Kai (10). So the visit was moved to Monday.",
    "Kai (10). A visit is possible on Monday.",
    "Kai (10). Mum would leave the house at eight every morning.",
    "Kai (10). Agreed the case will remain open because mum asked for help.",
    "Kai (10). Mum says the move left him vulnerable.",
    "Kai (10). Staff said she reads as well as her classmates.",
    "Kai (10). Unsure.",
    "Kai (10). I am satisfied that the case is progressing.",
    "Kai (10). Each time SW visits, mum says he is at his nan's.",
    "Kai (10). SW scaled safety at 6/10; I would put it at 5.",
    "Kai (10). Kai said he wants to be normal and not have a social worker.",
    "Kai (10). Strategy held; s47 agreed because of the second bruise and the accounts don't match.",
]


@pytest.mark.parametrize("text", REFLECTION_MORE)
def test_reflection_general_forms_behind_the_misses(text):
    assert _both(text, "reflection"), text


@pytest.mark.parametrize("text", REFLECTION_MORE_LOOK_ALIKES)
def test_reflection_general_forms_look_alikes(text):
    assert not _both(text, "reflection"), text
