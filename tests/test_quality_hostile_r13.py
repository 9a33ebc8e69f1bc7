"""Hostile notes are read without error and meet nothing they only repeat (round 13's patterns)."""
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


def test_headings_alone_meet_no_decision_and_scare_quotes_are_no_voice():
    assert not assess_text("Dec: " * 50).criteria["decisions"].met
    assert not assess_text("He was threatened over a 'debt' and a 'friend' drives him.").criteria["lived_experience"].met
