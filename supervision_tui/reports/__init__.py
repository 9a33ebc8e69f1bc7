"""What quality leads see: the quality report's figures, overdue supervision, audit samples.

Pure Python over the store (no textual, no rich): the command line and the
dashboard both draw the same figures from here.
"""

from .figures import Report, ReportOptions, build_report
from .overdue import OverduePolicy, OverdueStatus, overdue_status, requirement
from .sample import Sample, allocate, draw_sample

__all__ = [
    "OverduePolicy",
    "OverdueStatus",
    "Report",
    "ReportOptions",
    "Sample",
    "allocate",
    "build_report",
    "draw_sample",
    "overdue_status",
    "requirement",
]
