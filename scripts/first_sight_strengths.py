#!/usr/bin/env python
"""Write tests/first_sight_strengths.jsonl: for each labelled note in tests/, the rules' strengths as
the rules stood just before that note's set was added to tests/ (its "first sight").

Why: the second reading (scripts/train_second_reading.py) learns how far to trust the rules'
strengths. The rules have since been written from these very notes, so on them today's rules are
nearly always right, and a model trained on today's strengths learns to trust them more than they
deserve on an author they have never read. The rules as they stood before a set was read are
what a new author meets, so the second reading learns from those.

    python scripts/first_sight_strengths.py     # needs git history (a full clone)

For each set, the commit that added it is found with `git log --diff-filter=A`; its parent's
supervision_tui/ is unpacked into a temporary folder (`git archive`) and run, rules alone, in a
fresh interpreter. A set added before the checker existed has no first sight: it is read by the
rules as rubric 2026.12-16 left them (PINNED), so that a later change to the rules leaves the
second reading's training data as it was. Each line carries a hash of the note's text, so an
edited note falls back to today's strengths.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from supervision_tui.models import CRITERIA  # noqa: E402  (today's order, which the trainer reads them in)

OUT = ROOT / "tests" / "first_sight_strengths.jsonl"

# the rules that read the sets added before the checker existed (rubric 2026.12-16's last commit)
PINNED = "3db91f6ea49f11fe75c31539767474a7a61c46e6"

# sets measured and read before they were committed: the rules that first read them (round 15's
# material, first measured on 3db91f6 before any rule changed for it)
FIRST_READ_BY = {
    f"quality_notes_{n}.jsonl": PINNED
    for n in ("hundredfirst", "hundredsecond", "hundredthird", "hundredfourth", "hundredfifth")
}

# run inside the old code: rules alone (the second reading, where it existed, switched off)
_READ = r"""
import hashlib, json, sys
import supervision_tui.quality.checker as checker
from supervision_tui.quality import assess_text
if hasattr(checker, "_use_second"):
    checker._use_second = False
names = json.loads(sys.argv[1])
for path in sys.argv[2:]:
    for i, line in enumerate(open(path, encoding="utf-8")):
        if not line.strip():
            continue
        r = json.loads(line)
        crit = {str(getattr(k, "value", k)): v for k, v in assess_text(r["text"]).criteria.items()}
        print(json.dumps({"set": path.rsplit("/", 1)[-1], "id": r["id"],
                          "text_sha1": hashlib.sha1(r["text"].encode("utf-8")).hexdigest(),
                          "strengths": [crit[c].strength for c in names]}))
"""


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def _read_with(rev: str, paths: list[Path]) -> list[dict] | None:
    """The rules' strengths for `paths` as the checker at `rev` reads them (None: no checker there)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "code.tar"
        try:
            _git("archive", "--format=tar", "-o", str(archive), rev, "supervision_tui")
        except subprocess.CalledProcessError:
            return None
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        if not (Path(tmp) / "supervision_tui" / "quality").is_dir():
            return None
        run = subprocess.run([sys.executable, "-c", _READ, json.dumps(CRITERIA), *map(str, paths)],
                             cwd=tmp, env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"},
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{rev[:7]} could not read its sets:\n{run.stderr[-2000:]}")
        return [json.loads(line) for line in run.stdout.splitlines()]


def main() -> None:
    by_rev: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((ROOT / "tests").glob("quality_notes*.jsonl")):
        if path.name in FIRST_READ_BY:
            by_rev[FIRST_READ_BY[path.name]].append(path)
            continue
        added = _git("log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))).split()
        if not added:
            sys.exit(f"{path.name} is not committed: commit it, then run this again")
        by_rev[added[-1] + "^"].append(path)
    rows: list[dict] = []
    for rev, paths in sorted(by_rev.items()):
        got = _read_with(rev, paths)
        if got is None:
            print(f"{rev[:7]}: no checker there; {len(paths)} set(s) read by {PINNED[:7]}'s rules")
            got = _read_with(PINNED, paths)
            if got is None:
                sys.exit(f"{PINNED[:7]} is not in this clone's history")
        rows.extend(got)
        print(f"{rev[:7]}{'^' if rev.endswith('^') else ''}: {len(got):,} notes in {len(paths)} set(s)")
    rows.sort(key=lambda r: (r["set"], r["id"]))
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows):,} notes")


if __name__ == "__main__":
    main()
