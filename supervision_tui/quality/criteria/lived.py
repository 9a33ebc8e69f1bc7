"""Lived experience: what life is like for the child, in their words or behaviour (LABELS.md).

The child must be the one speaking, feeling or doing: an adult's feelings, or the worker's,
are not the child's; "you" in a letter to the child is the child; a child not seen, or a
feeling ticked off ("seen, happy, nothing to add"), meets nothing.
"""

from __future__ import annotations

import re

from .cues import Hit, T_LIVED, cue_hits, is_form_question
from .reading import Cues, Note, _TOKEN, _words, subject_kind


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

_HARD_ADJ = "|".join(a for a in _FEEL_ADJ.split("|") if a not in ("happy", "proud", "excited", "relieved"))

_GOOD_ADJ = "happy|proud|excited|relieved"

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
    "protects shrugged shrugs shrugging quietened grizzling grizzly chewing stared staring "
    # how the child looked or smelt when seen
    "grubby smelly smelt smelled smelling fidgeting fidgeted fidgets fidgety bedwetting rash"
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
    "(?:looks|looking|looked|look) after (?:his|her|their|the|mum|dad|a|younger|little)", "caring for", "cares for",
    "makes (?:his|her|their) own", "gets (?:himself|herself) (?:up|ready|to)", "sits alone",
    "(?:on) (?:his|her) own", "(?:stays?|stayed|staying) in (?:his|her|their) (?:room|bed|bedroom)",
    "won't (?:eat|come|talk|speak|go|sleep|leave)", "will not (?:eat|come|talk|speak|go|sleep|leave)",
    "lock(?:s|ed)? (?:the|his|her|it|himself|herself)", "sleeps with", "grown-up",
]

# What the child's days and body show, each gated by a rare word of its own so that common
# words ("is", "would") open no regex (see Cues)
_SEEN_DAY = [
    # what the child would not do, as seen: the "not" is the behaviour, not a negation of it
    (["(?:won't|wouldn't|will not|would not|didn't|did not|doesn't|does not|refused to|refuses to|can't|cannot) "
      "(?:eat|talk|speak|sleep|leave|look|settle|let go|separate|be comforted|go out|come out|go to school|go to bed|"
      "come down|go in|come in|stop crying)"], "eat talk speak sleep leave look settle let separate comforted go come stop"),
    (["(?:is|was|were|looked|looks|looking|appeared|appears|seemed|seems|came in|comes in|arrives?|arrived|goes|went) "
      "(?:very |often |visibly |again |still |always )?(?:unwashed|dirty|grubby|smelly|unkempt|scruffy|pale|exhausted)"],
     "unwashed dirty grubby smelly unkempt scruffy pale exhausted"),
    (["(?:stays?|stayed|staying|is|was|are|were) out (?:until|till|late|all night|overnight)"], "until till late overnight night"),
    (["(?:is|are|was|were) (?:very |really |so )?close to (?:his|her|their) (?:big |older |little |younger )?"
      "(?:sister|brother|nan|gran|grandad|grandma|aunt|uncle|mum|dad|mother|father|carers?|friends?|siblings|cousins?)"],
     "close"),
    (["(?:turns|turned|goes|went|runs|ran) to (?:her|his|their) (?:big |older |little |younger )?"
      "(?:sister|brother|nan|gran|grandad|aunt|uncle|mum|dad|friend)"], "turns turned runs ran goes went"),
    (["(?:gets|got|getting|wakes|woke|waking) up (?:at|in the night|during the night|early|on (?:his|her|their) own)"], "up"),
    (["(?:nappy|sore|red raw) (?:rash|bottom|bum|nappy area)", "same (?:clothes|nappy|vest|top|t-shirt|jumper|outfit|uniform|pyjamas)",
      "dirty (?:clothes|nappy|nappies)"], "bottom bum clothes nappy nappies vest top t shirt jumper outfit uniform pyjamas"),
    # a baby's cues: how they settle, and food taken or hidden
    (["(?:settles|settled|settling) (?:to|with|when|for|in (?:her|his|their) arms|quickly|easily|straight away)",
      "(?:easy|hard|difficult|impossible) to (?:settle|soothe|comfort|feed)",
      "(?:grabbed|grabs|grabbing|hid|hides|hiding|stole|steals|stealing|hoarded|hoards|hoarding|takes|took|taking) "
      "(?:food|bread|snacks|biscuits|sweets)"],
     "settles settled settling settle soothe comfort feed food bread snacks biscuits sweets"),
    (["bangs? (?:his|her|their) head", "banged (?:his|her|their) head", "head-?banging", "picks? at", "picked at",
      "picking at", "bit (?:his|her|their) nails", "bites (?:his|her|their) nails", "strapped in"],
     "bangs bang banged banging headbanging picks pick picked picking nails strapped"),
    (["(?:eats|ate|eating|sits|sat|sitting|hides|hid|hiding|spends|spent) (?:alone |all day |most of the day )?in "
      "(?:his|her|their) (?:room|bedroom)"], "room bedroom"),
    # the child's day: how time is spent, where and with whom they sleep, bed and meals
    (["(?:spends|spent|spending) (?:most |all |much |a lot |half |every |each |the |his |her |their )?(?:of )?"
      "(?:the |his |her |their )?(?:day|days|time|evenings?|weekends?|nights?|mornings?|afternoons?|holidays?|summer|weeks?|months?)",
      "(?:sleeps|slept|sleeping|sleep) (?:on|in|with|downstairs|upstairs|at|top|alongside|together)"],
     "spends spent spending sleeps slept sleeping sleep"),
    (["(?:shares?|shared|sharing) (?:a |the |his |her |their )?(?:bed|bedroom|room|mattress|sofa|cot)",
      "(?:goes|go|went|going|gets|got|put) (?:up )?to bed"], "bed bedroom room mattress sofa cot"),
    # where the child stays, what they do for themselves and for the others at home
    (["(?:stays|stayed|staying|sleeps|slept|sleeping) (?:at|round at|over at) (?:a |her |his |their )?"
      "(?:friend|friends|friend's|friends'|boyfriend|boyfriend's|girlfriend|girlfriend's|mate|mates|mate's)"],
     "friend friends boyfriend girlfriend mate mates"),
    (["(?:makes|made|making|cooks|cooked|cooking|gets|got|getting) (?:it |them |tea |breakfast |dinner |lunch )?(?:himself|herself|themselves)",
      "(?:gets|got|getting) (?:his|her|their) (?:\\w+ ){0,2}(?:brothers?|sisters?|siblings) (?:dressed|ready|up|to school|to bed)",
      "(?:comes|came|coming|goes|went|going) home to (?:an )?(?:empty|nobody|no one|no-one)"],
     "himself herself themselves dressed ready up school bed empty nobody one"),
    (["(?:skips|skipped|misses|missed|missing|has no|had no|gets no|got no) (?:breakfast|tea|dinner|lunch|meals)",
      "(?:makes|made|making|gets|got) (?:his|her|their) own (?:breakfast|tea|dinner|lunch|food|meals)"],
     "breakfast tea dinner lunch meals"),
]

# How a child without words tells it: a sound, the body, leading an adult, a sign or a device
_WITHOUT_WORDS = _words(
    "screeches screeched screeching squeals squealed squealing shrieks shrieked shrieking grimaces "
    "grimaced grimacing vocalises vocalised vocalising vocalizes vocalized whimpers whimpered "
    "whimpering bolts bolted bolting paces paced pacing gags gagged gagging stims stimming flaps "
    "flapped flapping hums hummed humming"
) + [
    "cover(?:s|ed|ing)? (?:his|her|their) (?:ears|eyes|face)",
    "lift(?:s|ed|ing)? (?:his|her|their) arms", "holds? (?:his|her|their) arms (?:up|out)",
    "turn(?:s|ed|ing)? (?:away|(?:his|her|their) (?:back|face|head) away)",
    "pull(?:s|ed|ing)? (?:out )?(?:his|her|their) (?:own )?hair",
    "hits? out", "hitting out", "lash(?:es|ed|ing)? out",
    "(?:lead|leads|led|leading|takes|took|taking|pulls|pulled|pulling|grabs|grabbed|grabbing|holds|held|holding) "
    "(?:(?:his|her|their|the|an) )?(?:mum|dad|mother|father|carer|foster carer|nan|gran|teacher|worker|sw|adult|staff)"
    "(?:'s)? (?:by the )?hand",
    "smear(?:s|ed|ing)", "scratch(?:es|ed|ing)? (?:at )?(?:his |her |their )?(?:arms|skin|legs|face|wrists|head)",
    "turn(?:s|ed|ing)? (?:his|her|their) head (?:to|towards)",

    "(?:hands|handed|handing|brings|brought|bringing|fetches|fetched) (?:his|her|their|the) "
    "(?:mum|dad|mother|father|carer|nan|gran|teacher|worker|sw|coat|shoes|cup|bag|book|toy|photo|card|symbol|picture)",
    "(?:sits|sat|sitting|waits|waited|waiting|stands|stood|standing) (?:by|at) the (?:window|door|front door|gate)",
    "(?:wakes?|woke|waking) (?:in pain|every|distressed|several times|\\d)",
    "(?:sign|signs|signed|signing|makaton|bsl) (?:for )?['\"]",
    "(?:eye[- ]?point|eye[- ]?pointing|eye[- ]?points|eye[- ]?pointed|eye[- ]?gaze)",
]

# the same, gated by their rarer words: where the child is kept, what alone they will take
_WITHOUT_WORDS_KEPT = [
    "(?:stays|stayed|staying|sat|sits|sitting|kept|keeps|is kept|was kept|left) in (?:his|her|their|the) "
    "(?:pushchair|buggy|pram|cot|car seat|wheelchair|highchair|bouncer)",
    "(?:will|would) only (?:eat|drink|wear|sleep|sit|go)", "only (?:eats|drinks|wears|sleeps)",
    "(?:wasn't|isn't|was not|is not|not|stopped|stops) (?:leaving|coming out of) (?:his|her|their) (?:room|bedroom|bed)",
]

_PLAY = ["(?:plays|played|playing) (?:alone|on (?:his|her|their) own|with|by (?:himself|herself)|quietly|happily|nicely|"
         "independently|together|in the|at|outside|games)"]

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
                  f"(?:is|was|gets|got|seemed|looked|became|seems|looks|feels|felt) (?:very |so |really |quite )?(?:{_HARD_ADJ})",
                  # a good feeling felt, or with what it is about ("proud of getting the
                  # apprenticeship"), not wellbeing in a word ("is happy in placement", below)
                  f"(?:gets|got|became|feels|felt) (?:very |so |really |quite )?(?:{_GOOD_ADJ})",
                  f"(?:is|was|are|were) (?:very |so |really |quite )?(?:{_GOOD_ADJ}) (?:of|that|to|because|when|about)",
                  "(?:scared|frightened|afraid|terrified) (?:of|that|to)",
                  # how the child presents: a hard feeling, not "presents as happy" (wellbeing in a word)
                  f"present(?:s|ed|ing)? (?:as )?(?:very |so |really |quite )?(?:{_HARD_ADJ}|low|flat)",
                  "(?:low|flat) in mood", "(?:feels|feeling|felt|seems|seemed|looked|looks) (?:very |so |really )?low\\b"],
         0.75, "c",
         "hope hopes long worries doesn does didn did scared frightened afraid terrified flat low "
         + _FEEL_ADJ.replace("|", " ")),
        (_VIVID + _VIVID_PHRASES, 0.7, "cn", "self harm harms harmed harming quiet silent kicks kicked "
         "wet lined lines lining reaches reached reaching pulls walked ran runs stays stay stayed eats dreams wakes wake "
         "sought seeks seek took takes look looks looking looked caring cares makes gets sits own lock locks "
         "locked sleeps grown won will"),
        (["(?:is|was|are|were|gets|got) (?:often |regularly |frequently |usually |sometimes )?left (?:alone|on (?:his|her|their) own|"
          "in (?:his|her|their|the) (?:cot|room|bedroom|pram|buggy|car))",
          "changed the subject", "looked away", "(?:avoids|avoided|avoiding|makes|made|no|good|poor|little|fleeting) eye contact",
          "alone in (?:his|her|their) (?:room|bedroom|cot|flat)"], 0.7, "cn",
         "left subject away eye alone"),
        (_WITHOUT_WORDS, 0.7, "cn", "cover covers covered covering lift lifts lifted lifting holds hold turn turns "
         "turned turning pull pulls pulled pulling hits hit hitting lash lashes lashed lashing leads led leading takes "
         "took taking lead hands handed grabs grabbed grabbing held holding smear smears smeared smearing scratch scratches scratched "
         "scratching handing brings brought bringing fetches fetched sits sat sitting waits waited "
         "waiting stands stood standing wakes wake woke waking sign signs signed signing makaton bsl eye"),
        (_WITHOUT_WORDS_KEPT, 0.7, "cn", "pushchair buggy pram cot seat wheelchair highchair bouncer only leaving coming"),
        (_PLAY, 0.6, "cn", "plays played playing"),
        (_MUNDANE + ["(?:is|was) (?:happy|anxious|upset|angry|sad|scared|lonely|quiet)",
                     f"(?:is|was|are|were|seemed|looked|seems|looks|appears|appeared) (?:very |so |really |quite )?(?:{_GOOD_ADJ})"],
         0.45, "cn", "happy anxious upset angry sad scared lonely quiet proud excited relieved"),
        # observed, so not inside an action ("SW to plan who dad calls when the baby won't settle")
        *[(alts, 0.7, "cnx", trig) for alts, trig in _SEEN_DAY],
        # "A school day for Lucy starts with ...", "Tea for Zak is crisps": the child's day, named after its words
        (["(?:school )?(?:day|days|weekends?|evenings?|nights?|mornings?) for (?:him|her|them|[a-z]+)",
          "(?:breakfast|tea|dinner|lunch|supper|meals) for (?:him|her|them|[a-z]+)"
          "(?: \\(\\d+\\))? (?:is|are|was|were|tends|usually|often|means)"], 0.7, "q",
         "school day days weekend weekends evening evenings night nights morning mornings breakfast tea dinner lunch supper meals"),
        (["a typical day", "day to day", "day-to-day", "(?:his|her|their) days? (?:is|are|starts|ends)",
          "every (?:morning|evening|night|weekend)", "most (?:days|mornings|evenings|nights)",
          "at bedtime", "home time", "after school", "at weekends"], 0.45, "c",
         "typical day days morning evening night weekend mornings evenings nights bedtime time school weekends"),
        # a quote that closes its clause may have lost its closing mark to the full stop before it
        (r"(?:^|[\s(:])['\"][a-z](?:[^'\"]|(?<=[a-z])'(?=[a-z])){2,80}?(?:['\"](?=[\s,.;:!?)]|$)|[.!?]$)", 0.55, "q", None),
    ]
)

# the quotation cue runs on every clause that has a quote mark
LIVED.quote_cue = LIVED.cues[-1]


# "ask what she wants", "how Ella feels about contact": a question still to be answered, not
# the child's wish or feeling
_ASKED = re.compile(
    r"\b(?:ask|asks|asked|asking|know|knows|knew|known|recorded|heard|noted|idea|explore|explored|exploring|find out|finding out|understand|"
    r"establish|ascertain|gather|unclear|unsure|sure|clear|check|consider|discuss|discussed|capture|record|"
    r"learn|hear|sense) (?:\w+ )?(?:\(\d+\) )?(?:what|how|whether)(?: [a-z0-9()'.]+){0,3} $"
)
_ASK_WORDS = frozenset(("what", "how", "whether"))


# "What does Kai say about home?", "Does she feel safe?": the cue is what the question asks
_ASKING = re.compile(
    r"(?:^|\b(?:what|how|whether|if) )(?:does|did|do|is|was|are|were|has|have|can|could|will|would) "
    r"[a-z0-9'.]+(?: \(\d+\))? (?:really |actually |now |still )?$"
)


_SAY_NOUN = ("own ", " a ", " no ", " any ", " more ", " the ", " real ", " final ", " equal ")


# "signed the contract", "was asked", "shared with Shannon", "misses the nurse checks": a form
# signed, the child told or asked (not telling), news passed to the child, a thing missed
_SIGNED_THING = re.compile(r" (?:the|a|an|his|her|their|up|off|on|it|in)\b")
_PASSIVE = re.compile(r"\b(?:been|being|was|were|is|are|be|get|gets|got|getting)\s+(?:\w+ly\s+)?$")
_MISSED_THING = re.compile(r" (?:the|a|an|\d+|(?:his|her|their) (?:appointments?|sessions?|checks?|lessons?|school|classes|medication|meds|visits?))\b")

_SHARED_THING = re.compile(r" (?:an? |the |some |his |her |their )?(?:[a-z]+ )?(?:images?|photos?|pictures?|videos?|nudes?|"
                           r"selfies?|posts?|screenshots?|links?|files?|location)\b")


# "said she was happy at home", "says things are fine": wellbeing in a word, in the child's mouth
_SAID_FINE = re.compile(
    r"(?: that)? (?:(?:she|he|they|i)(?:'s|'m| is| was| are| were| am| felt| feels| feel)|"
    r"(?:things|everything|all|it)(?:'s| is| are| was| were)?) (?:very |really |quite |all )?"
    r"(?:happy|fine|ok|okay|settled|good|great|well|alright|all right)(?: (?:at|in|with|there)(?: [a-z']+){0,2})?\W*$"
)


def _skip(c, start: int, end: int) -> bool:
    low = c.low
    if low.startswith(_RECORD_VERBS, start) and _RECORD_SAYS.search(low, max(0, start - 30), start):
        return True  # "her PEP says", "the health review shows him": a record speaking, not the child
    if low.startswith(_GROWN_VERBS, start) and _GROWN_UP.search(low, end, end + 70):
        return True  # "she says she has been clean since June": a parent's account of an adult's life
    if low.startswith(("feel", "felt"), start) and _WORK_FELT.search(low, end, end + 60):
        return True  # "feels stretched with this family", "felt out of her depth at MARAC": the worker's feelings
    if low.startswith(_SPEECH_FINE, start) and _SAID_FINE.match(low, end):
        return True
    if low.startswith("on ", start):
        if low.endswith(_SEEN_BY, 0, start) or _SEE_NAMED.search(low, max(0, start - 40), start):
            return True  # "until he has been seen on his own", "to see Oli on his own": how the worker sees the child
        if _OWN_THING.match(low, end):
            return True  # "feeds him on her own adult pattern": her own something, not alone
    if low.endswith("?") and _ASKING.search(low, 0, start):
        return True
    if low.startswith("say", start) and low.endswith(_SAY_NOUN, 0, start):
        return True  # "her own say in her care": a say she should have, not words she said
    if low.startswith("shar", start) and (_SHARED_THING.match(low, end) or low.startswith(" with", end)):
        return True  # "shared a nude image": a thing passed on, not something told; "shared with her": told to her
    if low.startswith("sign", start) and _SIGNED_THING.match(low, end):
        return True
    if low.startswith("misses", start) and _MISSED_THING.match(low, end):
        return True
    if low.startswith(_TOLD_WORDS, start) and _PASSIVE.search(low, max(0, start - 30), start):
        return True  # "he's already been asked for money", "was told to leave": spoken to, not speaking
    if low.startswith(_SPEECH_FINE, start) and _SAID_NOTHING.match(low, end):
        return True  # "said nothing when seen": no words given
    if start >= 2 and low[start - 2:start] in (", ", " (") and low[end:end + 1] in (",", ")") and low.startswith(_TOLD_WORDS, start):
        return True  # "the bruise (May, explained, accidental)": a thing described, no one speaking
    if low.startswith(("explained as ", "described as "), start) and _INJURY_EXPLAINED.search(low, max(0, start - 40), start):
        return True  # "bruise to ear, explained as a fall": how an injury was accounted for, no one speaking
    if low.startswith("withdrawn", start) and _WITHDRAWN_FROM.match(low, end):
        return True  # "withdrawn from the school trip": taken out of something, not a withdrawn child
    # "threatened over a 'debt'", "a \"friend\" drives him": a word held at arm's length (not the
    # symbol a child hands over: "gave me the 'drink' card")
    if start < len(low) and low[start] in " '\"(:" and _SCARE_QUOTE.match(low, start) \
            and _SCARE_BEFORE.search(low, max(0, start - 40), start):
        return True
    if low.startswith("asked", start) and ((_WRITER_ASKED.match(low, end) and not low[:start].strip(" -:;,"))
                                           or _ASKED_OF.search(low, max(0, start - 12), start)):
        return True  # "Asked SW what has changed", "Asked for the plan to be re-read": the writer asking;
        # "has done everything asked", "closed down when asked about it": asked of someone, not asking
    if low.startswith("wishes", start) and (low.startswith(" and feelings", end) or _OWNED.search(low, max(0, start - 12), start)):
        return True  # "her wishes and feelings are to be explored": the name of what is asked, not a wish
    return not _ASK_WORDS.isdisjoint(c.toks) and _ASKED.search(low, max(0, start - 40), start) is not None


# a record or a service's document as the one saying it (not the child's own letter, form or diary)
_RECORD_VERBS = ("say", "said", "describ", "show", "tell", "told", "explain", "mention")
_RECORD_SAYS = re.compile(
    r"\b(?:reports?|assessments?|notes|pep|plans?|reviews?|records?|minutes|referral|chronology|screening|checks?|tests?|"
    r"results?|summary|ehcp|file|logs?|chart|data|figures|evidence|policy|guidance|order|agreement|judgement|"
    r"observations?|scans?|x-rays?)(?:'s)? (?:\w+ly |also |now |still |only )?$"
)


_GROWN_VERBS = ("say", "said", "told", "tell", "admit", "explain", "report")
# words of a parent's own life, which a child rarely gives as theirs (a young person's own
# substance use, pregnancy, tenancy or court order are theirs and are left out)
_GROWN_UP = re.compile(
    r"\b(?:(?:been|stayed|is|was|she's|he's|i'm|i've been) clean|clean (?:for|since)|sober|relapsed?|relapsing|abstinent|"
    r"methadone|detox|probation|(?:her|his|my) (?:children|kids)|parenting (?:course|programme|sessions)|"
    r"freedom programme|ex-partner|new partner)\b"
)


# what a worker feels about the work: the case, the family, the meetings, their own practice
_WORK_FELT = re.compile(
    r"\b(?:case ?load|this case|the case|this family|out of (?:her|his|their|my) depth|stretched|marac|"
    r"core group|supervision|presenting|(?:the|court) hearing|(?:her|his|their|my) practice|the team|"
    r"on this visit|after the visit|going round in circles|stuck with)\b"
)


_SEEN_BY = ("seen ", "spoken to ", "spoke to him ", "spoke to her ", "met ", "visited ", "see him ", "see her ",
            "saw him ", "saw her ", "spoken with ")

# "see Oli on his own", "visited her on her own": the worker's visit
_SEE_NAMED = re.compile(r"\b(?:see|sees|seen|saw|seeing|visit|visits|visited|visiting|meet|met|meeting|interview|interviewed|"
                        r"speak to|spoke to|spoken to|speak with|spoke with|spoken with|talk to|talked to|talk with|talked with) "
                        r"(?!(?:his|her|their|a|the)\b)[a-z]+(?: \(\d+\))? $")
# "on her own adult pattern", "on his own terms": her own something (a word after "own" that is not
# where, when or how the child is alone)
_OWN_THING = re.compile(
    r" (?!(?:and|or|but|at|in|with|for|to|from|after|before|now|since|when|while|until|till|because|as|again|most|every|"
    r"all|much|more|too|so|then|during|each|today|tonight|yet|on|into|out|if|without|which|who|that|the|this|a|an|by|over|"
    r"through|throughout|up|upstairs|downstairs|outside|inside|there|here|than|lots|sometimes|often|mostly|anymore|any|"
    r"is|was|are|were|has|had|she|he|they|it|we|i|nearly|almost|half|whenever|where)\b)[a-z]{3,}\b(?!')"
)
_INJURY_EXPLAINED = re.compile(r"(?:[,(]\s*|\b(?:was|were|been|being|is|are|bruises?|bruising|injury|injuries|fractures?|marks?|"
                               r"burns?|cuts?|wounds?|scratch(?:es)?|swelling|bleed)\s+)$")
_WITHDRAWN_FROM = re.compile(r" from (?:the |a |an |his |her |their )?(?:[a-z]+ )?(?:school|nursery|college|class|classes|lessons?|"
                             r"education|residential|trip|swimming|register|roll|course|club|pe|activities|sessions?|exams?)\b")
# a one-word quote after "a", "the", "his": a word held at arm's length, not words said
_SCARE_QUOTE = re.compile(r"[\s(:]?['\"][a-z-]+['\"](?![a-z])(?! (?:card|symbol|picture|sign|button|page)s?\b)")
_SCARE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|this|that|my|our|of|over|about)\s*$")
# the writer's own question or request, the asker left out: "Asked SW ...", "Asked for the judgement to be ..."
_WRITER_ASKED = re.compile(
    r" (?:sw|the sw|the worker|worker|iro|the iro|hv|the hv|police|the police|school|the school|the team|the chair|the panel|"
    r"the group|colleagues?|partners|health|the court|legal|[a-z]+ \((?:sw|ssw|aswe|ap|pa|iro|hv)\))\b"
    r"| for (?:the|a|an|his|her|their) [^.;]{0,60}?\bto be\b| for (?:evidence|sight of|a copy|copies|the minutes|an update)\b"
)

_SAID_NOTHING = re.compile(r" (?:nothing|very little|little|not a word|no more|none of this)\b(?! but| except| else but)")

_ASKED_OF = re.compile(r"\b(?:everything|anything|all|when|if|once|unless|whatever|as)\s+$")

_SPEECH_FINE = ("said", "says", "say", "told", "tells", "reported", "reports")

_TOLD_WORDS = ("told", "asked", "shown", "showed", "explained", "described")

_OWNED = re.compile(r"(?:\b(?:his|her|their|your|child|yp|childs)|'s|s')\W*$")


def _quote_not_childs(note: Note, c, start: int) -> bool:
    """A quotation after a named adult says, tells or thinks it: "Mum says he is 'not himself'",
    "the head of year said he was 'a different lad'" are the adult's words about the child."""
    low = c.low
    if low[start] not in " '\"(:" or not _QUOTE_OPEN.match(low, start):
        return False
    m = None
    for m in _SPEAKER_VERB.finditer(low, max(0, start - 80), start):
        pass
    if m is None:
        return False
    # a named adult only: a pronoun read as an adult may be the child ("she'd told her '...'")
    return subject_kind(note, c, m.start(), explicit=True) == "a"


_QUOTE_OPEN = re.compile(r"[\s(:]?['\"]")
_SPEAKER_VERB = re.compile(
    r"\b(?:says|said|say|tells|told|reports|reported|thinks|thought|describes|described|recorded|records|"
    r"believes|believed|feels|felt|calls|called|sees|saw|views|viewed|puts it|put it|writes|wrote|"
    r"states|stated|claims|claimed|insists|insisted)\b"
)


# A note opened as about a baby not yet born ("Unborn baby of Chantelle (19)", "Pre-birth: Jade
# (22), 28 weeks"): the child has no days yet, and whoever is named with an age is a parent
_UNBORN_OPENING = re.compile(r"(?<!after )(?<!after a )(?<!since )(?<!began )(?<!from )(?<!following )(?<!following a )"
                             r"\b(?:unborn|pre-? ?birth|prebirth|baby due|edd)\b")
# a child already born named in it: a baby's age in days, weeks or months, or a child's in years
_BORN_CHILD = re.compile(r"\((?:aged? )?(?:\d{1,2} ?(?:days?|d|wks?|weeks?|w|months?|mths?|mo|m)\b|(?:[0-9]|1[0-2])\b(?!/))|"
                         r"\b(?:aged?|age) (?:[0-9]|1[0-2])\b|\b(?:[0-9]|1[0-2]) ?(?:yo|years? old)\b|"
                         r"\b(?:days|weeks|months) old\b|\b(?:was|now|been) born\b|\bborn (?:on|at|in)\b|\bsince birth\b")


def _unborn_only(note: Note) -> bool:
    low = note.low_all
    return _UNBORN_OPENING.search(low, 0, 60) is not None and _BORN_CHILD.search(low) is None


_ASKS_CHILDS_VOICE = re.compile(r"\b(?:child|children|young person|yp)(?:'s)?\b.*\b(?:say|says|said|think|thinks|feel|feels|want|wants|"
                                r"views?|voice|wishes)\b|\b(?:voice|views?|wishes)\b")


def _answers_to_the_childs_voice(note: Note) -> set[int]:
    """The sentences that answer a form's own question about the child's voice ("What does the
    child say? 'I like young carers club'")."""
    sents = note.sentences
    return {i + 1 for i, s in enumerate(sents[:-1]) if is_form_question(note, s) and _ASKS_CHILDS_VOICE.search(s.low)}


def detect_lived(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    if _unborn_only(note):
        return hits
    cue_hits(note, T_LIVED, hits, skip=lambda c, s, e: _skip(c, s, e) or _quote_not_childs(note, c, s))
    # In the Lived experience box (or under "In her own words:", or answering a form's "What does
    # the child say?") a quotation is the child's words unless an adult is named as saying it
    # ("Mum said 'he's fine'")
    quote = LIVED.quote_cue[0]
    answers = _answers_to_the_childs_voice(note) if "?" in note.low_all else ()
    for c in note.clauses:
        if (c.sent.section != "lived_experience" and c.sidx not in answers) or ("'" not in c.low and '"' not in c.low):
            continue
        m = quote.search(c.low)
        if m is None or len(m.group(0).split()) < 3:
            continue
        said_by = [note.kinds[t][0] for t in _TOKEN.findall(c.low[: m.start()]) if t in note.kinds]
        if "a" not in said_by:
            hits.append((0.6, c.sent))
    return hits
