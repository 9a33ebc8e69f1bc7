"""`score`: the store or a file, parsing and printing only (the pipeline is supervision_tui.batch)."""

from __future__ import annotations

import json
import signal
from contextlib import contextmanager
from pathlib import Path

import click

from ..models import BAND_LABELS, Band
from .common import check_output_path, db_option, esc, safe_table
from .lead_common import BAND_NAMES, BAND_STYLES
from .lead_common import _console, _existing_store, _progress


def _print_summary(summary: dict, title: str, err: bool = False) -> None:
    from rich.table import Table

    console = _console(stderr=err)
    n = summary["scored"]
    console.print(f"[bold]{esc(title)}[/]")
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


class _Bar:
    """The core reports (done, total); a rich bar on a terminal shows it, row by row."""

    def __init__(self) -> None:
        self.bar = None
        self.started = False

    def __call__(self, done: int, total: int) -> None:
        if not self.started:
            self.started = True
            self.bar = _progress(total, "Scoring")
        if self.bar:
            self.bar.update(self.bar.task_ids[0], completed=done)

    def stop(self) -> None:
        if self.bar:
            self.bar.stop()


@contextmanager
def _run():
    """The progress bar, and a kill (SIGTERM) handled like Ctrl-C: the run stops between
    chunks, keeping what it stored."""

    def on_term(signum, frame):
        raise KeyboardInterrupt

    bar = _Bar()
    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield bar
    finally:
        signal.signal(signal.SIGTERM, previous)
        bar.stop()


def _print_rows(objs: list[dict], total: int) -> None:
    table = safe_table(title=f"First {len(objs)} of {total} rows" if total > len(objs) else None)
    for col in ("Row", "Id", "Score", "Band", "Brief/descriptive"):
        table.add_column(col)
    for o in objs:
        brief = o.get("brief_descriptive")
        table.add_row(str(o["row"]), str(o.get("id", "")), str(o.get("score", "")),
                      BAND_LABELS[Band(o["band"])] if o.get("band") else "",
                      "" if brief is None else ("yes" if brief else "no"))
    _console().print(table)


def _score_input(input_path: Path, text_column: str, output: Path | None, as_json: bool,
                 jobs: int | None, db: Path | None) -> None:
    from ..batch import InputError, OutputError, ScoringInterrupted, score_file
    from ..store import default_db_path

    shown: list[dict] = []

    def on_row(line: str) -> None:
        if as_json:
            click.echo(line)
        elif not output and len(shown) < 20:
            shown.append(json.loads(line))

    try:
        with _run() as bar:
            summary = score_file(input_path, text_column, output, jobs=jobs, progress=bar, on_row=on_row,
                                 database=db or default_db_path(), check_first=as_json)
    except (InputError, OutputError) as e:
        raise click.ClickException(str(e)) from None
    except KeyboardInterrupt:
        _console(stderr=True).print("Interrupted: nothing written.")
        raise SystemExit(130) from None
    except ScoringInterrupted as e:
        raise click.ClickException(f"{e.reason}: nothing written") from None
    if shown:
        _print_rows(shown, summary["rows"])
    _print_summary(summary, f"Scored {summary['rows']:,} rows from {input_path.name}", err=True)


@click.command()
@db_option
@click.option("--rescore", is_flag=True, help="Score every discussion again (e.g. after a rubric change); "
              "after an interrupted rescore, carries on where it stopped.")
@click.option("--input", "input_path", type=click.Path(path_type=Path), default=None,
              help="Score a CSV or JSON Lines file instead of the database (nothing is stored).")
@click.option("--text-column", default="text", show_default=True,
              help="The column (CSV) or field (JSON) holding each row's free text.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write one JSON object per scored item to this JSON Lines file.")
@click.option("--json", "as_json", is_flag=True,
              help="With --input: one JSON object per row on stdout. Otherwise: the summary as JSON.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes (default: every core this process may use; 1 scores in this "
                   "process). The output is the same whatever N.")
def score(db: Path | None, rescore: bool, input_path: Path | None, text_column: str,
          output: Path | None, as_json: bool, jobs: int | None) -> None:
    """Score case discussions against the quality criteria, with a summary at the end.

    Over the database: only discussions whose record changed since they were last
    scored, or scored by another rubric version (all of them with --rescore); the
    scores are stored with the rubric version, in chunks each logged in the audit log,
    so an interrupted run keeps what it stored and a second run carries on.

    With --input FILE (CSV, or JSON Lines of free text, records or case discussions):
    one output object per input row, in the input's order, carrying the row's id.
    """
    from ..batch import OutputError, ScoringInterrupted, score_store

    if output is not None:
        check_output_path(output, db, "scores")
    if input_path is not None:
        if rescore:
            raise click.ClickException("--rescore is for the database, not --input")
        _score_input(input_path, text_column, output, as_json, jobs, db)
        return
    store = _existing_store(db)
    try:
        with _run() as bar:
            summary = score_store(store, rescore, output, jobs=jobs, progress=bar)
    except OutputError as e:
        raise click.ClickException(str(e)) from None
    except ScoringInterrupted as e:
        n = e.summary["scored"]
        said = (f"{n:,} discussions scored and stored" + (" (and logged)" if n else "")
                + "; run score again to carry on" + ("" if not output else ", the output file was not written"))
        if e.reason != "interrupted":
            raise click.ClickException(f"{e.reason}: {said}") from None
        _console(stderr=True).print(f"Interrupted: {said}.")
        raise SystemExit(130) from None
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
