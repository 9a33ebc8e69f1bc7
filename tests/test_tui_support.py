"""Shared set-up for the TUI tests (no tests here): a fixed today, hand-made records, a settle() for Pilot."""

from __future__ import annotations

import datetime as dt

from helpers import full_record

from supervision_tui.models import (
    Action,
    Addendum,
    CaseDiscussion,
    ExperienceLevel,
    KeyDecision,
    PlanType,
    SignOff,
    SignRole,
    Status,
    SupervisionRecord,
    WorkerSupport,
)
from supervision_tui.store import Store

TODAY = dt.date(2026, 3, 10)
SUPERVISOR = "Priya Shah"
FIXED = dt.datetime(2026, 3, 2, 15, 30, tzinfo=dt.timezone.utc)

WEAK_NOTE = "Visited. Mum at home. Discussed, continue with plan."
STRONG_NOTE = (
    "K (6) was seen alone at school on 3 March and at home on 6 March; mum's new partner has moved "
    "out and K now sleeps in her own room. K told Tom 'I like it when it is quiet at home' and drew "
    "her family with the partner outside the house. I think K's quieter behaviour at school reflects "
    "less conflict at home, but it could also mean she is withdrawn, so we need the school's view. "
    "We are worried that the partner may return; what is working well is that mum has called the "
    "police twice and attends the Freedom Programme. Safety is 6 out of 10 because mum has acted "
    "protectively, but the partner still has contact. Since the plan started K's attendance has "
    "risen from 81% to 94% and she no longer arrives hungry, which shows the plan is making a "
    "difference for her. I challenged Tom on whether we are relying too much on mum's account: "
    "what evidence do we have from the school and health visitor? Decision: continue the CP plan "
    "for three months, because the improvement is recent and not yet sustained. Action: Tom to "
    "speak with the school's DSL by 20/03/2026. The plan is progressing; the review conference "
    "is booked for 14 April and if the partner returns we will go to legal gateway."
)


def signed_record() -> SupervisionRecord:
    """A record signed by both, with an addendum, all at fixed times."""
    r = full_record(
        id="11111111-1111-4111-8111-111111111111",
        supervisor=SUPERVISOR,
        status=Status.agreed,
        created_at=FIXED,
        updated_at=FIXED,
        signoffs=[
            SignOff(role=SignRole.supervisor, name=SUPERVISOR, signed_at=FIXED),
            SignOff(role=SignRole.supervisee, name="Tom Ellery", signed_at=FIXED, agrees=False,
                    comment="I think the FGC should have been offered again before legal gateway."),
        ],
        addenda=[Addendum(id="22222222-2222-4222-8222-222222222222", author="Priya Shah",
                          created_at=FIXED, reason="School report arrived",
                          text="The school confirms attendance at 82%; no change to the decision.")],
    )
    for i, d in enumerate(r.discussions):
        d.id = f"33333333-3333-4333-8333-33333333333{i}"
        for j, a in enumerate(d.actions):
            a.id = f"44444444-4444-4444-8444-4444444444{i}{j}"
    return r


def other_records() -> list[SupervisionRecord]:
    """A small team: one overdue newly qualified worker, a monthly one, a draft."""
    def disc(ref, initials, plan, update, actions=()):
        return CaseDiscussion(id=f"55555555-5555-4555-8555-{ref[-12:]:0>12}", case_ref=ref,
                              child_initials=initials, plan_type=plan, update=update, actions=list(actions))

    return [
        SupervisionRecord(
            id="66666666-6666-4666-8666-666666666661", supervisor=SUPERVISOR, supervisee="Ama Osei",
            team="Assessment North", date=dt.date(2026, 2, 20), experience_level=ExperienceLevel.newly_qualified,
            supervisee_started=dt.date(2026, 1, 26), caseload=9, status=Status.completed,
            created_at=FIXED, updated_at=FIXED,
            signoffs=[SignOff(role=SignRole.supervisor, name=SUPERVISOR, signed_at=FIXED)],
            worker=WorkerSupport(wellbeing="Settling in; asked for shadowing on a CP visit."),
            discussions=[disc("CMS-410001", "K.B.", PlanType.cp, WEAK_NOTE,
                              [Action(id="77777777-7777-4777-8777-777777777771", action="Refer K to school nurse",
                                      owner="Ama", due=dt.date(2026, 3, 1)),
                               Action(id="77777777-7777-4777-8777-777777777772", action="Visit dad",
                                      owner="Ama", due=dt.date(2026, 3, 6))])],
        ),
        SupervisionRecord(
            id="66666666-6666-4666-8666-666666666662", supervisor=SUPERVISOR, supervisee="Dev Patel",
            team="Assessment North", date=dt.date(2026, 2, 27), experience_level=ExperienceLevel.senior,
            caseload=18, status=Status.draft, created_at=FIXED, updated_at=FIXED,
            discussions=[disc("CMS-410777", "L.M.", PlanType.cin, STRONG_NOTE,
                              [Action(id="77777777-7777-4777-8777-777777777773", action="Call the DSL",
                                      owner="Dev", due=dt.date(2026, 3, 20))])],
        ),
    ]


def ama_earlier_record() -> SupervisionRecord:
    """Ama's first supervision in post: K.B. (discussed again later) and J.T., signed."""
    return SupervisionRecord(
        id="66666666-6666-4666-8666-666666666660", supervisor=SUPERVISOR, supervisee="Ama Osei",
        team="Assessment North", date=dt.date(2026, 2, 2), experience_level=ExperienceLevel.newly_qualified,
        supervisee_started=dt.date(2026, 1, 26), caseload=6, status=Status.completed,
        created_at=FIXED, updated_at=FIXED,
        signoffs=[SignOff(role=SignRole.supervisor, name=SUPERVISOR, signed_at=FIXED)],
        discussions=[
            CaseDiscussion(id="55555555-5555-4555-8555-000000410001", case_ref="CMS-410001",
                           child_initials="K", plan_type=PlanType.cin, update="First visit planned."),
            CaseDiscussion(id="55555555-5555-4555-8555-000000410050", case_ref="CMS-410050",
                           child_initials="J.T.", plan_type=PlanType.cic, update="Placement stable.",
                           actions=[Action(id="77777777-7777-4777-8777-777777777779",
                                           action="Book J's review health assessment", owner="Ama",
                                           due=dt.date(2026, 2, 27))]),
        ],
    )


def build_store(path, *, with_decisions: bool = True) -> Store:
    store = Store.open(path, actor=SUPERVISOR)
    store.import_records([signed_record(), *other_records()])
    return store


def frozen_clock_store(path, monkeypatch):
    """build_store with the store's clock fixed at FIXED (one second a tick) and TZ=UTC, so that
    snapshots show the same times and hashes on every machine; a generator for a fixture."""
    import time

    import supervision_tui.store.db as db

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    ticks = iter(range(10_000))
    monkeypatch.setattr(db, "_utcnow", lambda: (FIXED + dt.timedelta(seconds=next(ticks))).isoformat())
    monkeypatch.setattr(db, "_now_dt", lambda: FIXED)
    s = build_store(path)
    try:
        yield s
    finally:
        s.close()
        time.tzset()


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


__all__ = ["TODAY", "SUPERVISOR", "FIXED", "WEAK_NOTE", "STRONG_NOTE", "KeyDecision", "build_store",
           "signed_record", "other_records", "ama_earlier_record", "settle"]
