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
