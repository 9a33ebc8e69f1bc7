"""`supervision-tui report` through the command line, on the hand-made database."""

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_reports_data import IDS, build_known_db

from supervision_tui.cli import cli


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "known.db"
    build_known_db(path).close()
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, ["report", *args], env={"COLUMNS": "200"})


def test_the_table_shows_every_figure(db):
    result = run("--db", db, "--today", "2026-03-31")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "6 records, 7 case discussions, 7 scored" in out
    for title in ("Quality by team", "Quality by supervisor", "Quality by month", "Criteria most often missing",
                  "Supervision frequency by experience level", "Overdue supervision (2 supervisees)",
                  "Children not discussed for more than 8 weeks: 2", "Copied forward and never reviewed",
                  "Records left unsigned: 2"):
        assert title in out, title
    assert "challenge 75%" in out  # North's most missed criterion
    assert "↑ +15.0" in out and "↓ -10.0" in out  # month on month
    assert "C2" in out and "C5" in out


def test_json_gives_the_figures(db):
    result = run("--db", db, "--today", "2026-03-31", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["today"] == "2026-03-31"
    assert [t["key"] for t in data["by_team"]] == ["North", "South"]
    assert data["by_team"][0]["mean_score"] == 50.0
    assert [o["days_overdue"] for o in data["overdue"]] == [36, 8, 0]
    assert data["not_discussed_total"] == 2
    assert data["history_counts"]["copied_forward"] == 1
    assert [u["id"] for u in data["unsigned"]] == [IDS["R2"], IDS["R3"]]
    assert data["policy"]["monthly_days"] == 31


def test_csv_gives_the_same_figures(db):
    result = run("--db", db, "--today", "2026-03-31", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    figures = {r["figure"] for r in rows}
    assert {"by_team", "by_supervisor", "by_month", "criteria_missing", "overdue", "not_discussed", "history",
            "unsigned", "unsigned_by_team"} <= figures
    south = next(r for r in rows if r["figure"] == "by_team" and r["team"] == "South")
    assert (south["discussions"], south["requires_improvement"], south["mean_score"]) == ("3", "2", "50.0")
    nia = next(r for r in rows if r["figure"] == "overdue" and r["supervisee"] == "Nia")
    assert (nia["rule"], nia["days_overdue"]) == ("fortnightly", "36")


def test_filters_and_thresholds(db):
    data = json.loads(run("--db", db, "--today", "2026-03-31", "--format", "json", "--team", "South").output)
    assert [t["key"] for t in data["by_team"]] == ["South"]
    assert data["filters"]["team"] == "South"
    data = json.loads(run("--db", db, "--today", "2026-03-31", "--format", "json",
                          "--from", "2026-02-01", "--to", "2026-02-28").output)
    assert [m["key"] for m in data["by_month"]] == ["2026-02"]
    # a council that wants monthly to mean 28 days, and NQ workers fortnightly for a year
    data = json.loads(run("--db", db, "--today", "2026-03-31", "--format", "json", "--monthly-days", "28",
                          "--not-discussed-weeks", "4").output)
    eve = next(o for o in data["overdue"] if o["supervisee"] == "Eve")
    assert eve["days_overdue"] == 11
    assert data["not_discussed_total"] == 4
    data = json.loads(run("--db", db, "--today", "2026-01-20", "--format", "json", "--no-history").output)
    nia = next(o for o in data["overdue"] if o["supervisee"] == "Nia")
    assert (nia["rule"], nia["days_overdue"]) == ("weekly", 1)  # week three in post, seen 8 days ago
    assert data["history"] is None


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "2026-13-01"], "--from: '2026-13-01' is not a date (use YYYY-MM-DD)"),
        (["--today", "yesterday"], "--today: 'yesterday' is not a date"),
    ],
)
def test_bad_options_are_one_clear_line(db, args, message):
    result = run("--db", db, *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_database(tmp_path):
    result = run("--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_an_unscored_database_says_to_score_first(tmp_path):
    build_known_db(tmp_path / "u.db", scored=False).close()
    result = run("--db", str(tmp_path / "u.db"), "--today", "2026-03-31")
    assert result.exit_code == 0, result.output
    assert "run `supervision-tui score` first" in result.output
