"""Recording a whole supervision through the keyboard, and what lands in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from test_tui_support import TODAY, build_store, settle

from supervision_tui.models import ReviewStatus, Status
from supervision_tui.store import Store
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.screens.home import HomeScreen
from supervision_tui.tui.screens.record import RecordScreen
from supervision_tui.tui.screens.supervision import SupervisionScreen


@pytest.fixture
def store(tmp_path):
    s = build_store(tmp_path / "flow.db")
    yield s
    s.close()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def next_step(pilot, times: int = 1) -> None:
    for _ in range(times):
        await pilot.press("ctrl+n")
        await pilot.pause()


async def test_a_whole_supervision_by_keyboard(store):
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SupervisionScreen)
        # Session details: supervisee, team; the date is today; caseload.
        await type_text(pilot, "Ama Osei")
        await pilot.press("enter")  # a known supervisee: team and experience come from her last record
        await pilot.pause()
        assert screen.record.team == "Assessment North"
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # date, type, experience, started, caseload
        await type_text(pilot, "10")
        await next_step(pilot)
        assert screen.step.kind == "more"
        await pilot.press("enter")  # Add a child
        await pilot.pause()
        # Child 1: the one discussed last time, whose two actions come forward.
        await type_text(pilot, "CMS-410001")
        await pilot.press("tab")
        await type_text(pilot, "K.B.")
        await next_step(pilot)
        assert screen.step.kind == "previous"
        assert [p.action for p in screen.record.discussions[0].previous_actions] == [
            "Refer K to school nurse", "Visit dad"]
        await pilot.press("enter")  # first action: Done
        await pilot.press("tab", "tab", "right", "enter", "tab")  # second: Not done, and why
        await type_text(pilot, "Dad cancelled twice")
        await next_step(pilot)
        assert screen.step.field == "update"
        await type_text(pilot, "K was seen at school and said she is frightened when dad shouts.")
        await next_step(pilot, 6)  # lived experience, reflection, risk, impact, challenge -> decisions
        assert screen.step.field == "decisions"
        await type_text(pilot, "Convene a strategy discussion")
        await pilot.press("tab")
        await type_text(pilot, "Dad's shouting frightens K and he will not engage")
        await next_step(pilot)
        assert screen.step.field == "actions"
        await type_text(pilot, "Book the strategy discussion")
        await pilot.press("tab")
        await type_text(pilot, "Priya")
        await pilot.press("tab")
        await type_text(pilot, "13/03/2026")
        await next_step(pilot, 2)  # progress -> "another child?"
        assert screen.step.kind == "more"
        await pilot.press("enter")  # Add another child
        await pilot.pause()
        await type_text(pilot, "CMS-999001")
        await pilot.press("tab")
        await type_text(pilot, "R")
        await next_step(pilot, 2)  # no previous actions -> what is happening
        await type_text(pilot, "R has settled with his grandmother.")
        await next_step(pilot, 9)
        assert screen.step.kind == "more"
        await pilot.press("tab", "enter")  # On to the worker
        await pilot.pause()
        assert screen.step.field == "wellbeing"
        await type_text(pilot, "Ama is tired after court; we agreed a lighter week.")
        await next_step(pilot, 3)
        assert screen.step.kind == "review"
        await next_step(pilot)
        assert screen.step.kind == "sign"
        await type_text(pilot, "17/03/2026")  # next supervision
        await pilot.press("tab", "tab")  # sign as (name prefilled) -> Sign button
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RecordScreen)
        record_id = app.screen.record_id

    record = store.load(record_id)
    assert record.status == Status.completed
    assert record.supervisor == "Priya Shah" and record.supervisee == "Ama Osei"
    assert record.date == TODAY and record.caseload == 10
    assert record.next_supervision == dt.date(2026, 3, 17)
    assert [d.case_ref for d in record.discussions] == ["CMS-410001", "CMS-999001"]
    k, r = record.discussions
    assert k.child_initials == "K.B." and r.child_initials == "R"
    assert [(p.action, p.status, p.note) for p in k.previous_actions] == [
        ("Refer K to school nurse", ReviewStatus.done, ""),
        ("Visit dad", ReviewStatus.not_done, "Dad cancelled twice"),
    ]
    assert k.update.startswith("K was seen at school")
    assert [(d.decision, d.rationale) for d in k.decisions] == [
        ("Convene a strategy discussion", "Dad's shouting frightens K and he will not engage")]
    assert [(a.action, a.owner, a.due) for a in k.actions] == [
        ("Book the strategy discussion", "Priya", dt.date(2026, 3, 13))]
    assert r.update == "R has settled with his grandmother."
    assert record.worker.wellbeing.startswith("Ama is tired")
    assert record.signoff("supervisor").name == "Priya Shah"
    actions = [e.action for e in store.audit_entries(record_id)]
    assert actions[0] == "create" and actions[-1] == "sign_supervisor"


async def test_validation_messages_on_fields(store):
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        await pilot.press("tab", "tab", "ctrl+u")
        await type_text(pilot, "31/02/2026")
        await pilot.pause()
        error = screen.query_one("#date-error")
        assert error.display and "not a real date" in str(error.render())
        assert screen.record.date == TODAY  # the bad date never reaches the record
        await pilot.press("ctrl+u")
        await type_text(pilot, "09/03/2026")
        await pilot.pause()
        assert not error.display and screen.record.date == dt.date(2026, 3, 9)
        await next_step(pilot)
        await pilot.press("enter")
        await type_text(pilot, "CMS-1")
        await next_step(pilot, 9)
        assert screen.step.field == "actions"
        await type_text(pilot, "Visit mum")
        await pilot.press("tab", "tab")  # leave the owner empty
        await type_text(pilot, "tomorrow")
        await pilot.press("tab")
        await pilot.pause()
        message = str(screen.query_one(".item-row .field-error").render())
        assert "not a date" in message and "needs an owner" in message
        # advice never blocks: the draft is saved all the same
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(screen.record.id)
    assert saved.discussions[0].actions[0].action == "Visit mum"
    assert saved.discussions[0].actions[0].due is None


async def test_quit_saves_the_draft_first(store):
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "Dev Patel")
        record_id = app.screen.record.id
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert store.load(record_id).supervisee == "Dev Patel"


async def test_reopening_offers_the_draft_back(store):
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "Dev Patel")
        await next_step(pilot)
        await pilot.press("enter")
        await type_text(pilot, "CMS-410777")
        await next_step(pilot, 2)
        await type_text(pilot, "Half-written sentence about L")
        draft_id = app.screen.record.id
        await pilot.press("ctrl+q")
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "ResumeDraftModal"
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SupervisionScreen) and screen.record.id == draft_id
        assert screen.step.field == "update"  # back where the manager was writing
        assert screen.query_one("#answer").text == "Half-written sentence about L"


async def test_record_screen_sign_respond_and_addendum(store):
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_record("66666666-6666-4666-8666-666666666662")  # Dev's draft
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("enter")  # the name is prefilled: sign
        await pilot.pause()
        assert app.screen.record.status == Status.completed
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("tab", "right", "enter", "tab")  # Disagrees
        await type_text(pilot, "The DSL call was mine to make, not the school's")
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert app.screen.record.status == Status.agreed
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "Late information")
        await pilot.press("tab")
        await type_text(pilot, "The DSL rang back on 11 March.")
        await pilot.press("tab", "enter")
        await pilot.pause()
    record = store.load("66666666-6666-4666-8666-666666666662")
    response = record.signoff("supervisee")
    assert response.agrees is False and response.comment.startswith("The DSL call was mine")
    assert [a.reason for a in record.addenda] == ["Late information"]
    assert record.discussions[0].update  # the record itself unchanged
