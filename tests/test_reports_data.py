"""A small hand-made database whose report figures are known, shared by the report,
sample and dashboard tests (imported from them as `test_reports_data`).

Two teams, three supervisees, six records, seven case discussions; the scores are
written directly (not by the checker) so every figure below is exact:

record  team   supervisor supervisee (level)     date        type     status     children: score band
R1      North  Ann        Nia (NQ, from 5 Jan)   2026-01-12  indiv.   agreed     C1: 20 inadequate, C2: 60 good
R2      North  Ann        Nia                    2026-02-09  indiv.   completed  C1: 40 requires_improvement
R3      North  Ann        Eve (experienced)      2026-02-20  indiv.   draft      C3: 80 outstanding
R4      South  Bob        Sam (senior)           2026-01-20  indiv.   agreed     C4: 30 requires_improvement, C5: 70 good
R5      South  Bob        Sam                    2026-03-25  indiv.   agreed     C4: 50 requires_improvement
R6      North  Ann        Eve                    2026-03-28  ad hoc   agreed     (no children)

Today is 2026-03-31.
"""

from __future__ import annotations

import datetime as dt

from supervision_tui.models import (
    CRITERIA,
    Action,
    ActionReview,
    CaseDiscussion,
    ExperienceLevel,
    KeyDecision,
    ReviewStatus,
    SignOff,
    SignRole,
    Status,
    SupervisionRecord,
    SupervisionType,
)
from supervision_tui.store import Store

TODAY = dt.date(2026, 3, 31)
D = dt.date

IDS = {f"R{i}": f"00000000-0000-0000-0000-00000000000{i}" for i in range(1, 7)}

C1_TEXT = "Home conditions remain poor. Mum says she is trying. Continue with plan."


def _disc(key: str, case_ref: str, initials: str, **kw) -> CaseDiscussion:
    return CaseDiscussion(id=f"disc-{key}", case_ref=case_ref, child_initials=initials, **kw)


def _record(key: str, *, team, supervisor, supervisee, level, date, status, discussions,
            started=None, type=SupervisionType.individual) -> SupervisionRecord:
    signoffs = []
    if status in (Status.completed, Status.agreed):
        signoffs.append(SignOff(role=SignRole.supervisor, name=supervisor))
    if status == Status.agreed:
        signoffs.append(SignOff(role=SignRole.supervisee, name=supervisee))
    return SupervisionRecord(
        id=IDS[key], team=team, supervisor=supervisor, supervisee=supervisee, experience_level=level,
        supervisee_started=started, date=date, type=type, status=status, signoffs=signoffs,
        discussions=discussions,
    )


def records() -> list[SupervisionRecord]:
    nq = dict(team="North", supervisor="Ann", supervisee="Nia", level=ExperienceLevel.newly_qualified,
              started=D(2026, 1, 5))
    eve = dict(team="North", supervisor="Ann", supervisee="Eve", level=ExperienceLevel.experienced,
               started=D(2019, 9, 1))
    sam = dict(team="South", supervisor="Bob", supervisee="Sam", level=ExperienceLevel.senior,
               started=D(2012, 4, 1))
    c4_action = Action(id="act-c4", action="Book the FGC with maternal grandmother", owner="SW",
                       due=D(2026, 2, 20))
    return [
        _record("R1", **nq, date=D(2026, 1, 12), status=Status.agreed, discussions=[
            _disc("R1C1", "C1", "A.A.", update=C1_TEXT,
                  actions=[Action(id="act-c1", action="Visit the school to speak to the class teacher",
                                  owner="SW", due=D(2026, 1, 30))]),
            _disc("R1C2", "C2", "B.B.", update="B is settled in foster care and told her carer she feels safe."),
        ]),
        # C1 copied forward word for word, and the action set at R1 never reviewed
        _record("R2", **nq, date=D(2026, 2, 9), status=Status.completed, discussions=[
            _disc("R2C1", "C1", "A.A.", update=C1_TEXT),
        ]),
        _record("R3", **eve, date=D(2026, 2, 20), status=Status.draft, discussions=[
            _disc("R3C3", "C3", "C.C.", update="C's placement is stable; she is attending school every day."),
        ]),
        _record("R4", **sam, date=D(2026, 1, 20), status=Status.agreed, discussions=[
            _disc("R4C4", "C4", "D.D.", update="D was seen alone at home and showed me his room.",
                  decisions=[KeyDecision(decision="Convene an FGC", rationale="the wider family can offer respite")],
                  actions=[c4_action]),
            _disc("R4C5", "C5", "E.E.", update="E is preparing for her GCSEs and wants to stay with her aunt."),
        ]),
        # C4's previous action reviewed, new text
        _record("R5", **sam, date=D(2026, 3, 25), status=Status.agreed, discussions=[
            _disc("R5C4", "C4", "D.D.", update="The FGC took place on 3 March; grandmother now has D every weekend.",
                  previous_actions=[ActionReview(action_id="act-c4", action=c4_action.action, owner="SW",
                                                 due=c4_action.due, status=ReviewStatus.done)]),
        ]),
        _record("R6", **eve, date=D(2026, 3, 28), status=Status.agreed, discussions=[],
                type=SupervisionType.ad_hoc),
    ]


# discussion -> (record, score, band, brief_descriptive, criteria missed)
SCORES = {
    "R1C1": ("R1", 20, "inadequate", True,
             {"reflection", "lived_experience", "child_impact", "risk", "challenge", "decisions", "actions",
              "progress"}),
    "R1C2": ("R1", 60, "good", False, {"challenge"}),
    "R2C1": ("R2", 40, "requires_improvement", True, {"reflection", "child_impact", "challenge"}),
    "R3C3": ("R3", 80, "outstanding", False, set()),
    "R4C4": ("R4", 30, "requires_improvement", True, {"lived_experience", "child_impact"}),
    "R4C5": ("R4", 70, "good", False, set()),
    "R5C4": ("R5", 50, "requires_improvement", False, {"lived_experience"}),
}


def build_known_db(path, *, scored: bool = True) -> Store:
    """The database above, open (the caller closes it)."""
    store = Store.open(path, actor="test")
    store.import_records(records())
    if scored:
        updated = dict(store.db.execute("SELECT id, updated_at FROM records").fetchall())
        rows = []
        for key, (rec, score, band, brief, missed) in SCORES.items():
            row = {"discussion_id": f"disc-{key}", "record_id": IDS[rec], "record_updated_at": updated[IDS[rec]],
                   "rubric_version": "test", "score": score, "band": band, "brief_descriptive": brief}
            row.update({c: c not in missed for c in CRITERIA})
            rows.append(row)
        store.save_scores(rows)
    return store


def test_the_known_database_is_what_the_docstring_says(tmp_path):
    store = build_known_db(tmp_path / "k.db")
    try:
        assert store.count() == 6
        assert store.db.execute("SELECT count(*) FROM discussions").fetchone()[0] == 7
        assert store.db.execute("SELECT count(*) FROM scores").fetchone()[0] == 7
    finally:
        store.close()
