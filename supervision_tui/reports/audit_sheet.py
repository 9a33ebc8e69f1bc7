"""Reading a filled audit sample (the spreadsheet `sample` writes) into audits.

All or nothing: the first problem ends the read with one line naming the row.
A row whose auditor columns are all blank was not audited and is skipped; a
blank verdict is "not judged". Rows by one auditor on one record make one audit.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from ..models import CRITERIA, Audit, AuditSource, Band, CaseDiscussion, DiscussionAudit
from .sample import AUDIT_COLUMNS, CHECKER_COLUMNS

REQUIRED = ("record_id", "discussion_id", *CHECKER_COLUMNS, *AUDIT_COLUMNS)
BAND_WORDS = ", ".join(b.value for b in Band)


class SheetError(ValueError):
    """One line saying what is wrong and where."""


@dataclass
class SheetRow:
    line: int
    record_id: str
    discussion_id: str
    auditor: str
    checker_score: int | None
    checker_band: Band | None
    auditor_band: Band | None
    checker: dict[str, bool]
    auditor_verdicts: dict[str, bool]
    comment: str


def _band(value: str, column: str, line: int) -> Band | None:
    v = value.strip().lower().replace(" ", "_").replace("-", "_")
    if not v:
        return None
    try:
        return Band(v)
    except ValueError:
        raise SheetError(f"row {line}: {column} {value.strip()!r} is not a band ({BAND_WORDS}, or blank)") from None


def _yes_no(value: str, column: str, line: int) -> bool | None:
    v = value.strip().lower()
    if v == "":
        return None
    if v in ("yes", "no"):
        return v == "yes"
    raise SheetError(f"row {line}: {column} {value.strip()!r} must be yes, no or blank")


def read_rows(lines: Iterable[str]) -> list[SheetRow]:
    """The audited rows of a filled sample, checked one by one."""
    reader = csv.DictReader(lines)
    try:
        header = reader.fieldnames
    except csv.Error as e:
        raise SheetError(f"not a CSV file ({e})") from None
    if not header:
        raise SheetError("the file is empty: expected the header row of an audit sample")
    header = [h.strip() for h in header]
    reader.fieldnames = header
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SheetError(f"missing column {missing[0]!r}: use the file `supervision-tui sample` wrote")
    rows: list[SheetRow] = []
    seen: dict[tuple[str, str], int] = {}
    try:
        for raw in reader:
            line = reader.line_num
            get = lambda c: (raw.get(c) or "").strip()  # noqa: E731
            if not any(get(c) for c in AUDIT_COLUMNS):
                continue  # not audited
            auditor = get("auditor")
            if not auditor:
                raise SheetError(f"row {line}: the auditor column is empty (who made this judgement?)")
            did = get("discussion_id")
            if not did:
                raise SheetError(f"row {line}: discussion_id is empty")
            score_text = get("checker_score")
            try:
                score = int(score_text) if score_text else None
            except ValueError:
                raise SheetError(f"row {line}: checker_score {score_text!r} is not a number") from None
            row = SheetRow(
                line=line, record_id=get("record_id"), discussion_id=did, auditor=auditor,
                checker_score=score,
                checker_band=_band(get("checker_band"), "checker_band", line),
                auditor_band=_band(get("auditor_band"), "auditor_band", line),
                checker={}, auditor_verdicts={}, comment=get("auditor_comment"),
            )
            for c in CRITERIA:
                v = _yes_no(get(f"checker_{c}"), f"checker_{c}", line)
                if v is not None:
                    row.checker[c] = v
                v = _yes_no(get(f"auditor_{c}"), f"auditor_{c}", line)
                if v is not None:
                    row.auditor_verdicts[c] = v
            if row.auditor_band is None and not row.auditor_verdicts:
                raise SheetError(f"row {line}: {auditor} gave no band and no verdict: fill them or clear the row")
            key = (auditor, did)
            if key in seen:
                raise SheetError(f"row {line}: {auditor} already audited discussion {did} on row {seen[key]}")
            seen[key] = line
            rows.append(row)
    except csv.Error as e:
        raise SheetError(f"row {reader.line_num}: malformed CSV ({e})") from None
    if not rows:
        raise SheetError("no row has an auditor's judgement: nothing to import")
    return rows


def build_audits(rows: list[SheetRow], known: dict[str, tuple[str, str]]) -> list[Audit]:
    """One audit per (record, auditor), checked against the discussions in the database.

    `known` maps discussion id -> (record id, the discussion's JSON body).
    """
    from ..quality import RUBRIC_VERSION, assess

    groups: dict[tuple[str, str], list[DiscussionAudit]] = {}
    for row in rows:
        if row.discussion_id not in known:
            raise SheetError(f"row {row.line}: no case discussion {row.discussion_id!r} in the database")
        record_id, body = known[row.discussion_id]
        if row.record_id and row.record_id != record_id:
            raise SheetError(
                f"row {row.line}: discussion {row.discussion_id} belongs to record {record_id}, not {row.record_id}"
            )
        discussion = CaseDiscussion.model_validate_json(body)
        assessment = assess(discussion)
        evidence = {c.value: cr.evidence for c, cr in assessment.criteria.items() if cr.met and cr.evidence}
        try:
            da = DiscussionAudit(
                discussion_id=row.discussion_id, child=child_label(discussion),
                checker_score=row.checker_score, checker_band=row.checker_band, auditor_band=row.auditor_band,
                checker=row.checker, auditor=row.auditor_verdicts,
                evidence={c: e for c, e in evidence.items() if row.checker.get(c)},
                comment=row.comment,
            )
        except ValidationError as e:
            raise SheetError(f"row {row.line}: {e.errors()[0].get('msg', 'invalid')}") from None
        changed = da.overrides()
        if changed and not da.comment:
            raise SheetError(f"row {row.line}: overriding the checker ({', '.join(changed)}) needs an auditor_comment")
        groups.setdefault((record_id, row.auditor), []).append(da)
    audits = []
    for (rid, auditor), ds in groups.items():
        try:
            audits.append(Audit(record_id=rid, auditor=auditor, source=AuditSource.spreadsheet,
                                rubric_version=RUBRIC_VERSION, discussions=ds))
        except ValidationError as e:
            raise SheetError(f"the audit of record {rid} by {auditor}: {e.errors()[0].get('msg', 'invalid')}") from None
    return audits


def child_label(discussion: CaseDiscussion) -> str:
    """The child as the sample names them: initials and case reference."""
    ref = f"({discussion.case_ref})" if discussion.case_ref else ""
    return " ".join(x for x in (discussion.child_initials, ref) if x)
