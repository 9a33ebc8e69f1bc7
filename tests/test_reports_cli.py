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
                  "Supervision frequency by experience level", "Overdue supervision: 2 of 3 supervisees",
                  "Children not discussed for more than 8 weeks: 2", "Copied forward and never reviewed",
                  "Records left unsigned: 2"):
        assert title in out, title
    assert "Manager's challenge 100%" in out  # North's most missed criterion, drafts left out
    assert "Quality figures count signed records only: 1 case discussions in drafts left out" in out
    assert "2026-02 40.0 (n 1*)" in out  # the trend's points with their n, small n flagged
    assert "↓ -5.0*" in out  # February against January; March is not over
    assert "2026-03 (to date)" in out
    assert "Showing" not in out and "showing" not in out  # nothing cut
    assert "C2" in out and "C5" in out


def test_json_gives_the_figures(db):
    result = run("--db", db, "--today", "2026-03-31", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["today"] == "2026-03-31"
    assert [t["key"] for t in data["by_team"]] == ["North", "South"]
    assert data["by_team"][0]["mean_score"] == 40.0  # R1C1 20, R1C2 60, R2C1 40; R3 is a draft
    assert [o["days_overdue"] for o in data["overdue"]] == [39, 36]  # Eve's draft is not supervision
    assert data["not_discussed_total"] == 2
    assert data["history_counts"]["copied_forward"] == 1
    assert [u["id"] for u in data["unsigned"]] == [IDS["R2"], IDS["R3"]]
    assert data["policy"]["monthly_days"] == 31


def test_csv_is_one_tidy_table_per_figure_with_a_bom(db, tmp_path):
    out = tmp_path / "report"
    result = run("--db", db, "--today", "2026-03-31", "--format", "csv", "--out", str(out), "--status", "all")
    assert result.exit_code == 0, result.output
    names = {p.stem for p in out.iterdir()}
    assert {"quality_by_team", "quality_by_supervisor", "quality_by_month", "trend_by_team", "criteria_missing",
            "on_time_by_team", "overdue", "not_discussed", "history", "unsigned", "unsigned_by_team", "lists"} <= names
    for p in out.iterdir():
        assert p.read_bytes().startswith(b"\xef\xbb\xbf"), p.name
        assert p.stat().st_mode & 0o777 == 0o600
    rows = list(csv.DictReader(io.StringIO((out / "quality_by_team.csv").read_text("utf-8-sig"))))
    south = next(r for r in rows if r["Team"] == "South")
    assert (south["Notes"], south["Requires improvement"], south["Mean score"]) == ("3", "2", "50.0")
    rows = list(csv.DictReader(io.StringIO((out / "overdue.csv").read_text("utf-8-sig"))))
    nia = next(r for r in rows if r["Supervisee"] == "Nia")
    assert (nia["Rule"], nia["Days overdue"], nia["Experience level"]) == ("fortnightly", "36", "Newly qualified (ASYE)")
    crit = (out / "criteria_missing.csv").read_text("utf-8-sig")
    assert "Manager's challenge" in crit and "Impact on the child" in crit


def test_one_figure_to_stdout_and_xlsx_a_sheet_per_figure(db, tmp_path):
    result = run("--db", db, "--today", "2026-03-31", "--format", "csv", "--figure", "quality_by_month")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("\ufeffMonth,Complete,Notes")
    assert "2026-03,no (to date),1" in result.output
    xlsx = tmp_path / "r.xlsx"
    result = run("--db", db, "--today", "2026-03-31", "--format", "xlsx", "--out", str(xlsx))
    assert result.exit_code == 0, result.output
    import zipfile

    with zipfile.ZipFile(xlsx) as z:
        book = z.read("xl/workbook.xml").decode()
    assert 'name="quality_by_team"' in book and 'name="on_time_by_team"' in book
    assert run("--db", db, "--format", "csv").exit_code == 1  # neither --out nor --figure


def test_cut_lists_say_so(db):
    result = run("--db", db, "--today", "2026-03-31", "--limit", "1", "--not-discussed-weeks", "4")
    assert result.exit_code == 0, result.output
    assert "Children not discussed for more than 4 weeks: 4 (showing 1 of 4: --limit 0 shows all)" in result.output
    assert "Overdue supervision: 2 of 3 supervisees (showing 1 of 2" in result.output
    data = json.loads(run("--db", db, "--today", "2026-03-31", "--limit", "1", "--format", "json").output)
    assert [o["supervisee"] for o in data["overdue"]] == ["Eve"]  # nothing signed: the most overdue
    assert data["lists"]["overdue"] == {"shown": 1, "total": 2, "cut": True}
    assert data["overdue_total"] == 2 and data["supervisees_total"] == 3
    helptext = CliRunner().invoke(cli, ["report", "--help"], env={"COLUMNS": "200"}).output
    assert "overdue supervisees, children not discussed, copied-forward findings" in " ".join(helptext.split())


def test_a_file_is_not_laid_out_at_80_columns(tmp_path):
    # a team name longer than 80 columns allow beside the figures, written to a file
    from test_reports_data import build_known_db as build

    path = tmp_path / "long.db"
    store = build(path)
    store.db.execute("UPDATE records SET team = 'Adolescent Safeguarding and Exploitation East' WHERE team = 'South'")
    store.db.conn.commit()
    store.close()
    result = CliRunner().invoke(cli, ["report", "--db", str(path), "--today", "2026-03-31"], env={"COLUMNS": ""})
    assert result.exit_code == 0, result.output
    assert "Adolescent Safeguarding and Exploitation East" in result.output
    assert "\x1b[" not in result.output  # no colour codes in a file


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
    assert data["not_discussed_total"] == 4
    # Sam (senior, monthly) last signed on 25 March: 31 days on 25 April is overdue by 3 under 28 days
    data = json.loads(run("--db", db, "--today", "2026-04-25", "--format", "json", "--monthly-days", "28",
                          "--no-history").output)
    sam = next(o for o in data["overdue"] if o["supervisee"] == "Sam")
    assert (sam["days_since"], sam["days_overdue"]) == (31, 3)
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
