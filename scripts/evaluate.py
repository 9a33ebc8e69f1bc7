#!/usr/bin/env python
"""Measure the quality checker on a labelled JSONL set (shared/eval/LABELS.md format).

    python scripts/evaluate.py [PATH] [--via free|dealt|first_box|all] [--seed N] [--json] [--errors]

PATH defaults to ../shared/eval/dev.jsonl beside the project root. Prints per-criterion
precision/recall/F1, macro F1, brief_descriptive P/R/F1, band exact and within-one
agreement, and Spearman's rho between the 0-100 score and the band order, for each way a note
reaches the checker: as free text (`free`), its sentences dealt at random (seeded) into the
app's seven text boxes (`dealt`), and the whole note in the first box (`first_box`). The last
two go through `assess`, the code the app and `score` use for a record. By default all three,
then one summary line each.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "dev.jsonl"

sys.path.insert(0, str(ROOT))

from supervision_tui.quality import RUBRIC_VERSION  # noqa: E402
from supervision_tui.quality.evaluation import PATHS, assessor, evaluate, format_figures, load_jsonl  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT), help="labelled JSONL (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--errors", action="store_true", help="list the notes where the checker disagrees")
    ap.add_argument("--via", choices=(*PATHS, "all"), default="all", help="how notes reach the checker (default: all)")
    ap.add_argument("--seed", type=int, default=0, help="the deal of sentences into boxes (default: %(default)s)")
    ap.add_argument("--bench", action="store_true", help="also time the checker (one core): notes/second and a 2,000-word note")
    args = ap.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"error: {path} does not exist", file=sys.stderr)
        return 2
    try:
        rows = load_jsonl(path)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    paths = PATHS if args.via == "all" else (args.via,)
    results = {p: evaluate(rows, assessor(p, args.seed)) for p in paths}
    if args.bench:
        bench = _bench([r["text"] for r in rows])
    if args.json:
        out = {"rubric_version": RUBRIC_VERSION, "path": str(path), "seed": args.seed}
        for p, figures in results.items():
            out[p] = figures.as_dict()
            if args.errors:
                out[p]["errors"] = figures.errors
        if args.bench:
            out["bench"] = bench
        print(json.dumps(out, indent=2))
        return 0
    for p, figures in results.items():
        print(format_figures(figures, f"{path} (rubric {RUBRIC_VERSION}), {_TITLES[p].format(seed=args.seed)}"))
        if args.errors:
            print()
            for e in figures.errors:
                bd = e["brief_descriptive"]
                bd_s = "" if bd[0] == bd[1] else f"  brief {bd[0]}->{bd[1]}"
                print(f"{e['id']:<10} {e['gold_band']:>20} -> {e['band']:<20} {e['score']:3d}  {' '.join(e['criteria'])}{bd_s}")
        print()
    if len(results) > 1:
        print(f"{'path':<10} {'macro F1':>8} {'brief F1':>8} {'band exact':>10} {'within one':>10} {'Spearman':>8}")
        for p, f in results.items():
            print(
                f"{p:<10} {f.macro_f1:8.3f} {f.brief_descriptive['f1']:8.3f} {f.band_exact:10.3f} "
                f"{f.band_within_one:10.3f} {f.spearman:8.3f}"
            )
    if args.bench:
        print()
        print(
            f"speed: {bench['notes_per_second']:.0f} notes/s ({bench['us_per_note']:.0f} us/note, mean "
            f"{bench['mean_words']:.0f} words); a {bench['long_words']}-word note in {bench['long_ms']:.1f} ms"
        )
    return 0


_TITLES = {
    "free": "free text",
    "dealt": "sentences dealt at random into the seven boxes (seed {seed})",
    "first_box": "the whole note in the first box",
}


def _bench(texts: list[str]) -> dict:
    import time

    from supervision_tui.quality import assess_text

    for t in texts:
        assess_text(t)
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 1.0:
        for t in texts:
            assess_text(t)
        n += len(texts)
    dt = (time.perf_counter() - t0) / n
    parts, words = [], 0
    while words < 2000:
        t = texts[len(parts) % len(texts)]
        parts.append(t)
        words += len(t.split())
    long = "\n\n".join(parts)
    assess_text(long)
    t0 = time.perf_counter()
    for _ in range(10):
        assess_text(long)
    long_ms = (time.perf_counter() - t0) / 10 * 1000
    return {
        "notes_per_second": 1 / dt,
        "us_per_note": dt * 1e6,
        "mean_words": sum(len(t.split()) for t in texts) / len(texts),
        "long_words": words,
        "long_ms": long_ms,
    }


if __name__ == "__main__":
    raise SystemExit(main())
