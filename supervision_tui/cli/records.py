"""Commands that put records in and check they are intact: demo, import, verify."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click
from pydantic import ValidationError

from .. import limits
from ..models import SupervisionRecord
from ..store import Store, StoreError
from .common import db_option, describe_validation_error, esc, open_store, safe_line


def fill_demo(store: Store, n: int, seed: int, progress: bool = False) -> int:
    """Write n demo records in batches, each batch one transaction."""
    from ..demo import generate_records

    batch: list[SupervisionRecord] = []
    written = 0
    bar = None
    if progress and sys.stderr.isatty():
        from rich.progress import Progress

        bar = Progress(transient=True)
        task = bar.add_task("Writing demo records", total=n)
        bar.start()
    done = 0

    def flush() -> int:
        # a killed run left whole batches (each is one transaction): the same seed makes the
        # same records, so a rerun skips those already stored and carries on
        present = store.existing_ids([r.id for r in batch])
        todo = [r for r in batch if r.id not in present]
        return store.import_records(todo, action="demo") if todo else 0

    try:
        for record in generate_records(n, seed=seed):
            batch.append(record)
            if len(batch) == 2000:
                written += flush()
                done += len(batch)
                batch.clear()
                if bar:
                    bar.update(task, completed=done)
        if batch:
            written += flush()
    finally:
        if bar:
            bar.stop()
    return written


@click.command()
@db_option
@click.option("--records", "n", type=click.IntRange(min=1), default=2000, show_default=True,
              help="How many supervision records to write.")
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same records.")
def demo(db: Path | None, n: int, seed: int) -> None:
    """Fill the database with realistic synthetic supervision records."""
    from rich.console import Console

    store = open_store(db)
    start = time.perf_counter()
    try:
        written = fill_demo(store, n, seed, progress=True)
    except StoreError as e:
        raise click.ClickException(f"{e} (use a new --db file for a second demo set)") from None
    finally:
        store.close()
    already = f" ({n - written:,} of this seed's records were already there)" if written < n else ""
    Console(stderr=True, highlight=False).print(
        f"Wrote {written:,} demo records to {esc(store.path)} in {time.perf_counter() - start:.1f} s{already}"
    )


def read_jsonl_records(path: str, audits: list | None = None) -> Iterator[SupervisionRecord]:
    """Parse a JSON Lines file of records, naming the line of the first problem.

    A line of an export may carry the record's audits: given a list, they are added to it.
    """
    stream = sys.stdin if path == "-" else None
    try:
        fh = stream or open(path, encoding="utf-8-sig")
    except OSError as e:
        raise click.ClickException(f"cannot read {path}: {e.strerror}") from None
    seen: set[str] = set()
    try:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                data = limits.loads(line)
            except json.JSONDecodeError as e:
                raise click.ClickException(f"{path} line {n}: malformed JSON ({e.msg} at column {e.colno})") from None
            except limits.LimitError as e:
                raise click.ClickException(f"{path} line {n}: {e}") from None
            if not isinstance(data, dict):
                raise click.ClickException(f"{path} line {n}: expected a JSON object, one record per line")
            try:
                if "assessments" in data:
                    # a line of `export --format jsonl`: its assessments are checked, then left
                    # out (scores belong to the database that made them; `score` recomputes them)
                    from ..export.models import ExportedRecord

                    exported = ExportedRecord.model_validate(data)
                    record = exported.record()
                    if audits is not None:
                        audits.extend(exported.audits)
                else:
                    record = SupervisionRecord.model_validate(data)
            except ValidationError as e:
                raise click.ClickException(f"{path} line {n}: {describe_validation_error(e)}") from None
            if record.id in seen:
                raise click.ClickException(f"{path} line {n}: record {record.id} appears twice")
            seen.add(record.id)
            yield record
    except UnicodeDecodeError:
        raise click.ClickException(f"{path}: not UTF-8 text") from None
    finally:
        if stream is None:
            fh.close()


@click.command(name="import")
@db_option
@click.argument("file", type=str)
def import_(db: Path | None, file: str) -> None:
    """Load records from a JSON Lines FILE (one record a line, in the form of schema/).

    All or nothing: if any line is bad, nothing is written.
    """
    if file == "-":
        raise click.ClickException("import reads a file, not standard input (it reads the file twice: check, then load)")
    # First pass checks every line without touching the database.
    count = sum(1 for _ in read_jsonl_records(file))
    if count == 0:
        raise click.ClickException(f"{file}: no records in it")
    store = open_store(db)
    try:
        audits: list = []  # an export's audits, loaded with their records in one transaction
        written = store.import_records(read_jsonl_records(file, audits), audits=audits)
    except StoreError as e:
        raise click.ClickException(f"{e}; nothing was imported") from None
    finally:
        store.close()
    click.echo(f"Imported {written:,} records into {store.path}", err=True)


@click.command()
@db_option
@click.option("--manifest", "manifest", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Check the export files listed in this manifest against their SHA-256 instead "
                   "(with --db, also that the database's audit log recorded that export).")
@click.option("--anchor", "anchor", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A chain head kept outside the database (an export's manifest, or a file holding the "
                   "'entry N <hash>' line verify prints): the audit log must still hold it.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes recomputing the stored scores (default: every core this process may use).")
def verify(db: Path | None, manifest: Path | None, anchor: Path | None, jobs: int | None) -> None:
    """Prove what can be proved about the database: SQLite's integrity, the audit log's hash chain,
    every record, addendum, audit, pseudonym and stored score against it, the triggers that keep
    it append-only. With $SUPERVISION_TUI_AUDIT_KEY, every entry's HMAC under that key.
    Never changes the file. See the README's "Security and integrity" for what it cannot prove."""
    from rich.console import Console

    from ..integrity import verify_database
    from ..store.db import audit_key

    if manifest is not None:
        _verify_manifest(manifest, db)
        return
    head = _read_anchor(anchor) if anchor is not None else None
    if db is not None and not db.exists():
        raise click.ClickException(f"no database at {db}")
    store = open_store(db, create=False, read_only=True)
    try:
        key = audit_key()
        result = verify_database(store, key=key, anchor=head, jobs=jobs)
    finally:
        store.close()
    if result.integrity != "ok" and result.audit_entries == 0 and not result.problems:
        raise click.ClickException(safe_line(result.integrity))
    console = Console(highlight=False)
    console.print(f"SQLite integrity check: {esc(result.integrity)}")
    console.print(f"Audit log: {result.audit_entries:,} entries; records checked: {result.records_checked:,}; "
                  f"stored scores recomputed: {result.scores_checked:,}"
                  + (f" ({result.scores_unchecked:,} from another rubric or older than their record, not recomputable)"
                     if result.scores_unchecked else ""))
    # one unwrapped line, to be kept outside the database and given back as --anchor
    click.echo(f"Audit chain head: entry {result.head[0]} {result.head[1]}")
    for note in result.notes:
        console.print(f"Note: {esc(note)}")
    if not result.ok:
        for problem in result.problems[:20]:
            click.echo(f"  {safe_line(problem)}", err=True)
        raise click.ClickException(f"verification FAILED: {len(result.problems)} problem(s)")
    extra = []
    if head is not None:
        extra.append(f"the log still holds the anchor (entry {head[0]})")
    if key:
        extra.append("every entry carries the audit key's HMAC")
    console.print("[bold green]Verified:[/] the audit chain is unbroken and every record, addendum, "
                  "pseudonym and stored score matches it" + ("; " + "; ".join(extra) if extra else "") + ".")


def _read_anchor(path: Path) -> tuple[int, str]:
    """(seq, hash) from an export manifest, or from text holding 'entry N <64 hex digits>'."""
    import re

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise click.ClickException(f"cannot read the anchor {path}: {getattr(e, 'strerror', None) or e}") from None
    try:
        data = json.loads(text)
        head = data.get("audit_head") if isinstance(data, dict) else None
        if isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(head.get("hash"), str):
            return head["seq"], head["hash"]
        if isinstance(data, dict):
            raise click.ClickException(f"{path}: a manifest with no audit chain head (made before verify had anchors)")
    except (ValueError, RecursionError):
        pass
    m = re.search(r"(\d+)\s+([0-9a-f]{64})\b", text)
    if not m:
        raise click.ClickException(f"{path}: no chain head in it (expected a manifest, or 'entry N <hash>')")
    return int(m.group(1)), m.group(2)


def _verify_manifest(path: Path, db: Path | None) -> None:
    """Every file a manifest lists has the SHA-256 and size it says; with --db, the export was logged."""
    from ..export import ManifestError, verify_manifest

    try:
        check = verify_manifest(path)
    except ManifestError as e:
        raise click.ClickException(str(e)) from None
    problems = 0
    for f in check.files:
        if f.status == "ok":
            click.echo(f"  ok      {f.name}")
        else:
            problems += 1
            click.echo(f"  {f.status.upper():<8}{f.name}: {f.detail}", err=True)
    if db is not None:
        if not db.exists():
            raise click.ClickException(f"no database at {db}")
        from ..store.exports import export_logged

        store = open_store(db, create=False, read_only=True)
        try:
            unlogged = [f.name for f in check.manifest.files if not export_logged(store, f.sha256)]
            manifest_logged = export_logged(store, check.sha256)
        finally:
            store.close()
        for name in unlogged:
            problems += 1
            click.echo(f"  the audit log of {db} records no export of {name} with this SHA-256", err=True)
        if not manifest_logged:
            problems += 1
            click.echo(f"  the audit log of {db} records no export with this manifest (it has been changed, "
                       "or the export was made from another database)", err=True)
        if not unlogged and manifest_logged:
            click.echo(f"  ok      the audit log of {db} records this export and this manifest")
    if problems or not check.files:
        raise click.ClickException(
            f"verification FAILED: {problems} problem(s) with the export listed in {path.name}"
            if check.files else f"verification FAILED: {path.name} lists no files"
        )
    m = check.manifest
    click.echo(
        f"Verified: {len(check.files)} file(s) match {path.name} "
        f"({m.format}, {m.counts.get('records', 0):,} records, exported by {m.actor} at {m.created_at})."
    )


COMMANDS = [demo, import_, verify]
