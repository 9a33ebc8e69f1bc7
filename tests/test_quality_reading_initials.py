"""The child named by an initial standing alone, and a heading name before a long dash (our own
words): "V told his school nurse", "K. now asks to go to bed", "Sami, 14 — ...". A capital that
is a label ("Q:", "Plan B"), a title's name ("Mr K") or one of a, i and the letters a contraction
or possessive leaves (I'd, I'm, can't, nan's) is not the child."""

from __future__ import annotations

import pytest

from supervision_tui.quality.criteria import prepare
from supervision_tui.quality.text import segment

from test_quality_lived_forms import _first_box, _free, _lived_box


def _names(text: str) -> frozenset[str]:
    return prepare(segment(text), text).names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Vinnie 14 - CSE. V told his school nurse a man paid him for photos.", "v"),
        ("Kacey, 8. Nan says K. now asks to go to bed.", "k"),
        ("Oskar, 2. Carers log that O. won't settle until after 10pm.", "o"),
        ("Paige 13. P says the b/f is different.", "p"),
        ("Sami, 14 \u2014 seen at the food bank.", "sami"),
        ("Sami, 14 \u2013 seen at the food bank.", "sami"),
    ],
)
def test_the_childs_initial_and_a_name_before_a_long_dash(text, name):
    assert name in _names(text), (text, sorted(_names(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Quinn 15. Q: what is the plan? A: CIN.", "q"),
        ("Kai (6) has a Plan K for the holidays.", "k"),
        ("Kai (6). Mr K says he is settled.", "k"),
        ("Sienna (13) is at nan's. S. told SW she is fine.", "s"),
        ("Demi (14). I'd say it's worse.", "d"),
        ("Kai (6) is in class K2.", "k"),
    ],
)
def test_a_capital_that_is_not_the_childs_initial(text, name):
    assert name not in _names(text), (text, sorted(_names(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Vinnie 14 - CSE. School worried. V told his school nurse he is scared to go home.",
        "Kacey, 8. Lives with nan. Nan says K. now asks to go to bed - used to sit up till midnight.",
        'Sami, 14 \u2014 "I go there cos they feed me."',
    ],
)
def test_lived_experience_told_of_the_child_by_initial(text):
    assert _free(text) and _first_box(text) and _lived_box(text), text
