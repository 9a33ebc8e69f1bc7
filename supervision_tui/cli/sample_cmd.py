"""`sample`: a reproducible audit sample."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import click

from ..store import RecordFilter
from .common import check_output_path, db_option
from .lead_common import _console, _existing_store, _filter_options

# --- sample -------------------------------------------------------------------------------------


@click.command()
@db_option
@click.option("--size", "n", type=click.IntRange(min=1), required=True, help="How many records to sample.")
@click.option("--seed", type=int, required=True, help="The same seed gives the same sample.")
@_filter_options
@click.option("--status", type=click.Choice(["draft", "completed", "agreed"]), default=None,
              help="Only records with this status.")
@click.option("--include-drafts", is_flag=True,
              help="Sample drafts too (left out by default: an audit looks at finished work).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Write the sample here: .csv, .json or .jsonl.")
def sample(db, n, seed, date_from, date_to, team, supervisor, status, include_drafts, out: Path) -> None:
    """Draw a reproducible audit sample of records, stratified by team and band.

    Proportional to each stratum's size, at least one from every stratum when
    the size allows, every band represented. One row per case discussion of each
    sampled record: the checker's verdicts, then empty columns for the auditor
    (fill them in and load them with `audit import`). Drafts are left out unless
    --include-drafts or --status draft. The sample, its seed and selection go
    to the audit log.
    """
    from ..reports.sample import SAMPLE_COLUMNS, draw_sample

    check_output_path(out, db, "sample")
    ext = out.suffix.lower()
    if ext not in (".csv", ".json", ".jsonl"):
        raise click.ClickException(f"--out {out}: use a .csv, .json or .jsonl file name")
    if not out.parent.exists():
        raise click.ClickException(f"--out {out}: no such directory {out.parent}")
    filt = RecordFilter(date_from=date_from, date_to=date_to, team=team, supervisor=supervisor, status=status,
                        signed_only=not include_drafts and status is None)
    store = _existing_store(db)
    try:
        s = draw_sample(store, n, seed, filt)
        if not s.records:
            hint = " (drafts are left out: --include-drafts to sample them)" if filt.signed_only else ""
            raise click.ClickException(f"no records match: nothing to sample{hint}")
        filters = {"from": date_from and date_from.isoformat(), "to": date_to and date_to.isoformat(),
                   "team": team, "supervisor": supervisor, "status": status,
                   "drafts": bool(include_drafts or status == "draft")}
        strata = [{"team": st.team, "band": st.band, "records": st.size, "sampled": st.take} for st in s.strata]
        if ext == ".csv":
            from ..safe_text import neutralise_formula as neutralise

            buf = io.StringIO()
            buf.write("\ufeff")  # a BOM, so a spreadsheet reads the names as UTF-8
            w = csv.DictWriter(buf, fieldnames=SAMPLE_COLUMNS, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows({k: neutralise(v) for k, v in r.items()} for r in s.rows)
            data = buf.getvalue()
        elif ext == ".jsonl":
            data = "".join(json.dumps({c: r[c] for c in SAMPLE_COLUMNS}) + "\n" for r in s.rows)
        else:
            data = json.dumps({"seed": seed, "size": s.size, "filters": filters, "strata": strata,
                               "records": s.records,
                               "discussions": [{c: r[c] for c in SAMPLE_COLUMNS} for r in s.rows]}, indent=1) + "\n"
        from ..outputs import PrivateFile, create_private

        sample_file = PrivateFile(out, publish=False)
        try:
            with sample_file as tmp:
                with create_private(tmp, exclusive=False) as fh:
                    fh.write(data.encode("utf-8"))
                # logged, then published: a sample file that exists was always logged
                store.log("sample", None, {
                    "seed": seed, "size_requested": n, "size": s.size, "filters": filters, "strata": strata,
                    "record_ids": s.record_ids, "discussions": len(s.rows), "out": str(out),
                    "sha256": hashlib.sha256(data.encode("utf-8")).hexdigest(),
                })
                sample_file.publish()
        except OSError as e:
            raise click.ClickException(f"cannot write {out}: {e.strerror}") from None
    finally:
        store.close()
    from rich.markup import escape

    summ = s.summary()
    bands = ", ".join(f"{b.replace('_', ' ')} {k}" for b, k in summ["bands"].items())
    missing = [b.replace("_", " ") for b in summ["bands_in_population"] if b not in summ["bands"]]
    lines = [
        f"Audit sample: {summ['records']} records, {summ['discussions']} case discussions, seed {seed} "
        f"-> {escape(str(out))}",
        f"  bands: {bands}" + (f" (none sampled: {', '.join(missing)})" if missing else ""),
        f"  teams: {summ['teams']} of {summ['teams_in_population']}; "
        f"strata: {summ['strata']} of {summ['strata_in_population']} (team x band)",
        "  drafts: " + ("included" if filters["drafts"] else "left out (--include-drafts to sample them)"),
        "  next: fill in the auditor columns and `audit import` the file;",
        "        `export --ids FILE` makes an audit pack of the same records",
    ]
    _console().print("\n".join(lines), soft_wrap=True)



COMMANDS = [sample]
