"""Management challenge: the manager questions or tests the plan or the worker's view.

An alternative explanation, a request for evidence, naming drift, a redirection ("I asked SW
to list when the visits were offered"); not the worker agreeing, or "challenge offered".
"""

from __future__ import annotations

import re

from .cues import Hit, T_CHALLENGE, box_topic_hits, cue_hits
from .reading import Cues, Note


CHALLENGE = Cues(
    [
        (r"\b(?:i|tm|manager|the manager|we|team manager)(?:'ve|'d)? (?:have |had |also |then |gently |strongly |"
         r"directly )?(?:challenged|challenge|questioned|question|queried|query|qs|q'd|probed|tested|"
         r"pushed back|pressed|disagreed|was not convinced|am not convinced|'m not convinced|"
         r"am not yet convinced|wasn't convinced|wanted to know|"
         r"asked:? (?:sw |the sw |him |her |them |the worker |[a-z]+ )?(?:what|why|whether|how|if|whose|who|"
         # "asked SW when that was last tested": how old the evidence is
         r"when (?:[a-z']+ ){0,5}?(?:last|ever) (?:tested|checked|assessed|reviewed|updated|seen|looked at|asked)|"
         r"for (?:evidence|the evidence|more|clarity|sight|the logs|the|detail|details|an explanation|a view)|about (?:whether|why|what|the evidence)|"
         r"to (?:check|consider|find|explore|look|gather|evidence|think|reflect|test|clarify|establish|"
         r"rule out|reconsider|revisit|find out|speak|talk|see|observe|ask|hold off|hold back|stand back|pause|"
         r"look again|think again|slow down|tell me|show me|stop|separate|compare|distinguish|list|read|count|go through|"
         r"go back|bring|map|set out|write down|walk me)|(?:some|a few|more|hard|searching|difficult) questions|not to (?:describe|call|record|say|write|close|step|accept|rely|treat|"
         r"use|assume)))", 0.8, "n",
         "challenged challenge questioned question queried query qs q probed tested pushed pressed "
         "disagreed convinced wanted asked"),
        (["(?:i|tm) pointed out", "only (?:have|had|got) (?:[a-z]+'s|his|her|their) word", "word for it",
          "(?:actually|really) working", "ticking (?:the )?boxes", "tick-?box(?:ing)?"], 0.75, "n",
         "pointed word working ticking boxes tick tickbox"),
        (["push(?:ing)? back (?:on|at|against)", "let's test", "test (?:it|this|that) (?:rather than|before|against)",
          "what would we (?:expect|need) to see"], 0.75, "n", "push pushing test"),
        (["not (?:yet )?(?:convinced|persuaded)", "unconvinced", "rule(?:d)? out", "what else (?:could|might|may|would|is)",
          r"alternative (?:explanation|view|hypothes[ie]s|reading|account)s?", "what (?:is|was) the evidence",
          "what evidence", "where is the evidence", "whose need", "devil'?s advocate",
          "have we (?:really |actually |properly |fully |ever )?(?:accepted|assumed|checked|assessed|considered|"
          "explored|looked|tested|asked|thought|spoken|heard|understood)",
          "(?:question|point|challenge) (?:i|we|tm) (?:put|posed|raised) to", "are we (?:sure|confident|accepting)", "how do we know",
          "what would (?:need to|have to) change", r"redirect\w*", "we could not name", "pushed back",
          "(?:sw|she|he) agreed (?:we had|that we had|the plan has drifted)", "what has actually changed",
          "challenge (?:is|was) (?:that|whether|why)"], 0.75, "n",
         "convinced persuaded ruled else evidence need devil devils accepted assumed checked sure confident "
         "accepting know change name back agreed actually whether"),
        # doubting the worker's view, pressing on it, asking what was missed
        (r"\b(?:i'm|i am) not (?:so |at all )?sure(?: about that| that's right| that's so| that's the case| that is right|"
         r"| it's that simple)?(?: and (?:i )?said so)?(?= ?[-:;,.]|$)", 0.75, "", "sure"),
        (["pushed (?:back )?on (?:this|that|it|the plan)"], 0.75, "", None),
        # the manager's doubt of the worker's view or proposal, said in their own words
        (r"\b(?:i'm|i am|tm is|tm was) not (?:so |at all )?sure (?:that )?(?:we|this|that|it|the plan|she|he|they|mum|dad|"
         r"[a-z]+'s) (?:should|can|could|is|are|has|have|will|would|'re|'s)\b"
         r"|\b(?:i|tm|we) (?:don't|do not|didn't|did not|can't|cannot|won't) accept (?:the|that|this|sw's|her|his|their|it|"
         r"[a-z]+'s)\b"
         r"|\b(?:i|tm) (?:don't|do not) think (?:we're|we are|it's|it is|this is|that is|that's|she's|he's|they're|the plan is|"
         r"mum is|dad is) (?:ready|safe|enough|right|time|the answer)\b", 0.75, "", "sure accept think"),
        # the manager's own scale set against the worker's: "I'd put it at 5, not the 7 in your report"
        # (set against the worker's number, or with its reason; "I would put it at 5." alone only scales)
        (r"\b(?:i'd|i would|tm would|i) (?:put|scale|score|rate) (?:(?:it|this|that|them|him|her|safety) (?:at|as) (?:a |an )?"
         r"\d+(?:/10)?(?:,? not (?:the |a |an )?\d| ?[:;-] |,? (?:because|as|given|since) )"
         r"|the (?!same\b)[a-z]+ (?:at|as) (?:a |an )?\d+(?:/10)?\b(?!,? (?:too|as well|also|like sw|the same)\b))",
         0.75, "", "put scale score rate"),
        # the record drops its subject: "Tested this with SW: ...", "Challenged the view that ..."
        (r"^(?:challenged|questioned|queried|tested|probed|pushed back on) (?:this|that|it|the|sw|her|him|them|whether|why|"
         r"how|what|[a-z]+'s)\b", 0.75, "n", "challenged questioned queried tested probed pushed"),
        # drift named: "the third review with the same targets", "why no FGC yet"
        (r"\b(?:the |a )?(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:review|supervision|sup|core group|"
         r"conference|month|meeting) (?:with|in a row|running|that|it's|it has|where|we've|and still)\b"
         r"|\bwhy no (?:[a-z]+ ){1,2}?(?:yet|still)\b", 0.7, "n", "second third fourth fifth sixth 2nd 3rd 4th 5th 6th why"),
        (["has anyone (?:asked|checked|spoken|looked|considered|tested|seen)"], 0.75, "", "anyone"),
        (["what if (?:it's|it is|this is|that's|the|he|she|they|we|his|her|their)"], 0.75, "", "if"),
        # a gentle probe of our own work: "I wondered whether we have heard from dad at all"
        (["(?:i|tm) wondered (?:aloud |out loud |with sw |with her |with him )?(?:whether|if|how|why|what) "
          "(?:we|sw|the sw|the worker|anyone|the plan|this plan)"],
         0.7, "n", "wondered"),
        # the manager holding the line: "I'm not agreeing to close it until ..."
        (r"\b(?:i'm|i am|i was|tm is|tm was|the manager is) not (?:agreeing|prepared|willing|happy|comfortable) to\b"
         r"|\bi (?:won't|will not|wouldn't|would not) (?:agree|sign)\b", 0.75, "",
         "agreeing prepared willing happy comfortable agree sign"),
        # the manager's record often drops its subject: "Asked SW how we know..."
        (r"(?:^asked (?:sw |the sw |him |her |them |the worker |[a-z]+ )?|\b(?:so|and|then|also) asked "
         r"(?:the )?(?:sw|worker|social worker) )"
         r"(?:to (?:check|consider|find|explore|look|gather|evidence|think|reflect|test|clarify|establish|"
         r"rule out|reconsider|revisit|find out|speak|talk|see|observe|ask|question|challenge)|what|why|whether|"
         r"how|if|for (?:evidence|the evidence))\b", 0.75, "n", "asked"),
        # (one cue each: a cue is tried at its first words whenever one of its triggers is in the clause)
        (["(?:i|we|tm) (?:also |gently |really |then )?pushed (?:sw|the sw|her|him|them|the worker|[a-z]+) (?:on|about|for|to explain|to think)",
          "pushed (?:the )?(?:sw|worker|social worker) (?:on|about|for|to explain|to think)"], 0.75, "n", "pushed"),
        (["another (?:explanation|reading|view|possibility|hypothesis|way of (?:seeing|looking at|reading))",
          "(?:other|different) (?:explanations?|possibilit(?:y|ies)|readings?|hypothes[ie]s) (?:for|of|is|are|could|might|may)"],
         0.75, "n", "other different"),
        (["test(?:ed|ing)? (?:the|our|this|that|her|his|their) (?:assumption|view|hypothesis|thinking)"], 0.75, "n", None),
        (["(?:my|our|tm's|the manager's) challenge (?:to|for|here|was|is)"], 0.75, "n", "challenge"),
        (["what would it take"], 0.75, "n", None),
        (["(?:is|was) (?:this|that|it) good enough"], 0.75, "n", "good"),
        (["(?:too|overly|over) optimistic", "rule of optimism", "start again syndrome"], 0.75, "n", "optimistic"),
        (["evidence (?:of|for) (?:change|progress|improvement) (?:is|was|remains) (?:thin|weak|limited|lacking)",
          "evidence (?:is|was|remains) (?:thin|weak|limited|lacking)"], 0.75, "n", None),
        (["why (?:has|have|hasn't|haven't|is|isn't|are|was|wasn't|were|did|didn't|does|doesn't|had|hadn't|would|not)"],
         0.6, "x", None),
        ([r"drift(?:ed|ing)?"], 0.55, "n", "drifted drifting"),
    ]
)

# a question that tests the worker's view rather than asks for news ("What did you make of that?")
_PROBE = re.compile(
    r"^(?:so |and |but |ok,? |then )?(?:why (?:has|have|hasn't|haven't|is|isn't|are|aren't|was|wasn't|were|"
    r"did|didn't|does|doesn't|had|hadn't|would|not)\b(?! you think)|how (?:do|does|did|would|can|could|will) "
    r"(?:we|you|she|he|they) (?:know|tell|be sure)|what (?:evidence|else|would|if|makes (?:you|us) (?:sure|think)|"
    r"has (?:actually )?changed|is different)|could (?:it|this|that|mum|dad|he|she|they)\b|is (?:it|this|that) "
    r"(?:really|enough|possible|just)|are we\b|have we\b|would (?:we|it|that)\b|who (?:else|says))"
    r"|\b(?:what would we|how do we know|what if)\b"
)

_AGREE_ONLY = re.compile(
    r"^(?:tm |i |the manager )?(?:agree[sd]?|happy|satisfied|content|supportive|in agreement|no challenge)"
    r"|^(?:no|none|nothing|not (?:needed|required))\b"
)


# What the challenge box asks for: a question, a request for evidence, a test of the plan (see cues.box_topic_hits).
BOX_TOPIC = re.compile(
        r"\?|\b(?:asked|questioned|queried|pushed|pressed|evidence|why|how do we know|what would|"
        r"rests? (?:entirely |only |wholly )?on|not (?:yet )?convinced|test(?:ed)? (?:it|this|that|the)|what else)\b")


def detect_challenge(note: Note, decision_like: set[int]) -> list[Hit]:
    hits: list[Hit] = []
    for c in note.clauses:
        if c.sent.speaker == "manager" and "?" in c.low and _PROBE.search(c.low):
            hits.append((0.7, c.sent))  # the manager's probing question in a dialogue
    cue_hits(note, T_CHALLENGE, hits, decision_like)
    box_topic_hits(note, "challenge", BOX_TOPIC, hits)
    return hits
