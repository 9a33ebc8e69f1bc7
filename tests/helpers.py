"""Small hand-made records for tests: every field filled, so round trips prove something."""

from __future__ import annotations

import datetime as dt

from supervision_tui.models import (
    Action,
    ActionReview,
    CaseDiscussion,
    ExperienceLevel,
    KeyDecision,
    PlanType,
    ReviewStatus,
    SupervisionRecord,
    SupervisionType,
    WorkerSupport,
)


def full_record(**overrides) -> SupervisionRecord:
    data = dict(
        supervisor="Priya Shah",
        supervisee="Tom Ellery",
        team="Assessment North",
        date=dt.date(2026, 3, 2),
        type=SupervisionType.individual,
        experience_level=ExperienceLevel.newly_qualified,
        supervisee_started=dt.date(2026, 1, 5),
        caseload=14,
        agenda_agreed_jointly=True,
        worker=WorkerSupport(
            wellbeing="Tom said the home visit on Tuesday shook him; we talked it through.",
            workload="14 children, two in court; no new allocations this week.",
            development="ASYE portfolio: direct work reflection due end of month.",
        ),
        discussions=[
            CaseDiscussion(
                case_ref="CMS-204511",
                child_initials="J.R.",
                plan_type=PlanType.cp,
                update="J (7) still on a CP plan under neglect; home conditions poor at the last two visits.",
                lived_experience="J told Tom 'there is never any breakfast' and was hungry at school.",
                reflection="I wonder whether mum's low mood explains the drop in home conditions.",
                risk="Worry: J goes hungry and unsupervised. Working well: school breakfast club.",
                safety_scale=4,
                impact="J's school attendance has dropped from 95% to 82% since half term.",
                challenge="I asked Tom what evidence we have that the plan is working at all.",
                decisions=[KeyDecision(decision="Legal gateway meeting", rationale="no progress in 6 months")],
                actions=[Action(action="Book legal gateway", owner="TM", due=dt.date(2026, 3, 16))],
                progress="Plan has drifted since the RCPC in November.",
                previous_actions=[
                    ActionReview(action="Referral to HV", owner="SW", due=dt.date(2026, 2, 10),
                                 status=ReviewStatus.done, note=""),
                    ActionReview(action="FGC referral", owner="SW", due=dt.date(2026, 2, 20),
                                 status=ReviewStatus.not_done, note="family declined for now"),
                ],
            ),
            CaseDiscussion(
                case_ref="CMS-300912",
                child_initials="A.B.",
                plan_type=PlanType.cin,
                update="Discussed, continue with plan.",
            ),
        ],
        next_supervision=dt.date(2026, 3, 9),
    )
    data.update(overrides)
    return SupervisionRecord(**data)
