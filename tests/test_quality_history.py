"""Across records: copied-forward text, re-set actions, previous actions never reviewed."""

from __future__ import annotations

import datetime as dt

from supervision_tui.models import Action, ActionReview, CaseDiscussion, ReviewStatus
from supervision_tui.quality import HistoryFinding, history_findings

RISK = (
    "Worries: Dylan is left with his 15-year-old brother most evenings while mum works nights; "
    "protective: the neighbour checks in and school know the situation."
)


def previous() -> CaseDiscussion:
    return CaseDiscussion(
        child_initials="D",
        risk=RISK,
        impact="Dylan's attendance rose from 80% to 92% this term.",
        actions=[
            Action(action="Refer mum to the childcare support fund", owner="SW", due=dt.date(2026, 10, 1)),
            Action(action="Ask school for a trusted adult for Dylan", owner="SW", due=dt.date(2026, 10, 8)),
        ],
    )


def kinds(findings: list[HistoryFinding]) -> list[str]:
    return [f.kind for f in findings]


def test_no_previous_discussion_no_findings():
    assert history_findings(previous(), None) == []


def test_section_copied_forward_unchanged_or_nearly():
    prev = previous()
    same = CaseDiscussion(child_initials="D", risk=RISK)
    f = history_findings(same, prev)
    assert "copied_forward" in kinds(f)
    assert any("risk" in x.message for x in f)
    # re-punctuated and re-cased is still a copy
    nearly = CaseDiscussion(child_initials="D", risk=RISK.upper().replace(";", ",") + " ")
    assert "copied_forward" in kinds(history_findings(nearly, prev))


def test_rewritten_section_is_not_a_copy():
    prev = previous()
    fresh = CaseDiscussion(
        child_initials="D",
        risk="Mum has moved to day shifts, so Dylan is no longer left in the evenings; the worry now is weekends.",
    )
    assert "copied_forward" not in kinds(history_findings(fresh, prev))


def test_short_filler_repeated_is_not_flagged_as_copied():
    prev = CaseDiscussion(risk="No change.")
    cur = CaseDiscussion(risk="No change.")
    assert "copied_forward" not in kinds(history_findings(cur, prev))


def test_action_reset_with_same_wording():
    prev = previous()
    cur = CaseDiscussion(
        child_initials="D",
        actions=[Action(action="Refer mum to the childcare support fund.", owner="SW", due=dt.date(2026, 11, 1))],
        previous_actions=[
            ActionReview(action=a.action, action_id=a.id, status=ReviewStatus.not_done) for a in prev.actions
        ],
    )
    f = history_findings(cur, prev)
    assert kinds(f) == ["action_copied"]


def test_previous_action_not_reviewed():
    prev = previous()
    first, second = prev.actions
    cur = CaseDiscussion(
        child_initials="D",
        previous_actions=[
            ActionReview(action_id=first.id, action=first.action, status=ReviewStatus.done),
            # carried forward but never given a status
            ActionReview(action_id=second.id, action=second.action, status=None),
        ],
    )
    f = history_findings(cur, prev)
    assert kinds(f) == ["action_not_reviewed"]
    assert "trusted adult" in f[0].message


def test_review_matched_by_wording_when_ids_are_missing():
    prev = previous()
    cur = CaseDiscussion(
        previous_actions=[
            ActionReview(action=a.action, status=ReviewStatus.no_longer_needed) for a in prev.actions
        ]
    )
    assert history_findings(cur, prev) == []


def test_findings_are_frozen():
    f = HistoryFinding("copied_forward", "m", "d")
    try:
        f.kind = "action_copied"  # type: ignore[misc]
    except Exception:
        return
    raise AssertionError("HistoryFinding should be immutable")
