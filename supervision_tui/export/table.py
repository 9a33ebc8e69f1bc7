"""Rows for spreadsheets: one per case discussion (CSV, and the XLSX Discussions sheet) and
one per record (the XLSX Records sheet).

CSV is UTF-8 with a byte order mark (so Excel reads it as UTF-8), streamed with the csv module,
and every text cell that a spreadsheet could run as a formula (one beginning with =, +, -, @,
a tab or a carriage return) is given a leading apostrophe.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..models import CRITERIA, PLAN_TYPE_LABELS, PlanType
from ..safe_text import FORMULA_START, neutralise_formula
from .core import ExportContext, ExportItem


RECORD_COLUMNS = [
    "record_id", "date", "team", "supervisor", "supervisee", "supervision_type", "experience_level",
    "caseload", "agenda_agreed_jointly", "status", "supervisor_signed_by", "supervisor_signed_at",
    "supervisee_signed_by", "supervisee_signed_at", "supervisee_agrees", "supervisee_comment",
    "next_supervision", "addenda", "record_updated_at",
]
DISCUSSION_COLUMNS = [
    "discussion_number", "discussion_id", "case_ref", "child_initials", "plan_type", "safety_scale",
    "update", "lived_experience", "reflection", "risk", "impact", "challenge", "key_decisions",
    "actions", "progress", "previous_actions_review",
    "score", "band", "brief_descriptive", *(f"met_{c}" for c in CRITERIA), "assessment_source", "rubric_version",
]
COLUMNS = RECORD_COLUMNS + DISCUSSION_COLUMNS
RECORD_SHEET_COLUMNS = RECORD_COLUMNS + [
    "wellbeing", "workload", "development", "case_discussions", "record_band", "lowest_score",
    "addenda_text",
]
DATE_COLUMNS = {"date", "next_supervision"}
DATETIME_COLUMNS = {"supervisor_signed_at", "supervisee_signed_at", "record_updated_at"}


neutralise = neutralise_formula  # the one function every CSV and sheet uses


def _yes(v: bool | None) -> str:
    return "" if v is None else ("yes" if v else "no")


def _signoff(r: dict, role: str) -> dict | None:
    for s in r["signoffs"]:
        if s["role"] == role:
            return s
    return None


def record_cells(r: dict) -> list[Any]:
    sup = _signoff(r, "supervisor") or {}
    see = _signoff(r, "supervisee")
    return [
        r["id"], r["date"], r["team"], r["supervisor"], r["supervisee"], r["type"], r["experience_level"],
        r["caseload"], _yes(r["agenda_agreed_jointly"]), r["status"], sup.get("name", ""),
        sup.get("signed_at", ""), see["name"] if see else "", see["signed_at"] if see else "",
        _yes(see["agrees"]) if see else "", see["comment"] if see else "",
        r["next_supervision"] or "", len(r["addenda"]), r["updated_at"],
    ]


def _decisions(d: dict) -> str:
    out = []
    for k in d["decisions"]:
        line = k["decision"].strip()
        if k["rationale"].strip():
            line += f" (rationale: {k['rationale'].strip()})"
        out.append(line)
    return "\n".join(out)


def _actions(d: dict) -> str:
    out = []
    for a in d["actions"]:
        extra = ", ".join(x for x in (f"owner: {a['owner'].strip()}" if a["owner"].strip() else "",
                                      f"due: {a['due']}" if a["due"] else "") if x)
        out.append(a["action"].strip() + (f" ({extra})" if extra else ""))
    return "\n".join(out)


def _reviews(d: dict) -> str:
    out = []
    for p in d["previous_actions"]:
        status = (p["status"] or "not reviewed").replace("_", " ")
        line = f"{p['action'].strip()}: {status}"
        if p["note"].strip():
            line += f" ({p['note'].strip()})"
        out.append(line)
    return "\n".join(out)


def discussion_cells(n: int, d: dict | None, a: dict | None) -> list[Any]:
    if d is None:
        return [""] * len(DISCUSSION_COLUMNS)
    crit = a["criteria"] if a else {}
    return [
        n, d["id"], d["case_ref"], d["child_initials"], d["plan_type"],
        "" if d["safety_scale"] is None else d["safety_scale"],
        d["update"], d["lived_experience"], d["reflection"], d["risk"], d["impact"], d["challenge"],
        _decisions(d), _actions(d), d["progress"], _reviews(d),
        a["score"] if a else "", a["band"] if a else "", _yes(a["brief_descriptive"]) if a else "",
        *(_yes(crit[c]["met"]) if c in crit else "" for c in CRITERIA),
        a["source"] if a else "", a["rubric_version"] if a else "",
    ]


def discussion_rows(item: ExportItem, clean=None) -> Iterator[list[Any]]:
    """One row per case discussion; a record with none still gets one row, so none goes missing.

    `clean`, if given, is applied to each cell (the record's cells once, not once per row)."""
    r = item.data
    head = record_cells(r)
    if clean:
        head = [clean(v) for v in head]
    if not r["discussions"]:
        yield head + discussion_cells(0, None, None)
        return
    for n, (d, a) in enumerate(zip(r["discussions"], item.assessments), start=1):
        cells = discussion_cells(n, d, a)
        yield head + ([clean(v) for v in cells] if clean else cells)


def record_sheet_row(item: ExportItem) -> list[Any]:
    r = item.data
    scores = [a["score"] for a in item.assessments]
    addenda = "\n\n".join(
        f"{a['created_at']} {a['author']} (reason: {a['reason']}): {a['text']}" for a in r["addenda"]
    )
    return record_cells(r) + [
        r["worker"]["wellbeing"], r["worker"]["workload"], r["worker"]["development"],
        len(r["discussions"]), item.record_band or "", min(scores) if scores else "", addenda,
    ]


def plan_label(value: str) -> str:
    return PLAN_TYPE_LABELS.get(PlanType(value), value)


_FIRST = frozenset(FORMULA_START) | {" ", "\u3000"}


def _clean(v: Any) -> Any:
    # neutralise(), with a quick first test: it runs for every cell of 100,000s of rows
    return neutralise_formula(v) if (v.__class__ is str and v[:1] in _FIRST) else v


def write_csv(path: Path, items: Iterable[ExportItem], ctx: ExportContext) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="", buffering=1 << 20) as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for item in items:
            w.writerows(discussion_rows(item, _clean))
