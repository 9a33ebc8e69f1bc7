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


# --- 4. every file written is readable by its owner only ----------------------------------------


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_every_file_written_is_private_whatever_the_umask(db, tmp_path, umask, monkeypatch):
    import supervision_tui.export.core as core

    out = tmp_path / "out"
    out.mkdir()
    seen_parts: dict[str, int] = {}
    real_iter = core.iter_items

    def watching(*a, **k):
        for item in real_iter(*a, **k):
            seen_parts.update({n: m for n, m in _modes(out).items() if ".part" in n})
            yield item

    monkeypatch.setattr(core, "iter_items", watching)
    (tmp_path / "in.csv").write_text("id,text\n1,Saw J at home.\n")
    old = os.umask(umask)
    try:
        for fmt in ("csv", "jsonl", "html", "xlsx"):
            r = run("export", "--db", db, "--format", fmt, "--out", out / f"e.{fmt}")
            assert r.exit_code == 0, r.output
            r = run("export", "--db", db, "--format", fmt, "--out", out / f"p.{fmt}", "--pseudonymise",
                    "--key", "k" * 20)
            assert r.exit_code == 0, r.output
        assert run("score", "--db", db, "--rescore", "--output", out / "s.jsonl").exit_code == 0
        assert run("score", "--input", tmp_path / "in.csv", "--output", out / "i.jsonl").exit_code == 0
        for ext in ("csv", "json", "jsonl"):
            r = run("sample", "--db", db, "--size", "1", "--seed", "1", "--include-drafts", "--out", out / f"a.{ext}")
            assert r.exit_code == 0, r.output
        r = run("--db", tmp_path / "new.db", "demo", "--records", "2")
        assert r.exit_code == 0, r.output
    finally:
        os.umask(old)
    modes = _modes(out)
    assert len(modes) == 8 * 2 + 2 + 3
    assert {n: m for n, m in modes.items() if m != 0o600} == {}
    assert seen_parts and {n: m for n, m in seen_parts.items() if m != 0o600} == {}
    assert {n: m for n, m in _modes(tmp_path).items() if n.startswith("new.db") and m != 0o600} == {}


# --- 6. no formula reaches a spreadsheet --------------------------------------------------------


FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "=1+2", "\uff1d1+2", "+1", "-1+1", "@SUM(A1)", " =1+2"]


@pytest.mark.parametrize("value", FORMULAS)
def test_the_one_neutraliser_catches_every_formula_form(value):
    from supervision_tui.export.table import neutralise
    from supervision_tui.safe_text import neutralise_formula

    assert neutralise is neutralise_formula
    assert neutralise_formula(value) == "'" + value
    assert neutralise_formula("Saw J = well") == "Saw J = well" and neutralise_formula(3) == 3


def _formula_db(tmp_path) -> Path:
    from supervision_tui.models import SupervisionRecord

    path = tmp_path / "f.db"
    store = Store.open(path)
    records = []
    for i, v in enumerate(FORMULAS):
        r = full_record(team=v, supervisor=v, supervisee=f"{v} {i}")
        records.append(SupervisionRecord.model_validate({**r.model_dump(), "status": "completed"}))
    store.import_records(records)
    store.close()
    return path


def _cells(text: str) -> list[str]:
    import csv
    import io

    return [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for c in row]


def test_report_and_sample_csv_neutralise_formulas(tmp_path):
    path = _formula_db(tmp_path)
    assert run("score", "--db", path).exit_code == 0
    report = run("report", "--db", path, "--format", "csv", "--figure", "quality_by_team")  # one figure to stdout
    assert report.exit_code == 0, report.output
    sample_out = tmp_path / "s.csv"
    sample = run("sample", "--db", path, "--size", "7", "--seed", "1", "--out", sample_out)
    assert sample.exit_code == 0, sample.output
    export_out = tmp_path / "e.csv"
    assert run("export", "--db", path, "--format", "csv", "--out", export_out).exit_code == 0
    for name, text in (("report", report.stdout), ("sample", sample_out.read_text(encoding="utf-8")),
                       ("export", export_out.read_text(encoding="utf-8-sig"))):
        cells = _cells(text)
        bare = [c for c in cells if c[:1] in ("=", "+", "@", "\uff1d") or c.startswith(" =")]
        assert bare == [], (name, bare)
        assert "'\uff1d1+2" in cells, name


# --- 10. read-only where only reading, and errors that say what is wrong -------------------------


@pytest.fixture
def short_timeout(monkeypatch):
    import supervision_tui.store.db as dbmod

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.3)


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO pseudonyms VALUES ('x', 'x', 'x', 'x')")
    return conn


def test_readers_do_not_queue_behind_a_writer(db, short_timeout):
    lock = _hold_write_lock(db)
    try:
        verify = run("verify", "--db", db)
        assert verify.exit_code == 0, verify.output
        report = run("report", "--db", db, "--format", "json")
        assert report.exit_code == 0, report.output
    finally:
        lock.rollback()
        lock.close()


def test_a_locked_database_is_called_locked_and_an_export_leaves_nothing(db, tmp_path, short_timeout):
    before = dump(db)
    lock = _hold_write_lock(db)
    try:
        r = run("export", "--db", db, "--format", "csv", "--out", tmp_path / "x.csv")
        d = run("--db", db, "demo", "--records", "2")
    finally:
        lock.rollback()
        lock.close()
    for result in (r, d):
        assert result.exit_code == 1, result.output
        assert "locked" in result.output and "not a supervision-tui database" not in result.output
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("x.csv")) == []
    assert dump(db) == before


def _as_nobody() -> list[str] | None:
    import shutil

    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


def test_a_read_only_evidence_copy_can_be_verified_and_says_read_only_to_writers(db, tmp_path):
    import subprocess
    import sys

    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("running as root without setpriv: file permissions cannot make a file read-only")
    folder = Path("/tmp") / f"i13-ro-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    os.chmod(folder, 0o755)
    copy = folder / "evidence.db"
    copy.write_bytes(db.read_bytes())
    os.chmod(copy, 0o444)
    if os.geteuid() == 0:
        os.chown(copy, 65534, 65534)
    os.chmod(folder, 0o555)

    def cli_(*args):
        return subprocess.run([*prefix, sys.executable, "-m", "supervision_tui.cli", *map(str, args)],
                              capture_output=True, text=True, timeout=120, cwd="/")

    try:
        before = copy.read_bytes()
        v = cli_("verify", "--db", copy)
        assert v.returncode == 0, v.stderr
        assert "Verified" in v.stdout
        d = cli_("demo", "--db", copy, "--records", "1")
        assert d.returncode == 1
        assert "read-only" in d.stderr and "Traceback" not in d.stderr, d.stderr
        assert copy.read_bytes() == before
    finally:
        os.chmod(folder, 0o755)
        import shutil

        shutil.rmtree(folder)


# --- 5. record text is never markup and never a terminal escape ---------------------------------

HOSTILE = "[/] [link=https://evil.example]click[/link] \x1b]0;pwned\x07\x1b[2J\x9b31m [bold]"


def _hostile_db(tmp_path) -> Path:
    from supervision_tui.models import SupervisionRecord

    r = full_record(team=f"Team {HOSTILE}", supervisor=f"Sup {HOSTILE}", supervisee="See \x1b[2J")
    d = r.model_dump()
    d["status"] = "completed"
    d["discussions"][0]["update"] = f"{HOSTILE} J (7) is on a CP plan; home conditions poor."
    d["discussions"][0]["child_initials"] = "[/]"
    path = tmp_path / "m.db"
    store = Store.open(path)
    store.import_records([SupervisionRecord.model_validate(d)])
    store.close()
    return path


def _clean_output(result) -> None:
    text = result.output
    assert "Traceback" not in text and "MarkupError" not in text, text
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text, repr(text)


def test_record_text_reaches_the_terminal_as_text(tmp_path):
    import json

    path = _hostile_db(tmp_path)
    note = tmp_path / "d.json"
    note.write_text(json.dumps(Store.open(path).load(Store.open(path).list_records()[0].id)
                               .discussions[0].model_dump(mode="json")))
    (tmp_path / "in.csv").write_text(f'id,text\n"{HOSTILE}","[link=https://x]hi[/link] J is scared"\n')
    for args in (["check", note], ["score", "--input", tmp_path / "in.csv"], ["score", "--db", path],
                 ["report", "--db", path], ["verify", "--db", path],
                 ["sample", "--db", path, "--size", "1", "--seed", "1", "--out", tmp_path / "s.csv"]):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        _clean_output(result)
    check = run("check", note)
    assert "[/]" in check.output  # shown, as written
    report = run("report", "--db", path)
    assert "[bold]" in report.output and "[link=https://evil.example]" in report.output


def test_error_lines_that_echo_input_are_one_clean_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"\\u001b]0;pwned\\u0007[/]": 1, "\\u001b[2J": 2}\n')
    result = run("--db", tmp_path / "x.db", "import", bad)
    assert result.exit_code == 1
    _clean_output(result)
    assert len(result.output.strip().splitlines()) == 1, result.output
    csv_in = tmp_path / "in.csv"
    csv_in.write_text("\x1b[2J[/],other\nx,y\n")
    result = run("score", "--input", csv_in)
    assert result.exit_code == 1
    _clean_output(result)


def test_strip_controls_leaves_no_escape_even_cut_short():
    from supervision_tui.safe_text import one_line, strip_controls

    for cut in range(len(HOSTILE) + 1):
        assert not {"\x1b", "\x07", "\x9b"} & set(strip_controls(HOSTILE[:cut]))
    assert strip_controls("tab\tand\nnewline") == "tab\tand\nnewline"
    assert one_line("a\nb\r\nc\u2028d") == "a b c d"
    assert strip_controls("right\u202eto left") == "rightto left"


async def test_the_dashboard_shows_hostile_team_names(tmp_path):
    from textual.app import App

    from supervision_tui.tui.screens.dashboard import DashboardScreen

    store = Store.open(_hostile_db(tmp_path))
    run("score", "--db", store.path)

    class Dash(App):
        def on_mount(self):
            self.push_screen(DashboardScreen(store))

    app = Dash()
    async with app.run_test(size=(120, 40)) as pilot:
        for key in "12345":
            await pilot.press(key)
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
    store.close()


# --- 3. verify proves what it can -----------------------------------------------------------------


@pytest.fixture
def rich_db(tmp_path, monkeypatch):
    """Records (one signed, with an addendum), stored scores and pseudonyms: every covered table."""
    monkeypatch.setenv("SUPERVISION_TUI_DB", str(tmp_path / "default.db"))
    from supervision_tui.models import SupervisionRecord

    path = tmp_path / "v.db"
    store = Store.open(path, actor="tester")
    signed = SupervisionRecord.model_validate({**full_record(team="Front Door").model_dump(), "status": "completed"})
    store.import_records([full_record(), signed])
    store.add_addendum(signed.id, "Priya Shah", "date corrected", "The visit was on the 3rd.")
    store.close()
    assert run("score", "--db", path).exit_code == 0
    r = run("export", "--db", path, "--format", "csv", "--out", tmp_path / "p.csv", "--pseudonymise", "--key", "k" * 20)
    assert r.exit_code == 0, r.output
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


DROP = ("DROP TRIGGER audit_log_no_delete", "DROP TRIGGER audit_log_no_update")
RESTORE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)

TAMPERING = {
    "a deleted record": ["DELETE FROM records WHERE team = 'Front Door'"],
    "an addendum edited": ["UPDATE addenda SET text = 'The visit was on the 4th.'"],
    "an addendum deleted": ["DELETE FROM addenda"],
    "a stored score edited": ["UPDATE scores SET score = (score + 7) % 100, "
                              "band = CASE band WHEN 'good' THEN 'outstanding' ELSE 'good' END WHERE rowid = 1"],
    "the team column edited": ["UPDATE records SET team = 'Forged' WHERE team = 'Front Door'"],
    "the supervisor column edited": ["UPDATE records SET supervisor = 'Someone Else'"],
    "the status column edited": ["UPDATE records SET status = 'agreed'"],
    "a case reference column edited": ["UPDATE discussions SET case_ref = 'CMS-999' WHERE rowid = 1"],
    "the discussion text column edited": ["UPDATE discussions SET text = 'nothing to see' WHERE rowid = 1"],
    "a pseudonym edited": ["UPDATE pseudonyms SET real_value = 'CMS-000000' WHERE rowid = 1"],
    "the append-only triggers dropped": list(DROP),
    "the FTS trigger dropped": ["DROP TRIGGER discussions_ai"],
}


def test_an_untouched_database_verifies(rich_db):
    result = run("verify", "--db", rich_db)
    assert result.exit_code == 0, result.output
    assert "stored scores recomputed: 4" in result.output and "Audit chain head: entry" in result.output


@pytest.mark.parametrize("how", list(TAMPERING))
def test_verify_catches_tampering(rich_db, how):
    _sql(rich_db, *TAMPERING[how])
    before = file_hash(rich_db)
    result = run("verify", "--db", rich_db)
    assert result.exit_code == 1, (how, result.output)
    assert "verification FAILED" in result.output
    assert file_hash(rich_db) == before  # verify never changes what it checks


def _anchor(path: Path, tmp_path: Path) -> Path:
    out = run("verify", "--db", path)
    line = next(x for x in out.output.splitlines() if x.startswith("Audit chain head"))
    anchor = tmp_path / "anchor.txt"
    anchor.write_text(line)
    return anchor


def test_the_log_cut_back_with_its_record_is_caught_by_the_anchor(rich_db, tmp_path):
    anchor = _anchor(rich_db, tmp_path)
    s = Store.open(rich_db)
    s.save(full_record(team="Late"))
    s.close()
    last = sqlite3.connect(rich_db).execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    assert run("verify", "--db", rich_db, "--anchor", anchor).exit_code == 0
    anchor2 = _anchor(rich_db, tmp_path)
    _sql(rich_db, *DROP, f"DELETE FROM audit_log WHERE seq = {last}", "DELETE FROM records WHERE team = 'Late'", *RESTORE)
    assert run("verify", "--db", rich_db).exit_code == 0  # from inside the file it cannot be seen
    result = run("verify", "--db", rich_db, "--anchor", anchor2)
    assert result.exit_code == 1 and "removed" in result.output


def test_everything_deleted_is_caught_by_an_export_manifest_as_anchor(rich_db, tmp_path):
    manifest = tmp_path / "p.csv.manifest.json"
    import json

    assert json.loads(manifest.read_text())["audit_head"]["seq"] > 0
    assert run("verify", "--db", rich_db, "--anchor", manifest).exit_code == 0
    _sql(rich_db, *DROP, "DELETE FROM audit_log", "DELETE FROM scores", "DELETE FROM addenda",
         "DELETE FROM pseudonyms", "DELETE FROM records", *RESTORE)
    result = run("verify", "--db", rich_db, "--anchor", manifest)
    assert result.exit_code == 1 and "removed" in result.output


def test_a_rebuilt_chain_fails_with_the_audit_key(tmp_path, monkeypatch):
    from supervision_tui.store.db import _canonical, _entry_hash

    monkeypatch.setenv("SUPERVISION_TUI_AUDIT_KEY", "a secret the forger lacks")
    path = tmp_path / "k.db"
    s = Store.open(path)
    rec = s.save(full_record())
    s.close()
    assert run("verify", "--db", path).exit_code == 0
    # the forger edits the record, then rebuilds every hash of the chain (without the key)
    conn = sqlite3.connect(path)
    conn.executescript(";".join(DROP))
    conn.execute("UPDATE records SET team = 'Forged', body = replace(body, 'Assessment North', 'Forged')")
    body, = conn.execute("SELECT body FROM records").fetchone()
    bodies = [body] + [r[0] for r in conn.execute("SELECT body FROM discussions ORDER BY position")]
    content = hashlib.sha256("\n".join(bodies).encode()).hexdigest()
    conn.execute("UPDATE records SET content_hash = ?", [content])
    prev = "0" * 64
    for seq, at, actor, action, rid, detail in conn.execute(
            "SELECT seq, at, actor, action, record_id, detail FROM audit_log ORDER BY seq").fetchall():
        if rid == rec.id:
            detail = _canonical({"content_hash": content})
        h = _entry_hash(seq, at, actor, action, rid, detail, prev)
        conn.execute("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?", [detail, prev, h, seq])
        prev = h
    conn.executescript(";".join(RESTORE))
    conn.commit()
    conn.close()
    monkeypatch.delenv("SUPERVISION_TUI_AUDIT_KEY")
    assert run("verify", "--db", path).exit_code == 0  # a perfect forgery, from inside the file
    monkeypatch.setenv("SUPERVISION_TUI_AUDIT_KEY", "a secret the forger lacks")
    result = run("verify", "--db", path)
    assert result.exit_code == 1 and "HMAC" in result.output


@pytest.mark.parametrize("content", [b"", b"just some text\n"])
def test_an_empty_or_foreign_file_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "odd.db"
    path.write_bytes(content)
    for args in (["verify"], ["report"], ["export", "--format", "csv", "--out", tmp_path / "x.csv"]):
        result = run(*args, "--db", path)
        assert result.exit_code == 1, (args, result.output)
        assert "not a supervision-tui database" in result.output and "Traceback" not in result.output
        assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.db"]


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.db"
    _sql(path, "CREATE TABLE notes (x)", "INSERT INTO notes VALUES (1)")
    before = path.read_bytes()
    for args in (["verify"], ["demo", "--records", "1"], ["import", tmp_path / "none.jsonl"]):
        result = run(*args, "--db", path)
        assert result.exit_code == 1 and "Traceback" not in result.output
    assert path.read_bytes() == before


def test_a_damaged_page_gives_one_clear_line(rich_db):
    data = bytearray(rich_db.read_bytes())
    # a byte in each quarter of every page after the first two (byte 100 alone can fall in a
    # page's free space on every page, as it does once the report's tables are there)
    for offset in range(4096 * 2 + 100, len(data), 1024):
        data[offset] ^= 0xFF
    rich_db.write_bytes(bytes(data))
    result = run("verify", "--db", rich_db)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "damaged" in result.output or "FAILED" in result.output


# --- 9. documented limits; hostile JSON gets one line ---------------------------------------------

HOSTILE_JSON = {
    "deep nesting": '{"a":' * 200_000 + "1" + "}" * 200_000,
    "a huge integer": '{"caseload": 1' + "0" * 5000 + ', "text": "x"}',
    "a lone surrogate": '{"id": "x", "text": "Saw J \\ud800 at home", "update": "\\udfff"}',
    "a huge id": '{"id": "' + "x" * 100_000 + '", "text": "Saw J"}',
}


def _one_line_error(result) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output[:500]


@pytest.mark.parametrize("how", list(HOSTILE_JSON))
def test_hostile_json_is_one_line_everywhere(tmp_path, how):
    f = tmp_path / "in.jsonl"
    f.write_text(HOSTILE_JSON[how] + "\n", encoding="utf-8")
    db = tmp_path / "x.db"
    for args in (["check", f], ["score", "--input", f], ["import", "--db", db, f]):
        _one_line_error(run(*args))
    assert not db.exists() or Store.open(db).count() == 0


def test_a_huge_note_is_refused_quickly(tmp_path):
    import time

    from supervision_tui.limits import MAX_NOTE_CHARS

    f = tmp_path / "note.txt"
    f.write_text("J said she was scared. " * (MAX_NOTE_CHARS // 20))
    start = time.perf_counter()
    result = run("check", f)
    _one_line_error(result)
    assert "limit" in result.output and time.perf_counter() - start < 10
    csv_in = tmp_path / "in.jsonl"
    csv_in.write_text('{"id": "1", "text": "' + "word " * (MAX_NOTE_CHARS // 4) + '"}\n')
    _one_line_error(run("score", "--input", csv_in))


# --- 11. killed runs ------------------------------------------------------------------------------


def test_a_killed_demo_carries_on_where_it_stopped(tmp_path, monkeypatch):
    import supervision_tui.store.db as dbmod

    path = tmp_path / "demo.db"
    real = dbmod.Store.import_records
    calls = {"n": 0}

    def dies_after_first_batch(self, records, action="import"):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process dies here: the first batch is committed
        return real(self, records, action)

    monkeypatch.setattr(dbmod.Store, "import_records", dies_after_first_batch)
    run("--db", path, "demo", "--records", "2300")
    monkeypatch.setattr(dbmod.Store, "import_records", real)
    assert Store.open(path).count() == 2000
    result = run("--db", path, "demo", "--records", "2300")
    assert result.exit_code == 0, result.output
    assert "2,000 of this seed's records were already there" in result.output
    s = Store.open(path)
    assert s.count() == 2300 and s.verify().ok
    s.close()


def test_score_output_leaves_nothing_hidden_and_clears_dead_runs_leftovers(db, tmp_path):
    out = tmp_path / "scores.jsonl"
    dead = tmp_path / "scores.jsonl.999999999.part"  # a run killed with kill -9 (no such pid now)
    dead.write_text("half")
    old_style = tmp_path / ".scores.jsonl.999999998.part"
    old_style.write_text("half")
    result = run("score", "--db", db, "--rescore", "--output", out)
    assert result.exit_code == 0, result.output
    assert not dead.exists() and not old_style.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("scores", ".scores"))) == ["scores.jsonl"]


# --- 7. exports: one snapshot, logged then published, nothing complete-looking on failure ---------


def test_an_export_is_one_snapshot_while_records_are_added(db, tmp_path, monkeypatch):
    import datetime as dt
    import json

    import supervision_tui.export.core as core

    real_iter = core.iter_items
    added = {"done": False}

    def adding_meanwhile(*a, **k):
        for item in real_iter(*a, **k):
            if not added["done"]:
                added["done"] = True
                other = Store.open(db)  # another process imports during the export
                other.import_records([full_record(date=dt.date(2027, 1, 1) + dt.timedelta(days=i % 300), next_supervision=None)
                                      for i in range(600)])
                other.close()
            yield item

    monkeypatch.setattr(core, "iter_items", adding_meanwhile)
    out = tmp_path / "snap.jsonl"
    result = run("export", "--db", db, "--format", "jsonl", "--out", out)
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    manifest = json.loads((tmp_path / "snap.jsonl.manifest.json").read_text())
    assert len(lines) == manifest["counts"]["records"] == 2
    s = Store.open(db)
    assert s.count() == 602
    entry = [e for e in s.audit_entries() if e.action == "export"][-1]
    assert entry.detail["counts"]["records"] == 2
    assert entry.detail["audit_head"]["seq"] < entry.seq
    s.close()


def test_a_failed_export_leaves_nothing_and_clears_leftovers(db, tmp_path, monkeypatch):
    import supervision_tui.export.core as core

    out = tmp_path / "e.html"
    for leftover in ("e.html.999999999.part", "e.html.999999999.part.body", ".e.html.999999997.part"):
        (tmp_path / leftover).write_text("half")

    def broken(*a, **k):
        yield from ()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(core, "iter_items", broken)
    result = run("export", "--db", db, "--format", "html", "--out", out)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir() if "e.html" in p.name) == []
    s = Store.open(db)
    assert not [e for e in s.audit_entries() if e.action == "export"]
    s.close()


def test_xlsxwriter_keeps_its_temporary_files_beside_the_output(db, tmp_path, monkeypatch):
    import xlsxwriter

    seen = {}
    real = xlsxwriter.Workbook

    def spy(filename, options=None):
        seen.update(options or {})
        return real(filename, options)

    monkeypatch.setattr(xlsxwriter, "Workbook", spy)
    out = tmp_path / "sub"
    out.mkdir()
    assert run("export", "--db", db, "--format", "xlsx", "--out", out / "e.xlsx").exit_code == 0
    assert seen["tmpdir"] == str(out)


# --- 8. pseudonymisation leaks, and initials pseudonyms unique within an export (17.8) ---------


def test_the_listed_leaks_are_scrubbed():
    from supervision_tui.export.pseudonymise import Pseudonymiser

    p = Pseudonymiser("k" * 20, workers=True)
    rec = {"supervisor": "Craig Dunn", "supervisee": "Samuel Okafor",
           "discussions": [{"case_ref": "CMS-204511", "child_initials": "J.R."}]}
    p.prepare([rec])
    scrub = p.scrubber(rec)
    text = ("CMS 204-511; 204 511; J-R; J/R; J . R.; \uff2a.\uff32.; CRAIG said Sam agreed; "
            "happening for J.R., and the plan")
    out = scrub(text)
    for leak in ("204", "511", "J-R", "J/R", "J . R", "\uff2a", "CRAIG", "Sam ", "R."):
        assert leak not in out, (leak, out)
    assert ".," not in out and "for C" in out and ", and the plan" in out
    assert scrub("I saw J.R. Then we left.").endswith(". Then we left.")
    assert scrub("Same day, samples taken") == "Same day, samples taken"


def test_initials_pseudonyms_are_unique_within_an_export_and_stable(tmp_path):
    import csv
    import io

    from supervision_tui.models import CaseDiscussion, SupervisionRecord

    path = tmp_path / "many.db"
    store = Store.open(path)
    records = []
    for i in range(60):
        r = full_record()
        d = r.model_dump()
        d["discussions"] = [CaseDiscussion(case_ref=f"CMS-{100000 + 2 * i + k}", child_initials="J.R.",
                                           plan_type="cp", update=f"J.R. is child {2 * i + k}.").model_dump()
                            for k in range(2)]
        records.append(SupervisionRecord.model_validate(d))
    store.import_records(records)
    store.close()

    def initials(out):
        r = run("export", "--db", path, "--format", "csv", "--out", out, "--pseudonymise", "--key", "k" * 20)
        assert r.exit_code == 0, r.output
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        return {row["case_ref"]: row["child_initials"] for row in rows}

    first = initials(tmp_path / "a.csv")
    assert len(first) == 120 and len(set(first.values())) == 120  # 120 children, 120 pseudonyms
    assert initials(tmp_path / "b.csv") == first  # the same key gives the same pseudonyms
    assert run("verify", "--db", path).exit_code == 0


def test_the_exporting_users_name_is_pseudonymised_with_the_workers(db, tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("SUPERVISION_TUI_ACTOR", "Grace Okafor")
    s = Store.open(db, actor="Grace Okafor")
    s.close()
    for fmt in ("html", "xlsx", "csv"):
        out = tmp_path / f"w.{fmt}"
        r = run("export", "--db", db, "--format", fmt, "--out", out, "--pseudonymise-workers", "--key", "k" * 20)
        assert r.exit_code == 0, r.output
        manifest = (tmp_path / f"w.{fmt}.manifest.json").read_text()
        assert "Grace" not in manifest and json.loads(manifest)["actor"].startswith("WORKER-")
    assert "Grace" not in (tmp_path / "w.html").read_text()
    import zipfile

    with zipfile.ZipFile(tmp_path / "w.xlsx") as z:
        assert not any("Grace" in z.read(n).decode("utf-8", "replace") for n in z.namelist())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_verify_recomputes_scores_on_every_core_and_names_the_edited_one(tmp_path, jobs):
    path = tmp_path / "many.db"
    assert run("demo", "--db", path, "--records", "40").exit_code == 0
    assert run("score", "--db", path).exit_code == 0
    conn = sqlite3.connect(path)
    total = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
    edited = conn.execute("SELECT discussion_id FROM scores ORDER BY discussion_id LIMIT 1 OFFSET ?",
                          [total * 2 // 3]).fetchone()[0]
    conn.close()
    _sql(path, f"UPDATE scores SET score = (score + 7) % 100 WHERE discussion_id = '{edited}'")
    result = run("verify", "--db", path, "--jobs", jobs)
    assert result.exit_code == 1
    assert f"stored scores recomputed: {total:,}" in result.output
    problems = [line for line in result.output.splitlines() if "stored score of case discussion" in line]
    assert problems == [f"  the stored score of case discussion {edited} is not what the checker gives (edited?)"]
