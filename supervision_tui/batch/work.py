"""What a worker does with one task: text in, compact results out.

Tasks carry only strings (a discussion's stored JSON, a note's text, a raw JSON line) and
results are tuples and ready-made JSON lines, so nothing heavy is pickled between processes.
The same functions run in-process with --jobs 1, which is why both write the same bytes.
"""

from __future__ import annotations

import json
from functools import partial

from .. import quality  # looked up at call time, so that a test's monkeypatch reaches --jobs 1
from ..models import CaseDiscussion
from ..store import SCORE_COLUMNS
from .inputs import parse_json_row

_parse = CaseDiscussion.model_validate_json
_dumps = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))


def _line(head: dict, a) -> str:
    """One output line: `head`'s fields, then the assessment's. pydantic writes the assessment
    (a third of the cost of model_dump and json.dumps, which was 3% of a note's)."""
    return _dumps(head)[:-1] + "," + a.model_dump_json()[1:]  # an assessment always has fields

_CRITERIA = SCORE_COLUMNS[7:]
assert SCORE_COLUMNS[:7] == ("discussion_id", "record_id", "record_updated_at", "rubric_version", "score",
                             "band", "brief_descriptive")
SCORE, BAND, BRIEF = 4, 5, 6  # where the tally reads a score row


def score_row(did: str, rid: str, updated: str, a) -> tuple:
    """An assessment as a stored score (SCORE_COLUMNS order)."""
    crit = a.criteria
    return (did, rid, updated, a.rubric_version, a.score, a.band.value, a.brief_descriptive,
            *[crit[c].met for c in _CRITERIA])


def assess_bodies(task: tuple[list[tuple[str, str, str, str]], bool]) -> list[tuple]:
    """Stored discussions [(discussion_id, record_id, record_updated_at, body JSON)] ->
    [(score row, output line or None)]."""
    rows, want_lines = task
    assess = quality.assess
    out = []
    for did, rid, updated, body in rows:
        a = assess(_parse(body))
        line = None
        if want_lines:
            line = _line({"discussion_id": did, "record_id": rid}, a)
        out.append((score_row(did, rid, updated, a), line))
    return out


def assess_rows(task: tuple[int, list, str]) -> list[tuple[list[tuple[int, str, bool]], str]]:
    """Input rows numbered from `first` -> [([(score, band, brief) per assessment], output line)]."""
    first, rows, text_column = task
    out = []
    for n, (kind, a, b) in enumerate(rows, start=first):
        if kind == "json":
            kind, rid, item = parse_json_row(a, b, text_column)
        else:
            rid, item = a, b
        if kind == "text":
            x = quality.assess_text(item)
            marks = [(x.score, x.band.value, x.brief_descriptive)]
            out.append((marks, _line({"row": n} if rid is None else {"row": n, "id": rid}, x)))
            continue
        if kind == "discussion":
            x = quality.assess(item)
            marks = [(x.score, x.band.value, x.brief_descriptive)]
            out.append((marks, _line({"row": n, "id": item.id}, x)))
            continue
        marks = []  # a record: each case discussion's assessment, the record's the weakest
        discussions = []
        worst = None
        for d in item.discussions:
            x = quality.assess(d)
            marks.append((x.score, x.band.value, x.brief_descriptive))
            discussions.append({"discussion_id": d.id, "case_ref": d.case_ref, **x.model_dump(mode="json")})
            if worst is None or x.score < worst.score:
                worst = x
        obj = {"row": n, "id": item.id, "kind": "record",
               "score": worst.score if worst else None,
               "band": worst.band.value if worst else None,
               "discussions": discussions}
        out.append((marks, _dumps(obj)))
    return out


def recheck_scores(rows: list[tuple]) -> tuple[int, int, list[str]]:
    """Stored scores as Store.iter_scores_to_verify gives them -> (recomputed, not recomputable,
    ids of those the checker does not give). Only a score of the current rubric made after its
    record's last change can be recomputed."""
    rubric_now = quality.RUBRIC_VERSION
    assess = quality.assess
    checked = unchecked = 0
    wrong = []
    for row in rows:
        did, rubric, fresh, body = row[0], row[1], row[14], row[15]
        if rubric != rubric_now or not fresh:
            unchecked += 1
            continue
        checked += 1
        a = assess(_parse(body))
        if (a.rubric_version, a.score, a.band.value, a.brief_descriptive,
                *[a.criteria[c].met for c in _CRITERIA]) != (rubric, row[2], row[3], *map(bool, row[4:14])):
            wrong.append(did)
    return checked, unchecked, wrong
