"""The command palette's provider: the app's own commands (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class AppCommands(Provider):
    """New supervision, search, home, theme, help, and the quality dashboard when it is installed."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = self.app
        commands = [
            ("New supervision", app.action_new_supervision, "Record a supervision, guided step by step"),
            ("Search records", app.action_search, "Full-text search of every case discussion"),
            ("Go home", app.action_home, "Supervisees, drafts and recent records"),
            ("Toggle light / dark theme", app.action_toggle_theme, "Switch between the light and the dark theme"),
            ("Help", app.action_help, "Keys and how the app works (F1)"),
            ("Save draft", app.action_save_draft, "Save the supervision you are writing now"),
            ("Your name and role", app.action_who_am_i, "The name your records carry as supervisor and signer"),
        ]
        if app.has_dashboard:
            commands.append(("Quality dashboard", app.action_dashboard,
                             "Quality by team, supervisor and month; overdue supervision"))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(callback), help=help_text)
