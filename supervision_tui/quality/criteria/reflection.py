"""Reflection: the note says why something is happening or what it means (LABELS.md).

A hypothesis ("it may be that"), a professional judgement ("I think", "our view:"), evidence
weighed ("there is no evidence of"), one reading set against another. Not: a feeling stated
without a why ("SW feels he is being groomed"), or logistics ("the review may be moved").
"""

from __future__ import annotations

import re

from .cues import Hit, T_REFLECTION, box_topic_hits, cue_hits
from .reading import Cues, Note


# "the review may be moved": arrangements, not a reading of what is happening; "she could be
# left alone with him": a danger foreseen (risk), not a hypothesis about why
_LOGISTICS = (
    r"(?:cancelled|moved|delayed|rearranged|postponed|booked|needed|required|offered|held|closed|"
    r"allocated|sent|done|completed|invited|contacted|visited|late|ready|available|able|possible|"
    r"left|hurt|harmed|injured|exposed|exploited|groomed|targeted|assaulted|abused|neglected|killed|taken|"
    r"at risk|in danger|unsafe|seriously|badly)\b"
)

REFLECTION = Cues(
    [
        (r"\b(?:i|we)(?:'ve|'d)? (?:do |still |now |also |really |genuinely |strongly |then |both |all )?"
         r"(?:think|believe|wonder|wondered|suspect|suspected|thought|hypothesi[sz]ed?|reckon|"
         r"feel that|felt that|sense that|would argue|would suggest|judge|consider that|"
         r"reflected (?:that|on (?:why|what|how|whether))|"
         r"am (?:not )?(?:yet |entirely |fully |totally )?sure|'m not (?:yet |entirely |fully |totally )?sure|"
         r"are not (?:yet )?sure|can see that|(?:have )?been (?:measuring|hearing|"
         r"focusing|looking|accepting|assuming|treating|seeing|counting|chasing|watching)|have (?:measured|focused|assumed|accepted|"
         r"looked at|missed|overlooked|underestimated|overestimated))\b"
         r"|\b(?:i|we) (?:do not|don't|didn't|did not) (?:think|believe)\b", 0.8, "",
         "i we"),
        (r"\b(?:my|our) (?:sense|view|analysis|hypothesis|assessment|judgement|judgment|reading|"
         r"understanding|hunch|thinking|formulation|impression|working hypothesis|worry|concern)"
         r"(?: and (?:the )?[a-z]+'s)? (?:is|was|remains|here is|now is)\b", 0.8, "", "my our"),
        # a professional's judgement: "SW thinks the nightmares started when ..."
        (r"\b(?:sw|worker|keyworker|pa|iro|tm|hv) (?:also |still |now |really )?"
         r"(?:thinks|believes|suspects|wonders|reckons|feels that|felt that|thought|believed|suspected)\b",
         0.7, "", "thinks believes suspects wonders reckons feels felt thought believed suspected"),
        (r"\b(?:which|that|this) is (?:exactly |precisely |partly |probably |surely )?why\b", 0.65, "", "why"),
        (["at face value"], 0.65, "", None),
        (r"\btells? us (?:nothing|little|very little|something|a lot|much|more|less|that)\b"
         r"|\btold us (?:nothing|little|very little|something|a lot|much|more|less)\b", 0.65, "", "us"),
        (r"\b(?:could|might|may|can) (?:it|this|that) be (?:that|because|about|linked|a sign|related|connected)\b",
         0.65, "", "be"),
        # a doubt given with its reasons: "I'm not yet sure it will hold: her sober spells lasted ..."
        (r"\b(?:i'm|i am|we're|we are) not (?:yet |entirely |fully |totally )?(?:sure|convinced)\b"
         r"(?=[^.;?]*?(?:: | - |\bbecause\b|, as\b|\bgiven\b))", 0.65, "", "sure convinced"),
        # a reading put as a question: "Could this be anger at him letting her down, not fear?"
        (r"\b(?:could|might|may|can) (?:it|this|that|these|all this|some of this) (?:really |partly |also |just )?be "
         r"(?!" + _LOGISTICS + r")(?=[^.?!;]{3,}\?)", 0.65, "", "be"),
        (r"\bwhat (?:this|that|it|he|she|they) (?:tells|told|shows|showed|suggests|means|says about)\b"
         r"|\bwhat (?:i|we) (?:think|take from|learn|learned|learnt|make of|made of)\b", 0.8, "", "what"),
        (r"\b(?:this|that|it|which|these|both|all of this) (?:tells|told|shows|showed|suggests|"
         r"suggested|indicates|indicated|means|meant|implies|points to|is (?:a sign|telling|evidence))\b",
         0.7, "", "tells told shows showed suggests suggested indicates indicated means meant implies points sign telling"),
        (["suggests (?:that|to (?:me|us)|a|an|the|he|she|they|his|her|their|some|more|this|something)",
          "suggesting (?:that|to)", "indicates (?:that|to)", "indicating (?:that|to)", "implies"], 0.7, "", None),
        (["may (?:well |also |partly |in part |actually )?(?:be(?! " + _LOGISTICS + ")|have (?:been|become|felt|learned|learnt|seen)|reflect|mean|explain|indicate|stem|relate)",
          "might (?:well |also |partly |in part |actually )?(?:be(?! " + _LOGISTICS + ")|have (?:been|become|felt|learned|learnt|seen)|reflect|mean|explain|indicate|stem|relate)",
          "could (?:well |also |partly |in part |actually )?(?:be(?! " + _LOGISTICS + ")|have (?:been|become|felt|learned|learnt|seen)|reflect|mean|explain|indicate|stem|relate)",
          "perhaps", "possibly", "probably", "probable"], 0.6, "x", None),
        (r"\b(?:is|are|was|were|seems?|looks?|appears?) (?:most |more |very )?(?:likely|unlikely)\b"
         r"|\blikely (?:reason|cause|explanation|driver)\b|\bseems? to\b|\bappears? to\b|\blooks? like\b"
         r"|\blooks? to be\b|\bthe reason (?:for|why|is)\b|\bis because\b"
         r"|\bexplains?\b|\bunderlying\b|\bdriven by\b|\ba (?:sign|symptom|function|way) of\b"
         r"|\b(?:his|her|their) way of\b|\bin response to\b|\bmakes sense\b|\bsits behind\b"
         r"|\bbehind (?:his|her|their|this) (?:behaviour|anger|refusal|silence)\b", 0.6, "x",
         "likely unlikely seems seem appears appear looks look reason because explains explain "
         "underlying driven sign symptom function way response sense sits behind"),
        # inference and causal links; analysis even inside "we agreed ..." (no "x" flag). One cue
        # each, since a cue is tried at all its first words whenever one of its triggers is there.
        (r"\bsuggests [a-z]+ (?:is|are|was|were|has|have|may|might|could|will|would)\b", 0.6, "", "suggests"),
        (r"\b(?:which|this|that|it) (?:links?|is linked|connects?|relates?) (?:to|with|back to)\b"
         r"|\b(?:is|are|was|were|seems?|may be|might be|could be) (?:linked|connected|related) to\b", 0.6, "",
         "links link linked connects connect connected relates relate related"),
        (r"\b(?:is|are|was|were) not (?:really |just |only )?about\b", 0.6, "", "about"),
        (r"\b(?:reading|looking) (?:across|back over|back at) (?:the |his |her |their )?(?:chronology|history|file|records?)\b",
         0.6, "", "reading looking"),
        (r"\b(?:a|the|this|there is a|there's a) pattern (?:of|here|is|emerging|seems|suggests)\b", 0.6, "", "pattern"),
        (r"\b[a-z]+'s way of\b", 0.6, "", "way"),
        (r"\b(?:is|was|are|were) (?:more|less) about\b", 0.6, "", "about"),
        # weighing evidence, naming a known pattern, and what rests on what
        (r"\b(?<!there )(?:isn't|is not|aren't|are not|wasn't|was not|is no|are no) (?:real |good |enough |firm )?(?:evidence|proof) "
         r"(?:of|that|for)\b", 0.6, "", "evidence proof"),
        (r"\b(?:that|this|it)(?:'s| is| was) a (?:known|classic|common|recognised|recognized|typical|familiar) "
         r"(?:[a-z]+ ){0,2}?(?:pattern|sign|indicator|picture|presentation|tactic)\b", 0.6, "",
         "known classic common recognised recognized typical familiar"),
        (r"\bwill (?:most|very) likely\b", 0.6, "", "likely"),
        (r"\bin (?:my|our) (?:reading|view|opinion|judgement|judgment|assessment)\b", 0.7, "",
         "reading view opinion judgement judgment assessment"),
        # a link made, a view changed, a weighing: "Sam linked it to ...", "that changes how we see this"
        (r"\b(?:links?|linked|connects?|connected) (?:it|this|that|these|the [a-z]+) (?:to|with|back to)\b", 0.6, "",
         "link links linked connect connects connected"),
        (r"\b(?:changes?|changed) (?:how|the way) (?:we|i) (?:see|read|think about|understand)\b", 0.65, "",
         "change changes changed"),
        (r"\b(?:we|i) weighed (?:it|this|that|up|them)\b", 0.6, "", "weighed"),
        # what a child's gains rest on: "her progress depends on the home staying calm"
        (r"\b(?:progress|gains?|improvements?|changes?|recovery|safety|stability|settling|confidence|attendance) "
         r"(?:(?:at|in) (?:school|home|care|placement|the [a-z]+) )?(?:still |all |largely |mostly |really |now )?"
         r"(?:depends?|depended|relies|relied|hinges?|hinged) (?:on|upon)\b",
         0.6, "", "depends depend depended relies relied hinges hinge hinged"),
        (r"\b(?:plan|arrangement|placement|safety|protection|everything|it all|this) rests? (?:entirely |wholly |only |"
         r"solely |completely |largely )?on\b", 0.6, "", "rests rest"),
        (r"\b(?:does not|doesn't|did not|didn't|does|did) (?:not )?(?:necessarily )?mean (?:that|he|she|they|it|we|mum|dad)\b",
         0.6, "", "mean"),
        (r"\b(?:look|looking|see|seeing) (?:at )?(?:it|this|that|things) (?:another|a different|a new) way\b"
         r"|\banother way (?:of|to) (?:look|see|read|understand)", 0.6, "", "way"),
        (r"\b(?:which|that|this|it) (?:pushes|pushed|drives|drove|leads|led|makes|made|keeps|kept) "
         r"(?:him|her|them|mum|dad|us|the child|[a-z]+) (?:to|into|away|from)\b", 0.6, "",
         "pushes pushed drives drove leads keeps kept"),
        (r"\b(?:happened|happens|started|began|broke down|breaks down|ended|ends|failed|fell apart) because\b",
         0.6, "x", "because"),
        # a change explained: "he is calmer because home is calmer in the week"
        (r"\b(?:is|are|was|were|seems?|has been|have been|got|gets|has got) (?:much |a bit |far |so |now )?"
         r"(?:(?!later|earlier|sooner|longer|shorter)[a-z]{3,}er|more [a-z]+|less [a-z]+|better|worse) "
         r"(?:now |again |at school |at home )?because\b",
         0.6, "x", "because"),
        (r"\b(?:would|will|could) tell us\b", 0.6, "", "tell"),
        # a worker's or manager's judgement, named as theirs: "SW's view, which I share, is that"
        (r"\b(?!(?:mum|dad|mother|father|paediatrician|doctor|gp|police|school|teacher|nan|gran|carers?|parents?|"
         r"hv|camhs|therapist|psychologist|consultant|solicitor|court|child|baby|family)'s)[a-z]+'s "
         r"(?:view|sense|analysis|hypothesis|assessment|judgement|judgment|reading|understanding|thinking)"
         r"(?:, [^,]{1,30},)? (?:is|was|remains) that\b", 0.7, "",
         "view sense analysis hypothesis assessment judgement judgment reading understanding thinking"),
        (r"\breally about\b|\bshows? how\b|\bbecause of (?:how|what|the way)\b|"
         r"\b(?:matters|is important|is significant|counts) because\b|"
         r"\b(?:main|real|biggest|underlying|actual) need is\b|\btends? to (?:focus|happen|come|show|be)\b|"
         r"\b(?:is|isn't|is not|was|wasn't) the (?:real )?test\b|\bthe (?:real )?test (?:is|will be|here)\b|"
         r"\b(?:his|her|their|the|a) triggers? (?:is|are|was|were|for)\b|\bis (?:his|her|their|the) trigger\b|"
         r"\b(?:worked|works|failed|fails|helped|helps) because\b|"
         r"\bsupports (?:it|this|that|the view|her view|his view)\b", 0.6, "",
         "really shows show because matters important significant counts need tends tend test trigger triggers supports"),
        (["rather than", "not because", "the real (?:issue|problem|worry|question)",
          "at the (?:heart|root) of"], 0.6, "x", "real heart root"),
        (r"\breflects? (?!on\b)|\breflecting (?!on\b)", 0.55, "x", "reflects reflect reflecting"),
        (["we (?:have )?learn(?:ed|t)", "i (?:have )?learn(?:ed|t)", "lesson (?:is|for)", "in hindsight"],
         0.7, "", "hindsight"),
        (r"\b(?:working )?hypothes[ie]s\b|\bformulation\b", 0.65, "n", "hypothesis hypotheses formulation"),
        # weighing what is not known: "we don't know yet if dad has really left"
        (r"\b(?:we|i) (?:still )?(?:don't|do not|can't|cannot|didn't|did not) (?:yet )?(?:know|tell|be sure)(?: yet)? "
         r"(?:if|whether|why)\b|\b(?:it's|it is|it remains|it's still|it is still) (?:not (?:yet )?clear|unclear) "
         r"(?:if|whether|why)\b", 0.6, "", "know tell sure clear unclear"),
        # a view given as a label: "Our view: ...", "SW's reading: ...", "My read: ...", "TM view JB's account ..."
        (r"\b(?:my|our|[a-z]+'s) (?:view|sense|analysis|hypothesis|reading|read|take|assessment|formulation|thinking|"
         r"judgement|judgment|opinion|impression|conclusion) ?[:-] ", 0.7, "",
         "view sense analysis hypothesis reading read take assessment formulation thinking judgement judgment opinion "
         "impression conclusion"),
        # what the manager noticed and how they read it: "what strikes me is", "I don't read that as defiance"
        (r"\bwhat (?:strikes|struck|stands out to|stood out to) (?:me|us)\b"
         r"|\b(?:i|we|i'd|we'd) (?:don't |do not |wouldn't |would not )?read (?:that|this|it|his|her|their|the [a-z]+) as\b"
         r"|\bread (?:much|too much|anything|a lot) into\b", 0.65, "", "what read"),
        (r"\b(?:tm|sw|mgr|manager|worker|pa)(?:'s)? (?:(?:view|reading|thinking)(?! (?:of|on|to|was sought|not)\b)"
         r" (?!is (?:not|needed|required)\b)[a-z]|(?:read|take) ?[:-] )", 0.7, "n", "view read take reading thinking"),
        # a view in a note typed in haste, its "I" left out: "think the shift is dad stepping up" (the
        # verb opens its clause or follows "TM"; a look-behind after the verb, so the cue starts at it)
        ("\\b(?:" + "|".join(
            rf"{v}(?:(?<=^{v})|(?<=[,;:] {v})|(?<=\btm {v})|(?<=\bsw {v})|(?<=\bmgr {v}))"
            for v in ("thinks", "think", "believes", "believe", "suspects", "suspect", "reckons", "reckon", "wonders", "wonder"))
         + r")(?: that)? (?:the|this|that|it|it's|he|she|they|he's|she's|they're|we|we're|we've|mum|dad|his|her|their|"
         r"[a-z]+'s)\b",
         0.7, "", "think thinks believe believes suspect suspects reckon reckons wonder wonders"),
        # evidence weighed: one account "more credible than" another, facts that "fit" a reading
        (r"\b(?:more|less) (?:credible|plausible|convincing|believable|consistent|likely) than\b"
         r"|\bfits? with (?:what|his|her|their|the|a|an)\b|\bfits (?:with )?(?:what|sch|school's|nursery's|(?:a|the) (?:pattern|picture)|(?:the|his|her|their|[a-z]+'s) "
         r"(?:account|story|version))\b", 0.6, "",
         "credible plausible convincing believable consistent likely fits fit"),
        # a cause named as the cause: "the sessions are the reason: mum learns by copying"
        (r"\b(?:is|are|was|were) (?:probably |partly |mostly |largely )?(?:the|part of the|a big part of the) "
         r"(?:main |real |likely )?(?:reason|cause|explanation)\b", 0.6, "x", "reason cause explanation"),
        (r"\b(?:this|that|it)(?:'s| is| was| looks like| fits) (?:a |an |the )?(?:[a-z-]+ ){0,2}?pattern\b", 0.6, "",
         "pattern"),
        (r"\b(?:is|are) telling us (?:something|a lot|that|more|nothing|little)\b"
         r"|\bnot(?<=, not) (?:what|how|whether|who|why) ", 0.55, "x", "telling not"),
        # one reading set against another: "it is trauma, not 'settling in'", "smaller, not safer"
        (r"\b(?:is|are|was|were|seems?|looks?) (?:(?:[a-z'-]+ ){0,4}?|(?:(?!and |but |so |then )[a-z'-]+ ){5,7}?)[a-z'-]+, not (?:a |an |the |just |only )?'?[a-z]+"
         r"|\b(?:is|was) (?:exactly )?what (?:we|you|i) (?:would|might) expect\b", 0.55, "x", "not expect"),
        (["because", "which means", "as a result", "therefore", "that is why"], 0.4, "x", "result why"),
    ]
)


# What the Reflection box asks for: a reason, a weighing, a reading set against another (see cues.box_topic_hits).
BOX_TOPIC = re.compile(
        r"\b(?:because|so(?! far\b)|but|why|means?|meant|meaning|rather|whether|seems?|suggests?|likely|unlikely|may|"
        r"might|could|explains?|shows?|pattern|driv\w+|due to|sign|trust|assum\w+|realistic|honest|probably|perhaps|"
        r"question is|surface|underneath|reason|depends?|argument|rests?|not about|though|although|whereas|"
        r"which (?:is|means|was|would|will)|(?:is|are|was|were) (?:\w+ )?about|(?:, |- )not (?:from|because|about|a|an|the|his|her|their|just|only|"
        r"neglect|harm|deliberate|[a-z]+ing)|not (?:from|because|just|only))\b")


def detect_reflection(note: Note, decision_like: set[int]) -> list[Hit]:
    hits: list[Hit] = []
    cue_hits(note, T_REFLECTION, hits, decision_like)
    box_topic_hits(note, "reflection", BOX_TOPIC, hits)
    return hits
