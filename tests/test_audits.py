"""Audits in the store, the auditor's spreadsheet (`sample`) and `audit import`."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest
from click.testing import CliRunner

from supervision_tui.cli import cli
from supervision_tui.models import CRITERIA, Audit, Band, CaseDiscussion, DiscussionAudit, Status, SupervisionRecord
from supervision_tui.reports.sample import SAMPLE_COLUMNS
from supervision_tui.store import Store, StoreError
from supervision_tui.store.audits import audits_for, current_audits, save_audits

CHECKER = {c: c in ("depth", "risk", "actions") for c in CRITERIA}  # the checker said yes to three


def _record(i: int, status=Status.completed, children=2) -> SupervisionRecord:
    return SupervisionRecord(
        id=f"rec-{i:03d}", team="Team A" if i % 2 else "Team B", supervisor="Priya Shah",
        supervisee=f"Worker {i % 3}", date=dt.date(2026, 1, 1) + dt.timedelta(days=i), status=status,
        discussions=[CaseDiscussion(id=f"d-{i:03d}-{k}", case_ref=f"CMS-{i}{k}", child_initials="J.R.",
                                    update="Seen at home.") for k in range(children)],
    )


def build(path, n=6) -> Store:
    store = Store.open(path, actor="test")
    records = [_record(i, status=Status.draft if i == 0 else Status.completed) for i in range(n)]
    store.import_records(records)
    store.save_scores(
        {"discussion_id": d.id, "record_id": r.id, "record_updated_at": "x", "rubric_version": "test",
         "score": 40, "band": "requires_improvement", "brief_descriptive": False, **CHECKER}
        for r in records for d in r.discussions
    )
    return store


@pytest.fixture
def store(tmp_path):
    s = build(tmp_path / "a.db")
    yield s
    s.close()


def _audit(record_id="rec-001", auditor="Ann", went_well="Clear actions.", **changes) -> Audit:
    values = dict(discussion_id=f"d-{record_id[4:]}-0", checker_band=Band.requires_improvement,
                  auditor_band=Band.requires_improvement, checker=CHECKER, auditor=dict(CHECKER))
    d = DiscussionAudit(**{**values, **changes})
    return Audit(record_id=record_id, auditor=auditor, discussions=[d], went_well=went_well)


def test_an_audit_is_saved_logged_and_verified(store):
    (saved,) = save_audits(store, [_audit()])
    assert [a.id for a, current in audits_for(store, "rec-001") if current] == [saved.id]
    entry = store.audit_entries("rec-001")[-1]
    assert entry.action == "audit" and entry.detail["audit_id"] == saved.id
    assert len(entry.detail["audit_hash"]) == 64
    assert store.verify().ok


def test_a_submitted_audit_cannot_be_edited_or_deleted_only_superseded(store):
    (first,) = save_audits(store, [_audit()])
    with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
        store.db.execute("UPDATE audits SET auditor = 'Bob' WHERE id = ?", [first.id])
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        store.db.execute("DELETE FROM audits WHERE id = ?", [first.id])
    (second,) = save_audits(store, [_audit(went_well="x")])
    assert second.supersedes == first.id  # the same auditor again: supersedes
    (other,) = save_audits(store, [_audit(auditor="Bob")])
    assert other.supersedes is None  # another auditor: a second opinion, both current
    assert sorted(a.audit.auditor for a in current_audits(store)) == ["Ann", "Bob"]
    assert [(a.id, c) for a, c in audits_for(store, "rec-001")][-1] == (first.id, False)


def test_verify_catches_an_audit_changed_or_removed_behind_the_apps_back(store, tmp_path):
    (saved,) = save_audits(store, [_audit()])
    store.db.execute("DROP TRIGGER audits_no_update")
    store.db.execute("UPDATE audits SET body = replace(body, 'Clear actions.', 'Poor.') WHERE id = ?", [saved.id])
    store.db.conn.commit()
    assert any(f"audit {saved.id} does not match" in p for p in store.verify().problems)
    store.db.execute("DROP TRIGGER audits_no_delete")
    store.db.execute("DELETE FROM audits")
    store.db.conn.commit()
    assert any(f"audit {saved.id} is in the audit log but not" in p for p in store.verify().problems)


def test_an_override_needs_a_comment_and_an_audit_its_own_records_discussions(store):
    with pytest.raises(ValueError, match="needs a comment"):
        _audit(auditor_band=Band.good)
    assert _audit(auditor_band=Band.good, comment="Better than the checker says").discussions[0].overrides() == ["band"]
    bad = _audit().model_copy(update={"record_id": "rec-002"})
    before = len(store.audit_entries())
    with pytest.raises(StoreError, match="not in record rec-002"):
        save_audits(store, [_audit(auditor="Cy"), bad])  # all or nothing
    assert len(store.audit_entries()) == before and list(current_audits(store)) == []


# --- the sample file -----------------------------------------------------------------------


def _sample(store, tmp_path, *extra) -> list[dict]:
    out = tmp_path / "sample.csv"
    result = CliRunner().invoke(cli, ["sample", "--db", str(store.path), "--size", "3", "--seed", "1",
                                      "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(out.open(encoding="utf-8-sig")))


def test_the_sample_has_one_row_per_case_discussion_with_exactly_the_issues_columns(store, tmp_path):
    rows = _sample(store, tmp_path)
    assert list(rows[0]) == [
        "record_id", "discussion_id", "date", "team", "supervisor", "supervisee", "child",
        "checker_score", "checker_band", *(f"checker_{c}" for c in CRITERIA),
        "auditor", "auditor_band", *(f"auditor_{c}" for c in CRITERIA), "auditor_comment",
    ] == list(SAMPLE_COLUMNS)
    assert len(rows) == 6  # 3 records x 2 children
    assert "rec-000" not in {r["record_id"] for r in rows}  # the draft is left out
    r = rows[0]
    assert r["child"] == f"J.R. (CMS-{int(r['record_id'][4:])}0)"
    assert (r["checker_score"], r["checker_band"], r["checker_depth"], r["checker_reflection"]) == (
        "40", "requires_improvement", "yes", "no")
    assert all(r[c] == "" for c in SAMPLE_COLUMNS if c.startswith("auditor"))


def _fill(rows, path, edit):
    for i, r in enumerate(rows):
        edit(i, r)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_audit_import_loads_a_filled_sample_one_audit_per_record_and_auditor(store, tmp_path):
    rows = _sample(store, tmp_path)

    def edit(i, r):
        if i < 4:
            r["auditor"] = "Ann"
            r["auditor_band"] = "good" if i == 0 else "requires improvement"
            r["auditor_reflection"] = "yes" if i == 1 else "no"
            r["auditor_depth"] = "YES"
            r["auditor_comment"] = "Reflective enough for me" if i in (0, 1) else ""

    _fill(rows, tmp_path / "filled.csv", edit)
    result = CliRunner().invoke(cli, ["audit", "import", "--db", str(store.path), str(tmp_path / "filled.csv")])
    assert result.exit_code == 0, result.output
    assert "Imported 2 audit(s) of 2 record(s): 4 case discussions" in result.output
    audits = [a.audit for a in current_audits(store)]
    assert len(audits) == 2 and {a.source.value for a in audits} == {"spreadsheet"}
    ds = {d.discussion_id: d for a in audits for d in a.discussions}
    first = ds[rows[0]["discussion_id"]]
    assert first.auditor_band == Band.good and first.overrides() == ["band"]
    second = ds[rows[1]["discussion_id"]]
    assert second.overrides() == ["reflection"] and "lived_experience" not in second.auditor  # blank: not judged
    assert [e.action for e in store.audit_entries()][-2:] == ["audit", "audit"]
    assert store.verify().ok


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda i, r: r.update(discussion_id="nope") if i == 1 else None, "row 3: no case discussion 'nope' in the database"),
        (lambda i, r: r.update(auditor_band="goood") if i == 1 else None,
         "row 3: auditor_band 'goood' is not a band (inadequate, requires_improvement, good, outstanding, or blank)"),
        (lambda i, r: r.update(auditor_risk="maybe") if i == 1 else None,
         "row 3: auditor_risk 'maybe' must be yes, no or blank"),
        (lambda i, r: r.update(auditor="") if i == 1 else None, "row 3: the auditor column is empty (who made this judgement?)"),
        (lambda i, r: r.update(auditor_comment="") if i == 1 else None,
         "row 3: overriding the checker (band) needs an auditor_comment"),
    ],
)
def test_bad_audit_input_changes_nothing_and_says_what_is_wrong_in_one_line(store, tmp_path, edit, message):
    rows = _sample(store, tmp_path)

    def fill(i, r):
        r.update(auditor="Ann", auditor_band="good", auditor_comment="Good work")
        edit(i, r)

    _fill(rows, tmp_path / "bad.csv", fill)
    before = len(store.audit_entries())
    result = CliRunner().invoke(cli, ["audit", "import", "--db", str(store.path), str(tmp_path / "bad.csv")])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'bad.csv'}: {message}"]
    assert len(store.audit_entries()) == before and list(current_audits(store)) == []


def test_audit_import_refuses_a_file_that_is_not_a_sample(store, tmp_path):
    (tmp_path / "x.csv").write_text("id,band\n1,good\n")
    result = CliRunner().invoke(cli, ["audit", "import", "--db", str(store.path), str(tmp_path / "x.csv")])
    assert result.exit_code != 0 and "missing column 'record_id'" in result.output
    (tmp_path / "empty.csv").write_text(",".join(SAMPLE_COLUMNS) + "\n")
    result = CliRunner().invoke(cli, ["audit", "import", "--db", str(store.path), str(tmp_path / "empty.csv")])
    assert result.exit_code != 0 and "nothing to import" in result.output


def test_a_sampled_record_or_discussion_is_found_by_its_id_or_the_start_of_it(tmp_path):
    store = Store.open(tmp_path / "ids.db", actor="test")
    records = [SupervisionRecord(team="A", supervisee=f"W{i}", date=dt.date(2026, 1, 1 + i),
                                 discussions=[CaseDiscussion(case_ref=f"C{i}", update="school visit")])
               for i in range(3)]
    store.import_records(records)
    r = records[1]
    assert {h.record_id for h in store.search(r.id)} == {r.id}
    assert {h.record_id for h in store.search(r.id[:8].upper())} == {r.id}
    hit = store.search(r.discussions[0].id)[0]
    assert hit.record_id == r.id and hit.snippet.startswith("case discussion")
    assert len(store.search("school")) == 3  # words still search the text
    store.close()


def test_the_record_questions_are_prefilled_from_what_the_record_says():
    from helpers import full_record

    from supervision_tui.models import AuditQuestion as Q
    from supervision_tui.models import ExperienceLevel, SignOff, SignRole, WorkerSupport
    from supervision_tui.reports.audit_form import prefilled_questions

    signed = full_record(status=Status.agreed, experience_level=ExperienceLevel.experienced,
                         signoffs=[SignOff(role=SignRole.supervisor, name="P"), SignOff(role=SignRole.supervisee, name="T")])
    q = prefilled_questions(signed, previous=dt.date(2026, 2, 10))  # 20 days before 2 March: monthly rule
    assert q[Q.signed_by_both] is True and q[Q.agenda_agreed_jointly] is True and q[Q.on_time] is True
    assert q[Q.wellbeing] is q[Q.workload] is q[Q.development] is True
    assert q[Q.previous_actions_reviewed] is True  # both of J.R.'s previous actions have a status
    assert prefilled_questions(signed, previous=dt.date(2026, 1, 20))[Q.on_time] is False  # 41 days
    assert prefilled_questions(signed, previous=None)[Q.on_time] is None  # nothing to measure from
    # a newly qualified worker in their first six weeks: weekly, so 10 days is late
    nq = full_record(experience_level=ExperienceLevel.newly_qualified, supervisee_started=dt.date(2026, 2, 1),
                     agenda_agreed_jointly=None, worker=WorkerSupport(wellbeing="", workload="14", development=""))
    q = prefilled_questions(nq, previous=dt.date(2026, 2, 20))
    assert q[Q.on_time] is False and q[Q.signed_by_both] is False and q[Q.agenda_agreed_jointly] is None
    assert (q[Q.wellbeing], q[Q.workload], q[Q.development]) == (False, True, False)
    unreviewed = full_record()
    unreviewed.discussions[0].previous_actions[0].status = None
    assert prefilled_questions(unreviewed, None)[Q.previous_actions_reviewed] is False
    no_previous = full_record()
    for d in no_previous.discussions:
        d.previous_actions = []
    assert prefilled_questions(no_previous, None)[Q.previous_actions_reviewed] is None
