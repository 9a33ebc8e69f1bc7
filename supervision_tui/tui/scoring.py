"""Scoring a record as it is saved or signed: the one place the TUI scores.

The checker's work (`quality.assess`, the slow part) runs in a worker thread; the scores
are then stored from the UI thread through the app's own store (`batch.score_row`, the
batch pipeline's row, so both write the same thing). One connection, one thread writing:
a second connection to the file in this process would share its POSIX locks, and the
first to close could take the WAL away from under the other.
"""

from __future__ import annotations

import sqlite3

from textual.app import App

from ..models import SupervisionRecord
from ..store import Store, StoreError


def score_saved(app: App, store: Store, record: SupervisionRecord) -> None:
    """Score `record` (as the store returned it) in the background; the latest save wins."""
    if not record.discussions:
        return
    updated = record.updated_at.isoformat()

    def store_scores(rows: list) -> None:
        try:
            store.save_score_values(rows)
        except (StoreError, sqlite3.Error):
            pass  # the record changed or went meanwhile: the next save scores it again

    def run() -> None:
        from ..batch.work import score_row
        from ..quality import assess

        rows = [score_row(d.id, record.id, updated, assess(d)) for d in record.discussions]
        app.call_from_thread(store_scores, rows)

    app.run_worker(run, thread=True, group=f"score-{record.id}", exclusive=True, exit_on_error=False,
                   name="score a saved record")
