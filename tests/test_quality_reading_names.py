"""Who a clause is about: the child's name however it is written, who "you" is, and the words
that only look like a person (our own words, not any set's).

The child may be named at the note's start like a heading ("Tilly, 9.", "RE: Kai (14)"), with a
possessive before the age ("Ellie's (9)"), with a hyphen or an apostrophe, as two names, by
initials with or without dots, or in lower case in a terse note. A carer or parent named by
first name with their role ("Sharon (foster carer)", "step-dad Dave") is an adult, not the
child. In a note written to the supervisee "you" is the worker, never the child; in a letter
to the child it is the child. "Head lice" is not a head teacher. Each case is checked as free
text, all in the first box and in the criterion's own box, with the readers of the criterion's
form file.
"""

from __future__ import annotations

import pytest

from supervision_tui.quality import assess_text
from supervision_tui.quality.criteria import negated, prepare
from supervision_tui.quality.text import segment

from test_quality_impact_forms import _first_box as _impact_first, _free as _impact_free
from test_quality_impact_forms import _impact_box
from test_quality_lived_forms import _first_box as _lived_first, _free as _lived_free
from test_quality_lived_forms import _lived_box
from test_quality_reflection_forms2 import _first_box as _refl_first, _free as _refl_free
from test_quality_reflection_forms2 import _own_box as _refl_box
from test_quality_risk_forms import _first_box as _risk_first, _free as _risk_free
from test_quality_risk_forms import _risk_box

_READERS = {
    "lived": (_lived_free, _lived_first, _lived_box),
    "impact": (_impact_free, _impact_first, _impact_box),
    "reflection": (_refl_free, _refl_first, _refl_box),
    "risk": (_risk_free, _risk_first, _risk_box),
}


def _names(text: str) -> frozenset[str]:
    return prepare(segment(text), text).names


# --- the child's name, however the note writes it ----------------------------------------

NAMED = [
    # named at the start like a heading
    ("Tilly, 9. Seen at school on Monday.", "tilly"),
    ("Logan, 3 - CP. Nursery say attendance is fine.", "logan"),
    ("Logan, 3 yrs - CP.", "logan"),
    ("RE: Kai (14) - seen alone.", "kai"),
    ("Re Kai, 14. Seen alone.", "kai"),
    ("Child: Mo, aged 6. Seen at home.", "mo"),
    ("Name: Priya. Age 12. Seen at school.", "priya"),
    ("Zara - 7 - seen at home with mum.", "zara"),
    ("Ruby (age 4): seen at nursery.", "ruby"),
    ("Ruby aged 4, seen at nursery.", "ruby"),
    # a possessive before the age
    ("Ellie's (9) attendance is down.", "ellie"),
    ("Aisha's (8) teacher rang on Monday.", "aisha"),
    ("Concerns about Callum's (12) weight.", "callum"),
    # hyphenated, apostrophed and double names
    ("Ellie-May is 3 and at nursery three days.", "ellie"),
    ("Ellie-May (3) is at nursery three days.", "ellie"),
    ("De-Shawn (10) is in year 5.", "shawn"),
    ("Siobhan O'Neill (12) lives with her gran.", "siobhan"),
    ("Mary Jane (11) lives with her aunt.", "mary"),
    ("Mary Jane (11) lives with her aunt.", "jane"),
    ("Mary-Jane, 11, lives with her aunt.", "mary"),
    # initials, with and without dots
    ("J.B. (7) seen at school.", "jb"),
    ("JB (7) seen at school.", "jb"),
    ("J (7) seen at school.", "j"),
    ("J.B. is 7 and seen at school.", "jb"),
    ("T.K., 5, seen at home.", "tk"),
    # lower case, in a terse note
    ("kai 14 cin - seen alone", "kai"),
    ("tilly 9 cp. seen at school", "tilly"),
    ("re: amir (6) seen at home", "amir"),
    ("child: mo aged 6 seen at home", "mo"),
    ("amir 8, autism, non-verbal, uses a picture board.", "amir"),
    ("kyle 11 non-verbal asd - bites his hand at handover", "kyle"),
    ("jade 17y - transition. pa allocated.", "jade"),
    ("ollie - sb referral made, awaiting panel", "ollie"),
    ("rosie-may 4, global delay, at nursery 3 mornings", "rosie"),
    # each box of a record is a line: the child named at the start of a later box
    ("Seen at home.\nTilly, 9 - seen alone, quiet.", "tilly"),
    ("seen at home.\nkai 14 cin - seen alone", "kai"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_the_childs_name_is_read_however_it_is_written(text, name):
    assert name in _names(text), (text, sorted(_names(text)))


NOT_THE_CHILD = [
    # an adult named with their role is not the child's name
    ("Sharon (foster carer) says she is exhausted.", "sharon"),
    ("Dave (step-dad) came to the visit.", "dave"),
    ("Dave (mum's partner) came to the visit.", "dave"),
    ("Step-dad Dave came to the visit.", "dave"),
    ("Foster carer Sharon said the placement is stable.", "sharon"),
    ("Mum, Kerry, was at the visit.", "kerry"),
    ("Kai (6). Nan (Pat) says the house is calm.", "pat"),
    ("Kai (6). Pat (maternal gran) says the house is calm.", "pat"),
    ("Kai (6). Sharon, the foster carer, says the house is calm.", "sharon"),
    # the worker, the teacher, a professional
    ("Kai (6). Jo (SW) saw him at school.", "jo"),
    ("Kai (6). Mrs Patel (class teacher) says he is settled.", "patel"),
    ("Kai (6). Nicola, his teacher, says he is settled.", "nicola"),
    # words that look like a heading name but are not
    ("Review, 3 - CP plan.", "review"),
    ("Update, 12 Dec.", "update"),
    ("Visit 2 - seen at home.", "visit"),
    ("Monday, 9 Dec: seen at home.", "monday"),
    ("Case: CIN. Seen at home.", "cin"),
    ("re 3 missed visits - not seen", "missed"),
    ("visit 2/2 - seen at home", "visit"),
    ("week 3 - seen at home", "week"),
    ("housing - awaiting an offer", "housing"),
    ("mum 34, works nights", "mum"),
    ("scale 4 - dad back in the house", "scale"),
    ("Kerry, 32, mum of three.", "kerry"),
    ("seen at home.\nhousing - awaiting an offer", "housing"),
    ("seen 3 times this month", "seen"),
]


@pytest.mark.parametrize("text, name", NOT_THE_CHILD)
def test_an_adult_or_a_label_is_not_read_as_the_childs_name(text, name):
    assert name not in _names(text), (text, sorted(_names(text)))


# --- who a clause is about, at a word -------------------------------------------------------

from test_quality_reading_who import _who  # noqa: E402  (the same reading at a word)


WHO = [
    # an ordinary noun that is also a professional's title
    ("Kai (6) has head lice and scratches all day.", "scratches", "c"),
    ("Kai (6) bumped his head and cried for an hour.", "cried", "c"),
    ("Kai (6) hid behind the chair and cried.", "cried", "c"),
    ("Kai (6) keeps his head down in class and looks sad.", "looks", "c"),
    ("Kai (6). The head says he is settled.", "settled", "c"),
    # a carer named by first name with a role is an adult, and keeps "she" or "he"
    ("Kai (6). Sharon (foster carer) says she is exhausted.", "exhausted", "a"),
    ("Kai (6) lives with his carers. Sharon (foster carer) says he wets the bed.", "wets", "c"),
    ("Kai (6). Dave (step-dad) says he is fed up with the school.", "fed", "a"),
    ("Amy (7). Dave (step-dad) says she cries at bedtime.", "cries", "c"),
    ("Amy (7). Step-dad Dave says he is fed up with the school.", "fed", "a"),
    ("Amy (7). Nan, Pat, says she is tired all the time.", "tired", "a"),
    ("Tilly, 9. Sharon (FC) says Tilly cries at night.", "cries", "c"),
    # "you" in a note written to the supervisee is the worker
    ("Kai (6). You told me you felt anxious before the visit.", "anxious", "a"),
    ("Kai (6) was at school. I asked you how you felt; you said you were upset.", "upset", "a"),
    ("Kai (6). You saw him alone and he told you he is scared of dad.", "scared", "c"),
    # "you" in a letter to the child is the child, even one written after supervision
    ("Dear Kai, when we met you told me you feel scared when dad shouts.", "scared", "c"),
    ("Dear Kai, your social worker and I talked about you in supervision. You said you feel scared at dad's.",
     "scared", "c"),
    # the child's sex read from a pronoun that is theirs, not a brother's or a carer's
    ("amy 9, autism. twin brother sam. sam told sw he hates the noise. amy now takes the cup to the kitchen when she "
     "wants a drink", "wants", "c"),
    ("ben 9 - autism. 11 incidents on days his own adult was off. mum says he hands her the bus card - he wants "
     "to go", "wants", "c"),
]


@pytest.mark.parametrize("text, word, who", WHO)
def test_who_a_clause_is_about_at_a_word(text, word, who):
    assert _who(text, word) == who, text


# --- a "not" before a comma, and a Q: line with no answer -----------------------------------

@pytest.mark.parametrize(
    "text, cue, cancelled",
    [
        ("she was not at school on monday, but she told me she is scared", "told", False),
        ("not seen this month, she said she is scared", "said", False),
        ("kai was not seen; mum said he is scared", "said", False),
        ("she has not told anyone she is scared", "told", True),
        ("she did not say she was scared", "say", True),
        ("no, not scared, she said", "scared", True),
    ],
)
def test_a_not_ends_at_a_clause_boundary(text, cue, cancelled):
    i = text.index(cue)
    assert negated(text, i, i + len(cue)) is cancelled, text


def test_a_question_with_no_answer_below_is_kept_as_a_sentence():
    text = "Q: Has Kai (6) been seen alone since July?\nQ: What does the school make of the bruising?"
    sents = [s.text for s in segment(text)]
    assert any("seen alone since July" in s for s in sents), sents
    assert any("bruising" in s for s in sents), sents


def test_a_question_with_its_answer_still_heads_the_answer():
    sents = segment("Q: What is life like for Kai?\nA: He says he hides in his room when dad drinks.")
    assert [s.text for s in sents if "hides" in s.text]
    assert all("What is life like" not in s.text for s in sents if s.text.startswith("He")), [s.text for s in sents]


# --- the verdicts these readings decide ------------------------------------------------------

MEETS = [
    # lived experience: the child named in the many ways above, then speaking, feeling, doing
    ("lived", "Tilly, 9. Tilly hides under the table when Dave comes home from the pub."),
    ("lived", "Logan, 3 - CP. Logan clings to his nan and screams when she leaves the room."),
    ("lived", "RE: Kai (14). Kai says he wants to stay at his nan's and hates going to dad's."),
    ("lived", "Child: Mo, aged 6. Mo told the teacher he is hungry most mornings."),
    ("lived", "Ellie's (9) teacher says Ellie is tearful every Monday after contact."),
    ("lived", "Aisha's (8) attendance has dropped; Aisha told SW she is scared to leave mum alone."),
    ("lived", "Ellie-May is 3 and screams when dad raises his voice."),
    ("lived", "Ellie-May (3) screams when dad raises his voice."),
    ("lived", "Mary Jane (11) said she wants to live with her aunt."),
    ("lived", "Siobhan O'Neill (12) told me she is scared of the older boys on the estate."),
    ("lived", "De-Shawn (10) says he hates school and wants to be taught at home."),
    ("lived", "J.B. (7) told SW he is scared when mum's boyfriend stays over."),
    ("lived", "JB (7) hid behind the sofa when SW arrived."),
    ("lived", "J (7) said he misses his dog."),
    ("lived", "T.K., 5. T.K. wets the bed most nights since dad left."),
    ("lived", "tilly 9 cp. seen at school, said she hates the shouting at home"),
    ("lived", "kai 14 cin - seen alone, says he wants to stay at nan's"),
    ("lived", "re: amir (6) seen at home, cried when mum went upstairs"),
    ("lived", "amir 8, autism, non-verbal. amir now takes the cup to mum when he wants a drink."),
    ("lived", "kyle 11 non-verbal asd - bites his hand at handover, 5 times this month."),
    # the child named, a carer named by first name reporting on them
    ("lived", "Tilly, 9. Sharon (foster carer) says Tilly wakes screaming most nights."),
    ("lived", "Logan (3). Dave (step-dad) says Logan cries for his mum at bedtime."),
    ("lived", "Amy (7). Dave (step-dad) says she cries at bedtime and won't settle."),
    ("lived", "Kai (6) is in his second placement. Sharon (foster carer) says he wets the bed and hides food."),
    ("lived", "Kai (6). Pat (nan) told me he is frightened of the dark."),
    # head lice and other ordinary nouns that are also titles
    ("lived", "Kai (6) has head lice and scratches until he bleeds; he is embarrassed at school."),
    ("lived", "Kai (6) bumped his head at nursery and cried for an hour."),
    ("lived", "Kai (6) hid behind the chair and cried when dad came in."),
    ("lived", "Kai (6) keeps his head down in class and looks sad."),
    ("lived", "Kai (6). The head says he is withdrawn and eats alone at lunch."),
    # notes to the supervisee: "you" is the worker, and what the child said to "you" is the child's
    ("lived", "You saw Kai (6) alone; he told you he is scared of mum's boyfriend."),
    ("lived", "You told me Kai (6) cried when you left and asked if you would come back."),
    ("lived", "I asked you what Kai (6) said about home: he told you he hides in his room when dad drinks."),
    ("lived", "We agreed you will see Kai (6) alone. At your last visit he said he misses his brother."),
    # a letter to the child: "you" is the child, also one written after supervision
    ("lived", "Dear Kai, your social worker Jo and I talked about you in supervision today. Jo told me you said "
              "you love your new room."),
    ("lived", "Dear Kai, when we met you told me you feel scared when dad shouts."),
    ("lived", "Hi Mia, thank you for showing me your room. You said you like sharing with your sister."),
    # a Q&A note
    ("lived", "Q: What is life like for Kai (6)?\nA: He says he hides in his room when dad drinks."),
    ("lived", "Q: What does Kai (6) say?\nHe told me he wants to go home to mum."),
    # a "not" before a comma does not cancel what follows it
    ("lived", "Kai (6) was not at school on Monday, but he told me he is scared of going home."),
    ("lived", "Not seen at school, Kai (6) told me at home that he is scared of dad."),
    # impact, risk and reflection, with the child named in these ways
    ("impact", "Tilly, 9. Since the mentor started, Tilly has been in school every day - 96% from 70%."),
    ("impact", "Logan, 3 - CP. Since the nursery place, Logan has put on weight and is now on the 25th centile."),
    ("impact", "Ellie's (9) attendance has gone from 60% to 95% since the taxi was arranged."),
    ("impact", "J.B. (7): no wet beds since the bladder clinic appointment."),
    ("impact", "kai 14 cin. since the mentor started kai has not gone missing once, against 4 times in sept"),
    ("impact", "Kai (6) had head lice for months; since the health visitor helped mum treat them he has "
               "gone back to school every day."),
    ("impact", "Ellie-May (3) has stopped screaming at handover since contact moved to the family centre."),
    ("risk", "Tilly, 9. The risk is that Dave drinks and becomes violent when Tilly is in the house; mum "
             "does not see the danger."),
    ("risk", "RE: Kai (14). The worry is exploitation: Kai has been found twice in a flat with older men "
             "and comes home with cash."),
    ("risk", "J.B. (7). Safety scale 3/10 because mum's boyfriend is back in the house and J.B. is scared of him."),
    ("reflection", "Tilly, 9. I think Tilly hides because the shouting reminds her of what she saw before "
                   "she came into care."),
    ("reflection", "Ellie's (9) tears after contact suggest she is grieving for the dad she used to have, "
                   "not that contact is unsafe."),
    ("reflection", "Child: Mo, aged 6. My hypothesis is that Mo's hunger at school is because mum's money runs "
                   "out by Thursday."),
]


@pytest.mark.parametrize("criterion, text", MEETS)
def test_met_with_the_child_named_any_way(criterion, text):
    free, first, own = _READERS[criterion]
    assert free(text), ("free", text)
    assert first(text), ("first box", text)
    assert own(text), ("own box", text)


NOT_MET = [
    # the carer's or parent's feelings, named by first name with a role, are not the child's
    ("lived", "Kai (6). Sharon (foster carer) says she is exhausted and tearful most days."),
    ("lived", "Kai (6). Dave (step-dad) says he is fed up and angry with the school."),
    ("lived", "Amy (7). Step-dad Dave told me he is scared of losing his job."),
    ("lived", "Amy (7). Nan, Pat, says she is tired all the time and can't cope."),
    ("lived", "Tilly, 9. Mum, Kerry, told me she is lonely since the move."),
    ("lived", "Kai (6). Sharon (foster carer) said she would like more respite."),
    # the supervisee's own feelings are not the child's lived experience
    ("lived", "Kai (6). You told me you felt anxious before the visit to mum."),
    ("lived", "Kai (6) was at school. I asked you how you felt; you said you were upset by mum's anger."),
    ("lived", "Kai (6). You felt scared when dad shouted at you on the doorstep."),
    ("lived", "You said you are worried about Kai (6) and want more time to see him."),
    ("lived", "Tilly, 9. You were tearful in supervision and said you feel out of your depth."),
    ("lived", "Kai (6). We agreed you will see him alone before Friday; you said you were nervous about dad."),
    ("lived", "Dear Jo, thank you for supervision today. You told me you felt scared at the visit to Kai (6)."),
    # a letter-like opening to the worker, not the child
    ("lived", "Hi Sam, following our supervision: you said you were upset after seeing Kai (6) at school."),
    # the head teacher or a professional's feelings, not the child's
    ("lived", "Kai (6). The head is worried about his attendance."),
    # a not seen child, the "not" before a comma still cancelling the cue it governs
    ("lived", "Kai (6) was not seen, said to be at his dad's; his views are not known."),
    ("lived", "Tilly, 9. Not seen this month, mum says she is fine."),
    # heading-named child, nothing of life said
    ("lived", "Tilly, 9. Case discussed, plan continues, visits up to date."),
    ("lived", "Logan, 3 - CP. Core group held, all actions completed."),
    ("lived", "RE: Kai (14). Referral to CAMHS made; awaiting outcome."),
    # a say she should have, a photo passed on
    ("lived", "Mia (15). Goal on Mia's own say in her plan not started; she should be at the next review."),
    ("lived", "Mia (15) shared an explicit photo with a boy in year 11 who has sent it on."),
    # a Q: line, a question only, answers nothing
    ("lived", "Q: What does Kai (6) say about life at home?\nQ: Has he been seen alone?"),
    # impact: the carer's change only, named by first name; the worker's relief
    ("impact", "Kai (6). Sharon (foster carer) has done the therapeutic parenting course and feels more confident."),
    ("impact", "Kai (6). You feel better since the plan changed and less worried about the visits."),
    ("impact", "Tilly, 9. Dave (step-dad) has stopped drinking since the alcohol service started."),
    ("impact", "Kai (6) has head lice again and is being teased by the other children."),
    # reflection: the worker's feeling is not a judgement
    ("reflection", "Kai (6). You felt anxious about the visit."),
    # risk: head lice is not a danger weighed
    ("risk", "Kai (6) has head lice; nan is treating them."),
]


@pytest.mark.parametrize("criterion, text", NOT_MET)
def test_not_met_when_it_is_an_adult_or_the_worker(criterion, text):
    free, first, own = _READERS[criterion]
    assert not free(text), ("free", text)
    assert not first(text), ("first box", text)
    assert not own(text), ("own box", text)


def test_a_quoted_line_to_the_child_makes_only_that_line_the_childs():
    text = ('Kai (6). You said to him "you are safe with your nan now" and you felt relieved. '
            "You told me you were anxious all week.")
    assert not assess_text(text).criteria["lived_experience"].met
