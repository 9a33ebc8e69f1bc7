"""Issue 17, items 1 and 2 on the hand-made database of test_reports_data.

1. "Children not discussed" under a filter: the filter chooses which children to
   list; a child's last discussion is the last one anywhere up to the day measured from.
2. A filter that matches nothing says so, suggests near names, and exits non-zero.
"""

import datetime as dt

import pytest
from click.testing import CliRunner
from test_reports_data import TODAY, build_known_db

from supervision_tui.cli import cli
from supervision_tui.models import CaseDiscussion, ExperienceLevel, Status, SupervisionRecord
from supervision_tui.reports import ReportOptions, build_report
from supervision_tui.reports.selection import NothingMatches, resolve_filter
from supervision_tui.store import RecordFilter

D = dt.date


@pytest.fixture
def store(tmp_path):
    s = build_known_db(tmp_path / "known.db")
    yield s
    s.close()


def children(store, **kw):
    kw.setdefault("today", TODAY)
    rep = build_report(store, ReportOptions(include_history=False, **kw))
    return [(c.case_ref, c.last_discussed, c.weeks_since, c.team) for c in rep.not_discussed], rep


def test_a_child_discussed_after_the_period_is_not_flagged(store):
    # January's report, measured on 31 March (8 weeks: last discussed before 3 Feb).
    # January discussed C1, C2 (R1, 12 Jan), C4, C5 (R4, 20 Jan). C1 was discussed again on
    # 9 Feb and C4 on 25 Mar, so only C2 and C5 are not discussed: the January-only answer
    # would have been all four.
    got, rep = children(store, filt=RecordFilter(date_from=D(2026, 1, 1), date_to=D(2026, 1, 31)))
    assert got == [("C2", D(2026, 1, 12), 11, "North"), ("C5", D(2026, 1, 20), 10, "South")]
    assert rep.not_discussed_total == 2 and rep.not_discussed_as_of == TODAY


def test_without_today_a_past_period_is_measured_at_its_end(store):
    # January on its own, 2 weeks: as at 31 Jan, C1 and C2 (12 Jan, 2 weeks 5 days) are not
    # discussed; C4 and C5 (20 Jan, 11 days) are. Discussions after 31 Jan do not count.
    got, rep = children(store, today=None, not_discussed_weeks=2,
                        filt=RecordFilter(date_from=D(2026, 1, 1), date_to=D(2026, 1, 31)))
    assert rep.not_discussed_as_of == D(2026, 1, 31)
    assert got == [("C1", D(2026, 1, 12), 2, "North"), ("C2", D(2026, 1, 12), 2, "North")]


def test_a_child_who_moved_team_is_not_flagged_by_the_old_team(store):
    # C5 (South, last discussed 20 Jan) moves to North and is discussed there on 20 March.
    store.import_records([SupervisionRecord(
        id="00000000-0000-0000-0000-000000000007", team="North", supervisor="Ann", supervisee="Eve",
        experience_level=ExperienceLevel.experienced, date=D(2026, 3, 20), status=Status.draft,
        discussions=[CaseDiscussion(id="disc-R7C5", case_ref="C5", child_initials="E.E.",
                                    update="E moved to her aunt's in the North area.")],
    )])
    got, _ = children(store, filt=RecordFilter(team="South"))
    assert got == []  # C4 discussed 25 Mar; C5 on 20 Mar in North
    got, _ = children(store)
    assert [c[0] for c in got] == ["C2"]


def run(*args):
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "200"})


def test_a_name_differing_only_in_case_is_the_recorded_one(store):
    filt = resolve_filter(store, RecordFilter(team="south ", supervisor="BOB"))
    assert (filt.team, filt.supervisor) == ("South", "Bob")


@pytest.mark.parametrize("filt, message", [
    (RecordFilter(team="Sout"), "no team called 'Sout'; did you mean 'South'?"),
    (RecordFilter(team="Nonexistent"), "no team called 'Nonexistent' (2 teams recorded)"),
    (RecordFilter(supervisor="Anne"), "no supervisor called 'Anne'; did you mean 'Ann'?"),
    (RecordFilter(team="South", supervisor="Ann"), "no records match team South, supervisor Ann"),
    (RecordFilter(date_from=D(2026, 4, 1)), "no records match from 2026-04-01"),
    (RecordFilter(date_from=D(2026, 3, 1), date_to=D(2026, 2, 1)),
     "--from 2026-03-01 is after --to 2026-02-01: no day is in both"),
])
def test_a_filter_that_matches_nothing_says_so(store, filt, message):
    with pytest.raises(NothingMatches) as e:
        resolve_filter(store, filt)
    assert str(e.value) == message


@pytest.mark.parametrize("args, message", [
    (["--team", "Sout"], "no team called 'Sout'; did you mean 'South'?"),
    (["--from", "2026-03-01", "--to", "2026-02-01"], "is after --to"),
    (["--supervisor", "Nobody"], "no supervisor called 'Nobody'"),
])
def test_report_and_export_refuse_a_filter_that_matches_nothing(tmp_path, args, message):
    path = tmp_path / "k.db"
    build_known_db(path).close()
    for command in (["report", "--today", "2026-03-31"], ["export", "--format", "csv", "--out", str(tmp_path / "x.csv")]):
        result = run(*command, "--db", str(path), *args)
        assert result.exit_code == 1, result.output
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.csv").exists()


def test_report_takes_a_name_in_another_case(tmp_path):
    path = tmp_path / "k.db"
    build_known_db(path).close()
    result = run("report", "--db", str(path), "--today", "2026-03-31", "--team", "south")
    assert result.exit_code == 0, result.output
    assert "team South" in result.output and "3 case discussions" in result.output


def test_a_child_whose_case_closed_is_not_waiting_to_be_discussed(store):
    from supervision_tui.models import KeyDecision

    # C5 (last discussed 20 Jan) has its case closed at a discussion on 25 Jan: 9 weeks on,
    # it is not a child "not discussed", but it is counted apart
    store.import_records([SupervisionRecord(
        id="00000000-0000-0000-0000-000000000008", team="South", supervisor="Bob", supervisee="Sam",
        experience_level=ExperienceLevel.senior, date=D(2026, 1, 25), status=Status.agreed,
        discussions=[CaseDiscussion(id="disc-R8C5", case_ref="C5", child_initials="E.E.", update="E is settled.",
                                    decisions=[KeyDecision(decision="Close the case",
                                                           rationale="the plan's outcomes are met")])],
    )])
    got, rep = children(store)
    assert [c[0] for c in got] == ["C2"]
    assert (rep.not_discussed_total, rep.not_discussed_closed) == (1, 1)
