"""Every file the program writes goes through here (DESIGN.md section 4).

- `check_output(out, db)`: an output path may never be the database or one of SQLite's
  files beside it (-wal, -shm, -journal), however it is spelled: symlinks are followed and
  hard links are caught by comparing the files themselves.
- `PrivateFile`: a file written to a `.part` beside its destination, readable by its owner
  only (0600 whatever the umask), flushed, then renamed into place; on any failure the
  `.part` is removed and nothing complete-looking is left.

No textual, no rich: the core (export, batch scoring, samples, reports) and the command line
all call these.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


class OutputError(Exception):
    """An output path that must not be written: shown as one line."""


def database_files(db: str | Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it, resolved (symlinks followed)."""
    base = Path(os.path.realpath(Path(db).expanduser()))
    return [base.with_name(base.name + s) for s in SQLITE_SIDE_FILES]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(out: str | Path, db: str | Path | None, *, what: str = "output") -> Path:
    """`out`, refused when it resolves to the database `db` or one of its side files.

    `db` None means the default database (resolved the way the store resolves it).
    """
    if db is None:
        from .store import default_db_path

        db = default_db_path()
    out = Path(out).expanduser()
    real = Path(os.path.realpath(out))
    files = database_files(db)
    for guarded, suffix in zip(files, SQLITE_SIDE_FILES):
        if real == guarded or _same_file(out, guarded):
            side = f" (its {suffix} file)" if suffix else ""
            raise OutputError(
                f"refusing to write the {what} to {out}: it is the database {db}{side}; "
                "writing it would destroy every record and the audit log"
            )
    return out


def check_outputs(outs, db: str | Path | None, *, what: str = "output") -> None:
    for out in outs:
        check_output(out, db, what=what)


def part_path(path: Path, pid: int | None = None) -> Path:
    """The name a file is written under before it is published: visible and plainly unfinished,
    so that a run killed outright (kill -9) leaves nothing hidden and nothing complete-looking;
    the next write of the same file removes it."""
    return path.with_name(f"{path.name}.{os.getpid() if pid is None else pid}.part")


def create_private(path: str | Path, *, exclusive: bool = True, text: bool = False):
    """Open a new file for writing, mode 0600 whatever the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    if exclusive:
        flags |= os.O_EXCL
    fd = os.open(path, flags, PRIVATE_MODE)
    try:
        os.fchmod(fd, PRIVATE_MODE)  # an existing file keeps its old mode otherwise
    except BaseException:
        os.close(fd)
        raise
    if text:
        return os.fdopen(fd, "w", encoding="utf-8", newline="")
    return os.fdopen(fd, "wb")


class PrivateFile:
    """A file published whole or not at all, readable by its owner only.

        with PrivateFile(out) as tmp:       # tmp: the .part path, already created 0600
            write_somehow(tmp)
        # renamed into place here; on an exception the .part is removed instead

    With `publish=False` the caller renames (`publish()`) inside the block, e.g. after logging.
    """

    def __init__(self, path: str | Path, *, publish: bool = True):
        self.path = Path(path)
        self.tmp = part_path(self.path)
        self._auto = publish
        self._done = False

    def __enter__(self) -> Path:
        remove_leftovers(self.path)
        create_private(self.tmp, exclusive=False).close()
        return self.tmp

    def publish(self) -> None:
        if self._done:
            return
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(self.tmp, PRIVATE_MODE)  # a writer that replaced the file made it with the umask
        os.replace(self.tmp, self.path)
        self._done = True

    def discard(self) -> None:
        for p in (self.tmp, self.tmp.with_name(self.tmp.name + ".body")):
            p.unlink(missing_ok=True)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None and self._auto:
                self.publish()
        finally:
            if not self._done:
                self.discard()


def write_private(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically, mode 0600."""
    with PrivateFile(path) as tmp, create_private(tmp, exclusive=False) as fh:
        fh.write(data)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(path: str | Path) -> list[Path]:
    """Remove the `.part` (and `.part.body`) files that killed runs left beside `path`:
    those of this process and of processes no longer running. Returns what was removed."""
    path = Path(path)
    gone = []
    prefixes = (f"{path.name}.", f".{path.name}.")  # .NAME.PID.part: the name before issue 13
    for p in path.parent.glob(f"*{path.name}.*.part*"):
        for prefix in prefixes:
            if not p.name.startswith(prefix):
                continue
            pid, _, rest = p.name[len(prefix):].partition(".")
            if pid.isdigit() and rest in ("part", "part.body") and (int(pid) == os.getpid() or not _alive(int(pid))):
                p.unlink(missing_ok=True)
                gone.append(p)
            break
    return gone
