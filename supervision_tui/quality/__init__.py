"""The quality checker: is a case discussion "brief, descriptive", and what is missing?

Pure Python (no textual, rich or SQLite). See DESIGN.md section 3 and shared/eval/LABELS.md.

    from supervision_tui.quality import assess, assess_text, next_prompt, history_findings
"""

from .checker import assess, assess_text, next_prompt
from .history import HistoryFinding, history_findings
from .rubric import RUBRIC_VERSION, SPECS

__all__ = [
    "RUBRIC_VERSION",
    "SPECS",
    "HistoryFinding",
    "assess",
    "assess_text",
    "history_findings",
    "next_prompt",
]
