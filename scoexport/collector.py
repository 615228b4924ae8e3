"""Python's cycle collector paused while one document (or one window of a long one) is worked on.

Enters: a block of per-document work. Leaves: the same work, with the collector as it was before.
A document's stages make hundreds of thousands of short-lived objects (matches, spans, facts, rows) that
form no reference cycles; the collector's passes, set off by their number alone, walk them and every
long-lived object (word lists, the gazetteer) and find nothing (on an HTML page, whose walk makes tens of
thousands of units, lines and ancestor chains, they took a tenth of parsing). Reference counting still frees each object
when the document lets go of it, and the collector runs again between documents, so memory stays bounded
by one document's (or one window's) objects.
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def cycles_paused() -> Iterator[None]:
    """The cyclic garbage collector disabled for the block, then enabled again if it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
