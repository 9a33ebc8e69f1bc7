"""The guided flow's steps and the words on them: titles, help, a question for the room.

Pure data and small functions: no widgets. The flow screen turns a record into a
list of `Step`s (one run of prompts per child discussed) and shows one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import SupervisionRecord


@dataclass(frozen=True)
class Prompt:
    title: str
    help: str  # what belongs here, in a line or two
    ask: str  # a question the manager can ask in the room; {child} is the child's initials


CHILD_SECTIONS: dict[str, Prompt] = {
    "update": Prompt(
        "What is happening",
        "What has happened for the child since the last supervision: visits, meetings, "
        "changes at home or school. Facts first; the next prompts ask what they mean.",
        "What has changed for {child} since we last talked about them?",
    ),
    "lived_experience": Prompt(
        "Lived experience and voice",
        "What a day is like for the child; what they said, showed or asked for, in their own "
        "words where you have them.",
        "If {child} were in the room, how would they describe a day at home right now?",
    ),
    "reflection": Prompt(
        "Reflection and analysis",
        "Why is this happening, and what does it mean? Your hypothesis, the evidence for and "
        "against it, and what you are unsure of.",
        "What do you think is really going on for {child}'s family, and what makes you think so?",
    ),
    "risk": Prompt(
        "Risk and what is working well",
        "What are we worried about (harm, danger, complicating factors), and what is working "
        "well (safety, strengths)? Optionally, a 0-10 safety scale with its reason.",
        "What are we most worried could happen to {child}, and what keeps {child} safe today?",
    ),
    "impact": Prompt(
        "Impact on the child",
        "What difference has the plan and the work made for the child (school, health, "
        "behaviour, safety), and how do we know?",
        "What is different for {child} because of what we have done since the plan started?",
    ),
    "challenge": Prompt(
        "Your challenge",
        "Where you tested the plan, the worker's view or the family's account: other "
        "explanations, missing evidence, drift.",
        "If we started {child}'s plan again today, what would we do differently?",
    ),
    "decisions": Prompt(
        "Key decisions",
        "Each decision made today, with its rationale: why this, and why now.",
        "What are we deciding for {child} today, and why is that the right decision?",
    ),
    "actions": Prompt(
        "Actions",
        "Who will do what, by when. Every action needs an owner and a date.",
        "Who will do what next for {child}, and by when, so that things move on?",
    ),
    "progress": Prompt(
        "Progress and escalation",
        "Is the plan progressing fast enough? Drift, review dates, escalation (legal gateway, "
        "PLO), family network and FGC.",
        "Is {child}'s plan moving fast enough? Does anything need escalating?",
    ),
}

WORKER_SECTIONS: dict[str, Prompt] = {
    "wellbeing": Prompt(
        "Wellbeing and support",
        "How the worker is: stress, the emotional impact of the work, health and safety.",
        "How are you, really? Which of your children's situations is staying with you?",
    ),
    "workload": Prompt(
        "Workload and capacity",
        "Caseload, court work, allocations, whether the work fits the worker's experience.",
        "Is your caseload manageable? What would you need before taking another child?",
    ),
    "development": Prompt(
        "Learning and development",
        "Training, ASYE or appraisal targets, what the worker wants to get better at.",
        "What have you learned since we last met, and what do you want to work on next?",
    ),
}

PREVIOUS = Prompt(
    "Actions from last time",
    "The actions set at this child's previous supervision. Mark each done, not done (and "
    "why), or no longer needed, so nothing set for a child silently disappears.",
    "Last time we agreed these for {child}: what happened with each?",
)

CHILD = Prompt(
    "Child discussed",
    "The child's case reference in the case management system, their initials (never a full "
    "name) and the plan they are on.",
    "Which child shall we talk about next?",
)

SESSION = Prompt(
    "Session details",
    "Who you are supervising, when, and the kind of supervision. Dates as DD/MM/YYYY or "
    "YYYY-MM-DD.",
    "Shall we agree the agenda together: which children, and how you are?",
)

MORE = Prompt(
    "Another child?",
    "Add the next child discussed, or go on to the worker's wellbeing, workload and "
    "development.",
    "Is there another child you want to talk about today?",
)

REVIEW = Prompt(
    "Review",
    "The whole record with the checker's view of each child. The checker advises; it never "
    "stops you saving or signing.",
    "Is there anything we have missed that the child would want recorded?",
)

SIGN = Prompt(
    "Sign",
    "Signing completes the record: after that it can only be added to (an addendum), never "
    "edited. The worker then agrees or records their disagreement in their own words.",
    "Are you happy that this record says what we decided, and why?",
)


@dataclass(frozen=True)
class Step:
    """One page of the flow. `child` is the index of the child discussed, when it is about one."""

    kind: str  # session | child | previous | section | more | worker | review | sign
    child: int | None = None
    field: str | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{'' if self.child is None else self.child}:{self.field or ''}"

    @property
    def prompt(self) -> Prompt:
        if self.kind == "section":
            return CHILD_SECTIONS[self.field or ""]
        if self.kind == "worker":
            return WORKER_SECTIONS[self.field or ""]
        return {"session": SESSION, "child": CHILD, "previous": PREVIOUS, "more": MORE,
                "review": REVIEW, "sign": SIGN}[self.kind]

    @property
    def is_child_writing(self) -> bool:
        """Steps where the live quality panel shows beside the writing."""
        return self.kind == "section"


def steps_for(record: SupervisionRecord) -> list[Step]:
    """Every step for this record, in order: one run of child prompts per child."""
    steps = [Step("session")]
    for i, _ in enumerate(record.discussions):
        steps.append(Step("child", i))
        steps.append(Step("previous", i))
        steps.extend(Step("section", i, name) for name in CHILD_SECTIONS)
    steps.append(Step("more"))
    steps.extend(Step("worker", None, name) for name in WORKER_SECTIONS)
    steps.append(Step("review"))
    steps.append(Step("sign"))
    return steps


def child_label(record: SupervisionRecord, index: int | None) -> str:
    """How the prompts name the child: their initials as recorded, else 'the child'."""
    if index is None or index >= len(record.discussions):
        return "the child"
    d = record.discussions[index]
    return d.child_initials.strip() or "the child"


def resume_step(record: SupervisionRecord, steps: list[Step]) -> int:
    """Where to reopen a draft: the last step that already holds something."""
    last = 0
    for i, step in enumerate(steps):
        if step.kind == "child" and record.discussions[step.child].case_ref:
            last = i
        elif step.kind == "section":
            d = record.discussions[step.child]
            value = getattr(d, step.field)
            if (value.strip() if isinstance(value, str) else value):
                last = i
        elif step.kind == "worker" and getattr(record.worker, step.field).strip():
            last = i
    return last
