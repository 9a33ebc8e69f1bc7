"""Every figure of the quality report on the hand-made database of test_reports_data."""

import datetime as dt

import pytest
from test_reports_data import IDS, TODAY, build_known_db

from supervision_tui.reports import ReportOptions, build_report
from supervision_tui.reports.figures import tables
from supervision_tui.store import RecordFilter
from supervision_tui.store.reports import Drill, drill_count, drill_records

D = dt.date


@pytest.fixture
def store(tmp_path):
    s = build_known_db(tmp_path / "known.db")
    yield s
    s.close()


def report(store, **kw):
    kw.setdefault("today", TODAY)
    return build_report(store, ReportOptions(**kw))


def ids(rows):
    return sorted(k for k, v in IDS.items() if v in {r["id"] for r in rows})


def test_coverage(store):
    assert report(store, include_history=False).coverage == {
        "records": 6, "discussions": 7, "scored": 7, "stale": 0, "draft_discussions": 1,
    }


def test_band_distribution_and_mean_by_team(store):
    # drafts counted (--status all): R3's outstanding 80 is in North's figures
    north, south = report(store, include_history=False, include_drafts=True).by_team
    assert north.key == "North"
    assert north.discussions == 4
    assert north.bands == {"inadequate": 1, "requires_improvement": 1, "good": 1, "outstanding": 1}
    assert north.mean_score == 50.0
    assert (north.brief_descriptive, north.brief_descriptive_pct) == (2, 50.0)
    # complete months only (today is 31 March): Jan (20, 60) and Feb (40, 80)
    assert [(p.month, p.n, p.mean, p.small) for p in north.trend] == [("2026-01", 2, 40.0, True),
                                                                      ("2026-02", 2, 60.0, True)]
    assert (north.change, north.change_from, north.change_to, north.direction) == (20.0, "2026-01", "2026-02", "up")
    assert north.change_small_n
    assert south.key == "South"
    assert south.bands == {"inadequate": 0, "requires_improvement": 2, "good": 1, "outstanding": 0}
    assert south.mean_score == 50.0
    assert south.brief_descriptive_pct == 33.3
    # Jan (30, 70); March is not over, so there is nothing to compare January with
    assert [p.mean for p in south.trend] == [50.0]
    assert (south.change, south.direction) == (None, "none")


def test_quality_figures_leave_drafts_out_by_default(store):
    rep = report(store, include_history=False)
    north, south = rep.by_team
    # R3 (North, draft, 80 outstanding) is left out: R1C1 20, R1C2 60, R2C1 40
    assert (north.discussions, north.mean_score, north.brief_descriptive_pct) == (3, 40.0, 66.7)
    assert north.bands == {"inadequate": 1, "requires_improvement": 1, "good": 1, "outstanding": 0}
    assert [(p.month, p.n, p.mean) for p in north.trend] == [("2026-01", 2, 40.0), ("2026-02", 1, 40.0)]
    assert (north.change, north.direction) == (0.0, "flat")
    assert south.discussions == 3  # nothing of South's is a draft
    assert (rep.quality_statuses, rep.drafts_left_out) == ("signed", 1)
    assert [c.discussions for c in rep.criteria_missing] == [3, 3]
    assert ids(drill_records(store, north.drill)) == ["R1", "R2"]
    # a status filter chooses instead: drafts only
    rep = report(store, include_history=False, filt=RecordFilter(status="draft"))
    assert [(f.key, f.discussions, f.mean_score) for f in rep.by_team] == [("North", 1, 80.0)]
    assert (rep.quality_statuses, rep.drafts_left_out) == ("draft", 0)


def test_band_distribution_by_supervisor(store):
    ann, bob = report(store, include_history=False, include_drafts=True).by_supervisor
    assert (ann.key, ann.team, ann.discussions, ann.mean_score) == ("Ann", "North", 4, 50.0)
    assert (bob.key, bob.team, bob.discussions, bob.mean_score) == ("Bob", "South", 3, 50.0)


def test_band_distribution_by_month_with_the_change(store):
    jan, feb, mar = report(store, include_history=False, include_drafts=True).by_month
    assert [m.key for m in (jan, feb, mar)] == ["2026-01", "2026-02", "2026-03"]
    assert (jan.discussions, jan.mean_score, jan.change, jan.complete) == (4, 45.0, None, True)
    assert (feb.discussions, feb.mean_score, feb.change, feb.direction) == (2, 60.0, 15.0, "up")
    assert (feb.change_from, feb.change_to, feb.change_small_n) == ("2026-01", "2026-02", True)
    # March is not over on 31 March: shown, never compared
    assert (mar.discussions, mar.mean_score, mar.complete, mar.change) == (1, 50.0, False, None)
    assert jan.bands == {"inadequate": 1, "requires_improvement": 1, "good": 2, "outstanding": 0}
    rep = report(store, include_history=False, today=D(2026, 4, 1), include_drafts=True)
    assert (rep.by_month[2].complete, rep.by_month[2].change) == (True, -10.0)
    assert [(p.month, p.n, p.mean) for p in rep.trend] == [("2026-01", 4, 45.0), ("2026-02", 2, 60.0),
                                                          ("2026-03", 1, 50.0)]


def test_a_month_cut_by_the_period_is_not_compared(store):
    rep = report(store, include_history=False, include_drafts=True,
                 filt=RecordFilter(date_from=D(2026, 1, 15), date_to=D(2026, 2, 28)))
    jan, feb = rep.by_month
    assert (jan.complete, feb.complete) == (False, True)
    assert jan.discussions == 2  # R4 (20 Jan, C4 and C5): R1 (12 Jan) is before the period
    # February is compared with the whole of January (45.0 on 4 notes), not with its part in the period
    assert (feb.change, feb.change_from) == (15.0, "2026-01")
    assert [p.month for p in rep.trend] == ["2026-01", "2026-02"]
    assert [p.month for p in rep.by_team[0].trend] == ["2026-01", "2026-02"]


def test_on_time_share_per_team_at_each_months_end(store):
    rep = report(store, include_history=False)
    got = [(o.team, o.month, o.supervisees, o.on_time, o.pct) for o in rep.on_time]
    # 31 Jan: Nia (NQ, in post since 5 Jan: weekly) last seen 12 Jan, late; Sam seen 20 Jan, on time.
    # 28 Feb: Nia (fortnightly from 16 Feb) seen 9 Feb, late; Sam's monthly supervision was due
    # 20 Feb, late. Eve's 20 Feb record is a draft, not a supervision: she is not counted as
    # supervised at all (the overdue list shows her, due since that record). Earlier months of the
    # span have no one yet.
    assert got == [
        ("North", "2026-01", 1, 0, 0.0), ("South", "2026-01", 1, 1, 100.0), ("All teams", "2026-01", 2, 1, 50.0),
        ("North", "2026-02", 1, 0, 0.0), ("South", "2026-02", 1, 0, 0.0), ("All teams", "2026-02", 2, 0, 0.0),
    ]


def test_criteria_most_often_missing_per_team(store):
    north, south = report(store, include_history=False, include_drafts=True).criteria_missing
    assert (north.team, north.discussions) == ("North", 4)
    top = [(m.criterion, m.missing, m.pct) for m in north.missing[:3]]
    # challenge missed 3 times; reflection and child impact twice (ties in the rubric's order)
    assert top == [("challenge", 3, 75.0), ("reflection", 2, 50.0), ("child_impact", 2, 50.0)]
    assert north.missing[-1].criterion == "depth" and north.missing[-1].missing == 0
    assert [(m.criterion, m.missing) for m in south.missing[:2]] == [("lived_experience", 2), ("child_impact", 1)]
    assert south.missing[0].pct == 66.7


def test_overdue_per_supervisee_by_experience_level(store):
    rep = report(store, include_history=False)
    by_name = {o.supervisee: o for o in rep.overdue}
    nia, eve = by_name["Nia"], by_name["Eve"]
    # Nia: newly qualified, 12 weeks in post -> fortnightly; last seen 9 Feb (50 days)
    assert (nia.rule, nia.last_supervision, nia.due, nia.days_overdue) == ("fortnightly", D(2026, 2, 9), D(2026, 2, 23), 36)
    # Eve: experienced -> monthly; her draft of 20 Feb is not supervision until signed, nor is the
    # ad hoc case direction of 28 March: nothing signed, so due since her first record (20 Feb)
    assert (eve.rule, eve.last_supervision, eve.due, eve.days_overdue) == ("monthly", None, D(2026, 2, 20), 39)
    assert "Sam" not in by_name  # senior, seen 6 days ago: on time
    # the list holds the overdue only, most overdue first, with the totals
    assert [o.supervisee for o in rep.overdue] == ["Eve", "Nia"]
    assert (rep.overdue_total, rep.supervisees_total) == (2, 3)
    cut = report(store, include_history=False, limit=1)
    assert [o.supervisee for o in cut.overdue] == ["Eve"]
    assert cut.to_dict()["lists"]["overdue"] == {"shown": 1, "total": 2, "cut": True}
    assert [(lv.experience_level, lv.supervisees, lv.overdue) for lv in rep.overdue_by_level] == [
        ("newly_qualified", 1, 1), ("experienced", 1, 1), ("senior", 1, 0),
    ]


def test_overdue_ignores_the_date_filter_but_not_the_team(store):
    rep = report(store, include_history=False, filt=RecordFilter(team="South", date_from=D(2026, 3, 1)),
                 today=D(2026, 5, 1))
    assert [o.supervisee for o in rep.overdue] == ["Sam"]
    assert rep.overdue[0].last_supervision == D(2026, 3, 25)


def test_children_not_discussed_for_more_than_n_weeks(store):
    rep = report(store, include_history=False)  # 8 weeks: last discussed before 3 Feb
    assert rep.not_discussed_total == 2
    assert [(c.case_ref, c.last_discussed, c.weeks_since, c.team) for c in rep.not_discussed] == [
        ("C2", D(2026, 1, 12), 11, "North"),
        ("C5", D(2026, 1, 20), 10, "South"),
    ]
    assert rep.lists["not_discussed"] == {"shown": 2, "total": 2, "cut": False}
    rep = report(store, include_history=False, not_discussed_weeks=4)  # before 3 March
    assert [c.case_ref for c in rep.not_discussed] == ["C2", "C5", "C1", "C3"]
    cut = report(store, include_history=False, not_discussed_weeks=4, limit=1)
    assert (cut.not_discussed_total, len(cut.not_discussed)) == (4, 1)
    assert cut.lists["not_discussed"] == {"shown": 1, "total": 4, "cut": True}
    assert cut.to_dict()["lists"]["not_discussed"] == {"shown": 1, "total": 4, "cut": True}


def test_records_left_unsigned(store):
    rep = report(store, include_history=False)
    assert rep.unsigned_total == 2
    (north,) = rep.unsigned_by_team
    assert (north.team, north.drafts, north.awaiting_supervisee, north.oldest) == ("North", 1, 1, D(2026, 2, 9))
    assert [(u.id, u.status, u.days_unsigned) for u in rep.unsigned] == [
        (IDS["R2"], "completed", 50), (IDS["R3"], "draft", 39),
    ]


def test_copied_forward_and_previous_actions_never_reviewed(store):
    rep = report(store)
    kinds = {(h.case_ref, h.kind) for h in rep.history}
    assert ("C1", "copied_forward") in kinds
    assert ("C1", "action_not_reviewed") in kinds
    assert not any(h.case_ref == "C4" for h in rep.history)  # reviewed, and new text
    assert all(h.record_id == IDS["R2"] for h in rep.history)
    assert rep.history_counts["copied_forward"] == 1
    assert rep.history_counts["action_not_reviewed"] == 1
    assert rep.history_by_team == {"North": {"copied_forward": 1, "action_not_reviewed": 1}}
    # the South team's report sees no findings
    assert report(store, filt=RecordFilter(team="South")).history == []


def test_filters_narrow_every_figure(store):
    rep = report(store, include_history=False, filt=RecordFilter(team="South"))
    assert [f.key for f in rep.by_team] == ["South"]
    assert [f.key for f in rep.by_supervisor] == ["Bob"]
    assert rep.unsigned_total == 0
    assert [c.case_ref for c in rep.not_discussed] == ["C5"]
    rep = report(store, include_history=False, filt=RecordFilter(date_from=D(2026, 2, 1), date_to=D(2026, 2, 28)))
    assert [m.key for m in rep.by_month] == ["2026-02"]
    assert rep.coverage["records"] == 2
    rep = report(store, include_history=False, filt=RecordFilter(supervisor="Ann"))
    assert [f.key for f in rep.by_team] == ["North"]


def test_every_figure_drills_down_to_its_records(store):
    rep = report(store, include_drafts=True)
    north = rep.by_team[0]
    assert ids(drill_records(store, north.drill)) == ["R1", "R2", "R3"]
    assert ids(drill_records(store, rep.by_month[0].drill)) == ["R1", "R4"]
    challenge = rep.criteria_missing[0].missing[0]
    assert challenge.criterion == "challenge"
    assert ids(drill_records(store, challenge.drill)) == ["R1", "R2"]
    nia = next(o for o in rep.overdue if o.supervisee == "Nia")
    assert ids(drill_records(store, nia.drill)) == ["R1", "R2"]
    assert ids(drill_records(store, rep.not_discussed[0].drill)) == ["R1"]
    assert ids(drill_records(store, rep.unsigned_by_team[0].drill)) == ["R2", "R3"]
    assert ids(drill_records(store, rep.history[0].drill)) == ["R2"]
    assert drill_count(store, Drill(RecordFilter(team="North"), band="inadequate")) == 1
    # a record's band is its weakest discussion's
    (r1,) = drill_records(store, Drill(RecordFilter(team="North"), band="inadequate"))
    assert (r1["band"], r1["score"]) == ("inadequate", 20)


def test_json_and_csv_carry_the_same_figures(store):
    rep = report(store, include_drafts=True)
    data = rep.to_dict()
    assert data["by_team"][0]["bands"]["outstanding"] == 1
    assert "drill" not in data["by_team"][0]
    assert data["overdue"][0]["due"] == "2026-02-20"  # Eve, nothing signed: due since her first record
    assert data["overdue"][1]["due"] == "2026-02-23"
    # the change and what it compares are in the data, so anyone can reproduce the arrow
    north = data["by_team"][0]
    assert (north["change"], north["change_from"], north["change_to"], north["direction"]) == (
        20.0, "2026-01", "2026-02", "up")
    assert north["trend"] == [{"month": "2026-01", "n": 2, "mean": 40.0, "small": True},
                              {"month": "2026-02", "n": 2, "mean": 60.0, "small": True}]
    t = tables(rep)
    cols, rows = t["quality_by_team"]
    north = dict(zip(cols, rows[0]))
    assert (north["Team"], north["Notes"], north["Mean score"], north["Outstanding"]) == ("North", 4, 50.0, 1)
    assert (north["Change"], north["Direction"], north["Compared to"]) == (20.0, "up", "2026-02")
    cols, rows = t["trend_by_team"]
    assert rows[:2] == [["North", "2026-01", 2, 40.0, "yes"], ["North", "2026-02", 2, 60.0, "yes"]]
    cols, rows = t["not_discussed"]
    assert {r[0] for r in rows} == {"C2", "C5"}
    assert len(t["unsigned"][1]) == 2
    cols, rows = t["criteria_missing"]
    assert rows[0][:5] == ["North", 4, "Manager's challenge", "challenge", 3]


def test_an_empty_database_gives_empty_figures(tmp_path):
    from supervision_tui.store import Store

    s = Store.open(tmp_path / "empty.db")
    try:
        rep = report(s)
        assert rep.by_team == [] and rep.overdue == [] and rep.unsigned_total == 0
        assert rep.history == [] and rep.not_discussed_total == 0
    finally:
        s.close()
