"""The audit sample: stratified by team and band, proportional, reproducible, logged."""

import csv
import datetime as dt
import json

import pytest
from click.testing import CliRunner

from supervision_tui.cli import cli
from supervision_tui.models import CRITERIA, CaseDiscussion, Status, SupervisionRecord
from supervision_tui.reports.sample import allocate, draw_sample
from supervision_tui.store import RecordFilter, Store

# (team, band or None for unscored) -> records
STRATA = {
    ("A", "inadequate"): 50,
    ("A", "good"): 30,
    ("B", "good"): 15,
    ("B", "outstanding"): 5,
    ("C", None): 1,
}
SCORE = {"inadequate": 20, "requires_improvement": 40, "good": 60, "outstanding": 85}


def build(path) -> Store:
    store = Store.open(path, actor="test")
    records, scores = [], []
    i = 0
    for (team, band), n in STRATA.items():
        for _ in range(n):
            i += 1
            d = CaseDiscussion(case_ref=f"CMS-{i}", update="Seen at home.")
            r = SupervisionRecord(team=team, supervisor=f"Sup {team}", supervisee=f"Worker {i % 7}",
                                  date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 60), discussions=[d],
                                  status=Status.completed)
            records.append(r)
            if band:
                scores.append({"discussion_id": d.id, "record_id": r.id, "record_updated_at": "x",
                               "rubric_version": "test", "score": SCORE[band], "band": band,
                               "brief_descriptive": False, **{c: True for c in CRITERIA}})
    store.import_records(records)
    store.save_scores(scores)
    return store


@pytest.fixture
def store(tmp_path):
    s = build(tmp_path / "s.db")
    yield s
    s.close()


def test_allocation_is_proportional_with_one_from_every_stratum():
    sizes = {("A", "inadequate"): 50, ("A", "good"): 30, ("B", "good"): 15, ("B", "outstanding"): 5,
             ("C", "unscored"): 1}
    take = allocate(sizes, 10)
    assert take == {("A", "inadequate"): 4, ("A", "good"): 2, ("B", "good"): 2, ("B", "outstanding"): 1,
                    ("C", "unscored"): 1}
    for n in range(1, 102):
        take = allocate(sizes, n)
        assert sum(take.values()) == n
        assert all(0 <= take[k] <= sizes[k] for k in sizes)
        if n >= len(sizes):
            assert all(v >= 1 for v in take.values())
    assert allocate(sizes, 101) == sizes
    assert sum(allocate(sizes, 500).values()) == 101  # never more than there are


def test_a_sample_smaller_than_the_strata_takes_one_from_the_largest():
    sizes = {("A", "inadequate"): 50, ("A", "good"): 30, ("B", "good"): 15, ("B", "outstanding"): 5}
    assert allocate(sizes, 2) == {("A", "inadequate"): 1, ("A", "good"): 1, ("B", "good"): 0,
                                  ("B", "outstanding"): 0}


def test_the_sample_is_stratified_by_team_and_band(store):
    s = draw_sample(store, 10, seed=7)
    assert s.size == 10 and len(set(s.record_ids)) == 10
    got = {}
    for r in s.records:
        got[(r["team"], r["band"])] = got.get((r["team"], r["band"]), 0) + 1
    assert got == {("A", "inadequate"): 4, ("A", "good"): 2, ("B", "good"): 2, ("B", "outstanding"): 1,
                   ("C", "unscored"): 1}
    assert {(st.team, st.band): (st.size, st.take) for st in s.strata}[("A", "inadequate")] == (50, 4)
    assert len(s.rows) == 10  # one case discussion each
    assert all(r["auditor"] == "" and r["auditor_band"] == "" and r["auditor_comment"] == "" for r in s.rows)


def test_the_same_seed_gives_the_same_sample_and_another_seed_another(store):
    first = draw_sample(store, 12, seed=42).record_ids
    assert draw_sample(store, 12, seed=42).record_ids == first
    assert draw_sample(store, 12, seed=43).record_ids != first


def test_filters_narrow_the_population(store):
    s = draw_sample(store, 5, seed=1, filt=RecordFilter(team="B"))
    assert {r["team"] for r in s.records} == {"B"}
    assert draw_sample(store, 1000, seed=1, filt=RecordFilter(team="B")).size == 20


def test_the_sample_command_writes_a_csv_for_the_auditor_and_logs_it(store, tmp_path):
    out = tmp_path / "sample.csv"
    args = ["sample", "--db", str(store.path), "--size", "10", "--seed", "7", "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 10
    assert list(rows[0])[:9] == ["record_id", "discussion_id", "date", "team", "supervisor", "supervisee", "child",
                                 "checker_score", "checker_band"]
    assert {r["auditor_band"] for r in rows} == {""}
    entry = store.audit_entries()[-1]
    assert entry.action == "sample"
    assert entry.detail["seed"] == 7 and entry.detail["size"] == 10
    assert sorted(entry.detail["record_ids"]) == sorted(r["record_id"] for r in rows)
    # again with the same seed: the same file
    first = out.read_bytes()
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert out.read_bytes() == first


def test_the_sample_command_writes_json_with_its_strata(store, tmp_path):
    out = tmp_path / "sample.json"
    result = CliRunner().invoke(cli, ["sample", "--db", str(store.path), "--size", "3", "--seed", "1",
                                      "--team", "A", "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["seed"] == 1 and data["size"] == 3 and data["filters"]["team"] == "A"
    assert {r["team"] for r in data["records"]} == {"A"}
    assert sum(st["sampled"] for st in data["strata"]) == 3


@pytest.mark.parametrize(
    "args, message",
    [
        (["--size", "3", "--seed", "1", "--out", "x.txt"], "use a .csv, .json or .jsonl"),
        (["--size", "3", "--seed", "1", "--team", "Nobody", "--out", "OUT.csv"], "no records match"),
        (["--size", "3", "--seed", "1", "--from", "2026-02-30", "--out", "OUT.csv"], "not a date"),
    ],
)
def test_the_sample_command_refuses_bad_requests(store, tmp_path, args, message):
    args = [a.replace("OUT", str(tmp_path / "out")) for a in args]
    before = len(store.audit_entries())
    result = CliRunner().invoke(cli, ["sample", "--db", str(store.path), *args])
    assert result.exit_code != 0
    assert message in result.output
    assert len(store.audit_entries()) == before
    assert not (tmp_path / "out.csv").exists()


def test_every_band_is_represented_before_a_second_team_stratum(store):
    """Three records over five strata: one of each band (the largest stratum of each), not the three largest."""
    sizes = {("A", "inadequate"): 50, ("A", "good"): 30, ("B", "good"): 15, ("B", "outstanding"): 5,
             ("C", "unscored"): 1}
    take = allocate(sizes, 3)
    assert {k for k, v in take.items() if v} == {("A", "inadequate"), ("A", "good"), ("B", "outstanding")}
    s = draw_sample(store, 4, seed=3)
    assert {r["band"] for r in s.records} == {"inadequate", "good", "outstanding", "unscored"}


def test_drafts_are_left_out_unless_asked_for(tmp_path):
    store = Store.open(tmp_path / "d.db", actor="test")
    records = [SupervisionRecord(team="A", supervisee=f"W{i}", date=dt.date(2026, 1, 1 + i),
                                 status=Status.draft if i < 3 else Status.completed,
                                 discussions=[CaseDiscussion(case_ref=f"C{i}")]) for i in range(5)]
    store.import_records(records)
    drafts = {r.id for r in records[:3]}
    out = tmp_path / "s.csv"
    result = CliRunner().invoke(cli, ["sample", "--db", str(store.path), "--size", "5", "--seed", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    ids = {r["record_id"] for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert len(ids) == 2 and not ids & drafts
    assert "drafts: left out" in result.output
    result = CliRunner().invoke(cli, ["sample", "--db", str(store.path), "--size", "5", "--seed", "1",
                                      "--include-drafts", "--out", str(out)])
    assert result.exit_code == 0
    assert {r["record_id"] for r in csv.DictReader(out.open(encoding="utf-8-sig"))} == {r.id for r in records}
    store.close()


def test_the_command_prints_a_short_summary_not_every_stratum(store, tmp_path):
    result = CliRunner().invoke(cli, ["sample", "--db", str(store.path), "--size", "10", "--seed", "7",
                                      "--out", str(tmp_path / "s.csv")])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) <= 6
    assert "10 records, 10 case discussions" in lines[0]
    assert "bands: inadequate 4, good 4, outstanding 1, unscored 1" in result.output
    assert "teams: 3 of 3; strata: 5 of 5" in result.output
