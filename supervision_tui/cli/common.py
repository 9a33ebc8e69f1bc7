"""What every command shares: the --db option, opening the store, error lines."""

from __future__ import annotations

import os
from pathlib import Path

import click
from pydantic import ValidationError

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


def describe_validation_error(e: ValidationError) -> str:
    """A pydantic error as one line a manager can act on."""
    parts = []
    for err in e.errors()[:3]:
        where = ".".join(str(x) for x in err.get("loc", ()))
        kind = err.get("type", "")
        if kind == "extra_forbidden":
            parts.append(f"unknown field '{where}'")
        elif kind == "missing":
            parts.append(f"missing field '{where}'")
        else:
            value = err.get("input")
            shown = f" (got {value!r})" if isinstance(value, (str, int, float)) and len(repr(value)) < 60 else ""
            parts.append(f"{where or 'value'}: {err.get('msg', 'invalid')}{shown}")
    more = len(e.errors()) - 3
    if more > 0:
        parts.append(f"and {more} more problem(s)")
    return "; ".join(parts)
