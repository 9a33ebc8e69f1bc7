"""Placeholder until the recording TUI lands."""

from pathlib import Path


def run_app(db: Path | None) -> None:
    from textual.app import App
    from textual.widgets import Static

    from ..store import Store

    store = Store.open(db)
    n = store.count()

    class Placeholder(App):
        BINDINGS = [("ctrl+q", "quit", "Quit")]

        def compose(self):
            yield Static(f"supervision-tui: {n:,} records in {store.path}")

    Placeholder().run()
