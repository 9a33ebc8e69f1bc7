"""demo, import and verify through the command line, as a user runs them."""

import json
import sqlite3

import pytest
from click.testing import CliRunner
from helpers import full_record

from supervision_tui.cli import cli
from supervision_tui.store import Store


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "records.jsonl"
    lines = [full_record().model_dump_json() for _ in range(3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_then_verify(tmp_path, jsonl):
    db = tmp_path / "x.db"
    result = run("import", str(jsonl), "--db", str(db))
    assert result.exit_code == 0, result.output
    s = Store.open(db)
    assert s.count() == 3
    assert [e.action for e in s.audit_entries()] == ["import"] * 3
    s.close()
    result = run("verify", "--db", str(db))
    assert result.exit_code == 0
    assert "Verified" in result.output


def test_db_comes_from_the_environment(tmp_path, jsonl):
    db = tmp_path / "env.db"
    assert run("import", str(jsonl), env={"SUPERVISION_TUI_DB": str(db)}).exit_code == 0
    assert Store.open(db).count() == 3


BAD_LINES = {
    "malformed": ('{"id": "x", "date": ', "malformed JSON"),
    "invalid date": (None, "date"),
    "unknown field": (None, "unknown field 'favourite_colour'"),
    "not an object": ("[1, 2]", "expected a JSON object"),
}


@pytest.mark.parametrize("case", sorted(BAD_LINES))
def test_bad_import_changes_nothing(tmp_path, jsonl, case):
    db = tmp_path / "x.db"
    assert run("import", str(jsonl), "--db", str(db)).exit_code == 0
    before = dump(db)
    good = json.loads(full_record().model_dump_json())
    line, expected = BAD_LINES[case]
    if case == "invalid date":
        line = json.dumps({**good, "date": "2026-02-30"})
    elif case == "unknown field":
        line = json.dumps({**good, "favourite_colour": "red"})
    bad = tmp_path / "bad.jsonl"
    bad.write_text(full_record().model_dump_json() + "\n" + line + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(bad), "--db", str(db)])
    assert result.exit_code != 0
    assert expected in result.output
    assert "line 2" in result.output
    assert len(result.output.strip().splitlines()) == 1  # one clear line
    assert dump(db) == before


def test_import_refuses_a_record_already_there(tmp_path, jsonl):
    db = tmp_path / "x.db"
    run("import", str(jsonl), "--db", str(db))
    before = dump(db)
    result = CliRunner().invoke(cli, ["import", str(jsonl), "--db", str(db)])
    assert result.exit_code != 0
    assert "already in the database" in result.output
    assert dump(db) == before


def test_import_of_a_missing_file_creates_no_database(tmp_path):
    db = tmp_path / "never.db"
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "nope.jsonl"), "--db", str(db)])
    assert result.exit_code != 0
    assert "cannot read" in result.output
    assert not db.exists()


def test_verify_fails_on_a_tampered_audit_log(tmp_path, jsonl):
    db = tmp_path / "x.db"
    run("import", str(jsonl), "--db", str(db))
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00' WHERE seq = 2")
    conn.commit()
    conn.close()
    result = CliRunner().invoke(cli, ["verify", "--db", str(db)])
    assert result.exit_code != 0
    assert "audit entry 2" in result.output
    assert "FAILED" in result.output


def test_verify_of_a_missing_database_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["verify", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "no database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_demo_flag_fills_an_empty_database_scores_it_and_opens_the_app(tmp_path, monkeypatch):
    import supervision_tui.tui.app as app

    opened = []
    monkeypatch.setattr(app, "run_app", lambda db: opened.append(db))
    db = tmp_path / "first.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "--demo", "40"])
    assert result.exit_code == 0, result.output
    assert opened == [db]
    s = Store.open(db)
    assert s.count() == 40
    n = s.count_discussions()
    assert s.db.execute("SELECT count(*) FROM scores").fetchone()[0] == n > 0
    s.close()
    # a second start leaves the records alone
    CliRunner().invoke(cli, ["--db", str(db), "--demo", "40"])
    assert Store.open(db).count() == 40


def test_demo_command_is_deterministic_for_a_seed(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for db in (a, b):
        assert run("demo", "--db", str(db), "--records", "30", "--seed", "7").exit_code == 0
    sa, sb = Store.open(a), Store.open(b)
    ids = [r.id for r in sa.list_records(limit=100)]
    assert ids == [r.id for r in sb.list_records(limit=100)]
    assert [sa.load(i) for i in ids] == [sb.load(i) for i in ids]
