"""Lived experience, in the many ways a manager writes it (our own words, not any set's).

Lived experience is what life is like for the child (their day, where and with whom they
sleep, what they eat, school, who they turn to), or the child's own words, wishes and feelings,
or their behaviour as someone saw it (a baby's cues too). The child must be the one speaking,
feeling or doing, whoever reports it: "School say he has been late" is still the child.
Look-alikes are an adult's feelings or words (the worker's, a parent's), a parent's word that
the child is fine, a feeling ticked off ("seen, happy, nothing to add"), a heading with
nothing under it, the child not seen, views unknown or still to be gathered, and the child's
voice only named. Each is checked as free text, all in the first box, and in the Lived
experience box (where the box is a hint, never evidence).
"""

from __future__ import annotations

import pytest

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_boxes, assess_text

MEETS = [
    # the child's own words, quoted or reported
    'Ravi (7) said "I don\'t like it when daddy shouts".',
    "Ellie (10) told me she hides under her duvet when mum and her boyfriend argue.",
    "Asked what she would change, Maya (9) said she wants a bed of her own.",
    "In his words, 'it's boring at home and there's never anything to eat'.",
    "Lily (8) described mum 'sleeping all day' and having to get her own breakfast.",
    "Sophie (14) says the best thing about living at her aunt's is having her own room.",
    "Jack (12) told his teacher he is scared of his mum's new partner.",
    "Kian (9) was seen on his own. He says he is bullied and eats his lunch in the toilets.",
    # wishes and feelings
    "Jacob (15) wants to live with his grandad and go back to his old school.",
    "Freya (12) feels nobody at home listens to her.",
    "Priya (16) would like to stay with her carers after she turns 18.",
    "Maisie's (10) view is that she wants things to go back to how they were before dad left.",
    # another adult reports what the child does or says
    "School say Harley (9) has been late eight times this half term and comes in hungry.",
    "D.H. moved to a new foster placement on 14/11. School say he has been late four times and was found crying "
    "in the toilets.",
    "Jamal (10) moved in on 3/11. Foster carer says he's unsettled and won't eat at the table.",
    "Foster carer says Jamal (10) wakes screaming most nights since the move.",
    "Nan says Evie (6) wets the bed every night after contact with dad.",
    "Aisha's (8) teacher says she sits on her own at lunch and doesn't join in with the others.",
    "Leo's (6) school say he comes in hungry and takes food from other children's lunchboxes.",
    "Mum reports Luca (3) bangs his head on the floor when he is told no.",
    "The nursery worker said Poppy (3) screams when dad comes to collect her.",
    # young people
    "YP said he only feels safe at his girlfriend's flat.",
    "YP presents low, not sleeping, staying in his room all day.",
    "Tyrone (16) is out until 2am most nights, has stopped going to college and is self-harming.",
    "CYP spoken to alone - disclosed dad hits her with a belt.",
    # babies: the day, and the cues someone saw
    "Baby Ivy (4 months) feeds well, settles after her bottle and has nappy rash that is not clearing.",
    "Baby Noah (6 wks) spends most of the day strapped in his car seat in the front room.",
    "Baby Leo was grubby, had a sore nappy area and was not interested in his bottle.",
    "Baby Ruby (5 months) smiled and babbled at mum and was easy to settle.",
    "Oscar (2) flinched when dad raised his voice and hid behind the sofa.",
    "SW observed Tom (2) to be very watchful and to go to strangers for comfort.",
    # the child's day, bed, food, school, who they turn to
    "A school day for Lucy (8) starts with getting her brother dressed because mum is still asleep.",
    "Kian (5) shares a mattress on the floor with mum and his two brothers.",
    "Most evenings tea for Zak (11) is crisps from the corner shop.",
    "Because of the mould, Kayden (4) sleeps on the sofa in the living room.",
    "Callum (13) spends his weekends gaming in his room and rarely sees friends.",
    "Zoe (11) cares for her mum most evenings and misses school on the bad days.",
    "Noah (2) goes to bed when mum does, usually after midnight.",
    "Mia (10) is close to her big sister and goes to her when mum has been drinking.",
    # observed play and behaviour
    "During the visit Rosie (3) played with the dolls' house, making the daddy doll shout at the baby.",
    "Theo (4) played alone with the cars and did not look up when mum spoke to him.",
    "When seen on 12/10 Bella (6) was in the same clothes as last visit and smelt of urine.",
    "He said he's fine but Kai (9) would not look at me and picked at his sleeves the whole time.",
    "Ayaan (10) covers his ears and rocks when the TV is loud.",
    "Ava (7) drew her family and left dad out of the picture.",
    "On the three houses, Reece (9) put 'dad shouting' in his house of worries.",
    # letters to the child, interpreters
    "Dear Mo, when I came to see you, you told me you like your new school because nobody laughs at you.",
    "Dear Tia, you showed me your bedroom and the posters you put up yourself.",
    "Through the interpreter, Ahmad (14) said he misses his mother and cannot sleep.",
    "The interpreter told us Ahmad (14) is frightened of being sent back.",
    # headings, Q&A, terse, lower case, first person, "we"
    "Voice of the child: Sam (11) said he wants to see dad more but not stay over.",
    "What is life like for Jade (13)? She is home alone most evenings and makes her own tea.",
    "We talked about what a day is like for Ollie (7): he gets himself up and walks to school on his own.",
    "I saw Ella (5) at nursery; she hid behind her key worker when I came in.",
    "seen alone - said dad hits mum - scared to go home",
    "- Leah (6): clingy with nan, won't sleep in her own bed",
    "seen kai 6 at school, quiet, said he doesnt like going home at weekends",
    "Connor (14) has been missing 3 times this month and says he stays at friends' houses.",
    "Finley (8, non-verbal) used his iPad to tell us he was sad.",
    "Ella (9) chose to meet at the library rather than at home.",
    "spoken to alone - says he hates PE and wants to move class",
    "Jade (15) spent the summer at her boyfriend's flat and came home twice.",
    "Maddie (4) was pale and tired and came in with a dirty nappy.",
    "Ruby (3) clung to her nan and would not let go when SW arrived.",
    "Tommy (7) is always hungry when he gets to breakfast club.",
    "Nia (12) presented as withdrawn and flat throughout the visit.",
    'Kayla (6): "I like my new room, it has a lock."',
    'Milo (3) - nursery: "no more hitting at snack time" since the routine changed.',
    "Leo (6): bedwetting again since contact restarted.",
    "Seen alone (SW KB). Said she is scared of mum's boyfriend.",
    "What's it like for Jo (5)? 1 room w/ mum + 2 sibs, sleeps in mum's bed, nowhere to play.",
    "Kyle (12) comes in smelling of urine and the other boys won't sit next to him.",
    "Baby Ivy (7 weeks) settles to mum's voice and feeds every three hours.",
    "The twins (4) grabbed food off other children's plates at lunch.",
    "Harry (3) was in the same vest as last week with a sore red rash.",
]

NOT_MET = [
    # a parent's word that the child is fine, or a feeling ticked off
    "Mum says Harley (9) is fine.",
    "Mum says he's doing well.",
    "Harley (9) seen, happy, nothing to add.",
    "Child seen and appeared fine.",
    "Nan says the children are fine and happy.",
    "Foster carer says Jamal (10) is settled and doing well.",
    "Carer reports no concerns about Jamal (10).",
    "Mum says the baby is fine.",
    "Health visitor has no concerns about the baby.",
    # a heading with nothing under it, or the voice only named
    "Voice of the child: too young to express views.",
    "Voice of child captured.",
    "Child's views: N/A.",
    "Lived experience discussed.",
    "The child's lived experience must be at the centre of the plan.",
    "Voice of the child: not obtained this time.",
    # not seen, not known, not yet
    "Child not seen this month; views not known.",
    "Ella (9) was not seen as she was at her dad's.",
    "Unable to see Tyler (7) as he was asleep.",
    "Jack (3) is too young to give his views.",
    "Ella (9)'s views are not known.",
    "Wishes and feelings to be gathered at the next visit.",
    "Direct work to be completed with Ella (9) to get her views.",
    "SW to see Ella (9) alone and ask what she wants.",
    "We still don't know how Ella (9) feels about contact.",
    "Ella (9) has not yet been asked what she wants.",
    # an adult's feelings or words, not the child's
    "SW feels worried about the drift in this case.",
    "Mum feels overwhelmed and says she can't cope with the children.",
    "Dad said he misses the children and wants more contact.",
    "Mum was tearful talking about her own childhood.",
    "Mum said 'I'm at the end of my tether'.",
    "SW said she felt intimidated by dad.",
    "Mum is lonely and isolated since the move.",
    "Dad shouted at SW and refused entry.",
    "I am worried that Ella's (9) voice is missing from the plan.",
    # facts about the child that say nothing of their life
    "Ella (9) lives with mum and her two brothers.",
    "Jamie (12) is subject to a CP plan under the category of neglect.",
    "Ella (9) is open to CAMHS.",
    "TM asked SW to capture Jamie's (12) wishes and feelings.",
    "Ella (9). Her wishes and feelings are to be explored.",
    "Ella (9): wishes and feelings work planned.",
    "C (6) seen alone, presents as happy.",
    "Spoke re Tia (6) - SW to visit and update.",
    "Talked about the B family (Ellie 9, Sam 6).",
    "Asked SW why Kian (4) has not been seen alone since April.",
    "Millie's (8) head lice have been treated.",
    "We need to understand how Millie (8) feels about the move.",
    'Kayla (6). Mum said: "I can\'t cope any more."',
    'Kayla (6) - decision: "plan to continue unchanged".',
    "Kayla (6). SW (KB) feels the plan is working.",
    "Actions: SW to agree with mum by Friday who she rings when the baby won't settle at night.",
]


def _met(a) -> bool:
    return a.criteria["lived_experience"].met


def _free(text: str) -> bool:
    return _met(assess_text(text))


def _first_box(text: str) -> bool:
    return _met(assess(CaseDiscussion(update=text)))


def _lived_box(text: str) -> bool:
    a, boxes = assess_boxes(CaseDiscussion(lived_experience=text))
    assert _met(a) is boxes["lived_experience"].met, text
    return boxes["lived_experience"].met


@pytest.mark.parametrize("text", MEETS)
def test_lived_experience_written_many_ways_is_met(text):
    assert _free(text), text
    assert _first_box(text), text
    assert _lived_box(text), text


@pytest.mark.parametrize("text", NOT_MET)
def test_look_alikes_and_not_yet_are_not_lived_experience(text):
    assert not _free(text), text
    assert not _first_box(text), text
    assert not _lived_box(text), text
