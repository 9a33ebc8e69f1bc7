"""A second reading, learned from labelled notes, of what the rules' cues say about a whole note.

The rules (criteria/) read each clause for the forms of words written down in them; a new
author writes in forms nobody has written down, and there the rules stay silent, or hear a
look-alike. This layer reads the note as a whole for the criteria it was trained for (every one
but depth and actions: see READ_AGAIN in scripts/train_second_reading.py for why): for each, a
logistic regression over the note's words and word pairs (TF-IDF, as scikit-learn computes it)
and the rules' own strengths. It was trained by `scripts/train_second_reading.py` on the labelled
sets in tests/ (never on shared/eval/dev.jsonl, which stays a measure), with the rules' strengths
as they stood before each set was read, so it trusts the rules as far as they deserve on an
author they have not read; the weights are `second_reading.json`, plain numbers read by plain
Python, so nothing is compiled or installed for it.

It meets a criterion the rules missed when fairly sure (`threshold`), citing the rules' own best
sentence for that criterion or else the sentence whose words weighed most towards it; and it
unmeets one the rules met only when fairly sure the note does not do it (`unmeet`), as with a
criterion named and not done. Neither touches what a manager entered in the Decisions or Actions
tables or a safety scale (checker._second_look). A short note keeps the rules' verdicts: a few
words carry too little for a learned reading, and a look-alike sentence must stay a look-alike.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Sequence

# scikit-learn's default token: two or more word characters, after lowercasing
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_FILE = "second_reading.json"


class SecondReading:
    """One trained model: vocabulary with idf and weights, the rules' strengths' weights, biases."""

    __slots__ = ("criteria", "vocab", "strength_weights", "bias", "strength_scale", "min_words", "rubric", "threshold",
                 "unmeet")

    def __init__(self, data: dict) -> None:
        self.criteria: tuple[str, ...] = tuple(data["criteria"])
        self.strength_scale: float = data["strength_scale"]
        self.min_words: int = data["min_words"]
        # the probability at which it meets a criterion: chosen on held-out authors by the trainer
        self.threshold: float = data.get("threshold", 0.5)
        # below which it unmeets what the rules met; None: it never does (weights before round 14)
        self.unmeet: float | None = data.get("unmeet")
        self.rubric: str = data["rubric"]
        # feature -> (idf, idf x its weight for each criterion): a feature seen once adds its
        # tuple as it stands, and the tuples are summed column by column in one go
        self.vocab: dict[str, tuple[float, tuple[float, ...]]] = {
            f: (idf, tuple(idf * w for w in ws)) for f, (idf, ws) in data["vocab"].items()
        }
        self.strength_weights: dict[str, tuple[float, ...]] = {
            k: tuple(ws) for k, ws in data["strength_weights"].items()
        }
        self.bias: tuple[float, ...] = tuple(data["bias"])

    def features(self, low: str) -> Counter[str]:
        """How often each known word and word pair occurs in lower-cased text."""
        toks = _TOKEN.findall(low)
        vocab = self.vocab
        counts = Counter([f for f in toks if f in vocab])
        counts.update([f for f in map(" ".join, zip(toks, toks[1:])) if f in vocab])
        return counts

    def _scores(self, counts: dict[str, int]) -> tuple[list[float], float]:
        """Each criterion's weighted sum of the note's TF-IDF (sublinear tf), and the vector's length."""
        rows = []
        sq = 0.0
        vocab = self.vocab
        for f, n in counts.items():
            idf, u = vocab[f]
            if n == 1:
                rows.append(u)
                sq += idf * idf
            else:
                g = math.log(n) + 1.0
                rows.append(tuple(g * x for x in u))
                sq += g * g * idf * idf
        return [sum(col) for col in zip(*rows)] if rows else [0.0] * len(self.criteria), math.sqrt(sq) or 1.0

    def probabilities(self, counts: dict[str, int], strengths: dict[str, float]) -> dict[str, float]:
        """For each criterion the model knows, the probability that the note (its `features`)
        meets it."""
        sums, norm = self._scores(counts)
        z = [b + s / norm for b, s in zip(self.bias, sums)]
        scale = self.strength_scale
        for k, ws in self.strength_weights.items():
            s = strengths.get(k, 0.0) * scale
            if s:
                z = [zi + s * w for zi, w in zip(z, ws)]
        return {c: 1.0 / (1.0 + math.exp(-zi)) for c, zi in zip(self.criteria, z)}

    def weightiest(self, criterion: str, counts: dict[str, int], sentences: Sequence[str]) -> int | None:
        """The index of the sentence (lower-cased) whose words weigh most towards `criterion` in
        the note whose `features` are `counts`."""
        i = self.criteria.index(criterion)
        best, best_w = None, 0.0
        for j, s in enumerate(sentences):
            toks = _TOKEN.findall(s)
            own = set(toks) | set(map(" ".join, zip(toks, toks[1:])))
            w = sum((math.log(counts[f]) + 1.0) * self.vocab[f][1][i] for f in own if f in counts)
            if w > best_w:
                best, best_w = j, w
        return best


@lru_cache(maxsize=1)
def default() -> SecondReading:
    """The model shipped with the checker (loaded on first use, so start-up does not pay)."""
    raw = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    return SecondReading(json.loads(raw))
