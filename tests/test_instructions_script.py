"""scripts/instructions_per_note.py: the cost measure's bad input gets one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "instructions_per_note.py"


def test_a_missing_database_is_one_clear_line_and_a_non_zero_exit(tmp_path):
    missing = tmp_path / "nope.db"
    out = subprocess.run([sys.executable, str(SCRIPT), "--db", str(missing)], capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip() == f"instructions_per_note: no database at {missing}"
    assert not missing.exists()
