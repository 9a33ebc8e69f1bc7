"""`audit import`: load a filled audit sample (the spreadsheet `sample` wrote)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import db_option
from .lead_common import _console, _existing_store


@click.group()
def audit() -> None:
    """Auditors' audits of records: confirm or override the checker."""


@audit.command(name="import")
@db_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def audit_import(db, file: Path) -> None:
    """Load a filled audit sample: all or nothing.

    Rows with every auditor column blank were not audited and are skipped; a
    blank verdict means "not judged". An override of the checker needs a
    comment. Each (record, auditor) becomes one audit, logged; a later import by
    the same auditor for the same record supersedes the earlier audit.
    """
    from ..reports.audit_sheet import SheetError, build_audits, read_rows
    from ..store import StoreError
    from ..store.audits import discussions_by_id, save_audits

    try:
        with open(file, encoding="utf-8-sig", newline="") as fh:
            rows = read_rows(fh)
    except OSError as e:
        raise click.ClickException(f"cannot read {file}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise click.ClickException(f"{file}: not UTF-8 text (save the sheet as CSV UTF-8)") from None
    except SheetError as e:
        raise click.ClickException(f"{file}: {e}") from None
    store = _existing_store(db)
    try:
        try:
            audits = build_audits(rows, discussions_by_id(store, (r.discussion_id for r in rows)))
            saved = save_audits(store, audits, via="spreadsheet")
        except SheetError as e:
            raise click.ClickException(f"{file}: {e}") from None
        except StoreError as e:
            raise click.ClickException(f"{file}: {e}") from None
    finally:
        store.close()
    auditors = sorted({a.auditor for a in saved})
    superseded = sum(1 for a in saved if a.supersedes)
    _console().print(
        f"Imported {len(saved)} audit(s) of {len({a.record_id for a in saved})} record(s): {len(rows)} case "
        f"discussions by {len(auditors)} auditor(s)"
        + (f"; {superseded} supersede an earlier audit" if superseded else "")
    )


COMMANDS = [audit]
