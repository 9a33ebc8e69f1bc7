"""Would a learned layer read new authors better than the checker's rules? A probe, not a feature.

Leave one labelled set out at a time: train one logistic regression per criterion (TF-IDF of
words and word pairs, balanced classes) on every other set, then call the held-out set's notes
with the rules alone, the model alone, "rules or model" (a criterion met if either meets it)
and a model that also sees the rules' strengths. Bands come from the criteria by the same
LABELS.md rule the checker uses. Each author's notes are held out whole, so a figure says how
a reading learned from other authors' words carries to a new author's.

Needs scikit-learn, which the project does not install:
    python -m venv /tmp/probe && /tmp/probe/bin/pip install scikit-learn -e .
    /tmp/probe/bin/python scripts/learned_probe.py quality_notes_twentyeighth.jsonl ...
Held-out names are files in tests/; with none, every tests/quality_notes_*.jsonl is held out in
turn. ../shared/eval/dev.jsonl is used for training when present. Unseen sets kept back for a
round's measure must not be in tests/ when this runs (they would train the model).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from supervision_tui.models import CRITERIA  # noqa: E402
from supervision_tui.quality.checker import assess_text  # noqa: E402
from supervision_tui.quality.evaluation import load_jsonl, prf  # noqa: E402
from supervision_tui.quality.scoring import band_for  # noqa: E402

try:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:
    sys.exit("learned_probe.py needs scikit-learn (see this script's docstring); the project itself does not")


def macro_f1_and_band(rows: list[dict], calls: list[dict[str, bool]]) -> tuple[float, float]:
    f1s = []
    for c in CRITERIA:
        tp = sum(1 for r, p in zip(rows, calls) if p[c] and r["criteria"][c])
        fp = sum(1 for r, p in zip(rows, calls) if p[c] and not r["criteria"][c])
        fn = sum(1 for r, p in zip(rows, calls) if not p[c] and r["criteria"][c])
        f1s.append(prf(tp, fp, fn)["f1"])  # the same F1 as scripts/evaluate.py
    exact = sum(1 for r, p in zip(rows, calls) if band_for(p).value == r["band"]) / len(rows)
    return sum(f1s) / len(f1s), exact


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("held_out", nargs="*", help="labelled sets in tests/ to hold out in turn")
    args = ap.parse_args()

    sets = {p.name: p for p in sorted((ROOT / "tests").glob("quality_notes*.jsonl"))}
    dev = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if dev.exists():
        sets["dev.jsonl"] = dev
    unknown = [n for n in args.held_out if n not in sets]
    if unknown:
        sys.exit(f"no labelled set named {', '.join(unknown)} in tests/")
    rows = []
    for name, path in sets.items():
        for r in load_jsonl(path):
            a = assess_text(r["text"])
            rows.append({**r, "set": name,
                         "met": {c: a.criteria[c].met for c in CRITERIA},
                         "strength": [a.criteria[c].strength for c in CRITERIA]})

    totals: dict[str, list[tuple[float, float]]] = {}
    for held in args.held_out or [n for n in sets if n != "dev.jsonl"]:
        train = [r for r in rows if r["set"] != held]
        test = [r for r in rows if r["set"] == held]
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        x_train, x_test = words.fit_transform([r["text"] for r in train]), words.transform([r["text"] for r in test])
        s_train = csr_matrix(np.array([r["strength"] for r in train]) * 3)
        s_test = csr_matrix(np.array([r["strength"] for r in test]) * 3)
        calls: dict[str, list[dict[str, bool]]] = {k: [{} for _ in test] for k in ("model", "rules or model", "model with rules")}
        for c in CRITERIA:
            y = [bool(r["criteria"][c]) for r in train]
            alone = LogisticRegression(C=4, max_iter=2000, class_weight="balanced").fit(x_train, y)
            seeing = LogisticRegression(C=4, max_iter=2000, class_weight="balanced").fit(hstack([x_train, s_train]), y)
            p_alone = alone.predict_proba(x_test)[:, 1]
            p_seeing = seeing.predict_proba(hstack([x_test, s_test]))[:, 1]
            for i, r in enumerate(test):
                calls["model"][i][c] = bool(p_alone[i] > 0.5)
                calls["rules or model"][i][c] = bool(p_alone[i] > 0.5) or r["met"][c]
                calls["model with rules"][i][c] = bool(p_seeing[i] > 0.5)
        calls["rules"] = [r["met"] for r in test]
        for how in ("rules", "model", "rules or model", "model with rules"):
            f1, exact = macro_f1_and_band(test, calls[how])
            totals.setdefault(how, []).append((f1, exact))
            print(f"{held:38s} {how:17s} macro F1 {f1:.3f}  band exact {exact:.3f}", flush=True)
    for how, figs in totals.items():
        print(f"{'mean over ' + str(len(figs)) + ' sets':38s} {how:17s} macro F1 "
              f"{sum(f for f, _ in figs) / len(figs):.3f}  band exact {sum(b for _, b in figs) / len(figs):.3f}")


if __name__ == "__main__":
    main()
