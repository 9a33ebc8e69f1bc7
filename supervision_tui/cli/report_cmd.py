"""`report`: the quality lead's figures, parsing and printing only."""

from __future__ import annotations

import csv
import io
import json

import click

from ..reports.figures import sparkline
from ..store import RecordFilter
from .common import db_option
from .lead_common import BAND_NAMES, BAND_STYLES
from .lead_common import _console, _existing_store, _filter_options, _parse_date

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
               f"{report.not_discussed_total:,} (last discussion anywhere, as at "
               f"{report.not_discussed_as_of.isoformat()})")
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
@click.option("--agreement", is_flag=True,
              help="Instead: the checker's agreement with the auditors (bands, criteria, by auditor, "
                   "moderation, disagreements).")
def report(db, date_from, date_to, team, supervisor, fmt, not_discussed_weeks, today, nq_weekly_weeks,
           nq_fortnightly_months, monthly_days, weekly_days, fortnightly_days, limit, no_history,
           agreement) -> None:
    """Quality by team, supervisor and month; missing criteria; overdue supervision;
    children not discussed; copied-forward notes and unreviewed actions; unsigned records.
    With --agreement, the checker's agreement with the council's auditors."""
    if agreement:
        from .agreement_view import agreement_report

        return agreement_report(db, RecordFilter(date_from=date_from, date_to=date_to, team=team,
                                                 supervisor=supervisor), fmt)
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
    from dataclasses import replace

    from ..reports.selection import NothingMatches, resolve_filter

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
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        from ..safe_text import neutralise_formula

        writer.writerows({k: neutralise_formula(v) for k, v in r.items()} for r in csv_rows(rep))
        click.echo(buf.getvalue(), nl=False)
    else:
        print_report(rep, show=limit or 10**9)



COMMANDS = [report]
