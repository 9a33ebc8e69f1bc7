"""Key decisions, each with its rationale: a blank row is always ready for the next one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, Static

from ...models import KeyDecision
from ...quality import decision_has_reason
from .growing_list import GrowingList, ItemRow
from .line_area import LineArea


class DecisionRow(ItemRow):
    def __init__(self, n: int, decision: KeyDecision | None = None) -> None:
        super().__init__(n)
        self.decision = decision or KeyDecision()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="item-line"):
            yield Label(f"Decision {self.n}", classes="item-label")
            yield LineArea(self.decision.decision, placeholder="What was decided",
                           classes="decision", id=f"decision-{self.n}")
        with Horizontal(classes="item-line"):
            yield Label("Why", classes="item-label sub")
            yield LineArea(self.decision.rationale, placeholder="Why this, and why now",
                           classes="rationale", id=f"rationale-{self.n}")
        yield Static("", classes="field-error")

    def value(self) -> KeyDecision:
        if not self.composed:
            return self.decision
        return KeyDecision(
            decision=self.query_one(".decision", LineArea).value,
            rationale=self.query_one(".rationale", LineArea).value,
        )

    def is_blank(self) -> bool:
        d = self.value()
        return not (d.decision.strip() or d.rationale.strip())

    def check(self, finished: bool) -> None:
        """Advice, never a block: a decision needs its reason."""
        if not self.composed:
            return
        d = self.value()
        message = ""
        if finished and d.decision.strip() and not decision_has_reason(d.decision, d.rationale):
            message = "Add the rationale: why was this the right decision for the child?"
        elif finished and d.rationale.strip() and not d.decision.strip():
            message = "What was decided? The rationale needs its decision."
        error = self.query_one(".field-error", Static)
        error.update(message)
        error.display = bool(message)


class DecisionList(GrowingList):
    """Posts `DecisionList.Changed` with the decisions typed so far (blank rows left out)."""

    row_class = DecisionRow

    class Changed(GrowingList.Changed):
        @property
        def decisions(self) -> list[KeyDecision]:
            return self.items
