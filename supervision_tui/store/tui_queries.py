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


def supervisee_details(store: Store, supervisee: str, *, exclude_record_id: str = "") -> dict | None:
    """What the latest other record says about a supervisee: team, experience level, start date.

    The record being written is left out: saved as the name is typed, it would otherwise
    answer for itself, with nothing filled in yet.
    """
    row = store.db.execute(
        "SELECT team, experience_level, supervisee_started FROM records WHERE supervisee = ? AND id != ? "
        "ORDER BY date DESC LIMIT 1",
        [supervisee, exclude_record_id],
    ).fetchone()
    if row is None:
        return None
    return {"team": row[0], "experience_level": row[1], "supervisee_started": row[2]}


def has_signed_records_by(store: Store, supervisor: str) -> bool:
    """Whether this supervisor has signed at least one record (drafts alone do not count)."""
    return store.db.execute(
        "SELECT 1 FROM records WHERE supervisor = ? AND status != 'draft' LIMIT 1", [supervisor]
    ).fetchone() is not None


def supervisee_children(store: Store, supervisee: str, *, exclude_record_id: str = "",
                        limit: int = 50) -> list[dict]:
    """The children discussed in this supervisee's other records, the most recently discussed first.

    One row a case reference, with the initials and plan of its latest discussion
    (SQLite takes the bare columns from the row holding max(date)).
    """
    if not supervisee.strip():
        return []
    rows = store.db.execute(
        "SELECT d.case_ref, d.child_initials, d.plan_type, max(d.date) AS last "
        "FROM records r JOIN discussions d ON d.record_id = r.id "
        "WHERE r.supervisee = ? AND r.id != ? AND d.case_ref != '' "
        "GROUP BY d.case_ref ORDER BY last DESC, d.case_ref LIMIT ?",
        [supervisee.strip(), exclude_record_id, limit],
    ).fetchall()
    return [{"case_ref": r[0], "child_initials": r[1], "plan_type": r[2], "last": r[3]} for r in rows]
