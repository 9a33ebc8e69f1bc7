"""The quality checker: is a case discussion "brief, descriptive", and what is missing?

Pure Python (no textual, rich or SQLite). See DESIGN.md section 3 and shared/eval/LABELS.md.

    from supervision_tui.quality import assess, assess_boxes, assess_text, next_prompt, history_findings

The checker's tables are compiled on first use, not on import: `report`, for one, needs only
the rubric and the history checks, and compiling the checker would cost it 0.25-0.4 s.
"""

from __future__ import annotations

import importlib

from .rubric import RUBRIC_VERSION, SPECS

_LAZY = {
    "BOX_CRITERION": "checker",
    "BoxVerdict": "checker",
    "assess": "checker",
    "assess_boxes": "checker",
    "assess_text": "checker",
    "decision_has_reason": "checker",
    "next_prompt": "checker",
    "HistoryFinding": "history",
    "history_findings": "history",
}

__all__ = ["RUBRIC_VERSION", "SPECS", *_LAZY]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly from now on (and a test's monkeypatch still wins)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
