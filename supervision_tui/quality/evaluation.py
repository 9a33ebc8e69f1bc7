"""Measuring the checker on a labelled set (shared/eval/LABELS.md). Pure Python, no scipy."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pydantic import ValidationError

from ..models import CRITERIA, BAND_ORDER, Assessment, Band, CaseDiscussion
from .checker import assess, assess_text
from .text import normalise, split_sentences

# The three ways a labelled note reaches the checker: as free text (an export from another
# system), dealt sentence by sentence into the app's seven text boxes at random, and typed
# whole into the first box. The last two go through `assess`, the code the app uses.
PATHS = ("free", "dealt", "first_box")
# A labelled case discussion as a manager typed it into the app's boxes and tables (a row with
# a "discussion"; its "text" is only what the labeller read): read as typed, through `assess`.
TYPED = "typed"


def paths_for(rows: list[dict]) -> tuple[str, ...]:
    """The ways the rows can reach the checker: as typed when each holds a discussion, else PATHS."""
    return (TYPED,) if rows and all("discussion" in r for r in rows) else PATHS


def typed_discussions(rows: list[dict]) -> dict[str, CaseDiscussion]:
    """Each typed row's discussion, by the row's text (ValueError: a row's is not a case discussion)."""
    out: dict[str, CaseDiscussion] = {}
    for i, r in enumerate(rows, 1):
        try:
            out[r["text"]] = CaseDiscussion.model_validate(r["discussion"])
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(x) for x in first["loc"]) or "discussion"
            raise ValueError(f"row {i} ({r.get('id', '?')}): not a case discussion: {where}: {first['msg']}") from None
    return out


def note_sentences(text: str) -> list[str]:
    """The note's sentences, line by line, as a manager might type or paste them into boxes."""
    out: list[str] = []
    for line in normalise(text).split("\n"):
        line = line.strip()
        if line:
            out.extend(s for s in split_sentences(line) if s.strip())
    return out


def dealt_discussion(text: str, seed: int = 0) -> CaseDiscussion:
    """The note's sentences dealt at random into the seven text boxes (same seed, same deal)."""
    rng = random.Random(f"{seed}:{text}")
    boxes: dict[str, list[str]] = {name: [] for name in CaseDiscussion.SECTION_FIELDS}
    for sent in note_sentences(text):
        boxes[rng.choice(CaseDiscussion.SECTION_FIELDS)].append(sent)
    return CaseDiscussion(**{k: " ".join(v) for k, v in boxes.items()})


def first_box_discussion(text: str) -> CaseDiscussion:
    """The whole note typed into the first box ("What is happening")."""
    return CaseDiscussion(**{CaseDiscussion.SECTION_FIELDS[0]: text})


def assessor(path: str, seed: int = 0, rows: list[dict] | None = None) -> Callable[[str], Assessment]:
    """How a labelled note's text is assessed on one of PATHS, or as typed (TYPED, from `rows`)."""
    if path == TYPED:
        typed = typed_discussions(rows or [])
        return lambda text: assess(typed[text])
    if path == "free":
        return assess_text
    if path == "dealt":
        return lambda text: assess(dealt_discussion(text, seed))
    if path == "first_box":
        return lambda text: assess(first_box_discussion(text))
    raise ValueError(f"unknown path {path!r} (one of {', '.join(PATHS)})")


@dataclass
class Figures:
    n: int
    per_criterion: dict[str, dict[str, float]]
    macro_f1: float
    brief_descriptive: dict[str, float]
    band_exact: float
    band_within_one: float
    spearman: float
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            "per_criterion": self.per_criterion,
            "macro_f1": self.macro_f1,
            "brief_descriptive": self.brief_descriptive,
            "band_exact": self.band_exact,
            "band_within_one": self.band_within_one,
            "spearman": self.spearman,
        }


def load_jsonl(path: str | Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{i}: not valid JSON ({e.msg})") from None
    return rows


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def average_ranks(values: list[float]) -> list[float]:
    """Ranks 1..n, ties sharing the average of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    return ranks


def spearman(x: list[float], y: list[float]) -> float:
    """Spearman's rho: Pearson correlation of average ranks (handles ties)."""
    if len(x) != len(y) or len(x) < 2:
        return 0.0
    rx, ry = average_ranks(x), average_ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    if vx == 0 or vy == 0:
        return 0.0
    return cov / (vx * vy) ** 0.5


def evaluate(rows: Iterable[dict], assess: Callable[[str], Assessment] = assess_text) -> Figures:
    rows = list(rows)
    counts = {c: [0, 0, 0] for c in CRITERIA}
    bd = [0, 0, 0]
    exact = within = 0
    scores: list[float] = []
    gold_ranks: list[float] = []
    errors: list[dict] = []
    for row in rows:
        a = assess(row["text"])
        diff = []
        for c in CRITERIA:
            gold = bool(row["criteria"][c])
            got = a.criteria[c].met
            if gold and got:
                counts[c][0] += 1
            elif got and not gold:
                counts[c][1] += 1
                diff.append(f"+{c}")
            elif gold and not got:
                counts[c][2] += 1
                diff.append(f"-{c}")
        g_bd, p_bd = bool(row["brief_descriptive"]), a.brief_descriptive
        if g_bd and p_bd:
            bd[0] += 1
        elif p_bd:
            bd[1] += 1
        elif g_bd:
            bd[2] += 1
        g_rank, p_rank = BAND_ORDER[Band(row["band"])], BAND_ORDER[Band(a.band)]
        exact += g_rank == p_rank
        within += abs(g_rank - p_rank) <= 1
        scores.append(a.score)
        gold_ranks.append(g_rank)
        if diff or g_rank != p_rank or g_bd != p_bd:
            errors.append(
                {
                    "id": row.get("id", ""),
                    "gold_band": row["band"],
                    "band": Band(a.band).value,
                    "score": a.score,
                    "criteria": diff,
                    "brief_descriptive": [g_bd, p_bd],
                }
            )
    per = {c: prf(*counts[c]) for c in CRITERIA}
    n = len(rows) or 1
    return Figures(
        n=len(rows),
        per_criterion=per,
        macro_f1=sum(v["f1"] for v in per.values()) / len(per),
        brief_descriptive=prf(*bd),
        band_exact=exact / n,
        band_within_one=within / n,
        spearman=spearman(scores, gold_ranks),
        errors=errors,
    )


def format_figures(f: Figures, title: str = "") -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{'criterion':<18} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for c, v in f.per_criterion.items():
        lines.append(
            f"{c:<18} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}  {v['tp']:3d} {v['fp']:3d} {v['fn']:3d}"
        )
    lines.append(f"{'macro F1':<18} {'':>6} {'':>6} {f.macro_f1:6.3f}")
    b = f.brief_descriptive
    lines.append(f"{'brief_descriptive':<18} {b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f}  {b['tp']:3d} {b['fp']:3d} {b['fn']:3d}")
    lines.append(f"band exact {f.band_exact:.3f}   within one {f.band_within_one:.3f}   Spearman rho {f.spearman:.3f}   (n={f.n})")
    return "\n".join(lines)
