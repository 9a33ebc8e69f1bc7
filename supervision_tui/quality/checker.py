"""assess / assess_text / next_prompt: a note in, an Assessment out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Assessment, Band, CaseDiscussion, Criterion, CriterionId
from .criteria import (
    Note,
    decision_sentences,
    detect_actions,
    detect_challenge,
    detect_decisions,
    detect_depth,
    detect_impact,
    detect_lived,
    detect_progress,
    detect_reflection,
    detect_risk,
    prepare,
)
from .rubric import PROMPT_PRIORITY, RUBRIC_VERSION, SPECS
from . import second_reading
from .scoring import band_for, is_brief_descriptive, score_for
from .text import Sentence, is_filler, segment
from .lexicon import TIMESCALE

_IDS = tuple(CriterionId)
_ID_KEYS = tuple((cid, cid.value) for cid in _IDS)  # Enum.value is a slow property
_MET = 0.5
# the section (a box of the app, or a heading) named for a criterion, where it is not the criterion's id
_OWN_SECTION = {"child_impact": "impact"}
_NAME_GUESS = re.compile(
    r"\b([A-Z][a-z]+|[A-Z])\s*\(\s*(?:aged?\s*)?\d|^Dear ([A-Z][a-z]+)|\bBaby ([A-Z][a-z]*)\b", re.M
)


def _aggregate(hits: list[tuple[float, Sentence]]) -> tuple[float, str]:
    if not hits:
        return 0.0, ""
    best_w, best_s = hits[0]
    strong = 0
    for w, s in hits:
        if w > best_w:
            best_w, best_s = w, s
        if w >= _MET:
            strong += 1
    bonus = 0.05 * min(4, max(0, strong - 1)) if best_w >= _MET else 0.0
    return min(1.0, best_w + bonus), best_s.text.strip()


def _evaluate(
    note: Note,
    structured: dict[str, list[tuple[float, Sentence]]] | None = None,
    keep: dict[str, list[tuple[float, Sentence]]] | None = None,
    turned: dict[str, Sentence] | None = None,
    unmet_out: dict[str, str] | None = None,
) -> dict[str, tuple[float, str]]:
    """Each criterion's (strength, evidence); `keep`, when given, receives every hit, and
    `turned` each criterion the second reading met, with the sentence it cites, and `unmet_out`
    each it unmet, with the rules' sentence it doubted."""
    decision_like = decision_sentences(note)
    decided = detect_decisions(note)
    raw: dict[str, list[tuple[float, Sentence]]] = {
        "reflection": detect_reflection(note, decision_like),
        "lived_experience": detect_lived(note),
        "child_impact": detect_impact(note),
        "risk": detect_risk(note),
        "challenge": detect_challenge(note, decision_like),
        "decisions": decided,
        # (an action met already in the Actions boxes, owner and date filled, needs no more reading)
        "actions": detect_actions(note, any(w >= _MET for w, _ in (structured or {}).get("actions", ()))),
        "progress": detect_progress(note, decided),
    }
    if structured:
        for k, extra in structured.items():
            raw[k].extend(extra)
    if keep is not None:
        keep.update(raw)
    out = {k: _aggregate(v) for k, v in raw.items()}
    ds, dsent = detect_depth(note)
    out["depth"] = (ds, dsent.text.strip() if (dsent is not None and ds >= _MET) else "")
    met, unmet = _second_look(out, note, raw)
    if turned is not None:
        turned.update(met)
    if unmet_out is not None:
        unmet_out.update(unmet)
    return out


# The learned second reading (second_reading.py): SECOND_READING None means the one shipped;
# _use_second False reads by the rules alone (how scripts/train_second_reading.py gets the rules'
# strengths it learns from, and measures a held-out author with and without it).
SECOND_READING: second_reading.SecondReading | None = None
_use_second = True


def _settled(k: str, hits: list[tuple[float, Sentence]]) -> bool:
    """Whether the rules met `k` in its own box or under its own heading ("As a result, nothing
    has changed for M: she still arrives hungry" in the Impact box), or a manager settled it in
    the app's own tables (their entries are hits of the "decisions" and "risk" sections)."""
    own = _OWN_SECTION.get(k, k)
    return any(w >= _MET and x.section == own for w, x in hits)


def _second_look(
    results: dict[str, tuple[float, str]], note: Note, hits: dict[str, list[tuple[float, Sentence]]]
) -> tuple[dict[str, Sentence], dict[str, str]]:
    """Let the second reading read the note as a whole: meet what the rules' cues missed, and
    unmeet what they met, each only when it is fairly sure; never what is `_settled` by the
    rules' `hits`, whatever the words weigh.

    Returns, for each criterion it met, the sentence it cites (the rules' own best sentence for
    that criterion when they had one, else the sentence whose words weigh most towards it), and
    for each it unmet, the rules' sentence it doubted."""
    if not _use_second:
        return {}, {}
    model = SECOND_READING or second_reading.default()
    low = note.low_all
    if len(low.split()) < model.min_words:
        return {}, {}
    missed = [k for k in model.criteria if results[k][0] < _MET]
    # a letter to the child ("you" is the child) is a form it learned from few notes: it may meet
    # there, not overrule the rules
    doubted = (
        [k for k in model.criteria if results[k][0] >= _MET and not _settled(k, hits[k])]
        if model.unmeet and not note.letter
        else []
    )
    if not missed and not doubted:
        return {}, {}
    counts = model.features(low)
    probs = model.probabilities(counts, {k: v[0] for k, v in results.items()})
    unmet = {k: results[k][1] for k in doubted if probs[k] < model.unmeet}  # type: ignore[operator]
    for k in unmet:
        results[k] = (probs[k], "")
    met: dict[str, Sentence] = {}
    content = None
    for k in missed:
        p = probs[k]
        if p < model.threshold:
            continue
        if content is None:
            content = [x for x in note.sentences if not x.filler]
        ev = results[k][1]
        carrier = next((x for x in content if x.text.strip() == ev), None) if ev else None
        if carrier is None:
            j = model.weightiest(k, counts, [x.text.lower() for x in content])
            if j is None:
                continue  # nothing in the words to point at: the rules' verdict stands
            carrier = content[j]
        results[k] = (p, carrier.text.strip())
        met[k] = carrier
    return met, unmet


# each alternative of _NAME_GUESS holds one of these: without them it cannot match (and its
# scan of a whole note, trying three alternatives at every character, is skipped)
_AGE_PAREN = re.compile(r"\(\s*(?:aged?\s*)?\d")


def _child_label(child: str | None, text: str) -> str:
    if child and child.strip():
        return child.strip()
    if "Dear " not in text and "Baby " not in text and ("(" not in text or not _AGE_PAREN.search(text)):
        return "the child"
    m = _NAME_GUESS.search(text)
    if m:
        return next(g for g in m.groups() if g)
    return "the child"


def _fast(cls, **values):
    """Build a model we have already validated by construction (model_construct, minus overhead)."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


_PROMPTS: dict[tuple[str, str], str] = {}


def _prompt(k: str, child: str) -> str:
    """SPECS[k].prompt for this child (most notes say "the child" or a few names: cached)."""
    p = _PROMPTS.get((k, child))
    if p is None:
        if len(_PROMPTS) >= 4096:
            _PROMPTS.clear()
        p = _PROMPTS[(k, child)] = SPECS[k].prompt.format(child=child)
    return p


def _doubted_prompt(k: str, child: str, sentence: str) -> str:
    """The criterion's question, and why it is asked although a sentence reads like an answer:
    the second reading unmet it, and the manager should see which words it doubted."""
    quote = sentence if len(sentence) <= 90 else sentence[:87].rstrip() + "..."
    return f'"{quote}" reads like it, but read as a whole the note does not show it yet. {_prompt(k, child)}'


def _build(results: dict[str, tuple[float, str]], child: str, doubted: dict[str, str] | None = None) -> Assessment:
    met = {k: results[k][0] >= _MET for k in results}
    brief = is_brief_descriptive(met)
    band = band_for(met, brief)
    strengths = {k: round(results[k][0], 3) for k in results}
    criteria: dict[CriterionId, Criterion] = {}
    for cid, k in _ID_KEYS:
        spec = SPECS[k]
        ok = met[k]
        criteria[cid] = _fast(
            Criterion,
            id=cid,
            met=ok,
            strength=strengths[k],
            evidence=results[k][1] if ok else "",
            prompt="" if ok else (_doubted_prompt(k, child, doubted[k]) if doubted and k in doubted else _prompt(k, child)),
            ofsted=spec.ofsted,
        )
    return _fast(
        Assessment,
        criteria=criteria,
        brief_descriptive=brief,
        score=score_for(band, strengths),
        band=band,
        rubric_version=RUBRIC_VERSION,
    )


def assess_text(text: str, child: str | None = None) -> Assessment:
    """Assess free text (a note exported from another system, or typed in one block)."""
    text = text or ""
    child_a = _reads_a(child) or (_A_INITIALS.search(text, 0, 300) is not None)
    sentences, read = _segment(text, None, child_a)
    note = prepare(sentences, read, tuple(x for x in (child, "Q" if child_a else None) if x))
    doubted: dict[str, str] = {}
    return _build(_evaluate(note, unmet_out=doubted), _child_label(child, text), doubted)


def _owner_given(owner: str) -> bool:
    o = owner.strip().lower().strip(".")
    return bool(o) and o not in {"n/a", "na", "none", "tbc", "tbd", "-", "?", "unknown", "nobody", "no one"}


def assess(discussion: CaseDiscussion, child: str | None = None) -> Assessment:
    """Assess a structured case discussion, using the section each text sits in as a hint."""
    return _assess(discussion, child, None)


# The criterion each of the seven text boxes asks for (CaseDiscussion.SECTION_FIELDS).
BOX_CRITERION: dict[str, str] = {
    "update": "depth",
    "lived_experience": "lived_experience",
    "reflection": "reflection",
    "risk": "risk",
    "impact": "child_impact",
    "challenge": "challenge",
    "progress": "progress",
}
# "What is happening" asks for the facts since the last supervision: a line or two of them
_UPDATE_WORDS = 15


@dataclass(frozen=True, slots=True)
class BoxVerdict:
    """Whether one box's own words do what the box asks, whatever the rest of the note says."""

    box: str  # a CaseDiscussion section field
    criterion: str  # the criterion id the box asks for
    met: bool
    evidence: str  # the box's own sentence that does it
    prompt: str  # when not met: the question that would make this box do its job
    empty: bool  # nothing (or only filler) typed in the box


def assess_boxes(discussion: CaseDiscussion, child: str | None = None) -> tuple[Assessment, dict[str, BoxVerdict]]:
    """The assessment (exactly as `assess`) and, for each text box, its own verdict and prompt.

    A box is judged only by the sentences typed in it, so a filler Impact box stays unmet with
    its prompt even when another box's sentence met impact for the child."""
    boxes: dict[str, list[Sentence]] = {}
    assessment = _assess(discussion, child, boxes)
    hits: dict[str, list[tuple[float, Sentence]]] = boxes.pop("_hits")  # type: ignore[assignment]
    turned: dict[str, Sentence] = boxes.pop("_turned")  # type: ignore[assignment]
    unmet: dict[str, str] = boxes.pop("_unmet")  # type: ignore[assignment]
    who = _child_label(child or discussion.child_initials or None, discussion.full_text())
    out: dict[str, BoxVerdict] = {}
    for box, k in BOX_CRITERION.items():
        own = boxes.get(box, [])
        content = [x for x in own if not x.filler]
        ids = {id(x) for x in own}
        best_w, best = 0.0, ""
        if k == "depth":
            words = sum(len(x.text.split()) for x in content)
            if words >= _UPDATE_WORDS:
                best_w, best = 1.0, max(content, key=lambda x: len(x.raw)).text.strip()
        elif k in unmet:
            pass  # the second reading found the note does not do it: no box does it either
        elif k in turned and id(turned[k]) in ids:
            # the second reading met this criterion for the note: the box holding the sentence
            # it cites does the box's job
            best_w, best = 1.0, turned[k].text.strip()
        else:
            for w, sent in hits.get(k, ()):
                if id(sent) in ids and w > best_w:
                    best_w, best = w, sent.text.strip()
        met = best_w >= _MET
        # empty: nothing typed; a box of filler only ("Impact discussed.") is "not yet", with its prompt
        out[box] = BoxVerdict(box, k, met, best if met else "", "" if met else _prompt(k, who), not own)
    return assessment, out


# A child whose initials start with A, called "A" in the boxes ("A said she wants to stay", "A's
# school"), reads as the article to a lower-cased reading: where the capital stands as a name
# (before a verb, "'s" or an age) it is read as another letter that is no word, "Q", and every
# sentence's verbatim text keeps its "A".
_CHILD_A = re.compile(
    r"(?<![\w'\u2019.-])A(?=(?:'s|\u2019s)\b|\s+\(\d|\s+(?:said|says|told|tells|is|was|has|had|does|did|can|cannot|can't|"
    r"will|would|wants|wanted|likes|liked|loves|feels|felt|seems|seemed|appears|appeared|presents|presented|"
    r"reached|settled|enjoys|enjoyed|goes|went|attends|attended|sleeps|slept|eats|ate|talks|talked|described|"
    r"shared|showed|drew|remains|remained|still|now|no|isn't|wasn't|doesn't|didn't|hasn't|won't|cried|asked|"
    r"became|becomes|gets|got|spends|spent|stays|stayed|lives|lived|looks|looked|plays|played|smiled|laughed)\b)"
)
_Q_WORD = re.compile(r"\bq\b", re.I)
_PLACED_Q = re.compile(r"(?<![\w'\u2019.-])Q\b")


# a note that opens on the child's initials, "A.B., 14 months": "A" may be the child after it
_A_INITIALS = re.compile(r"(?<![\w.])A\.[A-Z]\b\.?")


def _reads_a(child: str | None) -> bool:
    """Whether the child's initials start with A ("A.W.", "A"), not a name ("Amy")."""
    c = (child or "").strip()
    return c[:1] == "A" and (len(c) == 1 or not c[1].islower())


def _segment(value: str, section: str | None, child_a: bool) -> tuple[list[Sentence], str]:
    """segment(value, section), with a child called "A" read as a name (_CHILD_A); and the text read."""
    if child_a and "A" in value and _Q_WORD.search(value) is None:
        read = _CHILD_A.sub("Q", value)
        if read != value:
            out = segment(read, section=section)
            for x in out:
                if "Q" in x.text:
                    x.text = _PLACED_Q.sub("A", x.text)
            return out, read
    return segment(value, section=section), value


def _assess(discussion: CaseDiscussion, child: str | None, boxes: dict | None) -> Assessment:
    child = child or discussion.child_initials or None
    child_a = _reads_a(child) or _reads_a(discussion.child_initials)
    sentences: list[Sentence] = []
    chunks: list[str] = []
    for name in CaseDiscussion.SECTION_FIELDS:
        value = getattr(discussion, name)
        if value and value.strip():
            own, value = _segment(value, name, child_a)
            sentences.extend(own)
            chunks.append(value)
            if boxes is not None:
                boxes[name] = own
    structured: dict[str, list[tuple[float, Sentence]]] = {"decisions": [], "actions": [], "risk": []}
    for d in discussion.decisions:
        if not d.decision.strip():
            continue
        dsents, read = _segment(d.decision, "decisions", child_a)
        sentences.extend(dsents)
        chunks.append(read)
        if d.rationale.strip():
            rsents, read = _segment(d.rationale, "decisions", child_a)
            sentences.extend(rsents)
            chunks.append(read)
        if dsents and not is_filler(d.decision) and d.rationale.strip() and not is_filler(d.rationale):
            ev = f"{d.decision.strip()} Rationale: {d.rationale.strip()}"
            structured["decisions"].append((0.9, Sentence(ev, ev.lower(), ev, "decisions", False)))
    for a in discussion.actions:
        if not a.action.strip():
            continue
        asents, read = _segment(a.action, "actions", child_a)
        sentences.extend(asents)
        chunks.append(read)
        if is_filler(a.action) or not _owner_given(a.owner):
            continue
        if a.due is not None or TIMESCALE.search(a.action.lower()):
            ev = a.action.strip() + f" (owner: {a.owner.strip()}" + (f", due {a.due.isoformat()})" if a.due else ")")
            structured["actions"].append((0.9, Sentence(ev, ev.lower(), ev, "actions", False)))
    if discussion.safety_scale is not None and discussion.risk.strip() and not is_filler(discussion.risk):
        ev = f"Safety scale {discussion.safety_scale}/10: {discussion.risk.strip()}"
        structured["risk"].append((0.85, Sentence(ev, ev.lower(), ev, "risk", False)))
    text = "\n".join(chunks)
    extra = tuple(x for x in (child, discussion.child_initials, "Q" if child_a else None) if x)
    note = prepare(sentences, text, extra)
    if child_a:
        text = _PLACED_Q.sub("A", text)  # (the child's label is guessed from the words as typed)
    doubted: dict[str, str] = {}
    if boxes is None:
        return _build(_evaluate(note, structured, unmet_out=doubted), _child_label(child, text), doubted)
    hits: dict[str, list[tuple[float, Sentence]]] = {}
    turned: dict[str, Sentence] = {}
    out = _build(_evaluate(note, structured, hits, turned, doubted), _child_label(child, text), doubted)
    boxes["_hits"] = hits
    boxes["_turned"] = turned
    boxes["_unmet"] = doubted
    return out


def decision_has_reason(decision: str, rationale: str = "") -> bool:
    """Whether a key decision carries its reason: in its Why box, or in its own words ("Refer
    to NRM because M.R. meets the CCE indicators", "Decision: PLO - nothing has changed")."""
    if not decision.strip() or is_filler(decision):
        return False
    if rationale.strip() and not is_filler(rationale):
        return True
    sentences = segment(decision, section="decisions")
    note = prepare(sentences, decision)
    return any(w >= _MET for w, _ in detect_decisions(note))


def next_prompt(assessment: Assessment) -> str:
    """The single most useful next question for the manager, naming the child when known."""
    crit = assessment.criteria
    met = {k.value if hasattr(k, "value") else str(k): v.met for k, v in crit.items()}

    def prompt_of(k: str) -> str:
        c = crit[CriterionId(k)]
        return c.prompt or SPECS[k].prompt.format(child="the child")

    # What stops the record being brief and descriptive comes first, then what the next band needs.
    if assessment.brief_descriptive:
        if not (met["lived_experience"] or met["child_impact"] or met["reflection"]):
            for k in ("lived_experience", "child_impact", "reflection"):
                return prompt_of(k)
        if not met["depth"]:
            return prompt_of("depth")
    if assessment.band in (Band.inadequate, Band.requires_improvement):
        for k in ("child_impact", "reflection", "decisions"):
            if not met[k]:
                return prompt_of(k)
    if assessment.band != Band.outstanding and not met["challenge"]:
        return prompt_of("challenge")
    for k in PROMPT_PRIORITY:
        if not met[k]:
            return prompt_of(k)
    return "Every area is covered. Is there anything the child would want added, in their own words?"
