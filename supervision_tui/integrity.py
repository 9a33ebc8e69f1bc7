"""`verify` in full: what the store proves from inside the file (Store.verify), plus every
stored score recomputed from its case discussion, so that an edited band or score cannot
reach an export unseen. No textual, no rich."""

from __future__ import annotations

from .store import Store, VerifyResult


def verify_database(store: Store, key: str | None = None, anchor: tuple[int, str] | None = None) -> VerifyResult:
    """Store.verify, then the stored scores. A score made by the current rubric after its
    record's last change is recomputed and must agree; older ones (another rubric, or a record
    changed since) cannot be, and are counted in `scores_unchecked`."""
    from .models import CRITERIA, CaseDiscussion
    from .quality import RUBRIC_VERSION, assess

    result = store.verify(key=key, anchor=anchor)
    result.scores_checked = result.scores_unchecked = 0
    if result.integrity != "ok":
        return result
    parse = CaseDiscussion.model_validate_json
    wrong = []
    for batch in store.iter_scores_to_verify():
        for row in batch:
            did, rubric, fresh, body = row[0], row[1], row[14], row[15]
            if rubric != RUBRIC_VERSION or not fresh:
                result.scores_unchecked += 1
                continue
            result.scores_checked += 1
            stored = (rubric, row[2], row[3], *map(bool, row[4:14]))
            a = assess(parse(body))
            if (a.rubric_version, a.score, a.band.value, a.brief_descriptive,
                    *[a.criteria[c].met for c in CRITERIA]) != stored:
                wrong.append(did)
    for did in wrong[:20]:
        result.problems.append(f"the stored score of case discussion {did} is not what the checker gives (edited?)")
    if len(wrong) > 20:
        result.problems.append(f"and {len(wrong) - 20:,} more stored scores that the checker does not give")
    return result
