"""Actions, each with an owner and a date: a blank row is always ready for the next one."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static

from ...models import Action
from ..dates import DateError, DateValidator, parse_date, show_date
from .growing_list import GrowingList, ItemRow
from .line_area import LineArea


class ActionRow(ItemRow):
    def __init__(self, n: int, action: Action | None = None, due_text: str | None = None) -> None:
        super().__init__(n)
        self.action = action or Action()
        self.due_text = due_text  # a date typed that could not be read: shown again as typed

    def compose(self) -> ComposeResult:
        with Horizontal(classes="item-line"):
            yield Label(f"Action {self.n}", classes="item-label")
            yield LineArea(self.action.action, placeholder="What needs to happen",
                           classes="action", id=f"action-{self.n}")
        # The owner on a line of its own, wrapping: "Social worker (Priya Shah)" reads whole at 80 columns
        with Horizontal(classes="item-line"):
            yield Label("Owner", classes="item-label sub")
            yield LineArea(self.action.owner, placeholder="Who will do it", classes="owner",
                           id=f"owner-{self.n}")
        with Horizontal(classes="item-line"):
            yield Label("By", classes="item-label sub")
            yield Input(self.due_text if self.due_text is not None else show_date(self.action.due),
                        placeholder="DD/MM/YYYY", compact=True,
                        classes="due", id=f"due-{self.n}",
                        validators=[DateValidator(future=True, today=self._today)],
                        validate_on=["changed", "blur"])
        yield Static("", classes="field-error")

    @property
    def _today(self):
        return getattr(self.app, "today", None)  # the app's clock (a test's fixed day)

    def value(self) -> Action:
        """The action as typed; a date that cannot be read is left out (the row says why)."""
        if not self.composed:
            return self.action
        try:
            due = parse_date(self.query_one(".due", Input).value, today=self._today, future=True)
        except DateError:
            due = None
        return Action(
            id=self.action.id,
            action=self.query_one(".action", LineArea).value,
            owner=self.query_one(".owner", LineArea).value,
            due=due,
        )

    def is_blank(self) -> bool:
        if not self.composed:
            a = self.action
            return not (a.action.strip() or a.owner.strip() or a.due)
        return not any(i.value.strip() for i in self.fields())

    @on(Input.Blurred, ".due")
    def _due_left(self, event: Input.Blurred) -> None:
        """A date typed short ("15/12") is shown in full on leaving it: it says which year."""
        try:
            day = parse_date(event.value, today=self._today, future=True)
        except DateError:
            return
        if day is not None and event.value.strip() != show_date(day):
            event.input.value = show_date(day)

    def problem(self) -> str | None:
        if not self.composed:
            return None
        try:
            parse_date(self.query_one(".due", Input).value, today=self._today, future=True)
        except DateError as e:
            return f"Action {self.n}: {e}"
        return None

    def check(self, finished: bool) -> None:
        if not self.composed:
            return
        messages = []
        try:
            parse_date(self.query_one(".due", Input).value, today=self._today, future=True)
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


class ActionList(GrowingList):
    """Posts `ActionList.Changed` with the actions typed so far (blank rows left out).

    `unread`: dates typed earlier that could not be read, by action id: the record holds no
    date for them, so they come back as typed (with their message) rather than vanish.
    """

    row_class = ActionRow

    def __init__(self, items: list, unread: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(items, **kwargs)
        self._unread = unread or {}

    def compose(self):
        for i, item in enumerate(self._initial):
            yield ActionRow(i + 1, item, self._unread.get(item.id))
        yield ActionRow(len(self._initial) + 1)

    def unread_dates(self) -> dict[str, str]:
        """The dates typed that cannot be read, by action id."""
        return {row.action.id: row.query_one(".due", Input).value for row in self._rows()
                if row.composed and row.problem()}

    class Changed(GrowingList.Changed):
        @property
        def actions(self) -> list[Action]:
            return self.items
