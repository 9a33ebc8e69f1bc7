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
    assert [o.supervisee for o in rep.overdue] == ["Eve", "Nia"]  # Sam is on time

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
        assert list(cells) == ["Eve", "Nia"]
        assert (cells["Eve"][1], cells["Eve"][3]) == ("39 days", "none signed")
        assert (cells["Nia"][1], cells["Nia"][3]) == ("36 days", "2026-02-09")
        overdue_home = sum(1 for row in rows.values() if row[4].startswith("overdue"))
        assert overdue_home == len(cells) == rep.overdue_total == 2
    store.close()


# 7. A record signed in the app reaches the dashboard; r reloads ---------------------------------


async def test_a_signed_record_is_scored_and_reaches_the_dashboard(tmp_path):
    from test_reports_data import TODAY as KNOWN_TODAY, build_known_db

    from supervision_tui.models import CaseDiscussion, SupervisionRecord
    from supervision_tui.tui.screens.dashboard import DashboardScreen, RecordsBehindScreen
    from test_tui_support import STRONG_NOTE

    store = build_known_db(tmp_path / "known.db")
    app = SupervisionApp(store, today=KNOWN_TODAY, offer_draft=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        dash = app.screen
        assert isinstance(dash, DashboardScreen)
        before = dict(dash.report.coverage)
        assert before["scored"] == before["discussions"]
        # another manager signs a record while the dashboard is open: r shows it
        other = store.save(SupervisionRecord(supervisor="Bob", supervisee="Sam", team="South", date=KNOWN_TODAY,
                                             discussions=[CaseDiscussion(case_ref="C9", update=STRONG_NOTE)]))
        store.sign_as_supervisor(other.id, "Bob")
        await pilot.press("r")
        await settle(pilot)
        assert dash.report.coverage["records"] == before["records"] + 1
        await pilot.press("escape")
        await settle(pilot)
        # this manager records and signs one in the app: it is scored as it is signed
        app.open_flow(SupervisionRecord(supervisor=store.actor, supervisee="Nia", team="North", date=KNOWN_TODAY,
                                        discussions=[CaseDiscussion(case_ref="C8", child_initials="P.Q.",
                                                                    update=STRONG_NOTE)]),
                      start_at=0)
        await settle(pilot)
        flow = app.screen
        await flow.go_to(len(flow.steps) - 1)
        await settle(pilot)
        flow.query_one("#sign").press()
        await settle(pilot)
        new_id = flow.record.id
        await pilot.press("escape")  # from the record page, home
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        dash = app.screen
        cov = dash.report.coverage
        assert cov["records"] == before["records"] + 2
        assert cov["scored"] == before["scored"] + 1  # the app's record is scored as it is signed
        # North's drill-down lists the new record
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RecordsBehindScreen)
        assert new_id in app.screen.record_ids
    store.close()


# 8. The audit trail in plain words, one line a sitting; every hash kept for verify --------------


async def test_the_audit_trail_says_what_each_sitting_changed(store):
    from supervision_tui.tui.screens.record import RecordScreen

    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_draft_at(pilot, "risk")
        for words in (" Dad has moved out.", " School say K is calmer."):
            await type_text(pilot, words)
            screen.save_draft()
        await screen.go_to(next(i for i, s in enumerate(screen.steps) if s.field == "wellbeing"))
        await type_text(pilot, "Dev is tired.")
        await screen.go_to(len(screen.steps) - 1)
        await settle(pilot)  # the sign step is mounted after go_to returns; a loaded machine is slower
        await type_text(pilot, "24/03/2026")
        screen.query_one("#sign").press()
        await settle(pilot)
        assert isinstance(app.screen, RecordScreen)
        text = str(app.screen.query_one("#record-text").render())
        trail = text[text.index("Audit trail"):]
        lines = [line for line in trail.splitlines()[1:] if line.strip()]
        assert "imported the record" in lines[0]
        saves = len([e for e in store.audit_entries(DEV_DRAFT) if e.action == "edit"])
        assert saves >= 3
        assert (f"Priya Shah edited the draft ({saves} saves): L.M.: risk; the worker: wellbeing; "
                "next supervision") in lines[1]
        assert "Priya Shah signed as supervisor" in lines[2] and len(lines) == 4
        assert "sign_supervisor" not in trail and "#" not in trail  # no raw names, no hashes
        assert "supervision-tui verify" in trail
    assert store.verify().ok  # the hashes are all still there, one entry a save
    assert all(e.detail["content_hash"] for e in store.audit_entries(DEV_DRAFT))


async def test_the_header_says_when_the_supervisee_disagreed(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_record("11111111-1111-4111-8111-111111111111")  # Tom disagreed
        await settle(pilot)
        title = str(app.screen.query_one("#record-title").render())
        assert "disagrees" in title and "signed by both" not in title


# 9. A draft is in the store within half a second of the last key --------------------------------


async def test_a_draft_is_saved_within_half_a_second_of_the_last_key(store):
    import time

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "update")
        await pilot.pause(0.6)  # whatever opening saved
        await type_text(pilot, " at 10am")
        typed = time.monotonic()
        while store.load(DEV_DRAFT).discussions[0].update.endswith(" at 10am") is False:
            assert time.monotonic() - typed < 0.5, "the last keys were not saved within half a second"
            await pilot.pause(0.02)
        assert app.focused is screen.query_one("#answer")  # without leaving the field


# 4. One-line answers show all that is typed ------------------------------------------------------


def _shown(widget) -> str:
    from textual.geometry import Region

    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return " ".join(" ".join(s.text for s in strips).split())


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_rationale_of_two_sentences_shows_whole_as_it_is_typed(store, size):
    app = app_for(store)
    rationale = ("Dad has not engaged for three months and K is frightened when he shouts. "
                 "A strategy discussion lets the police share what they know.")
    async with app.run_test(size=size) as pilot:
        screen = await open_draft_at(pilot, "decisions")
        assert app.focused.id == "decision-1"  # Dev's draft has no decision yet
        await type_text(pilot, "Convene a strategy discussion")
        await pilot.press("enter")  # Enter moves on, to the rationale
        assert app.focused.id == "rationale-1"
        await type_text(pilot, rationale)
        await pilot.pause()
        assert _shown(app.focused) == rationale
        assert screen.record.discussions[0].decisions[-1].rationale == rationale


async def test_why_not_done_and_an_action_show_whole(store):
    app = app_for(store)
    note = "Dad cancelled twice and the FGC coordinator is off sick until the end of the month"
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "actions")
        await pilot.press("tab", "tab", "tab")
        assert app.focused.id == "action-2"
        await type_text(pilot, note)
        await pilot.pause()
        assert _shown(app.focused) == note


# 10. The smaller faults, each ---------------------------------------------------------------------


async def test_enter_in_the_addendums_reason_goes_to_its_text(store):
    from supervision_tui.tui.screens.modals import AddendumModal

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_record("11111111-1111-4111-8111-111111111111")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, AddendumModal)
        modal.query_one("#addendum-reason").focus()
        await type_text(pilot, "School report")
        await pilot.press("enter")
        await type_text(pilot, "Attendance is 82%.")
        await pilot.pause()
        assert modal.query_one("#addendum-reason").value == "School report"
        assert modal.query_one("#addendum-text").text == "Attendance is 82%."


def test_a_day_and_month_take_the_nearest_year_or_the_next():
    import datetime as dt

    from supervision_tui.tui.dates import parse_date

    today = dt.date(2026, 3, 10)
    assert parse_date("15/12", today) == dt.date(2025, 12, 15)  # the supervision was in December
    assert parse_date("15/12", today, future=True) == dt.date(2026, 12, 15)  # the next one is ahead
    assert parse_date("2/4", today) == dt.date(2026, 4, 2)


async def test_a_short_date_is_accepted_and_shown_with_its_year(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "sign")
        await type_text(pilot, "24/3")
        await pilot.press("tab")
        await pilot.pause()
        assert screen.problems() == []
        assert str(screen.record.next_supervision) == "2026-03-24"
        assert screen.query_one("#next-supervision").value == "24/03/2026"  # says which year


async def test_left_and_right_move_between_the_two_buttons(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "more")
        assert app.focused.id == "add-child"
        await pilot.press("right")
        assert app.focused.id == "no-more"
        await pilot.press("left")
        assert app.focused.id == "add-child"
        assert "L.M.." not in str(screen.query_one(".hint").render())  # one full stop after initials


async def test_enter_on_the_agenda_box_moves_on_and_what_shows_is_what_is_saved(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "session")
        box = screen.query_one("#agenda")
        box.focus()
        await pilot.press("space")
        await pilot.press("enter")
        await pilot.pause()
        assert box.value is True and app.focused is not box
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert app.store.load(DEV_DRAFT).agenda_agreed_jointly is True


async def test_pagedown_reads_on_in_the_review_at_once(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "progress")
        for _ in range(5):  # another child?, the worker's three steps, review
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert screen.step.kind == "review"
        scroll = screen.query_one("#step VerticalScroll")
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroll.scroll_y > 0


async def test_a_search_hit_shows_the_record_at_the_match(store):
    from supervision_tui.tui.screens.record import RecordScreen

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "Freedom Programme")  # in Dev's draft, deep in its first child
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RecordScreen) and app.screen.record_id == DEV_DRAFT
        scroll = app.screen.query_one("#record-scroll")
        assert scroll.scroll_y > 0  # opened at the match, not at the top
        lines = app.screen._content.wrap(app.screen.query_one("#record-text").content_region.width)
        in_view = lines[round(scroll.scroll_y): round(scroll.scroll_y) + scroll.size.height]
        assert any("Freedom" in line.plain for line in in_view)


async def test_drafts_are_listed_by_when_they_were_last_saved(store):
    from supervision_tui.models import SupervisionRecord

    store.save(SupervisionRecord(supervisor=SUPERVISOR, supervisee="Old date, saved last",
                                 date=TODAY.replace(month=1)))
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        drafts = app.screen.query_one("#drafts-table")
        assert str(drafts.get_row_at(0)[1]) == "Old date, saved last"


async def test_a_reopened_draft_opens_where_it_was_left(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "update")
        await pilot.press("ctrl+n")  # on to lived experience, and close without writing there
        await settle(pilot)
        assert screen.step.field == "lived_experience"
        await pilot.press("escape")
        await settle(pilot)
        app.open_flow(app.store.load(DEV_DRAFT))
        await settle(pilot)
        assert app.screen.step.field == "lived_experience"


async def test_keys_sent_straight_after_the_supervisor_filter_go_to_the_new_list(tmp_path):
    from supervision_tui.models import ExperienceLevel, SignOff, SignRole, Status, SupervisionRecord
    from supervision_tui.tui.screens.supervision import SupervisionScreen
    from test_tui_flow import send_burst

    store = build_store(tmp_path / "burst.db")
    store.import_records([SupervisionRecord(
        supervisor="Sam Okafor", supervisee=name, team="South", date=TODAY.replace(day=1),
        experience_level=ExperienceLevel.experienced, status=Status.completed,
        signoffs=[SignOff(role=SignRole.supervisor, name="Sam Okafor")]) for name in ("Zara Ali", "Yusuf Bell")])
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        # the filter (its text selected), Enter, then at once Down and Enter: Sam's second supervisee
        send_burst(app, [{" ": "space"}.get(ch, ch) for ch in "Sam Okafor"] + ["enter", "down", "enter"])
        await settle(pilot)
        assert isinstance(app.screen, SupervisionScreen)
        assert app.screen.record.supervisee == "Zara Ali"  # Yusuf Bell first (same due date, by name)
    store.close()


async def test_scoring_on_save_keeps_every_save_on_disk(store):
    """Scoring never opens a second connection to the file in this process: closing one would
    drop the process's locks, and SQLite could delete the WAL still holding the app's saves."""
    import subprocess
    import sys

    app = app_for(store)
    wal = store.path.with_name(store.path.name + "-wal")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "update")
        await type_text(pilot, " Seen at home.")
        await pilot.press("ctrl+n")  # saved and scored
        await settle(pilot)
        await type_text(pilot, "She said she misses school.")
        await pilot.pause(0.6)  # the autosave
        assert wal.exists()
        seen = subprocess.run(
            [sys.executable, "-c", "import sqlite3, sys, json; c = sqlite3.connect(sys.argv[1]); "
             "print(json.loads(c.execute('SELECT body FROM discussions WHERE record_id = ? ORDER BY position',"
             " [sys.argv[2]]).fetchone()[0])['lived_experience'])", str(store.path), DEV_DRAFT],
            capture_output=True, text=True, check=True).stdout.strip()
        assert seen == screen.record.discussions[0].lived_experience == "She said she misses school."


async def test_a_known_supervisee_fills_in_even_after_the_draft_was_autosaved(store):
    """The half-second autosave stores the new record with the name alone; it must not then
    answer for the supervisee (team and experience blank) when Enter looks them up."""
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        screen = app.screen
        await type_text(pilot, "Ama Osei")
        await pilot.pause(0.6)  # saved as typed
        assert app.store.load(screen.record.id).supervisee == "Ama Osei"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.record.team == "Assessment North"
        assert screen.record.experience_level.value == "newly_qualified"


async def test_names_are_whole_at_every_frame_after_the_supervisor_filter_changes(tmp_path):
    """Issue 14.11: at 120x40 names were seen cut for a moment after the filter changed. The
    table keeps its columns across a refill (Textual's clear() keeps column widths), so a name
    must be whole in every frame drawn after Enter, not only once the list has settled."""
    from supervision_tui.models import ExperienceLevel, SignOff, SignRole, Status, SupervisionRecord

    store = build_store(tmp_path / "names.db")
    long_names = ("Oluwaseun Adebayo-Richardson", "Maximilian Fitzgerald-Hughes")
    store.import_records([SupervisionRecord(
        supervisor=boss, supervisee=name, team="Adolescent Safeguarding East", date=TODAY.replace(day=1),
        experience_level=ExperienceLevel.experienced, status=Status.completed,
        signoffs=[SignOff(role=SignRole.supervisor, name=boss)])
        for boss, name in (("Sam Okafor", long_names[0]), ("Kerry Ng", long_names[1]))])
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for boss, name in (("Sam Okafor", long_names[0]), ("Kerry Ng", long_names[1])):
            await pilot.press("s")
            await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in boss], "enter")
            for _ in range(6):  # frame by frame while the list is replaced
                await pilot.pause(0.02)
                table = app.screen.query_one("#supervisees-table")
                if table.row_count:
                    shown = "\n".join(strip.text for strip in table.render_lines(table.region.reset_offset))
                    assert name in shown, shown
            await settle(pilot)
            table = app.screen.query_one("#supervisees-table")
            assert table.row_count == 1
            assert name in "\n".join(s.text for s in table.render_lines(table.region.reset_offset))
    store.close()


def test_a_sitting_names_each_child_once_with_all_that_changed_for_them():
    from supervision_tui.store.db import AuditEntry
    from supervision_tui.tui.record_text import audit_lines

    changed = [["A.B.: added"], ["A.B.: the child's details, risk"], ["session details", "A.B.: risk, impact"],
               ["the worker: wellbeing", "C.D.: reflection"], ["A.B.: decisions", "the worker: workload"]]
    entries = [AuditEntry(seq=i, at=f"2026-12-06T10:{i:02d}:00+00:00", actor="Sam Lee",
                          action="create" if i == 0 else "edit", record_id="r", detail={"changed": c},
                          prev_hash="", hash="") for i, c in enumerate(changed)]
    [line] = audit_lines(entries)  # (saves logged before the trail kept which child a label is)
    assert line.endswith("Sam Lee started the draft (5 saves): A.B.: added, the child's details, risk, impact, "
                         "decisions; session details; the worker: wellbeing, workload; C.D.: reflection")


def test_a_child_whose_label_changes_as_it_is_typed_is_named_once_by_its_latest(store):
    """A new child is "child 2" until its case reference is typed, then that reference until its
    initials are: the sitting names it once, by its initials, with all that changed for it."""
    from supervision_tui.models import CaseDiscussion
    from supervision_tui.tui.record_text import audit_lines

    record = store.load(DEV_DRAFT)
    child = CaseDiscussion(case_ref="")
    record.discussions.append(child)
    record = store.save(record)
    for field, value in (("case_ref", "CMS-4321"), ("child_initials", "Z.Y."), ("risk", "Dad still visits.")):
        setattr(record.discussions[-1], field, value)
        record = store.save(record)
    record.discussions[0].risk += " More."
    store.save(record)
    line = audit_lines(store.audit_entries(DEV_DRAFT))[-1]
    first = record.discussions[0].child_initials
    assert line.endswith(f"Z.Y.: added, the child's details, risk; {first}: risk"), line
    assert "child 2" not in line and "CMS-4321" not in line
    assert store.verify().ok
