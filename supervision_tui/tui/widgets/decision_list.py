"""Key decisions, each with its rationale: a blank row is always ready for the next one."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static

from ...models import KeyDecision


class DecisionRow(Vertical):
    def __init__(self, n: int, decision: KeyDecision | None = None) -> None:
        super().__init__(classes="item-row")
        self.n = n
        self.decision = decision or KeyDecision()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="item-line"):
            yield Label(f"Decision {self.n}", classes="item-label")
            yield Input(self.decision.decision, placeholder="What was decided", compact=True,
                        classes="decision", id=f"decision-{self.n}")
        with Horizontal(classes="item-line"):
            yield Label("Why", classes="item-label sub")
            yield Input(self.decision.rationale, placeholder="Why this, and why now", compact=True,
                        classes="rationale", id=f"rationale-{self.n}")
        yield Static("", classes="field-error")

    def value(self) -> KeyDecision:
        if not self.query(".rationale"):
            return self.decision  # not composed yet
        return KeyDecision(
            decision=self.query_one(".decision", Input).value,
            rationale=self.query_one(".rationale", Input).value,
        )

    def check(self, finished: bool) -> None:
        """Advice, never a block: a decision needs its reason."""
        if not self.query(".field-error"):
            return
        d = self.value()
        message = ""
        if finished and d.decision.strip() and not d.rationale.strip():
            message = "Add the rationale: why was this the right decision for the child?"
        elif finished and d.rationale.strip() and not d.decision.strip():
            message = "What was decided? The rationale needs its decision."
        error = self.query_one(".field-error", Static)
        error.update(message)
        error.display = bool(message)


class DecisionList(Vertical):
    """Posts `DecisionList.Changed` with the decisions typed so far (blank rows left out)."""

    class Changed(Message):
        def __init__(self, decisions: list[KeyDecision]) -> None:
            super().__init__()
            self.decisions = decisions

    def __init__(self, decisions: list[KeyDecision], **kwargs) -> None:
        super().__init__(**kwargs)
        self._initial = list(decisions)

    def compose(self) -> ComposeResult:
        for i, d in enumerate(self._initial):
            yield DecisionRow(i + 1, d)
        yield DecisionRow(len(self._initial) + 1)

    def on_mount(self) -> None:
        for row in self.query(DecisionRow):
            row.check(finished=bool(self._initial))

    def values(self) -> list[KeyDecision]:
        out = []
        for row in self.query(DecisionRow):
            d = row.value()
            if d.decision.strip() or d.rationale.strip():
                out.append(d)
        return out

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        rows = list(self.query(DecisionRow))
        last = rows[-1].value()
        if last.decision.strip() or last.rationale.strip():
            self.mount(DecisionRow(len(rows) + 1))
        self.post_message(self.Changed(self.values()))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()

    def on_descendant_blur(self) -> None:
        focused = self.screen.focused
        for row in self.query(DecisionRow):
            row.check(finished=focused is None or focused not in row.query(Input))
