"""Labels typed without capitals in a run of lines without full stops ("... decision: ... actions: ..."),
as a hasty manager writes and as lines run together when typed or pasted into one box."""

from supervision_tui.quality import assess_text
from supervision_tui.quality.text import segment

RUN_ON = (
    "ellie (9) cin, neglect, mum working nights + ellie getting herself to school "
    "decision: stay cin not cp - mum is asking for help + the gaps are about shifts not care "
    "actions: sw to ask school for breakfast club place by 20/3"
)


def _texts(text):
    return [s.text for s in segment(text)]


def test_lower_case_labels_start_their_own_sentences():
    texts = _texts(RUN_ON)
    assert any(t.startswith("decision:") for t in texts)
    assert any(t.startswith("actions: sw to ask school") for t in texts)


def test_an_action_after_a_lower_case_label_mid_line_is_read():
    a = assess_text(RUN_ON)
    assert a.criteria["actions"].met
    assert a.criteria["actions"].evidence.startswith("actions:")


def test_the_same_lines_apart_and_run_together_read_alike():
    apart = RUN_ON.replace(" decision:", "\ndecision:").replace(" actions:", "\nactions:")
    run, sep = assess_text(RUN_ON), assess_text(apart)
    assert {k: c.met for k, c in run.criteria.items()} == {k: c.met for k, c in sep.criteria.items()}


def test_a_colon_after_ordinary_words_is_not_a_label():
    # "the main thing:" names no section; "told me straight:" neither
    text = "mum told me straight: she wants him home before christmas + won't work with us till then"
    assert len(_texts(text)) == 1


def test_a_long_lower_case_phrase_before_a_colon_is_not_read_as_a_heading():
    # only one word before the colon can be a label when nothing is capitalised
    text = "we went round in circles about what this all means for school: he is not going"
    assert len(_texts(text)) == 1


def test_capitalised_text_keeps_its_reading():
    text = "Mia is 6 and on a CIN plan Decision: stay CIN because mum is engaging"
    assert any(t.startswith("Decision:") for t in _texts(text))
    # a lower-case label inside a capitalised sentence is an ordinary word
    text = "Mum said the worry: that he would be moved again"
    assert len(_texts(text)) == 1


def test_a_heading_of_a_few_words_typed_lower_stays_whole():
    text = "sw's first view: he bumps into things. maybe, but three bruises in a week?"
    assert _texts(text)[0] == "sw's first view: he bumps into things."


def test_a_question_word_before_a_colon_is_the_managers_question_not_a_label():
    text = "sw wants to close the case, asked why: school still ringing about lunches every week"
    assert len(_texts(text)) == 1
