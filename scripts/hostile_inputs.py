"""Time the checker on hostile and pathological notes: long unpunctuated clauses, quotes that never
close, chains of the words new rules look for, terminal escapes and markup.

    python scripts/hostile_inputs.py

Prints, for each probe, its words and the milliseconds to assess it as free text and typed into
three boxes. A rule whose pattern scans back over the whole clause at every match shows here as
seconds where its neighbours take tens of milliseconds (round 13: one-word scare quotes took 0.9 s
for 6,000 words until the look-back was bounded; now about 30 ms).
"""
from __future__ import annotations

import time

from supervision_tui.models import CaseDiscussion
from supervision_tui.quality import assess, assess_text

PROBES = {
    "'she ... and' with no stop": "she went to school and " * 1200 + "asked why",
    "quotes that never close": "she said 'because " * 1000,
    "apostrophes, no quotes": "mum's 'dad's 'it's " * 1500,
    "'asked' chained": "asked whether asked why " * 1500,
    "'on her own' repeated": "on her own " * 2500,
    "a group's peers asking": "Group supervision. " + "Asha (SW) asked whether the plan works and " * 600,
    "'Dec:' headings only": "Dec: " * 3000,
    "dash turns": "Worker - why? Me - why? " * 1200,
    "one-word scare quotes": "over a 'debt' " * 2000,
    "escapes and markup": "\x1b[31m[bold]red[/bold]\x1b[0m asked why 'because' " * 800,
}


def main() -> None:
    for name, text in PROBES.items():
        t = time.perf_counter()
        assess_text(text)
        free = time.perf_counter() - t
        t = time.perf_counter()
        assess(CaseDiscussion(case_ref="H", child_initials="Q", reflection=text, challenge=text[:5000], risk=text[:5000]))
        boxes = time.perf_counter() - t
        print(f"{name:28s} {len(text.split()):6,d} words   free {free * 1000:7,.0f} ms   boxes {boxes * 1000:7,.0f} ms")


if __name__ == "__main__":
    main()
