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
from .reading import Clause, Note, _owner_at


# "a reason to stay put", "she wants to stay with nan": a wish or a reason, not a decision (the
# look-behinds follow the first word, so they are tried only where it matched)
_WISHERS = "reason wants want wanted wish wishes like likes able trying hopes asked asks begged".split()


def _not_a_wish(words: str) -> str:
    return "".join(f"(?<!\\b{w} {words})" for w in _WISHERS)


_DECISION_MARK = re.compile(
    r"\b(?:decided|decision (?:is |was |made |taken |reached )?(?:to|that)|"
    r"(?:we|i|tm|sw|they|panel|conference|meeting|managers?) (?:have |has |all )?agreed|"
    r"(?:it was|it is|has been|was|were|is) agreed|agreed (?:that|to|on)|^agreed\b(?! with\b)|agreement (?:that|to|was)|"
    r"recommend(?:ed|s|ing|ation)?|will (?:remain|stay|continue|close|step)|"
    # "a reason to stay put", "she wants to stay with nan": a wish or a reason, not a decision
    # (the look-behinds come after the literal, so they are tried only where it matched)
    r"to" + _not_a_wish("to") + r" (?:remain|stay|close|step down|continue)|"
    # "he stays at a mate's on Saturdays": a habit told, not a decision
    r"stay(?<!\bhe stay)(?<!\bshe stay)(?<!\bthey stay)(?<!\bwho stay)(?<!\busually stay)(?<!\boften stay)"
    r"(?<!\bsometimes stay)" + _not_a_wish("to stay") + r"s? (?:where|on|in|with|at|put)|"
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

_DECISION_NEG = re.compile(
    r"\bno (?:key )?decisions?\b|\bdecisions? (?:deferred|not (?:yet )?made|pending|postponed)\b|"
    r"\bnot (?:yet )?decided\b|\bundecided\b|\bto be decided\b"
)

# (each look-behind follows the word it guards, "as(?<!such as)", so it is tried only where the
# word matched, not at every word of the sentence)
_RATIONALE = re.compile(
    r"\b(?:because|given(?: that)?|so that|due to|in order to|rationale|consistent with|on (?:that|this) basis|"
    r"so (?:the |that |his |her |their )?[a-z']+ (?:can|could|will|would|is|are|gets?|has|have|knows?|feels?)|"
    r"(?=(?:there (?:are|is|were|was) )?no (?:other |further |new )?(?:concerns|evidence|injuries|worries))|reasons? (?:for this )?(?:is|was|being|are)|reason(?<=the reason),? [^.;]{3,60}?,? is (?:that )?|"
    r"on the basis (?:of|that)|since (?:the|he|she|they|it|there|mum|dad|this|his|her|their)|"
    r"in light of|in view of|to (?:ensure|keep|protect|allow|give|avoid|reduce|prevent|make sure|"
    r"test|build|safeguard)|which will|otherwise|as(?<!such as)(?<!well as)(?<!same as) (?:the|there|this|that|"
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

_DEC_TOKS = frozenset(
    "decided decision agreed agreement recommend recommended recommends recommending "
    "recommendation will remain remains stay stays continue continues continued close step "
    "stepdown nfa no ll should going closing stepping ending escalating issuing removing "
    "convened required needed indicated approved authorised".split()
)


def _has_decision_mark(c: Clause, marks: dict | None = None) -> bool:
    """`marks`, when given, keeps the search's match by the clause's words (see detect_decisions)."""
    low = c.low
    if _DEC_TOKS.isdisjoint(c.toks) and not (low.startswith("to ") or ": to " in low):
        return False
    m = _DECISION_MARK.search(low)
    if marks is not None:
        marks[low] = m
    return m is not None


def decision_sentences(note: Note) -> set[int]:
    """Indices of sentences that record a decision (whether or not they give a reason)."""
    out = note.extra.get("decisions")
    if out is None:
        out = set()
        marks = note.extra["decision_marks"] = {}
        for c in note.clauses:
            if c.sent.section == "decisions" or _has_decision_mark(c, marks):
                out.add(c.sidx)
        note.extra["decisions"] = out
    return out


_DECIDED_TO = re.compile(r"\b(?:agreed|decided|agree|decide|plan|planned|need|needs|want|wants)\s*$")

_TASK_TO = re.compile(rf"(?:^|[.:;] *|- ){OWNER}\s*$")

# What follows a dash after a decision, when it is the reason: a state of things ("dad is back",
# "nan's health has got worse", "she's missed three") or a judgement of timing ("too soon to
# tell"). A dash that carries on the plan ("- review on 3/3", "- SW to tell school") is not.
# the words that say how things are: "dad is back", "nothing has changed", "it still happens"
_STATE_WORDS = (
    r"is|are|was|were|has|have|had|isn't|aren't|wasn't|hasn't|haven't|hadn't|remains?|cannot|can't|won't|"
    r"didn't|doesn't|still"
)

_DASH_REASON = re.compile(
    r"(?:too (?:early|soon|late|risky|much)|not (?:yet|enough|safe|ready)|no (?!further\b|action\b)[a-z]+"
    rf"|(?:[a-z0-9'/()+&-]+ ){{0,11}}?(?:{_STATE_WORDS}|rel(?:y|ies)|shows?|keeps?|means?|met|meets?|fits?|"
    r"suggests?|points? to|outweighs?|achieved|satisfactory|unchanged)"
    # "- stopping it would punish him", "- missing episodes up from one to four", "- we need to know"
    r"|(?:[a-z0-9'/()-]+ ){1,11}?(?:would|could|might)"
    r"|(?:[a-z0-9'/()-]+ ){0,6}?(?:up|down|increased|reduced|doubled|halved|fallen|risen|dropped) (?:from|to|by)"
    r"|(?:we|i|she|he|they|it|this|that|mum|dad) (?:need|needs|want|wants|must|[a-z]+s)"
    r"|[a-z]+'(?:s|re|ve) (?!to\b)[a-z]+)\b"
)

_DASH_PLAN = re.compile(
    rf"(?:{OWNER} (?:to|will|would|should|must|can|and)|review|next|then|to|by|at|on|in|date|see|until|with|and|for|"
    r"if|unless|when|whether|though|although|but|or|so|which|who)\b"
)

_REASON_HEAD = re.compile(r"^(?:(?:my|our|the|tm's|sw's) )?(?:rationale|reasons?|why)\b")

# a next sentence that says it is the reason for what came before
_POINTS_BACK = re.compile(
    r"\b(?:because of (?:that|this|which)|(?:that|this|which) is why|(?:that|this)'s why|for (?:that|this|these) reasons?|"
    r"(?:that|this) is the reason)\b"
)

_REASON_FIRST = ("because ", "given ")  # ("since", "as" are as often about time)

_SO_DECIDED = re.compile(
    r"(?:so|therefore|that's why|that is why|for (?:that|this|these) reasons?),? (?:we|i|tm|sw and i|it was) "
    r"(?:have |all )?(?:decided|agreed)\b"
)

_STATE = re.compile(rf"\b(?:{_STATE_WORDS}|weren't|disengaged)\b")


def _reads_as_reason(low: str) -> bool:
    """A sentence that states how things are (a reason), not another step to take."""
    if _DASH_PLAN.match(low) or TIMESCALE.match(low) or " to be " in low or _owner_at(low) >= 0:
        return False
    return _STATE.search(low) is not None


def _dash_reason(low: str, start: int, semicolon: bool = False) -> bool:
    """Whether a dash after the decision (from `start`) gives its reason; under a "Decision:"
    heading, a semicolon too ("Decision: no age assessment; there is no reason to doubt it")."""
    for sep in (" - ", "; ") if semicolon else (" - ",):
        i = low.find(sep, start)
        if i < 0:
            continue
        after = low[i + len(sep) :]
        if _DASH_PLAN.match(after) or TIMESCALE.match(after):
            continue
        # a list of reasons ("three reviews, no change for him, and ..."): any part that states one
        for head in after.split(" - ", 1)[0].split(",")[:4]:
            head = head.strip()
            if head.startswith("and "):
                head = head[4:]
            if _DASH_PLAN.match(head) or TIMESCALE.match(head):
                continue
            if _DASH_REASON.match(head) is not None and not is_filler(head):
                return True
    return False


def _decision_clause_at(note: Note, sidx: int, low: str) -> int:
    """Where the first part of sentence `sidx` that records a decision starts in `low` (0 if none)."""
    for c in note.clauses:
        if c.sidx == sidx and _has_decision_mark(c):
            i = low.find(c.low)
            return max(i, 0)
    return 0


def detect_decisions(note: Note) -> list[Hit]:
    hits: list[Hit] = []
    decided = decision_sentences(note)
    marks = note.extra["decision_marks"]  # a one-clause sentence was searched as its clause
    for sidx in sorted(decided):
        s = note.sentences[sidx]
        low = s.low
        if _DECISION_NEG.search(low):
            continue
        in_sec = s.section == "decisions"
        m = None if in_sec else (marks[low] if low in marks else _DECISION_MARK.search(low))
        at = m.start() if m else 0
        if m is None and not in_sec:
            # a note typed without stops is one sentence: the decision opens one of its parts
            # ("... - not closing, sw to see L alone - mum has refused support twice")
            at = _decision_clause_at(note, sidx, low)
        r = _RATIONALE.search(low, at)
        if r is None and m is not None and low.startswith(_REASON_FIRST):
            r = _RATIONALE.match(low)  # "Because Amy asked twice, we have decided ..."
        while r is not None and r.group(0).startswith("to ") and (
            _DECIDED_TO.search(low, 0, r.start()) or _TASK_TO.search(low, 0, r.start())
        ):
            # "we agreed to protect Fridays", "SW to keep visiting": the purpose is the
            # decision or the task itself, not a reason for it
            r = _RATIONALE.search(low, r.end())
        if r:
            rest = low[r.end() :].strip()
            if not rest or is_filler(rest):
                # "rationale: as discussed" gives no reason; "because the risk has changed" does
                said = r.group(0) == "because" and len(rest.split()) >= 4
                # "... as school attendance is still falling": the reason is the match itself
                said = said or (r.group(0).startswith("as ") and len(r.group(0).split()) >= 4)
                # "... agreed on that basis": the reason is the sentence before
                before = r.group(0).startswith("on th") and sidx > 0 and _reads_as_reason(note.sentences[sidx - 1].low)
                if not (said or before or (in_sec and not rest and r.group(0) in ("because", "rationale"))):
                    continue
            hits.append((0.85 if in_sec else 0.75, s))
            continue
        if (" - " in low or (in_sec and "; " in low)) and _dash_reason(low, m.end() if m else at, semicolon=in_sec):
            hits.append((0.8 if in_sec else 0.7, s))
            continue
        # a reason on its own line right after ("Rationale: ...")
        nxt = note.sentences[sidx + 1] if sidx + 1 < len(note.sentences) else None
        if nxt is not None and not nxt.filler and (
            _REASON_HEAD.search(nxt.heading.lower())
            or nxt.low.startswith(("this is because", "because", "the reason", "rationale"))
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
    return hits
