"""The command line (DESIGN.md section 6): parses, calls the core, prints with rich.

Each area's commands live in their own module; this one only wires them up.
Heavy imports stay inside the commands so that `supervision-tui` starts fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from .common import db_option, open_store


class _Group(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        # keep the order a user meets them in, not alphabetical
        return list(self.commands)

    def invoke(self, ctx: click.Context):
        # the last line of defence: what reaches here is said in one line, never a traceback
        import sqlite3
        import sys

        from ..store import StoreError
        from .common import database_in_use, safe_line

        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe is met here, not at the interpreter's exit
            return result
        except click.ClickException as e:
            e.message = safe_line(e.message)  # it may echo a key, an id, a header from the input
            raise
        except StoreError as e:
            raise click.ClickException(safe_line(str(e))) from None
        except sqlite3.Error as e:
            from ..store.db import describe_sqlite_error

            raise click.ClickException(safe_line(describe_sqlite_error(e, database_in_use(ctx)))) from None
        except RecursionError:
            raise click.ClickException("the input is nested too deeply to read") from None
        except BrokenPipeError:
            # the reader stopped (`score --input F | head`): end quietly, and keep
            # the interpreter's last flush from complaining about the closed pipe again
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(1)  # as rich and click do when they meet a closed pipe
        except OSError as e:
            if e.errno is None:
                raise
            where = f" {e.filename}" if e.filename else ""
            raise click.ClickException(safe_line(f"cannot use{where}: {e.strerror}")) from None


@click.group(cls=_Group, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.option(
    "--demo",
    "demo_records",
    type=click.IntRange(min=0),
    default=None,
    is_flag=False,
    flag_value=2000,
    help="Fill an empty database with this many demo records first (default 2000).",
)
@click.version_option(package_name="supervision-tui")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, demo_records: int | None) -> None:
    """Record reflective supervision of children's cases, check its quality, export it for audit.

    With no command, opens the app on the database (created on first run).
    """
    if ctx.invoked_subcommand is not None:
        return
    if demo_records:
        from .records import fill_demo

        store = open_store(db)
        try:
            if store.count() == 0:
                from ..batch import score_store

                fill_demo(store, demo_records, seed=1, progress=True)
                # scored, so that bands, the dashboard and the reports have figures at once
                score_store(store, rescore=False)
        finally:
            store.close()
    from ..tui.app import run_app

    run_app(db)


# Each module lists its click commands in COMMANDS, in the order --help shows them.
_COMMAND_MODULES = ("records", "quality_cmds", "score_cmd", "report_cmd", "sample_cmd", "audit_cmd", "export_cmds")


def _register() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
            continue
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    import signal

    def _stop(signum, frame):
        # a terminated run unwinds: temporary files are removed, transactions rolled back
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        try:
            signal.signal(sig, _stop)
        except (OSError, ValueError):
            pass
    cli(prog_name="supervision-tui")
