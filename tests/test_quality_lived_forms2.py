"""Lived experience of children who do not tell it in words (our own words, not any set's).

A disabled, non-verbal or very young child's experience is often known only through how they
communicate: signs, symbols, a device, pointing with the eyes, objects of reference, a sound,
taking an adult's hand, and behaviour someone saw (self-injury, distress at a change, a
routine that calms them). Notes about them are often typed fast in lower case. These count
when the child is the one doing it; look-alikes are the equipment or service named, a parent's
tiredness, the child's diagnosis or needs listed, and communication only planned or unknown.
Each case is checked as free text, in the first box and in the Lived experience box.
"""

from __future__ import annotations

import pytest

from test_quality_lived_forms import _first_box, _free, _lived_box  # the same three readings

MEETS = [
    # signs, symbols, devices, eye pointing, objects of reference
    "Noor (9) signed 'stop' and pushed the plate away when her carer tried to feed her.",
    "tomas 11 - used his ipad talker to say 'no school' three mornings running",
    "On the picture board Aria (7) pointed to the sad face for Tuesdays, the day she goes to respite.",
    "Bea (12) chose the thumbs-down symbol for 'going to dad's' on her talking mat.",
    "Reuben (6) looks at the photo of his nan with his eyes when asked who he wants to see.",
    "Kit (8) brings his coat to the door when he wants to go out; he has no words.",
    "Freddie (13) typed on his device that he hates the new taxi driver.",
    "When asked about the weekend, Isla (8) used her eye-gaze board to pick 'scared'.",
    # sounds and body
    "Arlo (4) hums and rocks in the corner whenever the hoover goes on.",
    "Zain (7) screeches and covers his ears in the school hall at lunch.",
    "Mae (3) arches her back and cries when she is put in the standing frame.",
    "Nell (15) bites her hand when the routine changes without warning.",
    "Otis (2) lifts his arms to his foster carer and settles on her hip but turns away from mum.",
    "Lara (6) has started pulling her hair out since her brother moved out.",
    "Idris (10) bolts from the classroom when the fire bell is tested.",
    "Rosa (5) laughs and flaps her hands when the swing goes high.",
    # the child named like a heading, or in lower case (the shared reading of names)
    "Ola, 10, hands her carer the bath toy to say she is ready for bed.",
    "bobby 9 hitting his own head against the wall at night, 3-4x a week on carer's log",
    "Rafi (6) has started smearing at bedtime since the new baby came.",
    "Pia (12) scratches her arms until they bleed before PE.",
    "Tom (3) turns his head towards dad's voice and goes still.",
    "At pick-up Evie (5) grabs her nan's hand and pulls her to the front door.",
    "Alfie (14) wasn't leaving his bedroom for days after the move.",
    # what staff or carers observed of the child's day
    "Respite staff say Dan (14) paces the corridor until he sees the minibus that takes him home.",
    "The night carer notes Cai (12) wakes in pain every two hours and only settles with his music on.",
    "Carer reports Amir (9) will only eat beige foods and gags on anything new.",
    "SW saw Eli (7) lead his mum by the hand to the fridge and tap it.",
    "Seen at home: Hana (4) stayed in her pushchair all visit, not offered the floor to play.",
    "In the classroom, Jude (11) spends most of the day under the table with his ear defenders on.",
    # a young person with speech, about their disability and day
    "Cora (16) told SW she hates being lifted by strangers and wants the same carers each time.",
    "Vikram (17) said he is lonely since college finished and the only person he talks to is his PA.",
    "Lottie (13) says the wheelchair taxi makes her late every day and the others stare.",
]

# The same forms where the child's name is still read wrongly: a lower-case name after a dash
# or after another person, and a child after a verb that usually takes an object ("shows Molly
# ... is calm"). Known misses of the shared reading (reading.py); strict, so a fix must move them.
NAME_MISSES = [
    "sami 5 - makaton sign for 'home' over and over at the end of contact",
    "grandad says ruby 6 sits by the window every friday waiting for the taxi to dad's",
    "School's log shows Molly (8) is calm in the sensory room but hits out in assembly.",
]

NOT_MET = [
    # the equipment, service or diagnosis named, not the child's experience
    "Noor (9) has a communication book and a PECS folder.",
    "tomas 11 - ipad talker ordered, salt to train school",
    "Aria (7): autism, severe learning disability, epilepsy, non-verbal.",
    "Short breaks: two nights a month at the respite unit.",
    "Talking mat to be used at the next visit to get Bea's views.",
    "OT assessment for a sleep system still outstanding.",
    "EHCP annual review held 4/3, placement continues.",
    "Reuben (6) is awaiting a wheelchair assessment.",
    "Pia (12) has eczema; cream to be applied twice a day.",
    "Mum is not leaving the house because of her anxiety.",
    # the parent's or carer's experience, not the child's
    "Mum is exhausted and says she cannot manage the nights any more.",
    "Dad signed the consent form for the overnight respite.",
    "Carer feels unsupported by the disability team.",
    "Grandad pointed out that the taxi is always late.",
    # communication unknown, planned, or only named
    "We do not know how Kit (8) communicates his wishes yet.",
    "SW to find out how Ola shows she is unhappy.",
    "Voice of the child: non-verbal, views not obtained.",
    "Child's communication needs discussed.",
    "Wishes and feelings: unable to express.",
    # seen, fine
    "Zain (7) seen at school, settled, no concerns.",
    "mae 3 seen at home w mum, happy",
    # the worker's reactions, not the child's
    "SW felt upset after the visit and we talked about it.",
    "I asked SW how she felt seeing the bruising.",
]


@pytest.mark.parametrize("text", MEETS)
def test_a_child_who_tells_it_without_words_is_lived_experience(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", NAME_MISSES)
@pytest.mark.xfail(reason="the shared reading does not yet take these as the child's name", strict=True)
def test_the_same_forms_with_a_name_the_reading_misses(text):
    assert _free(text) and _first_box(text) and _lived_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_equipment_diagnosis_and_adults_are_not_the_childs_experience(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _lived_box(text), text
