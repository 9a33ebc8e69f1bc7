"""A list of small forms (decisions, actions) that always keeps a blank row ready for the next."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, TextArea


class ItemRow(Vertical):
    """One item's inputs and its advice line. Subclasses say what the item is and how to judge it."""

    def __init__(self, n: int) -> None:
        super().__init__(classes="item-row")
        self.n = n

    def fields(self) -> list:
        """The row's one-line fields: Inputs and wrapping LineAreas."""
        return list(self.query("Input, LineArea"))

    @property
    def composed(self) -> bool:
        return bool(self.fields())

    def value(self):
        raise NotImplementedError

    def is_blank(self) -> bool:
        raise NotImplementedError

    def check(self, finished: bool) -> None:
        """Show advice for the row; `finished` once the manager has left it."""
        raise NotImplementedError

    def problem(self) -> str | None:
        """What in this row cannot be recorded as typed, if anything."""
        return None


class GrowingList(Vertical):
    """Rows of `row_class`; posts `Changed` (a subclass's message) with the non-blank values."""

    row_class: type[ItemRow]

    class Changed(Message):
        def __init__(self, items: list, problems: list[str] | None = None) -> None:
            super().__init__()
            self.items = items
            self.problems = problems or []  # what is typed but cannot be recorded (a date that does not exist)

    def __init__(self, items: list, **kwargs) -> None:
        super().__init__(**kwargs)
        self._initial = list(items)

    def compose(self) -> ComposeResult:
        for i, item in enumerate(self._initial):
            yield self.row_class(i + 1, item)
        yield self.row_class(len(self._initial) + 1)

    def _rows(self) -> list[ItemRow]:
        return list(self.query(self.row_class))

    def on_mount(self) -> None:
        for row in self._rows():
            row.check(finished=True)

    def values(self) -> list:
        return [row.value() for row in self._rows() if not row.is_blank()]

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _changed(self, event: Input.Changed | TextArea.Changed) -> None:
        event.stop()
        field = event.input if isinstance(event, Input.Changed) else event.text_area
        rows = self._rows()
        if not rows[-1].is_blank():
            self.mount(self.row_class(len(rows) + 1))
        for row in rows:
            if field in row.fields():
                row.check(finished=False)
        problems = [p for p in (row.problem() for row in rows) if p]
        self.post_message(self.Changed(self.values(), problems))


    def on_descendant_blur(self) -> None:
        focused = self.screen.focused
        for row in self._rows():
            row.check(finished=focused is None or focused not in row.fields())
