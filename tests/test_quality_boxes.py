"""A box is a hint, never evidence: the checker judges what a note says, whichever box it is in.

The fifteen misjudgements of issue 12 (tests/quality_box_cases.py) through the structured path
(`assess`, the code the app and `score` use) and through `check`; then each rule behind them in
our own words: a sentence that meets, a look-alike that must not, and a negation.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from quality_box_cases import CASES

from supervision_tui.cli.quality_cmds import check
from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import BOX_CRITERION, assess, assess_boxes, assess_text, decision_has_reason

BOXES = CaseDiscussion.SECTION_FIELDS


def _in(box: str, text: str, **kw) -> CaseDiscussion:
    return CaseDiscussion(**{box: text}, **kw)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_fifteen_cases_in_the_app(case):
    d = case.discussion()
    a, boxes = assess_boxes(d)
    crit = a.criteria[case.criterion]
    assert crit.met is case.met, (case.boxes, crit.evidence)
    assert assess(d) == a  # assess_boxes gives the app exactly what assess gives `score`
    if crit.met:
        assert crit.evidence
    else:
        assert crit.prompt.endswith("?")
    if case.box is not None:
        own = boxes[case.box]
        assert own.met is case.box_met
        assert (own.evidence != "") is own.met
        assert (own.prompt != "") is (not own.met)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_fifteen_cases_in_check(case):
    d = case.discussion()
    r = CliRunner().invoke(check, ["--json"], input=d.model_dump_json())
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["criteria"][case.criterion]["met"] is case.met
    # and as free text (an export from another system), the same verdict
    r = CliRunner().invoke(check, ["--json", "-"], input=d.full_text())
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["criteria"][case.criterion]["met"] is case.met


# Statements that say nothing of any kind: in whichever box, they meet nothing.
EMPTY = [
    "Seen at home, all okay.",
    "Things are fine at home.",
    "Visit done and recorded.",
    "Mum says everything is going well.",
    "Nothing new to report this month.",
    "Worker to continue to support.",
    "SW feels positive about the family.",
]


@pytest.mark.parametrize("text", EMPTY)
@pytest.mark.parametrize("box", BOXES)
def test_an_empty_statement_meets_nothing_in_any_box(box, text):
    a = assess(_in(box, text))
    met = [k for k, c in a.criteria.items() if c.met]
    assert met == [], (box, text, met)


# In its own box a statement of that kind counts; the box only says what kind of words to expect.
OF_ITS_KIND = [
    ("risk", "Dad has convictions for violence against a previous partner and knows where they live."),
    ("risk", "Mum's drinking is heavier at weekends and she drives the children after it."),
    ("reflection", "Dad's shift change meant mornings fell apart, so the lateness is about the routine, not her."),
    ("challenge", "How do we know mum has stopped drinking when every test so far was booked in advance?"),
    ("progress", "Six months on the plan and the same two actions are still open with no change."),
    ("lived_experience", "'I just want to go home and for mum to be better', in her words."),
]


@pytest.mark.parametrize("box,text", OF_ITS_KIND)
def test_words_of_the_box_kind_count_in_it(box, text):
    a, boxes = assess_boxes(_in(box, text))
    assert a.criteria[BOX_CRITERION[box]].met, (box, text)
    assert boxes[box].met and boxes[box].evidence


# The same kind of words but empty, generic or denied: the box does not rescue them.
NOT_OF_ITS_KIND = [
    ("risk", "Risk discussed in supervision."),
    ("risk", "No risks identified at present."),
    ("reflection", "SW feels the family are doing well."),
    ("reflection", "Case discussed, plan continues."),
    ("challenge", "SW agreed with the plan."),
    ("progress", "Plan continues, review in six weeks."),
    ("progress", "Review due."),
    ("lived_experience", "Mum said 'he's fine, he's always fine'."),
    ("lived_experience", "L was not seen; her wishes and feelings are not known."),
    ("impact", "Mum has attended every session and is engaging with the plan."),
    ("impact", "Impact on child considered."),
]


@pytest.mark.parametrize("box,text", NOT_OF_ITS_KIND)
def test_look_alikes_do_not_count_in_their_box(box, text):
    a, boxes = assess_boxes(_in(box, text))
    assert not a.criteria[BOX_CRITERION[box]].met, (box, text)
    assert not boxes[box].met and boxes[box].prompt.endswith("?")


def test_the_same_empty_words_get_the_same_verdicts_in_every_box():
    verdicts = set()
    for box in BOXES:
        a = assess(_in(box, "Mum says things are fine. Home visit completed. To be reviewed next supervision."))
        verdicts.add(tuple(c.met for c in a.criteria.values()))
    assert len(verdicts) == 1


# --- each box says whether its own words do what it asks -------------------------------------


def test_a_filler_box_keeps_its_prompt_when_another_box_met_the_criterion():
    d = CaseDiscussion(
        child_initials="Jo",
        lived_experience="Jo (8) told me her tummy stopped hurting once the shouting stopped; she sleeps in her own bed now.",
        impact="Impact on child discussed.",
    )
    a, boxes = assess_boxes(d)
    assert a.criteria["child_impact"].met  # the Lived experience box met it for the child
    assert not boxes["impact"].met
    assert "Jo" in boxes["impact"].prompt and boxes["impact"].prompt.endswith("?")
    assert boxes["lived_experience"].met
    assert boxes["reflection"].empty and not boxes["reflection"].met
    assert not boxes["impact"].empty  # filler is typed words: "not yet", never "empty"


def test_a_box_of_a_few_words_is_not_called_empty():
    _, boxes = assess_boxes(CaseDiscussion(risk="Dad still visits.", impact="   "))
    assert not boxes["risk"].met and not boxes["risk"].empty and boxes["risk"].prompt
    assert boxes["impact"].empty


def test_a_box_is_judged_on_its_own_words_not_its_neighbours():
    d = CaseDiscussion(
        risk="Dad's violence towards mum is the main worry; he has breached his bail twice.",
        progress="Dad's violence towards mum.",  # too short to say anything of progress
    )
    _, boxes = assess_boxes(d)
    assert boxes["risk"].met and not boxes["progress"].met


# --- the rules behind the cases, in our own words ----------------------------------------------


@pytest.mark.parametrize(
    "text,met",
    [
        ("K.L. (7) said 'I hide in the wardrobe when they shout'.", True),  # dotted initials are the child
        ("P.J. told the teacher 'my dad's new girlfriend is kind'.", True),
        ("RT (5) cried at the door and said she wanted her nan.", True),  # capital initials are the child
        ("Mum told SW 'he's fine, he never complains'.", False),  # an adult's words about the child
        ("K.L. was not seen; school say she is fine.", False),
    ],
)
def test_initials_are_the_child(text, met):
    assert assess_text(text).criteria["lived_experience"].met is met, text


@pytest.mark.parametrize(
    "text,met",
    [
        ("Sam moved to a new foster placement in May. The teacher says he cried at lunch and told her 'I miss my dog'.", True),
        ("Sam moved to a new foster home. His carer says he is settling.", False),  # an adult's account only
        ("Sam moved to a foster placement. He has not been seen since.", False),
    ],
)
def test_a_foster_placement_is_not_a_person(text, met):
    assert assess_text(text).criteria["lived_experience"].met is met, text


@pytest.mark.parametrize(
    "text,impact,progress",
    [
        ("Speech therapy referral still not done - chased twice.", False, True),  # drift, not a change for her
        ("CAMHS assessment not yet completed; she is still waking at night.", False, False),
        ("Since the speech therapist started she uses two-word sentences at nursery.", True, False),
    ],
)
def test_an_undone_task_is_drift_not_impact(text, impact, progress):
    a = assess_text(text)
    assert a.criteria["child_impact"].met is impact, text
    assert a.criteria["progress"].met is progress, text


@pytest.mark.parametrize(
    "text,met",
    [
        ("We don't know yet whether mum's new partner is living there; she has hidden partners before.", True),
        ("It is still not clear whether the bruise came from nursery or home.", True),
        ("We don't know the date of the next review yet.", False),
        ("We know dad has moved out.", False),
    ],
)
def test_weighing_what_is_not_known_is_reflection(text, met):
    assert assess_text(text).criteria["reflection"].met is met, text


@pytest.mark.parametrize(
    "text,met",
    [
        ("RCPC to be brought forward to 3/4 because nothing has changed since the last one.", True),
        ("The strategy meeting in March heard that dad had left.", False),  # a source, not a step
        ("ICPC held 2/2; CP plan under neglect.", False),
    ],
)
def test_a_meeting_named_as_a_source_is_not_progress(text, met):
    assert assess_text(text).criteria["progress"].met is met, text


@pytest.mark.parametrize(
    "text,met",
    [
        ("Seen alone, she said she is happy at nan's because no one shouts there.", True),
        ("Seen, happy, nothing to add.", False),
        ("Seen at school, seems fine.", False),
    ],
)
def test_a_ticked_off_feeling_is_not_lived_experience(text, met):
    assert assess(_in("lived_experience", text)).criteria["lived_experience"].met is met, text


@pytest.mark.parametrize(
    "text,met",
    [
        ("I challenged this: every sighting of dad is from mum, and none from school.", True),
        ("What still worries us: dad knows the new address and has turned up twice.", True),
        ("Challenge: none.", False),
        ("Risk: discussed.", False),
    ],
)
def test_a_heading_that_says_something_is_read_as_words(text, met):
    a = assess_text(text)
    crit = "challenge" if text.lower().startswith(("i challenged", "challenge")) else "risk"
    assert a.criteria[crit].met is met, text


@pytest.mark.parametrize(
    "decision,rationale,has",
    [
        ("Refer to the NRM because the CCE indicators are all present", "", True),
        ("Step down to early help - the CIN goals are met and school attendance is 96%", "", True),
        ("Refer to the NRM", "", False),
        ("Refer to the NRM", "As discussed.", False),
        ("Refer to the NRM", "He has been found in another county twice with cash.", True),
        ("", "Because", False),
    ],
)
def test_a_decision_carries_its_reason_in_its_own_words(decision, rationale, has):
    assert decision_has_reason(decision, rationale) is has


@pytest.mark.parametrize("via", ["free", "dealt", "first_box"])
def test_every_verdict_cites_evidence_or_asks_a_question(via):
    """On our own labelled notes, by every path: a met criterion quotes the note, an unmet one
    asks a question the manager can answer; so does each box."""
    from pathlib import Path

    from supervision_tui.quality.evaluation import assessor, dealt_discussion, load_jsonl

    rows = load_jsonl(Path(__file__).parent / "quality_notes.jsonl")
    f = assessor(via)
    for r in rows:
        a = f(r["text"])
        for k, c in a.criteria.items():
            if c.met:
                assert c.evidence and (c.evidence in r["text"] or k in ("decisions", "actions")), (r["id"], k)
            else:
                assert c.prompt.endswith("?") and not c.evidence, (r["id"], k)
        if via == "dealt":
            _, boxes = assess_boxes(dealt_discussion(r["text"]))
            for b in boxes.values():
                assert (b.met and b.evidence and not b.prompt) or (not b.met and b.prompt.endswith("?")), (r["id"], b)


# --- the kinds of error seen on case-management style notes, in our own words ---------------


@pytest.mark.parametrize(
    "text,criterion,met",
    [
        # a heading named for a criterion lends nothing to what follows it
        ("Analysis: dad went to two of the three parenting groups.", "reflection", False),
        ("Analysis: the missed groups fall on his late shifts, so this looks like rota, not reluctance.", "reflection", True),
        ("Voice of the child: not able to give views (age).", "lived_experience", False),
        ("Voice of the child: Ava (6) said 'I like it at nan's because it's quiet'.", "lived_experience", True),
        ("Impact on child: parents attend every meeting and are engaging.", "child_impact", False),
        ("Impact on child: since the routine started Ava gets to school on time most days.", "child_impact", True),
        ("Impact on child: since the routine started mum gets to work on time most days.", "child_impact", False),
        # the worker's or a parent's feelings are not the child's
        ("SW feels anxious about the next visit.", "lived_experience", False),
        ("Dad says he is lonely and misses the children.", "lived_experience", False),
        ("Ava told SW she is lonely at playtimes and misses her old friends.", "lived_experience", True),
        # status words are not progress
        ("Progressing well, parents engaging.", "progress", False),
        ("Carry on with the plan, review in 6 weeks.", "progress", False),
        ("Stay on the current plan - review in 3 months.", "progress", False),
        ("We have carried on with the same plan for six months and nothing has changed for Ava: this is drift.", "progress", True),
        ("Review due next month.", "progress", False),
        ("To go to panel.", "progress", False),
        ("Eight months on the plan and the same concerns are open, so we need legal gateway.", "progress", True),
        # decisions written as case-management forms
        ("Decision: extend the CIN plan as school attendance is still falling.", "decisions", True),
        ("Not stepping down, SW to see Ava alone first - we have only ever heard her with mum present.", "decisions", True),
        ("I've decided we won't close yet. Dad has only just moved out and that is why.", "decisions", True),
        ("Decision: extend the CIN plan.", "decisions", False),
        # in a letter to the child, "you" is the child
        ("Dear Ava,\nYou told Sam that Mondays make your head hurt because of the shouting at the weekend.",
         "lived_experience", True),
        ("Dear Ava,\nYou told Sam that Mondays make your head hurt.", "risk", False),
    ],
)
def test_the_kinds_of_error_on_case_management_notes(text, criterion, met):
    assert assess_text(text).criteria[criterion].met is met, text
