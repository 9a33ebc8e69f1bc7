"""The store: every SQL statement in supervision-tui lives in this package."""

from .db import (
    ENV_DB,
    AuditEntry,
    RecordFilter,
    RecordLocked,
    RecordNotFound,
    RecordSummary,
    SCORE_COLUMNS,
    SearchHit,
    Store,
    StoreError,
    VerifyResult,
    default_actor,
    default_db_path,
    migrations,
)

__all__ = [
    "ENV_DB",
    "AuditEntry",
    "RecordFilter",
    "RecordLocked",
    "RecordNotFound",
    "RecordSummary",
    "SCORE_COLUMNS",
    "SearchHit",
    "Store",
    "StoreError",
    "VerifyResult",
    "default_actor",
    "default_db_path",
    "migrations",
]
