"""The demo data generator: realistic, varied, deterministic, valid, and fast enough to fill 100,000 records."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import Counter, defaultdict

import pytest

from supervision_tui import demo
from supervision_tui.demo import WINDOW_DAYS, generate_records
from supervision_tui.models import (
    CaseDiscussion,
    ExperienceLevel,
    PlanType,
    ReviewStatus,
    SignRole,
    Status,
    SupervisionRecord,
    SupervisionType,
)

TODAY = dt.date(2026, 3, 2)
TEXT_FIELDS = CaseDiscussion.SECTION_FIELDS


@pytest.fixture(scope="module")
def records() -> list[SupervisionRecord]:
    return list(generate_records(500, seed=7, today=TODAY))


@pytest.fixture(scope="module")
def many() -> list[SupervisionRecord]:
    return list(generate_records(2000, seed=11, today=TODAY))


def discussions(records):
    return [(r, d) for r in records for d in r.discussions]


def child_histories(records) -> dict[str, list[CaseDiscussion]]:
    """Each child's discussions in date order."""
    history: dict[str, list[CaseDiscussion]] = defaultdict(list)
    for r in sorted(records, key=lambda r: r.date):  # stable: same-day records keep their order
        for d in r.discussions:
            history[d.case_ref].append(d)
    return history


def all_text(d: CaseDiscussion) -> str:
    parts = [getattr(d, name) for name in TEXT_FIELDS]
    parts += [x.decision + " " + x.rationale for x in d.decisions]
    parts += [a.action + " " + a.owner for a in d.actions]
    parts += [p.action + " " + p.note for p in d.previous_actions]
    return "\n".join(parts)


# --- determinism and validity ---------------------------------------------------------


def test_same_seed_same_records_and_different_seed_different():
    first = [r.model_dump() for r in generate_records(80, seed=3, today=TODAY)]
    again = [r.model_dump() for r in generate_records(80, seed=3, today=TODAY)]
    other = [r.model_dump() for r in generate_records(80, seed=4, today=TODAY)]
    assert first == again
    assert first != other
    assert {r["id"] for r in first}.isdisjoint({r["id"] for r in other})


def test_yields_exactly_n_records(records):
    assert len(records) == 500
    for n in (0, 1, 7, 61, 150):
        assert sum(1 for _ in generate_records(n, seed=2, today=TODAY)) == n
    with pytest.raises(ValueError):
        list(generate_records(-1))


def test_does_not_touch_the_global_random_state():
    import random

    random.seed(99)
    expected = random.random()
    random.seed(99)
    list(generate_records(30, seed=5, today=TODAY))
    assert random.random() == expected


def test_every_record_validates_through_a_dump(records):
    for r in records:
        assert SupervisionRecord.model_validate(r.model_dump()) == r
    for r in records[::25]:
        assert SupervisionRecord.model_validate_json(r.model_dump_json()) == r


def test_ids_are_unique_version_4_uuids(many):
    ids = [r.id for r in many]
    ids += [d.id for _, d in discussions(many)]
    ids += [a.id for _, d in discussions(many) for a in d.actions]
    ids += [a.id for r in many for a in r.addenda]
    assert len(ids) == len(set(ids))
    for value in ids[::97]:
        assert uuid.UUID(value).version == 4
        assert str(uuid.UUID(value)) == value


def test_default_today_is_the_real_today():
    today = dt.date.today()
    for r in generate_records(40, seed=1):
        assert today - dt.timedelta(days=WINDOW_DAYS) <= r.date <= today


# --- coverage -----------------------------------------------------------------------


def test_every_plan_level_status_and_type_appears(records):
    assert {d.plan_type for _, d in discussions(records)} == set(PlanType)
    assert {r.experience_level for r in records} == set(ExperienceLevel)
    assert {r.status for r in records} == set(Status)
    assert {r.type for r in records} == set(SupervisionType)


def test_several_teams_each_with_one_or_two_supervisors(records):
    teams = defaultdict(set)
    team_of_supervisee = defaultdict(set)
    supervisor_of = defaultdict(set)
    for r in records:
        teams[r.team].add(r.supervisor)
        team_of_supervisee[r.supervisee].add(r.team)
        supervisor_of[r.supervisee].add(r.supervisor)
    assert len(teams) >= 5
    assert "Front Door (MASH)" in teams
    assert all(1 <= len(s) <= 2 for s in teams.values())
    assert any(len(s) == 2 for s in teams.values()) or len(teams) < 5
    # a worker belongs to one team and one supervisor
    assert all(len(t) == 1 for t in team_of_supervisee.values())
    assert all(len(s) == 1 for s in supervisor_of.values())
    workers_per_team = Counter(t for ts in team_of_supervisee.values() for t in ts)
    assert min(workers_per_team.values()) >= 2


def test_one_to_four_discussions_and_full_lifecycle(many):
    assert {len(r.discussions) for r in many} == {1, 2, 3, 4}
    for r in many:
        roles = [s.role for s in r.signoffs]
        if r.status == Status.draft:
            assert roles == [] and r.addenda == []
        elif r.status == Status.completed:
            assert roles == [SignRole.supervisor]
        else:
            assert roles == [SignRole.supervisor, SignRole.supervisee]
            assert r.signoffs[1].name == r.supervisee
        if r.signoffs:
            assert r.signoffs[0].name == r.supervisor
    disagreements = [s for r in many for s in r.signoffs if not s.agrees]
    assert disagreements and all(s.role == SignRole.supervisee and s.comment.strip() for s in disagreements)
    addenda = [a for r in many for a in r.addenda]
    assert addenda and all(a.author and a.reason and a.text for a in addenda)
    # older records are mostly agreed; drafts are mostly recent
    old = [r for r in many if (TODAY - r.date).days > 60]
    assert sum(r.status == Status.agreed for r in old) / len(old) > 0.7
    drafts = [r for r in many if r.status == Status.draft]
    assert sum((TODAY - r.date).days <= 21 for r in drafts) / len(drafts) > 0.5


# --- dates ----------------------------------------------------------------------------


def test_dates_lie_in_the_twelve_months_before_today(many):
    start = TODAY - dt.timedelta(days=WINDOW_DAYS)
    end_of_today = dt.datetime(TODAY.year, TODAY.month, TODAY.day, 23, 59, tzinfo=dt.timezone.utc)
    for r in many:
        assert start <= r.date <= TODAY
        assert r.date.weekday() < 5
        assert r.created_at.date() == r.date
        assert r.created_at <= r.updated_at <= end_of_today
        for s in r.signoffs:
            assert r.created_at < s.signed_at <= end_of_today
        if len(r.signoffs) == 2:
            assert r.signoffs[0].signed_at <= r.signoffs[1].signed_at
        for a in r.addenda:
            assert r.signoffs[0].signed_at <= a.created_at <= end_of_today
        if r.next_supervision:
            assert r.next_supervision > r.date
        for _, d in [(r, d) for d in r.discussions]:
            for a in d.actions:
                assert a.due is None or a.due > r.date
    spread = {(r.date.year, r.date.month) for r in many}
    assert len(spread) >= 12


def test_newly_qualified_workers_are_in_their_asye_year(many):
    nq = [r for r in many if r.experience_level == ExperienceLevel.newly_qualified]
    assert nq
    for r in nq:
        assert r.supervisee_started is not None
        assert 0 <= (r.date - r.supervisee_started).days < 365
    # some started within the last few months, so the weekly/fortnightly rules apply today
    assert any((TODAY - r.supervisee_started).days < 90 for r in nq)
    # and a worker can finish the ASYE during the year and carry on as experienced
    levels = defaultdict(set)
    for r in many:
        levels[r.supervisee].add(r.experience_level)
    assert any(ls == {ExperienceLevel.newly_qualified, ExperienceLevel.experienced} for ls in levels.values())


def test_supervision_rhythm_has_overdue_gaps_and_lapsed_workers(many):
    dates = defaultdict(list)
    level = {}
    for r in many:
        dates[r.supervisee].append(r.date)
        level[r.supervisee] = r.experience_level
    gaps = {w: [(b - a).days for a, b in zip(sorted(ds), sorted(ds)[1:])] for w, ds in dates.items()}
    nq_gaps = sorted(g for w, gs in gaps.items() if level[w] == ExperienceLevel.newly_qualified for g in gs)
    other_gaps = sorted(g for w, gs in gaps.items() if level[w] != ExperienceLevel.newly_qualified for g in gs)
    # roughly monthly for most, more often for newly qualified workers
    assert 25 <= other_gaps[len(other_gaps) // 2] <= 42
    assert nq_gaps[len(nq_gaps) // 2] < other_gaps[len(other_gaps) // 2]
    # gaps longer than "at least monthly", for several workers
    assert sum(any(g > 45 for g in gs) for gs in gaps.values()) >= 5
    # and some workers whose last supervision is well in the past
    assert sum((TODAY - max(ds)).days > 60 for ds in dates.values()) >= 3


def test_caseloads_lower_for_newly_qualified_and_sometimes_too_high(many):
    nq = sorted(r.caseload for r in many if r.caseload and r.experience_level == ExperienceLevel.newly_qualified)
    exp = sorted(r.caseload for r in many if r.caseload and r.experience_level == ExperienceLevel.experienced)
    assert nq[len(nq) // 2] < exp[len(exp) // 2]
    assert any(c > 25 for c in exp)
    assert any(c > 18 for c in nq)


# --- children across sessions -------------------------------------------------------


def test_children_are_identified_only_by_case_ref_and_initials(many):
    for _, d in discussions(many):
        assert re.fullmatch(r"CMS-\d{6}", d.case_ref)
        assert re.fullmatch(r"[A-Z]\.[A-Z]\.", d.child_initials)
    # a child is on one worker's caseload at a time: each worker who holds them holds them in one
    # stretch (a leaver's children go to colleagues; some children move team)
    history = defaultdict(list)
    for r, d in discussions(many):
        history[d.case_ref].append((r.date, r.supervisee, r.team))
    moved_worker = moved_team = 0
    for visits in history.values():
        workers = [w for _, w, _ in sorted(visits)]
        runs = [w for i, w in enumerate(workers) if i == 0 or w != workers[i - 1]]
        assert len(runs) <= len(set(runs)) + 1, runs  # at most one return (to the worker who had them)
        moved_worker += len(runs) > 1
        moved_team += len({t for _, _, t in visits}) > 1
    assert moved_worker > 0 and moved_team > 0


COMMON_CHILD_NAMES = {
    "Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo",
    "Archie", "Theo", "Logan", "Riley", "Tyler", "Kayden", "Mason", "Ethan", "Lucas", "Amelia", "Isla",
    "Ava", "Mia", "Emily", "Isabella", "Poppy", "Ella", "Lily", "Sophia", "Evie", "Ruby", "Jessica",
    "Harper", "Millie", "Freya", "Daisy", "Phoebe", "Layla", "Skye", "Kai", "Tia", "Leah", "Ellie",
}


def test_no_text_names_a_child(many):
    staff = {part for r in many for name in (r.supervisor, r.supervisee) for part in name.split()}
    # every capitalised word is a staff name or comes from the generator's own vocabulary
    source = open(demo.__file__, encoding="utf-8").read()
    module_words = {w.capitalize() for w in re.findall(r"[A-Za-z]+", source)} | {m[:3] for m in demo.MONTHS}
    capitalised = Counter()
    for _, d in discussions(many):
        text = all_text(d)
        capitalised.update(re.findall(r"\b[A-Z][a-z]+\b", text))
        # initials in the text are this child's; other single capitals are the child's
        # first initial, "I", "A", or an adult's "Mr X" / "Ms X"
        assert set(re.findall(r"\b[A-Z]\.[A-Z]\.", text)) <= {d.child_initials}
        text = text.replace(d.child_initials, "").replace("N/A", "").replace("A&E", "")
        for letter in re.findall(r"\b([A-Z])\b", text):
            assert letter in (d.child_initials[0], "I", "A") or re.search(rf"\b(?:Mr|Ms) {letter}\b", text), (
                letter, d.child_initials, text)
    unknown = {w for w in capitalised if w not in staff and w not in module_words}
    assert not unknown, unknown
    named = {w for w in capitalised if w in COMMON_CHILD_NAMES and w not in staff}
    assert not named, named


def test_a_childs_previous_actions_are_last_sessions_actions(many):
    histories = child_histories(many)
    followed = [h for h in histories.values() if len(h) >= 3]
    assert len(followed) >= 50
    linked = 0
    for h in histories.values():
        for before, now in zip(h, h[1:]):
            previous = {a.id: a for a in before.actions}
            for review in now.previous_actions:
                if review.action_id is not None:
                    assert review.action_id in previous
                    old = previous[review.action_id]
                    assert (review.action, review.owner, review.due) == (old.action, old.owner, old.due)
                    linked += 1
                else:
                    assert review.action in {a.action for a in before.actions}
            if not before.actions:
                assert now.previous_actions == []
    assert linked >= 500


def test_reviews_carry_status_and_notes_with_gaps_left_for_quality_leads(many):
    histories = child_histories(many)
    reviews = [r for _, d in discussions(many) for r in d.previous_actions]
    statuses = Counter(r.status for r in reviews)
    assert statuses[ReviewStatus.done] > statuses[ReviewStatus.not_done] > statuses[ReviewStatus.no_longer_needed] > 0
    assert statuses[None] > 0  # left unreviewed
    assert statuses[None] < len(reviews) * 0.3
    explained = [r for r in reviews if r.status in (ReviewStatus.not_done, ReviewStatus.no_longer_needed)]
    assert sum(bool(r.note) for r in explained) / len(explained) > 0.8
    # some of last time's actions are missing from the review altogether
    missing = 0
    for h in histories.values():
        for before, now in zip(h, h[1:]):
            ids = {r.action_id for r in now.previous_actions}
            texts = {r.action for r in now.previous_actions}
            missing += sum(a.id not in ids and a.action not in texts for a in before.actions)
    assert missing > 0


def test_copy_forward_sections_and_actions_reset_in_the_same_words(many):
    copied_sections = reset_actions = 0
    whole = 0
    for h in child_histories(many).values():
        for before, now in zip(h, h[1:]):
            same = [n for n in TEXT_FIELDS if len(getattr(now, n).split()) >= 8 and getattr(now, n) == getattr(before, n)]
            copied_sections += len(same)
            whole += len(same) >= 4
            old = {a.action for a in before.actions}
            reset_actions += sum(a.action in old for a in now.actions)
    assert copied_sections >= 50
    assert whole >= 5
    assert reset_actions >= 50


def test_history_checks_find_every_kind_of_finding(many):
    """The demo exists to exercise the cross-record checks quality leads rely on."""
    from supervision_tui.quality import history_findings

    kinds = Counter()
    n = 0
    for h in child_histories(many).values():
        for before, now in zip(h, h[1:]):
            found = history_findings(now, before)
            kinds.update(f.kind for f in found)
            n += 1
    assert set(kinds) == {"copied_forward", "action_copied", "action_not_reviewed"}
    assert sum(kinds.values()) < n * 2  # findings are a pattern, not every discussion


# --- the notes ------------------------------------------------------------------------


def test_updates_are_written_in_many_phrasings(many):
    updates = [d.update for _, d in discussions(many)][:1000]
    assert len(updates) == 1000
    assert len(set(updates)) / len(updates) >= 0.7
    # and whole sentences are not reused wholesale: no sentence in more than 5% of updates
    sentences = Counter(s for u in updates for s in set(re.split(r"(?<=[.!?])\s+", u)) if len(s) > 25)
    assert sentences.most_common(1)[0][1] < 50


def _filled(d: CaseDiscussion) -> int:
    fillers = {f.lower().strip(".") for f in demo.FILLERS}
    return sum(bool(getattr(d, n).strip()) and getattr(d, n).lower().strip(" .") not in fillers for n in TEXT_FIELDS)


def test_notes_of_every_quality(many):
    minimal = weak = full = 0
    for _, d in discussions(many):
        if any(m in d.update for m in demo.MINIMAL_UPDATES):
            minimal += 1
        n = _filled(d)
        if n <= 2:
            weak += 1
        if (
            n == len(TEXT_FIELDS)
            and d.safety_scale is not None
            and '"' in d.lived_experience
            and d.decisions and all(x.rationale for x in d.decisions)
            and d.actions and all(a.owner and a.due for a in d.actions)
        ):
            full += 1
    total = len(discussions(many))
    assert 0.005 < minimal / total < 0.3  # a few bare notes ("discussed, continue with plan")
    assert 0.08 < weak / total < 0.6  # a council's notes: mostly requires improvement and good (issue 17)
    assert full / total > 0.02  # full reflective notes: a minority, as in a real council
    # bullets and headings appear in some notes, plain prose in most
    texts = [t for _, d in discussions(many) for t in (getattr(d, n) for n in TEXT_FIELDS)]
    assert any(t.startswith(("- ", "* ", "\u2022 ")) for t in texts)
    assert any(re.match(r"(Analysis|Reflection|Risk|Voice of the child|Challenge|Progress):", t) for t in texts)


def test_quality_differs_by_supervisor_and_improves_in_some_teams(many):
    by_supervisor = defaultdict(list)
    by_team_half = defaultdict(lambda: ([], []))
    start = TODAY - dt.timedelta(days=WINDOW_DAYS)
    for r, d in discussions(many):
        by_supervisor[r.supervisor].append(_filled(d))
        by_team_half[r.team][(r.date - start).days >= WINDOW_DAYS // 2].append(_filled(d))
    means = [sum(v) / len(v) for v in by_supervisor.values() if len(v) >= 30]
    assert max(means) - min(means) > 3  # some managers consistently write much less
    improving = [
        t for t, (a, b) in by_team_half.items()
        if len(a) >= 30 and len(b) >= 30 and sum(b) / len(b) > sum(a) / len(a) + 0.5
    ]
    assert improving


def test_worker_sections_vary_in_quality(many):
    individual = [r for r in many if r.type == SupervisionType.individual]
    wellbeing = [r.worker.wellbeing for r in individual]
    assert any(len(w) > 80 for w in wellbeing)
    assert any(len(w) < 12 for w in wellbeing)
    asye = [r.worker.development for r in individual if r.experience_level == ExperienceLevel.newly_qualified]
    assert any("ASYE" in d for d in asye)
    experienced = [r.worker.development for r in individual if r.experience_level != ExperienceLevel.newly_qualified]
    assert not any("ASYE" in d for d in experienced)
