"""What the quality leads' commands (score, report, sample) share: options, console, progress."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from ..models import Band
from ..store import Store
from .common import open_store

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


def _existing_store(db: Path | None, *, read_only: bool = False) -> Store:
    if db is not None and not db.exists():
        raise click.ClickException(f"no database at {db}")
    return open_store(db, create=False, read_only=read_only)


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


