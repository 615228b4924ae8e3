"""One document handed over in Python: a path, the bytes of a file, or text or HTML as a string.

Enters: what `scoexport.process` is given. Leaves: the `Source` a file of the same content would give
(the same SHA-256, format detection and decoding, so the same document ID), or an exception whose
message says what is wrong.

A positional string is always a path, as `open()` and `pathlib` take it: a string that names no file is
an error, never silently read as text (a mistyped file name would otherwise become a one-line
document). Text and HTML are passed by keyword, `text=` or `html=`, so the caller says which it is.
"""
from __future__ import annotations

import hashlib
import os

from ..records import Source, printable_path
from .inputs import InputError, InputSkipped, is_container, read_source, source_of

BYTES_NAME = "<bytes>"
TEXT_NAME = "<text>"


def source_from(document: str | os.PathLike[str] | bytes | None = None, *, text: str | None = None,
                html: str | None = None, name: str | None = None) -> Source:
    """The `Source` of one document given as a path, bytes, `text=` or `html=`; `name` is the path the tables
    show for bytes and strings (its suffix, such as .html, also tells the format of bytes).

    Raises FileNotFoundError or IsADirectoryError for a path that names no file, ValueError for a file of
    many documents (use `scoexport.convert`), `InputError` for what is not a document (an image, binary
    data) and `InputSkipped` for an empty one (both are ValueErrors); TypeError when given none or several.
    """
    given = [x for x in (document, text, html) if x is not None]
    if len(given) != 1:
        raise TypeError("give one document: a path or bytes, or text=... or html=...")
    if text is not None or html is not None:
        body = text if text is not None else html
        if not isinstance(body, str):
            raise TypeError(f"{'text' if text is not None else 'html'}= takes a str, not {type(body).__name__}")
        if not body.strip():
            raise InputSkipped("the text is empty")
        data = body.encode("utf-8", "surrogatepass")
        return Source(path=printable_path(name or TEXT_NAME), data=data, sha256=hashlib.sha256(data).hexdigest(),
                      text=body, encoding="utf-8", format="text" if text is not None else "html")
    if isinstance(document, (bytes, bytearray, memoryview)):
        data = bytes(document)
        if not data.strip():
            raise InputSkipped("the bytes are empty" if not data else "the bytes hold only white space")
        return source_of(name or BYTES_NAME, data)
    if not isinstance(document, (str, os.PathLike)):
        raise TypeError(f"process takes a path, bytes, text= or html=, not {type(document).__name__}")
    path = os.fspath(document)
    if not os.path.exists(path):
        shown = path if len(path) <= 80 else path[:77] + "..."
        raise FileNotFoundError(f"no such file: {shown!r} (to process a string, pass text=... or html=...)")
    if os.path.isdir(path):
        raise IsADirectoryError(f"{path} is a folder: scoexport.convert converts folders")
    if is_container(path):
        raise ValueError(f"{path} holds many documents (a web archive or a file of records): "
                         "use scoexport.convert, or run.iter_results for the results one by one")
    return read_source(path)


__all__ = ["InputError", "InputSkipped", "source_from"]
