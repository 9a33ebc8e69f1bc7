"""Progress in the many ways a manager writes it, and what only looks like it (LABELS.md).

Progress is the plan weighed over time: where things stood at the start (or at the last
supervision, review or plan) set against where they stand now, change judged real or not,
drift named, a step down or closure reasoned from a stretch of stability, an early sign with
its caveat, a plan said not to be working and why. A status word, a date in the diary, a single
task done, the time a child has lived somewhere, or a parent's past denials are not.

Written for this project in our own words, before reading any labelled set's errors.
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_boxes, assess_text


MEETS = [
    # the plan's outcomes set against its start
    "When the plan started in March Jayden was attending 61% of the time; he is now at 90%.",
    "Plan began six months ago; dad has finished the Caring Dads course and police call-outs have dropped from weekly to none.",
    "At ICPC the worry was the state of the home; at the three core groups since, the home has been clean and stocked.",
    "Three of the five plan outcomes are met; the two left are both about dad's drinking.",
    "Compared with where we were at the start of the CIN plan, Mia's attendance has doubled.",
    "Start of plan: four missing episodes a month. Now: one in the last three months.",
    "- plan 6 months, mum done freedom programme, attendance 68%->94%",
    "Attendance went from 54% at the start of the plan to 88% this term.",
    "Six months in and most of the outcomes on the plan have been met.",
    "The plan set out in June has largely been followed and the home is calmer for it.",
    # change judged real and sustained over several visits
    "The change has held over four visits now, so I think it is real rather than put on for us.",
    "Mum has kept the house in a good state at every unannounced visit since September - that is sustained change.",
    "Improvements have lasted since the summer and school have seen them too.",
    "Looking back over the last six months, each gain has been lost again after a few weeks.",
    # step down or closure reasoned from a stretch of stability
    "Propose step down to early help: six months of stability, no incidents and school have no worries.",
    "We can close now, the aims of the plan have been met and have held since the spring.",
    "Ready to step down at the next review as there has been nothing of concern since May.",
    # drift named and owned
    "We should have started the sibling assessment in June, when the court date was set - that is drift and it is on us.",
    "Honestly this has drifted: the same three actions have sat on the plan since the summer.",
    "The plan has not moved since the last supervision and each review repeats the one before.",
    "I am worried we have let this go on too long, two years on CIN and the same worries about neglect.",
    "Timescales: PLO letter sent in May, we are now at week 14 and the parenting assessment has not started.",
    # the plan not working, with why
    "The plan isn't working: mum agrees to everything at core group and then does none of it.",
    "The safety plan is not keeping Leah safe - she has been missing three times since it was agreed.",
    "What we are doing is not changing anything for the twins; the home is as bad as it was in January.",
    "Parenting work has not made the difference we hoped for, so the plan needs to change.",
    "Last supervision we agreed mum would have moved by now; she hasn't and we need to look at the plan again.",
    # an early sign, with its caveat
    "first session 4/11, no rows this week - early days",
    "Small signs of change since the new routine started but too soon to say it will last.",
    "Dad has had two sober weeks since starting with the service; it's early and we need to see it hold.",
    "Compared to last month mum is engaging more, but it is one month only.",
    # since the last look: a comparison, in notes, bullets and headings
    "* since last supv: contact now weekly and going well, 3 of 4 actions done",
    "Progress against plan: home conditions were poor at the start, now consistently good over the last 4 visits.",
    "Review of plan - school outcomes met, health outcomes not yet, dentist still outstanding since April",
    "I can see a clear change since our last supervision: the police log is empty and home is calmer.",
    "Since the last review things have gone backwards, with two new DV call-outs.",
    "Things have got worse since we stepped down in July, so we need to think again about the plan.",
    # the plan's aim, then where things stand
    "The CIN plan in March said the family would be rehoused by the summer; they are still in the one-bed flat.",
    "Her care plan aimed for a return home within six weeks. It is now ten weeks and no date is set.",
    "The safety plan in May set four goals for dad. Two are met.",
    "His EHCP assessment was due in July but was still not done in October.",
    "OT referral sent in April, still waiting for a date.",
    "Decision: don't close yet, because the gains are only six weeks old.",
    "Jay 12 - CIN since Jan. 5 mths' sustained change at home, school say he is settled.",
    "The plan isn't working.",
    "Nothing's changed since the core group in May, if anything it is worse.",
    "Actions from the last review checked: GP appointment done, nursery place not yet started.",
    # late against the plan's own timetable
    "We are at month four of the six month parenting order and she has done every session.",
    "Week 10 of 12 and the viability is not written yet.",
    "The pathway plan is now four months behind where it should be.",
    # an ending reasoned from what has held
    "Closing the case at the end of the month because the plan's aims are met and home has been stable since spring.",
    "Step down to early help as there have been no further incidents since March.",
    "The safety plan isn't holding: two missing episodes in a week.",
    "Kept on CIN for now: the improvement has held for two months but not yet through a school holiday.",
    # time on the plan weighed, and the reason for the next step
    "We have been on this plan for nine months and nothing has really shifted.",
    "Because the plan has made no difference in four months, we will ask for a legal planning meeting.",
    "As nothing has changed since the ICPC, SW will request a legal gateway.",
    "There has been little change over the last three months, which makes me question whether CIN is enough.",
    "SW said 'we are in the same place as we were at the last conference' and I agree.",
    # not yet, negated: still the plan weighed
    "No change yet since the plan started in August - mum is still not engaging with the drug service.",
    "The plan has not yet made any difference to the state of the home.",
    "Still no sign of the improvement we hoped for when we agreed the plan in the spring.",
]

DOES_NOT = [
    # status with no weighing
    "Progressing well.",
    "Case progressing, continue plan.",
    "Continue plan, review in 3 months.",
    "Case discussed, plan continues.",
    "CP plan remains in place.",
    # a review or a meeting only in the diary
    "Review due.",
    "Review at next supervision.",
    "To go to panel.",
    "Core group to be held on 12/12.",
    "RCPC 14/03.",
    "Plan reviewed.",
    # a single task done, a visit, a health check due
    "Home visit completed.",
    "Visit completed on 3/11 as per the plan.",
    "Mum completed the parenting course.",
    "Dental check due next month.",
    "Health assessment overdue.",
    "SW to complete the assessment by 20/12.",
    # time in a home, or allocated, with nothing weighed
    "Fostered with Pat and Jo for three years.",
    "Lily has lived with her nan for two years.",
    "In care for 18 months, settled in placement.",
    # history, reflection and risk, not the plan over time
    "Mum has minimised before - the ICPC in June heard she denied DA twice.",
    "Dad has a long history of violence going back to 2015.",
    # a time word with no plan weighed
    "Since the last supervision SW has been on annual leave.",
    "Since the last visit mum has bought a new sofa.",
    "Since last supervision: he now eats with the other lads and has a college place.",
    "Mum's new partner moved in at the start of the month.",
    "He lost 2kg over four months.",
    "Three police call-outs since August, the last on 11/01 when dad threw a glass.",
    "No change since last supervision.",
    "Since starting school Kai has been walked there by his nan.",
    "Jack is making good progress with his reading at school.",
    "Since the last supervision the family worker has been working with mum on routines.",
    "Since the last review: nursery say he often arrives in the same clothes and hungry.",
    "Transfer to the LAC team next month.",
    # a plan agreed or named, with nothing weighed
    "Safety plan agreed with mum; she will now ring SW each Friday.",
    "The plan was discussed with mum and she now understands it.",
    "Referral to CAMHS made in June.",
    "She said the plan was unfair and wanted to go home.",
    "Actions reviewed.",
    "CP plan for neglect since May, month 6.",
    "Actions from the last core group reviewed.",
    # figures, timetables and endings with no plan weighed
    "He went from 4 to 6 on his spelling test.",
    "Mum moved from Leek to Stoke in May.",
    "Mum was hiding behind the door when SW called.",
    "She is two years behind with her reading.",
    "Tyler is in week 3 of his new school.",
    "Closing the referral as mum did not answer the door.",
    # named, not done
    "Progress against the plan was not discussed today.",
    "Progress on plan: to be discussed next time.",
]


# the three readings a note gets: as free text, all in the first box, and typed in the Progress box
def _free(text: str) -> bool:
    return assess_text(text).criteria["progress"].met


def _first_box(text: str) -> bool:
    return assess(CaseDiscussion(update=text)).criteria["progress"].met


def _progress_box(text: str) -> bool:
    a, boxes = assess_boxes(CaseDiscussion(progress=text))
    assert a.criteria["progress"].met is boxes["progress"].met, text
    return boxes["progress"].met


@pytest.mark.parametrize("text", MEETS)
def test_progress_written_many_ways_meets(text):
    c = assess_text(text).criteria["progress"]
    assert c.met, text
    assert c.evidence  # the verdict points at the words that met it


@pytest.mark.parametrize("text", DOES_NOT)
def test_progress_look_alike_does_not_meet(text):
    assert not assess_text(text).criteria["progress"].met, text


@pytest.mark.parametrize("text", [
    "Agreed ICPC for Kyle (4) - dad has not engaged with any of the CIN plan in four months.",
    "Request RCPC by 12/3 because the plan has not made any difference.",
])
def test_a_step_decided_is_not_read_as_a_diary_date(text):
    assert assess_text(text).criteria["progress"].met, text


@pytest.mark.parametrize("text", ["Pathway plan review due.", "Leah (15), CLA review due.", "RCPC in 3 months.",
                                  "Next core group on 4/12."])
def test_a_meeting_only_in_the_diary_is_not_progress(text):
    assert not assess_text(text).criteria["progress"].met, text


@pytest.mark.parametrize("text", MEETS)
def test_progress_meets_in_the_first_box_and_the_progress_box(text):
    assert _first_box(text), text
    assert _progress_box(text), text


@pytest.mark.parametrize("text", DOES_NOT)
def test_look_alikes_meet_nothing_in_the_first_box_or_the_progress_box(text):
    assert not _first_box(text), text
    assert not _progress_box(text), text
