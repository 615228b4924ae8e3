"""Incremental runs: convert only the inputs that are new or changed since the dataset was written.

Enters: this run's listing (paths with their size and modification time) and the folder of an earlier
run. Leaves: a `Plan` (the paths to convert, the documents to keep, the paths dropped) and, while the
new dataset is written, the kept documents' rows copied into it table by table.

How a change is seen: every dataset keeps the index of the files it was made from (`_inputs.parquet`:
path, size, modification time, SHA-256 and document ID; a web archive has an entry of its own, with
no hash, and one per page, `FILE#OFFSET`, so its pages are kept or dropped with it). A file whose size and modification time
match its entry is taken as unchanged without being read, as make and rsync do, so a run in which
nothing changed costs one listing of the folder. A file whose size or time differ is hashed: the same
content keeps its rows (only its entry is refreshed), other content is converted again and the rows of
its earlier content are dropped. Entries of files not listed in this run are kept unless `prune` asks
to drop them; a missing input never prunes (a typo must not empty a dataset).

Kept rows are copied as Arrow batches filtered by document ID, so the cost is that of reading and
writing Parquet, not of converting, and memory holds one batch. The entities table is gathered again
from the entity facts of kept and new documents (each kept entity fact is replayed as the mention it
was made from), so its counts and aliases cover exactly the documents in the new dataset.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..records import Mention
from ..schema import SCHEMA_VERSION, TABLES
from . import folder

log = logging.getLogger(__name__)

INDEX = "_inputs.parquet"
INDEX_SCHEMA = pa.schema([
    ("path", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
    ("sha256", pa.string()), ("doc_id", pa.string()),
])
# tables whose rows belong to one document; entities are gathered again and errors are this run's
DOCUMENT_TABLES = ("documents", "paragraphs", "sentences", "facts", "artifacts", "texts", "terms")
BATCH_ROWS = 65_536


@dataclass(frozen=True)
class Entry:
    """What the dataset knows of one input file."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    doc_id: str


@dataclass
class Previous:
    """An earlier run's dataset that this run may build on."""

    folder: Path
    manifest: dict[str, Any]
    entries: dict[str, Entry]


@dataclass
class Plan:
    convert: list[str] = field(default_factory=list)  # paths to run through the stages, in listing order
    keep: set[str] = field(default_factory=set)  # document IDs whose rows are copied
    entries: dict[str, Entry] = field(default_factory=dict)  # index entries carried over (kept paths)
    dropped: list[str] = field(default_factory=list)  # paths whose earlier rows are dropped (changed or pruned)
    refreshed: int = 0  # files whose time changed but whose content did not
    reread: list[str] = field(default_factory=list)  # unchanged files converted again (`changed`, `retry_entry`)

    @property
    def changes_rows(self) -> bool:
        return bool(self.convert or self.dropped)


def retry_entry(entry: Entry) -> Entry:
    """The entry of an unchanged file that could not be read again (under other record fields): its earlier rows
    are kept, and the next run reads it again whatever its fields, as it would a changed file (a negative time)."""
    return replace(entry, mtime_ns=-abs(entry.mtime_ns))


def file_stat(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def read_index(folder: Path) -> dict[str, Entry]:
    table = pq.read_table(folder / INDEX, schema=INDEX_SCHEMA)
    return {row["path"]: Entry(**row) for row in table.to_pylist()}


def write_index(folder: Path, entries: Iterable[Entry]) -> None:
    rows = sorted(entries, key=lambda e: e.path)
    table = pa.Table.from_pydict({name: [getattr(e, name) for e in rows] for name in INDEX_SCHEMA.names},
                                 schema=INDEX_SCHEMA)
    tmp = folder / f".{INDEX}.tmp"
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, folder / INDEX)


@functools.cache
def code_fingerprint() -> str:
    """A hash of the package's code and data files: rows made by other code may differ, even under the same
    version number (a developer's checkout), so a dataset is built on only by the code that made it."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".txt", ".sql")
                       and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape") + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def read_previous(out: Path) -> Previous | None:
    """The dataset at `out` as its last run left it, whatever code made it (`earlier.basis` decides what this run
    may build on): its manifest and input index, or, for a dataset written before the index (or whose index cannot
    be read), entries made from its documents table. None when `out` holds no dataset or none of that can be read."""
    if not folder.is_dataset(out):
        return None
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read its manifest (%s); converting everything", out, exc)
        return None
    # a dataset written before the index has none: its entries come from its documents, and that is no fault
    for read in (read_index, _entries_of_documents) if (out / INDEX).exists() else (_entries_of_documents,):
        try:
            return Previous(out, manifest, read(out)) if isinstance(manifest, dict) else None
        except (OSError, ValueError, KeyError, pa.ArrowException) as exc:
            log.warning("%s: cannot read %s (%s)", out, INDEX if read is read_index else "its documents", exc)
    return None


def same_code(manifest: dict[str, Any]) -> bool:
    """Whether the dataset was made by this code: rows made by another version could differ from what this one
    makes."""
    return (manifest.get("tool") == "scoexport" and manifest.get("version") == __version__
            and manifest.get("schema_version") == SCHEMA_VERSION and manifest.get("code") == code_fingerprint())


def _entries_of_documents(out: Path) -> dict[str, Entry]:
    """Index entries for a dataset written before the index, from its documents' paths, hashes and IDs (a member
    `FILE#WHERE` with an entry for its file); the size and time are unknown (-1), so every file found is read."""
    entries: dict[str, Entry] = {}
    for batch in _batches(out / "documents", ["source_path", "source_sha256", "doc_id"]):
        for path, sha, doc in zip(*(batch.column(i).to_pylist() for i in range(3)), strict=True):
            entries[path] = Entry(path, -1, -1, sha or "", doc)
            head = path.split("#", 1)[0]
            if head != path:
                entries.setdefault(head, Entry(head, -1, -1, "", ""))
    return entries


def same_columns(out: Path) -> bool:
    """Whether every table was written with today's columns (a column added since means converting again)."""
    for table, schema in TABLES.items():
        files = sorted((out / table).glob("*.parquet"))
        try:
            if not files or pq.read_schema(files[0]).types != schema.types or pq.read_schema(files[0]).names != schema.names:
                return False
        except (OSError, pa.ArrowException):
            return False
    return True


def _sha256(path: str) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def plan(found: list[str], stats: dict[str, tuple[int, int]], previous: Previous, *, prune: bool,
         changed: Callable[[str], bool] | None = None) -> Plan:
    """What this run must convert and what it keeps of the previous dataset; `changed` tells the inputs to convert
    again whatever their size and time say (files of records read with other fields)."""
    p = Plan()
    listed = set(found)
    members = _members(previous.entries)
    for path in found:
        old = previous.entries.get(path)
        if old is None:
            p.convert.append(path)
            continue
        size, mtime = stats[path]
        if (changed is not None and changed(path)) or old.mtime_ns < 0:
            p.convert.append(path)
            p.dropped.append(path)
            if (size, mtime) == (old.size, abs(old.mtime_ns)):
                p.reread.append(path)
            continue
        if (size, mtime) == (old.size, old.mtime_ns):
            p.entries[path] = old
            p.entries.update((m.path, m) for m in members.get(path, ()))
            continue
        sha = _sha256(path) if size == old.size and old.sha256 else None
        if sha == old.sha256:
            p.entries[path] = Entry(path, size, mtime, old.sha256, old.doc_id)
            p.refreshed += 1
        else:
            p.convert.append(path)
            p.dropped.append(path)
    for path, old in previous.entries.items():
        container = path.split("#", 1)[0] if "#" in path and path.split("#", 1)[0] in previous.entries else None
        if path in listed or (container is not None):
            continue
        if prune:
            p.dropped.append(path)
        else:
            p.entries[path] = old
            p.entries.update((m.path, m) for m in members.get(path, ()))
    p.keep = {e.doc_id for e in p.entries.values() if e.doc_id}
    return p


def _members(entries: dict[str, Entry]) -> dict[str, list[Entry]]:
    """The documents inside each container file (a web archive's pages: `FILE#OFFSET`), by container path."""
    found: dict[str, list[Entry]] = {}
    for path, entry in entries.items():
        head = path.split("#", 1)[0]
        if head != path and head in entries:
            found.setdefault(head, []).append(entry)
    return found


def copy_kept(previous: Previous, writer: Any, keep: set[str], ranks: dict[str, int], part: str | None = None) -> None:
    """Copy the kept documents' rows from the previous dataset into `writer` (a DatasetWriter; into its `part`
    when named), and replay their entity mentions into its entity index at each document's rank among the inputs."""
    if not keep:  # nothing to read: the earlier tables may not even have today's columns (`earlier.plan_run`)
        return
    import pyarrow.compute as pc  # here: a run that keeps nothing of an earlier one need not import it

    ids = pa.array(sorted(keep), pa.string())
    for table in DOCUMENT_TABLES:
        for batch in _batches(previous.folder / table):
            writer.add_batch(table, batch.filter(pc.is_in(batch.column("doc_id"), value_set=ids)), part)
    external = {}
    for batch in _batches(previous.folder / "entities", ["entity_id", "external_id"]):
        pairs = zip(batch.column("entity_id").to_pylist(), batch.column("external_id").to_pylist(), strict=True)
        external.update((e, x) for e, x in pairs if x is not None)
    columns = ["fact_id", "doc_id", "kind", "text", "value", "entity_id", "entity_type"]
    doc, mentions = None, []
    for batch in _batches(previous.folder / "facts", columns):
        mask = pc.and_(pc.equal(batch.column("kind"), "entity"), pc.is_in(batch.column("doc_id"), value_set=ids))
        for r in batch.filter(pc.and_(mask, pc.is_valid(batch.column("entity_id")))).to_pylist():
            if r["doc_id"] != doc and mentions:  # a document's facts are contiguous: replay them a document at a time
                writer.entities.add_mentions(doc, mentions, ranks.get(doc))
                mentions = []
            doc = r["doc_id"]
            mentions.append((Mention(r["fact_id"], doc, r["entity_type"], r["value"], r["text"],
                                     external.get(r["entity_id"])), r["entity_id"]))
    if mentions:
        writer.entities.add_mentions(doc, mentions, ranks.get(doc))


def _batches(folder: Path, columns: list[str] | None = None) -> Iterable[pa.RecordBatch]:
    for path in sorted(folder.glob("*.parquet")):
        yield from pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS, columns=columns)


def record_unchanged_run(previous: Previous, entries: dict[str, Entry], run: dict[str, Any]) -> dict[str, Any]:
    """A run that changes no row: refresh the index where times moved and append the run to the manifest, in place
    (each file replaced atomically)."""
    from .card import write_card

    write_index(previous.folder, entries.values())
    manifest = {**previous.manifest, "runs": [*previous.manifest.get("runs", []), run]}
    tmp = previous.folder / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, previous.folder / "manifest.json")
    write_card(previous.folder, manifest)
    return manifest
