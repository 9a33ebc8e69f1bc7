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
from .reading import Note, _has


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
    r"\b(?:plan|pep|assessment|chronology)\b[^.;]{0,30}\bnot (?:been )?(?:updated|revised|reviewed|looked at) (?:for|since|in) \S+|"
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
    r"timetable|deadline|\d+[- ]week (?:review|timescale|mark|point)|week \d+|month \d+|step(?:ped|ping)? ?(?:up|down))\b"
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
    r"\b(?:plan|cin|cp|cic|pathway|placement|permanence|timescales?|timetable|assessment)\b(?:[^.;]{0,20}?)"
    r"\b(?:(?:has been |have been |was |were )?reviewed|(?:review|meeting|conference|rcpc|hearing)s? (?:has been |was |to be )?"
    r"(?:brought forward|put back|moved forward))\b"
)

_FINDING = re.compile(
    r"\b(?:goals?|targets?|outcomes?|actions? (?:done|completed|met|outstanding|on track)|\d+ of (?:\d+|the)|on track|off track|"
    r"ahead|behind|schedule|on time|late|extended|brought forward|put back|reduced|increased|met|achieved|"
    r"completed|not (?:yet )?(?:met|done|achieved|working)|drift\w*|delay\w*|working|at \d+ (?:weeks|months)|"
    r"because|as (?:the|it|this|things)|since)\b"
)

# "speech check overdue", "dental overdue", "overdue jabs": a health check the child is due, not
# the plan drifting
_HEALTH_DUE = re.compile(
    r"\b(?:dental|dentist|health|medical|eye|sight|hearing|speech|immunis\w*|vaccin\w*|jabs|optician|checks?|tests?)"
    r"\W+(?:\w+\W+){0,2}?overdue\b|\boverdue (?:immunis|vaccin|jabs|health|dental|medical|eye|hearing|checks?)"
)

_REVIEWED_T = frozenset(("reviewed", "brought", "put", "moved"))

_REVIEWED_HEAD = re.compile(r"(?i)\b(?:reviewed|brought|put|moved)\b")

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
    r"\b(?:not|rather than|instead of) (?:clos(?:e|ing)|ending|end(?:ing)? (?:it|the plan|support|the work))\b|"
    r"\b(?:not )?ready to (?:close|end|step)\b|"
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
    r"\b(?:until|till|til|before|after|by|ahead of) (?:the |your |his |her |their )?(?:[a-z]+ )?(?:review|meeting) (?:on|in) \d|"
    r"\b(?:plan|prepare for|prepare|attend|chair(?: part of)?) (?:the|your|his|her|their) (?:[a-z]+ )?review\b|\bat the (?:[a-z]+ )?(?:review|meeting) on "
    r"\d[^;]*\b(?:argued|said|was|were|had|told|became|walked|left|refused|shouted|cried)\b"
)

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
    "drift drifted drifting drifts delay delayed delays overdue timescale timescales long not timetable deadline "
    "action "
    "still track stalled stuck slipped slipping progress goals goal targets target month months "
    "weeks years week year review nearly without moving slow where point stage roll rolls rolled "
    "rolling".split()
)

_REVIEW_T = frozenset(
    "review reviewed decide consider closure working next look looking revisit revisiting close closing ending "
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


def detect_progress(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    box_topic_hits(note, "progress", BOX_TOPIC, hits)
    decided = decision_sentences(note)
    low_all = note.low_all
    # the words the two checks below need, looked for once in the whole note
    overdue = "overdue" in low_all
    reviewed = "reviewed" in low_all or "brought" in low_all or "put back" in low_all or "moved forward" in low_all
    for c in note.clauses:
        toks = c.toks
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
            ):
                hits.append((0.7, c.sent))
        if (not _DRIFT_T.isdisjoint(toks) and _has(_PROGRESS_DRIFT_F, c) and not (
            not _HOME_T.isdisjoint(toks) and _only_time_in_a_home(c.low)
        )) or (not _DELAY_T.isdisjoint(toks) and _has(_PROGRESS_DELAY_F, c)):
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
    return hits
