"""The flow's progress indicator: a bar and where you are, in words."""

from __future__ import annotations

from textual.content import Content
from ..safe_markup import escape
from textual.widgets import Static


def progress_markup(index: int, total: int, where: str, width: int) -> str:
    label = f" {index + 1}/{total} "
    bar_width = max(4, width - len(label) - 2)
    done = round(bar_width * (index + 1) / max(total, 1))
    return (
        f"[$accent]{'━' * done}[/][$foreground 25%]{'━' * (bar_width - done)}[/]"
        f"[b]{label}[/b]\n[b $text-accent]{escape(where)}[/]"
    )


class StepProgress(Static):
    """Step n of m, as a bar and as words ("Child 1 of 2 · K · Lived experience")."""

    DEFAULT_CSS = """
    StepProgress {
        height: 2;
        padding: 0 1;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__("", **kwargs)
        self._state = (0, 1, "")

    def set_step(self, index: int, total: int, where: str) -> None:
        self._state = (index, total, where)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = self.content_region.width or 78
        self.update(Content.from_markup(progress_markup(*self._state, width)))
