"""Actions, each with an owner and a date: a blank row is always ready for the next one."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static

from ...models import Action
from ..dates import DateError, DateValidator, parse_date, show_date


class ActionRow(Vertical):
    def __init__(self, n: int, action: Action | None = None) -> None:
        super().__init__(classes="item-row")
        self.n = n
        self.action = action or Action()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="item-line"):
            yield Label(f"Action {self.n}", classes="item-label")
            yield Input(self.action.action, placeholder="What needs to happen", compact=True,
                        classes="action", id=f"action-{self.n}")
        with Horizontal(classes="item-line"):
            yield Label("Owner", classes="item-label sub")
            yield Input(self.action.owner, placeholder="Who", compact=True, classes="owner",
                        id=f"owner-{self.n}")
            yield Label("By", classes="item-label-short")
            yield Input(show_date(self.action.due), placeholder="DD/MM/YYYY", compact=True,
                        classes="due", id=f"due-{self.n}",
                        validators=[DateValidator()], validate_on=["changed", "blur"])
        yield Static("", classes="field-error")

    def value(self) -> Action:
        """The action as typed; a date that cannot be read is left out (the row says why)."""
        if not self.query(".due"):
            return self.action  # not composed yet
        try:
            due = parse_date(self.query_one(".due", Input).value)
        except DateError:
            due = None
        return Action(
            id=self.action.id,
            action=self.query_one(".action", Input).value,
            owner=self.query_one(".owner", Input).value,
            due=due,
        )

    def is_blank(self) -> bool:
        if not self.query(".due"):
            a = self.action
            return not (a.action.strip() or a.owner.strip() or a.due)
        return not any(i.value.strip() for i in self.query(Input))

    def check(self, finished: bool) -> None:
        if not self.query(".due"):
            return
        messages = []
        try:
            parse_date(self.query_one(".due", Input).value)
        except DateError as e:
            messages.append(str(e))
        a = self.value()
        if finished and a.action.strip():
            if not a.owner.strip():
                messages.append("An action needs an owner: who will do it?")
            if a.due is None and not messages:
                messages.append("By when? Add a date so drift shows.")
        error = self.query_one(".field-error", Static)
        error.update("\n".join(messages))
        error.display = bool(messages)


class ActionList(Vertical):
    """Posts `ActionList.Changed` with the actions typed so far (blank rows left out)."""

    class Changed(Message):
        def __init__(self, actions: list[Action]) -> None:
            super().__init__()
            self.actions = actions

    def __init__(self, actions: list[Action], **kwargs) -> None:
        super().__init__(**kwargs)
        self._initial = list(actions)

    def compose(self) -> ComposeResult:
        for i, a in enumerate(self._initial):
            yield ActionRow(i + 1, a)
        yield ActionRow(len(self._initial) + 1)

    def on_mount(self) -> None:
        for row in self.query(ActionRow):
            row.check(finished=True)

    def values(self) -> list[Action]:
        return [row.value() for row in self.query(ActionRow) if not row.is_blank()]

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        rows = list(self.query(ActionRow))
        if not rows[-1].is_blank():
            self.mount(ActionRow(len(rows) + 1))
        for row in rows:
            if event.input in row.query(Input):
                row.check(finished=False)
        self.post_message(self.Changed(self.values()))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()

    def on_descendant_blur(self) -> None:
        focused = self.screen.focused
        for row in self.query(ActionRow):
            row.check(finished=focused is None or focused not in row.query(Input))
