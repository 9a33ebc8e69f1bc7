"""An auditor's audit of one record: confirm or override the checker, answer the council's questions.

Every verdict arrives pre-filled (the checker's for each criterion and band, the
record's own answer to each question where it knows one); the auditor changes
what they disagree with, says why, and submits. A submitted audit is final: a
later audit supersedes it, nothing edits it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Input, Label, Select, Static, TextArea

from ...models import AUDIT_QUESTION_LABELS, BAND_LABELS, Audit, AuditQuestion, Band, CriterionId
from ...quality import SPECS
from ...store import Store, StoreError

BAND_OPTIONS = [(BAND_LABELS[b], b.value) for b in Band]
ANSWER_OPTIONS = [("Yes", "yes"), ("No", "no"), ("Not applicable / cannot tell", "na")]
_ANSWER = {True: "yes", False: "no", None: "na"}
_FROM_ANSWER = {"yes": True, "no": False, "na": None}


def _why(met: bool | None, evidence: str, overridden: bool = False) -> str:
    """What the checker said, and whether the auditor now says otherwise."""
    said = (escape(evidence) if evidence else "checker: met") if met else "[dim]checker: not met[/dim]"
    if overridden:
        return f"[b $text-warning]override: {'met' if not met else 'not met'}[/] · {said}"
    return said


def _criterion_label(c: CriterionId) -> str:
    return SPECS[c.value].title


class Verdict(Checkbox):
    """A criterion's verdict: ✓ met, blank not met (readable without colour, in a screen reader's text too)."""

    @property
    def BUTTON_INNER(self) -> str:  # noqa: N802 - the name Textual reads
        return "✓" if self.value else " "


class AuditScreen(Screen[str | None]):
    """Dismisses with the submitted audit's id, or None when the auditor leaves without submitting."""

    CSS_PATH = Path(__file__).with_name("audit.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back (nothing saved)"),
        Binding("ctrl+s", "submit", "Submit audit"),
    ]

    def __init__(self, store: Store, record_id: str) -> None:
        super().__init__()
        from ...reports.audit_form import new_audit
        from ...store.audits import previous_supervision

        self.store = store
        self.record = store.load(record_id)
        prev = previous_supervision(store, self.record.supervisee, self.record.date.isoformat(), record_id)
        self.draft: Audit = new_audit(self.record, store.actor, dt.date.fromisoformat(prev) if prev else None)

    # Layout --------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        r = self.record
        yield Static(Content.from_markup(
            f"[b]Audit[/b] · {escape(r.supervisee or '?')} with {escape(r.supervisor or '?')} · "
            f"{r.date:%d/%m/%Y} · {escape(r.team)}"), id="audit-title")
        # outside the scroll, so a problem is seen wherever the auditor is in the form
        yield Static("", id="audit-error", classes="field-error")
        with VerticalScroll(id="audit-body"):
            yield Static(Content.from_markup(
                "Tick or untick a verdict to override the checker (rubric "
                f"{escape(self.draft.rubric_version)}) and say why in the comment."), classes="hint")
            for i, d in enumerate(self.draft.discussions):
                with Vertical(classes="audit-discussion"):
                    score = "unscored" if d.checker_score is None else f"{d.checker_score}"
                    band = BAND_LABELS[d.checker_band] if d.checker_band else "no band"
                    yield Static(Content.from_markup(
                        f"[b]{i + 1}. {escape(d.child or 'Child')}[/b] · checker: {score}, {band}"),
                        classes="audit-child")
                    with Horizontal(classes="audit-row"):
                        yield Label("Band", classes="audit-label")
                        yield Select(BAND_OPTIONS, value=d.auditor_band.value if d.auditor_band else Select.BLANK,
                                     id=f"band-{i}", classes="audit-band", allow_blank=d.auditor_band is None,
                                     compact=True)
                    for c in CriterionId:
                        met = d.checker.get(c)
                        evidence = d.evidence.get(c, "")
                        why = _why(met, evidence)
                        with Horizontal(classes="audit-row"):
                            yield Verdict(_criterion_label(c), value=bool(d.auditor.get(c, met)),
                                           id=f"crit-{i}-{c.value}", classes="audit-crit", compact=True)
                            yield Static(Content.from_markup(why), classes="audit-evidence",
                                         id=f"why-{i}-{c.value}")
                    yield Input(placeholder="Comment: why you override the checker (needed for any change)",
                                id=f"comment-{i}", classes="audit-comment", compact=True)
            yield Static("[b]The record[/b] (pre-filled from the data where it knows)", classes="audit-child")
            for q in AuditQuestion:
                with Horizontal(classes="audit-row"):
                    yield Label(AUDIT_QUESTION_LABELS[q], classes="audit-question")
                    yield Select(ANSWER_OPTIONS, value=_ANSWER[self.draft.questions.get(q)], allow_blank=False,
                                 id=f"q-{q.value}", classes="audit-answer", compact=True)
            yield Label("What went well (for the supervisor)", classes="audit-field-label")
            yield TextArea(id="went-well", classes="audit-text")
            yield Label("What to improve", classes="audit-field-label")
            yield TextArea(id="to-improve", classes="audit-text")
            with Horizontal(classes="audit-row"):
                yield Label("Auditor", classes="audit-label")
                yield Input(value=self.store.actor, id="auditor", classes="audit-auditor", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Submit audit (ctrl+s)", id="submit", variant="success")
                yield Button("Back", id="back")
        yield Footer()

    def on_mount(self) -> None:
        first = self.query(".audit-band")
        if first:
            first.first().focus()
        self._mark_overrides()

    # Reading the form -----------------------------------------------------------------------------

    def audit(self) -> Audit:
        """The audit as the form stands (raises ValueError when it cannot be submitted)."""
        discussions = []
        for i, d in enumerate(self.draft.discussions):
            band = self.query_one(f"#band-{i}", Select).value
            auditor = {c: self.query_one(f"#crit-{i}-{c.value}", Checkbox).value for c in CriterionId}
            discussions.append(d.model_copy(update={
                "auditor_band": None if band is Select.BLANK else Band(band),
                "auditor": auditor,
                "comment": self.query_one(f"#comment-{i}", Input).value.strip(),
            }))
        questions = {q: _FROM_ANSWER[self.query_one(f"#q-{q.value}", Select).value] for q in AuditQuestion}
        return Audit.model_validate({
            **self.draft.model_dump(exclude={"id", "created_at", "discussions", "questions"}),
            "auditor": self.query_one("#auditor", Input).value.strip(),
            "discussions": [d.model_dump() for d in discussions],
            "questions": questions,
            "went_well": self.query_one("#went-well", TextArea).text.strip(),
            "to_improve": self.query_one("#to-improve", TextArea).text.strip(),
        })

    def _mark_overrides(self) -> None:
        """An overridden verdict says so beside it, so the auditor sees what needs a comment."""
        for i, d in enumerate(self.draft.discussions):
            for c in CriterionId:
                box = self.query_one(f"#crit-{i}-{c.value}", Checkbox)
                over = box.value != d.checker.get(c)
                if over != box.has_class("overridden"):
                    box.set_class(over, "overridden")
                    self.query_one(f"#why-{i}-{c.value}", Static).update(Content.from_markup(
                        _why(d.checker.get(c), d.evidence.get(c, ""), overridden=over)))
            band = self.query_one(f"#band-{i}", Select)
            band.set_class(band.value != (d.checker_band.value if d.checker_band else Select.BLANK), "overridden")

    @on(Checkbox.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        self._mark_overrides()
        self.query_one("#audit-error", Static).display = False

    def _problem(self, text: str) -> None:
        err = self.query_one("#audit-error", Static)
        err.update(text)
        err.display = True

    # Actions -----------------------------------------------------------------------------------------

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        from pydantic import ValidationError

        from .modals import ConfirmModal

        for i, d in enumerate(self.draft.discussions):
            band = self.query_one(f"#band-{i}", Select).value
            over = [c.value for c in CriterionId
                    if self.query_one(f"#crit-{i}-{c.value}", Checkbox).value != d.checker.get(c)]
            if d.checker_band and band != d.checker_band.value:
                over.insert(0, "band")
            comment = self.query_one(f"#comment-{i}", Input)
            if over and not comment.value.strip():
                self._problem(f"{i + 1}. {d.child or 'Child'}: say why you override the checker "
                              f"({', '.join(o.replace('_', ' ') for o in over)}) in the comment")
                comment.focus()
                return
        try:
            audit = self.audit()
        except ValidationError as e:
            msg = e.errors()[0].get("msg", "invalid").removeprefix("Value error, ")
            if "at least 1 character" in msg or "auditor's name" in msg:
                msg = "an audit needs the auditor's name"
                self.query_one("#auditor", Input).focus()
            self._problem(msg)
            return
        changed = sum(len(d.overrides()) for d in audit.discussions)

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            from ...store.audits import save_audits

            try:
                (saved,) = save_audits(self.store, [audit])
            except StoreError as e:
                self._problem(str(e))
                return
            self.notify("Audit submitted." + (" It supersedes your earlier audit." if saved.supersedes else ""))
            self.dismiss(saved.id)

        self.app.push_screen(ConfirmModal(
            "Submit this audit?",
            f"{len(audit.discussions)} case discussion(s), {changed} override(s) of the checker. "
            "A submitted audit cannot be edited; a later audit can supersede it.",
            yes="Submit", no="Keep editing"), answered)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.dismiss(None)
