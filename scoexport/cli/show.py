"""`scoexport show`: a thin shell over `scoexport.show.show` (and `server` for --serve)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .exits import error


def show(
    dataset: Annotated[Path, typer.Argument(help="Dataset folder written by convert.")],
    doc: Annotated[str | None, typer.Argument(help="Only this document: a doc_id (or its first characters), "
                                              "a source path or a file name. Default: every document.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Folder for the pages (default: DATASET/show).")] = None,
    serve: Annotated[bool, typer.Option("--serve", help="Then serve the pages on localhost until Ctrl-C.")] = False,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port for --serve (0: any free port).")] = 8000,
) -> None:
    """Write an HTML page per document showing what conversion did to it, and an index.html.

    Each page shows the kept paragraphs by kind and the removed text struck through with its reason.

    Facts are highlighted (hover for the normalized value); entities link to the other documents.

    The pages are static files with no script: open DATASET/show/index.html, or add --serve.

    Examples:

      scoexport show dataset

      scoexport show dataset 1cc6affd --serve
    """
    # imported here: the pages' modules and the HTTP server are not needed by the other commands' processes
    from ..show import UnknownDocumentError, server
    from ..show import show as write_pages

    try:
        shown = write_pages(dataset, out, doc)
    except (FileNotFoundError, UnknownDocumentError) as exc:
        raise error(str(exc)) from None
    except OSError as exc:
        raise error(f"cannot write {exc.filename or out}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {len(shown.pages)} document pages and {shown.index}")
    if not serve:
        return
    try:
        httpd = server(shown.folder, port)
    except OSError as exc:
        raise error(f"cannot serve on port {port}: {exc.strerror or exc}") from None
    host, bound = httpd.server_address[:2]
    typer.echo(f"serving {shown.folder} at http://{host}:{bound}/index.html (Ctrl-C to stop)")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
