"""Key decisions with their rationale: at least one decision together with why (LABELS.md).

A decision is marked ("Decision:", "agreed to", "not closing", "will remain"); it counts only
with its reason, in the same words ("because", "as dad is back", a dash that states how things
are) or the sentence after ("Rationale: ...", "that is why ..."). "Rationale: as discussed"
gives no reason.
"""

from __future__ import annotations

import re

from ..lexicon import OWNER, TIMESCALE
from ..text import is_filler
from .cues import Hit
from ..anchors import Finder
from .reading import Clause, Note, _first, _has, _owner_at


# "a reason to stay put", "she wants to stay with nan": a wish or a reason, not a decision (the
# look-behinds follow the first word, so they are tried only where it matched)
_WISHERS = (
    "reason wants want wanted wish wishes like likes able trying hopes asked asks begged prefers prefer preferred"
).split()


# (the words rubric 2026.12-5 read as a wish; see _DECISION_LIKE)
_WISHERS_BEFORE = "reason wants want wanted wish wishes like likes able trying hopes asked asks begged".split()


def _not_a_wish(words: str, wishers: list[str] = _WISHERS) -> str:
    return "".join(f"(?<!\\b{w} {words})" for w in wishers)


# what a supervision decides to do (a verb after "we will", "going to", "to")
_PLAN_VERBS = (
    r"request|convene|hold|refer|escalate|seek|issue|apply|increase|reduce|pause|move|change|keep|support|end|"
    r"offer|allocate|reallocate|proceed|stop|start|continue|remain|close|step|manage|ask|wait|go|extend|fund|"
    r"treat|leave|put|look to|delay|defer|initiate|instruct|convene|swap|stay|try|use"
)

# a step of the child protection process, named as what the supervision decided
_STEPS = (
    r"strat(?:egy)?(?: meeting| discussion| mtg)?|s\.?47(?: enquiry| enquiries)?|section 47(?: enquiry| enquiries)?|plo|"
    r"legal (?:gateway|planning|advice)(?: meeting)?|icpc|rcpc|(?:child protection |cp )?conference|fgc|"
    r"family group conference|(?:nrm |lado |mash |camhs )?referral|legal advice|pre-proceedings|care proceedings"
)

_DECISION_MARK = re.compile(
    r"\b(?:decided|decision (?:is |was |has been |had been )?(?:made |taken |reached )?(?:not )?(?:to|that)|"
    r"(?<=[.;] )decisions?[:,] [a-z]+|^agreed with (?:the )?[a-z]+(?: [a-z]+)?(?=:)|"
    # a level of plan agreed, typed short: "cp -> cin agreed", "step-down agreed"
    r"(?:cp|cin|eh|early help|plo|closure|nfa|step[- ]?down|section 47|s47) (?:is |was |has been )?agreed\b|"
    # a ruling from now on, a referral not made, a plan kept: "From today every episode is
    # reported as missing", "no CAMHS referral", "Kept it, as ..."
    r"^from (?:today|now on|now|here on|this point)\b,?|^no (?:[a-z]+ ){0,2}referral\b|^kept (?:it|him|her|them|the|contact|cp|cin)\b|"
    # typed fast: "joint visits from now on", "tm - not taking back to court: ..."
    r"(?<=[a-z] )from (?:today|now on|here on)\b|"
    r"(?:^|^tm ?[-:] ?|[.;] )not (?:taking (?:it |him |her |this |them )?back|going back|breaching|pursuing|proceeding|escalating|"
    r"closing|stepping (?:up|down)|referring)\b|"
    r"decisions? ?(?:->|=>|\u2192) ?[a-z0-9]+|^(?:stays?|remains?) (?:open|on (?:cp|cin|the plan|a plan|plan)|at (?:cp|cin))\b|"
    r"(?:we|i|tm|sw|they|panel|conference|meeting|managers?) (?:have |has |all )?agreed|"
    r"(?:it was|it is|has been|was|were|is) agreed|agreed (?:that|to|on)|^agreed\b(?! with\b)|agreement (?:that|to|was)|"
    # "SW wants to recommend", "bring a recommendation": a proposal or a task, not a decision
    r"recommend(?<!\bto recommend)(?:ed|s|ing|ation(?<!\ba recommendation)(?<!\bclear recommendation))?|"
    r"will (?:remain|stay|continue|close|step)|"
    # "a reason to stay put", "she wants to stay with nan": a wish or a reason, not a decision
    # (the look-behinds come after the literal, so they are tried only where it matched)
    r"to" + _not_a_wish("to") + r" (?:remain|stay|close|step down|continue)|"
    # "he stays at a mate's on Saturdays": a habit told, not a decision
    r"stay(?<!\bhe stay)(?<!\bshe stay)(?<!\bthey stay)(?<!\bwho stay)(?<!\brather stay)(?<!\busually stay)(?<!\boften stay)"
    r"(?<!\bsometimes stay)" + _not_a_wish("to stay") + r"s? (?:where|on|in|with|at|put)|"
    r"remains? (?:on|open|subject|in|at(?! risk\b)|where|with|looked after)|"
    r"(?:case|plan|cin|cp|cla|plo) (?:transfers|closes|moves|steps down|stays|remains|ends)|"
    r"(?:plan|contact|case|placement) will (?:therefore |now |then )?(?:change|move|end|go)|"
    r"will (?:now |therefore )?go (?:to|before) (?:the )?(?:fostering |adoption |resource |legal )?(?:panel|conference|court|"
    r"legal|gateway|plo|icpc)|"
    r"(?:assessment|contact|placement|referral|visits|sessions|support|work|enquiry|enquiries|package|respite|programme|"
    r"course|group|intervention|therapy|s47) to (?:stop|end|cease|close|proceed|continue|remain|be (?:closed|"
    r"ended|stopped|extended|increased|reduced|ceased))|"
    r"should (?:now )?(?:proceed|close|be (?:closed|stepped down|escalated|referred|extended|ended))|"
    # the manager's direction: "I've asked her not to give any view", "I've told SW to stop"
    r"(?:i|tm)(?: have|'ve)? (?:directed|instructed)|(?:i|tm)(?: have|'ve)? (?:asked|told) [a-z' ]{1,25}?(?:not to|to "
    r"(?:stop|hold|pause|wait|end|close|keep|step|escalate|refer))|"
    r"continue(?:s|d)? (?:on|with) (?:the )?(?:cp|cin|plan|placement)|(?:case|plan) (?:to|will) "
    r"(?:close|remain|continue|step)|step(?:-| )?down (?:agreed|to|is)|agreed step|no (?:pre-birth|further action)|"
    # a step decided in the passive: "strat to be convened today", "s47 not required"
    r"(?:strat(?:egy)?(?: meeting| discussion| mtg)?|s\.?47|section 47|plo|legal (?:gateway|planning)(?: meeting)?|icpc|"
    r"(?:nrm |lado |mash )?referral) (?:(?:to be|will be|is to be) (?:convened|held|made|booked)|not (?:required|needed|indicated)|"
    r"agreed|approved|authorised)|"
    # a note typed without stops names its decision mid-sentence: "..., decision is keep the CIN open"
    r"(?<=[,;] )(?:so |and |then )?(?:the |my |our )?decision (?:is|was|today is|today was) (?!to be\b|pending\b|deferred\b|"
    r"not\b|difficult\b|hard\b|unclear\b|for\b|with\b|up to\b|yet\b|still\b|down to\b|theirs\b|hers\b|his\b|mum's\b|dad's\b)[a-z]+|"
    r"nfa|^(?:we are |we're |we )?not (?:going|proceeding|moving) to|^decisions?[:,]? (?!making\b|maker|to be\b|pending\b|deferred\b)[a-z]+|"
    # "Tom (6): decision - visits move to Saturdays", "-> decision: step up"
    r"(?:^|(?<=: )|(?<=-> )|(?<=> ))decisions?(?:(?: -|:) (?!making\b|maker|to be\b|pending\b|deferred\b|none\b|n/a\b)[a-z]+|$)|^(?:we are |we're |i am |i'm )?not (?:closing|stepping (?:it )?down|ending|escalating|issuing|removing)\b|^(?:keep|maintain|pause|proceed with)|agreed(?<= - agreed)(?! with)|"
    r"^(?:do not|don't) (?:issue|close|step|escalate|refer|proceed|remove|end|extend|change|move|reduce|increase|"
    r"stop|start|convene|apply)\b|"
    r"(?:(?:we|i|tm|managers?)(?: will|'ll| are going to|'re going to|'m going to| am going to| are to| should| shall)(?: not)?|"
    r"(?:we|i|tm|managers?)(?: won't| will not| are not going to|'re not going to|'m not going to)|"
    r"^(?:not )?going to|^to|decision is to) (?:be )?(?:" + _PLAN_VERBS + r")|"
    # (its own alternative: the others open on a word, so the pattern is tried only at its words)
    r": to (?:be )?(?:" + _PLAN_VERBS + r")|"
    # what the manager did about the case, first person: "we have paused", "I've agreed", "TM approved"
    r"(?:we|i|tm|managers?)(?: have| has|'ve)? (?:agreed|approved|authorised|endorsed|concluded|paused|"
    r"extended|stepped (?:it |the case |the plan )?down|escalated|held off)|"
    # a plan verb opening its clause, typed as an order or a participle: "Refer to CAMHS", "Keeping
    # contact supervised", "Won't be closing", "Approved the respite"
    r"(?:^|(?<=: ))(?:(?:we|i)(?: are|'re| am|'m)? )?(?:won't be |will not be |not )?(?:closing|stepping (?:it |the case |the plan )?down|"
    r"ending|escalating|issuing|removing|keeping|holding off|proceeding|referring|pausing|extending|seeking|applying|"
    r"moving|switching|changing|increasing|reducing|starting|stopping|requesting|convening|pursuing|"
    r"staying (?:on|at|put|open|in)|remaining (?:on|at|open|in))|"
    r"^(?:refer|escalate|hold off|extend|convene|request|seek|apply|approved?|authorised|endorsed|concluded|stay|remain|"
    r"switch|swap|transfer|reduce|increase|suspend|withdraw|cease|resume|reinstate|redo|shorten|ask (?!sw\b|the sw\b|her\b|him\b)|"
    r"step (?:it |the case |the plan )?down|close (?:the case|case|cin|cp|the plan|plan|it|now|to (?:social care|csc|cs|"
    r"children's services|early help|eh|universal(?: services)?)))|"
    # a step named with when it happens or that it is (not) needed: "strategy discussion today",
    # "legal advice to be sought", "ICPC not needed"
    # an extension decided, in the passive: "Pre-proceedings extended by six weeks", "Extension to 3/5 agreed"
    r"(?:^|(?<=[.;:] ))(?:the )?(?:pre-proceedings|plo|assessment|s47|section 47|cin plan|cp plan|plan|placement|timescale)"
    r" (?:is |was |has been |to be )?extended\b|extension(?: (?:to|of|until|by) [a-z0-9/ ]{1,20}?)? (?:agreed|approved|granted)\b|"
    # a choice in other words: "we settled on", "I opted for"
    r"(?:we|i|tm|managers?)(?: have|'ve)? (?:settled on|opted (?:for|to)|chose|chosen)\b|"
    # "we're going with X rather than Y": a choice between two (not "going with mum to court")
    r"(?:we|i)(?:'re| are|'m| am|'ve| have)? (?:going|gone|went) with [^,.;]{3,60}? (?:rather than|instead of)\b|"
    # a refusal in the first person: "we're not putting him forward", "I'm not signing off the closure"
    r"(?:we're|we are|i'm|i am) not (?:putting (?:him|her|them|it|the [a-z]+) forward|supporting|recommending|pursuing|"
    r"approving|signing (?:off|it off)|agreeing to|going ahead)\b|"
    # a refusal or a stop opening its clause: "No step-down until ...", "No further involvement, because ..."
    r"^no (?:step[- ]?down|escalation|closure|further (?:involvement|service|support|work)|follow[- ]on (?:service|support|work))\b"
    r"(?! (?:has|have|had|was|were|is|yet)\b)|"
    # the manager asks for or goes to a step: "I want an LPM", "we go to legal planning"
    r"(?:i|we) (?:want|would like|need|go to|move to|proceed to) (?:a |an |the )?(?:" + _STEPS + r")\b|"
    # a threshold the facts meet, named as the step it calls for: "two in three weeks = strat"
    r"(?<=[a-z0-9%)])(?: means?| =| warrants?| justif(?:y|ies)| merits?| calls? for) (?:a |an |the )?(?:" + _STEPS + r")|"
    r"(?:" + _STEPS + r") (?:(?:to be|will be|is to be|now) (?:convened|held|made|booked|sought|requested|issued|sent|started|"
    r"arranged|called)|(?:is |was )?(?:not )?(?:required|needed|indicated|warranted|necessary)|"
    r"(?:requested |booked |called |convened |arranged )?(?:today|tomorrow|this week|asap)))\b"
)

# What the other criteria read as a decision (a reason inside one is not reflection or
# challenge): the marks of rubric 2026.12-5, kept as they were so that widening what the
# decisions criterion reads does not move reflection or challenge.
_DECISION_LIKE = re.compile(
    r"\b(?:decided|decision (?:is |was |made |taken |reached )?(?:to|that)|"
    r"(?:we|i|tm|sw|they|panel|conference|meeting|managers?) (?:have |has |all )?agreed|"
    r"(?:it was|it is|has been|was|were|is) agreed|agreed (?:that|to|on)|^agreed\b(?! with\b)|agreement (?:that|to|was)|"
    r"recommend(?:ed|s|ing|ation)?|will (?:remain|stay|continue|close|step)|"
    # "a reason to stay put", "she wants to stay with nan": a wish or a reason, not a decision
    # (the look-behinds come after the literal, so they are tried only where it matched)
    r"to" + _not_a_wish("to", _WISHERS_BEFORE) + r" (?:remain|stay|close|step down|continue)|"
    # "he stays at a mate's on Saturdays": a habit told, not a decision
    r"stay(?<!\bhe stay)(?<!\bshe stay)(?<!\bthey stay)(?<!\bwho stay)(?<!\busually stay)(?<!\boften stay)"
    r"(?<!\bsometimes stay)" + _not_a_wish("to stay", _WISHERS_BEFORE) + r"s? (?:where|on|in|with|at|put)|"
    r"remains? (?:on|open|subject|in|at|where|with|looked after)|"
    r"continue(?:s|d)? (?:on|with) (?:the )?(?:cp|cin|plan|placement)|(?:case|plan) (?:to|will) "
    r"(?:close|remain|continue|step)|step(?:-| )?down (?:agreed|to|is)|agreed step|no (?:pre-birth|further action)|"
    # a step decided in the passive: "strat to be convened today", "s47 not required"
    r"(?:strat(?:egy)?(?: meeting| discussion| mtg)?|s47|section 47|plo|legal (?:gateway|planning)(?: meeting)?|icpc|"
    r"(?:nrm |lado |mash )?referral) (?:(?:to be|will be|is to be) (?:convened|held|made|booked)|not (?:required|needed|indicated)|"
    r"agreed|approved|authorised)|"
    r"nfa|^(?:we are |we're |we )?not (?:going|proceeding|moving) to|^decisions?:? (?!making\b|maker|to be\b|pending\b|deferred\b)[a-z]+|^(?:we are |we're |i am |i'm )?not (?:closing|stepping (?:it )?down|ending|escalating|issuing|removing)\b|^(?:keep|maintain|pause|proceed with)|agreed(?<= - agreed)(?! with)|"
    r"(?:(?:we|i|tm|managers?) (?:will|'ll|are going to|are to|should)(?: not)?|^to|: to|decision is to) (?:request|convene|"
    r"hold|refer|escalate|seek|issue|apply|increase|reduce|pause|move|change|keep|support|end|offer|"
    r"allocate|reallocate|proceed|stop|start|continue|remain|close|step))\b"
)

_LIKE_TOKS = frozenset(
    "decided decision agreed agreement recommend recommended recommends recommending "
    "recommendation will remain remains stay stays continue continues continued close step "
    "stepdown nfa no ll should going closing stepping ending escalating issuing removing "
    "convened required needed indicated approved authorised".split()
)


_DECISION_NEG = re.compile(
    r"\bno (?:key )?decisions?\b|\bdecisions? (?:deferred|not (?:yet )?made|pending|postponed)\b|"
    r"\bnot (?:yet )?decided\b|\bundecided\b|\bto be decided\b"
)

# (each look-behind follows the word it guards, "as(?<!such as)", so it is tried only where the
# word matched, not at every word of the sentence)
_RATIONALE = re.compile(
    r"\b(?:because|given(?: that)?|so that|due to|in order to|rationale|consistent with|on (?:that|this) basis|"
    r"on the grounds?|why(?=[:?] | - )|"
    r"so (?:the |that |his |her |their )?[a-z']+ (?:still |then |now |also |always )?(?:can|could|will|would|is|are|gets?|has|have|knows?|feels?|"
    r"don't|doesn't|won't|isn't|aren't|can't|never|no longer)|"
    r"so (?:that )?(?:they|he|she|we|you) (?!(?:decided|agreed|went|were|was|had|did)\b)[a-z]{3,}\b|"
    # a purpose whose subject is a phrase: "so one of them can watch her", "so both parents will hear it"
    r"so (?:that )?(?:one|both|either|each|all|someone|somebody) (?:of )?(?:[a-z']+ ){0,2}?(?:can|could|will|would|is able)\b|"
    r"so (?:that )?(?:it|this|there)(?:'s| is| isn't| is not| won't| will)\b|"
    # "because" typed short; "or his needs get lost": what happens otherwise; a threshold met
    r"bc|b/c|cos|coz|'cause|or (?:else )?(?:[a-z']+ ){0,3}?(?:will|would|get|gets|is|are|lose|loses|risks?)|"
    r"threshold (?:for [a-z0-9. ]{1,20} )?(?:is |was |has been )?(?:not )?met|for (?:that|this|these) reasons?|"
    r"(?=(?:there (?:are|is|were|was) )?no (?:other |further |new )?(?:concerns|evidence|injuries|worries))|reasons? (?:for this )?(?:is|was|being|are)|"
    r"reasons?(?=: )|reason(?<=the reason),? [^.;]{3,60}?,? is (?:that )?|"
    r"on the basis (?:of|that)|since (?:the|he|she|they|it|there|mum|dad|this|that|that's|his|her|their|we)|"
    r"since (?=(?:[a-z0-9'-]+ ){1,5}(?:is|was|are|were)\b)|for the reasons? (?=(?:above|given|set out|stated|we discussed)\b)|"
    r"as its (?!own\b)|in light of|in view of|to (?:ensure|keep|protect|allow|give|avoid|reduce|prevent|make sure|get|help|"
    r"see (?:if|whether|how|it|that|them)|"
    r"test|build|safeguard)\b|which will|otherwise|as(?<!such as)(?<!well as)(?<!same as) (?:the|there|this|that|"
    r"he|she|they|it|we|his|her|their|mum|dad|a move|no|nothing|both|all|[a-z]+'s)\b|"
    r"as(?<!such as)(?<!well as)(?<!same as) [a-z]+ (?:is|are|was|were|has|have|had|cannot|can't|does|did|needs|"
    r"remains|will|would|still|now|continues)\b|"
    r"\bas(?<!such as)(?<!well as)(?<!same as)(?<!soon as)(?<!long as)(?<!much as) (?!well\b|soon\b|long\b|much\b|part\b|per\b|agreed\b|discussed\b|planned\b)"
    r"(?:[a-z0-9'-]+ ){1,5}?(?:has|have|had|is|are|was|were) (?:not |never |still |only |now |already )?[a-z]+\b|"
    r"\bas(?<!such as)(?<!well as) (?:only|just|still|there's|there is|there are) |"
    # a reason typed in haste, its verb a participle or left out: "as RCPC on 02/05 agreed neglect
    # concerns not yet reduced", "as bruise explained by a fall", "as indicators of exploitation"
    # (lookaheads, so that what follows "as" is left as the reason's words)
    r"\bas(?<!such as)(?<!well as)(?<!same as)(?<!soon as)(?<!long as)(?<!much as) (?=(?!well\b|soon\b|long\b|much\b|part\b|per\b|"
    r"previously\b|originally\b|already\b|usual\b|before\b|a\b|an\b)(?:[a-z0-9'/-]+ ){1,5}?(?:not |now |yet |still )?"
    r"(?:[a-z]+ed|unmet|seen|known|shown|given)\b(?! (?:by|to|with|for|on|at) (?:the )?(?:sw|tm|manager|worker|me|us|iro)\b))|"
    r"\bas (?=(?:clear |strong |multiple |several |the )?(?:indicators?|signs?|evidence) (?:of|that)\b)|"
    # "as threshold for significant harm met", "as reasonable cause to suspect harm", "as medical
    # evidence supports the account", "as parents engaging", "as dad out of the home": a reason
    # typed without its verb, or with a plain one
    r"\bas(?<!such as)(?<!well as)(?<!same as) (?=(?:the |reasonable |clear )?(?:threshold|grounds|cause|criteria)\b|"
    r"(?:[a-z'-]+ ){1,3}?(?:supports?|shows?|suggests?|indicates?|outweighs?|confirms?|explains?|lacks?|meets?|met)\b|"
    r"(?!agreed\b|discussed\b|planned\b|part\b|a\b|an\b|per\b|usual\b)"
    r"(?:[a-z'-]+ ){1,2}(?:(?!meeting\b|morning\b|evening\b|during\b|nothing\b|something\b|anything\b|being\b)"
    r"[a-z]{3,}ing\b|out of (?:the )?(?:home|house|area)\b|in custody\b|on bail\b))|"
    r"as(?<!such as)(?<!well as)(?<!same as) (?=(?![a-z]+ly\b)[a-z]+ (?:has |have |had )?(?:increased|escalated|risen|"
    r"worsened|deteriorated|returned|moved|left|disclosed|refused|stopped|improved|changed|met|achieved|"
    r"requested|confirmed|wants|asked)\b))"
)


def _undecided(low: str) -> bool:
    """_DECISION_NEG.search(low), searched only where a match could be (each holds "decid" or "decision")."""
    return ("decid" in low or "decision" in low) and _DECISION_NEG.search(low) is not None


# Every match of _DECISION_MARK holds one of _DEC_TOKS, or one word of a pair below with its
# partner, or opens its clause with one of _OPENING_TOKS, or is a "to ..." / "= ..." one: other
# clauses are not searched.
_DEC_TOKS = frozenset(
    "decided decision agreed agreement recommend recommended recommends recommending "
    "recommendation will remain remains stay stays continues continued "
    "stepdown nfa ll should going closing stepping ending escalating issuing removing "
    "convened required needed indicated approved authorised keep maintain pause proceed "
    "won shall endorsed concluded paused extended stepped escalated keeping holding proceeding "
    "referring pausing extending staying remaining stop cease directed instructed seeking applying "
    "settled opted chose chosen extension going gone went putting supporting pursuing approving signing agreeing "
    "taking breaching now today".split()
)

# (word, any of its partners): "strategy discussion today", "held off", "case transfers",
# "contact to end", "I've asked her not to", "assessment to be reduced"
_PAIRED = (
    (frozenset("strat strategy 47 plo legal icpc rcpc conference fgc referral advice proceedings discussion".split()),
     frozenset("be not now required needed indicated warranted necessary today tomorrow week asap means mean "
               "warrants warrant justify justifies merits merit calls want like need go move".split())),
    (frozenset(("off",)), frozenset("held holding hold".split())),
    (frozenset(("no",)), frozenset(("further", "pre", "referral", "step", "stepdown", "escalation", "closure", "follow"))),
    (frozenset(("step",)), frozenset(("down",))),
    (frozenset(("close", "continue")), frozenset(("to", "on", "with"))),
    (frozenset("transfers closes moves ends steps".split()), frozenset(("case", "plan", "cin", "cp", "cla", "plo"))),
    (frozenset(("end",)), frozenset(("to",))),
    (frozenset("asked told".split()), frozenset(("i", "tm"))),
    (frozenset("closed ended stopped increased reduced ceased".split()), frozenset(("be",))),
)

# the orders a manager opens a line with ("Refer to CAMHS", "Switch RHIs to ..."): only there
_OPENING_TOKS = frozenset(
    "refer escalate hold extend convene request seek apply approve approved authorised endorsed concluded "
    "stay remain switch swap transfer reduce increase suspend withdraw cease resume reinstate redo shorten "
    "ask step close do don keep maintain pause proceed to moving switching changing increasing reducing starting "
    "stopping requesting convening pursuing from kept".split()
)

_PAIR_WORDS = frozenset().union(*(words for words, _ in _PAIRED))


def _paired(toks: frozenset[str]) -> bool:
    if _PAIR_WORDS.isdisjoint(toks):
        return False
    return any(not words.isdisjoint(toks) and not partners.isdisjoint(toks) for words, partners in _PAIRED)


_LIKE_FINDER = Finder(_DECISION_LIKE)

_MARK_FINDER = Finder(_DECISION_MARK)


def _has_decision_mark(c: Clause, marks: dict | None = None) -> bool:
    """`marks`, when given, keeps the search's match by the clause's words (see detect_decisions)."""
    low = c.low
    toks = c.toks
    if _DEC_TOKS.isdisjoint(toks) and ": to " not in low and " = " not in low:
        if not _opens_with_order(low) and not _paired(toks):
            return False
    m = _first(_MARK_FINDER, c)
    if m is not None and m.start() == 0 and c.sent.section == "actions" and _opens_with_order(low):
        m = None  # "Action: Refer to FGC. Owner: SW": an order under Actions is a task
    if marks is not None:
        marks[low] = m
    return m is not None


def _opens_with_order(low: str) -> bool:
    sp = low.find(" ")
    return (low if sp < 0 else low[:sp]).rstrip(",:.") in _OPENING_TOKS


# Where _DECISION_LIKE matches and _DECISION_MARK does not, the clause holds one of these
# (the wishes, proposals and states the decisions criterion now leaves out), or sits under
# Actions: elsewhere a clause _DECISION_MARK passes over is passed over by _DECISION_LIKE too, and
# is not searched again.
_LIKE_ONLY = frozenset("rather prefer prefers preferred recommend recommendation risk".split())


def _read_marks(note: Note) -> None:
    """Both readings of which sentences record a decision, in one pass over the clauses."""
    decided: set[int] = set()
    like: set[int] = set()
    marks = note.extra["decision_marks"] = {}
    heads = note.extra["decided_heads"] = set()
    read_heads: set[int] = set()
    for c in note.clauses:
        i = c.sidx
        if c.sent.section == "decisions":
            decided.add(i)
            like.add(i)
            continue
        new = None
        if i not in decided and c.sent.heading and i not in read_heads:
            read_heads.add(i)  # (a sentence's heading read once, not at each of its clauses)
            h = c.sent.heading.lower()
            if _DECIDED_HEAD.match(h):
                decided.add(i)
            elif "action" not in h and (not _DEC_TOKS.isdisjoint(h.split()) or _paired(frozenset(h.split()))) \
                    and (hm := _DECISION_MARK.search(h)) is not None and hm.group(0) != "agreed" and not _undecided(h):
                # the decision typed as the line's head, its reason after a dash: "Step down to CIN - change has held"
                decided.add(i)
                heads.add(i)
        if i not in decided:
            new = _has_decision_mark(c, marks)
            if new:
                decided.add(i)
        if i not in like and (new is not False or c.sent.section == "actions" or not _LIKE_ONLY.isdisjoint(c.toks)) and not (
            _LIKE_TOKS.isdisjoint(c.toks) and not (c.low.startswith("to ") or ": to " in c.low)
        ) and _has(_LIKE_FINDER, c):
            like.add(i)
    note.extra["decided"] = decided
    note.extra["decisions"] = like


def _decided(note: Note) -> set[int]:
    """Indices of sentences the decisions criterion reads as recording a decision (whether or not
    they give a reason)."""
    if "decided" not in note.extra:
        _read_marks(note)
    return note.extra["decided"]


def decision_sentences(note: Note) -> set[int]:
    """Indices of sentences that record a decision, as the other criteria read them (see
    _DECISION_LIKE)."""
    if "decisions" not in note.extra:
        _read_marks(note)
    return note.extra["decisions"]


_DECIDED_TO = re.compile(r"\b(?:agreed|decided|agree|decide|plan|planned|need|needs|want|wants)\s*$")

_TASK_TO = re.compile(rf"(?:^|[.:;] *|- ){OWNER}\s*$")

# What follows a dash after a decision, when it is the reason: a state of things ("dad is back",
# "nan's health has got worse", "she's missed three") or a judgement of timing ("too soon to
# tell"). A dash that carries on the plan ("- review on 3/3", "- SW to tell school") is not.
# the words that say how things are: "dad is back", "nothing has changed", "it still happens"
_STATE_WORDS = (
    r"is|are|was|were|has|have|had|isn't|aren't|wasn't|hasn't|haven't|hadn't|remains?|cannot|can't|won't|"
    r"didn't|doesn't|still|"
    # typed without the apostrophe: "isnt acceptable", "we cant agree"
    r"isnt|arent|wasnt|hasnt|havent|cant(?! (?:say|tell|decide|remember)\b)|wont|didnt|doesnt"
)

_DASH_REASON = re.compile(
    r"(?:too (?:early|soon|late|risky|much)|not (?:yet|enough|safe|ready)|no (?!further\b|action\b)[a-z]+|"
    r"nothing (?:has )?(?:changed|different|new|improved|moved)"
    rf"|(?:[a-z0-9'/()+&%-]+ ){{0,11}}?(?:{_STATE_WORDS}|rel(?:y|ies)|shows?|keeps?|means?|met|meets?|fits?|"
    r"suggests?|points? to|outweighs?|achieved|looks?|seems?|sounds?|appears?|risks?|appl(?:y|ies)|satisfactory|unchanged|only \d+%?|(?:breaks|breaches|exceeds) (?:our|the|his|her|their|a|an|its)|leaves|"
    r"puts|costs|matters|helps|works|proves|tells|says|need|needs|shouldn't|wouldn't|couldn't|mustn't|don't|dont|"
    # a source weighed, typed clipped: "- medical supports account", "- notes contradict dad"
    r"supports?|contradicts?|confirms?|corroborates?|evidences?|"
    r"stops|prevents|protects|avoids|removes|limits|allows|reduces|lowers|"
    r"no (?:change|progress|improvement|difference|engagement|evidence|sign|signs|concerns|worries|injuries|marks|"
    r"incidents|callouts|call-outs|insight))"
    # "- 3 months' sustained change": what has held, named without a verb
    r"|(?:[a-z0-9'/()-]+ ){0,3}(?:sustained|lasting|consistent|steady|real|clear) (?:change|improvement|progress|engagement)"
    # "- medical evidence clear": a judgement without its verb
    r"|(?:[a-z0-9'/()-]+ ){1,4}(?:clear|consistent|inconsistent|unexplained|explained|accidental|non-accidental|"
    r"insufficient|sufficient|unsafe|stable|settled|unknown|implausible|seen|disclosed|witnessed|better|worse)(?=[.,;)]|$)"
    # "- stopping it would punish him", "- missing episodes up from one to four", "- we need to know",
    # "- we'd be stepping down on our weakest evidence"
    r"|(?:[a-z0-9'/()%-]+ ){1,11}?(?:would|could|might)|[a-z]+'d be"
    # "- the last two sessions ended with dad shouting": what happened, with who or what it happened to
    r"|(?!(?:sw|tm|i|we|iro|pa|hv|fsw|worker|manager)\b)(?:[a-z0-9'/().-]+ ){1,5}?(?!informed|notified|advised|updated|"
    r"booked|arranged|requested|completed|agreed|discussed|noted|recorded|asked|emailed|called|phoned|texted|contacted|"
    r"shared|sent|signed|attached|uploaded|scheduled|planned|invited|held|closed)"
    r"(?:[a-z]{3,}ed|made|took|went|saw|said|told|found|gave|left|came|became|got|kept|lost|fell|broke|hit|began|brought|"
    r"heard) (?:[a-z0-9'/%-]+ ){1,}[a-z0-9'/%-]+"
    r"|(?:[a-z0-9'/()-]+ ){0,6}?(?:up(?<!step up)|down(?<!step down)|increased|reduced|doubled|halved|fallen|risen|dropped) "
    r"(?:from|to|by)"
    r"|(?:we|i|she|he|they|it|this|that|mum|dad) (?:need|needs|want|wants|must|[a-z]+s)"
    r"|(?:she|he|they|mum|dad|it) (?!to\b|will\b|and\b|or\b)[a-z]{3,}"
    r"|[a-z]+'(?:s|re|ve) (?!to\b)[a-z]+"
    # "- the school's latest referral describes him as hungry": a source that says how things are
    r"|(?:the|his|her|their|[a-z]+'s) (?:[a-z'-]+ ){0,3}?(?!(?:is|was|has|continues|remains|stays|goes|ends|starts)\b)"
    r"[a-z]{3,}s (?:him|her|them|it|the|a|his|their|how|that)"
    r")\b"
)

_DASH_PLAN = re.compile(
    rf"(?:{OWNER} (?:and {OWNER} )?(?:to|will|would|should|must|can)|review|next|then|to|by|at|on|in|date|see|until|with|and|for|"
    r"if|unless|when|whether|though|although|but|or|so|which|who)\b"
)

_REASON_HEAD = re.compile(r"^(?:(?:my|our|the|tm's|sw's) )?(?:rationale|reasons?|why)\b")

# a next sentence that says it is the reason for what came before
_POINTS_BACK = re.compile(
    r"\b(?:because of (?:that|this|which)|(?:that|this|which) is why|(?:that|this)'s why|for (?:that|this|these) reasons?|"
    r"(?:that|this) is the reason)\b"
)

_REASON_FIRST = ("because ", "given ")  # ("since", "as" are as often about time)

# a heading that gives the reason before its decision: "With nan now unable to cope, decision:"
_REASON_LEAD = re.compile(r"^(?:because|given|with|in light of|in view of|due to|following|after) \S+")

# the reason, then what it led to: "Dad's drinking is unchanged, so we agreed ..."
_SO_BEFORE = re.compile(
    r"(?:\S+ ){3,}\S+,? (?:and )?(?:so|therefore|hence|which is why|that's why|that is why)(?: this| it| the| the case| he| she| they| we| i| tm| a| an)?$"
)

# a next sentence that opens by giving the reason: "This was because ...", "Reasons: ..."
_NEXT_REASON = re.compile(
    r"^(?:(?:this|that|it)(?: is| was|'s)? (?:because|due to|in light of|on the basis|given)|because|"
    r"(?:the |my |our )?reasons?\b|rationale|why[:?]|the thinking)"
)

# a decision made elsewhere, told: "contact was agreed at his review in March", "the strategy
# discussion agreed a LADO response", "police ... NFA". Only a reason given in its own words counts.
_REPORTED_AT = re.compile(
    r"(?:(?:it )?(?:was|were|had been|has been)|(?:we|i|they|tm|sw)(?: had)?) (?:agreed|decided) (?:at|in|on|by|last)\b"
)
_REPORTED_BY = re.compile(
    r"\b(?:conference|review|panel|discussion|meeting|core group|court|icpc|rcpc|police|chair|judge|mash|"
    r"they|school|housing|health)(?: (?:have|has|had))? $"
)

# "everything carries on as it is": how, not why
_AS_IT_IS = re.compile(
    r"as (?:it|they|things|it all) (?:is|are|was|were|stands?)(?: for now| at the moment| for the time being)?(?:[,.;]|$| and\b)")

# "we agreed that written communication may be the barrier", "SW agreed she inherited it": a view
# or a fact agreed between the two, not a step decided
_SHARED_VIEW = re.compile(
    r" (?:that )?(?:if\b|(?:it|this|that)(?:'s| is) worth\b|(?:these|they|those) are (?:ideas|thoughts|questions)\b|(?:[a-z'\"-]+ ){1,5}?(?:may|might|could|seems?|probably|is likely)\b|"
    r"(?:she|he|they|it|this|that) (?:[a-z]{3,}ed|was|were|had)\b)"
)

_COMMA_REASON = re.compile(
    r"(?:it|that|this|which)(?:'s| is| has| was)\b|"
    # "..., we can't agree a move we haven't assessed", "..., a year with no change isn't acceptable"
    r"(?:we|i) (?:can't|cant|cannot|won't|wont|mustn't|must not|shouldn't)\b|"
    r"(?:[a-z0-9'-]+ ){1,7}?(?:isn't|isnt|is not|aren't|arent|are not) (?:acceptable|safe|enough|working|sustainable)\b|"
    r"(?:the |his |her |their |mum's |dad's )?[a-z]+ (?:is|was|are|were|has|had) (?!(?:due|booked|on|in|at|next|set|planned|"
    r"arranged|scheduled|listed|moved)\b)")

# a reason put as an absolute clause: "..., the threshold being met", "..., his needs now arising
# from his diagnosis" (not when it only says when or who: "the meeting being held on Friday")
_ABSOLUTE = re.compile(
    r"(?:the|his|her|their|its|this|[a-z]+'s) (?:[a-z0-9.'/-]+ ){0,5}?(?:(?:being|having been) (?!(?:held|booked|arranged|"
    r"convened|chaired|scheduled|planned|set|attended|led|done|due)\b)[a-z]{3,}|(?:now|still|no longer) [a-z]{3,}ing)\b")

# a colon that opens what was decided: "We agreed that you will: ...", "the following:"
_LEADS_IN = re.compile(r"\b(?:will|to|that|following|are|is|agreed|decided|be|plan|steps?)$")

# a next sentence that only says when: "Your review is in June."
_WHEN = re.compile(r"\b(?:review|meeting|conference|appointment|panel|hearing)\b")

# a step put as a question or a condition, not decided: "whether a strategy meeting is needed"
_OPEN = re.compile(r"\b(?:whether|if)\b(?![^,;]*(?:\bthen\b|,))[^,;]*$")

# "Reason for transfer: Actions: summary to be done": another label, not a reason
_LABEL_OPEN = re.compile(r"[a-z' ]{2,25}: ")

# a threshold met, named as the step it calls for, is the decision and its reason at once
_RULE = re.compile(r" (?:means?|=|warrants?|justif(?:y|ies)|merits?|calls? for) ")



# a decision someone outside the supervision made, told as news: a parent's, the child's, the
# court's, the police's, the school's ("Mum has decided to move to Leeds because ...", "The judge
# decided to adjourn as ..."): not a decision this record makes, whatever its reason
_OTHERS_DECIDE = re.compile(
    r"(?:^|[,;:] |\b(?:and|but|then|that) )(?:the )?(?:mum|dad|mother|father|parents?|mum and dad|nan|gran|grandparents?|"
    r"(?:his |her |their )?(?:mum|dad|partner|boyfriend|girlfriend)|judge|court|magistrates?|police|cps|school|"
    r"college|nursery|family|landlord|housing|the young person)"
    r"(?: (?:has|have|had|then|now|also|both))? (?:decided|agreed)(?: (?:not )?to| that| between| on)?\b"
)

# what comes before a decision when it is the decision's ground: "Following his second missing
# episode in a week, the decision was taken ..." (not a meeting: "Following discussion, ...")
_GROUND_FIRST = re.compile(
    r"^(?:following|after|in light of|in view of|due to|given) (?!(?:our |the |today's |this |a |further |some |much |"
    r"lengthy |long )?(?:discussion|supervision|review|meeting|conversation|consideration|talk|reflection)s?\b)"
    r"(?:\S+ ){3,}?\S+, "
)

# a heading that records a decision or agreement, the decision under it: "Agreed with the SW: ..."
_DECIDED_HEAD = re.compile(r"^(?:we |tm |i )?(?:agreed|decided)(?: with (?:the )?[a-z]+(?: [a-z]+)?| between us)?$")

_SO_DECIDED = re.compile(
    r"(?:so|therefore|that's why|that is why|for (?:that|this|these) reasons?),? (?:we|i|tm|sw and i|it was) "
    r"(?:have |all )?(?:decided|agreed)\b"
)

_STATE = re.compile(rf"\b(?:{_STATE_WORDS}|weren't|disengaged)\b")


def _reads_as_reason(low: str) -> bool:
    """A sentence that states how things are (a reason), not another step to take, nor when the
    next meeting is ("Your review is in June")."""
    if _DASH_PLAN.match(low) or TIMESCALE.match(low) or " to be " in low or _owner_at(low) >= 0:
        return False
    if _WHEN.search(low) and TIMESCALE.search(low):
        return False
    return _STATE.search(low) is not None


def _dash_reason(low: str, start: int, semicolon: bool = False) -> bool:
    """Whether a dash or a colon after the decision (from `start`) gives its reason; under a
    "Decision:" heading, a semicolon too ("Decision: no age assessment; there is no reason to
    doubt it"). What follows a colon may be the decision itself ("Agreed: the children remain
    with mum"): then it is no reason."""
    seps = []
    for sep in (" - ", ": ", "; ", ", ") if semicolon else (" - ", ": ", ", "):
        i = low.find(sep, start)
        seps.append((sep, i))
        # a fragment's decision, a detail, then why: "refocus on her - carer's assessment - her load is the worry"
        for _ in range(2):
            if sep != " - " or i < 0:
                break
            i = low.find(sep, i + 3)
            seps.append((sep, i))
    for sep, i in seps:
        if i < 0:
            continue
        after = low[i + len(sep) :]
        if sep == ", ":
            # after a comma, only a clause about the decision itself: "keep it, it's the part that works"
            if _COMMA_REASON.match(after) and _DASH_REASON.match(after) and not is_filler(after):
                return True
            j = i
            while j >= 0:  # an absolute clause may follow any comma: "X, not Y, the threshold being met"
                if _ABSOLUTE.match(low, j + 2):
                    return True
                j = low.find(", ", j + 2)
            continue
        if _DASH_PLAN.match(after) or TIMESCALE.match(after):
            continue
        if sep != " - " and (_DECISION_MARK.search(after.split(" - ", 1)[0]) or _LEADS_IN.search(low, 0, i)):
            continue
        # a list of reasons ("three reviews, no change for him, and ..."): any part that states one
        part = after.split(" - ", 1)[0]
        for head in re.split(r",|;| and ", part)[:6]:
            head = head.strip()
            if head.startswith("and "):
                head = head[4:]
            if _DASH_PLAN.match(head) or TIMESCALE.match(head):
                continue
            if _DASH_REASON.match(head) is not None and not (is_filler(head) and is_filler(part)):
                return True
    return False


def _head_reason(low: str) -> bool:
    """Whether `low`, the words after a decision typed as a line's head, states its reason."""
    low = low.strip()
    return not (_DASH_PLAN.match(low) or TIMESCALE.match(low) or is_filler(low)) and _DASH_REASON.match(low) is not None


_PLAN_STAYS = re.compile(r"(?:case|plan|cin|cp|cla|plo) (?:stays|remains)")


def _ground_before_colon(before: str) -> bool:
    """Whether the words before a colon that opens the decision state its ground ("4 months in, no
    movement: escalating ...")."""
    if is_filler(before) or _LABEL_OPEN.match(before + ": ") and len(before.split()) <= 3:
        return False  # a label ("Plan: ...", "Manager's decision: ...")
    before = before.rsplit(" - ", 1)[-1]  # a title's last part: "Information gathered - Logan (6): ..."
    return any(_DASH_REASON.match(h.strip()) and not _DASH_PLAN.match(h.strip())
               for h in re.split(r",| and ", before)[-3:])


def _others_decide(low: str, m: re.Match, note: Note) -> bool:
    """Whether the "decided"/"agreed" of `m` has someone outside the supervision as its subject:
    a parent, the court, the school, or the child by name ("Mo decided he would rather ...")."""
    start = max(0, m.start() - 40)
    for o in _OTHERS_DECIDE.finditer(low, start, m.end() + 12):
        if o.end() >= m.start():
            return True
    k = low.rfind(" ", 0, max(0, m.start() - 1))
    before = low[k + 1 : m.start()].split(" ")
    return bool(before) and before[0] in note.names and m.group(0).startswith(("decided", "agreed"))


def _decision_clause_at(note: Note, sidx: int, low: str) -> int:
    """Where the first part of sentence `sidx` that records a decision starts in `low` (0 if none)."""
    for c in note.clauses:
        if c.sidx == sidx and _has_decision_mark(c):
            i = low.find(c.low)
            return max(i, 0)
    return 0


# a decision box or heading whose answer is that none was made
_PUT_OFF = re.compile(r"(?:deferred|postponed|pending|on hold|not yet (?:made|decided)|to be decided|tbc|none)\b")


def detect_decisions(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    decided = _decided(note)
    marks = note.extra["decision_marks"]  # a one-clause sentence was searched as its clause
    for sidx in sorted(decided):
        s = note.sentences[sidx]
        low = s.low
        if _undecided(low) or (s.heading and _undecided(s.heading.lower())):
            continue
        if s.section == "decisions" and _PUT_OFF.match(low):
            continue  # "Decision: deferred to next supervision - ..."
        in_sec = s.section == "decisions"
        m = None if in_sec else (marks[low] if low in marks else _DECISION_MARK.search(low))
        at = m.start() if m else 0
        if m is None and not in_sec:
            # a note typed without stops is one sentence: the decision opens one of its parts
            # ("... - not closing, sw to see L alone - mum has refused support twice")
            at = _decision_clause_at(note, sidx, low)
        k = m.group(0).rfind("agreed") if m is not None else -1
        if k >= 0 and _SHARED_VIEW.match(low, m.start() + k + 6):
            continue
        if m is not None and m.start() > 0 and _OPEN.search(low, max(0, m.start() - 40), m.start()):
            continue  # "discussed whether a strategy meeting is needed": still open
        if m is not None and ("decided" in m.group(0) or "agreed" in m.group(0)) and _others_decide(low, m, note):
            continue  # "Mum has decided to move to Leeds because ...": someone else's decision, told
        if m is not None and (_RULE.match(low, m.start()) or (_RULE.search(low, m.end()) and any(
                _RULE.match(low, x.start()) for x in _DECISION_MARK.finditer(low, m.end())))):
            hits.append((0.7, s))  # "I said two in three weeks means a strategy meeting"
            continue
        reported = m is not None and (
            _REPORTED_AT.match(low, m.start()) is not None
            or _REPORTED_BY.search(low, max(0, m.start() - 30), m.start()) is not None
            or (m.group(0) == "nfa" and "police" in low)
            or (m.group(0).endswith(("agreed", "decided")) and _REPORTED_BY.search(low, 0, m.end() - 6) is not None)
        )
        r = _RATIONALE.search(low, at)
        if r is None and m is not None and low.startswith(_REASON_FIRST):
            r = _RATIONALE.match(low)  # "Because Amy asked twice, we have decided ..."
        while r is not None and (
            (m is not None and r.start() < m.end() and r.group(0).startswith("to "))
            or (r.group(0).startswith("to ") and (_DECIDED_TO.search(low, 0, r.start()) or _TASK_TO.search(low, 0, r.start())))
            or (r.group(0).startswith("as ") and _AS_IT_IS.match(low, r.start()))
        ):
            # "we agreed to protect Fridays", "SW to keep visiting": the purpose is the
            # decision or the task itself, not a reason for it; "carries on as it is": a manner
            r = _RATIONALE.search(low, r.end())
        if r:
            rest = low[r.end() :].strip()
            if not rest or is_filler(rest):
                # "rationale: as discussed" gives no reason; "because the risk has changed" does
                said = r.group(0) == "because" and len(rest.split()) >= 4
                # "... as school attendance is still falling": the reason is the match itself
                said = said or (r.group(0).startswith("as ") and len(r.group(0).split()) >= 4)
                # "... agreed on that basis": the reason is the sentence before
                before = (r.group(0).startswith(("on th", "for th")) or (
                    r.group(0) == "given that" and not rest) or (
                    r.group(0) == "because" and rest.startswith(("of that", "of this", "of which")))) and (
                    len(low[: m.start() if m else 0].split()) >= 4
                    or (sidx > 0 and not note.sentences[sidx - 1].filler and len(note.sentences[sidx - 1].low.split()) >= 4)
                )
                if not (said or before or (in_sec and not rest and r.group(0) in ("because", "rationale"))):
                    # (a cause word that leads to nothing may still sit before a dash that gives the reason)
                    r = None
                    if not in_sec:
                        continue
        if r:
            hits.append((0.85 if in_sec else 0.75, s))
            continue
        if reported:
            hits.append((0.3, s))
            continue
        # (only after a decision named as one, or a plan said to stay: not after "agreed" ("SW agreed to
        # think about it; she is going to ...") nor a state ("The family remain in a flat with damp; ..."))
        semi = in_sec or (m is not None and (
            "decid" in m.group(0) or "decision" in m.group(0) or _PLAN_STAYS.match(m.group(0)) is not None))
        if (" - " in low or ": " in low or ", " in low or (semi and "; " in low)) and _dash_reason(low, m.end() if m else at, semicolon=semi):
            hits.append((0.8 if in_sec else 0.7, s))
            continue
        if m is None and sidx in note.extra["decided_heads"] and _head_reason(low):
            hits.append((0.7, s))  # "Step down to CIN - change has held since Feb."
            continue
        if m is not None and m.start() > 2 and low.endswith(": ", 0, m.start()) and _ground_before_colon(low[: m.start() - 2]):
            hits.append((0.7, s))  # "4 months in, no movement: escalating to a strategy meeting"
            continue
        if in_sec and ": " in low:
            k = low.find(": ")
            if _DECISION_MARK.search(low[k + 2 :]) and _ground_before_colon(low[:k]):
                hits.append((0.8, s))  # the same, typed in the Decision box
                continue
        if m is not None and m.start() > 0 and _GROUND_FIRST.match(low, 0, m.start()):
            hits.append((0.7, s))  # "Following his second missing episode, the decision was taken to refer"
            continue
        if m is not None and m.start() > 0 and _SO_BEFORE.search(low, 0, m.start() - 1):
            hits.append((0.7, s))  # "Threshold for s47 not met so we'll manage this under CIN"
            continue
        if in_sec and s.heading and _REASON_LEAD.match(s.heading.lower()):
            hits.append((0.7, s))  # "With nan now unable to care for them, decision: foster care"
            continue
        # a reason on its own line right after ("Rationale: ...")
        nxt = note.sentences[sidx + 1] if sidx + 1 < len(note.sentences) else None
        if nxt is not None and not nxt.filler and not _LABEL_OPEN.match(nxt.low) and (
            _REASON_HEAD.search(nxt.heading.lower()) or _NEXT_REASON.match(nxt.low)
        ):
            hits.append((0.8, s))
        elif nxt is not None and not nxt.filler and _POINTS_BACK.search(nxt.low) and _reads_as_reason(nxt.low):
            hits.append((0.7, s))  # "We won't apply yet. Mum has used every session; because of that ..."
        elif in_sec and nxt is not None and nxt.section == "decisions" and not nxt.filler and _reads_as_reason(nxt.low):
            hits.append((0.7, s))  # "Decision: PLO. Nine months on CP and nothing has changed for him."
        elif sidx > 0 and _SO_DECIDED.match(low) and _reads_as_reason(note.sentences[sidx - 1].low):
            hits.append((0.7, s))  # "... when dad drinks. So we agreed contact moves."
        else:
            hits.append((0.3, s))
    _reason_elsewhere(note, hits)
    return hits


# (not "Reason for discussion:", "Reason for referral:": why the case came up, not why it was decided)
_DECISIONS_REASON_HEAD = re.compile(
    r"(?:(?:my|our|the|tm's|manager's) )?(?:rationale|reasons? (?:for|behind) (?:the |this |my |our |that )?(?:decision|"
    r"direction|recommendation|outcome|plan)|why)\b")


def _reason_elsewhere(note: Note, hits: list[Hit]) -> None:
    """A form's "Reason for decision:" or "Rationale:" field gives the reason for the record's
    decision wherever the two were typed (another box, another order); an empty one ("N/A",
    "as discussed") gives none."""
    if not any(w < 0.5 and s.section == "decisions" for w, s in hits):
        return
    for r in note.sentences:
        if r.heading and not r.filler and _DECISIONS_REASON_HEAD.match(r.heading.lower()) and not _LABEL_OPEN.match(r.low):
            for k, (w, s) in enumerate(hits):
                if w < 0.5 and s.section == "decisions" and s is not r:
                    hits[k] = (0.7, s)
                    return
