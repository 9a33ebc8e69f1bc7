"""`score`: the store or a file, parsing and printing only."""

from __future__ import annotations

import csv
import json
import os
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

import click
from pydantic import ValidationError

from ..models import BAND_LABELS, CRITERIA, Band, CaseDiscussion, SupervisionRecord
from ..store import Store
from .common import check_output_path, db_option, describe_validation_error

from .lead_common import BAND_NAMES, BAND_STYLES
from .lead_common import _console, _existing_store, _progress

# --- score ------------------------------------------------------------------------------------


class InputError(Exception):
    """Bad input: the message is shown as one line."""


def _score_row(did: str, rid: str, updated: str, a) -> dict:
    crit = a.criteria
    row = {
        "discussion_id": did,
        "record_id": rid,
        "record_updated_at": updated,
        "rubric_version": a.rubric_version,
        "score": a.score,
        "band": a.band.value,
        "brief_descriptive": a.brief_descriptive,
    }
    for c in CRITERIA:
        row[c] = crit[c].met
    return row


class _Tally:
    """Counts for the closing summary."""

    def __init__(self) -> None:
        self.n = 0
        self.bands: Counter[str] = Counter()
        self.brief = 0
        self.total_score = 0

    def add(self, a) -> None:
        self.n += 1
        self.bands[a.band.value] += 1
        self.brief += a.brief_descriptive
        self.total_score += a.score

    def as_dict(self, seconds: float) -> dict:
        return {
            "scored": self.n,
            "bands": {b: self.bands.get(b, 0) for b in BAND_NAMES},
            "brief_descriptive_pct": round(100 * self.brief / self.n, 1) if self.n else 0.0,
            "mean_score": round(self.total_score / self.n, 1) if self.n else None,
            "seconds": round(seconds, 2),
            "notes_per_second": round(self.n / seconds) if seconds > 0 and self.n else None,
        }


def _print_summary(summary: dict, title: str, err: bool = False) -> None:
    from rich.table import Table

    console = _console(stderr=err)
    n = summary["scored"]
    console.print(f"[bold]{title}[/]")
    if not n:
        return
    table = Table(show_header=True, box=None, pad_edge=False)
    table.add_column("Band")
    table.add_column("Notes", justify="right")
    table.add_column("%", justify="right")
    for b in BAND_NAMES:
        k = summary["bands"][b]
        table.add_row(f"[{BAND_STYLES[b]}]{BAND_LABELS[Band(b)]}[/]", f"{k:,}", f"{100 * k / n:.1f}")
    console.print(table)
    rate = summary["notes_per_second"]
    console.print(
        f"Brief and descriptive: {summary['brief_descriptive_pct']:.1f}%   "
        f"Mean score: {summary['mean_score']}   "
        f"Time: {summary['seconds']:.2f} s" + (f"   {rate:,} notes/s" if rate else "")
    )


def score_store(store: Store, rescore: bool, output: Path | None = None) -> dict:
    """Score every discussion that needs it; returns the summary (also written to the audit log)."""
    from ..quality import RUBRIC_VERSION, assess

    parse = CaseDiscussion.model_validate_json
    total = store.count_to_score(RUBRIC_VERSION, rescore)
    already = store.count_discussions() - total
    tally = _Tally()
    start = time.perf_counter()
    with _scoring_run(total, output) as (advance, out):
        for batch in store.discussions_to_score(RUBRIC_VERSION, rescore):
            rows = []
            for did, rid, updated, body in batch:
                a = assess(parse(body))
                rows.append(_score_row(did, rid, updated, a))
                tally.add(a)
                if out:
                    out.write({"discussion_id": did, "record_id": rid, **a.model_dump(mode="json")})
            store.save_scores(rows)
            advance(len(rows))
    seconds = time.perf_counter() - start
    summary = {"rubric_version": RUBRIC_VERSION, "rescore": rescore, "up_to_date": already,
               **tally.as_dict(seconds)}
    if tally.n:
        store.log("score_run", None, summary)
    return summary


@contextmanager
def _scoring_run(total: int, output: Path | None):
    """(advance, writer): a progress bar on a terminal and the optional output file. The file
    is put in place only when the run completes; the bar goes however the run ends."""
    bar = _progress(total, "Scoring")
    out = _AtomicWriter(output) if output else None

    def advance(n: int) -> None:
        if bar:
            bar.advance(bar.task_ids[0], n)

    try:
        yield advance, out
        if out:
            out.commit()
    finally:
        if bar:
            bar.stop()
        if out:
            out.discard()


class _AtomicWriter:
    """JSON Lines written to a temporary file, renamed into place only on success."""

    def __init__(self, path: Path):
        self.path = path
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
        except OSError as e:
            raise click.ClickException(f"cannot write {path}: {e.strerror}") from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, obj: dict) -> None:
        self.fh.write(json.dumps(obj, ensure_ascii=False))
        self.fh.write("\n")

    def commit(self) -> None:
        self.fh.close()
        os.replace(self.tmp, self.path)
        self.tmp = None

    def discard(self) -> None:
        if self.tmp:
            self.fh.close()
            os.unlink(self.tmp)
            self.tmp = None


def _input_kind(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".csv", ".tsv"):
        return "csv"
    if ext in (".jsonl", ".ndjson", ".json"):
        return "json"
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        head = fh.read(4096).lstrip()
    return "json" if head[:1] in ("{", "[") else "csv"


def _json_item(n: int, data, text_column: str, where: str):
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object")
    if text_column in data:
        text = data[text_column]
        if not isinstance(text, str):
            raise InputError(f"{where}: '{text_column}' is not text")
        rid = data.get("id")
        return ("text", None if rid is None else str(rid), text)
    try:
        if "discussions" in data or "supervisor" in data or "supervisee" in data:
            return ("record", None, SupervisionRecord.model_validate(data))
        if "case_ref" in data or any(f in data for f in CaseDiscussion.SECTION_FIELDS):
            return ("discussion", None, CaseDiscussion.model_validate(data))
    except ValidationError as e:
        raise InputError(f"{where}: {describe_validation_error(e)}") from None
    raise InputError(
        f"{where}: no '{text_column}' field, and not a record or case discussion in the form of schema/"
    )


def _iter_input(path: Path, text_column: str) -> Iterator[tuple[str, str | None, object]]:
    """(kind, id, item) for each input row, in order; InputError on the first bad row."""
    name = path.name
    try:
        kind = _input_kind(path)
        fh = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None
    try:
        with fh:
            if kind == "csv":
                yield from _iter_csv(fh, name, text_column)
                return
            first = fh.read(1)
            while first and first.isspace():
                first = fh.read(1)
            fh.seek(0)
            if first == "[":  # a JSON array of rows
                try:
                    rows = json.load(fh)
                except json.JSONDecodeError as e:
                    raise InputError(f"{name}: malformed JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
                for n, data in enumerate(rows, start=1):
                    yield _json_item(n, data, text_column, f"{name} item {n}")
                return
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(f"{name} line {n}: malformed JSON ({e.msg} at column {e.colno})") from None
                yield _json_item(n, data, text_column, f"{name} line {n}")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text") from None


def _iter_csv(fh, name: str, text_column: str):
    reader = csv.reader(fh, strict=True)
    try:
        header = next(reader, None)
        if not header:
            raise InputError(f"{name}: empty, no header row")
        header = [h.strip() for h in header]
        if text_column not in header:
            raise InputError(
                f"{name}: no column '{text_column}' (--text-column); the columns are: {', '.join(header)}"
            )
        ti = header.index(text_column)
        ii = header.index("id") if "id" in header else None
        for row in reader:
            if not row:
                continue
            if len(row) != len(header):
                raise InputError(
                    f"{name} line {reader.line_num}: malformed CSV ({len(row)} fields, the header has {len(header)})"
                )
            yield ("text", row[ii] if ii is not None and row[ii] != "" else None, row[ti])
    except csv.Error as e:
        raise InputError(f"{name} line {reader.line_num}: malformed CSV ({e})") from None


def _assessment_json(a) -> dict:
    return a.model_dump(mode="json")


def _score_items(items, tally: _Tally):
    """One output object per input row, in input order."""
    from ..quality import assess, assess_text

    for n, (kind, rid, item) in enumerate(items, start=1):
        if kind == "text":
            a = assess_text(item)
            tally.add(a)
            obj = {"row": n}
            if rid is not None:
                obj["id"] = rid
            obj.update(_assessment_json(a))
        elif kind == "discussion":
            a = assess(item)
            tally.add(a)
            obj = {"row": n, "id": item.id, **_assessment_json(a)}
        else:
            discussions = []
            worst = None
            for d in item.discussions:
                a = assess(d)
                tally.add(a)
                discussions.append({"discussion_id": d.id, "case_ref": d.case_ref, **_assessment_json(a)})
                if worst is None or a.score < worst.score:
                    worst = a
            obj = {"row": n, "id": item.id, "kind": "record",
                   "score": worst.score if worst else None,
                   "band": worst.band.value if worst else None,
                   "discussions": discussions}
        yield obj


def score_file(path: Path, text_column: str, output: Path | None, as_json: bool) -> dict:
    # First pass: check every row before assessing or writing anything.
    rows = sum(1 for _ in _iter_input(path, text_column))
    tally = _Tally()
    start = time.perf_counter()
    shown: list[dict] = []
    with _scoring_run(rows, output) as (advance, out):
        for obj in _score_items(_iter_input(path, text_column), tally):
            if out:
                out.write(obj)
            if as_json:
                click.echo(json.dumps(obj, ensure_ascii=False))
            elif not out and len(shown) < 20:
                shown.append(obj)
            advance(1)
    if shown:
        _print_rows(shown, rows)
    return {"input": str(path), "rows": rows, **tally.as_dict(time.perf_counter() - start)}


def _print_rows(objs: list[dict], total: int) -> None:
    from rich.table import Table

    table = Table(title=f"First {len(objs)} of {total} rows" if total > len(objs) else None)
    for col in ("Row", "Id", "Score", "Band", "Brief/descriptive"):
        table.add_column(col)
    for o in objs:
        brief = o.get("brief_descriptive")
        table.add_row(str(o["row"]), str(o.get("id", "")), str(o.get("score", "")),
                      BAND_LABELS[Band(o["band"])] if o.get("band") else "",
                      "" if brief is None else ("yes" if brief else "no"))
    _console().print(table)


@click.command()
@db_option
@click.option("--rescore", is_flag=True, help="Score every discussion again (e.g. after a rubric change).")
@click.option("--input", "input_path", type=click.Path(path_type=Path), default=None,
              help="Score a CSV or JSON Lines file instead of the database (nothing is stored).")
@click.option("--text-column", default="text", show_default=True,
              help="The column (CSV) or field (JSON) holding each row's free text.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write one JSON object per scored item to this JSON Lines file.")
@click.option("--json", "as_json", is_flag=True,
              help="With --input: one JSON object per row on stdout. Otherwise: the summary as JSON.")
def score(db: Path | None, rescore: bool, input_path: Path | None, text_column: str,
          output: Path | None, as_json: bool) -> None:
    """Score case discussions against the quality criteria, with a summary at the end.

    Over the database: only discussions whose record changed since they were last
    scored, or scored by another rubric version (all of them with --rescore); the
    scores are stored with the rubric version and the run is written to the audit log.

    With --input FILE (CSV, or JSON Lines of free text, records or case discussions):
    one output object per input row, in the input's order, carrying the row's id.
    """
    if output is not None:
        check_output_path(output, db, "scores")
    if input_path is not None:
        if rescore:
            raise click.ClickException("--rescore is for the database, not --input")
        try:
            summary = score_file(input_path, text_column, output, as_json)
        except InputError as e:
            raise click.ClickException(str(e)) from None
        _print_summary(summary, f"Scored {summary['rows']:,} rows from {input_path.name}", err=True)
        return
    store = _existing_store(db)
    try:
        summary = score_store(store, rescore, output)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(summary))
        return
    if summary["scored"] == 0:
        _console().print(
            f"Nothing to score: all {summary['up_to_date']:,} discussions already have scores "
            f"from rubric {summary['rubric_version']}."
        )
        return
    _print_summary(
        summary,
        f"Scored {summary['scored']:,} discussions with rubric {summary['rubric_version']}"
        + (f" ({summary['up_to_date']:,} already up to date)" if summary["up_to_date"] else ""),
    )



COMMANDS = [score]
