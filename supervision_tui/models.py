"""The supervision record and everything in it (DESIGN.md section 2).

Pure pydantic: no I/O. A draft may be incomplete (every text field may be
empty), but types, dates and enumerations are always validated, and unknown
fields are refused so that a typo in an import never vanishes silently.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1


def _new_id() -> str:
    return str(uuid.uuid4())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=False,
        validate_assignment=True,
        use_enum_values=False,
    )


class PlanType(StrEnum):
    early_help = "early_help"
    cin = "cin"
    cp = "cp"
    cic = "cic"
    care_leaver = "care_leaver"
    other = "other"


PLAN_TYPE_LABELS = {
    PlanType.early_help: "Early help",
    PlanType.cin: "Child in need (CIN)",
    PlanType.cp: "Child protection (CP)",
    PlanType.cic: "Child in care (CiC)",
    PlanType.care_leaver: "Care leaver",
    PlanType.other: "Other",
}


class SupervisionType(StrEnum):
    individual = "individual"
    reflective_group = "reflective_group"
    ad_hoc = "ad_hoc"


SUPERVISION_TYPE_LABELS = {
    SupervisionType.individual: "Individual case supervision",
    SupervisionType.reflective_group: "Reflective / group supervision",
    SupervisionType.ad_hoc: "Ad hoc case direction",
}


class ExperienceLevel(StrEnum):
    newly_qualified = "newly_qualified"  # ASYE year
    experienced = "experienced"
    senior = "senior"


EXPERIENCE_LABELS = {
    ExperienceLevel.newly_qualified: "Newly qualified (ASYE)",
    ExperienceLevel.experienced: "Experienced",
    ExperienceLevel.senior: "Senior / advanced practitioner",
}


class Status(StrEnum):
    draft = "draft"
    completed = "completed"  # signed by the supervisor
    agreed = "agreed"  # the supervisee has signed (agreeing or recording disagreement)


class ReviewStatus(StrEnum):
    done = "done"
    not_done = "not_done"
    no_longer_needed = "no_longer_needed"


class SignRole(StrEnum):
    supervisor = "supervisor"
    supervisee = "supervisee"


Text = Annotated[str, Field(default="", max_length=200_000)]


class KeyDecision(_Model):
    """A key decision on the child's case, with why it was made."""

    decision: Text
    rationale: Text


class Action(_Model):
    """Something that must happen for the child: what, who, by when."""

    id: str = Field(default_factory=_new_id)
    action: Text
    owner: Text
    due: dt.date | None = None


class ActionReview(_Model):
    """An action set at the child's previous supervision, reviewed in this one.

    `status` is None until the manager has reviewed it: an unreviewed action is
    exactly what the cross-record checks flag.
    """

    action_id: str | None = None
    action: Text
    owner: Text
    due: dt.date | None = None
    status: ReviewStatus | None = None
    note: Text  # why not done, or why no longer needed


class CaseDiscussion(_Model):
    """One child discussed in a supervision: the sections answer the criteria."""

    id: str = Field(default_factory=_new_id)
    case_ref: Text  # the council's case management reference
    child_initials: Annotated[str, Field(default="", max_length=8)]
    plan_type: PlanType = PlanType.other
    update: Text  # what is happening
    lived_experience: Text  # the child's lived experience and voice
    reflection: Text  # reflection and analysis
    risk: Text  # risk of harm, what is working well
    safety_scale: Annotated[int, Field(ge=0, le=10)] | None = None
    impact: Text  # impact of the work on the child
    challenge: Text  # the manager's challenge
    decisions: list[KeyDecision] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    progress: Text  # progress, drift, escalation
    previous_actions: list[ActionReview] = Field(default_factory=list)

    SECTION_FIELDS: ClassVar[tuple[str, ...]] = (
        "update",
        "lived_experience",
        "reflection",
        "risk",
        "impact",
        "challenge",
        "progress",
    )

    def full_text(self) -> str:
        """The discussion as one block of prose, as another system would export it."""
        parts: list[str] = []
        for name in self.SECTION_FIELDS:
            value = getattr(self, name)
            if value.strip():
                parts.append(value.strip())
            if name == "challenge":
                for d in self.decisions:
                    if d.decision.strip():
                        line = f"Decision: {d.decision.strip()}"
                        if d.rationale.strip():
                            line += f" Rationale: {d.rationale.strip()}"
                        parts.append(line)
                for a in self.actions:
                    if a.action.strip():
                        line = f"Action: {a.action.strip()}"
                        if a.owner.strip():
                            line += f" Owner: {a.owner.strip()}."
                        if a.due:
                            line += f" By {a.due.isoformat()}."
                        parts.append(line)
        return "\n".join(parts)


class WorkerSupport(_Model):
    """The 4x4x4 support and development functions: the worker, not the cases."""

    wellbeing: Text
    workload: Text
    development: Text


class SignOff(_Model):
    role: SignRole
    name: Text
    signed_at: dt.datetime = Field(default_factory=_now)
    agrees: bool = True
    comment: Text  # the supervisee's disagreement, in their own words


class Addendum(_Model):
    """A later change to a signed record: never an edit in place."""

    id: str = Field(default_factory=_new_id)
    author: Text
    created_at: dt.datetime = Field(default_factory=_now)
    reason: Text
    text: Text


class SupervisionRecord(_Model):
    """One meeting between a supervisor and a supervisee."""

    id: str = Field(default_factory=_new_id)
    supervisor: Text
    supervisee: Text
    team: Text
    date: dt.date
    type: SupervisionType = SupervisionType.individual
    experience_level: ExperienceLevel = ExperienceLevel.experienced
    # When the supervisee started in post (for a newly qualified worker, the
    # start of their ASYE year): the overdue rules depend on it.
    supervisee_started: dt.date | None = None
    caseload: Annotated[int, Field(ge=0, le=500)] | None = None
    agenda_agreed_jointly: bool | None = None
    worker: WorkerSupport = Field(default_factory=WorkerSupport)
    discussions: list[CaseDiscussion] = Field(default_factory=list)
    next_supervision: dt.date | None = None
    status: Status = Status.draft
    signoffs: list[SignOff] = Field(default_factory=list)
    addenda: list[Addendum] = Field(default_factory=list)
    created_at: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)

    @model_validator(mode="after")
    def _dates_make_sense(self) -> "SupervisionRecord":
        if self.next_supervision and self.next_supervision < self.date:
            raise ValueError(
                f"next supervision ({self.next_supervision}) is before this "
                f"supervision's date ({self.date})"
            )
        return self

    @property
    def is_signed(self) -> bool:
        return self.status != Status.draft

    def signoff(self, role: SignRole) -> SignOff | None:
        for s in self.signoffs:
            if s.role == role:
                return s
        return None


# --- The checker's output (section 3). Defined here so the store and exports
# can carry an assessment without importing the checker itself.


class CriterionId(StrEnum):
    depth = "depth"
    reflection = "reflection"
    lived_experience = "lived_experience"
    child_impact = "child_impact"
    risk = "risk"
    challenge = "challenge"
    decisions = "decisions"
    actions = "actions"
    progress = "progress"


CRITERIA: tuple[str, ...] = tuple(c.value for c in CriterionId)


class Band(StrEnum):
    inadequate = "inadequate"
    requires_improvement = "requires_improvement"
    good = "good"
    outstanding = "outstanding"


BAND_ORDER = {
    Band.inadequate: 0,
    Band.requires_improvement: 1,
    Band.good: 2,
    Band.outstanding: 3,
}

BAND_LABELS = {
    Band.inadequate: "Inadequate",
    Band.requires_improvement: "Requires improvement",
    Band.good: "Good",
    Band.outstanding: "Outstanding",
}


class Criterion(_Model):
    id: CriterionId
    met: bool
    strength: Annotated[float, Field(ge=0.0, le=1.0)]
    evidence: str = ""  # the sentence that met it
    prompt: str = ""  # when unmet: a question the manager can answer
    ofsted: str = ""  # the Ofsted sentence this criterion answers


class Assessment(_Model):
    criteria: dict[CriterionId, Criterion]
    brief_descriptive: bool
    score: Annotated[int, Field(ge=0, le=100)]
    band: Band
    rubric_version: str


# --- An auditor's audit of a record (the audit loop): the checker's verdicts as the
# auditor saw them, and the auditor's own, so agreement can be measured later even
# after the rubric changes.


class AuditQuestion(StrEnum):
    """The record-level questions of a council supervision audit (DOMAIN.md)."""

    signed_by_both = "signed_by_both"
    agenda_agreed_jointly = "agenda_agreed_jointly"
    on_time = "on_time"
    wellbeing = "wellbeing"
    workload = "workload"
    development = "development"
    previous_actions_reviewed = "previous_actions_reviewed"


AUDIT_QUESTION_LABELS = {
    AuditQuestion.signed_by_both: "Signed by both supervisor and supervisee",
    AuditQuestion.agenda_agreed_jointly: "Agenda agreed jointly",
    AuditQuestion.on_time: "On time for the worker's experience level",
    AuditQuestion.wellbeing: "Worker's wellbeing covered",
    AuditQuestion.workload: "Workload and capacity covered",
    AuditQuestion.development: "Learning and development covered",
    AuditQuestion.previous_actions_reviewed: "Previous actions reviewed",
}


class AuditSource(StrEnum):
    app = "app"
    spreadsheet = "spreadsheet"


class DiscussionAudit(_Model):
    """One case discussion as audited: the checker's verdicts beside the auditor's.

    A criterion missing from `auditor` (or `auditor_band` None) was not judged.
    """

    discussion_id: str
    child: Text
    checker_score: Annotated[int, Field(ge=0, le=100)] | None = None
    checker_band: Band | None = None
    auditor_band: Band | None = None
    checker: dict[CriterionId, bool] = Field(default_factory=dict)
    auditor: dict[CriterionId, bool] = Field(default_factory=dict)
    evidence: dict[CriterionId, str] = Field(default_factory=dict)  # the checker's, when met
    comment: Text

    def overrides(self) -> list[str]:
        """What the auditor changed: 'band' and the criteria overridden, in rubric order."""
        out = []
        if self.auditor_band is not None and self.checker_band is not None and self.auditor_band != self.checker_band:
            out.append("band")
        for c in CriterionId:
            if c in self.auditor and c in self.checker and self.auditor[c] != self.checker[c]:
                out.append(c.value)
        return out

    @property
    def judged(self) -> bool:
        return self.auditor_band is not None or bool(self.auditor)


class Audit(_Model):
    """An auditor's audit of one record. Once submitted it is never edited, only superseded."""

    id: str = Field(default_factory=_new_id)
    record_id: str
    auditor: Annotated[str, Field(min_length=1, max_length=200)]
    created_at: dt.datetime = Field(default_factory=_now)
    supersedes: str | None = None
    source: AuditSource = AuditSource.app
    rubric_version: str = ""
    discussions: list[DiscussionAudit] = Field(default_factory=list)
    questions: dict[AuditQuestion, bool | None] = Field(default_factory=dict)
    went_well: Text
    to_improve: Text

    @model_validator(mode="after")
    def _overrides_have_reasons(self) -> "Audit":
        if not self.auditor.strip():
            raise ValueError("an audit needs the auditor's name")
        for d in self.discussions:
            changed = d.overrides()
            if changed and not d.comment.strip():
                raise ValueError(
                    f"discussion {d.discussion_id}: overriding the checker ({', '.join(changed)}) needs a comment"
                )
        return self
