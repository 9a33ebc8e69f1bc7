"""`verify` in full: what the store proves from inside the file (Store.verify), plus every
stored score recomputed from its case discussion, so that an edited band or score cannot
reach an export unseen. No textual, no rich."""

from __future__ import annotations

from .store import Store, VerifyResult


def verify_database(store: Store, key: str | None = None, anchor: tuple[int, str] | None = None,
                    jobs: int | None = None) -> VerifyResult:
    """Store.verify, then the stored scores. A score made by the current rubric after its
    record's last change is recomputed and must agree; older ones (another rubric, or a record
    changed since) cannot be, and are counted in `scores_unchecked`. The recomputing runs on
    `jobs` worker processes (default: every core this process may use; 1: in this process)."""
    from .batch.pool import ordered_map
    from .batch.work import recheck_scores

    result = store.verify(key=key, anchor=anchor)
    result.scores_checked = result.scores_unchecked = 0
    if result.integrity != "ok":
        return result
    if jobs is None:
        from .batch.pool import default_jobs

        jobs = default_jobs() if store.count_discussions() >= 1000 else 1  # else starting workers costs more

    def tasks():
        for batch in store.iter_scores_to_verify():
            for i in range(0, len(batch), 250):
                yield batch[i:i + 250]

    wrong = []
    for checked, unchecked, ids in ordered_map(recheck_scores, tasks(), jobs):
        result.scores_checked += checked
        result.scores_unchecked += unchecked
        wrong.extend(ids)
    for did in wrong[:20]:
        result.problems.append(f"the stored score of case discussion {did} is not what the checker gives (edited?)")
    if len(wrong) > 20:
        result.problems.append(f"and {len(wrong) - 20:,} more stored scores that the checker does not give")
    return result
