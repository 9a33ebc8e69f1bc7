"""The audit screen: driven end to end by Pilot, and snapshots at 80x24 and 120x40.

Same determinism as tests/test_tui_snapshots.py: fixed today, fixed store clock, UTC,
no cursor blink.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from test_tui_support import FIXED, SUPERVISOR, TODAY, frozen_clock_store, settle

from supervision_tui.models import Audit, Band, CriterionId, DiscussionAudit
from supervision_tui.store.audits import audits_for, save_audits
from supervision_tui.tui.app import SupervisionApp

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
SIGNED = "11111111-1111-4111-8111-111111111111"  # Tom's record, signed by both, two children


@pytest.fixture
def store(tmp_path, monkeypatch):
    for s in frozen_clock_store(tmp_path / "audit.db", monkeypatch):
        s.actor = "Ann Auditor"
        yield s
    time.tzset()


def app_for(store) -> SupervisionApp:
    return SupervisionApp(store, today=TODAY, supervisor=SUPERVISOR, offer_draft=False)


async def open_audit(pilot) -> None:
    await settle(pilot)
    pilot.app.open_record(SIGNED)
    await settle(pilot)
    await pilot.press("u")
    await settle(pilot)


async def still(pilot) -> None:
    await settle(pilot)
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await settle(pilot)


async def test_an_auditor_overrides_the_checker_says_why_and_submits(store):
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_audit(pilot)
        screen = app.screen
        assert type(screen).__name__ == "AuditScreen"
        draft = screen.draft
        first = draft.discussions[0]
        # the checker's verdicts arrive pre-filled: every box as the checker said
        assert all(screen.query_one(f"#crit-0-{c.value}").value == first.checker[c] for c in CriterionId)
        assert screen.query_one("#q-signed_by_both").value == "yes"  # the record is signed by both
        # the band: one step down with the keyboard
        band = screen.query_one("#band-0")
        band.focus()
        await pilot.press("enter")
        await pilot.press("down", "enter")
        await settle(pilot)
        new_band = band.value
        assert new_band != first.checker_band.value
        # flip the challenge verdict
        box = screen.query_one("#crit-0-challenge")
        box.focus()
        await pilot.press("space")
        assert box.value != first.checker[CriterionId.challenge]
        # submit without a comment: refused, one line, nothing saved
        await pilot.press("ctrl+s")
        await settle(pilot)
        error = screen.query_one("#audit-error")
        assert error.display and "say why you override the checker (band, challenge)" in str(error.render())
        assert app.focused is screen.query_one("#comment-0")
        assert audits_for(store, SIGNED) == []
        await pilot.press(*"Analysis is there")
        screen.query_one("#went-well").text = "Clear decisions for J."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmModal"
        await pilot.press("y")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecordScreen"
        text = str(app.screen.query_one("#record-text").render())
        assert "Audits" in text and "Auditor: Analysis is there" in text and "What went well: Clear decisions for J." in text
    ((audit, current),) = audits_for(store, SIGNED)
    assert current and audit.auditor == "Ann Auditor"
    assert audit.discussions[0].overrides() == ["band", "challenge"]
    assert audit.discussions[0].auditor_band == Band(new_band)
    assert audit.discussions[0].comment == "Analysis is there"
    assert audit.discussions[1].overrides() == []
    assert store.audit_entries(SIGNED)[-1].action == "audit"
    assert store.verify().ok


async def test_leaving_or_a_missing_auditor_saves_nothing(store):
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_audit(pilot)
        screen = app.screen
        screen.query_one("#auditor").value = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "an audit needs the auditor's name" in str(screen.query_one("#audit-error").render())
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecordScreen"
        # keep editing at the confirmation saves nothing either
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert type(app.screen).__name__ == "AuditScreen"
    assert audits_for(store, SIGNED) == []


def _saved_audit(store) -> None:
    record = store.load(SIGNED)
    d0, d1 = record.discussions
    checker = {c: c in (CriterionId.depth, CriterionId.risk) for c in CriterionId}
    save_audits(store, [Audit(
        id="aaaaaaaa-0000-4000-8000-000000000001", record_id=SIGNED, auditor="Ann Auditor",
        created_at=FIXED + dt.timedelta(days=1),
        discussions=[
            DiscussionAudit(discussion_id=d0.id, child="J.R. (CMS-204511)", checker_score=54,
                            checker_band=Band.requires_improvement, auditor_band=Band.good, checker=checker,
                            auditor={**checker, CriterionId.reflection: True},
                            comment="The hypothesis about mum's low mood is reflection."),
            DiscussionAudit(discussion_id=d1.id, child="A.B. (CMS-300912)", checker_score=0,
                            checker_band=Band.inadequate, auditor_band=Band.inadequate, checker=checker,
                            auditor=dict(checker)),
        ],
        questions={"signed_by_both": True, "wellbeing": True, "on_time": None},
        went_well="Clear decision and rationale for J.", to_improve="Say what A.B.'s day is like.",
    )])


@pytest.mark.parametrize("size", SIZES)
class TestAuditScreen:
    def test_audit_screen(self, store, snap_compare, size):
        """The audit of a signed record, every verdict pre-filled from the checker."""
        async def run_before(pilot):
            await open_audit(pilot)
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_audit_screen_override_needs_a_comment(self, store, snap_compare, size):
        """A verdict overridden and submitted without a comment: marked, and one line says why."""
        async def run_before(pilot):
            await open_audit(pilot)
            pilot.app.screen.query_one("#crit-0-reflection").focus()
            await pilot.press("space", "ctrl+s")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_record_with_its_audit(self, store, snap_compare, size):
        """The record view ends with the audit: what the auditor changed, why, and the feedback."""
        async def run_before(pilot):
            await settle(pilot)
            pilot.app.open_record(SIGNED)
            await settle(pilot)
            await pilot.press("end")
            await still(pilot)

        _saved_audit(store)
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)


async def test_home_shows_the_supervisor_their_audited_records(store):
    """No audits: no tab (home as it was). An audit of Priya's record: an Audited tab listing it."""
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert not app.screen.query("#audited-table")
    _saved_audit(store)
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#audited-table")
        assert table.row_count == 1
        row = [str(c) for c in table.get_row_at(0)]
        assert row == ["2026-03-03", "2026-03-02", "Tom Ellery", "Ann Auditor", "1 child"]
        from textual.widgets import TabbedContent

        app.screen.query_one(TabbedContent).active = "audited"
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecordScreen" and app.screen.record_id == SIGNED


async def test_two_loads_at_once_add_one_audited_tab(store):
    """A reload while the first is still adding the tab (the app's loads run in threads) adds it once."""
    import asyncio

    from supervision_tui.store.audits import audited_records

    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        home = app.screen
        _saved_audit(store)
        rows = audited_records(store, SUPERVISOR)
        await asyncio.gather(home._fill_audited(rows), home._fill_audited(rows))
        await settle(pilot)
        assert len(home.query("#audited-table")) == 1 and home.query_one("#audited-table").row_count == 1
