"""`report --agreement`: the checker's agreement with the auditors, printed as a table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

import click

from ..models import CRITERIA
from .lead_common import _console

BAND_SHORT = {"inadequate": "Inad.", "requires_improvement": "RI", "good": "Good", "outstanding": "Outst."}
CSV_COLUMNS = ("scope", "what", "n", "exact", "within_one", "kappa", "precision", "recall",
               "auditor_yes", "checker_yes")


def _num(v, digits: int = 2) -> str:
    return "–" if v is None else f"{v:.{digits}f}"


def _pct(v) -> str:
    return "–" if v is None else f"{100 * v:.0f}%"


def csv_rows(result: dict) -> list[dict]:
    rows = []

    def add(scope: str, figs: dict) -> None:
        b = figs["band"]
        rows.append({"scope": scope, "what": "band", "n": b["n"], "exact": b["exact"],
                     "within_one": b["within_one"], "kappa": b["kappa_weighted"]})
        for c, f in figs["criteria"].items():
            rows.append({"scope": scope, "what": c, "n": f["n"], "kappa": f["kappa"],
                         "precision": f.get("precision"), "recall": f.get("recall"),
                         "auditor_yes": f.get("auditor_yes"), "checker_yes": f.get("checker_yes")})

    add("all", result)
    for name, figs in result["by_auditor"].items():
        add(f"auditor: {name}", figs)
    add("moderation", result["moderation"])
    return rows


def print_agreement(result: dict, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        buf = io.StringIO()
        buf.write("\ufeff")
        w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in csv_rows(result))
        click.echo(buf.getvalue(), nl=False)
        return
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    console = _console()
    b = result["band"]
    console.print(f"[bold]The checker's agreement with the auditors[/] · {result['n']:,} audited case discussions")
    if not result["n"]:
        console.print("No audits yet: audit records in the app or with `sample` and `audit import`.")
        return
    console.print(f"Band: exact {_pct(b['exact'])} ({round((b['exact'] or 0) * b['n'])}/{b['n']}), "
                  f"within one {_pct(b['within_one'])}, weighted kappa {_num(b['kappa_weighted'])}")
    t = Table(title="Bands: checker (rows) by auditor (columns)", title_justify="left", box=box.SIMPLE_HEAD)
    t.add_column("Checker \\ auditor")
    for name in b["bands"]:
        t.add_column(BAND_SHORT[name], justify="right")
    for name, row in zip(b["bands"], b["confusion"]):
        t.add_row(name.replace("_", " "), *[str(x) for x in row])
    console.print(t)
    t = Table(title="Criteria (the auditor is the reference)", title_justify="left", box=box.SIMPLE_HEAD)
    for col in ("Criterion", "n", "Kappa", "Precision", "Recall", "Auditor yes", "Checker yes"):
        t.add_column(col, justify="left" if col == "Criterion" else "right")
    for c in CRITERIA:
        f = result["criteria"][c]
        t.add_row(c.replace("_", " "), str(f["n"]), _num(f["kappa"]), _num(f["precision"]), _num(f["recall"]),
                  str(f["auditor_yes"]), str(f["checker_yes"]))
    console.print(t)
    t = Table(title="By auditor", title_justify="left", box=box.SIMPLE_HEAD)
    for col in ("Auditor", "n", "Band exact", "Within one", "Weighted kappa"):
        t.add_column(col, justify="left" if col == "Auditor" else "right")
    for name, figs in result["by_auditor"].items():
        fb = figs["band"]
        t.add_row(escape(name), str(figs["n"]), _pct(fb["exact"]), _pct(fb["within_one"]), _num(fb["kappa_weighted"]))
    console.print(t)
    m = result["moderation"]
    if m["discussions"]:
        console.print(f"Moderation: {m['discussions']} case discussions in {m['records']} records audited by two "
                      f"auditors; bands exact {_pct(m['band']['exact'])}, weighted kappa "
                      f"{_num(m['band']['kappa_weighted'])}")
    else:
        console.print("Moderation: no record has been audited by two auditors yet.")
    dis = result["disagreements"]
    console.print(f"\n[bold]Disagreements, newest first ({len(dis)})[/]")
    for d in dis[:50]:
        changed = ", ".join(
            f"band {d['checker_band']} → {d['auditor_band']}" if c == "band"
            else f"{c} {'yes' if d['criteria'][c]['checker'] else 'no'} → {'yes' if d['criteria'][c]['auditor'] else 'no'}"
            for c in d["changed"])
        console.print(f"{d['audited_at'][:10]} · {escape(d['auditor'])} · {escape(d['child'] or d['discussion_id'][:8])}"
                      f" · {escape(d['team'])} · record {d['record_id'][:8]}: [b]{changed}[/]")
        console.print(f"  auditor: {escape(d['comment'])}")
        for c in d["changed"]:
            if c != "band":
                ev = d["criteria"][c]["evidence"]
                console.print(f"  checker ({c}): " + (escape(ev) if ev else "[dim]no evidence (the checker said no)[/]"))
    if len(dis) > 50:
        console.print(f"50 of {len(dis)} shown; --format json lists them all.")


def agreement_report(db, filt, fmt: str) -> None:
    from ..reports.agreement import agreement_for
    from ..reports.selection import NothingMatches, resolve_filter
    from .lead_common import _existing_store

    store = _existing_store(db, read_only=True)
    try:
        try:
            filt = resolve_filter(store, filt)
        except NothingMatches as e:
            raise click.ClickException(str(e)) from None
        result = agreement_for(store, filt)
    finally:
        store.close()
    print_agreement(result, fmt)
