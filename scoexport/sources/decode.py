"""Bytes to text, never failing: byte order marks, UTF-8 with a few bad bytes, declared charsets,
then detection among the legacy code pages documents are really written in.

Enters: the bytes of a text or HTML input (binary kinds are told apart before, by `sniff`).
Leaves: the text and the name of the encoding read. A file that is UTF-8 except for a stray byte
(a cp1252 quote pasted into UTF-8) is read as UTF-8 with that byte read as cp1252: one bad byte
never makes the whole file be read in another code page. A file whose non-ASCII bytes are never
valid UTF-8 is in a legacy code page, which detection picks.
"""
from __future__ import annotations

import codecs
import re

from .sniff import utf16_without_bom

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""")
_LATIN1_NAMES = {"iso8859-1", "latin-1", "ascii"}
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
# Encodings tried when the bytes are not UTF-8; restricted because open-ended detection
# mistakes cp1252 text for exotic code pages.
_FALLBACK_CANDIDATES = ["cp1252", "latin_1", "utf_16", "cp1251", "gb18030", "shift_jis", "euc_kr", "iso8859_2"]
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


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


def _stray_byte(m: re.Match[str]) -> str:
    byte = bytes([ord(m.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return byte.decode("latin-1")


def _utf8_with_stray_bytes(data: bytes) -> str | None:
    """UTF-8 text whose few invalid bytes are read as cp1252, or None when most of its non-ASCII
    bytes are not UTF-8 (a legacy code page, for detection to pick: its letters make a valid UTF-8
    pair only by accident, such as cp1251 "С»")."""
    text = data.decode("utf-8", "surrogateescape")
    invalid = sum(1 for _ in _ESCAPED_BYTE.finditer(text))
    valid = sum(1 for _ in _VALID_NON_ASCII.finditer(text))
    if valid <= invalid:
        return None
    return _ESCAPED_BYTE.sub(_stray_byte, text)


def decode(data: bytes, fmt: str = "text") -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name). Never raises."""
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        try:
            return body.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return _ESCAPED_BYTE.sub(_stray_byte, body.decode("utf-8", "surrogateescape")), "utf-8-sig (with stray bytes)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:  # an odd byte count or a broken surrogate pair
            return data.decode("utf-16", "replace"), "utf-16 (with replacements)"
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, "replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _utf8_with_stray_bytes(data)
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8 (with stray bytes read as cp1252)"
    if fmt == "html":
        declared = declared_html_encoding(data)
        if declared:
            try:
                return data.decode(declared), declared
            except (UnicodeDecodeError, LookupError):
                pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_FALLBACK_CANDIDATES).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252 (with replacements)"
