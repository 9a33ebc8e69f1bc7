"""`supervision-tui score` over the database: incremental, versioned, audited."""

import json
import sqlite3

import pytest
from click.testing import CliRunner
from helpers import full_record

from supervision_tui.cli import cli
from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import RUBRIC_VERSION, assess
from supervision_tui.store import Store


def run(*args):
    return CliRunner().invoke(cli, list(args))


def scores(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM scores ORDER BY discussion_id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    s = Store.open(path, actor="test")
    s.save(full_record())  # a draft with two children
    s.import_records([full_record(), full_record()])
    s.close()
    return path


def test_scores_every_discussion_with_the_rubric_version(db):
    result = run("score", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "Scored 6 discussions" in result.output
    assert "notes/s" in result.output
    rows = scores(db)
    assert len(rows) == 6
    s = Store.open(db)
    try:
        got = dict(s.db.execute("SELECT discussion_id, score FROM scores").fetchall())
        for did, body in s.db.execute("SELECT id, body FROM discussions"):
            a = assess(CaseDiscussion.model_validate_json(body))
            assert got[did] == a.score
        assert {r[0] for r in s.db.execute("SELECT rubric_version FROM scores")} == {RUBRIC_VERSION}
        entry = s.audit_entries()[-1]
        assert entry.action == "score_run"
        assert entry.detail["scored"] == 6 and entry.detail["rubric_version"] == RUBRIC_VERSION
        assert sum(entry.detail["bands"].values()) == 6
    finally:
        s.close()


def test_rescoring_after_no_change_does_nothing(db):
    assert run("score", "--db", str(db)).exit_code == 0
    before = scores(db)
    s = Store.open(db)
    entries = len(s.audit_entries())
    s.close()
    result = run("score", "--db", str(db))
    assert result.exit_code == 0
    assert "Nothing to score" in result.output
    assert scores(db) == before  # not even scored_at changed
    s = Store.open(db)
    try:
        assert len(s.audit_entries()) == entries
    finally:
        s.close()


def test_only_changed_records_are_scored_again(db):
    assert run("score", "--db", str(db)).exit_code == 0
    s = Store.open(db)
    draft = next(r for r in s.list_records() if r.status.value == "draft")
    record = s.load(draft.id)
    record.discussions[1].update = "Seen alone at school; said she misses her brother."
    s.save(record)
    s.close()
    result = run("score", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["scored"] == 2 and summary["up_to_date"] == 4


def test_rescore_and_a_new_rubric_version_score_everything_again(db):
    assert run("score", "--db", str(db)).exit_code == 0
    result = run("score", "--db", str(db), "--rescore", "--json")
    assert json.loads(result.output)["scored"] == 6
    conn = sqlite3.connect(db)
    conn.execute("UPDATE scores SET rubric_version = 'old' WHERE rowid IN (SELECT rowid FROM scores LIMIT 3)")
    conn.commit()
    conn.close()
    result = run("score", "--db", str(db), "--json")
    assert json.loads(result.output)["scored"] == 3
    assert {r[2] for r in scores(db)} == {RUBRIC_VERSION}


def test_output_writes_one_line_per_scored_discussion(db, tmp_path):
    out = tmp_path / "scores.jsonl"
    result = run("score", "--db", str(db), "--output", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 6
    assert set(lines[0]["criteria"]) == {"depth", "reflection", "lived_experience", "child_impact", "risk",
                                         "challenge", "decisions", "actions", "progress"}
    assert {"met", "strength", "evidence", "prompt"} <= set(lines[0]["criteria"]["depth"])


def test_a_missing_database_is_one_clear_error(tmp_path):
    result = run("score", "--db", str(tmp_path / "nope.db"))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no database at {tmp_path / 'nope.db'}"
    assert not (tmp_path / "nope.db").exists()
