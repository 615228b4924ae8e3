"""What a run did: its `RunSummary`, and what it did with each kind of input, grouped so that a
person reads it at a glance.

Enters: a run's `RunSummary` (documents converted by suffix, failures, inputs skipped with their
reasons). Leaves: `Outcome` groups, one per suffix (the file's, or for a record of a JSON Lines file
or a page of a web archive, its container's), outcome and reason, with a count and a first example,
and the lines `scoexport convert` prints at the end of a run, a `headline` and, grouped:

    .bin      2 failed: this is binary data, not text, HTML or PDF (blobs/a.bin, ...)
    .docx     1 skipped: Word document, not a supported type (reports/notes.docx)
    .jsonl    3 converted
              1 failed: malformed JSON (items.jsonl#L4)
    .pdf      2 converted

Messages name one input each ("malformed JSON on line 4: Expecting ..."); a reason is the message
without what names that input (line numbers, the details after a colon or inside brackets), so the
inputs that failed for the same reason fall into one group whatever their line or details.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePath

from .data import load_json
from .records import Failure, Skipped

NO_SUFFIX = "(no suffix)"
UNSUPPORTED = "not a supported document type"
_DETAILS = re.compile(r"\s*\([^()]*\)")  # "(control bytes throughout)", "(the first at #L3; ...)"
_WHERE = re.compile(r"\s+(?:on|at) line \d+|\s+line \d+", re.I)
_COMPOUND = (".warc.gz", ".tar.gz")
_SUFFIX_WIDTH = 9


@dataclass
class RunSummary:
    """What `convert` did: documents converted, kept and dropped, the inputs that failed or were skipped."""

    out: str
    documents: int = 0  # converted in this run
    failures: list[Failure] = field(default_factory=list)
    duplicates: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    bytes_read: int = 0
    kept: int = 0  # documents kept from the dataset's earlier runs (with those `restored`)
    restored: int = 0  # of those, documents whose input gave no document now, their earlier rows kept
    dropped: int = 0  # inputs whose earlier rows were dropped (changed, or gone with prune)
    kept_older: int = 0  # of the kept, documents whose rows older code or other site rules made (`earlier`)
    rebuild: str | None = None  # why every input was converted again (`earlier.REBUILDS`), None if not
    total: int = 0  # inputs found in this run
    skipped: list[Skipped] = field(default_factory=list)  # inputs or records left out on purpose, with the reason
    written: bool = False  # whether `out` now holds this run's dataset (a run that asks for nothing leaves it)
    converted_by_suffix: dict[str, int] = field(default_factory=dict)  # documents converted, by their file's suffix
    duplicate_paths: list[str] = field(default_factory=list)  # inputs whose content another input already gave

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class Outcome:
    suffix: str
    outcome: str  # converted, skipped or failed
    reason: str
    count: int
    example: str


@cache
def _file_types() -> dict[str, str]:
    return {k: v for k, v in load_json("file_types.json").items() if not k.startswith("_")}


def input_suffix(path: str) -> str:
    """The suffix of the file an input came from (the container's for `FILE#WHERE`), lower case."""
    name = PurePath(path.split("#", 1)[0]).name.lower()
    for compound in _COMPOUND:
        if name.endswith(compound):
            return compound
    return PurePath(name).suffix or NO_SUFFIX


def reason_of(message: str, suffix: str = "") -> str:
    """The reason a message gives, without what names one input: its details and line numbers."""
    reason = _WHERE.sub("", _DETAILS.sub("", message))
    head, sep, _ = reason.partition(": ")
    if sep and len(head.split()) >= 2:  # "cannot read: Permission denied" keeps "cannot read"
        reason = head
    reason = " ".join(reason.split()).rstrip(" .;,")
    if reason.startswith(UNSUPPORTED):
        kind = _file_types().get(suffix)
        return f"{kind}, not a supported type" if kind else "not a supported type"
    return reason


def outcome_groups(summary: RunSummary) -> list[Outcome]:
    """Every outcome of the run by suffix, reason and outcome; converted first, then by suffix."""
    groups: dict[tuple[str, str, str], Outcome] = {}

    def add(suffix: str, outcome: str, reason: str, count: int, example: str) -> None:
        key = (suffix, outcome, reason)
        if key in groups:
            groups[key].count += count
        else:
            groups[key] = Outcome(suffix, outcome, reason, count, example)

    for suffix, count in summary.converted_by_suffix.items():
        add(suffix, "converted", "", count, "")
    for path in summary.duplicate_paths:
        add(input_suffix(path), "skipped", "same content as another input", 1, path)
    items: Iterable[Failure | Skipped] = [*summary.skipped, *summary.failures]
    for item in items:
        suffix = input_suffix(item.path)
        if isinstance(item, Skipped):
            add(suffix, "skipped", reason_of(item.reason, suffix), item.count, item.path)
        else:
            add(suffix, "failed", reason_of(item.error, suffix), 1, item.path)
    order = {"converted": 0, "failed": 1, "skipped": 2}
    return sorted(groups.values(), key=lambda g: (g.suffix == NO_SUFFIX, g.suffix, order[g.outcome], -g.count))


def outcome_lines(summary: RunSummary) -> list[str]:
    """Per suffix, how many were converted, then a line for each reason others were skipped or failed."""
    lines = []
    last = None
    for g in outcome_groups(summary):
        head = f"  {g.suffix if g.suffix != last else '':{_SUFFIX_WIDTH}} "
        last = g.suffix
        if g.outcome == "converted":
            lines.append(f"{head}{g.count} converted")
        else:
            lines.append(f"{head}{g.count} {g.outcome}: {g.reason} ({g.example}{', ...' if g.count > 1 else ''})")
    return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def headline(summary: RunSummary) -> str:
    """The run in one line of plain words: documents converted, kept unchanged (in a rebuild: kept because their
    input is not found), kept from an earlier run because their input gave no document now, and inputs whose earlier
    rows were dropped (changed, or pruned)."""
    parts = [f"converted {_plural(summary.documents, 'document')}"]
    if kept := summary.kept - summary.restored:  # in a rebuild every input found is converted again
        parts.append(f"kept {kept} whose input{' is' if kept == 1 else 's are'} not found" if summary.rebuild
                     else f"kept {kept} unchanged")
    if summary.restored:
        parts.append(f"kept the earlier rows of {_plural(summary.restored, 'document')} not converted again")
    if summary.dropped:
        parts.append(f"dropped the earlier rows of {_plural(summary.dropped, 'input')}")
    return ", ".join(parts) + f" into {summary.out}"


def kept_older_warning(summary: RunSummary) -> str | None:
    """What the user reads when a rebuild kept rows made by older code or site rules (`earlier.keep_earlier_versions`):
    how many, why, and what drops them; None when it kept none."""
    n = summary.kept_older
    if not n:
        return None
    one = n == 1
    return (f"{_plural(n, 'document')} kept from {summary.out} as older code or site rules made "
            f"{'it' if one else 'them'} ({'its input is' if one else 'their inputs are'} gone or "
            f"{'fails' if one else 'fail'} now): those rows keep that code's values until the input is found again or "
            "mended; --prune drops those of inputs that are gone")
