"""The live quality panel: criteria ticking as the manager writes, the band, the next question.

It only shows an `Assessment` it is given (data down); the screen that owns it
decides when to re-assess. It advises: nothing in it can stop a save.
"""

from __future__ import annotations

from textual.content import Content
from ..safe_markup import escape
from textual.widget import Widget

from ...models import BAND_LABELS, Assessment, Band
from ...quality import BoxVerdict

BAND_STYLE = {
    Band.inadequate: "$error",
    Band.requires_improvement: "$warning",
    Band.good: "$success",
    Band.outstanding: "$success",
}

COMPACT_BELOW = 30  # terminal rows: below this the question goes first and the criteria two to a line

# Short labels so the panel fits beside the writing at 80 columns.
SHORT = {
    "depth": "Enough detail",
    "reflection": "Reflection",
    "lived_experience": "Lived experience",
    "child_impact": "Impact on child",
    "risk": "Risk and safety",
    "challenge": "Your challenge",
    "decisions": "Decisions + why",
    "actions": "Actions + owner",
    "progress": "Progress / drift",
}


# What a box's own words can do: the "What is happening" box gives the facts; enough detail
# is the whole discussion's (about 80 words), so the box does not claim it.
BOX_SHORT = {**{k: v.lower() for k, v in SHORT.items()}, "depth": "enough facts"}


def box_markup(box: BoxVerdict) -> str:
    """One box's own verdict: what it does, or the question that would make it do its job."""
    if box.met:
        return f"[$success]✓[/] This box: {BOX_SHORT[box.criterion]}"
    if box.empty:
        return f"[dim]· This box is empty.[/dim] [i]{escape(box.prompt)}[/i]"
    return f"[$warning]! This box: not yet {BOX_SHORT[box.criterion]}.[/] [i]{escape(box.prompt)}[/i]"


# Shorter still, two to a line, for a panel on a small terminal.
TINY = {
    "depth": "Detail",
    "reflection": "Reflection",
    "lived_experience": "Lived exp.",
    "child_impact": "Impact",
    "risk": "Risk",
    "challenge": "Challenge",
    "decisions": "Decisions",
    "actions": "Actions",
    "progress": "Progress",
}


def panel_markup(assessment: Assessment | None, child: str, prompt: str, box: BoxVerdict | None = None,
                 compact: bool = False) -> str:
    """The panel's text as Textual markup (every piece of user text escaped).

    `compact` (a small terminal): the questions come first, and the criteria two to a line
    after them, so that the question to ask is never below the panel's last line.
    """
    if assessment is None:
        return f"[b]Quality · {escape(child)}[/b]\n[dim]Start writing: the checker reads as you type.[/dim]"
    band = assessment.band
    head = [
        f"[b]Quality · {escape(child)}[/b]",
        f"[b {BAND_STYLE[band]}]{BAND_LABELS[band]}[/] [dim]{assessment.score}/100[/dim]",
    ]
    if assessment.brief_descriptive:
        head.append("[$warning]Brief and descriptive[/]")
    criteria = []
    for cid, crit in assessment.criteria.items():
        key = cid.value if hasattr(cid, "value") else str(cid)
        label = TINY[key] if compact else SHORT[key]
        mark = "[$success]✓[/]" if crit.met else "[dim]·[/dim]"
        criteria.append((f"{mark} {label}" if crit.met else f"{mark} [dim]{label}[/dim]", len(label) + 2))
    questions = []
    if box is not None:
        questions.append(box_markup(box))
    if box is None or box.met or box.prompt != prompt:  # (the box's own question is asked once)
        if compact:
            questions.append(f"[b]Next question:[/b] [i]{escape(prompt)}[/i]")
        else:
            questions += ["", "[b]Next question[/b]", f"[i]{escape(prompt)}[/i]"]
    if compact:
        pairs = [criteria[i:i + 2] for i in range(0, len(criteria), 2)]
        grid = [pair[0][0] + (" " * (13 - pair[0][1]) + pair[1][0] if len(pair) > 1 else "") for pair in pairs]
        return "\n".join([*head, *questions, *grid])
    lines = [*head, "", *(text for text, _ in criteria)]
    if questions:
        lines += ["", *questions] if questions[0] else questions
    return "\n".join(lines)


class QualityPanel(Widget):
    """Shows one child's assessment; `show()` redraws it (a repaint only: its size never changes)."""

    DEFAULT_CSS = """
    QualityPanel {
        width: 30;
        height: 1fr;
        padding: 0 1;
        border-left: vkey $primary 40%;
        overflow-y: auto;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.assessment: Assessment | None = None
        self.box: BoxVerdict | None = None
        self._markup = ""
        self._content = Content("")
        self._shown: tuple | None = None

    def on_resize(self) -> None:
        if self._shown is not None:
            self.show(*self._shown)  # compact or not, for the new height

    def show(self, assessment: Assessment | None, child: str, prompt: str = "", box: BoxVerdict | None = None) -> bool:
        """Draw this assessment (and the open box's own verdict); False (and no redraw) when the
        panel would look the same."""
        self.assessment = assessment
        self.box = box
        self._shown = (assessment, child, prompt, box)
        markup = panel_markup(assessment, child, prompt, box, compact=self.app.size.height < COMPACT_BELOW)
        if markup == self._markup:
            return False
        self._markup = markup
        self._content = Content.from_markup(markup)
        self.refresh()
        return True

    def render(self) -> Content:
        return self._content
