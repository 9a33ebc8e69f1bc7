"""The manifest written beside every export, and checking files against it.

`<export>.manifest.json` says what was selected, by whom, when, how many records and case
discussions, which rubric scored them, whether children (and workers) were pseudonymised, and
the SHA-256 and size of each file, named relative to the manifest's folder. It never holds the
pseudonym key or mapping: only the key's fingerprint, so exports made with one key can be matched.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MANIFEST_VERSION = 1
SUFFIX = ".manifest.json"


class ManifestError(Exception):
    """The manifest itself cannot be read: shown as one line."""


class ManifestFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str  # relative to the manifest's folder
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    bytes: int = Field(ge=0)


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    manifest_version: int = MANIFEST_VERSION
    tool: str
    format: str
    created_at: str
    actor: str
    selection: dict[str, Any]
    counts: dict[str, int]
    bands: dict[str, int]  # case discussions per band
    assessments: dict[str, int]  # stored scores used / computed at export time
    rubric_version: str
    pseudonymised: bool
    pseudonymised_workers: bool
    pseudonym_key_id: str | None = None  # a fingerprint of the key, never the key
    files: list[ManifestFile]
    warnings: list[str] = Field(default_factory=list)
    # the audit log's last entry when the export was read: an anchor outside the database
    # (`verify --anchor MANIFEST` proves the log still holds it)
    audit_head: dict[str, Any] | None = None


def manifest_path(out: Path) -> Path:
    return out.with_name(out.name + SUFFIX)


def write_manifest(manifest: Manifest, path: Path) -> str:
    """Write the manifest to `path` (owner-only); returns its own SHA-256 (which the audit log
    keeps). The caller publishes it: export_records writes it to a .part, logs, then renames."""
    from ..outputs import create_private

    text = json.dumps(manifest.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    data = text.encode("utf-8")
    with create_private(path, exclusive=False) as fh:
        fh.write(data)
    return hashlib.sha256(data).hexdigest()


@dataclass
class FileCheck:
    name: str
    status: str  # "ok", "changed", "missing"
    detail: str = ""


@dataclass
class ManifestCheck:
    manifest: Manifest
    sha256: str  # of the manifest file itself
    files: list[FileCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.status == "ok" for f in self.files)


def read_manifest(path: Path) -> tuple[Manifest, str]:
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise ManifestError(f"cannot read {path}: {e.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ManifestError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise ManifestError(f"{path}: malformed JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    if not isinstance(data, dict):
        raise ManifestError(f"{path}: not a manifest (expected a JSON object)")
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err.get("loc", ()))
        raise ManifestError(f"{path}: not a supervision-tui manifest ({where or 'value'}: {err.get('msg')})") from None
    if manifest.manifest_version != MANIFEST_VERSION:
        raise ManifestError(f"{path}: manifest version {manifest.manifest_version} is not one this version reads")
    return manifest, hashlib.sha256(raw).hexdigest()


def verify_manifest(path: str | Path) -> ManifestCheck:
    """Hash every file the manifest lists (relative to its folder) and compare."""
    from .core import sha256_of

    path = Path(path)
    manifest, own = read_manifest(path)
    check = ManifestCheck(manifest=manifest, sha256=own)
    for f in manifest.files:
        name = Path(f.name)
        if name.is_absolute() or ".." in name.parts:
            check.files.append(FileCheck(f.name, "changed", "the manifest names a file outside its folder"))
            continue
        target = path.parent / name
        if not target.is_file():
            check.files.append(FileCheck(f.name, "missing", "not found beside the manifest"))
            continue
        digest, size = sha256_of(target)
        if digest != f.sha256 or size != f.bytes:
            check.files.append(
                FileCheck(f.name, "changed", f"SHA-256 {digest[:12]}… ({size:,} bytes), manifest says "
                                              f"{f.sha256[:12]}… ({f.bytes:,} bytes)")
            )
        else:
            check.files.append(FileCheck(f.name, "ok"))
    return check
