"""Fault-injection probes: attack the store and its outputs as an attacker or a careless user
would, and count what was handled cleanly and what records were lost.

    python scripts/faults.py [--records N] [--keep]

Every probe runs the real command line in a subprocess on a scratch database in a temporary
folder. "Handled cleanly" means what the probe expects: a refusal is one line on stderr with a
non-zero exit code and no traceback, nothing changed; a success leaves a verified database; a
killed run leaves either everything or nothing, and no complete-looking file. "Records lost"
counts records of the base database that are missing or changed at the end (it must be 0).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESULTS: list[tuple[str, str, bool, str]] = []  # (group, what, clean, detail)


def cli(*args, env=None, timeout=300, input=None) -> subprocess.CompletedProcess:
    e = {**os.environ, "COLUMNS": "120", **(env or {})}
    return subprocess.run([sys.executable, "-m", "supervision_tui.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=e, input=input, cwd=ROOT)


def record(group: str, what: str, clean: bool, detail: str = "") -> None:
    RESULTS.append((group, what, clean, detail))
    print(f"  {'ok  ' if clean else 'FAIL'} {group}: {what}" + (f" ({detail})" if detail and not clean else ""), flush=True)


def one_line_refusal(p: subprocess.CompletedProcess) -> tuple[bool, str]:
    err = p.stderr.strip()
    ok = p.returncode not in (0, None) and "Traceback" not in err and len(err.splitlines()) == 1
    ok = ok and "\x1b" not in p.stdout + p.stderr
    return ok, f"exit {p.returncode}: {err[-200:]!r}"


def db_state(path: Path) -> dict[str, str]:
    """record id -> content hash, read directly (what 'lost' is measured against)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT id, content_hash FROM records"))
    finally:
        conn.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def copy_db(src: Path, dst: Path) -> None:
    """A consistent copy (SQLite's backup: the -wal's content included), mode 0600."""
    dst.unlink(missing_ok=True)
    fd = os.open(dst, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    a, b = sqlite3.connect(f"file:{src}?mode=ro", uri=True), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def verified(path: Path) -> bool:
    return cli("verify", "--db", path).returncode == 0


# --- probes ------------------------------------------------------------------------------------


def outputs_over_the_database(work: Path, db: Path) -> None:
    link = work / "link.csv"
    link.symlink_to(db)
    hard = work / "hard.csv"
    os.link(db, hard)
    names = {"itself": db, "a symlink": link, "a hard link": hard, "its -wal": Path(f"{db}-wal"),
             "its -shm": Path(f"{db}-shm"), "its -journal": Path(f"{db}-journal")}
    commands = {
        "export": lambda o: ["export", "--db", db, "--format", "csv", "--out", o],
        "score --output": lambda o: ["score", "--db", db, "--rescore", "--output", o],
        "sample": lambda o: ["sample", "--db", db, "--size", "2", "--seed", "1", "--out", o],
    }
    for cname, build in commands.items():
        for how, out in names.items():
            before = db_state(db)
            p = cli(*build(out))
            ok, detail = one_line_refusal(p)
            record("output is the database", f"{cname} to {how}", ok and db_state(db) == before, detail)
    link.unlink()
    hard.unlink()


def db_before_the_command(work: Path, db: Path) -> None:
    x = work / "before.db"
    p = cli("--db", x, "demo", "--records", "3")
    record("--db before the command", "demo writes the named file", p.returncode == 0 and len(db_state(x)) == 3)
    p = cli("--db", db, "verify")
    record("--db before the command", "verify checks the named file", p.returncode == 0 and "Verified" in p.stdout)


BAD_JSON = {
    "malformed JSON": '{"id": "x", "text": ',
    "a JSON array, not an object": "[1, 2, 3]",
    "deep nesting (100,000 levels)": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "a 5,000-digit integer": '{"caseload": 1' + "0" * 5000 + ', "text": "x"}',
    "lone surrogates": '{"id": "x", "text": "Saw J \\ud800", "update": "\\udfff"}',
    "a 100,000-character id": '{"id": "' + "x" * 100_000 + '", "text": "Saw J"}',
    "markup and escapes in a key": '{"\\u001b]0;pwned\\u0007[/]": 1}',
    "an unknown field": '{"supervisor": "A", "no_such_field": 1}',
    "an invalid date": '{"supervisor": "A", "supervisee": "B", "date": "2026-02-30"}',
    "binary": b"\x00\x01\x02\xff\xfe\x80",
    "empty": "",
}
BAD_CSV = {
    "no text column": "id,notes\n1,x\n",
    "ragged rows": "id,text\n1,a,b,c\n",
    "an unterminated quote": 'id,text\n1,"never closed\n',
    "a header that is an escape sequence (echoed in the error)": "\x1b[2J[/],notes\n1,x\n",
    "a 200,000-character field": "id,text\n1," + "y" * 200_000 + "\n",
}


def bad_inputs(work: Path, db: Path) -> None:
    before = db_state(db)
    for what, text in BAD_JSON.items():
        f = work / "bad.jsonl"
        f.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass") + b"\n")
        for cmd in (["check", f], ["score", "--input", f], ["import", "--db", db, f]):
            if what == "an unknown field" and cmd[0] == "score":
                continue  # free text under --text-column is not needed when it is a record
            if what == "a JSON array, not an object" and cmd[0] == "check":
                continue  # check reads anything not starting with "{" as a free-text note
            if what == "empty" and cmd[0] == "score":
                continue  # an empty input scores 0 rows: nothing to refuse
            ok, detail = one_line_refusal(cli(*cmd))
            record("bad input", f"{cmd[0]}: {what}", ok, detail)
    for what, text in BAD_CSV.items():
        f = work / "bad.csv"
        f.write_text(text, encoding="utf-8")
        ok, detail = one_line_refusal(cli("score", "--input", f))
        record("bad input", f"score --input CSV: {what}", ok, detail)
    huge = work / "huge.txt"
    huge.write_text("J said she was scared at home. " * 1_700_000)  # about 52 MB
    start = time.perf_counter()
    p = cli("check", huge)
    took = time.perf_counter() - start
    ok, detail = one_line_refusal(p)
    record("bad input", f"check: a 52 MB note refused in {took:.1f} s", ok and took < 20, detail)
    huge.unlink()
    record("bad input", "the database is unchanged by all of them", db_state(db) == before)


def hostile_text(work: Path) -> None:
    """Markup, escapes, HTML and formulas stored in records, then shown and exported."""
    from supervision_tui.models import SupervisionRecord
    from supervision_tui.store import Store

    sys.path.insert(0, str(ROOT / "tests"))
    from helpers import full_record

    path = work / "hostile.db"
    hostile = "[/] [link=https://evil.example]x[/link] \x1b]0;pwned\x07\x1b[2J <script>alert(1)</script> "
    store = Store.open(path)
    records = []
    for i, lead in enumerate(["=HYPERLINK(\"http://x\",\"y\")", "\uff1d1+2", "+1", "@SUM(A1)", " =1+2"]):
        r = full_record(team=f"{lead}", supervisor=f"Sup {hostile}{i}", supervisee=f"See {i}")
        d = r.model_dump()
        d["status"] = "completed"
        d["discussions"][0]["update"] = f"{lead} {hostile} J (7) is on a CP plan."
        records.append(SupervisionRecord.model_validate(d))
    store.import_records(records)
    store.close()
    cli("score", "--db", path)
    for args in (["report", "--db", path], ["score", "--db", path, "--rescore"], ["verify", "--db", path]):
        p = cli(*args)
        clean = p.returncode == 0 and "Traceback" not in p.stderr and "\x1b" not in p.stdout + p.stderr
        record("hostile text", f"{args[0]} shows it as text", clean, p.stderr[-200:])
    for fmt in ("csv", "html", "xlsx", "jsonl"):
        out = work / f"hostile.{fmt}"
        p = cli("export", "--db", path, "--format", fmt, "--out", out)
        record("hostile text", f"export {fmt}", p.returncode == 0, p.stderr[-200:])
    import csv
    import io

    def bare_formulas(text: str) -> list[str]:
        cells = [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for c in row]
        return [c for c in cells if c[:1] in ("=", "+", "@", "\uff1d") or c.startswith(" =")]

    sample = work / "hostile-sample.csv"
    cli("sample", "--db", path, "--size", "5", "--seed", "1", "--out", sample)
    report = cli("report", "--db", path, "--format", "csv").stdout
    for name, text in (("export CSV", (work / "hostile.csv").read_text(encoding="utf-8-sig")),
                       ("sample CSV", sample.read_text(encoding="utf-8")), ("report CSV", report)):
        bare = bare_formulas(text)
        record("hostile text", f"{name}: formulas neutralised (fullwidth too)", not bare, repr(bare[:3]))
    html = (work / "hostile.html").read_text()
    record("hostile text", "HTML pack: no live script", "<script>alert" not in html)


def modes(work: Path, db: Path) -> None:
    for umask in (0o022, 0o000):
        out = work / f"umask{umask:o}"
        out.mkdir()
        old = os.umask(umask)
        try:
            for fmt in ("csv", "jsonl", "html", "xlsx"):
                cli("export", "--db", db, "--format", fmt, "--out", out / f"e.{fmt}")
            cli("score", "--db", db, "--rescore", "--output", out / "s.jsonl")
            cli("sample", "--db", db, "--size", "2", "--seed", "1", "--out", out / "a.csv")
        finally:
            os.umask(old)
        files = {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()}
        loose = {n: oct(m) for n, m in files.items() if m != 0o600}
        record("file modes", f"umask {umask:03o}: {len(files)} files written, all 0600", len(files) == 10 and not loose,
               str(loose))


def kill_during(work: Path, db: Path, label: str, args: list, after: float, check) -> None:
    e = {**os.environ, "COLUMNS": "120"}
    p = subprocess.Popen([sys.executable, "-m", "supervision_tui.cli", *map(str, args)], cwd=ROOT, env=e,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    killed = p.poll() is None
    if killed:
        p.send_signal(signal.SIGKILL)
    p.wait()
    ok, detail = check()
    record("kill -9", f"{label}{'' if killed else ' (finished before the kill)'}", ok, detail)


def killed_runs(work: Path, db: Path) -> None:
    from supervision_tui.store import Store

    sys.path.insert(0, str(ROOT / "tests"))
    big = work / "big.jsonl"
    from supervision_tui.demo import generate_records

    with open(big, "w") as fh:
        for r in generate_records(5000, seed=99):
            fh.write(r.model_dump_json() + "\n")
    for delay in (1.0, 2.5, 4.0, 6.0):
        target = work / f"import{delay}.db"
        copy_db(db, target)
        before = len(db_state(target))

        def check(target=target, before=before):
            n = len(db_state(target))
            return n in (before, before + 5000) and verified(target), f"{n - before} of 5000 imported"

        kill_during(work, target, f"import of 5,000 records after {delay} s: all or nothing", ["import", "--db", target, big],
                    delay, check)
    demo = work / "killed-demo.db"
    kill_during(work, demo, "demo of 6,000 after 3 s", ["demo", "--db", demo, "--records", "6000"], 3.0,
                lambda: (verified(demo), ""))
    p = cli("demo", "--db", demo, "--records", "6000")
    n = len(db_state(demo))
    record("kill -9", f"demo run again carries on to {n:,} records", p.returncode == 0 and n == 6000 and verified(demo),
           p.stderr[-200:])
    s = Store.open(demo)
    s.close()
    out = work / "scores.jsonl"
    kill_during(work, demo, "score --rescore --output, killed after 2 s", ["score", "--db", demo, "--rescore", "--output", out],
                2.0, lambda: (verified(demo) and not out.exists()
                              and not list(work.glob(".scores*")), "a hidden or complete-looking file left"))
    p = cli("score", "--db", demo, "--rescore", "--output", out)
    left = [x.name for x in work.glob("*scores.jsonl*") if x.name != "scores.jsonl"]
    record("kill -9", "the next score run removes the killed run's .part", p.returncode == 0 and not left, str(left))
    exp = work / "big-export.html"
    kill_during(work, demo, "HTML export, killed after 2 s", ["export", "--db", demo, "--format", "html", "--out", exp],
                2.0, lambda: (verified(demo) and not exp.exists()
                              and not (work / "big-export.html.manifest.json").exists(), "a complete-looking file left"))
    p = cli("export", "--db", demo, "--format", "html", "--out", exp)
    left = [x.name for x in work.glob("big-export.html.*.part*")]
    record("kill -9", "the next export removes the killed run's .part files", p.returncode == 0 and not left, str(left))


def concurrent(work: Path, db: Path) -> None:
    target = work / "shared.db"
    copy_db(db, target)
    before = len(db_state(target))
    files = []
    for i in range(3):
        f = work / f"c{i}.jsonl"
        from supervision_tui.demo import generate_records

        with open(f, "w") as fh:
            for r in generate_records(300, seed=1000 + i):
                fh.write(r.model_dump_json() + "\n")
        files.append(f)
    e = {**os.environ}
    procs = [subprocess.Popen([sys.executable, "-m", "supervision_tui.cli", "import", "--db", str(target), str(f)],
                              cwd=ROOT, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for f in files]
    procs.append(subprocess.Popen([sys.executable, "-m", "supervision_tui.cli", "score", "--db", str(target)],
                                  cwd=ROOT, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    for p in procs:
        p.wait()
    n = len(db_state(target))
    record("concurrent writers", f"3 imports and a score run at once: {n - before} of 900 records", n == before + 900
           and verified(target))
    lock = sqlite3.connect(target, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    lock.execute("INSERT INTO pseudonyms VALUES ('x', 'x', 'x', 'x')")
    start = time.perf_counter()
    p = cli("verify", "--db", target)
    took = time.perf_counter() - start
    record("concurrent writers", f"verify while another process holds the write lock ({took:.1f} s)",
           p.returncode == 0 and took < 10, p.stderr[-200:])
    p = cli("report", "--db", target, "--format", "json")
    record("concurrent writers", "report while another process holds the write lock", p.returncode == 0)
    lock.rollback()
    lock.close()


def odd_files(work: Path) -> None:
    for what, content in (("a 0-byte file", b""), ("a text file", b"hello\n"), ("random bytes", os.urandom(8192))):
        f = work / "odd.db"
        f.write_bytes(content)
        for cmd in ("verify", "report", "score"):
            p = cli(cmd, "--db", f)
            ok, detail = one_line_refusal(p)
            record("not a database", f"{cmd} on {what}: refused, unchanged", ok and f.read_bytes() == content, detail)
        f.unlink()
    other = work / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for cmd in (["verify"], ["demo", "--records", "1"]):
        p = cli(*cmd, "--db", other)
        ok, detail = one_line_refusal(p)
        record("not a database", f"{cmd[0]} on another program's SQLite file: refused, unchanged",
               ok and other.read_bytes() == before, detail)


TAMPER = {
    "a record deleted": ["DELETE FROM records WHERE rowid = 1"],
    "every record and the whole log deleted (triggers dropped first)": [
        "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log", "DELETE FROM scores", "DELETE FROM addenda",
        "DELETE FROM records"],
    "an addendum edited": ["UPDATE addenda SET text = text || ' (not really)' WHERE rowid = 1"],
    "an addendum deleted": ["DELETE FROM addenda WHERE rowid = 1"],
    "a stored score edited": ["UPDATE scores SET score = (score + 7) % 100, band = CASE band WHEN 'good' "
                              "THEN 'outstanding' ELSE 'good' END "
                              "WHERE rowid = (SELECT min(rowid) FROM scores)"],
    "team column edited apart from the body": ["UPDATE records SET team = 'Forged' WHERE rowid = 1"],
    "supervisor column edited": ["UPDATE records SET supervisor = 'Forged' WHERE rowid = 1"],
    "status column edited": ["UPDATE records SET status = CASE status WHEN 'draft' THEN 'agreed' ELSE 'draft' END "
                             "WHERE rowid = 1"],
    "case_ref column edited": ["UPDATE discussions SET case_ref = 'CMS-000' WHERE rowid = 1"],
    "discussion text column edited": ["UPDATE discussions SET text = 'nothing here' WHERE rowid = 1"],
    "a pseudonym edited": ["UPDATE pseudonyms SET real_value = 'CMS-000000' WHERE rowid = 1"],
    "the append-only triggers dropped": ["DROP TRIGGER audit_log_no_delete", "DROP TRIGGER audit_log_no_update"],
    "a record body edited": ["UPDATE records SET body = replace(body, '\"team\":\"', '\"team\":\"X') WHERE rowid = 1"],
}


def tampering(work: Path, db: Path) -> None:
    for what, statements in TAMPER.items():
        target = work / "tampered.db"
        copy_db(db, target)
        conn = sqlite3.connect(target)
        for s in statements:
            conn.execute(s)
        changed = conn.total_changes > 0 or any(s.startswith("DROP") for s in statements)
        conn.commit()
        conn.close()
        if not changed:
            record("tampering caught by verify", what, False, "the tampering changed nothing: the probe is wrong")
            continue
        before = file_digest(target)
        p = cli("verify", "--db", target)
        ok = p.returncode == 1 and "Traceback" not in p.stderr and file_digest(target) == before
        if what.startswith("every record"):
            # nothing inside an emptied file shows what was there: only an outside anchor can
            p = cli("verify", "--db", target, "--anchor", work / "anchor.manifest.json")
            ok = p.returncode == 1 and "removed" in p.stderr and file_digest(target) == before
            what += ", checked against an export manifest's anchor"
        record("tampering caught by verify", what, ok, p.stderr[-200:])
        target.unlink()
    target = work / "damaged.db"
    copy_db(db, target)
    data = bytearray(target.read_bytes())
    for offset in range(4096 * 3 + 77, len(data), 4096 * 7):
        data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    p = cli("verify", "--db", target)
    record("tampering caught by verify", "flipped bytes in pages: one clear line",
           p.returncode == 1 and "Traceback" not in p.stderr, p.stderr[-200:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=300, help="records in the base database")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="supervision-faults-"))
    os.environ["SUPERVISION_TUI_DB"] = str(work / "default.db")
    os.environ.setdefault("SUPERVISION_TUI_PSEUDONYM_KEY", "faults-script-key-0123456789")
    db = work / "base.db"
    start = time.perf_counter()
    try:
        print(f"Base database: {a.records} demo records, scored, one pseudonymised export, in {work}")
        assert cli("demo", "--db", db, "--records", a.records).returncode == 0
        assert cli("score", "--db", db).returncode == 0
        from supervision_tui.store import Store

        s = Store.open(db)
        rid = next(r.id for r in s.list_records(limit=500) if r.status.value != "draft")
        s.add_addendum(rid, "Faults Script", "a correction", "The date was the 3rd.")
        s.close()
        assert cli("export", "--db", db, "--format", "csv", "--out", work / "anchor", "--pseudonymise").returncode == 0
        base = db_state(db)
        for probe in (outputs_over_the_database, db_before_the_command, bad_inputs, modes, concurrent, killed_runs,
                      tampering):
            print(f"\n{probe.__name__.replace('_', ' ')}:", flush=True)
            probe(work, db)
        print("\nhostile text:", flush=True)
        hostile_text(work)
        print("\nnot a database:", flush=True)
        odd_files(work)
        after = db_state(db)
        lost = sum(1 for k, v in base.items() if after.get(k) != v)
        clean = sum(1 for r in RESULTS if r[2])
        print(f"\nTried {len(RESULTS)} faults and bad inputs in {time.perf_counter() - start:.0f} s: "
              f"{clean} handled cleanly, {len(RESULTS) - clean} not; records lost: {lost} "
              f"(of {len(base)}; base database verifies: {'yes' if verified(db) else 'NO'}).")
        for group in dict.fromkeys(r[0] for r in RESULTS):
            rs = [r for r in RESULTS if r[0] == group]
            print(f"  {group}: {sum(r[2] for r in rs)}/{len(rs)}")
        sys.exit(0 if lost == 0 and clean == len(RESULTS) else 1)
    finally:
        if a.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
