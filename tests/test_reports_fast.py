"""Issue 15 item 4: the report reads stored checks and SQL aggregates, with the same figures as
checking every note again (the slow path), on the hand-made database of test_reports_data."""

import dataclasses

import pytest
from test_reports_data import IDS, TODAY, build_known_db

from supervision_tui.models import CaseDiscussion, Status
from supervision_tui.reports import ReportOptions, build_report
from supervision_tui.reports.figures import refresh_history
from supervision_tui.store import RecordFilter
from supervision_tui.store import reports as q


@pytest.fixture
def store(tmp_path):
    s = build_known_db(tmp_path / "known.db")
    yield s
    s.close()


FILTERS = [RecordFilter(), RecordFilter(team="North"), RecordFilter(team="South"),
           RecordFilter(date_from=TODAY.replace(month=2, day=1), date_to=TODAY.replace(month=2, day=28))]


def figures(store, limit=None):
    return [build_report(store, ReportOptions(filt=f, today=TODAY, limit=limit)).to_dict() for f in FILTERS]


@pytest.mark.parametrize("limit", [None, 1])
def test_stored_checks_give_the_same_figures(store, limit):
    slow = figures(store, limit)
    assert q.cases_to_check(store) == ["C1", "C2", "C3", "C4", "C5"]
    assert not q.history_all_checked(store)
    assert refresh_history(store) == 7
    assert q.cases_to_check(store) == []
    assert q.history_all_checked(store)  # the report reads the findings table alone
    # nothing is checked again now: the stored findings are read
    assert store.db.execute("SELECT count(*) FROM history_findings").fetchone()[0] == 2
    assert figures(store, limit) == slow
    assert slow[0]["history_counts"] == {"copied_forward": 1, "action_copied": 0, "action_not_reviewed": 1}


def test_a_changed_record_is_checked_again_until_stored(store):
    refresh_history(store)
    # R3 (a draft) is edited: C3's text now copies nothing, but its check is stale
    rec = store.load(IDS["R3"])
    rec = rec.model_copy(update={"discussions": [rec.discussions[0].model_copy(update={"update": "New words."})]})
    store.save(rec)
    assert q.cases_to_check(store) == ["C3"]
    assert not q.history_all_checked(store)
    mixed = figures(store)
    stored = store.db.execute("SELECT count(*) FROM history_checks").fetchone()[0]
    assert stored == 7  # the stale check is still there, but not read
    refresh_history(store)
    assert figures(store) == mixed


def test_a_discussion_added_between_two_is_compared_both_ways(store):
    refresh_history(store)
    # C1 discussed again on 20 Jan, between R1 (12 Jan) and R2 (9 Feb), copying R1's update
    from supervision_tui.models import ExperienceLevel, SupervisionRecord
    import datetime as dt

    c1 = store.load(IDS["R1"]).discussions[0]
    store.import_records([SupervisionRecord(
        id="00000000-0000-0000-0000-000000000009", team="North", supervisor="Ann", supervisee="Nia",
        experience_level=ExperienceLevel.newly_qualified, date=dt.date(2026, 1, 20), status=Status.agreed,
        discussions=[CaseDiscussion(id="disc-R9C1", case_ref="C1", child_initials="A.A.", update=c1.update)],
    )])
    assert q.cases_to_check(store) == ["C1"]  # R9 has no check: the whole child is checked again
    assert not q.history_all_checked(store)  # imported with an old date: more discussions than checks
    assert refresh_history(store) == 3
    previous = dict(store.db.execute("SELECT discussion_id, previous_id FROM history_checks").fetchall())
    assert (previous["disc-R9C1"], previous["disc-R2C1"]) == ("disc-R1C1", "disc-R9C1")
    # the stored figures equal checking everything again
    stored = figures(store)
    store.db.execute("DELETE FROM history_findings")
    store.db.execute("DELETE FROM history_checks")
    store.db.conn.commit()
    assert figures(store) == stored
    assert stored[0]["history_counts"]["copied_forward"] == 2  # R9 copies R1, R2 copies R9


def test_score_stores_the_checks(tmp_path):
    from click.testing import CliRunner

    from supervision_tui.cli import cli

    path = tmp_path / "u.db"
    build_known_db(path, scored=False).close()
    result = CliRunner().invoke(cli, ["score", "--db", str(path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    from supervision_tui.store import Store

    s = Store.open(path)
    try:
        assert q.cases_to_check(s) == []
        assert s.db.execute("SELECT count(*) FROM history_checks").fetchone()[0] == 7
    finally:
        s.close()


@pytest.mark.parametrize("signed_only", [False, True])
@pytest.mark.parametrize("filt", FILTERS)
def test_one_pass_over_the_scores_gives_what_grouping_each_way_gives(store, filt, signed_only):
    from supervision_tui.reports.figures import _from_cube

    cube = q.quality_cube(store, filt, signed_only)
    for by in ("team", "supervisor", "month"):
        rows, trends = _from_cube(cube, by)
        assert rows == q.band_rows(store, filt, by, signed_only)
        if by != "month":
            assert trends == q.monthly_means(store, filt, by, signed_only)
    per_team = {}
    for c in cube:
        n, missing = per_team.setdefault(c.team, [0, dict.fromkeys(c.missing, 0)])
        per_team[c.team][0] += c.n
        for k, v in c.missing.items():
            missing[k] += v
    assert [(t, n, m) for t, (n, m) in sorted(per_team.items())] == q.criteria_missing(store, filt, signed_only)


def test_on_time_reads_supervisions_once_with_the_same_answer_as_asking_each_month(store):
    import datetime as dt

    from supervision_tui.reports.figures import ACTIVE_DAYS, ALL_TEAMS, on_time_figures, trend_months
    from supervision_tui.reports.overdue import OverduePolicy, overdue_status

    today = dt.date(2026, 5, 1)
    got = on_time_figures(store, RecordFilter(), today, OverduePolicy())
    expected = {}
    for month in trend_months(RecordFilter(), today):
        y, m = map(int, month.split("-"))
        end = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
        for row in q.last_supervisions(store, RecordFilter(), end):
            if row["last_date"] is None:
                continue  # nothing signed yet: overdue (from the first record), not counted as supervised
            last = dt.date.fromisoformat(row["last_date"])
            if (end - last).days > ACTIVE_DAYS:
                continue
            started = row["supervisee_started"] and dt.date.fromisoformat(row["supervisee_started"])
            ok = not overdue_status(row["experience_level"], started, last, end).overdue
            for team in (row["team"], ALL_TEAMS):
                c = expected.setdefault((month, team), [0, 0])
                c[0] += 1
                c[1] += ok
    assert {(o.month, o.team): [o.supervisees, o.on_time] for o in got} == expected
    assert len(got) == 12  # January to April (the complete months by 1 May), North, South and all teams
