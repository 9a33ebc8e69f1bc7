#!/usr/bin/env python
"""Every verdict the checker gives, saved, so two versions can be compared flip by flip.

    python scripts/compare_verdicts.py save OUT.json [--db DEMO.db] [SETS...]
    python scripts/compare_verdicts.py diff BEFORE.json AFTER.json

`save` assesses each labelled note three ways (free text, dealt into the seven boxes, all in
the first box; see scripts/evaluate.py) and, with --db, every case discussion of a database
(e.g. one made by `supervision-tui demo`) as a record and as free text. It stores the criteria
met, band, score and brief-descriptive call of each, and a fingerprint of everything else the
checker says (each criterion's strength, evidence and prompt, the next prompt and, for a
note in boxes, each box's own verdict, evidence and prompt). `diff` prints every flip, then
how many fingerprints differ; a refactor that means to change nothing must print neither.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from supervision_tui.quality import assess, assess_boxes, assess_text, next_prompt  # noqa: E402
from supervision_tui.quality.evaluation import PATHS, dealt_discussion, first_box_discussion, load_jsonl  # noqa: E402


def _verdict(a, boxes: dict | None = None) -> dict:
    # what a refactor must not move beyond the verdict itself: strengths, evidence, prompts
    said = [[str(k), c.strength, c.evidence, c.prompt] for k, c in sorted(a.criteria.items(), key=lambda kc: str(kc[0]))]
    said.append(next_prompt(a))
    if boxes is not None:
        said.append(sorted((b.box, b.criterion, b.met, b.evidence, b.prompt, b.empty) for b in boxes.values()))
    detail = hashlib.sha1(json.dumps(said).encode()).hexdigest()[:16]
    return {"met": sorted(str(k) for k, c in a.criteria.items() if c.met), "band": str(a.band), "score": a.score,
            "brief": a.brief_descriptive, "detail": detail}


def _labelled(via: str, text: str) -> dict:
    # as scripts/evaluate.py assesses it (evaluation.assessor), plus each box's own verdict
    if via == "free":
        return _verdict(assess_text(text))
    d = dealt_discussion(text) if via == "dealt" else first_box_discussion(text)
    a, boxes = assess_boxes(d)
    if a != assess(d):
        print(f"{via}: assess_boxes and assess disagree on {text[:40]!r}", file=sys.stderr)
    return _verdict(a, boxes)


def save(out: str, sets: list[str], db: str | None) -> int:
    verdicts: dict[str, dict] = {}
    for path in sets:
        rows = load_jsonl(path)
        for via in PATHS:
            for r in rows:
                verdicts[f"{Path(path).name}|{r['id']}|{via}"] = _labelled(via, r["text"])
    if db:
        from supervision_tui.store import Store

        with Store.open(db, create=False, migrate=False) as store:
            for rec in store.iter_records():
                for d in rec.discussions:
                    a = assess(d)
                    with_boxes, boxes = assess_boxes(d)
                    if with_boxes != a:
                        print(f"db|{d.id}: assess_boxes and assess disagree", file=sys.stderr)
                    verdicts[f"db|{d.id}|record"] = _verdict(a, boxes)
                    verdicts[f"db|{d.id}|text"] = _verdict(assess_text(d.full_text()))
    Path(out).write_text(json.dumps(verdicts), encoding="utf-8")
    print(f"{len(verdicts)} verdicts saved to {out}")
    return 0


def diff(before: str, after: str) -> int:
    a = json.loads(Path(before).read_text(encoding="utf-8"))
    b = json.loads(Path(after).read_text(encoding="utf-8"))
    flips = details = 0
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x == y:
            continue
        if x is not None and y is not None:
            dx, dy = x.pop("detail", None), y.pop("detail", None)
            if x == y:
                # the same verdict; a file saved before fingerprints has none to compare
                if dx is not None and dy is not None and dx != dy:
                    details += 1
                    print(f"{key}: same verdict, other strength, evidence or prompt")
                continue
        flips += 1
        if x is None or y is None:
            print(f"{key}: only in {'after' if x is None else 'before'}")
            continue
        gained = sorted(set(y["met"]) - set(x["met"]))
        lost = sorted(set(x["met"]) - set(y["met"]))
        parts = [f"+{c}" for c in gained] + [f"-{c}" for c in lost]
        if x["band"] != y["band"]:
            parts.append(f"band {x['band']}->{y['band']}")
        if x["score"] != y["score"]:
            parts.append(f"score {x['score']}->{y['score']}")
        if x["brief"] != y["brief"]:
            parts.append(f"brief {x['brief']}->{y['brief']}")
        print(f"{key}: {' '.join(parts)}")
    print(f"{flips} of {len(set(a) | set(b))} verdicts differ")
    print(f"{details} same verdicts differ in strength, evidence or prompt")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("out")
    s.add_argument("sets", nargs="*", help="labelled JSONL sets (default: dev.jsonl and tests/quality_notes*.jsonl)")
    s.add_argument("--db", help="also every case discussion of this database")
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    args = ap.parse_args(argv)
    if args.cmd == "save":
        sets = args.sets or [p for p in [str(ROOT.parent / "shared" / "eval" / "dev.jsonl")] if Path(p).exists()]
        sets = sets + ([] if args.sets else sorted(glob.glob(str(ROOT / "tests" / "quality_notes*.jsonl"))))
        return save(args.out, sets, args.db)
    return diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
