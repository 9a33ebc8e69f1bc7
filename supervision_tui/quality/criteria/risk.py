"""Risk of harm: the worries and dangers, protective factors, or a safety judgement (LABELS.md).

A harm named with its context, a worry stated, a 0-10 safety scale; not a plan category only
named ("CP (neglect)"), a danger that has stopped, or "risk discussed".
"""

from __future__ import annotations

import re

from .cues import Hit, T_RISK, box_topic_hits, cue_hits
from .reading import Cues, Note, _words


_HARM_WORDS = _words(
    "danger dangerous unsafe exploitation exploited exploiting exploit grooming groomed groom "
    "trafficking trafficked cce cse shaken violence violent coercive weapon weapons knife "
    "knives unsupervised unattended intoxicated drunk neglected injury injuries injured bruise "
    "bruises bruising bruised harm harmed harmful harming hurt hurting assault assaulted assaults"
)

# "threatened him at the door", "threatened to stab him": a threat of harm, not "threatened to leave"
_THREAT = [r"threat(?:ened|ening|s)? (?:him|her|them|the (?:child|children|baby|family|carers?)|mum|dad|to (?:kill|hurt|harm|"
           r"stab|hit|beat|take|burn|smash|snatch))"]

RISK = Cues(
    [
        (["protective(?: factors?| adults?)?", "safety net(?:work)?", "safe adults?"], 0.8, "", None),
        (r"\bwhat (?:still |really |most |also )?(?:worries|concerns|frightens|scares) (?:me|us|them|sw|the sw)\b"
         r"|\b(?:i|we|tm|sw|school|police|professionals|everyone) (?:am |are |is |remain |still |also |"
         r"continue to be |were |was )?(?:very |really |most |particularly |more |less )?"
         r"(?:worried|concerned|worry) (?:about|that|by|for)\b|\bworried about\b"
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
         + r") (?:is|was|remains) (?!low\b|discussed\b|noted\b|managed\b)[a-z]", 0.75, "n", "worry risk danger concern"),
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
        (r"\b(?:safety|scal(?:e|es|ed|ing)|rated|rating|score[ds]?)\b(?: \S+){0,3}? \d{1,2} ?(?:/ ?10|out of 10)\b|"
         r"\b\d{1,2} out of 10\b|\bscal(?:e|ed|ing)\W+(?:(?:sw|tm|mum|dad|school|iro|i|we)\W+(?:[a-z]+ )?)?(?:at |of |as |on )?\d{1,2}\b",
         0.7, "",
         "safety scale scales scaled scaling rated rating score scored scores out"),
        (_THREAT, 0.6, "n", "threat threatened threatening threats"),
        # a danger foreseen: "Ava could be left alone with him", "the baby might be hurt"
        (["(?:could|might|may|would) (?:well |easily )?(?:be|get) (?:left (?:alone|on (?:his|her|their) own|with)|hurt|harmed|"
          "injured|exposed|exploited|groomed|targeted|assaulted|abused|neglected|killed|taken|caught up)"], 0.65, "n",
         "left hurt harmed injured exposed exploited groomed targeted assaulted abused neglected killed taken caught"),
        (["complicating factors", "danger statement", "what are we worried about", r"vulnerab\w*",
          "safety plan"], 0.45, "n", "vulnerable vulnerability vulnerabilities worried"),
    ]
)

# "self-harm" is the child's behaviour, not a danger to them from others
for _w in ("harm", "harmed", "harming", "harmful", "hurt", "hurting"):
    RISK.words[_w] = (re.compile(rf"(?<!self-)(?<!self )\b{_w}\b"), 0.55, "nkb")

# "Saturdays make your tummy hurt", "my head hurts": a pain the child describes, not a harm done
for _w in ("hurt", "hurts", "hurting"):
    RISK.words[_w] = (
        re.compile(rf"(?<!self-)(?<!self )(?<!tummy )(?<!belly )(?<!stomach )(?<!head )(?<!heart )(?<!chest )"
                   rf"(?<!feelings )(?<!ears )(?<!teeth )(?<!tooth )(?<!legs )(?<!arms )(?<!eyes )\b{_w}\b"),
        0.55, "nkb")


# What the Risk box asks for: a clause in it naming one of these is a worry or a safety judgement (see cues.box_topic_hits).
BOX_TOPIC = re.compile(
        r"\b(?:drink\w*|drunk|alcohol|drugs?|cannabis|cocaine|heroin|substances?|relapse\w*|violen\w*|abuse\w*|abusive|"
        r"da|dv|domestic|assault\w*|police|arrest\w*|convictions?|bail|breach\w*|offend\w*|neglect\w*|exploit\w*|"
        r"groom\w*|cse|cce|county|missing|weapons?|knife|injur\w*|bruis\w*|marks?|fractures?|hunger|hungry|unsafe|"
        r"safe|safety|danger\w*|harm\w*|risks?|worr\w*|concern\w*|protective|protect\w*|network|scaled?|"
        r"\d{1,2} ?/ ?10|alone|unsupervised|unknown|history|fire|choking|aspiration|sleep|overdose|self-harm\w*|"
        r"mental health|depress\w*|psychosis|suicid\w*|debt|threat\w*|control\w*|coerci\w*|fgm|honour|"
        r"trafficking|isolat\w*|vulnerab\w*|offen[cs]e\w*|bully\w*|emotional|argu\w+|shouting|fights?|fighting|"
        # a danger told as what could happen or who could reach the child: "he can come and go when
        # Mia is there", "he knows which school she goes to", "a toddler with no adult watching"
        r"no (?:other )?adults?|(?:nobody|no one|no-one) (?:outside|else|would|with|to|checking|watching|sober)|access to|"
        r"knows (?:where|which|her|his)|found out|"
        r"online|strangers?|come and go|without (?:an? )?(?:adult|supervision|food|meals)|exposed)\b")


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


def _is_risk_label(heading: str) -> bool:
    """Whether a heading names the worries (cached: headings repeat from note to note)."""
    got = _LABELS.get(heading)
    if got is None:
        if len(_LABELS) >= 4096:
            _LABELS.clear()
        got = _LABELS[heading] = _RISK_LABEL.fullmatch(heading.lower()) is not None
    return got


def _listed_under_label(note: Note, hits: list[Hit]) -> None:
    labelled = None
    get = _LABELS.get
    for i, s in enumerate(note.sentences):
        heading = s.heading
        if heading and not s.filler:
            ok = get(heading)
            if ok or (ok is None and _is_risk_label(heading)):
                labelled = (labelled or []) + [i]
    if labelled is None:
        return
    for c in note.clauses:
        # four words or fewer name a category ("Risks: missed medical care"), as a bare cue does
        if c.sidx in labelled and c.n_tokens > 4 and not _NOTHING_NAMED.match(c.low):
            hits.append((0.6, c.sent))


def detect_risk(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    cue_hits(note, T_RISK, hits)
    box_topic_hits(note, "risk", BOX_TOPIC, hits)
    _listed_under_label(note, hits)
    return hits
