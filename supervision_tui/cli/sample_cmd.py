"""`sample`: a reproducible audit sample."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import click

from ..store import RecordFilter
from .common import db_option
from .lead_common import _console, _existing_store, _filter_options

# --- sample -------------------------------------------------------------------------------------


@click.command()
@db_option
@click.option("--size", "n", type=click.IntRange(min=1), required=True, help="How many records to sample.")
@click.option("--seed", type=int, required=True, help="The same seed gives the same sample.")
@_filter_options
@click.option("--status", type=click.Choice(["draft", "completed", "agreed"]), default=None,
              help="Only records with this status.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Write the sample here: .csv, .json or .jsonl.")
def sample(db, n, seed, date_from, date_to, team, supervisor, status, out: Path) -> None:
    """Draw a reproducible audit sample of records, stratified by team and band.

    Proportional to each stratum's size, at least one from every stratum when
    the size allows. One row per record with empty columns for the auditor's
    judgement and comment. The sample, its seed and selection go to the audit log.
    """
    from ..reports.sample import SAMPLE_COLUMNS, draw_sample

    ext = out.suffix.lower()
    if ext not in (".csv", ".json", ".jsonl"):
        raise click.ClickException(f"--out {out}: use a .csv, .json or .jsonl file name")
    if not out.parent.exists():
        raise click.ClickException(f"--out {out}: no such directory {out.parent}")
    filt = RecordFilter(date_from=date_from, date_to=date_to, team=team, supervisor=supervisor, status=status)
    store = _existing_store(db)
    try:
        s = draw_sample(store, n, seed, filt)
        if not s.rows:
            raise click.ClickException("no records match: nothing to sample")
        filters = {"from": date_from and date_from.isoformat(), "to": date_to and date_to.isoformat(),
                   "team": team, "supervisor": supervisor, "status": status}
        strata = [{"team": st.team, "band": st.band, "records": st.size, "sampled": st.take} for st in s.strata]
        if ext == ".csv":
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=SAMPLE_COLUMNS, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(s.rows)
            data = buf.getvalue()
        elif ext == ".jsonl":
            data = "".join(json.dumps({c: r[c] for c in SAMPLE_COLUMNS}) + "\n" for r in s.rows)
        else:
            data = json.dumps({"seed": seed, "size": s.size, "filters": filters, "strata": strata,
                               "records": [{c: r[c] for c in SAMPLE_COLUMNS} for r in s.rows]}, indent=1) + "\n"
        try:
            out.write_text(data, encoding="utf-8")
        except OSError as e:
            raise click.ClickException(f"cannot write {out}: {e.strerror}") from None
        store.log("sample", None, {
            "seed": seed, "size_requested": n, "size": s.size, "filters": filters, "strata": strata,
            "record_ids": s.record_ids, "out": str(out),
            "sha256": hashlib.sha256(data.encode("utf-8")).hexdigest(),
        })
    finally:
        store.close()
    from rich.table import Table

    t = Table(title=f"Audit sample: {s.size} records, seed {seed} -> {out}", title_justify="left")
    for col in ("Team", "Band", "Records", "Sampled"):
        t.add_column(col, justify="right" if col in ("Records", "Sampled") else "left")
    for st in s.strata:
        t.add_row(st.team, st.band, f"{st.size:,}", str(st.take))
    _console().print(t)



COMMANDS = [sample]
