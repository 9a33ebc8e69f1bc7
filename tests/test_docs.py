"""The README stays true: every command is documented, and the quick start is what CI runs."""

from pathlib import Path

import pytest

from supervision_tui.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert f"supervision-tui {name}" in README


def test_ci_runs_the_readmes_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
    assert command in README
    assert command.replace("pip install", "pip install -q") in ci
