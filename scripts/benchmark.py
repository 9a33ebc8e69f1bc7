"""Measure the performance targets of DESIGN.md section 7 and print the figures.

    python scripts/benchmark.py                 # 100,000 demo records in a temporary folder
    python scripts/benchmark.py --records 20000 # quicker
    python scripts/benchmark.py --db big.db     # reuse a database made by an earlier run

Each command is run as a separate process on one core and timed from outside;
peak memory is the process's own maximum resident set size (os.wait4).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLI = [sys.executable, "-m", "supervision_tui.cli"]


def run_measured(args: list[str], env: dict | None = None) -> tuple[float, float]:
    """Run the CLI with args on one core; return (seconds, peak MB)."""
    cmd = CLI + args
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err.strip()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def line(label: str, value: str, target: str = "") -> None:
    print(f"  {label:<52} {value:>18}   {target}")


def bench_store(db: Path) -> None:
    from supervision_tui.store import RecordFilter, Store

    store = Store.open(db)
    total = store.count()
    queries = ["school attendance", "missing overnight", "domestic abuse", "breakfast", "PLO", "strategy discussion", "nursery"]
    for q in queries:  # warm the page cache, as a running app would be
        store.search(q)
    times = []
    for q in queries:
        t = time.perf_counter()
        store.search(q, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    line("full-text search, 20 hits (median / max)", f"{statistics.median(times):.1f} / {max(times):.1f} ms", "target < 50 ms")
    t = time.perf_counter()
    store.list_records(limit=50)
    first = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    store.list_records(limit=50, offset=total // 2)
    middle = (time.perf_counter() - t) * 1000
    teams = [r[0] for r in store.db.execute("SELECT DISTINCT team FROM records LIMIT 1")]
    t = time.perf_counter()
    store.list_records(RecordFilter(team=teams[0]) if teams else None, limit=50)
    filtered = (time.perf_counter() - t) * 1000
    line("record list: first page / middle page / by team", f"{first:.1f} / {middle:.1f} / {filtered:.1f} ms")
    t = time.perf_counter()
    result = store.verify()
    line("verify (integrity + audit chain + record hashes)", f"{time.perf_counter() - t:.1f} s", "ok" if result.ok else "FAILED")
    store.close()


def bench_scoring(db: Path) -> None:
    from supervision_tui.quality import RUBRIC_VERSION, assess
    from supervision_tui.models import CaseDiscussion
    from supervision_tui.store import Store

    store = Store.open(db)
    n = store.db.execute("SELECT count(*) FROM discussions").fetchone()[0]
    store.close()
    seconds, peak = run_measured(["score", "--db", str(db), "--rescore"])
    line(f"score --rescore: {n:,} case discussions", f"{seconds:.1f} s, {peak:.0f} MB")
    line("  notes scored per second (one core, whole command)", f"{n / seconds:,.0f}", "target >= 5,000")
    # The floor: read the same rows and write a score row back, no checking.
    store = Store.open(db)
    t = time.perf_counter()
    for batch in store.discussions_to_score(RUBRIC_VERSION, rescore=True):
        rows = []
        for discussion_id, record_id, updated_at, body in batch:
            CaseDiscussion.model_validate_json(body)
            rows.append({"discussion_id": discussion_id, "record_id": record_id, "rubric_version": "baseline",
                         "score": 0, "band": "inadequate", "brief_descriptive": 1, "record_updated_at": updated_at,
                         **{c: 0 for c in ("depth", "reflection", "lived_experience", "child_impact", "risk",
                                           "challenge", "decisions", "actions", "progress")}})
        store.save_scores(rows)
    floor = time.perf_counter() - t
    store.close()
    line("  read rows + write a score row, no checking", f"{floor:.1f} s")
    line("  ratio of scoring to that floor", f"{seconds / floor:.1f}x", "target <= 5x")
    # put the real scores back
    run_measured(["score", "--db", str(db), "--rescore"])
    seconds, _ = run_measured(["score", "--db", str(db)])
    line("score again with nothing changed", f"{seconds:.2f} s")

    words = ("Jay told the SW he is scared when dad shouts at night and hides under the stairs. "
             "I wonder whether the missed appointments are about mum's low mood rather than defiance. ").split()
    long_note = " ".join((words * (2000 // len(words) + 1))[:2000])
    discussion = CaseDiscussion(case_ref="X", child_initials="J", update=long_note[: len(long_note) // 2],
                                reflection=long_note[len(long_note) // 2:])
    try:  # the collector as the app sets it once a step is drawn
        from supervision_tui.tui.memory import settle_memory
        settle_memory()
    except ImportError:
        pass
    times = []
    for _ in range(60):
        t = time.perf_counter()
        assess(discussion)
        times.append((time.perf_counter() - t) * 1000)
    line("re-assess a 2,000-word case discussion (median / max)", f"{statistics.median(times):.1f} / {max(times):.1f} ms", "target < 16 ms")


def bench_report(db: Path) -> None:
    seconds, peak = run_measured(["report", "--db", str(db), "--format", "json"])
    line("report (all figures, json)", f"{seconds:.1f} s, {peak:.0f} MB")


def bench_export(db: Path, out_dir: Path) -> None:
    for fmt in ("csv", "jsonl", "xlsx", "html"):
        out = out_dir / f"export.{fmt}"
        seconds, peak = run_measured(["export", "--db", str(db), "--format", fmt, "--out", str(out)])
        size = out.stat().st_size / 1e6
        line(f"export --format {fmt}", f"{seconds:.1f} s, {peak:.0f} MB", f"{size:,.0f} MB written")


def bench_tui(db: Path) -> None:
    try:
        from supervision_tui.tui import bench
    except ImportError:
        line("TUI", "not built yet")
        return
    startup = bench.measure_startup(db)
    line("TUI start-up to the first screen interactive", f"{startup:.2f} s", "target < 0.6 s")
    median, slowest = bench.measure_keystroke(db, presses=100)
    line("keystroke in a 2,000-word answer: re-assess + redraw (median / max)", f"{median:.1f} / {slowest:.1f} ms",
         "target < 16 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse this database instead of making a new one")
    parser.add_argument("--skip", action="append", default=[], help="demo, store, score, report, export, tui")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="supervision-bench-"))
    db = args.db or work / "bench.db"
    print(f"supervision-tui benchmark, {dt.date.today()}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores (commands pinned to one)")
    try:
        if not (args.db and args.db.exists()) and "demo" not in args.skip:
            seconds, peak = run_measured(["demo", "--db", str(db), "--records", str(args.records)])
            line(f"demo --records {args.records:,}", f"{seconds:.1f} s, {peak:.0f} MB", "target < 60 s")
            line("  database size", f"{db.stat().st_size / 1e6:,.0f} MB")
        if "store" not in args.skip:
            bench_store(db)
        if "score" not in args.skip:
            bench_scoring(db)
        if "report" not in args.skip:
            bench_report(db)
        if "export" not in args.skip:
            bench_export(db, work)
        if "tui" not in args.skip:
            bench_tui(db)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
