"""Measure the performance targets of DESIGN.md section 7 and print the figures.

    python scripts/benchmark.py                 # 100,000 demo records in a temporary folder
    python scripts/benchmark.py --records 20000 # quicker
    python scripts/benchmark.py --db big.db     # reuse a database made by an earlier run

Each command is run as a separate process on one core and timed from outside;
peak memory is the process's high-water resident size, read from /proc while it runs. Scoring runs on 1, 2
and all cores (the command pinned with taskset, so its default --jobs is that many), as
`score --rescore` over the database and `score --input` over the same notes as distinct free
text, each --repeat times round robin: the machine may be shared, so the median is printed
with the range, and the CPU time a note costs (which noise barely moves) beside it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
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


def _run(cmd: list[str], env: dict | None = None) -> tuple[float, dict[int, int]]:
    """Run cmd; (seconds, high-water resident MB of it and of each child process). Memory is
    read from /proc while it runs: os.wait4's figure would count this benchmark's own memory,
    which a command starts life as a copy of."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        _peak_mb(proc.pid, peaks)
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd[-8:])} failed ({proc.returncode}): {err.strip()[-500:]}")
    return seconds, {"main" if pid == proc.pid else pid: mb for pid, mb in peaks.items()}


def run_measured(args: list[str], env: dict | None = None) -> tuple[float, float]:
    """Run the CLI with args on one core; return (seconds, peak MB)."""
    cmd = CLI + args
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    seconds, peaks = _run(cmd, env)
    return seconds, peaks.get("main", 0)


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


def cores() -> list[int]:
    """The cores this process may use."""
    try:
        return sorted(os.sched_getaffinity(0))
    except AttributeError:
        return list(range(os.cpu_count() or 1))


def _peak_mb(pid: int, peaks: dict[int, int]) -> None:
    """Record the high-water resident size of a process and its children (Linux /proc)."""
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        kids = []
    for p in [pid, *map(int, kids)]:
        try:
            for row in Path(f"/proc/{p}/status").read_text().splitlines():
                if row.startswith("VmHWM:"):
                    peaks[p] = max(peaks.get(p, 0), int(row.split()[1]) // 1024)
        except OSError:
            pass


def run_on(args: list[str], on: list[int]) -> tuple[float, float, str]:
    """Run the CLI pinned to the cores `on` (its default --jobs is then len(on)); return
    (wall seconds, CPU seconds of the command and its workers so far, peak memory)."""
    cmd = CLI + args
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", ",".join(map(str, on)), *cmd]
    seconds, peaks = _run(cmd)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # cumulative: the caller subtracts
    main = peaks.pop("main", 0)
    memory = f"{main} MB" + (f" + {len(peaks)} workers of {max(peaks.values())} MB" if peaks else "")
    return seconds, usage.ru_utime + usage.ru_stime, memory


def _spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):,.0f} ({min(xs):,.0f}-{max(xs):,.0f})" if len(xs) > 1 else f"{xs[0]:,.0f}"


def bench_scoring(db: Path, work: Path, repeat: int) -> None:
    from supervision_tui.models import CaseDiscussion
    from supervision_tui.quality import RUBRIC_VERSION, assess
    from supervision_tui.store import Store

    available = cores()
    steps = sorted({1, min(2, len(available)), len(available)})
    store = Store.open(db)
    n = store.count_discussions()
    # the same notes as free text, one JSON line each, as another system would export them
    notes = work / "notes.jsonl"
    texts = set()
    with notes.open("w", encoding="utf-8") as fh:
        for batch in store.discussions_to_score(RUBRIC_VERSION, rescore=True):
            for did, _, _, body in batch:
                text = CaseDiscussion.model_validate_json(body).full_text()
                texts.add(text)
                fh.write(json.dumps({"id": did, "text": text}) + "\n")
    store.close()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  scoring: {n:,} case discussions ({len(texts):,} distinct texts), {len(available)} cores this "
          f"process may use, each run {repeat}x, load average before {load}")

    # the single-core cost of the checker alone, and of reading, parsing and writing alone
    bodies = [CaseDiscussion.model_validate_json(b) for b in _bodies(db, 3000)]
    t = time.process_time()
    for d in bodies:
        assess(d)
    checker_us = (time.process_time() - t) / len(bodies) * 1e6
    floor = _floor(db)

    rates: dict[tuple[str, int], list[float]] = {}
    cpu: dict[tuple[str, int], list[float]] = {}
    peak: dict[tuple[str, int], str] = {}
    for _ in range(repeat):  # round robin, so that a noisy minute does not hit one setting only
        for k in steps:
            on = available[:k]
            for what, args in (("store", ["score", "--db", str(db), "--rescore"]),
                               ("input", ["score", "--input", str(notes), "--output", str(work / "scored.jsonl")])):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall, cpu_after, peak[(what, k)] = run_on(args, on)
                cpu_s = cpu_after - (before.ru_utime + before.ru_stime)
                rates.setdefault((what, k), []).append(n / wall)
                cpu.setdefault((what, k), []).append(cpu_s / n * 1e6)
    line("checker alone, one core (CPU per note)", f"{checker_us:,.0f} us")
    line("read rows + parse + write a score row, no checking", f"{floor:.1f} s, {n / floor:,.0f} a second")
    for what, label in (("store", "score --rescore (database)"), ("input", "score --input (JSON Lines, distinct)")):
        one = statistics.median(rates[(what, 1)])
        for k in steps:
            r = rates[(what, k)]
            per_note = statistics.median(cpu[(what, k)])
            line(f"{label}, {k} core{'s' if k > 1 else ''}: notes a second", _spread(r),
                 f"CPU {per_note:,.0f} us a note (overhead {per_note - checker_us:,.0f}), peak {peak[(what, k)]}"
                 + ("   target >= 2,000 on 2 cores" if k == 2 else ""))
            if k > 1:
                ideal = k * statistics.median(cpu[(what, 1)]) / per_note
                line(f"  scaling 1 -> {k} cores", f"{statistics.median(r) / one:.2f}x ({statistics.median(r) / one / k:.2f} a core)",
                     f"{ideal:.2f}x if the cores were free (from CPU time)   target >= {0.9 * k:.1f}x")
        top = statistics.median(rates[(what, steps[-1])])
        line(f"  ratio to the read-and-write floor, {steps[-1]} cores", f"{(n / top) / floor:.1f}x")
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  load average after scoring {load}")

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


def _bodies(db: Path, limit: int) -> list[str]:
    from supervision_tui.quality import RUBRIC_VERSION
    from supervision_tui.store import Store

    store = Store.open(db)
    try:
        bodies: list[str] = []
        for batch in store.discussions_to_score(RUBRIC_VERSION, rescore=True):
            bodies.extend(body for _, _, _, body in batch)
            if len(bodies) >= limit:
                break
        return bodies[:limit]
    finally:
        store.close()


def _floor(db: Path) -> float:
    """Seconds to read every row, parse it and write a score row back, with no checking."""
    from supervision_tui.models import CaseDiscussion
    from supervision_tui.quality import RUBRIC_VERSION
    from supervision_tui.store import Store

    store = Store.open(db)
    t = time.perf_counter()
    for batch in store.discussions_to_score(RUBRIC_VERSION, rescore=True):
        rows = []
        for discussion_id, record_id, updated_at, body in batch:
            CaseDiscussion.model_validate_json(body)
            rows.append((discussion_id, record_id, updated_at, "baseline", 0, "inadequate", True, *[False] * 9))
        store.save_score_values(rows)
    floor = time.perf_counter() - t
    store.close()
    return floor


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
    parser.add_argument("--repeat", type=int, default=3, help="runs of each scoring setting (default 3)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="supervision-bench-"))
    db = args.db or work / "bench.db"
    print(f"supervision-tui benchmark, {dt.date.today()}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores (commands pinned to one, scoring to 1, 2 and all)")
    try:
        if not (args.db and args.db.exists()) and "demo" not in args.skip:
            seconds, peak = run_measured(["demo", "--db", str(db), "--records", str(args.records)])
            line(f"demo --records {args.records:,}", f"{seconds:.1f} s, {peak:.0f} MB", "target < 60 s")
            line("  database size", f"{db.stat().st_size / 1e6:,.0f} MB")
        if "store" not in args.skip:
            bench_store(db)
        if "score" not in args.skip:
            bench_scoring(db, work, args.repeat)
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
