"""Look-ups only the recording TUI needs. Every function takes the `Store` first."""

from __future__ import annotations

from .db import Store


def last_draft_edited_by(store: Store, actor: str) -> str | None:
    """The id of the draft this user saved most recently, if it is still a draft.

    Reads the audit log backwards from its newest entry, so it costs as much as the
    user's recent activity, not the size of the store.
    """
    row = store.db.execute(
        "SELECT a.record_id FROM audit_log a JOIN records r ON r.id = a.record_id "
        "WHERE a.actor = ? AND a.action IN ('create', 'edit') AND r.status = 'draft' "
        "ORDER BY a.seq DESC LIMIT 1",
        [actor],
    ).fetchone()
    return row[0] if row else None


def supervisee_details(store: Store, supervisee: str) -> dict | None:
    """What the latest record says about a supervisee: team, experience level, start date."""
    row = store.db.execute(
        "SELECT team, experience_level, supervisee_started FROM records WHERE supervisee = ? "
        "ORDER BY date DESC LIMIT 1",
        [supervisee],
    ).fetchone()
    if row is None:
        return None
    return {"team": row[0], "experience_level": row[1], "supervisee_started": row[2]}


def has_records_by(store: Store, supervisor: str) -> bool:
    """Whether this supervisor has any record (an index look-up, not a scan)."""
    return store.db.execute("SELECT 1 FROM records WHERE supervisor = ? LIMIT 1", [supervisor]).fetchone() is not None
