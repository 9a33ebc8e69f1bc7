"""Progress: the plan considered over time: drift, timeliness, escalation or step-down, review.

Counts: drift named, time on the plan weighed, an escalation step to take, a review of whether
the plan is working. Not: status words ("progressing well", "continue plan, review in 3
months", "review due"), a meeting only in the diary, or one named as where something was heard.
"""

from __future__ import annotations

import re

from ..anchors import Finder
from .cues import Hit, box_topic_hits
from .decisions import decision_sentences
from .reading import Note, _TOKEN, _has


_PROGRESS_ESC = re.compile(
    r"\b(?:plo|pre-?proceedings|legal (?:gateway|planning|meeting)|gateway|strat(?:egy)? (?:meeting|mtg|discussion)s?|"
    r"icpc|rcpc|child protection conference|care proceedings|issue proceedings|escalat\w*|de-?escalat\w*|"
    r"step(?:ped|ping|s)?[- ]?(?:down|up)|stepdown|special guardianship|sgo|permanence(?! report)|adoption|"
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
    r"consider|request|need|needs|should|recommend|if|next(?! (?:wk|week|month|fortnight)\b)|due)\b"
)

_PROGRESS_DRIFT = re.compile(
    r"(?<!no )(?<!not )(?<!any )\bdrift(?:ed|ing|s)?\b|\bdelay(?:ed|s)? (?:in|to|for|with|on|since) (?:the )?(?:plan|assessment|review|"
    r"referral|court|proceedings|ot|decision|permanence|ehcp)|\bdrift and delay\b|"

    r"\bout of timescales?\b|\bchild(?:'s|ren's) timescales?\b|\btoo long\b|"
    r"\b(?:has|have|had) not (?:yet )?been reviewed\b|\bnot been reviewed\b|"
    # a plan left as it was: "not been updated for 8 months", "the plan is seven months on"
    r"\b(?:plan|pep|assessment|chronology)\b[^.;]{0,30}(?:\bnot|n't) (?:been )?(?:updated|revised|reviewed|looked at) (?:for|since|in) \S+|"
    r"\b(?:plan|cp|cin|placement) (?:is |has been )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?:weeks|months) (?:on|in)\b|"
    r"\bstill (?:hasn't|has not|haven't|have not) happened\b|\boff track\b|\bstalled\b|(?<!has )(?<!have )(?<!had )\bstuck\b(?! (?:a|an|the|his|her|their|it|them|up|with|pictures?|photos?)\b)|"
    r"\bslipp(?:ed|ing)\b|\b(?:no|little|limited|insufficient|some|good|real|sufficient|sustained) progress "
    r"(?:since|against|towards)\b|\b(?:no|little|limited|insufficient|some|good|real|sufficient|sustained) progress "
    r"(?:on|with|in) (?:the |this |her |his |their )?(?:plan|actions?|goals?|outcomes?|targets?|cp|cin|pathway|"
    r"safety plan|work|case|concerns?|worries)\b|\bno progress\b|\bprogress (?:against|towards|on|with) "
    r"(?:the )?(?:plan|goals|targets|outcomes)\b|\b(?:plan )?goals? (?:met|achieved|not met|partly met|"
    r"have been met|has been met|are met|were met)\b|\b(?:targets?|outcomes) (?:are |were |have been )?(?:met|not met|achieved|partly met)\b|"
    r"\bmonth \d+ of (?:the )?(?:plan|plo|proceedings)\b|\b(?:plan|plo|pre-proceedings|proceedings) "
    r"(?:at|in) month \d+\b|\b\d+ (?:weeks|months) into (?:the )?(?:plan|plo|proceedings|pre-proceedings)\b|"
    r"\breview month \d+\b|\b(?:cin|cp|cic|plan|plo)\b[^.;]{0,20}\bfor (?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|eighteen|nearly a|over a|more than a) (?:weeks?|months?|years?)\b|"
    r"\bnearly a year\b|\bwithout (?:any )?(?:sustained |sufficient |real |lasting )?(?:change|progress|improvement)\b|"
    r"\bmoving but slowly\b|\bweek \d+ of (?:the |a |an )?(?:\d+[- ]weeks? )?(?:[a-z]+ )?(?:plan|programme|assessment|proceedings|plo|pre-proceedings)\b|"
    r"\b(?:plan|placement|plo|cin|cp) month \d+\b|\broll(?:s|ed|ing)? (?:the |this )?(?:plan|case) (?:forward|on)\b|"
    r"\bwhere (?:we|things|the plan|the case|this family) (?:should|need to|ought to|hoped to|expected to) be\b|"
    r"\b(?:this|that) (?:point|stage) (?:of|in) the (?:plan|process|proceedings|plo)\b|"
    r"\bslow progress\b|\bmoving (?:slowly|forward)\b|"
    # timeliness: "the 26-week timetable is tight", "it's been on the action list since May"
    r"\b(?:timetable|timescale|deadline)s? (?:is|are|was|were|looks?) (?:very |quite )?(?:tight|slipping|at risk|achievable|"
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
    (frozenset("circles square groundhog nowhere".split()),
     _rx(r"\bround in circles\b|\bback to square one\b|\bgroundhog day\b|\bgoing nowhere\b(?! near)")),
    # a step waited on: "pending for 14 months", "still outstanding after five months"
    (frozenset("pending waiting awaited outstanding unallocated".split()),
     _rx(rf"\b(?:pending|waiting|awaited|outstanding|unallocated|on (?:the |a )?waiting list)(?: for)? "
         rf"(?:over |nearly |more than |almost )?{_SPAN_LATE}\b",
         r"\b(?:still|remains?) (?:outstanding|awaited|pending|unallocated|on (?:the |a )?waiting list)\b"
         r"(?=[^.;]{0,30}\b(?:after|since|for)\b)")),
    # the plan's own timing missed: "a month later than planned", "not ready to move on in January as planned"
    (frozenset("later slower longer".split()),
     _rx(r"\b(?:later|slower|longer) than (?:planned|agreed|hoped|expected|set out)\b")),
    (frozenset(("planned",)),
     _rx(r"\b(?:not|isn't|wasn't|won't|didn't|hasn't)\b[^.;]{0,40}?\bas planned\b")),
    (frozenset(("have",)),
     _rx(r"\bplan (?:should|would) have\b",
         r"\bshould have (?:been )?(?:reviewed|updated|written|convened|agreed|booked|filed|finished)\b")),
    # the same said review after review; the third plan for the same worries
    (frozenset("second third fourth fifth sixth 2nd 3rd 4th 5th 6th".split()),
     _rx(r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:review|supervision|core group|conference|meeting|time)s?"
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


# "Drift was discussed", "Timescales considered": the topic named, nothing said of it
_ONLY_NAMED = re.compile(
    r"^(?:\w+ )?(?:drift|delay|delays|timescales?|timeliness|progress|escalation|step ?down)(?: (?:and|or|/) \w+)?"
    r"(?: (?:against|on|of) (?:the )?plan)? (?:was |were |has been |have been |is |are )?(?:discussed|considered|explored|"
    r"covered|talked about|mentioned|raised|looked at|noted|checked|identified|reviewed)\W*$"
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

_NOT_YET = re.compile(r"\b(?:yet|still|no|not|without|never)\b")

_ON_TRACK = re.compile(r"\b(?:on|off) track\b")

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
    r"completed|done|outstanding|not (?:yet )?(?:met|done|achieved|working|started)|drift\w*|delay\w*|working|at \d+ (?:weeks|months)|"
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
    r"\bthat it is working\b|\bclosure\b|\b(?:plan|case) (?:to be|will be|is to be|should be) reviewed\b|"
    # ending weighed: "not close yet", "rather than ending in March", "not ready to close to the CSE team"
    r"\b(?:not|rather than|instead of|don't|do not|won't|will not) (?:clos(?:e|ing)|ending|end(?:ing)? (?:it|the plan|support|the work))\b|"
    r"\b(?:not )?ready to (?:close|end|step|move on)\b|"
    # the plan itself looked at: "whether this plan is working", "the plan needs rewriting"
    r"\bwhether (?:the|this|our|his|her|their) (?:plan|work|support) (?:is|was|has been) (?:working|helping|making)\b|"
    r"\b(?:needs|need) (?:rewriting|revising|a rethink|to be rewritten|to be revised)\b|"
    r"\b(?:rewrite|rewriting|revise|revising) (?:the|this|his|her|their) (?:cin |cp |care |pathway |safety )?plan\b"
)

# "Continue plan, review in 3 months", "plan continues - review due": a status and a diary date,
# not a view of whether the plan is working
_STATUS_REVIEW = re.compile(
    r"^(?:plan\W+)?(?:the )?(?:(?:(?:cin|cp|cic|cla|lac|care|safety|pathway|current) )?(?:plan )?(?:to )?(?:continues?|carries on|stays the same)|(?:continue(?:s|d)?|carry(?:ing)? on|carried on|"
    r"keep(?:ing)? (?:going|on)|stay(?:ing)?|remain(?:ing)?|same)(?: with| on)?(?: (?:the|current|same|existing) )?(?: ?plan)?|no change|"
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
    # "Review of the plan to be held in the new year": booked, not done
    r"\breview of (?:the |this |his |her |their )?(?:[a-z]+ )?plan (?:is |to be |will be |was )?(?:held|booked|scheduled|arranged|set|due)\b|"
    r"\b(?:until|till|til|before|after|by|ahead of) (?:the |your |his |her |their )?(?:[a-z]+ )?(?:review|meeting) (?:on|in) \d|"
    r"\b(?:plan|prepare for|prepare|attend|chair(?: part of)?) (?:the|your|his|her|their) (?:[a-z]+ )?review\b|\bat the (?:[a-z]+ )?(?:review|meeting) on "
    r"\d[^;]*\b(?:argued|said|was|were|had|told|became|walked|left|refused|shouted|cried)\b"
)

# "Precious (18), pathway plan review due.", "RCPC in 3 months.": a meeting only in the diary
_SCHEDULED_ONLY = re.compile(
    r"^(?:[a-z]+ \(\d+\),? )?(?:the |next |a |her |his |their )?"
    r"(?:(?!agreed|decided|decision|request|convene|book|recommend|escalate|refer|call|hold|to\b)[a-z]+ ){0,3}?"
    r"(?:review|rcpc|icpc|conference|core group|meeting|panel)s? (?:is |was )?(?:due|booked|set|scheduled|arranged|planned)?"
    r"(?: ?(?:in|on|by) [a-z0-9/ ]{1,15})?\W*$"
)

_MEETING_T = frozenset("review reviews rcpc icpc conference conferences core meeting meetings panel panels".split())

_PROGRESS_ESC_F = Finder(_PROGRESS_ESC)

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
    "rolling".split()
)

_REVIEW_T = frozenset(
    "ready review reviewed decide consider closure working next look looking revisit revisiting close closing ending "
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
    r"(?: (?:last|first|initial|recent|previous|review))?\W*$"
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
    steps = list(_PROGRESS_ESC.finditer(c.low))
    return ((not time or _step_not_only_a_time(c, steps)) and (not other or _a_step_in_the_plan(c, steps))
            and not (ending and _bare_ending(c, steps, reasoned)))


def _only_past_steps(low: str) -> bool:
    """Whether every step the clause names is one already held ("strategy discussion held 12/2")."""
    found = False
    for m in _PROGRESS_ESC.finditer(low):
        if not _HELD_AFTER.match(low, m.end()):
            return False
        found = True
    return found


def _only_worsening(low: str) -> bool:
    """Whether every escalation the clause names is something getting worse, not a step in the plan."""
    if "escalat" not in low:
        return False
    for m in _PROGRESS_ESC.finditer(low):
        if not m.group().startswith(("escalat", "de-escalat", "deescalat")):
            return False
        if not (_WORSENING_BEFORE.search(low, 0, m.start()) or low.startswith(" behaviour", m.end())):
            return False
    return True


# What the Progress box asks for: time on the plan, drift, a step up or down (see cues.box_topic_hits).
BOX_TOPIC = re.compile(
        r"\b(?:overdue|drift\w*|delay\w*|behind|(?:on|off) track|outcomes? (?:met|achieved|not)|goals? (?:met|achieved|not)|"
        r"step(?:ped|s)? down|stepdown|escalat\w*|plo|pre-proceedings|proceedings|timescales?|first time|"
        r"stuck|stalled|slipp\w*|deferr\w*|must conclude|day \d+ of|"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) (?:weeks|months|years)"
        r"(?! time\b)(?=[ ,;.:-]+(?:on|into|since|without|of|and now|now|later|open|in care|no|not|with no)\b))")


# "hiding behind the door", "two years behind with her reading": behind in place or in school
_NOT_BEHIND_AFTER = re.compile(
    r" (?:the|a|an|his|her|their|him|them|me|us|it|closed|locked|doors?|bars|in|at|with (?:her|his|their|my) )"
)
# "the bus was delayed": a journey, not the plan
_JOURNEY_BEFORE = re.compile(r"\b(?:bus|train|traffic|flight|taxi|car|plane|journey|transport|visit|meeting|session)s?\b[^.;]{0,15}$")
# "Mum came to core group for the first time": a parent's attendance
_ATTENDED = re.compile(r"\b(?:attend\w*|came|come|went|turned up|showed up|joined|engaged)\b")


def _box_skip(c, start: int, end: int) -> bool:
    """A Progress box word used in another sense ("his behaviour escalated", "PLO meeting held 4/2")."""
    low = c.low
    w = low[start:end]
    if w.startswith("escalat"):
        return _only_worsening(low)
    if w == "behind":
        return _NOT_BEHIND_AFTER.match(low, end) is not None or low.endswith(("years ", "year ", "hiding "), 0, start)
    if w.startswith("delay"):
        return _JOURNEY_BEFORE.search(low, 0, start) is not None
    if w == "first time":
        return _ATTENDED.search(low) is not None
    if w in ("plo", "proceedings", "pre-proceedings"):
        return _HELD_AFTER.match(low, end) is not None
    return False


# the plan's course chosen: kept at its level, extended, ended or closed ("stay CIN, not close",
# "end your plan in January", "request a six-month extension"); with its reason (a reasoned
# decision) it is the plan weighed, where "CP plan continues" alone is a status
_PLAN_COURSE = re.compile(
    r"\b(?:stay|stays|staying|remain|remains|remaining|kept|keep|keeping)(?: him| her| them| it| the case| the children)?(?: open)?(?: on| at| as| under| subject to)?"
    r"(?: (?:the|a|her|his|their))? (?:cp|cin|child protection|child in need|cic|early help|eh|plan|pre-?proceedings|plo)\b|"
    r"\b(?:clos(?:e|ed|es|ing|ure)|end(?:s|ed|ing)?|stop(?:s|ped|ping)?) (?:the |this |your |his |her |their |our )?"
    r"(?:\w+ )?(?:case|plan|cin|cp|involvement|file|order|work)\b|\bclos(?:e|ing|ure)(?= (?:in|at|by|on|now|when|after|because|as|once|next)\b)|"
    r"\bextension\b|\bextend(?:s|ed|ing)? (?:the |this |her |his |their |your )?(?:\w+ ){0,2}"
    r"(?:cin|cp|plan|order|placement|involvement|work|support|assessment|timescale)|"
    r"\b(?:keep|keeping|kept|stays?|remains?) (?:the case |it |the file |the plan )?open\b|\bnot (?:to )?clos(?:e|ing)\b|"
    r"\b(?:cp|cin|plan) (?:to )?(?:continue|continues|remain|remains|stay|stays|end|ends)\b"
)
# its reason weighs change or its lack ("things are getting better", "one improved test is not
# enough", "the statutory work is done", "he is mid-gain"); a reason from the facts of the day
# ("it was self-disclosed", "it's a legal requirement") chooses a course without weighing the plan
_COURSE_REASON = re.compile(
    r"\b(?:better|worse|improv\w*|gains?|mid-gain|chang\w*|unchanged|settled|unsettled|sustain\w*|held|holding|"
    r"working(?! (?:with|at|on|in|as|to|towards|through|alongside|closely|together|hard)\b)|lasted|lasting|only just|"
    r"just (?:stopped|started)|recent(?:ly)?|too (?:soon|early)|"
    r"still|enough|done|met|achieved|progress\w*|fixed|doing (?:well|ok|fine)|stable|stabl\w+|no longer|"
    r"week \d+|month \d+|(?:term|month|week)s?'?s? (?:of )?evidence|on track|drift\w*|delay\w*)\b"
)
_COURSE_T = frozenset(
    "stay stays staying remain remains remaining kept keep keeping close closed closes closing closure end ends ended "
    "ending stop stops stopped stopping extension extend extends extended extending open continue continues".split()
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
        if (not _ESC_T.isdisjoint(toks) and _has(_PROGRESS_ESC_F, c) and not _only_worsening(c.low)
                and not (c.n_tokens <= 5 and _NEXT_DATE.match(c.low))
                and not (_DIARY.search(c.low) and c.sidx not in decided and not _TRAJECTORY.search(c.low))):
            # a step to take ("Decision: convene PLO meeting", "legal gateway to be booked") or a
            # view over time; not a step only named ("part of the pre-proceedings plan")
            future = _has(_FUTURE_F, c)
            if (future or c.sidx in decided or _TRAJECTORY.search(c.sent.low)) and not (
                _has(_PAST_EVENT_F, c) and not future
            ) and not (c.sidx not in decided and _only_past_steps(c.low)) and not (
                _DIARY_ONLY.match(c.low) and not _TRAJECTORY.search(c.sent.low) and not _ON_TRACK.search(c.sent.low)
            ) and _steps_in_the_plan(c, c.sidx in decided, id(c.sent) in reasoned):
                hits.append((0.7, c.sent))
        if (not _DRIFT_T.isdisjoint(toks) and _has(_PROGRESS_DRIFT_F, c) and not (
            not _HOME_T.isdisjoint(toks) and _only_time_in_a_home(c.low)
        ) and not _ONLY_NAMED.match(c.low)) or (not _DELAY_T.isdisjoint(toks) and _has(_PROGRESS_DELAY_F, c)) or (
            _not_moving(c.low, toks)
        ) or ("still" in toks and ("not" in c.low or "n't" in c.low) and _STILL_NOT.search(c.low)) or (
            "day" in toks and "of" in toks and _day_count_late(c.sent.low)
        ):
            hits.append((0.75, c.sent))
        # "C&F assessment, day 35 of 45 - on track": the plan word may sit in the sentence's other part
        if "track" in toks and _has(_ON_TRACK_F, c) and (_has(_PLAN_WORD_F, c) or _PLAN_WORD.search(c.sent.low)):
            hits.append((0.7, c.sent))
        if (c.n_tokens >= 6 and not _REVIEW_T.isdisjoint(toks) and _has(_PROGRESS_REVIEW_F, c)
                and (not c.action or _PLAN_REVIEW.search(c.low)) and not _STATUS_REVIEW.search(c.low)
                and not _REVIEW_AS_TIME.search(c.low)):
            hits.append((0.6, c.sent))
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
    rf"\bplan (?:in|from|of|since|agreed in|made in|set in) {_MONTHS}\b|"
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
    r"\bsince (?:(?:the|our|my|his|her|their|this|that|last|previous|first|it|we|she|he|they|was|were|"
    r"started|starting|began|beginning|agreed|set|put|in|place|up|with|a|an|new|\w+ing) ){0,4}?"
    r"(?:supervision|supv|supervisions|review|reviews|plan|icpc|rcpc|conference|core groups?|start|outset|"
    r"intervention|programme|program|course|sessions?|service|work|allocation|step(?:ped)? ?down|started|began|agreed|"
    r"routine|we)\b|"
    r"\bcompared (?:with|to) (?:last|the last|previous|the previous|a year|\w+ (?:weeks|months|years) ago)\b|"
    r"\b(?:last|previous|our last|the last|the previous) (?:(?:two|three|four|five|few|several|\d+) )?(?:supervisions?|supv|reviews?|conferences?|core groups?)\b|"
    rf"\b(?:plan|cin|cp|cic|plo) {_N} (?:weeks|months)\b|\b{_N} (?:weeks|months) in\b(?! (?:care|foster|the|a|his|her)\b)|"
    r"\b(?:now |are |is |we're |we are )at (?:week|month|day) \d+\b|\bby now\b"
)

# a judgement of change, or of none, that the plan is weighed by
_CHANGE = re.compile(
    r"\b(?:(?:no|little|any|real|some|much|not much|sustained|lasting|measurable|clear|big|marked|significant) (?:real )?"
    r"(?:change|improvement|progress|difference)|"
    r"(?:nothing|little|not much|anything)(?: has| have| had|'s)? (?:really )?(?:changed|moved|shifted|improved)|"
    r"changed anything|what(?:'s| has| have)(?: really)? (?:changed|moved|shifted|improved)(?! for)|what (?:hasn't|has not|haven't|have not)(?! for)|"
    r"(?:not|barely|hardly|scarcely) (?:yet )?(?:moved|shifted|changed|improved)|"
    r"(?:has|have|had|is|are)(?:n't| not)(?: yet| really)? (?:changed|moved|shifted|improved|happened|started|reduced|dropped|fallen)|"
    r"moved on|(?:changes?|improvements?|gains?|progress) (?:has |have |had )?(?:held|lasted|been (?:sustained|maintained|lost))|"
    r"(?:has|have|had|it's) held|held (?:up|firm)|lasted|sustain(?:ed|able)?|maintained|no nearer|any nearer|no further forward|still not|still no|"
    # "we are in the same place", not "arrives in the same clothes"
    r"(?:is|are|was|were|remains?|remained|stays?|stayed|much|still|exactly|largely|looks|feels) the same|"
    r"(?:the |^)same (?:as (?:at|in|when|before|last)|position|place|point|worries|concerns|issues|problems|actions|targets|goals)|"
    r"(?:worse|better|different) than (?:at|in|when|before|last|it was)|as (?:bad|good|it was) as|gone backwards|"
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
    r"notifications|arrests|exclusions))\b|\d ?%? ?-+> ?\d"
)

# the plan or the work late against its own timetable: "the plan is six months behind", "week 15 of 16"
_BEHIND = re.compile(
    r"\b(?:plan|work|assessment|timetable|timescale|we|it|this|case|review|report|proceedings)\b[^.;]{0,25}?"
    r"\b(?:is|are|'s|'re|has fallen|have fallen|running|now|already)(?: [a-z0-9]+){0,3} behind\b"
    r"(?! (?:the|a|an|his|her|their|closed|locked|him|them|mum|dad|me|us|it|door|doors|bars|with|in|at|on)\b)|"

    r"\b(?:week|month) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen) of "
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
    r"(?:touched|shifted|moved|dented) (?:it|this|that|anything|them))|"
    r"\b(?:keep|keeps|kept|keeping) [^.;]{0,40}?\bthe same\b[^.;]{0,40}?\bthe same (?:result|outcome|place|worries|concerns|problems)\b|"
    r"\b(?:plan|work|intervention|support)\b[^.;]{0,20}?\b(?:has|have|had) made (?:no|little) (?:real )?difference\b|"
    r"\bplan (?:needs|need) to change\b|\b(?:think again about|rethink) (?:the|this|our) plan\b|"
    r"\b(?:look at|revisit) (?:the|this|our) plan again\b"
)

# an ending reasoned from what has been done or held: "closing at the end of the order as he's
# done all his requirements and there's been no further offending in the nine months"
_ENDING_REASONED = re.compile(
    r"\b(?:clos(?:e|ing|ure)|step(?:ping)?[- ]?down|end(?:ing)? (?:the )?(?:plan|cin|cp|order|involvement)|stand(?:ing)? down)\b"
    r"[^.;]{0,80}?\b(?:as|because|since|given|now that)\b[^.;]{0,80}?\b(?:done|completed|met|achieved|held|sustained|stable|"
    r"no further|no new|none since|no concerns? (?:for|since|in)|settled)\b"
)

# an early sign of change, with its caveat
_EARLY = re.compile(
    r"\bearly days\b|\btoo (?:soon|early) to (?:say|tell|know|judge)\b|"
    r"\bneed to see (?:it|this|that|whether it|if it|the change|this change) (?:hold|last|sustained|continue|maintained)\b|"
    r"\b(?:first|early|small) signs? of (?:change|improvement|progress)\b|\b(?:one|a single) (?:month|week|visit) only\b|"
    r"\b(?:changes?|improvements?|progress|gains?|stability|sobriety|abstinence)\b[^.;]{0,20}?"
    r"\b(?:only|just|barely) (?:a|one|two|three|four|five|six|\d+) (?:weeks?|months?) old\b"
)

# "three of the five plan outcomes are met", "aims of the plan have been met", "school outcomes met"
_OUTCOMES_MET = re.compile(
    r"\b(?:outcomes?|goals?|targets?|aims?)\b[^.;]{0,45}?\b(?:met|achieved|done|unmet)\b(?! (?:with|at|by)\b)|"
    r"\b(?:\d+|all|most|none) of (?:the |\d+ )?(?:plan |her |his |their |our )?actions (?:are |were |have been )?(?:done|completed|complete|met)\b"
)

# "the care plan said he would return within three months": the plan's aim, whose outcome
# may follow in the next sentence ("it is now four months and no local home has been found")
_AIM = re.compile(
    r"\bplan\b[^.;]{0,20}?\b(?:said|says|aimed|aims|was for|was to|wanted|expected|set out|"
    r"sets? (?:\w+ )?(?:goals|targets|outcomes|aims))\b|"
    r"\b(?:plan's |plan |the |our |first |main )?(?:goal|aim|target|outcome)(?: \d| one| two| three)? (?:was|is|were)\b|"
    r"\b(?:was|were) (?:planned|meant|supposed) (?:for|to|by)\b"
)

# the words a pattern cannot match without, so most sentences are never searched
_MONTH_T = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec spring summer autumn winter".split()
)
_START_T = frozenset("start outset beginning compared icpc initial".split())
_STARTED_T = frozenset("started began agreed set made".split())
_PLAN_AT_T = frozenset("began started agreed set put since weeks months wks mths pre before".split()) | _MONTH_T
_LOOK_T = frozenset("supervision supv review conference core supervisions reviews conferences".split())
_SPAN_T = frozenset("weeks months".split())
_CHANGE_T = frozenset(
    "change improvement progress difference changed moved shifted improved happened started reduced held lasted "
    "sustained sustainable maintained same nearer forward still worse better different bad good backwards met "
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
_NOTHING_MOVED = re.compile(r"\bnothing (?:we|we've|we have|the plan|the work|anyone)\b[^.;]{0,30}?\b(?:moved|shifted|changed|helped|worked)\b")
_NOT_WORKING_T = frozenset("not isn hasn wasn didn doesn no little need needs rethink again keep keeps kept keeping".split())
_EARLY_T = frozenset("early soon signs sign".split())
_HOLD_T = frozenset("hold last sustained continue maintained".split())
_ONE_T = frozenset("month week visit".split())
_MET_T = frozenset("met achieved done unmet complete completed".split())
_GOAL_T = frozenset("outcomes outcome goals goal targets target aims aim actions".split())
_AIM_T = frozenset("said says aimed aims was wanted expected set sets".split())

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
    | _START_T | _WORK_T | _MET_T | _GOAL_AIM_T
)


# an ending reasoned over time: "no further offending in the nine months", "stable since spring"
_SPAN_OR_SINCE = re.compile(rf"\b{_N} (?:weeks|months|years|wks|mths)\b|\bsince\b")

_BECAUSE_T = frozenset("as because since given now".split())
_DONE_T = frozenset("done completed met achieved held sustained stable no none settled further new concern concerns".split())
_ASKED_T = frozenset("made sent requested referred booked asked applied".split())

_ENDING_T = frozenset("close closing closure step stepping stepdown end ending stand standing".split())
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
            change = not _CHANGE_T.isdisjoint(toks) and _CHANGE.search(low) is not None
            if change and base and _BASE.search(low):
                return True
            if start and (change or ((not _MEASURE_T.isdisjoint(toks) or "->" in low) and _MEASURE.search(low))) and (
                _PLAN_START.search(low)
            ):
                return True
        if not _STRETCH_T.isdisjoint(toks) and not _SUSTAIN_T.isdisjoint(toks) and _SUSTAIN.search(low) and _STRETCH.search(low):
            return True
    if not _WORK_T.isdisjoint(toks) and not _NOT_WORKING_T.isdisjoint(toks) and _NOT_WORKING.search(low):
        return True
    if "nothing" in toks and _NOTHING_MOVED.search(low):
        return True
    if (not _EARLY_T.isdisjoint(toks) or ("see" in toks and not _HOLD_T.isdisjoint(toks))
            or ("old" in toks and ("only" in toks or "just" in toks or "barely" in toks))
            or ("only" in toks and not _ONE_T.isdisjoint(toks))) and _EARLY.search(low):
        return True
    if not _MET_T.isdisjoint(toks) and not _GOAL_T.isdisjoint(toks) and _OUTCOMES_MET.search(low):
        return True
    if (("due" in toks and ("and" in toks or "but" in toks)) or ("still" in toks and not _ASKED_T.isdisjoint(toks))) and (
        _LATE.search(low)
    ):
        return True
    if (not _ENDING_T.isdisjoint(toks) and not _BECAUSE_T.isdisjoint(toks) and not _DONE_T.isdisjoint(toks)
            and _ENDING_REASONED.search(low) and _SPAN_OR_SINCE.search(low)):
        return True
    if ("behind" in toks or ("of" in toks and ("week" in toks or "month" in toks))) and _BEHIND.search(low):
        return True
    if "plan" in toks and not _DID_T.isdisjoint(toks) and _PLAN_DID.search(low) and (
        (not _MEASURE_T.isdisjoint(toks) and _MEASURE.search(low)) or _PLAN_DID_WHAT.search(low) or "not" in toks
    ):
        return True
    if ("plan" in toks or not _GOAL_AIM_T.isdisjoint(toks)) and not _AIM_T.isdisjoint(toks):
        m = _AIM.search(low)
        # "the care plan said he would be home within three months; it is now four months"
        if m is not None and _AIM_OUTCOME.search(low, m.end()):
            return True
    return False


# a heading with a verb or a speaker says something; "Progress on plan:" only names the box
_SAYS = re.compile(r"\b(?:has|have|had|is|are|was|were|been|we|i)\b|n't\b")

# what the next sentence says of an aim: "she is still in the hostel", "All three are done"
_AIM_OUTCOME = re.compile(
    r"\b(?:still|now|done|met|achieved|up from|down from|not yet|no longer|(?:has|have|had)(?:n't| not) (?:yet )?happened|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months) on)\b"
)


def _sets_an_aim(low: str, toks) -> bool:
    """Whether a sentence sets out the plan's aim or start ("The care plan said he would be home
    in three months", "His pathway plan in April set three goals: ...")."""
    return "plan" in toks and ((not _AIM_T.isdisjoint(toks) and _AIM.search(low) is not None)
                               or (_may_have_start(toks) and _PLAN_START.search(low) is not None))


_AIM_OUTCOME_T = frozenset("still now done met achieved up down not no longer weeks months hasn haven hadn".split())


def _weighed_hits(note: Note, hits: list[Hit]) -> None:
    """Sentences that weigh the plan over time (weighed_over_time), each read once, with a
    heading that says something ("Honestly this has drifted:") read as words too."""
    prev = None  # (low, toks) of the sentence before, when it met nothing and names a plan: it may set an aim
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
            prev = _weigh_sentence(first.sent, toks, count, prev, hits)
        first, sidx, toks, count = c, c.sidx, c.toks, c.n_tokens
    if first is not None:
        _weigh_sentence(first.sent, toks, count, prev, hits)


_HEAD_DRIFT = ("drift", "delay", "stuck", "stall", "slipp", "too long", "behind")

_HEADS_READ: dict[str, tuple | None] = {}


# "Step down to EH agreed as CIN goals met:", "Step down to CIN at RCPC 11/7:": a heading that
# takes a step or finds something is read with its words
_STEP_HEAD = re.compile(r"\b(?:step(?:ped|ping)?[- ]?(?:down|up)|escalat\w*|agreed|decided|met|achieved|extend\w*|"
                        r"clos(?:e|ing|ure)|not yet|same|still|again)\b")


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
    if says or "since" in head or "start" in head or _STEP_HEAD.search(head):
        head_toks = frozenset(_TOKEN.findall(head))
        said = says and ((any(w in head for w in _HEAD_DRIFT) and _PROGRESS_DRIFT.search(head) is not None)
                         or _not_moving(head, head_toks))
        got = (head, head_toks, said)
    _HEADS_READ[heading] = got
    return got


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
    if heading and heading.count(" ") >= 2:
        read = _heading_read(heading)
        if read is not None:
            # a heading that says something ("The safety plan isn't holding:") or sets a time
            # ("Since the last review:") is read with its words; a label ("Progress on plan:") is not
            head, head_toks, said = read
            low = f"{head}: {low}"
            toks = toks | head_toks
            count += len(head_toks)
    if said or ((not _ANY_T.isdisjoint(toks) or ">" in low) and weighed_over_time(low, toks, count)):
        hits.append((0.7, s))
        return None
    return (low, toks) if "plan" in toks else None
