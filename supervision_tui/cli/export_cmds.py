"""The audit export command: export --format jsonl|csv|html|xlsx --out PATH [filters]."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import click

from .common import check_output_path, db_option, open_store

_FORMATS = ("jsonl", "csv", "html", "xlsx")
_BANDS = ("inadequate", "requires_improvement", "good", "outstanding")
_STATUSES = ("draft", "completed", "agreed")
ENV_KEY = "SUPERVISION_TUI_PSEUDONYM_KEY"


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.ClickException(f"invalid date in {option}: {value!r} (expected YYYY-MM-DD)") from None


def _one_of(value: str, allowed: tuple[str, ...], option: str) -> str:
    v = value.strip().lower().replace("-", "_").replace(" ", "_")
    if v not in allowed:
        raise click.ClickException(f"unknown {option} {value!r}: one of {', '.join(allowed)}")
    return v


@click.command()
@db_option
@click.option("--format", "fmt", required=True, metavar="FORMAT", help=f"One of {', '.join(_FORMATS)}.")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="The export file to write.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Records on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Records on or before this date.")
@click.option("--team", help="Only this team.")
@click.option("--supervisor", help="Only this supervisor.")
@click.option("--supervisee", help="Only this supervisee.")
@click.option("--band", "bands", multiple=True, metavar="BAND",
              help=f"Only records whose weakest case discussion is in this band (repeatable): {', '.join(_BANDS)}.")
@click.option("--status", metavar="STATUS", help=f"Only records with this status: {', '.join(_STATUSES)}.")
@click.option("--pseudonymise", is_flag=True,
              help="Replace children's case references and initials by stable pseudonyms, and scrub them from free text.")
@click.option("--key", "key", metavar="KEY", default=None,
              help=f"The pseudonym key (at least 16 characters); better given as ${ENV_KEY}.")
@click.option("--pseudonymise-workers", "workers", is_flag=True,
              help="Pseudonymise workers' names too (implies --pseudonymise).")
@click.option("--ids", "ids_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Only the records whose ids this file lists: an audit sample (its CSV or JSON), or one id a line.")
@click.option("--recompute", is_flag=True,
              help="Assess every case discussion now (with evidence and prompts) instead of using stored scores.")
def export(
    db: Path | None, fmt: str, out: Path, date_from: str | None, date_to: str | None, team: str | None,
    supervisor: str | None, supervisee: str | None, bands: tuple[str, ...], status: str | None,
    pseudonymise: bool, key: str | None, workers: bool, recompute: bool, ids_file: Path | None = None,
) -> None:
    """Export records for audit, with a manifest (OUT.manifest.json) and an audit log entry.

    jsonl: one whole record a line with its assessments (schema/export_line.schema.json),
    readable by `import`. csv: one row per case discussion (UTF-8 with BOM, formulas neutralised).
    html: a printable, self-contained audit pack. xlsx: Discussions, Records and Selection sheets.
    """
    from ..models import Status
    from ..store import RecordFilter, StoreError

    fmt = _one_of(fmt, _FORMATS, "format")
    selection_filter = RecordFilter(
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
        team=team or None,
        supervisor=supervisor or None,
        supervisee=supervisee or None,
        status=Status(_one_of(status, _STATUSES, "status")) if status else None,
    )
    if ids_file is not None:
        from dataclasses import replace

        from ..reports.sample import read_ids

        try:
            selection_filter = replace(selection_filter, record_ids=read_ids(ids_file))
        except ValueError as e:
            raise click.ClickException(str(e)) from None
    bands = tuple(dict.fromkeys(_one_of(b, _BANDS, "band") for b in bands))
    if workers:
        pseudonymise = True
    if key is not None and not pseudonymise:
        raise click.ClickException("--key is only used with --pseudonymise")
    if pseudonymise:
        key = key if key is not None else os.environ.get(ENV_KEY)
        if not key:
            raise click.ClickException(f"--pseudonymise needs a key: set ${ENV_KEY} (or give --key)")

    from ..export import ExportError, Selection, export_records
    from ..export.core import check_out_path

    from ..export.manifest import manifest_path

    try:
        check_out_path(out)  # before the database is opened: a bad --out changes nothing
    except ExportError as e:
        raise click.ClickException(str(e)) from None
    check_output_path(out, db, "export")
    check_output_path(manifest_path(out), db, "export's manifest")
    if db is not None and not db.exists():
        raise click.ClickException(f"no database at {db}")
    store = open_store(db, create=False)
    try:
        from ..reports.selection import NothingMatches, resolve_filter

        try:  # a filter that matches nothing says so (issue 17), never exports 0 records
            selection_filter = resolve_filter(store, selection_filter)
        except NothingMatches as e:
            raise click.ClickException(str(e)) from None
        if selection_filter.record_ids:
            from ..store.audits import missing_records

            missing = missing_records(store, selection_filter.record_ids)
            if missing:
                raise click.ClickException(
                    f"{ids_file}: {len(missing)} of {len(selection_filter.record_ids)} ids are not records in "
                    f"this database (the first: {missing[0]})")
        manifest = export_records(
            store, fmt, out, Selection(selection_filter, bands),
            pseudonymise_key=key if pseudonymise else None,
            pseudonymise_workers=workers,
            recompute=recompute,
        )
    except (ExportError, StoreError) as e:
        raise click.ClickException(str(e)) from None
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from None
    finally:
        store.close()
    c = manifest.counts
    click.echo(
        f"Exported {c['records']:,} records ({c['discussions']:,} case discussions) to {out} "
        f"[{fmt}{', pseudonymised' if manifest.pseudonymised else ''}]; manifest {out.name}.manifest.json",
        err=True,
    )
    for w in manifest.warnings:
        click.echo(f"Warning: {w}", err=True)


COMMANDS = [export]
