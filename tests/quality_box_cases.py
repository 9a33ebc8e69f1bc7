"""The fifteen misjudgements of issue 12, as a manager typed them into the app's boxes.

Shared by the checker's tests (tests/test_quality_boxes.py), `check` and the Pilot tests
(tests/test_tui_quality_boxes.py). Each case: the boxes as typed, the criterion, whether it is
met for the child, and (when the box asks for that criterion) whether the box's own words do it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from supervision_tui.models import CaseDiscussion, KeyDecision

DATED_FACTS = (
    "SW did HV 02/12 - R.D. (6) seen alone in her bedroom, showed SW her drawings of the family and "
    "said she likes her new teacher and her friend at school. School report attendance up to 91% from "
    "78% since the plan started, and no late marks this half term. Core group held 28/11, all agencies "
    "attended, mum engaging with the DA programme, 6 of 10 sessions done. Police log shows one call-out "
    "15/11 (neighbour reported shouting), no arrests, dad not present. HV saw baby 25/11, weight on "
    "50th centile."
)


@dataclass(frozen=True)
class BoxCase:
    n: int
    boxes: dict[str, str]
    criterion: str
    met: bool
    box: str | None = None  # the box whose own verdict is checked
    box_met: bool | None = None
    decisions: tuple[tuple[str, str], ...] = field(default=())

    def discussion(self) -> CaseDiscussion:
        return CaseDiscussion(
            case_ref=f"CASE-{self.n}",
            decisions=[KeyDecision(decision=d, rationale=r) for d, r in self.decisions],
            **self.boxes,
        )

    @property
    def id(self) -> str:
        return f"{self.n}-{self.criterion}-{'met' if self.met else 'not'}"


CASES: list[BoxCase] = [
    BoxCase(1, {"lived_experience": "Z.Z. wasn't seen this month, mum said he was at his dad's. His views are not known."},
            "lived_experience", False, "lived_experience", False),
    BoxCase(2, {"lived_experience": "Mum says things are fine.", "reflection": "Mum says things are fine."},
            "lived_experience", False, "lived_experience", False),
    BoxCase(2, {"lived_experience": "Mum says things are fine.", "reflection": "Mum says things are fine."},
            "reflection", False, "reflection", False),
    BoxCase(3, {"progress": "Home visit completed."}, "progress", False, "progress", False),
    BoxCase(4, {"progress": "To be reviewed next supervision."}, "progress", False, "progress", False),
    BoxCase(5, {"impact": "Parenting course completed by mum, she has attended every session. TK was not seen "
                          "alone so impact unclear."}, "child_impact", False, "impact", False),
    BoxCase(6, {"impact": "Doing well at school."}, "child_impact", False, "impact", False),
    BoxCase(7, {"update": "OT assessment for sleep system still not done - referred Aug."}, "child_impact", False),
    BoxCase(7, {"update": "OT assessment for sleep system still not done - referred Aug."}, "progress", True),
    BoxCase(8, {"lived_experience": "TK seen, happy, nothing to add."}, "lived_experience", False,
            "lived_experience", False),
    BoxCase(9, {"reflection": "Discussed CE indicators. SW feels M.R. is being groomed."}, "reflection", False,
            "reflection", False),
    BoxCase(10, {"progress": "We don't know yet if dad has really left; mum has minimised before (ICPC in June "
                             "heard she denied DA twice)."}, "progress", False, "progress", False),
    BoxCase(10, {"progress": "We don't know yet if dad has really left; mum has minimised before (ICPC in June "
                             "heard she denied DA twice)."}, "reflection", True),
    BoxCase(11, {"update": DATED_FACTS}, "depth", True, "update", True),
    BoxCase(12, {"update": "A.B. (9) came in with a bruise to left cheek, said 'mum's boyfriend pushed me into "
                           "the door'."}, "lived_experience", True),
    BoxCase(13, {"update": "D.H. moved to a new foster placement on 14/11. School say he has been late four times "
                           "and was found crying in the toilets. He told SW 'I don't know where my stuff is'."},
            "lived_experience", True),
    BoxCase(14, {}, "decisions", True, decisions=(("Refer to NRM because M.R. meets the CCE indicators", ""),)),
    # an earlier box met impact for the child; the filler Impact box still asks its question
    BoxCase(15, {"update": "Since the DA programme started Jo sleeps through most nights and her attendance is "
                           "up from 80% to 95%.",
                 "impact": "Mum has attended all core groups and is engaging well with SW. Impact on child "
                           "discussed."}, "child_impact", True, "impact", False),
]
