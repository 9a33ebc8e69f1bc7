"""XLSX for auditors, with xlsxwriter in constant_memory mode (rows go to disk as written).

Sheets: Discussions (one row per case discussion, as the CSV), Records (one row per record with
the worker's support, its band and addenda), Audits (one row per audited case discussion, when a
record has audits) and Selection (what was exported, by whom, when).
Text is written as text cells (never formulas); a cell longer than Excel's 32,767 characters is
cut with a note saying so (the JSON Lines and HTML exports keep every word).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from .core import ExportContext, ExportError, ExportItem
from .table import (
    COLUMNS,
    DATE_COLUMNS,
    DATETIME_COLUMNS,
    RECORD_SHEET_COLUMNS,
    discussion_rows,
    record_sheet_row,
)

MAX_CELL = 32_767
MAX_ROWS = 1_048_576
_CUT = "… [cut at Excel's cell limit: see the JSON Lines or HTML export]"

_WIDTHS = {
    "record_id": 12, "discussion_id": 12, "date": 11, "team": 18, "supervisor": 18, "supervisee": 18,
    "update": 50, "lived_experience": 50, "reflection": 50, "risk": 50, "impact": 50, "challenge": 50,
    "key_decisions": 40, "actions": 40, "progress": 40, "previous_actions_review": 40,
    "wellbeing": 40, "workload": 40, "development": 40, "addenda_text": 50, "supervisee_comment": 30,
}


AUDIT_SHEET_COLUMNS = [
    "record_id", "discussion_id", "child", "audited_at", "auditor", "current", "checker_band", "auditor_band",
    "changed", "auditor_comment", "went_well", "to_improve",
]


def audit_rows(item: ExportItem) -> list[list]:
    """One row per case discussion of each audit of the record (superseded audits too, marked)."""
    superseded = {a["supersedes"] for a in item.audits if a.get("supersedes")}
    rows = []
    for a in item.audits:
        for d in a["discussions"]:
            changed = []
            if d.get("auditor_band") and d.get("checker_band") and d["auditor_band"] != d["checker_band"]:
                changed.append("band")
            changed += [c for c, v in d.get("auditor", {}).items() if c in d.get("checker", {}) and d["checker"][c] != v]
            rows.append([a["record_id"], d["discussion_id"], d.get("child", ""), a["created_at"], a["auditor"],
                         a["id"] not in superseded, d.get("checker_band") or "", d.get("auditor_band") or "",
                         ", ".join(changed), d.get("comment", ""), a.get("went_well", ""), a.get("to_improve", "")])
    return rows


class _Sheet:
    def __init__(self, wb, name: str, columns: list[str], formats: dict):
        self.ws = wb.add_worksheet(name)
        self.columns = columns
        self.formats = formats
        self.row = 0
        self.kinds = [
            "date" if c in DATE_COLUMNS else "datetime" if c in DATETIME_COLUMNS else "" for c in columns
        ]
        for i, c in enumerate(columns):
            self.ws.set_column(i, i, _WIDTHS.get(c, 14), formats["wrap"] if _WIDTHS.get(c, 0) >= 40 else None)
        self.ws.freeze_panes(1, 0)
        self.ws.write_row(0, 0, columns, formats["head"])
        self.row = 1

    def add(self, values: list) -> None:
        if self.row >= MAX_ROWS:
            raise ExportError(f"more than {MAX_ROWS - 1:,} rows for the {self.ws.name} sheet: export as CSV")
        ws, r = self.ws, self.row
        for i, (v, kind) in enumerate(zip(values, self.kinds)):
            if v is None or v == "":
                continue
            if isinstance(v, bool):
                ws.write_boolean(r, i, v)
            elif isinstance(v, (int, float)):
                ws.write_number(r, i, v)
            elif kind == "date":
                ws.write_datetime(r, i, dt.date.fromisoformat(v), self.formats["date"])
            elif kind == "datetime":
                moment = dt.datetime.fromisoformat(v)
                ws.write_datetime(r, i, moment.replace(tzinfo=None), self.formats["datetime"])
            else:
                text = str(v)
                if len(text) > MAX_CELL:
                    text = text[: MAX_CELL - len(_CUT)] + _CUT
                ws.write_string(r, i, text)
        self.row += 1

    def finish(self) -> None:
        self.ws.autofilter(0, 0, max(self.row - 1, 0), len(self.columns) - 1)


def write(path: Path, items: Iterable[ExportItem], ctx: ExportContext) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
            # constant_memory spills rows to temporary files: beside the output, not in /tmp
            "tmpdir": str(path.parent),
        },
    )
    wb.set_properties({"title": "Supervision records for audit", "author": ctx.tool, "comments": ctx.out_name})
    formats = {
        "head": wb.add_format({"bold": True, "bg_color": "#DDE4EE", "text_wrap": True, "valign": "top"}),
        "wrap": wb.add_format({"text_wrap": True, "valign": "top"}),
        "date": wb.add_format({"num_format": "yyyy-mm-dd", "valign": "top"}),
        "datetime": wb.add_format({"num_format": "yyyy-mm-dd hh:mm", "valign": "top"}),
        "bold": wb.add_format({"bold": True}),
    }
    try:
        discussions = _Sheet(wb, "Discussions", COLUMNS, formats)
        records = _Sheet(wb, "Records", RECORD_SHEET_COLUMNS, formats)
        audits = None  # the sheet appears only when a record has audits
        for item in items:
            for row in discussion_rows(item):
                discussions.add(row)
            records.add(record_sheet_row(item))
            for row in audit_rows(item):
                if audits is None:
                    audits = _Sheet(wb, "Audits", AUDIT_SHEET_COLUMNS, formats)
                audits.add(row)
        discussions.finish()
        records.finish()
        if audits is not None:
            audits.finish()
        sel = wb.add_worksheet("Selection")
        sel.set_column(0, 0, 28)
        sel.set_column(1, 1, 60)
        c = ctx.counts
        rows = [
            ("Supervision records for audit", ""),
            ("Exported by", ctx.actor),
            ("Exported at (UTC)", ctx.created_at),
            ("Tool", ctx.tool),
            ("Rubric version", ctx.rubric_version),
            ("Pseudonymised (children)", "yes" if ctx.pseudonymised else "no"),
            ("Pseudonymised (workers)", "yes" if ctx.pseudonymised_workers else "no"),
            ("Pseudonym key fingerprint", ctx.pseudonym_key_id or ""),
            ("", ""),
            *((f"Selection: {k}", ", ".join(v) if isinstance(v, list) else (v or "all")) for k, v in ctx.selection.items()),
            ("", ""),
            ("Records", c.records),
            ("Case discussions", c.discussions),
            ("Addenda", c.addenda),
            *((f"Case discussions: {b.replace('_', ' ')}", c.bands.get(b, 0))
              for b in ("inadequate", "requires_improvement", "good", "outstanding")),
            ("Assessments from stored scores", c.sources.get("stored", 0)),
            ("Assessments computed at export", c.sources.get("computed", 0)),
            ("", ""),
            ("Integrity", f"SHA-256 of this file is in {ctx.out_name}.manifest.json"),
        ]
        for i, (k, v) in enumerate(rows):
            sel.write_string(i, 0, k, formats["bold"])
            if isinstance(v, int):
                sel.write_number(i, 1, v)
            else:
                sel.write_string(i, 1, str(v))
    finally:
        wb.close()
