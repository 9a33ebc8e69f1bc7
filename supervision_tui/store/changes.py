"""What a save changed, in the words a manager uses: "session details", "K.B.: risk".

Kept with each edit in the audit log (detail "changed"), so the record's trail can say what
each save did; the content hash beside it is what `verify` checks. Pure: no SQL.
"""

from __future__ import annotations

from ..models import CaseDiscussion, SupervisionRecord

SESSION_FIELDS = ("supervisor", "supervisee", "team", "date", "type", "experience_level", "supervisee_started",
                  "caseload", "agenda_agreed_jointly")
CHILD_WORDS = {
    "update": "what is happening", "lived_experience": "lived experience", "reflection": "reflection",
    "risk": "risk", "safety_scale": "safety scale", "impact": "impact", "challenge": "challenge",
    "decisions": "decisions", "actions": "actions", "progress": "progress",
    "previous_actions": "last time's actions",
}
CHILD_DETAILS = ("case_ref", "child_initials", "plan_type")
WORKER_WORDS = {"wellbeing": "wellbeing", "workload": "workload", "development": "development"}


def _child(d: CaseDiscussion, n: int) -> str:
    return d.child_initials.strip() or d.case_ref.strip() or f"child {n}"


def changed_sections(before: SupervisionRecord | None, after: SupervisionRecord) -> list[str]:
    """The parts of the record that differ, in order: [] when nothing a reader would see changed."""
    if before is None:
        return []
    out = []
    if any(getattr(before, f) != getattr(after, f) for f in SESSION_FIELDS):
        out.append("session details")
    old = {d.id: d for d in before.discussions}
    for n, d in enumerate(after.discussions, 1):
        was = old.pop(d.id, None)
        if was is None:
            out.append(f"{_child(d, n)}: added")
            continue
        parts = ["the child's details"] if any(getattr(was, f) != getattr(d, f) for f in CHILD_DETAILS) else []
        parts += [w for f, w in CHILD_WORDS.items() if getattr(was, f) != getattr(d, f)]
        if parts:
            out.append(f"{_child(d, n)}: {', '.join(parts)}")
    out += [f"{_child(d, 0)}: removed" for d in old.values()]
    worker = [w for f, w in WORKER_WORDS.items() if getattr(before.worker, f) != getattr(after.worker, f)]
    if worker:
        out.append(f"the worker: {', '.join(worker)}")
    if before.next_supervision != after.next_supervision:
        out.append("next supervision")
    return out


def children_named(before: SupervisionRecord, after: SupervisionRecord, sections: list[str]) -> dict[str, str]:
    """Which child each "label: ..." section is about, by discussion id: a child's label changes
    as its details are typed ("child 1", then "CMS-1234", then "K.L."), and the trail names each
    child once, by its latest label."""
    labels = {}
    for n, d in enumerate(after.discussions, 1):
        labels.setdefault(_child(d, n), d.id)
    for d in before.discussions:
        labels.setdefault(_child(d, 0), d.id)  # (removed: named as in changed_sections)
    named = {s.rpartition(": ")[0] for s in sections}
    return {label: did for label, did in labels.items() if label in named}
