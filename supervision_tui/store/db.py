"""The store: the only place that speaks SQL (DESIGN.md section 4).

One `Store` per process wraps a sqlite-utils `Database`. Every write runs in
`BEGIN IMMEDIATE` so that two managers' processes on one file queue behind the
busy timeout instead of losing a write, and every change is appended to a
hash-chained audit log in the same transaction as the change itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..models import (
    Addendum,
    Audit,
    CaseDiscussion,
    SignOff,
    SignRole,
    Status,
    SupervisionRecord,
)

BUSY_TIMEOUT_S = 30.0
GENESIS_HASH = "0" * 64
# the start of a UUID (8 hex digits, then any more of it): what a search for an id looks like
_ID_PREFIX = re.compile(r"^[0-9a-f]{8}(?:-[0-9a-f]{0,12}){0,4}$")
ENV_DB = "SUPERVISION_TUI_DB"
ENV_ACTOR = "SUPERVISION_TUI_ACTOR"


class StoreError(Exception):
    """A problem a user can act on; its message is shown as it is."""


class RecordNotFound(StoreError):
    pass


class RecordLocked(StoreError):
    """A signed record cannot be edited in place, only given an addendum."""


def default_db_path() -> Path:
    """`SUPERVISION_TUI_DB`, else the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("supervision-tui", appauthor=False)) / "supervision.db"


def default_actor() -> str:
    """Who the log names: `$SUPERVISION_TUI_ACTOR`, else the user's own name (supervision_tui.user),
    else the OS account."""
    env = os.environ.get(ENV_ACTOR)
    if env:
        return env
    from ..user import load_user, os_account

    user = load_user()
    return user.name if user is not None else os_account()


def _utcnow() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _canonical(obj: object) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- Schema -----------------------------------------------------------------

migrations = Migrations("supervision_tui")


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            supervisor TEXT NOT NULL DEFAULT '',
            supervisee TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            type TEXT NOT NULL,
            experience_level TEXT NOT NULL,
            supervisee_started TEXT,
            status TEXT NOT NULL,
            next_supervision TEXT,
            n_children INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            body TEXT NOT NULL,
            content_hash TEXT NOT NULL
        )
        """
    )
    for cols in ("date", "supervisor, date", "supervisee, date", "team, date", "status, date", "updated_at"):
        name = "idx_records_" + cols.replace(", ", "_")
        db.execute(f"CREATE INDEX {name} ON records ({cols})")
    # seq is the rowid the FTS index points at: explicit so VACUUM never renumbers it
    db.execute(
        """
        CREATE TABLE discussions (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            case_ref TEXT NOT NULL DEFAULT '',
            child_initials TEXT NOT NULL DEFAULT '',
            plan_type TEXT NOT NULL,
            date TEXT NOT NULL,
            body TEXT NOT NULL,
            text TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_discussions_record ON discussions (record_id, position)")
    db.execute("CREATE INDEX idx_discussions_case ON discussions (case_ref, date)")
    db["discussions"].enable_fts(["text", "case_ref"], create_triggers=True, tokenize="porter")
    db.execute(
        """
        CREATE TABLE addenda (
            id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            text TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_addenda_record ON addenda (record_id, created_at)")
    db.execute(
        """
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            record_id TEXT,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_audit_record ON audit_log (record_id, seq)")
    # Append-only: the database itself refuses edits; the hash chain catches
    # anyone who drops these triggers first.
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


@migrations()
def m002_scores_and_pseudonyms(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE scores (
            discussion_id TEXT PRIMARY KEY REFERENCES discussions(id) ON DELETE CASCADE,
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            rubric_version TEXT NOT NULL,
            score INTEGER NOT NULL,
            band TEXT NOT NULL,
            brief_descriptive INTEGER NOT NULL,
            depth INTEGER NOT NULL,
            reflection INTEGER NOT NULL,
            lived_experience INTEGER NOT NULL,
            child_impact INTEGER NOT NULL,
            risk INTEGER NOT NULL,
            challenge INTEGER NOT NULL,
            decisions INTEGER NOT NULL,
            actions INTEGER NOT NULL,
            progress INTEGER NOT NULL,
            record_updated_at TEXT NOT NULL,
            scored_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_scores_record ON scores (record_id)")
    # The pseudonym mapping never leaves the database (DESIGN.md section 5).
    db.execute(
        """
        CREATE TABLE pseudonyms (
            key_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            real_value TEXT NOT NULL,
            pseudonym TEXT NOT NULL,
            PRIMARY KEY (key_id, kind, real_value)
        )
        """
    )


@migrations()
def m003_record_order_index(db: Database) -> None:
    # The record list pages by (date, id): an index in that order lets SQLite
    # walk to any page without sorting 100,000 rows.
    db.execute("CREATE INDEX idx_records_date_id ON records (date, id)")
    db.execute("DROP INDEX idx_records_date")


@migrations()
def m004_i16_audits(db: Database) -> None:
    # An auditor's audit of a record. The body is the whole `Audit` as JSON; the
    # columns beside it only select. Submitted audits are never edited or
    # deleted: a later audit supersedes one (DESIGN.md section 4).
    db.execute(
        """
        CREATE TABLE audits (
            id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records(id),
            auditor TEXT NOT NULL,
            created_at TEXT NOT NULL,
            supersedes TEXT REFERENCES audits(id),
            body TEXT NOT NULL,
            body_hash TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_audits_record ON audits (record_id, created_at)")
    db.execute("CREATE UNIQUE INDEX idx_audits_supersedes ON audits (supersedes)")
    db.execute(
        "CREATE TRIGGER audits_no_update BEFORE UPDATE ON audits "
        "BEGIN SELECT RAISE(ABORT, 'a submitted audit cannot be edited, only superseded'); END"
    )
    db.execute(
        "CREATE TRIGGER audits_no_delete BEFORE DELETE ON audits "
        "BEGIN SELECT RAISE(ABORT, 'a submitted audit cannot be deleted, only superseded'); END"
    )


@migrations()
def m005_i13_audit_mac(db: Database) -> None:
    # With $SUPERVISION_TUI_AUDIT_KEY set, each entry's HMAC under that key: a chain rebuilt
    # by someone without the key cannot carry it. Outside the hashed fields, so entries
    # written without a key still chain.
    db.execute("ALTER TABLE audit_log ADD COLUMN mac TEXT")


@migrations()
def m006_i17_history_checks(db: Database) -> None:
    # The cross-record checks (copied forward, actions never reviewed), stored when a
    # discussion is scored so that a report reads them instead of re-reading every note.
    # A check is for the discussion as its record stood at `record_updated_at`, compared
    # with `previous_id` (the child's discussion before it); a changed record is checked again.
    db.execute(
        """
        CREATE TABLE history_checks (
            discussion_id TEXT PRIMARY KEY REFERENCES discussions(id) ON DELETE CASCADE,
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            record_updated_at TEXT NOT NULL,
            previous_id TEXT
        )
        """
    )
    # Each finding carries its discussion's record columns (as checked), so that a report
    # whose checks are all up to date counts and lists findings from this table alone.
    db.execute(
        """
        CREATE TABLE history_findings (
            discussion_id TEXT NOT NULL REFERENCES history_checks(discussion_id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            record_id TEXT NOT NULL,
            case_ref TEXT NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            team TEXT NOT NULL,
            supervisor TEXT NOT NULL,
            supervisee TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (discussion_id, n)
        )
        """
    )
    db.execute("CREATE INDEX idx_history_findings_date ON history_findings (date, case_ref, seq, n)")
    # complete_as_of: the newest record change that the last complete check run saw
    db.execute("CREATE TABLE history_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # The report's scans read these columns only: covering indexes spare them the records'
    # bodies (most of the file), which made `report` on 100,000 records take 25 s.
    db.execute("CREATE INDEX idx_records_report ON records "
               "(id, team, supervisor, supervisee, date, status, updated_at, type, n_children)")
    db.execute("CREATE INDEX idx_records_supervision ON records "
               "(supervisee, date, type, team, supervisor, experience_level, supervisee_started, status)")


@migrations()
def m007_addenda_logged_on_upgrade(db: Database) -> None:
    # No change to the tables. Versions before this one imported records (and made demo ones)
    # without logging their addenda, so `verify` called every such addendum changed. When this
    # migration is applied, Store.migrate logs those addenda's hashes once, in one "upgrade"
    # entry that says so; verify then checks them from that entry on and says what it cannot
    # prove about them before it.
    pass


# --- Results ------------------------------------------------------------------


@dataclass(frozen=True)
class RecordSummary:
    id: str
    date: dt.date
    supervisor: str
    supervisee: str
    team: str
    status: Status
    n_children: int
    updated_at: str
    band: str | None = None
    score: int | None = None


@dataclass(frozen=True)
class SearchHit:
    record_id: str
    discussion_id: str
    date: dt.date
    supervisee: str
    case_ref: str
    child_initials: str
    snippet: str


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    record_id: str | None
    detail: dict
    prev_hash: str
    hash: str


@dataclass
class VerifyResult:
    integrity: str = "ok"
    audit_entries: int = 0
    records_checked: int = 0
    problems: list[str] = field(default_factory=list)
    head: tuple[int, str] = (0, GENESIS_HASH)  # the audit chain's last entry (seq, hash)
    scores_checked: int = 0  # recomputed and compared (supervision_tui.integrity)
    scores_unchecked: int = 0  # made by another rubric, or before their record last changed
    notes: list[str] = field(default_factory=list)  # what cannot be proved, though nothing is wrong

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.problems


@dataclass(frozen=True)
class RecordFilter:
    """What the record list, exports and reports can be narrowed by."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    team: str | None = None
    supervisor: str | None = None
    supervisee: str | None = None
    status: Status | None = None
    signed_only: bool = False  # drafts left out (an audit sample looks at finished work)
    record_ids: tuple[str, ...] = ()  # only these records (an audit sample's, for its audit pack)

    def where(self, alias: str = "records") -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        if self.date_from:
            clauses.append(f"{alias}.date >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append(f"{alias}.date <= ?")
            params.append(self.date_to.isoformat())
        for name in ("team", "supervisor", "supervisee"):
            value = getattr(self, name)
            if value:
                clauses.append(f"{alias}.{name} = ?")
                params.append(value)
        if self.status:
            clauses.append(f"{alias}.status = ?")
            params.append(Status(self.status).value)
        if self.signed_only:
            clauses.append(f"{alias}.status != 'draft'")
        if self.record_ids:
            clauses.append(f"{alias}.id IN ({', '.join('?' * len(self.record_ids))})")
            params.extend(self.record_ids)
        return (" AND ".join(clauses) or "1=1"), params


# --- The store -----------------------------------------------------------------


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    os.chmod(path, 0o600)  # whatever the umask said


SQLITE_HEADER = b"SQLite format 3\x00"


def describe_sqlite_error(e: Exception, path: Path | None) -> str:
    """One line that says what is wrong with the database file, in the user's terms."""
    msg = str(e).lower()
    if "locked" in msg or "busy" in msg:
        return (f"the database {path} is locked by another process (waited {BUSY_TIMEOUT_S:.0f} s): "
                "try again when it has finished")
    if "readonly" in msg or "read-only" in msg or "read only" in msg:
        return (f"the database {path} is read-only (file or folder permissions): commands that only "
                "read it (verify, report) still work")
    if "unable to open" in msg or "permission" in msg:
        return f"cannot open the database {path}: check the permissions of the file and its folder"
    if "malformed" in msg or "corrupt" in msg or "disk image" in msg:
        return f"the database {path} is damaged ({e}): restore it from a backup"
    if "not a database" in msg or "encrypted" in msg:
        return f"{path} is not a supervision-tui database (not a SQLite file)"
    if "disk" in msg and "full" in msg:
        return f"no space left to write the database {path}"
    return f"{path}: {e}"


def _connect_read_only(p: Path) -> sqlite3.Connection:
    """mode=ro; for a WAL file in a folder we cannot write (an evidence copy) and with no -wal
    beside it, SQLite cannot make its shared-memory file, so it is read as immutable: with no
    -wal and no right to create one, no one is writing it through this folder."""
    uri = p.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = p.with_name(p.name + "-wal")
        if wal.exists() or os.access(p.parent, os.W_OK):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S,
                           check_same_thread=False)


# Files this process holds open through SQLite, by (device, inode): connection counts.
# POSIX locks belong to the process, and closing ANY descriptor of a file drops them all, so a
# raw open() and close() of a database another connection of ours holds would silently release
# that connection's locks (another connection could then delete the WAL under it and writes be
# lost). A file we already hold was checked when it was first opened; it is not read raw again.
_LIVE_FILES: dict[tuple[int, int], int] = {}


def _file_key(p: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(p)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _check_file(p: Path, *, allow_empty: bool) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database."""
    if _LIVE_FILES.get(_file_key(p) or (-1, -1)):
        return  # held open by this process: see _LIVE_FILES
    try:
        with open(p, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise StoreError(f"cannot read the database {p}: permission denied") from None
    except OSError as e:
        raise StoreError(f"cannot read the database {p}: {e.strerror}") from None
    if not head:
        if allow_empty:
            os.chmod(p, 0o600)  # about to hold records
            return
        raise StoreError(f"{p} is empty (0 bytes): not a supervision-tui database; left unchanged")
    if head != SQLITE_HEADER:
        raise StoreError(f"{p} is not a supervision-tui database (not a SQLite file); left unchanged")


def _check_schema(db: Database, p: Path) -> None:
    """Refuse another program's SQLite file: tables, but none of ours."""
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not names:
        return  # new (or emptied by SQLite itself): ours to create
    ours = "_sqlite_migrations" in names and db.execute(
        "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1", [migrations.name]
    ).fetchone()
    if not ours or "records" not in names or "audit_log" not in names:
        raise StoreError(f"{p} is an SQLite file of another program, not a supervision-tui database; left unchanged")


# A stored score, in the order save_score_values takes it (scored_at is added on saving).
SCORE_COLUMNS = ("discussion_id", "record_id", "record_updated_at", "rubric_version", "score", "band",
                 "brief_descriptive", "depth", "reflection", "lived_experience", "child_impact", "risk",
                 "challenge", "decisions", "actions", "progress")
_SAVE_SCORES_SQL = (
    f"INSERT OR REPLACE INTO scores ({', '.join(SCORE_COLUMNS)}, scored_at) "
    f"VALUES ({', '.join('?' * (len(SCORE_COLUMNS) + 1))})"
)


class Store:
    """A supervision database. Open with `Store.open(path)`; close when done."""

    read_only = False
    _file_key: tuple[int, int] | None = None

    def __init__(self, db: Database, path: Path | None, actor: str):
        self.db = db
        self.path = path
        self.actor = actor
        from ..user import os_account

        self.os_account = os_account()  # logged beside the named person with every entry
        # (seq, hash) of the last audit entry, known only inside a write transaction
        self._chain_tip: tuple[int, str] | None = None
        self._mac_column: bool | None = None

    # Opening ------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        actor: str | None = None,
        migrate: bool = True,
        create: bool = True,
        read_only: bool = False,
    ) -> "Store":
        """Open (creating if allowed) the database at `path`, migrated to the latest schema.

        `read_only` opens it for reading only (SQLite's mode=ro): nothing is created, migrated
        or locked for writing, so a read-only evidence copy can be checked and a reader never
        queues behind an import. A file that is not a supervision-tui database (a 0-byte file
        when `create` is false, another program's SQLite file, anything else) is refused
        before anything is written to it.
        """
        p = Path(path).expanduser() if path is not None else default_db_path()
        if p.is_dir():
            raise StoreError(f"{p} is a directory, not a database file")
        if not p.exists():
            if not create or read_only:
                raise StoreError(f"no database at {p}")
            _create_private_file(p)
        _check_file(p, allow_empty=create and not read_only)
        try:
            if read_only:
                conn = _connect_read_only(p)
            else:
                conn = sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            db = Database(conn)
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _check_schema(db, p)
            if not read_only:
                with db.ensure_autocommit_on():
                    db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA cache_size = -32000")  # 32 MB: bulk imports touch many index pages
        except sqlite3.DatabaseError as e:
            raise StoreError(describe_sqlite_error(e, p)) from None
        except UnicodeDecodeError:
            raise StoreError(f"the database {p} is damaged (its schema cannot be read): restore it from a backup") from None
        store = cls(db, p, actor or default_actor())
        store.read_only = read_only
        store._file_key = _file_key(p)
        if store._file_key is not None:
            _LIVE_FILES[store._file_key] = _LIVE_FILES.get(store._file_key, 0) + 1
        if read_only:
            pending = [m.name for m in migrations.pending(db)]
            if pending:
                store.close()
                raise StoreError(
                    f"{p} is from an older version of supervision-tui (it lacks {', '.join(pending)}): "
                    "open it once with a command that writes, on a copy if it is evidence"
                )
        elif migrate:
            store.migrate()
        return store

    @contextlib.contextmanager
    def snapshot(self) -> Iterator["Store"]:
        """A read-only view of the database as it is now, however long it is read: a second
        connection holding one read transaction (WAL keeps that state for it), while this
        store's own connection stays free to write (pseudonyms, the audit entry)."""
        view = Store.open(self.path, actor=self.actor, read_only=True)
        try:
            view.db.conn.execute("BEGIN")
            view.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()  # the snapshot starts here
            yield view
        finally:
            if view.db.conn.in_transaction:
                view.db.conn.execute("ROLLBACK")
            view.close()

    def migrate(self, stop_before: str | None = None) -> None:
        try:
            with self._immediate():
                pass  # take the write lock so two first runs do not race
            pending = {m.name for m in migrations.pending(self.db)}
            migrations.apply(self.db, stop_before=stop_before)
            self._mac_column = None
            if UPGRADE_MIGRATION in pending and UPGRADE_MIGRATION in self.schema_version:
                self._log_unlogged_addenda()
        except sqlite3.DatabaseError as e:
            raise StoreError(describe_sqlite_error(e, self.path)) from None

    def _log_unlogged_addenda(self) -> None:
        """Log the hash of every addendum an older version stored without logging it (see
        m007_addenda_logged_on_upgrade): once, in one entry that says what it is."""
        with self._immediate():
            logged = _Logged()
            for action, record_id, detail in self.db.conn.execute("SELECT action, record_id, detail FROM audit_log"):
                try:
                    logged.add(action, record_id, json.loads(detail))
                except (ValueError, AttributeError):
                    pass  # an altered entry: verify says so
            unlogged = {
                aid: _addendum_hash(aid, record_id, author, created_at, reason, text)
                for aid, record_id, author, created_at, reason, text in self.db.conn.execute(
                    "SELECT id, record_id, author, created_at, reason, text FROM addenda ORDER BY id")
                if aid not in logged.addenda
            }
            if unlogged:
                self._audit(UPGRADE_ACTION, None, {"addenda": unlogged, "reason": UPGRADE_REASON})

    @property
    def schema_version(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    def close(self) -> None:
        key, self._file_key = self._file_key, None
        if key is not None and _LIVE_FILES.get(key):
            _LIVE_FILES[key] -= 1
            if not _LIVE_FILES[key]:
                del _LIVE_FILES[key]
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _immediate(self) -> Iterator[None]:
        """A write transaction that takes the lock at once (waiting out the busy timeout)."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        self._chain_tip = None  # another process may have appended since
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._chain_tip = None

    # Audit log ------------------------------------------------------------------

    def _audit(self, action: str, record_id: str | None, detail: dict | None = None) -> str:
        """Append one entry chained to the last; must run inside a write transaction."""
        if self._chain_tip is None:
            row = self.db.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
            self._chain_tip = (row[0], row[1]) if row else (0, GENESIS_HASH)
        seq, prev = self._chain_tip[0] + 1, self._chain_tip[1]
        at = _utcnow()
        detail_json = _canonical({**(detail or {}), "os_account": self.os_account})
        digest = _entry_hash(seq, at, self.actor, action, record_id, detail_json, prev)
        key = audit_key()
        if self._mac_column is None:  # a database not yet migrated has none
            self._mac_column = "mac" in {r[1] for r in self.db.conn.execute("PRAGMA table_info(audit_log)")}
        if self._mac_column:
            self.db.conn.execute(
                "INSERT INTO audit_log (seq, at, actor, action, record_id, detail, prev_hash, hash, mac) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [seq, at, self.actor, action, record_id, detail_json, prev, digest,
                 _entry_mac(key, digest) if key else None],
            )
        else:
            self.db.conn.execute(
                "INSERT INTO audit_log (seq, at, actor, action, record_id, detail, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [seq, at, self.actor, action, record_id, detail_json, prev, digest],
            )
        self._chain_tip = (seq, digest)
        return digest

    def chain_head(self) -> tuple[int, str]:
        """(seq, hash) of the audit log's last entry: the anchor an export manifest records."""
        row = self.db.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS_HASH)

    def log(self, action: str, record_id: str | None = None, detail: dict | None = None) -> None:
        """Record an event that is not a record change (an export, a score run, a sample)."""
        with self._immediate():
            self._audit(action, record_id, detail)

    def audit_entries(self, record_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT seq, at, actor, action, record_id, detail, prev_hash, hash FROM audit_log"
        params: list = []
        if record_id is not None:
            sql += " WHERE record_id = ?"
            params.append(record_id)
        sql += " ORDER BY seq"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])
            for r in self.db.execute(sql, params)
        ]

    def verify(self, key: str | None = None, anchor: tuple[int, str] | None = None) -> VerifyResult:
        """Prove what can be proved from inside the file (DESIGN.md section 4); never writes.

        - SQLite's integrity check, and the schema's tables and triggers as the migrations
          make them (an append-only trigger dropped or changed is named);
        - the audit chain: numbered without gaps from 1, each entry chained to the one before
          and unchanged; with `key` ($SUPERVISION_TUI_AUDIT_KEY), every entry carries that
          key's HMAC, so a chain rebuilt without the key fails; with `anchor` (seq, hash),
          the log still holds that entry (a chain rebuilt or cut back since fails);
        - each covered table against the log (see COVERED below): records (body and hash,
          every filtering column agreeing with the body, every logged record present),
          addenda, pseudonyms, audits.

        Stored scores are checked by recomputation, outside the store (supervision_tui.integrity).

        To cover a new table: log a digest of each row when it is written (in the same
        transaction, via `_audit`), collect the digests from the log in `_Logged.add`, and add
        a `_verify_<table>` method comparing the table's rows with them; list it in COVERED.
        """
        result = VerifyResult()
        try:
            rows = [r[0] for r in self.db.execute("PRAGMA integrity_check")]
            result.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
            self._verify_schema(result)
            logged = self._verify_chain(result, key, anchor)
            for name in self.COVERED:
                getattr(self, f"_verify_{name}")(result, logged)
        except sqlite3.DatabaseError as e:
            result.integrity = describe_sqlite_error(e, self.path)
        except UnicodeDecodeError:  # SQLite's own message about a damaged schema, undecodable
            result.integrity = f"the database {self.path} is damaged (its schema cannot be read): restore it from a backup"
        return result

    COVERED = ("records", "addenda", "pseudonyms", "audits")

    def _verify_schema(self, result: VerifyResult) -> None:
        expected = _expected_schema()
        actual = {(t, n): sql for t, n, sql in self.db.conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')")}
        for (kind, name), sql in sorted(expected.items()):
            if (kind, name) not in actual:
                result.problems.append(f"the {kind} {name} is missing (dropped?)")
            elif _squash(actual[(kind, name)]) != _squash(sql):
                result.problems.append(f"the {kind} {name} has been changed")
        for kind, name in sorted(set(actual) - set(expected)):
            if kind == "trigger":
                result.problems.append(f"the trigger {name} is not one supervision-tui made")

    def _verify_chain(self, result: VerifyResult, key: str | None, anchor) -> "_Logged":
        prev = GENESIS_HASH
        expected_seq = 1
        logged = _Logged()
        unkeyed = 0
        has_mac = "mac" in {r[1] for r in self.db.conn.execute("PRAGMA table_info(audit_log)")}
        cols = "seq, at, actor, action, record_id, detail, prev_hash, hash" + (", mac" if has_mac else ", NULL")
        anchor_seen = False
        for seq, at, actor, action, record_id, detail, prev_hash, digest, mac in self.db.conn.execute(
            f"SELECT {cols} FROM audit_log ORDER BY seq"
        ):
            result.audit_entries += 1
            if seq != expected_seq:
                result.problems.append(f"audit entry {expected_seq} is missing (next is {seq})")
            if prev_hash != prev:
                result.problems.append(f"audit entry {seq} does not chain to the entry before it")
            if _entry_hash(seq, at, actor, action, record_id, detail, prev_hash) != digest:
                result.problems.append(f"audit entry {seq} ({action}) has been altered")
            if key is not None and mac != _entry_mac(key, digest):
                unkeyed += 1
            if anchor is not None and seq == anchor[0]:
                anchor_seen = True
                if digest != anchor[1]:
                    result.problems.append(
                        f"audit entry {seq} is not the one the anchor recorded: the log has been rebuilt or replaced")
            try:
                logged.add(action, record_id, json.loads(detail))
            except (ValueError, AttributeError):
                result.problems.append(f"audit entry {seq} ({action}) has been altered")
            else:
                if action == UPGRADE_ACTION:
                    n = len(json.loads(detail).get("addenda") or {})
                    result.notes.append(
                        f"{n:,} addend{'um was' if n == 1 else 'a were'} stored by an older version without being "
                        f"logged; audit entry {seq} logged {'it' if n == 1 else 'them'} on upgrade ({at[:10]}): "
                        "what they held before then cannot be proved")
            prev = digest
            expected_seq = seq + 1
            if len(result.problems) > 50:
                break
        result.head = (expected_seq - 1, prev)
        if unkeyed:
            result.problems.append(
                f"{unkeyed:,} of {result.audit_entries:,} audit entries do not carry the audit key's HMAC: "
                "written without the key, or forged")
        if anchor is not None and not anchor_seen:
            result.problems.append(
                f"the audit log ends at entry {result.head[0]:,} but the anchor recorded entry {anchor[0]:,}: "
                "entries have been removed")
        return logged

    def _verify_records(self, result: VerifyResult, logged: "_Logged") -> None:
        """Each record against its last logged hash, its columns against its body, and every
        logged record present (or its removal logged). A merge of two ordered scans: one pass
        over each table, not two look-ups per record."""
        discussions = self.db.conn.execute(
            "SELECT record_id, body, id, position, case_ref, child_initials, plan_type, date, text "
            "FROM discussions ORDER BY record_id, position"
        )
        pending = next(discussions, None)
        present = set()
        for row in self.db.conn.execute(f"SELECT {', '.join(_RECORD_COLUMNS)}, content_hash, body FROM records ORDER BY id"):
            record_id, stored_hash, body = row[0], row[-2], row[-1]
            present.add(record_id)
            result.records_checked += 1
            while pending is not None and pending[0] < record_id:
                pending = next(discussions, None)  # orphans cannot exist: foreign keys
            bodies = [body]
            drows = []
            while pending is not None and pending[0] == record_id:
                bodies.append(pending[1])
                drows.append(pending)
                pending = next(discussions, None)
            actual = _sha256("\n".join(bodies))
            if actual != stored_hash or logged.content.get(record_id) != actual:
                result.problems.append(f"record {record_id} does not match what the audit log says was saved")
            elif not _columns_agree(row, drows):
                result.problems.append(
                    f"record {record_id}: a column used to select records (team, supervisor, status, case "
                    "reference, text...) does not agree with the record as logged")
            if len(result.problems) > 50:
                return
        for record_id in sorted(set(logged.content) - present - logged.removed):
            result.problems.append(f"record {record_id} is in the audit log but not in the database (deleted)")
            if len(result.problems) > 50:
                return

    def _verify_addenda(self, result: VerifyResult, logged: "_Logged") -> None:
        present = set()
        for aid, record_id, author, created_at, reason, text in self.db.conn.execute(
            "SELECT id, record_id, author, created_at, reason, text FROM addenda ORDER BY id"
        ):
            present.add(aid)
            want = logged.addenda.get(aid)
            ok = want is not None and (
                want == _addendum_hash(aid, record_id, author, created_at, reason, text)
                or want == "text:" + _sha256(text)  # logged before issue 13: the text only
            )
            if not ok:
                result.problems.append(
                    f"addendum {aid} of record {record_id} does not match what the audit log says was added")
        for aid in sorted(set(logged.addenda) - present):
            result.problems.append(f"addendum {aid} is in the audit log but not in the database (deleted)")

    def _verify_pseudonyms(self, result: VerifyResult, logged: "_Logged") -> None:
        changed = 0
        for key_id, kind, real, pseudo in self.db.conn.execute(
            "SELECT key_id, kind, real_value, pseudonym FROM pseudonyms"
        ):
            if pseudonym_digest(key_id, kind, real, pseudo) not in logged.pseudonyms:
                changed += 1
        if changed:
            result.problems.append(
                f"{changed:,} pseudonym mapping(s) are not as the audit log recorded them (edited or added outside the program)")

    def _verify_audits(self, result: VerifyResult, logged: "_Logged") -> None:
        """Every audit as the log says it was submitted, and every logged audit still there."""
        logged = logged.audits
        if not self.db.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audits'"
        ).fetchone():
            return
        seen = set()
        for audit_id, body, body_hash in self.db.conn.execute("SELECT id, body, body_hash FROM audits ORDER BY id"):
            seen.add(audit_id)
            if _sha256(body) != body_hash or logged.get(audit_id) != body_hash:
                result.problems.append(f"audit {audit_id} does not match what the audit log says was submitted")
        for audit_id in sorted(set(logged) - seen):
            result.problems.append(f"audit {audit_id} is in the audit log but not in the database")

    # Records --------------------------------------------------------------------

    def _content_hash(self, record_id: str) -> str:
        row = self.db.execute("SELECT body FROM records WHERE id = ?", [record_id]).fetchone()
        bodies = [r[0] for r in self.db.execute(
            "SELECT body FROM discussions WHERE record_id = ? ORDER BY position", [record_id]
        )]
        return _sha256("\n".join([row[0] if row else "", *bodies]))

    def _write_record(self, record: SupervisionRecord, new: bool = False) -> str:
        """(Re)write a record's rows; returns its content hash. Inside a transaction.

        `new` skips the look-ups an update needs (an import of 100,000 records
        spends most of its time here); the UNIQUE constraints still guard it.
        """
        execute = self.db.conn.execute
        # pydantic's serializer is deterministic (field order is the model's), so
        # the stored string itself is what the content hash covers
        body = record.model_dump_json(exclude={"discussions", "addenda"})
        disc_bodies = [d.model_dump_json() for d in record.discussions]
        content_hash = _sha256("\n".join([body, *disc_bodies]))
        date = record.date.isoformat()
        execute(
            "INSERT INTO records (id, supervisor, supervisee, team, date, type, experience_level, "
            "supervisee_started, status, next_supervision, n_children, created_at, updated_at, body, content_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + ("" if new else "ON CONFLICT(id) DO UPDATE SET supervisor=excluded.supervisor, supervisee=excluded.supervisee, "
            "team=excluded.team, date=excluded.date, type=excluded.type, "
            "experience_level=excluded.experience_level, supervisee_started=excluded.supervisee_started, "
            "status=excluded.status, next_supervision=excluded.next_supervision, "
            "n_children=excluded.n_children, updated_at=excluded.updated_at, body=excluded.body, "
            "content_hash=excluded.content_hash"),
            [
                record.id, record.supervisor, record.supervisee, record.team, date,
                record.type.value, record.experience_level.value,
                record.supervisee_started.isoformat() if record.supervisee_started else None,
                record.status.value,
                record.next_supervision.isoformat() if record.next_supervision else None,
                len(record.discussions), record.created_at.isoformat(), record.updated_at.isoformat(),
                body, content_hash,
            ],
        )
        if not new:
            keep = {d.id for d in record.discussions}
            existing = {r[0] for r in execute("SELECT id FROM discussions WHERE record_id = ?", [record.id])}
            gone = existing - keep
            if gone:
                execute(f"DELETE FROM discussions WHERE id IN ({','.join('?' * len(gone))})", list(gone))
        for pos, (d, dbody) in enumerate(zip(record.discussions, disc_bodies)):
            if not new:
                other = execute("SELECT record_id FROM discussions WHERE id = ?", [d.id]).fetchone()
                if other and other[0] != record.id:
                    raise StoreError(f"case discussion {d.id} already belongs to record {other[0]}")
            execute(
                "INSERT INTO discussions (id, record_id, position, case_ref, child_initials, plan_type, date, body, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + ("" if new else "ON CONFLICT(id) DO UPDATE SET position=excluded.position, case_ref=excluded.case_ref, "
                "child_initials=excluded.child_initials, plan_type=excluded.plan_type, date=excluded.date, "
                "body=excluded.body, text=excluded.text"),
                [d.id, record.id, pos, d.case_ref, d.child_initials, d.plan_type.value, date, dbody, d.full_text()],
            )
        return content_hash

    def _status_of(self, record_id: str) -> Status | None:
        row = self.db.execute("SELECT status FROM records WHERE id = ?", [record_id]).fetchone()
        return Status(row[0]) if row else None

    def save(self, record: SupervisionRecord) -> SupervisionRecord:
        """Create or update a draft. A signed record refuses: add an addendum instead."""
        if record.status != Status.draft:
            raise RecordLocked(
                "only a draft can be saved; sign a record with sign_as_supervisor()"
            )
        with self._immediate():
            current = self._status_of(record.id)
            if current is not None and current != Status.draft:
                raise RecordLocked(
                    f"record {record.id} is {current.value} and cannot be edited; add an addendum instead"
                )
            before = self.load(record.id) if current is not None else None
            record = record.model_copy(update={"updated_at": _now_dt(), "addenda": []})
            content_hash = self._write_record(record)
            detail = {"content_hash": content_hash}
            if before is not None:
                from .changes import changed_sections, children_named

                detail["changed"] = changed_sections(before, record)  # what the trail tells a reader
                if children := children_named(before, record, detail["changed"]):
                    detail["children"] = children
            self._audit("create" if current is None else "edit", record.id, detail)
        return record

    def import_records(self, records: Iterable[SupervisionRecord], action: str = "import",
                       audits: Iterable | None = None) -> int:
        """Add whole records (any status) in one transaction: all or nothing.

        An id already in the store is refused, so an import can never overwrite
        a record silently.
        """
        n = 0
        with self._immediate(), self._fts_in_bulk():
            for record in records:
                try:
                    content_hash = self._write_record(record, new=True)
                except sqlite3.IntegrityError as e:
                    what = "case discussion" if "discussions" in str(e) else "record"
                    raise StoreError(f"{what} in record {record.id} is already in the database") from None
                detail = {"content_hash": content_hash}
                for a in record.addenda:
                    self._insert_addendum(record.id, a)
                    detail.setdefault("addenda", {})[a.id] = _addendum_hash(
                        a.id, record.id, a.author, a.created_at.isoformat(), a.reason, a.text)
                self._audit(action, record.id, detail)
                n += 1
            if audits is not None:
                # an export's audits, read while the records were (a list filled as they stream)
                from .audits import import_audits

                import_audits(self, audits)
        return n

    @contextlib.contextmanager
    def _fts_in_bulk(self) -> Iterator[None]:
        """Index new discussions in one statement at the end instead of a trigger per row.

        Runs inside the caller's write transaction, so other processes never see
        the table without its trigger; a rollback restores the trigger too.
        """
        execute = self.db.conn.execute
        row = execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'discussions_ai'").fetchone()
        if row is None:
            yield
            return
        since = execute("SELECT coalesce(max(seq), 0) FROM discussions").fetchone()[0]
        execute("DROP TRIGGER discussions_ai")
        yield
        execute(
            "INSERT INTO discussions_fts (rowid, text, case_ref) "
            "SELECT seq, text, case_ref FROM discussions WHERE seq > ?",
            [since],
        )
        execute(row[0])

    def load(self, record_id: str) -> SupervisionRecord:
        row = self.db.execute("SELECT body FROM records WHERE id = ?", [record_id]).fetchone()
        if row is None:
            raise RecordNotFound(f"no record with id {record_id}")
        data = json.loads(row[0])
        data["discussions"] = [
            json.loads(r[0])
            for r in self.db.execute(
                "SELECT body FROM discussions WHERE record_id = ? ORDER BY position", [record_id]
            )
        ]
        data["addenda"] = [
            {"id": r[0], "author": r[1], "created_at": r[2], "reason": r[3], "text": r[4]}
            for r in self.db.execute(
                "SELECT id, author, created_at, reason, text FROM addenda WHERE record_id = ? "
                "ORDER BY created_at, rowid",
                [record_id],
            )
        ]
        return SupervisionRecord.model_validate(data)

    def iter_records(self, filt: RecordFilter | None = None, batch: int = 500) -> Iterator[SupervisionRecord]:
        """Every matching record, oldest first, a batch at a time (constant memory)."""
        where, params = (filt or RecordFilter()).where()
        last = ("", "")
        while True:
            rows = self.db.execute(
                f"SELECT id, date FROM records WHERE {where} AND (date, id) > (?, ?) "
                "ORDER BY date, id LIMIT ?",
                [*params, *last, batch],
            ).fetchall()
            if not rows:
                return
            for rid, _ in rows:
                yield self.load(rid)
            last = (rows[-1][1], rows[-1][0])

    def existing_ids(self, ids: list[str]) -> set[str]:
        """Which of these record ids are already stored."""
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found.update(r[0] for r in self.db.conn.execute(
                f"SELECT id FROM records WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def count(self, filt: RecordFilter | None = None) -> int:
        where, params = (filt or RecordFilter()).where()
        return self.db.execute(f"SELECT count(*) FROM records WHERE {where}", params).fetchone()[0]

    def list_records(
        self,
        filt: RecordFilter | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[RecordSummary]:
        """One page of record summaries with their lowest case band, if scored."""
        where, params = (filt or RecordFilter()).where("r")
        order = "DESC" if newest_first else "ASC"
        # Page first, then look up the band for that page's rows only.
        rows = self.db.execute(
            f"""
            SELECT p.*, (SELECT s.score || ' ' || s.band FROM scores s WHERE s.record_id = p.id
                         ORDER BY s.score LIMIT 1)
            FROM (
                SELECT r.id, r.date, r.supervisor, r.supervisee, r.team, r.status, r.n_children, r.updated_at
                FROM records r WHERE {where}
                ORDER BY r.date {order}, r.id {order} LIMIT ? OFFSET ?
            ) p
            ORDER BY p.date {order}, p.id {order}
            """,
            [*params, limit, offset],
        ).fetchall()
        out = []
        for rid, date, sup, see, team, status, n, upd, lowest in rows:
            score, band = (int(lowest.split()[0]), lowest.split()[1]) if lowest else (None, None)
            out.append(RecordSummary(rid, dt.date.fromisoformat(date), sup, see, team, Status(status), n, upd, band, score))
        return out

    def drafts(self, supervisor: str | None = None, limit: int = 20) -> list[RecordSummary]:
        return self.list_records(RecordFilter(status=Status.draft, supervisor=supervisor), limit=limit)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over case discussions, most recently written first.

        Every word must appear (stemmed); user input never reaches FTS syntax.
        Ordering by rowid rather than relevance lets SQLite stop after one page
        even when a common word matches tens of thousands of discussions.
        """
        terms = [t for t in query.replace('"', " ").split() if t]
        if not terms:
            return []
        if len(terms) == 1 and _ID_PREFIX.match(terms[0].lower()):
            hits = self._search_ids(terms[0].lower(), limit, offset)
            if hits:
                return hits
        fts_query = " ".join(f'"{t}"' for t in terms)
        rows = self.db.execute(
            """
            SELECT d.record_id, d.id, d.date, r.supervisee, d.case_ref, d.child_initials,
                   snippet(discussions_fts, 0, '[', ']', '…', 12)
            FROM discussions_fts
            JOIN discussions d ON d.seq = discussions_fts.rowid
            JOIN records r ON r.id = d.record_id
            WHERE discussions_fts MATCH ?
            ORDER BY discussions_fts.rowid DESC LIMIT ? OFFSET ?
            """,
            [fts_query, limit, offset],
        ).fetchall()
        return [SearchHit(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def _search_ids(self, prefix: str, limit: int, offset: int) -> list[SearchHit]:
        """Records (or case discussions) whose id starts with `prefix`: an audit sample's ids are found."""
        upper = prefix + "\uffff"  # a range on the primary keys, so no scan
        rows = self.db.execute(
            """
            SELECT d.record_id, d.id, d.date, r.supervisee, d.case_ref, d.child_initials,
                   CASE WHEN d.id >= :p AND d.id < :u THEN 'case discussion ' || d.id ELSE 'record ' || r.id END
            FROM discussions d JOIN records r ON r.id = d.record_id
            WHERE d.record_id IN (SELECT id FROM records WHERE id >= :p AND id < :u)
               OR d.id IN (SELECT id FROM discussions WHERE id >= :p AND id < :u)
            ORDER BY d.date DESC, d.seq DESC LIMIT :limit OFFSET :offset
            """,
            {"p": prefix, "u": upper, "limit": limit, "offset": offset},
        ).fetchall()
        return [SearchHit(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def previous_discussion(
        self, case_ref: str, before: dt.date, exclude_record_id: str | None = None
    ) -> CaseDiscussion | None:
        """The child's most recent discussion before `before`: its actions carry forward."""
        if not case_ref:
            return None
        row = self.db.execute(
            "SELECT body FROM discussions WHERE case_ref = ? AND date <= ? AND record_id != ? "
            "ORDER BY date DESC, seq DESC LIMIT 1",
            [case_ref, before.isoformat(), exclude_record_id or ""],
        ).fetchone()
        return CaseDiscussion.model_validate_json(row[0]) if row else None

    def supervisees(self, supervisor: str | None = None) -> list[dict]:
        """Each supervisee with their latest record's details (for the home screen and reports)."""
        params: list = []
        where = ""
        if supervisor:
            where = "WHERE supervisor = ?"
            params.append(supervisor)
        rows = self.db.execute(
            f"""
            SELECT supervisee, team, supervisor, experience_level, supervisee_started,
                   max(date) AS last_date, next_supervision, count(*) AS n
            FROM records {where}
            GROUP BY supervisee ORDER BY supervisee
            """,
            params,
        ).fetchall()
        keys = ["supervisee", "team", "supervisor", "experience_level", "supervisee_started",
                "last_date", "next_supervision", "records"]
        return [dict(zip(keys, r)) for r in rows]

    def supervisors(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT supervisor FROM records ORDER BY supervisor")]

    # Lifecycle --------------------------------------------------------------------

    def sign_as_supervisor(self, record_id: str, name: str) -> SupervisionRecord:
        """draft -> completed."""
        with self._immediate():
            record = self.load(record_id)
            if record.status != Status.draft:
                raise RecordLocked(f"record {record_id} is already {record.status.value}")
            record = record.model_copy(
                update={
                    "status": Status.completed,
                    "signoffs": [*record.signoffs, SignOff(role=SignRole.supervisor, name=name)],
                    "updated_at": _now_dt(),
                }
            )
            h = self._write_record(record)
            self._audit("sign_supervisor", record_id, {"content_hash": h, "name": name})
        return self.load(record_id)

    def record_supervisee_response(
        self, record_id: str, name: str, agrees: bool, comment: str = ""
    ) -> SupervisionRecord:
        """completed -> agreed: the supervisee signs, agreeing or disagreeing in their own words."""
        if not agrees and not comment.strip():
            raise StoreError("a disagreement needs the supervisee's own words")
        with self._immediate():
            record = self.load(record_id)
            if record.status != Status.completed:
                raise RecordLocked(
                    f"record {record_id} is {record.status.value}: the supervisee responds "
                    "after the supervisor has signed, once"
                )
            record = record.model_copy(
                update={
                    "status": Status.agreed,
                    "signoffs": [
                        *record.signoffs,
                        SignOff(role=SignRole.supervisee, name=name, agrees=agrees, comment=comment),
                    ],
                    "updated_at": _now_dt(),
                }
            )
            h = self._write_record(record)
            self._audit(
                "sign_supervisee", record_id, {"content_hash": h, "name": name, "agrees": agrees}
            )
        return self.load(record_id)

    def _insert_addendum(self, record_id: str, a: Addendum) -> None:
        self.db.execute(
            "INSERT INTO addenda (id, record_id, author, created_at, reason, text) VALUES (?, ?, ?, ?, ?, ?)",
            [a.id, record_id, a.author, a.created_at.isoformat(), a.reason, a.text],
        )

    def add_addendum(self, record_id: str, author: str, reason: str, text: str) -> Addendum:
        """The only way to change a signed record: a dated, attributed note with its reason."""
        if not text.strip() or not reason.strip():
            raise StoreError("an addendum needs both its text and the reason for it")
        with self._immediate():
            status = self._status_of(record_id)
            if status is None:
                raise RecordNotFound(f"no record with id {record_id}")
            if status == Status.draft:
                raise StoreError("a draft is edited directly; addenda are for signed records")
            a = Addendum(author=author, reason=reason, text=text)
            self._insert_addendum(record_id, a)
            self._audit(
                "addendum", record_id,
                {"addendum_id": a.id, "text_hash": _sha256(a.text), "reason": reason,
                 "addendum_hash": _addendum_hash(a.id, record_id, a.author, a.created_at.isoformat(), a.reason, a.text),
                 "content_hash": self._content_hash(record_id)},
            )
        return a

    # Scores ----------------------------------------------------------------------

    def discussions_to_score(
        self, rubric_version: str, rescore: bool = False, batch: int = 2000, scored_before: str | None = None
    ) -> Iterator[list[tuple[str, str, str, str]]]:
        """Batches of (discussion_id, record_id, record_updated_at, body) needing a score.

        Incremental: a discussion is skipped when it has a score from this rubric
        made after its record last changed (and, given scored_before, made at or after
        that time: a rescore that can carry on where an interrupted one stopped).
        """
        cond, params = self._to_score_condition(rubric_version, rescore, scored_before)
        last = 0
        while True:
            sql = (
                "SELECT d.seq, d.id, d.record_id, r.updated_at, d.body FROM discussions d "
                "JOIN records r ON r.id = d.record_id "
                + (cond + " AND" if cond else "WHERE") + " d.seq > ? ORDER BY d.seq LIMIT ?"
            )
            rows = self.db.execute(sql, [*params, last, batch]).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [(r[1], r[2], r[3], r[4]) for r in rows]

    @staticmethod
    def _to_score_condition(rubric_version: str, rescore: bool, scored_before: str | None) -> tuple[str, list]:
        if rescore and scored_before is None:
            return "", []
        cond = (
            "WHERE NOT EXISTS (SELECT 1 FROM scores s WHERE s.discussion_id = d.id "
            "AND s.rubric_version = ? AND s.record_updated_at = r.updated_at"
        )
        if scored_before is None:
            return cond + ")", [rubric_version]
        return cond + " AND s.scored_at >= ?)", [rubric_version, scored_before]

    def iter_scores_to_verify(self, batch: int = 2000) -> Iterator[list[tuple]]:
        """Batches of (discussion_id, rubric_version, score, band, brief_descriptive, the nine
        criteria..., fresh, body): `fresh` when the score was made after the record's last change,
        so recomputing it from the body must give the same values."""
        last = ""
        while True:
            rows = self.db.conn.execute(
                "SELECT s.discussion_id, s.rubric_version, s.score, s.band, s.brief_descriptive, "
                "s.depth, s.reflection, s.lived_experience, s.child_impact, s.risk, s.challenge, "
                "s.decisions, s.actions, s.progress, s.record_updated_at = r.updated_at, d.body "
                "FROM scores s JOIN discussions d ON d.id = s.discussion_id JOIN records r ON r.id = s.record_id "
                "WHERE s.discussion_id > ? ORDER BY s.discussion_id LIMIT ?",
                [last, batch],
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield rows

    def count_discussions(self) -> int:
        return self.db.execute("SELECT count(*) FROM discussions").fetchone()[0]

    def schema_sql(self) -> list[str]:
        """The CREATE statements of this database, tables first, in a stable order."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
            )
        ]

    def count_to_score(self, rubric_version: str, rescore: bool = False, scored_before: str | None = None) -> int:
        cond, params = self._to_score_condition(rubric_version, rescore, scored_before)
        if not cond:
            return self.count_discussions()
        return self.db.execute(
            "SELECT count(*) FROM discussions d JOIN records r ON r.id = d.record_id " + cond, params
        ).fetchone()[0]

    def timestamp(self) -> str:
        """Now, in the form stored in scored_at and the audit log (comparable as text)."""
        return _utcnow()

    def last_audit_entry(self, action: str) -> AuditEntry | None:
        """The newest audit entry of this action, if any."""
        r = self.db.execute(
            "SELECT seq, at, actor, action, record_id, detail, prev_hash, hash FROM audit_log "
            "WHERE action = ? ORDER BY seq DESC LIMIT 1",
            [action],
        ).fetchone()
        return AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]) if r else None

    def save_scores(self, rows: Iterable[dict], log: tuple[str, dict] | None = None) -> int:
        """Store assessments: each row has discussion_id, record_id, record_updated_at,
        rubric_version, score, band, brief_descriptive and the nine criteria as booleans."""
        return self.save_score_values([[r[c] for c in SCORE_COLUMNS] for r in rows], log)

    def save_score_values(self, rows: Iterable[Sequence], log: tuple[str, dict] | None = None) -> int:
        """Store assessments given as values in SCORE_COLUMNS order (the batch's fast path).
        `log` (action, detail) is appended to the audit log in the same transaction, so the
        log never says more or less than what was stored."""
        now = _utcnow()
        values = [(*r, now) for r in rows]
        with self._immediate():
            self.db.conn.executemany(_SAVE_SCORES_SQL, values)
            if log is not None:
                self._audit(log[0], None, log[1])
        return len(values)


def _now_dt() -> dt.datetime:
    # microseconds, so an edit straight after a score run still counts as newer
    return dt.datetime.now(dt.timezone.utc)


def _entry_hash(seq, at, actor, action, record_id, detail_json, prev_hash) -> str:
    return _sha256(_canonical([seq, at, actor, action, record_id, detail_json, prev_hash]))


ENV_AUDIT_KEY = "SUPERVISION_TUI_AUDIT_KEY"
# actions that log a record's removal (none yet: records are never deleted)
REMOVAL_ACTIONS = frozenset({"delete"})


def audit_key() -> str | None:
    """$SUPERVISION_TUI_AUDIT_KEY: when set, every audit entry carries an HMAC under it."""
    return os.environ.get(ENV_AUDIT_KEY) or None


def _entry_mac(key: str, digest: str) -> str:
    return hmac.new(key.encode("utf-8"), digest.encode("ascii"), hashlib.sha256).hexdigest()


UPGRADE_MIGRATION = "m007_addenda_logged_on_upgrade"
UPGRADE_ACTION = "upgrade"
UPGRADE_REASON = ("addenda stored by an older version (an import or the demo) without being logged; "
                  "logged when this database was upgraded")


def _addendum_hash(aid, record_id, author, created_at, reason, text) -> str:
    return _sha256(_canonical([aid, record_id, author, created_at, reason, text]))


def pseudonym_digest(key_id: str, kind: str, real: str, pseudo: str) -> str:
    return _sha256(_canonical([key_id, kind, real, pseudo]))[:32]


class _Logged:
    """What the audit log says each covered table holds, collected in one pass over the log."""

    def __init__(self) -> None:
        self.content: dict[str, str] = {}  # record id -> last content hash
        self.removed: set[str] = set()
        self.addenda: dict[str, str] = {}  # addendum id -> hash
        self.pseudonyms: set[str] = set()
        self.audits: dict[str, str] = {}

    def add(self, action: str, record_id: str | None, detail: dict) -> None:
        if record_id:
            content = detail.get("content_hash")
            if content:
                self.content[record_id] = content
            if action in REMOVAL_ACTIONS:
                self.removed.add(record_id)
            if action == "audit" and detail.get("audit_id"):
                self.audits[detail["audit_id"]] = detail.get("audit_hash", "")
            if action == "addendum" and detail.get("addendum_id"):
                self.addenda[detail["addendum_id"]] = detail.get("addendum_hash") or "text:" + detail.get("text_hash", "")
        for aid, h in (detail.get("addenda") or {}).items():  # an import's, or an upgrade's
            if action == UPGRADE_ACTION:
                self.addenda.setdefault(aid, h)  # adopts only what nothing logged: never overrides
            else:
                self.addenda[aid] = h
        if action == "pseudonyms":
            self.pseudonyms.update(detail.get("rows", ()))


_RECORD_COLUMNS = ("id", "supervisor", "supervisee", "team", "date", "type", "experience_level",
                   "supervisee_started", "status", "next_supervision", "n_children", "created_at", "updated_at")


def _same_moment(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    try:
        return dt.datetime.fromisoformat(a) == dt.datetime.fromisoformat(b)
    except (TypeError, ValueError):
        return False


def _columns_agree(row: tuple, discussions: list[tuple]) -> bool:
    """The columns that select and filter say what the hashed body says."""
    body = json.loads(row[-1])
    cols = dict(zip(_RECORD_COLUMNS, row))
    for name in ("id", "supervisor", "supervisee", "team", "date", "type", "experience_level",
                 "supervisee_started", "status", "next_supervision"):
        if cols[name] != body.get(name):
            return False
    if not (_same_moment(cols["created_at"], body.get("created_at"))
            and _same_moment(cols["updated_at"], body.get("updated_at"))):
        return False
    if cols["n_children"] != len(discussions):
        return False
    for pos, (_rid, dbody, did, position, case_ref, initials, plan, date, text) in enumerate(discussions):
        d = CaseDiscussion.model_validate_json(dbody)
        if (did, position, case_ref, initials, plan, date) != (d.id, pos, d.case_ref, d.child_initials,
                                                              d.plan_type.value, cols["date"]):
            return False
        if text != d.full_text():
            return False
    return True


def _squash(sql: str | None) -> str:
    return " ".join((sql or "").split())


_EXPECTED: dict | None = None


def _expected_schema() -> dict[tuple[str, str], str]:
    """The tables and triggers the migrations make, from a fresh database in memory."""
    global _EXPECTED
    if _EXPECTED is None:
        db = Database(memory=True)
        migrations.apply(db)
        _EXPECTED = {
            (t, n): sql for t, n, sql in db.conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')")
        }
        db.close()
    return _EXPECTED
