"""The quality checker: is a case discussion "brief, descriptive", and what is missing?

Pure Python (no textual, rich or SQLite). See DESIGN.md section 3 and shared/eval/LABELS.md.

    from supervision_tui.quality import assess, assess_boxes, assess_text, next_prompt, history_findings
"""

from .checker import BOX_CRITERION, BoxVerdict, assess, assess_boxes, assess_text, decision_has_reason, next_prompt
from .history import HistoryFinding, history_findings
from .rubric import RUBRIC_VERSION, SPECS

__all__ = [
    "BOX_CRITERION",
    "BoxVerdict",
    "RUBRIC_VERSION",
    "SPECS",
    "HistoryFinding",
    "assess",
    "assess_boxes",
    "assess_text",
    "decision_has_reason",
    "history_findings",
    "next_prompt",
]
