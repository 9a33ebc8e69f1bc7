"""Batch scoring (DESIGN.md section 7): read the database or a CSV/JSON Lines file, assess on
every core the process may use, write scores and output in input order.

No rich or Textual here: the CLI, the TUI's demo and the save-time scoring call these and
draw their own progress.

    from supervision_tui.batch import score_store, score_file, score_record
"""

from .inputs import InputError
from .output import AtomicWriter, OutputError, refuse_database
from .pipeline import ScoringInterrupted, plan, score_file, score_record, score_store
from .pool import default_jobs

__all__ = [
    "AtomicWriter",
    "InputError",
    "OutputError",
    "ScoringInterrupted",
    "default_jobs",
    "plan",
    "refuse_database",
    "score_file",
    "score_record",
    "score_store",
]
