"""A reproducible audit sample, stratified by team and band.

Strata are (team, band of the record's weakest discussion, or "unscored").
Allocation is proportional to each stratum's size, with at least one record
from every non-empty stratum when the sample is large enough for that; the
rounding left over goes to the strata with the largest remainders. When the
sample is smaller than the number of strata, the largest strata get one each.

Within a stratum the records are chosen by a random generator seeded with the
seed and the stratum's name, over the stratum's ids in a fixed order: the same
seed, database and filters always give the same sample, and a change in one
stratum does not reshuffle the others. Pure Python over `store/reports.py`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..store import RecordFilter, Store
from ..store import reports as q

AUDIT_COLUMNS = ("auditor_judgement", "auditor_comment")
SAMPLE_COLUMNS = (
    "id", "date", "team", "supervisor", "supervisee", "status", "n_children", "band", "score",
    *AUDIT_COLUMNS,
)


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
    rows: list[dict]  # one per sampled record, in stratum then date order

    @property
    def record_ids(self) -> list[str]:
        return [r["id"] for r in self.rows]


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
        for k in order[:n]:
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
    rows = q.sample_rows(store, chosen)
    band_rank = {b: i for i, b in enumerate((*q.BANDS, q.UNSCORED))}
    rows.sort(key=lambda r: (r["team"], band_rank.get(r["band"] or q.UNSCORED, 99), r["date"], r["id"]))
    for r in rows:
        r["band"] = r["band"] or q.UNSCORED
        r["score"] = "" if r["score"] is None else r["score"]
        for c in AUDIT_COLUMNS:
            r[c] = ""
    return Sample(seed=seed, size=len(rows), strata=strata, rows=rows)
