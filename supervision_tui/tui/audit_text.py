"""A record's audits as readable text (Textual markup), for the record screen: the supervisor's feedback."""

from __future__ import annotations

from textual.markup import escape

from ..models import AUDIT_QUESTION_LABELS, BAND_LABELS, Audit, AuditQuestion
from ..quality import SPECS
from .record_text import when

_ANSWER = {True: "[$success]yes[/]", False: "[$error]no[/]", None: "[dim]n/a[/dim]"}


def _yes_no(v: bool) -> str:
    return "yes" if v else "no"


def audits_markup(audits: list[tuple[Audit, bool]]) -> str:
    """Each audit, newest first; superseded ones in one line each, kept for the record."""
    if not audits:
        return ""
    out = ["", "[reverse] Audits [/reverse]"]
    for audit, current in audits:
        head = f"[b]{when(audit.created_at)} by {escape(audit.auditor)}[/b] · {audit.source.value}"
        if not current:
            out.append(f"[dim]{head} · superseded by a later audit[/dim]")
            continue
        changed = sum(1 for d in audit.discussions if d.overrides())
        out.append(f"{head} · {len(audit.discussions)} case discussion(s), "
                   + (f"[$warning]{changed} where the auditor differs from the checker[/]" if changed
                      else "the checker confirmed"))
        for d in audit.discussions:
            over = d.overrides()
            if not over:
                continue
            bits = []
            for c in over:
                if c == "band":
                    bits.append(f"band {BAND_LABELS[d.checker_band]} → [b]{BAND_LABELS[d.auditor_band]}[/b]")
                else:
                    bits.append(f"{SPECS[c].title.lower()} {_yes_no(d.checker[c])} → [b]{_yes_no(d.auditor[c])}[/b]")
            out.append(f"  • {escape(d.child or 'a child')}: " + "; ".join(bits))
            if d.comment:
                out.append(f"    [i]Auditor:[/i] {escape(d.comment)}")
        answered = [(q, audit.questions[q]) for q in AuditQuestion if q in audit.questions]
        if answered:
            out.append("  " + " · ".join(f"{AUDIT_QUESTION_LABELS[q]}: {_ANSWER[v]}" for q, v in answered))
        if audit.went_well:
            out.append(f"  [b]What went well:[/b] {escape(audit.went_well)}")
        if audit.to_improve:
            out.append(f"  [b]What to improve:[/b] {escape(audit.to_improve)}")
        out.append("")
    return "\n".join(out)
