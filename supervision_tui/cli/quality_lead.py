"""The quality leads' commands: score (the store or a file), report, sample.

Parsing and printing only: the figures come from `supervision_tui.reports`,
the SQL from `supervision_tui.store`, the verdicts from `supervision_tui.quality`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

import click
from pydantic import ValidationError

from ..models import BAND_LABELS, CRITERIA, Band, CaseDiscussion, SupervisionRecord
from ..reports.figures import sparkline
from ..store import RecordFilter, Store
from .common import db_option, describe_validation_error, open_store

BAND_NAMES = tuple(b.value for b in Band)
BAND_STYLES = {
    "inadequate": "red",
    "requires_improvement": "yellow",
    "good": "green",
    "outstanding": "bright_cyan",
}


# --- shared options -------------------------------------------------------------------------


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.ClickException(
            f"{param.opts[0]}: {value!r} is not a date (use YYYY-MM-DD)"
        ) from None


def _filter_options(f):
    f = click.option("--supervisor", help="Only this supervisor's records.")(f)
    f = click.option("--team", help="Only this team's records.")(f)
    f = click.option("--to", "date_to", callback=_parse_date, metavar="DATE",
                     help="Only records dated on or before DATE (YYYY-MM-DD).")(f)
    f = click.option("--from", "date_from", callback=_parse_date, metavar="DATE",
                     help="Only records dated on or after DATE (YYYY-MM-DD).")(f)
    return f


def _existing_store(db: Path | None) -> Store:
    if db is not None and not db.exists():
        raise click.ClickException(f"no database at {db}")
    return open_store(db, create=False)


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _progress(total: int, label: str):
    """A rich progress bar on a terminal; None when stderr is piped (quiet)."""
    if not sys.stderr.isatty() or total <= 0:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=_console(stderr=True), transient=True)
    bar.add_task(label, total=total)
    bar.start()
    return bar


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


# --- report -----------------------------------------------------------------------------------




ARROWS = {"up": "[green]↑[/]", "down": "[red]↓[/]", "flat": "[dim]→[/]"}


def _band_bar(bands: dict[str, int], width: int = 20):
    from rich.text import Text

    total = sum(bands.values())
    text = Text()
    if not total:
        return text
    used = 0
    cumulative = 0
    for b in BAND_NAMES:
        cumulative += bands.get(b, 0)
        end = round(cumulative / total * width)
        text.append("█" * (end - used), style=BAND_STYLES[b])
        used = end
    return text


def _table(title: str):
    from rich import box
    from rich.table import Table

    return Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                 padding=(0, 1, 0, 0), pad_edge=False, min_width=len(title) + 1)


TREND_MONTHS = 8
BAND_SHORT = {"inadequate": "Inad.", "requires_improvement": "RI", "good": "Good", "outstanding": "Outst."}


def _band_table(title: str, figs, key_label: str, *, with_team: bool = False, month: bool = False):
    """Band shares as percentages and a bar; counts are in --format json/csv."""
    table = _table(title)
    table.add_column(key_label, no_wrap=True)
    if with_team:
        table.add_column("Team", no_wrap=True)
    table.add_column("Notes", justify="right", no_wrap=True)
    if not with_team:  # the supervisor table is wide enough without the bar
        table.add_column("Bands", no_wrap=True)
    for b in BAND_NAMES:
        table.add_column(f"[{BAND_STYLES[b]}]{BAND_SHORT[b]}[/]", justify="right", no_wrap=True)
    table.add_column("Mean", justify="right", no_wrap=True)
    table.add_column("Brief", justify="right", no_wrap=True)
    table.add_column("Change" if month else "Trend", no_wrap=True)
    for f in figs:
        cells = [f.key] + ([f.team] if with_team else []) + [f"{f.discussions:,}"]
        if not with_team:
            cells.append(_band_bar(f.bands, 8))
        cells += [f"{100 * f.bands[b] / f.discussions:.0f}%" if f.discussions else "" for b in BAND_NAMES]
        if month:
            trend = "" if f.change is None else f"{ARROWS[f.direction]} {f.change:+.1f}"
        else:
            trend = f"{sparkline(f.trend[-TREND_MONTHS:])} {ARROWS[f.direction]}"
        table.add_row(*cells, f"{f.mean_score:.1f}", f"{f.brief_descriptive_pct:.0f}%", trend)
    return table


def print_report(report, show: int) -> None:
    console = _console()
    flt = ", ".join(f"{k} {v}" for k, v in report.filters.items() if v) or "all records"
    cov = report.coverage
    console.print(f"[bold]Supervision quality report[/] · {report.today.isoformat()} · {flt}")
    console.print(
        f"{cov['records']:,} records, {cov['discussions']:,} case discussions, {cov['scored']:,} scored"
        + (f" ({cov['stale']:,} changed since scored)" if cov["stale"] else "")
    )
    if cov["discussions"] and cov["scored"] < cov["discussions"]:
        console.print("[yellow]Some discussions are not scored: run `supervision-tui score` first.[/]")
    console.print()
    if report.by_team:
        console.print(_band_table("Quality by team", report.by_team, "Team"))
        console.print(_band_table("Quality by supervisor", report.by_supervisor, "Supervisor", with_team=True))
        console.print(_band_table("Quality by month", report.by_month, "Month", month=True))
        console.print(sparkline([f.mean_score for f in report.by_month]) + "  mean score by month")
        console.print()

        t = _table("Criteria most often missing")
        t.add_column("Team")
        t.add_column("Notes", justify="right")
        for i in range(1, 4):
            t.add_column(f"Missing #{i}")
        for c in report.criteria_missing:
            top = [f"{m.criterion} {m.pct:.0f}%" for m in c.missing[:3] if m.missing]
            t.add_row(c.team, f"{c.discussions:,}", *top, *[""] * (3 - len(top)))
        console.print(t)

    t = _table("Supervision frequency by experience level")
    t.add_column("Experience level")
    t.add_column("Supervisees", justify="right")
    t.add_column("Overdue", justify="right")
    for lv in report.overdue_by_level:
        t.add_row(lv.experience_level, str(lv.supervisees), str(lv.overdue))
    console.print(t)
    late = [o for o in report.overdue if o.overdue]
    if late:
        t = _table(f"Overdue supervision ({len(late)} supervisees)")
        for col in ("Supervisee", "Level", "Rule", "Last", "Due", "Days overdue", "Team", "Supervisor"):
            t.add_column(col, justify="right" if col == "Days overdue" else "left")
        for o in late[:show]:
            t.add_row(o.supervisee, o.experience_level, o.rule, o.last_supervision.isoformat(),
                      o.due.isoformat(), str(o.days_overdue), o.team, o.supervisor)
        console.print(t)

    t = _table(f"Children not discussed for more than {report.not_discussed_weeks} weeks: "
               f"{report.not_discussed_total:,}")
    for col in ("Case ref", "Child", "Plan", "Last discussed", "Weeks", "Team", "Supervisee"):
        t.add_column(col)
    for c in report.not_discussed[:show]:
        t.add_row(c.case_ref, c.child_initials, c.plan_type, c.last_discussed.isoformat(),
                  str(c.weeks_since), c.team, c.supervisee)
    console.print(t)

    if report.history is not None:
        counts = report.history_counts
        t = _table("Copied forward and never reviewed: "
                   + ", ".join(f"{k.replace('_', ' ')} {n:,}" for k, n in counts.items()))
        for col in ("Date", "Case ref", "Team", "Supervisor", "Finding"):
            t.add_column(col)
        for h in report.history[:show]:
            t.add_row(h.date.isoformat(), h.case_ref, h.team, h.supervisor, h.message)
        console.print(t)

    t = _table(f"Records left unsigned: {report.unsigned_total:,}")
    for col in ("Team", "Drafts (supervisor)", "Awaiting supervisee", "Oldest"):
        t.add_column(col)
    for u in report.unsigned_by_team:
        t.add_row(u.team, f"{u.drafts:,}", f"{u.awaiting_supervisee:,}", u.oldest.isoformat() if u.oldest else "")
    console.print(t)
    if report.unsigned:
        t = _table("Oldest unsigned records")
        for col in ("Date", "Days", "Status", "Team", "Supervisor", "Supervisee", "Record"):
            t.add_column(col)
        for u in report.unsigned[:show]:
            t.add_row(u.date.isoformat(), str(u.days_unsigned), u.status, u.team, u.supervisor,
                      u.supervisee, u.id[:8])
        console.print(t)


@click.command()
@db_option
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--not-discussed-weeks", type=click.IntRange(min=1), default=8, show_default=True,
              help="Flag children not discussed in supervision for longer than this.")
@click.option("--today", callback=_parse_date, metavar="DATE",
              help="Measure overdue supervision and undiscussed children from DATE (default: today).")
@click.option("--nq-weekly-weeks", type=click.IntRange(min=0), default=6, show_default=True,
              help="Newly qualified workers are supervised weekly for this many weeks in post...")
@click.option("--nq-fortnightly-months", type=click.IntRange(min=0), default=6, show_default=True,
              help="...then fortnightly until this many months in post.")
@click.option("--monthly-days", type=click.IntRange(min=1), default=31, show_default=True,
              help="Everyone else: at least one supervision within this many days.")
@click.option("--weekly-days", type=click.IntRange(min=1), default=7, show_default=True,
              help="The interval of the weekly rule, in days.")
@click.option("--fortnightly-days", type=click.IntRange(min=1), default=14, show_default=True,
              help="The interval of the fortnightly rule, in days.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="Longest lists (children, findings, unsigned records) show this many (0: all).")
@click.option("--no-history", is_flag=True, help="Skip the copied-forward and unreviewed-action checks.")
def report(db, date_from, date_to, team, supervisor, fmt, not_discussed_weeks, today, nq_weekly_weeks,
           nq_fortnightly_months, monthly_days, weekly_days, fortnightly_days, limit, no_history) -> None:
    """Quality by team, supervisor and month; missing criteria; overdue supervision;
    children not discussed; copied-forward notes and unreviewed actions; unsigned records."""
    from ..reports import OverduePolicy, ReportOptions, build_report
    from ..reports.figures import CSV_COLUMNS, csv_rows

    options = ReportOptions(
        filt=RecordFilter(date_from=date_from, date_to=date_to, team=team, supervisor=supervisor),
        today=today,
        not_discussed_weeks=not_discussed_weeks,
        policy=OverduePolicy(nq_weekly_weeks=nq_weekly_weeks, nq_fortnightly_months=nq_fortnightly_months,
                             weekly_days=weekly_days, fortnightly_days=fortnightly_days,
                             monthly_days=monthly_days),
        limit=limit or None,
        include_history=not no_history,
    )
    store = _existing_store(db)
    try:
        rep = build_report(store, options)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(rep.to_dict(), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_rows(rep))
        click.echo(buf.getvalue(), nl=False)
    else:
        print_report(rep, show=limit or 10**9)


# --- sample -------------------------------------------------------------------------------------


@click.command()
@db_option
@click.option("--size", "n", type=click.IntRange(min=1), required=True, help="How many records to sample.")
@click.option("--seed", type=int, required=True, help="The same seed gives the same sample.")
@_filter_options
@click.option("--status", type=click.Choice(["draft", "completed", "agreed"]), default=None,
              help="Only records with this status.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Write the sample here: .csv, .json or .jsonl.")
def sample(db, n, seed, date_from, date_to, team, supervisor, status, out: Path) -> None:
    """Draw a reproducible audit sample of records, stratified by team and band.

    Proportional to each stratum's size, at least one from every stratum when
    the size allows. One row per record with empty columns for the auditor's
    judgement and comment. The sample, its seed and selection go to the audit log.
    """
    from ..reports.sample import SAMPLE_COLUMNS, draw_sample

    ext = out.suffix.lower()
    if ext not in (".csv", ".json", ".jsonl"):
        raise click.ClickException(f"--out {out}: use a .csv, .json or .jsonl file name")
    if not out.parent.exists():
        raise click.ClickException(f"--out {out}: no such directory {out.parent}")
    filt = RecordFilter(date_from=date_from, date_to=date_to, team=team, supervisor=supervisor, status=status)
    store = _existing_store(db)
    try:
        s = draw_sample(store, n, seed, filt)
        if not s.rows:
            raise click.ClickException("no records match: nothing to sample")
        filters = {"from": date_from and date_from.isoformat(), "to": date_to and date_to.isoformat(),
                   "team": team, "supervisor": supervisor, "status": status}
        strata = [{"team": st.team, "band": st.band, "records": st.size, "sampled": st.take} for st in s.strata]
        if ext == ".csv":
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=SAMPLE_COLUMNS, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(s.rows)
            data = buf.getvalue()
        elif ext == ".jsonl":
            data = "".join(json.dumps({c: r[c] for c in SAMPLE_COLUMNS}) + "\n" for r in s.rows)
        else:
            data = json.dumps({"seed": seed, "size": s.size, "filters": filters, "strata": strata,
                               "records": [{c: r[c] for c in SAMPLE_COLUMNS} for r in s.rows]}, indent=1) + "\n"
        try:
            out.write_text(data, encoding="utf-8")
        except OSError as e:
            raise click.ClickException(f"cannot write {out}: {e.strerror}") from None
        store.log("sample", None, {
            "seed": seed, "size_requested": n, "size": s.size, "filters": filters, "strata": strata,
            "record_ids": s.record_ids, "out": str(out),
            "sha256": hashlib.sha256(data.encode("utf-8")).hexdigest(),
        })
    finally:
        store.close()
    from rich.table import Table

    t = Table(title=f"Audit sample: {s.size} records, seed {seed} -> {out}", title_justify="left")
    for col in ("Team", "Band", "Records", "Sampled"):
        t.add_column(col, justify="right" if col in ("Records", "Sampled") else "left")
    for st in s.strata:
        t.add_row(st.team, st.band, f"{st.size:,}", str(st.take))
    _console().print(t)


COMMANDS = [score, report, sample]
