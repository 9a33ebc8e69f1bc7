"""Impact on the child: what difference the work made (or failed to make) for the child.

The change must be the child's (school, health, behaviour, safety), not the parents' or the
professionals' activity ("mum attended every session"); a task still not done is drift
(progress), not a change for the child.
"""

from __future__ import annotations

import re

from ..anchors import Finder, word_starts
from .cues import BOX_HINT, Hit, T_IMPACT, _in_section, note_cue_matches
from .reading import Cues, Note, _Refs, _has, subject_kind


# "helped him set up a repayment plan": a task done with the child, not a change in the child
_TASKS = (
    r"(?:set|fill|apply|complete|get|find|open|sort|write|make|pay|book|register|claim|buy|pack|arrange|access|move|"
    r"read|call|phone|ring|contact|attend|go)\b"
)

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_NOT_NOW = ("(?:" + _MONTHS + "|weeks?|days?|months?|years?|too late|past|over|nearly|almost|"
            "with|in a relationship|living with|engaged|married|pregnant)\\b")

_CHANGE = [
    # (not a rule or a reason that has lapsed: "the refuge goals no longer apply")
    "no longer(?! (?:appl(?:y|ies|ied)|needed|required|relevant|valid|available|an option|possible|open|allocated|eligible)\\b)",
    "has stopped", "have stopped", "had stopped", "stopped", "has started", "have started",
    "has begun", "have begun", "began to",
    # "it is now April and no match", "she is now with a new partner": the time passing, or whom
    # she lives with, not a change in the child
    "is (?<!\\bit is )now(?! " + _NOT_NOW + ")", "are now(?! " + _NOT_NOW + ")",
    "now (?:attends|attending|goes|going|sleeps|sleeping|eats|eating|able|talks|talking|says|tells|speaks|has|have|on track|settled|calmer|safe|walks|walking|uses|using|plays|playing|gets|getting|comes|coming|reads|reading|at school|in school|enjoys|manages|asks|puts|makes|sits|joins|laughs|smiles|sings|chats|cooks|helps|dresses|washes|"
    # (the same with more than one child: "the twins now sit down to eat")
    "sit|sleep|eat|go|attend|play|talk|walk|use|read|ask|join|laugh|smile|come|get|manage|dress|wash|speak|share)",
    # "she has gone back to him": back to a person (a return to danger), not back to school
    "has (?:gone (?:from|up|down|back(?! to (?:him|them|(?:his|her|their|the) (?:ex|partner|boyfriend|girlfriend|abuser)|[a-z]+'s|dad|mum)\\b))|risen|increased|improved|dropped|fallen|put on|gained|regained|lost|settled|"
    "cleared|grown|returned|slid|slipped|eased|healed)",
    "have (?:gone (?:from|up|down|back)|risen|increased|improved|dropped|fallen|settled|cleared|grown|returned|slid|"
    "slipped|eased|healed)",
    "(?:reading|sleeping|eating|talking|coping|managing|behaving|getting on|settling) (?:much |a lot |far |so much |a bit )?(?:better|worse)",

    "without (?:any |sustained |real )?(?:change|improvement) (?:for|in)",
    # "her reading has moved up two bands", "he's now on the 50th centile, from the 9th"
    "(?:has|have) (?:moved|jumped|climbed) (?:up|down)", r"now (?:on |at |above |below |back on )?(?:the )?\d+(?:st|nd|rd|th)\b",
    # "his weekends have got worse", "she's getting better at mornings"
    "(?:got|getting|gotten|become|became|grown|grew) (?:much |a lot |far |a bit |even |no )?(?:better|worse)",
    "had (?:gone|risen|improved|dropped)",
    "gone from", "risen from", "rose from", "increased from", "improved from", "dropped from", "fell from",
    # "her self-harm has reduced from daily to once in three weeks", "she went from 0 to 4"
    "reduced from", "(?:has|have|had) (?:reduced|halved)", r"went from \d",
    "fallen from", "moved from", "up from (?!the (?!\\d)|school|home|his |her |their |a |an |my |mum|dad|nursery|college|town)",
    "down from (?!the (?!\\d)|school|home|his |her |their |a |an |my |mum|dad|upstairs|bed)", "improvement from", r"from \d+ ?%? to \d+", r"from the \d+(?:\.\d+)?(?:st|nd|rd|th) (?:centile )?to the \d+",
    # (typed short: "put her hand up for the 1st time"; "first time she's asked for help")
    # the work's failure or gain told by what it did for the child: "the plan hasn't kept her safe",
    # "the routine got them back to school"; "more clingy, not less": a direction, said outright
    "(?:has|have|had)(?:n't| not) (?:yet )?kept (?:him|her|them) (?:safe|safer|in school|at home|out of)",
    "got (?:him|her|them) (?:back )?(?:to|into|in) (?:school|college|class|nursery|education)",
    "more [a-z]+,? (?:not|rather than) less", "less [a-z]+,? (?:not|rather than) more",
    "for the (?:first|1st) time", "first (?:real )?change",
    "(?:the )?(?:first|1st) time (?:he|she|they)(?:'s| has| have|'ve) (?!been (?:seen|visited|met|to|at|in)\\b)",
    # (no difference said is the difference; a difference made, as a verdict, is in _VERDICTS)
    "made (?:no|little|any|very little|not much|hardly any) (?:[a-z]+ )?(?:difference|diff)",
    "(?:makes|making) (?:no|little|any) (?:[a-z]+ )?difference (?:for|to) (?!the plan\\b)",
    "more (?:settled|confident|able|anxious|withdrawn|aggressive|often|frequent)",
    "less (?:settled|confident|able|anxious|withdrawn|aggressive|often|frequent)",
    # "safer with them than at home" compares two places, not then and now
    # (not a named practice: "the safer caring policy", "the prison's safer custody team")
    "(?:calmer|happier|healthier|safer)(?!(?: [a-z']+){0,3} than (?!before|last|ever|previously|at the start|when))"
    "(?! (?:caring|custody|holding|handling|recruitment|sleep|sleeping|working|practice|spaces?)\\b)",
    "improvement", "improved", "improving",
    r"deteriorat\w*", r"worsen\w*", "has not (?:yet )?(?:improved|changed|moved on|settled|got better)",
    "have not (?:yet )?(?:improved|changed|moved on|settled|got better|progressed)",
    "has not (?:yet )?progressed", "not (?:yet )?progressed", "(?:still )?in the same position", "no better",
    "hasn't (?:improved|changed|moved on|settled)", "haven't (?:improved|changed)",
    "not (?:yet )?(?:made a difference|improved|changed)",
    # "the plan hasn't made his mornings any better", "has not made her safer", "has not delivered for her"
    "(?:has|have|had)(?:n't| not) (?:yet )?made (?:[a-z'()0-9]+ ){0,4}?(?:feel )?(?:any |much |a bit |more |no )?(?:better|safer|"
    "easier|happier|calmer|worse|different)",
    "(?:has|have|had)(?:n't| not) (?:yet )?(?:delivered|worked|done (?:anything|much|what it (?:should|said))) for",
    # "her weekends are exactly as they were in June": no change, said with its evidence
    "(?:are|is|were|was) (?:exactly |just |still |much )?(?:as|the same as) (?:they|it|he|she) (?:were|was) "
    "(?:in|at|before|last|when|a)",
    "(?:has|have) come (?:down|up)",
    # "the CIN plan hasn't reduced the missing": the work failing to change the child's life
    "(?:has|have|had)(?:n't| not) (?:yet )?(?:reduced|stopped|prevented|lessened|eased|helped with)"
    # (what was not reduced is named after it, and is the child's: "the worries have not reduced
    # enough to step down", "has not reduced the risk" are risk and progress)
    " (?!(?:the |any |this )?(?:risks?|dangers?|concerns?|worr\\w+|threat|enough|yet|much|at all|since|over|as|so|and|but|to)\\b)",
    "no (?:change|improvement|difference|progress) (?:for|in)", "nothing (?:has )?changed",
    # "none of this has changed for Lexi": the child's list of worries, unchanged under the plan
    "(?:none|nothing|little|not much) of (?:this|that|it|these|those) (?:has |have )?(?:changed|improved|got better)",
    "still (?:not|no|leaving|going missing|missing|hungry|late|absent|wetting|self-harming|saying|scared|frightened|unable|struggling|refusing|out|"
    # (a routine kept, not a trouble unchanged: "still goes to school by taxi", "still has weekend contact")
    "goes(?! to (?:school|college|nursery|her|his|the|church|mosque|work)\\b)|going|gets|getting|"
    "has(?! (?:weekend |regular |supervised |her |his |their )?contact\\b)|having|wets|cries)",
]

# A difference made, said as a verdict ("the plan is clearly making a real difference for Kai",
# "the visits worked", "the GP plan is working", "our work has had an effect"): it counts only
# with the child's change told beside it (see _verdict_evidence); a verdict alone is only named.
_VERDICTS = [
    "made (?!(?:no|little|any|very little|not much|hardly any) )(?:a |real |some |the )?(?:[a-z]+ )?(?:difference|diff)",
    "(?:makes|making) (?!(?:no|little|any) )(?:a |real |some |the )?(?:[a-z]+ )?difference (?:for|to) (?!the plan\\b)",
    "(?:has|have) (?:really |clearly |definitely |already |also )?(?:worked|helped)(?! (?:him|her|them) (?:to )?" + _TASKS + ")",
    "is working for", "working (?:well )?for (?:him|her|them|the)",
    # "school say he's doing much better": how much better is not said
    "(?:is|are|feels?|seems?|doing|'s) (?:much |a lot |far |so much |a bit )?(?:better|worse)",
    # "helped him set up a repayment plan": a task done with him, not a change in him
    "helped (?:him|her|them)(?! (?:to )?" + _TASKS + ")",
]

# the work as the one judged (not "mum is working nights"): "the visits worked", "the placement
# was doing its job for her", "the session has had no effect"
_WORK_NOUN = (r"(?:plan|visits?|sessions?|support|work|placement|referral|programme|course|group|therapy|routine|"
              r"mentor\w*|package|intervention|approach|arrangement|move|taxi|club|1:1|respite|breaks|service|camhs|"
              r"nursery|tutor\w*|counsell\w*|medication|input|check-ins|contact|order|ban|return|timetable|chart)")

# (the work must come before it in its part of the clause: see _WORK_BEFORE in detect_impact)
_WORK_JUDGED = (
    r"\b(?:(?:is|are|was|were|'s|has been|have been) "
    r"(?:really |clearly |definitely |certainly |also |already |now )?(?:working(?! (?:most|some|every|on|at|with|in|from|as|"
    r"hard|nights|days|part|out|through|towards?|again|well enough)\b)|doing (?:its|their|the) job|paying off)"
    r"|(?:really |clearly |definitely )?worked|(?:has|have|had) (?:had |made )?(?:a |an |some |real |no |little |any |a real |"
    r"a big |a clear |a positive |a good |the )?(?:real |big |clear |positive |good |huge |marked |visible |measurable |"
    r"lasting )?(?:effect|impact))\b(?! (?:of|assessment|on (?:mum|dad|the parents?|the family)\b))"
)

# the work named just before a judgement of it: "the visits worked", "the GP plan is working",
# "our work has had an effect" (not "mum worked nights", "the DA has had an impact on her")
_WORK_BEFORE = re.compile(r"\b" + _WORK_NOUN + r"(?: (?!and\b|but\b)[a-z'-]+| \([^()]{1,40}\)){0,4}? $")


IMPACT = Cues(
    [
        (_VERDICTS, 0.75, "v", "made makes making working helped worked better worse"),
        # "... and answers his PA's texts, neither of which he did in January": the present set
        # against a time before, in a relative clause
        (r"\b(?:neither|none|both|each) of which (?:he|she|they|you) (?:did|had|was|were|could|would|managed)(?:n't| not)?"
         r"(?: [a-z'-]+){0,3} (?:in|at|before|last|until|when)\b", 0.75, "", "neither"),
        # "the licence is not changing anything", "the plan hasn't reached him", "not working for Ali":
        # a failure said outright
        (r"\b(?:(?:is|are|'s|was|were)(?: not|n't) (?:really )?changing (?:anything|much|a thing|things)"
         r"|(?:has|have|had)(?:n't| not) (?:yet |really )?reached (?:him|her|them)"
         r"|(?:is|are|was|were|'s)(?: not|n't) (?:really |yet |always )?working (?:out )?for)\b", 0.75, "", "changing reached working"),
        # "from five a week to one", "from daily to twice a week": then and now, counted in words
        ([r"from (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|daily|weekly|nightly|every (?:day|night|week)|most (?:days|nights)) "
          r"(?:[a-z0-9-]+ ){0,3}?to (?:\d|none\b|nil\b|once\b|twice\b|one\b|two\b|three\b|rarely\b|weekly\b|monthly\b|nothing\b)"],
         0.75, "", None),
        (_WORK_JUDGED, 0.75, "vw", "working job paying worked effect"),
        (r"\b(?:has|have|hasn't|haven't) (?:not )?had (?:a |an |any )?(?:[a-z-]+ ){0,2}since\b"
         r"|\bno (?:[a-z-]+ ){1,2}(?:in \d+ (?:[a-z]+ )?)?since (?:the|she|he|they|starting|moving|coming|[a-z]+ (?:started|moved|began|came))\b"
         # "no missing episodes since 01/03": the child's own episodes, counted from a date
         r"|\bno (?:[a-z-]+ )?(?:missing|mfh|self-harm|exclusions?|absences?|detentions?|meltdowns?|outbursts?|"
         r"restraints?|nightmares|wetting|arrests?|drops?|falls?|seizures|admissions|injuries|bruises|incidents)"
         r"(?: [a-z-]+)? since (?:\d{1,2}[/.]\d{1,2}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
         r"april|may|june|july|august|september|october|november|december|(?:the |her |his )?(?:[a-z-]+ ){0,2}"
         r"(?:plan|move|referral|sessions?|support|mentor\w*|placement|camhs|therapy|programme|curfew|order|club|"
         r"worker|visits?|taxi|1:1|respite|clinic|group|course))\b",
         0.75, "", "since"),
        (_CHANGE, 0.75, "", "deteriorated deteriorating deterioration deteriorate worsened worsening worsens hasn haven "
         "better worse position calmer happier healthier safer"),
        # (a cue of their own: their trigger words are common, their first words few)
        (["(?:has|have|had) (?:really )?come on", "(?:is|are) coming on",
          r"(?:up|down) (?:by )?\d+(?:\.\d+)? ?(?:kg|g|%|lbs?|points?|days?|centiles?) (?:since|from|in|over|this|on)",
          r"only (?:missed|had|been late|been absent|been excluded) (?:[a-z0-9]+ ){0,3}since",
          "(?:sleeps|sleeping|slept) through (?:the night |most nights |every night )?now",
          "now (?:sleeps?|sleeping) through",
          "(?:not much|little|very little) (?:has )?changed", "(?:much|a lot|far|so much) (?:better|worse) since",
          "changed (?:very |so )?little for", "(?:didn't|did not|hasn't|has not|haven't|have not) changed? "
          "(?:anything|much|very much|a thing) for",
          "(?:nearly|half|not) as (?:much|often) as (?:when|before|she|he|they|at|in)", "never used to",
          "(?:has|have) had no (?:[a-z-]+ ){1,3}since", r"against (?:\d+ ?%?|[a-z]+) (?:in|between|the year|last|before|a year)",
          r"\d+ ?% (?:before|last (?:term|year)|previously|at the start)", r"back (?:above|to|up to|on) (?:birth weight|the \d+(?:st|nd|rd|th)?)",
          "(?:is|was) a change from", r"now (?:at |up to |down to )?\d+(?= ?%)",
          # "she searches for his face - that wasn't there in the first weeks"
          "(?:that|which) (?:wasn't|was not|weren't|were not) there (?:at|in|before|when|last|until|a)"], 0.75, "",
         "come coming kg g lbs points centiles since through changed now little change used against before up down "
         "previously start back nearly half often anything there"),
        # "school say he's come on well"; "no more tearful episodes in the last 2 wks": counted over a
        # recent span (each alternative opens with its own word, so it is tried only there)
        (r"\b(?:he|she|they)'(?:s|ve) (?:really )?come on\b", 0.75, "", "come"),
        (r"\bno (?:more|further) (?!referrals|calls|call-outs|callouts|visits|reports|contacts|notifications|police)"
         r"(?:[a-z-]+ ){0,2}(?:in|for|over|during) (?:the )?(?:last|past) ", 0.75, "", "last past"),
        # "hasn't run away once since the move", "can now sleep in her own bed", "a big change from last
        # year", "her mornings have changed": one cue each, tried only when their word is there
        ([r"(?:hasn't|haven't|has not|have not) (?:[a-z'-]+ )?(?:run|gone|been missing|missed|self-harmed|harmed|"
          r"wet|hit|hurt|been excluded|hidden|hid|taken|stolen|cut|smashed|kicked|sworn|been in|been sent|been arrested|got into)"
          r"(?: [a-z'-]+){0,4} since"],
         0.75, "", "since"),
        # "he now waves to the other children", "now back on the 9th centile"
        (["(?:can|could) now", "now (?:can|could)", "now back (?:on|to|up|in|at|above)",
          r"now (?!that\b|this\b|these\b|is\b|has\b|was\b|lives\b|needs\b|wants\b)[a-z]{3,}s\b"], 0.75, "", "now"),
        (["(?:real|clear|big|genuine|visible|measurable|some|no|little|any) change (?:for|in)"], 0.75, "", "change"),
        # "which he would never have done before the anxiety work": the child's present against before
        (r"\b(?:would|could)(?: never|n't|not) have (?:[a-z]+ ){0,2}?(?:done|managed|coped|gone|said|tried|dared|"
         r"been able|let|asked|joined|talked|spoken)\b(?: [a-z-]+){0,5} (?:before|at the start|a year ago|last year|"
         r"when (?:he|she|they) (?:first )?(?:came|arrived|started))\b", 0.75, "", "would could"),
        # "having friends round is the biggest sign": the child's change offered as the evidence
        (r"\b(?:is|are|was|were|'s) (?:the|a|one) (?:biggest|clearest|best|surest|first|real|strongest|good|big|clear) "
         r"sign\b(?! (?:of (?:risk|harm|danger|neglect|abuse|exploitation|grooming|concern|worry)))", 0.75, "", "sign"),
        # "a different child since the counselling"
        # ("a different boy at mine" sets two homes side by side, not then and now)
        (r"\ba (?:completely |totally |very )?different (?:child|boy|girl|young person|kid|teenager|baby)\b"
         r"(?! (?:at|with|in|when|around|away)\b)", 0.75, "",
         "different"),
        (["(?:up|down) to \\d+(?= ?%)"], 0.75, "", "up down"),
        # "the plan has done nothing for Amber": the work failing the child, said outright
        (["(?:has|have|had) (?:done|achieved|changed) (?:nothing|little|very little|not much|next to nothing) "
          "(?:for|to help|to change)"], 0.75, "", "done achieved changed"),
        # "we can see the difference in Noah", "staff have noticed a real change in her"
        (["(?:see|seen|saw|see a|notice|noticed|noticing|noted|notes) (?:a |the |real |big |clear |huge |marked )?"
          "(?:difference|change) (?:in|for|to)"], 0.75, "", "see seen saw notice noticed noticing noted notes"),
        # "the toothache he had all summer has gone", "her rash has disappeared since the cream"
        ([r"(?:has|have) (?:now |all |completely )?(?:gone|disappeared|cleared up)(?= since| now\b|\W*$)"], 0.75, "",
         "gone disappeared cleared"),
        (["change from (?:last|when|the start|a year|before)"], 0.75, "", "change"),
        (["(?:li(?:fe|ves)|day-to-day|days|mornings|evenings|nights|routines?|world|behaviour) (?:has|have) "
          "(?:really |genuinely |clearly |completely )?changed"], 0.75, "", "changed"),
        # "since the short breaks started, Amelia goes swimming": a change dated from the work
        (r"\bsince (?:the |her |his |their )?(?:[a-z-]+ ){0,3}?(?:worker|pa|mediator|plan|visits?|sessions?|"
         r"support|breaks?|nursery|placement|programme|course|tutoring|therapy|camhs|club|mentor|service|"
         r"work|arrangement|package|dp|payments?|group|carers?|therapist|counsell?or|tutor|keyworker|timetable|routine|"
         r"referral|nurse|volunteer)(?: [a-z-]+){0,5}? (?:started|began|begun|came in|introduced|set up|brought in|"
         r"became|was put in|were put in)\b", 0.65, "", "since"),
        # "the first in weeks", "for the first time in months": a change marked by how long it had been
        (["(?:the )?first (?:time )?in (?:weeks|months|years|a long time|ages)",
          "first time (?:[a-z']+ ){1,2}ever\\b",
          # "slept through every night this week, first time since coming into care"
          "first time since (?:coming|moving|being|starting|going|the|she|he|they|[a-z]+ (?:came|moved|started|arrived))"],
         0.75, "", "first"),
        # "no more screaming in the car afterwards": the child's trouble, stopped
        (r"\bno more (?:[a-z-]+ ){0,2}?(?:screaming|crying|tantrums|meltdowns|nightmares|night terrors|wet beds|wetting|"
         r"bedwetting|self-harm\w*|cutting|missing|absences|exclusions|hitting|biting|bolting|outbursts|accidents|falls|"
         r"seizures|admissions|soiling|head-banging)\b", 0.75, "", "more"),
        # "no marks in 3 wks": a trouble of the child's, absent for a span
        (r"\bno (?:new |further |more )?(?:[a-z-]+ )?(?:marks|bruis\w+|injur\w+|missing\w*|missing episodes|exclusions|"
         r"detentions|self-harm\w*|meltdowns|outbursts|seizures|admissions|arrests|offences|absences|restraints|wet beds|"
         r"accidents|falls) (?:in|for|over) (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) "
         r"(?:wks?|weeks|days|months|mths)\b", 0.75, "", "wk wks weeks days months mths"),
        # "language age up a year", "reading up two bands"
        # (not "set up a month ago": a time)
        (r"\b(?<!set )(?:up|down) (?:by )?(?:a|one|two|three|\d+) (?:year|month|band|level|grade|stage|book band)s?\b"
         r"(?! (?:ago|later|early|earlier|before|after|on|in advance)\b)", 0.75, "",
         "year years month months band bands level levels grade grades stage stages"),
        # "letterbox with her brother took her from refusing to talk to asking for more"
        (r"\b(?:took|taken|takes|moved|brought|got|gotten) (?:him|her|them|[a-z]+(?: \(\d+\))?) from (?:[a-z]+ing|being|"
         r"never|not|no|none|\d+)\b[a-z0-9 ,'-]{0,60}? to (?:[a-z]+ing|being|a|the|her|his|no|none|one|two|three|once|"
         r"twice|\d+)\b", 0.75, "", "took taken takes moved brought got gotten"),
        # "staff say he is laughing and vocalising more": the child doing more of something
        # (a pattern, not a list, so that only "more" opens it)
        (r"\b(?:is|are|she's|he's|they're) (?:[a-z]+ing )?(?:and )?[a-z]+ing (?:much |a lot |far |a bit )?more"
         r"(?! than| of the time| often than)\b", 0.65, "", "more"),
        (["again", "any more", "anymore", "any longer", "compared (?:with|to)",
          "than (?:before|last|in the|at the start)",
          "since (?:the )?(?:plan|placement|move|moving|starting|start|she|he|they|you|coming|being|going)"],
         0.45, "", None),
    ]
)

_DOMAIN = re.compile(
    r"\b(?:wellbeing|well-being|sdq|emotional|mental health|self-esteem|wt|smok\w*|cannabis|attendance|attending|attends|school|nursery|college|class|sleep\w*|bed|weight|centile|"
    r"eat\w*|meals?|food|feeds?|behaviour|self-harm\w*|missing|speech|talking|words|development\w*|milestones?|"
    r"beds?|bedwetting|wetting|mfh|injur\w*|marks|bruis\w*|exclu\w*|nightmares?|confiden\w*|friends?\w*|"
    r"tantrums?|calm|calmer|relax\w*|settl\w*|safe|safer|safety|eczema|health|growth|anxious|anxiety|mood|happ\w*|"
    r"placement|stable|stability|hygiene|tenancy|arrears|flat|course|brownies|club|football|"
    r"contact|crying|upset|flinch\w*|offending|arrests?|police|learning|reading|"
    r"feeding|weaning|clothes|presentation|dental|teeth|meltdowns?|outbursts?|mealtimes?|bedtimes?|playtimes?|"
    r"lunchtimes?|uniform|homework|toilets?|nappy|words|playing|cries|crying|smiles|laughs|"
    r"custody|offences|curfew|uni|university|lice|nits|rash|toothache|pain|asthma|fillings|panic|"
    # (a disabled child's life: seizures, admissions, night terrors, bolting, biting, screaming)
    r"terrors|seizures?|admissions?|readmi\w*|a&e|bolting|biting|screaming|lunch\w*|restraints?|language|weigh\w*|asleep|lates)\b"
)

# "mum says he comes back calmer", "school report she ...": an adult telling of the child's change
_REPORTED = re.compile(
    r"\b(?:says?|said|reports?|reported|confirms?|confirmed|notes?|noted|describes?|described|"
    # ("mum's diary shows 2 a week", "the carers' log shows")
    r"shows?|showed|logs?|logged|noticed|observed|"
    r"tells? (?:us|me|sw)|told (?:us|me|sw))\b"
)

_UNDONE = re.compile(
    # ("which never happened with the older children" sets the child's present against the past)
    r"\b(?<!which )(?<!that )(?<!this )(?:still |yet )?(?:not|never) (?:yet )?(?:been )?(?:done|completed|started|booked|held|received|in place|"
    r"arranged|allocated|sent|made|happened|provided|delivered|fitted|seen by|assessed)\b"
    # ("has not done him the same favours": done to someone, not a task left undone)
    r"(?! (?:him|her|them|it|anything|much|what|the same|any|for)\b)|\bstill (?:waiting|awaited|outstanding)\b"
)



def _undone(low: str) -> re.Match | None:
    """_UNDONE.search(low), searched only where a match could be: each holds "not ", "never "
    or "still " (most clauses hold none)."""
    return _UNDONE.search(low) if ("not " in low or "never " in low or "still " in low) else None


_PROCESS = re.compile(
    r"\b(?:immunis\w*|vaccin\w*|appointments?|registered|up to date|health assessment|medicals?|"
    r"checks|referral|visits|visited|paperwork|forms?|assessments?)\b"
)

# "then and now": the child's present set against how it was before ("he unpacks now; in his
# first weeks he slept in his clothes"): the earlier time named in the sentence or the one before
_THEN = re.compile(
    r"\b(?:at first|used to|never (?:did|used to|would)|last (?:year|yr|term|month|summer|spring|autumn|winter)|"
    r"in (?:his|her|their|the|those) (?:first|early) (?:few )?(?:days|weeks|months)|at the (?:start|beginning)|"
    r"at (?:start|beginning) of (?:the )?(?:plan|cin|cp|placement|school|term|year)|"
    r"when (?:he|she|they|you|[a-z]+) (?:first )?(?:arrived|came|moved|started)|at (?:removal|referral|the icpc|"
    r"the first (?:visit|review|conference))|(?:(?:a|one) (?:week|month|year)|weeks|months|years) ago|previously|until (?:recently|now)|"
    r"before (?:the|he|she|they|you|it|this|then|that|christmas|the summer)|back in|in the past|before(?=[,:;] |\.?$)|"
    r"(?:could not|couldn't|would not|wouldn't|did not|didn't|was not|wasn't)(?: [a-z'-]+){1,5} in (?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|winter))|"
    r"(?<![a-z] )in (?:january|february|march|april|june|july|august|september|october|november|december)(?= (?:he|she|they|you)\b)|"
    # "..., where in September they grabbed food off other plates"
    r"(?:where|whereas|while|when|but) (?:in|at|back in|during|until|before) (?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december|the summer|the spring|the autumn|the winter)|"
    # "which she wasn't at 9 months", "now after the physio", "64% in autumn term, 93% this term"
    r"(?:which|that|what) (?:he|she|they|you) (?:wasn't|was not|couldn't|could not|didn't|did not|weren't|never)|"
    r"neither of which (?:he|she|they|you) (?:did|had|was|were|could|would)|"
    r"(?:hadn't|had not|haven't|have not|hasn't|has not) (?:seen|heard|known) (?:that |this |it |him |her |them )?since|"
    r"now (?:after|following|thanks to|since) (?:the|her|his|their|a|an)|"
    r"\d+ ?% (?:in|at|during) (?:the )?(?:autumn|spring|summer) (?:term|half[- ]term)|"
    r"\d+ ?% (?:in|at|during|for|by) (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december))\b"
)

_OWNED = re.compile(r"(?:his|her|their)\b")

_MEASURE_OPEN = re.compile(r"(?:school )?(?:attendance|weight|centiles?|speech)\b")

_NOW_TOKS = frozenset(("now", "nowadays"))

_PRONOUN_OPENS = ("he'", "she'", "they'")

# ("this month", "this week" are mostly a status: "not seen this month")
_SPAN_TOKS = frozenset(("term", "year"))

_THIS_SPAN = re.compile(r"\bthis (?:half[- ]term|term|school year|year|month|week|fortnight)\b")

# ("this month" is the "now" only when the same sentence says how it was before)
_SHORT_SPAN_TOKS = frozenset(("month", "week", "fortnight"))

_DONE_TO = ("was ", "were ", "been ", "being ", "got ", "get ", "gets ")

_WORD = re.compile(r"[a-z0-9]+")

_OBJECTS = frozenset("him her his their them its us me".split())  # who it is done to, not who does it

# Whether-it-occurs checks, tried only at the words each pattern can start with (anchors.py)
_DOMAIN_F = Finder(_DOMAIN)

_PROCESS_F = Finder(_PROCESS)


def detect_impact(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    first = ""
    # the sentences that follow a question ("What has changed for Ava? She is in school ...")
    # (in a question-and-answer log the answer may take up to three sentences, to the next question)
    asks = "?" in note.low_all
    after_q = _answers_to_change(note) if asks else ()
    if "differen" in note.low_all or "changed" in note.low_all or "worked" in note.low_all or "helped" in note.low_all:
        labelled = _labelled_change(note)
        if labelled:
            after_q = set(after_q) | labelled
    # the lines under a worry heading or question: the child's trouble told as the worry
    worried = _worry_lines(note) if ("worr" in note.low_all or "concern" in note.low_all) else ()
    # (what only some notes hold, looked for once a note)
    arrows = "\u2193" in note.low_all or "\u2191" in note.low_all
    did = " did " in note.low_all or "the impact" in note.low_all
    for c, per_table in zip(note.clauses, note_cue_matches(note)):
        last_first, first = first, c.first or first  # who the clauses before were about
        domain = None
        in_sec = _in_section(c, "impact")
        found = per_table[T_IMPACT]
        undone = _undone(c.low) if found else None
        unsure = found and not _UNSURE_T.isdisjoint(c.toks)
        hoped = found and not _HOPED_T.isdisjoint(c.toks)
        asked = found and c.low.endswith("?")
        n_hits = len(hits)
        for start, _end, w, _flags in found:
            if undone is not None and not start <= undone.start() < undone.end() <= _end:
                # "OT assessment still not done": the work's drift (progress), not the child's
                # change; unless the "not made" is the cue's own ("has not made Leah any safer")
                continue
            if unsure and (_UNSURE.search(c.low, _part_start(c.low, start), start) or _NOT_KNOWN.search(c.low, _end)):
                continue  # "not yet clear whether the sessions have helped him", "how things are now, and we did not know"
            if hoped and _HOPED.search(c.low, _hope_part(c.low, start), start):
                continue  # "this should help him feel safer": an effect hoped for, not seen
            if asked and _ASKS_CHANGE.search(c.low, start, _end):
                continue  # "is the support making a difference to Callum?": asked, its answer is the evidence
            if _flags and _owner_of(note, c, _hope_part(c.low, start), start, False) == "a" and not _WORK_THING_F.search(
                c.low, _hope_part(c.low, start), _end
            ):
                continue  # "mum's depression is worse in winter", "dad has helped him": not the work's verdict
            if _flags and c.first == "a" and not c.has_child and _FAMILY_FIRST.match(c.low) and not _WORK_THING_F.search(c.low, 0, _end):
                continue  # "mum is working with services and says things are better": hers, not the work's
            if "w" in _flags and not _WORK_BEFORE.search(c.low, max(0, start - 70), start):
                continue  # "mum worked nights", "the DA has had an impact on her": not the work judged
            if _flags:
                # a verdict ("the plan is working for him"): counts with the child's change told beside
                # it; a failure said outright ("has had no effect") is read as before without it
                if _verdict_evidence(note, c, start, _end):
                    hits.append((w + (BOX_HINT if in_sec else 0.0), c.sent))
                    continue
                if not _NEG_VERDICT.search(c.low, max(0, start - 14), _end) and not _difference_for_child(note, c, _end):
                    continue
            if worried and c.sidx in worried and not _flags and not _worry_with_work(note, c):
                continue  # "Worries: her isolation since she stopped school": the trouble, not the work's effect
            if c.low[start] in "sh" and not in_sec and _TROUBLE_NEWS.match(c.low, start) and not _TROUBLE_LINK.search(
                note.sentences[c.sidx].low
            ):
                continue  # "she has stopped going to football", "he has started hitting at nursery": the news, no work in it
            if c.low[start] in "ia" and c.low.startswith(("is now", "are now"), start) and _THING_NOW.search(
                c.low, max(0, start - 60), start
            ):
                continue  # "the case is now at week 29", "there is now a marker on the address": no one's change
            if c.low[start] == "f" and _FIRST_AT_MEETING.search(c.low, max(0, start - 50), start):
                continue  # "she came to her review for the first time": there, not changed
            if c.low[start] in "mf" and _DATE_MOVED.match(c.low, start):
                continue  # "final hearing moved from 12 March to 30 April": a date put back, not the child's change
            if c.low[start] == "s":
                if c.low.startswith("since", start) and _MAIN_NOTHING.search(c.low, _end):
                    continue  # "since the therapist began, she has not been seen": nothing told of her
                if c.low.startswith("stopped", start) and (c.low.endswith(_DONE_TO, 0, start) or c.low.startswith(" by ", start + 7)):
                    continue  # "he was stopped with a knife": done to him by police, not a change in him
            told = False
            if c.has_adult and not c.has_child and c.first == "a" and not c.first_pronoun and not c.first_passing and not (
                _WITH_ADULT.match(c.low)
            ):
                # a parent's or professional's change, not the child's, unless they are telling
                # of the child's ("nan says he comes back calmer")
                said = _REPORTED.search(c.low, 0, start)
                if said is None and not 0 < c.low.find(": ", 0, start) < 28:
                    continue
                if said is not None and _owner_of(note, c, said.end(), start) == "a":
                    continue  # "you told me mum has finished the course, stopped drinking": hers
                told = True
            if not _FAMILY_T.isdisjoint(c.toks) and _FAMILY_OWNS.search(c.low, max(0, start - 40), start):
                continue  # "without mum's health improving", "dad's drinking has reduced": theirs
            if domain is None:
                domain = _has(_DOMAIN_F, c)
            if not c.has_child and not domain and not (
                c.low.endswith(("helped", "worked"), 0, _end) and _difference_for_child(note, c, _end)
            ):
                continue  # (unless the next part tells the child's change: "has helped - he ...")
            if not domain and _has(_PROCESS_F, c) and not _difference_for_child(note, c, _end) and not (
                c.low[start] == "n" and _for_child(note, c, _end)
            ):
                continue  # ("that is real change for the children, ... the visits are what moved it")
            if w < 0.6:
                if not (domain and c.has_child) or _quoted(c.low, start):
                    continue  # "she said 'in case mum goes funny again'": a weak cue in someone's words
                if c.low.startswith("again", start) and _HAD_AGAIN.search(c.low, max(0, start - 40), start + 5):
                    continue  # "has head lice again": a trouble back, told with no work it follows
                w = 0.55
            if c.low.startswith("now ha", start) and _NOW_HAS_WORK.match(c.low, start) and not _BECAUSE.search(c.low, 0, start):
                continue  # "Jay now has a PA and a pathway plan": the work in place, not a change in him
            if c.low[start] in "hst" and c.low.startswith(_PRONOUN_OPENS, start):
                start = c.low.index("'", start)  # "head of year says she's come on": she is the one
            if c.low[start] != "n" and not (c.first == "a" and _WITH_ADULT.match(c.low)) and subject_kind(
                note, c, start, explicit=True
            ) == "a" and not _difference_for_child(note, c, _end) and not (
                c.low.startswith(("has", "have"), start) and _judged_work_helped(note, c, start, _end)
            ) and not _told_of_childs(note, c, start) and not _childs_thing(note, c, start):
                continue
            if told and subject_kind(note, c, start) != "c" and not _difference_for_child(note, c, _end) and not (
                _childs_thing(note, c, start)
            ):
                continue  # "dad says he has stopped drinking"
            hits.append((w + (BOX_HINT if in_sec else 0.0), c.sent))
        hit = 0.0
        if (not found or (c.low.endswith(_GONE) and len(hits) == n_hits)) and (
            not _NOW_TOKS.isdisjoint(c.toks) or ("this" in c.toks and not _SPAN_TOKS.isdisjoint(c.toks))
            or ("this" in c.toks and not _SHORT_SPAN_TOKS.isdisjoint(c.toks) and _THEN.search(note.sentences[c.sidx].low))
        ):
            hit = _then_and_now(note, c)
        if not hit and "since" in c.toks and (
            _since_the_work(note, c) if c.low.startswith(_SINCE_OPENINGS)
            else _since_later(note, c, last_first == "c" and (c.first == "" and not c.has_adult or c.low.startswith(_VERB_OPENS)))
        ):
            hit = 0.7
        if not hit and "after" in c.toks and " after " in c.low and _after_work_then(note, c):
            hit = 0.7  # "Ryan walks on his own after ten weeks of physio; he could not stand in June"
        if not hit and "now" in c.toks and " now that " in c.low and _now_that(note, c):
            hit = 0.7  # "she is eating breakfast every day now that the FSW's routine work ..."
        if not hit and not _LINK_T.isdisjoint(c.toks) and (
            not _MEANT_T.isdisjoint(c.toks) or c.low.startswith(_OPENERS) or "so now" in c.low
        ) and _work_meant(note, c):
            hit = 0.7  # "the quick visit meant he stayed at nursery", "as a result of the plan, she ..."
        if not hit and "+" in c.low and _signed_gain(note, c):
            hit = 0.7  # "re-weighed Mon: +180g": a gain in figures, signed
        if not hit and ("->" in c.low or "\u2192" in c.low) and _figures_then_now(note, c):
            hit = 0.7  # "attendance 68% -> 94%": before and after in figures
        if not hit and arrows and ("\u2193" in c.low or "\u2191" in c.low) and _arrow_change(note, c):
            hit = 0.7  # "self-harm \u2193 since CAMHS": up or down, in a sign
        if not hit and not _CONTRAST_T.isdisjoint(c.toks) and (
            _DIGIT.search(c.low) or not _NUM_T.isdisjoint(c.toks)
        ) and _counts_then_now(note, c):
            hit = 0.7  # "0 removals from maths in 3 weeks (was 5)": a count now set against one before
        if not hit and (c.low.startswith(("was ", "were ")) or "birth" in c.toks or (
            "now" in c.toks and not _SHORT_MONTH_T.isdisjoint(c.toks))) and _clipped_then_now(note, c):
            hit = 0.7  # "Tia (8) in school 4 days - was 0 in Nov", "(birth 3.1kg, now 5.2kg)"
        if not hit and (" '" in c.low or ' "' in c.low) and _own_account(note, c):
            hit = 0.7  # asked what is different, she said 'mummy does my hair now'
        more = None if _MORE_T.isdisjoint(c.toks) else _MORE_T.intersection(c.toks)
        if not hit and (more or c.sidx in after_q):
            if more and not _CAUSED_T.isdisjoint(more) and _work_caused(note, c):
                hit = 0.7  # "the PA's visits have kept Shay out of custody"
            elif more and not _DESPITE_T.isdisjoint(more) and (
                "despite" in more or "spite" in more or " even " in c.low or _LEAD_SPAN.match(c.low)
            ) and _despite_the_work(note, c):
                hit = 0.7  # "despite the parenting course, Mia is still left alone in the evenings"
            elif c.sidx in after_q and _answers_change(note, c, _label_end(c.low)):
                hit = 0.7  # "Has anything changed for Jade? Not really - she is still caring for ..."
        if not hit and asks and "? " in c.low and _ASKS_CHANGE.search(c.low, 0, c.low.index("? ")) and _answers_change(
            note, c, c.low.index("? ") + 2
        ):
            hit = 0.7  # "what's changed? she used to text SW only for lifts" (the answer on the question's line)
        if not hit and in_sec and c.has_child and len(hits) == n_hits and _told_in_box(note, c):
            hit = 0.7  # in the Impact box: "R has not self-harmed for 11 weeks", "she remains out of school"
        if hit and worried and c.sidx in worried and not _worry_with_work(note, c):
            hit = 0.0  # (the same for a then and now told as the worry)
        if hit:
            hits.append((hit + (BOX_HINT if in_sec else 0.0), c.sent))
        if more and (
            (not _PAID_T.isdisjoint(more) and _PAID_OFF.search(c.low))
            or (not _EFFECT_T.isdisjoint(more) and (not _THAT_T.isdisjoint(c.toks) or "down" in more) and _work_effect(c))
            or ("what" in more and not _WHAT_VERB_T.isdisjoint(c.toks) and _work_effect(c))
        ) and (
            c.has_child or (c.sidx > 0 and any(x.has_child for x in note.clauses if x.sidx == c.sidx - 1))
            or ("down" in more and _DIGIT.search(c.low))  # "the 94% and the quiet are partly down to those visits"
        ):
            hits.append((0.7 + (BOX_HINT if in_sec else 0.0), c.sent))
        elif not hit and (not _VERDICT_T.isdisjoint(c.toks) or did and (" did " in c.low or "the impact" in c.low)) and _work_verdict(
            note, c
        ):
            hits.append((0.7 + (BOX_HINT if in_sec else 0.0), c.sent))  # "no bolting since April - so the 1:1 works"
        elif not hit and "impact" in c.toks and _NIL_WORDS.search(note.sentences[c.sidx].low) and _nil_impact(note, c):
            hits.append((0.7 + (BOX_HINT if in_sec else 0.0), c.sent))  # "impact of our work on Luca - none: same house"
        if len(hits) > n_hits:
            head = c.sent.heading
            colon = c.low.find(": ", 0, 30)
            if (head and _HEAD_HOPE.search(head.lower())) or (colon > 0 and _HEAD_HOPE.search(c.low, 0, colon)):
                del hits[n_hits:]  # "Expected outcome: Ruby back on the 25th centile by February": hoped for
    return hits


# In the Impact box (or under an impact heading) a manager tells the child's state as the work's
# difference, made or not: "R has not self-harmed for 11 weeks", "she remains out of education
# and is falling behind". The box settles what kind of words they are; the words must still tell
# the child's own life changing, or staying as it was, over a time: never a status, a visit, a
# wait for a service, or a vague "doing well".
_BOX_LEAD = re.compile(
    r"(?:[^:]{1,40}: )?(?:(?:as a result|since (?:the|her|his|their) (?:last|previous|most recent) [a-z]+(?: [a-z]+)?|"
    r"so|and|but|sadly|unfortunately),? )?"
)
_BOX_VERB = re.compile(
    r" (?:\(\d+\) )?(?:is|are|has|have|had|was|were|remains|remained|still|now|no longer|hasn't|isn't|doesn't|"
    r"can|can't|cannot|feels|talks|wets|gets|goes|attends|sleeps|eats)\b"
)
_BOX_CHANGE = re.compile(
    r"^(?:is|are|has|have|was) now\b|^now\b|\b(?:still|remains?|remained|no longer|any ?more|not yet|yet to|falling behind|"
    r"missing out|for (?:\d+|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?:days?|weeks?|months?|terms?|nights?)|since|ha(?:s|ve) (?:had no|not had)|"
    r"more (?:often|regularly|settled|confident)|less (?:often|anxious|withdrawn)|fewer)\b"
)
_BOX_STATUS = re.compile(
    r"\b(?:(?<!\bas )seen|visited|spoken (?:to|with)|met|assessed|allocated|open to|known to|subject to|on (?:a|an|the|her|his) "
    r"(?:[a-z]+ ){0,2}(?:plan|register|list)|looked after|placed|lives?|living|waiting|awaiting|referred|"
    r"(?:remains?|remained|still) (?:in|at|with|under) (?:(?:his|her|their|the|a|an) )?(?:current |same )?"
    r"(?:placement|foster|care|carers?|home|residential|kinship|custody|unit|nan|gran|grandparents?|aunt|uncle|mum|dad|"
    r"parents?|family|order|section)|on remand|in custody|in (?:foster |residential |kinship )?care|"
    r"section \d+|s\d+|booked|rebooked|accommodated|registered|listed|due|in court)\b"
)
# what a predicate holds when it says nothing the child's life could be checked against
_BOX_VAGUE = frozenset(
    "is are has have had was were be been being remains remained still continues to now no longer any more anymore "
    "not yet doing do does well fine ok okay good great happy settled progressing positive better much very really "
    "quite generally all at in on with the a an and of school home nursery college placement things everything "
    "since this term week month".split()
)
# (the child's own part of the sentence: "..., so there's a real risk" is another's)
_BOX_PART_END = re.compile(
    r"[,;:]| so | but | because | and (?!(?:is|are|has|have|had|was|now|still|not|no|can|goes|gets|sleeps|eats)\b)"
)


def _told_in_box(note: Note, c) -> bool:
    low = c.low
    lead = _BOX_LEAD.match(low)
    at = lead.end() if lead else 0
    verb = _BOX_VERB.search(low, at, at + 40)
    if verb is None or len(low[at : verb.start()].split()) > 2:
        return False
    if subject_kind(note, c, verb.start() + 1, explicit=True) != "c":
        return False
    end = _BOX_PART_END.search(low, verb.end())
    pred = low[verb.start() + 1 : end.start() if end else len(low)]
    said = lead is not None and low.startswith(("as a result", "since "), lead.start(), lead.end())
    if not (said or _BOX_CHANGE.search(pred)) or _BOX_STATUS.search(pred) or _NOW_HAS_WORK.search(low, verb.start()):
        return False  # (nor the work in place: "YP now has a PA and a pathway plan")
    return any(w not in _BOX_VAGUE for w in _WORD.findall(pred))


_DATE_MOVED = re.compile(
    r"(?:moved )?from (?:the )?\d{1,2}(?:st|nd|rd|th)?(?:/(?!10\b)\d{1,2}|(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)

# "hasn't made a real difference", "not working for him", "has had no effect": a verdict of failure
_NEG_VERDICT = re.compile(r"\b(?:not|no|never|little|nothing)\b|n't\b")

# ages, not figures: "Kai (9)", "(5 wks)", "Leo, 4"
_AGE_TEXT = re.compile(r"\(\d+[^()]*\)|, \d{1,2}(?=[,.\s]|$)|^\d{1,2}\b|^[a-z'-]+ \d{1,2}(?=[,.])")


_CHANGED_NOW = re.compile(r"\b(?:stopped|started|no longer|any ?more|now|first time|again|back|begun|began|fewer|less)\b")


def _told_after(note: Note, x, at: int) -> bool:
    return _effect_told(note, x, at) or (
        bool(_CHANGED_NOW.search(x.low, at)) and not _UNSURE.search(x.low) and not _undone(x.low[at:]))


def _told_there(note: Note, x, lo: int = 0, hi: int | None = None) -> bool:
    """A change or a state against before, of the child's, told in clause `x` (or in its part
    `lo:hi`): the child or a thing of the child's life, with a figure or a change word."""
    if hi is None and lo == 0:
        low = x.low
        if x.has_adult and not x.has_child:
            # "mum has finished the course and stopped drinking": hers; but "weight up 400g, feeds
            # 3-hourly, settles on mum's shoulder": read part by part
            return _parts_tell(note, x, 0, len(low), x.first if x.first == "c" else "")
        if not x.has_child and not (_DOMAIN.search(low) or _CHILD_COUNTED.search(low)):
            return False
    else:
        low = x.low[lo:hi]
        if not (_DOMAIN.search(low) or _CHILD_COUNTED.search(low)):
            return False
    if _UNSURE.search(low) or _undone(low) or _HOPED.search(low) or _SCALED.search(low):
        return False  # (a safety scale, "4 out of 10, 3 at the last supervision", is risk)
    return bool(_TOLD_CHANGE.search(_AGE_TEXT.sub("", low)) or _STILL.search(low) or _THEN.search(low)
                or _RESTORED.search(low) or _THAN_THEN.search(low))


# "better than in the autumn, when he was falling asleep in class": set against a time before
_NOT_KNOWN = re.compile(r"\b(?:did not|didn't|don't|do not) know\b")

_SCALED = re.compile(r"\bscal\w*|\bout of 10\b|\d/10\b")

_THAN_THEN = re.compile(r"\bthan (?:in|at|before|last|when|it was|he was|she was|they were|a (?:term|year|month) ago)\b")


# after a verdict, before what it is: the child it is for, how much ("has helped Skye a bit")
_VERDICT_TAIL = re.compile(r"(?: (?:for|to|in|with) [a-z']+(?: \(\d+[^()]*\))?|"
                           r" (?!a bit|a little|a lot|so much|in some|in one|in two|at least|so far)[a-z']+(?: \(\d+[^()]*\))?)?"
                           r"(?: (?:a bit|a little|a lot|so much|hugely|massively|enormously|already|really|too|here|there|"
                           r"in (?:some|one|two) ways?|at least|so far))?")

_VERDICT_SEP = re.compile(r"\s*(?::|-|\u2013)\s*")


_PARTS = re.compile(r", (?:and |but |so )?| and | so |; | - |: ")

# a part that goes on with the one before's subject: "... and is much more confident"
_ELIDED = re.compile(r"\s*(?:is|are|was|were|has|have|had|'s|seems?|feels?|says?|said|doing|reports?|reported|goes|gets|"
                     r"does|did|attends|uses|keeps|kept|takes|took|now|still|also)\b")

# who judges, not who changes: "SW considers the plan is working", "I think the visits worked"
_JUDGES = re.compile(r"(?:thinks?|thought|(?:feels?|felt) (?:that|the|this|it)|believes?|believed|considers?|considered|agrees?|"
                     r"agreed|can see|sees|saw|'s view|view is|is clear|was clear)\b")

# the work named as what is judged (not "we", "you": "we are doing better")
_WORK_THING_F = re.compile(_WORK_NOUN.replace("(?:", "\\b(?:", 1) + r"|\b(?:input|visits|worker|help|sw|fsw|pa|hv|we|you|i)\b")

_SUBORDINATE = re.compile(r"\b(?:since|after|because|when|following|until|before|once|thanks to)\b")

_OBJECTS_ONLY = frozenset(("him", "them", "us", "me"))

_REASON_WORD = re.compile(r"\b(?:as|because|since|given|now that)\b")


def _owner_of(note: Note, c, lo: int = 0, hi: int | None = None, pronouns: bool = True) -> str:
    """Whose the words of clause `c` from `lo` to `hi` are: the kind ('c' or 'a') of the first one
    named who is not telling of someone else ("school say he ...": he) nor owning an adult
    ("Chloe's mother": the mother), a pronoun read as the shared reading reads it; "" if no one."""
    low = c.low
    hi = len(low) if hi is None else hi
    sub = _SUBORDINATE.search(low, lo, hi)
    words = list(_WORD.finditer(low, lo, sub.start() if sub else hi))
    for i, m in enumerate(words):
        k = note.kinds.get(m.group(0))
        if k is None or m.group(0) in _OBJECTS_ONLY:
            if m.group(0) in _FAMILY:
                return "a"
            continue
        if k[0] == "a" and (_REPORTED.match(low, m.end() + 1) or _JUDGES.match(low, m.end() + 1)):
            continue
        if i + 1 < len(words) and low.startswith("'s ", m.end()) and words[i + 1].group(0) in _FAMILY:
            return "a"
        if k[0] == "p":
            if not pronouns:
                continue
            return subject_kind(note, c, m.end())
        return k[0]
    return ""


def _parts_tell(note: Note, c, lo: int, hi: int, who: str, but_last: bool = False) -> bool:
    """Whether a part of clause `c` (from `lo` to `hi`) tells the child's change, each part read as
    whose it is ("mum has done the course and is more confident": hers; "no rows for three weeks
    and Nia's been home every school night": Nia's; "weight up 400g, feeds 3-hourly": the child's)."""
    low = c.low
    bounds = []
    at = lo
    for m in _PARTS.finditer(low, lo, hi):
        bounds.append((at, m.start()))
        at = m.end()
    if not but_last:
        bounds.append((at, hi))
    for a, b in bounds:
        part = low[a:b]
        o = _owner_of(note, c, a, b)
        if not o and _ELIDED.match(part):
            o = who
        who = o or who
        if o == "a" or not part.strip():
            continue
        if (o == "c" and (_DOMAIN.search(part) or _TOLD_CHANGE.search(_AGE_TEXT.sub("", part)))) or (
            not o and _told_there(note, c, a, b)
        ):
            if not (_UNSURE.search(part) or _undone(part)):
                return True
    return False


def _verdict_evidence(note: Note, c, start: int, end: int) -> bool:
    """The child's change told beside a verdict: straight after it ("has helped Skye - she is
    speaking in sentences"), after it in its clause ("... - she's stopped asking"), before it
    ("attendance 95%, so the plan is working"), in another part of its sentence, or in the
    sentence before ("Weight up 400g ... We agreed the visits worked"). Evidence that is the
    parents' ("as both parents are now compliant") is not the child's."""
    low = c.low
    if _UNSURE.search(low) or _TO_COME.search(low, 0, start + 1) or _HOPED.search(low, _hope_part(low, start), start):
        return False
    rest = low[end:]
    tail = _VERDICT_TAIL.match(low, end).end()
    if not low[tail:].strip(" ."):
        i = note.clauses.index(c) + 1  # "has helped Skye - she is speaking ...": the dash ended the clause
        if i < len(note.clauses) and note.clauses[i].sidx == c.sidx:
            nxt = note.clauses[i]
            at = _child_leads(note, nxt, 0, 20)
            if at >= 0 and _told_after(note, nxt, at):
                return True
    elif rest.strip(" ."):
        who = _owner_of(note, c, end)
        why = _REASON_WORD.search(low, end)
        if who == "a" or (why is not None and _owner_of(note, c, why.end()) == "a"):
            return False  # the reason given is the parents' change ("as both parents are now compliant")
        sep = _VERDICT_SEP.match(low, tail)
        if sep is not None:
            at = _child_leads(note, c, sep.end(), 20)
            if at >= 0 and _told_after(note, c, at):
                return True
        if _told_there(note, c, end) or (
            who == "c" and bool(_TOLD_CHANGE.search(_AGE_TEXT.sub("", rest)) or _STILL.search(rest))):
            return True
    # each part before it (the last part holds the verdict's own subject)
    if start > 8 and _parts_tell(note, c, 0, start, "", True):
        return True
    if c.first == "c" and rest.strip(" .") and _NOW_CONTRAST.search(rest):
        return True  # "he goes to the den the OT helped him build and sits there himself now"
    for x in note.clauses:
        if x.sidx > c.sidx:
            break
        if x is not c and x.sidx >= c.sidx - 1 and _told_there(note, x):
            return True
    return False


# "Staying Put has been the right call: he finished his A levels", "That's his carers' consistency
# paying off", "mum's recovery is showing in Harley": the child's gain put down to the work, in
# the sentence or told in the one before
_PAID_OFF = re.compile(
    r"\b(?:has|have|had) (?:really |clearly )?been the right (?:call|decision|choice|move|thing|plan)\b"
    r"|\b(?:is|are|was|'s) (?:[a-z']+ ){0,4}?paying off\b(?! (?:a|an|the|his|her|their|debts?|arrears|loans?)\b)"
    r"|\b(?:has|have) (?:really |clearly )?paid off\b(?! (?:a|an|the|his|her|their|debts?|arrears|loans?)\b)"
    r"|\b(?:is|are) (?:already |now |clearly )?showing (?:up )?in (?:[a-z]+'s|his|her|their)\b"
)

_PAID_T = frozenset(("right", "paying", "paid", "showing"))

_EFFECT_T = frozenset(("effect", "doing", "result", "impact", "product", "down"))

_THAT_T = frozenset(("that", "this", "which", "it"))

_WHAT_VERB_T = frozenset(("moved", "changed", "shifted", "turned", "made", "did"))

# "That is the plan's effect", "this is down to the nursery's lunchtime work", "the support
# worker's visits are what moved it": a change told before, put down to the work
_WORK_EFFECT = re.compile(
    r"\b(?:that|this|which|it)(?:'s| is| was) (?:all |largely |mainly |partly |clearly |directly )?"
    r"(?:(?:the|a) (?:[a-z]+'s |[a-z-]+ ){0,3}?(?:effect|doing|impact)|(?:the |a )?(?:direct |clear |real )?"
    r"(?:effect|result|impact|product) of|down to)\b"
    r"|\b(?:is|are|was|were) what (?:moved|changed|shifted|turned|made the difference|did it|has made|made)\b"
    # "the 94% and the quiet are partly down to those visits"
    r"|\b(?:is|are|was|were|and) (?:all |largely |mainly |partly |mostly |clearly |directly )?down to\b"
)


# "Since the PA started going with her, Courtney has attended every one", "Since OT fitted a
# lock, there have been no further injuries": a change in the child dated from a step of the
# work, told in a "since" clause that opens the sentence. The step must be the work (a service,
# a professional, an arrangement, something the child started), not only a time ("since the
# summer") or the family's own event ("since grandad died", "since mum's boyfriend moved in").
_SINCE_OPENINGS = ("since ", "and since ", "but since ")

# where the main clause starts when no comma ends the "since" clause: "... spoke to him he agreed"
_SINCE_SUBJECT = re.compile(
    r" (?=(?:he|she|they|you)(?:'s|'ve| has| have| had| is| are| was| were| now| no| hasn't| haven't| gets| goes| sleeps|"
    r" doesn't| don't| does| do| can| can't| will| won't)\b|(?:he|she) (?!is\b|was\b|has\b|does\b)[a-z]{2,}s\b)"
)

# a name as the subject of what follows: "Ruby (15) has come home", "Ruby now sleeps"
_NAME_VERB = re.compile(
    r"(?: \(\d+\))?(?:'s|'ve| has| have| had| is| are| was| were| now| no| hasn't| haven't| gets| goes| sleeps|"
    r" doesn't| don't| does| do| can| can't| will| won't)\b"
)

# "since the new routine no rows reported at bedtime": what stopped opens the main clause
_SINCE_NONE = re.compile(
    r" (?=(?:no|fewer) (?:[a-z-]+ ){1,2}(?:reported|at|for|in|this|over|with|since)\b|there (?:has|have|had) been (?:no|fewer|less)\b"
    r"|(?:school|nursery|college|carers?|staff|mum|dad|nan|gran|foster carers?|hv|teacher) (?:say|says|report|reports|"
    r"log|logs|note|notes) (?:no|fewer) )"
)

_WORK_STEP = re.compile(
    r"\b(?:referral|plan|placement|placed|place|sessions?|support|worker|pa|sw|ot|staff|school|college|nursery|pru|"
    r"mentor\w*|advocate|keyworker|key worker|carers?|foster\w*|respite|breaks?|club|tutor\w*|therapy|therapist|camhs|"
    r"clinic|curfew|nurse|counsell?\w+|programme|course|contact|visits?|lock|mediation|mediator|meeting|taf|conference|timetable|routine|package|intervention|service|"
    r"group|help|helped|1:1|referred|assessment|provision|medication|arrangement|agreement|move|we(?! last)|work|"
    r"ehcp|pep|rehoused|rehousing|"
    r"moving|moved to|started|starting|began|begun|beginning|introduced|fitted|provided|joined|joining|increased|"
    r"reduced|changed|spoke|speaking|went|going|attending|living|staying|being|using|writing|doing)\b"
)

# what the family did, not the work: a death, a birth, an arrest, someone moving in or out
_FAMILY_EVENT = re.compile(
    r"\b(?:died|death|passed away|funeral|bereave\w*(?! (?:service|counsell\w*|support|work|group|charity|sessions?|therapy))|born|birth|arrested|sentenced|prison|released|relapsed|"
    r"split|separated|moved (?:in|out)|left (?:the home|home|the family)|came back)\b"
)

# a family member opening their own clause: "mum has cut", "dad is", "mum's stopped"
_FAMILY_VERB = re.compile(r"(?:'s| has| have| had| is| are| was| were| now| no longer| stopped| started| cut| "
                          r"moved| went| got| gets| goes| does| did| doesn't| didn't)\b")

_FAMILY = frozenset(
    "mum mums mummy mother dad dads daddy father parents parent stepdad stepmum stepfather stepmother partner "
    "boyfriend girlfriend gf bf nan nana gran granny grandma grandad grandpa grandparents grandmother "
    "grandfather aunt auntie uncle".split()
)

# "since the last review", "since her last visit": a time, not a step of the work
_AS_A_TIME = ("the last ", "last ", "the previous ", "the most recent ", "her last ", "his last ", "their last ")

_POSSESSIVES = frozenset(("his", "her", "their", "its", "your"))

_MAIN_NOTHING = re.compile(
    r"\b(?:not (?:been )?(?:seen|known|clear|spoken)|unclear|unknown|(?:has|have|had) been (?:seen|visited|allocated|"
    r"referred|assessed|offered|discussed|reviewed|closed|open))\b"
)

_NO_MORE = re.compile(r"^there (?:has|have|had) been (?:no|fewer|far fewer|less)\b|^(?:(?:school|nursery|college|carers?|"
                      r"staff|mum|dad|nan|gran|foster carers?|hv|teacher) (?:say|says|report|reports|log|logs|note|notes) )?"
                      r"(?:no|fewer) (?:further |more |new )?\w+")


def _since_the_work(note: Note, c, at: int = -1) -> bool:
    low = c.low
    head = (low.index("since ") if at < 0 else at) + 6
    cut = low.find(", ", head)
    if cut > 0 and "(" in low:
        op = low.find("(", head, cut)
        if op >= 0 and low.find(")", op, cut) < 0:
            # "since the visual routine (portage + sw, oct) mum's diary shows ...", "since the
            # adaptations (hoist, wet room) Aisha has ...": the comma is inside the brackets,
            # which close the step
            close = low.find(")", cut)
            if close > 0:
                cut = close + 1
    m = _SINCE_NONE.search(low, head + 4, cut if cut > 0 else len(low))
    if m is not None:
        cut = m.start()
    elif cut < 0 or cut > head + 160:
        m = _SINCE_SUBJECT.search(low, head + 4) or _name_subject(note, low, head + 4)
        if m is None:
            # "since the mediation call mum + Demi have met + Demi's gone back to college": no
            # comma to end the step, so the child's part is found after it
            step = _WORK_STEP.search(low, head, head + 60)
            if step is None or low.startswith(_AS_A_TIME, head) or _FAMILY_EVENT.search(low, head, head + 60):
                return False
            return _child_conjunct(note, c, step.end())
        cut = m.start()
    cause, main = low[head:cut], low[cut:]
    if cause.startswith(_AS_A_TIME) or not _WORK_STEP.search(cause) or _FAMILY_EVENT.search(cause):
        return False
    people = [m for m in _WORD.finditer(cause) if m.group(0) in note.kinds]
    if people and people[0].group(0) in _FAMILY and not _WORK_STEP.search(cause, people[0].end()):
        if not _WORK_STEP.search(cause, 0, people[0].start()):
            return False  # "since dad stopped visiting": the family's change, not a step of the work
        if _FAMILY_VERB.match(cause, people[0].end()):
            # "since the first visit mum has cut to three nights, and Ryan went back to football":
            # the step of the work ends where the family's own sentence starts
            cut = c.low.index(cause) + people[0].start()
            return _child_conjunct(note, c, c.low.find(", ", cut)) if ", " in low[cut:] else False
        # ("since the work with dad he doesn't": dad is who the work was with)
    if _MAIN_NOTHING.search(main) or _undone(main):
        return False
    return _since_main(note, c, cut, main, people) or _child_conjunct(note, c, cut)


class _At:
    """(a position, where _SINCE_SUBJECT would give a match)"""
    __slots__ = ("at",)

    def __init__(self, at: int):
        self.at = at

    def start(self) -> int:
        return self.at


# after the child's name (and age), a verb: "Ava (10 mths) sleeps", "Ty (16) has had"
_NAME_THEN_VERB = re.compile(r"(?: \([^()]{1,16}\))? (?:has|have|had|is|was|now|no longer|can|gets|goes|[a-z]{2,}s)\b")


def _name_subject(note: Note, low: str, at: int):
    """Where the child's name opens the main clause after a "since" clause with no comma."""
    if not note.names:
        return None
    for w in _WORD.finditer(low, at):
        if w.group(0) in note.names:
            if _NAME_THEN_VERB.match(low, w.end()):
                s = w.start()
                if low.startswith("baby ", max(0, s - 5)):
                    s -= 5
                return _At(s - 1)
            return None
    return None


def _since_main(note: Note, c, cut: int, main: str, people: list) -> bool:
    kinds = note.kinds
    words = list(_WORD.finditer(main))
    for i, m in enumerate(words):
        w = m.group(0)
        if w not in kinds:
            continue
        if w in _POSSESSIVES and i + 1 < len(words) and words[i + 1].group(0) in kinds:
            continue  # "her dad has gone": the one after is the subject
        if w in _POSSESSIVES and i + 1 < len(words):
            # "his weight has stabilised": the child's own thing, if the child is the one meant
            return subject_kind(note, c, cut + m.end()) == "c" and _has(_DOMAIN_F, c)
        who = subject_kind(note, c, cut + m.end())
        if who == "c":
            return True
        if kinds[w][0] == "p" and not (people and kinds[people[0].group(0)][0] == "a"):
            # "since the school moved his time and his uncle started collecting him, he ...": the
            # one the sentence is about, as before the "since" clause, unless an adult opens it
            return _Refs(*c.carried).feed("p", kinds[w][1]) == "c"
        j = i + 1
        while j < len(words) and words[j].group(0) in kinds and kinds[words[j].group(0)][0] == "a":
            j += 1  # "her foster carer says"
        if who != "a" or not _REPORTED.match(main, words[j - 1].end() + 1):
            return False
        # "his host says he gets up and goes out": an adult telling of the child's change
        for n in words[j:]:
            if n.group(0) in kinds:
                return subject_kind(note, c, cut + n.end()) == "c"
        return False
    # ("no rows reported this week" counts when the child is named with it: the rows are theirs)
    return bool(_NO_MORE.match(main.lstrip(", "))) and (
        _has(_DOMAIN_F, c) or (bool(note.names) and bool(_ROWS.search(main) or _CHILD_COUNTED.search(main)))
    )


_ROWS = re.compile(r"\b(?:rows|arguments|arguing|fights|fighting|shouting)\b")


def _quoted(low: str, at: int) -> bool:
    """Whether position `at` is inside quoted words ('...'), telling an opening or closing quote
    from an apostrophe ("mum's") by the letters on either side."""
    inside = False
    for i in range(at):
        if low[i] not in "'\u2018\u2019\"":
            continue
        before = low[i - 1].isalnum() if i else False
        after = low[i + 1].isalnum() if i + 1 < len(low) else False
        if after and not before:
            inside = True
        elif before and not after:
            inside = False
    return inside


_FOR_WHOM = re.compile(r" (?:for|to|in) (?:[a-z]+ ){0,2}?[a-z]+")


def _difference_for_child(note: Note, c, end: int) -> bool:
    """"the worker's modelling has made a real difference for him": an adult's work, the
    child's change, when the difference is said to be the child's; or told straight after a
    colon or dash ("the young carers referral has helped: he goes to the group")."""
    low = c.low
    if low.startswith((": ", " - ", " \u2013 "), end):
        at = _child_leads(note, c, end + 2, 20)
        return at >= 0 and _effect_told(note, c, at)
    if not low[end:].strip(" .") and low.endswith(("helped", "worked")):
        # "the worker's input has helped - he gets to school on time": the dash ended the clause
        i = note.clauses.index(c) + 1
        if i < len(note.clauses) and note.clauses[i].sidx == c.sidx:
            nxt = note.clauses[i]
            at = _child_leads(note, nxt, 0, 20)
            return at >= 0 and _effect_told(note, nxt, at)
        return False
    if not c.low.endswith(("difference", "difference in", "difference for", "difference to", "change in",
                           "change for", "change to"), 0, end):
        return False
    if c.low.endswith(("in", "for", "to"), 0, end):
        end = c.low.rindex(" ", 0, end)  # "a real change in Noah": the one it is in
    m = _FOR_WHOM.match(c.low, end)
    return m is not None and subject_kind(note, c, m.end()) == "c"


# "after ten weeks of physio", "after the sessions with the school nurse": the work, mid-sentence
_AFTER_THE_WORK = re.compile(
    r"after (?:the |her |his |their |a |an |our |your )?(?:(?:[a-z0-9]+ )?(?:weeks?|months?|sessions?|terms?) of (?:the |her |his )?)?"
    r"(?:[a-z-]+ ){0,2}?(?:work|sessions?|support|plan|visits?|programme|course|group|therapy|referral|input|help|"
    r"intervention|physio\w*|salt|portage|ot|hv|fsw|mentor\w*|tutor\w*|counsell\w*|camhs|clinic|respite|breaks|"
    r"club|placement|move|routine|timetable|nurse|worker)\b"
)


def _after_work_then(note: Note, c) -> bool:
    """The child's present, after the work, in a sentence that says how it was before: "Ryan (3)
    walks on his own after ten weeks of physio; he could not stand unaided in June"."""
    i = c.low.find(" after ")
    if not _AFTER_THE_WORK.match(c.low, i + 1):
        return False
    at = _child_leads(note, c, 0, i)
    if at < 0 or _TO_COME.search(c.low, 0, at + 12):
        return False
    part = c.low[at:i]
    if _MAIN_NOTHING.search(part) or _undone(part) or _STATUS.match(part) or _WAITING.search(part):
        return False
    sent = note.sentences[c.sidx].low
    return bool(_THEN.search(sent)) and not _UNSURE.search(sent)


def _for_child(note: Note, c, end: int) -> bool:
    """"nothing has changed for Joe": the one it is said of, straight after, is the child."""
    m = _FOR_WHOM.match(c.low, end)
    return m is not None and m.group(0).startswith(" for") and subject_kind(note, c, m.end()) == "c"


def _then_and_now(note: Note, c) -> float:
    """A clause that says how the child is now, in a sentence that (or after one that) says how
    things were before: the one who is now different must be the child."""
    if _undone(c.low) or _MAIN_NOTHING.search(c.low):
        return 0.0  # "he was not seen this term"
    sent = note.sentences[c.sidx]
    if not _THEN.search(sent.low) and not (c.sidx > 0 and _THEN.search(note.sentences[c.sidx - 1].low)):
        return _after_step_done(note, c)
    low = c.low
    kinds = note.kinds
    people = [m.end() for m in _WORD.finditer(low) if m.group(0) in kinds and m.group(0) not in _OBJECTS]
    if not people:
        # "her attendance was 62% at the ICPC and is 91% now": the child's own thing, then and now
        m = _OWNED.match(low)
        if m is None:
            # "attendance 64% in autumn term, 93% this term": a measure only a child's
            return 0.7 if _MEASURE_OPEN.match(low) else 0.0
        return 0.7 if subject_kind(note, c, m.end()) == "c" and _has(_DOMAIN_F, c) else 0.0
    now = -1
    for m in _WORD.finditer(low):
        if m.group(0) in _NOW_TOKS:
            now = m.start()
            break
    if now < 0:
        m = _THIS_SPAN.search(low)  # "last term: 8 times. This term she has gone missing once"
        if m is None:
            return 0.0
        now = m.start()
    who = subject_kind(note, c, now) if now >= 0 else ""
    if who == "c":
        return 0.7
    if who == "a":
        # "carers now say he unpacks": an adult telling of the child's change; the one they
        # tell of is the first named after what they say. "Mum has now done 8 sessions" is hers.
        told = _REPORTED.match(low, now + 4)
        if told is None:
            return 0.0
        after = [e for e in people if e > told.end()]
        return 0.7 if after and subject_kind(note, c, after[0]) == "c" else 0.0
    if low.startswith("now "):
        # "now she was dry, ran to her grandad": the one "now" opens on
        return 0.7 if subject_kind(note, c, people[0]) == "c" else 0.0
    return 0.7 if subject_kind(note, c, people[-1]) == "c" else 0.0


# ("because you now have a PA": the reason for a change told before it)
_BECAUSE = re.compile(r"\b(?:because|as|since|thanks to|now that)\b")

# ("... and the man has gone.": the new "gone" cue, when it is someone else's going, leaves
# the clause to the then-and-now reading as before)
_GONE = ("gone", "gone.", "disappeared", "disappeared.", "cleared up", "cleared up.")

_NOW_HAS_WORK = re.compile(
    r"now ha(?:s|ve) (?:got )?(?:a |an |the |her |his |their )?(?:new |named |allocated |consistent )?(?:pa|sw|social worker|"
    r"worker|mentor|plan|pathway plan|iro|advocate|keyworker|key worker|referral|appointment|tutor|therapist|"
    r"placement|place on|cin plan|cp plan|safety plan|ehcp|pep)\b"
)


# Said not to be known yet: "not yet clear whether the sessions have helped", "too soon to see
# any change for him", "we don't know if the move has made a difference": a question, not an impact
_UNSURE = re.compile(
    r"\b(?:(?:not|n't) (?:yet |really |fully )?(?:clear|known|sure|certain|know)|unclear|unknown|uncertain|"
    r"too (?:early|soon)|(?:know|clear|sure|see|tell|say|check|ask|asked|wonder|question) (?:yet )?(?:if|whether)|"
    r"whether)\b"
)

def _part_start(low: str, at: int) -> int:
    """Where the part of the clause holding `at` starts ("..., because the plan is not keeping
    him safer": a doubt before the comma is not about what follows)."""
    return max(0, low.rfind(", ", 0, at), low.rfind(" because ", 0, at), low.rfind(" but ", 0, at))


_UNSURE_T = frozenset("clear known sure certain know unclear unknown uncertain early soon whether".split())

# a hope, an aim, a step still to come: "should help her settle", "will mean fewer rows"
_TO_COME = re.compile(
    r"\b(?:will|would|should|shall|could|may|might|must|hope|hoped|hopefully|aim|aims|expect|expected|going to|"
    r"want|wants|need|needs|once|if|to)\W+(?:\w+\W+)?$"
)

# what the work is, or what it failed to do: a service, a professional, a step we took, a wait
_WORK_THING = re.compile(
    r"\b(?:visits?|visiting|visited|referrals?|referred|plan|placement|placed|sessions?|support|supported|worker|sw|pa|"
    r"ot|hv|fsw|fw|iro|interpreter|meeting|conference|core group|taxi|transport|mentor\w*|advocate|keyworker|"
    r"key worker|respite|breaks|club|tutor\w*|therapy|therapist|camhs|nurse|counsell\w*|programme|course|package|"
    r"intervention|service|group|assessment|provision|medication|arrangement|agreement|move|moving|housing|"
    r"direct work|work|we|our|us|i|you|your|wait|waiting|waited|delay\w*|drift|timetable|routine|school|college|nursery|"
    r"carers?|foster\w*|staying put|letter|rehoused|adaptation\w*|equipment|clinic|physio\w*|salt|ehcp|"
    r"paediatric\w*|hospital|appointments?|helped|team)\b"
)

# "X meant he ...", "has given her ...", "has cost him ...": the work's effect told as its consequence
_LINK = re.compile(
    r"\b(?:meant|means|(?:has|have|had) (?:given|cost|allowed|enabled)|gave|allowed|enabled|"
    r"made it possible for|as a result|thanks to|because of|because|(?:has|have|had) led to|led to|leads? to|"
    r"(?:has|have|had) resulted in|resulted in|results in|which (?:means|meant)|so now|so that now)\b"
)

_MEANT_T = frozenset("meant means given cost gave allowed enabled possible led leads resulted results".split())

_LINK_T = frozenset("meant means given cost gave allowed enabled possible led leads resulted results because result "
                    "thanks following after so".split())

# the words _OPENER can start with (a cheap test before the regex)
_OPENERS = tuple(p + o for p in ("", "and ", "but ", "so ") for o in ("because ", "as a result of ", "thanks to ",
                                                                   "following ", "after "))

_OPENER = re.compile(r"^(?:and |but |so )?(?:because (?:of )?|as a result of |thanks to |following |after )")

_SUBJECTS = frozenset("he she they".split())


def _child_leads(note: Note, c, at: int, reach: int = 40) -> int:
    """Where the words after `at` name the child as the one who acts (the first person named
    there, within `reach` characters); -1 when that is someone else or no one."""
    low = c.low
    for m in _WORD.finditer(low, at, min(len(low), at + reach)):
        w = m.group(0)
        if w not in note.kinds:
            continue
        if note.kinds[w][0] == "a" and _REPORTED.match(low, m.end() + 1):
            continue  # "school report Jayden is settled": the one they tell of
        if w in _OBJECTS and w not in ("her", "his", "their"):
            return -1
        if w in _POSSESSIVES:
            # "meant her attendance ...": the child's own thing
            return m.end() if subject_kind(note, c, m.end()) == "c" else -1
        return m.end() if subject_kind(note, c, m.end()) == "c" else -1
    return -1


def _effect_told(note: Note, c, start: int) -> bool:
    """What follows is a change or state of the child's told as fact: in its life (a domain
    word), not a hope, not unknown, not a task still undone."""
    rest = c.low[start:]
    if _MAIN_NOTHING.search(rest) or _undone(rest) or _STATUS.match(rest):
        return False
    return _has(_DOMAIN_F, c) or bool(_RESTORED.search(rest)) or bool(_THEN.search(rest))


# "is back at cubs", "goes swimming again": something of the child's restored
_RESTORED = re.compile(r"\b(?:back (?:at|to|in|into|on|with (?:her|his|their) friends)|again|no longer|any ?more|for the first time)\b")

# "has been open to CIN since the plan began": a status held, not a change
_STATUS = re.compile(
    r"\W*(?:\(\d+\)\W*)?(?:(?:has|have|had) (?:been|lived|stayed)|(?:has|have) always been) (?:on|open|subject|known|allocated|looked after|in care|placed|"
    r"under|with|at|living|the subject)\b"
)


def _work_meant(note: Note, c) -> bool:
    """"The quick visit meant he wasn't kept off nursery", "the move has given her stability",
    "as a result of the safety plan, she ...": the work, then what it meant for the child."""
    low = c.low
    m = _OPENER.match(low)
    if m is None and _MEANT_T.isdisjoint(c.toks) and not ("so" in c.toks and "so now" in low):
        return False  # ("because", "after" only open the clause here; most are reasons or times)
    # (a doubt in the sentence undoes it: tested last, as it reads the whole sentence)
    return _meant_for_child(note, c, m) and not _UNSURE.search(note.sentences[c.sidx].low)


def _meant_for_child(note: Note, c, m) -> bool:
    low = c.low
    if m is not None:
        cut = low.find(", ", m.end())
        sub = _SINCE_SUBJECT.search(low, m.end(), cut if cut > 0 else len(low))
        named = None
        if sub is None and "because" not in m.group(0):
            named = _name_subject(note, low, m.end())  # "after the sessions Zak (10) talks about ..."
        if named is not None and not 0 < cut < named.start():
            cut = named.start()
        elif sub is not None:
            cut = sub.start() - 1  # "after six mentor sessions he has left two of the chats"
        elif cut < 0 and note.names and "because" not in m.group(0):
            # "following the safety plan Ruby has come home by curfew": the child's name, then a verb,
            # starts the rest
            for w in _WORD.finditer(low, m.end()):
                if w.group(0) in note.names:
                    if _NAME_VERB.match(low, w.end()):
                        cut = w.start() - 1
                    break
        if cut < 0 or not _WORK_THING.search(low, m.end(), cut):
            return False
        cause_people = [w for w in _WORD.findall(low[m.end():cut]) if w in _FAMILY]
        if cause_people and not _WORK_THING.search(low[m.end():cut].split(cause_people[0], 1)[1]):
            return False  # "because mum drank": the family's doing, not the work
        at = _child_leads(note, c, cut + (2 if low.startswith(", ", cut) else 1))
        if at < 0 or _TO_COME.search(low, 0, at + 12):
            return False
        if m.group(0).rstrip().endswith(("after", "following")) and not _PERFECT.search(low, at) and not _THEN.search(low, at):
            return False  # "after the visit he went to bed": a sequence, not a change
        return _effect_told(note, c, at)
    for m in _LINK.finditer(low):
        w = m.group(0)
        if w.startswith(("because", "as a", "thanks")):
            continue  # only as openers (above): mid-clause "because" is a reason, read by reflection
        before = low[: m.start()]
        if _TO_COME.search(before) or not _WORK_THING.search(before):
            continue
        at = _child_leads(note, c, m.end(), 20)
        if at >= 0 and _effect_told(note, c, at):
            return True
    return False


_PERFECT = re.compile(r"\b(?:has|have|hasn't|haven't|is now|are now|now|no longer|since)\b")

# "71% -> 96%", "3 -> 0 missing episodes"
_FIGURES_TO = re.compile(r"(?:\d(?:st|nd|rd|th)?\s*%?|\b(?:daily|nightly|weekly|every (?:day|night|week)|most (?:days|nights)|"
                         r"constant(?:ly)?|all the time|never))(?: ?[a-z]+){0,3}(?:\s*\([^()]{1,20}\))?\s*(?:-+>|\u2192|=>)\s*"
                         r"(?:\d|none\b|nil\b|zero\b|once\b|twice\b|rarely\b|never\b|weekly\b|monthly\b|occasional)")

# "self-harm \u2193 since CAMHS", "exclusions \u2193 to 0", "attendance \u2191 from 70 to 94%": a thing of
# the child's life with an arrow for up or down, and what shows it (a figure, or the work it follows)
_ARROW_UPDOWN = re.compile(r"([a-z][a-z' -]{0,40}?)\s*[\u2191\u2193]+")

_ARROW_SHOWN = re.compile(r"\d|\b(?:none|nil|zero|since|after|following|post|thanks to|no)\b")


def _arrow_change(note: Note, c) -> bool:
    for m in _ARROW_UPDOWN.finditer(c.low):
        thing = m.group(1)
        lo = max(thing.rfind(", "), thing.rfind(": "), thing.rfind("; "))
        lo = m.start(1) + (lo + 1 if lo >= 0 else 0)
        thing = c.low[lo:m.end(1)]
        if not (_DOMAIN.search(thing) or _CHILD_COUNTED.search(thing) or _MEASURE.search(thing)):
            continue
        if _owner_of(note, c, lo, m.end(1)) == "a" or (c.first == "a" and not c.has_child and not c.first_passing and not (
            _REPORTED.search(c.low, 0, m.start()) or 0 < c.low.find(": ", 0, m.start()) < 28
        )):
            continue  # "mum's drinking \u2193", "Dad: anger \u2193": theirs
        rest = c.low[m.end():]
        if _UNSURE.search(c.low) or _TO_COME.search(c.low, 0, m.start() + 1) or _HOPED.search(c.low):
            continue
        if _ARROW_SHOWN.search(rest):
            return True
    return False



def _figures_then_now(note: Note, c) -> bool:
    """"Attendance 68% -> 94%", "bedwetting 5 nights a week -> 1", "HV weights 10th -> 25th centile":
    before and after in figures, of the child (named, or a measure that is only ever a child's
    told before the figures with no one else named there)."""
    m = _FIGURES_TO.search(c.low)
    if m is None:
        return False
    if c.has_child:
        return True
    head = c.low[: m.start()]
    if _MEASURE.search(c.low):
        # ("HV weights 10th -> 25th centile": a professional measuring the child; not the family's own)
        return not c.has_adult or c.first_passing or not any(
            w in note.kinds and (w in _FAMILY or w in _OBJECTS) for w in _WORD.findall(head[head.rfind(": ") + 1:])
        )
    return (_DOMAIN.search(head) or _CHILD_COUNTED.search(head)) is not None and not any(w in note.kinds for w in _WORD.findall(head))

# a measure that is only ever a child's, when no one is named with it: "Attendance: 72% -> 94%"
_MEASURE = re.compile(r"\b(?:attendance|weights?|centiles?|gcp2?|sdq|speech|words|exclusions|missing episodes|"
                      r"a&e|admissions|readmi\w*|seizures|restraints|meltdowns|outbursts)\b")

# where a "since" clause ends inside a sentence: "..., she", "... and Tomas is back"
_SINCE_END = re.compile(r", |; | and | but | - ")


# a bullet that goes on from the child named above it: "- goes to school clean since the FSW's work"
_VERB_OPENS = ("goes ", "gets ", "sleeps ", "sleeping ", "eats ", "eating ", "attends ", "attending ", "comes ", "talks ",
               "plays ", "uses ", "settled ", "calmer ", "happier ", "going ", "getting ", "back ", "now ")


def _since_later(note: Note, c, implied: bool = False) -> bool:
    """"Jayden is settled in class since the 1:1 support started", "Dad has cut down since the
    first visit and Tomas is back at cubs": a "since" clause inside the sentence, the child's
    change told before it or after it."""
    i = c.low.find(" since ")
    return i >= 0 and _since_in_sentence(note, c, i, implied) and not _UNSURE.search(note.sentences[c.sidx].low)


def _now_that(note: Note, c) -> bool:
    """"Ellie is eating breakfast now that mum gets up with her after the FSW's routine work": the
    child's change, then the work that brought it (as a "since" clause inside the sentence)."""
    i = c.low.find(" now that ")
    return i > 0 and _since_in_sentence(note, c, i, width=10) and not _UNSURE.search(note.sentences[c.sidx].low)


def _since_in_sentence(note: Note, c, i: int, implied: bool = False, width: int = 7) -> bool:
    low = c.low
    if low.endswith((":", ",", " -", ";", " that"), 0, i):
        # "Mia (7): since the OT fitted rails she ...": it opens its part
        return width == 7 and _since_the_work(note, c, i + 1)
    head = i + width
    m = _SINCE_END.search(low, head)
    cause = low[head: m.start() if m else len(low)]
    if cause.startswith(_AS_A_TIME) or not _WORK_STEP.search(cause) or _FAMILY_EVENT.search(cause):
        return False
    if _TIME_START.match(cause):
        return False  # "on the waiting list since January following referral": a date, not the work
    people = [w for w in _WORD.findall(cause) if w in note.kinds and w not in _POSSESSIVES]
    if people and people[0] in _FAMILY and not _AFTER_WORK.search(cause):
        # "since dad moved out", "since his mum moved to Birmingham"; not "now that mum gets up
        # with her after the FSW's routine work", where the family's change came from the work
        return False
    # the child's change before "since": the one the clause part is about
    lo = max(low.rfind(", ", 0, i), low.rfind(": ", 0, i), low.rfind(" and ", 0, i))
    lo = 0 if lo < 0 else lo + 2
    at = _child_leads(note, c, lo, i - lo)
    if at < 0 and lo > 0:
        lo = max(0, low.rfind(", ", 0, i) + 2, low.rfind(": ", 0, i) + 2)  # "Jayden is settled and concentrating"
        at = _child_leads(note, c, lo, i - lo)
    if at < 0 and implied and not _FINITE.search(low, lo, i) and not _TIME_BEFORE.search(low, lo, i) and not any(
        w in note.kinds for w in _WORD.findall(low, lo, i)
    ):
        at = lo  # "Cal (7) - settled since respite started": the child named before, left out here
    if at >= 0 and at < i and not _TO_COME.search(low, 0, at + 12):
        part = low[at:i]
        if not (_MAIN_NOTHING.search(part) or _undone(part) or _STATUS.match(part) or _WAITING.search(part)) and (
            _DOMAIN.search(part) or _RESTORED.search(part) or _CHANGED.search(part) or _COMPARED.search(low, i)
            or _PCT.search(part)  # "he's 96% since the FSW mornings started"
        ):
            return True
    if m is not None:
        lead = at
        at = _child_leads(note, c, m.end(), 40)
        if at >= 0 and not _TO_COME.search(low, 0, at + 12):
            return _effect_told(note, c, at)
        if lead >= 0 and m.group(0) == " and " and not _person_ahead(note, low, m.end()):
            # "Ethan is in full time since the EHCP review and has had no exclusions": the same one
            return _effect_told(note, c, m.end())
    return False


def _person_ahead(note: Note, low: str, at: int) -> bool:
    """Whether someone is named in the next few words (a new subject)."""
    for n, w in enumerate(_WORD.finditer(low, at)):
        if n > 3:
            return False
        if w.group(0) in note.kinds:
            return True
    return False


# "little has changed since ...": a subject of its own; "four months since the order": a time
_FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were)\b")

_TIME_BEFORE = re.compile(r"\b(?:days|weeks|months|years|time|long)$")

_TIME_START = re.compile(
    r"(?:\d|(?:early |late |mid[- ]?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|then\b|birth\b|"
    r"(?:the )?(?:summer|spring|autumn|winter|christmas|easter|half[- ]term|new year)\b)"
)

# "on the CAMHS waiting list", "living with his friend's family": where the child is, not a change
_WAITING = re.compile(r"\b(?:waiting list|wait list|on a list|living with|lives with|lived with|open to|known to)\b")

# "..., against four nights out a week before": the child's present set against a figure before
_COMPARED = re.compile(r"\b(?:against (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|none|nothing|daily|weekly)|"
                       r"compared (?:with|to)|from (?:\d+|daily|weekly|nightly|every) [a-z0-9 ]{0,20}to (?:\d+|none|once|one|twice|nothing))\b")

_PCT = re.compile(r"\d ?%")

_CHANGED = re.compile(r"\b(?:different|changed|settled|calmer|happier|better|more|less|fewer)\b")

# the child's own words about a change, asked what is different or told with "any more"
_ASKED_CHANGE = re.compile(r"\b(?:different|changed|change|better|since|compared)\b")

_QUOTE_NOW = re.compile(r"\b(?:now|any ?more|no longer|these days|used to)\b")

_WISH = re.compile(r"\b(?:want|wants|wanna|'d like|would like|(?<!of )(?<!about )going|gonna|let|make|wish|can i|can we|please)\b")

_IMMEDIATE = re.compile(r"\b(?:right|just|go|leave|come|stop|it|me|up|out|off|please|not)\W+now\b|\bnow\W*(?:!|please)")

_QUOTE_BETTER = re.compile(r"\b(?:calm|calmer|better|safe|safer|happy|happier|quiet|quieter|easier|nicer|good|can|"
                           r"no more|not|like|likes|love|loves|enjoy|enjoys|stopped)\b")

_SAYS = re.compile(r"\b(?:said|says|told|tells|telling|described|wrote|write|writes)\b")


def _own_account(note: Note, c) -> bool:
    low = c.low
    q = min([x for x in (low.find(" '"), low.find(' "'), low.find(": '")) if x >= 0], default=-1)
    if q < 0:
        return False
    said = None
    for said in _SAYS.finditer(low, 0, q + 1):
        pass
    if said is None or subject_kind(note, c, said.start()) != "c":
        return False
    quote = low[q:]
    m = _QUOTE_NOW.search(quote)
    if m is None or _WISH.search(quote, 0, m.start()):
        return False  # "I don't want to see dad any more": a wish, not a change
    if m.group(0) == "now" and _IMMEDIATE.search(quote, 0, m.end() + 2):
        return False  # "I want to go home now", "stop it now!": this moment, not a change
    # asked what is different, or told beside the work: not any saying with "now" in it
    # ("she told nursery 'daddy sleeps in the car now'" is her world, not the work's effect)
    if _ASKED_CHANGE.search(low, 0, q) or _TROUBLE_LINK.search(note.sentences[c.sidx].low) or _QUOTE_BETTER.search(quote):
        return True  # ("home is calm now, I can bring friends back": the better, in her words)
    return c.sidx > 0 and _ASKED_CHANGE.search(note.sentences[c.sidx - 1].low) is not None


# the parts of a main clause: "mum + Demi have met for a coffee + Demi's gone back to college"
_CONJUNCTS = re.compile(r", (?:and |but |so )?| and | \+ | & |; ")


def _child_conjunct(note: Note, c, cut: int) -> bool:
    """A part of the main clause after `cut` that the child leads, telling a change or state of
    the child's life ("... and Isla was in school", "+ Demi's gone back to college")."""
    if cut < 0:
        return False
    low = c.low
    for m in _CONJUNCTS.finditer(low, cut):
        at = _child_leads(note, c, m.end(), 16)
        if at < 0 or _TO_COME.search(low, 0, at + 12):
            continue
        nxt = _CONJUNCTS.search(low, m.end())
        part = low[at: nxt.start() if nxt else len(low)]
        if _MAIN_NOTHING.search(part) or _undone(part) or _STATUS.match(part) or _WAITING.search(part):
            continue
        if _DOMAIN.search(part) or _RESTORED.search(part) or _CHANGED.search(part):
            return True
    return False


# "the PA's visits have kept Shay out of custody", "Staying Put has let Amina finish her first
# year", "the mentor has got him back into school", "the safety plan has stopped her going to the
# flat": the work as the one that acts, the child as the one it acts on, and what it did for the
# child after. Told in the perfect or the present ("has kept", "gets him"): a one-off past ("got
# him to the meeting") is a task. The family as the one acting is not the work.
_WANTED = re.compile(r"\b(?:need|needs|needed|want|wants|hope|hoping|aim|aims|will|would|should|could|must|so that|"
                     r"in order)\b")

_CAUSED_T = frozenset("kept keeps keeping let lets got gets stopped stops brought brings".split())

_CAUSED = re.compile(
    r"\b(?:(?:has|have|had|'s|'ve)(?: not|n't)? (?:really |now |also |already |since )?(kept|let|got|stopped|brought)"
    r"|(keeps|keeping|lets|gets|stops|brings)|(kept))\b"
)

_CAUSED_AFTER = {
    "kept": r"out of|safe|safer|away from|off (?:the streets|drugs|cannabis|the radar)|in (?:school|education|college|"
            r"placement|work|training|his|her|their)|at (?:school|college|nursery)|going|attending|engaged|on track|from",
    "let": r"finish|stay|go back|return|keep|sleep|start|join|see|spend|enjoy|settle|stop|be (?:a|at|in|with|herself|himself)",
    "got": r"back|into|in (?:on time|to|at)|up (?:on time|in time|for)|to (?:school|college|nursery|bed|sleep|class|lessons|work)|"
           r"through|out of|going|sleeping|eating|talking",
    "stopped": r"(?:from )?[a-z]+ing\b",
    "brought": r"back|on|out of",
}
_CAUSED_AFTER = {k: re.compile(r"\W*(?:\(\d+\)\W*)?(?:" + v + r")\b") for k, v in _CAUSED_AFTER.items()}
for _k, _v in (("keeps", "kept"), ("keeping", "kept"), ("lets", "let"), ("gets", "got"), ("stops", "stopped"),
               ("brings", "brought")):
    _CAUSED_AFTER[_k] = _CAUSED_AFTER[_v]


def _work_caused(note: Note, c) -> bool:
    low = c.low
    kinds = note.kinds
    for v in _CAUSED_T.intersection(c.toks):
        # (cheap first: someone is named straight after the verb somewhere)
        i = low.find(v + " ")
        while i >= 0:
            w = _WORD.match(low, i + len(v) + 1)
            if w is not None and w.group(0) in kinds:
                break
            i = low.find(v + " ", i + 1)
        if i >= 0:
            break
    else:
        return False
    for m in _CAUSED.finditer(low):
        w = _WORD.search(low, m.end())
        if w is None or w.group(0) not in note.kinds:
            continue  # (the one it acts on comes straight after)
        verb = m.group(m.lastindex)
        # the one that acts is in the same part of the clause, before the verb
        lo = max(low.rfind(", ", 0, m.start()), low.rfind(" & ", 0, m.start()), low.rfind(" and ", 0, m.start()),
                 low.rfind(" - ", 0, m.start()), low.rfind(": ", 0, m.start()))
        before = low[max(lo, 0): m.start()]
        if not _WORK_THING.search(before) or _TO_COME.search(before) or _WANTED.search(before):
            continue  # (not "we need a plan that gets him back into college": a plan wished for)
        named = [w for w in _WORD.findall(before) if w in note.kinds]
        if named and named[0] in _FAMILY:
            continue  # "mum has kept him off school": the family's doing
        if subject_kind(note, c, m.start()) == "c":
            continue  # "Tia has taken on keeping herself safe": the child's own doing (lived experience)
        if subject_kind(note, c, w.end()) != "c":
            continue  # (the one it acts on must be the child)
        rest = low[w.end():]
        if not _CAUSED_AFTER[verb].match(rest) or _MAIN_NOTHING.search(rest) or _undone(rest):
            continue
        if verb == "got" and re.match(r"\W*(?:\(\d+\)\W*)?(?:a|an|the|his|her|their)\b", rest):
            continue  # "has got Kofi a college place": a task done for him
        return not _UNSURE.search(low)
    return False


# "despite the course, she is still ...", "three months of CIN and Toby is still not talking",
# "Mia is still left alone despite the parenting course": the work named, and the child's life
# unchanged (or changed) in spite of it
_DESPITE_T = frozenset("despite spite even weeks months years sessions terms visits".split())

# (one look at the clause's words for all the readings below: most clauses have none of them)
_MORE_T = _CAUSED_T | _DESPITE_T | _PAID_T | _EFFECT_T | {"what"}

_DESPITE = re.compile(r"\b(?:despite|in spite of|even with|even after)\b")

# "three months of CIN and ...": a span of the work opening the clause
_LEAD_SPAN = re.compile(r"(?:and |but )?(?:after |with )?(?:[a-z0-9]+ ){0,2}(?:weeks|months|years|sessions|terms|"
                        r"half[- ]terms|visits) (?:of|on|into|in) ")

_STILL = re.compile(r"\b(?:still|continues?|continuing|again|(?:once|twice|\d+ times|[a-z]+ times) more|no (?:better|different|change)|worse|more than (?:before|ever|"
                    r"she|he|they|in|at|last))\b")

_NOT_STILL = re.compile(r"\bstill (?:on (?:a|the|an)|open|subject|known|allocated|waiting|awaiting|with|living|lives|"
                        r"to be|needs?|requires?|has (?:a|an|the) (?:pa|sw|plan|worker))\b")

_CIN_PLAN = re.compile(r"\b(?:cin|cp|lac|cla|early help|eh|ehcp|pep|safety plan|child protection|child in need)\b")


def _despite_the_work(note: Note, c) -> bool:
    low = c.low
    d = _LEAD_SPAN.match(low)
    if d is None:
        if "despite" not in c.toks and "spite" not in c.toks and "even" not in c.toks:
            return False
        d = _DESPITE.search(low)
        if d is None:
            return False
    head = d.end()
    # where the work named ends: at a comma or dash, at "and", or where the child is named
    ends = [x for x in (low.find(", ", head), low.find(" - ", head), low.find(" and ", head)) if x > 0]
    cut = min(ends) if ends else len(low)
    for w in _WORD.finditer(low, head, cut):
        if w.group(0) in note.kinds and note.kinds[w.group(0)][0] == "c":
            cut = w.start() - 1
            break
    cause = low[head:cut]
    if not (_WORK_THING.search(cause) or _CIN_PLAN.search(cause)) or _TO_COME.search(low, 0, d.start() + 1):
        return False
    named = [w for w in _WORD.findall(cause) if w in note.kinds]
    if named and named[0] in _FAMILY and not _WORK_THING.search(cause.split(named[0], 1)[1]):
        return False  # "despite mum's drinking": the family's doing, not the work
    if d.start() > 2 and low[: d.start()].strip():
        at = _child_leads(note, c, 0, 40)  # "Mia is still left alone despite the course"
        part = low[max(at, 0): d.start()]
    else:
        at = _child_leads(note, c, cut, 40)
        part = low[max(at, 0):]
    if at < 0 or _NOT_STILL.search(part) or _STATUS.match(part) or _WAITING.search(part) or _UNSURE.search(low):
        return False
    return bool(_STILL.search(part)) or _effect_told(note, c, at)


# A question about the child's change, then its answer: "What difference has the plan made for
# Ava? She is in school every day now", "Has anything changed for Jade? Not really - she is still
# caring for her brothers every night"
_ASKS_CHANGE = re.compile(r"\b(?:difference|changed?|working|helped|helping|impact|better|worse|improv\w*|different|progress|"
                          r"given|added|achieved|brought|effect|outcome|gained)\b")


# the adult in a phrase of place or company, not the one who changed: "with the foster carers 10 wks now, no missing"
_WITH_ADULT = re.compile(r"(?:now )?(?:with|w/|living with|placed with|at) (?:the |her |his |their |a |an )?(?:new |foster |kinship )?"
                         r"(?:carers?|foster carers?|nan|gran|aunt|auntie|uncle|grandparents|family|host)\b")

_SEEN_SINCE = re.compile(r" (?:that |this |it |him |her |them )?since\b")


# a child's new trouble told as news: a good thing stopped, a worrying thing started
_TROUBLE_NEWS = re.compile(
    # (only a good thing stopped: "stopped going to the station at night" is the child's change)
    r"(?:(?:has|have|had|'s) )?stopped (?:(?:going to|attending) (?:(?:her|his|their|the|a) )?"
    r"(?:school|college|nursery|class|lessons|club|football|netball|swimming|dance|cadets|scouts|brownies|cubs|church|mosque|"
    r"gym|training|practice|youth club|after.school|breakfast club|her (?:friends|nan)|his (?:friends|nan))|eating|speaking|talking|seeing (?:her|his|their) (?:friends|mates)|"
    r"changing for|putting (?:her|his) hand|doing (?:her|his) homework|playing|answering|coming (?:to|down|out of)|leaving the house|"
    r"taking (?:her|his) (?:meds|medication|tablets))"
    r"|(?:has|have|had|'s) lost (?:weight|(?:her|his|their) (?:job|place|tenancy|college place))"
    r"|(?:has|have|had|'s) started (?:hiding|hitting|biting|kicking|refusing|taking food|stealing|wetting|soiling|self-harming|"
    r"cutting|smoking|drinking|going missing|staying out|running off|truanting|swearing|screaming|hurting|missing school|"
    r"pulling|scratching|headbutting|banging|hoarding)"
)
# (the same told with the work, or a time it follows, is the work's failure: "since the plan she has stopped ...")
_TROUBLE_LINK = re.compile(
    r"\b(?:since|despite|even (?:with|after)|plan|intervention|sessions?|programme|therapy|camhs|mentor\w*|support|"
    r"referral|the work|our work|input|visits|placement|the move|moved|contact)\b"
)

# the case's or the work's own state before "is now": "the case is now at week 29", "there is now a marker"
_THING_NOW = re.compile(
    r"(?:\bthere|\b(?:the|a|an|this|that|our) (?:[a-z-]+ ){0,2}(?:case|lack|marker|risks?|plan|assessment|concerns?|worry|"
    r"worries|issue|referral|matter|timetable|situation|proceedings|application|order|threats?|court|file|flag|alert|"
    r"investigation|enquiry|strategy|review|meeting|hearing)(?: of [a-z-]+)?) $"
)

_FIRST_AT_MEETING = re.compile(
    r"\b(?:came|come|comes|attended|attends|joined|was|were|been) (?:to |in |at |into )?"
    r"(?:the |her |his |their |a |an )?(?:[a-z-]+ )?(?:review|meeting|conference|core group|panel|tac|taf|cgm|icpc|rcpc|"
    r"fgc)s?(?: [a-z-]+){0,3} $"
)

_WORRY_HEAD = re.compile(r"worr|concern|danger|\bharm|\brisks?\b")
_WORRY_Q = re.compile(r"\bwhat (?:are|is|am) (?:we|i|you|they|people|the family) (?:\w+ )?(?:worried|concerned) about\??$")


def _worry_lines(note: Note) -> set[int]:
    """The sentences told as the worry: under a worry heading, or after "What are we worried about?"."""
    got: set[int] = set()
    head = False
    asked = False
    for i, x in enumerate(note.sentences):
        if x.heading:
            head = x.section == "risk" and _WORRY_HEAD.search(x.heading.lower()) is not None
            asked = False
        elif x.section != "risk":
            head = False
        if x.low.endswith("?"):
            asked = _WORRY_Q.search(x.low) is not None
            continue
        if head or asked:
            got.add(i)
    return got


def _worry_with_work(note: Note, c) -> bool:
    """A worry that tells the work or a time before is the work's failure, not only the trouble."""
    low = note.sentences[c.sidx].low
    return _WORK_THING_F.search(low) is not None or _THEN.search(low) is not None


# "What's working well?" (Signs of Safety) asks for strengths now, not for what the work changed
_STRENGTHS_Q = re.compile(r"(?:^|\b)(?:what(?:'s| is| are)|what things are) working well\??$")
# (a strength answers about change only with a time before or a change word in it)
_STRENGTH_CHANGE = re.compile(r"\b(?:since|from|no longer|any ?more|instead|gain\w*|better|improv\w*|more|less|fewer|"
                              r"stopped|started|began|begun|first time)\b")


def _answers_to_change(note: Note) -> set[int]:
    got: set[int] = set()
    sents = note.sentences
    for i, x in enumerate(sents):
        if x.low.endswith("?") and _ASKS_CHANGE.search(x.low):
            strengths = "working well" in x.low and _STRENGTHS_Q.search(x.low) is not None
            for j in range(i + 1, min(i + 4, len(sents))):
                if sents[j].low.endswith("?"):
                    break
                if strengths and not (_STRENGTH_CHANGE.search(sents[j].low) or _THEN.search(sents[j].low)):
                    continue  # a strength now ("his nan lives nearby"), with no time before it
                got.add(j)
    return got


def _answers_change(note: Note, c, at0: int = 0) -> bool:
    """(`c` follows a question about the child's change: see `after_q` in detect_impact; or holds
    it, the answer from `at0`)"""
    if not c.has_child or _UNSURE.search(c.low, at0):
        return False
    m = _MAIN_NOTHING.search(c.low, at0)
    if m is not None and not _SEEN_SINCE.match(c.low, m.end()):
        return False  # (not "which she had not seen since year 7": a time before)
    at = _child_leads(note, c, at0, 40)
    if at < 0 or _TO_COME.search(c.low, 0, at + 12):
        return False
    part = c.low[at:]
    if _NOT_STILL.search(part) or _STATUS.match(part) or _WAITING.search(part) or _undone(part):
        return False
    return bool(_STILL.search(part) or _NOW_CONTRAST.search(part) or _THEN.search(note.sentences[c.sidx].low, at0)) or (
        _effect_told(note, c, at))


def _work_effect(c) -> bool:
    """"That is the plan's effect (the nursery's lunchtime work)": what is named as the cause is the work."""
    m = _WORK_EFFECT.search(c.low)
    if m is None:
        return False
    if m.group(0).endswith(("moved", "changed", "shifted", "turned", "difference", "did it", "made")):
        cause = c.low[: m.start()]
    else:
        cause = c.low[m.end():]
        if m.group(0).endswith("down to") and _WHOSE_TASK.match(cause):
            return False  # "it's down to the school to decide": a task, not a cause
    w = _WORK_THING.search(cause)
    return w is not None and w.group(0) not in ("we", "our", "us", "i", "you", "your", "helped", "move", "moving") and not _FAMILY_FIRST.match(cause)


_WHOSE_TASK = re.compile(r"(?:\s*[\w']+){1,4} to [a-z]")

_FAMILY_FIRST = re.compile(r"\W*(?:the )?(?:mum|dad|mother|father|parents?|mum's|dad's|parents')\b")


# a hope, an aim, a purpose before the cue in its part of the clause: "this should help him feel
# safer", "the aim is that she will sleep better" ("would never have done before" is a cue of its own)
_HOPED = re.compile(
    r"\b(?:(?:will|would|should|shall|might)(?! (?:never|not|have|often|always|usually|sometimes)\b)|hope[sd]?|hoping|"
    r"hopefully|aims?|aimed|aiming|intend\w*|expects?|expecting|meant to|in order to)\b"
)

# a family member's own thing, just before the change: "mum's health improving", "dad's drinking has reduced"
_FAMILY_OWNS = re.compile(r"\b(?:mum|mums|mummy|dad|dads|daddy|mother|father|parents?|partner|stepdad|stepmum|boyfriend|"
                          r"girlfriend|nan|gran|grandad)(?:'s|s'|') (?:[a-z-]+ ){0,2}(?:has |have |is |are |was |were |had )?"
                          r"(?:been |really |much |also |not |now )?$"
                          # "dad now attends", "mum has stopped": the family member is the one who changed
                          r"|\b(?:mum|mummy|dad|daddy|mother|father|parents?|partner|stepdad|stepmum|boyfriend|girlfriend|nan|"
                          r"gran|grandad) (?:has |have |is |are |was |had |now |also |still |really |finally )*$")

_FAMILY_T = frozenset("mum mums mummy dad dads daddy mother father parent parents partner stepdad stepmum boyfriend "
                       "girlfriend nan gran grandad".split())

_HEAD_HOPE = re.compile(r"\b(?:expected|intended|desired|hoped|hope|hopes|target|targets|aims?|sought|planned|wanted|wish(?:es)?)\b")

_HOPED_T = frozenset(
    "will would should shall might hope hopes hoped hoping hopefully aim aims aimed aiming intend intends intended "
    "intending expect expects expecting meant order".split()
)


def _hope_part(low: str, at: int) -> int:
    """Where the part holding `at` starts, for a hope ("we hope this lasts: she is calmer")."""
    return max(0, low.rfind(", ", 0, at), low.rfind(": ", 0, at), low.rfind(" - ", 0, at), low.rfind(" but ", 0, at),
               low.rfind(" because ", 0, at))


# "I can see the direct work has helped Jayden: he names his worries now": the work as the one
# that helped, after the one who judges it, and the child's change told after the child
_JUDGED_WORK = re.compile(
    r"\b(?:see|saw|seen|think|thinks|thought|feel|feels|felt|believe|believes|know|knows|agree|agrees|agreed|notes?|"
    r"noted|clear|evident|obvious|says?|said)(?: that)? (?:the |her |his |their |this |your |our |all )?(?:[a-z'-]+ ){0,3}?"
    r"(?:work|sessions?|support|plan|visits?|group|programme|course|therapy|mentor\w*|placement|referral|package|"
    r"routine|input|breaks|respite|intervention|worker|school|nursery|carers?) $"
)

_NOW_CONTRAST = re.compile(r"\b(?:now|no longer|any ?more|instead of|rather than|these days)\b")


def _judged_work_helped(note: Note, c, start: int, end: int) -> bool:
    low = c.low
    if not c.low.endswith(("helped", "worked"), 0, end) or not _JUDGED_WORK.search(low, max(0, start - 80), start):
        return False
    at = _child_leads(note, c, end, 12)
    if at < 0 or _UNSURE.search(low):
        return False
    m = re.compile(r"\W*(?:\(\d+\)\W*)?(?::|-)\s*").match(low, at)
    if m is not None:
        nxt = _child_leads(note, c, m.end(), 16)
        return nxt >= 0 and (_effect_told(note, c, nxt) or bool(_NOW_CONTRAST.search(low, nxt)))
    return _effect_told(note, c, at)


# the work done, as a head, then the child now: "sleep clinic seen: Joel sleeps in his own bed
# most nights now", "OT rails fitted - she gets to the toilet herself now"
_STEP_HEAD = re.compile(
    r"[^:;]{0,60}?\b(?:seen|done|fitted|in place|started|set up|arranged|delivered|completed|agreed|put in|given|"
    r"happened|held|finished|ended)\s*(?::| -| \u2013)\s*"
)


def _after_step_done(note: Note, c) -> float:
    h = _STEP_HEAD.match(c.low)
    if h is None or not _WORK_THING.search(c.low, 0, h.end()):
        return 0.0
    at = _child_leads(note, c, h.end(), 30)
    if at < 0 or _WAITING.search(c.low, at) or _TO_COME.search(c.low, 0, at + 12):
        return 0.0
    return 0.7 if _effect_told(note, c, at) else 0.0


# "after the FSW's routine work", "following the sessions": the work named as where a change came from
_AFTER_WORK = re.compile(
    r"\b(?:after|following|thanks to|through|with the help of) (?:the |her |his |their |a |an |[a-z]+'s )?"
    r"(?:[a-z-]+ ){0,2}?(?:work|sessions?|support|plan|visits?|programme|course|group|therapy|referral|input|help|"
    r"intervention|meeting|conference|fsw|sw|worker|mentor|pa|ot|hv|nurse|respite|breaks|advice|modelling)\b"
)


# A count now set against a count before, in one clause: "0 removals from maths in 3 weeks (was
# 5)", "0 seizures in school in 8 wks, was 1 a week", "in 4 of the last 5 days vs 1 in 5", "4 in
# the 6 months before the package, 0 in the 6 since", "8 in aug, 2 in nov". The thing counted
# must be the child's (the child named, or a thing only a child's life holds).
_NUM = r"(?:\d+(?:\.\d+)?|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|twelve|once|twice)"
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
          r"september|october|november|december)")

_COUNTS = re.compile(
    r"\b" + _NUM + r"\b[^.;()]{0,70}?\(((?:was |were |vs\.? |v\.? |down from |up from |from |against |prev\.? |previously )?(?:" + _NUM +
    r"\b|(?:was |were |previously |prev\.? )(?:daily|weekly|nightly|monthly|every))[^)]{0,50})\)"
    r"|\b" + _NUM + r"\b[^.;()]{0,70}?, (?:was|were|previously|down from|up from) " + _NUM + r"\b"
    r"|\b" + _NUM + r"\b[^.;()]{0,50}? (?:vs\.?|v\.?|versus|compared (?:with|to)) (?:[a-z]+ ){0,3}" + _NUM + r"\b"
    # "exclusions: oct 3, nov 0" (not "march 2023, jan 2024": years)
    r"|\b" + _MONTH + r" \d{1,3},? " + _MONTH + r" \d{1,3}\b"
    r"|\b" + _NUM + r"\b[^.;()]{0,50}?\bbefore\b[^.;()]{0,40}?, " + _NUM + r"\b[^.;()]{0,40}?\bsince\b"
    # "8 in aug, 2 in nov", "5 fixed-term in autumn, 1 this term"
    r"|\b" + _NUM + r" (?:[a-z-]+ ){0,3}(?:in|during|over) (?:the )?(?:" + _MONTH + r"|autumn|spring|summer|winter|"
    r"last (?:term|month|year))(?: term)?\b,? (?:and |to |then |but )?(?:about |around |roughly |only )?\W?" + _NUM +
    r" ?(?:[a-z-]+ ){0,3}(?:in (?:" + _MONTH + r"|the last|the past)|this (?:term|half[- ]term|month|week|year)|now)\b"
)

# what a count in brackets must hold to be a count before, not an age ("Kai (9)")
_THEN_IN_BRACKETS = re.compile(r"\b(?:was|were|before|last|prev|previous\w*|prior|earlier|then|" + _MONTH +
                               r"|term|terms|weeks?|wks?|months?|year|years|residential|at the start)\b")

_DIGIT = re.compile(r"\d")

_NUM_T = frozenset("one two three four five six seven eight nine ten twelve none nil zero once twice".split())

_CONTRAST_T = frozenset("was were vs v versus compared before since previously".split()) | frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december last autumn spring summer winter term".split())

# things counted that only a child's life holds, when the child is not named in the clause
_CHILD_COUNTED = re.compile(
    r"\b(?:seizures?|admissions?|readmi\w*|a&e|removals?|exclusions?|detentions?|incidents?|episodes?|outbursts?|"
    r"meltdowns?|tantrums?|nightmares?|wet (?:beds|nights)|bedwetting|wetting|soiling|accidents|falls|bruises|injuries|"
    r"arrests?|missing|mfh|absences?|lates?|self-harm\w*|bolting|biting|screaming|restraints?|days|lunches|school|nursery|"
    r"attendance|weight|centile|words|signs|foods?)\b"
)


# every match of _COUNTS opens on a figure or one of these words (its _NUM or _MONTH), a whole word
_COUNT_OPENERS = frozenset(_NUM.removeprefix(r"(?:\d+(?:\.\d+)?|").removesuffix(")").split("|")) | frozenset(
    _MONTH.removeprefix("(?:").removesuffix(")").split("|"))


def _first_count(c):
    """`_COUNTS.search(c.low)`, the pattern tried only at the clause's figures and count or month
    words, in order (the first that matches is where search finds its match): not at every
    position, where its six alternatives were each tried."""
    low = c.low
    if not c.src_is_low or not low.isascii():
        return _COUNTS.search(low)  # (a count's word blanked out of the tokens; a digit \d reads beyond 0-9)
    starts: list[int] = []
    for t in c.toks:
        if t in _COUNT_OPENERS or t[0].isdigit():
            starts += word_starts(low, t)
    for p in sorted(starts):
        m = _COUNTS.match(low, p)
        if m is not None:
            return m
    return None


def _counts_then_now(note: Note, c) -> bool:
    low = c.low
    m = _first_count(c)
    if m is None:
        return False
    if m.group(1) is not None:
        inner = m.group(1)
        if not _THEN_IN_BRACKETS.search(inner) or _AGE_INSIDE.match(inner):
            return False  # "(9)", "(9 yrs)": an age, not a count before
    if _UNSURE.search(low) or _TO_COME.search(low, 0, m.start() + 1):
        return False
    if c.has_adult and not c.has_child and c.first == "a" and not c.first_passing:
        if not (_REPORTED.search(low, 0, m.start()) or 0 < low.find(": ", 0, m.start()) < 28):
            return False  # "mum's drinking: 2 nights a week (was 6)": hers
    # (the thing counted may be the heading: "Self-harm: Sept 4, Oct 1")
    span = (note.sentences[c.sidx].heading or "").lower() + " " + low[max(0, m.start() - 60): m.end()]
    if c.has_child:
        at = _child_leads(note, c, 0, len(low))
        if at >= 0 or _CHILD_COUNTED.search(span) or _has(_DOMAIN_F, c):
            return True
        return False
    # ("drug worker's figures: £60 a week in September, about £15 now": no one else's, so the child's)
    return bool(_CHILD_COUNTED.search(span)) or (not c.has_adult or c.first_passing or c.low.find(": ", 0, m.start()) > 0) and _has(_DOMAIN_F, c)



_AGE_INSIDE = re.compile(r"\s*\d+\s*(?:yrs?|years?|y/o|yo|months?|mths?|m|wks?|weeks?)?(?: old)?\s*$")


def _told_of_childs(note: Note, c, start: int) -> bool:
    """"His carer says the night terrors have stopped": an adult telling of a thing of the child's
    life, no one named between what they say and the change (not "dad says he has stopped")."""
    if not c.has_child:
        return False
    said = None
    for said in _REPORTED.finditer(c.low, 0, start):
        pass
    if said is None or any(w in note.kinds for w in _WORD.findall(c.low, said.end(), start)):
        return False
    return _has(_DOMAIN_F, c) and not _UNSURE.search(c.low)


# "has head lice again", "had a bruise again": a trouble of the child's back (lived experience)
_HAD_AGAIN = re.compile(r"\b(?:has|have|had|got|'s got)(?: (?!friends\b|her\b|his\b|their\b)[a-z-]+){1,3} again\b")


# The work judged to have worked, just after the change it brought is told: "1:1 at nursery since
# April, no bolting - so the 1:1 works", "weight from the 9th to the 25th centile. That's care
# working", "no arrests since May. The placement is the obvious cause", "the turning is what
# healed the sore". The change must be told (a thing of the child's life with a figure, a "no",
# a "now") in the words before, in the sentence or the one before; a verdict alone ("the plan is
# working") is only named.
_WORK_VERDICT = re.compile(
    r"\bso (?:the |her |his |their |this |that )?(?:[a-z0-9:'+-]+ ){0,2}?(?:works|is working|has worked|worked|"
    r"was right|is right|was the right [a-z]+|made the difference|did it)\b"
    r"|\b(?:that|this|which)(?:'s| is| was) (?:the |her |his |their )?(?:[a-z'+-]+ ){0,2}?(?:working|paying off)\b"
    r"|(?:=|\bso) (?:it's|it is) working\b"
    r"|\b(?:is|was|'s) the (?:(?:obvious|clear|main|likely|only|real|biggest) )?(?:cause|reason|explanation)\b(?! (?:for|of|why) )"
    r"|\b(?:is|was|are|were) what (?:healed|helped|worked|fixed|stopped|calmed|settled|cut|reduced)\b"
    # "so the group filled what the men were filling - that's the impact", "that bit is ours"
    r"|\b(?:that|this)(?:'s| is| was) (?:the|our|real) (?:impact|difference|change|effect)\b(?! (?:of|on|to|for|we|that|this)\b)"
    r"|\b(?:that|this)(?: bit| part| change)?(?:'s| is| was) (?:ours|down to us|the plan's|the work's)\b"
    r"|\bwhat did it\b|\b(?:did|has done|have done) more than (?:any|all) (?:of )?(?:our|the|my)\b"
    r"|\b(?:work|plan|sessions?|programme|message|advice) (?:has |have |had )?landed\b"
)

# (a clause with none of these holds no _WORK_VERDICT: each alternative has one)
_VERDICT_T = frozenset("works working worked right difference cause reason explanation healed helped fixed "
                       "effect ours landed impact change paying stopped calmed settled cut reduced down".split())

_TOLD_CHANGE = re.compile(r"\d|\b(?:now|no|none|nil|no longer|any ?more|fewer|less|more|better|calmer|stopped|started|"
                          r"healed|again|first time|up|down|gained|lost|dropped|risen|rose|fell|improved)\b")


# (most clauses with a verdict word hold no verdict: a cheap no first, then the match itself)
_WORK_VERDICT_F = Finder(_WORK_VERDICT)


def _work_verdict(note: Note, c) -> bool:
    if not _has(_WORK_VERDICT_F, c):
        return False
    m = _WORK_VERDICT.search(c.low)
    if m is None or _UNSURE.search(c.low) or _TO_COME.search(c.low, 0, m.start() + 1):
        return False
    if m.group(0).endswith(("cause", "reason", "explanation")) and not _WORK_THING.search(c.low, 0, m.start()):
        return False  # "mum's drinking is the obvious cause": not the work
    sent = note.sentences[c.sidx].low
    before = sent[: max(0, sent.find(c.low[:30]))] + c.low[: m.start()]
    if c.sidx > 0:
        before = note.sentences[c.sidx - 1].low + " " + before
    if not (_DOMAIN.search(before) and _TOLD_CHANGE.search(before)):
        return False
    # the change told is the child's, not the parents' ("mum has stopped drinking and is more
    # confident, so the plan is working"), read part by part
    if _parts_tell(note, c, 0, m.start(), ""):
        return True
    for x in note.clauses:
        if x.sidx > c.sidx or x is c:
            break
        if x.sidx >= c.sidx - 1 and _told_there(note, x):
            return True
    return False


# "impact of our work on Luca this year - honestly none: same house, same hours": no difference,
# said with what shows it (not "impact: none yet, the mentor starts next week")
_NIL_IMPACT = re.compile(
    r"\bimpact\b[^.:;]{0,60}?\b(?:honestly |frankly |so far |really |sadly )?(?:none|nil|nothing|negligible|minimal)\b"
    r"(?! yet)\s*(?::|-|\u2013|;)\s*"
)

_NIL_WORDS = re.compile(r"\b(?:none|nil|nothing|negligible|minimal)\b")

_SAME = re.compile(r"\b(?:same|still|unchanged|no (?:change|different|better))\b")


def _nil_impact(note: Note, c) -> bool:
    sent = note.sentences[c.sidx].low  # ("impact of our work on Luca - none: ..." is split at the dash)
    m = _NIL_IMPACT.search(sent)
    if m is None or _UNSURE.search(sent) or " yet" in sent:
        return False
    rest = sent[m.end():]
    return bool(_SAME.search(rest)) and not _MAIN_NOTHING.search(rest)


_PART_SEPS = (", ", "; ", " and ", ": ", " - ")


def _childs_thing(note: Note, c, start: int) -> bool:
    """"HV: weight back on the 50th centile", "nan agreed a rota, and the missing episodes have
    gone from every Friday to one in five weeks": a thing of the child's life as the subject of its
    own part, no one named in it, told by a professional or after the family's step (not "Mum:
    calmer", where the change is hers)."""
    low = c.low
    lo, sep = max((low.rfind(x, 0, start), x) for x in _PART_SEPS)
    lo = 0 if lo < 0 else lo + len(sep)
    part = low[lo:start]
    if not part.strip() or any(w in note.kinds for w in _WORD.findall(part)):
        return False
    if not (_DOMAIN.search(part) or _CHILD_COUNTED.search(part)):
        return False
    named = [w for w in _WORD.findall(low, 0, lo) if w in note.kinds]
    if named and named[0] in _FAMILY and not c.has_child:
        return False
    return not _UNSURE.search(low)


# "HV re-weighed her Monday: +180g", "SDQ -6 since the group": a change in figures, signed
_SIGNED = re.compile(r"(?<![\w/+-])[+\u2212-]\d+(?:\.\d+)? ?(?:g|kg|lbs?|cm|centiles?|points?)\b")


def _signed_gain(note: Note, c) -> bool:
    if _SIGNED.search(c.low) is None or _UNSURE.search(c.low):
        return False
    if c.first == "a" and not c.first_passing and not c.has_child:
        return False  # "Dad: -3kg since starting the diet": his
    return c.has_child or _has(_DOMAIN_F, c)


# Then and now in a clipped note: the before in a few words after the child's now ("- was 0 in Nov",
# "now 3-word phrases, single words in Jan", "(birth 3.1kg, now 5.2kg)"), the subject left out: the
# sentence must open on the child, and the clause be no adult's ("mum sober - was drinking in Oct")
_SHORT_MONTH_T = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_CLIPPED_THEN = re.compile(
    r"^(?:was|were) (?:[a-z0-9'/%+-]+ ){0,4}?(?:in " + _MONTH + r"|every (?:night|day|morning|week)|at (?:birth|the start|referral))\b"
    r"|\bnow\b[^.;]{3,60}?, (?:[a-z0-9'/-]+ ){1,3}in (?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
    r"|\(?(?:at )?birth \d[^;()]{0,20}?, now \d"
)


def _clipped_then_now(note: Note, c) -> bool:
    if c.first == "a" or _undone(c.low) or _MAIN_NOTHING.search(c.low) or not _CLIPPED_THEN.search(c.low):
        return False
    opener = next((x for x in note.clauses if x.sidx == c.sidx), c)
    return opener.has_child and opener.first == "c" and not (c is not opener and c.has_adult and not c.has_child)


# The question put as a label, answered after it: "What's changed for Kai: he gets himself up now",
# "Difference for Mia (6): she eats with the others" (a heading, or the label opening the sentence);
# not a label about an adult ("what's changed for mum: ...")
_CHANGE_LABEL = re.compile(
    r"^(?:what(?:'s| has| is)? (?:changed|different|made (?:the|a) difference|worked|helped)|(?:the )?difference)"
    r"(?: (?:for|to) ([a-z'-]+)(?: \(\d+[^)]*\))?)?(?:: |$)"
)


def _labelled_change(note: Note) -> set[int]:
    got: set[int] = set()
    kinds = note.kinds
    for i, x in enumerate(note.sentences):
        if x.heading:
            m = _CHANGE_LABEL.match(x.heading.lower().rsplit(" - ", 1)[-1])
            if m is not None and not (m.group(1) and kinds.get(m.group(1), ("",))[0] == "a"):
                got.add(i)
    for c in note.clauses:  # (the label may open a clause: "Lola (7) - what's different for Lola: ...")
        if c.low.startswith(("what", "differ", "the differ")):
            m = _CHANGE_LABEL.match(c.low)
            if m is not None and m.group(0).endswith(": ") and not (m.group(1) and kinds.get(m.group(1), ("",))[0] == "a"):
                got.add(c.sidx)
    return got


def _label_end(low: str) -> int:
    m = _CHANGE_LABEL.match(low)
    return m.end() if m is not None and m.group(0).endswith(": ") else 0
