"""The HTML audit pack: one self-contained file to read in a browser and print.

A cover page (the selection, counts, provenance, what the criteria mean), then one record a
page: its details, the worker's support, each case discussion's sections with the assessment
(score, band, each criterion with its evidence or the prompt that would meet it), sign-offs,
addenda and the record's audit trail. Inline CSS only, no scripts, no network assets; print CSS
starts each record on a new page. Everything from a record is HTML-escaped.

The records are written to a temporary file first, because the cover's counts are known only at
the end; the pack is then the cover followed by that file, copied in chunks (constant memory).
The assessments here are always computed at export time, so each verdict shows its evidence.
"""

from __future__ import annotations

import html
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from ..models import (
    BAND_LABELS,
    CRITERIA,
    EXPERIENCE_LABELS,
    PLAN_TYPE_LABELS,
    SUPERVISION_TYPE_LABELS,
    Band,
    ExperienceLevel,
    PlanType,
    SupervisionType,
)
from .core import ExportContext, ExportItem

SECTIONS = (
    ("update", "What is happening"),
    ("lived_experience", "The child's lived experience and voice"),
    ("reflection", "Reflection and analysis"),
    ("risk", "Risk of harm and what is working well"),
    ("impact", "Impact of the work on the child"),
    ("challenge", "The manager's challenge"),
    ("progress", "Progress, drift and escalation"),
)
STATUS_LABELS = {
    "draft": "Draft (not signed)",
    "completed": "Completed (signed by the supervisor)",
    "agreed": "Agreed (signed by the supervisee)",
}
REVIEW_LABELS = {"done": "Done", "not_done": "Not done", "no_longer_needed": "No longer needed", None: "Not reviewed"}

CSS = """
:root { --ink: #1d2330; --muted: #5b6472; --rule: #d5dae1; --soft: #f4f6f9;
  --inadequate: #b3261e; --requires_improvement: #a15c00; --good: #1e7a3c; --outstanding: #1d4f91; }
* { box-sizing: border-box; }
html { font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem 4rem; background: #fff; }
h1 { font-size: 1.9rem; margin: .2rem 0 .6rem; line-height: 1.2; }
h2 { font-size: 1.3rem; margin: 0 0 .3rem; line-height: 1.25; }
h3 { font-size: 1.05rem; margin: 1.3rem 0 .4rem; padding-bottom: .15rem; border-bottom: 1px solid var(--rule); }
h4 { font-size: .95rem; margin: .9rem 0 .25rem; }
p { margin: .3rem 0 .6rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); margin: 0; }
.lede { font-size: 1.1rem; color: var(--muted); }
.muted { color: var(--muted); }
.mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.nowrap { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; }
th, td { text-align: left; vertical-align: top; padding: .28rem .45rem; border-bottom: 1px solid var(--rule); }
thead th { background: var(--soft); font-weight: 600; font-size: .9em; }
tr { break-inside: avoid; }
table.kv th { width: 14rem; font-weight: 600; color: var(--muted); background: none; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.empty { color: var(--muted); font-style: italic; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: .7rem; font-size: .82rem; font-weight: 600;
  border: 1px solid currentColor; white-space: nowrap; }
.band-inadequate { color: var(--inadequate); }
.band-requires_improvement { color: var(--requires_improvement); }
.band-good { color: var(--good); }
.band-outstanding { color: var(--outstanding); }
.met { color: var(--good); font-weight: 600; white-space: nowrap; }
.unmet { color: var(--inadequate); font-weight: 600; white-space: nowrap; }
.cover { min-height: 24cm; }
.cover .grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: .6rem; margin: 1rem 0 1.2rem; }
.stat { background: var(--soft); border-radius: .4rem; padding: .6rem .8rem; }
.stat b { display: block; font-size: 1.5rem; line-height: 1.2; }
.stat span { color: var(--muted); font-size: .85rem; }
.bar { display: flex; height: .8rem; border-radius: .4rem; overflow: hidden; margin: .3rem 0 .4rem; background: var(--soft); }
.bar i { display: block; height: 100%; }
.legend span { margin-right: 1rem; white-space: nowrap; }
.swatch { display: inline-block; width: .7rem; height: .7rem; border-radius: .15rem; margin-right: .3rem; vertical-align: -.05rem; }
.notice { border-left: 4px solid var(--requires_improvement); background: #fff7ea; padding: .5rem .8rem; margin: .8rem 0; }
.record { border-top: 3px solid var(--ink); margin-top: 2.5rem; padding-top: 1rem; }
.record > header { display: flex; justify-content: space-between; gap: 1rem; align-items: flex-start; }
.record > header .ids { text-align: right; font-size: .85rem; color: var(--muted); }
.discussion { border: 1px solid var(--rule); border-radius: .4rem; padding: .2rem 1rem .6rem; margin: 1rem 0; }
.discussion > h3 { border: 0; display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
dl.sections { margin: .2rem 0 .6rem; }
dl.sections dt { font-weight: 600; margin-top: .5rem; font-size: .92rem; }
dl.sections dd { margin: .1rem 0 0 0; }
.assessment td:first-child { width: 12rem; }
.assessment td:nth-child(2) { width: 5.5rem; }
.prompt { color: var(--muted); font-style: italic; }
footer.pack { margin-top: 3rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
@page { size: A4; margin: 14mm 13mm 16mm;
  @bottom-left { content: "Supervision audit pack - confidential"; font: 8pt sans-serif; color: #5b6472; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #5b6472; } }
@media print {
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  .record { break-before: page; border-top: 0; margin-top: 0; padding-top: 0; }
  .discussion { break-inside: auto; }
  h3, h4, .discussion > h3 { break-after: avoid; }
  .cover { min-height: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def e(value) -> str:
    """HTML-escape anything (None shows as nothing)."""
    return html.escape("" if value is None else str(value), quote=True)


def _text(value: str) -> str:
    if not value or not value.strip():
        return '<span class="empty">Not recorded</span>'
    return f'<span class="text">{e(value.strip())}</span>'


def _label(table: dict, enum, value: str) -> str:
    try:
        return table[enum(value)]
    except (ValueError, KeyError):
        return value


def _band(band: str | None) -> str:
    if not band:
        return '<span class="muted">no band</span>'
    return f'<span class="badge band-{e(band)}">{e(_label(BAND_LABELS, Band, band))}</span>'


def _when(value: str | None) -> str:
    """An ISO timestamp as "2026-03-02 14:05 UTC" (the exact value stays in the title)."""
    if not value:
        return ""
    shown = value.replace("T", " ")[:16]
    if value.endswith(("Z", "+00:00")):
        shown += " UTC"
    return f'<time datetime="{e(value)}" title="{e(value)}">{e(shown)}</time>'


def _kv(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th scope=\"row\">{e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<table class="kv">{body}</table>'


def _yes(v) -> str:
    return "Not recorded" if v is None else ("Yes" if v else "No")


def _criteria_specs() -> dict:
    from ..quality.rubric import SPECS

    return SPECS


# --- One record ---------------------------------------------------------------------------------


def record_html(item: ExportItem) -> str:
    r = item.data
    specs = _criteria_specs()
    n = len(r["discussions"])
    status = r["status"]
    out: list[str] = [f'<article class="record" id="record-{e(r["id"])}">']
    out.append(
        "<header><div>"
        f'<p class="kicker">Supervision on {e(r["date"])} · {e(r["team"])}</p>'
        f"<h2>{e(r['supervisee'] or 'Supervisee not recorded')}, supervised by {e(r['supervisor'] or 'not recorded')}</h2>"
        f"<p>{e(STATUS_LABELS.get(status, status))} · {n} child{'ren' if n != 1 else ''} discussed · "
        f"record band {_band(item.record_band)}</p>"
        "</div>"
        f'<div class="ids">Record<br><span class="mono nowrap">{e(r["id"])}</span></div></header>'
    )
    out.append(_kv([
        ("Date", e(r["date"])),
        ("Type", e(_label(SUPERVISION_TYPE_LABELS, SupervisionType, r["type"]))),
        ("Supervisee's experience", e(_label(EXPERIENCE_LABELS, ExperienceLevel, r["experience_level"]))
         + (f" (in post since {e(r['supervisee_started'])})" if r.get("supervisee_started") else "")),
        ("Caseload on the day", e(r["caseload"]) if r["caseload"] is not None else '<span class="empty">Not recorded</span>'),
        ("Agenda agreed jointly", e(_yes(r["agenda_agreed_jointly"]))),
        ("Next supervision", e(r["next_supervision"]) if r["next_supervision"] else '<span class="empty">Not set</span>'),
        ("Created / last changed", f"{_when(r['created_at'])} / {_when(r['updated_at'])}"),
    ]))
    w = r["worker"]
    out.append("<h3>The worker: support and development</h3>")
    out.append(_kv([
        ("Wellbeing and support", _text(w["wellbeing"])),
        ("Workload", _text(w["workload"])),
        ("Learning and development", _text(w["development"])),
    ]))
    if not n:
        out.append('<p class="empty">No child was discussed in this supervision.</p>')
    for i, (d, a) in enumerate(zip(r["discussions"], item.assessments), start=1):
        out.append(_discussion_html(i, n, d, a, specs))
    out.append(_signoffs_html(r))
    out.append(_addenda_html(r))
    if item.audits:
        out.append(_audits_html(item.audits, specs))
    out.append(_audit_html(item.audit))
    out.append("</article>\n")
    return "".join(out)


def _discussion_html(i: int, n: int, d: dict, a: dict, specs: dict) -> str:
    plan = _label(PLAN_TYPE_LABELS, PlanType, d["plan_type"])
    who = " ".join(x for x in (d["case_ref"], f"({d['child_initials']})" if d["child_initials"] else "") if x)
    out = [
        f'<section class="discussion" id="discussion-{e(d["id"])}">',
        f"<h3><span>Child {i} of {n}: {e(who or 'no case reference')} · {e(plan)}</span>"
        f"<span>{_band(a['band'])} <b>{e(a['score'])}</b>/100</span></h3>",
    ]
    if a["brief_descriptive"]:
        out.append('<p class="notice">Brief and descriptive: the pattern Ofsted found '
                   '(records that describe without reflecting on the impact for the child).</p>')
    out.append('<dl class="sections">')
    for name, label in SECTIONS:
        out.append(f"<dt>{e(label)}</dt><dd>{_text(d[name])}</dd>")
        if name == "risk" and d["safety_scale"] is not None:
            out.append(f"<dt>Safety scale</dt><dd>{e(d['safety_scale'])} out of 10</dd>")
    out.append("</dl>")
    out.append("<h4>Key decisions</h4>")
    if d["decisions"]:
        rows = "".join(f"<tr><td>{_text(k['decision'])}</td><td>{_text(k['rationale'])}</td></tr>" for k in d["decisions"])
        out.append(f"<table><thead><tr><th>Decision</th><th>Rationale</th></tr></thead><tbody>{rows}</tbody></table>")
    else:
        out.append('<p class="empty">No key decision recorded.</p>')
    out.append("<h4>Actions</h4>")
    if d["actions"]:
        rows = "".join(
            f"<tr><td>{_text(x['action'])}</td><td>{_text(x['owner'])}</td>"
            f"<td>{e(x['due']) if x['due'] else '<span class=empty>No date</span>'}</td></tr>"
            for x in d["actions"]
        )
        out.append(f"<table><thead><tr><th>Action</th><th>Owner</th><th>By</th></tr></thead><tbody>{rows}</tbody></table>")
    else:
        out.append('<p class="empty">No action recorded.</p>')
    if d["previous_actions"]:
        out.append("<h4>Actions from the previous supervision, reviewed</h4>")
        rows = "".join(
            f"<tr><td>{_text(p['action'])}</td><td>{_text(p['owner'])}</td>"
            f"<td>{e(p['due'] or '')}</td><td>{e(REVIEW_LABELS.get(p['status'], p['status']))}</td>"
            f"<td>{_text(p['note']) if p['note'].strip() else ''}</td></tr>"
            for p in d["previous_actions"]
        )
        out.append("<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>Note</th></tr>"
                   f"</thead><tbody>{rows}</tbody></table>")
    out.append(f"<h4>Assessment <span class=\"muted\">(rubric {e(a['rubric_version'])}, "
               f"{'stored score' if a['source'] == 'stored' else 'computed at export'})</span></h4>")
    rows = []
    for c in CRITERIA:
        k = a["criteria"].get(c)
        if k is None:
            continue
        spec = specs.get(c)
        title = spec.title if spec else c
        met = '<span class="met">✓ Met</span>' if k["met"] else '<span class="unmet">✗ Not met</span>'
        if k["met"]:
            why = f'<span class="text">“{e(k["evidence"])}”</span>' if k["evidence"] else ""
        else:
            why = f'<span class="prompt">Ask: {e(k["prompt"])}</span>' if k["prompt"] else ""
        rows.append(f"<tr><td>{e(title)}</td><td>{met}</td><td>{why}</td></tr>")
    out.append('<table class="assessment"><thead><tr><th>Criterion</th><th>Verdict</th>'
               f"<th>Evidence, or the question that would meet it</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    out.append("</section>")
    return "".join(out)


def _signoffs_html(r: dict) -> str:
    out = ["<h3>Sign-offs</h3>"]
    if not r["signoffs"]:
        return out[0] + '<p class="empty">Not signed: this record is a draft.</p>'
    rows = "".join(
        f"<tr><td>{e(s['role'].capitalize())}</td><td>{e(s['name'])}</td><td>{_when(s['signed_at'])}</td>"
        f"<td>{'Agrees' if s['agrees'] else '<b>Disagrees</b>'}</td><td>{_text(s['comment']) if s['comment'].strip() else ''}</td></tr>"
        for s in r["signoffs"]
    )
    out.append("<table><thead><tr><th>Role</th><th>Name</th><th>Signed</th><th>Agreement</th><th>Comment</th></tr>"
               f"</thead><tbody>{rows}</tbody></table>")
    return "".join(out)


def _addenda_html(r: dict) -> str:
    if not r["addenda"]:
        return '<h3>Addenda</h3><p class="empty">None.</p>'
    rows = "".join(
        f"<tr><td>{_when(a['created_at'])}</td><td>{e(a['author'])}</td><td>{_text(a['reason'])}</td><td>{_text(a['text'])}</td></tr>"
        for a in r["addenda"]
    )
    return ("<h3>Addenda</h3><table><thead><tr><th>Added</th><th>By</th><th>Reason</th><th>Text</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _audits_html(audits: list[dict], specs: dict) -> str:
    """Auditors' audits of the record, newest first: what each changed of the checker's verdicts, and why."""
    from ..models import AUDIT_QUESTION_LABELS, AuditQuestion

    superseded = {a["supersedes"] for a in audits if a.get("supersedes")}
    out = ["<h3>Audits</h3>"]
    for a in reversed(audits):
        state = " (superseded by a later audit)" if a["id"] in superseded else ""
        out.append(f"<p><b>{_when(a['created_at'])} by {e(a['auditor'])}</b> · {e(a['source'])}{e(state)}</p>")
        rows = []
        for d in a["discussions"]:
            changed = []
            if d.get("auditor_band") and d.get("checker_band") and d["auditor_band"] != d["checker_band"]:
                changed.append(f"band {_band(d['checker_band'])} → {_band(d['auditor_band'])}")
            for c, v in d.get("auditor", {}).items():
                if c in d.get("checker", {}) and d["checker"][c] != v:
                    title = specs[c].title if c in specs else c
                    changed.append(f"{e(title)}: {'met' if d['checker'][c] else 'not met'} → "
                                   f"<b>{'met' if v else 'not met'}</b>")
            rows.append(f"<tr><td>{e(d.get('child') or d['discussion_id'])}</td>"
                        f"<td>{'<br>'.join(changed) or 'Confirmed the checker'}</td>"
                        f"<td>{_text(d['comment']) if d.get('comment') else ''}</td></tr>")
        if rows:
            out.append("<table><thead><tr><th>Child</th><th>Checker → auditor</th><th>Auditor's comment</th></tr>"
                       f"</thead><tbody>{''.join(rows)}</tbody></table>")
        answers = [(AUDIT_QUESTION_LABELS[AuditQuestion(q)], v) for q, v in a.get("questions", {}).items()]
        if answers:
            out.append(_kv([(label, e("Not applicable / cannot tell" if v is None else _yes(v)))
                            for label, v in answers]))
        feedback = [(label, _text(a[k])) for k, label in (("went_well", "What went well"),
                                                          ("to_improve", "What to improve")) if a.get(k)]
        if feedback:
            out.append(_kv(feedback))
    return "".join(out)


def _detail(detail: dict) -> str:
    parts = []
    for k, v in detail.items():
        if isinstance(v, str) and len(v) == 64 and all(ch in "0123456789abcdef" for ch in v):
            v = v[:12] + "…"
        parts.append(f"{k}: {v}")
    return "; ".join(parts)


def _audit_html(entries: list[dict]) -> str:
    if not entries:
        return '<h3>Audit trail</h3><p class="empty">No entries for this record.</p>'
    rows = "".join(
        f"<tr><td>{e(x['seq'])}</td><td>{_when(x['at'])}</td><td>{e(x['actor'])}</td><td>{e(x['action'])}</td>"
        f"<td>{e(_detail(x['detail']))}</td><td class=\"mono\" title=\"{e(x['hash'])}\">{e(x['hash'][:12])}…</td></tr>"
        for x in entries
    )
    return ("<h3>Audit trail</h3><table><thead><tr><th>#</th><th>When</th><th>Who</th><th>What</th><th>Detail</th>"
            f"<th>Entry hash</th></tr></thead><tbody>{rows}</tbody></table>")


# --- The cover ------------------------------------------------------------------------------------


def cover_html(ctx: ExportContext) -> str:
    c = ctx.counts
    specs = _criteria_specs()
    sel = ctx.selection
    labels = {"from": "From", "to": "To", "team": "Team", "supervisor": "Supervisor", "supervisee": "Supervisee",
              "status": "Status", "band": "Record band"}
    sel_rows = []
    for k, label in labels.items():
        v = sel.get(k)
        if isinstance(v, list):
            v = ", ".join(_label(BAND_LABELS, Band, b) for b in v)
        sel_rows.append((label, e(v) if v else '<span class="muted">all</span>'))
    period = f"{c.first_date} to {c.last_date}" if c.first_date else "no records matched"
    total = sum(c.bands.values())
    bar = "".join(
        f'<i class="band-{b}" style="width:{100 * c.bands.get(b, 0) / total:.2f}%;background:var(--{b})"></i>'
        for b in ("inadequate", "requires_improvement", "good", "outstanding") if total and c.bands.get(b)
    )
    legend = "".join(
        f'<span><i class="swatch" style="background:var(--{b})"></i>{e(BAND_LABELS[Band(b)])}: '
        f"{c.bands.get(b, 0):,}{f' ({100 * c.bands.get(b, 0) / total:.0f}%)' if total else ''}</span>"
        for b in ("inadequate", "requires_improvement", "good", "outstanding")
    )
    statuses = ", ".join(f"{e(STATUS_LABELS.get(s, s).split(' (')[0].lower())}: {k:,}" for s, k in sorted(c.statuses.items()))
    pseud = "No: children's case references and initials appear as recorded."
    if ctx.pseudonymised:
        pseud = ("Yes: children's case references and initials are replaced by stable pseudonyms "
                 "(CHILD-…, C…), and free text is scrubbed of them")
        pseud += "; workers' names too (WORKER-…)." if ctx.pseudonymised_workers else "; workers' names are shown."
        pseud += f" Key fingerprint {ctx.pseudonym_key_id}; the mapping stays in the database."
    crit_rows = "".join(
        f"<tr><td><b>{e(specs[cid].title)}</b></td><td>{e(specs[cid].meaning)}<br>"
        f'<span class="muted">Answers: “{e(specs[cid].ofsted)}”</span></td></tr>'
        for cid in CRITERIA if cid in specs
    )
    provenance = _kv([
        ("Exported by", e(ctx.actor)),
        ("Exported at", _when(ctx.created_at)),
        ("Produced with", e(ctx.tool)),
        ("Quality rubric", e(ctx.rubric_version) + " (assessed when the pack was made, so each verdict shows its evidence)"),
        ("Pseudonymised", e(pseud)),
        ("Integrity", f'The SHA-256 of this file is in <span class="mono">{e(ctx.out_name)}.manifest.json</span>; '
                      f'check it with <span class="mono nowrap">supervision-tui verify --manifest {e(ctx.out_name)}.manifest.json</span>.'),
    ])
    return f"""<section class="cover">
<p class="kicker">Supervision audit pack · confidential</p>
<h1>Supervision records for audit</h1>
<p class="lede">{c.records:,} record{'s' if c.records != 1 else ''}, {c.discussions:,} case discussion{'s' if c.discussions != 1 else ''}, {e(period)}</p>
<div class="grid">
<div class="stat"><b>{c.records:,}</b><span>supervision records</span></div>
<div class="stat"><b>{c.discussions:,}</b><span>case discussions</span></div>
<div class="stat"><b>{c.addenda:,}</b><span>addenda</span></div>
<div class="stat"><b>{c.bands.get('inadequate', 0) + c.bands.get('requires_improvement', 0):,}</b><span>discussions below good</span></div>
</div>
<h3>Quality of the case discussions</h3>
<div class="bar" role="img" aria-label="case discussions by band">{bar}</div>
<p class="legend">{legend}</p>
<p class="muted">Records by status: {statuses or 'none'}.</p>
<h3>Selection</h3>
{_kv(sel_rows)}
<h3>Provenance</h3>
{provenance}
<h3>What the assessment looks for</h3>
<table><tbody>{crit_rows}</tbody></table>
</section>
"""


def write(path: Path, items: Iterable[ExportItem], ctx: ExportContext) -> None:
    body_path = path.with_name(path.name + ".body")
    try:
        from ..outputs import create_private

        with create_private(body_path, exclusive=False, text=True) as body:
            for item in items:
                body.write(record_html(item))
        with open(path, "w", encoding="utf-8") as fh:
            fh.write('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
                     '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                     '<meta name="referrer" content="no-referrer">\n'
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                     f"<title>Supervision audit pack, {e(ctx.created_at[:10])}</title>\n"
                     f"<style>{CSS}</style>\n</head>\n<body>\n")
            fh.write(cover_html(ctx))
            with open(body_path, encoding="utf-8") as body:
                shutil.copyfileobj(body, fh, 1 << 20)
            fh.write(f'<footer class="pack">Made by {e(ctx.tool)} on {_when(ctx.created_at)}. '
                     f"{ctx.counts.records:,} records. End of pack.</footer>\n</body>\n</html>\n")
    finally:
        try:
            os.unlink(body_path)
        except FileNotFoundError:
            pass
