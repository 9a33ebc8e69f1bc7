#!/usr/bin/env python
"""The checker alone, one process: CPU time a note, and where it goes.

    python scripts/profile_checker.py --db DEMO.db [--notes 6000] [--runs 3] [--profile [N]]

Reads up to --notes case discussions of a database (e.g. one made by `supervision-tui demo`),
parses them first, then times `assess` on each (what `score --rescore` runs) and `assess_text`
on each one's full text (what `score --input` runs) with `time.process_time`, so that other
work on a shared machine moves the figures less than it moves the clock. Prints the median
and range of --runs rounds in microseconds a note. With --profile, one more round of each
under cProfile, and the top N functions by own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from supervision_tui.models import CaseDiscussion  # noqa: E402
from supervision_tui.quality import RUBRIC_VERSION, assess, assess_text  # noqa: E402
from supervision_tui.store import Store  # noqa: E402


def load(db: str, limit: int) -> list[CaseDiscussion]:
    # read-only use: no migration, and a database that is not there is an error
    with Store.open(db, create=False, migrate=False) as store:
        bodies: list[str] = []
        for batch in store.discussions_to_score(RUBRIC_VERSION, rescore=True):
            bodies.extend(body for _, _, _, body in batch)
            if len(bodies) >= limit:
                break
    return [CaseDiscussion.model_validate_json(b) for b in bodies[:limit]]


def cpu_per_note(f, items: list) -> float:
    gc.collect()
    t = time.process_time()
    for x in items:
        f(x)
    return (time.process_time() - t) / len(items) * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a demo database (only read)")
    ap.add_argument("--notes", type=int, default=6000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", type=int, nargs="?", const=25, default=0, metavar="N",
                    help="also profile one round and print the top N functions (default 25)")
    args = ap.parse_args(argv)
    discussions = load(args.db, args.notes)
    texts = [d.full_text() for d in discussions]
    words = statistics.mean(len(t.split()) for t in texts)
    print(f"{len(discussions):,} case discussions ({len(set(texts)):,} distinct texts, {words:.0f} words on average)")
    for d in discussions[:50]:  # compile the tables and warm the caches outside the timing
        assess(d)
        assess_text(d.full_text())
    for label, f, items in (("assess (a record's boxes; score --rescore)", assess, discussions),
                            ("assess_text (free text; score --input)", assess_text, texts)):
        times = [cpu_per_note(f, items) for _ in range(args.runs)]
        print(f"{label}: {statistics.median(times):,.0f} us CPU a note, median of {args.runs} "
              f"({min(times):,.0f}-{max(times):,.0f})")
    if args.profile:
        for label, f, items in (("assess", assess, discussions), ("assess_text", assess_text, texts)):
            prof = cProfile.Profile()
            prof.enable()
            for x in items:
                f(x)
            prof.disable()
            for key in ("tottime", "cumulative"):
                print(f"\n--- {label}: top {args.profile} by {key} ---")
                pstats.Stats(prof).sort_stats(key).print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
