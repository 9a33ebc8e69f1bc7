"""A reproducible audit sample, stratified by team and band.

Strata are (team, band of the record's weakest discussion, or "unscored").
Allocation is proportional to each stratum's size, with at least one record
from every non-empty stratum when the sample is large enough for that; the
rounding left over goes to the strata with the largest remainders. When the
sample is smaller than the number of strata, every band is represented first
(by its largest stratum), then every team it can reach, then the largest strata.
Drafts are left out unless asked for: an audit looks at finished work.

The auditor's file has one row per case discussion of each sampled record: the
checker's verdicts, then empty columns for the auditor (`audit import` reads it).

Within a stratum the records are chosen by a random generator seeded with the
seed and the stratum's name, over the stratum's ids in a fixed order: the same
seed, database and filters always give the same sample, and a change in one
stratum does not reshuffle the others. Pure Python over `store/reports.py`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..models import CRITERIA
from ..store import RecordFilter, Store
from ..store import reports as q

CHECKER_COLUMNS = ("checker_score", "checker_band", *(f"checker_{c}" for c in CRITERIA))
AUDIT_COLUMNS = ("auditor", "auditor_band", *(f"auditor_{c}" for c in CRITERIA), "auditor_comment")
SAMPLE_COLUMNS = (
    "record_id", "discussion_id", "date", "team", "supervisor", "supervisee", "child",
    *CHECKER_COLUMNS, *AUDIT_COLUMNS,
)
_BAND_RANK = {b: i for i, b in enumerate((*q.BANDS, q.UNSCORED))}


@dataclass(frozen=True)
class Stratum:
    team: str
    band: str
    size: int  # records in the stratum
    take: int  # records sampled from it


@dataclass(frozen=True)
class Sample:
    seed: int
    size: int
    strata: list[Stratum]
    records: list[dict]  # one per sampled record, in stratum then date order
    rows: list[dict]  # one per case discussion of those records, in SAMPLE_COLUMNS

    @property
    def record_ids(self) -> list[str]:
        return [r["id"] for r in self.records]

    def summary(self) -> dict:
        """What the sample covers, in a few lines: records, discussions, bands, teams."""
        bands: dict[str, int] = {}
        for r in self.records:
            bands[r["band"]] = bands.get(r["band"], 0) + 1
        teams_all = {st.team for st in self.strata}
        teams = {r["team"] for r in self.records}
        order = _BAND_RANK
        return {
            "records": len(self.records),
            "discussions": len(self.rows),
            "bands": dict(sorted(bands.items(), key=lambda kv: order.get(kv[0], 99))),
            "bands_in_population": sorted({st.band for st in self.strata}, key=lambda b: order.get(b, 99)),
            "teams": len(teams),
            "teams_in_population": len(teams_all),
            "strata": sum(1 for st in self.strata if st.take),
            "strata_in_population": len(self.strata),
        }


def allocate(sizes: dict[tuple[str, str], int], n: int) -> dict[tuple[str, str], int]:
    """How many to take from each stratum: proportional, at least one each where n allows."""
    strata = {k: v for k, v in sizes.items() if v > 0}
    total = sum(strata.values())
    n = min(n, total)
    take = {k: 0 for k in strata}
    if n <= 0:
        return take
    order = sorted(strata, key=lambda k: (-strata[k], k))  # largest first, ties by name
    if n < len(strata):
        # too few for one each: every band first, then every team, then the largest
        picks: list[tuple[str, str]] = []
        for band in sorted({k[1] for k in strata}, key=lambda b: _BAND_RANK.get(b, 99)):
            picks.append(next(k for k in order if k[1] == band))
        teams = {k[0] for k in picks}
        for k in order:
            if k[0] not in teams:
                picks.append(k)
                teams.add(k[0])
        picks.extend(k for k in order if k not in picks)
        for k in picks[:n]:
            take[k] = 1
        return take
    for k in strata:
        take[k] = 1
    remaining = n - len(strata)
    spare = {k: strata[k] - 1 for k in strata}
    spare_total = sum(spare.values())
    if remaining and spare_total:
        quotas = {k: remaining * spare[k] / spare_total for k in strata}
        for k in strata:
            take[k] += int(quotas[k])
        left = n - sum(take.values())
        by_remainder = sorted(strata, key=lambda k: (-(quotas[k] - int(quotas[k])), -strata[k], k))
        while left > 0:  # never loops forever: n <= total, so some stratum has room
            for k in by_remainder:
                if left and take[k] < strata[k]:
                    take[k] += 1
                    left -= 1
    return take


def _choose(ids, size: int, k: int, seed: int, team: str, band: str) -> list[str]:
    """k of a stratum's `size` ids (streamed in a fixed order), chosen reproducibly."""
    rng = random.Random(f"{seed}\x1f{team}\x1f{band}")
    wanted = set(rng.sample(range(size), k))
    return [rid for i, rid in enumerate(ids) if i in wanted]


def draw_sample(store: Store, n: int, seed: int, filt: RecordFilter = RecordFilter()) -> Sample:
    """Draw a stratified audit sample of up to n records (all of them if fewer match)."""
    if n < 1:
        raise ValueError("the sample size must be at least 1")
    counts = {(team, band): size for team, band, size in q.strata(store, filt)}
    take = allocate(counts, n)
    chosen: list[str] = []
    strata = []
    for (team, band), size in sorted(counts.items()):
        k = take[(team, band)]
        strata.append(Stratum(team, band, size, k))
        if k:
            chosen.extend(_choose(q.stratum_ids(store, filt, team, band), size, k, seed, team, band))
    records = q.sample_rows(store, chosen)
    records.sort(key=lambda r: (r["team"], _BAND_RANK.get(r["band"] or q.UNSCORED, 99), r["date"], r["id"]))
    for r in records:
        r["band"] = r["band"] or q.UNSCORED
        r["score"] = "" if r["score"] is None else r["score"]
    rows = [_auditor_row(d) for d in q.sample_discussion_rows(store, [r["id"] for r in records])]
    return Sample(seed=seed, size=len(records), strata=strata, records=records, rows=rows)


def _yes_no(value) -> str:
    return "" if value is None else ("yes" if value else "no")


def _auditor_row(d: dict) -> dict:
    child = " ".join(x for x in (d["child_initials"], f"({d['case_ref']})" if d["case_ref"] else "") if x)
    row = {k: d[k] for k in ("record_id", "discussion_id", "date", "team", "supervisor", "supervisee")}
    row["child"] = child
    row["checker_score"] = "" if d["checker_score"] is None else d["checker_score"]
    row["checker_band"] = d["checker_band"] or ""
    for c in CRITERIA:
        row[f"checker_{c}"] = _yes_no(d[c])
    for c in AUDIT_COLUMNS:
        row[c] = ""
    return row


def read_ids(path) -> tuple[str, ...]:
    """The record ids in a file: a sample (CSV with `record_id` or `id`, or the JSON sample), or
    one id a line. Each id once, in the file's order. Raises ValueError saying what is wrong."""
    import csv as _csv
    import json as _json
    from pathlib import Path

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ValueError(f"cannot read {p}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{p}: not UTF-8 text") from None
    ids: list[str] = []
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            data = _json.loads(text)
        except ValueError as e:
            raise ValueError(f"{p}: malformed JSON ({e})") from None
        rows = data.get("records", []) if isinstance(data, dict) else data
        for r in rows if isinstance(rows, list) else []:
            rid = r.get("id") or r.get("record_id") if isinstance(r, dict) else r
            if isinstance(rid, str):
                ids.append(rid)
    else:
        first = stripped.splitlines()[0] if stripped else ""
        if "," in first or first.strip() in ("record_id", "id"):
            reader = _csv.DictReader(text.splitlines())
            header = [h.strip() for h in reader.fieldnames or []]
            column = "record_id" if "record_id" in header else "id" if "id" in header else None
            if column is None:
                raise ValueError(f"{p}: no record_id or id column (give a sample file, or one id a line)")
            reader.fieldnames = header
            ids = [(r.get(column) or "").strip() for r in reader]
        else:
            ids = [line.strip() for line in text.splitlines()]
    ids = [i for i in dict.fromkeys(ids) if i]
    if not ids:
        raise ValueError(f"{p}: no record ids in it")
    return tuple(ids)
