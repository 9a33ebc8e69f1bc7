"""Hostile notes (scripts/hostile_inputs.py) are read without error and scored within 0-100."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from supervision_tui.quality import assess_text

_spec = importlib.util.spec_from_file_location("hostile_inputs", Path(__file__).parents[1] / "scripts" / "hostile_inputs.py")
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)


def test_every_hostile_probe_is_assessed():
    for name, text in hostile.PROBES.items():
        a = assess_text(text[:20000])
        assert 0 <= a.score <= 100, name

