"""Show what the tool did to each document: static HTML pages over a written dataset.

Enters: a dataset folder (read through DuckDB, never converted again). Leaves: a folder with one
page per document (`DOC_ID.html`: kept paragraphs by kind, removed text struck through with its
reason, facts with their values on hover, entities linked to their other documents) and an
`index.html` listing the documents, the failed inputs and the entities. The pages are plain HTML
with the style inlined and no script, so they open offline from the disk; `server` serves the
folder on localhost for those who prefer a URL.

`load.py` reads the dataset, `page.py` builds a document's page, `index.py` the index, `markup.py`
holds the escaping every piece of dataset text goes through.
"""
from __future__ import annotations

import functools
import http.server
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from .index import index_page
from .load import check_dataset, documents, find_documents, overview
from .markup import page_name
from .page import document_page

log = logging.getLogger(__name__)

DEFAULT_FOLDER = "show"  # inside the dataset, so the next convert (which replaces the dataset) clears it


class UnknownDocumentError(LookupError):
    """The document asked for is not in the dataset (or the name fits several)."""


@dataclass
class Shown:
    folder: Path
    index: Path
    pages: list[Path] = field(default_factory=list)


def show(dataset: str | os.PathLike[str], out: str | os.PathLike[str] | None = None, doc: str | None = None) -> Shown:
    """Write the pages of every document of `dataset` (or only of `doc`: a doc_id, its first characters,
    or a source path or file name) and the index into `out` (default DATASET/show)."""
    folder = check_dataset(dataset)
    target = Path(out) if out is not None else folder / DEFAULT_FOLDER
    only = None
    if doc is not None:
        only = find_documents(folder, doc)
        if not only:
            raise UnknownDocumentError(f"no document {doc!r} in {dataset} (give a doc_id or a source path)")
        if len(only) > 1:
            raise UnknownDocumentError(f"{doc!r} names {len(only)} documents in {dataset}; give more of the doc_id")
    target.mkdir(parents=True, exist_ok=True)
    view = overview(folder)
    titles = {d["doc_id"]: d.get("title") or d.get("source_path") or d["doc_id"] for d in view.documents}
    errors = {d["doc_id"]: d["errors"] for d in view.documents}
    shown = Shown(target, target / "index.html")
    for document in documents(folder, only):
        path = target / page_name(document.doc_id)
        _write(path, document_page(document, view.entities, titles, errors.get(document.doc_id, [])))
        shown.pages.append(path)
        log.debug("wrote %s", path)
    with_page = {d["doc_id"] for d in view.documents if (target / page_name(d["doc_id"])).is_file()}
    _write(shown.index, index_page(view, folder.resolve().name, with_page))
    return shown


def _write(path: Path, text: str) -> None:
    """Write whole or not at all: a reader never sees half a page."""
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def server(folder: str | os.PathLike[str], port: int = 8000, host: str = "127.0.0.1") -> http.server.ThreadingHTTPServer:
    """An HTTP server for the pages' folder on localhost (port 0: any free port); call serve_forever()."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    return http.server.ThreadingHTTPServer((host, port), handler)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # requests go to the debug log, not stderr
        log.debug("%s " + format, self.address_string(), *args)


__all__ = ["Shown", "UnknownDocumentError", "server", "show"]
