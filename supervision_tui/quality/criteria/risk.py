"""Risk of harm: the worries and dangers, protective factors, or a safety judgement (LABELS.md).

A harm named with its context, a worry stated, a 0-10 safety scale; not a plan category only
named ("CP (neglect)"), a danger that has stopped, or "risk discussed".
"""

from __future__ import annotations

import re

from .cues import Hit, T_RISK, box_topic_hits, cue_hits
from .reading import _TOKEN, Cues, Note, _words, negated, subject_kind


_HARM_WORDS = _words(
    "danger dangerous unsafe exploitation exploited exploiting exploit grooming groomed groom "
    "trafficking trafficked cce cse shaken violence violent coercive weapon weapons knife "
    "knives unsupervised unattended intoxicated drunk neglected injury injuries injured bruise "
    "bruises bruising bruised harm harmed harmful harming hurt hurting assault assaulted assaults hazard hazards "
    "hazardous smashed"
)

# "threatened him at the door", "threatened to stab him": a threat of harm, not "threatened to leave"
_THREAT = [r"threat(?:ened|ening|s)? (?:him|her|them|the (?:child|children|baby|family|carers?)|mum|dad|to (?:kill|hurt|harm|"
           r"stab|hit|beat|take|burn|smash|snatch))"]

# a safety scale's weight, which its guard reads (_scale_has_reason)
SCALE = 0.7

RISK = Cues(
    [
        (["protective(?: factors?| adults?)?", "safety net(?:work)?", "safe adults?"], 0.8, "", None),
        (r"\bwhat (?:still |really |most |also )?(?:worries|concerns|frightens|scares) (?:me|us|them|sw|the sw)\b"
         r"|\b(?:i|we|tm|sw|school|police|professionals|everyone) (?:am |are |is |remain |still |also |"
         r"continue to be |were |was )?(?:very |really |most |particularly |more |less )?"
         r"(?:worried|concerned|worry) (?:about|that|by|for|because|if|when|whether)\b(?!\W*$)"
         r"|\bworried (?:about|because|that|if|when)\b(?!\W*$)"
         r"|\b(?:main|key|biggest|greatest|primary|real|ongoing|current|the|our|my|[a-z]+'s) (?:worry|worries|"
         r"concern|concerns|danger|dangers|risk|risks) (?:is|are|was|were|remains?|here is|for \w+ is) "
         r"(?:that|of|about|the|his|her|their|now|[a-z]+ing|[a-z]+'s)\b", 0.8, "n",
         "worries concerns frightens scares worried concerned worry worry concern danger dangers risk risks"),
        (["concerns? (?:remains?|continues?|persists?) (?:about|around|regarding|re|that|over)",
          "ongoing concerns? (?:about|around|regarding|re|that)"], 0.6, "n", "ongoing"),
        (r"\b(?:at|of) risk of\b|\brisks? (?:of|to (?:him|her|them|the|[a-z]+'s|baby|[a-z]+ (?:is|are|from))|"
         r"that|around|posed|associated|for (?:him|her|them|the))\b|\bdangers? (?:of|to|that|is|are)\b",
         0.7, "n", "risk risks danger dangers"),
        (["risks? from"], 0.4, "n", None),
        # "the worry still sits with dad's drinking", "a baby this age cannot protect herself"
        (["(?:the|our|my|main|key|real|biggest) (?:worry|worries|concern|concerns|risk|danger) (?:still |now |really )?"
          "(?:sits?|lies|lie) (?:with|in)"], 0.7, "n", "worry worries concern concerns risk danger"),
        (["(?:cannot|can't|could not|couldn't|unable to) (?:protect|keep) (?:herself|himself|themselves|itself)"],
         0.7, "n", "protect keep"),
        (["risks? (?:is |are |remains? |now |still )*(?:no |not )?(?:lower|higher|greater|less|(?:the )?same) (?:than|as) "
          "(?:at|in|before|when|last|it was|they were)"], 0.65, "n", None),
        # "the risk now is relapse", "her coping is the real risk", "Worry is escalation", "they worry us"
        (r"\b(?:the|our|my|main|key|biggest|real) (?:worry|risk|danger|concern) (?:now|here|still|right now) (?:is|are|remains)\b"
         r"|\b(?:is|are) (?:the|our) (?:main|key|biggest|greatest|real|primary|only|immediate) (?:risk|worry|danger|concern)\b"
         r"|\b(?:worr(?:y|ies)|frighten(?:s|ed)?) (?:me|us)\b", 0.75, "n",
         "worry risk danger concern worries frighten frightens frightened"),
        # (the word opens its clause or follows a dash or colon: a look-behind after it keeps the cue anchored)
        ("\\b(?:" + "|".join(rf"{w}(?:(?<=^{w})|(?<=[-:;,] {w}))" for w in ("worry", "risk", "danger", "concern"))
         + r") (?:is|was|remains) (?!low\b|discussed\b|noted\b|managed\b|considered\b|reviewed\b|assessed\b|explored\b|covered\b|"
         r"addressed\b|weighed\b|talked\b|looked at\b)[a-z]", 0.75, "n", "worry risk danger concern"),
        (r"\b(?:no|without (?:an|any)) (?:other |safe |sober |protective )?adults? (?:in the house|at home|around|to (?:notice|see|step)|"
         r"who (?:could|would|can|will))\b", 0.6, "n", "adult adults"),
        (["(?:easy|easier|vulnerable) (?:for [a-z]+ )?to (?:control|exploit|groom|target|manipulate|draw in|pull in)"],
         0.65, "n", "easy easier vulnerable"),
        (["risks? (?:is|are|was|were) (?:highest|greatest|higher|increased|heightened|lowest|lower|reduced|"
          "increasing|rising|escalating)"], 0.7, "n", None),
        (_HARM_WORDS + ["county lines", r"expos(?:ed|ure) to", "significant harm", "non-accidental",
                        "missing episodes?", "going missing", "no sober", "failure to thrive", "chronic neglect",
                        r"sexual(?:ly)? (?:abuse|harm)", "physical (?:abuse|harm|chastisement)", "emotional harm"],
         0.55, "nkb", "exposed exposure non missing sober failure sexual sexually physical emotional"),
        # a safety scale: met only with its reason (see _scale_has_reason, the table's guard)
        (r"\b(?:safety|risk|danger|scal(?:e|es|ed|ing)|rated|rating|score[ds]?|judgement)\b"
         r"(?:[ :=-]+(?!(?:assessment|review|reviewed|meeting|plan|planning|management|strategy|conference|due|by|on|from|until|"
         r"dated|since|held|visit)\b)[\w'-]+){0,4}?[ :=-]+(?:at |of |as |on |about |around |is |now )?"
         r"(?:10|[0-9])(?:(?: ?/ ?10| out of 10)(?![\d/])|(?![\d/]|[.:]\d))"
         r"(?!%|s\b| ?(?:years?|yrs?|months?|mths?|weeks?|wks?|days?|am|pm|mins?|hours?|hrs?|nights?|times?|x|of)\b)",
         SCALE, "", "safety risk danger scale scales scaled scaling rated rating score scored scores judgement"),
        # "7/10 now from 3": a scale standing alone, never a date ("by 3/10", "on 2/10")
        (r"(?<!by )(?<!on )(?<!due )(?<!from )(?<!until )(?<!since )(?<!after )(?<!before )(?<!w/c )"
         r"\b(?:10|[0-9])(?: ?/ ?10| out of 10)(?![\d/])", SCALE, "", "10"),
        (_THREAT, 0.6, "n", "threat threatened threatening threats"),
        # a danger foreseen: "Ava could be left alone with him", "the baby might be hurt"
        (["(?:could|might|may|would) (?:well |easily )?(?:be|get) (?:left (?:alone|on (?:his|her|their) own|with)|hurt|harmed|"
          "injured|exposed|exploited|groomed|targeted|assaulted|abused|neglected|killed|taken|caught up)"], 0.65, "n",
         "left hurt harmed injured exposed exploited groomed targeted assaulted abused neglected killed taken caught"),
        # only named (a label, a form, a word): too little even in the Risk box
        (["complicating factors", "danger statement", "what are we worried about", r"vulnerab\w*",
          "safety plan"], 0.3, "n", "vulnerable vulnerability vulnerabilities worried"),
        # The worry said as a statement, in any order: "the worry is still retaliation", "the
        # outstanding risk is that", "the worries now are the image", "that's the risk left", "the
        # holidays are the risk", "faltering growth still a real risk", "Risk = him moving back"
        (r"\b(?:worry|worries|concern|concerns|danger|dangers|risk|risks|threat)"
         r"(?: (?:now|still|here|left|remaining|today|for [a-z]+|to [a-z]+))? (?:is|are|was|were|remains?)"
         r"(?: (?:still|now|really|mainly|mostly|also|nonetheless|more|just|less about))? "
         r"(?!(?:low|lower|medium|high|higher|moderate|discussed|noted|managed|reviewed|considered|unchanged|none|nil|"
         r"minimal|reduced|reducing|assessed|as|being|to be|not|no)\b)"
         r"(?:that|of|about|the|his|her|their|him|them|a|an|what|when|how|whether|if|[a-z]+ing|[a-z]+'s|mum|dad|"
         r"mother|father|still|around|from|with|in|at)\b", 0.75, "n", "worry worries concern concerns danger dangers risk risks threat"),
        (r"\b(?:is|are|was|were|'s|remains?|still|becomes?|poses?) (?:the|a|an|our|my|their|his|her) "
         r"(?:[a-z]+ )?(?:risk|worry|danger|threat|concern)\b(?!s? (?:assessment|management|register|matrix|level|rating|tool)\b)",
         0.7, "n", "risk worry danger threat concern"),
        (r"\b(?:risks?|worry|worries|dangers?|concerns?)(?: (?:now|still|left|here|remaining))? ?(?:=|->|→|≠) ?"
         r"(?!(?:low|medium|high|nil|none|n/?a|same|as)\b)[a-z0-9]", 0.7, "n", "risk risks worry worries danger dangers concern concerns"),
        (["threats? (?:to|on|against|made|of violence)", "(?:a |the )?real threat"], 0.6, "n", "threat threats"),
        # the worry in other words: "the scariest bit is the stairs", "what keeps me awake is", "I'm
        # frightened for Amy", "real worry re the flat", "the risk comes from", "what could go wrong:"
        (r"\b(?:scariest|most (?:worrying|frightening|dangerous|concerning|risky)|riskiest) (?:bit|part|thing|time|moment)s?\b"
         r"|\b(?:keeps?|keeping|kept) (?:me|us) (?:awake|up at night)\b|\bwhat could (?:go wrong|happen)\b"
         r"|\b(?:i'm|i am|we're|we are|i was|we were|tm|sw) (?:really |very |genuinely |quite |so )?(?:frightened|scared|afraid|fearful|terrified) "
         r"(?:for|about|that)\b|\b(?:i|we) fear (?:for|that)\b"
         r"|\b(?:worry|worries|concern|concerns) (?:re|over|around|regarding) (?:the|his|her|their|him|them|mum|dad|[a-z]+'s)\b"
         r"|\b(?:risks?|dangers?|harm|worry|worries)(?: here| now| mainly| mostly| really)? (?:comes?|came|stems?|stemmed) from\b",
         0.65, "n", "scariest worrying frightening dangerous concerning risky riskiest awake night wrong happen "
         "frightened scared afraid fearful terrified fear worry worries concern concerns comes come came stems stem stemmed"),
        # a medical need left: "keeps missing the inhaler prescriptions", "forgets his epilepsy meds"
        (r"\b(?:missed|missing|misses|miss|not (?:given|giving|collected|collecting|getting)|forgets?|forgot|forgetting|run out of|ran out of) "
         r"(?:his |her |their |the |[a-z]+'s (?:\(\d+\) )?)?(?:[a-z]+ ){0,2}?(?:medication|meds|medicine|inhalers?|insulin|prescriptions?|"
         r"hospital appointments?|clinic appointments?|eye drops|epipen)\b", 0.55, "nk",
         "medication meds medicine inhaler inhalers insulin prescription prescriptions appointments appointment drops epipen"),
        # a harm foreseen: "a bad week could still mean cutting", "he could go missing again"
        (["(?:could|might|may|would|will|can) (?:still |well |easily |then |soon |quickly |also |very quickly )?"
          "(?:(?:be|get) )?(?:hurt|harmed|injured|dropped|shaken|exploited|groomed|burn(?:ed|t)|scalded|killed|die|"
          "overdose|relapse|go missing|run away|come to harm|go without|go hungry|become (?:ill|unwell|seriously)|"
          "not (?:be )?(?:safe|fed|thrive|protected)|mean (?:cutting|self-harm\\w*|harm|injury|another|more (?:harm|cutting|incidents))|"
          "be fatal|be back to|be left|reach the (?:[a-z]+ )?(?:window|stairs|road|balcony|cooker|hob|tablets|medication|pills|knives?|bleach)|"
          "fall (?:from|out of|down)|climb (?:out|onto|on to))",
          "(?:can|could) be (?:fatal|life-threatening)", "life-threatening"],
         0.65, "n", "hurt harmed injured dropped shaken exploited groomed burned burnt scalded killed die overdose relapse "
         "missing harm hungry ill unwell seriously fed thrive protected fatal life reach fall climb"),
        # the harm itself foreseen, where "not" is what is feared: "without feeds she will not thrive",
        # "the children are not safe"; and harm to the child's health or growth from what is happening
        (["(?:will|would|could|might|may|won't|wouldn't) not (?:thrive|be safe|be fed|be protected|cope|survive)",
          "(?:won't|wouldn't) (?:thrive|be safe|be fed|be protected|survive)",
          "(?:is|are|was|were|isn't|aren't|wasn't|weren't) not (?:yet )?safe(?! to)", "(?:isn't|aren't|wasn't|weren't) (?:yet )?safe(?! to)"],
         0.6, "", "thrive safe fed protected cope survive"),
        (["(?:affecting|harming|damaging|impacting on|taking (?:its|a) toll on|hurting) (?:her|his|their|the (?:child|children|baby|kids)|[a-z]+'s) "
          "(?:health|growth|development|weight|teeth|speech|safety|wellbeing|sleep|mental health|emotional)"],
         0.6, "", "affecting harming damaging impacting toll hurting"),
        (["unknown (?:adults?|males?|men|people)", "adults? (?:unknown|not known) to", "adults? (?:the family|mum|dad|nobody|no one|they|she|he) "
          "(?:don't|doesn't|do not|does not) know"], 0.55, "n", "unknown adults adult"),
        # a danger weighed by what it would take: "if mum drinks again", "if he comes back"
        (r"\bif (?:mum|dad|she|he|they|[a-z]+) (?:\w+ )?(?:drinks?|drinking|(?:uses?|using) (?:again|drugs|cannabis|heroin|crack|cocaine)|"
         r"relapses?|returns?|comes? back|"
         r"moves? back|goes? back|hits?|gets? drunk|is drunk|stops? taking|breaches?|finds? out|turns? up|"
         r"is released|gets? out|lets? him|lets? her)\b", 0.6, "n", "if"),
        # protective factors with what they protect: "nan keeps her safe", "the plan rests on nan"
        (["protect(?:s|ed|ing)? (?:him|her|them|the (?:child|children|baby|kids|girls|boys|twins)|(?!herself|himself|themselves)[a-z]+) from"
          # not from a feeling: "protecting dad from his sadness" is care, not safety
          "(?! by\\b| (?:(?:his|her|their|the|its|any|all|my|our|own) )*(?:sadness|grief|upset|worry|worries|feelings?|emotions?|"
          "truth|bad news|disappointment|stress|embarrassment|loneliness|tears|questions)\\b)",
          "keeps? (?:him|her|them|the (?:child|children|baby|kids)|[a-z]+)(?: \\(\\d+\\))? safe",
          "(?:ability|capacity|able|failure|failing|unable|fails|failed) to protect"],
         0.65, "", "protect protects protected protecting safe"),
        (r"\b(?:safety plan|safety|protection|it all|everything)(?: (?:for|of) (?:the |his |her |their )?[a-z]+(?: \(\d+\))?)? "
         r"(?:rests|depends|relies|hinges|hangs) (?:on|upon)\b"
         r"|\b(?:nobody|no one|no-one) (?:would (?:notice|know)|checks|is checking|has (?:eyes|checked))\b|\beyes on (?:her|him|them)\b"
         # "nobody between those kids and mum's chaos", "does anyone actually check on her?"
         r"|\b(?:nobody|no one|no-one|nothing)(?: else)? (?:standing )?between\b"
         r"|\bdoes (?:anyone|anybody) (?:actually |really |ever )?(?:check|notice|see|look in)\b",
         0.65, "", "rests depends relies hinges hangs notice checks checking eyes between check see look"),
        # who could reach the child: "he knows the new address", "has found out where she lives"
        (["(?:knows|found out|has found|got hold of|traced) (?:the |her |their |his |our |mum's )?(?:new )?"
          "(?:address|where (?:she|he|they) (?:live|lives|is|are|go|goes))",
          "(?:know|knows|found out|worked out) (?:exactly )?where (?:his|her|their|the) (?:[a-z]+ ){0,2}?[a-z]+ "
          "(?:lives|goes to school|goes|sleeps|stays|plays)",
          "(?:nobody|no one|no-one) (?:knows|know|is sure) who (?:the|these|those) (?:men|adults|males|lads|people|visitors)"],
         0.6, "n", "address lives live where who"),
        # what the child lives with or is left to
        (r"\bin front of (?:(?:the |her |his |their |both )?(?:children|child|kids|baby|twins|girls|boys|him|her|them)\b|[a-z]+ \(\d+\))"
         r"|\bwitness(?:ed|es|ing) (?:the |an? |dad|mum|him|her|his|domestic|violence|abuse|assault|fighting|rows|arguments)"
         # present at what, not at the visit ("Mum and children present." is who was in)
         r"|\b(?:children|kids|child|baby|twins|siblings|boys|girls) (?:(?:were|was) present\b(?! (?:at|for) (?:the |this |our |a )?(?:home visit|visit|hv|meeting|session|contact))|present (?:during|when|while|"
         r"throughout|at the time))|\bwithin (?:his |her |their )?reach\b"
         r"|\bin reach of\b|\bleft (?:home )?alone\b|\bhome alone\b|\bleft (?:in|on) (?:her|his|their|the) (?:own|cot|room|bedroom)\b",
         0.55, "nk", "front witnessed witnesses witnessing present reach alone cot bedroom"),
        # the domain's dangers named in its own words (a named category alone is guarded by "k")
        # ("cutting his hours", "cutting the costs": a thing cut, not a body)
        (["self-?harm\\w*", "self harm\\w*", "suicid\\w*", "ligature\\w*", "overdos\\w*",
          "cutting(?! (?:down|back|hair|out|edge)| (?:his|her|their|the|my|our|its|a|an|some) "
          "(?!arms?\\b|legs?\\b|wrists?\\b|thighs?\\b|stomach\\b|skin\\b|body\\b|face\\b|neck\\b|hands?\\b)\\w)",
          "(?:fresh|new|deep|deeper) cuts", "pinned pupils", "(?:abh|gbh)",
          "controlling (?:behaviou?rs?|relationship|partner|man|men|of (?:her|him|mum|dad))",
          "stabb(?:ed|ing)", "stab (?:wounds?|him|her)", "blades?", "machetes?",
          "strangl\\w*", "chok(?:e|ed|ing)", "throttl\\w*", "hands? (?:round|around) (?:her|his|their) neck",
          "slapped", "punched", "kicked", "smacked", "shoved", "headbutt\\w*", "beaten",
          "fractur\\w*", "scald\\w*", "burns? (?:to|on)", "unexplained (?:cash|money|gifts|phones?|items|injur\\w+|bruis\\w+|marks?)",
          "lines? (?:runners?|running|address|number|phone)", "dealing (?:drugs|from)", "drug (?:dealers?|debts?|running)", "dealers?",
          "cuckoo\\w*", "trap ?house", "plugging", "sextortion", "nudes?", "indecent images?",
          "sch(?:edule)? ?1", "(?:registered )?sex offenders?", "rso",
          "faltering growth", "failure to thrive", "(?:tooth|dental) decay",
          "unsafe sleep\\w*", "co-?sleep\\w*", "dog (?:mess|faeces|dirt)", "squalor", "fgm", "forced marriage", "radicali\\w*"],
         0.55, "nkb",
         "suicide suicidal overdose strangled strangle strangling strangulation choke fracture radicalised radicalisation "
         "radicalized abh gbh offender offenders cuts decay damp heating"),
        (r"\b(?:marks? (?:on|to|behind|around|across) (?:her|his|their|the)|marks (?:he|she|they) (?:won't|can't|couldn't|wouldn't|will not) explain"
         r"|without (?:food|a meal|meals|being fed)|under the influence|older (?:males?|men|man|lads|boys|peers|youths)"
         r"|running (?:a |the |drugs? )?lines?|running drugs|(?:known |drug )dealing"
         r"|(?:came|comes|come|coming) (?:back|home) with (?:cash|money|new (?:clothes|trainers|phones?)|phones?|gifts)"
         r"|sent (?:an? |her |him )?(?:image|picture|photo|pic)s?|cold (?:and|&) damp|no heating"
         r"|(?:cash|money|\u00a3\d+) and (?:two |three |\d+ |new )?phones?|phones? and (?:cash|money))\b",
         0.55, "nkb", "marks explain food meal meals fed influence males men man lads boys peers youths lines drugs dealing cash "
         "money clothes trainers phones phone gifts image picture photo pic damp heating"),
        # an abuser coming back into reach: "his bail ends on the 30th", "breached the
        # non-molestation order", "says he will move back in with mum", "knows which school"; a dog bite
        (r"\bbail (?:ends|expires|runs out|conditions? (?:end|expire|lapse))\b|\bbailed to\b"
         r"|\bbreach(?:ed|es|ing)? (?:of )?(?:his |her |their |the |a )?(?:non-molestation|restraining|bail|injunction|occupation|"
         r"exclusion|protective|court) ?(?:orders?|conditions?)?"
         r"|\b(?:will|plans to|intends to|is going to) (?:return|move back|come back)(?: in)? (?:to|with|home)"
         r" (?:mum|dad|the (?:family|home|children|kids|address|house)|mum's|dad's|her|them)\b"
         r"|\bknows (?:which|what) (?:school|nursery|college|address|house|street|bus)\b"
         r"|\b(?:his|her|their|[a-z]+'s)(?: \(\d+\))? (?:own )?safety (?:by|near|at|in|on|around|when|with|online|outside)\b"
         r"|\bdogs?\b[^.;]{0,60}\bbitten\b|\bbitten\b[^.;]{0,60}\bdogs?\b|\bdog bites?\b",
         0.6, "n", "bail bailed breach breached breaches breaching return back knows dog dogs bitten bite safety"),
    ]
)

# "self-harm" is the child's behaviour, not a danger to them from others
for _w in ("harm", "harmed", "harming", "harmful", "hurt", "hurting"):
    RISK.words[_w] = (re.compile(rf"(?<!self-)(?<!self )\b{_w}\b"), 0.55, "nkb")

# an adult's rage ("dad smashed the TV"), not "smashed it at sports day" or a child's own outburst
RISK.words["smashed"] = (re.compile("(?:" + "|".join(f"(?<={w} )" for w in (
    "dad", "father", "mum", "mother", "partner", "boyfriend", "stepdad", "ex")) + r")smashed\b(?! it\b)"),
    0.55, "nkb")

# "Saturdays make your tummy hurt", "my head hurts": a pain the child describes, not a harm done
for _w in ("hurt", "hurts", "hurting"):
    RISK.words[_w] = (
        re.compile(rf"(?<!self-)(?<!self )(?<!tummy )(?<!belly )(?<!stomach )(?<!head )(?<!heart )(?<!chest )"
                   rf"(?<!feelings )(?<!ears )(?<!teeth )(?<!tooth )(?<!legs )(?<!arms )(?<!eyes )\b{_w}\b"),
        0.55, "nkb")


# What the Risk box asks for: a clause in it naming one of these is a worry or a safety judgement
# (see cues.box_topic_hits). Words of danger and judgement only: a fact the box happens to hold
# ("Police informed per protocol", "Missing last weekend, back now", "N (4) CP neglect - 9
# months", "Police NFA on the car stop") names a topic, not what could happen to the child, and
# is read by the criterion's own cues like any other sentence. A scale is out of ten
# and not a date ("12/10", "30/10").
BOX_TOPIC = re.compile(
        r"\b(?:drink\w*|drunk|drugs?|cannabis|cocaine|heroin|substances?|relapse\w*|violen\w*|abuse\w*|abusive|assault\w*|exploit\w*|groom\w*|weapons?|knife|injur\w*|"
        r"bruis\w*|fractures?|hunger|hungry|unsafe|safety|danger\w*|harm\w*|risks?|worr\w*|concern\w*|"
        r"protective|protect\w*|scaled?|(?<!\d/)(?:[0-9]|10) ?/ ?10(?!/)|unsupervised|fire|choking|aspiration|"
        r"overdose|self-harm\w*|suicid\w*|threat\w*|coerci\w*|controlling|fgm|honour|trafficking|vulnerab\w*|"
        # a danger told as what could happen or who could reach the child: "he can come and go when
        # Mia is there", "he knows which school she goes to", "a toddler with no adult watching"
        r"no (?:other )?adults?|(?:nobody|no one|no-one) (?:outside|else|would|with|to|checking|watching|sober)|access to|"
        r"knows (?:where|which|her|his)|found out|"
        r"strangers?|come and go|without (?:an? )?(?:adult|supervision|food|meals)|exposed)\b")


# "Risk: hospital infection, her falling mood and weight", "Worries: older boyfriend (19) - she
# stays at his flat": the worries listed under a label the writer typed for them. The label says
# what kind of words follow; the words must still name something ("Risk: low", "Worries: none",
# "Risks: as above" name nothing), in more than a category's few words.
_RISK_LABEL = re.compile(
    r"(?:(?:the|main|key|current|presenting|identified|ongoing) )?(?:risks?|worries|worry|concerns?|dangers?|"
    r"risk factors|what (?:are we|we are) worried about)(?: (?:to|for) [a-z]+)?"
)

_NOTHING_NAMED = re.compile(
    r"(?:none|nil|n/?a|nothing|no (?:[a-z-]+ ){0,2}?(?:concerns?|risks?|worries|issues|problems)|not (?:known|clear|identified)|"
    r"low|medium|high|moderate|discussed|noted|considered|reviewed|as (?:above|before|previously|per)|same|unchanged|"
    r"managed|see |ongoing$|remains?$|tbc|unknown|"
    # what was done with the risks, not what they are: "to be reviewed", "talked through with SW"
    r"to be|will be|(?:was|were|has been|have been) (?:discussed|talked|reviewed|covered|explored|considered)|talked|spoken|"
    r"gone through|went through|covered|looked at|explored|addressed|agreed|shared|updated)\b"
)


_LABELS: dict[str, bool] = {}

# Any heading that names a worry, a danger or what keeps the child safe labels what follows:
# "Grooming concerns:", "Domestic abuse remains the main worry for Cara:", "What I'm watching:",
# "Mum is the protective parent:"; not "What's working well:" or "Plan category:".
_LABEL_WORDS = re.compile(
    r"\b(?:risks?|worr\w*|concerns?|concerning|dangers?|dangerous|threats?|harm\w*|protective|protect\w*|safety|safe|"
    r"unsafe|vulnerab\w*|exploit\w*|groom\w*|missing|abuse|neglect|violence|watching)\b"
)
_NOT_LABEL = re.compile(r"\b(?:working well|strengths?|category|not|no longer|no (?:\w+ )?(?:concerns?|risks?|worries))\b|n't\b|^(?:none|nil)\b"
                        # a gap in what we know ("the piece we're missing is"), the three houses' "worries house"
                        r"|\b(?:we're|we are|we've been|i'm|i am|what's|what is) missing\b|\bworr\w* houses?\b")

# "What are the worries?", "What are we worried about?": a question that heads its answer
_WORRY_QUESTION = re.compile(
    r"\W*(?:so |and )?what (?:are|is|were|was|'s) (?:the |our |my |your )?(?:main |key |biggest |current |real )?"
    r"(?:worries|worry|concerns?|risks?|dangers?)(?: (?:now|here|for [a-z]+|today))?\W*|"
    r"\W*(?:so |and )?what (?:are|were|is) (?:we|you|they|sw|people|school|mum|dad) (?:most |really )?(?:worried|concerned) "
    r"about(?: (?:now|here|for [a-z]+|today))?\W*|\W*what (?:worries|concerns|frightens|scares) (?:us|me|you|sw)(?: most)?\W*"
)

# a few words that are a claim, not a category: "Risk: it ends in February", "Risk: Christmas disrupts routine"
_CLAIM = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|does|do|did|isn't|wasn't|won't|can't|"
    r"he|she|it|they|him|her|them|still|if|when|until|till|once)\b|\b[a-z]{3,}(?<!ss)(?<!ous)(?<!ness)(?<!sis)s [a-z]"
)


def _is_risk_label(heading: str) -> bool:
    """Whether a heading names the worries (cached: headings repeat from note to note)."""
    got = _LABELS.get(heading)
    if got is None:
        if len(_LABELS) >= 4096:
            _LABELS.clear()
        h = heading.lower()
        got = _LABELS[heading] = (_RISK_LABEL.fullmatch(h) is not None
                                  or (_LABEL_WORDS.search(h) is not None and _NOT_LABEL.search(h) is None
                                      and not any(_NOT_HARM_AFTER.match(h, m.end()) for m in _WORRY_AT.finditer(h))))
    return got


def _listed_under_label(note: Note, hits: list[Hit]) -> None:
    labelled = None
    asks: set[int] = set()
    get = _LABELS.get
    asked = False
    for i, s in enumerate(note.sentences):
        heading = s.heading
        if asked and not s.filler:
            labelled = (labelled or []) + [i]
        asked = "?" in s.low and _WORRY_QUESTION.fullmatch(s.low) is not None
        if heading and not s.filler:
            ok = get(heading)
            if ok or (ok is None and _is_risk_label(heading)):
                labelled = (labelled or []) + [i]
                if _FORM_ASKS.match(heading.lower()):
                    asks.add(i)
    if labelled is None:
        return
    for c in note.clauses:
        # a bare category ("Risks: missed medical care") names no more than a cue alone would
        if c.sidx in labelled and (c.n_tokens > 4 or (c.n_tokens >= 3 and _CLAIM.search(c.low))) \
                and not _NOTHING_NAMED.match(c.low):
            # under a form's own question ("What we're worried about:") the answer must name a worry
            # itself: the paperwork being behind is not one
            if c.sidx in asks and BOX_TOPIC.search(c.low) is None:
                continue
            hits.append((0.6, c.sent))


_FORM_ASKS = re.compile(r"(?:what|how|who|where|which)\b")


# What a worry or a risk is about when it is not a harm to the child: the worker's caseload,
# the timetable of the work ("a risk we miss the panel", "risk of drift"), money for a uniform.
_NOT_HARM_AFTER = re.compile(
    r"\W*(?:(?:about|that|of|for|is|to|by|around) )?(?:(?:the |her |his |my |our |their |sw'?s |the sw'?s |the worker'?s |[a-z]+'s |"
    r"the team'?s )?(?:own )?(?:caseload|workload|capacity|wellbeing|sickness|stress|deadlines?|timescales?|paperwork|"
    r"recording|report|panel|court date|supervision|cost|costs|exams?|tests?|spelling|homework|tenancy|gains|progress|"
    r"course|college place|job|apprenticeship|timetable|budget|moving house|house move|bus|buses|strike|weather|"
    r"journey|uniform|school trip|trip|presents|birthday|christmas|spelling|reading|maths|handwriting|"
    # a loss at school or in the tenancy, not a harm: "risk of exclusion", "at risk of eviction"
    r"(?:permanent |fixed[- ]term )?exclusions?|being excluded|eviction|being evicted|prosecution|fines?)\b|"
    # the worries only said to be unchanged: "the concerns are the same as at the ICPC"
    r"(?:the )?same as\b|"
    # a carer's own strain: "worried about coping" (not "her coping hides what is happening")
    r"(?:coping|managing)\b|"
    r"we (?:miss|might|could|will|won't|don't|do not|run out|lose)\b|(?:drift|delay)\b)"
)

# a harm word naming a form, a service or an arrangement: "danger statement", "unsupervised
# contact", "under-1 bruising protocol", "the domestic abuse service"
_NAMED_THING_AFTER = re.compile(
    r" (?:statements?|protocols?|policy|pathway|procedures?|training|awareness|programmes?|course|services?|team|"
    r"workers?|contact|visits|time|champion|lead|screening|tool|forms?|checklist|support|notifications?|notifs?|referrals?|"
    r"budget|funding|framework|lens|toolkit|(?:risk )?assessments?|panel|matrix|model|officers?|coordinators?|navigators?|"
    r"practitioners?|specialists?|unit|hub|sub-?groups?|meetings?|houses?)\b"
)

# a danger said to be over: "concerns about domestic abuse were resolved in 2021"
_RESOLVED = re.compile(r"\b(?:(?:were|was|have been|has been|now|since|all) resolved|no longer (?:a |an )?(?:concern|risk|issue|present))\b")

_WORRY_WORDS = ("worr", "concern", "risk", "danger", "threat")


def _not_harm(c, start: int, end: int) -> bool:
    """The risk table's own guard (see cue_hits' `skip`): True drops the match."""
    low = c.low
    if _NAMED_THING_AFTER.match(low, end):
        return True
    m = low[start:end]
    if any(w in m for w in _WORRY_WORDS) and _NOT_HARM_AFTER.match(low, end):
        return True
    if low.startswith("unsupervised", start) and "contact" in low:
        return True  # "grandparents fortnightly unsupervised": a contact arrangement
    return ("resolved" in low or "no longer" in low) and _RESOLVED.search(low) is not None


# A safety judgement needs its reasons: "Safety 3/10 - dad's whereabouts unknown", "scaled at
# 4 because ...", "risk I'd say 4/10, the cuts are getting deeper", "7/10 now from 3 in March";
# not a bare "Safety scale 6/10." or "Scaled at 7.".
_REASON_AFTER = re.compile(
    r"(?: (?:for|re) [a-z]+(?: \(\d+\))?)?\W*(?:[(,;:\u2013\u2014-]|because|as|since|given|due to|with|but|up from|down from|from|now|after|until|till|while|"
    r"so|if|where|when|on the basis)\W*[a-z0-9'\u00a3]+\W+[a-z0-9'\u00a3]+"
)
# "Scaled 6 out of 10 today, where 10 means ...; 8 last time, as there is no evidence of change"
_REASON_LATER = re.compile(r"\b(?:because|given that|due to|as (?:there|he|she|they|mum|dad|it|we|the|his|her|their))\b")
_REASON_BEFORE = re.compile(r"\b(?:because|as|since|given|due to|with|so)\b")
# "Scaling: 5/10 (worker 6).", "7/10 - same as last time": another score, or the last one, is no reason
_NO_REASON = re.compile(
    r"\W*(?:\(\s*(?:[a-z]+ ){0,2}(?:10|[0-9])(?: ?/ ?10)?\s*\)|(?:the )?same as (?:last|before|the last|previous)\w*(?: \w+)?|"
    r"as (?:before|last time|previously)|unchanged|no change)\W*"
)
# "Safety 3 (was 4), Love 3, Esteem 4.": one score of a domain profile (a neglect tool's), not a
# judgement: scores to the end of the sentence, no reason among them ("mum 6, SW 4 - the gap is ...")
_PROFILE_ITEM = (r"(?:\s*\(\s*(?:was |from )?\d+(?: ?/ ?10)?\s*\)|\s*/ ?\d+\b)*")
_PROFILE_NEXT = re.compile(
    _PROFILE_ITEM + r"(?:\s*[,;]\s*(?:and )?"
    r"(?!(?:up|down|was|from|now|last|previously|same|but|because|as|since|so|with|after|before|when|while|given|"
    r"where|if|for|at|on|by|in)\b)[a-z]+(?: [a-z]+)? \d+\b" + _PROFILE_ITEM + r")+\W*$"
)
_WHY_NEXT = re.compile(r"\W*(?:why|because|reasons?|rationale)\b")
_SCALE_TRIGGERS = frozenset(
    "safety safe risk danger scale scales scaled scaling rated rating score scored scores judgement worry worried".split())


def _scale_has_reason(note: Note, c, start: int, end: int) -> bool:
    """Whether a scale in clause `c` gives its reason, before it, after it, or in the next
    sentence ("Scale: 5." then "Why - dad engages but ..."); a scale with only its words
    around it ("Home visit 3/10") is a date."""
    low = c.low
    if _SCALE_TRIGGERS.isdisjoint(c.toks) and not (c.sent.heading and _SCALE_TRIGGERS.intersection(
            _TOKEN.findall(c.sent.heading.lower()))):
        return False
    if negated(low, start, end):
        return False
    # the reason may sit in the sentence's next clause: "Safety 3/10 for Noor - dad's whereabouts unknown"
    whole = c.sent.low
    at = whole.find(low) if low is not whole else 0
    if at >= 0:
        low, start, end = whole, start + at, end + at
    if _NO_REASON.fullmatch(low, end) or _PROFILE_NEXT.match(low, end):
        return False
    if _REASON_AFTER.match(low, end) is not None or _REASON_LATER.search(low, end) is not None:
        return True
    if len(_TOKEN.findall(low[:start])) >= 3 and _REASON_BEFORE.search(low, 0, start) is not None:
        return True
    i = c.sidx + 1
    return i < len(note.sentences) and _WHY_NEXT.match(note.sentences[i].text.lower()) is not None


# A risk level with its reason: "the risk is high because dad knows the address", "risk
# reduced now he is in custody" (a bare "Risk: low" names nothing).
_LEVEL = re.compile(
    r"\b(?:risks?|danger|safety|rag(?: rated| rating| status)?)\b(?: (?:is|are|was|remains?|still|now|feels?|seems?|considered|assessed as|judged|"
    r"has|have|been|got|gone|come|came|very|much|far|a lot|quite|at|as))* (?:high|higher|low|lower|medium|moderate|significant|serious|real|"
    r"increasing|increased|reduced|reducing|rising|escalating|immediate|greater|less|up|down|worse|better|red|amber|green)\b"
)


_LEVEL_SUBJECT = frozenset(("risk", "risks", "danger", "safety", "rag"))
_LEVEL_WORDS = frozenset(
    "high higher low lower medium moderate significant serious real increasing increased reduced reducing rising "
    "escalating immediate greater less up down worse better red amber green".split())


def _level_with_reason(note: Note, hits: list[Hit]) -> None:
    for c in note.clauses:
        toks = c.toks
        if _LEVEL_SUBJECT.isdisjoint(toks) or _LEVEL_WORDS.isdisjoint(toks):
            continue
        low = c.sent.low
        for m in _LEVEL.finditer(low):
            if not negated(low, m.start(), m.end()) and _REASON_AFTER.match(low, m.end()):
                hits.append((0.65, c.sent))
                break


# "nothing to do with safety - it's the rent", "the threat is not harm but a house move": the
# writer says the worry is not a danger to the child (unless safety is named after: "isn't harm at
# home - it's his safety at school")
_DENIED = re.compile(
    r"\b(?:(?:worr\w*|concerns?|risks?|dangers?|threats?)\b[^.;:]{0,30}?\b(?:is not|isn't|wasn't|not)|nothing|not an?)"
    r" (?:about |to do with |really )?(?:harm|safety)\b"
    r"(?: (?:question|issue|matter|worry|concern))?"
)
_SAFETY_AFTER = re.compile(r"\b(?:safe|safety|unsafe|harm\w*|danger\w*|hurt|injur\w*)\b")


def _denies_harm(note: Note, sidx: int) -> bool:
    """Whether the sentence, or a short one just before it ("Worries: not a safety question."), says
    the worry is not about harm."""
    for i in (sidx, sidx - 1):
        if i < 0:
            break
        sent = note.sentences[i]
        low = f"{sent.heading.lower()}: {sent.low}" if sent.heading else sent.low
        m = _DENIED.search(low) if ("harm" in low or "safe" in low) else None
        if m is not None and _SAFETY_AFTER.search(low, m.end()) is None and (i == sidx or len(low.split()) <= 10):
            return True
    return False


# "in front of them": a danger only where something harmful happens before their eyes
_SCENE = re.compile(
    r"\b(?:argu\w*|rows?|rowing|fight\w*|fought|shout\w*|scream\w*|yell\w*|swear\w*|drunk|drink\w*|using|used|smok\w*|"
    r"inject\w*|hit|hits|hitting|assault\w*|violen\w*|smash\w*|threat\w*|abus\w*|attack\w*|kick\w*|punch\w*|slap\w*|push\w*|"
    r"shov\w*|strangl\w*|chok\w*|incidents?|police|arrest\w*|self-harm\w*|cut|cuts|cutting|overdos\w*|collaps\w*|passed out|"
    r"temper|rage|angry|aggress\w*|sex\w*|porn\w*|naked|injur\w*|blood|deal\w*|weapons?|knife|knives|happened|da|dv|"
    r"called|rough|grabbed|threw|thrown|lost it|kicked off|mess|state|high|stoned)\b"
)


_AT_A_THING = re.compile(
    r" (?:(?:at|out at|through) )?(?:the |a |his |her |their |my )?(?:[a-z]+ )?(?:wall|walls|door|doors|window|tv|television|"
    r"furniture|table|chair|controller|car|fence|cupboard|mirror|bin|ball)\b"
)


_DELAY_BEFORE = re.compile(r"\b(?:drift|delay|delays|waiting|the wait|limbo)\b(?: [\w']+){0,6} $")
_NOT_BECAUSE = re.compile(r"\bnot because\b(?![^.;]*\bbut\b[^.;]*$)[^.;]*$")


def detect_risk(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    bare: set[int] = set()

    def skip(c, start: int, end: int) -> bool:
        if ("harm" in c.sent.low or "safe" in c.sent.low or (c.sidx and "safe" in note.sentences[c.sidx - 1].low)) \
                and _denies_harm(note, c.sidx):
            return True
        if c.low.startswith("in front of", start) and _SCENE.search(c.sent.low) is None:
            return True
        # "he kicked the door, punched the wall": a child's outburst at things, not a harm done to him
        if c.low.startswith(("kicked", "punched"), start) and _AT_A_THING.match(c.low, end) \
                and subject_kind(note, c, start) != "a":
            return True
        if c.low[end - 1].isdigit() and not c.low.startswith("sch", start):
            if _scale_has_reason(note, c, start, end):
                return False
            bare.add(id(c.sent))  # a bare scale, or a date: nothing, even in the Risk box
            return True
        if _not_harm(c, start, end):
            return True
        low = c.low
        # "drift is its own harm", "delay is what harms him now": the harm of waiting, not a danger
        if low.startswith("harm", start) and _DELAY_BEFORE.search(low, max(0, start - 60), start):
            return True
        # "not because we think she is at risk of harm but to plan support"
        if "not because" in low and _NOT_BECAUSE.search(low, max(0, start - 70), start):
            return True
        # "he's worried that if he says it's too much ...": the child's own worry is his experience
        return c.low.startswith("worr", start) and subject_kind(note, c, start) == "c"

    cue_hits(note, T_RISK, hits, skip=skip)
    boxed: list[Hit] = []
    box_topic_hits(note, "risk", BOX_TOPIC, boxed)
    hits.extend(h for h in boxed if id(h[1]) not in bare and not _box_says_nothing(h[1].low))
    _listed_under_label(note, hits)
    if "harm" in note.low_all or "safe" in note.low_all:
        denied = {i for i, s in enumerate(note.sentences) if _denies_harm(note, i)}
        if denied:
            at = {id(s): i for i, s in enumerate(note.sentences)}
            hits[:] = [h for h in hits if at.get(id(h[1])) not in denied]
    _level_with_reason(note, hits)
    return hits


def _box_says_nothing(low: str) -> bool:
    """A Risk-box sentence that only says what was done with the risks, or worries about the work."""
    if _ONLY_DONE.search(low) or ("?" in low and _WORRY_QUESTION.fullmatch(low)):
        return True
    for m in _WORRY_AT.finditer(low):
        if _NOT_HARM_AFTER.match(low, m.end()):
            return True
    return False


_WORRY_AT = re.compile(r"\b(?:worr\w*|concern\w*|risks?)(?: (?:about|that|of|is|for))?")


# In the Risk box, a sentence about what was done with the risks, not what they are: "Risk
# assessed at review", "Safety plan in place", "Concerns shared with mum", "conference on 4 March".
_ONLY_DONE = re.compile(
    r"\b(?:risks?|risk assessment|safety plan(?:ning)?|concerns?|protective factors|worries|dash|darac|marac|danger statement)\b"
    r"[^.;]{0,40}?\b(?:assessed|reviewed|discussed|shared|in place|updated|completed|done|held|made|noted|considered|signed|"
    r"written|drawn up|explained|"
    r"resolved|closed|analysed|to be \w+(?:ed|en))\b|\b(?:conference|core group|strategy (?:meeting|discussion)|category)\b"
)
