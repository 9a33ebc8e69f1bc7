"""The actions set at the child's previous supervision, each marked done / not done / no longer needed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from ..safe_markup import escape
from textual.message import Message
from textual.widgets import Label, RadioButton, RadioSet, Static, TextArea

from ...models import ActionReview, ReviewStatus
from ..dates import show_date
from .line_area import LineArea

CHOICES = (
    (ReviewStatus.done, "Done"),
    (ReviewStatus.not_done, "Not done"),
    (ReviewStatus.no_longer_needed, "No longer needed"),
)


class ReviewRow(Vertical):
    def __init__(self, n: int, review: ActionReview) -> None:
        super().__init__(classes="item-row")
        self.n = n
        self.review = review

    def compose(self) -> ComposeResult:
        r = self.review
        who = f" · {escape(r.owner)}" if r.owner.strip() else ""
        due = f" · due {show_date(r.due)}" if r.due else ""
        yield Static(Content.from_markup(f"[b]{self.n}.[/b] {escape(r.action)}[dim]{who}{due}[/dim]"),
                     classes="review-action")
        with RadioSet(classes="review-status", id=f"review-{self.n}"):
            for status, label in CHOICES:
                yield RadioButton(label, value=r.status == status, name=status.value)
        with Horizontal(classes="item-line"):
            yield Label("Why", classes="item-label sub")
            yield LineArea(r.note, placeholder="Why not done, or why no longer needed",
                           classes="note", id=f"review-note-{self.n}")
        yield Static("", classes="field-error")

    def value(self) -> ActionReview:
        if not self.query(".note"):
            return self.review
        pressed = self.query_one(RadioSet).pressed_button
        status = ReviewStatus(pressed.name) if pressed is not None else None
        return self.review.model_copy(update={"status": status, "note": self.query_one(".note", LineArea).value})

    def check(self) -> None:
        if not self.query(".field-error"):
            return
        v = self.value()
        message = ""
        if v.status == ReviewStatus.not_done and not v.note.strip():
            message = "Not done: say why, and whether it carries forward as a new action."
        error = self.query_one(".field-error", Static)
        error.update(message)
        error.display = bool(message)


class PreviousActions(Vertical):
    """Posts `PreviousActions.Changed` with every review (status None = not reviewed yet)."""

    class Changed(Message):
        def __init__(self, reviews: list[ActionReview]) -> None:
            super().__init__()
            self.reviews = reviews

    def __init__(self, reviews: list[ActionReview], **kwargs) -> None:
        super().__init__(**kwargs)
        self._initial = list(reviews)

    def compose(self) -> ComposeResult:
        if not self._initial:
            yield Static("No actions were recorded for this child at a previous supervision.",
                         classes="hint")
        for i, r in enumerate(self._initial):
            yield ReviewRow(i + 1, r)

    def values(self) -> list[ActionReview]:
        return [row.value() for row in self.query(ReviewRow)]

    @on(RadioSet.Changed)
    @on(TextArea.Changed)
    def _changed(self, event) -> None:
        event.stop()
        for row in self.query(ReviewRow):
            row.check()
        self.post_message(self.Changed(self.values()))

