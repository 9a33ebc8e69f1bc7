"""Batch scoring on every core (supervision_tui.batch): the same bytes whatever --jobs, a run
stopped at any point leaves the database and the audit log agreeing, and a second run carries on."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import full_record

from supervision_tui.batch import plan, score_record, score_store
from supervision_tui.cli import cli
from supervision_tui.demo import generate_records
from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import RUBRIC_VERSION, assess
from supervision_tui.store import Store

ROOT = Path(__file__).resolve().parents[1]
SCORE_COLUMNS = ("discussion_id, record_id, rubric_version, score, band, brief_descriptive, depth, reflection, "
                 "lived_experience, child_impact, risk, challenge, decisions, actions, progress, record_updated_at")


def run(*args):
    return CliRunner().invoke(cli, list(args))


def demo_db(path: Path, records: int) -> Path:
    s = Store.open(path, actor="test")
    s.import_records(generate_records(records, seed=3))
    s.close()
    return path


def stored_scores(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {SCORE_COLUMNS} FROM scores ORDER BY discussion_id").fetchall()
    finally:
        conn.close()


def score_runs(path) -> list[dict]:
    conn = sqlite3.connect(path)
    try:
        return [json.loads(d) for (d,) in conn.execute("SELECT detail FROM audit_log WHERE action = 'score_run' ORDER BY seq")]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_db(tmp_path_factory.mktemp("demo") / "demo.db", 160)


def test_one_job_and_several_write_the_same_bytes(demo, tmp_path):
    n = sqlite3.connect(demo).execute("SELECT count(*) FROM discussions").fetchone()[0]
    assert plan(n, 2)[0] == 2  # big enough that two workers really run
    outputs, tables = {}, {}
    for jobs in ("1", "2", None):
        db = tmp_path / f"{jobs}.db"
        db.write_bytes(demo.read_bytes())
        out = tmp_path / f"{jobs}.jsonl"
        result = run("score", "--db", str(db), "--output", str(out), *(["--jobs", jobs] if jobs else []))
        assert result.exit_code == 0, result.output
        outputs[jobs] = out.read_bytes()
        tables[jobs] = stored_scores(db)
    assert outputs["1"] == outputs["2"] == outputs[None]
    assert tables["1"] == tables["2"] == tables[None]
    lines = [json.loads(line) for line in outputs["1"].splitlines()]
    assert len(lines) == n
    # in the database's order, and the assessment the checker gives each body on its own
    conn = sqlite3.connect(demo)
    bodies = conn.execute("SELECT id, body FROM discussions ORDER BY seq").fetchall()
    assert [line["discussion_id"] for line in lines] == [did for did, _ in bodies]
    for line, (_, body) in zip(lines[::37], bodies[::37]):
        assert line["score"] == assess(CaseDiscussion.model_validate_json(body)).score


def test_one_job_and_several_write_the_same_bytes_from_a_file(demo, tmp_path):
    conn = sqlite3.connect(demo)
    path = tmp_path / "notes.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, (body,) in enumerate(conn.execute("SELECT body FROM discussions ORDER BY seq LIMIT 150")):
            d = CaseDiscussion.model_validate_json(body)
            fh.write(json.dumps({"id": f"n{i}", "text": d.full_text()}) + "\n" if i % 3 else body + "\n")
    outs = {}
    for jobs in ("1", "2"):
        result = run("score", "--input", str(path), "--json", "--jobs", jobs)
        assert result.exit_code == 0, result.output
        outs[jobs] = result.stdout
    assert outs["1"] == outs["2"]
    assert [json.loads(x)["row"] for x in outs["2"].splitlines()] == list(range(1, 151))


def test_output_is_private_and_never_the_database(demo, tmp_path):
    db = tmp_path / "d.db"
    db.write_bytes(demo.read_bytes())
    notes = tmp_path / "notes.csv"
    notes.write_text("id,text\n1,Seen at home.\n", encoding="utf-8")
    old = os.umask(0o022)
    try:
        out = tmp_path / "out.jsonl"
        assert run("score", "--db", str(db), "--output", str(out)).exit_code == 0
        assert out.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
    before = db.read_bytes()
    link = tmp_path / "link.jsonl"
    link.symlink_to(db)
    for target in (db, link, Path(str(db) + "-wal"), Path(str(db) + "-journal")):
        for args in (["score", "--db", str(db), "--rescore"], ["score", "--db", str(db), "--input", str(notes)]):
            result = run(*args, "--output", str(target))
            assert result.exit_code == 1, (args, target, result.output)
            assert "is the database" in result.output
            assert len(result.output.strip().splitlines()) == 1
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.db", "link.jsonl", "notes.csv", "out.jsonl"]


def test_a_record_saved_is_scored_at_once(tmp_path):
    s = Store.open(tmp_path / "r.db", actor="test")
    try:
        saved = s.save(full_record())
        assessments = score_record(s, saved)
        assert [a.score for a in assessments] == [assess(d).score for d in saved.discussions]
        assert s.count_to_score(RUBRIC_VERSION) == 0  # a score run finds nothing left to do
    finally:
        s.close()


def _children_of(marker: str) -> list[int]:
    pids = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if marker.encode() in (p / "cmdline").read_bytes():
                    pids.append(int(p.name))
            except OSError:
                pass
    return pids


def _start_run(db: Path, rescore: bool, marker: str) -> subprocess.Popen:
    # the core called directly, so that chunks can be small enough to stop between them
    code = (f"# {marker}\nfrom supervision_tui.batch import score_store\nfrom supervision_tui.store import Store\n"
            f"s = Store.open({str(db)!r}, actor='test')\nscore_store(s, rescore={rescore}, jobs=2, commit_rows=40)\n")
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stderr=subprocess.PIPE)


def _stop_after_first_chunk(proc: subprocess.Popen, db: Path, before: int, sig: int) -> None:
    deadline = time.monotonic() + 60
    while len(score_runs(db)) == before:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "no chunk was stored"
        time.sleep(0.005)
    proc.send_signal(sig)
    proc.wait(timeout=60)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
@pytest.mark.parametrize("rescore", [False, True])
def test_a_killed_run_keeps_what_it_stored_and_a_rerun_carries_on(tmp_path, rescore):
    db = demo_db(tmp_path / "k.db", 240)
    total = sqlite3.connect(db).execute("SELECT count(*) FROM discussions").fetchone()[0]
    if rescore:  # a full set of scores to rescore
        assert run("score", "--db", str(db), "--jobs", "1").exit_code == 0
        first_scores = {r[0]: r for r in stored_scores(db)}
    before = len(score_runs(db))
    marker = f"i15-kill-test-{os.getpid()}-{rescore}"
    proc = _start_run(db, rescore, marker)
    _stop_after_first_chunk(proc, db, before, signal.SIGKILL)
    time.sleep(0.5)
    assert _children_of(marker) == []  # no worker outlives the run

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    runs = score_runs(db)[before:]
    last = runs[-1]
    assert last["complete"] is False
    stored = len(stored_scores(db))
    newer = conn.execute("SELECT count(*) FROM scores WHERE scored_at >= ?", [last["started_at"]]).fetchone()[0]
    assert 0 < last["scored"] < total
    assert newer == last["scored"]  # the audit log says exactly what was stored
    assert sum(last["bands"].values()) == last["scored"]
    if not rescore:
        assert stored == last["scored"]
    conn.close()

    result = run("score", "--db", str(db), *(["--rescore"] if rescore else []), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["scored"] == total - last["scored"]  # carried on, nothing scored twice
    final = score_runs(db)[-1]
    assert final["complete"] is True
    if rescore:
        assert final["carries_on"] == last["run"]
    # and the scores are those one uninterrupted run gives
    ref = tmp_path / "ref.db"
    demo_db(ref, 240)
    assert run("score", "--db", str(ref), "--jobs", "1").exit_code == 0
    got = stored_scores(db)
    want = stored_scores(ref)
    assert [r[2:15] for r in got] == [r[2:15] for r in want]
    if rescore:
        assert [r[2:15] for r in got] == [first_scores[r[0]][2:15] for r in got]
    assert run("score", "--db", str(db), "--json").output and json.loads(run("score", "--db", str(db), "--json").output)["scored"] == 0


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except FileNotFoundError:
        return 0


def test_ctrl_c_or_terminate_stops_between_chunks_with_one_clear_line(tmp_path):
    db = demo_db(tmp_path / "t.db", 240)
    proc = subprocess.Popen([sys.executable, "-m", "supervision_tui.cli", "score", "--db", str(db), "--jobs", "2",
                             "--output", str(tmp_path / "o.jsonl")], cwd=ROOT, stderr=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    # mid-way: the output is being written beside its target
    while (not any(p.name.endswith(".part") and _size(p) for p in tmp_path.iterdir())
           and proc.poll() is None and time.monotonic() < deadline):
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.skip("the run finished before it could be stopped")  # a very fast machine
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    assert "Interrupted" in err.decode() and "Traceback" not in err.decode()
    runs = score_runs(db)
    assert len(stored_scores(db)) == (runs[-1]["scored"] if runs else 0)
    assert all(r["complete"] is False for r in runs)
    assert not (tmp_path / "o.jsonl").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("t.db")) == []


# --- the pool -----------------------------------------------------------------------------


def _identity(task):
    return task


def _exit_on_three(task):
    if task == 3:
        os._exit(1)  # a worker killed mid-run
    return task


def test_a_few_tasks_in_flight_whatever_the_input():
    from supervision_tui.batch.pool import ordered_map

    taken = 0

    def tasks():
        nonlocal taken
        for i in range(200):
            taken += 1
            yield i

    got = []
    for result in ordered_map(_identity, tasks(), 2):
        got.append(result)
        assert taken - len(got) <= 4 * 2  # memory bounded by the window, not the input
    assert got == list(range(200))


def test_a_lost_worker_stops_the_run_with_one_line_not_a_hang():
    from concurrent.futures.process import BrokenProcessPool

    from supervision_tui.batch.pool import ordered_map

    with pytest.raises(BrokenProcessPool):
        list(ordered_map(_exit_on_three, iter(range(10)), 2))


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_a_worker_killed_mid_run_is_one_clear_line_and_the_database_agrees(tmp_path):
    db = demo_db(tmp_path / "w.db", 240)
    proc = subprocess.Popen([sys.executable, "-m", "supervision_tui.cli", "score", "--db", str(db), "--jobs", "2",
                             "--output", str(tmp_path / "o.jsonl")], cwd=ROOT, stderr=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    children: list[int] = []
    while not children and proc.poll() is None and time.monotonic() < deadline:
        if any(p.name.endswith(".part") and _size(p) for p in tmp_path.iterdir()):
            try:
                children = [int(x) for x in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
            except OSError:
                pass
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.skip("the run finished before a worker could be killed")
    os.kill(children[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    lines = err.decode().strip().splitlines()
    assert proc.returncode == 1, err.decode()
    assert lines[-1].startswith("Error: a worker process stopped unexpectedly:"), lines
    assert "Traceback" not in err.decode()
    runs = score_runs(db)
    assert len(stored_scores(db)) == (runs[-1]["scored"] if runs else 0)
    assert not (tmp_path / "o.jsonl").exists()
