"""The 0-100 score reads the criteria continuously: over demo notes it spreads without big empty
ranges (rubric 2026.11-3 left 16-43 empty: scores sat in four clusters), and it still rises with
the band. The spread is printed (run with -s)."""

from __future__ import annotations

import datetime as dt

from supervision_tui.demo import generate_records
from supervision_tui.models import BAND_ORDER
from supervision_tui.quality import assess
from supervision_tui.quality.evaluation import spearman


# The demo's records depend on the day they are dated back from: left to today, Spearman over one
# seed's 1,000 discussions moved between 0.880 and 0.942 from one December day to the next (under
# rubrics 2026.12-4 and -5 alike) and failed on 7 December. A fixed day and three seeds pooled
# make the figure the same on every run, and large enough to mean something.
DEMO_DAY = dt.date(2026, 12, 6)


def test_score_spreads_over_demo_notes_without_big_gaps():
    discussions = [d for seed in (7, 8, 9) for r in generate_records(400, seed=seed, today=DEMO_DAY)
                   for d in r.discussions]
    scored = [assess(d) for d in discussions]
    scores = [a.score for a in scored]
    present = sorted(set(scores))
    tens = [sum(1 for s in scores if lo <= s < lo + 10) for lo in range(0, 100, 10)]
    tens[-1] += scores.count(100)
    gaps = [(a, b) for a, b in zip(present, present[1:]) if b - a > 1]
    print()
    print(f"{len(scores)} demo discussions, scores {present[0]}-{present[-1]}, per ten: {tens}")
    print(f"empty runs between scores that occur: {gaps}")
    assert len(scores) > 2500
    assert max((b - a for a, b in zip(present, present[1:])), default=0) <= 8  # 2026.11-3: 28
    assert sum(1 for t in tens if t) >= 9  # something in (nearly) every tenth
    rho = spearman(scores, [BAND_ORDER[a.band] for a in scored])
    print(f"Spearman (score, band) {rho:.3f}")
    assert rho >= 0.9
