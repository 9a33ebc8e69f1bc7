"""The quality leads' dashboard: the report's figures at a glance, and the records behind each.

Every table row is a figure; Enter on it opens the records behind it
(`RecordsBehindScreen`), Escape comes back. The figures come from
`supervision_tui.reports` (the same as `supervision-tui report`), computed in a
worker thread so a large store never blocks the screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

from ...reports import ReportOptions, build_report
from ...reports.figures import CRITERION_LABELS, LEVEL_LABELS, SMALL_N, TREND_MONTHS, Report, history_figures
from ...store import RecordFilter, Store
from ...store.reports import Drill, drill_count, drill_records
from ..safe_markup import escape
from ..widgets.charts import BandLegend, TrendLine, arrow, band_bar, band_label, spark_text

TABS = (
    ("team", "Team"),
    ("supervisor", "Supervisor"),
    ("month", "Month"),
    ("criteria", "Criteria"),
    ("overdue", "Overdue"),
    ("children", "Children"),
    ("history", "Copied"),
    ("unsigned", "Unsigned"),
    ("agreement", "Agreement"),
)
DRILL_LIMIT = 500
NARROW_TABS = 100  # terminal columns


@dataclass(frozen=True)
class FigureRow:
    """What Enter on a table row drills into."""

    title: str
    drill: Drill


class OpenRecord(Message):
    """Enter on a record in a drill-down list: the app may open it."""

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id


class DashboardScreen(Screen):
    """Quality by team, supervisor and month; missing criteria; overdue supervision;
    children not discussed; copied-forward notes; unsigned records."""

    CSS_PATH = Path(__file__).with_name("dashboard.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter", "drill", "Records behind", show=True, priority=False),
        Binding("left_square_bracket", "tab(-1)", "Prev tab", show=False),
        Binding("right_square_bracket", "tab(1)", "Next tab", show=False),
        Binding("r", "reload", "Reload"),
        *[Binding(str(i + 1), f"show_tab('{tab}')", label, show=False) for i, (tab, label) in enumerate(TABS)],
    ]

    def __init__(
        self,
        store: Store,
        today: dt.date | None = None,
        filt: RecordFilter | None = None,
        not_discussed_weeks: int = 8,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.today = today
        self.filt = filt or RecordFilter()
        self.not_discussed_weeks = not_discussed_weeks
        self.report: Report | None = None
        self._rows: dict[str, list[FigureRow]] = {tab: [] for tab, _ in TABS}
        self._notes: dict[str, str] = {}  # per tab: what its list holds, and whether it is cut
        self._tab_counts: dict[str, int] = {}  # shown in the tab's label when there is room

    # Layout ------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static("Quality · loading…", id="dash-summary")
        yield TrendLine("Mean score by month", id="dash-trend")
        with Horizontal(id="dash-keys"):
            yield BandLegend(id="dash-legend")
            yield Static(f"Enter: records · 1-{len(TABS)} tabs", id="dash-hint")
        with TabbedContent(id="dash-tabs"):
            for tab, label in TABS:
                with TabPane(label, id=f"tab-{tab}"):
                    yield DataTable(id=f"table-{tab}", cursor_type="row", zebra_stripes=True,
                                    cursor_foreground_priority="renderable")
        yield Static("", id="dash-note")
        yield Footer()

    def on_mount(self) -> None:
        self._set_columns()
        self._label_tabs()
        self.load()

    def on_resize(self) -> None:
        self._label_tabs()

    def _label_tabs(self) -> None:
        """Under 100 columns the tabs drop their counts and close up, so all nine show at 80."""
        narrow = self.app.size.width < NARROW_TABS
        self.set_class(narrow, "-narrow")
        tabs = self.query_one(TabbedContent)
        for tab, label in TABS:
            n = self._tab_counts.get(tab)
            tabs.get_tab(f"tab-{tab}").label = f"{label} ({n:,})" if n and not narrow else label

    def _set_columns(self) -> None:
        # Mean, Brief % and the trend before the bar, so they stay on screen at 80 columns
        columns = {
            "team": ("Team", "Notes", "Mean", "Brief %", "Trend", "Bands"),
            "supervisor": ("Supervisor", "Notes", "Mean", "Brief %", "Trend", "Bands", "Team"),
            "month": ("Month", "Notes", "Mean", "Brief %", "Change", "Bands"),
            "criteria": ("Team", "Criterion missing", "Notes", "Missing", "%"),
            "overdue": ("Supervisee", "Overdue", "Rule", "Last", "Level", "Team"),
            "children": ("Case ref", "Child", "Last discussed", "Weeks", "Team", "Supervisee"),
            "history": ("Date", "Case ref", "Finding", "Team"),
            "unsigned": ("Team / record", "Drafts", "Awaiting supervisee", "Oldest / date"),
            "agreement": ("Checker vs auditors", "n", "Agree", "Kappa", "Precision", "Recall"),
        }
        for tab, cols in columns.items():
            table = self.query_one(f"#table-{tab}", DataTable)
            table.clear(columns=True)
            table.add_columns(*cols)

    # Loading -----------------------------------------------------------------------------------

    def _options(self, history: bool) -> ReportOptions:
        return ReportOptions(filt=self.filt, today=self.today, not_discussed_weeks=self.not_discussed_weeks,
                             limit=200, include_history=history)

    @work(thread=True, exclusive=True, group="dashboard")
    def load(self) -> None:
        """The figures first; then the cross-record checks, which read every discussion."""
        report = build_report(self.store, self._options(history=False))
        self.app.call_from_thread(self._show, report)
        history = history_figures(self.store, self.filt, 200)
        self.app.call_from_thread(self._show_history, *history)
        from ...reports.agreement import agreement_for

        self.app.call_from_thread(self._show_agreement, agreement_for(self.store, self.filt))

    def action_reload(self) -> None:
        self.load()

    # Showing -------------------------------------------------------------------------------------

    def _fill(self, tab: str, rows: list[tuple[list, FigureRow]]) -> None:
        table = self.query_one(f"#table-{tab}", DataTable)
        table.clear()
        self._rows[tab] = []
        for cells, figure in rows:
            table.add_row(*_literal(cells))
            self._rows[tab].append(figure)

    def _show(self, report: Report) -> None:
        self.report = report
        cov = report.coverage
        late = report.overdue_total
        summary = Text.assemble(
            ("Quality", "bold"),
            f" · {report.today.isoformat()} · {cov['records']:,} records · "
            f"{cov['scored']:,}/{cov['discussions']:,} discussions scored · ",
            (f"{late} of {report.supervisees_total} overdue", "bold red" if late else ""),
            f" · {report.unsigned_total:,} unsigned",
            " · drafts left out of quality" if report.quality_statuses == "signed" else "",
        )
        self.query_one("#dash-summary", Static).update(summary)
        trend = report.trend
        self.query_one(TrendLine).show([p.mean for p in trend], trend[0].month if trend else "",
                                       trend[-1].month if trend else "")

        def change(f) -> Text | str:
            if f.change is None:
                return ""
            return Text.assemble(arrow(f.direction), f" {f.change:+.1f}", ("*" if f.change_small_n else "", "dim"))

        def quality(f, trend_cell) -> list:
            return [f"{f.discussions:,}", f"{f.mean_score:.1f}", f"{f.brief_descriptive_pct:.0f}%", trend_cell,
                    band_bar(f.bands, 12)]

        def spark(f) -> Text:
            return Text.assemble(spark_text([p.mean for p in f.trend]), " ", change(f))

        self._fill("team", [
            ([f.key, *quality(f, spark(f))], FigureRow(f"Team {f.key}: scored records", f.drill))
            for f in report.by_team
        ])
        self._fill("supervisor", [
            ([f.key, *quality(f, spark(f)), f.team], FigureRow(f"Supervisor {f.key}: scored records", f.drill))
            for f in report.by_supervisor
        ])
        self._fill("month", [
            ([f.key if f.complete else f"{f.key} (to date)", *quality(f, change(f))],
             FigureRow(f"{f.key}: scored records", f.drill))
            for f in report.by_month
        ])
        criteria_rows = []
        for c in report.criteria_missing:
            for m in c.missing:
                if m.missing:
                    criteria_rows.append((
                        [c.team, CRITERION_LABELS[m.criterion], f"{c.discussions:,}", f"{m.missing:,}", f"{m.pct:.0f}%"],
                        FigureRow(f"Team {c.team}: records missing '{CRITERION_LABELS[m.criterion]}'", m.drill),
                    ))
        self._fill("criteria", criteria_rows)
        self._fill("overdue", [
            ([o.supervisee, Text(f"{o.days_overdue} days", style="bold red"), o.rule,
              o.last_supervision.isoformat() if o.last_supervision else "none signed",
              LEVEL_LABELS.get(o.experience_level, o.experience_level), o.team],
             FigureRow(f"{o.supervisee}: supervision records", o.drill))
            for o in report.overdue
        ])
        self._fill("children", [
            ([c.case_ref, c.child_initials, c.last_discussed.isoformat(), str(c.weeks_since), c.team, c.supervisee],
             FigureRow(f"Child {c.case_ref}: records that discuss them", c.drill))
            for c in report.not_discussed
        ])
        unsigned_rows = [
            ([Text(t.team, style="bold"), str(t.drafts), str(t.awaiting_supervisee),
              t.oldest.isoformat() if t.oldest else ""],
             FigureRow(f"Team {t.team}: unsigned records", t.drill))
            for t in report.unsigned_by_team
        ]
        unsigned_rows += [
            ([f"  {u.supervisee} ({u.supervisor})", "1" if u.status == "draft" else "",
              "1" if u.status == "completed" else "", u.date.isoformat()],
             FigureRow(f"Unsigned record of {u.supervisee}, {u.date.isoformat()}", u.drill))
            for u in report.unsigned
        ]
        self._fill("unsigned", unsigned_rows)
        lists = report.lists
        self._notes.update({
            "overdue": self._cut_note("supervisees overdue, most overdue first", lists["overdue"],
                                      f" (of {report.supervisees_total:,} supervisees)"),
            "children": self._cut_note(f"children not discussed for {report.not_discussed_weeks}+ weeks, "
                                       "longest first", lists["not_discussed"]),
            "unsigned": self._cut_note("unsigned records, oldest first", lists["unsigned"]),
            "team": self._trend_note(), "supervisor": self._trend_note(), "month": self._trend_note(),
        })
        self._show_note()

    @staticmethod
    def _cut_note(what: str, part: dict, extra: str = "") -> str:
        """What a list holds, and how many of how many when it is cut."""
        if part["cut"]:
            return f"{part['shown']:,} of {part['total']:,} {what}{extra} · report --limit 0 lists all"
        return f"{part['total']:,} {what}{extra}"

    @staticmethod
    def _trend_note() -> str:
        return f"Trend: {TREND_MONTHS} complete months · change: last vs the one before · * n<{SMALL_N}"

    def _show_note(self) -> None:
        tab, _ = self._current_table()
        self.query_one("#dash-note", Static).update(self._notes.get(tab, ""))

    def _show_history(self, findings, counts, by_team) -> None:
        self._fill("history", [
            ([h.date.isoformat(), h.case_ref, h.kind.replace("_", " "), h.team],
             FigureRow(f"{h.case_ref}: {h.message}", h.drill))
            for h in findings
        ])
        total = sum(counts.values())
        self._tab_counts["history"] = total
        self._label_tabs()
        self._notes["history"] = self._cut_note("copied-forward notes and unreviewed actions, newest first",
                                                {"shown": len(findings), "total": total,
                                                 "cut": len(findings) < total})
        self._show_note()

    def _show_agreement(self, result: dict) -> None:
        """The checker against the council's auditors (the same figures as `report --agreement`)."""
        def pct(v) -> str:
            return "–" if v is None else f"{100 * v:.0f}%"

        def num(v) -> str:
            return "–" if v is None else f"{v:.2f}"

        dis = result["disagreements"]
        audited = tuple(dict.fromkeys(d["record_id"] for d in dis))

        def records_where(changed: str | None, auditor: str | None = None) -> FigureRow:
            ids = tuple(dict.fromkeys(d["record_id"] for d in dis if (changed is None or changed in d["changed"])
                                      and (auditor is None or d["auditor"] == auditor)))
            what = "every disagreement" if changed is None else f"'{changed.replace('_', ' ')}' overridden"
            what += f" by {auditor}" if auditor else ""
            return FigureRow(f"Audited records: {what}", Drill(record_ids=ids or ("",)))

        b = result["band"]
        rows = [([Text("Band", style="bold"), str(b["n"]), f"{pct(b['exact'])} ({pct(b['within_one'])} ±1)",
                  num(b["kappa_weighted"]), "", ""], records_where("band"))]
        for c, f in result["criteria"].items():
            rows.append(([CRITERION_LABELS[c], str(f["n"]), pct(f["agree"] / f["n"] if f["n"] else None),
                          num(f["kappa"]), num(f["precision"]), num(f["recall"])], records_where(c)))
        for name, figs in result["by_auditor"].items():
            fb = figs["band"]
            rows.append(([f"Auditor {name}: band", str(fb["n"]), pct(fb["exact"]), num(fb["kappa_weighted"]), "", ""],
                         records_where(None, name)))
        m = result["moderation"]
        if m["discussions"]:
            mb = m["band"]
            rows.append(([f"Two auditors ({m['records']} records): band", str(mb["n"]), pct(mb["exact"]),
                          num(mb["kappa_weighted"]), "", ""], records_where(None)))
        rows.append(([Text(f"Disagreements ({len(dis)})", style="bold"), str(len(audited)), "", "", "", ""],
                     records_where(None)))
        self._fill("agreement", rows)
        self._tab_counts["agreement"] = result["n"]
        self._label_tabs()
        self._notes["agreement"] = (
            f"{result['n']:,} audited discussions · auditor = reference · kappa 1 full, 0 chance"
            if result["n"] else "No audits yet: audit a record (u on its page) or `audit import` a filled sample")
        self._show_note()

    # Keys ----------------------------------------------------------------------------------------

    def _current_table(self) -> tuple[str, DataTable]:
        active = self.query_one(TabbedContent).active or "tab-team"
        tab = active.removeprefix("tab-")
        return tab, self.query_one(f"#table-{tab}", DataTable)

    def action_drill(self) -> None:
        tab, table = self._current_table()
        rows = self._rows.get(tab, [])
        if not rows or not (0 <= table.cursor_row < len(rows)):
            self.notify("No figure to open here.", severity="warning")
            return
        figure = rows[table.cursor_row]
        self.app.push_screen(RecordsBehindScreen(self.store, figure.title, figure.drill))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_drill()

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{tab}"
        self.query_one(f"#table-{tab}", DataTable).focus()

    def action_tab(self, step: int) -> None:
        ids = [f"tab-{t}" for t, _ in TABS]
        current = self.query_one(TabbedContent).active or ids[0]
        self.action_show_tab(ids[(ids.index(current) + step) % len(ids)].removeprefix("tab-"))

    @on(TabbedContent.TabActivated)
    def _focus_table(self, event: TabbedContent.TabActivated) -> None:
        event.pane.query_one(DataTable).focus()
        self._show_note()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()


class RecordsBehindScreen(Screen):
    """The records behind one figure, newest first. Escape goes back to the dashboard."""

    CSS_PATH = Path(__file__).with_name("dashboard.tcss")
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, store: Store, title: str, drill: Drill, **kwargs) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.figure_title = title
        self.drill = drill
        self.record_ids: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(self.figure_title, id="drill-title")
        yield DataTable(id="drill-table", cursor_type="row", zebra_stripes=True,
                        cursor_foreground_priority="renderable")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # band and score first: long names must never push them off the screen
        table.add_columns("Date", "Band", "Score", "Status", "Children", "Supervisee", "Supervisor", "Team")
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        total = drill_count(self.store, self.drill)
        rows = drill_records(self.store, self.drill, limit=DRILL_LIMIT)
        self.app.call_from_thread(self._show, total, rows)

    def _show(self, total: int, rows: list[dict]) -> None:
        shown = f"{total:,} records" if total <= len(rows) else f"the newest {len(rows):,} of {total:,} records"
        self.query_one("#drill-title", Static).update(
            Text.assemble((self.figure_title, "bold"), f" · {shown} · Enter opens a record, Escape goes back")
        )
        table = self.query_one(DataTable)
        table.clear()
        self.record_ids = []
        for r in rows:
            table.add_row(*_literal([r["date"], band_label(r["band"]), "" if r["score"] is None else str(r["score"]),
                          r["status"], str(r["n_children"]), r["supervisee"], r["supervisor"], r["team"]]),
                          key=r["id"])
            self.record_ids.append(r["id"])
        table.focus()

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value:
            self.post_message(OpenRecord(event.row_key.value))


__all__ = ["DashboardScreen", "OpenRecord", "RecordsBehindScreen"]


def _literal(cells: list) -> list:
    """Record text (a team, a name) shown as it is: markup escaped, no control characters."""
    return [escape(c) if isinstance(c, str) else c for c in cells]
