"""From the nine criteria to Ofsted's pattern, a band and a 0-100 score (LABELS.md rules)."""

from __future__ import annotations

from ..models import BAND_ORDER, Band

# The score is a continuous reading of the nine criteria: mostly their strengths (how much of
# each the note does, met or not), partly the band (so the score still rises with the band an
# auditor would give). The band itself is the LABELS.md rule and nothing else; a strong "good"
# can outscore a weak "outstanding", and scores spread over 0-100 with no empty ranges.
STRENGTH_SHARE = 0.7


def is_brief_descriptive(met: dict[str, bool]) -> bool:
    """Ofsted's pattern: too short, or no reflection, impact or lived experience."""
    return (not met["depth"]) or not (met["reflection"] or met["child_impact"] or met["lived_experience"])


def band_for(met: dict[str, bool], brief_descriptive: bool | None = None) -> Band:
    """The band an auditor would give from the criteria (LABELS.md)."""
    if brief_descriptive is None:
        brief_descriptive = is_brief_descriptive(met)
    n = sum(1 for v in met.values() if v)
    if brief_descriptive and n <= 2:
        return Band.inadequate
    if n >= 8 and met["challenge"]:
        return Band.outstanding
    if n >= 6 and met["reflection"] and met["child_impact"] and met["decisions"]:
        return Band.good
    return Band.requires_improvement


def score_for(band: Band, strengths: dict[str, float]) -> int:
    """0-100: 70% the mean strength of the nine criteria, 30% the band's place in the order."""
    mean = sum(strengths.values()) / max(1, len(strengths))
    place = BAND_ORDER[band] / (len(BAND_ORDER) - 1)
    return max(0, min(100, round(100 * (STRENGTH_SHARE * mean + (1 - STRENGTH_SHARE) * place))))


def band_rank(band: Band | str) -> int:
    return BAND_ORDER[Band(band)]
