"""Audit exports, format by format: what each file holds, and that it holds it safely.

`build_db` is shared with the other test_export_* modules.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from helpers import full_record

from supervision_tui.export import (
    ExportedRecord,
    Selection,
    export_line_schema,
    export_records,
    iter_items,
)
from supervision_tui.export.table import COLUMNS, neutralise
from supervision_tui.models import (
    CRITERIA,
    CaseDiscussion,
    PlanType,
    SignOff,
    SignRole,
    Status,
    SupervisionRecord,
    WorkerSupport,
)
from supervision_tui.store import RecordFilter, Store
from supervision_tui.store import exports as store_exports

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schema" / "export_line.schema.json"
RECORD_SCHEMA = ROOT / "schema" / "supervision_record.schema.json"
FORMULAS = ["=HYPERLINK(\"http://x\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "\rCR"]
KEY = "a-long-enough-test-key-0123456789"


def signed(record: SupervisionRecord, *, agrees: bool = True) -> SupervisionRecord:
    at = dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.timezone.utc)
    return record.model_copy(update={
        "status": Status.agreed,
        "signoffs": [
            SignOff(role=SignRole.supervisor, name=record.supervisor, signed_at=at),
            SignOff(role=SignRole.supervisee, name=record.supervisee, signed_at=at, agrees=agrees,
                    comment="" if agrees else "I disagree: K was seen twice, not once."),
        ],
    })


def km_record() -> SupervisionRecord:
    """A child, K.M. (case LL-77821), written about in every way a manager might."""
    disc = CaseDiscussion(
        case_ref="LL-77821",
        child_initials="K.M.",
        plan_type=PlanType.cic,
        update="K.M. (9) moved placement on Friday; K said the new carers are kind. Case LL-77821.",
        lived_experience="KM told the SW she misses her brother; K's teacher says she is quieter.",
        reflection="I wonder whether K M is grieving the old placement; K. M. needs time.",
        risk="Worry: K goes missing overnight (ref ll 77821). Working well: K (9) talks to her IRO.",
        impact="Since the move K's attendance is 97%.",
        challenge="I asked what evidence shows K is safer now than in placement 77821-B?",
        progress="CiC review due; plan for K on track.",
    )
    other = CaseDiscussion(case_ref="LL-90001", child_initials="T.W.", plan_type=PlanType.cin,
                           update="T.W. (4): T is K's cousin; T said nursery is fun.")
    record = full_record(
        supervisor="Grace Okafor", supervisee="Sam Whitlock", team="Children in Care East",
        date=dt.date(2026, 4, 14), discussions=[disc, other], next_supervision=dt.date(2026, 5, 12),
    )
    record = record.model_copy(update={"worker": record.worker.model_copy(
        update={"wellbeing": "Sam found K's move hard; we talked about it."})})
    return signed(record, agrees=False)


def formula_record() -> SupervisionRecord:
    disc = CaseDiscussion(case_ref="=CMD|' /C calc'!A0", child_initials="Q", update=FORMULAS[1],
                          lived_experience=FORMULAS[0], reflection=FORMULAS[2], risk=FORMULAS[3],
                          impact=FORMULAS[4], challenge=FORMULAS[5])
    return full_record(supervisor="@Manager", supervisee="-Worker", team="=Team", date=dt.date(2026, 2, 1),
                       discussions=[disc], worker=WorkerSupport(wellbeing="=1+1", workload="+44 7700 900000"))


def build_db(path: Path, *, with_scores: bool = False) -> Store:
    """A small store: every kind of record an export meets (signed, with addenda, no discussions)."""
    store = Store.open(path, actor="auditor-test")
    store.import_records([
        full_record(),
        signed(full_record(date=dt.date(2026, 3, 9))),
        km_record(),
        formula_record(),
        full_record(date=dt.date(2026, 1, 5), discussions=[], team="Front Door"),
    ])
    km = next(r for r in store.iter_records() if r.team == "Children in Care East")
    store.add_addendum(km.id, "Grace Okafor", "K.M.'s placement date corrected",
                       "K moved on Friday 10th, not Friday 17th (LL-77821).")
    if with_scores:
        score_all(store)
    return store


def score_all(store: Store) -> None:
    from supervision_tui.quality import assess

    rows = []
    for sr_batch in store_exports.iter_export_batches(store):
        for sr in sr_batch:
            for d in sr.record.discussions:
                a = assess(d)
                rows.append({"discussion_id": d.id, "record_id": sr.record.id, "record_updated_at": sr.updated_at,
                             "rubric_version": a.rubric_version, "score": a.score, "band": a.band.value,
                             "brief_descriptive": a.brief_descriptive,
                             **{c: a.criteria[c].met for c in CRITERIA}})
    store.save_scores(rows)


@pytest.fixture
def store(tmp_path):
    s = build_db(tmp_path / "audit.db")
    yield s
    s.close()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- JSON Lines -------------------------------------------------------------------------------


def test_the_export_line_schema_file_matches_the_model():
    assert SCHEMA.read_text(encoding="utf-8") == export_line_schema(), (
        "schema/export_line.schema.json has drifted: regenerate it from supervision_tui.export.export_line_schema()"
    )


def test_every_jsonl_line_is_valid_against_the_schema(store, tmp_path):
    import jsonschema

    out = tmp_path / "out.jsonl"
    manifest = export_records(store, "jsonl", out)
    lines = read_jsonl(out)
    assert len(lines) == manifest.counts["records"] == 5
    line_schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    record_schema = json.loads(RECORD_SCHEMA.read_text(encoding="utf-8"))
    for line in lines:
        jsonschema.validate(line, line_schema)
        jsonschema.validate({k: v for k, v in line.items() if k != "assessments"}, record_schema)
        ExportedRecord.model_validate(line)
        assert [a["discussion_id"] for a in line["assessments"]] == [d["id"] for d in line["discussions"]]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**lines[0], "colour": "red"}, line_schema)


def test_jsonl_holds_whole_records_with_addenda_and_signoffs(store, tmp_path):
    out = tmp_path / "out.jsonl"
    export_records(store, "jsonl", out)
    lines = read_jsonl(out)
    assert [line["date"] for line in lines] == sorted(line["date"] for line in lines)  # oldest first
    km = next(line for line in lines if line["team"] == "Children in Care East")
    assert km["addenda"][0]["reason"] == "K.M.'s placement date corrected"
    assert [s["role"] for s in km["signoffs"]] == ["supervisor", "supervisee"]
    for line in lines:
        rec = {k: v for k, v in line.items() if k != "assessments"}
        assert SupervisionRecord.model_validate(rec) == store.load(line["id"])


def test_fresh_stored_scores_are_used_and_stale_ones_recomputed(tmp_path):
    store = build_db(tmp_path / "scored.db", with_scores=True)
    out = tmp_path / "out.jsonl"
    export_records(store, "jsonl", out)
    sources = {a["source"] for line in read_jsonl(out) for a in line["assessments"]}
    assert sources == {"stored"}
    line = next(line for line in read_jsonl(out) if line["assessments"])
    assert all(c["strength"] is None for c in line["assessments"][0]["criteria"].values())
    # a draft edited after the score run: its stored scores are stale
    draft = next(r for r in store.iter_records() if r.status == Status.draft and r.discussions)
    store.save(draft.model_copy(update={"caseload": 15}))
    manifest = export_records(store, "jsonl", out)
    by_id = {line["id"]: line for line in read_jsonl(out)}
    assert {a["source"] for a in by_id[draft.id]["assessments"]} == {"computed"}
    assert manifest.assessments["computed"] == len(draft.discussions)
    # --recompute computes everything, with evidence
    manifest = export_records(store, "jsonl", out, recompute=True)
    assert manifest.assessments == {"stored": 0, "computed": manifest.counts["discussions"]}
    store.close()


def test_batched_reading_gives_exactly_what_load_gives(store):
    ids = []
    for batch in store_exports.iter_export_batches(store, batch=2, with_audit=True):
        assert len(batch) <= 2
        for sr in batch:
            assert sr.record == store.load(sr.record.id)
            assert sr.audit == store.audit_entries(sr.record.id)
            ids.append(sr.record.id)
    assert sorted(ids) == sorted(r.id for r in store.iter_records())
    dates = [store.load(i).date for i in ids]
    assert dates == sorted(dates)  # oldest first


def test_filters_and_band(store, tmp_path):
    def count(sel):
        return sum(1 for _ in iter_items(store, sel))

    assert count(Selection()) == 5
    assert count(Selection(RecordFilter(team="Front Door"))) == 1
    assert count(Selection(RecordFilter(status=Status.agreed))) == 2
    assert count(Selection(RecordFilter(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31)))) == 2
    by_band = {}
    for item in iter_items(store, Selection()):
        by_band.setdefault(item.record_band, []).append(item.data["id"])
    for band, ids in by_band.items():
        if band is None:
            continue
        got = [i.data["id"] for i in iter_items(store, Selection(bands=(band,)))]
        assert got == ids
        assert all(i.record_band == band for i in iter_items(store, Selection(bands=(band,))))
    manifest = export_records(store, "csv", tmp_path / "b.csv", Selection(bands=("inadequate",)))
    assert manifest.selection["band"] == ["inadequate"]
    assert manifest.counts["records"] == len(by_band.get("inadequate", []))


# --- CSV --------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", FORMULAS)
def test_neutralise_gives_a_formula_a_leading_apostrophe(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", "", "J (7) said", "5-3", 42, None, "'already"])
def test_neutralise_leaves_other_cells_alone(value):
    assert neutralise(value) == value


def test_csv_one_row_per_discussion_utf8_bom_and_no_formula_can_run(store, tmp_path):
    out = tmp_path / "out.csv"
    manifest = export_records(store, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    body = rows[1:]
    # one row per case discussion, and one for the record with none
    assert len(body) == manifest.counts["discussions"] + 1
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    formula_row = next(r for r in body if r[COLUMNS.index("team")] == "'=Team")
    for name in ("update", "lived_experience", "reflection", "risk", "impact", "challenge"):
        assert formula_row[COLUMNS.index(name)].startswith("'")
    assert formula_row[COLUMNS.index("supervisor")] == "'@Manager"
    assert formula_row[COLUMNS.index("case_ref")] == "'=CMD|' /C calc'!A0"
    first = next(r for r in body if r[COLUMNS.index("case_ref")] == "CMS-204511")
    assert first[COLUMNS.index("score")].isdigit()
    assert first[COLUMNS.index("band")] in ("inadequate", "requires_improvement", "good", "outstanding")
    assert {first[COLUMNS.index(f"met_{c}")] for c in CRITERIA} <= {"yes", "no"}
    empty = next(r for r in body if r[COLUMNS.index("team")] == "Front Door")
    assert empty[COLUMNS.index("discussion_id")] == ""


# --- XLSX -------------------------------------------------------------------------------------


def xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_xlsx_sheets_and_text_is_never_a_formula(store, tmp_path):
    out = tmp_path / "out.xlsx"
    manifest = export_records(store, "xlsx", out)
    with zipfile.ZipFile(out) as z:
        workbook = z.read("xl/workbook.xml").decode()
        sheets = [z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("xl/worksheets/sheet")]
    assert re.findall(r'<sheet name="([^"]+)"', workbook) == ["Discussions", "Records", "Selection"]
    assert all("<f>" not in s for s in sheets)  # no formula cell anywhere
    rows = len(re.findall(r"<row ", sheets[0]))
    assert rows == 1 + manifest.counts["discussions"] + 1
    assert len(re.findall(r"<row ", sheets[1])) == 1 + manifest.counts["records"]
    text = xlsx_text(out)
    assert "=HYPERLINK" in text  # kept, as text


# --- HTML -------------------------------------------------------------------------------------


def test_html_pack_is_self_contained_escaped_and_complete(store, tmp_path):
    km = next(r for r in store.iter_records() if r.team == "Children in Care East")
    store.add_addendum(km.id, "Grace Okafor", "escape test", "<script>alert('x')</script> & <b>bold</b>")
    out = tmp_path / "pack.html"
    manifest = export_records(store, "html", out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert page.count('<article class="record"') == manifest.counts["records"] == 5
    assert page.count('<section class="discussion"') == manifest.counts["discussions"]
    assert "break-before: page" in page and "@media print" in page
    cover = page[: page.index('<article class="record"')]
    assert "5 records" in cover and f"{manifest.counts['discussions']} case discussions" in cover
    # each record: sign-offs, addenda, audit trail; each discussion: the criteria with evidence or prompt
    record_html = page[page.index(f'id="record-{km.id}"'):]
    record_html = record_html[: record_html.index("</article>")]
    for part in ("Sign-offs", "Addenda", "Audit trail", "escape test", "Disagrees", "import", "addendum"):
        assert part in record_html
    assert record_html.count("Met</span>") + record_html.count("Not met</span>") == 9 * len(km.discussions)
    assert "Ask: " in page  # an unmet criterion shows its prompt


# --- Round trip ---------------------------------------------------------------------------------


def test_export_import_export_gives_identical_records(tmp_path):
    from click.testing import CliRunner

    from supervision_tui.cli import cli

    first_db = build_db(tmp_path / "first.db", with_scores=True)
    out1 = tmp_path / "one.jsonl"
    export_records(first_db, "jsonl", out1)
    recomputed1 = tmp_path / "one-recomputed.jsonl"
    export_records(first_db, "jsonl", recomputed1, recompute=True)
    first_db.close()

    second = tmp_path / "second.db"
    result = CliRunner().invoke(cli, ["import", str(out1), "--db", str(second)])
    assert result.exit_code == 0, result.output
    out2 = tmp_path / "two.jsonl"
    result = CliRunner().invoke(cli, ["export", "--db", str(second), "--format", "jsonl", "--out", str(out2)])
    assert result.exit_code == 0, result.output

    def records(path):
        return [{k: v for k, v in line.items() if k != "assessments"} for line in read_jsonl(path)]

    assert records(out1) == records(out2)
    # the second database has no stored scores: its assessments are computed, and equal to
    # the first database's recomputed ones byte for byte
    assert out2.read_bytes() == recomputed1.read_bytes()
    # and the whole database survives: addenda, sign-offs, everything the hash covers
    s = Store.open(second)
    assert s.verify().ok
    s.close()


def test_stored_assessments_are_written_as_json_would_write_them():
    from supervision_tui.export.core import _stored_assessment
    from supervision_tui.export.jsonl import _assessments_json
    from supervision_tui.store.exports import StoredScore

    flags = (True, False, True, True, False, False, True, True, False)
    scores = [
        StoredScore("d-1", "r-1", "2026.11-1", 61, "requires_improvement", False, flags, "t", "s"),
        StoredScore('d-"2"', "r-1", "v\u00e9", 0, "inadequate", True, flags, "t", "s"),
    ]
    assessments = [_stored_assessment(s) for s in scores]
    for _ in range(2):  # the second time from the cache
        assert json.loads(_assessments_json(assessments)) == assessments
    assert json.loads(_assessments_json([])) == []
