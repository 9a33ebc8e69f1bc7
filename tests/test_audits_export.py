"""Audits travel with their records: JSON Lines (and back in by import), the HTML pack, the XLSX;
and `export --ids` makes an audit pack of exactly a sample's records."""

from __future__ import annotations

import csv
import json
import zipfile

import pytest
from click.testing import CliRunner
from test_audits import _audit, build

from supervision_tui.cli import cli
from supervision_tui.models import Band
from supervision_tui.store import Store
from supervision_tui.store.audits import audits_for, save_audits


@pytest.fixture
def store(tmp_path):
    s = build(tmp_path / "a.db")
    first = save_audits(s, [_audit(auditor_band=Band.good, comment="Clear <b>analysis</b> of J.R.'s week")])[0]
    save_audits(s, [_audit(went_well="Better now")])  # supersedes the first
    save_audits(s, [_audit(record_id="rec-002", auditor="Bob")])
    s.first_audit = first
    yield s
    s.close()


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_jsonl_carries_every_audit_and_import_reads_them_back(store, tmp_path):
    out = tmp_path / "x.jsonl"
    assert run("export", "--db", store.path, "--format", "jsonl", "--out", out).exit_code == 0
    lines = {json.loads(line)["id"]: json.loads(line) for line in out.read_text().splitlines()}
    assert [a["auditor"] for a in lines["rec-001"]["audits"]] == ["Ann", "Ann"]
    assert lines["rec-001"]["audits"][1]["supersedes"] == store.first_audit.id
    assert "audits" not in lines["rec-003"]  # no audit, no key: exports of unaudited records unchanged
    result = run("import", "--db", tmp_path / "b.db", out)
    assert result.exit_code == 0, result.output
    other = Store.open(tmp_path / "b.db")
    got = audits_for(other, "rec-001")
    assert [(a.id, current) for a, current in got] == [(a.id, current) for a, current in audits_for(store, "rec-001")]
    assert got[1][0] == store.first_audit
    assert other.verify().ok
    assert [e.detail.get("via") for e in other.audit_entries() if e.action == "audit"] == ["import"] * 3
    other.close()
    again = tmp_path / "y.jsonl"
    assert run("export", "--db", tmp_path / "b.db", "--format", "jsonl", "--out", again).exit_code == 0
    strip = lambda t: [{k: v for k, v in json.loads(x).items() if k != "assessments"} for x in t.splitlines()]  # noqa: E731
    assert strip(again.read_text()) == strip(out.read_text())


def test_an_import_whose_audit_names_a_discussion_of_another_record_changes_nothing(store, tmp_path):
    out = tmp_path / "x.jsonl"
    run("export", "--db", store.path, "--format", "jsonl", "--out", out)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    for line in lines:
        if line["id"] == "rec-002":
            line["audits"][0]["discussions"][0]["discussion_id"] = "d-003-0"
    out.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = run("import", "--db", tmp_path / "b.db", out)
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1 and "names case discussion d-003-0" in result.output
    other = Store.open(tmp_path / "b.db")
    assert other.count() == 0
    other.close()


def test_html_and_xlsx_show_the_audits(store, tmp_path):
    html = tmp_path / "x.html"
    assert run("export", "--db", store.path, "--format", "html", "--out", html).exit_code == 0
    text = html.read_text()
    assert "<h3>Audits</h3>" in text
    assert "Clear &lt;b&gt;analysis&lt;/b&gt; of J.R.&#x27;s week" in text  # escaped, never markup
    assert "superseded by a later audit" in text and "Better now" in text
    xlsx = tmp_path / "x.xlsx"
    assert run("export", "--db", store.path, "--format", "xlsx", "--out", xlsx).exit_code == 0
    with zipfile.ZipFile(xlsx) as z:
        workbook = z.read("xl/workbook.xml").decode()
        sheet = z.read("xl/worksheets/sheet3.xml").decode()  # Discussions, Records, Audits
    assert 'name="Audits"' in workbook
    assert "auditor_comment" in sheet and "Clear &lt;b&gt;analysis&lt;/b&gt;" in sheet


def test_a_pseudonymised_export_scrubs_the_child_in_audits(store, tmp_path, monkeypatch):
    monkeypatch.setenv("SUPERVISION_TUI_PSEUDONYM_KEY", "k" * 20)
    out = tmp_path / "p.jsonl"
    result = run("export", "--db", store.path, "--format", "jsonl", "--pseudonymise", "--out", out)
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "J.R." not in text and "CMS-1" not in text
    line = next(json.loads(x) for x in text.splitlines() if json.loads(x)["id"] == "rec-001")
    assert "J.R." not in line["audits"][0]["discussions"][0]["comment"]


def test_export_ids_makes_an_audit_pack_of_exactly_the_sample(store, tmp_path):
    sample = tmp_path / "sample.csv"
    assert run("sample", "--db", store.path, "--size", "2", "--seed", "3", "--out", sample).exit_code == 0
    wanted = {r["record_id"] for r in csv.DictReader(sample.open(encoding="utf-8-sig"))}
    assert len(wanted) == 2
    out = tmp_path / "pack.jsonl"
    result = run("export", "--db", store.path, "--format", "jsonl", "--ids", sample, "--out", out)
    assert result.exit_code == 0, result.output
    assert {json.loads(x)["id"] for x in out.read_text().splitlines()} == wanted
    manifest = json.loads((tmp_path / "pack.jsonl.manifest.json").read_text())
    assert manifest["selection"]["records_listed"] == 2
    # one id a line works too; an id not in the database changes nothing and says so
    ids = tmp_path / "ids.txt"
    ids.write_text("rec-003\nnot-a-record\n")
    before = len(store.audit_entries())
    result = run("export", "--db", store.path, "--format", "jsonl", "--ids", ids, "--out", tmp_path / "z.jsonl")
    assert result.exit_code != 0
    assert result.output.strip() == f"Error: {ids}: 1 of 2 ids are not records in this database (the first: not-a-record)"
    assert not (tmp_path / "z.jsonl").exists() and len(store.audit_entries()) == before
