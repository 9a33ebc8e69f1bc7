"""What every export format shares: the selection, reading records with their assessments
(pseudonymised when asked), counting, writing atomically, the manifest and the audit log entry.

No textual, no rich: the command line and the benchmark call `export_records`.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..outputs import OutputError, PrivateFile, check_outputs
from ..models import BAND_ORDER, CRITERIA, Band, CaseDiscussion
from ..store import RecordFilter, Store
from ..store import exports as sql
from .manifest import Manifest, ManifestFile, manifest_path, write_manifest
from .pseudonymise import Pseudonymiser

FORMATS = ("jsonl", "csv", "html", "xlsx")
BAND_NAMES = tuple(b.value for b in Band)


class ExportError(Exception):
    """A problem the user can act on (bad selection, missing folder): shown as one line."""


@dataclass(frozen=True)
class Selection:
    """Which records an export holds: the store's filter plus the record's band."""

    filt: RecordFilter = field(default_factory=RecordFilter)
    bands: tuple[str, ...] = ()  # the band of the record's weakest case discussion

    def as_dict(self, worker: Callable[[str], str] | None = None) -> dict[str, Any]:
        f = self.filt

        def name(v: str | None) -> str | None:
            return worker(v) if (worker and v) else v

        return {
            "from": f.date_from.isoformat() if f.date_from else None,
            "to": f.date_to.isoformat() if f.date_to else None,
            "team": f.team,
            "supervisor": name(f.supervisor),
            "supervisee": name(f.supervisee),
            "status": f.status.value if f.status else None,
            "band": list(self.bands) or None,
            # only when given, so exports without it keep their selection as it was
            **({"records_listed": len(f.record_ids)} if f.record_ids else {}),
        }


@dataclass
class Counts:
    records: int = 0
    discussions: int = 0
    addenda: int = 0
    statuses: Counter = field(default_factory=Counter)
    bands: Counter = field(default_factory=Counter)  # per case discussion
    record_bands: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)  # stored / computed assessments
    first_date: str | None = None
    last_date: str | None = None

    def add(self, item: "ExportItem") -> None:
        sr = item.stored
        self.records += 1
        self.discussions += len(sr.discussions)
        self.addenda += len(sr.addenda)
        self.statuses[sr.status] += 1
        for a in item.assessments:
            self.bands[a["band"]] += 1
            self.sources[a["source"]] += 1
        self.record_bands[item.record_band or "no case discussed"] += 1
        if self.first_date is None:
            self.first_date = sr.date
        self.last_date = sr.date


class ExportItem:
    """One record ready to write: its JSON form, one assessment per discussion, its audit trail.
    All three are already pseudonymised when the export is. The record is parsed only when a
    writer asks for `data`: a JSON Lines export copies the stored JSON as it is."""

    __slots__ = ("stored", "assessments", "audit", "record_band", "_data", "audits")

    def __init__(self, stored: sql.StoredRecord, assessments: list[dict], audit: list[dict],
                 record_band: str | None, data: dict | None = None, audits: list[dict] | None = None):
        self.stored = stored
        self.assessments = assessments
        self.audit = audit
        self.record_band = record_band
        self._data = data
        self.audits = audits or []  # auditors' audits of the record, oldest first (the Audit model's JSON form)

    @property
    def data(self) -> dict:
        if self._data is None:
            self._data = self.stored.data()
        return self._data

    def record_json(self) -> str:
        """The record as one line of JSON (without its assessments)."""
        if self._data is None:
            return self.stored.json()
        return _dumps(self._data)


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass
class ExportContext:
    """What a format writer may show besides the records (the HTML cover, the XLSX Selection sheet)."""

    format: str
    selection: dict[str, Any]
    actor: str
    created_at: str
    rubric_version: str
    tool: str
    pseudonymised: bool
    pseudonymised_workers: bool
    pseudonym_key_id: str | None
    out_name: str
    counts: Counts = field(default_factory=Counts)


def _tool_version() -> str:
    try:
        from importlib.metadata import version

        return f"supervision-tui {version('supervision-tui')}"
    except Exception:
        return "supervision-tui"


# --- Assessments ------------------------------------------------------------------------------


# A stored score keeps only whether each criterion was met: its criteria dict depends on those
# nine flags alone, so one dict per combination is shared (writers never change it).
_STORED_CRITERIA: dict[tuple[bool, ...], dict] = {}


def _stored_criteria(flags: tuple[bool, ...]) -> dict:
    crit = _STORED_CRITERIA.get(flags)
    if crit is None:
        crit = _STORED_CRITERIA[flags] = {
            c: {"met": met, "strength": None, "evidence": "", "prompt": ""} for c, met in zip(CRITERIA, flags)
        }
    return crit


def _stored_assessment(s: sql.StoredScore) -> dict:
    return {
        "discussion_id": s.discussion_id,
        "source": "stored",
        "rubric_version": s.rubric_version,
        "score": s.score,
        "band": s.band,
        "brief_descriptive": s.brief_descriptive,
        "scored_at": s.scored_at,
        "criteria": _stored_criteria(s.flags),
    }


def _computed_assessment(discussion_id: str, body: str, assess) -> dict:
    a = assess(CaseDiscussion.model_validate_json(body))
    return {
        "discussion_id": discussion_id,
        "source": "computed",
        "rubric_version": a.rubric_version,
        "score": a.score,
        "band": a.band.value,
        "brief_descriptive": a.brief_descriptive,
        "scored_at": None,
        "criteria": {
            c.value: {"met": k.met, "strength": round(k.strength, 3), "evidence": k.evidence, "prompt": k.prompt}
            for c, k in a.criteria.items()
        },
    }


def _record_band(assessments: list[dict]) -> str | None:
    """The band of the record's weakest discussion (as the reports define a record's band)."""
    if not assessments:
        return None
    weakest = min(assessments, key=lambda a: (a["score"], BAND_ORDER[Band(a["band"])]))
    return weakest["band"]


def _audit_dict(e) -> dict:
    return {"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail, "hash": e.hash}


def iter_items(
    store: Store,
    selection: Selection,
    *,
    pseudonymiser: Pseudonymiser | None = None,
    recompute: bool = False,
    with_audit: bool = False,
    batch: int = 500,
) -> Iterator[ExportItem]:
    """Every selected record, oldest first, with its assessments: stored scores when they are
    fresh (this rubric, made after the record's last change), else computed now. Constant memory."""
    from ..quality import RUBRIC_VERSION, assess

    from ..store.audits import all_audits

    bands = set(selection.bands)
    for stored_batch in sql.iter_export_batches(store, selection.filt, batch=batch, with_audit=with_audit):
        audits = {rid: [a.model_dump(mode="json") for a in found]
                  for rid, found in all_audits(store, [sr.id for sr in stored_batch]).items()}
        kept: list[tuple[sql.StoredRecord, list[dict], str | None]] = []
        for sr in stored_batch:
            assessments = []
            for did, body in sr.discussions:
                s = None if recompute else sr.fresh_score(did, RUBRIC_VERSION)
                assessments.append(_stored_assessment(s) if s else _computed_assessment(did, body, assess))
            band = _record_band(assessments)
            if bands and band not in bands:
                continue
            kept.append((sr, assessments, band))
        if pseudonymiser is None:
            for sr, assessments, band in kept:
                yield ExportItem(sr, assessments, [_audit_dict(e) for e in sr.audit], band,
                                 audits=audits.get(sr.id))
            continue
        datas = [sr.data() for sr, _, _ in kept]
        pseudonymiser.prepare(datas, [sr.audit for sr, _, _ in kept])
        for data, (sr, assessments, band) in zip(datas, kept):
            scrub = pseudonymiser.scrubber(data)
            audit = [
                {**a, "actor": pseudonymiser.actor(a["actor"]), "detail": pseudonymiser.value(a["detail"], scrub)}
                for a in map(_audit_dict, sr.audit)
            ]
            own = [{**a, "auditor": pseudonymiser.actor(a["auditor"])} for a in audits.get(sr.id, [])]
            yield ExportItem(sr, pseudonymiser.value(assessments, scrub), audit, band,
                             data=pseudonymiser.record(data, scrub), audits=pseudonymiser.value(own, scrub))


# --- Writing ------------------------------------------------------------------------------------


def _writer(fmt: str):
    if fmt == "jsonl":
        from .jsonl import write
    elif fmt == "csv":
        from .table import write_csv as write
    elif fmt == "html":
        from .htmlpack import write
    elif fmt == "xlsx":
        from .xlsx import write
    else:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    return write


def check_out_path(out: Path) -> Path:
    """The export's path, refused with a clear message when it cannot be written."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise ExportError(f"{out} is a folder: give the export's file name, e.g. {out / 'export.csv'}")
    if not out.parent.exists():
        raise ExportError(f"the folder {out.parent} does not exist")
    if not out.parent.is_dir():
        raise ExportError(f"{out.parent} is not a folder")
    if not os.access(out.parent, os.W_OK):
        raise ExportError(f"cannot write in the folder {out.parent}")
    return out


def sha256_of(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def export_records(
    store: Store,
    fmt: str,
    out: str | Path,
    selection: Selection | RecordFilter | None = None,
    *,
    pseudonymise_key: str | None = None,
    pseudonymise_workers: bool = False,
    recompute: bool = False,
) -> Manifest:
    """Write the selected records to `out` in `fmt`, the manifest beside it, and log the export.

    The file appears only when complete (written to a temporary file, then renamed). With a key,
    children (and with `pseudonymise_workers` workers) are pseudonymised; the mapping is stored
    in the database, never in the export. Returns the manifest.
    """
    from ..quality import RUBRIC_VERSION

    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if isinstance(selection, RecordFilter) or selection is None:
        selection = Selection(filt=selection or RecordFilter())
    for b in selection.bands:
        if b not in BAND_NAMES:
            raise ExportError(f"unknown band {b!r}: one of {', '.join(BAND_NAMES)}")
    f = selection.filt
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ExportError(f"--from {f.date_from} is after --to {f.date_to}")
    out = check_out_path(Path(out))
    try:
        check_outputs([out, manifest_path(out)], store.path, what="export")
    except OutputError as e:
        raise ExportError(str(e)) from None
    write = _writer(fmt)

    pseudonymiser = None
    if pseudonymise_key is not None or pseudonymise_workers:
        from .pseudonymise import KeyError_, key_fingerprint

        key_id = key_fingerprint(pseudonymise_key) if pseudonymise_key else ""
        try:
            pseudonymiser = Pseudonymiser(
                pseudonymise_key or "",
                workers=pseudonymise_workers,
                resolve=lambda kind, cands: sql.get_or_create_pseudonyms(store, key_id, kind, cands),
            )
        except KeyError_ as e:
            raise ExportError(str(e)) from None

    ctx = ExportContext(
        format=fmt,
        selection=selection.as_dict(pseudonymiser.worker if pseudonymiser and pseudonymise_workers else None),
        actor=store.actor,
        created_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        rubric_version=RUBRIC_VERSION,
        tool=_tool_version(),
        pseudonymised=pseudonymiser is not None,
        pseudonymised_workers=bool(pseudonymiser and pseudonymise_workers),
        pseudonym_key_id=pseudonymiser.key_id if pseudonymiser else None,
        out_name=out.name,
    )
    if pseudonymiser and pseudonymise_workers:
        # the selection's names, and the exporting user's (the HTML cover, the XLSX Selection
        # sheet and the manifest show it), are only known once their pseudonyms are resolved
        names = [n for n in (f.supervisor, f.supervisee, store.actor) if n]
        pseudonymiser.prepare([{"supervisor": n} for n in names])
        ctx.selection = selection.as_dict(pseudonymiser.worker)
        ctx.actor = pseudonymiser.worker(store.actor)

    mpath = manifest_path(out)
    data_file, manifest_file = PrivateFile(out, publish=False), PrivateFile(mpath, publish=False)
    with store.snapshot() as view, data_file as tmp, manifest_file as mtmp:
        # one read transaction: the file, its counts and the chain head are one moment's state
        head_seq, head_hash = view.chain_head()

        def counted() -> Iterator[ExportItem]:
            for item in iter_items(
                view, selection, pseudonymiser=pseudonymiser, recompute=recompute or fmt == "html",
                with_audit=fmt == "html",
            ):
                ctx.counts.add(item)
                yield item

        gc_was_on = gc.isenabled()
        gc.disable()  # a batch is freed by reference counting; the cycle collector only costs time here
        try:
            write(tmp, counted(), ctx)
        finally:
            if gc_was_on:
                gc.enable()
        digest, size = sha256_of(tmp)

        c = ctx.counts
        warnings = []
        if pseudonymiser is not None:
            clashes = sql.pseudonym_collisions(store, pseudonymiser.key_id)
            if clashes:
                warnings.append(
                    f"{len(clashes)} pseudonym(s) stand for more than one value under this key: "
                    "use a new key for exports that must tell every child apart"
                )
        manifest = Manifest(
            tool=ctx.tool,
            format=fmt,
            created_at=ctx.created_at,
            actor=ctx.actor,
            selection=ctx.selection,
            counts={"records": c.records, "discussions": c.discussions, "addenda": c.addenda},
            bands={b: c.bands.get(b, 0) for b in BAND_NAMES},
            assessments={"stored": c.sources.get("stored", 0), "computed": c.sources.get("computed", 0)},
            rubric_version=ctx.rubric_version,
            pseudonymised=ctx.pseudonymised,
            pseudonymised_workers=ctx.pseudonymised_workers,
            pseudonym_key_id=ctx.pseudonym_key_id,
            files=[ManifestFile(name=out.name, sha256=digest, bytes=size)],
            warnings=warnings,
            audit_head={"seq": head_seq, "hash": head_hash},
        )
        manifest_sha = write_manifest(manifest, mtmp)
        detail = {
            "format": fmt,
            "out": str(out.resolve()),
            "selection": selection.as_dict(),
            "counts": manifest.counts,
            "rubric_version": manifest.rubric_version,
            "pseudonymised": manifest.pseudonymised,
            "pseudonymised_workers": manifest.pseudonymised_workers,
            "pseudonym_key_id": manifest.pseudonym_key_id,
            "files": [fi.model_dump() for fi in manifest.files],
            "manifest": {"name": mpath.name, "sha256": manifest_sha},
            "audit_head": manifest.audit_head,
        }
        # logged first, then published: a file that appears was always logged, and a failure
        # (a read-only or locked database) leaves neither file nor manifest behind
        store.log("export", None, detail)
        data_file.publish()
        manifest_file.publish()
    return manifest
