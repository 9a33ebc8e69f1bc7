"""Management challenge: the manager questions or tests the plan or the worker's view.

An alternative explanation, a request for evidence, naming drift, a redirection ("I asked SW
to list when the visits were offered"); not the worker agreeing, or "challenge offered".
"""

from __future__ import annotations

import re

from .cues import Hit, T_CHALLENGE, box_topic_hits, cue_hits, is_form_question
from .reading import _COMMON_CAPS, _TOKEN, Clause, Cues, Note


# "asked how the visit went", "asked how she is": a "how" that asks for news, not one that tests
# ("asked how many were unannounced", "asked how you knew")
_HOW_NEWS = (r"(?:(?:the |his |her |their |[a-z]+'s )?(?:[a-z0-9()-]+ ){0,4}?(?:went|go|goes|going|gone)\b"
             r"|(?:he|she|they|it|things|[a-z]+) (?:is|are|was|were|'s|feels|felt)(?: (?:doing|getting on|feeling|"
             r"coping|settling|going|finding it))?(?: (?:after|since|at|with|in|now|today)\b|[.,;]|$)"
             r"|(?:he|she|they|[a-z]+) (?:got|gets|is getting|was getting) on\b)")
_HOW_PROBE = r"how (?!" + _HOW_NEWS + r")"

# what a manager asks for when they want proof rather than a parent's word
_PROOF = (r"(?:(?:a |an |the |some |any |sight of |a copy of |copies of )?(?:[a-z'-]+ ){0,3}?(?:tests?|checks?|screens?|"
          r"screening|logs|records|chronology|figures|photos|photographs|proof|breakdown|minutes|notes of|report from|"
          r"views? of|views? from|confirmation|corroboration)\b"
          # the other side asked for: "TM asked for Maddison's side"
          r"|(?:[a-z]+'s|his|her|their|the child's|the other) (?:side|account|version|own account|view)\b)")

CHALLENGE = Cues(
    [
        # (the manager's question told as it happens, as many write it: "I am asking worker for evidence")
        (r"\b(?:i|tm|manager|the manager|we|team manager)(?: \((?:chair|chairing|as chair|the chair|tm|manager)\))?"
         r"(?:'ve|'d|'m(?= (?:asking|questioning|challenging|querying)))? (?:have |had |also |then |gently |strongly |"
         r"directly |did |really |again |straight |(?:am|was|are|were)(?= (?:asking|questioning|challenging|querying)) )?(?:challenged|challenge|challenging|questioned|question|questioning|queried|query|querying|qs|q'd|probed|tested|"
         r"pushed back|pressed|disagreed|disagree|was not convinced|am not convinced|'m not convinced|"
         r"am not yet convinced|wasn't convinced|wanted to know|"
         # "asked SW whether", "asked the group whether", "asked SW today who we mean"
         r"ask(?:ed|ing|s)?:? (?:(?:the |your |our )?(?:sw|ssw|social worker|worker|group|team|[a-z]+):? |him |her |them |"
         # (a worker named with a hyphen or a role: "asked Jo-Ann (SW) whether")
         r"[a-z]+(?:-[a-z]+)?(?: \([a-z ]{1,14}\))? )?"
         r"(?:(?:-|\u2013|:) )?"
         r"(?:today |again |directly |straight(?: out)?[,:]? |first |too |also |then )?(?:what|why|whether|if|whose|who|where|which|"
         + _HOW_PROBE + r"|"
         # "asked SW when that was last tested": how old the evidence is
         r"when (?:[a-z']+ ){0,5}?(?:last|ever) (?:tested|checked|assessed|reviewed|updated|seen|looked at|asked)|"
         r"for (?:evidence|the evidence|more|clarity|sight|the logs|the|detail|details|an explanation|a view|"
         + _PROOF + r")|about (?:whether|why|what|the evidence)|"
         r"to (?:check|consider|find|explore|look|gather|evidence|think|reflect|test|clarify|establish|"
         r"rule out|reconsider|revisit|find out|speak|talk|see|observe|ask|hold|stand back|pause|re-?read|"
         r"look again|think again|slow down|tell me|show me|stop|separate|compare|distinguish|list|read|count|go through|"
         # the worker's reading or plan sent back to be weighed or redone
         r"go back|bring|map|set|write down|walk me|weigh|keep (?!going|visiting|doing|up|on|in touch|me)|put|watch|redraft|rewrite|revise|rethink|reframe|"
         r"refocus|amend|reassess|re-assess|account|justify|explain|question|challenge|take (?:that|it|this|those|the)(?: [a-z']+){0,2} out|remove|"
         r"reword|rephrase)|"
         r"(?:a |an |the |some )?(?:some|a few|more|hard|searching|difficult|the other|another|tough|straight|probing)"
         r"(?: hard| searching| difficult| tough| probing| straight)? questions?|not to (?:describe|call|record|say|write|close|step|accept|rely|treat|"
         r"use|assume)))", 0.8, "n",
         "challenged challenge questioned question queried query qs q probed tested pushed pressed "
         "disagreed disagree convinced wanted asked asking ask asks challenging questioning querying"),
        (["(?:i|tm) pointed out", "only (?:have|had|got) (?:[a-z]+'s|his|her|their) word", "word for it",
          "(?:actually|really) working", "ticking (?:the )?boxes", "tick-?box(?:ing)?"], 0.75, "n",
         "pointed word working ticking boxes tick tickbox"),
        (["push(?:ing)? back (?:on|at|against)", "let's test", "test (?:it|this|that) (?:rather than|before|against)",
          "what would we (?:expect|need) to see"], 0.75, "n", "push pushing test"),
        (["not (?:yet )?(?:convinced|persuaded)", "unconvinced", "rule(?:d)? out", "what else (?:could|might|may|would|is)",
          r"alternative (?:explanation|view|hypothes[ie]s|reading|account)s?", "what(?:'s| is| was) the evidence(?! (?:bundle|deadline|filing|hearing|date|file))",
          "what evidence", "where(?:'s| is) the evidence", "whose need", "devil'?s advocate",
          "have we (?:really |actually |properly |fully |ever )?(?:accepted|assumed|checked|assessed|considered|"
          "explored|looked|tested|asked|thought|spoken|heard|understood)",
          "(?:question|point|challenge) (?:i|we|tm) (?:put|posed|raised) to", "are we (?:sure|confident|accepting)", "how do we know",
          "what would (?:need to|have to) change", r"redirect\w*", "we could not name", "pushed back",
          "(?:sw|she|he) agreed (?:we had|that we had|the plan has drifted)", "what has actually changed",
          "challenge (?:is|was) (?:that|whether|why)"], 0.75, "n",
         "convinced persuaded ruled else evidence need devil devils accepted assumed checked sure confident "
         "accepting know change name back agreed actually whether"),
        # doubting the worker's view, pressing on it, asking what was missed
        # (and the terse record's "Not so sure: ..."; "I'm not there yet" after the worker's view)
        (r"(?:\b(?:(?:i'm|i am|i was) not|i wasn't) (?:so |at all )?|^not so )sure(?: about that| that's right| that's so| that's the case| that is right|"
         r"| it's that simple)?(?: and (?:i )?said so)?(?= ?[-:;,.]|$)"
         r"|(?<![\'\"\u2018\u201c])\b(?:i'm|i am|tm is)(?: still)? not (?:quite )?there yet(?= ?[-:;,.]|$)", 0.75, "",
         "sure there"),
        # the plan resting on a parent's word: "we're on dad's word that he has gone"
        (r"\b(?:we're|we are|we were)(?: still| only| just)? (?:going |relying |working )?on (?:mum|dad|the parents?|"
         r"the mother|the father|[a-z]+'s|her|his|their)(?: own)? (?:word|say-so|account)\b", 0.75, "n", "word say account"),
        (["pushed (?:back )?on (?:whether|why|what|how|if|this|that|it|the plan|the (?:proposed |planned )?(?:step.?down|closure|"
          "closing|return|move|reunification|decision|recommendation|request|proposal|view|idea|assessment))"], 0.75, "", None),
        # the manager's doubt of the worker's view or proposal, said in their own words
        (r"\b(?:i'm|i am|tm is|tm was) not (?:so |at all )?sure (?:that )?(?:we|this|that|it|the plan|she|he|they|mum|dad|"
         r"[a-z]+'s) (?:should|can|could|is|are|has|have|will|would|'re|'s)\b"
         r"|\b(?:i|tm|we) (?:don't|do not|didn't|did not|can't|cannot|won't) accept (?:(?:the|that|this|sw's|her|his|their|it|"
         r"[a-z]+'s)\b|['\"\u2018\u201c][a-z])"
         r"|\b(?:i|tm) (?:don't|do not) think (?:(?:we're|we are|it's|it is|this is|that is|that's|she's|he's|they're|"
         r"mum is|dad is|cin is|cp is|it's|(?:the |this |our )?(?:cin |cp |safety |current )?(?:plan|placement|package|"
         r"arrangement) is) (?:ready|safe|enough|right|time|the answer|working|holding|sufficient|helping)"
         r"|we (?:can|should|could) (?:wait|keep|continue|carry on|leave|close|step|go on|accept|rely)"
         r"|we've (?:done|got|understood|heard|asked|tested|looked))\b"
         # "I don't agree", "SW and I didn't agree", and the elliptic "SW reads it as shyness - I don't."
         r"|\b(?:i|tm|sw and (?:i|me)|we) (?:don't|do not|didn't|did not|couldn't|could not) agree\b"
         r"|\b(?:i|tm|the manager) (?:said|say) no\b"
         r"|^(?:but )?(?:i|tm) (?:don't|haven't|didn't|do not|have not|did not|wouldn't|won't|can't)\W*$",
         0.75, "", "sure accept think agree don haven didn wouldn won no"),
        # the manager's own scale set against the worker's: "I'd put it at 5, not the 7 in your report"
        # (set against the worker's number, or with its reason; "I would put it at 5." alone only scales)
        (r"\b(?:i'd|i would|tm would|i) (?:put|scale|score|rate) (?:(?:it|this|that|them|him|her|safety) (?:at|as) (?:a |an )?"
         r"\d+(?:/10)?(?:,? (?:not|rather than|instead of|against|compared (?:to|with)|where|whereas|while) "
         r"(?:the |a |an |sw's |sw |her |his |their )?\d| ?[:;-] |,? (?:because|as|given|since) )"
         r"|the (?!same\b)[a-z]+ (?:at|as) (?:a |an )?\d+(?:/10)?\b(?!,? (?:too|as well|also|like sw|the same)\b))",
         0.75, "", "put scale score rate"),
        (r"\b(?:i'd|i would|tm would|i|tm) (?:re-?score|re-?scale|re-?rate|score|scale|rate|put) (?:it |this |that |safety |"
         r"risk |her |him |them )?(?:at |as )?(?:a |an )?\d+(?:/10)?,? (?:not|rather than|instead of|against|compared (?:to|with)|"
         r"where|whereas|while) (?:the |a |an |sw's |sw |her |his |their |the worker's |your )?\d", 0.75, "",
         "rescore score rescale scale rerate rate put"),
        # the record drops its subject: "Tested this with SW: ...", "Challenged the view that ..."
        (r"^(?:challenged|questioned|queried|tested|probed|pushed back on) (?:this|that|it|the|sw|her|him|them|whether|why|"
         r"how|what|[a-z]+'s)\b", 0.75, "n", "challenged questioned queried tested probed pushed"),
        # ... and in shorthand, after an arrow or a colon: "-> asked her to hold that loosely", "-> challenged
        # that w/ SW", "I pushed: ...", "I asked: is the 4 us or the new school?"
        # (an "I" before the verb is the cue above's; these are the forms it does not read)
        (r"(?:^|(?:->|\u2192|=>) ?|[:;] )(?:(?:challenged|questioned|queried|probed|pressed|pushed back(?: on)?)"
         r"(?= (?:that|this|it|the|sw|her|him|them|whether|why|how|what|w/|with|on|[a-z]+'s)\b|:)|"
         r"pushed on (?:that|this|it|whether|why|how|what)\b)"
         r"|(?:^|(?:->|\u2192|=>) ?|[:;] |\b(?:i|tm|me) )pushed(?: on)?:"
         r"|(?:^|(?:->|\u2192|=>) ?|[:;] )asked (?:(?:sw|her|him|them|us|the worker) )?(?:what|why|whether|if|"
         r"to (?:hold|look|test|check|think|consider|explain|show|evidence|separate|weigh|go back))\b"
         r"|\b(?:i|tm|me)(?: am| was|'m)? (?:asked|ask|asking)(?: (?:the )?(?:sw|worker|social worker))?: "
         r"(?=(?!(?:when|what time|what day|where|how (?:is|are|was|were|did))\b)[^?]{3,}\?)", 0.75, "n",
         "challenged questioned queried probed pushed pressed asked ask asking"),
        # drift named: "the third review with the same targets", "why no FGC yet"
        (r"\b(?:the |a )?(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:review|supervision|sup|core group|"
         r"conference|month|meeting) (?:with|in a row|running|that|it's|it has|where|we've|and still)\b"
         r"|\bwhy no (?:[a-z]+ ){1,2}?(?:yet|still)\b", 0.7, "n", "second third fourth fifth sixth 2nd 3rd 4th 5th 6th why"),
        # drift named as the same worry carried from meeting to meeting: "raised at the last three
        # supervisions", "across three review conferences, with no sustained change" (not progress held
        # across reviews)
        (r"\b(?:flagged|raised|named|discussed|noted)(?: again)? (?:at|in) (?:the |each of the |all )?(?:last |past |previous )?"
         r"(?:two|three|four|five|six|2|3|4|5|6|several|multiple) (?:supervisions|sups|supervision sessions|case discussions)\b"
         r"|\b(?:across|over) (?:the last |the past )?(?:two|three|four|five|six|2|3|4|5|6) (?:review conferences|reviews|"
         r"conferences|core groups|supervisions)\b,? (?:with |and )?(?:still )?no (?:sustained |real |meaningful |lasting )?"
         r"(?:change|progress|improvement)\b", 0.7, "n", "flagged raised named discussed noted across over"),
        (["has anyone (?:actually |really |ever )?(?:asked|checked|spoken|looked|considered|tested|seen)"], 0.75, "", "anyone"),
        # "so what's actually different for him?" (not the form's "What is different for him?")
        (r"\bwhat(?:'s| is) (?:actually|really) different\b[^.?!]*\?", 0.75, "n", "different"),
        # the formal register's passive: "the worker was asked whether ...", "the assumption that ... was questioned"
        (r"\b(?:the )?(?:allocated )?(?:sw|ssw|social worker|worker|practitioner|student)(?: was| were| has been| had been)"
         r" (?:then |also |again |gently |directly |further )?(?:asked|invited|encouraged|pressed|challenged|pushed|prompted)"
         r" (?:to (?:consider|think about|reflect on|explain|evidence|test|weigh|account for|reconsider|look again at) )?"
         r"(?:whether\b|why\b|what\b|if\b|" + _HOW_PROBE + r")"
         r"|\b(?:assumption|view|hypothesis|reading|conclusion|premise|belief|position|recommendation|analysis|thinking|"
         r"explanation|optimism)(?: that [^;]{1,120}?)? (?:was|were|has been|had been|is being|was then)"
         r" (?:also |further |gently |robustly )?(?:questioned|challenged|tested|probed|queried|interrogated|scrutinised)"
         r"(?! by (?!me\b|the manager|tm\b|us\b|supervision))"
         r"|\bit (?:was|has been) (?:questioned|queried|put to (?:the )?(?:sw|social worker|worker|practitioner))"
         r" (?:whether|if|why|how|that)\b", 0.75, "n",
         "sw ssw worker practitioner student assumption view hypothesis reading conclusion premise belief position "
         "recommendation analysis thinking explanation optimism questioned queried put"),
        # another reading put forward: "I raised the possibility that his quiet is fear"
        (r"\b(?:i|tm|the manager|we) (?:also |gently |then )?(?:raised|floated|put forward|offered|suggested|introduced)"
         r" (?:the |a )?(?:possibility|idea|hypothesis|thought|question) (?:that|of whether|whether)\b"
         r"|\b(?:i|tm|the manager) (?:also |gently |then )?suggested (?:that )?(?:we|this|it|the [a-z]+|his|her|their|"
         r"[a-z]+'s) (?:[a-z]+ )?(?:might|may|could) (?:be|reflect|mean|indicate|have been)\b", 0.75, "n",
         "raised floated put offered suggested introduced"),
        # "Help me understand what 'doing well' looks like for him", "I'm not sure I buy that", "was the
        # explanation ever tested?"
        (r"\bhelp (?:me|us) (?:to )?(?:understand|see)\b"
         r"|\b(?:i|tm)(?:'m| am)? (?:not sure (?:that )?i |don't |do not |didn't |did not |wasn't sure i )buy\b"
         r"|\b(?:was|were|has|have|had) (?:[a-z'()-]+ ){0,6}?(?:ever|actually|really) (?:been )?"
         r"(?:tested|checked|verified|questioned|corroborated)\b", 0.75, "n", "help buy ever actually really"),
        # what has not been checked, asked as a question or said as a gap: "Have you checked?", "Did anyone
        # see a trampoline?", "Then we don't know who she's staying with", "What's changed since the
        # second review?", "When was the plan last reviewed?", "What do school see?"
        (r"\b(?:have|has|did|had) (?:you|anyone|we|sw|she|he|they|the sw|the worker)(?: actually| ever| really)? "
         r"(?:checked|asked|spoken|verified|looked|confirmed|tested|check|ask|speak|look|confirm)\b[^.?!]{0,60}\?"
         # (whether the child was seen is a question for news: "Did you see Leo?")
         r"|\b(?:has|have|did|had) anyone (?:actually |ever |really )?(?:seen|see)\b[^.?!]{0,60}\?"
         r"|\b(?:then|so|which means) we (?:don't|do not|still don't|still do not) (?:actually |really )?know\b"
         r"|\bwe (?:can't|cannot) (?:say|be sure|assume|rule out)\b"
         r"|\bwhat(?:'s| has| have) (?:actually |really )?changed since\b[^.?!]*\?"
         r"|\bwhen (?:was|were|did|has|had) [^.?!]{1,40}?\blast (?:reviewed|checked|seen|tested|updated|visited|assessed)\b"
         r"|\bwhat (?:do|does) (?:the )?(?:school|nursery|gp|hv|health visitor|police|teachers?|college|school nurse|"
         r"neighbours?)(?: and (?:the )?[a-z]+)? (?:see|notice|think)\b[^.?!]*\?", 0.7, "",
         "checked asked seen spoken verified looked confirmed tested see check ask speak look confirm know say sure "
         "assume rule changed last notice tell think report"),
        # the manager's doubt kept, in their own words
        (r"\b(?:i|tm|the manager) (?:remain|remains|remained|am|was|is|'m) (?:still )?(?:unpersuaded|sceptical|skeptical|"
         r"doubtful|not persuaded)\b"
         r"|\b(?:i|tm|the manager)(?: (?:think|thought|feel|felt|said|say|believe|would say|'d say))? (?:that )?"
         r"(?:it(?:'s| is| was| would be)|we(?:'re| are)) (?:far |much |a bit |still )?(?:too early|too soon|premature)\b"
         r"|\b(?:i|tm|the manager) (?:also |gently )?reminded (?:the )?(?:sw|ssw|social worker|worker|her|him|them|us|"
         r"[a-z]+) that\b"
         r"|\b(?:i|tm|the manager)(?:'m| am| was| remain| remained) (?:still |really )?curious (?:about |as to )?"
         r"(?:why|whether|how come)\b", 0.75, "n",
         "unpersuaded sceptical skeptical doubtful persuaded early soon premature reminded curious"),
        # the manager overrides the plan or says the worker's reading is wrong: "I've overruled the
        # plan to extend FFT", "SW calls it sofa surfing - I said it isn't"
        (["(?:i|tm|the manager)(?:'ve| have| has)? (?:overruled|overrode|overridden|vetoed)",
          "(?:i|tm) (?:said|told (?:her|him|them|sw|the worker)) (?:that )?(?:it|this|that)(?: really)? (?:isn't|is not|wasn't|was not)\\b"],
         0.75, "n", "overruled overrode overridden vetoed said told"),
        (["what if (?:it's|it is|this is|that's|the|he|she|they|we|his|her|their)"], 0.75, "", "if"),
        # a gentle probe of our own work: "I wondered whether we have heard from dad at all"
        (["(?:i|tm|we) (?:wondered|wonder|am wondering|was wondering|'m wondering|were wondering) (?:aloud |out loud |"
          "with sw |with her |with him )?(?:whether|if|how|why|what) "
          "(?!(?:we|sw|they) (?:would|could|might) have\\b)(?:we|sw|the sw|the worker|anyone|the plan|this plan|our|"
          "the network|everyone)",
          # "I wonder whether his 'meltdowns' are about his father at all": the usual reading doubted
          "(?:i|tm|we|the manager) (?:wondered|wonder|am wondering|was wondering|'m wondering) (?:whether|if) "
          "[^.;?]{1,80}?(?:at all|less about|really about|actually about|something else)",
          # another reading put to the worker: "I wondered aloud whether it's more that ...", "... the venue,
          # rather than the visit"; in the present only just after the worker's view ("SW thinks it's his
          # autism, I wonder if it's more than that"): "I wonder if her quiet is fear rather than calm" alone
          # is the manager's own hypothesis, reflection
          "(?:i|tm|the manager) (?:wondered|was wondering) (?:aloud |out loud |with [a-z]+ )?(?:whether|if) "
          "[^.;?]{0,80}?(?:(?:it|this|that)(?:'s| is| was| might be| could be| may be) (?:also|more|less|partly)\\b|"
          "rather than|instead of)",
          "(?:sw|the sw|worker|the worker)(?:'s)? (?:thinks|thought|says|said|feels|felt|reads|believes|view is)\\b[^.;?]{1,120}?"
          "\\bi (?:wonder|am wondering|'m wondering) (?:whether|if) [^.;?]{0,80}?(?:(?:it|this|that)(?:'s| is| was| might be| could be| "
          "may be) (?:also|more|less|partly)\\b|rather than|instead of)"],
         0.7, "", "wondered wonder wondering"),
        # the manager's own stance in a terse record: "SW read it as progress. I don't: ...", "Asked: better
        # how?", "I wanted to test it before we agree"
        (r"^(?:but )?(?:i|tm) (?:don't|do not|didn't|did not|wouldn't|would not)\s*(?::|\u2013| - )"
         r"|^asked: (?!(?:can|could|would|will) you\b|(?:when|what time|where|which day|how (?:is|are|was|did))\b)[^?]{2,60}\?"
         r"|\b(?:i|tm)(?: also)? (?:wanted|want|needed|need)(?: us)? to (?:test (?:it|this|that|the|sw's|her|his|their)|"
         r"slow (?:that|this|it|things) down|unpick|pick apart|push on)\b", 0.75, "n", "don do didn did wouldn would asked wanted want needed need"),
        # the worker's reading turned round or made to argue against itself: "I turned that round: what
        # did he learn in care?", "I asked her to make the case against her own plan", "I'm not accepting it"
        (r"\b(?:i|tm|the manager) (?:turned|flipped) (?:that|it|this) (?:round|around)\b"
         r"|\b(?:asked|asking|ask) (?:sw|her|him|them|the worker|[a-z]+) to (?:argue|make the case) against\b"
         r"|\b(?:i'm|i am|tm is|i was|tm was) not accepting (?:it|that|this|the|sw's|her|his|their)\b", 0.75, "n",
         "turned flipped asked asking ask accepting"),
        # the manager holding the line: "I'm not agreeing to close it until ..."
        (r"\b(?:i'm|i am|i was|tm is|tm was|the manager is) not (?:agreeing|prepared|willing|happy|comfortable) to\b"
         r"|\bi (?:won't|will not|wouldn't|would not) (?:agree|sign)\b", 0.75, "",
         "agreeing prepared willing happy comfortable agree sign"),
        # the manager's record often drops its subject: "Asked SW how we know..."
        (r"(?:^asked (?:sw |the sw |him |her |them |the worker |[a-z]+ )?|\b(?:so|and|then|also) asked "
         r"(?:the )?(?:sw|worker|social worker) )"
         r"(?:to (?:check|consider|find|explore|look|gather|evidence|think|reflect|test|clarify|establish|"
         r"rule out|reconsider|revisit|find out|speak|talk|see|observe|ask|question|challenge)|what|why|whether|"
         r"if|for (?:evidence|the evidence|more evidence|" + _PROOF + r")|" + _HOW_PROBE + r")", 0.75, "n", "asked"),
        # the terse record sets down the worker's view, then after a comma, its subject dropped, what
        # the manager asked of it: "sw wants to close, asked why now: ...", "sw says home better, asked
        # for evidence" (not a date or news: "asked when the review is", "asked how she is")
        (r"\b(?:sw|ssw|worker|fsw|social worker)(?:'s)? (?:says|said|wants|wanted|thinks|thought|feels|felt|reads|read|"
         r"proposing|proposes|proposed|planning|plans|suggests|suggested|agreeing|agrees|keen|is keen|was keen|wrote)\b"
         r"[^,;:.?!]{0,80}, (?:but |so )?asked (?:(?:sw|her|him|them) )?(?!(?:what (?:time|day|date)|when|where)\b)"
         r"(?:why|what|whether|if|would|could|does|do|is|are|has|have|who|for (?:evidence|the evidence|more evidence|"
         + _PROOF + r")|" + _HOW_PROBE + r")", 0.75, "n", "asked"),
        # "I'd want to know why the visits were five weeks apart" (the manager's, not a decision's reason)
        (r"\b(?:i|tm|the manager)(?:'d| would| will|'ll)? (?:want|wanted|like|need|needed|needs) to (?:know|see|"
         r"understand|hear|be clear) (?:why|how|what|whether|if|the evidence|evidence|more about why|from)\b",
         0.75, "nx", "want wanted like need needed needs"),
        # the manager's view set against the worker's: "SW felt it was improving; I'm less sure"
        (r"\b(?:i'm|i am|i was|i remain|i remained|tm is|tm was|tm remains|we are|we're|we were|the manager is|"
         r"the manager was) (?:a lot |much |far |rather |a little |a bit )?(?:less|not as|not so) (?:sure|certain|"
         r"convinced|confident|optimistic|reassured|positive|hopeful)\b(?! about (?!(?:that|this|it|the plan|sw|her view|"
         r"his view|their view|the view|the assessment|the scaling|the score)\b))"
         r"|\b(?:my|tm's|the manager's|our) (?:own )?(?:view|reading|sense|take|judgement|judgment|scaling|score|"
         r"assessment) (?:is|was|differs|differed|is quite|was quite) (?:different|otherwise|lower|higher|"
         r"more cautious|less positive|more worried|less optimistic|not the same)"
         r"|\b(?:i|tm|we) (?:see|saw|read|view|viewed) (?:it|this|that|things|the situation|the risk|the case|"
         r"the evidence) (?:differently|another way|less positively|more cautiously)\b",
         0.75, "", "less view reading sense take judgement judgment scaling score assessment differently"),
        # another reading offered: "another way to read the missed visits is ..."
        (r"\b(?:another|a different|an alternative|the other) (?:way|ways) (?:to|of) (?:read|see|look|understand|"
         r"explain|think|interpret|make sense)\w*", 0.75, "n", "way ways"),
        # the worker's evidence weighed and found wanting: "'no concerns' from mum is not evidence"
        (r"(?<!there )\b(?:is|are|was|were) not (?:in itself |on its own |by itself |yet |really |any |a |an )?(?:evidence|"
         r"proof|safety plan|risk assessment|plan|explanation|analysis|protection)\b"
         r"|\b(?:isn't|aren't|wasn't|weren't) (?:in itself |on its own |yet |really |any |a |an )?(?:evidence|proof|safety plan|"
         r"risk assessment|explanation|analysis|protection)\b|, not (?:yet )?evidence\b"
         r"|\bnot the same (?:thing )?as (?:change|progress|safety|protection|evidence|being safe|keeping|"
         r"a change|real change|protecting)\b", 0.75, "", "evidence proof same plan assessment explanation analysis protection"),
        # the plan leaning on one account: "the plan rests on mum's word", "the only account we have"
        (r"\b(?:rests?|resting|relies|rely|relying|reliant|leans?|leaning|depends?|depending|based|built) "
         r"(?:[a-z]+ ){0,3}?on (?:mum|dad|the parents?|parents|the mother|the father|her|his|their|[a-z]+'s)"
         r"(?: own)? (?:word|account|self-?report(?:ing)?|report|reports|say-so|assurances?|version|presentation|"
         r"telling us)\b"
         r"|\b(?:rather than|instead of) (?:just |simply )?(?:rely|relying|take|taking|accept|accepting|trust|"
         r"trusting|go|going) (?:on |with |at )?(?:mum|dad|the parents?|her|his|their|[a-z]+'s|what)\b"
         r"|\bthe only (?:one|account|evidence|source|view|voice|version|information|thing) (?:we|that we|we've)\b",
         0.75, "", "rests rest resting relies rely relying reliant leans lean leaning depends depend depending "
         "based built rather instead only"),
        # a second explanation held, offered or kept open: "I want us to hold a second one alongside it"
        (r"\b(?:hold|keep|holding|keeping) (?:open |in mind )?(?:the )?(?:a second|another|two|both|the other|an alternative|"
         r"other|competing) (?:hypothes[ie]s|explanations?|views?|ideas?|possibilit(?:y|ies)|readings?|ones?)\b"
         r"|\b(?:keep|keeping|hold|holding) (?:the|an|another) (?:other |alternative )?(?:explanation|hypothesis|"
         r"possibility|view|reading) open\b"
         r"|\b(?:i|tm|the manager|we) (?:offered|suggested|put forward|proposed|raised) (?:another|an alternative|a different|"
         r"a second|the other|a competing)\b", 0.75, "n", "hold keep holding keeping offered suggested put proposed raised"),
        # the question reframed: "the question is not whether she has changed but whether ..."
        (r"\b(?:the |my |our )?(?:real |right |actual )?question (?:is|was|isn't|wasn't) not (?:whether|if|what|why|how)\b"
         r"|\bthe (?:real|right|actual) question (?:is|was|here)\b|\bthe question (?:isn't|wasn't) (?:whether|if|what|why|how)\b"
         r"|\b(?:i|tm|we) put (?:it|this|that|the question|a question|the point) to (?:sw|ssw|the sw|her|him|them|the worker|"
         r"the team|the group|[a-z]+) (?:that|whether|what|why|how|straight)\b"
         r"|\b(?:my|tm's|the manager's) question (?:to|for) (?:sw|ssw|the sw|her|him|them|the worker|the team|[a-z]+)\b",
         0.75, "n", "question put"),
        # the work aimed at the wrong thing: "we've been assessing the house, not the boy"
        (r"\bwe(?:'ve| have|'re| are)? (?:been )?(?:assessing|looking at|focusing on|focused on|focussed on|working with|"
         r"watching|planning around|asking about|treating|measuring|counting) [^,;.]{1,40}?,? (?:not|rather than|"
         r"instead of) (?:the |at |on |with |about )?[a-z]+", 0.7, "", "assessing looking focusing focused focussed "
         "working watching planning asking treating measuring counting"),
        # what has not been tested named as such: "one of them is wrong and we haven't asked why"
        # ... or said of everyone: "nobody has checked him with the police" (not how someone is, nor a request)
        (r"\b(?:nobody|no one|no-one) (?:has|had|have)(?: ever| actually| yet| really| properly)? (?:asked|checked|tested|"
         r"verified|reviewed|questioned|followed (?:it |this |that )?up)\b(?! for\b)"
         r"(?! (?:(?:mum|dad|her|him|them|the [a-z]+|[a-z]+) )?how (?:(?:she|he|they|mum|dad|[a-z]+) )?(?:is|are|was|were|feels|felt|'s)\b)",
         0.7, "", "nobody one"),
        (r"\bwe (?:haven't|have not|have never|never|still haven't|still have not) (?:actually |properly |yet |really )?"
         r"(?:asked|checked|tested|verified|questioned) (?:why|whether|who|what|how|it|that|this)\b"
         r"|\bat face value\b", 0.7, "", "asked checked tested verified questioned face"),
        # a practice stopped or the plan's drift named: "Stopped that in supervision", "in the same place as the ICPC"
        (r"^(?:stopped|halted) (?:that|this|it)\b|\b(?:i|tm) (?:stopped|halted|put a stop to) (?:that|this|it|her|him)\b"
         r"|\b(?:in|at|back to|back in) the same (?:place|position) as (?:(?:at )?the (?:icpc|rcpc|conference|last review|"
         r"strategy|start|beginning|referral)|(?:\w+ )?(?:months|a year|weeks) ago|last year|when we (?:started|opened))"
         r"|\bno further (?:forward|on) than\b", 0.7, "n", "stopped halted put same further"),
        # the discussion brought back to the child: "I pulled it back to Arthur: what has the plan done for him?"
        (r"\b(?:i|tm|we|the manager) (?:pulled|brought|steered|turned|took|moved) (?:it|this|the discussion|the conversation|"
         r"us|sw|her|him|the focus|things) back (?:to|round to|onto)\b", 0.75, "n", "pulled brought steered turned took moved"),
        # a different step put to the worker: "might it be worth a parenting assessment before the RCPC?"
        (r"\b(?:might|would|could) it (?:not )?be (?:worth|better)\b|\bis it (?:not )?worth\b", 0.7, "n", "worth better"),
        # the plan redirected: "Rather than another course, SW to see Kai alone"
        (r"^(?:so |but |and |then )?(?:rather than|instead of) [^,;]{3,80}?, (?:(?:i|tm|we)(?:'ve| have)? "
         r"(?:asked|want|agreed|would like|'d like|suggested|directed|think|feel)\b|(?:the )?(?:allocated )?"
         r"(?:sw|social worker|worker|fsw|tm|we|i) (?:to|will|should|needs to|must|is to)\b)", 0.75, "",
         "rather instead"),
        # the plan's assumption named: "the plan assumes nan can protect"
        (r"\b(?:the plan|this plan|our plan|the assessment|we|sw|everyone|the team|the network) (?:is |are |'re )?"
         r"(?:just |simply |still |all )?(?:assumes?|assuming|takes? (?:it )?for granted)\b"
         r"|\b(?:untested|unchecked|unexamined|unquestioned) (?:assumptions?|views?|beliefs?|accounts?|hypothes[ie]s)\b",
         0.7, "n", "assumes assume assuming takes take untested unchecked unexamined unquestioned"),
        # the worker's account weighed against the record: "the evidence doesn't say that"
        (r"\b(?:the )?(?:evidence|logs?|records?|chronology|figures|file|case notes) (?:doesn't|does not|don't|do not|"
         r"didn't|did not) (?:say|show|support|bear (?:that|this|it) out|back (?:that|this|it) up)\b", 0.75, "",
         "evidence log logs record records chronology figures file notes"),
        # whose words or wish it really is: "whose pace is this?", "whose voice is the 'he hates it'?"
        (r"\bwhose (?:pace|voice|view|words|wish|wishes|idea|agenda|plan|timescale|worry|anxiety) (?:is|are|was|were)\b"
         r"|\bwhat (?:i|tm|we) (?:pushed on|pushed back on|challenged|questioned|queried|pressed on|tested)\b", 0.75, "",
         "whose pushed challenged questioned queried pressed tested"),
        # (one cue each: a cue is tried at its first words whenever one of its triggers is in the clause)
        (["(?:i|we|tm) (?:also |gently |really |then )?pushed (?:sw|the sw|her|him|them|the worker|[a-z]+) (?:on|about|for|to explain|to think)",
          "pushed (?:the )?(?:sw|worker|social worker) (?:on|about|for|to explain|to think)"], 0.75, "n", "pushed"),
        # the record drops its subject before what it put to the worker: "Pushed SW: why no strat?"
        (r"^(?:pushed|pressed|asked|q|qs|question) (?:to )?(?:the )?(?:sw|ssw|worker|social worker)(?: (?:\+|and|&) [a-z]+)?"
         r" ?[:,-]", 0.75, "n", "pushed pressed asked q qs question"),
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
        # the plan or the worker's view tested in plain words: "where is Callum in all this?", "is the
        # plan working or are we just busy?", "would we accept this for a neighbour's child?", "what
        # have you seen yourself that tells you that?", "not sure I agree with SW that ..."
        (r"\bwhere(?:'s| is| are) (?:the (?:child|children|baby|kids|young person)|[a-z]+(?: \(\d+\))?|he|she|they) in (?:all )?"
         r"(?:this|of this|that|the plan|the assessment|the (?:report|record|update|discussion|chronology))\b", 0.75, "n", "where"),
        (r"\b(?:is|are) (?:the plan|this plan|the work|this|it|we|the support|the package) (?:really |actually )?"
         r"(?:working|helping|making (?:a|any) difference)\b[^.?!]{0,40}?\?", 0.75, "n", "working helping difference"),
        (r"\bwould (?:we|you|anyone|i) (?:really )?(?:accept|tolerate|put up with|be happy with)\b[^.?!]{0,60}\?", 0.75, "n",
         "accept tolerate put happy"),
        (r"\bwhat (?:have|has|did) (?:you|sw|the worker|[a-z]+) (?:actually |yourself |themselves |herself |himself )?"
         r"(?:seen|heard|observed|witnessed|see|hear|observe|witness)(?: (?:yourself|herself|himself|themselves))? (?:that|which)\b",
         0.75, "n", "seen heard observed witnessed see hear observe witness"),
        (r"\bwhat (?:[a-z']+ )?(?:tells|told|shows|showed) (?:you|sw|her|him|them|us) (?:that|this|so|it's|it is|he's|she's|they're)\b",
         0.75, "n", "tells told shows showed"),
        (r"\bwhat (?:i|we) (?:want|wanted|need|needed|still need) to know(?: is| was)?(?::| whether\b| if\b| why\b| how\b| who\b)",
         0.75, "n", "know"),
        (r"(?:^|[:;,-] |\bi |\bi'm |\btm )(?:am )?(?:not sure|don't|do not|didn't|did not) (?:i |that i )?(?:fully |entirely |quite )?agree "
         r"(?:with (?:sw|the sw|the worker|you|her|him|[a-z]+)|that)\b", 0.75, "n", "agree"),
    ]
)

# agreement held back until the evidence is in: "I've asked for the logs before we agree", "Not
# closing until she has been seen alone" (not a decision's own reason: "Decision: no return to
# school until the safety plan is agreed, because ...")
_HELD = re.compile(
    r"(?:^|\b(?:i|tm|we|the manager)(?:'d|'ve|'ll| would| will| have| also| still)? )(?:want|wants|wanted|"
    r"need|needs|needed|like|asked|expect|require|requested|will want|would want|would need|will need)\b"
    r"[^;]{0,100}?\bbefore (?:(?:we|i|tm|anyone|the case|it|this|he|she|they) (?:can |could |would |will )?"
    r"(?:agree|close|closing|sign|step|decide|accept|recommend|change|go|move|end|consider|reduce|return|say|believe|trust|"
    r"finalise|conclude|drop)|(?:any |the |a |an )?(?:step.?down|closure|closing|decision|conference|panel|"
    r"legal|de-?escalation|ending))\b"
    r"|\bbefore (?:we|i|tm) (?:can |could |would |will )?(?:agree|close|sign|step|decide|accept|recommend|"
    r"change|go|end|consider)\b[^;]{0,70}?,? (?:i|tm|we)(?:'d| would| will|'ll)? (?:want|need|like|asked|"
    r"expect|require|must)\b"
    r"|\b(?:not|won't|will not|wouldn't|would not|no|nor)\b (?:[a-z]+ ){0,3}?(?:clos\w*|step\w* (?:down|it down)|"
    r"step-?down|ending|end|ended|sign\w*(?: off)?|agree\w*|de-?escalat\w*|reduc\w*|rehabilitat\w*|"
    r"return\w*)\b[^;]{0,80}?\buntil\b"
)


# a question that tests the worker's view rather than asks for news ("What did you make of that?")
_PROBE = re.compile(
    r"^(?:so |and |but |ok,? |then )?(?:why (?:has|have|hasn't|haven't|is|isn't|are|aren't|was|wasn't|were|"
    r"did|didn't|does|doesn't|had|hadn't|would|not)\b(?! you think)|how (?:do|does|did|would|can|could|will) "
    r"(?:we|you|she|he|they) (?:know|tell|be sure)|what (?:evidence|else|would|if|makes (?:you|us|sw|her|him) "
    r"(?:so )?(?:sure|think|confident|believe)|has (?:actually )?changed|is different)|could (?:it|this|that|mum|dad|he|she|they)\b"
    # "Could the tiredness be something else?", "Is it neglect or is it poverty?"
    r"|could (?:the |his |her |their |[a-z]+'s )?[a-z]+ be\b|is (?:it|this|that) [^?]{1,40}? or\b"
    r"|is (?:it|this|that) (?:really|enough|possible|just)|(?:is|are) (?:[a-z]+'s |the |her |his |their )?[a-z ]{1,30}?"
    r"(?:the only|really|enough|reliable|credible|accurate)\b|are we\b|have we\b|would (?:we|it|that)\b|who (?:else|says)"
    # "And who has seen the bedroom?": who holds the evidence
    r"|who (?:has|have|had) (?:actually |really |ever |now )?(?:seen|checked|spoken|met|visited|asked|heard|observed|verified))"
    r"|\b(?:what would we|how do we know|what if)\b"
)

# The same question set out as a "Q:" above its answer: only the forms no form's own prompt
# uses ("What has changed?" and "Why is the case open?" are a form's questions, not a challenge)
_PROBE_ASKED = re.compile(
    r"^(?:so |and |but )?(?:what (?:evidence|else|makes (?:you|us|sw) (?:so )?(?:sure|think|confident))|how (?:do|does|did|would|can|"
    r"could|will) (?:we|you|sw) (?:really )?(?:know|tell|be sure|evidence)|are we (?:sure|confident|satisfied|"
    r"clear|accepting|too)|have we (?:actually |really |ever )?(?:checked|tested|asked|seen|heard|considered|"
    r"spoken|looked|assessed|verified)|could (?:it|this|that) (?:be|also|instead)|is (?:it|this|that) really|what if|"
    r"what would (?:need to|have to) change|who else|is (?:the|this|our) (?:cin |cp )?plan (?:right|working|enough|"
    r"still right|realistic|the right one)|why (?:hasn't|haven't|has not|have not|isn't|wasn't|not|no|"
    r"is there no|are there no|still)|what (?:has|have) actually changed"
    # "Q: Do we believe her?", "Q: Then why is he still logged as absent?"
    r"|do we (?:believe|accept|trust|buy)|(?:then |so )?why (?:is|are|does|do|has|have) [^?]{1,60}?\bstill)\b"
)

# who asks: the manager ("I", "TM", "we", or no one named in a terse record) or someone else
_MANAGER_WORDS = frozenset("i we tm manager us".split())
_ASKER_CUT = re.compile(r"[,;:]| and | but | so | then ")


def _manager_asks(note: Note, c: Clause, start: int) -> bool:
    """Whether the question or request at `start` is the manager's: the last person named
    before it in its part of the clause is the manager, or no one is (a dropped subject)."""
    low = c.low
    cut = 0
    for m in _ASKER_CUT.finditer(low, 0, start):
        cut = m.end()
    who = ""
    for t in _TOKEN.findall(low, cut, start):
        if t in _MANAGER_WORDS:
            who = "m"
        elif t in note.kinds:
            who = "o"
    return who != "o"


# What the challenge box asks for: a question, a request for evidence, a test of the plan (see cues.box_topic_hits).
BOX_TOPIC = re.compile(
        r"\?|\b(?:asked|questioned|queried|(?:pushed|pressed) (?:back|on|for|sw|the sw|her|him|them|the worker)|evidence|why|how do we know|what would|"
        r"rests? (?:entirely |only |wholly )?on|not (?:yet )?convinced|test(?:ed)? (?:it|this|that|the)|what else)\b")

# in the box, what the manager asks the worker to do as a plain task ("asked SW to book the core
# group") or how they are ("asked how she is"), and evidence accepted, are not a challenge
_BOX_NOT = re.compile(
    r"\basked (?:(?:the |your )?(?:sw|social worker|worker) |him |her |them )?(?:to (?!(?:check|consider|find|explore|look|"
    r"gather|evidence|think|reflect|test|clarify|establish|rule|reconsider|revisit|speak|talk|see|observe|ask|"
    r"question|challenge|hold|stand|pause|stop|compare|list|map|set|write|go back|bring|show|tell)\b)|for (?:a |an )?"
    r"(?:transfer|leave|support|help|advice|time|extension)|how (?=" + _HOW_NEWS + r"))"
    r"|\b(?:reassured|satisfied|assured|content|happy) (?:by|with) (?:the )?evidence\b"
    # the family asked for something: "asked mum for her new number"
    r"|\basked (?:mum|dad|mother|father|parents|the parents|carers?|the carers?|nan|gran|grandma|grandad) for\b"
)


def _box_skip(note: Note, c: Clause, start: int, end: int) -> bool:
    if c.sent.speaker == "worker":
        return True
    label = _LABEL.match(c.sent.low) if ":" in c.sent.low[:30] else None
    if label is not None and label.group(2):
        return True  # "sw: is there a form for this?": someone else's words
    if c.low[start] == "?":
        if _NEWS_Q.search(c.low):
            return True  # "how did the visit go?"
        # a question put by the manager, not one quoted or reported from a parent or child, nor
        # a form's own question ("What are we worried about?", "Next steps?")
        if _quoted(c.low) or _FORM_QUESTION.match(c.low) or _FORM_HEAD_Q.fullmatch(c.low):
            return True
        m = _ASKED_BY.search(c.low)
        return m is not None and not _manager_asks(note, c, m.start())
    if not _manager_asks(note, c, start) or _someone_else_asked(c, start) or _drift_raised_by_others(c, start):
        return True
    if c.low.startswith("evidence", start) and _ASKS_FOR.search(c.low, max(0, start - 30), start) is None:
        return True  # "the evidence is eleven months without ...": evidence weighed, not asked for
    return bool(_BOX_NOT.search(c.low))


# A form's headings put as questions, asked of every child whoever fills the form in
_FORM_HEAD_Q = re.compile(
    r"(?:q\d*[:.]?\s*)?(?:[a-z0-9]+ )?(?:[a-z]+ )?(?:- )?(?:what(?:'s| is| are| was)? (?:we |the )?(?:worried about|worr(?:y|ies)|"
    r"working well|needs? to happen|(?:the )?current situation|life like for [a-z-]+|going on|happening)|"
    r"what did (?:the )?(?:child|children|kids?|young person) say(?: at the visit)?|next steps?|plan|the plan)\s*\?\W*")

# "She talked about her dog and asked if she could see it", "When Mo asked, he laughed": the
# asking done by the child or another person, the subject carried over "and" or a comma
_OTHER_ASKER = re.compile(r"\b(?:she|he|they)\b(?![^,;:]*\b(?:i|we|tm)\b)[^;:.?]*?(?:,| and| then)\s*$|"
                          r"^when (?!i\b|we\b|tm\b)[a-z]+ $")
_ASKS_FOR = re.compile(r"\b(?:ask\w*|wants?|wanted|need\w*|for|what|any|no|where(?:'s| is)?|see|show|seek\w*|sought|get|"
                       r"gather\w*|without|whose|real|hard|actual|more|than)\W+(?:[a-z']+\W+){0,3}$")


def _someone_else_asked(c: Clause, start: int) -> bool:
    if not c.low.startswith("asked", start):
        return False
    return _OTHER_ASKER.search(c.low, 0, start) is not None


# a terse record's bare question ("Why?", "With who?", "Working how?") or an alternative put as a
# question ("T sleeping through per mum - or just quieter nights with him outside?")
_TERSE_Q = re.compile(
    r"^(?:but |and |so )?(?:why(?: not| now| so)?|how(?: so| come)?|who says|says who|with who|with whom|since when|"
    r"based on what|on what basis|what evidence|evidence|really|[a-z]+ how|how [a-z]+|why (?:the|this|that) [a-z]+"
    r"|whose (?:doing|idea|view|call|word|reading))\s*\?"
    r"|\bor (?:just|is it|was it|could it|might it|maybe|perhaps|simply|because|is that|is this|are they|is he|is she)\b[^?]*\?"
)

# "What has changed for Noah?", "What's different for her?": a form's own question, asked of every child
_FORM_QUESTION = re.compile(r"^(?:so |and |but )?what (?:has changed|is different) (?:for|in|at|about)\b")

# a quotation mark, not an apostrophe ("mum's")
_QUOTE = re.compile(r"(?:^|[\s(\[])['\"]|\"|['\"](?=[\s.,;:!?)]|$)")


def _quoted(low: str) -> bool:
    return ("'" in low or '"' in low) and _QUOTE.search(low) is not None


# a question for news: "how did the visit go?", "how is she?"
_NEWS_Q = re.compile(
    r"(?:^|[:,] ?)how (?:did (?:the |it|things|[a-z]+ )?(?:[a-z]+ )?go|(?:is|are|was|were) (?:he|she|they|things|[a-z]+)\W*\?)"
    # a question of time or place: "What time is the meeting?", "Where is the review being held?"
    r"|(?:^|: )\W*(?:what time|what day|which day|when|where) (?:is|are|was|were|will|does|do|did) (?:the |our |this |next )?"
    r"(?:meeting|visit|review|conference|core group|appointment|contact|session|hearing|panel|supervision|call)\b"
    # an errand or a rota: "Has anyone booked the room?", "Who is chairing?"
    r"|^\W*(?:and |so )?(?:has anyone|have we|did anyone|who(?:'s| is| will be| was)) (?:(?:already|yet|actually) )?"
    r"(?:booked|sent|arranged|invited|emailed|rung|called|chased|ordered|minuting|chairing|booking|covering|"
    r"taking (?:the )?minutes|doing the minutes|sending)\b")

_ASKED_BY = re.compile(r"\b(?:asked|asks|wondered|wants to know|wanted to know)\b")


# who a terse record says is speaking, mid-line: "me: what's she avoiding?", "TM: ...", "sw: ..."
_LABEL = re.compile(
    r"^(?:(tm|me|manager|my q(?:uestion)?s?(?: back)?(?: to (?:sw|the sw|her|him|them|the worker))?)"
    r"|(sw|ssw|social worker|worker|mum|dad|carer|nan|school|(?!q\b|a\b)[a-z]+))\s*:\s*")

# what a manager's labelled question probes: the child's reason, whose pace, one reading or another
_LABELLED_PROBE = re.compile(
    r"^(?:so |and |but )?(?:what(?:'s| is| are|'re) (?:[a-z]+ ){1,2}?(?:avoiding|telling us|trying to|getting from|"
    r"getting out of|communicating|showing us|scared of|afraid of)|whose [a-z]+|[a-z]+,? or (?:just|is it|was it|"
    r"is this|is that)\b|why (?:are we|is (?:it|this|that)|do we|would we)\b)")

# the worker's view or proposal set down ...
_WORKER_VIEW = re.compile(
    r"\b(?:sw|the sw|ssw|worker|social worker|fsw|pa|practitioner|student)(?:'s)? (?:(?:first |own |initial |next )?"
    r"(?:view|plan|idea|proposal|phase)|thinks|feels|felt|thought|sees|saw|"
    r"reads|read|wants|wanted|proposes|proposed|is keen|was keen|suggests|suggested|framed|believes|believed|"
    r"says|said|put it down|puts it down|reporting|reports|planning|plans|plan was|is planning|was planning)\b")
_WORKER_WORDS = ("sw", "worker", "fsw", "pa ", "practitioner", "student")
# ... and answered in a word or two: "Maybe, but ...", "Not yet - ...", "possible. but ..."
_ANSWERED = re.compile(
    r"^(?:(?:maybe|possibly|possible|perhaps|fair enough|could be|true|granted|ok|okay)[,.]? (?:but|though|however)\b"
    # "Not yet - ...", not "Not yet seen the child"
    r"|not yet\s*(?:[-:;,.\u2013]|$)|not so fast\b|hang on\b|hmm\b)")
_CONCEDED = re.compile(r"^(?:maybe|possibly|possible|perhaps|fair enough|could be|true|granted)\W*$")
# ... or met with the manager's doubt: "SW thinks mum will keep him away. I think the evidence is mixed",
# "But I'm less sure" (not agreement, "I think she's right"; and not the manager's own hypothesis
# after the worker's account, "I think the lateness is him not wanting to leave mum", which is reflection)
_COUNTER = re.compile(
    r"^(?:(?:tm|me|manager)\s*:\s*)?(?:(?:but|however),? (?:i|tm)(?: (?:think|thought|suspect|suspected|would say|'d say|"
    r"read it|see it|saw it)|(?:'m| am| was) (?:less|not so|not as|more worried|more cautious))\b"
    r"(?!(?: that)? (?:(?:she|he|they|sw|the worker|that|this|it)(?:'s| is| was| are)? (?:right|correct|spot on|"
    r"a strong|a good|fair|sound|reasonable|the right)|so too|so\b|the same|too\b))"
    r"|(?:i|tm) (?:think|thought|feel|felt) (?:that )?the evidence (?:is|was) (?:mixed|thin|weak|patchy|not there)"
    # the manager's own answer to the view: "SW wants a conference. I don't think the threshold is met",
    # "No - that's after the weekend", "I read them as a frightened boy" (not "I don't think mum knows")
    r"|(?:but |however,? )?(?:i|tm) (?:don't|do not|didn't|did not) think\b[^.;:]{0,50}?\b(?:met|ready|safe|enough|right|"
    r"working|needed|necessary|justified|proportionate|warranted|the answer|true|the case|the reason|the issue|"
    r"the problem|about)\b"
    r"|no\s*[-\u2013\u2014:;]\s"
    r"|(?:but |however,? )?(?:i|tm) (?:read|see|saw|took) (?:it|them|this|that|these|those|things) (?:as|differently)\b"
    r"|my (?:own )?(?:view|reading|sense|take) (?:is|was) (?:different|otherwise|less (?:positive|optimistic))"
    r"|(?:i|tm) (?:see|saw|read) it (?:differently|another way))")


# In a transcript or in bullets the manager marks their own turn "Me:"; it runs on over the following
# sentences until someone else's label.
# the manager's question in their turn that tests: one reading set against another, what we know,
# the worker's word thrown back, whose reading it is
_TURN_PROBE = re.compile(
    r"^(?:so |and |but |ok,? |good,? )?(?:(?:is|are|was|were|has|have|did|does) (?:he|she|they|it|this|that|[a-z]+) "
    r"[^?]{1,50}?,? or (?:has|have|is|are|was|were|did|does|just|is it|was it)\b"
    r"|how much (?:of (?:it|this|that) )?(?:is|was) [^?]{1,50}? and how much\b"
    r"|what do we (?:actually |really |even )?know (?:about|of)\b"
    r"|whose (?:view|doing|idea|word|reading|account|evidence|job|call)\b"
    r"|which [a-z]+\W*\?)")
# ... and the worker's word thrown back: "'Calm' meaning what?", "'fine' - what does he do after contact?"
_THROWN_BACK = re.compile(
    r"^(?:['\"\u2018\u201c][a-z' -]{1,25}['\"\u2019\u201d]\W*(?:how|meaning what|means what|on what(?: evidence| basis)?|"
    r"based on what|in what way|says who|according to whom|[-\u2013:,] ?(?:what|how|who|which|based on)\b[^?]{0,80})\s*\?"
    r"|on what(?: evidence| basis)?\s*\?|says who\s*\?|based on what\s*\?)")
# a question of news or time in the manager's turn: "When is the next session?", "Which day?"
_TURN_NEWS = re.compile(
    # ("Where's the evidence?" is not news)
    r"^(?:so |and |ok,? |good,? )?(?:(?:when|where)(?:'s| is| are| will| does| do| did) (?:the |our |this |next |his |her |their )?"
    r"(?:[a-z]+ )?(?:meeting|visit|review|conference|core group|appointment|contact|session|hearing|panel|supervision|call|"
    r"course|group|move|start)|what time|which (?:day|date|week|time|room|school|one)|how (?:did|was|is|are|'s)|"
    r"did (?:you|she|he|they) (?:see|get|manage|go)|any (?:news|update)|anything else)\b")
# the manager's labelled reply recasting the worker's word: "two no-shows is a pattern, not a blip",
# "keen isn't the test", "that's not well, that's a boy upset every week"
_RECAST = re.compile(
    # (only chance or the wrong target set aside: "the stability is the work now, not the food" is the
    # manager's own reading, reflection)
    r"^(?:[a-z0-9' -]{1,40}? (?:is|are|'s)|that's|that is|it's|it is|this is) (?:a |an |the |our )?"
    r"(?:[a-z' -]{1,30}, not (?:just )?(?:bad luck|a blip|a one-off|coincidence|chance|an accident|a phase|teething)"
    r"|real [a-z]+, not\b)"
    r"|^(?:that's|that is|it's|it is|this is) not [a-z' -]{1,30}, (?:that's|that is|it's|it is)\b"
    r"|^(?:that's|that is|this is|it's) not (?:a |an )?(?:[a-z]+ )?(?:response|answer|plan|safety plan|fix|solution)\b"
    r"|^[a-z' -]{1,30}? (?:isn't|is not|aren't|are not) (?:the )?(?:target|test|point|measure|goal|answer|question|issue|fix)\b")


# the worker's call and the manager's set side by side: "SW said NFA; I said two in three weeks is a
# strategy" (not "SW said Friday; I said fine")
_SAID_AGAINST = re.compile(
    r"\b(?:sw|ssw|the worker|worker|fsw) (?:said|says|wanted|wants|proposed|suggested) [^;.]{1,100}?[;,] (?:but )?(?:i|tm) "
    r"(?:said|say)\b(?! (?:fine|ok|okay|yes|agreed|good|great|thanks|that's fine)\b)")


# the worker's word quoted and then denied: "SW reads it as 'settled'. A girl whose dad won't speak to her
# isn't settled."
_QUOTED_WORD = re.compile(r"(?:^|[\s(])['\"\u2018\u201c]([a-z][a-z -]{2,20}?)['\"\u2019\u201d](?=[\s.,;:!?)]|$)")


_VIEW_GATE = _WORKER_WORDS + ("pa'",)  # ("pa" closing a word: "the PA's view")


def _denies(low: str, word: str) -> bool:
    return re.search(r"\b(?:isn't|is not|aren't|are not|wasn't|was not|not) (?:really |actually |yet |so )?"
                     + re.escape(word) + r"\b", low) is not None


# labelled lines with a dash for a colon: "Worker - wants to close.", "Me - on whose evidence?"
_DASH_LABEL = re.compile(r"^(?:(me|tm)|(worker|the worker|sw))\s*[-\u2013\u2014]\s+")
# the manager's later question in their turn, straight after the worker's view: a wh-question that is
# not a date, a place or an errand ("What happens the other four days?", not "Who is making the referral?")
_TURN_WH = re.compile(r"^(?:so |and |but |then )?(?:what|why|whose|how|where)\b")
_TURN_ERRAND = re.compile(r"^(?:so |and |but |then )?(?:what (?:time|date|day)|when|which|how (?:did|was|is|are|'s)|where (?:is|are|will))\b")
_AGREES = re.compile(r"^(?:agreed|agree|fine|good|great|yes|ok|okay|thanks|thank you|happy|that's fine|sounds)\b")


# the worker named rather than "SW": "Megan wants to wait for the MACE", "Abi read the texts as ..."
# (not a child of the note, a family member or a common word)
_NAMED_VIEW = re.compile(r"\b([A-Z][a-z]+)(?:-[A-Z][a-z]+)?(?: \([A-Za-z ]{1,14}\))? (?:wants|wanted|thinks|thought|"
                         r"reads|read|proposes|proposed|is keen|was keen|suggests|suggested|believes|believed)\b")
_NAMED_VIEW_GATE = (" wants", " wanted", " thinks", " thought", " read", " propos", " keen", " suggest", " believe")


def _named_view(note: Note, raw: str) -> bool:
    for m in _NAMED_VIEW.finditer(raw):
        n = m.group(1).lower()
        if n in note.kinds or n in _COMMON_CAPS or _RELATIVE_ROLE.fullmatch(n):
            continue
        # "mum's partner, Lee", "her friend (Jade)": family or a friend, not a colleague
        if re.search(_RELATIVES + r"(?:'s [a-z]+)?,? \(?" + n + r"\b", note.low_all) is None:
            return True
    return False


def _labelled_and_answered(note: Note, hits: list[Hit]) -> None:
    view_at = -9
    sents = note.sentences
    turn = ""
    agrees = False
    word_at = (-9, "")
    for i, s in enumerate(sents):
        low = s.low
        if ":" in low[:30]:
            m = _LABEL.match(low)
        elif low[:1] in "mtsw" and any(d in low[2:13] for d in "-\u2013\u2014"):
            m = _DASH_LABEL.match(low)
            if m is not None and m.group(2):
                view_at = i
        else:
            m = None
        if m is not None:
            turn = "m" if m.group(1) else ""
            agrees = turn == "m" and _AGREES.match(low, m.end()) is not None
        rest = low[m.end():] if m is not None else low
        if word_at[1] and 0 < i - word_at[0] <= 2 and _denies(low, word_at[1]):
            hits.append((0.75, s))
        if any(qm in low for qm in "'\"\u2018\u201c") and any(w in low for w in _VIEW_GATE) and _WORKER_VIEW.search(low):
            q = _QUOTED_WORD.search(low)
            if q is not None and "not" not in q.group(1).split():
                word_at = (i, q.group(1))
        if " said " in low and _SAID_AGAINST.search(low):
            hits.append((0.75, s))
        # (a named worker's turn is not taken as their view: the manager's open question after it,
        # "What do you make of that?", is as often a prompt to reflect)
        if turn == "m" and (m is not None or s.speaker != "worker"):
            if "?" in rest and not _quoted(rest) and (_TURN_PROBE.search(rest) and not _TURN_NEWS.match(rest)):
                hits.append((0.7, s))
            elif "?" in rest and _THROWN_BACK.match(rest):
                hits.append((0.7, s))
            elif m is not None and _RECAST.match(rest):
                hits.append((0.7, s))
            elif m is None and "?" in rest and not _NEWS_Q.search(rest) \
                    and not _TURN_NEWS.match(rest) and not _quoted(rest) and _PROBE.search(rest):
                hits.append((0.7, s))
            elif m is None and i - view_at <= 2 and not agrees and "?" in rest and _TURN_WH.match(rest) \
                    and not _TURN_ERRAND.match(rest) and not _NEWS_Q.search(rest) and not _TURN_NEWS.match(rest) \
                    and not _quoted(rest):
                hits.append((0.7, s))
        if m is not None and m.group(1) and "?" in low:
            if _PROBE.search(rest) or _LABELLED_PROBE.search(rest) or _TERSE_Q.search(rest):
                hits.append((0.7, s))
            elif i - view_at <= 2 and not _NEWS_Q.search(rest) and not _TURN_NEWS.match(rest) and not _quoted(rest) \
                    and not _TURN_ERRAND.match(rest):
                # the manager's question put straight back to the worker's plan or view: "FSW wants to
                # close. Me: closing on 10 quiet weeks?"
                hits.append((0.7, s))
        elif "?" in low and ": " in low:
            # the worker's view and the manager's question on one line: "FSW wants to close. me: why now?"
            k = low.find("me: ")
            if k > 0 and low[k - 1] in " .;-" and _WORKER_VIEW.search(low, 0, k) and "?" in low[k:] \
                    and not _NEWS_Q.search(low[k + 4:]):
                hits.append((0.7, s))
        if i - view_at > 2 and i and (_ANSWERED.match(low) or _COUNTER.match(low) or _CONCEDED.match(low)):
            # the worker named rather than "SW", looked for only when the manager's answer is here
            for j in (i - 1, i - 2):
                if j >= 0 and any(v in sents[j].low for v in _NAMED_VIEW_GATE) and _named_view(note, sents[j].raw):
                    view_at = j
                    break
        if i - view_at <= 2 and (_ANSWERED.match(low) or (0 < i - view_at and _COUNTER.match(low)) or (
                _CONCEDED.match(low) and i + 1 < len(sents) and sents[i + 1].low.startswith("but "))):
            hits.append((0.7, s))
        if (any(w in low for w in _WORKER_WORDS) or (s.heading and any(w in s.heading.lower() for w in _WORKER_WORDS))) and (
                _WORKER_VIEW.search(low) or (s.heading and _WORKER_VIEW.search(s.heading.lower()))):
            view_at = i


# a challenge verb whose subject is someone other than the manager: "Dad pushed back on the plan"
_OTHERS_VERBS = ("pushed back", "push back", "pushing back", "not convinced", "not persuaded", "unconvinced",
                 "ruled out", "rule out")


_NOBODY = ("nobody ", "no one ", "no-one ")
_REPORTED = re.compile(r"\b(?:says|said|told|tells|reports|reported|feels|felt|complains|complained)\b")


# challenge only named: "Manager challenge offered.", "TM challenged SW around the plan." (nothing put
# to the worker: the verb aimed at the plan in general and the clause ends there)
_NAMED_ONLY = re.compile(
    r"(?:(?:the |team )?manager|tm|management)(?:'s)? (?:challenge (?:was |is |has been )?(?:offered|provided|given|made|"
    r"evident|noted|discussed|completed|done|applied|undertaken)\b"
    r"|(?:challenged|questioned|queried|probed|tested)(?: (?:the )?(?:sw|ssw|worker|social worker|her|him|them))? "
    r"(?:around|about|on|re|regarding|in relation to|in respect of) (?:the )?(?:current )?(?:plan|case|progress|"
    r"decisions?|actions|risks?|drift|practice|work)\s*(?:[.;,]|$))")


# "The IRO has raised a dispute about drift", "school have complained the plan is drifting": drift
# named by someone outside supervision, which the manager records, not the manager's own challenge
_OTHERS_RAISE = re.compile(
    r"\b(?:iro|school|parents?|mum|dad|carers?|guardian|police|health|court|cafcass|solicitor|family|judge|ofsted)\b"
    r"(?:'s)?[^.;]{0,25}?\b(?:raised|raising|raises|complained|complains|complaining|disputed|disputes|disputing|"
    r"challenged|challenges|flagged|escalated|queried|questioned|issued|lodged)\b[^.;]{0,40}$"
)


def _drift_raised_by_others(c: Clause, start: int) -> bool:
    return c.low.startswith("drift", start) and _OTHERS_RAISE.search(c.low, max(0, start - 80), start) is not None


def _someone_else(note: Note, c: Clause, start: int, end: int) -> bool:
    if _NAMED_ONLY.match(c.low, start) or _drift_raised_by_others(c, start):
        return True
    if c.low.startswith(_NOBODY, start):
        return _REPORTED.search(c.low, 0, start) is not None  # "mum says nobody has asked her": her complaint
    return c.low.startswith(_OTHERS_VERBS, start) and not _manager_asks(note, c, start)


# Group supervision: one worker presents, colleagues test the plan, the manager chairs and records it
_GROUP_WORDS = ("group", "present", "peer", "chair")
_GROUP_NOTE = re.compile(
    r"\bgroup (?:supervision|case discussion|discussion|consultation|session)\b|\bpresenting(?: workers?| sw)?\s*:"
    r"|\bpresenting workers?\b|\bpeer (?:view|question|challenge)s?\b|\b(?:brought|presented) (?:to (?:the )?group|by)\b"
    r"|\b(?:to|in) (?:the )?group\b|\bgroup:|\bpresent:|\bi chaired\b|\b(?:i|me) \(chair\)|\bchair: me\b"
    # "Bea (ASYE) presented Amir, 4, CP"
    r"|\bpresented [a-z'-]+(?: [a-z'-]+)?,? \(?\d{1,2}\b")
# who brought the case: their own questions are not the group's test of it ("presenting worker: Owen",
# "Bea (ASYE) presented", "presented by Owen", "Owen's case")
_PRESENTER_NAMED = (re.compile(r"presenting(?: workers?| sw)?\s*:?\s*([a-z]+)"),
                    re.compile(r"(?:presented|brought) (?:to (?:the )?group )?by ([a-z]+)"))
_PRESENTER_BEFORE = (re.compile(r"present(?:ed|ing)\b(?! (?:to (?:the )?group )?by\b)"), re.compile(r"'s case\b"))
_WORD_BEFORE = re.compile(r"([a-z]+)(?: \([a-z]+\))? ?$")


def _presenters(low_all: str) -> set[str]:
    out = {m.group(1) for rx in _PRESENTER_NAMED for m in rx.finditer(low_all)}
    for rx in _PRESENTER_BEFORE:
        for m in rx.finditer(low_all):
            w = _WORD_BEFORE.search(low_all, max(0, m.start() - 30), m.start())
            if w is not None:
                out.add(w.group(1))
    return out


# a colleague named in the record questions the plan: "Nadia asked whether ...", "Carys (AP) challenged that"
_PEER_ASKS = re.compile(
    r"\b([A-Z][a-z]+)(?: \(([A-Za-z ]{1,14})\))? (?:(challenged|questioned|queried|pushed back)\b"
    r"|asked(?: [A-Z][a-z]+)?(?=:| (?:whether|if|why|what|how|for)\b))")
_PEER_NEWS = re.compile(r"\W*(?:(?:what|which) (?:time|day|date|room)|when|where)\b")
_PEER_NOT_PLAN = re.compile(r" (?:by|me|him|her|them)\b")  # "was challenged by", a peer challenging a person
_PEER_HOW = re.compile(r" " + _HOW_PROBE)
_PEER_FOR = re.compile(r" for (?:" + _PROOF + r"|evidence|the evidence|more evidence)")
_RELATIVES = (r"(?:mum|mother|dad|father|partner|boyfriend|girlfriend|nan|gran|grandma|grandad|aunt|auntie|"
              r"uncle|brother|sister|carer|stepdad|stepmum|cousin|friend)")
_RELATIVE_ROLE = re.compile(_RELATIVES)
# "mum's partner, Lee", "her friend (Jade)": a family member or friend named, not a colleague
_RELATIVE_NAMED = re.compile(r"\b" + _RELATIVES + r"(?:'s [a-z]+)?,? \(?([a-z]+)\b")
# a peer's turn marked in the record: "Peer view (Nadia): is this about ... or ...?"
_PEER_TURN = re.compile(r"^peer (?:view|question|challenge|q)s?(?: \([a-z]+\))?\s*:\s*")


def _peers_ask(note: Note, hits: list[Hit]) -> None:
    low_all = note.low_all
    if not any(w in low_all for w in _GROUP_WORDS) or _GROUP_NOTE.search(low_all) is None:
        return
    not_peers = None
    for s in note.sentences:
        low = s.low
        if s.speaker == "worker":
            continue
        if low.startswith("peer") and "?" in low:
            m = _PEER_TURN.match(low)
            if m is not None and not _NEWS_Q.search(low, m.end()) and not _TURN_NEWS.match(low, m.end()):
                hits.append((0.75, s))
                continue
        if not any(v in low for v in (" asked", " challenged", " questioned", " queried", " pushed back")):
            continue
        for m in _PEER_ASKS.finditer(s.raw):
            name, role = m.group(1).lower(), (m.group(2) or "").lower()
            if name in note.kinds or name in _COMMON_CAPS or _RELATIVE_ROLE.search(role):
                continue
            if not_peers is None:
                not_peers = _presenters(low_all)
                not_peers.update(m2.group(1) for m2 in _RELATIVE_NAMED.finditer(low_all))
            if name in not_peers:
                continue
            rest = s.raw[m.end():].lower()
            if m.group(3) is None:
                if rest.startswith(":"):
                    if "?" not in rest:
                        continue
                elif _PEER_NEWS.match(rest) or (rest.startswith(" for") and not _PEER_FOR.match(rest)) \
                        or (rest.startswith(" how") and _PEER_HOW.match(rest) is None):
                    continue
            elif _PEER_NOT_PLAN.match(rest):
                continue
            hits.append((0.75, s))
            break


def detect_challenge(note: Note, decision_like: set[int]) -> list[Hit]:
    hits: list[Hit] = []
    _labelled_and_answered(note, hits)
    _peers_ask(note, hits)
    seen_asked = None
    for c in note.clauses:
        sent = c.sent
        if "?" in c.low and sent.speaker != "worker" and not note.letter and not is_form_question(note, sent):
            # a probing question: the manager's in a dialogue, or the record's own (not quoted)
            if sent.speaker == "manager":
                if _PROBE.search(c.low):
                    hits.append((0.7, sent))
            elif not _quoted(c.low):
                m = _PROBE.match(c.low)
                if (m is not None and not _FORM_QUESTION.match(c.low)) or _TERSE_Q.search(c.low):
                    hits.append((0.7, sent))
        head = sent.heading
        if head and sent is not seen_asked:
            seen_asked = sent
            hl = head.lower()
            if _PROBE_ASKED.search(hl):
                hits.append((0.7, sent))  # "Q: How do we know he has left? A: ..."
        if ("before" in c.toks or "until" in c.toks) and _HELD.search(c.low) and not (
                c.low.startswith("decision") or "decision" in head.lower()):
            hits.append((0.75, sent))
    cue_hits(note, T_CHALLENGE, hits, decision_like, skip=lambda c, s, e: _someone_else(note, c, s, e))
    box_topic_hits(note, "challenge", BOX_TOPIC, hits, skip_match=lambda c, s, e: _box_skip(note, c, s, e))
    return hits
