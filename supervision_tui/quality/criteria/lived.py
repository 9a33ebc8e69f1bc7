"""Lived experience: what life is like for the child, in their words or behaviour (LABELS.md).

The child must be the one speaking, feeling or doing: an adult's feelings, or the worker's,
are not the child's; "you" in a letter to the child is the child; a child not seen, or a
feeling ticked off ("seen, happy, nothing to add"), meets nothing.
"""

from __future__ import annotations

from .cues import Hit, T_LIVED, cue_hits
from .reading import Cues, Note, _TOKEN, _words


_SPEECH = _words(
    "said says say saying told tells telling explained explains described describes disclosed "
    "discloses shared shares asked asks wrote writes drew draws drawing chose chooses pointed "
    "signed showed shows talked talks spoke speaks mentioned mentions answered replied"
)

_FEEL = _words(
    "want wants wanted wanting wishes wished likes liked loves loved hates hated misses enjoys "
    "enjoyed prefers preferred feels felt feeling dreads dread dreaded longs"
)

_FEEL_ADJ = (
    "scared|frightened|afraid|worried|anxious|happy|sad|upset|angry|lonely|proud|excited|confused|"
    "nervous|embarrassed|ashamed|unhappy|withdrawn|distressed|tearful|overwhelmed|bored|jealous|"
    "guilty|relieved|terrified"
)

_VIVID = _words(
    "cried cries crying screamed screams screaming shouted shouts shouting swore swears hid hides "
    "punches punched punching unsettled "
    "hiding laughed laughs laughing giggled giggles giggling smiled smiles smiling clingy clung "
    "clings clinging withdrawn hitting hit hits kicked kicks kicking bit bites biting flinched "
    "flinches flinching flinch tantrum tantrums meltdown meltdowns rocks rocked rocking wets "
    "wetting soils soiled soiling cutting hungry starving scruffy unkempt babbling babbles "
    "babbled crawling crawls hoarding hoards nightmares nightmare froze freezes watchful "
    "hypervigilant cuddles cuddled cuddling pushed threw throws smashed refuses refused refusing "
    "avoids avoided avoiding distressed tearful steals stealing stole parentified protecting "
    "protects shrugged shrugs shrugging quietened grizzling grizzly chewing stared staring"
)

_VIVID_PHRASES = [
    "track(?:ed|s|ing) (?:sw's|her|his|mum's|dad's|the worker's|my|our) (?:face|eyes|voice)",
    "self-harm(?:s|ed|ing)?", "went (?:very )?(?:quiet|silent)", "goes (?:very )?(?:quiet|silent)",
    "go (?:quiet|silent)", "became (?:quiet|silent)", "kicks off", "kicked off", "wet (?:himself|herself|the bed)",
    "lined up", "lin(?:es|ing) up", "reach(?:es|ed|ing) (?:for|out)", "pulls to stand", "walked out", "ran (?:off|away|out)",
    "runs (?:off|away)", "stays? out", "stayed out", "eats alone", "bad dreams",
    "wakes? (?:up )?(?:at night|screaming|crying)", "sought comfort", "seeks? comfort", "took food",
    "takes food",
    # a caring role ("looks after her brother"), not the legal status ("looked after (s20)")
    "(?:looks|looking|looked) after (?:his|her|their|the|mum|dad|a|younger|little)", "caring for", "cares for",
    "makes (?:his|her|their) own", "gets (?:himself|herself) (?:up|ready|to)", "sits alone",
    "(?:on) (?:his|her) own", "stays? in (?:his|her|their) (?:room|bed)", "won't (?:eat|come|talk|speak|go|sleep|leave)",
    "will not (?:eat|come|talk|speak|go|sleep|leave)", "lock(?:s|ed)? (?:the|his|her|it|himself|herself)", "sleeps with", "grown-up",
]

_MUNDANE = _words(
    "tired sleeps sleeping slept eating eats ate plays played playing arrives arrived calm "
    "relaxed settled chatty bright giggly active curious smiley shy"
)

LIVED = Cues(
    [
        (_SPEECH + ["keeps? (?:telling|saying|asking)", "keep (?:telling|saying|asking)",
                    "called (?:it|them|her|him|me)", "would (?:say|describe)",
                    "used (?:his|her|their) (?:board|device|words|app)"], 0.8, "cn", None),
        (_FEEL + ["would (?:like|love|prefer|rather)", "hopes? (?:to|that)", "longs? (?:to|for)",
                  "worries (?:about|that)", "doesn't want", "does not want", "didn't want", "did not want",
                  f"(?:is|was|gets|got|seemed|looked|became|seems|looks|feels|felt) (?:very |so |really |quite )?(?:{_FEEL_ADJ})",
                  "(?:scared|frightened|afraid|terrified) (?:of|that|to)"], 0.75, "c",
         "hope hopes long worries doesn does didn did scared frightened afraid terrified " + _FEEL_ADJ.replace("|", " ")),
        (_VIVID + _VIVID_PHRASES, 0.7, "cn", "self harm harms harmed harming quiet silent kicks kicked "
         "wet lined lines lining reaches reached reaching pulls walked ran runs stays stay stayed eats dreams wakes wake "
         "sought seeks seek took takes looks looking looked caring cares makes gets sits own lock locks "
         "locked sleeps grown won will"),
        (["(?:is|was|are|were|gets|got) (?:often |regularly |frequently |usually |sometimes )?left (?:alone|on (?:his|her|their) own|"
          "in (?:his|her|their|the) (?:cot|room|bedroom|pram|buggy|car))",
          "changed the subject", "looked away", "(?:avoids|avoided|avoiding|makes|made|no|good|poor|little|fleeting) eye contact",
          "alone in (?:his|her|their) (?:room|bedroom|cot|flat)"], 0.7, "cn",
         "left subject away eye alone"),
        (_MUNDANE + ["(?:is|was) (?:happy|anxious|upset|angry|sad|scared|lonely|quiet)"], 0.45, "cn",
         "happy anxious upset angry sad scared lonely quiet"),
        (["a typical day", "day to day", "day-to-day", "(?:his|her|their) days? (?:is|are|starts|ends)",
          "every (?:morning|evening|night|weekend)", "most (?:days|mornings|evenings|nights)",
          "at bedtime", "home time", "after school", "at weekends"], 0.45, "c",
         "typical day days morning evening night weekend mornings evenings nights bedtime time school weekends"),
        (r"(?:^|[\s(:])['\"][a-z][^'\"]{2,80}?['\"](?=[\s,.;:!?)]|$)", 0.55, "q", None),
    ]
)

# the quotation cue runs on every clause that has a quote mark
LIVED.quote_cue = LIVED.cues[-1]


def detect_lived(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    cue_hits(note, T_LIVED, hits)
    # In the Lived experience box (or under "In her own words:") a quotation is the child's
    # words unless an adult is named as saying it ("Mum said 'he's fine'")
    quote = LIVED.quote_cue[0]
    for c in note.clauses:
        if c.sent.section != "lived_experience" or ("'" not in c.low and '"' not in c.low):
            continue
        m = quote.search(c.low)
        if m is None or len(m.group(0).split()) < 3:
            continue
        said_by = [note.kinds[t][0] for t in _TOKEN.findall(c.low[: m.start()]) if t in note.kinds]
        if "a" not in said_by:
            hits.append((0.6, c.sent))
    return hits
