"""Sources: find the inputs, read each once, hash it, tell its format by content, decode it.

Every input the user named becomes a `Source`, a `Failure` (it cannot be read or is not a
document: the reason names what it is) or a `Skipped` (left out on purpose: empty, unsupported
in a folder, an unreadable folder, a folder reached again through a symbolic link). Nothing is
left out without a word. Paths are kept as `printable_path` text, so a file name of any bytes
can be written to every table, manifest and message.
"""
from __future__ import annotations

import glob
import hashlib
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..records import Failure, Skipped, Source, printable_path
from .decode import decode
from .record_fields import RecordFields
from .record_files import RECORD_SUFFIXES, is_record_file, iter_records
from .sniff import binary_kind, bytes_look_binary, is_pdf, looks_binary, utf16_without_bom

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
PDF_SUFFIXES = {".pdf"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
WARC_SUFFIXES = (".warc", ".warc.gz")  # web archives: many documents in one file (sources/warc.py)
# every suffix a folder is searched for (files of records: sources/record_files.py), as `convert --help` lists them
FOLDER_SUFFIXES = (".pdf", *sorted(TEXT_SUFFIXES), *sorted(HTML_SUFFIXES), *WARC_SUFFIXES, *RECORD_SUFFIXES)
# the common ones, as the message about the other files of a folder names them
SUPPORTED = ".txt, .md, .html, .pdf, .json, .jsonl, .parquet, .warc, .warc.gz"

# the tags a page opens with, looked for in the bytes and, for UTF-16 pages, in the decoded text
_HTML_MARKERS = r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]"
_HTML_SNIFF = re.compile(_HTML_MARKERS.encode("ascii"), re.IGNORECASE)
_HTML_SNIFF_TEXT = re.compile(_HTML_MARKERS, re.IGNORECASE)


def html_markers() -> re.Pattern[str]:
    """The tags a page opens with, in decoded text."""
    return _HTML_SNIFF_TEXT


def is_container(path: str) -> bool:
    """A file of many documents (a web archive, a file of records): its documents are `FILE#WHERE`."""
    return is_warc(path) or is_record_file(path)


class InputError(ValueError):
    """An input that cannot be read or is not a document; the message says why."""


class InputSkipped(ValueError):
    """An input left out on purpose (empty); the message says why."""


def missing_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[Failure]:
    """The named inputs that name nothing: no such file or folder, or a pattern matching no file."""
    missing = []
    for raw in inputs:
        item = os.fspath(raw)
        if os.path.exists(item):
            continue
        if glob.has_magic(item):
            if not any(os.path.isfile(p) for p in glob.iglob(item, recursive=True)):
                missing.append(Failure(printable_path(item), "find", "the pattern matches no file"))
        else:
            missing.append(Failure(printable_path(item), "find", "no such file or folder"))
    return missing


def _walk(folder: str) -> Iterator[str | Skipped]:
    """Files under a folder (hidden ones left out), following links to folders once each."""
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        problems.append(Skipped(printable_path(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}"))

    problems: list[Skipped] = []
    files: list[str] = []
    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in visited:
            problems.append(Skipped(printable_path(root), "folder already searched (a symbolic link loop)"))
            dirs.clear()
            continue
        visited.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = os.path.join(root, name)
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in SUFFIXES or is_container(name):
                files.append(path)
            elif os.path.isfile(path):
                problems.append(Skipped(printable_path(path), f"not a supported document type ({SUPPORTED})"))
    yield from sorted(files)
    yield from problems


def find_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[str | Failure | Skipped]:
    """Expand files, folders (recursively, documents by suffix) and glob patterns, in a stable order."""
    seen: set[str] = set()
    for raw in inputs:
        item = os.fspath(raw)
        found: Iterable[str | Skipped]
        if os.path.isdir(item):
            found = _walk(item)
        elif os.path.exists(item):
            found = [item]
        elif glob.has_magic(item):
            found = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not found:
                log.warning("skipped %s: the pattern matches no file", printable_path(item))
                yield Failure(printable_path(item), "find", "the pattern matches no file")
        else:
            found = []
            log.warning("skipped %s: no such file or folder", printable_path(item))
            yield Failure(printable_path(item), "find", "no such file or folder")
        for path in found:
            if isinstance(path, Skipped):
                yield path
            elif path not in seen:
                seen.add(path)
                yield path


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def detect_format(path: str, data: bytes) -> str:
    """pdf by signature whatever the name; then html or text by suffix, then by content."""
    if is_pdf(data):
        return "pdf"
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "html" if _HTML_SNIFF.search(data[:4096]) else "text"


def read_source(path: str) -> Source:
    """Read one input: bytes once, SHA-256, format by content, decoded text.

    Raises InputError for what is not a document (with what it is) and InputSkipped for an empty file.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputSkipped("empty file" if not data else "holds only white space")
    return source_of(path, data)


def source_of(path: str, data: bytes, fmt: str | None = None) -> Source:
    """The `Source` of an input's bytes, for a file and for a web archive's record alike: what is not a
    document (an image, an archive, control bytes throughout) raises InputError saying what it is, and is
    never decoded as text. `fmt` is the format the container declares (a record's content type); the
    PDF signature and the binary checks still come first."""
    shown = printable_path(path)
    kind = binary_kind(data)
    if kind:
        raise InputError(f"this is {kind}, not text, HTML or PDF")
    fmt = "pdf" if is_pdf(data) else fmt or detect_format(path, data)
    if fmt == "pdf":
        # never decoded as text: parse reads the text layer and sets the text
        return Source(path=shown, data=data, sha256=hashlib.sha256(data).hexdigest(), text="", encoding=None, format=fmt)
    if utf16_without_bom(data) is None and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and bytes_look_binary(data):
        raise InputError("this is binary data (control bytes throughout), not text, HTML or PDF")
    text, encoding = decode(data, fmt)
    if looks_binary(text):
        raise InputError(f"this is binary data (control characters throughout once read as {encoding}), not text")
    if fmt == "text" and Path(path).suffix.lower() not in TEXT_SUFFIXES and _HTML_SNIFF_TEXT.search(text[:4096]):
        fmt = "html"  # UTF-16 pages say so only once decoded
    return Source(path=shown, data=data, sha256=hashlib.sha256(data).hexdigest(), text=text, encoding=encoding, format=fmt)


def read_from(item: Source | Failure | Skipped) -> Source | Failure | Skipped:
    """A source as the stages read it, before it is processed (or sent to a worker): a text from its decoded text
    alone, its bytes let go so that a huge input is held once, not twice; a PDF from its bytes; and an HTML page
    read as UTF-8 from both, as lxml builds its tree from the bytes the text was decoded from rather than from the
    text encoded again (`parse.html.page`): the same bytes once more, without the encoding's cost."""
    if not isinstance(item, Source) or item.format == "pdf" or (item.format == "html" and item.encoding == "utf-8"):
        return item
    return replace(item, data=None)


def iter_sources(inputs: Iterable[str | os.PathLike[str]],
                 fields: RecordFields | None = None) -> Iterator[Source | Failure | Skipped]:
    """Every document of the inputs; `fields` tells which fields of a file of records hold what."""
    from .warc import iter_warc

    for item in find_inputs(inputs):
        if isinstance(item, (Failure, Skipped)):
            yield item
            continue
        if is_warc(item):  # a web archive holds many documents
            yield from iter_warc(item)
            continue
        if is_record_file(item):  # so does a JSON, JSON Lines or Parquet export of records
            yield from iter_records(item, fields)
            continue
        try:
            yield read_source(item)
        except InputSkipped as exc:
            log.info("skipped %s: %s", printable_path(item), exc)
            yield Skipped(printable_path(item), str(exc))
        except InputError as exc:
            log.warning("skipped %s: %s", printable_path(item), exc)
            yield Failure(printable_path(item), "read", str(exc))
