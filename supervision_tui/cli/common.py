"""What every command shares: the --db option, opening the store, error lines."""

from __future__ import annotations

from pathlib import Path

import click
from pydantic import ValidationError

from ..store import ENV_DB, Store, StoreError

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar=ENV_DB,
    default=None,
    help=f"The database file (default: ${ENV_DB}, else the user's data directory).",
)


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
