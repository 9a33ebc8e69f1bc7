"""`supervision-tui check`, through click's CliRunner on the command itself."""

from __future__ import annotations

import json

from click.testing import CliRunner

from supervision_tui.cli.quality_cmds import check
from supervision_tui.models import CaseDiscussion

from helpers import full_record

NOTE = (
    "Ana (9), CIN. Ana told SW she hides in her room when her parents argue. I think she is keeping "
    "out of the way to stay safe. SW to see Ana alone at school by 20/11."
)


def test_free_text_from_stdin_renders_a_table():
    r = CliRunner().invoke(check, ["-"], input=NOTE)
    assert r.exit_code == 0, r.output
    assert "score" in r.output and "/100" in r.output
    assert "Lived experience" in r.output and "✓" in r.output and "✗" in r.output
    assert "Next:" in r.output


def test_free_text_file_json(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text(NOTE, encoding="utf-8")
    r = CliRunner().invoke(check, [str(p), "--json"])
    assert r.exit_code == 0, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1
    out = json.loads(lines[0])
    assert out["band"] in {"inadequate", "requires_improvement", "good", "outstanding"}
    assert set(out["criteria"]) >= {"depth", "reflection", "actions"}
    assert {"met", "strength", "evidence", "prompt"} <= set(out["criteria"]["actions"])
    assert "id" not in out


def test_case_discussion_json_carries_its_id():
    d = CaseDiscussion(child_initials="A", lived_experience="A said she likes her new teacher.")
    r = CliRunner().invoke(check, ["--json"], input=d.model_dump_json())
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["id"] == d.id
    assert out["criteria"]["lived_experience"]["met"]


def test_whole_record_assesses_each_discussion():
    rec = full_record()
    r = CliRunner().invoke(check, ["--json", "-"], input=rec.model_dump_json())
    assert r.exit_code == 0, r.output
    outs = [json.loads(line) for line in r.output.strip().splitlines()]
    assert [o["id"] for o in outs] == [d.id for d in rec.discussions]
    r2 = CliRunner().invoke(check, ["-"], input=rec.model_dump_json())
    assert r2.exit_code == 0 and r2.output.count("score") == 2


def test_missing_file_is_one_clear_error(tmp_path):
    r = CliRunner().invoke(check, [str(tmp_path / "nope.txt")])
    assert r.exit_code != 0
    assert "no such file" in r.output
    assert "Traceback" not in r.output


def test_malformed_json_is_one_clear_error():
    r = CliRunner().invoke(check, ["-"], input='{"update": "unterminated')
    assert r.exit_code != 0
    assert "malformed JSON" in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_invalid_record_is_one_clear_error():
    r = CliRunner().invoke(check, ["-"], input=json.dumps({"update": "x", "colour": "blue"}))
    assert r.exit_code != 0
    assert "colour" in r.output


def test_empty_input_is_an_error():
    r = CliRunner().invoke(check, ["-"], input="   \n")
    assert r.exit_code != 0
