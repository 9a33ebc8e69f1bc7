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
    """ctrl+n, one step at a time: each press waits until the step it asked for is shown, as a
    person would (on a loaded machine a bare pause can end before the new step is mounted)."""
    for _ in range(times):
        screen = pilot.app.screen
        before = getattr(screen, "index", None)
        await pilot.press("ctrl+n")
        await pilot.pause()
        for _ in range(100):
            if getattr(screen, "index", None) != before or pilot.app.screen is not screen:
                break
            await pilot.pause(0.02)


async def first_child_for(pilot, supervisee: str) -> SupervisionScreen:
    """From home: a new supervision of a known supervisee, at the details of its first child."""
    await settle(pilot)
    await pilot.press("n")
    await pilot.pause()
    screen = pilot.app.screen
    await type_text(pilot, supervisee)
    await pilot.press("enter")  # a known supervisee: team and experience from her last record
    await next_step(pilot)
    await pilot.press("enter")  # Add a child
    await pilot.pause()
    return screen


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
        await settle(pilot)
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


async def test_dialogs_say_what_is_missing_and_stay_open(store):
    from supervision_tui.tui.screens.modals import ResponseModal, SignModal

    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_record("66666666-6666-4666-8666-666666666662")  # Dev's draft
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#sign-name").value = "  "
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SignModal)
        assert "name to sign with" in str(app.screen.query_one("#form-error").render())
        app.screen.query_one("#sign-name").value = "Priya Shah"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.record.status == Status.completed
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("tab", "right", "enter")  # Disagrees, with no words
        app.screen.query_one("#ok").press()
        await pilot.pause()
        assert isinstance(app.screen, ResponseModal)
        assert "own words" in str(app.screen.query_one("#form-error").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.record.status == Status.completed  # nothing recorded


async def test_picking_a_child_discussed_before(store):
    from test_tui_support import ama_earlier_record

    store.import_records([ama_earlier_record()])
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await first_child_for(pilot, "Ama Osei")
        known = screen.query_one("#known-children")
        # One row a child, the most recently discussed first (K.B. on 20/02, J.T. on 02/02).
        assert [known.get_option_at_index(i).id for i in range(known.option_count)] == [
            "CMS-410001", "CMS-410050"]
        assert app.focused.id == "case-ref"  # typing a new child still works straight away
        await pilot.press("up")  # to the list
        assert app.focused is known
        await pilot.press("down", "enter")  # J.T.
        await pilot.pause()
        d = screen.record.discussions[0]
        assert (d.case_ref, d.child_initials, d.plan_type.value) == ("CMS-410050", "J.T.", "cic")
        assert screen.query_one("#case-ref").value == "CMS-410050"
        assert screen.query_one("#initials").value == "J.T."
        assert screen.query_one("#plan-type").value == "cic"
        await next_step(pilot)
        assert screen.step.kind == "previous"
        assert [p.action for p in d.previous_actions] == ["Book J's review health assessment"]
        # The second child is offered everyone but J.T., who is already in this record.
        await next_step(pilot, 10)
        assert screen.step.kind == "more"
        await pilot.press("enter")
        await pilot.pause()
        known = screen.query_one("#known-children")
        assert [known.get_option_at_index(i).id for i in range(known.option_count)] == ["CMS-410001"]
        await pilot.press("up", "enter")
        await next_step(pilot)
        assert [p.action for p in screen.record.discussions[1].previous_actions] == [
            "Refer K to school nurse", "Visit dad"]
        assert screen.record.discussions[1].child_initials == "K.B."  # from the latest discussion


async def test_a_new_case_reference_drops_the_other_childs_actions(store):
    """Actions brought in for one child must not stay with the draft once the case reference
    names another child, even when the manager quits before moving on."""
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await first_child_for(pilot, "Ama Osei")
        await type_text(pilot, "CMS-410001")
        await next_step(pilot)
        assert screen.step.kind == "previous"
        assert len(screen.record.discussions[0].previous_actions) == 2
        await pilot.press("ctrl+o")  # back to the child's details
        await pilot.pause()
        assert screen.step.kind == "child"
        screen.query_one("#case-ref").value = "CMS-777777"
        await pilot.pause()
        record_id = screen.record.id
        await pilot.press("ctrl+q")
        await pilot.pause()
    d = store.load(record_id).discussions[0]
    assert d.case_ref == "CMS-777777"
    assert d.previous_actions == []


async def test_removing_a_child_asks_first(store):
    from supervision_tui.tui.screens.modals import ConfirmModal

    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_flow(store.load("66666666-6666-4666-8666-666666666662"), start_at=1)  # Dev's draft: L.M.
        await settle(pilot)
        screen = app.screen
        assert screen.step.kind == "child"
        screen.query_one("#remove-child").press()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "L.M." in app.screen.question and "everything written about them" in app.screen.question
        await pilot.press("escape")  # keep
        await pilot.pause()
        assert app.screen is screen and len(screen.record.discussions) == 1
        screen.query_one("#remove-child").press()
        await pilot.pause()
        await pilot.press("n")  # keep
        await pilot.pause()
        assert app.screen is screen and len(screen.record.discussions) == 1
        assert screen.step.kind == "child"
        screen.query_one("#remove-child").press()
        await pilot.pause()
        await pilot.press("y")  # remove
        await settle(pilot)
        assert app.screen is screen and screen.record.discussions == []
        assert screen.step.kind == "more"
    assert store.load("66666666-6666-4666-8666-666666666662").discussions == []


async def test_enter_in_the_confirmation_removes(store):
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_flow(store.load("66666666-6666-4666-8666-666666666662"), start_at=1)
        await settle(pilot)
        screen = app.screen
        screen.query_one("#remove-child").focus()
        await pilot.press("enter")  # the button
        await pilot.pause()
        await pilot.press("enter")  # "Remove" has the focus in the dialog
        await settle(pilot)
        assert app.screen is screen and screen.record.discussions == []


def test_draft_children_in_the_resume_offer():
    from supervision_tui.models import CaseDiscussion, SupervisionRecord
    from supervision_tui.tui.app import draft_children

    r = SupervisionRecord(date=TODAY)
    assert draft_children(r) == "no children yet"
    r.discussions = [CaseDiscussion()]
    assert draft_children(r) == "1 child, no initials yet"
    r.discussions.append(CaseDiscussion())
    assert draft_children(r) == "2 children, no initials yet"
    r.discussions = [CaseDiscussion(child_initials="K.B."), CaseDiscussion(case_ref="CMS-1"), CaseDiscussion()]
    assert draft_children(r) == "K.B., CMS-1, 1 more not named yet"


def send_burst(app, keys: list[str]) -> None:
    """Post keys together, as a terminal's burst arrives: nothing waits between them."""
    from textual import events

    for key in keys:
        event = events.Key(key, {"space": " "}.get(key, key if len(key) == 1 else None))
        event.set_sender(app)
        app._driver.send_message(event)


async def test_keys_typed_in_one_burst_follow_the_tab(store):
    """tmux and fast typists send `CMS-1234<Tab>K.B.` at once: the keys after Tab go to the next field."""
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_flow(store.load("66666666-6666-4666-8666-666666666662"), start_at=1)  # Dev's draft: L.M.
        await settle(pilot)
        screen = app.screen
        await pilot.press("ctrl+u")
        send_burst(app, [*"CMS-1234", "tab", *"K.B."])
        await settle(pilot)
        d = screen.record.discussions[0]
        assert (d.case_ref, d.child_initials) == ("CMS-1234", "K.B.")


async def test_keys_typed_in_one_burst_follow_enter_and_ctrl_n(store):
    """Enter and ctrl+n move on as they arrive: what is typed before them stays in its field, and
    what is typed after them goes to the next field or the next step, never to the page left."""
    app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SupervisionScreen)
        words = lambda text: [{" ": "space"}.get(ch, ch) for ch in text]  # noqa: E731
        send_burst(app, [*words("Zoe Ward"), "enter", *words("North Team"), "ctrl+n",
                         "enter",  # "Add a child"
                         *words("CMS-77"), "enter", *words("R.T."), "ctrl+n",
                         "ctrl+n", *words("She hides under the table.")])
        await settle(pilot)
        r = screen.record
        assert (r.supervisee, r.team) == ("Zoe Ward", "North Team")
        assert (r.discussions[0].case_ref, r.discussions[0].child_initials) == ("CMS-77", "R.T.")
        assert r.discussions[0].update == "She hides under the table."


async def test_home_shows_the_team_until_the_user_has_signed_records(tmp_path):
    """A manager new to the app (a draft at most) sees everyone's supervisees; 's' goes to the filter."""
    from supervision_tui.models import SupervisionRecord
    from test_tui_support import other_records, signed_record

    store = Store.open(tmp_path / "new.db", actor="tm")
    try:
        store.import_records([signed_record(), *other_records()])
        store.save(SupervisionRecord(supervisor="tm", supervisee="Ama Osei", date=TODAY))  # a first draft
        app = SupervisionApp(store, today=TODAY)
        assert app.supervisor is None
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("escape")  # "Later" to her draft
            await settle(pilot)
            assert app.screen.query_one("#supervisees-table").row_count == 3  # the team's, not one of her own
            assert "every supervisor's" in str(app.screen.query_one("#home-title").render())
            await pilot.press("s")
            assert app.focused.id == "supervisor"
            await type_text(pilot, "Priya Shah")
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen.supervisor == "Priya Shah"
            assert "Priya Shah's supervisees" in str(app.screen.query_one("#home-title").render())
        draft = store.drafts("tm")[0]
        store.sign_as_supervisor(draft.id, "tm")
        assert SupervisionApp(store, today=TODAY).supervisor == "tm"  # her own, once she has signed one
    finally:
        store.close()
