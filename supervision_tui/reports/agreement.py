"""How far the checker agrees with the council's own auditors.

The unit is one audited case discussion (an auditor's audit of one child in
one supervision), using the checker's verdicts as the auditor saw them, stored
in the audit, so a later rubric never rewrites what was measured. Only current
audits count (a superseded audit is history). The auditor is the reference:
precision is how often the checker's "yes" was the auditor's too, recall how
many of the auditor's "yes" the checker found.

- Bands: exact and within-one agreement, Cohen's kappa with linear weights
  (a miss by two bands costs twice a miss by one), and the 4x4 confusion,
  rows the checker's band, columns the auditor's.
- Criteria: Cohen's kappa, precision and recall; `None` where undefined (no
  pairs, or every answer the same so chance agreement is total).
- Moderation: where two auditors audited the same discussion, the same
  figures between them (the first by name as the rows).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from ..models import BAND_ORDER, CRITERIA, Band
from ..store.audits import AuditedRecord

BANDS: tuple[str, ...] = tuple(b.value for b in Band)
KEYS = ("n", "band", "criteria", "by_auditor", "moderation", "disagreements")


def _rate(k: int, n: int) -> float | None:
    return None if n == 0 else k / n


def cohen_kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa for two yes/no raters; None when undefined."""
    n = len(pairs)
    if n == 0:
        return None
    agree = sum(1 for a, b in pairs if a == b)
    a_yes = sum(1 for a, _ in pairs if a)
    b_yes = sum(1 for _, b in pairs if b)
    pe = (a_yes * b_yes + (n - a_yes) * (n - b_yes)) / (n * n)
    if pe >= 1:
        return None
    return (agree / n - pe) / (1 - pe)


def confusion(pairs: list[tuple[str, str]]) -> list[list[int]]:
    """4x4 counts in band order: rows the first rater, columns the second."""
    m = [[0] * len(BANDS) for _ in BANDS]
    for a, b in pairs:
        m[BANDS.index(a)][BANDS.index(b)] += 1
    return m


def weighted_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa with linear weights over the four ordered bands; None when undefined."""
    n = len(pairs)
    if n == 0:
        return None
    k = len(BANDS)
    m = confusion(pairs)
    rows = [sum(r) for r in m]
    cols = [sum(m[i][j] for i in range(k)) for j in range(k)]
    w = [[1 - abs(i - j) / (k - 1) for j in range(k)] for i in range(k)]
    po = sum(w[i][j] * m[i][j] for i in range(k) for j in range(k)) / n
    pe = sum(w[i][j] * rows[i] * cols[j] for i in range(k) for j in range(k)) / (n * n)
    if pe >= 1:
        return None
    return (po - pe) / (1 - pe)


def band_figures(pairs: list[tuple[str, str]]) -> dict:
    n = len(pairs)
    exact = sum(1 for a, b in pairs if a == b)
    within = sum(1 for a, b in pairs if abs(BAND_ORDER[Band(a)] - BAND_ORDER[Band(b)]) <= 1)
    return {
        "n": n,
        "exact": _rate(exact, n),
        "within_one": _rate(within, n),
        "kappa_weighted": weighted_kappa(pairs),
        "bands": list(BANDS),
        "confusion": confusion(pairs),
    }


def criterion_figures(pairs: list[tuple[bool, bool]]) -> dict:
    """pairs are (checker, auditor)."""
    both = sum(1 for c, a in pairs if c and a)
    checker_yes = sum(1 for c, _ in pairs if c)
    auditor_yes = sum(1 for _, a in pairs if a)
    return {
        "n": len(pairs),
        "agree": sum(1 for c, a in pairs if c == a),
        "kappa": cohen_kappa(pairs),
        "precision": _rate(both, checker_yes),
        "recall": _rate(both, auditor_yes),
        "auditor_yes": auditor_yes,
        "checker_yes": checker_yes,
    }


def _figures(items: list) -> dict:
    """n, band and criteria over (AuditedRecord, DiscussionAudit) items."""
    bands = [(d.checker_band.value, d.auditor_band.value) for _, d in items
             if d.checker_band is not None and d.auditor_band is not None]
    criteria = {}
    for c in CRITERIA:
        criteria[c] = criterion_figures([(d.checker[c], d.auditor[c]) for _, d in items
                                         if c in d.checker and c in d.auditor])
    return {"n": len(items), "band": band_figures(bands), "criteria": criteria}


def _moderation(items: list) -> dict:
    by_discussion: dict[str, dict[str, object]] = {}
    for rec, d in items:
        by_discussion.setdefault(d.discussion_id, {})[rec.audit.auditor] = d
    band_pairs: list[tuple[str, str]] = []
    crit_pairs: dict[str, list[tuple[bool, bool]]] = {c: [] for c in CRITERIA}
    records: set[str] = set()
    discussions = 0
    auditors: set[tuple[str, str]] = set()
    record_of = {d.discussion_id: rec.audit.record_id for rec, d in items}
    for did, by_auditor in by_discussion.items():
        if len(by_auditor) < 2:
            continue
        discussions += 1
        records.add(record_of[did])
        for x, y in combinations(sorted(by_auditor), 2):
            auditors.add((x, y))
            a, b = by_auditor[x], by_auditor[y]
            if a.auditor_band is not None and b.auditor_band is not None:
                band_pairs.append((a.auditor_band.value, b.auditor_band.value))
            for c in CRITERIA:
                if c in a.auditor and c in b.auditor:
                    crit_pairs[c].append((a.auditor[c], b.auditor[c]))
    bf = band_figures(band_pairs)
    return {
        "records": len(records),
        "discussions": discussions,
        "auditor_pairs": [list(p) for p in sorted(auditors)],
        "band": {k: bf[k] for k in ("n", "exact", "within_one", "kappa_weighted", "confusion")},
        "criteria": {c: {"n": len(p), "agree": sum(1 for a, b in p if a == b), "kappa": cohen_kappa(p)}
                     for c, p in crit_pairs.items()},
    }


def _disagreement(rec: AuditedRecord, d) -> dict:
    changed = d.overrides()
    return {
        "audited_at": rec.audit.created_at.isoformat(),
        "auditor": rec.audit.auditor,
        "record_id": rec.audit.record_id,
        "discussion_id": d.discussion_id,
        "date": rec.date,
        "team": rec.team,
        "supervisor": rec.supervisor,
        "child": d.child,
        "changed": changed,
        "checker_band": d.checker_band.value if d.checker_band else None,
        "auditor_band": d.auditor_band.value if d.auditor_band else None,
        "criteria": {c: {"checker": d.checker[c], "auditor": d.auditor[c], "evidence": d.evidence.get(c, "")}
                     for c in changed if c != "band"},
        "evidence": {c: e for c, e in d.evidence.items()},
        "comment": d.comment,
    }


def agreement(audited: Iterable[AuditedRecord]) -> dict:
    """Every figure of the agreement report, as plain data (the JSON form)."""
    items = [(rec, d) for rec in audited for d in rec.audit.discussions if d.judged]
    out = _figures(items)
    by: dict[str, list] = {}
    for rec, d in items:
        by.setdefault(rec.audit.auditor, []).append((rec, d))
    out["by_auditor"] = {name: _figures(its) for name, its in sorted(by.items())}
    out["moderation"] = _moderation(items)
    dis = [(rec, d) for rec, d in items if d.overrides()]
    dis.sort(key=lambda x: (x[0].audit.created_at, x[0].date, x[1].discussion_id), reverse=True)
    out["disagreements"] = [_disagreement(rec, d) for rec, d in dis]
    return {k: out[k] for k in KEYS}


def agreement_for(store, filt=None) -> dict:
    """The agreement report over the store's current audits of records matching `filt`."""
    from ..store.audits import current_audits

    return agreement(current_audits(store, filt))
