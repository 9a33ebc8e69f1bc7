"""Checking a filter before reporting or exporting: a filter that matches nothing must say so,
never print a report of zeros that reads as "all clear".

Pure Python over the store; the command line turns `NothingMatches` into one line on stderr.
"""

from __future__ import annotations

import difflib
from dataclasses import replace

from ..store import RecordFilter, Store
from ..store import reports as q

LABELS = {"team": "team", "supervisor": "supervisor", "supervisee": "supervisee"}


class NothingMatches(ValueError):
    """The filter names something that is not there, or selects no record."""


def describe(filt: RecordFilter) -> str:
    """The filter in words, for messages and headings."""
    parts = []
    if filt.date_from:
        parts.append(f"from {filt.date_from.isoformat()}")
    if filt.date_to:
        parts.append(f"to {filt.date_to.isoformat()}")
    for name in q.NAME_COLUMNS:
        if getattr(filt, name):
            parts.append(f"{name} {getattr(filt, name)}")
    if filt.status:
        parts.append(f"status {getattr(filt.status, 'value', filt.status)}")
    return ", ".join(parts) or "all records"


def near_names(wanted: str, known: list[str], n: int = 3) -> list[str]:
    """The known names closest to `wanted`, ignoring case; those that contain it first."""
    folded = {k.casefold(): k for k in known}
    w = wanted.strip().casefold()
    containing = [k for f, k in folded.items() if w and (w in f or f in w)]
    close = [folded[f] for f in difflib.get_close_matches(w, list(folded), n=n, cutoff=0.6)]
    return list(dict.fromkeys(containing + close))[:n]


def resolve_filter(store: Store, filt: RecordFilter) -> RecordFilter:
    """The filter with each name as the records spell it, or `NothingMatches`.

    A name that differs only in case (or surrounding spaces) is taken to mean the
    recorded one. A name not recorded at all, --from after --to, or a filter that
    selects no record raises, naming the nearest names where there are some.
    """
    if filt.date_from and filt.date_to and filt.date_from > filt.date_to:
        raise NothingMatches(
            f"--from {filt.date_from.isoformat()} is after --to {filt.date_to.isoformat()}: no day is in both"
        )
    changes = {}
    for name in q.NAME_COLUMNS:
        wanted = getattr(filt, name)
        if not wanted:
            continue
        known = q.names(store, name)
        if wanted in known:
            continue
        same = [k for k in known if k.casefold() == wanted.strip().casefold()]
        if len(same) == 1:
            changes[name] = same[0]
            continue
        near = near_names(wanted, known)
        hint = f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else f" ({len(known)} {name}s recorded)"
        raise NothingMatches(f"no {name} called {wanted!r}{hint}")
    filt = replace(filt, **changes) if changes else filt
    if describe(filt) != "all records" and store.count(filt) == 0:
        raise NothingMatches(f"no records match {describe(filt)}")
    return filt
