"""What a file is, told by its first bytes before its name: documents made by programs carry a
signature at their start (a PDF, a ZIP archive such as docx or xlsx, an image, gzip, an executable),
and text is told from other data by the bytes it never holds.

Enters: the bytes of one input. Leaves: a kind ("pdf", "text", or a binary kind with a name for
the message), so that no binary file is ever decoded as text by accident.
"""
from __future__ import annotations

PDF_SIGNATURE_WITHIN = 1024  # readers accept junk before "%PDF-" in the first kilobyte
SAMPLE = 65536  # enough of a file to tell text from data
# Text written for reading holds no control characters beyond the layout ones (tab, line and page
# breaks); a stray one may slip in, a share above this is data, whatever the encoding would say.
MAX_CONTROL_SHARE = 0.01
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20), 0x7f])
# every other byte: deleting them leaves the control bytes to count (bytes.translate, in C: a pattern's
# findall over 64 KB took a millisecond, as long as parsing a small page)
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# an ASCII-heavy UTF-16 text without a byte order mark has a NUL in every other byte
UTF16_NUL_SHARE = 0.4

# (signature at offset 0, what it is for the message; None: too short to trust without more header)
SIGNATURES: list[tuple[bytes, str | None]] = [
    (b"PK\x03\x04", "a ZIP archive (or a docx, xlsx, pptx or epub, which are ZIP archives)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", None),  # too short to trust alone: only with the rest of the BMP header (below)
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", None),  # likewise: a Windows executable only with its PE header
    (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "an executable or Java class file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (doc, xls, ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
]


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:PDF_SIGNATURE_WITHIN]


def binary_kind(data: bytes) -> str | None:
    """What a file holding data rather than text is ("a PNG image"), or None for text (or a PDF)."""
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            if kind is not None:
                return kind
            if signature == b"MZ" and b"PE\x00\x00" in data[:1024]:
                return "a Windows executable"
            if signature == b"BM" and len(data) > 14 and data[6:10] == b"\x00\x00\x00\x00":
                return "a BMP image"
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "a WebP image"
    if data[4:8] == b"ftyp":
        return "an MP4 or HEIC media file"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NULs fill every other byte on one side only, else None."""
    sample = data[:SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:  # most files hold no NUL at all: one memchr tells
        return None
    even, odd = sample[0::2], sample[1::2]
    even_share, odd_share = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_share >= UTF16_NUL_SHARE and even_share < UTF16_NUL_SHARE / 8:
        return "utf-16-le"
    if even_share >= UTF16_NUL_SHARE and odd_share < UTF16_NUL_SHARE / 8:
        return "utf-16-be"
    return None


def looks_binary(text: str) -> bool:
    """Whether decoded text is data: more control characters than text written for reading holds."""
    sample = text[:SAMPLE]
    # the control characters are ASCII, and UTF-8 writes each as its own byte and no other character with
    # a byte below 0x80: its bytes hold as many control bytes as the text holds control characters
    return bool(sample) and _control_bytes(sample.encode("utf-8", "surrogatepass")) > MAX_CONTROL_SHARE * len(sample)


def bytes_look_binary(data: bytes) -> bool:
    """The same test on raw bytes, before any decoding (a NUL-free file of random bytes included)."""
    sample = data[:SAMPLE]
    return bool(sample) and _control_bytes(sample) > MAX_CONTROL_SHARE * len(sample)


def _control_bytes(data: bytes) -> int:
    return len(data.translate(None, _NOT_CONTROL))
