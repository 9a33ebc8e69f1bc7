"""`report`: the quality lead's figures, parsing and printing only."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import click

from ..reports.figures import SMALL_N, TREND_MONTHS, sparkline
from ..store import RecordFilter
from .common import db_option, esc
from .lead_common import BAND_NAMES, BAND_STYLES
from .lead_common import _existing_store, _filter_options, _parse_date

ARROWS = {"up": "[green]↑[/]", "down": "[red]↓[/]", "flat": "[dim]→[/]", "none": ""}
FILE_WIDTH = 160  # `report > file.txt`: wide enough that names and tables are never cut
BAND_SHORT = {"inadequate": "Inad.", "requires_improvement": "RI", "good": "Good", "outstanding": "Outst."}


def _console():
    """A terminal's own width; a file or pipe gets FILE_WIDTH columns (or $COLUMNS) and no colour."""
    from rich.console import Console

    if sys.stdout.isatty():
        return Console(highlight=False)
    width = int(os.environ.get("COLUMNS") or FILE_WIDTH)
    return Console(highlight=False, width=max(width, 80), no_color=True, force_terminal=False)


def _band_bar(bands: dict[str, int], width: int = 8):
    from rich.text import Text

    total = sum(bands.values())
    text = Text()
    if not total:
        return text
    used = cumulative = 0
    for b in BAND_NAMES:
        cumulative += bands.get(b, 0)
        end = round(cumulative / total * width)
        text.append("█" * (end - used), style=BAND_STYLES[b])
        used = end
    return text


class _PlainTable:
    """A table as plain text, for a file or a pipe: aligned columns, no colour, no box (rich lays
    out a 100,000-record report's thousands of rows in 15 s; this takes well under one)."""

    def __init__(self, title: str, caption: str | None = None):
        self.title, self.caption = title, caption
        self.columns: list[str] = []
        self.right: list[bool] = []
        self.rows: list[list[str]] = []

    def add_column(self, header: str, justify: str = "left", **_) -> None:
        from rich.text import Text

        self.columns.append(Text.from_markup(header).plain)  # our own headers carry colour markup
        self.right.append(justify == "right")

    def add_row(self, *cells) -> None:
        # record text is shown as it is; a styled cell (rich Text) gives its plain text
        self.rows.append([getattr(c, "plain", c) if not isinstance(c, str) else c for c in cells])

    def __str__(self) -> str:
        from rich.cells import cell_len

        from ..safe_text import strip_controls

        rows = [[strip_controls(c).replace("\n", " ") for c in r] for r in self.rows]
        widths = [max([cell_len(h)] + [cell_len(r[i]) for r in rows]) for i, h in enumerate(self.columns)]

        def line(cells) -> str:
            out = []
            for cell, width, right in zip(cells, widths, self.right):
                pad = " " * (width - cell_len(cell))
                out.append(pad + cell if right else cell + pad)
            return " " + "  ".join(out).rstrip()

        lines = [self.title, "", line(self.columns), " " + "─" * (sum(widths) + 2 * (len(widths) - 1))]
        lines += [line(r) for r in rows]
        if self.caption:
            lines.append(self.caption)
        return "\n".join(lines) + "\n"


def _table(title: str, caption: str | None = None):
    from rich import box

    if not sys.stdout.isatty():
        return _PlainTable(title, caption)

    from .common import safe_table  # cells are record text: never markup

    return safe_table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                 caption=caption, caption_justify="left", padding=(0, 1, 0, 0), pad_edge=False,
                 min_width=len(title) + 1)


def _change(f) -> str:
    if f.change is None:
        return ""
    return f"{ARROWS[f.direction]} {f.change:+.1f}{'*' if f.change_small_n else ''}"


def _shown(report, name: str) -> str:
    """'' when a list is whole, else ' (showing 50 of 2,101: --limit 0 shows all)'."""
    part = report.lists[name]
    return f" (showing {part['shown']:,} of {part['total']:,}: --limit 0 shows all)" if part["cut"] else ""


def _band_table(title: str, figs, key_label: str, *, with_team=False, month=False, bars=True):
    """Band shares as percentages (a colour bar on a terminal); counts are in JSON and CSV."""
    table = _table(title)
    table.add_column(key_label, no_wrap=True)
    if with_team:
        table.add_column("Team", no_wrap=True)
    table.add_column("Notes", justify="right", no_wrap=True)
    if bars and not with_team:
        table.add_column("Bands", no_wrap=True)
    for b in BAND_NAMES:
        table.add_column(f"[{BAND_STYLES[b]}]{BAND_SHORT[b]}[/]", justify="right", no_wrap=True)
    table.add_column("Mean", justify="right", no_wrap=True)
    table.add_column("Brief", justify="right", no_wrap=True)
    if not month:
        table.add_column(f"Trend {TREND_MONTHS} mo", no_wrap=True)
    table.add_column("Change", no_wrap=True)
    for f in figs:
        key = f.key if f.complete else f"{f.key} (to date)"
        cells = [key] + ([f.team] if with_team else []) + [f"{f.discussions:,}{'*' if month and f.discussions < SMALL_N else ''}"]
        if bars and not with_team:
            cells.append(_band_bar(f.bands))
        cells += [f"{100 * f.bands[b] / f.discussions:.0f}%" if f.discussions else "" for b in BAND_NAMES]
        cells += [f"{f.mean_score:.1f}", f"{f.brief_descriptive_pct:.0f}%"]
        if not month:
            cells.append(sparkline([p.mean for p in f.trend]))
        from rich.text import Text

        cells.append(Text.from_markup(_change(f)))
        table.add_row(*cells)
    return table


def print_report(report, show: int) -> None:
    from ..reports.figures import CRITERION_LABELS, HISTORY_LABELS, LEVEL_LABELS, PLAN_LABELS
    from ..reports.selection import describe
    from ..store import RecordFilter as F

    console = _console()
    terminal = sys.stdout.isatty()

    def emit(table) -> None:
        if isinstance(table, _PlainTable):
            sys.stdout.flush()
            click.echo(str(table))
        else:
            console.print(table)

    fl = report.filters
    flt = describe(F(date_from=fl["from"] and __import__("datetime").date.fromisoformat(fl["from"]),
                     date_to=fl["to"] and __import__("datetime").date.fromisoformat(fl["to"]),
                     team=fl["team"], supervisor=fl["supervisor"], status=fl.get("status")))
    cov = report.coverage
    console.print(f"[bold]Supervision quality report[/] · {report.today.isoformat()} · {esc(flt)}")
    console.print(
        f"{cov['records']:,} records, {cov['discussions']:,} case discussions, {cov['scored']:,} scored"
        + (f" ({cov['stale']:,} changed since scored)" if cov["stale"] else "")
    )
    if report.quality_statuses == "signed":
        console.print(f"Quality figures count signed records only: {report.drafts_left_out:,} case discussions "
                      "in drafts left out (--status draft shows them).")
    elif report.quality_statuses != "all":
        console.print(f"Quality figures count {report.quality_statuses} records only.")
    if cov["discussions"] and cov["scored"] < cov["discussions"]:
        console.print("[yellow]Some discussions are not scored: run `supervision-tui score` first.[/]")
    console.print(f"Trends: the last {TREND_MONTHS} complete months; Change compares the last complete month "
                  f"with the one before; * a month of fewer than {SMALL_N} notes (read with care).")
    console.print()
    if report.by_team:
        emit(_band_table("Quality by team", report.by_team, "Team", bars=terminal))
        emit(_band_table("Quality by supervisor", report.by_supervisor, "Supervisor", with_team=True))
        emit(_band_table("Quality by month", report.by_month, "Month", month=True, bars=terminal))
        if report.trend:
            console.print(f"{sparkline([p.mean for p in report.trend])}  mean score by month: "
                          + ", ".join(f"{p.month} {p.mean:.1f} (n {p.n:,}{'*' if p.small else ''})"
                                      for p in report.trend))
        console.print()

        t = _table("Criteria most often missing")
        t.add_column("Team")
        t.add_column("Notes", justify="right")
        for i in range(1, 4):
            t.add_column(f"Missing #{i}")
        for c in report.criteria_missing:
            top = [f"{CRITERION_LABELS[m.criterion]} {m.pct:.0f}%" for m in c.missing[:3] if m.missing]
            t.add_row(c.team, f"{c.discussions:,}", *top, *[""] * (3 - len(top)))
        emit(t)

    if report.on_time:
        months = sorted({o.month for o in report.on_time})
        t = _table("Supervised on time at each month's end (% of supervisees, n)")
        t.add_column("Team", no_wrap=True)
        for m in months:
            t.add_column(m, justify="right", no_wrap=True)
        cells: dict[str, dict[str, str]] = {}
        for o in report.on_time:
            cells.setdefault(o.team, {})[o.month] = f"{o.pct:.0f}% ({o.supervisees})"
        for team, row in cells.items():
            t.add_row(team, *[row.get(m, "") for m in months])
        emit(t)

    t = _table("Supervision frequency by experience level")
    t.add_column("Experience level")
    t.add_column("Supervisees", justify="right")
    t.add_column("Overdue", justify="right")
    for lv in report.overdue_by_level:
        t.add_row(LEVEL_LABELS.get(lv.experience_level, lv.experience_level), str(lv.supervisees), str(lv.overdue))
    emit(t)
    if report.overdue:
        t = _table(f"Overdue supervision: {report.overdue_total:,} of {report.supervisees_total:,} supervisees"
                   + _shown(report, "overdue"))
        for col in ("Supervisee", "Level", "Rule", "Last", "Due", "Days overdue", "Team", "Supervisor"):
            t.add_column(col, justify="right" if col == "Days overdue" else "left")
        for o in report.overdue[:show]:
            t.add_row(o.supervisee, LEVEL_LABELS.get(o.experience_level, o.experience_level), o.rule,
                      o.last_supervision.isoformat() if o.last_supervision else "none signed",
                      o.due.isoformat(), str(o.days_overdue), o.team, o.supervisor)
        emit(t)

    t = _table(f"Children not discussed for more than {report.not_discussed_weeks} weeks: "
               f"{report.not_discussed_total:,}" + _shown(report, "not_discussed"),
               caption=f"A child's last discussion anywhere (any team) up to {report.not_discussed_as_of.isoformat()}"
                       + (f"; {report.not_discussed_closed:,} more whose last discussion closed the case."
                          if report.not_discussed_closed else "."))
    for col in ("Case ref", "Child", "Plan", "Last discussed", "Weeks", "Team", "Supervisee"):
        t.add_column(col)
    for c in report.not_discussed[:show]:
        t.add_row(c.case_ref, c.child_initials, PLAN_LABELS.get(c.plan_type, c.plan_type),
                  c.last_discussed.isoformat(), str(c.weeks_since), c.team, c.supervisee)
    emit(t)

    if report.history is not None:
        counts = report.history_counts
        t = _table("Copied forward and never reviewed: "
                   + ", ".join(f"{HISTORY_LABELS.get(k, k).lower()} {n:,}" for k, n in counts.items())
                   + _shown(report, "history"))
        for col in ("Date", "Case ref", "Team", "Supervisor", "Finding"):
            t.add_column(col)
        for h in report.history[:show]:
            t.add_row(h.date.isoformat(), h.case_ref, h.team, h.supervisor, h.message)
        emit(t)

    t = _table(f"Records left unsigned: {report.unsigned_total:,}")
    for col in ("Team", "Drafts (supervisor)", "Awaiting supervisee", "Oldest"):
        t.add_column(col)
    for u in report.unsigned_by_team:
        t.add_row(u.team, f"{u.drafts:,}", f"{u.awaiting_supervisee:,}", u.oldest.isoformat() if u.oldest else "")
    emit(t)
    if report.unsigned:
        t = _table("Oldest unsigned records" + _shown(report, "unsigned"))
        for col in ("Date", "Days", "Status", "Team", "Supervisor", "Supervisee", "Record"):
            t.add_column(col)
        for u in report.unsigned[:show]:
            t.add_row(u.date.isoformat(), str(u.days_unsigned), u.status, u.team, u.supervisor,
                      u.supervisee, u.id[:8])
        emit(t)


def _csv_text(columns, rows) -> str:
    from ..safe_text import neutralise_formula

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    w.writerows([[neutralise_formula(v) for v in r] for r in rows])
    return "\ufeff" + buf.getvalue()  # a BOM, so a spreadsheet reads UTF-8 ("Siân", not "SiÃ¢n")


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only (DESIGN.md section 4)."""
    from ..outputs import create_private

    with create_private(path, exclusive=False) as fh:
        fh.write(data)


def _write_xlsx(path: Path, tables: dict) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    for name, (columns, rows) in tables.items():
        sheet = book.add_worksheet(name[:31])
        sheet.write_row(0, 0, columns, bold)
        for i, r in enumerate(rows, start=1):
            sheet.write_row(i, 0, r)
        sheet.freeze_panes(1, 0)
        sheet.set_column(0, len(columns) - 1, 14)
    book.close()


@click.command()
@db_option
@_filter_options
@click.option("--status", type=click.Choice(["signed", "draft", "completed", "agreed", "all"]), default=None,
              help="Only records with this status. Without it the quality figures (bands, means, criteria, "
                   "trends) count signed records only (completed and agreed) and every other figure counts all; "
                   "'all' counts drafts in the quality figures too.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "xlsx"]), default="table",
              show_default=True,
              help="csv: one table per figure, written as FILE.csv files into --out DIR (or one --figure to "
                   "stdout); xlsx: one sheet per figure in --out FILE.xlsx.")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="csv: a folder for one CSV per figure; xlsx: the workbook to write.")
@click.option("--figure", default=None, metavar="NAME",
              help="csv to stdout: only this figure's table (e.g. quality_by_team).")
@click.option("--not-discussed-weeks", type=click.IntRange(min=1), default=8, show_default=True,
              help="Flag children not discussed in supervision for longer than this.")
@click.option("--today", callback=_parse_date, metavar="DATE",
              help="Measure overdue supervision and undiscussed children from DATE (default: today; "
                   "children of a past period are measured at its end).")
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
              help="The four lists (overdue supervisees, children not discussed, copied-forward findings, "
                   "oldest unsigned records) keep this many rows in every format, each saying 'N of TOTAL' "
                   "when cut; totals and per-team counts are never cut (0: keep all).")
@click.option("--no-history", is_flag=True, help="Skip the copied-forward and unreviewed-action checks.")
@click.option("--agreement", is_flag=True,
              help="Instead: the checker's agreement with the auditors (bands, criteria, by auditor, "
                   "moderation, disagreements).")
def report(db, date_from, date_to, team, supervisor, status, fmt, out, figure, not_discussed_weeks, today,
           nq_weekly_weeks, nq_fortnightly_months, monthly_days, weekly_days, fortnightly_days, limit,
           no_history, agreement) -> None:
    """Quality by team, supervisor and month; missing criteria; supervision on time and overdue;
    children not discussed; copied-forward notes and unreviewed actions; unsigned records.
    With --agreement, the checker's agreement with the council's auditors."""
    if agreement:
        from .agreement_view import agreement_report

        return agreement_report(db, RecordFilter(date_from=date_from, date_to=date_to, team=team,
                                                 supervisor=supervisor), fmt)
    from dataclasses import replace

    from ..reports import OverduePolicy, ReportOptions, build_report
    from ..reports.figures import tables
    from ..reports.selection import NothingMatches, resolve_filter

    if fmt == "xlsx" and (out is None or out.suffix.lower() != ".xlsx"):
        raise click.ClickException("--format xlsx needs --out FILE.xlsx")
    if fmt == "csv" and out is None and figure is None:
        raise click.ClickException("--format csv needs --out DIR (one CSV per figure) or --figure NAME (to stdout)")
    if fmt == "csv" and out is not None and out.exists() and not out.is_dir():
        raise click.ClickException(f"--out {out}: not a folder (the CSV report is one file per figure)")
    options = ReportOptions(
        filt=RecordFilter(date_from=date_from, date_to=date_to, team=team, supervisor=supervisor,
                          status=None if status in (None, "signed", "all") else status),
        today=today,
        not_discussed_weeks=not_discussed_weeks,
        policy=OverduePolicy(nq_weekly_weeks=nq_weekly_weeks, nq_fortnightly_months=nq_fortnightly_months,
                             weekly_days=weekly_days, fortnightly_days=fortnightly_days,
                             monthly_days=monthly_days),
        limit=limit or None,
        include_history=not no_history,
        include_drafts=status == "all",
    )
    store = _existing_store(db, read_only=True)
    try:
        try:
            options = replace(options, filt=resolve_filter(store, options.filt))
        except NothingMatches as e:
            raise click.ClickException(str(e)) from None
        rep = build_report(store, options)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(rep.to_dict(), ensure_ascii=False, indent=1))
    elif fmt in ("csv", "xlsx"):
        figures = tables(rep)
        if figure is not None and figure not in figures:
            raise click.ClickException(f"--figure {figure!r}: one of {', '.join(figures)}")
        if fmt == "csv" and out is None:
            click.echo(_csv_text(*figures[figure]), nl=False)
            return
        chosen = {figure: figures[figure]} if figure else figures
        from ..outputs import OutputError, PrivateFile, check_output

        try:
            if fmt == "xlsx":
                with PrivateFile(check_output(out, db, what="report")) as tmp:
                    _write_xlsx(tmp, chosen)
            else:
                out.mkdir(parents=True, exist_ok=True)
                for name, (columns, rows) in chosen.items():
                    path = check_output(out / f"{name}.csv", db, what="report")
                    _write_private(path, _csv_text(columns, rows).encode("utf-8"))
        except OutputError as e:
            raise click.ClickException(str(e)) from None
        except OSError as e:
            raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from None
        click.echo(f"Wrote {len(chosen)} {'sheets' if fmt == 'xlsx' else 'CSV files'} to {out}", err=True)
    else:
        print_report(rep, show=limit or 10**9)


COMMANDS = [report]
