"""The output file of a score run: JSON Lines written to a private `.part` beside the target
and renamed into place only when the run completes; never the database (supervision_tui.outputs
holds the rules every writer shares)."""

from __future__ import annotations

import io
from pathlib import Path

from ..outputs import OutputError, PrivateFile, check_output, create_private, remove_leftovers

__all__ = ["AtomicWriter", "OutputError", "refuse_database"]


def refuse_database(path: Path, database: Path | None) -> Path:
    """OutputError when `path` is the database (None: the default one) or a file beside it."""
    return check_output(path, database, what="scores")


class AtomicWriter:
    """Lines written to a 0600 `.part` file, renamed into place only on commit()."""

    def __init__(self, path: Path, database: Path | None = None):
        self.path = refuse_database(path, database)
        if self.path.is_dir():
            raise OutputError(f"{path}: is a directory")
        remove_leftovers(self.path)  # .part files of killed runs
        self._file = PrivateFile(self.path)
        try:
            self._file.__enter__()
            self.fh = io.TextIOWrapper(create_private(self._file.tmp, exclusive=False), encoding="utf-8")
        except OSError as e:
            self._file.discard()
            raise OutputError(f"cannot write {path}: {e.strerror}") from None
        self._open = True

    def write_line(self, line: str) -> None:
        self.fh.write(line)
        self.fh.write("\n")

    def commit(self) -> None:
        self.fh.close()
        self._file.publish()
        self._open = False

    def discard(self) -> None:
        if self._open:
            self.fh.close()
            self._file.discard()
            self._open = False
