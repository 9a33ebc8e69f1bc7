"""Shared test set-up.

Snapshot SVGs live in the top-level snapshots/ folder (one folder per test
module), not beside the tests: syrupy asks the extension class for the folder
through its `dirname` classmethod, so we give pytest-textual-snapshot a
subclass that answers with ours.
"""

from pathlib import Path

import pytest_textual_snapshot

SNAPSHOTS = Path(__file__).resolve().parents[1] / "snapshots"


class _TopLevelSVGExtension(pytest_textual_snapshot.SVGImageExtension):
    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(SNAPSHOTS / test_location.basename)


pytest_textual_snapshot.SVGImageExtension = _TopLevelSVGExtension


import pytest


@pytest.fixture(autouse=True)
def _no_users_own_name(tmp_path_factory, monkeypatch):
    """Tests never read or write the real user's name (supervision_tui.user): an empty config dir."""
    monkeypatch.setenv("SUPERVISION_TUI_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("SUPERVISION_TUI_USER", raising=False)
