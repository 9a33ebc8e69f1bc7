"""The SQL behind audit exports: reading records in batches with their stored scores and
audit trail, and the pseudonym mapping (DESIGN.md section 5).

Every function takes the `Store` first. Reading is batched by keyset pagination (date, id),
oldest first, so an export of 100,000 records holds one batch in memory at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ..models import CRITERIA, SupervisionRecord
from .db import AuditEntry, RecordFilter, Store, pseudonym_digest

_SCORE_COLS = ("discussion_id", "record_id", "rubric_version", "score", "band", "brief_descriptive",
               *CRITERIA, "record_updated_at", "scored_at")


@dataclass(frozen=True)
class StoredScore:
    """One row of the scores table: a discussion's assessment as the last score run left it."""

    discussion_id: str
    record_id: str
    rubric_version: str
    score: int
    band: str
    brief_descriptive: bool
    flags: tuple[bool, ...]  # met or not, for each criterion in CRITERIA order
    record_updated_at: str
    scored_at: str

    @property
    def criteria(self) -> dict[str, bool]:
        return dict(zip(CRITERIA, self.flags))


@dataclass
class StoredRecord:
    """A record as an export reads it: its stored JSON (not yet parsed), when it last changed,
    its stored scores and its audit trail.

    Parsing is left to the caller: a JSON Lines export copies the stored JSON as it is, a CSV
    parses it with json.loads, and `record` validates it into the model.
    """

    id: str
    date: str
    status: str
    updated_at: str  # exactly as the records table holds it (scores compare against this)
    body: str  # the record's canonical JSON without its discussions and addenda
    discussions: list[tuple[str, str]]  # (discussion id, its canonical JSON), in order
    addenda: list[dict]  # in the JSON form of Addendum
    scores: dict[str, StoredScore] = field(default_factory=dict)  # by discussion id
    audit: list[AuditEntry] = field(default_factory=list)

    def json(self) -> str:
        """The whole record as JSON text (the stored record's keys, then discussions and addenda)."""
        head = self.body.rstrip()[:-1].rstrip()
        sep = "," if head.rstrip() != "{" else ""
        return (
            head + sep + '"discussions":[' + ",".join(b for _, b in self.discussions) + '],"addenda":'
            + json.dumps(self.addenda, ensure_ascii=False, separators=(",", ":")) + "}"
        )

    def data(self) -> dict:
        """The record in its JSON form, as dicts and lists."""
        return json.loads(self.json())

    @property
    def record(self) -> SupervisionRecord:
        """The record, validated into the model."""
        return SupervisionRecord.model_validate_json(self.json())

    def fresh_score(self, discussion_id: str, rubric_version: str) -> StoredScore | None:
        """The stored score of a discussion if it was made by this rubric after the record's last change."""
        s = self.scores.get(discussion_id)
        if s is None or s.rubric_version != rubric_version or s.record_updated_at != self.updated_at:
            return None
        return s


def _utc_z(moment: str) -> str:
    """An ISO timestamp as the models write it in JSON ("Z" for UTC)."""
    return moment[:-6] + "Z" if moment.endswith("+00:00") else moment


def _marks(n: int) -> str:
    return ",".join("?" * n)


def iter_export_batches(
    store: Store, filt: RecordFilter | None = None, *, batch: int = 500, with_audit: bool = False
) -> Iterator[list[StoredRecord]]:
    """Every record matching `filt`, oldest first (by date, then as saved), a batch at a time.

    Four or five queries a batch instead of three a record: the records, their discussions,
    their addenda, their stored scores and (with_audit) their audit trail. The keyset is
    (date, rowid), which the date indexes serve without sorting.
    """
    where, params = (filt or RecordFilter()).where()
    execute = store.db.execute
    last: tuple[str, int] = ("", 0)
    while True:
        rows = execute(
            f"SELECT rowid, id, date, status, updated_at, body FROM records WHERE {where} "
            "AND (date, rowid) > (?, ?) ORDER BY date, rowid LIMIT ?",
            [*params, *last, batch],
        ).fetchall()
        if not rows:
            return
        last = (rows[-1][2], rows[-1][0])
        ids = [r[1] for r in rows]
        marks = _marks(len(ids))
        discussions: dict[str, list[tuple[str, str]]] = {rid: [] for rid in ids}
        for rid, did, body in execute(
            f"SELECT record_id, id, body FROM discussions WHERE record_id IN ({marks}) ORDER BY record_id, position",
            ids,
        ):
            discussions[rid].append((did, body))
        addenda: dict[str, list[dict]] = {rid: [] for rid in ids}
        for rid, aid, author, created_at, reason, text in execute(
            f"SELECT record_id, id, author, created_at, reason, text FROM addenda WHERE record_id IN ({marks}) "
            "ORDER BY record_id, created_at, rowid",
            ids,
        ):
            addenda[rid].append(
                {"id": aid, "author": author, "created_at": _utc_z(created_at), "reason": reason, "text": text}
            )
        scores: dict[str, dict[str, StoredScore]] = {rid: {} for rid in ids}
        for row in execute(
            f"SELECT {', '.join(_SCORE_COLS)} FROM scores WHERE record_id IN ({marks})", ids
        ):
            s = _score_from_row(row)
            scores[s.record_id][s.discussion_id] = s
        audit: dict[str, list[AuditEntry]] = {rid: [] for rid in ids}
        if with_audit:
            for r in execute(
                "SELECT seq, at, actor, action, record_id, detail, prev_hash, hash FROM audit_log "
                f"WHERE record_id IN ({marks}) ORDER BY seq",
                ids,
            ):
                audit[r[4]].append(AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]))
        yield [
            StoredRecord(rid, date, status, upd, body, discussions[rid], addenda[rid], scores[rid], audit[rid])
            for _rowid, rid, date, status, upd, body in rows
        ]


_N_CRITERIA = len(CRITERIA)


def _score_from_row(row: tuple) -> StoredScore:
    # columns in _SCORE_COLS order: ids, rubric, score, band, brief, the nine criteria, times
    return StoredScore(
        discussion_id=row[0],
        record_id=row[1],
        rubric_version=row[2],
        score=int(row[3]),
        band=row[4],
        brief_descriptive=bool(row[5]),
        flags=tuple(map(bool, row[6:6 + _N_CRITERIA])),
        record_updated_at=row[6 + _N_CRITERIA],
        scored_at=row[7 + _N_CRITERIA],
    )


def stored_scores(store: Store, record_id: str) -> dict[str, StoredScore]:
    """A record's stored scores, by discussion id (whatever rubric made them)."""
    return {
        s.discussion_id: s
        for s in (
            _score_from_row(row)
            for row in store.db.execute(
                f"SELECT {', '.join(_SCORE_COLS)} FROM scores WHERE record_id = ?", [record_id]
            )
        )
    }


def export_logged(store: Store, sha256: str) -> bool:
    """Whether the audit log holds an export whose file had this SHA-256."""
    pattern = f'%"sha256":"{sha256}"%'
    row = store.db.execute(
        "SELECT 1 FROM audit_log WHERE action = 'export' AND detail LIKE ? LIMIT 1", [pattern]
    ).fetchone()
    return row is not None


# --- Pseudonyms -------------------------------------------------------------------------------
# key_id is a fingerprint of the key, never the key. The mapping never leaves the database.


def get_pseudonyms(store: Store, key_id: str, kind: str, real_values: Iterable[str]) -> dict[str, str]:
    """The stored pseudonyms of these real values (those that have one)."""
    values = list(dict.fromkeys(real_values))
    found: dict[str, str] = {}
    for i in range(0, len(values), 500):
        chunk = values[i : i + 500]
        for real, pseudo in store.db.execute(
            f"SELECT real_value, pseudonym FROM pseudonyms WHERE key_id = ? AND kind = ? "
            f"AND real_value IN ({_marks(len(chunk))})",
            [key_id, kind, *chunk],
        ):
            found[real] = pseudo
    return found


def get_or_create_pseudonyms(
    store: Store, key_id: str, kind: str, candidates: Mapping[str, str | tuple[str, ...]]
) -> dict[str, str]:
    """real value -> pseudonym: the stored one if there is one, else the candidate, stored now.

    A candidate given as a tuple of choices is for a kind whose pseudonyms must be unique under
    the key (short ones such as a child's initials, "C07"): the first choice no other value holds
    is taken, so two children never share one, and the stored mapping keeps it stable.
    One short write transaction, so that other processes are not kept waiting during a long export.
    """
    if not candidates:
        return {}
    found = get_pseudonyms(store, key_id, kind, candidates)
    todo = {real: c for real, c in candidates.items() if real not in found}
    if todo:
        with store._immediate():
            missing = []
            if any(isinstance(c, tuple) for c in todo.values()):
                taken = {r[0] for r in store.db.conn.execute(
                    "SELECT pseudonym FROM pseudonyms WHERE key_id = ? AND kind = ?", [key_id, kind])}
                for real, choices in todo.items():
                    choices = choices if isinstance(choices, tuple) else (choices,)
                    pick = next((c for c in choices if c not in taken), choices[-1])
                    taken.add(pick)
                    missing.append((key_id, kind, real, pick))
            else:
                missing = [(key_id, kind, real, pseudo) for real, pseudo in todo.items()]
            store.db.conn.executemany(
                "INSERT OR IGNORE INTO pseudonyms (key_id, kind, real_value, pseudonym) VALUES (?, ?, ?, ?)",
                missing,
            )
            # logged in the same transaction, as digests (never the real values), so that
            # verify can tell a mapping edited afterwards
            store._audit("pseudonyms", None, {"key_id": key_id, "kind": kind, "count": len(missing),
                                              "rows": sorted(pseudonym_digest(*m) for m in missing)})
        found.update(get_pseudonyms(store, key_id, kind, list(todo)))
    return found


def pseudonym_collisions(store: Store, key_id: str) -> list[tuple[str, str, int]]:
    """(kind, pseudonym, how many real values) wherever one pseudonym stands for two values."""
    return [
        (r[0], r[1], r[2])
        for r in store.db.execute(
            "SELECT kind, pseudonym, count(*) FROM pseudonyms WHERE key_id = ? "
            "GROUP BY kind, pseudonym HAVING count(*) > 1",
            [key_id],
        )
    ]


def real_value_of(store: Store, key_id: str, kind: str, pseudonym: str) -> str | None:
    """Re-identify a pseudonym (for someone who holds the database and the key's fingerprint)."""
    row = store.db.execute(
        "SELECT real_value FROM pseudonyms WHERE key_id = ? AND kind = ? AND pseudonym = ?",
        [key_id, kind, pseudonym],
    ).fetchone()
    return row[0] if row else None
