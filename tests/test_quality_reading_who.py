"""The shared reading of who a clause is about: a verb after "and" with no one named since
shares the subject before it, and a carer or parent of unknown sex does not take "he" or "she"
from a boy or girl named before."""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess_boxes, assess_text
from supervision_tui.quality.criteria import prepare, subject_kind
from supervision_tui.quality.text import segment


def _who(text: str, word: str) -> str:
    """Who the clause holding the last `word` of `text` reads as its subject at that word."""
    note = prepare(segment(text), text)
    for c in reversed(note.clauses):
        i = c.low.rfind(word)
        if i >= 0:
            return subject_kind(note, c, i)
    raise AssertionError(word)


@pytest.mark.parametrize(
    "text, word, who",
    [
        # the verb after "and" shares the subject of the part before it
        ("School say Harley (9) has been late eight times and comes in hungry.", "hungry", "c"),
        ("D.H. (12) moved on 14/11. School say he has been late and was found crying.", "crying", "c"),
        ("Tyrone (16) stays out, has left college and is self-harming.", "self-harming", "c"),
        ("Kai (9) said he was fine but would not look at me.", "look", "c"),
        ("Kai (9) was at school. Mum came in late and was crying.", "crying", "a"),
        ("Kai (9) was at school. Dad was drinking but was calm.", "calm", "a"),
        ("Callum (12) has had three social workers and tells SW he is fed up.", "tells", "c"),
        ("Ella (7) was told off by mum and hid in her room.", "hid", "c"),
        # a new subject after "and" is still its own
        ("Kai (9) was late and mum was crying.", "crying", "a"),
        # a carer or parent of unknown sex does not take "he" from the boy named before
        ("Jamal (10) moved in on 3/11. Foster carer says he's unsettled.", "unsettled", "c"),
        ("Amy (7) moved in on 3/11. Her carer says she cries at night.", "cries", "c"),
        # but a man or woman named does, and with no boy named "he" after a carer is the carer
        ("Jamal (10) moved in on 3/11. Dad says he is exhausted.", "exhausted", "a"),
        ("Amy (7) moved in with her cat. Foster carer says he is exhausted.", "exhausted", "a"),
        ("Jamal (10) moved in. Mum's partner says he is exhausted.", "exhausted", "a"),
    ],
)
def test_who_a_clause_is_about(text, word, who):
    assert _who(text, word) == who, text


@pytest.mark.parametrize(
    "text, met",
    [
        ("D.H. moved to a new foster placement on 14/11. School say he has been late four times and was found "
         "crying in the toilets.", True),
        ("Jamal (10) moved in on 3/11. Foster carer says he's unsettled and won't eat at the table.", True),
        ("Jamal (10) moved in on 3/11. Dad says he is unsettled by the move and won't eat.", False),
    ],
)
def test_the_child_after_another_adults_words_is_lived_experience(text, met):
    assert assess_text(text).criteria["lived_experience"].met is met, text


@pytest.mark.parametrize(
    "text",
    [
        "C (6) was seen at home and appeared settled.",
        "Voice of the child: C (6) was seen at home and is doing well.",
        "Foster carer says Jamal (10) is settled and doing well.",
    ],
)
def test_wellbeing_in_a_word_after_and_is_not_lived_experience(text):
    a, boxes = assess_boxes(CaseDiscussion(lived_experience=text))
    assert not boxes["lived_experience"].met, text
    assert not assess_text(text).criteria["lived_experience"].met, text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Behaviour chart from school: Finn's (9) head-banging is down to twice a week.", "finn"),
        ("Kyle\u2019s (9) attendance has not moved from 60%.", "kyle"),
        ("Ellie-May's (4) speech is coming on.", "ellie"),
    ],
)
def test_a_child_named_as_the_owner_before_the_age_is_the_child(text, name):
    # "Finn's (9) sleep": the name with its age, though an "'s" sits between them
    note = prepare(segment(text), text)
    assert name in note.names, text
    assert note.kinds[name][0] == "c"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Zara (9): head-banging at school most days, down from hourly.", False),
        ("Liam (6) has head lice again.", False),
        ("Head says Zara (9) is settled in class.", True),
        ("The head of year says Liam (14) has had a good week; he hit his head in PE.", True),
    ],
)
def test_head_is_a_person_only_when_the_note_uses_it_as_one(text, person):
    # "head-banging", "head lice": the body, so no head teacher is the subject of what follows
    note = prepare(segment(text), text)
    assert ("head" in note.kinds) is person, text
