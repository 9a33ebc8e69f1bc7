"""Audit exports (DESIGN.md section 5): JSON Lines, CSV, an HTML audit pack and XLSX, each with
a manifest beside it and an entry in the audit log; optionally pseudonymised.

    from supervision_tui.export import Selection, export_records
    manifest = export_records(store, "csv", "out.csv", Selection(filt, bands=("inadequate",)))

One module per format (`jsonl`, `table` for CSV, `htmlpack`, `xlsx`); `core` reads the records
in batches (constant memory), `pseudonymise` replaces children's (and workers') identities,
`manifest` writes and checks manifests, `models` is the shape of a JSON Lines line.
No textual, no rich.
"""

from .core import FORMATS, ExportError, Selection, export_records, iter_items
from .manifest import Manifest, ManifestCheck, ManifestError, manifest_path, verify_manifest
from .models import DiscussionAssessment, ExportedCriterion, ExportedRecord
from .pseudonymise import ENV_KEY, Pseudonymiser, key_fingerprint

__all__ = [
    "ENV_KEY",
    "FORMATS",
    "DiscussionAssessment",
    "ExportError",
    "ExportedCriterion",
    "ExportedRecord",
    "Manifest",
    "ManifestCheck",
    "ManifestError",
    "Pseudonymiser",
    "Selection",
    "export_records",
    "export_line_schema",
    "iter_items",
    "key_fingerprint",
    "manifest_path",
    "verify_manifest",
]


def export_line_schema() -> str:
    """The text of schema/export_line.schema.json (generated from ExportedRecord)."""
    from ..schema_files import _json_schema

    return _json_schema(ExportedRecord, "Exported record (one line of a JSON Lines export)")
