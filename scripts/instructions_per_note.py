#!/usr/bin/env python
"""The checker's cost in machine instructions a note, which the machine's load does not move.

    python scripts/instructions_per_note.py --db DEMO.db [--notes 300]

Runs itself twice under valgrind (cachegrind, no cache simulation): once assessing --notes case
discussions of a demo database and once assessing none, after the same start-up and warm-up,
and prints the difference divided by --notes, in millions of instructions a note. Two runs of
the same code agree to about 0.01%, so a change's cost can be read on a busy machine where
timings cannot; `profile_checker.py` says where the time goes. Needs valgrind on PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_WARM = 30  # notes assessed outside the count, to compile the tables and fill the caches


def _run(db: str, notes: int) -> None:
    from supervision_tui.models import CaseDiscussion
    from supervision_tui.quality import RUBRIC_VERSION, assess, assess_text
    from supervision_tui.store import Store

    bodies: list[str] = []
    with Store.open(db, create=False, migrate=False) as store:
        for batch in store.discussions_to_score(RUBRIC_VERSION, rescore=True):
            bodies.extend(body for _, _, _, body in batch)
            if len(bodies) >= _WARM + notes:
                break
    discussions = [CaseDiscussion.model_validate_json(b) for b in bodies]
    for d in discussions[:_WARM]:
        assess(d)
        assess_text(d.full_text())
    for d in discussions[_WARM:_WARM + notes]:
        assess(d)


def _count(db: str, notes: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same set order, so the same instructions
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, __file__, "--db", db, "--notes", str(notes), "--inner"],
        capture_output=True, text=True, env=env, check=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if m is None:
        raise SystemExit(f"instructions_per_note: valgrind printed no count:\n{out.stderr[-500:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a demo database (only read)")
    ap.add_argument("--notes", type=int, default=300)
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not Path(args.db).is_file():
        print(f"instructions_per_note: no database at {args.db}", file=sys.stderr)
        return 2
    if args.inner:
        _run(args.db, args.notes)
        return 0
    if shutil.which("valgrind") is None:
        print("instructions_per_note: valgrind is not installed", file=sys.stderr)
        return 2
    per_note = (_count(args.db, args.notes) - _count(args.db, 0)) / args.notes
    print(f"{per_note / 1e6:.3f} M instructions a note (assess over {args.notes} case discussions of {args.db})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
