"""Each criterion: met by substance, not by its name; cancelled by negation and empty headings."""

from __future__ import annotations

import pytest

from supervision_tui.models import CRITERIA, Band
from supervision_tui.quality import RUBRIC_VERSION, assess_text

STUFFED = "Impact reflection risk challenge decision actions progress voice lived experience discussed."

# Filler that keeps a long note long without touching any criterion (for depth-neutral cases).
PADDING = (
    "Fern (8) lives with her mum and older brother in a two-bedroom flat near the town centre. "
    "She is in year three at the local primary school. The family moved to the area two years "
    "ago from the coast. Mum works part time in a bakery on weekday mornings. The brother is at "
    "the secondary school across the road and takes Fern to school on his way. "
)


def met(text: str, criterion: str) -> bool:
    return assess_text(text).criteria[criterion].met


# (criterion, positive, negative, negated, empty heading)
CASES = {
    "reflection": (
        "Fern keeps asking to stay late at school. My sense is that home feels unsafe to her after dark, "
        "which would explain why the requests started when mum's new partner moved in.",
        "Fern keeps asking to stay late at school. SW visited on Monday and mum was at home.",
        "Fern keeps asking to stay late at school. No analysis was possible this month.",
        "Reflection: N/A\nAnalysis: as above",
    ),
    "lived_experience": (
        "Fern told SW she hides in the bathroom when the shouting starts and that she wants her gran to live with them.",
        "SW visited the flat on 03/11; mum gave an update on housing and benefits.",
        "Fern was not seen this period and no direct work was done.",
        "Child's voice: N/A - not seen\nLived experience: discussed",
    ),
    "child_impact": (
        "Since the plan started Fern's attendance has gone from 71% to 95% and she no longer wets the bed.",
        "Mum has attended all six sessions of the parenting course and engaged well with the family worker.",
        "Impact on Fern not considered this month.",
        "Impact on child: considered\nWhat has changed: ongoing",
    ),
    "risk": (
        "What worries us is that mum's partner has a conviction for assaulting a child and has been staying "
        "over; protective factors are gran next door and a school that notices.",
        "Mum says everything is fine at home and the flat was tidy.",
        "No risks identified and no worries raised by school.",
        "Risk: see previous\nRisk analysis: risk reviewed",
    ),
    "challenge": (
        "SW felt the family no longer needed a plan. I asked SW what evidence we have that things are different "
        "when nobody is visiting, and whether school would agree.",
        "SW gave an update on the family and the plan continues.",
        "TM did not challenge the plan this month.",
        "Management challenge: N/A\nChallenge - TM challenged.",
    ),
    "decisions": (
        "Decision: Fern to stay on a CIN plan for another three months because the partner's role is still unclear.",
        "Mum has moved Fern's bedroom and bought a new bed.",
        "No decision made today; to be discussed next time.",
        "Decision: as discussed\nRationale: N/A",
    ),
    "actions": (
        "Actions: SW to visit unannounced by 21/11; TM to book the FGC within two weeks.",
        "The family were visited and the flat was seen.",
        "No actions set; SW to visit at some point.",
        "Actions: N/A\nNext steps: ongoing",
    ),
    "progress": (
        "Fern has been on a CIN plan for 14 months and it has drifted; if nothing changes by the review on 10/12 we "
        "will consider escalating to a strategy discussion.",
        "Fern enjoys swimming on Saturdays with her brother.",
        "Progress not discussed this month.",
        "Progress: see previous\nPlan progress - progressing",
    ),
}


@pytest.mark.parametrize("criterion", list(CASES))
def test_positive_case_meets_the_criterion(criterion):
    a = assess_text(CASES[criterion][0])
    c = a.criteria[criterion]
    assert c.met, c
    assert c.strength >= 0.5
    assert c.evidence and c.evidence in CASES[criterion][0]
    assert c.prompt == ""


@pytest.mark.parametrize("criterion", list(CASES))
def test_negative_case_does_not(criterion):
    c = assess_text(CASES[criterion][1]).criteria[criterion]
    assert not c.met, c
    assert c.prompt  # an answerable question instead
    assert c.evidence == ""


@pytest.mark.parametrize("criterion", list(CASES))
def test_negated_case_does_not(criterion):
    assert not met(CASES[criterion][2], criterion)


@pytest.mark.parametrize("criterion", list(CASES))
def test_empty_or_na_heading_does_not(criterion):
    assert not met(CASES[criterion][3], criterion)


@pytest.mark.parametrize("criterion", CRITERIA)
def test_keyword_stuffing_meets_nothing(criterion):
    assert not met(STUFFED, criterion)
    assert not met(STUFFED + " " + STUFFED.lower(), criterion)


def test_depth_counts_case_content_not_filler():
    short = "Fern (8) seen at school. Mum fine. Plan continues."
    assert not met(short, "depth")
    assert met(PADDING * 2, "depth")
    # a long run of ticked headings is still not depth
    ticked = "\n".join(f"{h}: discussed" for h in ("Risk", "Impact", "Voice", "Reflection", "Progress") * 6)
    assert not met(ticked, "depth")


def test_no_longer_missing_is_a_positive_change_not_a_negation():
    text = "Kofi (14) is no longer missing from school and has not been reported missing since August."
    a = assess_text(text)
    assert a.criteria["child_impact"].met
    # and the word "missing" in a change statement is not a risk analysis
    assert not a.criteria["risk"].met


def test_parent_compliance_is_not_impact():
    text = "Dad has stopped drinking and now attends every appointment; mum has improved the home conditions."
    assert not met(text, "child_impact")


def test_plain_language_reflection_counts():
    for text in (
        "I wonder whether Jo's silence at contact is loyalty to her dad.",
        "It may be that the tantrums are about the new baby.",
        "That tells us the routine matters more to him than the place.",
        "This suggests the bruising happened at the weekend, not at nursery.",
    ):
        assert met(text, "reflection"), text


def test_action_needs_owner_and_timescale():
    assert met("SW to ring the school by Friday.", "actions")
    assert met("Health visitor to weigh baby within 2 weeks.", "actions")
    assert met("Carers to keep a sleep diary before the LAC review.", "actions")
    assert not met("SW to ring the school.", "actions")  # no timescale
    assert not met("Ring the school by Friday.", "actions")  # no owner
    assert not met("Review the plan by 28 Nov.", "actions")  # no owner


def test_decision_needs_its_reason():
    assert met("We agreed the case stays open as mum has only just left the refuge.", "decisions")
    assert met("Decision: no move this term, given that she has just settled at school.", "decisions")
    assert not met("Decision: case to close.", "decisions")
    assert not met("We agreed to book a meeting.", "decisions")


def test_abbreviated_bullets():
    text = (
        "Z (13) CIN -> CP?\n"
        "- Voice: Z told SW 'I don't go home till he's asleep'.\n"
        "- Analysis: Z is keeping herself safe by staying out; I think the risk is greater than mum says.\n"
        "- Risk: CSE indicators (older boyfriend, gifts); protective: aunt, school DSL.\n"
        "- Decision: strategy discussion this week because the CSE indicators meet threshold.\n"
        "- Actions: SW to convene strategy by 08/11; TM to chair.\n"
        "- Progress: CIN for 9 months, escalate to ICPC if s47 substantiated."
    )
    a = assess_text(text)
    for c in ("lived_experience", "reflection", "risk", "decisions", "actions", "progress"):
        assert a.criteria[c].met, c


def test_record_written_to_the_child():
    text = (
        "Dear Ana, today Lou and I talked about you. Lou told me you said your new school is 'loud but fun'. "
        "Since you moved in with your aunt you have been going to school every day and you sleep much better. "
        "Lou will ask your aunt by next Friday whether you can join the choir."
    )
    a = assess_text(text)
    assert a.criteria["lived_experience"].met
    assert a.criteria["child_impact"].met
    assert a.criteria["actions"].met


def test_every_criterion_reported_with_its_ofsted_sentence():
    a = assess_text(CASES["risk"][0])
    assert set(k.value for k in a.criteria) == set(CRITERIA)
    for c in a.criteria.values():
        assert c.ofsted
        assert 0.0 <= c.strength <= 1.0
    assert a.rubric_version == RUBRIC_VERSION
    assert a.band in set(Band)


def test_empty_text_is_inadequate_not_an_error():
    a = assess_text("")
    assert a.band == Band.inadequate and a.brief_descriptive and a.score < 40


def test_long_note_is_assessed():
    long = (PADDING + CASES["reflection"][0] + " " + CASES["actions"][0] + "\n") * 40
    assert len(long.split()) >= 2000
    a = assess_text(long)
    assert a.criteria["depth"].met and a.criteria["reflection"].met and a.criteria["actions"].met
