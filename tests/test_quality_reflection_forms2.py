"""Reflection, round two: voices the first form file lacks (our own words, not any set's).

Reflection goes beyond describing events: why something is happening, what it means, a
hypothesis or a professional judgement, evidence weighed, what was learned (LABELS.md). Here in
the voices of Safe & Together (what the abuser's choices mean for the child and the protective
parent), Signs of Safety headings with an analysis under them, a judgement with its grounds in
the third person, a question that opens a hypothesis, learning, a letter to the child, Q&A, and
notes typed without full stops. Look-alikes: a heading with only description under it, an
assertion with no why, reflection only named, a parent's or child's view reported, a plan, a
risk named without its meaning. Each checked as free text, all in the first box, and in the
Reflection box (a hint, never evidence).
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_boxes, assess_text


def _free(text: str) -> bool:
    return assess_text(text).criteria["reflection"].met


def _first_box(text: str) -> bool:
    return assess(CaseDiscussion(update=text)).criteria["reflection"].met


def _own_box(text: str) -> bool:
    a, boxes = assess_boxes(CaseDiscussion(reflection=text))
    assert a.criteria["reflection"].met is boxes["reflection"].met, text
    return boxes["reflection"].met


MEETS = [
    # a heading that says something is read as words; an analysis heading (Safe & Together's
    # perpetrator pattern, Signs of Safety's complicating factors) is the Reflection box's kind
    "Tomasz (12). The chronology makes sense of the school's worries: each dip follows a police call to the house.",
    "Ruby (7). Perpetrator pattern: he cut mum off from her sister, so the one adult who could protect Ruby is kept "
    "away.",
    "Ruby (7). Complicating factors: mum's own time in care means she expects us to take Ruby, so she hides things "
    "from us.",
]

NOT_MET = [
    "Ruby (7). Complicating factors: housing, finances.",
    "Ruby (7). Perpetrator pattern: to be mapped at the next core group.",
]


@pytest.mark.parametrize("text", MEETS)
def test_reflection_in_voices_the_first_file_lacks(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _own_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_reflection_look_alikes_in_those_voices(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _own_box(text), text
