"""The dashboard screen: the report's figures, and drill-down from the keyboard.

A tiny app pushes DashboardScreen over the hand-made database of
test_reports_data, with a fixed today, so the snapshots never change by date.
"""

import pytest
from test_reports_data import IDS, TODAY, build_known_db
from textual.app import App
from textual.widgets import DataTable, TabbedContent

from supervision_tui.tui.screens.dashboard import TABS, DashboardScreen, OpenRecord, RecordsBehindScreen


class DashApp(App):
    BINDINGS = [("ctrl+q", "quit", "Quit")]

    def __init__(self, store):
        super().__init__()
        self.store = store
        self.opened: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(DashboardScreen(self.store, today=TODAY))

    def on_open_record(self, message: OpenRecord) -> None:
        self.opened.append(message.record_id)


@pytest.fixture
def store(tmp_path):
    s = build_known_db(tmp_path / "dash.db")
    yield s
    s.close()


async def settle(pilot):
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_dashboard_80x24(store, snap_compare):
    assert snap_compare(DashApp(store), terminal_size=(80, 24), run_before=settle)


def test_dashboard_120x40(store, snap_compare):
    assert snap_compare(DashApp(store), terminal_size=(120, 40), run_before=settle)


def test_dashboard_overdue_tab_120x40(store, snap_compare):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("5")
        await pilot.pause()

    assert snap_compare(DashApp(store), terminal_size=(120, 40), run_before=run_before)


async def test_the_figures_are_the_reports(store):
    app = DashApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        teams = screen.query_one("#table-team", DataTable)
        assert [teams.get_row_at(i)[0] for i in range(teams.row_count)] == ["North", "South"]
        assert teams.get_row_at(0)[2] == "40.0"  # North's mean score, its draft left out
        overdue = screen.query_one("#table-overdue", DataTable)
        assert [overdue.get_row_at(i)[0] for i in range(overdue.row_count)] == ["Eve", "Nia"]  # Sam is on time
        history = screen.query_one("#table-history", DataTable)
        assert history.row_count == 2  # C1 copied forward, C1's action never reviewed


async def test_enter_drills_down_and_escape_comes_back(store):
    app = DashApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        dashboard = app.screen
        # the Team tab is first and its table has the focus: Enter on North
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RecordsBehindScreen)
        # North's quality figures count signed records: R3, a draft, is not behind them
        assert sorted(app.screen.record_ids) == sorted([IDS["R1"], IDS["R2"]])
        assert app.screen.record_ids[0] == IDS["R2"]  # newest first
        # Enter on a record asks the app to open it
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened == [IDS["R2"]]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dashboard

        # Overdue tab (key 5), down to Eve, Enter: Eve's records (the ad hoc one included)
        await pilot.press("5")
        await pilot.pause()
        assert dashboard.query_one(TabbedContent).active == "tab-overdue"
        await pilot.press("enter")  # Eve, the most overdue (nothing signed)
        await settle(pilot)
        assert isinstance(app.screen, RecordsBehindScreen)
        assert "Eve" in app.screen.figure_title
        assert sorted(app.screen.record_ids) == sorted([IDS["R3"], IDS["R6"]])
        await pilot.press("escape")
        await pilot.pause()

        # the next-tab key walks on to Children: C2, the child longest undiscussed
        await pilot.press("right_square_bracket", "enter")
        await settle(pilot)
        assert app.screen.record_ids == [IDS["R1"]]
        await pilot.press("escape")
        await pilot.pause()

        # Criteria tab: North's most missed criterion is challenge (R1, R2)
        await pilot.press("4", "enter")
        await settle(pilot)
        assert "challenge" in app.screen.figure_title
        assert sorted(app.screen.record_ids) == sorted([IDS["R1"], IDS["R2"]])
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dashboard


async def test_an_empty_store_shows_empty_tables(tmp_path):
    from supervision_tui.store import Store

    s = Store.open(tmp_path / "empty.db")
    try:
        app = DashApp(s)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert app.screen.query_one("#table-team", DataTable).row_count == 0
            await pilot.press("enter")  # nothing to drill into: stays put
            await pilot.pause()
            assert isinstance(app.screen, DashboardScreen)
    finally:
        s.close()


def _audited(store):
    """Two audits on the hand-made database: R1's first child band changed, R2 confirmed."""
    import datetime as dt

    from supervision_tui.models import Audit, Band, DiscussionAudit
    from supervision_tui.store.audits import save_audits

    verdicts = {c: True for c in ("depth", "risk")}
    at = dt.datetime(2026, 3, 30, 12, tzinfo=dt.timezone.utc)
    r1 = store.load(IDS["R1"]).discussions[0].id
    r2 = store.load(IDS["R2"]).discussions[0].id
    save_audits(store, [
        Audit(id="audit-1", record_id=IDS["R1"], auditor="Ann", created_at=at, discussions=[DiscussionAudit(
            discussion_id=r1, checker_band=Band.inadequate, auditor_band=Band.requires_improvement,
            checker=verdicts, auditor={**verdicts, "reflection": True},
            comment="Some analysis of mum's mood")]),
        Audit(id="audit-2", record_id=IDS["R2"], auditor="Ann", created_at=at, discussions=[DiscussionAudit(
            discussion_id=r2, checker_band=Band.good, auditor_band=Band.good, checker=verdicts,
            auditor=dict(verdicts))]),
    ])


def test_dashboard_agreement_tab_80x24(store, snap_compare):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("9")
        await pilot.pause()

    _audited(store)
    assert snap_compare(DashApp(store), terminal_size=(80, 24), run_before=run_before)


def test_dashboard_agreement_tab_120x40(store, snap_compare):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("9")
        await pilot.pause()

    _audited(store)
    assert snap_compare(DashApp(store), terminal_size=(120, 40), run_before=run_before)


async def test_the_agreement_tab_shows_the_reports_figures_and_drills_into_the_disagreements(store):
    from supervision_tui.reports.agreement import agreement_for

    _audited(store)
    expected = agreement_for(store)
    assert expected["n"] == 2 and expected["band"]["exact"] == 0.5
    app = DashApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("9")
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("#table-agreement", DataTable)
        band = table.get_row_at(0)
        # pairs (inadequate, RI) and (good, good): po = (2/3 + 1)/2 = 5/6; rows 1,0,1,0 and columns
        # 0,1,1,0 give pe = (2/3 + 1/3 + 2/3 + 1)/4 = 2/3; kappa_w = (5/6 - 2/3)/(1/3) = 0.5
        assert (str(band[0]), band[1], band[2], band[3]) == ("Band", "2", "50% (100% ±1)", "0.50")
        assert str(table.get_row_at(table.row_count - 1)[0]) == "Disagreements (1)"
        # Enter on the band row: the record whose band the auditor changed
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RecordsBehindScreen)
        assert app.screen.record_ids == [IDS["R1"]]


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_every_tab_shows_its_whole_name(store, size):
    """At 80 columns the tab strip ran off the screen: "Unsigned  A" (issue 14's walk)."""
    from test_tui_walk import on_screen

    app = DashApp(store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.pause()
        tabs = app.screen.query_one("#dash-tabs Tabs")
        shown = on_screen(app, tabs)
        for _, label in TABS:
            assert label in shown, (label, shown)
