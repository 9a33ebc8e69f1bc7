"""A whole record as readable text (Textual markup), for the review step and the record screen.

Every piece of user text is escaped; nothing here touches the store.
"""

from __future__ import annotations

import datetime as dt

from .safe_markup import escape

from ..models import (
    BAND_LABELS,
    EXPERIENCE_LABELS,
    PLAN_TYPE_LABELS,
    SUPERVISION_TYPE_LABELS,
    Assessment,
    KeyDecision,
    ReviewStatus,
    SignRole,
    Status,
    SupervisionRecord,
)
from .dates import show_date
from .steps import CHILD_SECTIONS, WORKER_SECTIONS
from ..quality import BoxVerdict, decision_has_reason
from .widgets.quality_panel import BAND_STYLE, SHORT, box_markup

STATUS_LABELS = {
    Status.draft: "Draft (not signed)",
    Status.completed: "Signed by the supervisor; awaiting the supervisee",
    Status.agreed: "Signed by both",
}
REVIEW_LABELS = {
    ReviewStatus.done: "[$success]done[/]",
    ReviewStatus.not_done: "[$warning]not done[/]",
    ReviewStatus.no_longer_needed: "no longer needed",
    None: "[$error]not reviewed[/]",
}


def supervisee_agrees(record: SupervisionRecord) -> bool | None:
    """The supervisee's answer: True, False (disagrees, in their own words), None (not yet)."""
    return next((s.agrees for s in record.signoffs if s.role == SignRole.supervisee), None)


def when(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _para(title: str, text: str) -> list[str]:
    if not text.strip():
        return [f"[b]{title}[/b]", "  [dim]Not recorded[/dim]", ""]
    return [f"[b]{title}[/b]", escape(text.strip()), ""]


def assessment_line(a: Assessment) -> list[str]:
    met = [SHORT[c.value if hasattr(c, "value") else c] for c, v in a.criteria.items() if v.met]
    missing = [SHORT[c.value if hasattr(c, "value") else c] for c, v in a.criteria.items() if not v.met]
    lines = [f"[b {BAND_STYLE[a.band]}]{BAND_LABELS[a.band]}[/] {a.score}/100"
             + (" · [$warning]brief and descriptive[/]" if a.brief_descriptive else "")]
    if met:
        lines.append("[$success]✓[/] " + ", ".join(met))
    if missing:
        lines.append("[dim]· missing: " + ", ".join(missing) + "[/dim]")
    return lines


def _why(k: KeyDecision) -> str:
    if k.rationale.strip():
        return escape(k.rationale)
    if decision_has_reason(k.decision):
        return "[dim]given in the decision[/dim]"
    return "[$warning]no rationale recorded[/]"


def record_markup(record: SupervisionRecord, assessments: list[Assessment] | None = None,
                  audit: list | None = None, boxes: list[dict[str, BoxVerdict]] | None = None) -> str:
    """The record; with `boxes` (the review), each written box also says whether its own words
    do what it asks."""
    r = record
    out = [
        f"[b $accent]Supervision with {escape(r.supervisee or '(supervisee not given)')}[/] · {_long_date(r.date)}",
        f"Supervisor {escape(r.supervisor)} · {escape(r.team) or 'no team'} · {SUPERVISION_TYPE_LABELS[r.type]}",
        f"{EXPERIENCE_LABELS[r.experience_level]}"
        + (f", in post since {show_date(r.supervisee_started)}" if r.supervisee_started else "")
        + (f" · caseload {r.caseload}" if r.caseload is not None else "")
        + (" · agenda agreed jointly" if r.agenda_agreed_jointly else ""),
        f"[b]{STATUS_LABELS[r.status]}[/b]"
        + (" · [$warning]the supervisee disagrees[/]" if supervisee_agrees(r) is False else "")
        + (f" · next supervision {show_date(r.next_supervision)}" if r.next_supervision else ""),
        "",
    ]
    if not r.discussions:
        out += ["[dim]No children discussed.[/dim]", ""]
    for i, d in enumerate(r.discussions):
        head = f"{escape(d.child_initials or '?')} · {escape(d.case_ref or 'no case ref')} · {PLAN_TYPE_LABELS[d.plan_type]}"
        out.append(f"[reverse] Child {i + 1}: {head} [/reverse]")
        if assessments and i < len(assessments):
            out += assessment_line(assessments[i])
        out.append("")
        if d.previous_actions:
            out.append("[b]Actions from last time[/b]")
            for p in d.previous_actions:
                note = f": {escape(p.note)}" if p.note.strip() else ""
                out.append(f"  • {escape(p.action)} ({escape(p.owner) or 'no owner'}) {REVIEW_LABELS[p.status]}{note}")
            out.append("")
        for name, prompt in CHILD_SECTIONS.items():
            if name == "decisions":
                out.append("[b]Key decisions[/b]")
                if not d.decisions:
                    out.append("  [dim]None recorded[/dim]")
                for k in d.decisions:
                    why = _why(k)
                    out.append(f"  • {escape(k.decision)}\n    [i]Why:[/i] {why}")
                out.append("")
            elif name == "actions":
                out.append("[b]Actions[/b]")
                if not d.actions:
                    out.append("  [dim]None recorded[/dim]")
                for a in d.actions:
                    owner = escape(a.owner) if a.owner.strip() else "[$warning]no owner[/]"
                    due = show_date(a.due) if a.due else "[$warning]no date[/]"
                    out.append(f"  • {escape(a.action)} · {owner} · by {due}")
                out.append("")
            else:
                title = prompt.title
                if name == "risk" and d.safety_scale is not None:
                    title += f" · safety {d.safety_scale}/10"
                para = _para(title, getattr(d, name))
                verdict = boxes[i].get(name) if boxes and i < len(boxes) else None
                if verdict is not None and not verdict.empty:
                    para.insert(-1, box_markup(verdict))
                out += para
    out.append("[reverse] The worker [/reverse]")
    out.append("")
    for name, prompt in WORKER_SECTIONS.items():
        out += _para(prompt.title, getattr(r.worker, name))
    out.append("[reverse] Sign-offs [/reverse]")
    if not r.signoffs:
        out.append("[dim]Not signed yet.[/dim]")
    for s in r.signoffs:
        if s.role == SignRole.supervisor:
            out.append(f"Supervisor: {escape(s.name)}, {when(s.signed_at)}")
        else:
            verdict = "agrees" if s.agrees else "[$warning]disagrees[/]"
            out.append(f"Supervisee: {escape(s.name)}, {when(s.signed_at)}: {verdict}")
            if s.comment.strip():
                out.append(f"  [i]In their words:[/i] {escape(s.comment)}")
    out.append("")
    if r.addenda:
        out.append("[reverse] Addenda [/reverse]")
        for a in r.addenda:
            out.append(f"[b]{when(a.created_at)} by {escape(a.author)}[/b] · reason: {escape(a.reason)}")
            out.append(escape(a.text))
            out.append("")
    if audit is not None:
        out.append("[reverse] Audit trail [/reverse]")
        out += audit_lines(audit)
        out.append(f"[dim]{len(audit)} log entr{'y' if len(audit) == 1 else 'ies'}, each sealed with the hash of "
                   "the one before: supervision-tui verify checks them.[/dim]")
        out.append("")
    return "\n".join(out)


ACTION_WORDS = {
    "import": "imported the record",
    "sign_supervisor": "signed as supervisor",
    "export": "exported it",
}


def _saves(run: list) -> str:
    """A run of saves by one person, as one line: when, who, and the sections they changed."""
    first, last = run[0], run[-1]
    start, end = (dt.datetime.fromisoformat(e.at).astimezone() for e in (first, last))
    span = when(start) + (f"-{end:%H:%M}" if end.strftime("%H:%M") != start.strftime("%H:%M") else "")
    if end.date() != start.date():
        span = f"{when(start)} to {when(end)}"
    sections = _merged([(part, e.detail.get("children") or {}) for e in run for part in e.detail.get("changed", [])])
    verb = "started the draft" if first.action == "create" else "edited the draft"
    saves = f" ({len(run)} saves)" if len(run) > 1 else ""
    what = f": {escape('; '.join(sections))}" if sections else ""
    return f"[dim]{span}[/dim] {escape(first.actor)} {verb}{saves}{what}"


def _merged(parts: list[tuple[str, dict[str, str]]]) -> list[str]:
    """Each save names what it changed ("A.B.: risk"), and which child each label is (saves since
    the trail kept it); over a sitting, each child is named once, by its latest label, with
    everything changed for them ("A.B.: added, risk, impact"), in the order first changed."""
    merged: dict[str, list[str]] = {}
    name: dict[str, str] = {}
    for part, children in parts:
        who, sep, what = part.rpartition(": ")
        key, items = ((children.get(who, who), what.split(", ")) if sep else (part, []))
        name[key] = who if sep else part
        have = merged.setdefault(key, [])
        have += [i for i in items if i not in have]
    return [f"{name[k]}: {', '.join(v)}" if v else name[k] for k, v in merged.items()]


def audit_lines(entries: list) -> list[str]:
    """The audit log of one record in plain words, one line per sitting: consecutive saves by the
    same person become one line naming the sections they changed."""
    out: list[str] = []
    run: list = []
    for e in entries:
        if e.action in ("create", "edit") and (not run or run[-1].actor == e.actor):
            run.append(e)
            continue
        if run:
            out.append(_saves(run))
            run = []
        if e.action in ("create", "edit"):
            run = [e]
            continue
        at = f"[dim]{when(dt.datetime.fromisoformat(e.at))}[/dim]"
        if e.action == "sign_supervisee":
            verdict = "agrees with the record" if e.detail.get("agrees") else "[$warning]disagrees[/] with the record"
            out.append(f"{at} {escape(str(e.detail.get('name', e.actor)))} (supervisee) responded: {verdict}")
        elif e.action == "addendum":
            out.append(f"{at} {escape(e.actor)} added an addendum: {escape(str(e.detail.get('reason', '')))}")
        else:
            words = ACTION_WORDS.get(e.action, e.action.replace("_", " "))
            out.append(f"{at} {escape(e.actor)} {words}")
    if run:
        out.append(_saves(run))
    return out
