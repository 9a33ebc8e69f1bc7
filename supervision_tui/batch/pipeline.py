"""Score runs: read, assess on every core, write in input order, in chunks."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..models import Band
from .inputs import check_rows, count_rows, iter_rows
from .output import AtomicWriter, refuse_database
from .pool import default_jobs, ordered_map
from .work import BAND, BRIEF, SCORE, assess_bodies, assess_rows, score_row

BAND_NAMES = tuple(b.value for b in Band)

# Rows per task sent to a worker: big enough that passing it costs nothing next to the
# checker, small enough that the progress bar moves and every worker has work.
MIN_TASK, MAX_TASK = 16, 128
# Scores are stored in one transaction, with their audit entry, every COMMIT_ROWS rows or
# COMMIT_SECONDS, whichever comes first: a kill loses at most that much work.
COMMIT_ROWS = 5000
COMMIT_SECONDS = 2.0

Progress = Callable[[int, int], None]  # (done, total)


class ScoringInterrupted(Exception):
    """Ctrl-C, a kill or a lost worker process stopped the run; `summary` says what was stored
    before it, `reason` why it stopped."""

    def __init__(self, summary: dict, reason: str = "interrupted"):
        super().__init__(reason)
        self.summary = summary
        self.reason = reason


class Tally:
    """Counts for the closing summary and the audit entry."""

    def __init__(self) -> None:
        self.n = 0
        self.bands: Counter[str] = Counter()
        self.brief = 0
        self.total_score = 0

    def add(self, score: int, band: str, brief: bool) -> None:
        self.n += 1
        self.bands[band] += 1
        self.brief += brief
        self.total_score += score

    def as_dict(self, seconds: float) -> dict:
        return {
            "scored": self.n,
            "bands": {b: self.bands.get(b, 0) for b in BAND_NAMES},
            "brief_descriptive_pct": round(100 * self.brief / self.n, 1) if self.n else 0.0,
            "mean_score": round(self.total_score / self.n, 1) if self.n else None,
            "seconds": round(seconds, 2),
            "notes_per_second": round(self.n / seconds) if seconds > 0 and self.n else None,
        }


def plan(total: int, jobs: int | None) -> tuple[int, int]:
    """(worker processes, rows per task) for `total` rows; 1 worker means in this process."""
    jobs = jobs or default_jobs()
    size = max(MIN_TASK, min(MAX_TASK, total // (jobs * 8)))
    if total < 2 * MIN_TASK:  # starting processes would cost more than it saves
        jobs = 1
    return max(1, jobs), size


def _chunks(rows: Iterable, size: int) -> Iterator[list]:
    part: list = []
    for row in rows:
        part.append(row)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


# --- the database ---------------------------------------------------------------------------


def _interrupted_rescore(store, rubric_version: str) -> dict | None:
    """The audit detail of the last score run when it was a rescore by this rubric that stopped
    before the end: a rescore now carries on from it rather than starting again."""
    last = store.last_audit_entry("score_run")
    if last is None:
        return None
    d = last.detail
    if (d.get("rescore") and d.get("complete") is False and d.get("rubric_version") == rubric_version
            and d.get("started_at")):
        return d
    return None


def score_store(store, rescore: bool = False, output: Path | None = None, jobs: int | None = None,
                progress: Progress | None = None, commit_rows: int = COMMIT_ROWS,
                commit_seconds: float = COMMIT_SECONDS) -> dict:
    """Score every case discussion that needs it and store the scores; the summary.

    Needs it: no score from this rubric made since its record last changed, or with
    `rescore` any score made before this run (or before the rescore this run carries on).
    Scores are stored in chunks (every `commit_rows` rows or `commit_seconds`), each in one
    transaction with a `score_run` audit entry giving the run's figures so far, so a run stopped
    at any point leaves the database and the audit log agreeing; the last entry of a finished
    run says complete.
    With `output`, one JSON line per scored discussion, in place only when the run finishes.
    """
    from ..quality import RUBRIC_VERSION

    writer = AtomicWriter(output, store.path) if output else None
    try:
        started = store.timestamp()
        run = {"run": uuid.uuid4().hex[:12], "rubric_version": RUBRIC_VERSION, "rescore": rescore}
        cutoff = None
        if rescore:
            earlier = _interrupted_rescore(store, RUBRIC_VERSION)
            cutoff = earlier["started_at"] if earlier else started
            if earlier:
                run["carries_on"] = earlier["run"]
        run["started_at"] = cutoff or started
        total = store.count_to_score(RUBRIC_VERSION, rescore, cutoff)
        already = store.count_discussions() - total
        jobs, size = plan(total, jobs)
        run["up_to_date"] = already

        tally = Tally()
        stored: dict = {"rubric_version": RUBRIC_VERSION, "rescore": rescore, "up_to_date": already,
                        **tally.as_dict(0)}
        pending: list[tuple] = []
        start = last_commit = time.perf_counter()

        def commit(complete: bool) -> None:
            nonlocal stored, last_commit
            last_commit = time.perf_counter()
            figures = tally.as_dict(time.perf_counter() - start)
            store.save_score_values(pending, log=("score_run", {**run, **figures, "complete": complete}))
            pending.clear()
            stored = {"rubric_version": RUBRIC_VERSION, "rescore": rescore, "up_to_date": already, **figures}

        def tasks():
            for batch in store.discussions_to_score(RUBRIC_VERSION, rescore, scored_before=cutoff):
                for part in _chunks(batch, size):
                    yield part, writer is not None

        if progress:
            progress(0, total)
        done = 0
        try:
            for results in ordered_map(assess_bodies, tasks(), jobs):
                due = pending and time.perf_counter() - last_commit >= commit_seconds
                if len(pending) >= commit_rows or due:
                    commit(False)
                for row, line in results:
                    pending.append(row)
                    tally.add(row[SCORE], row[BAND], row[BRIEF])
                    if writer:
                        writer.write_line(line)
                done += len(results)
                if progress:
                    progress(done, total)
            if pending:
                commit(True)
            # the cross-record checks of what changed, stored for the reports (issue 17)
            from ..reports.figures import refresh_history

            refresh_history(store)
        except KeyboardInterrupt:
            raise ScoringInterrupted({**stored, "interrupted": True}) from None
        except BrokenProcessPool:
            raise ScoringInterrupted({**stored, "interrupted": True},
                                     "a worker process stopped unexpectedly") from None
        if writer:
            writer.commit()
        return stored
    finally:
        if writer:
            writer.discard()


def score_record(store, record) -> list:
    """Assess each case discussion of a record just saved (the record Store.save returned, so
    its updated_at is the stored one) and store the scores; the assessments, in order."""
    from .. import quality

    updated = record.updated_at.isoformat()
    assessments = [quality.assess(d) for d in record.discussions]
    store.save_score_values([score_row(d.id, record.id, updated, a)
                             for d, a in zip(record.discussions, assessments)])
    return assessments


# --- a file ---------------------------------------------------------------------------------


def score_file(path: Path, text_column: str = "text", output: Path | None = None, jobs: int | None = None,
               progress: Progress | None = None, on_row: Callable[[str], None] | None = None,
               database: Path | None = None, check_first: bool = True) -> dict:
    """Score each row of a CSV, JSON Lines or JSON array file; nothing is stored.

    A bad row stops the run with InputError naming the first bad one, before anything is
    published: `output` is put in place only when the run finishes (never the database at
    `database`). With `check_first`, every row is also checked before the first is assessed,
    for an `on_row` that shows lines as they come; without it the rows are checked as they
    are assessed, which spares a second reading of each. Each row's output is one JSON line,
    in input order, passed to `on_row` and written to `output`.
    """
    if output:
        refuse_database(output, database)  # before reading a row: the one-line error comes first
    rows, json_rows = count_rows(path, text_column)
    jobs, size = plan(rows, jobs)
    if json_rows and check_first:  # on every core, in input order, so the first bad row is named
        for _ in ordered_map(check_rows, ((part, text_column) for part in _chunks(iter_rows(path, text_column), size)),
                             jobs):
            pass
    writer = AtomicWriter(output, database) if output else None
    try:
        tally = Tally()
        start = time.perf_counter()

        def tasks():
            first = 1
            for part in _chunks(iter_rows(path, text_column), size):
                yield first, part, text_column
                first += len(part)

        if progress:
            progress(0, rows)
        done = 0
        try:
            for results in ordered_map(assess_rows, tasks(), jobs):
                for marks, line in results:
                    for m in marks:
                        tally.add(*m)
                    if writer:
                        writer.write_line(line)
                    if on_row:
                        on_row(line)
                done += len(results)
                if progress:
                    progress(done, rows)
        except BrokenProcessPool:
            raise ScoringInterrupted({"input": str(path), "rows": rows, **tally.as_dict(0)},
                                     "a worker process stopped unexpectedly") from None
        if writer:
            writer.commit()
        return {"input": str(path), "rows": rows, **tally.as_dict(time.perf_counter() - start)}
    finally:
        if writer:
            writer.discard()
