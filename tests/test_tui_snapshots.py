"""Snapshots of every screen of the recording TUI, at 80x24 and at 120x40.

Fixed today, fixed data (tests/test_tui_support.py), the store's clock fixed too (so the
audit trail's times and hashes never change), UTC, and no cursor blink: a snapshot
taken tomorrow matches the one taken today. Update with `pytest --snapshot-update`.
"""

from __future__ import annotations


import pytest
from test_tui_support import ama_earlier_record, STRONG_NOTE, SUPERVISOR, TODAY, WEAK_NOTE, frozen_clock_store, settle

from supervision_tui.tui.app import SupervisionApp

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
KEN = "66666666-6666-4666-8666-666666666661"  # Ama's signed record (child K.B.)
SIGNED = "11111111-1111-4111-8111-111111111111"  # Tom's record, signed by both, with an addendum
DEV_DRAFT = "66666666-6666-4666-8666-666666666662"


@pytest.fixture
def store(tmp_path, monkeypatch):
    yield from frozen_clock_store(tmp_path / "snap.db", monkeypatch)


def app_for(store, **kwargs) -> SupervisionApp:
    return SupervisionApp(store, today=TODAY, supervisor=SUPERVISOR, **kwargs)


async def still(pilot) -> None:
    """Wait for every worker and timer, then stop cursors blinking."""
    await settle(pilot)
    await assessed(pilot)
    pilot.app.save_drafts()  # "draft saved", whatever the autosave timer had reached
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
        if hasattr(widget, "_line_cache"):
            widget._line_cache.clear()  # a line drawn in the blink's "on" phase would otherwise stay
        widget.refresh()
    await settle(pilot)


async def assessed(pilot) -> None:
    """Wait until the quality panel's pending re-assessment (a debounce timer) has run."""
    for _ in range(200):
        if getattr(pilot.app.screen, "_assess_timer", None) is None:
            return
        await pilot.pause(0.05)
    raise AssertionError("the quality panel never re-assessed")


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def open_flow_at(pilot, field: str, record_id: str = DEV_DRAFT) -> None:
    from supervision_tui.tui.steps import steps_for

    app = pilot.app
    await settle(pilot)
    record = app.store.load(record_id)
    at = next(i for i, s in enumerate(steps_for(record)) if (s.field or s.kind) == field)
    app.open_flow(record, start_at=at)
    await pilot.pause()


# Home ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
class TestHome:
    def test_supervisees(self, store, snap_compare, size):
        assert snap_compare(app_for(store), terminal_size=size, run_before=still)

    def test_drafts(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("2")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_records_with_bands(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("3")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_search(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("slash")
            await type_text(pilot, "breakfast")
            await pilot.press("enter")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_all_supervisors(self, store, snap_compare, size):
        assert snap_compare(SupervisionApp(store, today=TODAY), terminal_size=size, run_before=still)

    def test_command_palette(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("ctrl+p")
            await type_text(pilot, "super")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_help(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("f1")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_light_theme(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("ctrl+t")
            pilot.app.screen.load()  # the tables' colours come from the theme
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_resume_draft_offer(self, store, snap_compare, size):
        record = store.load(DEV_DRAFT)
        record.worker.wellbeing = "Dev is managing; court next week."
        store.actor = "priya"
        store.save(record)
        assert snap_compare(app_for(store), terminal_size=size, run_before=still)


# The guided flow -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
class TestFlow:
    def test_session_details(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("n")
            await type_text(pilot, "Ama Osei")
            await pilot.press("enter")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_session_invalid_date(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("n", "tab", "tab", "ctrl+u")
            await type_text(pilot, "31/02/2026")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_child(self, store, snap_compare, size):
        """A new supervision with Ama: her children discussed before, to pick from."""
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            await type_text(pilot, "Ama Osei")
            await pilot.press("enter", "ctrl+n")
            await settle(pilot)
            await pilot.press("enter")  # Add a child
            await still(pilot)

        store.import_records([ama_earlier_record()])

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_previous_actions(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            await type_text(pilot, "Ama Osei")
            await pilot.press("ctrl+n")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            await type_text(pilot, "CMS-410001")
            await pilot.press("tab")
            await type_text(pilot, "K.B.")
            await pilot.press("ctrl+n")
            await settle(pilot)
            await pilot.press("enter", "tab", "tab", "right", "enter")  # done; not done, no reason yet
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_live_panel_weak_note(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "update", KEN_DRAFT_ID)
            await still(pilot)

        store.save(_draft_from(store, KEN, WEAK_NOTE))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_live_panel_strong_note(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "update", KEN_DRAFT_ID)
            await still(pilot)

        store.save(_draft_from(store, KEN, STRONG_NOTE))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_live_panel_while_typing(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "update", KEN_DRAFT_ID)
            await pilot.press("end")
            await type_text(pilot, " K said she is scared of dad.")
            await still(pilot)

        store.save(_draft_from(store, KEN, WEAK_NOTE))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_decisions(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "decisions", SIGNED_COPY_ID)
            await still(pilot)

        store.save(_draft_from(store, SIGNED, None))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_actions_with_validation(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "actions", SIGNED_COPY_ID)
            await pilot.press("tab", "tab", "tab")  # to the blank second action
            await type_text(pilot, "Visit dad")
            await pilot.press("tab", "tab")
            await type_text(pilot, "next week")
            await pilot.press("tab")
            await still(pilot)

        store.save(_draft_from(store, SIGNED, None))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_risk_scale_with_its_reason(self, store, snap_compare, size):
        """The safety box takes a number then its reason, wraps, and says where the reason goes."""
        async def run_before(pilot):
            await open_flow_at(pilot, "risk")
            await type_text(pilot, "Dad still visits.")
            await pilot.press("tab")
            await type_text(pilot, "4, the shouting has stopped since dad moved out")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_sign_with_a_date_error(self, store, snap_compare, size):
        """A wrong next-supervision date is listed, as typed, under "To put right before signing"."""
        async def run_before(pilot):
            await open_flow_at(pilot, "sign")
            await type_text(pilot, "31/02/2026")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_another_child(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "more")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_worker(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "wellbeing", SIGNED_COPY_ID)
            await still(pilot)

        store.save(_draft_from(store, SIGNED, None))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_review(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "review", SIGNED_COPY_ID)
            await still(pilot)

        store.save(_draft_from(store, SIGNED, None))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_sign(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "sign", SIGNED_COPY_ID)
            await still(pilot)

        store.save(_draft_from(store, SIGNED, None))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_step_list(self, store, snap_compare, size):
        async def run_before(pilot):
            await open_flow_at(pilot, "reflection", SIGNED_COPY_ID)
            await pilot.press("ctrl+g")
            await still(pilot)

        store.save(_draft_from(store, SIGNED, None))
        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)


KEN_DRAFT_ID = "88888888-8888-4888-8888-888888888881"
SIGNED_COPY_ID = "88888888-8888-4888-8888-888888888882"


def _draft_from(store, record_id: str, update: str | None):
    """A draft copy of a stored record (new ids), its first child's update replaced when given."""
    from supervision_tui.models import Status

    r = store.load(record_id)
    new_id = KEN_DRAFT_ID if record_id == KEN else SIGNED_COPY_ID
    discussions = []
    for i, d in enumerate(r.discussions):
        d = d.model_copy(update={"id": f"99999999-9999-4999-8999-9999999999{i}{new_id[-1]}"})
        if i == 0 and update is not None:
            d.update = update
        discussions.append(d)
    return r.model_copy(update={"id": new_id, "status": Status.draft, "signoffs": [], "addenda": [],
                                "discussions": discussions, "date": TODAY,
                                "next_supervision": None})


# Reading a record ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
class TestRecord:
    def test_signed_record(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            pilot.app.open_record(SIGNED)
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_signed_record_end(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            pilot.app.open_record(SIGNED)
            await pilot.pause()
            await pilot.press("end")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_sign_dialog(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            pilot.app.open_record(DEV_DRAFT)
            await pilot.pause()
            await pilot.press("s")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_response_dialog_disagreeing(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            pilot.app.open_record(KEN)
            await pilot.pause()
            await pilot.press("r")
            await pilot.pause()
            await pilot.press("tab", "right", "enter", "tab", "tab", "enter")  # disagree, no words: refused
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)

    def test_addendum_dialog(self, store, snap_compare, size):
        async def run_before(pilot):
            await settle(pilot)
            pilot.app.open_record(SIGNED)
            await pilot.pause()
            await pilot.press("a")
            await type_text(pilot, "School report arrived")
            await still(pilot)

        assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)
