"""Auditors' audits of records: saved once, never edited, superseded by a later audit.

Every audit is logged with the SHA-256 of its body, so `verify` catches an audit
changed or removed behind the application's back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..models import Audit
from .db import RecordFilter, RecordNotFound, Store, StoreError, _sha256


@dataclass(frozen=True)
class AuditedRecord:
    """A current (not superseded) audit with what the reports select and show it by."""

    audit: Audit
    date: str
    team: str
    supervisor: str
    supervisee: str


def _current_by(store: Store, record_id: str, auditor: str) -> str | None:
    row = store.db.conn.execute(
        "SELECT a.id FROM audits a WHERE a.record_id = ? AND a.auditor = ? "
        "AND NOT EXISTS (SELECT 1 FROM audits b WHERE b.supersedes = a.id) "
        "ORDER BY a.created_at DESC, a.rowid DESC LIMIT 1",
        [record_id, auditor],
    ).fetchone()
    return row[0] if row else None


def _insert(store: Store, audit: Audit, via: str) -> None:
    body = audit.model_dump_json()
    digest = _sha256(body)
    try:
        store.db.conn.execute(
            "INSERT INTO audits (id, record_id, auditor, created_at, supersedes, body, body_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [audit.id, audit.record_id, audit.auditor, audit.created_at.isoformat(), audit.supersedes, body, digest],
        )
    except Exception as e:  # sqlite3.IntegrityError: a duplicate id or a second superseding audit
        if "supersedes" in str(e):
            raise StoreError(f"audit {audit.supersedes} has already been superseded") from None
        if "audits.id" in str(e):
            raise StoreError(f"audit {audit.id} is already in the database") from None
        if "FOREIGN KEY" in str(e):
            raise StoreError(f"audit {audit.id} supersedes an audit that is not in the database") from None
        raise
    store._audit("audit", audit.record_id, {
        "audit_id": audit.id, "audit_hash": digest, "auditor": audit.auditor,
        "supersedes": audit.supersedes, "via": via,
    })


def save_audits(store: Store, audits: Iterable[Audit], via: str = "app") -> list[Audit]:
    """Submit audits in one transaction: all or nothing.

    Each must name a record in the store and only that record's discussions. A
    new audit of a record by the same auditor supersedes their current one.
    """
    saved = []
    with store._immediate():
        for audit in audits:
            if store._status_of(audit.record_id) is None:
                raise RecordNotFound(f"no record with id {audit.record_id}")
            own = {r[0] for r in store.db.conn.execute(
                "SELECT id FROM discussions WHERE record_id = ?", [audit.record_id])}
            for d in audit.discussions:
                if d.discussion_id not in own:
                    raise StoreError(f"case discussion {d.discussion_id} is not in record {audit.record_id}")
            if audit.supersedes is None:
                audit = audit.model_copy(update={"supersedes": _current_by(store, audit.record_id, audit.auditor)})
            _insert(store, audit, via)
            saved.append(audit)
    return saved


def import_audits(store: Store, audits: Iterable[Audit]) -> int:
    """Audits read back from an export, as they were (supersedes included), oldest first.

    Runs inside the caller's transaction when there is one (an import of records
    with their audits is one transaction).
    """
    n = 0
    with store._immediate():
        for audit in sorted(audits, key=lambda a: a.created_at):
            _insert(store, audit, "import")
            n += 1
    return n


def audits_for(store: Store, record_id: str) -> list[tuple[Audit, bool]]:
    """Every audit of a record, newest first, each with whether it is still current."""
    rows = store.db.execute(
        "SELECT a.body, NOT EXISTS (SELECT 1 FROM audits b WHERE b.supersedes = a.id) "
        "FROM audits a WHERE a.record_id = ? ORDER BY a.created_at DESC, a.rowid DESC",
        [record_id],
    ).fetchall()
    return [(Audit.model_validate_json(body), bool(current)) for body, current in rows]


def current_audits(store: Store, filt: RecordFilter | None = None) -> Iterator[AuditedRecord]:
    """The audits not superseded, of records matching the filter, oldest first."""
    where, params = (filt or RecordFilter()).where("r")
    for body, date, team, sup, see in store.db.execute(
        f"SELECT a.body, r.date, r.team, r.supervisor, r.supervisee FROM audits a "
        f"JOIN records r ON r.id = a.record_id WHERE {where} "
        "AND NOT EXISTS (SELECT 1 FROM audits b WHERE b.supersedes = a.id) "
        "ORDER BY a.created_at, a.rowid",
        params,
    ):
        yield AuditedRecord(Audit.model_validate_json(body), date, team, sup, see)


def all_audits(store: Store, record_ids: Iterable[str]) -> dict[str, list[Audit]]:
    """Every audit (superseded ones too) of these records, oldest first: what an export carries."""
    ids = list(record_ids)
    out: dict[str, list[Audit]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for rid, body in store.db.execute(
            f"SELECT record_id, body FROM audits WHERE record_id IN ({', '.join('?' * len(chunk))}) "
            "ORDER BY created_at, rowid",
            chunk,
        ):
            out.setdefault(rid, []).append(Audit.model_validate_json(body))
    return out


def audited_records(store: Store, supervisor: str | None = None, limit: int = 20) -> list[dict]:
    """Records with a current audit, newest audit first (a supervisor's feedback on home)."""
    params: list = []
    cond = ""
    if supervisor:
        cond = "AND r.supervisor = ?"
        params.append(supervisor)
    rows = store.db.execute(
        f"SELECT a.record_id, r.date, r.supervisee, a.auditor, a.created_at, a.body FROM audits a "
        f"JOIN records r ON r.id = a.record_id "
        f"WHERE NOT EXISTS (SELECT 1 FROM audits b WHERE b.supersedes = a.id) {cond} "
        "ORDER BY a.created_at DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    out = []
    for rid, date, see, auditor, at, body in rows:
        changed = sum(1 for d in Audit.model_validate_json(body).discussions if d.overrides())
        out.append({"record_id": rid, "date": date, "supervisee": see, "auditor": auditor,
                    "audited_at": at, "discussions_changed": changed})
    return out


def count_audits(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM audits").fetchone()[0]


def discussions_by_id(store: Store, discussion_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """discussion id -> (record id, the discussion's JSON body), for the ids that exist."""
    ids = list(dict.fromkeys(discussion_ids))
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for did, rid, body in store.db.execute(
            f"SELECT id, record_id, body FROM discussions WHERE id IN ({', '.join('?' * len(chunk))})", chunk
        ):
            out[did] = (rid, body)
    return out


def previous_supervision(store: Store, supervisee: str, before: str, exclude_id: str) -> str | None:
    """The date of the supervisee's last supervision before `before` (ISO), if any."""
    if not supervisee:
        return None
    row = store.db.execute(
        "SELECT max(date) FROM records WHERE supervisee = ? AND date < ? AND id != ?",
        [supervisee, before, exclude_id],
    ).fetchone()
    return row[0] if row else None


def missing_records(store: Store, record_ids: Iterable[str]) -> list[str]:
    """The ids, in order, that are not records in the store."""
    ids = list(record_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(r[0] for r in store.db.execute(
            f"SELECT id FROM records WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    return [i for i in ids if i not in found]
