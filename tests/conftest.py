"""Shared test set-up.

Snapshot SVGs live in the top-level snapshots/ folder (one folder per test
module), not beside the tests: syrupy asks the extension class for the folder
through its `dirname` classmethod, so we give pytest-textual-snapshot a
subclass that answers with ours.
"""

from pathlib import Path

import pytest
import pytest_textual_snapshot

SNAPSHOTS = Path(__file__).resolve().parents[1] / "snapshots"


class _TopLevelSVGExtension(pytest_textual_snapshot.SVGImageExtension):
    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(SNAPSHOTS / test_location.basename)


pytest_textual_snapshot.SVGImageExtension = _TopLevelSVGExtension


@pytest.fixture(autouse=True)
def _no_users_own_name(tmp_path_factory, monkeypatch):
    """Tests never read or write the real user's name (supervision_tui.user): an empty config dir."""
    monkeypatch.setenv("SUPERVISION_TUI_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("SUPERVISION_TUI_USER", raising=False)


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    """Cursors that never blink, in every Input and TextArea, even ones mounted later.

    Turning blink off after the fact is not enough: TextArea caches each line under a key that
    leaves the cursor out when blink is off, so a line drawn in the blink's dark phase (the
    timer's 0.5 s passes on a loaded machine) comes back from the cache without its cursor.
    """
    from textual.widgets import Input, TextArea

    for widget in (Input, TextArea):
        monkeypatch.setattr(widget.cursor_blink, "_default", False)


# Pilot tests drive a real app against the clock (timers, workers, screens mounted after a key).
# On a loaded 2-core machine one of ~350 has been seen to lose that race and pass alone. They get
# up to two more tries; a test that fails three times fails, and every rerun is reported ("R").
_RACING_THE_CLOCK = ("test_tui_", "test_dashboard")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name.startswith(_RACING_THE_CLOCK):
            item.add_marker(pytest.mark.flaky(reruns=2))
