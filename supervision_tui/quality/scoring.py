"""From the nine criteria to Ofsted's pattern, a band and a 0-100 score (LABELS.md rules)."""

from __future__ import annotations

from ..models import BAND_ORDER, Band

# Each band owns a score range; within it the score follows the criteria's strengths, so the
# score is monotone with the band and still separates a strong "good" from a weak one.
BAND_RANGES: dict[Band, tuple[int, int]] = {
    Band.inadequate: (0, 39),
    Band.requires_improvement: (40, 64),
    Band.good: (65, 84),
    Band.outstanding: (85, 100),
}


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
    """0-100: the band's range, placed within it by the mean strength of the nine criteria."""
    lo, hi = BAND_RANGES[band]
    mean = sum(strengths.values()) / max(1, len(strengths))
    return max(lo, min(hi, lo + round(mean * (hi - lo))))


def band_rank(band: Band | str) -> int:
    return BAND_ORDER[Band(band)]
