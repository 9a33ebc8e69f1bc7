"""Lived experience, a third set of forms (our own words, not any set's).

What the child's days are like, what they say, do and feel, told the many ways a manager
writes it: reported speech ("she told me that ..."), a Q&A log's answers, shorthand with
arrows and abbreviations, a letter to the child ("you told me"), a note to the supervisee
("you saw him alone; he told you ..."), "we" and "TM", headings and bullets with no full stops,
babies and children who do not speak. The child may be named in lower case with no age, after
a titled adult ("Ms Khan"), or as the one a log or a report "shows".

Look-alikes: the child seen and "happy" or "settled", a parent's or the worker's feelings
(also a titled adult's), the child not seen, views "not known" or still to be sought, and a
feeling only named with nothing seen or said to show it. Each case is checked as free text, all
in the first box and in the Lived experience box.
"""

from __future__ import annotations

import pytest

from test_quality_lived_forms import _first_box, _free, _lived_box  # the same three readings

MEETS = [
    # reported speech: the child's words without quote marks, in every tense and order
    "Kacper (10) told me that he doesn't like going to his dad's because there is never any food.",
    "When I asked about school, Imani (12) said the girls in her form call her names.",
    "Harvey (9) has been telling his teacher that mum sleeps all day.",
    "According to Lexi (14), she has been staying at her friend's most nights to get away from the arguing.",
    "It was Reggie (8) who told us that dad had hit mum in the kitchen.",
    "Asked who he would go to if he was worried, Jonah (7) said his nan.",
    # quoted, shorthand, arrows and abbreviations
    "YP said 'no one listens' re school, walked out of 3 lessons this wk",
    "C (8) disclosed to DSL that mum's bf slaps him",
    "- cyp: wants to stay w/ nan, scared of mum's new bf",
    "ruby (7) - misses her dog since the move, asks about him every visit",
    "Obs: Finn (4) v. clingy to fc, screamed when she left the room",
    # the child's day, meals, sleep, caring, time alone
    "Most mornings Amara (11) gets her two little brothers dressed and takes them to school before going herself.",
    "Tea is usually a packet of noodles that Dylan (10) makes himself.",
    "Since the move Eden (6) has been sleeping on a mattress in mum's room.",
    "Weekends for Kobe (13) are spent on his Xbox in his room; he rarely goes out.",
    "Lola (9) comes home to an empty flat three nights a week and waits for mum on the stairs.",
    # feelings with what shows them
    "Esme (10) is frightened at night - she sleeps with the light on and checks the door is locked.",
    "Jayden (15) is angry with mum and has punched a hole in his bedroom door.",
    "Poppy (7) gets upset before contact, crying and holding on to her carer at the door.",
    "Arjun (11) is anxious about secondary school and has been sick every Sunday night.",
    "Jordan (16) says he is proud of passing his theory test and wants to start driving lessons.",
    # the child's behaviour as someone saw it
    "At the visit Ivy (5) hid under the table every time the doorbell went.",
    "Nursery report Theo (3) bites other children when he is tired and has bitten staff twice.",
    "The carer's diary shows Kai (6) wakes screaming three times a week.",
    # a titled adult reporting: the pronoun is the child's when the adult is of the other sex
    "Kai (6). Ms Khan (class teacher) says he hides in the toilets at lunch.",
    "Amy (7). Mr Hill says she cries at the gate every morning.",
    # Q&A logs
    "Q1. What does Leo (9) say about home?\nA. He says he doesn't like it when dad drinks and hides in his room.",
    "Q: How is Maya (6) at school?\nA: Teacher says she is withdrawn and eats alone at lunch.",
    # first person, we, TM, notes to the supervisee
    "I saw Noah (10) on my own: he told me he is the one who looks after mum when she is poorly.",
    "We heard from Mila (12) that she is being left to look after her sister overnight.",
    "TM noted from SW's visit that Aidan (8) cried when asked about his mum.",
    "You saw Kian (9) alone and he told you he is frightened of his step-dad.",
    "You said Zara (5) screamed and clung to you when mum shouted.",
    # letters to the child
    "Dear Jasmine, when I visited you told me you feel lonely at your dad's and want to see your friends more.",
    "Dear Tom, you showed me the den you made behind the sofa where you go when there is shouting.",
    "Hi Lily, you said you like your new school because the teachers are kind to you.",
    # babies and children who do not speak
    "Baby Aria (5 months) was in a soaking nappy and screamed until she was fed.",
    "Baby Leo (10 weeks) barely cries and lies very still; he does not look at mum's face.",
    "Rio (3, non-verbal) pulls his carer to the kitchen and bangs the cupboard when he is hungry.",
    "Sana (9) uses her talker to say 'tired' and 'go home' when the classroom is noisy.",
    "Ben (6) flaps and squeals with joy when his dad arrives for contact.",
    # lower-case names mid-note with no age, typed fast
    "visit to the flat today. kyla said she hates sharing a room with her brother.",
    "saw the children at school. jack told me he is hungry in the mornings.",
    # a heading, then the child's words under it
    "Child's voice: Ezra (11) says he feels safe at his aunt's and wants to stay there.",
    "What Mia (7) told us: 'I don't want to go to daddy's any more'",
    # numbers, logs
    "Sophie (5) has wet the bed 6 of the last 7 nights on the carer's chart.",
]

NOT_MET = [
    # the child seen, with wellbeing in a word
    "Kacper (10) seen at home, happy and settled.",
    "Harvey (9) seen at school, all fine.",
    "Lexi (14) presents as happy; no concerns raised.",
    "Baby Aria seen, content, feeding well per mum.",
    "Imani (12) seems fine in herself.",
    "Eden (6) is happy in placement.",
    "- seen alone, settled, no worries",
    # a parent's or the worker's feelings, or a titled adult's
    "Mum feels the children are settled and happy now.",
    "Dad is angry about the CP plan and has refused to sign the agreement.",
    "SW feels anxious about visiting alone and asked for a co-worker.",
    "Amy (7). Mr Hill says he is fed up with mum's late pick-ups.",
    "You told me you felt scared when dad raised his voice at you.",
    "TM reflected that SW was upset after the visit and needs support.",
    "Mum cried throughout the visit and said she cannot cope with Rio's behaviour.",
    "Nan wants the children to live with her permanently.",
    # the child not seen, views not known or still to be sought
    "Reggie (8) not seen this month - mum cancelled twice.",
    "Jonah's (7) views not known at this time.",
    "Views of the child: not known, SW to see alone.",
    "Voice of child: to be sought at next visit.",
    "SW to complete direct work with Amara (11) to find out how she feels about home.",
    "Q: What does Leo (9) say about home?\nA: Not asked yet.",
    "TM: has Bo (4) been seen alone?\nSW: no, not yet.",
    "Dear Jasmine, I am sorry we have not been able to meet this month.",
    # feelings only named, or the voice only mentioned
    "Wishes and feelings considered.",
    "Child's lived experience discussed in supervision.",
    "Emotional wellbeing: ok.",
    "Kobe's (13) feelings about contact were discussed.",
    "We talked about how Noah (10) might feel about the move.",
    "The plan will ask Jayden (15) what he wants.",
    # facts about the child with nothing of their life
    "Theo (3) attends nursery four mornings a week.",
    "Poppy (7) is subject to a CIN plan.",
    "Kian (9) has a new social worker from Monday.",
    "kyla and jack: CIN plan reviewed, all actions done.",
]


@pytest.mark.parametrize("text", MEETS)
def test_lived_experience_in_a_third_set_of_forms_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_third_set_of_look_alikes_is_not_lived_experience(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _lived_box(text), text


# Known misses, kept so a fix must move them (strict): a subject the reading does not find (no
# one named before "says" after an arrow; the child after "shows"; the child as the object of
# "found"; a line with no verb; bullets under a heading with no child named; "each time says"
# after "and"), and look-alikes where the adult is not read as the speaker (a titled teacher of
# the other sex; a worker named with no child introduced, read as the child).
KNOWN_MISSES_MEET = [
    "Seen alone @ school -> says 'I hate it at home', cried when talking about dad",
    "School's log shows Molly (8) is calm in the sensory room but hits out in assembly.",
    "Police found Tia (14) at 2am in a car with two older men.",
    "TM: what is a day like for Bo (4)?\nSW: in buggy most of the day, little time on the floor.",
    "Wishes and feelings:\n- wants to go home to mum\n- misses the dog\n- hates the new school",
    "Charlie (12) has gone missing 4 times since September and each time says he was with friends.",
]

KNOWN_MISSES_NOT_MET = [
    "Kai (6). Ms Khan (class teacher) says she is worried about his weight.",
    "Discussed with Sarah. Sarah feels worried about mum's drinking and wants a strategy meeting.",
]


@pytest.mark.parametrize("text", KNOWN_MISSES_MEET)
@pytest.mark.xfail(reason="the reading does not find the child as the subject here yet", strict=True)
def test_known_misses_that_should_meet(text):
    assert _free(text) and _first_box(text) and _lived_box(text), text


@pytest.mark.parametrize("text", KNOWN_MISSES_NOT_MET)
@pytest.mark.xfail(reason="the reading does not yet take the adult as the speaker here", strict=True)
def test_known_misses_that_should_not_meet(text):
    assert not (_free(text) or _first_box(text) or _lived_box(text)), text
