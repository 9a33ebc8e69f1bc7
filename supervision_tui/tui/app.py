"""The recording TUI: wiring only. Screens, widgets and commands live in their own modules."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from .safe_markup import escape

from ..models import ExperienceLevel, SupervisionRecord
from ..store import Store
from .held_keys import HeldKeys
from .memory import settle_memory
from .screens.home import HomeScreen


def _app_commands():
    """The palette's provider, imported when the palette first opens (start-up stays fast)."""
    from .commands import AppCommands

    return AppCommands


class SupervisionApp(HeldKeys, App):
    """Team managers record supervision of social workers' cases, with live quality feedback."""

    CSS_PATH = "app.tcss"
    TITLE = "supervision-tui"
    COMMANDS = App.COMMANDS | {_app_commands}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
        # Priority, so focus moves when the key arrives, not when the field it leaves gets round to it:
        # otherwise keys typed straight after Tab (a paste, tmux, a fast typist) all land in that field.
        Binding("tab", "focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "focus_previous", "Previous field", show=False, priority=True),
    ]

    def __init__(self, store: Store, *, today: dt.date | None = None, supervisor: str | None = None,
                 offer_draft: bool = True, ask_user: bool = False) -> None:
        super().__init__()
        from ..store.tui_queries import has_signed_records_by

        self.store = store
        self.ask_user = ask_user  # the user has not named themselves yet: ask before anything else
        self.today = today or dt.date.today()
        # Only the user's own supervisees when they have signed supervision of their own: a manager
        # new to the app (a first draft at most) sees the whole team's, and the filter says so.
        if supervisor is None and has_signed_records_by(store, store.actor):
            supervisor = store.actor
        self.supervisor = supervisor
        self.offer_draft = offer_draft
        self.has_dashboard = importlib.util.find_spec(f"{__package__}.screens.dashboard") is not None
        self.theme = "textual-dark"

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("focus_next", "focus_previous"):
            from textual.widgets import TextArea

            focused = self.focused
            if isinstance(focused, TextArea) and focused.tab_behavior == "indent":
                return False  # Tab is the text's own
        return True

    # Screens -----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.push_screen(HomeScreen(self.store, today=self.today, supervisor=self.supervisor))
        if self.ask_user:
            self.call_after_refresh(self.action_who_am_i, then_offer_draft=self.offer_draft)
        elif self.offer_draft:
            self.call_after_refresh(self._offer_draft)
        self.call_after_refresh(settle_memory)

    def action_who_am_i(self, then_offer_draft: bool = False) -> None:
        """Ask the user's name and role (once, at first run; again from the palette) and keep them."""
        from ..user import User, UserError, load_user, save_user
        from .screens.modals import WhoAreYouModal

        current = load_user()

        def answer(user: User | None) -> None:
            if user is not None:
                try:
                    save_user(user)
                except (OSError, UserError) as e:
                    self.notify(f"Your name is used now but could not be kept for next time: {e}",
                                severity="warning")
                self.store.actor = user.name
                self.notify(f"Recording as {user.label}.", timeout=3)
                self.home.owner_named(user.name)
            if then_offer_draft:
                self._offer_draft()

        self.push_screen(WhoAreYouModal(current.name if current else "", current.role if current else "",
                                        self.store.os_account), answer)

    @property
    def home(self) -> HomeScreen:
        return next(s for s in self.screen_stack if isinstance(s, HomeScreen))

    def _offer_draft(self) -> None:
        """Reopening the app offers back the draft this user was last writing."""
        from ..store.tui_queries import last_draft_edited_by
        from .screens.modals import ResumeDraftModal

        record_id = last_draft_edited_by(self.store, self.store.actor)
        if record_id is None:
            return
        record = self.store.load(record_id)
        who = record.supervisee or "a supervisee not named yet"
        saved = record.updated_at.astimezone()
        summary = (f"Your supervision with [b]{escape(who)}[/b] on {record.date:%d/%m/%Y} "
                   f"({escape(draft_children(record))}) is a draft, "
                   f"last saved {saved:%d/%m/%Y at %H:%M}.")

        def answer(resume: bool | None) -> None:
            if resume:
                self.open_flow(record)

        self.push_screen(ResumeDraftModal(summary), answer)

    def open_flow(self, record: SupervisionRecord, start_at: int | None = None) -> None:
        from .screens.supervision import SupervisionScreen

        known = [r["supervisee"] for r in self.store.supervisees(self.home.supervisor)] if self.home.supervisor else []
        self.push_screen(
            SupervisionScreen(self.store, record, today=self.today, known_supervisees=known, start_at=start_at),
            self._flow_closed,
        )

    def _flow_closed(self, record_id: str | None) -> None:
        if record_id and self.store.load(record_id).is_signed:
            self.open_record(record_id)

    def open_record(self, record_id: str, find: str | None = None) -> None:
        from .screens.record import RecordScreen

        def closed(result: str | None) -> None:
            if result == "edit":
                self.open_flow(self.store.load(record_id))

        self.push_screen(RecordScreen(self.store, record_id, find=find), closed)

    def on_home_screen_new_supervision(self, message: HomeScreen.NewSupervision) -> None:
        self.action_new_supervision(message.supervisee)

    def on_home_screen_open_record(self, message: HomeScreen.OpenRecord) -> None:
        if message.draft:
            self.open_flow(self.store.load(message.record_id))
        else:
            self.open_record(message.record_id, find=message.find)

    def on_open_record(self, message) -> None:
        """From the quality dashboard's drill-down lists."""
        self.open_record(message.record_id)

    # Actions ------------------------------------------------------------------------------------

    def action_new_supervision(self, supervisee: str | None = None) -> None:
        from ..store.tui_queries import supervisee_details

        # The user is the supervisor of what they record, whoever's list the home screen shows.
        record = SupervisionRecord(supervisor=self.store.actor, date=self.today)
        if supervisee:
            record.supervisee = supervisee
            details = supervisee_details(self.store, supervisee)
            if details:
                record.team = details["team"]
                record.experience_level = ExperienceLevel(details["experience_level"])
                if details["supervisee_started"]:
                    record.supervisee_started = dt.date.fromisoformat(details["supervisee_started"])
        self.open_flow(record, start_at=0)

    def _leaving_the_flow(self) -> None:
        """Words still in the safety box join the record (as on leaving the step), then it is saved."""
        for screen in self.screen_stack:
            if hasattr(screen, "keep_scale_words"):
                screen.keep_scale_words()
        self.save_drafts()

    def _to_home(self) -> HomeScreen:
        self._leaving_the_flow()
        while not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        return self.screen

    def action_home(self) -> None:
        self._to_home()

    def action_search(self) -> None:
        self._to_home().action_search()

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_dashboard(self) -> None:
        from .screens.dashboard import DashboardScreen

        self.push_screen(DashboardScreen(self.store, today=self.today))

    def action_save_draft(self) -> None:
        if self.save_drafts():
            self.notify("Draft saved.", timeout=2)

    def save_drafts(self) -> bool:
        """Save every supervision being written (there is at most one); False if one could not be."""
        ok = True
        for screen in self.screen_stack:
            if hasattr(screen, "save_draft"):
                ok = screen.save_draft() and ok
        return ok

    async def action_quit(self) -> None:
        """ctrl+q from anywhere: the draft is saved first."""
        self._leaving_the_flow()
        self.exit()


def draft_children(record: SupervisionRecord) -> str:
    """The children of a draft in a few words: "K.B., CMS-4100", "1 child, no initials yet"."""
    named = [d.child_initials or d.case_ref for d in record.discussions if d.child_initials or d.case_ref]
    unnamed = len(record.discussions) - len(named)
    if not record.discussions:
        return "no children yet"
    if not named:
        return f"{unnamed} child{'ren' if unnamed > 1 else ''}, no initials yet"
    if unnamed:
        named.append(f"{unnamed} more not named yet")
    return ", ".join(named)


def run_app(db: Path | None) -> None:
    from ..user import load_user

    user = load_user()
    store = Store.open(db, actor=user.name if user else None)
    try:
        SupervisionApp(store, ask_user=user is None).run()
    finally:
        store.close()
