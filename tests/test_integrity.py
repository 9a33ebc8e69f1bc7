"""Records that cannot be lost or quietly changed (issue 13): outputs never overwrite the
database, --db means one thing wherever it is given, files are private, text never becomes
markup, and the store's checks see what they claim to."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from supervision_tui.cli import cli
from supervision_tui.store import Store

from helpers import full_record


def run(*args, env=None, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, input=input)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path, monkeypatch):
    # the default database is somewhere a test can see being (not) written
    monkeypatch.setenv("SUPERVISION_TUI_DB", str(tmp_path / "default.db"))
    path = tmp_path / "t.db"
    store = Store.open(path, actor="tester")
    store.import_records([full_record(), full_record(team="Front Door")])
    store.close()
    return path


# --- 1. an output can never be the database -----------------------------------------------------

WRITERS = [
    ("export", lambda db, out: ["export", "--db", db, "--format", "csv", "--out", out]),
    ("export jsonl", lambda db, out: ["export", "--db", db, "--format", "jsonl", "--out", out]),
    ("score --output", lambda db, out: ["score", "--db", db, "--rescore", "--output", out]),
    ("sample", lambda db, out: ["sample", "--db", db, "--size", "1", "--seed", "1", "--out", out]),
]


def _aliases(db: Path) -> dict[str, Path]:
    """Ways of naming the database (or its side files) that are not its own name."""
    d = db.parent
    link = d / "link.csv"
    link.symlink_to(db)
    hard = d / "hard.csv"
    os.link(db, hard)
    dirlink = d / "dirlink"
    dirlink.symlink_to(d)
    wal = Path(str(db) + "-wal")
    return {
        "itself": db,
        "symlink": link,
        "hard link": hard,
        "through a linked folder": dirlink / db.name,
        "-wal": wal,
        "-shm": Path(str(db) + "-shm"),
        "-journal": Path(str(db) + "-journal"),
        "relative with ..": d / "sub" / ".." / db.name,
    }


@pytest.mark.parametrize("command", [w[0] for w in WRITERS])
def test_no_command_writes_its_output_over_the_database(db, command):
    build = dict(WRITERS)[command]
    (db.parent / "sub").mkdir()
    before = dump(db)
    for how, out in _aliases(db).items():
        result = run(*build(db, out))
        assert result.exit_code != 0, (command, how, result.output)
        assert "database" in result.output and "Traceback" not in result.output, (command, how, result.output)
        assert dump(db) == before, (command, how)
    assert Store.open(db, create=False).verify().ok


def test_export_core_refuses_the_database_too(db):
    from supervision_tui.export import ExportError, export_records

    store = Store.open(db)
    try:
        with pytest.raises(ExportError, match="database"):
            export_records(store, "csv", db)
        with pytest.raises(ExportError, match="database"):
            export_records(store, "csv", Path(str(db) + "-wal"))
    finally:
        store.close()
    assert Store.open(db).count() == 2


def test_the_default_database_is_guarded_when_no_db_is_given(db, tmp_path):
    default = tmp_path / "default.db"
    Store.open(default).close()
    result = run("export", "--format", "csv", "--out", default)
    assert result.exit_code != 0 and "database" in result.output
    assert Store.open(default).verify().ok


# --- 2. --db before the command means what it means after it ------------------------------------


def test_db_before_the_command_is_the_database_used(db, tmp_path):
    x = tmp_path / "x.db"
    result = run("--db", x, "demo", "--records", "5")
    assert result.exit_code == 0, result.output
    assert Store.open(x).count() == 5
    assert not (tmp_path / "default.db").exists()


@pytest.mark.parametrize("args", [
    ["verify"],
    ["report"],
    ["score"],
    ["export", "--format", "csv", "--out", "{out}"],
    ["sample", "--size", "1", "--seed", "1", "--include-drafts", "--out", "{out}.csv"],
    ["import", "{jsonl}"],
])
def test_every_command_takes_db_before_or_after(db, tmp_path, args):
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(full_record(team="Imported").model_dump_json() + "\n")
    fill = {"out": str(tmp_path / "o1"), "jsonl": str(jsonl)}
    before = [a.format(**fill) for a in args]
    first = run("--db", db, *before)
    assert first.exit_code == 0, first.output
    assert not (tmp_path / "default.db").exists()
    if args[0] == "import":
        return  # a second import of the same ids is refused, rightly
    fill["out"] = str(tmp_path / "o2")
    after = run(args[0], "--db", db, *[a.format(**fill) for a in args[1:]])
    assert after.exit_code == 0, after.output


def test_verify_with_db_before_checks_that_file(db, tmp_path):
    other = tmp_path / "tampered.db"
    Store.open(other).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE records SET body = replace(body, 'Tom', 'Tim')")
    conn.commit()
    conn.close()
    Store.open(tmp_path / "default.db").close()  # a good default database that must not be the one checked
    result = run("--db", db, "verify")
    assert result.exit_code != 0 and "FAILED" in result.output


def test_two_different_db_values_are_refused(db, tmp_path):
    result = run("--db", db, "verify", "--db", tmp_path / "other.db")
    assert result.exit_code != 0 and "--db given twice" in result.output
