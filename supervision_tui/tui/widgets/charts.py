"""Small charts for the dashboard: stacked band bars, a legend, a trend line.

Built from Rich text and Textual's Sparkline, so they render in any terminal
and in snapshot tests alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Sparkline, Static

from ...models import BAND_LABELS, Band
from ...reports.figures import sparkline

BANDS: tuple[str, ...] = tuple(b.value for b in Band)
BAND_COLOURS = {
    "inadequate": "#d9534f",
    "requires_improvement": "#f0ad4e",
    "good": "#5cb85c",
    "outstanding": "#3fa7d6",
}
SHORT_LABELS = {
    "inadequate": "Inadequate",
    "requires_improvement": "Req. impr.",
    "good": "Good",
    "outstanding": "Outstanding",
}


def band_bar(bands: Mapping[str, int], width: int = 20) -> Text:
    """One horizontal bar, split by band in order (inadequate first), `width` cells long."""
    total = sum(bands.get(b, 0) for b in BANDS)
    text = Text(no_wrap=True)
    if not total:
        return text.append("·" * width, style="dim")
    used = cumulative = 0
    for b in BANDS:
        cumulative += bands.get(b, 0)
        end = round(cumulative / total * width)
        if end > used:
            text.append("█" * (end - used), style=BAND_COLOURS[b])
        used = end
    return text


spark_text = sparkline  # the same trend as the command line's report


def arrow(direction: str) -> Text:
    return {
        "up": Text("↑", style="bold green"),
        "down": Text("↓", style="bold red"),
    }.get(direction, Text("→", style="dim"))


class BandLegend(Static):
    """What each colour of a band bar means."""

    DEFAULT_CSS = """
    BandLegend { height: 1; width: auto; }
    """

    def __init__(self, **kwargs) -> None:
        text = Text(no_wrap=True)
        for i, b in enumerate(BANDS):
            text.append("█ " if i == 0 else "  █ ", style=BAND_COLOURS[b]).append(SHORT_LABELS[b])
        super().__init__(text, **kwargs)


class TrendLine(Horizontal):
    """A labelled sparkline of a series (e.g. mean score by month) with its first and last values."""

    DEFAULT_CSS = """
    TrendLine { height: 1; }
    TrendLine > .trend-label { width: auto; padding-right: 1; }
    TrendLine > Sparkline { width: 1fr; height: 1; }
    TrendLine > .trend-range { width: auto; padding-left: 1; }
    """

    def __init__(self, label: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self._label = label

    def compose(self) -> ComposeResult:
        yield Static(self._label, classes="trend-label")
        yield Sparkline([], summary_function=max)
        yield Static("", classes="trend-range")

    def show(self, values: Sequence[float], first: str = "", last: str = "") -> None:
        self.query_one(Sparkline).data = list(values)
        ends = f"{first} {values[0]:.0f} → {last} {values[-1]:.0f}" if values else "no scores yet"
        self.query_one(".trend-range", Static).update(ends)


def band_label(band: str | None, short: bool = False) -> Text:
    """A band in its colour; `short` for a narrow table ("Req. improvement")."""
    if not band:
        return Text("unscored", style="dim")
    label = BAND_LABELS[Band(band)]
    if short and band == Band.requires_improvement.value:
        label = "Req. improvement"
    return Text(label, style=BAND_COLOURS.get(band, ""))
