"""The rubric: the nine criteria, the Ofsted sentence each answers, and the manager's prompts.

Bump RUBRIC_VERSION whenever a rule changes what a note scores, so that stored scores can be
traced to the rules that made them.
"""

from __future__ import annotations

from dataclasses import dataclass

RUBRIC_VERSION = "2026.12-18"


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    id: str
    title: str
    meaning: str  # what "met" means, in the labelling standard's words
    ofsted: str  # the Ofsted sentence it answers (Staffordshire ILACS, January 2024)
    prompt: str  # a question the manager can answer; {child} is the child's name


_P9_BRIEF = (
    "Supervision across all teams, recorded as key decisions, is brief, descriptive and lacks "
    "reflection or further detail about the impact of intervention on children."
)
_P9_CAPTURE = (
    "Supervision does not capture reflection on the impact of planning and social worker "
    "intervention for children or their lived experiences and risk of harm."
)

SPECS: dict[str, CriterionSpec] = {
    s.id: s
    for s in (
        CriterionSpec(
            "depth",
            "Depth",
            "Enough about this child to stand alone (roughly 80 words of case-specific content).",
            _P9_BRIEF,
            "What is happening for {child} now: who is at home, what has happened since the "
            "last supervision, and what is the plan trying to change?",
        ),
        CriterionSpec(
            "reflection",
            "Reflection and analysis",
            "Says why something is happening or what it means: a hypothesis or professional judgement.",
            _P9_CAPTURE,
            "Why do you think this is happening for {child}, and what does it tell us?",
        ),
        CriterionSpec(
            "lived_experience",
            "Lived experience and voice",
            "What life is like for the child: their words, wishes, feelings or observed behaviour.",
            _P9_CAPTURE,
            "What is a day like for {child} right now, and what has {child} said, shown or "
            "asked for?",
        ),
        CriterionSpec(
            "child_impact",
            "Impact on the child",
            "What difference the plan or the work has made (or failed to make) for the child.",
            _P9_BRIEF,
            "What has actually changed for {child} since the plan started (school, health, "
            "behaviour, safety), and what has it meant for {child}?",
        ),
        CriterionSpec(
            "risk",
            "Risk of harm",
            "What the worries or dangers are, protective factors, or a safety judgement with reasons.",
            _P9_CAPTURE,
            "What are we worried could happen to {child}, what keeps {child} safe, and where "
            "would you put safety on a 0-10 scale, and why?",
        ),
        CriterionSpec(
            "challenge",
            "Management challenge",
            "The manager questions or tests the plan or the worker's view.",
            "Supervision of practice is currently high support with low critical evaluation "
            "and challenge.",
            "What would test the current view of {child}'s situation: what else could explain "
            "it, and what evidence supports the plan?",
        ),
        CriterionSpec(
            "decisions",
            "Key decisions with rationale",
            "At least one key decision together with why it was made.",
            _P9_BRIEF,
            "What was decided for {child} today, and why was that the right decision?",
        ),
        CriterionSpec(
            "actions",
            "Actions with owner and timescale",
            "At least one action with both an owner and a timescale or date.",
            "A lack of critical evaluation means that management oversight and supervision "
            "does not assist social workers to progress children's situations sufficiently.",
            "Who will do what next for {child}, and by when?",
        ),
        CriterionSpec(
            "progress",
            "Progress, drift and escalation",
            "Progress against the plan over time: timeliness, drift, escalation or step-down, review.",
            "A very small cohort of children stay on a plan for too long without sustaining "
            "sufficient progress.",
            "Is {child}'s plan on track or drifting, does it need to escalate or step down, and "
            "when is it next reviewed?",
        ),
    )
}

# The order in which a manager is asked to fill gaps: the child's experience and what has
# changed for them first (Ofsted's central criticism), then analysis, then case direction.
PROMPT_PRIORITY: tuple[str, ...] = (
    "lived_experience",
    "child_impact",
    "reflection",
    "risk",
    "decisions",
    "actions",
    "challenge",
    "progress",
    "depth",
)
