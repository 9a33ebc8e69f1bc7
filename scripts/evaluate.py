#!/usr/bin/env python
"""Measure the quality checker on a labelled JSONL set (shared/eval/LABELS.md format).

    python scripts/evaluate.py [PATH] [--via free|dealt|first_box|typed|all] [--seed N] [--json] [--errors]
    python scripts/evaluate.py [PATH] --through-cli     # the same, by the commands a user runs

PATH defaults to ../shared/eval/dev.jsonl beside the project root. Prints per-criterion
precision/recall/F1, macro F1, brief_descriptive P/R/F1, band exact and within-one
agreement, and Spearman's rho between the 0-100 score and the band order, for each way a note
reaches the checker: as free text (`free`), its sentences dealt at random (seeded) into the
app's seven text boxes (`dealt`), and the whole note in the first box (`first_box`). The last
two go through `assess`, the code the app and `score` use for a record. By default all three,
then one summary line each. A set of case discussions as typed into the app (each row holds a
"discussion", e.g. tests/quality_boxes_demo.jsonl) is read as typed (`typed`).

With --through-cli the notes take the user's own path instead: free text through
`score --input ... --output`; dealt and first-box notes as records through `import`, `score`
and `export --format csv`, the verdicts read back from the export's columns. It also counts the
verdicts that differ from the checker run in this process (there should be none).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "dev.jsonl"

sys.path.insert(0, str(ROOT))

from supervision_tui.models import Band  # noqa: E402
from supervision_tui.quality import RUBRIC_VERSION  # noqa: E402
from supervision_tui.quality.evaluation import (  # noqa: E402
    PATHS, TYPED, assessor, evaluate, format_figures, load_jsonl, paths_for, typed_discussions,
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT), help="labelled JSONL (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--errors", action="store_true", help="list the notes where the checker disagrees")
    ap.add_argument("--via", choices=(*PATHS, TYPED, "all"), default="all",
                    help="how notes reach the checker (default: all; a set of typed discussions is read as typed)")
    ap.add_argument("--seed", type=int, default=0, help="the deal of sentences into boxes (default: %(default)s)")
    ap.add_argument("--through-cli", action="store_true",
                    help="run the notes through import, score and export (score --input for free text)")
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
    readable = paths_for(rows)
    paths = readable if args.via == "all" else (args.via,)
    if (TYPED in paths) != (readable == (TYPED,)):
        print(f"error: {path} holds {'typed discussions' if TYPED not in paths else 'free text'}: "
              f"use --via {'typed' if TYPED not in paths else 'free, dealt or first_box'}", file=sys.stderr)
        return 2
    if TYPED in paths:
        try:
            typed_discussions(rows)
        except ValueError as e:
            print(f"error: {path}: {e}", file=sys.stderr)
            return 2
    if args.through_cli:
        try:
            via_cli = through_cli(rows, paths, args.seed)
        except RuntimeError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        results = {p: evaluate(rows, via_cli[p].__getitem__) for p in paths}
        differ = {p: _differences(rows, via_cli[p], assessor(p, args.seed, rows)) for p in paths}
    else:
        results = {p: evaluate(rows, assessor(p, args.seed, rows)) for p in paths}
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
        if args.through_cli:
            out["through_cli"] = {p: {"differ_from_in_process": differ[p]} for p in paths}
        print(json.dumps(out, indent=2))
        return 0
    for p, figures in results.items():
        how = _TITLES[p].format(seed=args.seed) + (f", through {_COMMANDS[p]}" if args.through_cli else "")
        print(format_figures(figures, f"{path} (rubric {RUBRIC_VERSION}), {how}"))
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
    if args.through_cli:
        print()
        for p in paths:
            print(f"{p}: {differ[p]} of {len(rows) * 12} verdicts (nine criteria, brief, band, score) differ "
                  f"between {_COMMANDS[p]} and the checker in this process")
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
    TYPED: "as typed in the app's boxes and tables",
}


_COMMANDS = {
    "free": "score --input",
    "dealt": "import, score and export",
    "first_box": "import, score and export",
    TYPED: "import, score and export",
}


class _Verdicts:
    """What an export row or a `score --output` line says of one note, read as the evaluation
    reads an assessment."""

    class _Met:
        def __init__(self, met: bool):
            self.met = met

    def __init__(self, criteria: dict[str, bool], score: int, band: str, brief: bool):
        self.criteria = {c: self._Met(v) for c, v in criteria.items()}
        self.score, self.band, self.brief_descriptive = score, band, brief


def _cli(*args: str, cwd: Path) -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-m", "supervision_tui.cli", *args], cwd=cwd,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"supervision-tui {args[0]} failed: {done.stderr.strip()[-300:]}")


def through_cli(rows: list[dict], paths, seed: int) -> dict[str, dict[str, _Verdicts]]:
    """{path: {note text: verdicts}} from the commands a user runs, in a temporary folder."""
    import csv
    import datetime as dt
    import tempfile

    from supervision_tui.models import CRITERIA, SupervisionRecord
    from supervision_tui.quality.evaluation import dealt_discussion, first_box_discussion, typed_discussions

    yes = {"true", "yes", "1"}
    out: dict[str, dict[str, _Verdicts]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for p in paths:
            by_text: dict[str, _Verdicts] = {}
            if p == "free":
                notes = work / "notes.jsonl"
                notes.write_text("".join(json.dumps({"id": str(i), "text": r["text"]}) + "\n"
                                         for i, r in enumerate(rows)), encoding="utf-8")
                _cli("score", "--input", str(notes), "--output", str(work / "scored.jsonl"), cwd=work)
                for line in (work / "scored.jsonl").read_text(encoding="utf-8").splitlines():
                    o = json.loads(line)
                    by_text[rows[int(o["id"])]["text"]] = _Verdicts(
                        {c: o["criteria"][c]["met"] for c in CRITERIA}, o["score"], o["band"], o["brief_descriptive"])
            else:
                db, records = work / f"{p}.db", work / f"{p}.jsonl"
                typed = typed_discussions(rows) if p == TYPED else {}
                make = {"dealt": lambda t: dealt_discussion(t, seed), "first_box": first_box_discussion,
                        TYPED: typed.__getitem__}[p]
                with records.open("w", encoding="utf-8") as fh:
                    for i, r in enumerate(rows):
                        d = make(r["text"]).model_copy(update={"case_ref": f"note-{i}"})
                        rec = SupervisionRecord(supervisor="Evaluation", supervisee="Labelled notes",
                                                team="Evaluation", date=dt.date(2026, 1, 5), discussions=[d])
                        fh.write(rec.model_dump_json() + "\n")
                _cli("import", "--db", str(db), str(records), cwd=work)
                _cli("score", "--db", str(db), cwd=work)
                _cli("export", "--db", str(db), "--format", "csv", "--out", str(work / f"{p}.csv"), cwd=work)
                with (work / f"{p}.csv").open(encoding="utf-8-sig", newline="") as fh:
                    for row in csv.DictReader(fh):
                        text = rows[int(row["case_ref"].removeprefix("note-"))]["text"]
                        by_text[text] = _Verdicts({c: row[f"met_{c}"].lower() in yes for c in CRITERIA},
                                                  int(row["score"]), row["band"],
                                                  row["brief_descriptive"].lower() in yes)
            missing = sum(1 for r in rows if r["text"] not in by_text)
            if missing:
                raise RuntimeError(f"{missing} notes did not come back through {_COMMANDS[p]}")
            out[p] = by_text
    return out


def _differences(rows: list[dict], via_cli: dict[str, _Verdicts], assess) -> int:
    """Verdicts (of nine criteria, brief, band and score) that differ from the checker here."""
    n = 0
    for r in rows:
        got, here = via_cli[r["text"]], assess(r["text"])
        n += sum(got.criteria[c].met != here.criteria[c].met for c in here.criteria)
        n += (got.score != here.score) + (got.band != Band(here.band).value)
        n += got.brief_descriptive != here.brief_descriptive
    return n


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
