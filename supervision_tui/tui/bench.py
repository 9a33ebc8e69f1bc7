"""Measurements for the benchmark script (DESIGN.md section 7), through Textual's Pilot.

    from supervision_tui.tui.bench import measure_startup, measure_keystroke
    measure_startup(db_path)    # seconds from the command starting to the home screen filled and usable
    measure_keystroke(db_path)  # ms to re-assess and redraw the panel after a keystroke (2,000 words)
    measure_typing(db_path)     # ms for the keystroke itself (edit + redraw) in that answer
    measure_assess()            # ms for the checker alone on a 2,000-word discussion

Neither changes `db_path`: `measure_keystroke` works on a copy of it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_STARTUP_CHILD = r"""
import sys, time
t0 = float(sys.argv[2])
import supervision_tui.cli  # what the console script imports first
import asyncio
from supervision_tui.store import Store
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.screens.home import HomeScreen

async def main():
    store = Store.open(sys.argv[1])
    app = SupervisionApp(store, offer_draft=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, HomeScreen) and app.screen.ready):
            await asyncio.sleep(0.002)
        print(time.time() - t0, flush=True)
        app.exit()

asyncio.run(main())
"""


def measure_startup(db_path: str | Path, runs: int = 5) -> float:
    """Median seconds from a fresh interpreter starting to the home screen filled and interactive.

    Includes the interpreter's own start, importing the CLI and the app, opening the
    store and the first page of every table: what a manager waits for. Each run is a
    new process (nothing cached in memory).
    """
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STARTUP_CHILD, str(db_path), repr(time.time())],
                             capture_output=True, text=True, check=True, timeout=120)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def _long_answer(words: int = 2000) -> str:
    sentence = (
        "K told Tom she likes it when it is quiet at home, and I think her quieter behaviour at school "
        "reflects less conflict, although it could also mean she is withdrawn, so we need the school's view. "
    )
    n = len(sentence.split())
    text = (sentence * (words // n + 1)).split()[:words]
    # paragraphs of about 120 words, as a manager writes them
    return "\n\n".join(" ".join(text[i:i + 120]) for i in range(0, len(text), 120))


async def _keystrokes(db_path: Path, presses: int) -> dict[str, list[float]]:
    from ..models import CaseDiscussion, SupervisionRecord
    from ..store import Store
    from .app import SupervisionApp
    from .screens.supervision import SupervisionScreen
    from .steps import steps_for
    from .widgets.quality_panel import QualityPanel

    store = Store.open(db_path)
    try:
        record = SupervisionRecord(supervisor="bench", supervisee="bench", date=dt.date.today(),
                                   discussions=[CaseDiscussion(case_ref="BENCH-1", child_initials="K",
                                                               reflection=_long_answer())])
        app = SupervisionApp(store, offer_draft=False)
        timings: dict[str, list[float]] = {"keystroke": [], "reassess": []}
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            at = next(i for i, s in enumerate(steps_for(record)) if s.field == "reflection")
            app.open_flow(record, start_at=at)
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, SupervisionScreen), screen
            assert screen.step.field == "reflection", screen.step
            panel = screen.query_one(QualityPanel)
            for i in range(presses):
                # CPU time, not wall time: Pilot's own waits for idle are not the app's work.
                t0 = time.process_time()
                await pilot.press("x" if i % 2 == 0 else "backspace")  # the edit and its redraw
                await pilot.pause()
                t1 = time.process_time()
                screen.reassess_now()  # what the debounce timer runs 150 ms after the last key
                await pilot.pause()  # until the panel has been redrawn
                t2 = time.process_time()
                timings["keystroke"].append((t1 - t0) * 1000)
                timings["reassess"].append((t2 - t1) * 1000)
            assert panel.assessment is not None
            screen.dirty = False  # leave nothing behind
        return timings
    finally:
        store.close()


def _measure(db_path: str | Path, presses: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.db"
        src = Path(db_path)
        if src.exists():
            shutil.copy(src, copy)
        timings = asyncio.run(_keystrokes(copy, presses))
    # (median, slowest) after the first five, which warm caches up
    return {k: (statistics.median(v[5:] or v), max(v[5:] or v)) for k, v in timings.items()}


def measure_keystroke(db_path: str | Path, presses: int = 40) -> tuple[float, float]:
    """Median and slowest ms to re-assess the child and redraw the quality panel after a
    keystroke in a 2,000-word answer (the work the 150 ms debounce runs; the edit itself is
    not included).

    Process CPU time from `reassess_now()` to the screen redrawn. Runs on a copy of the
    database, so the one measured is never changed.
    """
    return _measure(db_path, presses)["reassess"]


def measure_typing(db_path: str | Path, presses: int = 40) -> tuple[float, float]:
    """Median and slowest ms for the keystroke itself in a 2,000-word answer: the edit and its
    redraw (no re-assessment: the debounce keeps the checker out of the keystroke)."""
    return _measure(db_path, presses)["keystroke"]


def measure_assess(words: int = 2000, runs: int = 50) -> float:
    """Median ms to assess one child's discussion with a `words`-word answer as the live panel
    does (the assessment, every box's own verdict, the next question): the checker alone."""
    from ..models import CaseDiscussion
    from ..quality import assess_boxes, next_prompt

    d = CaseDiscussion(case_ref="BENCH-1", child_initials="K", reflection=_long_answer(words))
    timings = []
    for _ in range(runs):
        t0 = time.perf_counter()
        next_prompt(assess_boxes(d)[0])
        timings.append((time.perf_counter() - t0) * 1000)
    return statistics.median(timings)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Time the TUI's start-up and a keystroke in a 2,000-word answer.")
    parser.add_argument("db", help="an existing database, e.g. one made by `supervision-tui demo`")
    db = parser.parse_args().db
    if not Path(db).exists():
        parser.error(f"no database at {db}")
    print(f"start-up: {measure_startup(db):.3f} s")
    figures = _measure(db, 40)
    print("re-assess + redraw panel after a keystroke (2,000 words): %.1f ms median, %.1f ms slowest"
          % figures["reassess"])
    print("the keystroke itself, edit + redraw (2,000 words): %.1f ms median, %.1f ms slowest" % figures["keystroke"])
    print(f"assess alone (2,000 words): {measure_assess():.1f} ms")
