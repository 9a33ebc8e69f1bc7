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


def database_in_use(ctx: click.Context | None = None) -> Path:
    """The database a command was pointed at (for messages that name it)."""
    from ..store import default_db_path

    ctx = ctx or click.get_current_context(silent=True)
    given = ctx.meta.get("supervision_tui.db") if ctx else None
    return Path(given) if given is not None else default_db_path()


def safe_line(text: str) -> str:
    """One line for stderr: no terminal escapes, no control characters, no line breaks."""
    from ..safe_text import one_line

    return one_line(text)


def esc(text: object) -> str:
    """Record text or input as rich prints it literally: markup escaped, controls stripped."""
    from rich.markup import escape

    from ..safe_text import strip_controls

    return escape(strip_controls("" if text is None else str(text)))


def literal(text: object):
    """Record text as a rich renderable that is never parsed as markup (controls stripped)."""
    from rich.text import Text

    from ..safe_text import strip_controls

    return Text(strip_controls("" if text is None else str(text)))


def safe_table(*args, **kwargs):
    """A rich Table whose string cells are record text: shown literally, never as markup.
    A cell that is meant to be styled is passed as a rich Text (Text.from_markup)."""
    from rich.table import Table

    class _SafeTable(Table):
        def add_row(self, *renderables, **kw):
            super().add_row(*(literal(r) if isinstance(r, str) else r for r in renderables), **kw)

    return _SafeTable(*args, **kwargs)


def check_output_path(out: Path, db: Path | None, what: str = "output") -> Path:
    """Refuse an output path that is the database (or its -wal, -shm, -journal), as one line."""
    from ..outputs import OutputError, check_output

    try:
        return check_output(out, db, what=what)
    except OutputError as e:
        raise click.ClickException(str(e)) from None


def open_store(db: Path | None, *, create: bool = True, read_only: bool = False) -> Store:
    """Open the store or end the command with one clear line. `read_only` for commands that
    only read: no write lock taken, so they never queue behind an import, and a read-only
    evidence copy can be read."""
    try:
        return Store.open(db, create=create, read_only=read_only)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
