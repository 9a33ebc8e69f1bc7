"""assess() on a structured CaseDiscussion; the brief/band rules; next_prompt."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.models import Action, Band, CaseDiscussion, KeyDecision, PlanType
from supervision_tui.quality import assess, assess_text, next_prompt
from supervision_tui.models import BAND_ORDER
from supervision_tui.quality.scoring import band_for, is_brief_descriptive


def strong_discussion(**overrides) -> CaseDiscussion:
    data = dict(
        case_ref="CMS-77",
        child_initials="K",
        plan_type=PlanType.cp,
        update="K (6) lives with mum and her partner; CP plan for neglect since May, month 6.",
        lived_experience="K told SW she gets her own cereal because 'mummy is sleeping'; at school she hoards snacks.",
        reflection="I think mum's low mood explains the mornings; K has learned to look after herself.",
        risk="Worries: K unsupervised in the mornings, hunger; protective: breakfast club, gran on Sundays.",
        safety_scale=4,
        impact="Since breakfast club started K is on time every day and her teacher says she concentrates better.",
        challenge="I asked SW what evidence we have that mum is getting treatment, beyond her word.",
        decisions=[KeyDecision(decision="Stay on the CP plan", rationale="mornings are still unsafe for K")],
        actions=[Action(action="Ask GP for mum's treatment plan", owner="SW", due=dt.date(2026, 11, 28))],
        progress="On track for school; not yet for home. Review at the RCPC on 10/12.",
    )
    data.update(overrides)
    return CaseDiscussion(**data)


def test_structured_strong_discussion_is_outstanding():
    a = assess(strong_discussion())
    assert all(c.met for c in a.criteria.values()), {k: c.met for k, c in a.criteria.items()}
    assert a.band == Band.outstanding and not a.brief_descriptive
    assert a.score >= 85


def test_sections_saying_na_as_above_discussed_meet_nothing():
    d = strong_discussion(
        lived_experience="N/A",
        reflection="as above",
        risk="see previous",
        safety_scale=5,
        impact="discussed",
        challenge="N/A",
        progress="discussed",
        decisions=[KeyDecision(decision="continue", rationale="as discussed")],
        actions=[Action(action="visit", owner="SW", due=None)],
    )
    a = assess(d)
    for c in ("lived_experience", "reflection", "risk", "child_impact", "challenge", "progress", "decisions", "actions"):
        assert not a.criteria[c].met, c
    assert a.brief_descriptive and a.band == Band.inadequate


def test_impact_section_with_a_change_for_the_child_is_strong_evidence():
    a = assess(CaseDiscussion(impact="She now sleeps through the night and has stopped wetting the bed.", child_initials="M"))
    assert a.criteria["child_impact"].met and a.criteria["child_impact"].strength >= 0.75


def test_parent_compliance_in_the_impact_section_is_not_impact():
    a = assess(CaseDiscussion(impact="Mum has attended every session and dad has engaged with the course."))
    assert not a.criteria["child_impact"].met


def test_structured_decision_needs_a_rationale_and_action_an_owner_and_date():
    d = CaseDiscussion(
        decisions=[KeyDecision(decision="Refer to legal gateway", rationale="")],
        actions=[Action(action="Book the gateway meeting", owner="", due=dt.date(2026, 12, 1))],
    )
    a = assess(d)
    assert not a.criteria["decisions"].met
    assert not a.criteria["actions"].met
    d2 = CaseDiscussion(
        decisions=[KeyDecision(decision="Refer to legal gateway", rationale="11 months without sustained change")],
        actions=[Action(action="Book the gateway meeting", owner="TM", due=dt.date(2026, 12, 1))],
    )
    a2 = assess(d2)
    assert a2.criteria["decisions"].met and a2.criteria["actions"].met
    assert "Book the gateway meeting" in a2.criteria["actions"].evidence


def test_prompts_name_the_child():
    a = assess(CaseDiscussion(child_initials="K", update="Visit done."))
    assert "K" in a.criteria["child_impact"].prompt
    assert "K" in next_prompt(a)
    b = assess_text("Visit done.", child="Rosa")
    assert "Rosa" in next_prompt(b)
    c = assess_text("Tomasz (7) seen at school.")
    assert "Tomasz" in next_prompt(c)


def test_next_prompt_asks_for_the_child_first_when_brief():
    a = assess_text("Case discussed. Plan continues.", child="K")
    p = next_prompt(a)
    assert p == a.criteria["lived_experience"].prompt


def test_next_prompt_when_everything_is_met():
    a = assess(strong_discussion())
    assert next_prompt(a)


# --- the rules of LABELS.md -----------------------------------------------------------------

NONE = dict.fromkeys(
    ("depth", "reflection", "lived_experience", "child_impact", "risk", "challenge", "decisions", "actions", "progress"),
    False,
)


def crit(**on) -> dict[str, bool]:
    d = dict(NONE)
    d.update({k: True for k in on})
    return d


def test_brief_descriptive_rule():
    assert is_brief_descriptive(crit(reflection=True, child_impact=True))  # no depth
    assert is_brief_descriptive(crit(depth=True, risk=True, actions=True))  # no reflection/impact/voice
    assert not is_brief_descriptive(crit(depth=True, lived_experience=True))


@pytest.mark.parametrize(
    "on,band",
    [
        ({}, Band.inadequate),
        ({"risk": 1, "actions": 1}, Band.inadequate),
        ({"risk": 1, "actions": 1, "decisions": 1}, Band.requires_improvement),
        ({"depth": 1, "lived_experience": 1}, Band.requires_improvement),
        ({"depth": 1, "reflection": 1, "child_impact": 1, "decisions": 1, "actions": 1, "risk": 1}, Band.good),
        ({"depth": 1, "reflection": 1, "child_impact": 1, "actions": 1, "risk": 1, "progress": 1}, Band.requires_improvement),
        ({k: 1 for k in NONE if k != "progress"}, Band.outstanding),
        ({k: 1 for k in NONE if k != "challenge"}, Band.good),
    ],
)
def test_band_rule(on, band):
    assert band_for(crit(**on)) == band


def test_score_is_monotone_with_band():
    notes = [
        "Discussed.",
        "SW to visit by Friday. Decision: case stays open because mum has only just moved. Risk: dad's violence.",
        strong_discussion().full_text(),
    ]
    scored = [assess_text(n) for n in notes]
    assert [a.band for a in scored] == sorted((a.band for a in scored), key=lambda b: BAND_ORDER[b])
    assert scored[0].score < scored[1].score < scored[2].score


def test_assessment_round_trips_as_json():
    a = assess(strong_discussion())
    dumped = a.model_dump(mode="json")
    assert dumped["band"] == "outstanding"
    assert set(dumped["criteria"]) == set(NONE)
    assert type(a).model_validate(dumped) == a
