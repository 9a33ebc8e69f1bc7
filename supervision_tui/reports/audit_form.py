"""A new audit of a record, pre-filled with what the checker and the data already know.

The auditor confirms or overrides each of the checker's verdicts and answers the
record-level questions of a council supervision audit; where the record itself
answers a question ("signed by both?") the answer is pre-filled, never forced.
"""

from __future__ import annotations

import datetime as dt

from ..models import (
    Audit,
    AuditQuestion,
    DiscussionAudit,
    SignRole,
    Status,
    SupervisionRecord,
)
from .audit_sheet import child_label
from .overdue import OverduePolicy, requirement


def prefilled_questions(
    record: SupervisionRecord, previous: dt.date | None, policy: OverduePolicy = OverduePolicy()
) -> dict[AuditQuestion, bool | None]:
    """What the record says about each question; None where it cannot tell."""
    q: dict[AuditQuestion, bool | None] = {}
    signed = record.signoff(SignRole.supervisor) is not None and record.signoff(SignRole.supervisee) is not None
    q[AuditQuestion.signed_by_both] = signed and record.status == Status.agreed
    q[AuditQuestion.agenda_agreed_jointly] = record.agenda_agreed_jointly
    if previous is None:
        q[AuditQuestion.on_time] = None  # the first supervision on file: nothing to measure from
    else:
        # the rule that applied at the previous supervision sets when this one was due
        req = requirement(record.experience_level, record.supervisee_started, previous, policy)
        q[AuditQuestion.on_time] = (record.date - previous).days <= req.interval_days
    q[AuditQuestion.wellbeing] = bool(record.worker.wellbeing.strip())
    q[AuditQuestion.workload] = bool(record.worker.workload.strip())
    q[AuditQuestion.development] = bool(record.worker.development.strip())
    reviews = [r for d in record.discussions for r in d.previous_actions]
    q[AuditQuestion.previous_actions_reviewed] = all(r.status is not None for r in reviews) if reviews else None
    return q


def new_audit(record: SupervisionRecord, auditor: str, previous: dt.date | None) -> Audit:
    """An audit with every checker verdict confirmed and the questions pre-filled: the auditor edits it."""
    from ..quality import RUBRIC_VERSION, assess

    discussions = []
    for d in record.discussions:
        a = assess(d)
        verdicts = {c: cr.met for c, cr in a.criteria.items()}
        discussions.append(DiscussionAudit(
            discussion_id=d.id, child=child_label(d), checker_score=a.score, checker_band=a.band,
            auditor_band=a.band, checker=verdicts, auditor=dict(verdicts),
            evidence={c: cr.evidence for c, cr in a.criteria.items() if cr.met and cr.evidence},
        ))
    return Audit(record_id=record.id, auditor=auditor, rubric_version=RUBRIC_VERSION,
                 discussions=discussions, questions=prefilled_questions(record, previous))
