"""Home: the supervisor's supervisees (overdue first), drafts to finish, recent records, search.

Nothing here loads a whole table: the record list is read a page at a time
(`PAGE` rows, the next page when the cursor nears the end), so 100,000 records
open as fast as 100. Loading runs in a worker thread; the screen is usable at once.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from ..safe_markup import escape
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.suggester import SuggestFromList
from textual.widgets import DataTable, Footer, Input, Label, Static, TabbedContent, TabPane

from ...models import Status
from ...store import RecordFilter, RecordSummary, Store

PAGE = 100
SUPERVISEES_SHOWN = 300  # with every supervisor's supervisees listed, the most overdue first
SEARCH_DELAY_S = 0.3
STATUS_SHORT = {Status.draft: "draft", Status.completed: "signed", Status.agreed: "agreed"}
LEVEL_SHORT = {"newly_qualified": "ASYE", "experienced": "Experienced", "senior": "Senior"}
LEVEL_NARROW = {"newly_qualified": "ASYE", "experienced": "Exp.", "senior": "Senior"}
NARROW = 100  # terminal columns: below this the home tables leave out what is said elsewhere
TABLE_CHROME = 2  # the table's scrollbar


class HomeScreen(Screen):
    """The first screen."""

    # The letters are handled as they arrive (priority), so that the keys typed straight after
    # them go where they lead: a name after "n" to the new supervision, words after "/" to the
    # search box. In the two boxes they are letters (check_action).
    BINDINGS = [
        Binding("n", "new", "New supervision", priority=True),
        Binding("s", "supervisor", "Supervisor", priority=True),
        Binding("slash", "search", "Search", show=False, priority=True),  # the bar says "Search (/)"
        Binding("d", "dashboard", "Dashboard", priority=True),
        Binding("1", "tab('supervisees')", "Supervisees", show=False, priority=True),
        Binding("2", "tab('drafts')", "Drafts", show=False, priority=True),
        Binding("3", "tab('records')", "Records", show=False, priority=True),
        Binding("4", "tab('search')", "Search results", show=False, priority=True),
        Binding("5", "tab('audited')", "Audited records", show=False, priority=True),
        Binding("f5", "reload", "Reload", show=False),
        # While the supervisee list is being replaced (a new supervisor filter), keys for it wait:
        # Down and Enter typed straight after the filter must move in the new list, not the old.
        Binding("down", "held('down')", show=False, priority=True),
        Binding("up", "held('up')", show=False, priority=True),
        Binding("enter", "held('enter')", show=False, priority=True),
        # Enter in the supervisor box, handled as it arrives (Input.Submitted would come after the
        # keys typed behind it): the list is emptied and focused before those keys are read.
        Binding("enter", "filter_supervisor", show=False, priority=True),
        # Enter on a row opens a screen: the keys typed after it wait for that screen (held_keys.py)
        Binding("enter", "open_row", show=False, priority=True),
    ]

    class NewSupervision(Message):
        """Start a supervision (with this supervisee, when one was chosen)."""

        def __init__(self, supervisee: str | None = None) -> None:
            super().__init__()
            self.supervisee = supervisee

    class OpenRecord(Message):
        def __init__(self, record_id: str, draft: bool, find: str | None = None) -> None:
            super().__init__()
            self.record_id = record_id
            self.draft = draft
            self.find = find  # a search: show the record at the match, never edit it

    def __init__(self, store: Store, *, today: dt.date, supervisor: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.today = today
        self.supervisor = supervisor
        self.total_records = 0
        self.loaded_records = 0
        self._loading_page = False
        self._search_timer: Timer | None = None
        self._status: dict[str, Status] = {}
        self.ready = False  # True once the first load has filled the tables
        self._audited_table: DataTable | None = None  # the Audited tab's, once there are audits
        self._replacing = False  # the supervisee list is being replaced: its keys are held
        self._held: list[str] = []
        self._search_query = ""
        self._supervisee_rows: list | None = None
        self._records_narrow = False

    # Layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="home-title")
        with Horizontal(id="home-bar"):
            yield Label("Supervisor (s)", classes="bar-label")
            yield Input(self.supervisor or "", placeholder="everyone's (type a name)", compact=True,
                        id="supervisor")
            yield Label("Search (/)", classes="bar-label")
            yield Input(placeholder="e.g. school attendance", compact=True, id="search")
        with TabbedContent(id="home-tabs"):
            with TabPane("Supervisees", id="supervisees"):
                yield DataTable(id="supervisees-table", cursor_type="row", zebra_stripes=True)
                yield Static("", id="supervisees-count", classes="hint")
            with TabPane("Drafts", id="drafts"):
                yield DataTable(id="drafts-table", cursor_type="row", zebra_stripes=True)
            with TabPane("Records", id="records"):
                yield DataTable(id="records-table", cursor_type="row", zebra_stripes=True)
                yield Static("", id="records-count", classes="hint")
            with TabPane("Search", id="search"):
                yield DataTable(id="search-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self._title()
        self.query_one("#drafts-table", DataTable).add_columns("Date", "Supervisee", "Children", "Last saved")
        self.query_one("#records-table", DataTable).add_columns(
            "Date", "Supervisee", "Supervisor", "Children", "Status", "Band")
        self.query_one("#search-table", DataTable).add_columns("Date", "Found", "Child", "Supervisee")
        self.query_one("#supervisees-table", DataTable).focus()
        self.load()

    def _title(self) -> None:
        who = (f"{escape(self.supervisor)}'s supervisees" if self.supervisor
               else "every supervisor's supervisees")
        day = f"{self.today:%A} {self.today.day} {self.today:%B %Y}"
        self.query_one("#home-title", Static).update(Content.from_markup(f"[b]Supervision[/b] · {who} · {day}"))

    def owner_named(self, name: str) -> None:
        """The user has just named themselves: their own supervisees, once they have signed any."""
        from ...store.tui_queries import has_signed_records_by

        if has_signed_records_by(self.store, name):
            self.supervisor = name
            self.query_one("#supervisor", Input).value = name
            self._title()
            self.load()

    def _filter(self) -> RecordFilter:
        return RecordFilter(supervisor=self.supervisor) if self.supervisor else RecordFilter()

    # Loading ----------------------------------------------------------------------------------

    def action_reload(self) -> None:
        self.load()

    def on_resize(self) -> None:
        """The tables' columns are chosen for the width: choose again (from what is loaded)."""
        if self._supervisee_rows is not None:
            self._fill_supervisees(self._supervisee_rows)
        if self.ready and self._narrow() != self._records_narrow:
            self.load()  # the record list's columns too

    def on_screen_resume(self) -> None:
        if self.ready:
            self.load()

    @work(thread=True, exclusive=True, group="home-load")
    def load(self) -> None:
        """The first page of every list, then the supervisee schedule, then bands not yet scored."""
        from ..schedule import supervisee_rows

        store = self.store
        drafts = store.drafts(self.supervisor, limit=PAGE)
        total = store.count(self._filter())
        page = store.list_records(self._filter(), limit=PAGE)
        self.app.call_from_thread(self._fill, drafts, total, page)
        rows = supervisee_rows(store, self._filter(), self.today)
        self.app.call_from_thread(self._fill_supervisees, rows)
        supervisors = store.supervisors()
        self.app.call_from_thread(self._suggest_supervisors, supervisors)
        from ...store.audits import audited_records

        self.app.call_from_thread(self._fill_audited, audited_records(store, self.supervisor, limit=PAGE))
        self._score_unscored(page)

    async def _fill_audited(self, rows: list[dict]) -> None:
        """The supervisor's audited records, newest audit first: a tab that appears once there are any."""
        tabs = self.query_one(TabbedContent)
        table = self._audited_table
        if table is None:
            if not rows:
                return
            # kept before the pane is mounted, so a second load meanwhile never adds a second pane
            table = self._audited_table = DataTable(id="audited-table", cursor_type="row", zebra_stripes=True)
            table.add_columns("Audited", "Record", "Supervisee", "Auditor", "Changed")
            await tabs.add_pane(TabPane("Audited", table, id="audited"))
        table.clear()
        by_record: dict[str, dict] = {}
        for r in rows:  # one row a record: a second auditor's audit joins the first
            if r["record_id"] in by_record:
                first = by_record[r["record_id"]]
                first["auditor"] += f", {r['auditor']}"
                first["discussions_changed"] = max(first["discussions_changed"], r["discussions_changed"])
            else:
                by_record[r["record_id"]] = dict(r)
        rows = list(by_record.values())
        for r in rows:
            changed = r["discussions_changed"]
            table.add_row(Text(r["audited_at"][:10]), Text(r["date"]), Text(r["supervisee"]), Text(r["auditor"]),
                          Text(f"{changed} child{'ren' if changed != 1 else ''}" if changed else "confirmed"),
                          key=r["record_id"])
        tabs.get_tab("audited").label = f"Audited ({len(rows)})"

    def _score_unscored(self, page: list[RecordSummary]) -> None:
        """Records never scored in batch get the checker's band now (a few at a time, off the UI thread)."""
        from ...quality import assess

        for s in page:
            if s.band is not None:
                continue
            record = self.store.load(s.id)
            if not record.discussions:
                continue
            worst = min((assess(d) for d in record.discussions), key=lambda a: a.score)
            self.app.call_from_thread(self._set_band, s.id, worst.band.value)

    def _set_band(self, record_id: str, band: str) -> None:
        from ..widgets.charts import band_label

        table = self.query_one("#records-table", DataTable)
        try:
            table.update_cell(record_id, "band", band_label(band, short=self._records_narrow), update_width=True)
        except Exception:
            pass  # the row left the table (a reload) before its band came

    def _suggest_supervisors(self, supervisors: list[str]) -> None:
        self.query_one("#supervisor", Input).suggester = SuggestFromList(supervisors, case_sensitive=False)

    def _narrow(self) -> bool:
        """Under 100 columns the tables keep what a manager needs whole and leave out the rest."""
        return self.app.size.width < NARROW

    def _fill_supervisees(self, rows: list) -> None:
        self._replacing = False
        self._supervisee_rows = rows
        theme = self.app.current_theme
        table = self.query_one("#supervisees-table", DataTable)
        narrow = self._narrow()
        # Under 100 columns "Due by" goes (the status says how overdue, or in how many days) and
        # the level is its short form: the team gets the room, and a long one wraps, never cut.
        columns = ["Supervisee", "Level", "Last", *([] if narrow else ["Due by"]), "Status", "Team"]
        if [str(c.label) for c in table.ordered_columns] != columns:
            table.clear(columns=True)
            for label in columns:
                table.add_column(label, key=label.lower())
        else:
            table.clear()
        levels = LEVEL_NARROW if narrow else LEVEL_SHORT
        overdue = sum(1 for r in rows if r.overdue)
        cells = []
        for r in rows[:SUPERVISEES_SHOWN]:
            if r.overdue:
                state = Text(f"overdue {r.days_overdue}d", style=f"bold {theme.error}")
            elif r.next_due <= self.today:
                state = Text("due today", style=f"bold {theme.warning}")
            else:
                state = Text(f"in {(r.next_due - self.today).days}d", style="dim")
            if r.booked and r.booked >= self.today:
                state.append(f" booked {r.booked:%d/%m}", style="dim")
            name = Text(r.supervisee, style=f"bold {theme.error}" if r.overdue else "")
            last = Text(f"{r.last:%d/%m/%Y}") if r.last else Text("none signed", style="dim")
            due = [] if narrow else [Text(f"{r.next_due:%d/%m/%Y}")]
            cells.append(([name, Text(levels.get(r.level.value, r.level.value)), last, *due, state],
                          r.team, r.supervisee))
        # the team: what the width leaves (at least 12), wrapping within it
        others = [max([len(columns[i]), *(c[0][i].cell_len for c in cells)]) for i in range(len(columns) - 1)]
        room = max(12, self.app.size.width - TABLE_CHROME - sum(w + 2 for w in others) - 2)
        team = table.columns[table.ordered_columns[-1].key]
        team.auto_width, team.width = False, room
        for row, team_name, key in cells:
            wraps = len(team_name) > room
            table.add_row(*row, Text(team_name), key=key, height=None if wraps else 1)
        self.query_one(TabbedContent).get_tab("supervisees").label = (
            f"Supervisees ({overdue:,} overdue)" if overdue else "Supervisees")
        hint = self.query_one("#supervisees-count", Static)
        hint.update(f"The {SUPERVISEES_SHOWN} most overdue of {len(rows):,}: type a supervisor's name above"
                    if len(rows) > SUPERVISEES_SHOWN else "")
        hint.display = len(rows) > SUPERVISEES_SHOWN
        held, self._held = self._held, []
        for key in held:  # the keys typed while the list was being replaced, now on the new list
            self.app.simulate_key(key)

    def _fill(self, drafts: list[RecordSummary], total: int, page: list[RecordSummary]) -> None:
        tabs = self.query_one(TabbedContent)
        dtable = self.query_one("#drafts-table", DataTable)
        dtable.clear()
        for d in sorted(drafts, key=lambda d: d.updated_at, reverse=True):  # the one last worked on first
            self._status[d.id] = d.status
            saved = dt.datetime.fromisoformat(d.updated_at).astimezone()
            dtable.add_row(Text(f"{d.date:%d/%m/%Y}"), Text(d.supervisee or "(no name yet)"), Text(str(d.n_children)),
                           Text(f"{saved:%d/%m/%Y %H:%M}"), key=d.id)
        tabs.get_tab("drafts").label = f"Drafts ({len(drafts)})" if drafts else "Drafts"
        rtable = self.query_one("#records-table", DataTable)
        rtable.clear(columns=True)
        rtable.add_column("Date", key="date")
        rtable.add_column("Supervisee", key="supervisee")
        if not self.supervisor:
            rtable.add_column("Supervisor", key="supervisor")
        self._records_narrow = self._narrow()
        if not self._records_narrow:  # (how many children: on the record's page)
            rtable.add_column("Ch", key="children")
        rtable.add_column("Status", key="status")
        rtable.add_column("Band", key="band")
        self.total_records = total
        self.loaded_records = 0
        self._add_records(page)
        self.ready = True

    def _add_records(self, page: list[RecordSummary]) -> None:
        from ..widgets.charts import band_label

        table = self.query_one("#records-table", DataTable)
        for s in page:
            self._status[s.id] = s.status
            cells = [Text(f"{s.date:%d/%m/%Y}"), Text(s.supervisee)]
            if not self.supervisor:
                cells.append(Text(s.supervisor))
            if not self._records_narrow:
                cells.append(Text(str(s.n_children)))
            cells += [Text(STATUS_SHORT[s.status]),
                      band_label(s.band, short=self._records_narrow) if s.band else Text("scoring…", style="dim")]
            table.add_row(*cells, key=s.id)
        self.loaded_records += len(page)
        self._loading_page = False
        self.query_one("#records-count", Static).update(
            f"Showing {self.loaded_records:,} of {self.total_records:,} records, newest first"
            + (" · more load as you scroll" if self.loaded_records < self.total_records else ""))

    @on(DataTable.RowHighlighted, "#records-table")
    def _near_end(self, event: DataTable.RowHighlighted) -> None:
        if (not self._loading_page and self.loaded_records < self.total_records
                and event.cursor_row >= self.loaded_records - 10):
            self._loading_page = True
            self._next_page(self.loaded_records)

    @work(thread=True, exclusive=True, group="home-page")
    def _next_page(self, offset: int) -> None:
        page = self.store.list_records(self._filter(), limit=PAGE, offset=offset)
        self.app.call_from_thread(self._add_records, page)
        self._score_unscored(page)

    # Supervisor and search --------------------------------------------------------------------

    async def action_filter_supervisor(self) -> None:
        """Enter in the supervisor box: their supervisees, drafts and records (empty: everyone's)."""
        box = self.query_one("#supervisor", Input)
        reached = asyncio.Event()  # the letters typed before Enter may still be queued at the box
        if box.call_later(reached.set):
            await reached.wait()
        self._show_supervisor(box.value)

    @on(Input.Submitted, "#supervisor")
    def _supervisor(self, event: Input.Submitted) -> None:
        event.stop()
        self._show_supervisor(event.value)

    def _show_supervisor(self, name: str) -> None:
        self.supervisor = name.strip() or None
        self._title()
        self._replacing = True
        self.query_one("#supervisees-table", DataTable).clear()
        self.load()
        self.action_tab("supervisees")

    LETTER_ACTIONS = ("new", "supervisor", "search", "dashboard", "tab")

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in self.LETTER_ACTIONS and (isinstance(self.focused, Input) or self.app.screen is not self):
            return False  # typed in a box (or a dialog is open): a letter, not a command
        if action == "dashboard":
            return bool(getattr(self.app, "has_dashboard", False))
        if action == "held":
            return self._replacing and self.focused is self.query_one("#supervisees-table")
        if action == "filter_supervisor":
            return self.focused is self.query_one("#supervisor")
        if action == "open_row":
            table = self.focused
            return (isinstance(table, DataTable) and table.row_count > 0 and not self._replacing
                    and hasattr(self.app, "hold_keys"))
        return True

    def action_open_row(self) -> None:
        from textual import events

        self.app.hold_keys()
        # the Enter goes on to the table behind any key already queued there (a Down sent just before)
        self.focused._forward_event(events.Key("enter", "\r"))

    def action_held(self, key: str) -> None:
        self._held.append(key)

    def action_search(self) -> None:
        self.set_focus(self.query_one("#search", Input))  # at once: the words typed next are the search

    def action_supervisor(self) -> None:
        """To the supervisor filter: a name and Enter shows theirs; empty and Enter shows everyone's."""
        box = self.query_one("#supervisor", Input)
        self.set_focus(box)
        box.select_all()

    def action_tab(self, tab: str) -> None:
        if not self.query(f"#{tab}-table"):
            return  # the Audited tab only once there are audits
        self.query_one(TabbedContent).active = tab
        # at once: focus() waits behind keys already sent, which would go to the field just left
        self.set_focus(self.query_one(f"#{tab}-table", DataTable))

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY_S, lambda: self.search(event.value))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self.search(event.value, focus=True)

    @work(thread=True, exclusive=True, group="home-search")
    def search(self, query: str, focus: bool = False) -> None:
        hits = self.store.search(query, limit=PAGE) if query.strip() else []
        self.app.call_from_thread(self._show_hits, query, hits, focus)

    def _show_hits(self, query: str, hits: list, focus: bool) -> None:
        table = self.query_one("#search-table", DataTable)
        table.clear()
        self._search_query = query
        # The match shows whole whatever the width: the words just before it, the match, and on
        width = max(24, self.size.width - 10 - 8 - 16 - 8)
        seen = set()
        for h in hits:
            if h.record_id in seen:
                continue  # one row per record: the best matching child
            seen.add(h.record_id)
            table.add_row(Text(f"{h.date:%d/%m/%Y}"), found_text(h.snippet, width),
                          Text(h.child_initials or h.case_ref), Text(h.supervisee), key=h.record_id)
        tabs = self.query_one(TabbedContent)
        tabs.get_tab("search").label = f"Search ({len(seen)})" if query.strip() else "Search"
        if query.strip():
            tabs.active = "search"
        if focus:
            table.focus()

    # Opening ------------------------------------------------------------------------------------

    def action_dashboard(self) -> None:
        self.app.action_dashboard()

    def action_new(self) -> None:
        if hasattr(self.app, "hold_keys"):
            self.app.hold_keys()  # the name typed straight after "n" is the new supervision's
        self.post_message(self.NewSupervision())

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        if key is None:
            return
        if event.data_table.id == "supervisees-table":
            self.post_message(self.NewSupervision(key))
        elif event.data_table.id == "search-table":
            self.post_message(self.OpenRecord(key, False, find=self._search_query))
        else:
            self.post_message(self.OpenRecord(key, self._status.get(key) == Status.draft))


def found_text(snippet: str, width: int) -> Text:
    """The search snippet ("…words [match] words…") cut to `width` so the match shows, highlighted."""
    words = " ".join(snippet.split())
    start = words.find("[")
    if start > 0 and len(words) > width:
        # begin a few words before the match
        before = words[:start].split(" ")
        lead = " ".join(before[-4:])
        words = "…" + lead + words[start:]
    if len(words) > width:
        words = words[: width - 1] + "…"
    text = Text()
    bold = False
    for part in words.replace("]", "[").split("["):
        text.append(part, style="bold reverse" if bold else "")
        bold = not bold
    return text


__all__ = ["HomeScreen", "found_text"]
