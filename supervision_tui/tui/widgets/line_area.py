"""A one-line answer that wraps as it grows, so the whole of it is always in view.

For decisions, rationales, actions and "why not done": a rationale is often a sentence or
two, and an `Input` shows about a dozen characters of it at 80 columns. This is a TextArea
that starts one line high, grows with its text (to `max-height`, then scrolls), and keeps
one paragraph: Enter moves on (the flow's own binding), a pasted line break becomes a space.
`value` reads and writes the text, as on an Input, so the forms treat both alike.
"""

from __future__ import annotations

from textual.widgets import TextArea


class LineArea(TextArea):
    DEFAULT_CSS = """
    LineArea {
        height: auto;
        min-height: 1;
        max-height: 6;
        width: 1fr;
        border: none;
        padding: 0;
    }
    LineArea:focus {
        border: none;
    }
    """

    def __init__(self, value: str = "", *, placeholder: str = "", id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(" ".join(value.splitlines()), soft_wrap=True, tab_behavior="focus",
                         show_line_numbers=False, compact=True, placeholder=placeholder, id=id,
                         classes=classes, highlight_cursor_line=False)

    def _on_focus(self, event) -> None:
        self.move_cursor(self.document.end)  # carry on where the answer ends

    @property
    def value(self) -> str:
        return self.text

    @value.setter
    def value(self, text: str) -> None:
        self.text = text

    async def _on_paste(self, event) -> None:
        # one paragraph: the line breaks of a paste become spaces
        event.prevent_default()
        if result := self._replace_via_keyboard(" ".join(event.text.splitlines()), *self.selection):
            self.move_cursor(result.end_location)
