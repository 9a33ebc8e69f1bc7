"""Pseudonymised exports: no child's case reference or initials in any format, stable pseudonyms,
the mapping kept in the database and out of every export."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from test_export_formats import KEY, build_db

from supervision_tui.export import FORMATS, Pseudonymiser, export_records, key_fingerprint
from supervision_tui.export.manifest import manifest_path

CASE_REFS = ["LL-77821", "LL-90001", "CMS-204511", "CMS-300912"]
CASE_NUMBERS = ["77821", "90001", "204511", "300912"]
# the children's initials in every form the records use them
INITIALS = [r"K\.?\s?M\.?", r"T\.?\s?W\.?", r"J\.?\s?R\.?", r"A\.\s?B\."]
SINGLE_LETTERS = ["K", "T", "J"]  # single-letter references the records make ("K said", "J (7)")
WORKERS = ["Grace", "Okafor", "Sam", "Whitlock", "Priya", "Shah", "Tom", "Ellery"]


def output_text(path: Path) -> str:
    """Everything a reader of the file can see: for XLSX, every XML part of the zip."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
    return path.read_bytes().decode("utf-8-sig")


def bounded(pattern: str) -> re.Pattern:
    return re.compile(r"(?<![A-Za-z0-9])" + pattern + r"(?![A-Za-z0-9])", re.I if "-" in pattern else 0)


@pytest.fixture
def exports(tmp_path):
    store = build_db(tmp_path / "audit.db", with_scores=True)
    paths = {}
    for fmt in FORMATS:
        out = tmp_path / f"pseudo.{fmt}"
        export_records(store, fmt, out, pseudonymise_key=KEY)
        paths[fmt] = out
    store.close()
    return tmp_path, paths


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_child_identifier_in_any_format(exports, fmt):
    _, paths = exports
    for path in (paths[fmt], manifest_path(paths[fmt])):
        text = output_text(path)
        for ref in CASE_REFS:
            assert not bounded(re.escape(ref)).search(text), (path.name, ref)
            assert ref.replace("-", " ") not in text and ref.replace("-", "") not in text
        for number in CASE_NUMBERS:
            assert not re.search(rf"(?<!\d){number}(?!\d)", text), (path.name, number)
        for pattern in INITIALS:
            m = bounded(pattern).search(text)
            assert not m, (path.name, pattern, text[max(0, m.start() - 60): m.end() + 60])
    # single letters, looked for where only a record's words can be (not in markup or JSON keys)
    if fmt == "jsonl":
        for line in paths[fmt].read_text(encoding="utf-8").splitlines():
            words = " ".join(_strings(json.loads(line)))
            for letter in SINGLE_LETTERS:
                m = re.search(rf"(?<![\w.']){letter}(?![\w]|\.[A-Za-z])", words)
                assert not m, words[max(0, m.start() - 60): m.end() + 60]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_pseudonyms_are_stable_across_exports_and_keys(tmp_path):
    store = build_db(tmp_path / "a.db")
    export_records(store, "jsonl", tmp_path / "1.jsonl", pseudonymise_key=KEY)
    export_records(store, "jsonl", tmp_path / "2.jsonl", pseudonymise_key=KEY)
    export_records(store, "jsonl", tmp_path / "3.jsonl", pseudonymise_key=KEY + "-other")

    def refs(name):
        out = []
        for line in (tmp_path / name).read_text().splitlines():
            out += [(d["case_ref"], d["child_initials"]) for d in json.loads(line)["discussions"]]
        return out

    one, two, three = refs("1.jsonl"), refs("2.jsonl"), refs("3.jsonl")
    assert one == two
    assert all(re.fullmatch(r"CHILD-[0-9A-F]{10}", r) and re.fullmatch(r"C\d\d", i) for r, i in one)
    assert [r for r, _ in one] != [r for r, _ in three]
    # the same child in another database, exported with the same key, gets the same pseudonym
    other = build_db(tmp_path / "b.db")
    export_records(other, "jsonl", tmp_path / "4.jsonl", pseudonymise_key=KEY)
    assert sorted(set(refs("4.jsonl"))) == sorted(set(one))
    store.close()
    other.close()


def test_the_mapping_stays_in_the_database_and_the_key_nowhere(exports):
    tmp_path, paths = exports
    conn = sqlite3.connect(tmp_path / "audit.db")
    rows = conn.execute("SELECT key_id, kind, real_value, pseudonym FROM pseudonyms").fetchall()
    conn.close()
    assert {r[0] for r in rows} == {key_fingerprint(KEY)}
    assert {r[2] for r in rows if r[1] == "case_ref"} >= set(CASE_REFS)
    for fmt, path in paths.items():
        for p in (path, manifest_path(path)):
            text = output_text(p)
            assert KEY not in text
            for _, _, real, pseudo in rows:
                assert real not in text
        manifest = json.loads(manifest_path(path).read_text())
        assert manifest["pseudonymised"] is True and manifest["pseudonym_key_id"] == key_fingerprint(KEY)
    db_text = (tmp_path / "audit.db").read_bytes()
    assert KEY.encode() not in db_text


def test_workers_are_pseudonymised_only_when_asked(tmp_path):
    store = build_db(tmp_path / "a.db")
    export_records(store, "csv", tmp_path / "children.csv", pseudonymise_key=KEY)
    assert "Grace Okafor" in (tmp_path / "children.csv").read_text(encoding="utf-8-sig")
    for fmt in FORMATS:
        out = tmp_path / f"all.{fmt}"
        export_records(store, fmt, out, pseudonymise_key=KEY, pseudonymise_workers=True)
        text = output_text(out) + output_text(manifest_path(out))
        for name in WORKERS:
            assert not re.search(rf"\b{name}\b", text), (fmt, name)
        assert "WORKER-" in text
    store.close()


# --- The scrubber, case by case ---------------------------------------------------------------------


def scrub_with(*children: tuple[str, str], workers: bool = False, names=()):
    p = Pseudonymiser(KEY, workers=workers)
    record = {"discussions": [{"case_ref": r, "child_initials": i} for r, i in children],
              "supervisor": names[0] if names else "", "supervisee": names[1] if len(names) > 1 else "",
              "signoffs": [], "addenda": []}
    p.prepare([record])
    return p, p.scrubber(record)


@pytest.mark.parametrize("text", [
    "K.M. said", "K. M. said", "KM said", "K M said", "K said", "K's school", "K (9) moved", "to K.",
    "ask K, then", "K.M.'s plan", "about K.M.",
])
def test_initials_forms_are_scrubbed(text):
    p, scrub = scrub_with(("LL-77821", "K.M."))
    out = scrub(text)
    assert "K" not in out.replace(p.child_initials("LL-77821", "K.M."), ""), out
    assert p.child_initials("LL-77821", "K.M.") in out


@pytest.mark.parametrize("text", ["LL-77821", "ll-77821", "LL 77821", "LL77821", "ref 77821.", "LL/77821"])
def test_case_reference_forms_are_scrubbed(text):
    p, scrub = scrub_with(("LL-77821", "K.M."))
    out = scrub(text)
    assert "77821" not in out and p.child("LL-77821") in out


def test_words_that_only_look_like_initials_are_kept():
    _, scrub = scrub_with(("LL-77821", "K.M."))
    text = "Kim and KMT met; OK. The kite. 177821 is not the reference."
    assert scrub(text) == text


@pytest.mark.parametrize("text,kept", [
    ("A told SW he wants to see his brother.", False),
    ("For A, most evenings are spent in his room.", False),
    ("A to be seen alone at every visit.", False),
    ("A reached for dad and settled. A arrived in the UK in May.", False),
    ("Everyone is confident A is safe; A needs to be seen alone.", False),
    ("What this means for A: A is still looking after mum.", False),
    ("A's school. A (6) said so.", False),
    ("A plan was agreed. A strategy meeting is booked.", True),
    ("A detailed plan is in place. A MARAC referral was made. A day for her is long.", True),
    ("Plan A is the safety plan; A&E twice; A-level mocks.", True),
    ("I wonder whether I should ask.", True),
])
def test_a_is_scrubbed_unless_it_is_the_article(text, kept):
    p, scrub = scrub_with(("X-1", "A.B."))
    out = scrub(text)
    if kept:
        assert out == text
    else:
        assert not re.search(r"(?<![\w.'])A(?![\w&+-])", out), out
        assert p.child_initials("X-1", "A.B.") in out


def test_i_is_only_scrubbed_when_clearly_a_child():
    p, scrub = scrub_with(("X-2", "I.T."))
    i = p.child_initials("X-2", "I.T.")
    assert scrub("I wonder whether I's plan helps. I (aged 4) cried. IT said.") == (
        f"I wonder whether {i}'s plan helps. {i} (aged 4) cried. {i} said.")
    assert scrub("I is not in school and I says so; I said I would ask.") == (
        f"{i} is not in school and {i} says so; I said I would ask.")


def test_two_children_sharing_a_letter_are_not_confused():
    p, scrub = scrub_with(("X-1", "J.R."), ("X-2", "J.S."))
    out = scrub("J.R. and J.S. are siblings; J said hello.")
    assert out == (f"{p.child_initials('X-1', 'J.R.')} and {p.child_initials('X-2', 'J.S.')} "
                   "are siblings; [child] said hello.")


def test_worker_names_are_scrubbed_from_text_when_asked():
    p, scrub = scrub_with(("X-1", "J.R."), workers=True, names=("Priya Shah", "Tom Ellery"))
    out = scrub("Tom Ellery told Priya; Ms Shah agreed with Tom. Tomorrow J visits.")
    assert not re.search(r"\b(Tom|Ellery|Priya|Shah)\b", out)
    assert "Tomorrow" in out and p.worker("Tom Ellery") in out


def test_a_short_or_missing_key_is_refused():
    with pytest.raises(ValueError, match="at least 16"):
        Pseudonymiser("short")
    with pytest.raises(ValueError, match="needs a key"):
        Pseudonymiser("")


def test_a_pseudonymised_jsonl_export_is_valid_and_imports(exports):
    from supervision_tui.export import ExportedRecord

    _, paths = exports
    for line in paths["jsonl"].read_text(encoding="utf-8").splitlines():
        ExportedRecord.model_validate_json(line)
