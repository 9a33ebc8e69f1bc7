"""JSON Lines: one whole record a line (its addenda included), then its assessments and, when it
has any, its auditors' audits (`audits`).

Each line is valid against `schema/export_line.schema.json` (the model `ExportedRecord`): the
fields of `schema/supervision_record.schema.json` plus `assessments`. `supervision-tui import`
reads it back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .core import ExportContext, ExportItem, _stored_criteria

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_str = json.encoder.encode_basestring  # a str as a JSON string (C, non-ASCII kept)
_criteria_json: dict[int, tuple[dict, str]] = {}  # id of a shared criteria dict -> (it, its JSON)


def _assessments_json(assessments: list[dict]) -> str:
    """The assessments as JSON. Stored scores, the bulk of a large export, are written field by
    field: their criteria dicts are shared per combination of flags and encoded once."""
    parts = []
    for a in assessments:
        crit = a["criteria"]
        cached = _criteria_json.get(id(crit))
        if a["source"] != "stored" or cached is None or cached[0] is not crit:
            if a["source"] == "stored" and crit is _stored_criteria(tuple(v["met"] for v in crit.values())):
                _criteria_json[id(crit)] = (crit, _dumps(crit))
            parts.append(_dumps(a))
            continue
        parts.append(
            '{"discussion_id":' + _str(a["discussion_id"])
            + ',"source":"stored","rubric_version":' + _str(a["rubric_version"])
            + ',"score":' + str(int(a["score"]))
            + ',"band":' + _str(a["band"])
            + ',"brief_descriptive":' + ("true" if a["brief_descriptive"] else "false")
            + ',"scored_at":' + (_str(a["scored_at"]) if a["scored_at"] is not None else "null")
            + ',"criteria":' + cached[1] + "}"
        )
    return "[" + ",".join(parts) + "]"


def write(path: Path, items: Iterable[ExportItem], ctx: ExportContext) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for item in items:
            # the stored JSON as it is (no parse, no re-encode), then the assessments
            line = item.record_json()
            audits = ',"audits":' + _dumps(item.audits) if item.audits else ""
            fh.write(line[:-1] + ',"assessments":' + _assessments_json(item.assessments) + audits + "}\n")
