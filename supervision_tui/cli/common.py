"""What every command shares: the --db option, opening the store, error lines."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..batch.inputs import describe_validation_error  # noqa: F401 (the commands' one-line errors)
from ..store import ENV_DB, Store, StoreError


def _resolve_db(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """--db means the same before the command as after it; then $SUPERVISION_TUI_DB."""
    key = "supervision_tui.db"  # ctx.meta is shared by the group and its command
    outer = ctx.meta.get(key)
    if value is not None and outer is not None and Path(value) != Path(outer):
        raise click.UsageError(f"--db given twice, as {outer} and as {value}: give it once")
    if value is not None:
        ctx.meta[key] = value
    value = value if value is not None else outer
    if value is None and os.environ.get(ENV_DB):
        value = Path(os.environ[ENV_DB]).expanduser()
    return value


db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    callback=_resolve_db,
    help=f"The database file (default: ${ENV_DB}, else the user's data directory).",
)


def check_output_path(out: Path, db: Path | None, what: str = "output") -> Path:
    """Refuse an output path that is the database (or its -wal, -shm, -journal), as one line."""
    from ..outputs import OutputError, check_output

    try:
        return check_output(out, db, what=what)
    except OutputError as e:
        raise click.ClickException(str(e)) from None


def open_store(db: Path | None, *, create: bool = True) -> Store:
    """Open the store or end the command with one clear line."""
    try:
        return Store.open(db, create=create)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
