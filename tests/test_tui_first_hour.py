"""The faults a new team manager met in the first hour (issue 14), each pinned by a test."""

from __future__ import annotations

import pytest
from test_tui_support import SUPERVISOR, TODAY, build_store, settle

from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.screens.supervision import SupervisionScreen

DEV_DRAFT = "66666666-6666-4666-8666-666666666662"


@pytest.fixture
def store(tmp_path):
    s = build_store(tmp_path / "first-hour.db")
    yield s
    s.close()


def app_for(store, **kwargs) -> SupervisionApp:
    return SupervisionApp(store, today=TODAY, supervisor=SUPERVISOR, offer_draft=False, **kwargs)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def open_draft_at(pilot, kind_or_field: str, record_id: str = DEV_DRAFT) -> SupervisionScreen:
    from supervision_tui.tui.steps import steps_for

    app = pilot.app
    await settle(pilot)
    record = app.store.load(record_id)
    at = next(i for i, s in enumerate(steps_for(record)) if (s.field or s.kind) == kind_or_field)
    app.open_flow(record, start_at=at)
    await pilot.pause()
    return app.screen


# 1. Choosing Review from the step list froze the screen ------------------------------------------


async def test_review_chosen_from_the_step_list_keeps_the_keys_working(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "reflection")
        await pilot.press("ctrl+g")
        await pilot.pause()
        review = next(i for i, s in enumerate(screen.steps) if s.kind == "review")
        # walk the list to Review and choose it, as a manager does
        from textual.widgets import OptionList

        options = app.screen.query_one(OptionList)
        await pilot.press(*["down"] * (review - options.highlighted), "enter")
        await settle(pilot)
        assert app.screen is screen and screen.step.kind == "review"
        assert screen.query("Footer") and screen.query_one("Footer").display
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert screen.step.kind == "worker"
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not screen


# 2. Words typed on the Risk step were thrown away -------------------------------------------------


async def test_the_risk_step_starts_in_the_text_and_keeps_words_typed_in_the_scale_box(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "risk")
        d = screen.record.discussions[0]
        before = d.risk
        await type_text(pilot, " No concerns at present.")
        await pilot.pause()
        assert d.risk == before + " No concerns at present."
        await pilot.press("tab")  # to the safety box
        assert app.focused.id == "safety-scale"
        await type_text(pilot, "Scaled 8 because mum protective")
        await pilot.pause()
        assert app.focused.value == "Scaled 8 because mum protective"  # not "8"
        assert "number from 0 to 10" in str(screen.query_one("#safety-error").render())
        assert d.safety_scale is None
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert d.risk.endswith("No concerns at present.\n\nScaled 8 because mum protective")
        assert "Scaled 8 because mum protective" in app.store.load(DEV_DRAFT).discussions[0].risk


async def test_a_number_in_the_scale_box_is_the_scale(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "risk")
        await pilot.press("tab")
        await type_text(pilot, "12")
        await pilot.pause()
        assert app.focused.value == "12"
        assert "runs from 0" in str(screen.query_one("#safety-error").render())
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.record.discussions[0].safety_scale == 1
        assert screen.problems() == []


# 3. Nothing invalid is signed --------------------------------------------------------------------


async def test_an_invalid_next_supervision_date_stops_the_signature(store):
    from supervision_tui.models import Status

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "sign")
        assert app.focused.id == "next-supervision"
        await type_text(pilot, "31/02/2027")
        await pilot.pause()
        screen.query_one("#sign").press()
        await settle(pilot)
        assert app.screen is screen  # still on the sign page
        assert "Not signed" in str(screen.query_one("#sign-error").render())
        assert app.store.load(DEV_DRAFT).status == Status.draft
        # put right, it signs, with the date
        app.focused.value = ""
        await type_text(pilot, "28/03/2026")
        await pilot.pause()
        screen.query_one("#sign").press()
        await settle(pilot)
        signed = app.store.load(DEV_DRAFT)
        assert signed.status == Status.completed
        assert str(signed.next_supervision) == "2026-03-28"


async def test_an_unreadable_action_date_stops_the_signature(store):
    from supervision_tui.models import Status

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "actions")
        await pilot.press("tab", "tab")  # the first action's date
        assert app.focused.id == "due-1"
        app.focused.value = ""
        await type_text(pilot, "30/02/2026")
        await pilot.pause()
        last = len(screen.steps) - 1
        await screen.go_to(last)
        await settle(pilot)
        assert any("Action 1" in p for p in screen.problems())
        assert "To put right before signing" in str(screen.query_one("#advice").render())
        screen.query_one("#sign").press()
        await settle(pilot)
        assert app.store.load(DEV_DRAFT).status == Status.draft


# 5. Who the manager is ---------------------------------------------------------------------------


def test_the_users_name_is_kept_in_their_config_and_the_environment_overrides(monkeypatch):
    import os

    from supervision_tui.user import User, config_path, load_user, save_user

    assert load_user() is None  # (conftest: an empty config directory)
    path = save_user(User("Priya Shah", "Team manager"))
    assert path == config_path() and os.stat(path).st_mode & 0o777 == 0o600
    assert load_user() == User("Priya Shah", "Team manager")
    monkeypatch.setenv("SUPERVISION_TUI_USER", "Sam Okafor, Practice supervisor")
    assert load_user() == User("Sam Okafor", "Practice supervisor")


async def test_first_run_asks_the_name_and_it_is_the_supervisor_signer_and_author(tmp_path):
    from supervision_tui.store import Store
    from supervision_tui.user import load_user, os_account
    from supervision_tui.tui.screens.modals import AddendumModal, WhoAreYouModal

    store = build_store(tmp_path / "who.db")
    store.actor = os_account()  # as run_app opens it before the user has named themselves
    app = SupervisionApp(store, today=TODAY, offer_draft=False, ask_user=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, WhoAreYouModal)
        await type_text(pilot, "Nia Brown")
        await pilot.press("enter")
        await type_text(pilot, "Team manager")
        await pilot.press("enter")
        await settle(pilot)
        assert load_user().name == "Nia Brown" and load_user().role == "Team manager"
        await pilot.press("n")
        await settle(pilot)
        flow = app.screen
        assert flow.record.supervisor == "Nia Brown"
        await type_text(pilot, "Ama Osei")
        await flow.go_to(len(flow.steps) - 1)
        await settle(pilot)
        assert flow.query_one("#sign-name").value == "Nia Brown"
        await type_text(pilot, "24/03/2026")
        flow.query_one("#sign").press()
        await settle(pilot)
        record = store.load(flow.record.id)
        assert record.supervisor == "Nia Brown" and record.signoffs[0].name == "Nia Brown"
        entries = store.audit_entries(record.id)
        assert {e.actor for e in entries} == {"Nia Brown"}
        assert {e.detail["os_account"] for e in entries} == {os_account()}
        await pilot.press("a")  # the record screen: an addendum is the user's
        await settle(pilot)
        assert isinstance(app.screen, AddendumModal) and app.screen.author == "Nia Brown"
    store.close()
    reopened = Store.open(tmp_path / "who.db")  # the CLI, too, names the user
    assert reopened.actor == "Nia Brown"
    reopened.close()


async def test_the_supervisees_response_starts_unanswered(store):
    from supervision_tui.tui.screens.modals import ResponseModal

    record = store.load("66666666-6666-4666-8666-666666666661")  # signed by the supervisor only
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_record(record.id)
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, ResponseModal)
        assert modal.query_one("RadioSet").pressed_button is None
        modal.query_one("#ok").press()
        await settle(pilot)
        assert app.screen is modal
        assert "Choose one" in str(modal.query_one("#form-error").render())
        assert store.load(record.id).status.value == "completed"


# 6. Overdue: one rule (signed supervision only), the same on home, dashboard and report ----------


async def test_home_dashboard_and_report_agree_and_a_draft_is_not_supervision(tmp_path):
    import datetime as dt

    from test_reports_data import TODAY as KNOWN_TODAY, build_known_db
    from textual.widgets import DataTable

    from supervision_tui.reports.figures import ReportOptions, build_report

    store = build_known_db(tmp_path / "known.db")
    # Eve's only supervision is a draft (20 Feb) and an ad hoc case direction: nothing signed, so
    # supervision is due from her first record and overdue 39 days, not "in 28d" and not 8 days.
    rep = build_report(store, ReportOptions(today=KNOWN_TODAY, include_history=False))
    by_name = {o.supervisee: o for o in rep.overdue}
    assert by_name["Eve"].last_supervision is None and by_name["Eve"].days_overdue == 39
    assert (by_name["Nia"].last_supervision, by_name["Nia"].days_overdue) == (dt.date(2026, 2, 9), 36)
    assert [o.supervisee for o in rep.overdue] == ["Eve", "Nia", "Sam"]

    app = SupervisionApp(store, today=KNOWN_TODAY, offer_draft=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        home = app.screen.query_one("#supervisees-table", DataTable)
        rows = {str(home.get_row_at(i)[0]): [str(c) for c in home.get_row_at(i)] for i in range(home.row_count)}
        assert list(rows) == ["Eve", "Nia", "Sam"]
        assert rows["Eve"][2] == "none signed" and rows["Eve"][4].startswith("overdue 39d")
        assert rows["Nia"][2] == "09/02/2026" and rows["Nia"][4].startswith("overdue 36d")
        await pilot.press("d")
        await settle(pilot)
        dash = app.screen.query_one("#table-overdue", DataTable)
        cells = {str(dash.get_row_at(i)[0]): [str(c) for c in dash.get_row_at(i)] for i in range(dash.row_count)}
        assert cells["Eve"][4] == "39 days" and cells["Nia"][4] == "36 days" and cells["Sam"][4] == "on time"
    store.close()
