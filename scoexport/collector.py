"""Python's cycle collector paused while one document is worked on, from its parsing until its rows are written.

Enters: a block of per-document work. Leaves: the same work, with the collector as it was before.
A document's stages make hundreds of thousands of short-lived objects (matches, spans, facts, rows) that
form no reference cycles (a page's or a report's whole conversion leaves a few dozen cyclic objects, often none);
the collector's passes, set off by their number alone, walk them and every long-lived object (word lists, the
gazetteer) and find nothing (on an HTML page, whose walk makes tens of thousands of units, lines and ancestor
chains, they took a tenth of parsing). Reference counting still frees each object when the document lets go of
it, and the collector runs again between documents, so memory stays bounded by one document's objects.

Where the pause ends matters as much: resumed while the document's result is alive (its rows still to be made and
written), the first collection walks all of its objects and moves them into an older generation, whose passes walk
them again. So the engines pause once per input, around converting it and writing its rows (`run.convert` in one
process, `partitions.convert_partition` in a worker), and hand each input over so that nothing of it outlives that
block (`handed_over`); `pipeline.process_source` pauses it too, for callers of `process` (a nested pause is the
enclosing one). A long document's windows are all in the one pause: they make no more cyclic garbage than a
document does.
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


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


def handed_over(items: Iterable[T]) -> Iterator[list[T]]:
    """Each item in a list of its own, which the code that converts it empties (`list.pop`): a loop's variable
    holds the empty list, not the item (a source's text, its result), which lives as long as that code keeps it."""
    return map(_in_list, items)


def _in_list(item: T) -> list[T]:
    return [item]
