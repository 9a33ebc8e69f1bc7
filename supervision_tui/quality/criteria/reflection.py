"""Reflection: the note says why something is happening or what it means (LABELS.md).

A hypothesis ("it may be that"), a professional judgement ("I think", "our view:"), evidence
weighed ("there is no evidence of"), one reading set against another. Not: a feeling stated
without a why ("SW feels he is being groomed"), or logistics ("the review may be moved").
"""

from __future__ import annotations

import re

from ..anchors import Finder
from .cues import BOX_HINT, Hit, T_REFLECTION, box_topic_hits, cue_hits
from .reading import Cues, Note, _has


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
         # "reflected that" over a description ("... that the plan was continuing") is the word alone;
         # over a link ("... that Rosie's worry eased when mum got a nurse") it is a reading
         r"reflected on (?:why|what|how|whether)|reflected that(?=[^.;]*?\b(?:when|because|since|after|so|which|means|meant|"
         r"until|once|rather|not|without)\b)|"
         r"am (?:not )?(?:yet |entirely |fully |totally )?sure|'m not (?:yet |entirely |fully |totally )?sure|"
         r"are not (?:yet )?sure|can see that|(?:have )?been (?:measuring|hearing|"
         r"focusing|looking|accepting|assuming|treating|seeing|counting|chasing|watching|holding|blaming|expecting)|have (?:measured|focused|assumed|accepted|"
         r"looked at|missed|overlooked|underestimated|overestimated))\b"
         r"(?! (?:that|this|it)(?:'s| is| was) (?:all|everything|it)\b| so\b)"
         r"|\b(?:i|we) (?:do not|don't|didn't|did not) (?:think|believe)\b", 0.8, "",
         "i we"),
        (r"\b(?:my|our) (?:sense|view|analysis|hypothesis|assessment|judgement|judgment|reading|"
         r"understanding|hunch|thinking|formulation|impression|working hypothesis|worry|concern|"
         r"feeling|gut feeling|gut|instinct|guess|best guess|belief|conclusion|fear|suspicion|read|take|"
         r"professional view|professional judgement|own view)"
         r"(?: and (?:the )?[a-z]+'s)? (?:is|was|remains|here is|now is)\b"
         # "my view was shared with the team": the view passed on, not given
         r"(?! (?:shared|given|recorded|passed|noted|sent|fed back|discussed|explained|taken|heard|sought|asked|requested)\b)",
         0.8, "", "my our"),
        # a professional's judgement: "SW thinks the nightmares started when ..."
        (r"\b(?:sw|worker|keyworker|pa|iro|tm|hv) (?:also |still |now |really )?"
         r"(?:thinks|believes|suspects|wonders|reckons|feels that|felt that|thought|believed|suspected)\b",
         0.7, "", "thinks believes suspects wonders reckons feels felt thought believed suspected"),
        (r"\b(?:which|that|this) is (?:exactly |precisely |partly |probably |surely )?why\b", 0.65, "", "why"),
        (["at face value"], 0.65, "", None),
        (r"\btells? us (?:nothing|little|very little|something|a lot|much|more|less|that)\b"
         # what a behaviour tells: "her checking tells us she does not trust it" (not who told us what)
         r"|(?<!nursery )(?<!school )(?<!staff )(?<!police )(?<!teacher )(?<!teachers )(?<!carer )(?<!carers )"
         r"(?<!she )(?<!he )(?<!they )(?<!hv )(?<!gp )\btells? us (?:she|he|they|it|how|what|why|whether)\b"
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
          "may (?:well |also )?feel", "might (?:well |also )?feel", "could (?:well |also )?feel",
          "perhaps", "possibly", "probably", "probable", "maybe"], 0.6, "x", None),
        (r"\b(?:is|are|was|were|seems?|looks?|appears?) (?:most |more |very )?(?:likely|unlikely)\b"
         r"|\blikely (?:reason|cause|explanation|driver)\b|\bseems? to\b|\bappears? to\b|\blooks? like\b"
         r"|\blooks? to be\b|\bthe reason (?:for(?! the (?:visit|meeting|call|referral|review|delay)\b)|why|is)\b|\bis because\b"
         r"|(?<!can't )(?<!cannot )(?<!couldn't )(?<!unable to )\bexplains?\b|\bunderlying\b|\bdriven by\b|\ba (?:sign|symptom|function|way) of\b"
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
        (r"\b(?:plan|arrangement|placement|safety|protection|everything|it all|this|network|agreement|step-down|closure) "
         r"(?:still |all |largely |mostly |really |now )?(?:rests?|relies|relied|hinges?|hinged) (?:entirely |wholly |only |"
         r"solely |completely |largely |mostly )?(?:up)?on\b"
         r"|(?:^|[-,;:] )(?:mostly |largely |all |entirely )?(?:resting|hinging) on\b", 0.6, "",
         "rests rest relies relied hinges hinge hinged resting hinging"),
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
         r"(?:(?!later|earlier|sooner|longer|shorter)[a-z]{3,}er|more [a-z]+|less [a-z]+|better|worse)"
         r"(?: now| again| at school| at home)?,? because\b",
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
        (r"\b(?:worked|works|failed|fails|helped|helps) (?:b/c|bc|cos|coz)\b", 0.6, "",
         "worked works failed fails helped helps"),
        (["rather than", "not because", "the real (?:issue|problem|worry|question)",
          "at the (?:heart|root) of"], 0.6, "x", "real heart root"),
        (r"\breflects? (?!on\b)|\breflecting (?!on\b)", 0.55, "x", "reflects reflect reflecting"),
        (["we (?:have )?learn(?:ed|t)", "i (?:have )?learn(?:ed|t)", "lesson (?:is|for)", "in hindsight"],
         0.7, "", "hindsight"),
        (r"\b(?:working )?hypothes[ie]s\b(?!:? (?:not|none|nil|n/a|tbc|to follow)\b)(?![^.;:]{0,25}\b(?:considered|discussed|explored|reviewed|covered|noted)\b)|\bformulation\b", 0.65, "n",
         "hypothesis hypotheses formulation"),
        # weighing what is not known: "we don't know yet if dad has really left"
        (r"\b(?:we|i) (?:still )?(?:don't|do not|can't|cannot|didn't|did not) (?:yet )?(?:know|tell|be sure)(?: yet)? "
         r"(?:if|whether|why)\b|\b(?:it's|it is|it remains|it's still|it is still) (?:not (?:yet )?clear|unclear) "
         r"(?:if|whether|why)\b", 0.6, "", "know tell sure clear unclear"),
        # a view given as a label: "Our view: ...", "SW's reading: ...", "My read: ...", "TM view JB's account ..."
        (r"\b(?:my|our|[a-z]+'s) (?:view|sense|analysis|hypothesis|reading|read|take|assessment|formulation|thinking|"
         r"judgement|judgment|opinion|impression|conclusion|hunch) ?(?:[:=-]|->|\u2192) ", 0.7, "",
         "view sense analysis hypothesis reading read take assessment formulation thinking judgement judgment opinion "
         "impression conclusion hunch"),
        # what the manager noticed and how they read it: "what strikes me is", "I don't read that as defiance"
        (r"\bwhat (?:strikes|struck|stands out to|stood out to) (?:me|us)\b"
         r"|\b(?:i|we|i'd|we'd) (?:don't |do not |wouldn't |would not )?read (?:that|this|it|his|her|their|the [a-z]+) as\b"
         r"|\bread (?:much|too much|anything|a lot) into\b", 0.65, "", "what read"),
        (r"\b(?:tm|sw|mgr|manager|worker|pa)(?:'s)? (?:(?:view|reading|thinking)(?! (?:of|on|to|was sought|not|sought|requested|needed|required|to follow|tbc)\b)"
         r" (?!is (?:not|needed|required)\b)[a-z]|(?:read|take) ?[:-] )", 0.7, "n", "view read take reading thinking"),
        # a view in a note typed in haste, its "I" left out: "think the shift is dad stepping up" (the
        # verb opens its clause or follows "TM"; a look-behind after the verb, so the cue starts at it)
        ("\\b(?:" + "|".join(
            rf"{v}(?:(?<=^{v})|(?<=[,;:] {v})|(?<=\btm {v})|(?<=\bsw {v})|(?<=\bmgr {v}))"
            for v in ("thinks", "think", "believes", "believe", "suspects", "suspect", "reckons", "reckon", "wonders", "wonder"))
         + r")(?: that)? (?:the|this|that|it|it's|its|if|whether|why|how|he|she|they|he's|she's|they're|we|we're|we've|mum|dad|his|her|their|"
         r"[a-z]+'s)\b",
         0.7, "", "think thinks believe believes suspect suspects reckon reckons wonder wonders"),
        # evidence weighed: one account "more credible than" another, facts that "fit" a reading
        (r"\b(?:more|less) (?:credible|plausible|convincing|believable|consistent|likely) than\b"
         r"|\bfits? with (?:what|his|her|their|the|a|an)\b|\bfits (?:with )?(?:what|sch|school's|nursery's|(?:a|the) (?:pattern|picture)|(?:the|his|her|their|[a-z]+'s) "
         r"(?:account|story|version))\b", 0.6, "",
         "credible plausible convincing believable consistent likely fits fit"),
        # a cause named as the cause: "the sessions are the reason: mum learns by copying"
        (r"\b(?:is|are|was|were) (?:probably |partly |mostly |largely )?(?:the|part of the|a big part of the) (?:whole |entire )?"
         r"(?:main |real |likely )?(?:reason|cause|explanation)\b", 0.6, "x", "reason cause explanation"),
        (r"\b(?:this|that|it)(?:'s| is| was| looks like| fits) (?:a |an |the )?(?:[a-z-]+ ){0,2}?pattern\b", 0.6, "",
         "pattern"),
        (r"\b(?:is|are) telling us (?:something|a lot|that|more|nothing|little)\b"
         r"|\bnot(?<=, not) (?:what|how|whether|who|why) ", 0.55, "x", "telling not"),
        # one reading set against another: "it is trauma, not 'settling in'", "smaller, not safer"
        (r"\b(?:is|are|was|were|seems?|looks?) (?:(?:[a-z'-]+ ){0,4}?|(?:(?!and |but |so |then )[a-z'-]+ ){5,7}?)[a-z'-]+, not (?:a |an |the |just |only )?'?[a-z]+"
         r"|\b(?:is|was) (?:exactly )?what (?:we|you|i) (?:would|might) expect\b", 0.55, "x", "not expect"),
        # the writer's stance: struck, left wondering, "makes me think", "I'd say", "on reflection"
        (r"\b(?:i'm|i am|i was|we're|we are|we were|i've been|we've been|i have been|we have been) (?:really |quite |also |still |just )?"
         r"(?:struck|left wondering|wondering|puzzled|curious|troubled by|unconvinced|sceptical|skeptical|doubtful)\b"
         r"|\b(?:makes?|made|making) (?:me|us) (?:think|wonder|question|doubt|suspect|ask)\b"
         r"|\b(?:leaves?|left) (?:me |us )?(?:wondering|thinking|questioning|unconvinced)\b"
         r"|\b(?:i|we)(?:'d| would) (?:say|argue|guess)\b(?! (?:so|no|yes|that's all)\b)"
         r"|\b(?:one|another|the other|a possible|a likely|an alternative) (?:explanation|possibility|reading|interpretation) "
         r"(?:is|could be|might be|may be|would be)\b|\bthinking about (?:why|what|how|whether)\b",
         0.65, "", "struck wondering puzzled curious troubled unconvinced sceptical skeptical doubtful think wonder question "
         "doubt suspect ask thinking questioning say argue guess explanation possibility reading interpretation"),
        (r"\bon reflection\b|\blooking back(?:,| now| on (?:it|this|that))|\bwith hindsight\b"
         r"|\breading between the lines\b|\bstepping back\b|\bon balance\b",
         0.65, "n", "reflection back hindsight lines stepping balance"),
        # a link between two things seen: "the drop coincides with mum's new job", "makes more sense once"
        (r"\b(?:coincid(?:es|ed|ing)|lines? up|lined up|tall(?:y|ies|ied)|correlates?|correlated) with\b"
         r"|\bmakes? (?:more |much more |a lot more |complete |total |some )?sense\b"
         r"|\b(?:understandable|unsurprising|not surprising|no surprise|predictable) (?:given|because|when|as|since|if)\b"
         r"|\bgiven (?:that|what|how|the fact)\b"
         r"|\bgiven (?:his|her|their|mum's|dad's) (?:own )?(?:history|past|experiences?|background|trauma|age|needs|record)\b",
         0.6, "x", "coincides coincided coinciding line lines lined tally tallies tallied correlates correlate "
         "correlated sense understandable unsurprising surprising surprise predictable given"),
        # evidence weighed: accounts that do not fit, two readings, one fitting better
        (r"\b(?:does not|doesn't|doesnt|do not|don't|dont|did not|didn't|didnt|does|do) (?:quite |really |entirely )?"
         r"(?:add up|tally|square|ring true|sit right)\b"
         r"|\b(?:at odds with|inconsistent with|contradicts?|contradicted|contradictory|conflicts? with)\b"
         r"|\b(?:two|three|several|other|alternative|competing|different|possible) (?:explanations?|possibilities|readings|"
         r"hypothes[ie]s|interpretations|ways (?:to|of) (?:read|see|understand|look at|explain))\b"
         r"|\bfits? (?:the )?(?:first|second|latter|former)\b|\bfits? (?:better|best)\b"
         r"|\bmore (?:consistent|in keeping) with\b",
         0.6, "x", "add tally square true right odds inconsistent contradicts contradict contradicted contradictory conflicts "
         "conflict explanation explanations possibilities readings hypotheses hypothesis interpretations ways fits fit "
         "consistent keeping"),
        (r"\b(?:version|versions|account|accounts|story|stories|explanation|explanations|picture|'s)\b[^.;?]{0,60}?"
         r"\b(?:does not|doesn't|do not|don't|did not|didn't) (?:quite |really )?(?:match|fit)\b",
         0.6, "x", "match fit"),
        # the point named: "the thing is, ...", "the question is whether ..."
        (r"\bthe (?:thing|point|crux|bigger picture|key thing|real point)(?: here| for me| for us)? is\b"
         r"|\bthe (?:key |real |bigger |big |central |main )?(?:question|dilemma|tension)(?: here| for us| now)? is "
         r"(?:whether|why|how|what|if)\b", 0.6, "x",
         "thing point crux picture question dilemma tension"),
        # a why asked and answered, or asked as the question: "why is she going missing? payday ..."
        (r"\bwhy (?:is|was|does|did|has|had|would|might|could|do|are|were|have|can|will) (?:he|she|they|mum|dad|"
         r"mother|father|the child|the baby|[a-z]+ (?:keep|keeps|still))\b[^.?!:;]{2,}?(?:\?|: [a-z])"
         r"|\bwhy (?!not\b)[a-z][^.?!:;]{2,}?: (?=[a-z]+ (?:[a-z]+ )?(?:is|are|was|were|has|have|sees?|feels?|"
         r"wants?|needs?|thinks?|knows?|believes?)\b)", 0.6, "x", "why"),
        # a pattern or a sign named: "a pattern since September", "the first sign"
        (r"\b(?:a|the|this|there is a|there's a|same|familiar|repeating|clear|emerging) "
         r"(?:clear |worrying |repeating |recurring |consistent |familiar |same )?pattern\b"
         r"|\b(?:was|were|is|are|as|be) (?:the|a|an) (?:first|earliest|early|telling|clear) sign\b", 0.55, "nx",
         "pattern sign"),
        # what lies under or behind what is seen
        (r"\b(?:sits?|lies?|lay|sat) (?:underneath|beneath|behind)\b"
         r"|\bwhat(?:'s| is| was| lies| sits)? (?:underneath|beneath|behind) (?:this|that|it|his|her|their|the)\b"
         r"|\b(?:is|are|was|were|be) (?:partly |mostly |really |also )?behind (?:the|his|her|their|this|these|it|all|[a-z]+'s)\b",
         0.6, "x", "underneath beneath behind"),
        # a doubt with its reasons, its "I" left out: "Not sure mum sees it - she calls him ..."
        (r"(?:^|[:;,] |\band |\bbut )(?:(?:i'm |i am |we're |we are )?(?:not|un)(?: really| yet| entirely)? ?(?:sure|convinced))\b"
         r"(?! (?:when|where|what time|of the date|about the date)\b)(?= \S+ \S+)",
         0.6, "", "sure unsure convinced unconvinced"),
        # the writer's stance, round two: "I keep coming back to", "I'm not so sure", "I'm satisfied",
        # agreeing or disagreeing with a reading and saying why ("I disagreed: ...", "agree w Kate - ...")
        (r"\b(?:i|we) keep (?:coming back to|returning to|thinking about|wondering|asking (?:myself|ourselves))"
         r"|\b(?:i'm|i am|we're|we are) not so sure\b"
         r"|\bwhich (?:i|we) (?:agree|disagree) with\b|\b(?:i|we) (?:share|don't share|do not share) (?:that|this|the|her|his|sw's|[a-z]+'s) (?:view|reading|worry|concern)"
         , 0.6, "", "keep sure agree disagree share"),
        (r"(?:^|[:;,] |\band |\bbut )(?:i |we |tm )?(?:agree|disagree)(?: with| w/?) (?:[a-z']+ ){0,3}?[a-z']+ ?(?:[:-]|because\b|as\b)",
         0.55, "", "agree disagree"),
        # what something is, named: "that is exactly the trap", "that is the plan working", "that changes things"
        (r"\b(?:that|this)(?:'s| is| was) (?:exactly |precisely |surely |really )?(?:what (?:[a-z']+ ){1,4}?(?:is|are|was|has been) "
         r"(?:costing|doing to|telling|showing|teaching|giving)|the (?:trap|danger|crux|dilemma|difference)\b|the (?:plan|work|support) "
         r"(?:working|failing|paying off)\b)"
         r"|\b(?:that|this|it) changes (?:things|everything|the picture|matters|my view|our view|the risk)\b"
         r"|\b(?:isn't|is not|wasn't|was not|not) (?:just )?(?:random|a coincidence|coincidental|chance)\b"
         r"|\b(?:is|are|was|were|he's|she's|they're|it's) (?:showing|telling) (?:us|me) (?:what|how|that|something|exactly|a lot)\b"
         r"|\b(?:which|that|this)(?:'s| is| was) (?:exactly |partly |probably )?how\b"
         # a cause named in shorthand: "nan doing the nights - that's what's working"
         r"|\b(?:that|this|it)(?:'s| is) (?:exactly |really )?what(?:'s| is| has been) (?:working|helping)\b",
         0.6, "x", "trap danger crux dilemma difference working failing paying changes random coincidence coincidental "
         "chance showing telling how"),
        # a cause named: the driver, what drives it, what made the difference, what left him vulnerable
        (r"\b(?:is|are|was|were|it's|that's) (?:probably |partly |really )?(?:the|a) (?:main |real |key |big |biggest )?(?:driver|root)\b"
         r"|\b(?:driving|drives|drove|fuelling|fuels|feeding|feeds) (?:his|her|their|the|this|[a-z]+'s) (?:[a-z]+ )?"
         r"(?:behaviour|anger|offending|missing|drinking|refusal|absence|anxiety|distress|self-harm|use|aggression|outbursts?|running|worry)\b"
         r"|\b(?:made|makes|leaves|left|leaving|making) (?:him|her|them|[a-z]+) (?:more |so |particularly |very |especially )?vulnerable\b"
         r"|\bmade (?:the|all the|a real|a big) diff(?:erence)?\b|\bwhat(?: has|'s)? (?:made|makes|is making|making) (?:the|a|all the) difference\b"
         r"|\bpartly (?:because|that|due|down to|about)\b|, and partly\b",
         0.6, "x", "driver root driving drives drove fuelling fuels feeding feeds vulnerable diff difference partly"),
        # what matters most, weighed: "the biggest risk", "a bigger threat than money", "more importantly"
        (r"\b(?:is|are|was|were|'s) (?:now |still )?the (?:biggest|main|greatest|real|key|central|bigger|most important) "
         r"(?:risk|worry|issue|problem|need|concern|danger|factor|threat|thing)\b"
         r"|\b(?:bigger|greater|larger|more serious|more important|real) (?:threat|risk|worry|issue|problem|need|factor|concern|"
         r"danger) (?:to [a-z' ]{1,30}?)?than\b"
         r"|\b(?:more|most) importantly\b|\bin (?:practice|reality|truth)\b|\b(?:works|worked|working) (?:better|best|less well)\b",
         0.55, "x", "biggest main greatest real key central bigger most greater larger serious important importantly "
         "practice reality truth better best well"),
        # one reading set against another, round two: "it's belonging not ability", "she wasn't running
        # from the home, she was running to her mum", "we treated it as risky behaviour", "reads as"
        (r"\b(?:it's|it is|it was|this is|that's|that is|this was|that was) (?:about )?(?:[a-z'-]+ ){0,3}?(?!and\b|or\b)[a-z'-]+,? not "
         r"(?:about )?(?:a |an |the |just |only |his |her |their )?[a-z]+"
         r"|\b(?:wasn't|was not|isn't|is not|weren't|aren't|were not|are not) (?:[a-z']+ ){1,5}?[a-z']+[,;] "
         r"(?:she|he|they|it|[a-z]+) (?:was|is|were|are)\b"
         r"|\b(?:needs?|needed|wants?|wanted|(?:is|are|was|were) (?:more )?about) (?:[a-z']+ ){0,3}?[a-z']+, not (?:about )?"
         r"(?:a |an |the )?[a-z]+",
         0.55, "x", "not wasn isn weren aren"),
        # the same in shorthand: "tantrums at handover = fear, not naughtiness", "that's nan + the
        # school run doing it, not mum", "the calm dates from dad leaving, not from the course"
        # (never over a number, a level or a plan's name: "visits = 3, not 4", "plan = CIN, not CP")
        (r"(?<![<>=!])= ?(?!(?:low|medium|high|moderate|amber|red|green|none|nil|n/a|unknown|not|cin|cp|cic|lac|eh|"
         r"tac|plo|s20|s47|s17|early help|step down|tbc)\b)[a-z](?:[a-z0-9()'/+-]* ){0,6}?[a-z'-]+,? not (?:a |an |the |just |only |"
         r"from |about |because )?'?[a-z]{3,}"
         r"|\b(?:it's|it is|that's|that is|this is) (?:[a-z'-]+ ){0,6}?(?:\+|w/) (?:[a-z'/-]+ ){0,6}?[a-z'-]+,? not "
         r"(?:just |only |from |about |the |a |an |his |her |their |[a-z]+'s? )?'?[a-z]+"
         r"|\b(?:dates?|dated|stems?|stemmed) from (?:[a-z'/+-]+ ){1,6}?[a-z'-]+,? not (?:from|with|since|because|down to)\b",
         0.55, "x", "not"),
        (r"\b(?:we|i|they|sw|tm|staff|school|everyone|professionals|services) (?:have |had )?(?:treated|saw|seen|viewed|framed|"
         r"labelled|understood) (?:it|this|that|him|her|them|(?:his|her|their) [a-z]+) as\b"
         r"|\b(?:reads?) (?:as(?! (?:well|much|many|often|fast|far|long|soon)\b)|like)\b",
         0.55, "x", "treated saw seen viewed framed labelled understood reads read"),
        # an option weighed by what it would do: "a fourth move would confirm what he believes"
        (r"\b(?:would|could) (?:only |also |just |simply |surely )?(?:mean (?:that|he|she|they|losing|giving|him|her|them)|take away|"
         r"confirm|undo|reinforce|destabili[sz]e|disrupt|unsettle|cost (?:him|her|them)|end (?:that|this|it|his|her|their)|"
         r"leave (?:him|her|them|[a-z]+) (?:carrying|feeling|more|less|exposed|unprotected|isolated|without|holding))\b"
         r"|\bwould (?:[a-z']+ ){1,8}?[a-z']+,? but (?:also |not |it |would |could |might |equally )",
         0.55, "x", "mean take confirm undo reinforce destabilise destabilize disrupt unsettle cost end "
         "leave but"),
        # an account weighed: "plausible? ... possible, but ...", "is she hiding something, or hiding from someone?"
        (r"(?<!not )\b(?:plausible|possible|credible|likely|believable)(?:\?|,? but\b)"
         r"|\b(?:is|are|was|were|could|might|does|did|has)\b [^?.]{3,80}, or [^?.]{3,80}\?",
         0.55, "x", "plausible possible credible likely believable or"),
        # a conclusion drawn: "So the support worked", "so the work with dad hasn't made anything better"
        (r"\bso(?:(?<=^so)|(?<=[.;:] so)|(?<=- so)) (?:the|it|this|that|he|she|they|[a-z]+'s) (?:[a-z'-]+ ){0,5}?(?:worked|helped|failed|hasn't|has not|"
         r"isn't|is not|wasn't|was not|works|doesn't|didn't|relies|depends|means|made|makes|is (?:working|helping))\b",
         0.55, "x", "so"),
        # round three, in general terms: meaning and explanation in other words, evidence weighed,
        # a judgement with its grounds, a question that opens a hypothesis, what was learned. Each cue
        # starts at its rarest word (earlier words checked by look-behind) and is gated by it: cheap.
        (r"\bexplained (?:by|through)\b"
         r"|\b(?:points?|pointed|pointing) (?:to|towards) (?!the (?:end|door|exit)\b)"
         r"|\bweight\b(?:(?<=more weight)|(?<=some weight)|(?<=real weight)|(?<=extra weight)|(?<=less weight)|(?<=greater weight))"
         r"|\bweight\b(?:(?<=gives weight)|(?<=gave weight)|(?<=lends weight)|(?<=adds weight)|(?<=carries weight)|"
         r"(?<=gives it weight)|(?<=gave it weight)|(?<=gives it more weight))"
         r"|\bagainst (?:her|his|their|the|this|that|what|how|[a-z]+'s)\b(?:(?<=set against \w)|(?<=weighed against \w)|"
         r"(?<=balanced against \w)|(?<=measured against \w))"
         r"|\bweighing (?:it |this |that |things |everything |them |it all )?up\b|\bhand\b(?:(?<=on the one hand)|(?<=on the other hand))",
         0.6, "x", "explained points point pointed pointing weight against weighing hand"),
        # the cause named as the reason: "the reason nothing has changed is that ...", "part of the problem is"
        (r"\breasons?\b(?:(?<=the reason)|(?<=the reasons)|(?<=main reason)|(?<=real reason)|(?<=likely reason)|"
         r"(?<=only reason)|(?<=other reason)) (?:[a-z']+ ){1,6}?(?:is|was|are|were) (?:that|because)\b"
         r"|\bpart of (?:the|what|why) (?:problem|reason|issue|explanation|picture|pattern|difficulty|is|was|makes|keeps)\b",
         0.6, "x", "reason reasons part"),
        # a behaviour read as a feeling or a purpose: "mum's hostility is fear", "his engagement seems tactical"
        (r"\b(?:hostility|anger|aggression|silence|refusals?|defiance|clinginess|"
         r"withdrawal|behaviou?r|running|lying|stealing|rudeness|avoidance|compliance|co-?operation|engagement|"
         r"minimi[sz]ing|denial|checking|hoarding|outbursts?|tantrums?|quietness|cheerfulness|bravado) "
         r"(?:is|was|seems|seemed|looks|looked|feels|felt|reads|read)(?: to me| to us)? (?:probably |mostly |really |partly |"
         r"more |largely |likely |all |just )?(?:fear|anxiety|grief|shame|loyalty|panic|trauma|self-protection|protection|"
         r"survival|tactical|strategic|performative|superficial|a response|a reaction|a cry|a test|testing|communication|"
         r"a message|hunger|exhaustion|love|guilt|control)\b",
         0.6, "", "hostility anger aggression silence refusal refusals defiance clinginess withdrawal behaviour behavior "
         "running lying stealing rudeness avoidance compliance cooperation co engagement minimising minimizing denial "
         "checking hoarding outburst outbursts tantrum tantrums quietness cheerfulness bravado"),
        # what stays with the writer; a guess
        (r"\b(?:sits|sat|stays|stayed|stuck) with (?:me|us)\b", 0.65, "", "sits sat stays stayed stuck"),
        (r"\b(?:my|our) (?:best )?(?:guess|hunch|sense|view|worry|instinct|reading|hypothesis) would be\b", 0.65, "",
         "would"),
        # a judgement in the third person with its grounds ("TM considers the injury non-accidental as ...")
        (r"\b(?:sw|tm|worker|manager|iro|mgr|pa|(?:sw|tm|i) and (?:sw|tm|i)|we)(?:'s)? (?:both |all |also |still )?"
         r"(?:considers?|judges?|feels?|felt|believes?|believed|thinks?|thought|view is|view was|judgement is|"
         r"(?:is|are|was|were) (?:clear|confident|satisfied|of the view|not convinced|unconvinced|doubtful))\b"
         r"(?=[^.;?]*?(?:\bbecause\b|, as\b|\bas (?:the|he|she|they|it|his|her|their|there|mum|dad)\b|\bgiven\b|"
         r"\bsince (?:the|he|she|they|it|his|her|their|there|mum|dad)\b| - |: ))",
         0.65, "", "considers consider judges judge feels feel felt believes believe believed thinks think thought view "
         "judgement clear confident satisfied convinced unconvinced doubtful"),
        # what was learned, or got wrong
        (r"\b(?:we|i)(?:'ve| have)? (?:now )?learn(?:ed|t)\b|\bwhat (?:we|i)(?:'ve| have)? (?:now )?learn(?:ed|t)\b"
         r"|\blearning that\b(?:(?<=is learning that)|(?<=are learning that)|(?<=been learning that))"
         r"|\blearn(?:ed|t) (?:that|not to)\b(?:(?<=has learned that)|(?<=has learnt that)|(?<=has learned not to)|"
         r"(?<=has learnt not to)|(?<=have learned that)|(?<=have learnt that))",
         0.65, "", "learned learnt learning"),
        (r"\bwrong\b(?:(?<=got this wrong)|(?<=got it wrong)|(?<=got that wrong)|(?<=got him wrong)|(?<=got her wrong)|"
         r"(?<=we were wrong)|(?<=i was wrong))|\bmisread\b(?:(?<=we misread)|(?<=i misread))",
         0.65, "", "wrong misread"),
        # a conclusion about an account: "so the account can't be relied on"; what it is why; the only way
        (r"\bbe(?:(?<=can't be)|(?<=cannot be)|(?<=not be)|(?<=can be)|(?<=could be)) (?:really |safely )?"
         r"(?:relied (?:up)?on|trusted|believed|taken at face value)\b", 0.6, "x", "relied trusted believed face"),
        (r"\bwhy\b(?:(?<=it's why)|(?<=it is why)|(?<=it was why))|\bonly way (?:he|she|they|mum|dad) "
         r"(?:can|could|knows?|knew)\b", 0.6, "x", "why way"),
        (r"\bpattern\b(?:(?<='s pattern)|(?<=his pattern)|(?<=her pattern)|(?<=their pattern)) (?:is|has been|seems) (?:to|that)\b",
         0.6, "x", "pattern"),
        (r"\b(?:leaves|left)\b(?:(?<=that leaves)|(?<=which leaves)|(?<=this leaves)|(?<=that left)|(?<=which left)|"
         r"(?<=this left)) (?:him|her|them|[a-z]+) (?:[a-z]+ )?(?:hungry|alone|unprotected|exposed|"
         r"frightened|scared|confused|blamed|carrying|holding|looking|feeling|without|isolated|responsible)\b",
         0.6, "x", "leaves left"),
        (["prob(?= [a-z])", "poss(?= [a-z])"], 0.6, "x", None),
        # round four: a thing named as the how or the why of something ("the phone is how it continues",
        # "his behaviour is why we're involved", "the chart is what has kept it going")
        (r"\bhow\b(?:(?<=is how)|(?<=was how)|(?<=are how)|(?<=were how)) (?!long\b|much\b|many\b|often\b|far\b|old\b|soon\b)(?:[a-z']+ ){0,3}?"
         r"(?:[a-z]+s|continues|happens|works|began|started|ended|end up|ends up|got|gets|keeps?|kept)\b"
         r"|\bwhy\b(?:(?<=is why)|(?<=was why)|(?<=are why)|(?<=were why)) (?:we|i|he|she|they|it|this|the|his|her|their|[a-z]+)\b"
         r"|\bwhat\b(?:(?<=is what)|(?<=was what)|(?<=are what)|(?<=were what))(?:'s| is| has| was| had)? "
         r"(?:been )?(?:kept|keeps|keeping|made|makes|making|stopped|stops|helped|helps|changed|changes|calming|calms|"
         r"driving|drives|drove|held|holds|holding|turned|turns|costs?|costing|settled|settles|settling)\b",
         0.6, "x", "how why what"),
        # what something says about another, costs, or is the legacy of; the kind of thing it is
        (r"\bsays? (?:a lot|something|much|more|little|everything|plenty|a great deal|nothing) about\b", 0.6, "x", "about"),
        (r"\b(?:tail|legacy|cost|price|shadow|echo) of\b(?:(?<='s the \w{4} of)|"
         r"(?<='s the \w{5} of)|(?<='s the \w{6} of)|(?<= is the \w{4} of)|(?<= is the \w{5} of)|(?<= is the \w{6} of)|"
         r"(?<='s the long \w{4} of)|(?<= is the long \w{4} of))", 0.6, "x", "tail legacy cost price shadow echo"),
        (r"\bon (?:us|me)\b(?:(?<=that's on \w\w)|(?<=this is on \w\w)|(?<=that is on \w\w)|(?<=that's on \w)|(?<=that is on \w)|"
         r"(?<=this is on \w))", 0.6, "x", "us me"),
        (r"\b(?:kind|sort|type)(?:(?<=the kind)|(?<=the sort)|(?<=the type)) of (?:[a-z]+ ){1,2}?(?:that|which|who)\b",
         0.6, "x", "kind sort type"),
        (r"\b(?:actions?|behaviou?rs?|words|signs?|response|choices?|marks?) of (?:someone|somebody)\b", 0.6, "x",
         "someone somebody"),
        (r"\b(?:actions|choices) of (?:a|an) (?:[a-z]+ ){0,2}?(?:mother|father|mum|dad|parent|woman|man|child|girl|boy)\b",
         0.6, "x", "actions choices"),
        (r"\b(?:safety plan|coping strategy|strategy|defen[cs]e|protection|survival|way out|escape)\b"
         r"(?:(?<='s own safety plan)|(?<='s own strategy)|(?<=his own safety plan)|(?<=her own safety plan)|(?<=their own safety plan)|(?<=is his safety plan)|"
         r"(?<=is her safety plan)|(?<=his own strategy)|(?<=her own strategy)|(?<=is his way out)|(?<=is her way out)|"
         r"(?<=is his escape)|(?<=is her escape)|(?<=his own defence)|(?<=her own defence))", 0.6, "x", "plan strategy defence "
         "defense protection survival escape out"),
        # a reading of the abuser's pattern: what he uses the child for, what the child is drawn into or
        # taught, on whom the plan puts the weight
        (r"\b(?:uses?|using|used) (?:the |his |her )?(?:children|child|kids|baby|boys|girls|him|her|them|[a-z]+) "
         r"(?:as (?:a |an )?(?:leverage|weapons?|tools?|go-betweens?|messengers?|spy|spies|pawns?|bargaining|shields?|threats?|"
         r"informants?)|to (?:get at|control|punish|monitor|track|reach|hurt|spy))\b", 0.6, "x",
         "leverage weapon weapons tool tools messenger messengers spy spies pawn pawns bargaining shield shields threat "
         "threats informant informants control punish monitor track reach hurt"),
        (r"\b(?:recruited|drawn|pulled|dragged)\b(?:(?<=being recruited)|(?<=being drawn)|(?<=being pulled)|"
         r"(?<=been recruited)|(?<=been drawn)|(?<=been pulled)|(?<=is recruited)|(?<=is drawn)) into "
         r"(?:his|her|their|[a-z]+'s|[a-z]+ing)\b", 0.6, "x", "recruited drawn pulled"),
        (r"\btaught\b(?:(?<='s been taught)|(?<=has been taught)|(?<=have been taught)|(?<='ve been taught)) "
         r"(?:that |to |a |an |the )", 0.6, "x", "taught"),
        (r"\bwrong(?<=the wrong) (?:parent|person|adult|target|focus|question|thing|end)\b", 0.6, "x", "wrong"),
        (r"\bframes? (?:her|him|them|mum|dad|the [a-z]+|[a-z]+) as\b", 0.6, "x", "frames frame"),
        (r"\bpattern\b(?:(?<='s pattern)|(?<=his pattern)|(?<=her pattern)|(?<=their pattern)) (?:now |still |here |also )?"
         r"(?:runs|continues|plays|shows|goes|works|carries|has moved|has shifted)\b", 0.6, "x", "pattern"),
        (r"\b(?:safety|safe|protection|change|progress|engagement|recovery|settled|fine)\b"
         r"(?:(?<=n't safety)|(?<=not safety)|(?<=n't safe)|(?<=not safe)|(?<=n't protection)|(?<=not protection)|"
         r"(?<=n't change)|(?<=not change)|(?<=n't progress)|(?<=not progress)|(?<=n't engagement)|(?<=not engagement)|"
         r"(?<=n't recovery)|(?<=not recovery)|(?<=n't settled)|(?<=not settled)|(?<=n't fine)|(?<=not fine)|"
         r"(?<=the same as safety)|(?<=the same as change)|(?<=the same as progress))"
         r"(?<!t not safety)(?= (?:while|when|if|as long as|unless|until)\b|,|\W*$)",
         0.6, "x", "safety safe protection change progress engagement recovery settled fine"),
        (r"\bend of\b(?:(?<=n't the end of)|(?<=not the end of))", 0.6, "x", "end"),
        # the evidence speaks: "his history says the first weeks are when he pushes hardest"
        (r"\b(?:history|chronology|records?|pattern|research|experience|past) (?:says|tells|shows|suggests|"
         r"indicates|points|would say|would suggest)\b", 0.6, "x", "history chronology records record pattern research "
         "experience past"),
        (r"\bweighing\b(?:(?<=i'm weighing)|(?<=i am weighing)|(?<=we're weighing)|(?<=we are weighing)|(?<=i was weighing)|"
         r"(?<=we were weighing))", 0.6, "x", "weighing"),
        (r"\bin (?:the )?[a-z]+'s (?:view|opinion|judgement|judgment|reading)\b",
         0.6, "x", "view opinion judgement judgment reading"),
        # what a thing costs the child, what the harm was, what one place gives that another could not
        (r"\bwhat(?:(?<=that's what)|(?<=that is what)|(?<=this is what)|(?<=which is what)|(?<=that was what)) "
         r"(?:[a-z']+ ){1,4}?(?:costs?|does to|did to|means (?:for|to)|meant (?:for|to)|teaches|taught)\b",
         0.6, "x", "costs cost does did means meant teaches taught"),
        (r"\b(?:harm|damage)(?:(?<=the harm)|(?<=the damage)) (?:was|is|has been|came from|comes from) "
         r"(?:his|her|their|[a-z]+'s)\b", 0.6, "x", "harm damage"),
        (r"\bwhat(?:(?<=doing what)|(?<=giving what)|(?<=providing what)|(?<=offering what)) (?:[a-z']+ ){1,2}?"
         r"(?:couldn't|can't|cannot|could not|didn't|did not|won't|never)\b", 0.6, "x", "doing giving providing offering"),
        # one thing weighed against another by what it says or does; the writer's own correction
        (r"\b(?:says?|said|does|doing|did|tells?|told|counts?|matters?) (?:far |much |a lot |rather )?(?:more|less) "
         r"(?:for (?:him|her|them|(?:his|her|their) [a-z]+) )?than\b", 0.6, "x", "than"),
        (r"\bbeen(?:(?<=we've been)|(?<=we have been)|(?<=i've been)|(?<=i have been)) [a-z]+ing (?:[a-z']+ ){0,3}?[a-z']+, not\b",
         0.6, "x", "been"),
        (r"\b(?:i'm|i am|we're|we are|i|we|not|tm|sw|i'd|we'd|wouldn't|would not|won't)(?: not)? (?:put|putting|puts) "
         r"(?:this|it|that|(?:the|his|her|their) (?:[a-z']+ ){0,2}?[a-z']+) down to\b", 0.6, "x", "down"),
        (r"\b(?:exactly|precisely)(?:(?<=is exactly)|(?<=was exactly)|(?<=is precisely)|(?<=was precisely)) what "
         r"(?:happened|we saw|led to)\b", 0.6, "x", "exactly precisely"),
        (r"\breads? (?:it|this|that|him|her|them) as\b", 0.6, "x", "reads read"),
        (r"\bputs? (?:him|her|them|[a-z]+) in (?:the middle|an impossible position|a position|the position)\b", 0.6, "x",
         "middle position"),
        (r"\bor(?:(?<=, or)|(?<=- or)|(?<=^or)) (?:just|simply|is it|is that|could it be|maybe|is he|is she)\b[^?.]{2,}\?", 0.6, "x",
         "or"),
        # a judgement or a lesson given under its label, with something said: "Judgement: bonding's good;
        # nights are the danger window", "Learning: our record-keeping failed them"; the label opens its
        # clause or is the writer's ("Medical opinion: ..." is another's finding)
        (r"(?<![a-z'] )\b(?:(?:professional|tm|sw|my|our) )?(?:judgement|judgment|opinion|formulation|learning|lessons?"
         r"(?: learned| learnt| for us)?) ?[:-] (?!(?:none|n/a|nil|not|no|tbc|to follow|discussed|considered)\b)"
         r"(?=\S+ \S)", 0.6, "", "judgement judgment opinion formulation learning lesson lessons"),
        # a change explained, the cause after a comma or a few words: "cleared twice but come back within
        # weeks, because the bedding isn't washed"
        (r"\b(?:stopped|improved|dropped|fell|rose|slipped|cleared|returned|come back|came back|comes back|went up|"
         r"went down|worsened|escalated|settled|dipped|picked up|fallen|risen|increased|decreased|reduced)\b"
         r"[^.;:]{0,30}?,? because\b(?! (?:of )?(?:the )?(?:bus|traffic|weather|illness|holiday))",
         0.55, "x", "because"),
        # a conclusion drawn as one reading against another: "So: hygiene, not attitude"
        (r"\bso(?:(?<=^so)|(?<=[.;:] so)|(?<=- so))[:,]? (?:it's |it is |it was )?(?:[a-z'-]+ ){0,3}?[a-z'-]+,? not (?:about )?"
         r"(?:a |an |the |his |her |their )?[a-z]+",
         0.6, "x", "so"),
        # what is doing it, named against what is not: "it's the shared routine doing it, not her age",
        # "what's driving the weight loss is ...", "that's the story - not X but Y"
        (r"\b(?:it's|it is|it was|that's|that is|this is) (?:the |his |her |their |a |an )?(?:[a-z'-]+ ){1,8}?"
         r"(?:doing (?:it|this|that)|behind (?:it|this|that|all this)|driving (?:it|this|that))\b"
         r"|\bwhat(?:'s| is| was) (?:really )?(?:driving|behind|causing|underneath|feeding) (?:the |his |her |their |this |it\b)"
         r"|\bthat's the (?:story|explanation|pattern|reason)\b", 0.65, "",
         "doing behind driving causing underneath feeding story explanation pattern reason"),
        # an explanation after the fact: "the refusing was because she couldn't follow anyone"
        (r"\b(?:was|were) (?:all |partly |mostly |really |probably |largely |likely )?because\b", 0.6, "x", "because"),
        # a terse "means": "so the refusing in autumn = she couldn't understand anyone there"
        (r"^so [^=]{3,60}? = ", 0.6, "x", "so"),
        # a past step judged: "seating her first was the right call"
        (r"\b(?:was|is|were|has been) (?:the |a )?(?:right|wrong|correct|better|best) (?:call|decision|choice|move|order|thing to do)\b",
         0.6, "", "right wrong correct better best"),
        # the writer's stance in other words: "part of me thinks", "my gut says", "I don't buy the
        # 'accident' explanation", "what I notice is", "interesting that ...", "the sense from the visit"
        (r"\b(?:part of me|my gut|my instinct|my head|my heart|gut feeling) (?:says|said|tells me|told me|thinks|thought|is telling me)\b"
         r"|\b(?:i|we) (?:don't|do not|didn't|did not|can't|cannot) (?:quite |really |fully )?(?:buy|accept) "
         r"(?:the|his|her|their|[a-z]+'s) (?:[a-z'-]+ )?(?:explanation|story|account|version|excuse|reason)\b"
         r"|\bwhat (?:i|we) (?:notice|noticed|keep noticing)(?: most| again)? (?:is|was)\b"
         r"|\bthe (?:sense|impression|feeling) (?:from|i (?:got|get|have|had)|we (?:got|get|have|had)|(?:i'm|i am|we're|we are) left with)\b",
         0.65, "", "part gut instinct head heart buy accept notice noticed noticing sense impression feeling"),
        (r"(?:^|[:;,-] )(?:it's |it is |it was |i find it |i found it )?(?:interesting|striking|notable|telling|significant|curious|odd|"
         r"strange|noticeable) (?:that|how|to me that)\b", 0.6, "x",
         "interesting striking notable telling significant curious odd strange noticeable"),
        # weighing what cannot be seen: "it's hard to tell if he is coping or hiding it"
        (r"\b(?:hard|difficult|impossible|too early) to (?:tell|know|say|judge|be sure) (?:if|whether|how much|what|why)\b",
         0.6, "x", "hard difficult impossible early"),
        # the writer's, or the worker's, own practice looked at: "SW reflected on whether her fondness for
        # mum ...", "keep asking myself whether", "we've been too focused on the house"
        # (not "reflected that the plan was continuing": the word alone, over a description)
        (r"\breflect(?:ed|s|ing)? on (?:why|how|whether|(?:her|his|their|my|our) own)\b"
         r"|\b(?:keep|kept|keeps) (?:asking|wondering|questioning)(?: myself| ourselves)? (?:whether|if|why|what|how)\b"
         r"|\basked (?:myself|ourselves)\b"
         r"|\b(?:i|we|i've|we've|sw|tm)(?: have| has)? (?:been|become|got) (?:too |so |overly |a bit |perhaps too )"
         r"(?:focused|fixated|caught up|preoccupied|reassured|optimistic|quick|slow|trusting|accepting|keen|hopeful)\b",
         0.65, "x", "reflect reflected reflects reflecting asking wondering questioning asked focused fixated caught "
         "preoccupied reassured optimistic quick slow trusting accepting keen hopeful"),
        # what it is like to be the child, and what the work may have taught them
        (r"\bwhat it (?:would be|is|must be|might be|was|feels|must feel|would feel) like (?:for|to be|to live|to grow up|in)\b"
         r"|\b(?:may|might|could|would) (?:well |also |have )?(?:leave|make|teach|leaves|left|made|taught) "
         r"(?:him|her|them|[a-z]+)(?: \(\d+\))? (?:feel|feeling|expect|expecting|believe|believing|think|thinking|wary|anxious|"
         r"scared|afraid|unsure|convinced)\b", 0.65, "x", "like leave make teach leaves left made taught"),
        # one reading set against another: "less the drinking itself and more that nobody else is around"
        (r"\bless (?:about )?[^.;?]{2,50}? (?:and|but|,)? ?(?:much |far )?more (?:about |that |the |his |her |their |a |an |how |what )",
         0.6, "x", "less"),
        # "-> no wonder he said nothing", "the last one is the one that matters" (an arrow drawing the
        # inference is read by _shorthand_readings, which looks only where an arrow is)
        (r"\bno wonder\b"
         r"|\b(?:is|was|are|were) the (?:one|ones|thing|bit|part|piece) (?:that|which) (?:really )?(?:matters?|counts?|made the difference)\b",
         0.6, "x", "wonder matters matter counts count made"),
        (["because", "which means", "as a result", "therefore", "that is why"], 0.4, "x", "result why"),
    ]
)


# What the Reflection box asks for: a reason, a weighing, a reading set against another (see cues.box_topic_hits).
BOX_TOPIC = re.compile(
        r"\b(?:because|so(?! far\b)|but|why|means?|meant|meaning|rather|whether|seems?|suggests?|likely|unlikely|"
        r"(?<!\d )may(?! \d)|might|could|explains?|driv\w+|due to|sign|trust|assum\w+|realistic|honest|probably|perhaps|"
        r"question is|surface|underneath|reason|depends?|argument|rests?|not about|though|although|whereas|"
        r"which (?:is|means|was|would|will)|(?:is|are|was|were) (?:\w+ )?about|(?:, |- )not (?:from|because|about|a|an|the|his|her|their|just|only|"
        r"neglect|harm|deliberate|[a-z]+ing)|not (?:from|because|just|only)|"
        # "neglect is the way in", "the anger is the opening they'll use": what a thing is, named
        r"(?:is|are|was|were) (?:the|a|an|his|her|their) (?:[a-z'-]+ ){0,2}?(?:way in|way out|reason|key|hook|driver|cause|"
        r"need|gap|opening|draw|pull|push|trigger|function|crack|glue|lifeline|bait))\b")


# A hedge on when something happens is an arrangement: "probably next week for the visit"
_HEDGES = frozenset("probably perhaps possibly maybe prob poss".split())

_WHEN_NEXT = re.compile(
    r" (?:next|this|on|by|in the (?:new year|holidays)|tomorrow|today|later|before|after|at the) "
    r"(?:week|month|mon|tue|wed|thu|fri|sat|sun|visit|meeting|review|supervision|term|\d|date|day|time)"
)

# a view the family gives, reported: "mum thinks it is probably a phase", "dad feels it may be"
_FAMILY_VIEW = re.compile(
    r"\b(?:mum|mother|dad|father|parents?|carers?|nan|nana|gran|grandma|grandad|grandparents?|aunt|uncle|"
    r"stepdad|stepmum|partner|boyfriend|girlfriend|family|child|yp|young person)"
    r"(?: and (?:mum|dad|[a-z]+))? (?:still |also |now |really )?"
    r"(?:thinks?|thought|believes?|believed|feels?|felt|says?|said|reports?|reported|told|tells|claims?|claimed|"
    r"insists?|insisted|wonders?|wondered|explains?|explained|blames?|blamed|puts? it down to|put it down to|"
    r"describes?|described|is sure|was sure|is convinced|was convinced)\b"
)

# a finding another agency recorded, quoted under its name: "CP medical: ...", "Police: ..."
_FINDING = re.compile(
    r"(?:^|[;(] ?|\. )(?:the )?(?:cp medical|medical|paediatrician|doctor|gp|police|hospital|a&e|scan|x-ray|"
    r"consultant|camhs|school|nursery|lado|strategy|report)(?: (?:report|findings?|opinion|outcome|view))?: (?=[^:]*$)"
)

_LINK_BREAK = (" but ", ": ", " - ", " which ", " whereas ", " although ", " though ")


def _not_the_writers(note: Note, c, start: int, end: int) -> bool:
    """A reading that is not the writer's: a hedge on a date, or a view the family gave."""
    low = c.low
    if end - start < 9 and low[start:end] in _HEDGES and _WHEN_NEXT.match(low, end):
        return True
    if low.find(":", 0, start) >= 0 and _FINDING.search(low, 0, start):
        return True  # "CP medical: inconsistent with the explanation": another agency's finding
    if _VIEW_VERBS.isdisjoint(c.toks):
        return False
    before = low[:start]
    m = None
    for m in _FAMILY_VIEW.finditer(before):
        pass
    if m is None:
        names = note.names
        if not names:
            return False
        for m in _NAMED_VIEW.finditer(before):
            pass
        if m is None or m.group(1) not in names:
            return False
    # the view reaches the cue unless the writer takes the sentence back ("mum says ... but")
    between = low[m.end() : start + 3]
    return not any(b in between for b in _LINK_BREAK) and not _WRITER.search(between)


# the view verbs _FAMILY_VIEW and _NAMED_VIEW need (as tokens): without one, no view is reported
_VIEW_VERBS = frozenset(
    "think thinks thought believe believes believed feel feels felt say says said report reports reported told "
    "tells claim claims claimed insist insists insisted wonder wonders wondered explain explains explained "
    "blame blames blamed put puts describe describes described sure convinced".split()
)

# the writer comes back in: "mum says it's a phase and I think she may be right"
_WRITER = re.compile(r"\b(?:i|we|my|our|sw|tm|manager|worker)\b")


_NAMED_VIEW = re.compile(
    r"\b([a-z]+) (?:still |also |now |really )?(?:thinks?|thought|believes?|believed|feels?|felt|says?|said|told|tells|"
    r"claims?|claimed|insists?|insisted|wonders?|wondered|blames?|blamed)\b"
)


# "We agreed the incident reads as a fight, not a pattern", "SW agreed the plan had been written
# around services": a reading agreed is a judgement shared, not a decision, so its words count
_AGREED_VIEW = re.compile(
    r"\b(?:we|i|tm|sw|[a-z]+ and i) (?:all |both )?agreed,? (?:that )?(?!to\b|on\b|with\b|a\b|an\b)"
    r"(?:[a-z'-]+ ){1,6}?(?:is|are|was|were|reads?|seems?|has been|had been|isn't|wasn't|would|could|might)\b(?! to\b)"
)


_DECIDED_BECAUSE = re.compile(r"\b(?:agreed|decided|decision)\b[^.;]{0,40}\bbecause\b")


def _decisions_proper(note: Note, decision_like: set[int]) -> set[int]:
    """The decision-like sentences less those whose only mark is a reading agreed."""
    low_all = note.low_all
    if "because" not in low_all and "agreed" not in low_all:
        return decision_like
    out = set(decision_like)
    if "because" in low_all:
        for i, s in enumerate(note.sentences):
            if i not in out and "because" in s.low and _DECIDED_BECAUSE.search(s.low):
                out.add(i)  # "s.47 agreed because ...": a decision's reasons, whatever marks it
    for i in decision_like:
        s = note.sentences[i]
        if s.section != "decisions" and "agreed" in s.low and "because" not in s.low and "decision" not in s.low \
                and _AGREED_VIEW.search(s.low):
            out.discard(i)
    return out


# an arrangement, not a reading: "it looks like the review will be on 14/1", "could the visit be moved?"
_ARRANGEMENT = re.compile(
    r"\b(?:review|meeting|visit|conference|hearing|panel|appointment|core group|icpc|rcpc|supervision|session|"
    r"contact|date)s? (?:will|would|could|might|may|can|is|was|were|has been|had been|be|to be|being)\b[^.;?]{0,30}?(?:\b(?:on|by|in|to|until|moved|"
    r"rearranged|postponed|cancelled|booked|held)\b|\d)"
)

# nothing known yet: "Reason for the drop in attendance not known"
_UNKNOWN_END = re.compile(r"\b(?:not (?:yet )?(?:known|clear|established)|unknown|unclear|tbc|to be confirmed)\W*$")

# (tried in a clause only at the words they can start with: most clauses of the box hold none)
_ARRANGEMENT_F = Finder(_ARRANGEMENT)
_UNKNOWN_END_F = Finder(_UNKNOWN_END)
_FAMILY_VIEW_F = Finder(_FAMILY_VIEW)


# In the Reflection box, what the box cannot make a reading of: a decision (its reasons are judged
# as a decision's), the writer putting a question to the worker ("I asked SW why the checks are not
# done": a challenge, judged as one), and a "because" or "but" inside someone's quoted words ("she
# likes the club 'because there's tea'": her voice).
_ASKING = re.compile(r"(?:(?:i|tm|we|me|manager)\s+)?(?:also\s+|then\s+|have\s+|had\s+|'ve\s+)?"
                     r"(?:asked|am asking|ask|queried|questioned|challenged)\b")
_QUOTED = re.compile(r"(?:^|(?<=[\s(:,]))(?:\"[^\"]*\"|'(?:[^']|'(?=[a-z]))*')(?=[\s.,;:!?)-]|$)")


def _quoted(note: Note, c, pos: int) -> bool:
    """Whether `pos` in the clause sits inside quoted words (a quote may open in an earlier clause)."""
    memo = note.extra.get("quoted")
    if memo is None:
        memo = note.extra["quoted"] = {}
    spans = memo.get(c.sidx)
    if spans is None:
        low = c.sent.low
        # (most sentences open no quote: "mum's" is an apostrophe)
        spans = memo[c.sidx] = [(m.start(), m.end()) for m in _QUOTED.finditer(low)] if _QUOTE_OPENS.search(low) else []
    if not spans:
        return False
    pos += max(0, c.sent.low.find(c.low))
    return any(a < pos < b for a, b in spans)


_QUOTE_OPENS = re.compile(r"(?:^|[\s(:,])['\"]")


def _not_a_reading(note: Note, c) -> bool:
    """A clause in the Reflection box that is not a reading, whatever its words: a task, an
    arrangement, a view the family gave, or an unknown."""
    # a task whose owner opens the clause ("SW to explain to mum why ..."), not a hypothesis that
    # ends on one ("... so it may be her mood that we need to work on")
    if (c.action and 0 <= c.owner_pos <= 3) or _has(_UNKNOWN_END_F, c):
        return True
    if _has(_ARRANGEMENT_F, c) or (c.low.startswith("because") and _ARRANGEMENT.search(c.sent.low)):
        return True  # "the visit was moved because mum was at work": why an arrangement changed
    if "why" in c.low and "?" in c.low:
        m = _WHY_ASKED.search(c.low)
        if m is not None and not _asked_of_family(note, c.sent, max(0, c.sent.low.find(c.low)) + m.start(1), m.group(1)):
            return True  # "why is the assessment late?": a question put to the work, not a reading
    low = c.low
    m = _FAMILY_VIEW.search(low) if _has(_FAMILY_VIEW_F, c) else None  # (a name alone may be the worker's: "Tracey thinks ...")
    # the family's view, unless the writer takes the clause on ("mum says it's a phase, but ...")
    return m is not None and not any(b in low[m.end():] for b in _LINK_BREAK)


def _why_answered(note: Note, hits: list[Hit]) -> None:
    """An answer under a "why" question ("Q: Why has attendance dropped? A: mum's hours changed
    and ..."; "Thinking about why the plan stalled: ..."), or in the sentence after it ("Why does
    he only kick off on Thursdays? Thursday is PE and ..."): the question and its answer make an
    explanation."""
    sents = note.sentences
    tasks: set[int] | None = None  # the sentences holding a task, found once when first asked

    def a_task(i: int) -> bool:
        nonlocal tasks
        if tasks is None:
            tasks = {c.sidx for c in note.clauses if c.action}
        return i in tasks

    for i, s in enumerate(sents):
        h = s.heading.lower()
        if h and not s.filler and len(s.low.split()) >= 4 and _WHY_HEADING.search(h) \
                and not _NO_ANSWER.match(s.low) and not a_task(i):
            hits.append((0.6, s))
        elif h and ("hypothes" in h or "formulation" in h or "hunch" in h):
            # a hypothesis under its owner's label: "Ruth's hypothesis: mum's drinking has moved to the night" (a
            # bare "Hypothesis:" heading may be a template's, over plain description: a hint, not evidence)
            if not s.filler and len(s.low.split()) >= 4 and _READING_HEADING.match(h) and not _NO_ANSWER.match(s.low) \
                    and not _NOT_GIVEN.match(s.low) and not a_task(i):
                hits.append((0.65, s))
        m = _WHY_ASKED.search(s.low) if "why" in s.low and s.low.rstrip().endswith("?") and i + 1 < len(sents) else None
        # asked of the child or the family ("why does Leo ...", "why is mum ..."), not of the work
        # ("why is the assessment at day 52?" answered "still waiting on school info")
        if m is not None and _asked_of_family(note, s, m.start(1), m.group(1)):
            nxt = sents[i + 1]
            if not nxt.filler and not nxt.heading and "?" not in nxt.low and len(nxt.low.split()) >= 5 \
                    and not _NO_ANSWER.match(nxt.low) and not a_task(i + 1):
                hits.append((0.6, nxt))


_WHY_HEADING = re.compile(r"^why |^what(?:'s| has)? (?:made (?:the|a) difference|worked|helped)\W*$|^(?:thinking|wondering|asking|reflecting|question|q\d*)\b[^:]{0,20}\bwhy\b")
_READING_HEADING = re.compile(
    r"^(?:(?:the )?[a-z]+'s|my|our) (?:working |possible |main )?(?:hypothesis|hypotheses|formulation|hunch)$")
_NOT_GIVEN = re.compile(r"\W*(?:not (?:yet )?(?:discussed|explored|considered|covered|formed|agreed)|nil|none)\b")
_WHY_ASKED = re.compile(
    r"(?:^|[:;-] )(?:but |so |and )?why (?:is|was|does|did|has|had|would|do|are|were|have|can|will|won't|doesn't|isn't|"
    r"hasn't|didn't|wasn't) ([a-z]+)\b")


def _asked_of_family(note: Note, sent, at: int, who: str) -> bool:
    """Whether a why-question's subject (the word at `at` in the sentence) is the child or the
    family: a pronoun, a family word, a name the note knows or a capitalised word."""
    return who in _WHY_WHO or who in note.names or sent.raw[at:at + 1].isupper()


_WHY_WHO = frozenset("he she they mum dad mother father nan gran grandma grandad child baby kids children boys girls "
                     "twins siblings carer carers parents".split())
# an answer that gives none: "Not known.", "Don't know yet - SW to ask."
_NO_ANSWER = re.compile(r"\W*(?:not (?:known|clear|sure)|unknown|unclear|don't know|do not know|no idea|tbc|n/a|none|"
                        r"to be (?:discussed|explored|confirmed|considered|agreed))\b")


# a view that is only a course to take, with no reading given: "SW thinks the case should close"
_COURSE = re.compile(
    r"(?: that)?(?: [a-z'()0-9]+){0,4}? (?:should|ought to|needs? to|can now|could now|is ready to|are ready to) "
    r"(?:close|be closed|step down|be stepped down|end|cease|continue|remain|stay|go to|be referred|move to)\b(?![^.;]*"
    r"\b(?:because|as|given|since|so|but)\b)"
)
_VIEW_VERB = re.compile(r"\b(?:think|thinks|believe|believes|reckon|reckons|feels? that|thought)\b")


def _only_a_course(c, s: int, e: int) -> bool:
    m = c.low[s:e]
    v = _VIEW_VERB.search(m)
    if v is not None:
        return _COURSE.match(c.low, s + v.end()) is not None
    # "I wonder if the meeting could be moved": an arrangement, not a reading
    return "wonder" in m and _REARRANGED.search(c.low) is not None


_REARRANGED = re.compile(
    r"\b(?:could|can|should|might|would|will) (?:we |you |they |it |she |he )?(?:be )?(?:moved|rearranged|postponed|cancelled|"
    r"booked|brought forward|put back|changed|move|rearrange|postpone|cancel|book|bring forward|put back|change)\b"
)


# a question that opens a reading: "Is it that she feels safer with them?", "is she avoiding school
# because ...?" (tried only on clauses holding a question mark)
_OPEN_QUESTION = re.compile(
    r"\b(?:is|was|could|might) it (?:be )?(?:that|because|about|more|less|partly|really|just)\b(?=[^.?!]{3,}\?)"
    r"|\b(?:is|are|was|were|does|do|did|could|might|has|have) (?:[a-z']+ ){1,6}?(?:because|due to|out of|as a way)\b"
    r"(?=[^.?!]{3,}\?)"
)


def _open_questions(note: Note, decided: set[int], hits: list[Hit]) -> None:
    for c in note.clauses:
        if "?" in c.low and not c.action and c.sidx not in decided and _OPEN_QUESTION.search(c.low):
            hits.append((0.6 + (BOX_HINT if c.sent.section == "reflection" else 0.0), c.sent))


# two readings weighed as a question: "is this neglect or poverty?", "is she refusing or scared?"
_EITHER_OR = re.compile(
    r"\b(?:is|was|are|were) (?:this|it|that|he|she|they|[a-z]+) (?:really |just |more |about |simply )?"
    r"(?![^?]*\b(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|today|tomorrow|time|date|"
    r"am|pm|morning|afternoon|here|there)\b)(?:[a-z'-]+ ){0,4}?[a-z'-]+,? or (?:just |really |more |is (?:it|this|he|she) )?"
    r"(?:[a-z'-]+ ){0,2}?[a-z'-]+ ?\?")

# an inference in shorthand: "-> so he's safer, but from fear", "-> that's the hook"
_ARROW_INFERENCE = re.compile(r"(?:->|\u2192|=>) ?(?:so|that's|that is|this is|which (?:is|means)|i\.?e\.?|meaning|means)\b")


def _shorthand_readings(note: Note, decided: set[int], hits: list[Hit]) -> None:
    """The two readings above, looked for only in clauses holding a question mark or an arrow."""
    for c in note.clauses:
        low = c.low
        if c.action or c.sidx in decided:
            continue
        if ("?" in low and " or " in low and _EITHER_OR.search(low)) or (
                (">" in low or "\u2192" in low) and _ARROW_INFERENCE.search(low)):
            hits.append((0.6, c.sent))


def detect_reflection(note: Note, decision_like: set[int]) -> list[Hit]:
    hits: list[Hit] = []
    decided = _decisions_proper(note, decision_like)
    _open_questions(note, decided, hits)
    _shorthand_readings(note, decided, hits)
    cue_hits(note, T_REFLECTION, hits, decided,
             lambda c, s, e: _not_the_writers(note, c, s, e) or _only_a_course(c, s, e) or _quoted(note, c, s) or (
                 e - s < 12 and c.low[s:e] in _ARRANGED_HEDGES and _has(_ARRANGEMENT_F, c))
             # the bare "because" of an arrangement changed: "the visit was moved because mum was at work"
             or (e - s == 7 and c.low[s:e] == "because" and _ARRANGEMENT.search(c.sent.low) is not None))
    box_topic_hits(note, "reflection", BOX_TOPIC, hits,
                   lambda c: c.sidx in decided or _not_a_reading(note, c) or _ASKING.match(c.low) is not None,
                   lambda c, s, e: _quoted(note, c, s))
    _why_answered(note, hits)
    return hits


_ARRANGED_HEDGES = frozenset(("looks like", "look like", "probably", "perhaps", "possibly", "maybe", "prob", "poss",
                              "likely", "may be", "might be", "could be", "seems to", "appears to"))
