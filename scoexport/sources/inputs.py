"""Sources: find the inputs, read each once, hash and decode it, tell its format."""
from __future__ import annotations

import codecs
import glob
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Failure, Source

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""")
_LATIN1_NAMES = {"iso8859-1", "latin-1", "ascii"}
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
# Encodings tried when the bytes are not UTF-8; restricted because open-ended detection
# mistakes cp1252 text for exotic code pages.
_FALLBACK_CANDIDATES = ["cp1252", "latin_1", "utf_16", "cp1251", "gb18030", "shift_jis", "euc_kr", "iso8859_2"]


class InputError(Exception):
    """An input that cannot be read or decoded; the message says why."""


def find_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[str | Failure]:
    """Expand files, folders (recursively, documents by suffix) and glob patterns, in a stable order."""
    seen: set[str] = set()
    for raw in inputs:
        item = str(raw)
        if os.path.isdir(item):
            found = sorted(
                str(p) for p in Path(item).rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(item).parts)
            )
        elif os.path.exists(item):
            found = [item]
        elif glob.has_magic(item):
            found = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not found:
                yield Failure(item, "find", "the pattern matches no file")
        else:
            found = []
            yield Failure(item, "find", "no such file or folder")
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path


def detect_format(path: str, data: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "html" if _HTML_SNIFF.search(data[:4096]) else "text"


def declared_html_encoding(data: bytes) -> str | None:
    """The encoding a page declares (meta charset, http-equiv content type, XML declaration), as a codec name."""
    head = data[:8192]
    m = _META_CHARSET.search(head) or _XML_ENCODING.match(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name in _LATIN1_NAMES and _C1_BYTES.search(data):
        # browsers read pages labelled latin-1 as windows-1252, whose quotes and dashes sit in 0x80-0x9f
        return "cp1252"
    return name


def decode(data: bytes, fmt: str = "text") -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name), name
    if b"\x00" in data[:8192]:
        kind = "a PDF" if data.startswith(b"%PDF") else "binary data"
        raise InputError(f"this is {kind}, not text or HTML; extract its text first (for a PDF: pdftotext)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if fmt == "html":
        declared = declared_html_encoding(data)
        if declared:
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_FALLBACK_CANDIDATES).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252 (with replacements)"


def read_source(path: str) -> Source:
    """Read one input: bytes once, SHA-256, decoded text and format."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    fmt = detect_format(path, data)
    text, encoding = decode(data, fmt)
    return Source(path=path, data=data, sha256=hashlib.sha256(data).hexdigest(), text=text, encoding=encoding, format=fmt)


def iter_sources(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Source | Failure]:
    for item in find_inputs(inputs):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield read_source(item)
        except InputError as exc:
            yield Failure(item, "read", str(exc))
