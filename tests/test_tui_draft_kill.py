"""Drafts are never lost: kill -9 the app mid-typing, reopen, and the draft is offered back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from test_tui_support import TODAY, build_store, settle

from supervision_tui.store import Store
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.screens.supervision import AUTOSAVE_S, SupervisionScreen

TYPED = "K told Ama that she hides under the stairs when dad shouts"

CHILD = textwrap.dedent(
    f"""
    import asyncio, datetime as dt, sys, time
    from supervision_tui.store import Store
    from supervision_tui.tui.app import SupervisionApp

    async def main():
        store = Store.open(sys.argv[1], actor="priya")
        app = SupervisionApp(store, today=dt.date(2026, 3, 10), supervisor="Priya Shah")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
            await pilot.press(*"Ama", "ctrl+n")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press(*"CMS-777", "ctrl+n", "ctrl+n")
            await pilot.pause()
            for ch in {TYPED!r}:
                await pilot.press("space" if ch == " " else ch)
            await asyncio.sleep({AUTOSAVE_S} + 1.5)  # an autosave tick, with no field left
            print("TYPED", flush=True)
            for ch in " and then":  # still typing when the terminal dies
                await pilot.press("space" if ch == " " else ch)
            time.sleep(60)

    asyncio.run(main())
    """
)


async def test_a_killed_app_gives_the_draft_back(tmp_path):
    db = tmp_path / "kill.db"
    build_store(db).close()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "SUPERVISION_TUI_ACTOR": "priya"})
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("TYPED") or not line:
                break
        assert line.startswith("TYPED"), "the child app never got to typing"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    store = Store.open(db, actor="priya")
    try:
        app = SupervisionApp(store, today=TODAY, supervisor="Priya Shah")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert type(app.screen).__name__ == "ResumeDraftModal"
            await pilot.press("enter")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SupervisionScreen)
            assert screen.record.supervisee == "Ama"
            assert screen.record.discussions[0].case_ref == "CMS-777"
            assert screen.step.field == "update"
            text = screen.query_one("#answer").text
            # everything typed before the autosave tick is back; at most the last seconds are lost
            assert text.startswith(TYPED)
    finally:
        store.close()
