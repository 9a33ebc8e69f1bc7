"""The shape of one JSON Lines export line: a whole record plus its assessments.

`schema/export_line.schema.json` is generated from `ExportedRecord`. The record's own fields are
exactly those of `SupervisionRecord` (unknown fields are refused as they are there); the line adds
`assessments`, one per case discussion, in the record's order.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..models import Audit, Band, CriterionId, SupervisionRecord


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExportedCriterion(_Model):
    """A criterion's verdict. A stored score keeps only `met`: strength, evidence and prompt
    come with an assessment computed at export time."""

    met: bool
    strength: Annotated[float, Field(ge=0.0, le=1.0)] | None = None
    evidence: str = ""
    prompt: str = ""


class DiscussionAssessment(_Model):
    """The quality checker's verdict on one case discussion, as exported."""

    discussion_id: str
    source: Literal["stored", "computed"]  # the scores table, or quality.assess at export time
    rubric_version: str
    score: Annotated[int, Field(ge=0, le=100)]
    band: Band
    brief_descriptive: bool
    scored_at: str | None = None  # when a stored score was made
    criteria: dict[CriterionId, ExportedCriterion]


class ExportedRecord(SupervisionRecord):
    """One line of a JSON Lines export: the record, then its assessments."""

    assessments: list[DiscussionAssessment] = Field(default_factory=list)
    audits: list[Audit] = Field(default_factory=list)  # auditors' audits of this record, oldest first

    @model_validator(mode="after")
    def _one_assessment_per_discussion(self) -> "ExportedRecord":
        ids = [d.id for d in self.discussions]
        got = [a.discussion_id for a in self.assessments]
        if got and got != ids:
            raise ValueError("assessments do not match the record's case discussions, one each in order")
        return self

    @model_validator(mode="after")
    def _audits_are_of_this_record(self) -> "ExportedRecord":
        ids = {d.id for d in self.discussions}
        for a in self.audits:
            if a.record_id != self.id:
                raise ValueError(f"audit {a.id} is of record {a.record_id}, not this one")
            for d in a.discussions:
                if d.discussion_id not in ids:
                    raise ValueError(f"audit {a.id} names case discussion {d.discussion_id}, not in this record")
        return self

    def record(self) -> SupervisionRecord:
        return SupervisionRecord.model_validate(self.model_dump(exclude={"assessments", "audits"}))
