"""A reader that stops early (`report | head`) ends the command quietly, not with an error."""

import json
import os
import subprocess
import sys

import pytest

from supervision_tui.store import Store


def _run_into_closed_pipe(args, cwd):
    read, write = os.pipe()
    os.close(read)  # the reader has gone before the first line is written
    try:
        proc = subprocess.run([sys.executable, "-m", "supervision_tui.cli", *args], stdout=write,
                              stderr=subprocess.PIPE, cwd=cwd, timeout=120)
    finally:
        os.close(write)
    return proc


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Note {i}: seen at home, said she is happy."}) + "\n"
                            for i in range(400)))  # more than a pipe's buffer: the error comes mid-run
    return path


def test_score_input_into_a_closed_pipe_ends_quietly(notes, tmp_path):
    proc = _run_into_closed_pipe(["score", "--input", str(notes), "--json", "--jobs", "1"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.decode() == ""


def test_report_into_a_closed_pipe_ends_quietly(tmp_path):
    db = tmp_path / "x.db"
    Store.open(db).close()
    before = db.read_bytes()
    proc = _run_into_closed_pipe(["report", "--db", str(db)], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.decode() == ""
    assert db.read_bytes() == before
