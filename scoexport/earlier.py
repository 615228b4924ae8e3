"""What a run keeps of the dataset already in its folder: the one place that decides whether the run builds on it
(an incremental run) or converts every input again (a rebuild), and what either keeps.

Enters: the dataset folder, the inputs this run found (with their size and time) and what the user asked
(`--full`, `--prune`, site rules, record fields). Leaves: a `Basis` (the earlier dataset, why the run is a rebuild,
whether its rows can be copied), the run's `Plan` (`export.incremental`), and, once the documents are converted,
the earlier rows of inputs that fail now put back (`keep_earlier_versions`).

The rule, one for both kinds of rebuild (`--full`, and one forced because the dataset was made by other code, under
other site rules or with other columns): every input named and every input of the dataset's earlier runs still found
is converted again; the rows of earlier inputs that are gone, or that fail now, are kept as they were, unless
`--prune` drops those of the inputs that are gone (with `--prune` only the inputs named are converted). `--full
--prune` keeps nothing of the earlier dataset: it becomes exactly what the inputs named give now. A rebuild is an
incremental run in which every input counts as changed, so both go through the same keep and restore steps. Rows
kept from a dataset made by other code or rules keep the values that code gave: the run says so, and their index
entries are marked (`retry_entry`) so that an input found again is converted again rather than taken as unchanged.
Where the columns differ the earlier rows cannot be copied at all: the run then refuses to drop them
(`WouldShrinkError`, the dataset left as it was) unless `--prune` (inputs gone) or `--full` says to.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .export import folder
from .export.incremental import Entry, Plan, Previous, copy_kept, plan, read_previous, retry_entry, same_code, same_columns
from .export.writer import LAST_PART
from .outcomes import RunSummary
from .sources.inputs import find_inputs
from .sources.record_fields import RecordFields
from .sources.record_files import is_record_file

log = logging.getLogger(__name__)

# why a run converts every input again, as the manifest records it and as the user reads it
REBUILDS = {
    "asked": "--full was given",
    "code": "was made by other code (another version, or a changed checkout)",
    "rules": "was made under other site rules",
    "columns": "was written with other columns",
    "unreadable": "cannot be read as an earlier run's dataset",
}
_SHOWN = 3  # paths named in a message


class WouldShrinkError(Exception):
    """The run would drop documents the user did not ask to drop and whose rows cannot be kept; nothing written."""

    def __init__(self, out: Path, basis: Basis, paths: list[str], documents: int, gone: bool) -> None:
        shown = ", ".join(sorted(paths)[:_SHOWN]) + (", ..." if len(paths) > _SHOWN else "")
        one = documents == 1
        why = ("is gone" if one else "are gone") if gone else ("fails now" if one else "fail now")
        super().__init__(
            f"{out} {REBUILDS[basis.rebuild or 'columns']}, so its rows cannot be kept, and this run would drop "
            f"{documents} document{'' if one else 's'} whose input{'' if one else 's'} {why} ({shown}); nothing "
            f"written, {out} left as it was: restore or mend {'that input' if one else 'those inputs'}, or pass "
            f"{'--prune or --full' if gone else '--full'} to drop {'it' if one else 'them'}")
        self.documents = documents
        self.paths = paths


@dataclass
class Basis:
    """The earlier dataset a run starts from: None for a new one; `rebuild` says why every input is converted
    again (None for an incremental run)."""

    previous: Previous | None = None
    rebuild: str | None = None

    @property
    def copyable(self) -> bool:
        """Its rows can be copied: written with the same columns as this code writes."""
        return self.rebuild != "columns"

    @property
    def older(self) -> bool:
        """Rows kept from the earlier dataset are another code's or rules' (their values may differ from today's)."""
        return self.previous is not None and self.rebuild in ("code", "rules")


def basis(out: Path, *, full: bool, rules: str | None, overwrite: bool = True) -> Basis:
    """What this run builds on at `out`: decided once, for `--full` and for every forced rebuild alike."""
    if not overwrite:
        return Basis()
    previous = read_previous(out)
    if previous is None:
        return Basis(None, "asked" if full else ("unreadable" if folder.is_dataset(out) else None))
    if not same_columns(out):
        reason: str | None = "columns"
    elif not same_code(previous.manifest):
        reason = "code"
    elif _last_run(previous.manifest).get("rules") != rules:
        reason = "rules"
    else:
        reason = "asked" if full else None
    if reason not in (None, "asked"):
        log.info("%s %s: converting every input again", out, REBUILDS[reason])
    return Basis(previous, reason)


def inputs_again(basis: Basis, out: Path, found: list[str], *, prune: bool) -> list[str]:
    """The inputs of the dataset's earlier runs, not among `found` and still there, that a rebuild converts again:
    the files of its index, or, for a dataset whose index cannot be read, the inputs its manifest names (files,
    folders or patterns). None for an incremental run, or with --prune (which drops them)."""
    if basis.rebuild is None or prune or not folder.is_dataset(out):
        return []
    if basis.previous is not None:
        paths = {path.split("#", 1)[0] for path in basis.previous.entries}
    else:
        try:
            paths = set(json.loads((out / "manifest.json").read_text(encoding="utf-8")).get("inputs") or [])
        except (OSError, ValueError, AttributeError, TypeError):
            return []
    listed, again = set(found), []
    for path in find_inputs(sorted(p for p in paths if isinstance(p, str) and os.path.exists(p))):
        if isinstance(path, str) and path not in listed:
            listed.add(path)
            again.append(path)
    return again


def _last_run(manifest: dict[str, Any]) -> dict[str, Any]:
    return (manifest.get("runs") or [{}])[-1]


def pruning(prune: bool, missing: int) -> bool:
    """Whether the run drops the rows of earlier inputs not found: as `--prune` asks, but never while `missing`
    named inputs name nothing (a typo must not empty the dataset). Decided once, for every step of the run."""
    if prune and missing:
        log.warning("not pruning: %d named inputs are missing", missing)
    return prune and not missing


def plan_run(basis: Basis, found: list[str], stats: dict[str, tuple[int, int]], *, prune: bool, full: bool,
             missing: int, fields: RecordFields | None) -> Plan:
    """The run's plan against the earlier dataset: an incremental run converts new and changed inputs; a rebuild
    converts every input found and keeps, as an incremental run does, the entries of earlier inputs not found
    (unless `prune`, as `pruning` decided it). Raises `WouldShrinkError` before any work when a rebuild would drop
    rows it cannot copy."""
    previous = basis.previous
    if previous is None:
        return Plan(convert=list(found))
    if basis.rebuild is None:
        # records read with other fields than the last run's make other documents: their files are converted again
        read_as_before = _last_run(previous.manifest).get("record_fields", {}) == (fields or RecordFields()).named
        return plan(found, stats, previous, prune=prune, changed=None if read_as_before else is_record_file)
    work = plan(found, stats, previous, prune=prune, changed=lambda path: True)
    if not basis.copyable and work.keep:
        gone = [p for p in work.entries if "#" not in p or p.split("#", 1)[0] not in work.entries]
        if not (prune or full) or missing:  # only the user drops them, and a typo never does
            raise WouldShrinkError(previous.folder, basis, gone, len(work.keep), gone=True)
        work.dropped += gone
        work.entries, work.keep = {}, set()
    if basis.older:  # an input found again is converted again, not taken as unchanged
        work.entries = {path: retry_entry(entry) for path, entry in work.entries.items()}
    return work


def dropped_inputs(basis: Basis, work: Plan, found: Iterable[str]) -> int:
    """Inputs whose earlier rows leave the dataset: in an incremental run, the changed and the pruned; in a
    rebuild (where every input is converted again) only those not converted again."""
    if basis.rebuild is None:
        return len(work.dropped)
    return len(set(work.dropped) - set(found))


def keep_earlier_versions(basis: Basis, writer: Any, work: Plan, summary: RunSummary, rank: dict[str, int],
                          books: Any, *, consent: bool, fresh: bool) -> None:
    """An input converted again that now fails or is skipped keeps the rows of its earlier version: a dataset only
    loses a document when the user asks (`--prune` for inputs that are gone). Its old index entry stays, so the
    next run tries it again. A file of many documents keeps the earlier rows of each member that fails now (a
    malformed line `FILE#L3`, or a record whose text field is gone), and of all its members when it fails as a
    whole; one that gave documents this run and whose content changed keeps nothing else of its earlier records
    (one gone or moved is not brought back); one read again with its content unchanged (`work.reread`: other record
    fields, or a rebuild) keeps, record by record, the earlier rows of each record that gave no document now. A
    `fresh` rebuild (`--full --prune`: exactly what the inputs named give now) keeps none of them; where the earlier
    rows cannot be copied (other columns) this raises `WouldShrinkError` unless `consent` (`--full`; the writer
    then discards the new dataset)."""
    previous = basis.previous
    if previous is None:
        return
    # a record that fails now, or is left out (its text field gone), keeps its rows as a failing file does
    failed = {f.path for f in summary.failures} | {m for s in summary.skipped for m in s.members}
    lost = (failed | {s.path for s in summary.skipped}) - books.opened
    converted = set(work.dropped)
    entries = {path: previous.entries[path] for path in converted if path in lost and path in previous.entries}
    files = set(entries) | {path for path in work.reread if path in books.opened}
    members = {m: e for m, e in previous.entries.items() if "#" in m and m not in writer.index
               and (m.split("#", 1)[0] in files or (m in failed and m.split("#", 1)[0] in converted))}
    if not entries and not members:
        return
    entries.update(members)
    entries.update((path, retry_entry(entries[path])) for path in work.reread if path in entries)
    restore = {e.doc_id for e in entries.values() if e.doc_id} - work.keep - set(books.seen)
    kept_inputs = files | {m.split("#", 1)[0] for m in members}
    if fresh or not basis.copyable:
        paths = sorted({p.split("#", 1)[0] for p, e in entries.items() if e.doc_id in restore})
        if restore and not (consent or fresh):
            raise WouldShrinkError(previous.folder, basis, paths, len(restore), gone=False)
        summary.dropped += len(paths)  # converted again, failed, and their earlier rows not kept
        return
    # after the converted rows, whoever wrote those; each at its input's place among this run's inputs
    copy_kept(previous, writer, restore, doc_ranks(entries, rank), LAST_PART)
    writer.index.update(entries)
    summary.kept += len(restore)
    summary.restored += len(restore)
    if basis.rebuild is None:  # an input some of whose earlier rows stay is not dropped
        summary.dropped -= len(kept_inputs & {m.split("#", 1)[0] for m in entries} & converted)
    log.warning("kept the earlier rows of %d documents that were not converted again", len(restore))


def doc_ranks(entries: dict[str, Entry], rank: dict[str, int]) -> dict[str, int]:
    """Each kept document's place among this run's inputs (its first path's); unlisted ones after all listed."""
    ranks: dict[str, int] = {}
    for path, entry in entries.items():
        at = rank.get(path, len(rank) + len(ranks))
        ranks[entry.doc_id] = min(at, ranks.get(entry.doc_id, at))
    return ranks
