"""export, verify --manifest and import of an export, through the command line as a user runs them."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from test_export_formats import KEY, build_db

from supervision_tui.cli import cli
from supervision_tui.export import key_fingerprint
from supervision_tui.store import Store

ENV_KEY = "SUPERVISION_TUI_PSEUDONYM_KEY"


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "audit.db"
    build_db(path).close()
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "html", "xlsx"])
def test_export_writes_the_file_its_manifest_and_an_audit_entry(tmp_path, db, fmt):
    out = tmp_path / f"export.{fmt}"
    result = run("export", "--db", db, "--format", fmt, "--out", out, "--from", "2026-01-01", "--to", "2026-12-31")
    assert result.exit_code == 0, result.output
    assert "Exported 5 records" in result.stderr
    manifest = json.loads((tmp_path / f"export.{fmt}.manifest.json").read_text())
    assert manifest["format"] == fmt
    assert manifest["actor"] == "auditor-test" or manifest["actor"]
    assert manifest["counts"]["records"] == 5
    assert manifest["selection"]["from"] == "2026-01-01" and manifest["selection"]["team"] is None
    assert manifest["pseudonymised"] is False
    assert [f["name"] for f in manifest["files"]] == [out.name]
    assert manifest["files"][0]["bytes"] == out.stat().st_size
    assert not list(tmp_path.glob(".*part*"))  # no temporary file left behind
    s = Store.open(db)
    entry = s.audit_entries()[-1]
    assert entry.action == "export" and entry.record_id is None
    assert entry.detail["files"][0]["sha256"] == manifest["files"][0]["sha256"]
    assert entry.detail["counts"]["records"] == 5
    assert s.verify().ok
    s.close()


def test_pseudonymised_export_takes_the_key_from_the_environment(tmp_path, db):
    out = tmp_path / "p.csv"
    result = run("export", "--db", db, "--format", "csv", "--out", out, "--pseudonymise", env={ENV_KEY: KEY})
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8-sig")
    assert "LL-77821" not in text and "CHILD-" in text
    manifest = json.loads((tmp_path / "p.csv.manifest.json").read_text())
    assert manifest["pseudonymised"] and manifest["pseudonym_key_id"] == key_fingerprint(KEY)
    assert KEY not in json.dumps(manifest)


def test_band_and_status_filters(tmp_path, db):
    out = tmp_path / "x.jsonl"
    result = run("export", "--db", db, "--format", "jsonl", "--out", out, "--status", "agreed",
                 "--band", "inadequate", "--band", "requires-improvement", "--band", "good", "--band", "outstanding")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 2 and {x["status"] for x in lines} == {"agreed"}


BAD = {
    "unknown format": (["--format", "pdf"], "unknown format 'pdf'"),
    "invalid --from": (["--format", "csv", "--from", "2026-02-30"], "invalid date in --from"),
    "invalid --to": (["--format", "csv", "--to", "yesterday"], "invalid date in --to"),
    "from after to": (["--format", "csv", "--from", "2026-05-01", "--to", "2026-04-01"], "is after"),
    "unknown band": (["--format", "csv", "--band", "excellent"], "unknown band 'excellent'"),
    "unknown status": (["--format", "csv", "--status", "signed"], "unknown status 'signed'"),
    "no key": (["--format", "csv", "--pseudonymise"], "needs a key"),
    "short key": (["--format", "csv", "--pseudonymise", "--key", "short"], "at least 16"),
    "key without pseudonymise": (["--format", "csv", "--key", KEY], "only used with --pseudonymise"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_one_line_a_non_zero_exit_and_no_change(tmp_path, db, case):
    before = dump(db)
    args, expected = BAD[case]
    out = tmp_path / "out.file"
    result = run("export", "--db", db, "--out", out, *args, env={ENV_KEY: ""})
    assert result.exit_code != 0
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not out.exists()
    assert dump(db) == before


def test_a_missing_out_folder_or_database_is_one_line(tmp_path, db):
    before = dump(db)
    result = run("export", "--db", db, "--format", "csv", "--out", tmp_path / "nowhere" / "x.csv")
    assert result.exit_code != 0 and "does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run("export", "--db", db, "--format", "csv", "--out", tmp_path)
    assert result.exit_code != 0 and "is a folder" in result.stderr
    assert dump(db) == before
    result = run("export", "--db", tmp_path / "none.db", "--format", "csv", "--out", tmp_path / "x.csv")
    assert result.exit_code != 0 and "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()


# --- verify --manifest --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "html", "xlsx"])
def test_a_changed_byte_fails_manifest_verification(tmp_path, db, fmt):
    out = tmp_path / f"e.{fmt}"
    assert run("export", "--db", db, "--format", fmt, "--out", out).exit_code == 0
    manifest = tmp_path / f"e.{fmt}.manifest.json"
    result = run("verify", "--manifest", manifest)
    assert result.exit_code == 0, result.output
    assert "Verified" in result.output
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit of one byte
    out.write_bytes(bytes(data))
    result = run("verify", "--manifest", manifest)
    assert result.exit_code != 0
    assert "CHANGED" in result.stderr and "FAILED" in result.stderr


def test_manifest_verification_against_the_database_catches_an_edited_manifest(tmp_path, db):
    out = tmp_path / "e.csv"
    assert run("export", "--db", db, "--format", "csv", "--out", out).exit_code == 0
    manifest = tmp_path / "e.csv.manifest.json"
    result = run("verify", "--manifest", manifest, "--db", db)
    assert result.exit_code == 0, result.output
    assert "records this export" in result.output
    # someone edits the export and recomputes the manifest's hash: the files match the manifest,
    # but the audit log knows neither
    out.write_bytes(out.read_bytes().replace(b"Priya Shah", b"Someone Else"))
    from supervision_tui.export.core import sha256_of

    m = json.loads(manifest.read_text())
    m["files"][0]["sha256"], m["files"][0]["bytes"] = sha256_of(out)
    manifest.write_text(json.dumps(m))
    assert run("verify", "--manifest", manifest).exit_code == 0  # the manifest alone cannot tell
    result = run("verify", "--manifest", manifest, "--db", db)
    assert result.exit_code != 0
    assert "records no export" in result.stderr


@pytest.mark.parametrize("content,expected", [
    ("{not json", "malformed JSON"),
    ("[1, 2]", "not a manifest"),
    ('{"format": "csv"}', "not a supervision-tui manifest"),
])
def test_a_bad_manifest_is_one_line(tmp_path, content, expected):
    manifest = tmp_path / "bad.manifest.json"
    manifest.write_text(content)
    result = run("verify", "--manifest", manifest)
    assert result.exit_code != 0
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_file_fails_manifest_verification(tmp_path, db):
    out = tmp_path / "e.csv"
    run("export", "--db", db, "--format", "csv", "--out", out)
    out.unlink()
    result = run("verify", "--manifest", tmp_path / "e.csv.manifest.json")
    assert result.exit_code != 0 and "MISSING" in result.stderr


# --- import of an export ------------------------------------------------------------------------


def test_import_reads_an_export_and_refuses_unknown_fields_in_its_records(tmp_path, db):
    out = tmp_path / "e.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "--out", out).exit_code == 0
    lines = out.read_text().splitlines()
    bad = json.loads(lines[1])
    bad["discussions"][0]["colour"] = "red"
    (tmp_path / "bad.jsonl").write_text(lines[0] + "\n" + json.dumps(bad) + "\n")
    target = tmp_path / "new.db"
    result = run("import", tmp_path / "bad.jsonl", "--db", target)
    assert result.exit_code != 0 and "line 2" in result.stderr and "colour" in result.stderr
    bad = json.loads(lines[1])
    bad["assessments"] = bad["assessments"][:-1] + [{**bad["assessments"][-1], "discussion_id": "someone-else"}]
    (tmp_path / "bad.jsonl").write_text(json.dumps(bad) + "\n")
    result = run("import", tmp_path / "bad.jsonl", "--db", target)
    assert result.exit_code != 0 and "assessments do not match" in result.stderr
    result = run("import", out, "--db", target)
    assert result.exit_code == 0, result.output
    s = Store.open(target)
    assert s.count() == 5
    s.close()
