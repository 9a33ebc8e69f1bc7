"""Scoring a record as it is saved or signed, off the UI thread: the one place the TUI scores.

The scoring itself is the core's (`supervision_tui.batch.score_record`); this only runs it in
a worker thread on a connection of its own (SQLite then queues the two writers: one
connection shared by two threads would mix their transactions), so typing never waits
for the checker or the disk. The dashboard, the home screen's bands and `report` read the
scores it stores.
"""

from __future__ import annotations

from textual.app import App

from ..models import SupervisionRecord
from ..store import Store


def score_saved(app: App, store: Store, record: SupervisionRecord) -> None:
    """Score `record` (as the store returned it) in the background; the latest save wins."""
    if not record.discussions or store.path is None:
        return
    path, actor = store.path, store.actor

    def run() -> None:
        from ..batch import score_record

        own = Store.open(path, actor=actor, migrate=False, create=False)
        try:
            score_record(own, record)
        finally:
            own.close()

    app.run_worker(run, thread=True, group=f"score-{record.id}", exclusive=True, exit_on_error=False,
                   name="score a saved record")
