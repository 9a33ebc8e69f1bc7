"""A criterion the second reading unmet quotes the manager's own words in its prompt: markup and
terminal escapes in them are shown as text in the panel, never read as markup."""

import supervision_tui.quality.checker as checker
from supervision_tui.models import CRITERIA
from supervision_tui.quality import assess_text, second_reading
from supervision_tui.tui.widgets.quality_panel import panel_markup
from textual.content import Content


def _sure_not() -> second_reading.SecondReading:
    return second_reading.SecondReading({
        "rubric": "x", "criteria": ["reflection"], "strength_scale": 3.0, "min_words": 5,
        "bias": [-20.0], "threshold": 0.6, "unmeet": 0.2,
        "strength_weights": {c: [0.0] for c in CRITERIA}, "vocab": {},
    })


def test_hostile_words_in_a_doubted_prompt_stay_text(monkeypatch):
    text = ("I think [bold red]the missed visits[/] are about mum's fear \x1b[31mof losing the children[0m "
            "rather than defiance, because she engages well whenever the visit is planned with her.")
    assert assess_text(text).criteria["reflection"].met
    monkeypatch.setattr(checker, "SECOND_READING", _sure_not())
    a = assess_text(text)
    prompt = a.criteria["reflection"].prompt
    assert "[bold red]" in prompt
    plain = Content.from_markup(panel_markup(a, "the child", prompt)).plain
    assert "[bold red]the missed visits[/]" in plain
