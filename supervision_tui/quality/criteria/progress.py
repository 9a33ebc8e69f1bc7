"""Progress: the plan considered over time: drift, timeliness, escalation or step-down, review.

Counts: drift named, time on the plan weighed, an escalation step to take, a review of whether
the plan is working. Not: status words ("progressing well", "continue plan, review in 3
months", "review due"), a meeting only in the diary, or one named as where something was heard.
"""

from __future__ import annotations

import re

from ..anchors import Finder, Scanner
from .cues import Hit, box_topic_hits
from .decisions import decision_sentences
from .reading import Note, _TOKEN, _has, may_blank


_PROGRESS_ESC = re.compile(
    r"\b(?:plo|pre-?proceedings|legal (?:gateway|planning|meeting)|gateway|strat(?:egy)? (?:meeting|mtg|discussion)s?|"
    r"icpc|rcpc|child protection conference|care proceedings|issue proceedings|letter before (?:proceedings|action)|escalat\w*|de-?escalat\w*|"
    r"step(?:ped|ping|s)?[- ]?(?:down|up)(?! as\b| and\b| to the plate\b)|step(?:ped|ping|s)? (?!it |this |that |things )[a-z]+(?: \([^)]{0,60}\))? (?:down|up)\b|stepdown|special guardianship|sgo|permanence(?! report)|adoption|"
    r"long[- ]term (?:fostering|placement|plan)|reunification|cla review|lac review|"
    r"core group review|pathway plan review|exit plan|end the plan|ending the plan)\b"
)

# "ICPC in June heard she denied it": a meeting held, or named as where something was heard
_PAST_EVENT = re.compile(
    r"\b(?:held|took place|attended|was convened|were convened|happened on|heard|was told|were told|minuted|noted that|"
    r"(?:was|were) (?:\d+|a|one|two|three|four|five|six) (?:days?|wks?|weeks?|months?) ago)\b"
)

# "to" that starts a step to take ("to convene"), not one that says where something went ("sent to the ADM")
_FUTURE = re.compile(
    r"\b(?:to(?! (?:the|a|an|his|her|their|my|our|me|him|them|us|mum|dad|school|court|panel)\b)|will|whether|"
    r"consider|request|need|needs|should|recommend|if|by then|otherwise|next(?! (?:wk|week|month|fortnight)\b)|due)\b"
)

# where a child or a thought drifts ("drifts back to her carer's knee", "drifting off to sleep"):
# not the plan's drift
_DRIFT_MOVES = r" (?:back|off|away|to sleep|towards?|over|in and out|apart|around|about)\b"

_PROGRESS_DRIFT = re.compile(
    r"(?<!no )(?<!not )(?<!any )\bdrift(?:ed|ing|s)?\b(?!" + _DRIFT_MOVES + r")|\bdelay(?:ed|s)? (?:in|to|for|with|on|since) (?:the )?(?:plan|assessment|review|"
    r"referral|court|proceedings|ot|decision|permanence|ehcp)|\bdrift and delay\b|"

    r"\bout of timescales?\b|\boutside (?:of )?(?:the |its |their )?timescales?\b|\binertia\b|"
    r"\b(?:date|deadline|target|timescale)s?\b[^.;]{0,25}?\b(?:is|was|were|has|have|had)(?: been)? (?:passed|missed|breached)\b|"
    r"\b(?:started|begun|began|made|sent|requested|booked|commissioned|convened|referred) (?:so|too|very|far too) late\b|"
    r"\b(?:beyond|past|over|outside|exceed\w*) (?:the |its )?(?:usual |statutory |normal |expected )?\d+[- ](?:week|day|working[- ]day|month) "
    r"(?:period|timescale|timetable|limit|target|deadline)\b|"
    r"\bchild(?:'s|ren's) timescales?\b|(?<!stayed )(?<!stay )(?<!talked )(?<!spoke )(?<!sat )\btoo long\b|"
    r"\b(?:has|have|had) not (?:yet )?been reviewed\b|\bnot been reviewed\b|"
    # a plan left as it was: "not been updated for 8 months", "the plan is seven months on"
    r"\b(?:plan|pep|assessment|chronology)\b[^.;]{0,30}(?:\bnot|n't) (?:been )?(?:updated|revised|reviewed|looked at) (?:for|since|in) \S+|"
    r"\b(?:plan|cp|cin|placement) (?:is |has been )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?:weeks|months) (?:on|in)\b|"
    r"\bstill (?:hasn't|has not|haven't|have not) happened\b|\boff track\b|\bstalled\b|(?<!has )(?<!have )(?<!had )\bstuck\b(?! (?:a|an|the|his|her|their|it|them|up|with|pictures?|photos?)\b)|"
    r"\bslipp(?:ed|ing|age)\b|\b(?:no|little|limited|insufficient|some|good|real|sufficient|sustained) progress "
    r"(?:since|against|towards)\b|\b(?:no|little|limited|insufficient|some|good|real|sufficient|sustained) progress "
    r"(?:on|with|in) (?:the |this |her |his |their )?(?:plan|actions?|goals?|outcomes?|targets?|cp|cin|pathway|"
    r"safety plan|work|case|concerns?|worries)\b|\bno progress\b|\bprogress (?:against|towards|on|with) "
    r"(?:the )?(?:plan|goals|targets|outcomes)\b|\b(?:plan )?goals? (?:met|achieved|not met|partly met|"
    r"have been met|has been met|are met|were met)\b|\b(?:targets?|outcomes) (?:are |were |have been )?(?:met|not met|achieved|partly met)\b|"
    r"\bmonth \d+ of (?:the )?(?:plan|plo|proceedings)\b|\b(?:plan|plo|pre-proceedings|proceedings) "
    r"(?:at|in) month \d+\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months) into "
    r"(?:the |a |an |this |her |his |their )?(?:[a-z-]+ ){0,3}(?:plan|plo|proceedings|pre-proceedings|order)\b|"
    r"\breview month \d+\b|\b(?:cin|cp|cic|plan|plo)\b[^.;]{0,20}\bfor (?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|eighteen|nearly a|over a|more than a) (?:weeks?|months?|years?)\b|"
    r"\bnearly a year\b|\bwithout (?:any )?(?:sustained |sufficient |real |lasting )?(?:change|progress|improvement)\b|"
    r"\bmoving but slowly\b|\bweek \d+ of (?:the |a |an )?(?:\d+[- ]weeks? )?(?:[a-z]+ )?(?:plan|programme|assessment|proceedings|plo|pre-proceedings|"
    r"ico|interim care order|reg(?:ulation)? \d+|court timetable)\b|"
    r"\b(?:plan|placement|plo|cin|cp) month \d+\b|\broll(?:s|ed|ing)? (?:the |this )?(?:plan|case) (?:forward|on)\b|"
    r"\bwhere (?:we|things|the plan|the case|this family) (?:should|need to|ought to|hoped to|expected to) be\b|"
    r"\b(?:this|that) (?:point|stage) (?:of|in) the (?:plan|process|proceedings|plo)\b|"
    r"\bslow progress\b|\bmoving (?:slowly|forward)\b|"
    # timeliness: "the 26-week timetable is tight", "it's been on the action list since May"
    r"\b(?:timetable|timescale|deadline)s? (?:is|are|was|were|looks?) (?:still )?(?:very |quite )?(?:tight|slipping|at risk|achievable|"
    r"realistic|unrealistic)\b|\b(?:been|sat|stayed) on (?:the |our )?action (?:list|plan)\b"
)

# the plan not moving, in more of a manager's words: a step N weeks late or still not back, "we
# are no further on", "the same position as in March", going round in circles, a plan ended too
# soon or the third plan for the same worries, a timetable that has held
_SPAN_LATE = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:working )?(?:days|weeks|months|wks|mths)"

_STILL_NOT = re.compile(
    r"\bstill (?:has not|hasn't|have not|haven't|had not|hadn't|is not|isn't|are not|aren't|not) (?:yet )?(?:been )?"
    r"(?:done|completed|started|booked|held|happened|allocated|received|sent|arrived|written|agreed|filed|returned|"
    r"begun|finished|in place|set up|reviewed|updated|convened|signed off)\b"
)
def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# each part with the words it cannot match without, so a clause is searched only for the parts
# its words allow (one long alternation was tried at every position of every clause)
_NOT_MOVING_PARTS = (
    (frozenset("late overdue timescale timescales".split()),
     _rx(rf"\b{_SPAN_LATE} (?:late|overdue|out of timescales?)\b")),
    # a statutory step's timeliness held to its timescale: "visits have all been within timescale" (not
    # a step late or overdue in a word, "Health assessment overdue", which is a task, not the plan's progress)
    (frozenset("timescale timescales time".split()),
     _rx(r"\b(?:visits?|assessments?|reviews?|reports?|statements?|rhis?|return (?:home )?interviews?|medicals?|"
         r"health assessments?|peps?|conferences?|core groups?|filing|pathway plans?)\b(?: [a-z0-9]+){0,3}? "
         r"(?:out of timescales?|within timescales?|in timescales?|on time)\b")),
    (frozenset("further nearer closer".split()),
     _rx(r"\b(?:we|we're|we've|things|it|it's|this|the plan|the case|the work|the family|plan|case|us)\b[^.;:]{0,20}?"
         r"\b(?:no|not any|not much|little) (?:further (?:on|forward|along)|nearer|closer)\b",
         r"\bno (?:nearer|closer|further forward) (?:to )?(?:a |the |any )?(?:decision|plan|permanence|closure|home|return|"
         r"resolution|hearing|agreement|assessment|outcome|placement|answer)\b")),
    (frozenset(("same",)),
     _rx(r"\b(?:the )?same (?:position|place|point|situation|stage) (?:as|that) (?:we were |it was |they were |we had )?"
         r"(?:in|at|on|before|when|last|back in|a year ago|\d+ (?:weeks|months) ago)\b")),
    (frozenset(("past",)),
     _rx(r"\bpast the point (?:where|when|at which)\b")),
    (frozenset("circles square groundhog nowhere before".split()),
     _rx(r"\bround in circles\b|\bback to square one\b|\bgroundhog day\b|\bgoing nowhere\b(?! near)|"
         r"\b(?:we've|we have|we had|we're|we are|i've|i have|been) (?:all )?been here before\b")),
    # a plan ended and the case back: "the last plan closed in March and the referral came back in June"
    (frozenset("closed ended stepped".split()),
     _rx(r"\b(?:plan|case|cin|cp)\b[^.;]{0,20}?\b(?:closed|ended|stepped down)\b[^.;]{0,50}?"
         r"\b(?:came back|come back|re-?referred|re-?opened|back (?:in|with us|to us)|returned to us)\b"
         r"[^.;]{0,40}?\b(?:same|again|within|already)\b")),
    # a step waited on: "pending for 14 months", "still outstanding after five months"
    (frozenset("pending waiting awaited outstanding unallocated".split()),
     _rx(rf"\b(?:pending|waiting|awaited|outstanding|unallocated|on (?:the |a )?waiting list)(?: for)? "
         rf"(?:over |nearly |more than |almost )?{_SPAN_LATE}\b",
         r"\b(?:still|remains?) (?:outstanding|awaited|pending|unallocated|on (?:the |a )?waiting list)\b"
         r"(?=[^.;]{0,30}\b(?:after|since|for)\b)")),
    # the plan's own timing missed: "a month later than planned", "not ready to move on in January as planned"
    (frozenset("later slower longer".split()),
     _rx(r"\b(?:later|slower|longer) than (?:planned|agreed|hoped|expected|set out|(?:the plan|we|it) (?:said|planned|hoped|expected))\b")),
    (frozenset(("planned",)),
     _rx(r"\b(?:not|isn't|wasn't|won't|didn't|hasn't)\b[^.;]{0,40}?\bas planned\b")),
    (frozenset(("have",)),
     _rx(r"\bplan (?:should|would) have\b",
         r"\bshould have (?:been )?(?:reviewed|updated|written|convened|agreed|booked|filed|finished)\b")),
    # the same said review after review; the third plan for the same worries
    (frozenset("second third fourth fifth sixth 2nd 3rd 4th 5th 6th".split()),
     _rx(r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:review|supervision|core group|conference|meeting|time|plan|"
         r"rcpc|cla review|lac review|strategy (?:meeting|discussion)|panel)s?"
         r"\b[^.;]{0,40}?\b(?:the same|same (?:thing|worries|concerns|issues)|again|no change)\b",
         r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:cin|cp|child protection|child in need|cic) "
         r"(?:plan|period|episode|referral)s?\b(?=[^.;]{0,40}\b(?:same|in (?:\d+|two|three|four|five|six) (?:years|months)|"
         r"within)\b)")),
    (frozenset(("too",)),
     _rx(r"\b(?:closed|ended|stepped down|de-?escalated|came off|taken off) (?:\w+ ){0,3}?too (?:soon|early|quickly)\b")),
    (frozenset(("held",)),
     _rx(r"\b(?:timetable|timescales?|plan|safety plan|changes?|improvements?|progress|gains?)\b[^.;]{0,40}?"
         r"\b(?:has|have) (?:so far |largely |mostly |all )?held\b"
         r"(?! (?:down|on|onto|back|up|off|a|an|the|her|his|their|him|them|it)\b)")),
    (frozenset(("into",)),
     _rx(rf"\b{_SPAN_LATE} into (?:it|this)\b")),
    # a step chased again and again and still not done: "chased twice and still no date"
    (frozenset("twice times repeatedly".split()),
     _rx(r"\b(?:raised|chased|asked|requested|flagged|reminded|emailed|rang|phoned|escalated)\b[^.;]{0,40}?"
         r"\b(?:twice|(?:three|four|five|several|many|\d+) times|repeatedly|more than once)\b[^.]{0,60}?"
         r"\b(?:not|n't|no|nothing|still)\b(?: \w+){0,2}? ?(?:changed|done|happened|moved|sent|booked|arrived|date|"
         r"reply|response|answer|change|progress|signed)\b")),
    # timeliness held to a statutory window: "within the 26-week window", "within the statutory timescale"
    (frozenset(("within",)),
     _rx(r"\bwithin (?:the |its |their )?(?:statutory |\d+[- ](?:week|day|working[- ]day|month) )(?:\w+ )?"
         r"(?:window|timescales?|timetable|limit|deadline|period)\b")),
    # out of time if a step slips: "if panel defers we are out of time" (not a session run out of time)
    (frozenset(("time",)),
     _rx(r"\bif\b[^.;]{0,60}?\b(?:we|it|the case|they)(?: are|'re|'ll be| will be| would be|'d be| is) out of time\b",
         r"\bout of time for (?:the |a )?(?:panel|hearing|final hearing|filing|court|deadline|timescale|appeal|application)\b")),
    # the plan's goals counted: "2 of 3 goals moving", "all of the outcomes met"
    (frozenset("goals outcomes targets".split()),
     _rx(r"\b(?:\d+|one|two|three|four|five|six|all|none|most|half) of (?:the |her |his |their |its |our )?"
         r"(?:\d+ |one |two |three |four |five |six |seven |eight )?(?:plan'?s? )?(?:goals|outcomes|targets)\b"
         r"[^.;]{0,20}?\b(?:met|moving|achieved|done|complete\w*|on track|off track|outstanding|not|behind|progressing|reached|"
         r"stalled|stuck)\b")),
    # time on a plan questioned: "why is he still on a CIN plan?", "still on CP after 14 months" (not the
    # plan's status told: "J (7) still on a CP plan under neglect")
    (frozenset(("still",)),
     _rx(r"\b(?:why|whether)\b[^.;]{0,40}?\bstill (?:on|subject to|open on) (?:a |an |the |her |his |their )?(?:cp|cin|"
         r"child protection|child in need|early help|eh|pre-?proceedings|plo)\b"
         r"|\bstill (?:on|subject to|open on) (?:a |an |the |her |his |their )?(?:cp|cin|child protection|child in need|"
         r"early help|eh|pre-?proceedings|plo)\b(?=[^.;]{0,40}?(?:\?|\b(?:after|since|months?|years?|weeks?|mths?)\b))")),
)


_NOT_MOVING_ANY = frozenset().union(*(words for words, _ in _NOT_MOVING_PARTS))
_SHOULD_T = frozenset(("should", "would"))


def _not_moving(low: str, toks) -> bool:
    """The plan not moving (or, for "has held", holding) in the words of _NOT_MOVING_PARTS."""
    if _NOT_MOVING_ANY.isdisjoint(toks):
        return False
    found = _NOT_MOVING_ANY.intersection(toks)
    if "have" in found and _SHOULD_T.isdisjoint(toks):
        found = found - {"have"}
    for words, rx in _NOT_MOVING_PARTS:
        if not words.isdisjoint(found) and rx.search(low):
            return True
    return False


# "Assessment day 52 of 45", "day 40 of 45, extension agreed": the timescale passed or slipping;
# "day 18 of 45" alone is where it stands, not a view of it
_DAY_OF = re.compile(r"\bday (\d+) of (\d+)\b")
_LATE_WORDS = re.compile(r"\b(?:late|overdue|behind|extension|extended|slipp\w*|out of timescales?|over timescales?|breach\w*)\b")


def _day_count_late(low: str) -> bool:
    m = _DAY_OF.search(low)
    return m is not None and (int(m.group(1)) > int(m.group(2)) or _LATE_WORDS.search(low) is not None)


def _only_named(c) -> bool:
    """A box line that only names the topic, or puts it off ("Timescales to be looked at next time")."""
    return _ONLY_NAMED.match(c.low) is not None or (
        ("next" in c.toks or "time" in c.toks or "then" in c.toks) and _PUT_OFF.search(c.low) is not None) or (
        _NOT_TALKED.match(c.low) is not None)


_NAMED_T = frozenset("drift delay delays timescale timescales timeliness progress escalation escalating step stepping "
                     "stepdown closure closing next time then plan review timetable sgo".split())

# "We didn't talk about step down", "no discussion of timescales today": the topic named as not done
_NOT_TALKED = re.compile(
    r"^(?:we |i |sw |tm |you )?(?:did not|didn't|have not|haven't|had not|hadn't|could not|couldn't|did not get to|"
    r"didn't get to|had no time to|ran out of time to) (?:talk about|discuss|consider|look at|get to|cover|go through) "
    r"(?:the |any )?(?:[\w-]+ (?=timescales?\b))?(?:drift|delay|delays|timescales?|timeliness|progress|escalation|escalating|step ?down|stepping down|"
    r"closure|closing|review(?:ing)? (?:of )?the plan|the plan)\b[^.;,]{0,25}\W*$|"
    r"^no (?:discussion|consideration|mention) (?:of|about) (?:the |any )?(?:drift|delay|delays|timescales?|timeliness|progress|"
    r"escalation|step ?down|closure|the plan)\b[^.;,]{0,25}\W*$"
)


# "to be looked at next time", "to discuss at the next supervision": the topic put off
_PUT_OFF = re.compile(r"\b(?:to be |will be |to )?(?:done|discuss(?:ed)?|looked at|look at|considered|consider|reviewed|review|picked up|"
                      r"revisited|covered)(?: (?:the )?(?:progress|plan|timescales?|drift))? (?:next time|then|(?:at |in )?(?:the )?next "
                      r"(?:supervision|supv|session|meeting|month|week|mdt|review|conference|core group|cla review|lac review|rcpc|panel))\W*$")


# "Drift was discussed", "Timescales considered": the topic named, nothing said of it
_ONLY_NAMED = re.compile(
    r"^(?:\w+ )?(?:drift|delay|delays|timescales?|timeliness|progress|escalation|step ?down|(?:court |plo )?timetable|"
    r"(?:sgo|special guardianship|permanence|pathway|cin|cp|care) (?:support )?plan)(?: (?:and|or|/) \w+)?"
    r"(?: (?:against|on|of) (?:the )?plan)? (?:was |were |has been |have been |is |are )?(?:not )?(?:discussed|considered|explored|"
    r"covered|talked about|mentioned|raised|looked at|noted|checked|identified|reviewed)"
    r"(?: (?:at this (?:time|point|stage)|today|this time|in (?:this )?supervision))?\W*$"
)

# drift in a busy manager's words; each alternative starts with a common word, so the whole
# pattern is only tried in clauses that hold one of _DELAY_T (detect_progress)
_SPAN = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:weeks|months|years)\b"

_PROGRESS_DELAY = re.compile(
    r"\b(?:nothing|little|not much) (?:has |have )?(?:moved|shifted|changed) since\b|"
    r"\b(?:about|the|further|more|avoid|avoidable|causing|caused|ongoing) delays?\b(?! (?:in|to|for|with|on|since)\b)|"
    r"\bstill not (?:been )?(?:done|completed|started|booked|held|happened|allocated|received|sent)\b|"
    r"\bshould have (?:been )?(?:done|completed|held|seen|allocated|sent|started|happened|begun)\b(?<!have started)(?<!have begun)(?<!have happened)|"
    r"\bshould have (?:been )?(?:started|begun|happened) (?:by|in|last|on|before|\d+ (?:weeks|months) ago)\b|"
    r"\b(?:we are|we're|we have fallen|we've fallen|(?:plan|work|assessment) (?:is|are|has fallen)) behind\b|"
    r"^month \d+\b|"
    # time on the plan weighed: "after six months on CIN, is the plan changing anything", "it has
    # been eight months and we are no nearer"
    rf"\b(?:after|it's|it has|it is|its) (?:now )?(?:been )?(?:over |nearly |almost |more than )?{_SPAN}"
    r"(?=.{0,80}\b(?:plan|nearer|closer|progress|decision|decided|drift\w*|changing|working)\b)"
)

_DELAY_T = frozenset("delay delays still since should month after its it behind".split())

# "her attendance is slipping", "his grades have slipped": the child's school, not the plan
_CHILD_SLIP = re.compile(r"\b(?:attendance|grades|marks|work|homework|schoolwork|coursework|reading|standards|behaviour|weight|"
                         r"mood|focus|concentration|hygiene|punctuality)\b[^.;]{0,20}?\bslipp(?:ed|ing)\b")
# "the delay in his speech", "the delay looks developmental": the child's development, not the plan
_DEV_DELAY = re.compile(r"\bdelays?\b[^.;]{0,40}?\b(?:speech|language|development|developmental|environmental|motor|milestones|"
                        r"words|walking|talking|reading|growth)\b|\b(?:speech|language|developmental|motor|global)\b[^.;]{0,20}?\bdelay")

# what turns a named step or a review date into a view of the plan's progress over time
_TRAJECTORY = re.compile(
    r"\b(?:whether|consider\w*|if|unless|ready|time to|progress\w*|drift\w*|chang\w*|improv\w*|working|"
    r"still|since (?:the )?(?:last|plan|start|icpc|rcpc|conference|review|core group|we|it|this)|too long|delay\w*|"
    r"again|same (?:concerns|worries|position|issues)|goals?|outcomes|met|achieved|sustain\w*|enough|timescales?|"
    r"timetable|deadline|\d+[- ]week (?:review|timescale|mark|point)|week \d+|month \d+|step(?:ped|ping)? ?(?:up|down)|"
    r"at this stage|not yet|extension)\b"
)

_PLAN_REVIEW = re.compile(
    r"\breview (?:the |this |his |her |their |of the )?(?:cin |cp |care |pathway |safety |child's |placement )?plan\b"
    r"|\bplan review\b"
)

_OPEN_FOR = re.compile(r"\b(?:open|allocated) (?:to us |to cs )?(?:for )?(?:\d+|over|more than|nearly|almost) (?:a |an )?(?:weeks?|months?|years?)\b")

# our visits stepped down as the plan moves: "reduce visits to monthly", "drop to a call every three weeks"
_FREQ_T = re.compile(r"weekly|monthly|fortnightly|quarterly|termly|every ")
_VISITS_STEPPED = re.compile(
    r"\b(?:reduc\w+|drop\w*|mov(?:e|ed|ing)|step\w* down|(?:go|going|come|coming|came|went) down)"
    r" (?:the )?(?:(?:visits?|visiting|calls?) )?(?:to|from \w+ to) (?:a |one )?(?:(?:call|visit|visits|calls) )?"
    r"(?:every (?:\w+ )?(?:weeks?|months?)|(?:\d+|two|three|four|six|eight|twelve)[- ]?weekly|weekly|monthly|fortnightly|"
    r"quarterly|termly)\b"
)

_NOT_YET = re.compile(r"\b(?:yet|still|no|not|without|never)\b")

_ON_TRACK = re.compile(r"\b(?:on|off) track\b")

# "on track for the RCPC", "the hearing is on track": a step's timing held
_ON_TRACK_FOR = re.compile(
    r"\b(?:on|off) track for (?:the |our |its |her |his |their )?(?:next |final )?(?:rcpc|icpc|review|conference|hearing|"
    r"panel|filing|deadline|core group|timescale|date|court)|\b(?:hearing|rcpc|icpc|review|conference|filing|panel|"
    r"deadline|timetable)\b[^.;]{0,20}\b(?:is|are|was|looks?|remains?|stays?) (?:still )?(?:on|off) track\b|"
    r"\b(?:rcpc|icpc|review|conference|hearing|panel|filing|deadline)\b[^.;]{0,50}\b(?:on|off) track for (?:it|that|this)\b"
)

# "on schedule for the first-year visits", "on time for filing": a step's timing held (not "on time
# for the review", which is a parent arriving)
_ON_SCHEDULE = re.compile(
    r"\bon (?:track|schedule) for (?:the |her |his |their |our )?(?:[a-z0-9-]+ ){0,3}?(?:visits|review|filing|hearing|panel|"
    r"court|deadline|timescale|conference)\b|\bon time for (?:the )?(?:filing|hearing|final hearing|panel|court|deadline)\b"
)

_PLAN_WORD = re.compile(r"\b(?:plan|plo|pathway|timescales?|goals?|proceedings|outcomes|assessment)\b")

# "Pathway plan reviewed: independence goals ahead of schedule", "the timescale has been reviewed
# and extended by 8 weeks", "CIN review brought forward because ...": the plan looked at, with
# what was found or changed. "Plan reviewed." or "plan reviewed, continues" finds nothing.
_REVIEWED = re.compile(
    r"\b(?:plan|cin|cp|cic|pathway|placement|permanence|timescales?|timetable|assessment|actions)\b(?:[^.;]{0,30}?)"
    r"\b(?:(?:has been |have been |was |were )?(?:reviewed|checked|gone through)|(?:review|meeting|conference|rcpc|hearing)s? (?:has been |was |to be )?"
    r"(?:brought forward|put back|moved forward))\b|"
    # "staying put agreed, reviewed at 3 months, working well": a set point's look at the arrangement
    r"\breviewed (?:at|after) (?:\d+|one|two|three|four|six|nine|twelve) (?:weeks|months)\b"
)

_FINDING = re.compile(
    r"\b(?:goals?|targets?|outcomes?|actions? (?:done|completed|met|outstanding|on track)|\d+ of (?:\d+|the)|on track|off track|"
    r"ahead|behind|schedule|on time|late|extended|brought forward|put back|reduced|increased|met|achieved|"
    r"completed|done|outstanding|not (?:yet )?(?:met|done|achieved|working|started)|drift\w*|delay\w*|working|moving|stuck|"
    r"at \d+ (?:weeks|months)|"
    r"because|as (?:the|it|this|things)|since)\b"
)

# "speech check overdue", "dental overdue", "overdue jabs": a health check the child is due, not
# the plan drifting
_HEALTH_DUE = re.compile(
    r"\b(?:dental|dentist|health|medical|eye|sight|hearing|speech|immunis\w*|vaccin\w*|jabs|optician|checks?|tests?)"
    r"\W+(?:\w+\W+){0,2}?overdue\b|\boverdue (?:immunis|vaccin|jabs|health|dental|medical|eye|hearing|checks?)"
)

_REVIEWED_T = frozenset(("reviewed", "checked", "gone", "brought", "put", "moved"))

_REVIEWED_HEAD = re.compile(r"(?i)\b(?:reviewed|checked|gone through|brought|put|moved)\b")

_HEADS: dict[str, bool] = {}


def _reviewed_head(heading: str) -> bool:
    """Whether a heading says something was reviewed (cached: headings repeat from note to note)."""
    got = _HEADS.get(heading)
    if got is None:
        if len(_HEADS) >= 4096:
            _HEADS.clear()
        got = _HEADS[heading] = _REVIEWED_HEAD.search(heading) is not None
    return got


# "CiC, fostered with Pat for 3 years": the time in a home, not on a plan
_IN_A_HOME = re.compile(
    r"\b(?:fostered|living|lived|placed|staying|stayed) (?:with|at|in) [^.;]{0,30}?\bfor (?:\d+|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|eighteen|nearly a|over a|more than a) (?:weeks?|months?|years?)\b"
)

_HOME_T = frozenset("fostered living lived placed staying stayed".split())


def _only_time_in_a_home(low: str) -> bool:
    """Whether the clause's drift is only the time spent in a home (read again without it)."""
    if not _IN_A_HOME.search(low):
        return False
    return _PROGRESS_DRIFT.search(_IN_A_HOME.sub(" ", low)) is None


def _reviewed_with_finding(c, heading: str) -> bool:
    """A clause (with its heading) saying the plan was reviewed, and what was found or changed."""
    text = f"{heading.lower()}: {c.low}" if heading else c.low
    m = _REVIEWED.search(text)
    return m is not None and _FINDING.search(text, m.start()) is not None

_PROGRESS_REVIEW = re.compile(
    r"\breview (?:the |this |his |her |their |of the )?(?:cin |cp |care |pathway |safety |child's |"
    r"placement |contact )?plan\b|\bplan review\b|\breview (?:whether|if|progress)\b|"
    r"\breview (?:on|at|in|by|date) (?:the )?(?:\d|cin|cp|lac|cla|next|rcpc|core|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)|"
    r"\b(?:cin|cp|lac|cla|core group) (?:review|meeting) (?:on|in|to|will)\b|\bat (?:the|your|his|her|their) (?:lac|cla|cin|cp|next) review\b|\bat (?:your|his|her|their|the) review (?:in|on|next)\b|"
    r"\b(?:look|looking|revisit|revisiting) (?:at )?(?:the|this|your|his|her|their) plan (?:again|at|in|when|before)\b|"
    r"\bto (?:decide|consider) (?:on |whether |if )?(?:closure|step|escalat|close|ending|the plan)|"
    r"\bconsider (?:closure|step|escalat|whether)\b|\bis (?:it|this) working\b|"
    r"\bthat it is working\b|\bclosure\b(?! (?:order|notice|of (?:the|a|an) (?:premises|property|address|flat|house|shop|school|unit|centre)))|\b(?:plan|case) (?:to be|will be|is to be|should be) reviewed\b(?! in due course| at some point| later\b)|"
    # ending weighed: "not close yet", "rather than ending in March", "not ready to close to the CSE team"
    r"\b(?:not|rather than|instead of|don't|do not|won't|will not) (?:clos(?:e|ing)|ending|end(?:ing)? (?:it|the plan|support|the work))\b"
    r"(?! (?:the|a|an|this|that|his|her|their) (?!case|plan|file|cin|cp|work|involvement|order)[a-z])|"
    r"\b(?:not )?ready to (?:close|end|step|move on|come off)\b|"
    # the plan itself looked at: "whether this plan is working", "the plan needs rewriting"
    r"\bwhether (?:the|this|our|his|her|their) (?:plan|work|support) (?:is|was|has been) (?:working|helping|making)\b|"
    r"\b(?:needs|need) (?:rewriting|revising|a rethink|to be rewritten|to be revised)\b|"
    r"\b(?:rewrite|rewriting|revise|revising) (?:the|this|his|her|their) (?:cin |cp |care |pathway |safety )?plan\b|"
    # brought forward by what has happened: "reviewing the pathway plan early because ..."
    r"\breview(?:ing|ed)? (?:the |this |his |her |their )?(?:[a-z]+ )?plan (?:early|earlier|sooner)\b|"
    r"\bplan (?:to be |being )?reviewed (?:early|earlier|sooner)\b"
)

# "Continue plan, review in 3 months", "plan continues - review due": a status and a diary date,
# not a view of whether the plan is working
_STATUS_REVIEW = re.compile(
    r"^(?:plan\W+)?(?:the )?(?:(?:(?:cin|cp|cic|cla|lac|care|safety|pathway|current|ro|yro|iss|order|eh|early help|tac|support) )?"
    r"(?:plan )?(?:to )?(?:continues?|carries on|stays the same)|(?:continue(?:s|d)?|carry(?:ing)? on|carried on|"
    r"keep(?:ing)? (?:going|on)|stay(?:ing)?|remain(?:ing)?|same)(?: with| on)?(?: (?:the|current|same|existing) )?"
    r"(?:(?:cin|cp|cic|cla|lac|care|safety|pathway) )?(?: ?plan)?|no change|"
    r"(?:case |plan )?progressing(?: well)?|(?:all )?(?:fine|ok|stable)|monitor(?:ing)?)\W+(?:and |then )?"
    r"(?:to )?review(?:ed)? (?:in|on|at|by|due|date)\b"
)

# "RCPC due 14/03", "rcpc 03/03, sw to send report": a meeting in the diary, not a step decided
_DIARY = re.compile(
    r"\b(?:icpc|rcpc|conference|core group|cla review|lac review)\b,? (?:is |was )?"
    r"(?:due |booked |set |scheduled |arranged |planned )?(?:for |on )?\d{1,2}[/.]\d{1,2}"
)

# "until the IRO review on 4/3", "at the CIN review on 21/1 both parents argued": a review as a
# point in time, not a look at whether the plan is working
_REVIEW_AS_TIME = re.compile(
    # "Pathway plan review with Dylan, at his flat": the meeting named as the occasion
    r"^(?:the )?(?:[a-z]+ )?plan review (?:with|at|held|meeting|today)\b|"
    r"\b(?:missed|attended|did not attend|didn't attend|came to|went to)\b[^.;]{0,30}\breview\b|"
    # "pocket money was agreed at her LAC review in June": something settled there, not the plan weighed
    r"\b(?:was|were) (?:agreed|decided|set|raised|discussed|approved|signed off) at (?:the|your|his|her|their) (?:[a-z]+ )?review (?:in|on|last)\b|"
    # "Review of the plan to be held in the new year": booked, not done
    r"\breview of (?:the |this |his |her |their )?(?:[a-z]+ )?plan (?:is |to be |will be |was )?(?:held|booked|scheduled|arranged|set|due)\b|"
    r"\b(?:until|till|til|before|after|by|ahead of) (?:the |your |his |her |their )?(?:[a-z]+ )?(?:review|meeting) (?:on|in) \d|"
    r"\b(?:plan|prepare for|prepare|attend|chair(?: part of)?) (?:the|your|his|her|their) (?:[a-z]+ )?review\b|\bat the (?:[a-z]+ )?(?:review|meeting) on "
    r"\d[^;]*\b(?:argued|said|was|were|had|told|became|walked|left|refused|shouted|cried)\b"
)

# "Precious (18), pathway plan review due.", "RCPC in 3 months.": a meeting only in the diary
_WRITTEN_DATE = (r"(?:(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
                 r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)")
_SCHEDULED_ONLY = re.compile(
    # "Care proceedings: final hearing listed for 4 July", "pathway plan review due 5 August"
    r"^(?:[a-z ]{1,30}: )?(?:[a-z]+ \(\d+\),? )?(?:the |next |a |her |his |their )?"
    r"(?:(?!agreed|decided|decision|request|convene|book|recommend|escalate|refer|call|hold|to\b)[a-z]+ ){0,3}?"
    r"(?:review|rcpc|icpc|conference|core group|meeting|panel|hearing)s? (?:is |was )?"
    r"(?:due|booked|set|scheduled|arranged|planned|listed)?"
    r"(?: ?(?:in|on|by) [a-z0-9/ ]{1,15}| (?:on |for |by )?" + _WRITTEN_DATE + r")?\W*$"
)

# "Next CIN review in the diary for 25/07", "review at next CIN meeting 22/5", "the IRO's review on 20
# February noted the plan is stable": a review's date, with nothing weighed in the sentence
_REVIEW_DATED = re.compile(
    r"\b(?:review|meeting)s?\b[^.;]{0,30}?\b(?:in the diary|booked|due|on|for|at|is)\b[^.;]{0,30}?" + _WRITTEN_DATE
)
_WEIGHED = re.compile(
    r"\b(?:whether|if|progress\w*|working|worked|work|chang\w*|drift\w*|ready|enough|goals?|outcomes?|targets?|met|"
    r"achieved|step\w*|escalat\w*|clos\w*|end\w*|why|because|as|so|since|still|not|no|improv\w*|worse\w*|timescales?|"
    # something taken to it or looked at there: "Plan reviewed at the LAC review on 20/9", "to raise it at the review"
    r"reviewed|rais\w*|look\w*|discuss\w*|consider\w*|decid\w*|agree\w*|revis\w*|updat\w*)\b"
)


# "Rosie and Fin - adoption progressing well": a step named and called well, nothing behind it
_BARE_STATUS = re.compile(
    r"^(?:[a-z ,&()0-9]+ - )?(?:the )?(?:[a-z-]+ ){0,3}(?:is |are )?(?:progressing|going|moving|on track)"
    r"(?: (?:well|fine|ok|okay|smoothly|as planned|to plan))?\W*$"
)


def _review_in_the_diary(c) -> bool:
    # (not the plan itself to be reviewed: "TM to review the safety plan with SW on 3/3")
    return _REVIEW_DATED.search(c.low) is not None and _WEIGHED.search(c.sent.low) is None and not _REVIEW_THE_PLAN.search(c.low)


_REVIEW_THE_PLAN = re.compile(r"\breview(?:ing)? (?:the |this |his |her |their |of the )?(?:[a-z]+ )?plan\b")


_MEETING_T = frozenset("review reviews rcpc icpc conference conferences core meeting meetings panel panels hearing hearings".split())

_PROGRESS_ESC_F = Finder(_PROGRESS_ESC)
_PROGRESS_ESC_S = Scanner(_PROGRESS_ESC)

# the one alternative not tried at its first word is r"\b\d+ (?:weeks|months) into ...": it needs "into"
_PROGRESS_DRIFT_F = Finder(_PROGRESS_DRIFT, rest_needs="into")

_PROGRESS_DELAY_F = Finder(_PROGRESS_DELAY)


_ON_TRACK_F = Finder(_ON_TRACK)

_PLAN_WORD_F = Finder(_PLAN_WORD)

_PROGRESS_REVIEW_F = Finder(_PROGRESS_REVIEW)

_PAST_EVENT_F = Finder(_PAST_EVENT)

_FUTURE_F = Finder(_FUTURE)

_ESC_T = frozenset(
    "plo pre preproceedings legal gateway strategy strat icpc rcpc conference care issue escalate "
    "escalated escalation escalating escalates deescalate de step stepped stepping steps stepdown "
    "special sgo permanence adoption long reunification cla lac core pathway exit end ending".split()
)

_DRIFT_T = frozenset(
    "drift drifted drifting drifts delay delayed delays overdue timescale timescales long not timetable deadline updated revised "
    "action "
    "still track stalled stuck slipped slipping progress goals goal targets target month months "
    "weeks years week year review nearly without moving slow where point stage roll rolls rolled "
    "rolling outside inertia passed missed breached late beyond past over exceeds exceeded exceeding".split()
)

_REVIEW_T = frozenset(
    "ready review reviewed reviewing decide consider closure working next look looking revisit revisiting close closing ending "
    "ready whether rewrite rewriting revise revising rethink".split()
)

# "his aggression could escalate", "nothing to escalate": a behaviour getting worse, or no step at all
_WORSENING_BEFORE = re.compile(
    r"(?:behaviour|aggression|violence|harm|conflict|drinking|use|incidents?|risk|things|it|could|might|may|cutting|"
    r"self-harm|offending|exploitation|arguments|rows|"
    r"would|will|nothing to|no need to|not|no|without)\W*(?:\w+\W+)?$"
)

# "Next RCPC 14/12.": a date in the diary, not a view of the plan
_NEXT_DATE = re.compile(r"(?:the )?next [a-z ]{2,25}?(?: on| is| due)? \d{1,2}[/.]\d{1,2}")


# "LAC review 14/11", "CP plan to continue, RCPC 19/11", "RCPC due next month": the plan kept and
# its next meeting in the diary, not a view of whether it is working
_DIARY_ONLY = re.compile(
    r"^(?:(?:the )?(?:cp |cin |care |pathway )?(?:plan|placement)(?: \([a-z ]+\))? (?:to |will )?(?:continue|remain)s?\W+)?"
    r"(?:next )?(?:rcpc|icpc|cla review|lac review|cin review|core group|conference|pathway plan review)"
    r"(?: is| due)?(?: on| in)? ?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|next (?:week|month)|due)?\W*$"
)

# "Strategy discussion held 12/2 after ...", "the ADM meeting took place", "did not progress to S47"
_HELD_AFTER = re.compile(
    r"(?:\W+(?!to\b|be\b|will\b|should\b|must\b|being\b|needs?\b)[a-z0-9/]+){0,2}?\W+(?:held|took place|was held|were held|was convened|happened|completed|did not progress|"
    r"didn't progress|concluded|went ahead)\b"
)


# "at the ICPC", "before the LAC review": a meeting named as a point in time, not a step to take
# ("since the ICPC" is left to weigh: what has held or changed since it)
_AS_A_TIME = re.compile(
    r"\b(?:at|from|after|before|until|till|by|in)(?: (?:the|his|her|their|our|that|this|last|next))?"
    r"(?: (?:last|first|initial|recent|previous|review))?(?: [a-z]+'s)?\W*$"
)
_MEETING_STEP = re.compile(r"^(?:icpc|rcpc|child protection conference|strat|cla review|lac review|core group review|"
                           r"pathway plan review|legal|gateway)")
# a step still to take, or the plan kept or ended there: "remain on CP at RCPC 18/03"
_FUTURE_STRONG = re.compile(r"\b(?:will|whether|consider\w*|request|need|needs|should|recommend|propose|if|remain|stay|"
                            r"step\w* (?:down|up)|end|ends|come off)\b")


def _step_not_only_a_time(c, steps) -> bool:
    """False when every step the clause names is a meeting named as a time ("the plan was agreed
    at the ICPC", "talk to Oscar before the LAC review on 12/11") and, read without them, the
    sentence neither weighs the plan over time nor looks ahead."""
    low = c.low
    spans = []
    for m in steps:
        if not _MEETING_STEP.match(m.group()):
            return True
        b = _AS_A_TIME.search(low, max(0, m.start() - 30), m.start())
        if b is None:
            return True
        spans.append((b.start(), m.end()))
    rest = c.sent.low
    for a, b in spans:
        rest = rest.replace(low[a:b], " ")
    return _TRAJECTORY.search(rest) is not None or _FUTURE_STRONG.search(rest) is not None


# a route to permanence (an SGO, adoption, long-term fostering) is a care plan chosen, not the
# plan weighed over time, unless the sentence weighs it ("after a year of stability, SGO");
# a LADO strategy meeting is about an adult's conduct; attending or chairing a meeting is no step
_PERMANENCE = re.compile(r"^(?:special guardianship|sgo|permanence|adoption|long[- ]term (?:fostering|placement))")
_ATTEND_BEFORE = re.compile(r"\b(?:attend(?:s|ed|ing)?|chair(?:s|ed|ing)?|minut\w+|paperwork for)(?: (?:the|a|an|his|her|their))?\W*$")


def _a_step_in_the_plan(c, steps) -> bool:
    """False when every step the clause names is a route to permanence with nothing weighed, a LADO
    strategy meeting, or a meeting only attended or chaired."""
    low = c.low
    lado = "lado" in c.sent.low
    weighed = None
    for m in steps:
        w = m.group()
        if _ATTEND_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue
        if lado and w.startswith("strat"):
            continue
        if _PERMANENCE.match(w):
            if weighed is None:
                weighed = _TRAJECTORY.search(c.sent.low) is not None
            if not weighed:
                continue
        return True
    return False


# "Decision: step down to EH.", "Decision: end the plan as the family have moved away": a step
# down or an ending decided with no reason, or (an ending) for a reason that weighs nothing
_ENDING_STEP = re.compile(r"^(?:step|stepdown|end|ending|exit|de-?escalat)")
_NOT_BEFORE = re.compile(r"\b(?:not|rather than|instead of|n't|no)(?: to)?\W*$")


def _bare_ending(c, steps, reasoned: bool) -> bool:
    low = c.low
    last = None
    for m in steps:
        w = m.group()
        if not _ENDING_STEP.match(w) or w.startswith(("step up", "step-up", "stepped up", "stepping up", "steps up")):
            return False
        if _NOT_BEFORE.search(low, max(0, m.start() - 20), m.start()):
            return False  # "keep CIN, not step down": the step weighed and refused
        last = m
    if last is None:
        return False
    rest = c.sent.low.replace(last.group(), " ")  # ("step down" is itself a _TRAJECTORY word)
    if _TRAJECTORY.search(rest) or _COURSE_REASON.search(rest):
        return False
    return not reasoned or last.group().startswith(("end", "exit"))


# a strategy discussion called because an incident meets a threshold or a protocol ("strategy
# discussion today, as her account meets the s47 threshold") is the first response to harm, not the
# plan weighed over time; it is, when the sentence sets it against the plan, a wait or a pattern
# ("rather than wait for the review", "CIN has not protected him", "missing rising for 3 months")
_HARM_REASON = re.compile(
    # (or the incident it answers: "given that this is an injury to a child on a CP plan")
    r"\b(?:threshold|protocol|significant harm|non-mobile|injur(?:y|ies)|incident|disclos\w*|allegation|bruis\w*|fracture|"
    r"assault\w*|overdose|ingest\w*)\b"
)
# the child's status, not a view over time: "a child on a CP plan for neglect"
_ON_A_PLAN = re.compile(r"\b(?:on|subject to|under) (?:a |an |the |her |his |their )?(?:cp|cin|child protection|child in need)(?: plan)?\b")
_OVER_TIME = re.compile(
    r"\b(?:plans?|cin|cp(?! medical)|early help|rather than|instead of|wait\w*|escalat\w*|still|again|despite|already|"
    r"ris(?:e|ing)|more (?:frequent\w*|often)|increas\w*|months?|weeks?|years?|since|hasn't|has not|haven't|have not|"
    r"not (?:protect\w*|work\w*|shift\w*|stopp\w*)|pattern|monitoring|let it|review\w*|drift\w*|delay\w*|"
    r"(?:second|third|fourth|another|repeat\w*|further) (?:[a-z]+ )?(?:incident|episode|injur\w*|bruis\w*|time))\b"
)


def _first_response(c) -> bool:
    """Whether every step the clause names is a strategy discussion called for a threshold or a
    protocol, with nothing set against the plan or time (see above)."""
    low = c.sent.low
    if _HARM_REASON.search(low) is None or _OVER_TIME.search(_ON_A_PLAN.sub(" ", low)) is not None:
        return False
    steps = _steps(c)
    return bool(steps) and all(m.group().startswith("strat") for m in steps)


_TIME_T = frozenset("at from after before until till by in".split())
_NOT_A_STEP_T = frozenset(
    "lado attend attends attended attending chair chairs chaired chairing paperwork minutes minuted special sgo "
    "permanence adoption long".split()
)
_ENDING_T2 = frozenset("step stepdown end ending exit deescalate de stepped stepping steps".split())


def _steps_in_the_plan(c, decided: bool, reasoned: bool) -> bool:
    """The three guards above on one reading of the clause's steps (each tried only where the
    words it needs are there)."""
    toks = c.toks
    time = not _TIME_T.isdisjoint(toks)
    other = not _NOT_A_STEP_T.isdisjoint(toks) or "lado" in c.sent.low
    ending = decided and not _ENDING_T2.isdisjoint(toks)
    if not (time or other or ending):
        return True
    steps = _steps(c)
    return ((not time or _step_not_only_a_time(c, steps)) and (not other or _a_step_in_the_plan(c, steps))
            and not (ending and _bare_ending(c, steps, reasoned)))


def _steps(c) -> list[re.Match[str]]:
    """The steps the clause names: `_PROGRESS_ESC.finditer(c.low)`, the pattern tried only at the
    words it can start with (anchors.Scanner), each match the one finditer gives there."""
    memo = c.starts
    if memo is None:
        memo = c.starts = {}
    low = c.low
    return [_PROGRESS_ESC.match(low, a) for a, _ in _PROGRESS_ESC_S.spans(low, c.toks if c.src_is_low else None, memo)]


# a step named as where things stand, not one taken: "under an SGO since 2021", "the matter remains
# in pre-proceedings", "SGO assessment in progress", "the CLA review paperwork"
_UNDER_BEFORE = re.compile(r"\b(?:under|subject to) (?:an? |the |her |his |their )?(?:interim |final )?$")
_STATUS_AFTER = re.compile(r"(?: [\w-]+){0,4}? (?:is |are )?(?:in progress|ongoing|underway|under way)\W*$|"
                           r" (?:paperwork|minutes|forms?|invites?|invitations|report template)\b")
_REMAINS_IN = re.compile(r"^(?:the )?(?:matter|case|child|family|[a-z]+) (?:remains?|is still|stays?) (?:in|on|subject to) "
                         r"(?:a |an |the )?[a-z -]{2,30}\W*$")
_STATUS_T = frozenset("under subject progress ongoing underway way paperwork minutes form forms invites invitations "
                      "report remains remain still stays stay".split())


def _steps_as_status(c) -> bool:
    """Whether every step the clause names is a legal status or a piece of paper (see above)."""
    toks = c.toks
    if _STATUS_T.isdisjoint(toks):
        return False
    low = c.low
    if _REMAINS_IN.match(low):
        return True
    found = False
    for m in _steps(c):
        if not (_UNDER_BEFORE.search(low, 0, m.start()) or _STATUS_AFTER.match(low, m.end())):
            return False
        found = True
    return found


def _only_past_steps(c) -> bool:
    """Whether every step the clause names is one already held ("strategy discussion held 12/2")."""
    low = c.low
    found = False
    for m in _steps(c):
        if not _HELD_AFTER.match(low, m.end()):
            return False
        found = True
    return found


# "Mr Q's control of mum is escalating (keys, money ...)": something getting worse, unless it goes
# to a step ("we are escalating to PLO", "escalating this to the head of service")
_GETTING_WORSE = re.compile(r"\b(?:is|are|was|were|been|keeps?|kept)\W*$")
_ESC_TO = re.compile(r"\w* (?:to|this|it|the case|our|concerns|matters)\b")


# "escalation from shouting to smashing the door", "the worry is escalation to weapons", "risk:
# escalation if she stays with the group": the harm growing; not "escalation from CIN to CP",
# "escalation to the head of service if ...", "to request escalation"
_ESC_TARGET = (r"(?:the |a |an |our |their |his |her )?(?:[\w'-]+ ){0,3}?(?:manager|head|hos|service|panel|plo|pre-?proceedings|"
               r"proceedings|legal|gateway|strat\w*|conference|icpc|cp|cin|child protection|court|iro|director|team|lead|"
               r"nurse|school|edt|police|mace|lado|senior|dcs|complaints?|safeguarding|designated|named|s47|section 47|"
               r"ehc\w*|camhs|gp|consultant)\b")
_HARM_ESC_AFTER = re.compile(
    r" (?:if|when|in|after|before)\b|"
    r" from (?![^.;]{0,40}? to " + _ESC_TARGET + r")|"
    r" (?:to|into) (?!" + _ESC_TARGET + r")"
)
_ESC_BY_US = re.compile(r"\b(?:request\w*|seek\w*|consider\w*|recommend\w*|for|we|i|sw|tm|me)\W*(?:an? |the )?$")


def _only_worsening(c) -> bool:
    """Whether every escalation the clause names is something getting worse, not a step in the plan."""
    low = c.low
    if "escalat" not in low:
        return False
    for m in _steps(c):
        if not m.group().startswith(("escalat", "de-escalat", "deescalat")):
            return False
        if not (_WORSENING_BEFORE.search(low, 0, m.start()) or low.startswith(" behaviour", m.end())
                or (m.group() == "escalating" and _GETTING_WORSE.search(low, 0, m.start())
                    and not _ESC_TO.match(low, m.end()))
                or (m.group() in ("escalation", "escalated") and _HARM_ESC_AFTER.match(low, m.end())
                    and not _ESC_BY_US.search(low, max(0, m.start() - 25), m.start()))):
            return False
    return True


# What the Progress box asks for: time on the plan, drift, a step up or down (see cues.box_topic_hits).
BOX_TOPIC = re.compile(
        r"\b(?:overdue|drift\w*|delay\w*|behind|(?:on|off) track|outcomes? (?:met|achieved|not)|goals? (?:met|achieved|not)|"
        r"step(?:ped|s)? down|stepdown|escalat\w*|plo|pre-proceedings|proceedings|timescales?|first time|"
        r"stuck|stalled|slipp\w*|deferr\w*|must conclude|day \d+ of|"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) (?:weeks|months|years)"
        r"(?! time\b)(?=[ ,;.:-]+(?:on|into|since|without|of|and now|now|later|open|in care|no|not|with no)\b))")


_DRIFT_MOVE = re.compile(_DRIFT_MOVES)


def _child_slipping(low: str) -> bool:
    """The child's school or health slipping ("her attendance is slipping"), no plan named."""
    return _CHILD_SLIP.search(low) is not None and not _PLAN_WORD.search(low)

# "hiding behind the door", "two years behind with her reading": behind in place or in school
_NOT_BEHIND_AFTER = re.compile(
    r" (?:the|a|an|his|her|their|him|them|me|us|it|closed|locked|doors?|bars|in|at|with (?:her|his|their|my) )"
)
# "the bus was delayed": a journey, not the plan
_JOURNEY_BEFORE = re.compile(r"\b(?:bus|train|traffic|flight|taxi|car|plane|journey|transport|visit|meeting|session)s?\b[^.;]{0,15}$")
# "Mum came to core group for the first time": a parent's attendance
_ATTENDED = re.compile(r"\b(?:attend\w*|came|come|went|turned up|showed up|joined|engaged)\b")


# "Ella's speech is delayed", "his development is behind for his age": the child's development
_DEVELOPMENT_BEFORE = re.compile(r"\b(?:speech|language|development|developmental|global|motor|growth|puberty|cognitive|"
                                 r"reading|learning|walking|talking|milestones?)\b[^.;]{0,15}$")


_SPAN_OF_OTHER = re.compile(
    r" of (?!(?:the |this |her |his |their |a |an )?(?:[\w-]+ )?(?:plan|cp|cin|plo|proceedings|order|work|support)\b|"
    r"(?:no|little|sustained|stable|consistent|real|the same)\b)"
)


def _box_skip(c, start: int, end: int) -> bool:
    """A Progress box word used in another sense ("his behaviour escalated", "PLO meeting held 4/2"), or
    in a line that only names the topic or puts it off."""
    low = c.low
    if _only_named(c) or (c.n_tokens <= 12 and _SCHEDULED_ONLY.match(low)):
        return True  # (or a hearing or review in the diary: "Care proceedings: final hearing listed for 4 July")
    w = low[start:end]
    if w.startswith("drift") and _DRIFT_MOVE.match(low, end):
        return True
    if w.startswith("delay") and _DEV_DELAY.search(low):
        return True
    if w.startswith("slipp") and _child_slipping(low):
        return True
    if (w.startswith("delay") or w == "behind") and (
            _DEVELOPMENT_BEFORE.search(low, 0, start) or low.startswith((" for his age", " for her age", " for their age"), end)):
        return True
    if w.startswith("escalat"):
        return _only_worsening(c)
    if w == "behind":
        return _NOT_BEHIND_AFTER.match(low, end) is not None or low.endswith(("years ", "year ", "hiding "), 0, start)
    if w.startswith("delay"):
        return _JOURNEY_BEFORE.search(low, 0, start) is not None
    if w in ("on track", "off track") and low.startswith(" with ", end) and not _PLAN_WORD.search(low):
        return True  # "back on track with his reading": the child's school, not the plan
    if w == "first time":
        return _ATTENDED.search(low) is not None
    if w.endswith(("weeks", "months", "years")) and _SPAN_OF_OTHER.match(low, end):
        return True  # "three weeks of weight loss": a stretch of the child's life, not of the plan
    if w in ("plo", "proceedings", "pre-proceedings"):
        return _HELD_AFTER.match(low, end) is not None or _steps_as_status(c)
    return False


# the plan's course chosen: kept at its level, extended, ended or closed ("stay CIN, not close",
# "end your plan in January", "request a six-month extension", "step down to CIN"); with its reason (a reasoned
# decision) it is the plan weighed, where "CP plan continues" alone is a status
_PLAN_COURSE = re.compile(
    r"\b(?:stay|stays|staying|remain|remains|remaining|kept|keep|keeping)(?: him| her| them| it| the case| the children)?(?: open)?(?: on| at| as| under| subject to)?"
    r"(?: (?:the|a|her|his|their))? (?:cp|cin|child protection|child in need|cic|early help|eh|plan|pre-?proceedings|plo)\b|"
    r"\b(?:clos(?:e|ed|es|ing|ure)|end(?:s|ed|ing)?|stop(?:s|ped|ping)?) (?:the |this |your |his |her |their |our )?"
    r"(?:\w+ )?(?:case|plan|cin|cp|involvement|file|order|work)\b|\bclos(?:e|ing|ure)(?= (?:in|at|by|on|now|when|after|because|as|once|next)\b)|"
    r"\bextension\b|\bextend(?:s|ed|ing)? (?:the |this |her |his |their |your )?(?:\w+ ){0,2}"
    r"(?:cin|cp|plan|order|placement|involvement|work|support|assessment|timescale)|"
    r"\b(?:keep|keeping|kept|stays?|remains?) (?:the case |it |the file |the plan )?open\b|\bnot (?:to )?clos(?:e|ing)\b|"
    r"\b(?:cp|cin|plan) (?:to )?(?:continue|continues|remain|remains|stay|stays|end|ends)\b|"
    r"\bstep(?:s|ped|ping)?[- ]?down\b|\bstepdown\b"
)
# its reason weighs change or its lack ("things are getting better", "one improved test is not
# enough", "the statutory work is done", "he is mid-gain", "the rows have stopped", "episodes have
# reduced"); a reason from the facts of the day
# ("it was self-disclosed", "it's a legal requirement") chooses a course without weighing the plan
_COURSE_REASON = re.compile(
    r"\b(?:better|worse|improv\w*|gains?|mid-gain|chang\w*|unchanged|settled|unsettled|sustain\w*|held|holding|"
    r"working(?! (?:with|at|on|in|as|to|towards|through|alongside|closely|together|hard)\b)|lasted|lasting|only just|"
    r"just (?:stopped|started)|recent(?:ly)?|too (?:soon|early)|"
    r"still|enough|done|met|achieved|progress\w*|fixed|doing (?:well|ok|fine)|stable|stabl\w+|no longer|"
    r"stopped|eased|resolved|reduced|fewer|calmer|safer|week \d+|month \d+|(?:term|month|week)s?'?s? (?:of )?evidence|on track|drift\w*|delay\w*)\b"
)
_COURSE_T = frozenset(
    "stay stays staying remain remains remaining kept keep keeping close closed closes closing closure end ends ended "
    "ending stop stops stopped stopping extension extend extends extended extending open continue continues "
    "step steps stepped stepping stepdown".split()
)


def _course_reasoned(decided: list[Hit] | None, hits: list[Hit]) -> None:
    """Reasoned decisions (the decisions criterion's own hits) that choose the plan's course."""
    for w, s in decided or ():
        if w < 0.5:
            continue
        low = s.low
        if s.heading:
            low = f"{s.heading.lower()}: {low}"
        if not _COURSE_T.isdisjoint(_TOKEN.findall(low)):
            m = _PLAN_COURSE.search(low)
            if m is not None and _COURSE_REASON.search(low, m.end()):
                hits.append((0.7, s))


def detect_progress(note: Note, decision_hits: list[Hit] | None = None) -> list[Hit]:
    """`decision_hits`: the decisions criterion's hits for the note, when at hand (a reasoned
    decision on the plan's course is the plan weighed)."""
    hits: list[Hit] = []
    _course_reasoned(decision_hits, hits)
    reasoned = {id(s) for w, s in decision_hits or () if w >= 0.5}
    box_topic_hits(note, "progress", BOX_TOPIC, hits, skip_match=_box_skip)
    decided = decision_sentences(note)
    low_all = note.low_all
    # the words the two checks below need, looked for once in the whole note
    overdue = "overdue" in low_all
    reviewed = "reviewed" in low_all or "checked" in low_all or "gone through" in low_all or "brought" in low_all or "put back" in low_all or "moved forward" in low_all
    for c in note.clauses:
        toks = c.toks
        if c.n_tokens <= 8 and not _MEETING_T.isdisjoint(toks) and _SCHEDULED_ONLY.match(c.low):
            continue
        if c.n_tokens <= 12 and not _NAMED_T.isdisjoint(toks) and "if" not in toks and _only_named(c):
            continue
        if (not _ESC_T.isdisjoint(toks) and _has(_PROGRESS_ESC_F, c) and not _only_worsening(c) and not _steps_as_status(c)
                and not (c.n_tokens <= 5 and _NEXT_DATE.match(c.low))
                and not (c.sidx not in decided and _DIARY.search(c.low) and not _TRAJECTORY.search(c.low))):
            # a step to take ("Decision: convene PLO meeting", "legal gateway to be booked") or a
            # view over time; not a step only named ("part of the pre-proceedings plan")
            future = _has(_FUTURE_F, c)
            if (future or c.sidx in decided or _TRAJECTORY.search(c.sent.low)) and not _BARE_STATUS.match(c.sent.low) and not (
                _has(_PAST_EVENT_F, c) and not future
            ) and not (c.sidx not in decided and _only_past_steps(c)) and not (
                _DIARY_ONLY.match(c.low) and not _TRAJECTORY.search(c.sent.low) and not _ON_TRACK.search(c.sent.low)
            ) and _steps_in_the_plan(c, c.sidx in decided, id(c.sent) in reasoned) and not _first_response(c):
                hits.append((0.7, c.sent))
        if (not _DRIFT_T.isdisjoint(toks) and _has(_PROGRESS_DRIFT_F, c) and not (
            not _HOME_T.isdisjoint(toks) and _only_time_in_a_home(c.low)
        ) and not _ONLY_NAMED.match(c.low) and not (
            ("slipping" in toks or "slipped" in toks) and _child_slipping(c.low)
        )) or (not _DELAY_T.isdisjoint(toks) and _has(_PROGRESS_DELAY_F, c) and not (
            ("delay" in toks or "delays" in toks) and _DEV_DELAY.search(c.low))) or (
            _not_moving(c.low, toks)
        ) or ("still" in toks and ("not" in c.low or "n't" in c.low) and _STILL_NOT.search(c.low)) or (
            "day" in toks and "of" in toks and _day_count_late(c.sent.low)
        ):
            hits.append((0.75, c.sent))
        # "C&F assessment, day 35 of 45 - on track": the plan word may sit in the sentence's other part
        if "track" in toks and _has(_ON_TRACK_F, c) and (_has(_PLAN_WORD_F, c) or _PLAN_WORD.search(c.sent.low)
                                                          or _ON_TRACK_FOR.search(c.sent.low)):
            hits.append((0.7, c.sent))
        if (c.n_tokens >= 6 and not _REVIEW_T.isdisjoint(toks) and _has(_PROGRESS_REVIEW_F, c)
                and (not c.action or _PLAN_REVIEW.search(c.low)) and not _STATUS_REVIEW.search(c.low)
                and not _REVIEW_AS_TIME.search(c.low) and not _review_in_the_diary(c)):
            hits.append((0.6, c.sent))
        if ("schedule" in toks or "time" in toks) and _ON_SCHEDULE.search(c.low):
            hits.append((0.7, c.sent))
        if ("visit" in c.low or "call" in c.low) and _FREQ_T.search(c.low) and _VISITS_STEPPED.search(c.low):
            hits.append((0.7, c.sent))  # "move to 12-weekly visits now the first year is done"
        if ("open" in toks or "allocated" in toks) and _OPEN_FOR.search(c.low) and _NOT_YET.search(c.low):
            hits.append((0.75, c.sent))  # "CIN open 9 weeks and no meeting held yet"
        if overdue and "overdue" in toks and not _HEALTH_DUE.search(c.low):
            hits.append((0.75, c.sent))
        if reviewed:
            heading = c.sent.heading
            if (not _REVIEWED_T.isdisjoint(toks) or (heading and _reviewed_head(heading))) and (
                _reviewed_with_finding(c, heading)
            ):
                hits.append((0.7, c.sent))
    if ("outstanding" in low_all or "not " in low_all or "to do" in low_all) and (
            "done" in low_all or "complete" in low_all or "achieved" in low_all or "finished" in low_all or "in place" in low_all):
        _sorted_done_and_not(note, hits)
    _weighed_hits(note, hits)
    return hits


# --- the plan weighed over time, read across a whole sentence ------------------------------
# A manager weighs progress by setting now against a point the work is measured from (the
# plan's start or aim, the last supervision or review, the conference), or by judging a change
# over a stretch of time or several visits: "nothing has changed since the ICPC", "the change
# has held over four visits", "the plan in June aimed for full-time attendance; she is at 82%".
# Either part may sit in another clause, or the aim in the sentence before. A time alone
# ("since the last supervision SW has been on leave"), or a child's measure alone going up or
# down ("he lost 8kg since September": that is the child's life, or impact), is not it.

_N = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|a few|few|many)"

_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
           r"apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|winter)")

# the plan's start or its aim: what its outcomes are set against
_PLAN_START = re.compile(
    r"\b(?:at|from|since) the (?:start|outset|beginning)\b(?! of (?:the |this |that |last |next )?(?:month|week|year|day|term|"
    r"visit|meeting|session|call|holidays?)\b)|\bstart of (?:the |this |her |his |their )?(?:\w+ )?plan\b|"
    r"\bwhen (?:the|we|this|our|her|his|their) (?:\w+ ){0,2}?(?:plan )?(?:started|began|was agreed|was set up|was made)\b|"
    r"\bwhen we (?:agreed|started|set|began|made) (?:the|this|her|his|their) (?:\w+ )?plan\b|"
    r"(?:^|[;:,-] )(?:the |our |this |her |his |their )?(?:\w+ )?plan (?:began|started|was agreed|was set|set out|put in place)\b|\bat (?:the )?(?:icpc|initial conference)\b|"
    rf"\bplan (?:\(|(?:in|from|of|since|agreed in|made in|set in) ){_MONTHS}\b|\bplan start\b|"
    r"\b(?:plan|start|then|icpc|before) ?(?:vs\.?|v\.?|versus|against|compared (?:to|with)) now\b|"
    r"\bcompared (?:with|to) (?:the start|when|where we|how (?:things|it) (?:was|were)|before the plan)\b|"
    r"\bpre-?plan\b|\bbefore (?:the|this|her|his|their) (?:\w+ )?plan\b(?! (?:was|is|meeting|review))|"
    rf"^(?:the )?(?:cin |cp |care |pathway |safety )?plan (?:\d+|{_N}) (?:weeks|months|wks|mths)\b"
)

# another point the work is measured from: the last look at it, or time on the plan
_BASE = re.compile(
    # "since the plan started" weighs a measure only with a judgement: "his weight is up since
    # the plan started" is the child's life or the work's impact, not the plan weighed
    r"\bsince (?:the |this |her |his |their )?(?:\w+ ){0,2}?plan(?: (?:started|began|was agreed|was made|was set|came in))?\b"
    r"(?! (?:meeting|review|was (?:discussed|mentioned)))|"
    r"\bsince (?:(?:the|our|my|his|her|their|this|that|last|previous|first|second|third|fourth|fifth|initial|it|we|she|he|they|was|were|"
    rf"started|starting|began|beginning|agreed|set|put|in|place|up|with|a|an|new|cin|cp|cic|eh|plo|\w+ing|{_MONTHS}) ){{0,4}}?"
    r"(?:supervision|supv|supervisions|review|reviews|plan|icpc|rcpc|conference|core groups?|start|outset|"
    r"intervention|programme|program|course|sessions?|service|work|allocation|step(?:ped)? ?down|started|began|agreed|"
    # a start of the child's or a parent's own ("since she started nursery") is no point the plan is weighed from
    r"routine|we)\b(?<!started)(?<!began)|"
    r"\bsince (?:(?:the|our|my|his|her|their|this|that|it|we|she|he|they|first|initial|cin|cp|cic|eh|plo|[\w-]+ing) ){0,3}?(?:started|began)\b"
    r"(?! (?:nursery|school|college|secondary|primary|reception|year \d+|y\d+|work|a job|her job|his job|the job|university|"
    r"uni|sixth form|walking|talking|crawling|teething|puberty|smoking|drinking|dating|seeing|secondary school)\b)(?! again\b)|"
    r"\bcompared (?:with|to) (?:last|the last|previous|the previous|a year|\w+ (?:weeks|months|years) ago)\b|"
    r"\b(?:last|previous|our last|the last|the previous) (?:(?:two|three|four|five|few|several|\d+) )?(?:supervisions?|supv|reviews?|conferences?|core groups?)\b|"
    rf"\b(?:plan|cin|cp|cic|plo) {_N} (?:weeks|months|wks|mths)\b|\b{_N} (?:weeks|months|wks|mths) in\b(?! (?:care|foster|the|a|his|her)\b)|"
    r"\b(?:now |are |is |we're |we are )at (?:week|month|day) \d+\b|\bby now\b"
)

# a judgement of change, or of none, that the plan is weighed by
_CHANGE = re.compile(
    r"\b(?:(?:no|little|any|real|some|much|not much|sustained|lasting|measurable|clear|big|marked|significant) (?:real )?"
    r"(?:change|improvement|progress|difference)|"
    r"(?:nothing|little|not much|anything)(?: has| have| had|'s)? (?:really )?(?:changed|moved|shifted|improved)|"
    # "nothing on the plan has moved", "has anything shifted since the review?", "has the plan moved anything"
    r"(?:no|little|some|real|any|not much|most) (?:real )?movement|been the same|"
    r"nothing (?:on|in|about|from) (?:the |this |her |his |their |our )?(?:\w+ )?plan (?:has|have|had) (?:really )?(?:changed|moved|shifted|improved|happened)|"
    r"(?:has|have|had) (?:anything|much|things) (?:really |actually )?(?:changed|moved|shifted|improved)|"
    r"(?:changed|moved|shifted) anything|what(?:'s| has| have)(?: really)? (?:changed|moved|shifted|improved)(?! for)|what (?:hasn't|has not|haven't|have not)(?! for)|"
    r"(?:not|barely|hardly|scarcely) (?:yet )?(?:moved|shifted|changed|improved)|"
    r"(?:has|have|had|is|are)(?:n't| not)(?: yet| really)? (?:changed|moved|shifted|improved|happened|started|reduced|dropped|fallen)|"
    r"moved on|(?:changes?|improvements?|gains?|progress) (?:has |have |had )?(?:held|lasted|been (?:sustained|maintained|lost))|"
    r"(?:has|have|had|it's) held|held (?:up|firm)|lasted|sustain(?:ed|able)?|maintained|no nearer|any nearer|no further forward|still not|still no|"
    # "we are in the same place", not "arrives in the same clothes"
    r"(?:is|are|was|were|remains?|remained|stays?|stayed|much|still|exactly|largely|looks|feels) the same|"
    r"(?:the |^|[,;:-] )same (?:as (?:at|in|when|before|last)|position|place|point|state|(?:\w+ )?(?:worries|concerns|issues|problems|actions|targets|goals))|"
    r"(?:worse|better|different) than (?:at|in|when|before|last|it was)|as (?:bad|good|it was) as|gone backwards|"
    r"worse,? not better|better,? not worse|"
    r"(?:getting|got|gone|become) (?:much |a lot |any |no )?(?:worse|better)|met|achieved|"
    # the plan or the work "is working", not a worker "working with mum"
    r"working(?! (?:with|at|on|for|in|as|to|towards|through|alongside|closely|together|hard|age)\b)|"
    r"made (?:a|any|the|no|little|some|real) (?:real |measurable |big )?difference|repeats?|"
    r"(?:visits|core groups|reviews|sessions|meetings|supervisions) since)\b"
)

# what a child's or family's measure did: set against the plan's start it is the plan weighed
_MEASURE = re.compile(
    r"\b(?:now|currently|went from|gone from|come from|moved from|up from|down from|up to|down to|dropped|fallen|"
    r"risen|increased|reduced|doubled|halved|improv\w+|better|worse|fewer|more|less|calmer|safer|cleaner|happier|"
    r"no (?:further |new |more )?(?:marks|bruises|injuries|incidents|call-?outs|episodes|missing episodes|referrals|"
    r"notifications|arrests|exclusions))\b|(?:\d ?%?|[a-z]) ?-+> ?\d"
)

# the plan or the work late against its own timetable: "the plan is six months behind", "week 15 of 16"
_BEHIND = re.compile(
    r"\b(?:plan|work|assessment|timetable|timescale|we|it|this|case|review|report|proceedings)\b[^.;]{0,25}?"
    r"\b(?:is|are|'s|'re|has fallen|have fallen|running|now|already)(?: [a-z0-9]+){0,3} behind\b"
    r"(?! (?:the|a|an|his|her|their|closed|locked|him|them|mum|dad|me|us|it|door|doors|bars|with|in|at|on)\b)|"

    r"\b(?:week|month|wk|mth) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen) of "
    r"(?:\d+\b|(?:the |a |an |her |his |their )?(?:[a-z0-9-]+ ){0,3}?(?:plan|order|programme|assessment|proceedings|plo|"
    r"placement|timetable|timescale)\b)"
)

# a change judged over a stretch of time or several occasions
_STRETCH = re.compile(
    rf"\bover (?:the )?(?:last |past )?{_N} (?:visits|weeks|months|sessions|core groups|reviews|meetings)\b|"
    rf"\b{_N} (?:weeks|months|years|wks|mths)'?s? (?:of )?(?:sustained|consistent|stable|maintained)\b|"
    r"\b(?:at|on) (?:every|each) (?:\w+ )?(?:visit|core group|review|session|meeting)\b|"
    r"\b(?:visits|core groups|reviews|sessions|meetings) since\b|"
    rf"\bsince (?:the )?{_MONTHS}\b|"
    r"\bover the (?:last|past) (?:year|month|term|few (?:weeks|months))\b|\blooking back\b|"
    rf"\b(?:held|lasted|stable|settled|sustained|maintained|kept up) (?:for |in |over )?(?:the )?"
    rf"(?:last |past )?(?:over |nearly |almost |more than )?{_N} (?:weeks|months|years)\b"
)

# held, or lost, over that stretch: change judged real or not
_SUSTAIN = re.compile(
    r"\b(?:(?:has|have|had|it's) held|held (?:up|firm)|lasted|sustain(?:ed|able)?|maintained|consistent(?:ly)?|lost again|slipped back|"
    r"fallen back|(?:no|little|any|some|real|much) (?:real )?(?:change|improvement|progress|difference))\b"
)

# a step late against its date ("was due by September and was only completed in October"), or
# still waiting since it was asked for ("CAMHS ref made in June, still on the waiting list")
_LATE = re.compile(
    r"\b(?:was|were) due (?:by|in|on|before) [^.;]{1,20}?\b(?:and|but)\b[^.;]{0,20}?\b(?:only|not|still|late|n't)\b|"
    rf"\b(?:made|sent|requested|referred|booked|asked for|applied) (?:in|on|since|back in) (?:{_MONTHS}|\d{{1,2}}[/.]\d{{1,2}})"
    r"[^.;]{0,10}?\bstill (?:on|waiting|not|no|with)\b"
)

# the plan said not to be working, or to need changing
_NOT_WORKING = re.compile(
    r"\b(?:plan|work|intervention|support|package|programme|what we are doing|what we're doing)\b[^.;]{0,30}?"
    r"\b(?:is not|isn't|has not|hasn't|was not|wasn't|did not|didn't|does not|doesn't|not) (?:yet |really |been )?"
    r"(?:working|changing anything|chang\w+ anything|made (?:a|any|the|much|enough) (?:real )?difference|"
    r"making (?:a|any|the|much|enough) (?:real )?difference|keeping \w+ safe|delivered|achieved|holding|held|worked|"
    r"doing (?:what it|its job|what we)|having (?:the|any|much) (?:intended |hoped[- ]for |desired )?(?:effect|impact)|"
    r"(?:touched|shifted|moved|dented) (?:it|this|that|anything|them)|"
    r"reduced (?:the )?(?:risk|risks|worries|concerns|harm|neglect|drinking|drug use|violence|missing))|"
    r"\b(?:keep|keeps|kept|keeping) [^.;]{0,40}?\bthe same\b[^.;]{0,40}?\bthe same (?:result|outcome|place|worries|concerns|problems)\b|"
    r"\b(?:plan|work|intervention|support|what we've done|what we have done|rhis)\b[^.;]{0,30}?\b(?:(?:has|have|had) )?made (?:no|little) "
    r"(?:real )?difference\b|"
    r"\bplan (?:needs|need) to change\b|\bplan (?:needs|need) (?:to be )?(?:resetting|reset|rewriting|rewritten|revising|"
    r"revised|rethinking|rethought|redoing|redone|a rethink|a reset|changing|changed)\b|\b(?:think again about|rethink) (?:the|this|our) plan\b|"
    r"\b(?:look at|revisit) (?:the|this|our) plan again\b"
)

# the plan said to have failed, or to be the wrong plan: "the current plan has failed three
# times", "the safety plan is failing her", "mediation is the wrong plan"; the plan itself,
# not a test or a claim failed or someone's plan for the weekend ("his plan for the party failed")
_PLAN_FAILED = re.compile(
    r"\b(?:plan|plans|approach|intervention)(?:'s| so far)? (?:has |have |had |is |are |was |were )?"
    r"(?:now |already |clearly |just |simply |really )?(?:failed|failing)\b|"
    r"\bwrong plan\b|\bplan (?:is|was|has been) (?:the )?wrong\b"
)
_FAILED_T = frozenset("failed failing wrong".split())
_FAILED_WHAT_T = frozenset("plan plans approach intervention".split())

# the plan not moving after a stretch: "the plan is at the same point after six months", "plan
# not shifting after 4 months"; the plan named, so "her room looked the same after six months"
# (the child's life) is not it
_UNMOVED_AFTER = re.compile(
    r"\b(?:plan|cp|cin|case)\b[^.;?]{0,60}?\b(?:same|no change|not (?:shifting|moving|changed|changing|moved|shifted)|"
    r"(?:has|have)n't (?:changed|moved|shifted)|no (?:progress|movement)|nothing)\b[^.;?]{0,40}?"
    rf"\bafter (?:over |nearly |more than |almost |another |a further )?{_N} (?:weeks|months|years|wks|mths)\b"
)
_UNMOVED_AFTER_T = frozenset("plan cp cin case".split())


def _plan_failed(low: str, toks) -> bool:
    if not _FAILED_T.isdisjoint(toks) and not _FAILED_WHAT_T.isdisjoint(toks) and _PLAN_FAILED.search(low):
        return True
    return ("after" in toks and (not _SPAN_T.isdisjoint(toks) or "years" in toks) and not _UNMOVED_AFTER_T.isdisjoint(toks)
            and _UNMOVED_AFTER.search(low) is not None)


# an ending reasoned from what has been done or held: "closing at the end of the order as he's
# done all his requirements and there's been no further offending in the nine months"
_ENDING_REASONED = re.compile(
    r"\b(?:clos(?:e|ing|ure)|step(?:ping)?[- ]?down|end(?:ing)? (?:the )?(?:plan|cin|cp|order|involvement)|stand(?:ing)? down|"
    # the plan's own parts ended or thinned: "end the weekly missing meeting", "reduce visits from weekly to fortnightly"
    r"end(?:ing)? (?:the )?(?:[\w-]+ ){0,3}?(?:meetings?|visits|reviews?|support|testing|monitoring)|"
    r"reduc(?:e|ing) (?:the )?(?:visits|meetings|support|testing|monitoring|frequency))\b"
    r"[^.;]{0,80}?\b(?:as|because|since|given|now that)\b[^.;]{0,80}?\b(?:done|completed|met|achieved|held|sustained|stable|"
    r"no further|no new|none since|no concerns? (?:for|since|in)|settled|no (?:missing|incidents|offending|episodes|call-?outs))\b"
)

# an early sign of change, with its caveat
_EARLY = re.compile(
    r"\bearly days\b|\btoo (?:soon|early) to (?:say|tell|know|judge)\b|"
    r"\bneed to see (?:it|this|that|whether it|if it|the change|this change) (?:hold|last|sustained|continue|maintained)\b|"
    r"\b(?:first|early|small) signs? of (?:change|improvement|progress)\b|\b(?:one|a single) (?:month|week|visit) only\b|"
    r"\b(?:changes?|improvements?|progress|gains?|stability|sobriety|abstinence)\b[^.;]{0,20}?"
    r"\b(?:only|just|barely) (?:a|one|two|three|four|five|six|\d+) (?:weeks?|months?) old\b"
)

# a span on the plan weighed: "five weeks isn't enough to know she can manage alone", "six weeks of
# his sobriety is too short to judge"; not a span for a task ("two weeks is enough time to pack")
_SPAN_ENOUGH = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few) (?:weeks?|wks|months?|mths|visits|sessions)"
    r"(?: of [\w' -]{1,25}?)? (?:is|are|was|were|isn't|aren't|wasn't|'s)(?: not| still)? "
    r"(?:enough|long enough|too (?:short|soon|early))\b[^.;]{0,10}?\bto (?:know|judge|tell|trust|be sure|say|see|show|"
    r"be confident|evidence|prove|believe|rely)\b"
)
_ENOUGH_T = frozenset(("enough", "short", "soon", "early"))
# the plan or an assessment at its mid-point: "half way through the 12-week assessment"
_MIDPOINT = re.compile(
    r"\b(?:half ?way|mid-?way|mid-?point)\b[^.;]{0,25}?\b(?:assessment|plan|programme|placement|order|proceedings|plo|course)\b|"
    r"\b(?:assessment|plan|programme|placement|order|proceedings|plo|course) (?:is |now )?(?:half ?way|at (?:the |its )?mid-?point)\b"
)
_MID_T = frozenset(("half", "halfway", "midway", "midpoint", "mid"))

# "three of the five plan outcomes are met", "aims of the plan have been met", "school outcomes met"
_OUTCOMES_MET = re.compile(
    r"\b(?:outcomes?|goals?|targets?|aims?)\b[^.;]{0,45}?\b(?:met|achieved|done|unmet)\b(?! (?:with|at|by)\b)|"
    # "cin goals: attendance well ahead, friendship goal not started", "goals going backwards since the review"
    r"\b(?:outcomes?|goals?|targets?)\b[^.;]{0,45}?\b(?:not (?:yet )?started|(?:well )?ahead|behind|(?:going|gone) backwards|"
    r"slipp(?:ed|ing)|stalled|partly)\b|"
    r"\b(?:\d+|all|most|none) of (?:the |\d+ )?(?:plan |her |his |their |our )?actions (?:are |were |have been )?(?:done|completed|complete|met)\b"
)

# "the care plan said he would return within three months": the plan's aim, whose outcome
# may follow in the next sentence ("it is now four months and no local home has been found")
_AIM = re.compile(
    r"\bplan\b[^.;]{0,20}?\b(?:said|says|aimed|aims|was for|was to|wanted|expected|set out|"
    r"sets? (?:\w+ )?(?:goals|targets|outcomes|aims))\b|"
    r"\b(?:plan's |plan |the |our |first |main )?(?:goal|aim|target|outcome)(?: \d| one| two| three)? (?:was|is|were)\b|"
    r"\b(?:was|were|is|are) (?:planned|meant|supposed) (?:for|to|by)\b|"
    # "the plan asked for Leo to be at nursery", "target in the plan was 90%", "we set out to get mum into ..."
    r"\bplan\b[^.;]{0,20}?\b(?:asked|required|meant)\b|\bwe set out to\b|"
    r"\b(?:target|goal|aim|outcome)s? (?:in|on|of|from|set in|set at) (?:the |her |his |their |our |your )?(?:\w+ )?plan (?:was|is|were|are)\b"
)

# the words a pattern cannot match without, so most sentences are never searched
_MONTH_T = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec spring summer autumn winter".split()
)
_START_T = frozenset("start outset beginning compared icpc initial vs versus".split())
_STARTED_T = frozenset("started began agreed set made".split())
_PLAN_AT_T = frozenset("began started agreed set put since weeks months wks mths pre before".split()) | _MONTH_T
_LOOK_T = frozenset("supervision supv review conference core supervisions reviews conferences".split())
_SPAN_T = frozenset("weeks months wks mths".split())
_CHANGE_T = frozenset(
    "change improvement progress difference changed moved shifted improved happened started reduced held lasted "
    "sustained sustainable maintained same nearer forward still worse better different bad good backwards met movement "
    "achieved working repeats repeat since".split()
)
_MEASURE_T = frozenset(
    "now currently went gone come moved up down dropped fallen risen increased reduced doubled halved better "
    "worse fewer more less calmer safer cleaner happier improved improving improvement improvements "
    "marks bruises injuries incidents callouts call episodes referrals notifications arrests exclusions".split()
)
_STRETCH_T = frozenset("over every each since looking weeks months years wks mths".split())
_SUSTAIN_T = frozenset(
    "held lasted sustained sustainable maintained consistent consistently lost slipped fallen change improvement "
    "progress difference".split()
)
_WORK_T = frozenset("plan work intervention support package programme doing".split())

# "nothing we have done has moved it on": the work weighed and found to change nothing
_NOTHING_MOVED = re.compile(
    r"\bnothing (?:we|we've|we have|the plan|the work|anyone)\b[^.;]{0,30}?\b(?:moved|shifted|changed|helped|worked)\b|"
    # "nothing on the plan has moved", "not much on the CIN plan has happened": the plan's content, not
    # its wording ("nothing in the plan says who does the school run")
    r"\b(?:nothing|little|not much)\b (?:on|in|from|of) (?:the |this |her |his |their |our |your )?(?:[\w-]+ )?plan "
    r"(?:has|have|had)(?: really| yet| actually)? (?:moved|shifted|happened|progressed|improved|been done|been started|got done)\b"
)
_NOT_WORKING_T = frozenset("not isn hasn wasn didn doesn no little need needs rethink again keep keeps kept keeping".split())
_WEEK_MONTH_T = frozenset("week month wk mth".split())
_EARLY_T = frozenset("early soon signs sign".split())
_HOLD_T = frozenset("hold last sustained continue maintained".split())
_ONE_T = frozenset("month week visit".split())
_MET_T = frozenset("met achieved done unmet complete completed".split())
_MET_T2 = frozenset("started ahead behind backwards slipped slipping stalled partly".split())
_GOAL_T2 = frozenset("outcomes outcome goals goal targets target".split())
_GOAL_T = frozenset("outcomes outcome goals goal targets target aims aim actions".split())
_AIM_T = frozenset("said says aimed aims was wanted expected set sets asked required meant".split())

# a measure moved from one figure to another: "attendance went from 55% in September to 88% now"
_FROM_TO = re.compile(r"\b(?:went|gone|come|moved|risen|fallen|dropped|increased|reduced|up|down) from\b[^.;]{1,40}?\bto\b")

# "What the plan has done: she now travels to college alone", "the plan has achieved its aims"
_PLAN_DID = re.compile(r"\bplan (?:has|have|had) (?:already |now |largely |mostly )?(?:done|achieved|delivered|changed|worked)\b")
_PLAN_DID_WHAT = re.compile(r"\b(?:achieved|delivered|done) (?:its|the|all|most|some|what|much|little|nothing|its main) ?(?:of )?(?:its |the )?"
                            r"(?:aims?|goals?|outcomes?|targets?|it set out|it was meant)")
_DID_T = frozenset("done achieved delivered changed worked".split())
_GOAL_AIM_T = frozenset("goal aim target outcome planned meant supposed".split())


# a sentence holding none of these meets none of weighed_over_time's paths
_ANY_T = (
    frozenset("since compared last previous at by start outset beginning when plan over every each looking weeks months "
              "years wks mths early soon signs sign see only due still behind week month "
              "close closing closure step stepping stepdown end ending stand standing nothing keep keeps kept keeping "
              "old".split())
    | _START_T | _WORK_T | _MET_T | _GOAL_AIM_T | _GOAL_T2
)


# an ending reasoned over time: "no further offending in the nine months", "stable since spring"
_SPAN_OR_SINCE = re.compile(rf"\b{_N} (?:weeks|months|years|wks|mths)\b|\bsince\b")

_BECAUSE_T = frozenset("as because since given now".split())
_DONE_T = frozenset("done completed met achieved held sustained stable no none settled further new concern concerns missing "
                    "incidents offending episodes".split())
_ASKED_T = frozenset("made sent requested referred booked asked applied".split())

_ENDING_T = frozenset("close closing closure step stepping stepdown end ending stand standing reduce reducing".split())


def _sentence_finder(rx: re.Pattern[str]) -> tuple[Finder, tuple[str, ...]]:
    """A Finder for a sentence's words (see _in_sentence), with the words it can start with that
    a sentence's tokens may lack: a count's words blanked out ("no children") and "foster"."""
    f = Finder(rx)
    return f, tuple(w for w in f.closed or () if may_blank(w) or w == "foster")


def _in_sentence(finder: tuple[Finder, tuple[str, ...]], low: str, toks) -> bool:
    """`rx.search(low) is not None`, tried only at the words the pattern can start with; `toks`
    are the sentence's clauses' tokens, and the words they may lack are looked for in the text."""
    f, risky = finder
    extra = [w for w in risky if w in low]
    return f.found(low, toks.union(extra) if extra else toks, {})


# (each a long alternation, tried at every position of the sentence before)
_CHANGE_F = _sentence_finder(_CHANGE)
_PLAN_START_F = _sentence_finder(_PLAN_START)


def _may_have_base(toks) -> bool:
    """Whether the words _BASE needs are there ("since", "compared", "last review", "weeks in" ...)."""
    return ("since" in toks or "compared" in toks or not _SPAN_T.isdisjoint(toks)
            or (("last" in toks or "previous" in toks) and not _LOOK_T.isdisjoint(toks))
            or ("at" in toks and ("week" in toks or "month" in toks or "day" in toks))
            or ("by" in toks and "now" in toks))


def _may_have_start(toks) -> bool:
    """Whether the words _PLAN_START needs are there ("at the start", "when the plan began" ...)."""
    return (not _START_T.isdisjoint(toks) or ("when" in toks and not _STARTED_T.isdisjoint(toks))
            or ("plan" in toks and not _PLAN_AT_T.isdisjoint(toks)))


def weighed_over_time(low: str, toks, count: int = 99) -> bool:
    """Whether a sentence sets now against the plan's start or a past look, or judges change
    over a stretch of time, says the plan is not working, or reads an early sign with its caveat.
    A line of under six words ("No change since last supervision.") weighs nothing over time."""
    if count >= 6:
        base = _may_have_base(toks)
        start = _may_have_start(toks)
        if base or start:
            change = not _CHANGE_T.isdisjoint(toks) and _in_sentence(_CHANGE_F, low, toks)
            if change and base and _BASE.search(low):
                return True
            if start and (change or ((not _MEASURE_T.isdisjoint(toks) or "->" in low) and _MEASURE.search(low))) and (
                _in_sentence(_PLAN_START_F, low, toks)
            ):
                return True
        if not _STRETCH_T.isdisjoint(toks) and not _SUSTAIN_T.isdisjoint(toks) and _SUSTAIN.search(low) and _STRETCH.search(low):
            return True
    if (not _WORK_T.isdisjoint(toks) or "rhis" in toks or ("done" in toks and "what" in toks)) and (
            not _NOT_WORKING_T.isdisjoint(toks)) and (
            _NOT_WORKING.search(low)):
        return True
    if ("nothing" in toks or "little" in toks or "much" in toks) and _NOTHING_MOVED.search(low):
        return True
    if (not _EARLY_T.isdisjoint(toks) or ("see" in toks and not _HOLD_T.isdisjoint(toks))
            or ("old" in toks and ("only" in toks or "just" in toks or "barely" in toks))
            or ("only" in toks and not _ONE_T.isdisjoint(toks))) and _EARLY.search(low):
        return True
    if not _ENOUGH_T.isdisjoint(toks) and _SPAN_ENOUGH.search(low):
        return True
    if not _MID_T.isdisjoint(toks) and _MIDPOINT.search(low):
        return True
    if ((not _MET_T.isdisjoint(toks) and not _GOAL_T.isdisjoint(toks))
            or (not _MET_T2.isdisjoint(toks) and not _GOAL_T2.isdisjoint(toks))) and _OUTCOMES_MET.search(low):
        return True
    if (("due" in toks and ("and" in toks or "but" in toks)) or ("still" in toks and not _ASKED_T.isdisjoint(toks))) and (
        _LATE.search(low)
    ):
        return True
    if (not _ENDING_T.isdisjoint(toks) and not _BECAUSE_T.isdisjoint(toks) and not _DONE_T.isdisjoint(toks)
            and _ENDING_REASONED.search(low) and _SPAN_OR_SINCE.search(low)):
        return True
    if ("behind" in toks or ("of" in toks and not _WEEK_MONTH_T.isdisjoint(toks))) and _BEHIND.search(low):
        return True
    if "plan" in toks and not _DID_T.isdisjoint(toks) and _PLAN_DID.search(low) and (
        (not _MEASURE_T.isdisjoint(toks) and _MEASURE.search(low)) or _PLAN_DID_WHAT.search(low) or "not" in toks
    ):
        return True
    if ("plan" in toks or not _GOAL_AIM_T.isdisjoint(toks)) and not _AIM_T.isdisjoint(toks):
        m = _AIM.search(low)
        # "the care plan said he would be home within three months; it is now four months"
        if m is not None and (_AIM_OUTCOME.search(low, m.end()) or _FROM_TO.search(low) or (
                not m.group().endswith(("says", "aims")) and _AIM_LATER.search(low, m.end()))):
            return True
    return False


# --- what the plan asked for, set against where it stands now (third pass) ------------------
# Read across a whole sentence, in general terms rather than one author's words:
# - a step asked for or agreed at a point in time that has still not come ("the assessment we
#   asked for in May has not been offered", "NRM referral 14/06 -> no decision 5 mths on");
# - the plan held up, and by whom ("the plan is on hold until the DNA results come", "Health are
#   the hold-up", "five weeks past its 20-day timescale");
# - a count of the plan's steps done ("four of the six actions are done", "none of the actions
#   agreed at core group have been done", "she has made one of the four changes we asked for");
# - the plan's date or frequency not kept ("visits have not kept to the plan", "will not finish
#   by the date in the plan");
# - what the plan is there for, said not to have moved ("Mum's drinking, the reason the plan
#   exists, has not changed at all").
# Not: a referral only made ("Referral to CAMHS made in June"), a wait with no time asked from
# ("mum is still waiting for a new boiler"), the child's own development "delayed".

_SPAN_ANY = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a few|several) (?:working )?(?:days|weeks|months|wks|mths)"

# a step asked of someone, with the time it was asked at: "requested 02/24", "agreed in January",
# "the assessment we asked for in May", "the referral from July", "agreed at the core group"
_ASKED_AT = re.compile(
    r"\b(?:referr(?:al|als|ed)|ref|request(?:ed|s)?|asked for|agreed|ordered|applied|application|booked|commissioned|"
    r"promised|chased|recommended)\b[^.;]{0,30}?"
    rf"(?:\b(?:in|on|since|from|back in|before|by)\s+(?:early |mid[- ]|late |the end of )?(?:{_MONTHS}\b|\d{{1,2}}[/.]\d{{1,2}})|"
    r"\bat (?:the |our )?(?:last |first |initial |previous )?(?:review|core group|icpc|rcpc|conference|cla review|"
    r"lac review|supervision|supv|strategy (?:meeting|discussion))\b|"
    rf"\b\d{{1,2}}[/.]\d{{1,2}}\b|\b{_SPAN_ANY} ago\b)"
)
# or the time since it was asked: "nine weeks since the referral", "three months after the request"
_SINCE_ASKED = re.compile(
    rf"\b{_SPAN_ANY} (?:since|after|from) (?:the |our |his |her |their |my |we )?(?:\w+ )?"
    r"(?:referral|request|application|assessment|agreement|core group|conference|review|ask|asked|referred|requested|applied|"
    r"agreed|booked|ordered|promised)\b"
)
# still not come: "has not been offered", "still no draft", "no appointment offered yet", "no date"
_NOT_COME = re.compile(
    r"\b(?:has|have|had|is|are|was|were)(?:n't| not)(?: yet| still| even)?(?: been)? (?:begun|started|happened|come|arrived|gone|"
    r"offered|done|allocated|completed|received|held|booked|set up|sent|returned|written|assessed|seen|decided|given|made|"
    r"actioned|progressed|moved|heard|agreed|approved|signed off|in place|back|through|acted on|followed up|taken up)\b|"
    r"\bstill (?:(?:has|have|had|is|are|gets?) )?(?:no|not|nothing|waiting|awaited|awaiting|outstanding|pending|with|"
    r"on the waiting list)\b|\bnot yet\b|\bno (?:[a-z]+ ){0,3}(?:yet|so far|to date)\b|\bnothing (?:back|yet|heard|since)\b|"
    r"\bno (?:[a-z]+ ){0,3}?(?:date|reply|response|answer|decision|appointment|outcome|allocation|news|draft|report|word|offer)\b"
)
_PLAN_KIND_T = frozenset("wrong same current old existing one".split())
_SLOW_T = frozenset("slow limited minimal patchy poor mixed uneven".split())
_PLAN_GOAL_T = frozenset("plan plans goal goals target targets outcome outcomes".split())
_ITEM_T = frozenset("pep plan review reviews visit visits meeting assessment core supervision".split())
_LOOK_AT_T = frozenset("review core icpc rcpc conference supervision supv strategy".split())
_MOVED_T = frozenset("changed moved shifted improved budged".split())
_SPAN_ANY_RX = re.compile(rf"\b{_SPAN_ANY}\b")
_NOT_COME_T = frozenset("not still yet no nothing hasn haven hadn isn aren wasn weren".split())
_ASKED_T2 = frozenset(
    "referral referrals referred ref request requested requests asked agreed ordered applied application booked "
    "commissioned promised chased recommended".split()
)

# "three months on, still no bed", "5 mths on": time gone by, then what has still not come
_SPAN_ON = re.compile(rf"\b{_SPAN_ANY} on\b(?!\s+(?:the|a|an|his|her|their|remand|the ward)\b)|"
                      # "three months in, the referral still hasn't been made" (not "three months in care")
                      rf"\b{_SPAN_ANY} in\s*[,:;-]")

# the plan held up: "leaves the care plan on hold", "the plan is held up by CAMHS", "Health are the
# hold-up", "until they move the plan cannot", "housing have sat on the request for ten weeks"
_HELD_UP = re.compile(
    r"\b(?:plan|plans|work|assessment|permanence|proceedings|timetable|transition|move|case|process|application|claim)\b"
    r"[^.;]{0,25}?\b(?:(?:(?:is|are|was|were|remains?|stays?|been|left|leaves?|leaving|put|kept|still) (?:\w+ )?)?on hold|"
    r"held up|blocked|can(?:not|'t) (?:move|progress|proceed|go (?:ahead|forward)))|\b(?:the plan|the work) can(?:not|'t)\W*$|"
    r"\b(?:are|is|were|was) the (?:hold-?up|blockage|bottleneck|delay)\b|\bholding (?:it|this|things|the plan|everything) up\b|"
    rf"\bsat on (?:\w+ ){{1,4}}?for (?:over |nearly |more than )?{_SPAN_ANY}\b"
)
_HELD_UP_T = frozenset("hold held blocked blockage bottleneck delay holding sat".split())
_HOLD_T = frozenset("hold held holding".split())
_BLOCKED_T = frozenset("blocked blockage bottleneck".split())

# late against its own timescale: "five weeks past its 20 working day timescale", "past the date set"
# the plan's time spent, or what is left of it: "it has taken five months", "4 weeks of the 16 left",
# "no PEP for 6 months"
_TIME_TAKEN = re.compile(
    rf"\b(?:has|have|had|it's) taken (?:over |nearly |more than |almost )?{_SPAN_ANY}\b|"
    r"\b\d+ (?:weeks|days|months|wks) of (?:the |its )?\d+ (?:left|remaining|to go)\b|"
    r"\bno (?:[a-z]+ ){0,2}?(?:pep|plan|review|visits?|meeting|assessment|core group|supervision|cla review|lac review)s? "
    rf"(?:for|in|since) (?:over |nearly |more than |almost )?{_SPAN_ANY}\b"
)
_TAKEN_T = frozenset("left remaining go no".split())

_PAST_ITS = re.compile(
    rf"\b{_SPAN_ANY} (?:after|past|since) (?:it|they|this|that|the \w+) (?:was|were|fell) due\b|"
    r"\bpast (?:(?:its|the|their|her|his|our) )?(?:[\w-]+ ){0,4}?(?:timescales?|deadline|due date|target date|date|timetable|limit)\b"
)

# a count of the plan's steps done, or not: "four of the six actions are done", "none of the
# actions agreed at the core group have been done", "she has made one of the four changes we asked for"
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|all|most|none|some|half|both|neither)"
_STEPS = r"(?:actions|tasks|steps|changes|recommendations|outcomes|targets|goals|aims|objectives|priorities)"
_STEPS_DONE = re.compile(
    rf"\b{_COUNT} of (?:the |her |his |their |our |your |its )?(?:(?:[\w-]+ )?[\w-]+'s )?(?:{_COUNT} )?(?:\w+ )?{_STEPS}\b[^.;]{{0,40}}?"
    r"\b(?:done|completed?|met|achieved|started|begun|in place|happened|outstanding|slipped|overdue|late|open)\b|"
    rf"\b(?:made|done|completed|met|achieved|started|managed) {_COUNT} of (?:the |her |his |their |our |its )?"
    rf"(?:{_COUNT} )?(?:\w+ )?{_STEPS}\b"
)
_STEPS_T = frozenset(_STEPS.removeprefix("(?:").removesuffix(")").split("|"))  # (_STEPS's words, read from it)

# the plan's actions tallied as a whole, or carried forward: "the core group's actions are mostly
# not done", "plan actions all complete apart from the grant", "every action carried forward again",
# "all actions carried forward except the referral"
_ACTIONS_TALLY = re.compile(
    r"\b(?:plan(?:'s)?|group(?:'s)?|cin|cp|review(?:'s)?|pathway) (?:actions|tasks)\b(?: (?:are|were|have been|has been))?"
    r"(?: (?:mostly|largely|nearly all|almost all|all|still|now|only partly|partly))? (?:not (?:yet )?)?"
    r"(?:done|complete|completed|finished|outstanding|open)\b|"
    # carried forward only with what was found: "Action carried forward." alone is a status word
    r"(?<!no )(?<!none of the )\bactions?\b[^.;:]{0,40}?\bcarried (?:forward|over)\b[^.;]{0,40}?"
    r"\b(?:except|apart from|other than|again|none|nothing|still|since|because|as none|unfinished|undone|not)\b"
)
_ACTIONS_T = frozenset(("actions", "action", "tasks"))
# a step's own timescale set against where it stands now: "should have happened within four weeks
# and has not; it is now nine weeks", "should be within 15 working days ... it isn't booked"; not a
# timescale only stated or kept ("must be held within 15 working days")
_NOT_DONE_STEP = (r"(?:happened|booked|held|done|started|made|sent|completed|convened|arranged|taken place|set up|"
                  r"allocated|seen|visited)")
_WITHIN_LATE = re.compile(
    r"\bwithin (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:working |calendar )?"
    r"(?:days?|weeks?|months?)\b[^.]{0,80}?(?:\b(?:not|never) (?:yet )?(?:been )?" + _NOT_DONE_STEP + r"\b|"
    r"\b(?:isn't|hasn't|haven't|wasn't|weren't|hadn't)(?: yet)?(?: been)? " + _NOT_DONE_STEP + r"\b|"
    r"\bit(?: is|'s) now (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:working )?(?:days|weeks|months)\b)"
)
# a step left sitting: "the housing referral has been sitting there since May", "the request has
# sat with admissions for six weeks"; not a person sitting ("she has been sitting on the sofa since lunch")
_SITTING = re.compile(
    r"\b(?:actions?|referrals?|tasks?|requests?|applications?|assessments?|forms?|reports?|letters?)(?: \([^)]{0,30}\))? "
    r"(?:has|have|had) (?:been )?(?:sitting|sat)\b[^.;]{0,40}?\b(?:since|for)\b"
)

# the record itself copied forward: "'as previous' for the third month running", "copied over
# unchanged from last month's", "the same actions copied forward for four months"
_RUN = r"(?:\d+|two|three|four|five|six|second|third|fourth|fifth|sixth|several)"
_COPIED = re.compile(
    r"\b(?:as previous|as before|as last (?:time|month)|copied|copy[- ]?(?:and[- ]?)?pasted|cut and pasted|carried over unchanged|"
    r"word for word)\b[^.;]{0,60}?(?:\bfor (?:the )?" + _RUN + r" (?:months?|weeks?|supervisions?|reviews?|visits?|times?)\b|"
    r"\b(?:months?|supervisions?|reviews?|times?) (?:running|in a row)\b|"
    r"\b(?:from|as|to) (?:the |her |his |their )?(?:last|previous) (?:\w+ )?(?:month|supervision|review|plan|note|record|visit)s?\b)"
)
_COPY_DENIED = re.compile(r"\b(?:not|n't|never|nothing|no|none)\b[^.;]{0,30}$")
_AS_PREV_T = frozenset(("previous", "before", "last"))


def _copied_forward(low: str, toks) -> bool:
    """_COPIED, tried only where its words are ("copied", "pasted", "as" with previous/before/last ...)."""
    if not ("copied" in toks or "pasted" in toks or "carried" in toks or ("as" in toks and not _AS_PREV_T.isdisjoint(toks))
            or ("word" in toks and "for" in toks)):
        return False
    m = _COPIED.search(low)
    return m is not None and not _COPY_DENIED.search(low, 0, m.start())

# the tally only asked about or denied: "we did not go through which of the plan's actions are done"
_TALLY_UNDONE = re.compile(r"\b(?:not|n't|never|which|whether|how many)\b[^.;]{0,30}$")

# a plan sorted under headings, done and not: "Done: the nursery place. Outstanding: the housing
# referral". Both headings are needed: one "Outstanding:" may praise a child, one "Completed:" list anything
_DONE_HEAD = re.compile(r"^(?:done|completed?|achieved|finished|in place)\s*(?::|-|–)\s")
_UNDONE_HEAD = re.compile(
    r"^(?:outstanding|not (?:yet )?(?:done|completed?|started|met|achieved)|still (?:to do|open|outstanding)|to do)\s*(?::|-|–)\s"
)


def _sorted_done_and_not(note: Note, hits: list[Hit]) -> None:
    """A "Done:" heading and an "Outstanding:" heading within a few sentences of each other."""
    sents = note.sentences
    done_at = [i for i, s in enumerate(sents) if _DONE_HEAD.match(s.low)]
    if not done_at:
        return
    for i, s in enumerate(sents):
        if _UNDONE_HEAD.match(s.low) and any(abs(i - j) <= 3 for j in done_at):
            hits.append((0.7, s))
            return

# the plan's date or frequency not kept: "visits have not kept to the plan", "won't finish by the date in the plan"
_PLAN_NOT_KEPT = re.compile(
    r"\b(?:not|n't|never|hasn't|haven't)\b (?:\w+ )?(?:kept|stuck|held) to (?:the |her |his |their |this )?(?:\w+ )?"
    r"(?:plan|timescales?|timetable|schedule)\b|"
    r"\b(?:not|n't|miss\w*|beyond|past|after)\b[^.;]{0,40}?\b(?:date|deadline|timescale|time) (?:set |agreed |given )?"
    r"(?:in|on|by) (?:the |her |his |their |this )?(?:\w+ )?plan\b"
)
_KEPT_T = frozenset("kept stuck held date deadline timescale".split())

# "visits have dropped to monthly when the plan says weekly": what is done set beside what the plan sets
_PLAN_SAYS_OTHER = re.compile(
    r"\b(?:when|while|whereas|but|though|although|instead of|rather than)\b (?:the |her |his |their |this )?(?:[\w-]+ )?"
    r"plan (?:says|said|asks for|asked for|requires|required|sets out|set out|specifies|specified|is for|was for)\b[^.;]{0,20}?"
    r"\b(?:daily|weekly|fortnightly|monthly|twice|every|within|by|\d+)\b"
)
_SAYS_T = frozenset("says said asks asked requires required sets set specifies specified is was".split())

# what the plan is there for, not moved: said with the plan named and the change denied ("has not
# changed at all"), never of the plan's own wording ("the plan hasn't changed") or an object
# changed ("mum hasn't changed her number")
_UNMOVED = re.compile(
    r"(?<!plan )\b(?:has|have|had)(?:n't| not)(?: yet| really| actually| at all)? (?:changed|moved|shifted|improved|budged)\b"
    r"(?! (?:her|his|their|the|a|an|its|my|our|your|them|it|school|schools|address|number|job|jobs|name|worker|mind)\b)"
)

# "Q: what's changed for Mia since the plan started? A: very little": the plan named as the point
# the child's change is asked about
_CHANGED_FOR_SINCE_PLAN = re.compile(
    r"\bwhat(?:'s| has| have)(?: really)? (?:changed|moved|improved) for (?:\w+ ){1,2}?since (?:the |her |his |their |this )?(?:\w+ )?plan\b"
)

_SINCE_SEASON = re.compile(rf"\bsince (?:the )?{_MONTHS}\b")

# "What is still outstanding on the plan?", "the actions outstanding from the plan"
_OUTSTANDING_ON = re.compile(r"\boutstanding (?:on|from|in|under) (?:the |her |his |their |this |our )?(?:\w+ )?plan\b")

# the plan's aim with its outcome later in the same sentence: "The plan asked for Leo to be at
# nursery three mornings a week by half term; he goes one."
_AIM_LATER = re.compile(r"[;:] [^;:]*?(?:\b(?:\d+%?|one|two|three|four|five|none|not|no|only|never|still|once|twice)\b|n't\b)")


def _may_be_held_up(toks) -> bool:
    """Whether the words _HELD_UP needs are there ("on hold", "held up", "sat on ... for", "can't move")."""
    return (("up" in toks and not _HOLD_T.isdisjoint(toks)) or ("hold" in toks and "on" in toks)
            or not _BLOCKED_T.isdisjoint(toks) or ("sat" in toks and "for" in toks) or ("delay" in toks and "the" in toks)
            or (("cannot" in toks or "can" in toks) and ("plan" in toks or "work" in toks)))


def _third_pass(low: str, toks) -> bool:
    """_set_against_now or _the_plan_looked_at, tried only in a sentence holding a word one of
    them needs (or a colon, for a heading run into its line)."""
    if _THIRD_T.isdisjoint(toks) and ":" not in low:
        return False
    # the two read only these words' presence: a few of them, looked up once, are cheaper to test
    # than the sentence's tokens a score of times
    found = _WORDS_USED.intersection(toks)
    return _set_against_now(low, found) or _the_plan_looked_at(low, found)


def _set_against_now(low: str, toks) -> bool:
    """The third pass's readings (see above) of one sentence, each tried only where its words are."""
    unit = not _UNIT_T.isdisjoint(toks)
    if not _NOT_COME_T.isdisjoint(toks) or "n't" in low:
        if not _ASKED_T2.isdisjoint(toks) and (unit or "/" in low or not _MONTH_T.isdisjoint(toks)
                                               or not _LOOK_AT_T.isdisjoint(toks)):
            m = _ASKED_AT.search(low)
            # asked on a date: waited on long enough to weigh ("still", or a span of weeks)
            if m is not None and _NOT_COME.search(low) and (
                    not m.group()[-1].isdigit() or "still" in toks or _SPAN_ANY_RX.search(low)):
                return True
        if unit and ("since" in toks or "after" in toks or "from" in toks or "on" in toks or "in" in toks) and (
                _SINCE_ASKED.search(low) or _SPAN_ON.search(low)) and _NOT_COME.search(low):
            return True
        if "plan" in toks and not _MOVED_T.isdisjoint(toks) and _UNMOVED.search(low):
            return True
    if _may_be_held_up(toks) and _HELD_UP.search(low):
        return True
    if ("past" in toks or "due" in toks) and _PAST_ITS.search(low):
        return True
    if ("taken" in toks or (unit and ("left" in toks or "remaining" in toks or "go" in toks
                                      or ("no" in toks and not _ITEM_T.isdisjoint(toks))))) and _TIME_TAKEN.search(low):
        return True
    if "of" in toks and not _STEPS_T.isdisjoint(toks) and _STEPS_DONE.search(low):
        return True
    if "within" in toks and _WITHIN_LATE.search(low):
        return True
    if ("sitting" in toks or "sat" in toks) and _SITTING.search(low):
        return True
    if not _ACTIONS_T.isdisjoint(toks):
        m = _ACTIONS_TALLY.search(low)
        if m is not None and not _TALLY_UNDONE.search(low, 0, m.start()):
            return True
    # "What has not moved: dad's drinking, the arrears", "progress against the plan has been slow"
    if (("progress" in toks and not _SLOW_T.isdisjoint(toks)) or (("not" in toks or "n't" in low) and ":" in low)) and (
            _UNMOVED_HEAD.search(low)):
        return True
    if "plan" in toks:
        if not _KEPT_T.isdisjoint(toks) and _PLAN_NOT_KEPT.search(low):
            return True
        if not _SAYS_T.isdisjoint(toks) and _PLAN_SAYS_OTHER.search(low):
            return True
        if "outstanding" in toks and _OUTSTANDING_ON.search(low):
            return True
        if "since" in toks:
            if "for" in toks and "what" in toks and _CHANGED_FOR_SINCE_PLAN.search(low):
                return True
            # "I am not convinced the plan has moved anything since the summer"
            if not _MONTH_T.isdisjoint(toks) and not _CHANGE_T.isdisjoint(toks) and _SINCE_SEASON.search(low) and (
                    _CHANGE.search(low)):
                return True
    return False


# time on the plan: "4th month on CP", "six months on the plan to cut down cannabis", "a year into the plan"
_ON_PLAN = re.compile(
    r"\b(?:days|weeks|months|wks|mths|year|month) (?:on|into|in) "
    r"(?:the |a |an |this |her |his |their )?(?:[\w-]+ )?(?:plan|cp|cin|child protection|child in need|plo|pre-proceedings|order)\b"
)
# the count before it: "six months", "a few weeks"; "a year"; "a month", "4th month"
_COUNT_BEFORE = re.compile(
    r"(?:^|\W)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a few|several) (?:working )?$"
)
_NTH_BEFORE = re.compile(r"(?:^|\W)(?:a|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth) $")


def _on_the_plan(low: str) -> bool:
    """ "4th month on CP", "six months on the plan", "a year into the plan" (see _ON_PLAN)."""
    for m in _ON_PLAN.finditer(low):
        unit = low[m.start():low.index(" ", m.start())]
        before = low[max(0, m.start() - 14):m.start()]
        if unit == "year":
            if before.endswith(" a ") or before == "a ":
                return True
        elif unit == "month":
            if _NTH_BEFORE.search(before):
                return True
        elif _COUNT_BEFORE.search(before):
            return True
    return False
_ON_PLAN_T = frozenset("plan cp cin protection need plo proceedings order".split())

# set against a past look: "Same as Sept.", "the same as at the last review"
_SAME_AS_THEN = re.compile(
    rf"\bsame as (?:in |at |back in |(?:at )?(?:the )?last )?(?:{_MONTHS}|review|supervision|conference|core group|icpc|rcpc|month|term)\b"
)

# the plan gone through, or progress set against it: "Against the pathway plan: (1) housing ...",
# "Progress against the return-home plan was good on all four goals"
_AGAINST_PLAN = re.compile(
    r"(?:^|\b(?:progress|measured|checked|set|weighed|looked at|reviewed|went through)\b[^.;:]{0,40}?)\bagainst "
    r"(?:the |her |his |their |this |our )?(?:[\w-]+ )?(?:plan|goals|targets|outcomes)\b"
)

# timeliness: "CIN wk 6, on track", "the assessment was on timescale to finish at 32 weeks",
# "progress to the final hearing was on time at week 22"; not "mum arrived on time"
_ON_TIME = re.compile(r"\b(?:on|off|behind|ahead of) (?:track|course|schedule|timescale|target)\b|"
                      r"\b(?:on|stay on|stays on|kept to|back on) time\b")
_TIMED_WORD = re.compile(r"\b(?:plan|plo|pathway|timescales?|timetable|goals?|proceedings|outcomes|assessment|cin|cp|cic|ico|"
                         r"sgo|hearing|court|report|transfer|(?:wk|week|day) \d+)\b|"
                         rf"\b{_SPAN_ANY} in\b(?! (?:care|foster|the|a|an|his|her|their)\b)")
# a person on time for something: "she has been on time every day", "mum arrived on time"
_ARRIVED = re.compile(r"\b(?:arrived|arrives|came|comes|turned up|got there|picked up|collected|ready|started|finished) on time\b|"
                      r"\bon time (?:every|each|for (?:school|college|nursery|contact|work|the bus|her|his|their|appointments?)|"
                      r"to (?:school|college|nursery|contact))\b")

# the statutory 26 weeks of care proceedings: "this risked the 26 weeks", "within 26 weeks"
_TWENTY_SIX = re.compile(r"\b(?:the|within|beyond|past|over|outside|risk\w*) 26[- ]weeks?\b|\b26[- ]week (?:timetable|timescale|limit|deadline|target|mark)\b")

# a review set with what it will decide: "Review in four weeks - if he's still withdrawn, we look
# at a specialist placement", "review in three months, or sooner if the lad reappears"
_REVIEW_IF = re.compile(
    r"\b(?:review|revisit)(?:ed|s|ing)?\b[^.]{0,40}?\b(?:(?:sooner|earlier) if\b|if\b[^.]{0,40}?(?:\b(?:still|not|no|again|worse|better|nothing|"
    r"reappears?|returns?|stops?|slips?)\b|n't\b))"
)
# a step the plan may take, and on what: "if home is still unsafe, this becomes a children-in-care
# plan", "close if no further contact"
_BECOMES = re.compile(
    r"\b(?:becomes?|will become|moves? to|go(?:es)? to|step(?:s|ped)? up to) (?:a |an )?(?:cp|cin|cic|children[- ]in[- ]care|"
    r"child protection|child in need|looked[- ]after|care) (?:plan|case)\b|\bclos(?:e|ing|ure) (?:if|unless|once)\b|"
    r"\b(?:take|taken|come|comes|move|moves|drop|dropped) (?:[\w-]+ ){0,3}?(?:out of|off) (?:the |her |his |their )?(?:[\w-]+ )?plan\b"
)

# the plan's aims rewritten: "the pathway plan goal changes from 'stop cannabis' to 'keep the job'",
# "Plan target rewritten from today", "pathway plan updated at the March review"
_PLAN_REWRITTEN = re.compile(
    r"\b(?:plan|goal|target|outcome)s?\b(?! (?:to|will|should|must|needs to) be\b)[^.;]{0,20}?\b(?:rewritten|re-written|revised|"
    r"reset|updated at)\b|"
    # an aim changed, not the plan's level ("Plan changed from CIN to Early help" is a step recorded)
    r"\b(?:goal|target|outcome)s?\b[^.;]{0,20}?\bchange[sd]? from\b"
)
_REWRITTEN_T = frozenset("rewritten written revised reset".split())
_CHANGES_T = frozenset("changes change changed".split())


# drift owned: "we had let it run six weeks without reading his log"
_LET_RUN = re.compile(r"\blet (?:it|this|things|the plan|the case|that|them) (?:run|drift|go on|slide|slip|carry on|sit|roll on)\b|"
                     # "you have let the core group actions sit since July"
                     r"\blet (?:the |these |those |her |his |their |our |your |my )?(?:[\w-]+ ){1,3}?(?:sit|drift|slide|slip|roll on)\b"
                     r"[^.;]{0,20}?\b(?:since|for (?:\w+ )?(?:weeks|months))\b")

# "whether to ask for an extension": the timescale weighed
_EXTENSION = re.compile(r"\b(?:ask|asking|asked|apply|applying|applied|request|requesting|requested|seek|seeking|sought|need|needs) "
                        r"(?:the court )?(?:for )?(?:(?:an |a |another )(?:(?:\w+[- ](?:weeks?|months?)|short|further|time|timescale|court) )?|"
                        r"(?:the |a |an )?(?:\w+[- ](?:weeks?|months?)|time|timescale|court) )extension\b")

_REVIEW_WORDS_T = frozenset("review reviewed reviews reviewing revisit revisited revisiting".split())

# a step down or closure weighed against a stretch of time: "8 wks stable -> nothing steps down for
# 6 mths", "SW wants to close, says no missing for a month"
_STEP_OFF = re.compile(r"\bstep(?:s|ped|ping)?[- ]?down\b|\bstepdown\b|\bclos(?:e|ing|ure)\b(?! (?:order|notice|to (?:the|her|his|their|a|an|him|them|mum|dad|home|tears)|"
                      r"friends?|relationship|bond|contact|eye|by|family)\b)|\bend(?:ing)? the plan\b")
_STRETCH_ANY = re.compile(rf"\b(?:{_SPAN_ANY}|a (?:[a-z]+ )?(?:week|fortnight|month|year))\b")

# time on a plan judged: "3 mths of the wrong plan", "8 mths in" said of the plan; a plan gone stale:
# "the plan's risk rating was out of date"
_PLAN_TIME = re.compile(
    rf"\b{_SPAN_ANY} (?:of|on|with) (?:the |this |a )?(?:wrong|same|current|old|existing|one) plan\b|"
    rf"\b{_SPAN_ANY} in\b(?=\W*$|,| -| and\b)|"
    r"\bplan(?:'s)?\b[^.;]{0,30}?\b(?:is|was|were|are|now)(?: [\w-]+){0,3}? out of date\b"
)

# a step off the plan weighed and put off: "Close then? SW yes; me not yet", "not closing yet"
_NOT_YET_OFF = re.compile(
    r"\b(?:clos(?:e|ing|ure)|step(?:ping)?[- ]?down|end(?:ing)? the plan|come off)\b[^.]{0,40}?\bnot (?:yet|now)\b|"
    r"(?:\b(?:not|dont|wont)|n't) (?:clos(?:e|ing)|step(?:ping)?[- ]?down|ending) (?:\w+ )?yet\b"
)
# drift asked about: "Why hasn't the FGC happened?", "I asked why the referral hasn't gone in"
_WHY_NOT_HAPPENED = re.compile(
    # "I asked why the direct work planned for October has not started"
    r"\bwhy (?:the|this|that|her|his|their|our|your|mum's|dad's) [^.?]{0,50}?\b(?:has|have|had|is|was|were)(?:n't| not)(?: yet)?"
    r"(?: been)? (?:happened|started|begun|done|held|sent|booked|completed|allocated|moved|gone in|progressed|finished)\b|"
    r"\bwhy (?:hasn't|has not|haven't|have not|isn't|is not|wasn't|was not|didn't|did not) [^.?]{0,40}?"
    r"\b(?:happen(?:ed)?|start(?:ed)?|begun|begin|been done|done|been held|held|been sent|sent|gone in|go in|been booked|booked|moved|"
    r"been completed|completed|finished|been allocated)\b"
)
# the step asked about: "Should we close?", "can we step down now?"
_SHALL_WE_STEP = re.compile(r"\b(?:should|can|could|do|shall) we (?:now )?(?:close|step (?:\w+ )?down|end the plan|escalate|step up)\b")

# the plan's effect asked and answered: "Has the plan made a difference for Sam? Not yet - ..."
# ("Is the plan working? Yes." is a status)
_PLAN_ASKED = re.compile(
    r"\b(?:has|have|is|are|did|does)(?: the| this| her| his| their| our| your)? (?:[\w-]+ )?(?:plan|work|intervention)\b[^?]{0,30}?"
    r"\b(?:made (?:a|any|much) (?:real )?difference|work(?:ed|ing)|changed anything|moved anything|helped|doing its job)\b[^?]{0,30}\?"
    r"\W*(?:a\b\W*)?(?:no|not (?:yet|really|much|enough)|very little|little|partly|in part|only (?:partly|in part|a bit))\b"
)
# more of the plan looked at over time, each in general words:
_PLAN_LOOKED = re.compile(
    # the plan's own timing kept: "we're exactly where the August plan said we'd be", "each step has gone as planned"
    r"\bwhere (?:the |our |her |his |their )?(?:[\w-]+ ){0,2}?plan (?:said|says) (?:we'd|we would|we should|she'd|he'd|they'd|"
    r"it would|things would) be\b|"
    r"\b(?:each|every|all (?:the )?) ?(?:step|stage|milestone)s?(?: (?:of|in) (?:the |this |her |his |their )?[\w-]+)? (?:has |have |had )?(?:gone|went|happened|progressed|come) "
    r"(?:exactly |broadly |largely )?(?:as planned|to plan)\b|"
    # timeliness asked: "Why did it take till October?", "why has this taken so long"
    r"\bwhy (?:did|has|does|had) (?:it|this|that|the \w+) (?:take|taken) (?:so long|this long|that long|till|until|\w+ (?:weeks|months))|"
    # the same plan repeated: "more visits to check the house is the same plan again"
    r"\bsame plan (?:again|as before|as last time|as the last)\b|"
    # a case or plan still open long after: "why is this still 'open, monitoring' after 4 months?"
    rf"\bstill\W+(?:open|on (?:a |the )?(?:cp|cin|plan|child protection|child in need)|monitoring|unallocated|unresolved)\b[^.;?]{{0,25}}?"
    rf"\bafter (?:over |nearly |more than |almost )?(?:{_SPAN_ANY}|a year)\b|"
    # the plan's age: "the CIN plan is 10 months old"
    rf"\bplan (?:is|was|now) (?:over |nearly |more than |almost )?(?:{_SPAN_ANY}|a year) old\b|"
    # a step done only after a span: "finished after 14 months", "allocated after five weeks"
    rf"\b(?:finished|completed|done|allocated|agreed|arrived|held|filed|signed off) (?:only )?after (?:over |nearly |more than |almost )?{_SPAN_ANY}\b|"
    # finished ahead of its time: "finished his referral order four weeks early"
    rf"\b(?:finished|completed|ended|closed) [^.;]{{0,30}}?\b{_SPAN_ANY} (?:early|ahead of (?:time|schedule))\b|"
    # the plan gone through in a line: "Plan review: respite done, OT assessment done, but dad's plan not started"
    r"\b(?:plan|actions?) (?:review|reviewed|check|checked)\W*:[^.]{0,80}?\b(?:done|completed|met|achieved|outstanding|"
    r"not (?:yet )?(?:started|done|begun|met|happened))\b"
)
_LOOKED_T = frozenset("said says gone went happened progressed come planned plan take taken same still old "
                      "after early ahead review reviewed check checked".split())
_SAID_T = frozenset(("said", "says"))
_TAKE_T = frozenset(("take", "taken"))
_DONE_AFTER_T = frozenset("finished completed done allocated agreed arrived held filed signed".split())
_REVIEW_CHECK_T = frozenset("review reviewed check checked".split())


def _may_be_looked(toks, low: str) -> bool:
    """Whether the words one of _PLAN_LOOKED's readings needs are there."""
    return (("plan" in toks and (not _SAID_T.isdisjoint(toks) or "old" in toks or ("same" in toks) or
                                 (":" in low and not _REVIEW_CHECK_T.isdisjoint(toks))))
            or ("planned" in toks or ("plan" in toks and "to" in low)) and ("step" in low or "stage" in low or "milestone" in low)
            or ("why" in toks and not _TAKE_T.isdisjoint(toks))
            or ("still" in toks and "after" in toks)
            or ("after" in toks and not _DONE_AFTER_T.isdisjoint(toks))
            or "early" in toks or "ahead" in toks
            or ("action" in low and ":" in low and not _REVIEW_CHECK_T.isdisjoint(toks)))

# a timescale set by the plan judged against what it asks: "relies on mum stopping in six weeks, after ten years; not realistic"
_PLAN_UNREAL = re.compile(
    r"\b(?:plan|timescales?|timetable|targets?|goals?|deadline)\b[^.]{0,100}?\b(?:not (?:realistic|achievable)|unrealistic|"
    r"unachievable|too ambitious)\b"
)

_STEP_T = frozenset("close closing closure becomes become moves move go goes step steps stepped stepping stepdown take taken "
                    "come comes drop dropped end ending escalate".split())
_UNIT_T = frozenset("days weeks months wks mths years week month year fortnight".split())
_ON_TIME_T = frozenset("track course schedule timescale target".split())
_ON_TIME_WORDS = ("on track", "off track", "on course", "off course", "schedule", "on timescale", "target", "on time",
                  "behind track", "behind timescale")


def _the_plan_looked_at(low: str, toks) -> bool:
    """The plan's time, timeliness, review and rewriting, read across a sentence (see above),
    each tried only where its words are."""
    unit = not _UNIT_T.isdisjoint(toks)
    if "?" in low and ("plan" in toks or "work" in toks) and _PLAN_ASKED.search(low):
        return True
    if _may_be_looked(toks, low) and _PLAN_LOOKED.search(low):
        return True
    if unit and ("realistic" in low or "achievable" in low or "ambitious" in low) and _PLAN_UNREAL.search(low):
        return True
    if unit and not _ON_PLAN_T.isdisjoint(toks) and _on_the_plan(low):
        return True
    if "plan" in toks and ((unit and ("in" in toks or not _PLAN_KIND_T.isdisjoint(toks)))
                           or ("date" in toks and "out" in toks)) and _PLAN_TIME.search(low):
        return True
    if (not _ON_TIME_T.isdisjoint(toks) or "time" in toks) and any(w in low for w in _ON_TIME_WORDS) and (
            m := _ON_TIME.search(low)) and (
            _TIMED_WORD.search(low)) and not (
            m.group().endswith("time") and _ARRIVED.search(low)):
        return True
    if "26" in toks and _TWENTY_SIX.search(low):
        return True
    if (not _REWRITTEN_T.isdisjoint(toks) or ("updated" in toks and "at" in toks)
            or ("from" in toks and not _CHANGES_T.isdisjoint(toks))) and not _PLAN_GOAL_T.isdisjoint(toks) and (
            _PLAN_REWRITTEN.search(low)):
        return True
    if "same" in toks and "as" in toks and _SAME_AS_THEN.search(low):
        return True
    if "against" in toks and _AGAINST_PLAN.search(low):
        return True
    step = not _STEP_T.isdisjoint(toks)
    if "if" in toks or "unless" in toks or "once" in toks:
        if not _REVIEW_WORDS_T.isdisjoint(toks) and _REVIEW_IF.search(low):
            return True
        if step and _BECOMES.search(low):
            return True
    if "let" in toks and _LET_RUN.search(low):
        return True
    if "extension" in toks and _EXTENSION.search(low):
        return True
    if "why" in toks and ("not" in toks or "n't" in low) and _WHY_NOT_HAPPENED.search(low):
        return True
    if step:
        if "yet" in toks and _NOT_YET_OFF.search(low):
            return True
        if "we" in toks and _SHALL_WE_STEP.search(low):
            return True
        if unit and _STEP_OFF.search(low) and _STRETCH_ANY.search(low):
            return True
    return False


# a heading with a verb or a speaker says something; "Progress on plan:" only names the box
_SAYS = re.compile(r"\b(?:has|have|had|is|are|was|were|been|we|i)\b|n't\b")

# what the next sentence says of an aim: "she is still in the hostel", "All three are done"
_AIM_OUTCOME = re.compile(
    r"\b(?:still|now|done|met|achieved|up from|down from|not yet|no longer|(?:has|have|had)(?:n't| not) (?:yet )?happened|"
    rf"this (?:half[- ])?term|it(?:'s| is) (?:now )?{_MONTHS}|"
    r"(?:and|but) (?:it |they |he |she |this |that )?(?:has|have|had|did|does|is|was)(?:n't| not)(?: yet)?(?=\W*$)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months) on)\b"
)


def _sets_an_aim(low: str, toks) -> bool:
    """Whether a sentence sets out the plan's aim or start ("The care plan said he would be home
    in three months", "His pathway plan in April set three goals: ...")."""
    return ("plan" in toks or "set" in toks) and ((not _AIM_T.isdisjoint(toks) and _AIM.search(low) is not None)
                               or (_may_have_start(toks) and _PLAN_START.search(low) is not None))


_AIM_OUTCOME_T = frozenset("still now done met achieved up down not no longer weeks months hasn haven hadn term".split()) | _MONTH_T


def _weighed_hits(note: Note, hits: list[Hit]) -> None:
    """Sentences that weigh the plan over time (weighed_over_time), each read once, with a
    heading that says something ("Honestly this has drifted:") read as words too."""
    prev = None  # (low, toks) of the sentence before, when it met nothing and names a plan: it may set an aim
    asked = None  # (low, toks) of the sentence before, when it is a question that met nothing
    first = None
    sidx = -1
    toks = frozenset()
    count = 0
    for c in note.clauses:
        if c.sidx == sidx:
            toks = toks | c.toks
            count += c.n_tokens
            continue
        if first is not None:
            if asked is None:  # (the common case, without _weigh_answered's call)
                n = len(hits)
                prev = _weigh_sentence(first.sent, toks, count, prev, hits)
                if len(hits) == n and first.sent.low.endswith("?"):
                    asked = (first.sent.low, toks)
            else:
                prev, asked = _weigh_answered(first.sent, toks, count, prev, asked, hits)
        first, sidx, toks, count = c, c.sidx, c.toks, c.n_tokens
    if first is not None:
        _weigh_answered(first.sent, toks, count, prev, asked, hits)


def _weigh_answered(s, toks, count: int, prev, asked, hits: list[Hit]):
    """_weigh_sentence, and then an answer read with its question ("Q: close then?" / "SW yes;
    me not yet - mum still isn't up"), as a heading is read with the words below it."""
    n = len(hits)
    prev = _weigh_sentence(s, toks, count, prev, hits)
    if len(hits) > n:
        return prev, None
    if asked is not None:
        low = f"{asked[0]} {s.low}"
        both = toks | asked[1]
        if _third_pass(low, both):
            hits.append((0.7, s))
            return prev, None
    return prev, ((s.low, toks) if s.low.endswith("?") else None)


_HEAD_DRIFT = ("drift", "delay", "stuck", "stall", "slipp", "too long", "behind")

_HEADS_READ: dict[str, tuple | None] = {}

# "What has not moved:", "Things that haven't changed since May:", "Mum's progress against the
# plan has been slow:": a heading that says what the plan has not done, above the list of it
_UNMOVED_HEAD = re.compile(
    r"^(?:what|things?|nothing|actions?|goals?|outcomes?|areas?)\b[^:]{0,20}?\b(?:has|have|is|are)(?:n't| not)(?: yet)? "
    r"(?:moved|shifted|changed|happened|done|started|met|improved)\b|"
    r"\bprogress\b[^:]{0,30}?\b(?:has been|have been|is|was|remains|seems) (?:very |too |really |painfully )?"
    r"(?:slow|limited|minimal|patchy|poor|mixed|uneven)\b"
)


# "Step down to EH agreed as CIN goals met:", "Step down to CIN at RCPC 11/7:": a heading that
# takes a step or finds something is read with its words
_STEP_HEAD = re.compile(r"\b(?:step(?:ped|ping)?[- ]?(?:down|up)|escalat\w*|agreed|decided|met|achieved|extend\w*|"
                        r"clos(?:e|ing|ure)|not yet|same|still|again)\b|^against (?:the |her |his |their )?(?:[\w-]+ )?plan\b|"
                        r"^(?:plan|actions?) (?:review|reviewed|check|checked)$|"
                        # "Core group actions mostly not done:" above the list of them
                        r"\b(?:actions|tasks) (?:(?:are|were|have been) )?(?:mostly|largely|all|partly|nearly all|almost all|still) "
                        r"(?:not )?(?:done|complete|completed|finished|outstanding|open)\b")


def _heading_read(heading: str):
    """(its words, their tokens, whether it names drift) for a heading that says something or
    sets a time, else None (cached like _reviewed_head: headings repeat from note to note)."""
    if heading in _HEADS_READ:
        return _HEADS_READ[heading]
    if len(_HEADS_READ) >= 4096:
        _HEADS_READ.clear()
    head = heading.lower()
    says = _SAYS.search(head) is not None
    got = None
    step = _STEP_HEAD.search(head) is not None
    if says or "since" in head or "start" in head or step:
        head_toks = frozenset(_TOKEN.findall(head))
        said = says and ((any(w in head for w in _HEAD_DRIFT) and _PROGRESS_DRIFT.search(head) is not None)
                         or _not_moving(head, head_toks) or _UNMOVED_HEAD.search(head) is not None)
        got = (head, head_toks, said, step)  # (a two-word heading is read only when it takes a step)
    _HEADS_READ[heading] = got
    return got


# the time a step took set against its own timescale or standard: "nine weeks against a
# 35-working-day timescale", "outside the 10-working-day visiting standard", "a week past our
# 20-day target"; the article keeps out a span of the family's own ("sober for over 30 days,
# a target he set himself")
_AGAINST_SCALE = re.compile(
    r"\b(?:beyond|past|over|outside|exceed\w*|breach\w*|against|miss\w*|behind) (?:the|its|our|their|a|an|this) "
    r"(?:[\w-]+ ){0,2}?\d+[- ]?(?:working[- ]|calendar[- ])?(?:weeks?|days?|months?|wd|wks?)\b(?: [\w-]+){0,3}? "
    r"(?:standard|timescale|timetable|limit|target|deadline|timeframe)s?\b"
)
_SCALE_T = frozenset("standard standards timescale timescales timetable limit target deadline deadlines timeframe "
                     "timeframes".split())
_AGAINST_T = frozenset("beyond past over outside exceed exceeded exceeds exceeding breach breached breaches breaching "
                       "against miss missed misses missing behind".split())


# or said to be met or missed: "ICPC within 15 working days - timescale met", "the care plan's
# timescales have been met"
_SCALE_MET = re.compile(r"\b(?:timescales?|deadlines?|timeframes?)\b[^.;]{0,12}?\b(?:(?:was|were|is|are|has been|have been|"
                        r"all|both|all been) )?(?:met|missed|breached|exceeded)\b")
_SCALE_MET_T = frozenset("met missed breached exceeded".split())


def _against_its_timescale(low: str, toks) -> bool:
    if _SCALE_T.isdisjoint(toks):
        return False
    return ((not _AGAINST_T.isdisjoint(toks) and _AGAINST_SCALE.search(low) is not None)
            or (not _SCALE_MET_T.isdisjoint(toks) and _SCALE_MET.search(low) is not None))


def _weigh_sentence(s, toks, count: int, prev, hits: list[Hit]):
    """One sentence of _weighed_hits; returns what the next sentence needs of it (see `prev`)."""
    low = s.low
    if (prev is not None and not _AIM_OUTCOME_T.isdisjoint(toks) and _AIM_OUTCOME.search(low)
            and _sets_an_aim(*prev)):
        # "His pathway plan in April set three goals: ... All three are done."
        hits.append((0.7, s))
        return None
    if s.filler:
        return None
    heading = s.heading
    said = False
    if heading and " " in heading:
        read = _heading_read(heading)
        if read is not None and (read[3] or heading.count(" ") >= 2):
            # a heading that says something ("The safety plan isn't holding:") or sets a time
            # ("Since the last review:") is read with its words; a label ("Progress on plan:") is not
            head, head_toks, said, _ = read
            low = f"{head}: {low}"
            toks = toks | head_toks
            count += len(head_toks)
    if said or ((not _ANY_T.isdisjoint(toks) or ">" in low) and weighed_over_time(low, toks, count)) or (
            _third_pass(low, toks)) or _against_its_timescale(low, toks) or _plan_failed(low, toks) or (
            _copied_forward(low, toks)):
        hits.append((0.7, s))
        return None
    # (only a sentence that may set an aim or a start: see _sets_an_aim)
    return (low, toks) if ("plan" in toks or "set" in toks) and (not _AIM_T.isdisjoint(toks) or _may_have_start(toks)) else None


# every word one of the third pass's readings needs (see _third_pass)
_THIRD_T = (
    _ASKED_T2 | _UNIT_T | _HELD_UP_T | _STEPS_T | _KEPT_T | _ON_TIME_T | _REWRITTEN_T | _REVIEW_WORDS_T | _STEP_T
    | _CHANGES_T | frozenset("updated plan work past taken progress outstanding time 26 same against let extension why cannot action within sitting sat".split())
)
# every word _set_against_now and _the_plan_looked_at test for (see _third_pass)
_WORDS_USED = (
    _THIRD_T | _NOT_COME_T | _MONTH_T | _LOOK_AT_T | _MOVED_T | _HOLD_T | _BLOCKED_T | _TAKEN_T | _CHANGE_T | _ON_PLAN_T
    | _SLOW_T | _PLAN_GOAL_T | _ITEM_T | _PLAN_KIND_T
    | _SAYS_T | _LOOKED_T | _DONE_AFTER_T
    | frozenset("due still since after from on up sat for delay the can not what date at if unless once yet we of in out as "
                "left remaining go no".split())
)
