"""The agreement report on a hand-made case whose every figure was worked out by hand.

40 records, one case discussion each, audited once: records 0-9 the checker called
inadequate, 10-19 requires improvement, 20-29 good, 30-39 outstanding. Ann audited 0-29,
Bob 30-39.

Bands: Ann changed six. Record 0 inadequate -> good (two bands), 10-12 requires
improvement -> good, 20-21 good -> requires improvement. Confusion (rows checker,
columns auditor, in band order):

    inadequate            9  0  1  0      row 10
    requires_improvement  0  7  3  0      row 10
    good                  0  2  8  0      row 10
    outstanding           0  0  0 10      row 10
    columns               9  9 12 10

exact 34/40 = 0.85; within one 39/40 = 0.975 (only record 0 is two bands out).
Linear weights w = 1 - |i-j|/3: 1, 2/3, 1/3, 0.
  observed  po = (34*1 + 5*(2/3) + 1*(1/3)) / 40 = (34 + 11/3) / 40 = 113/120
  expected  pe = sum_ij w_ij r_i c_j / 40^2; every r_i = 10, and the column weight sums
            sum_i w_ij are 2, 8/3, 8/3, 2, so pe = 10 * (9*2 + 9*8/3 + 12*8/3 + 10*2) / 1600
            = 10 * 94 / 1600 = 47/80
  kappa_w = (113/120 - 47/80) / (1 - 47/80) = (85/240) / (33/80) = 85/99 = 0.858586...

Reflection: the checker said yes for records 0-19, no for 20-39. Ann flipped eight:
0-4 yes -> no (5), 20-22 no -> yes (3). So both yes 15, checker yes/auditor no 5,
checker no/auditor yes 3, both no 17.
  po = 32/40 = 0.8; checker yes 20, auditor yes 18;
  pe = (20*18 + 20*22) / 1600 = 800/1600 = 0.5; kappa = (0.8 - 0.5) / 0.5 = 0.6
  precision = 15/20 = 0.75; recall = 15/18 = 0.8333...

Depth: the checker and the auditors said yes to all 40: chance agreement is total, so
kappa is undefined (null); precision and recall 40/40 = 1. Actions: no auditor judged
it: n 0, every figure null.

By auditor: Bob's ten are all outstanding, confirmed: exact 1.0, weighted kappa null
(one band only). Ann's 30: exact 24/30 = 0.8.

Disagreements: records 0-4, 10-12 and 20-22 (11), newest audit first.
"""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from supervision_tui.cli import cli
from supervision_tui.models import CRITERIA, Audit, Band, CaseDiscussion, DiscussionAudit, Status, SupervisionRecord
from supervision_tui.reports.agreement import agreement_for, cohen_kappa, weighted_kappa
from supervision_tui.store import RecordFilter, Store
from supervision_tui.store.audits import save_audits

BANDS = ["inadequate", "requires_improvement", "good", "outstanding"]
BAND_CHANGES = {0: "good", 10: "good", 11: "good", 12: "good", 20: "requires_improvement",
                21: "requires_improvement"}
REFLECTION_FLIPS = {0, 1, 2, 3, 4, 20, 21, 22}
T0 = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.timezone.utc)


def _records() -> list[SupervisionRecord]:
    return [SupervisionRecord(id=f"r{i:02d}", team="North" if i < 20 else "South", supervisor="Priya",
                              supervisee=f"W{i % 4}", date=dt.date(2026, 4, 1) + dt.timedelta(days=i % 28),
                              status=Status.completed,
                              discussions=[CaseDiscussion(id=f"d{i:02d}", case_ref=f"CMS-{i}", child_initials="J.R.")])
            for i in range(40)]


def _audit(i: int) -> Audit:
    checker_band = BANDS[i // 10]
    checker = {c: False for c in CRITERIA}
    checker["depth"] = True
    checker["reflection"] = i < 20
    auditor = {c: v for c, v in checker.items() if c != "actions"}  # actions not judged
    if i in REFLECTION_FLIPS:
        auditor["reflection"] = not checker["reflection"]
    changed = i in BAND_CHANGES or i in REFLECTION_FLIPS
    d = DiscussionAudit(
        discussion_id=f"d{i:02d}", child="J.R. (CMS-%d)" % i, checker_band=Band(checker_band),
        auditor_band=Band(BAND_CHANGES.get(i, checker_band)), checker=checker, auditor=auditor,
        evidence={"depth": "Seen at home.", **({"reflection": f"I wonder {i}"} if checker["reflection"] else {})},
        comment=f"comment {i}" if changed else "",
    )
    return Audit(record_id=f"r{i:02d}", auditor="Ann" if i < 30 else "Bob", discussions=[d],
                 created_at=T0 + dt.timedelta(minutes=i))


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "agree.db", actor="test")
    s.import_records(_records())
    save_audits(s, [_audit(i) for i in range(40)])
    yield s
    s.close()


def test_band_figures_match_the_hand_worked_case(store):
    r = agreement_for(store)
    assert r["n"] == 40
    b = r["band"]
    assert b["n"] == 40
    assert b["exact"] == pytest.approx(34 / 40)
    assert b["within_one"] == pytest.approx(39 / 40)
    assert b["kappa_weighted"] == pytest.approx(85 / 99)
    assert b["confusion"] == [[9, 0, 1, 0], [0, 7, 3, 0], [0, 2, 8, 0], [0, 0, 0, 10]]


def test_criterion_figures_match_the_hand_worked_case(store):
    c = agreement_for(store)["criteria"]
    assert c["reflection"] == {"n": 40, "agree": 32, "kappa": pytest.approx(0.6), "precision": pytest.approx(0.75),
                               "recall": pytest.approx(15 / 18), "auditor_yes": 18, "checker_yes": 20}
    assert c["depth"]["kappa"] is None and c["depth"]["precision"] == 1 and c["depth"]["recall"] == 1
    assert c["actions"] == {"n": 0, "agree": 0, "kappa": None, "precision": None, "recall": None,
                            "auditor_yes": 0, "checker_yes": 0}
    # no one said yes to risk: agreement is total by chance, precision and recall undefined
    assert c["risk"]["kappa"] is None and c["risk"]["precision"] is None and c["risk"]["recall"] is None


def test_by_auditor_and_disagreements(store):
    r = agreement_for(store)
    assert sorted(r["by_auditor"]) == ["Ann", "Bob"]
    bob = r["by_auditor"]["Bob"]
    assert bob["n"] == 10 and bob["band"]["exact"] == 1 and bob["band"]["kappa_weighted"] is None
    assert r["by_auditor"]["Ann"]["band"]["exact"] == pytest.approx(24 / 30)
    dis = r["disagreements"]
    assert [d["record_id"] for d in dis] == ["r22", "r21", "r20", "r12", "r11", "r10", "r04", "r03", "r02", "r01", "r00"]
    first = dis[-1]
    assert first["changed"] == ["band", "reflection"] and first["comment"] == "comment 0"
    assert first["criteria"]["reflection"] == {"checker": True, "auditor": False, "evidence": "I wonder 0"}
    assert r["moderation"]["discussions"] == 0


def test_filters_narrow_to_the_records_audited(store):
    r = agreement_for(store, RecordFilter(team="South"))  # records 20-39
    assert r["n"] == 20 and r["band"]["exact"] == pytest.approx(18 / 20)


def test_a_second_auditor_on_the_same_records_is_moderation_and_a_superseded_audit_does_not_count(store):
    # Cy re-audits records 0-3: agrees with Ann on the bands of 1-3, not on 0 (says inadequate)
    cy = []
    for i in range(4):
        a = _audit(i)
        d = a.discussions[0]
        d2 = d.model_copy(update={"auditor_band": Band.inadequate if i == 0 else d.auditor_band})
        cy.append(a.model_copy(update={"id": f"cy{i}", "auditor": "Cy", "discussions": [d2],
                                       "created_at": T0 + dt.timedelta(hours=2, minutes=i)}))
    save_audits(store, cy)
    m = agreement_for(store)["moderation"]
    assert m["records"] == 4 and m["discussions"] == 4 and m["auditor_pairs"] == [["Ann", "Cy"]]
    assert m["band"]["exact"] == pytest.approx(3 / 4)
    assert m["criteria"]["reflection"]["agree"] == 4
    # Ann audits record 39 again (it was Bob's): the count goes up by one; then she
    # re-audits it, superseding her own audit: no change in the count
    before = agreement_for(store)["n"]
    a = _audit(39).model_copy(update={"id": "ann39", "auditor": "Ann"})
    save_audits(store, [a])
    assert agreement_for(store)["n"] == before + 1
    (again,) = save_audits(store, [a.model_copy(update={"id": "ann39b"})])
    assert again.supersedes == "ann39"
    assert agreement_for(store)["n"] == before + 1


def test_kappas_on_textbook_tables():
    # Cohen (1960)-style 2x2: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: po 0.7, pe 0.5, kappa 0.4
    pairs = [(True, True)] * 20 + [(True, False)] * 5 + [(False, True)] * 10 + [(False, False)] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert cohen_kappa([]) is None and cohen_kappa([(True, True)] * 3) is None
    # perfect disagreement across the two extremes: kappa_w = -1
    assert weighted_kappa([("inadequate", "outstanding"), ("outstanding", "inadequate")]) == pytest.approx(-1)


def test_report_agreement_json_has_exactly_the_six_keys(store):
    result = CliRunner().invoke(cli, ["report", "--db", str(store.path), "--agreement", "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    data = json.loads(result.output)
    assert list(data) == ["n", "band", "criteria", "by_auditor", "moderation", "disagreements"]
    assert data["band"]["kappa_weighted"] == pytest.approx(85 / 99)
    assert set(data["criteria"]) == set(CRITERIA)
    assert data["criteria"]["depth"]["kappa"] is None


def test_report_agreement_table_and_csv(store):
    result = CliRunner().invoke(cli, ["report", "--db", str(store.path), "--agreement"])
    assert result.exit_code == 0, result.output
    assert "40 audited case discussions" in result.output
    assert "exact 85% (34/40), within one 98%, weighted kappa 0.86" in result.output
    assert "Disagreements, newest first (11)" in result.output
    result = CliRunner().invoke(cli, ["report", "--db", str(store.path), "--agreement", "--format", "csv"])
    lines = result.output.lstrip("\ufeff").splitlines()
    assert lines[0] == "scope,what,n,exact,within_one,kappa,precision,recall,auditor_yes,checker_yes"
    assert "all,reflection,40,,,0.6" in "\n".join(lines)


def test_the_spreadsheet_round_sample_fill_import_report_gives_the_hand_worked_figures(tmp_path):
    """The quality lead's round through the command line: the same 40 and the same changes, made in
    the sample's CSV as an auditor would, give the figures worked out above."""
    import csv

    s = Store.open(tmp_path / "round.db", actor="lead")
    s.import_records(_records())
    s.save_scores(
        {"discussion_id": f"d{i:02d}", "record_id": f"r{i:02d}", "record_updated_at": "x", "rubric_version": "t",
         "score": [10, 40, 60, 90][i // 10], "band": BANDS[i // 10], "brief_descriptive": False,
         **{c: (c == "depth" or (c == "reflection" and i < 20)) for c in CRITERIA}}
        for i in range(40)
    )
    s.close()
    db = tmp_path / "round.db"
    sample = tmp_path / "sample.csv"
    result = CliRunner().invoke(cli, ["sample", "--db", str(db), "--size", "40", "--seed", "1", "--out", str(sample)])
    assert result.exit_code == 0, result.output
    with sample.open(encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        columns, rows = reader.fieldnames, list(reader)
    assert len(rows) == 40
    for row in rows:
        i = int(row["record_id"][1:])
        row["auditor"] = "Ann"
        row["auditor_band"] = BAND_CHANGES.get(i, row["checker_band"]).replace("_", " ")  # as a person types it
        row["auditor_depth"] = row["checker_depth"]
        flip = {"yes": "no", "no": "yes"}
        row["auditor_reflection"] = flip[row["checker_reflection"]] if i in REFLECTION_FLIPS else row["checker_reflection"]
        if i in BAND_CHANGES or i in REFLECTION_FLIPS:
            row["auditor_comment"] = f"comment {i}"
    with sample.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns)
        w.writeheader()
        w.writerows(rows)
    result = CliRunner().invoke(cli, ["audit", "import", "--db", str(db), str(sample)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["report", "--db", str(db), "--agreement", "--format", "json"])
    import json

    r = json.loads(result.output)
    assert r["n"] == 40
    assert (r["band"]["exact"], r["band"]["within_one"]) == (pytest.approx(34 / 40), pytest.approx(39 / 40))
    assert r["band"]["kappa_weighted"] == pytest.approx(85 / 99)
    assert r["band"]["confusion"] == [[9, 0, 1, 0], [0, 7, 3, 0], [0, 2, 8, 0], [0, 0, 0, 10]]
    assert r["criteria"]["reflection"]["kappa"] == pytest.approx(0.6)
    assert (r["criteria"]["reflection"]["precision"], r["criteria"]["reflection"]["recall"]) == (
        pytest.approx(0.75), pytest.approx(15 / 18))
    assert r["criteria"]["risk"]["n"] == 0 and r["criteria"]["risk"]["kappa"] is None  # left blank: not judged
    assert len(r["disagreements"]) == 11
