"""Progress per document while workers convert partitions: read from the notes they keep for crash recovery.

Enters: the partitions as they are handed to the workers, each naming its note (`partitions.Partition.progress`),
which the worker rewrites with the place of the input it starts (`note`); then each partition as it comes back.
Leaves: calls of `on_progress(n)`, n more inputs done (converted, failed or skipped), as the notes move and, when
a partition comes back, for the rest of it; over a run they add up to the items the partitions gave back.

Why the notes: a partition comes back whole, after up to 16 MB of inputs, so a bar moved by partitions stands
still for minutes and then jumps, and its rate and time left mean little. The worker already writes, ahead of each
input, which one it is on, so that a worker that dies names the input that killed it (`partitions.after_death`);
the parent reads those few bytes while it waits for the next partition (`look`, every `LOOK_SECONDS`), so it
hears of each input within a fraction of a second of its being done, without one message more between the
processes. A note read as the worker opens it is empty: that reading is passed over until the next.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

LOOK_SECONDS = 0.2  # how often the waiting parent reads the notes: a bar's pace, and a few reads of 12 bytes
_WIDTH = 12  # a note's digits: rewritten in place, so a note is never longer than the one before


def note(file: BinaryIO, n: int) -> None:
    """Say in `file` (opened unbuffered) that the worker starts the partition's input number `n` (from 0)."""
    file.seek(0)
    file.write(b"%*d" % (_WIDTH, n))


def noted(path: str | os.PathLike[str]) -> int:
    """The input a partition's worker last said it started (so as many inputs before it are done); -1 when it said
    nothing or the note cannot be read."""
    try:
        with open(path, "rb") as f:
            text = f.read()
    except OSError:
        return -1
    if len(text) != _WIDTH:
        return -1
    try:
        return int(text)
    except ValueError:
        return -1


class Watch:
    """The partitions in flight and how many of each one's inputs `on_progress` has heard of."""

    def __init__(self, on_progress: Callable[[int], None]) -> None:
        self.on_progress = on_progress
        self.heard: dict[str, list[Any]] = {}  # part -> [its note's path, inputs heard of]

    def handed(self, tasks: Iterable[Any]) -> Iterator[Any]:
        """The tasks (`partitions.Partition`), each watched from when the pool takes it."""
        for task in tasks:
            self.heard[task.part] = [task.progress, 0]
            yield task

    def look(self) -> None:
        """Read the notes: the inputs done since the last look. A partition run again after its worker died starts
        its note again: what was heard is not heard twice."""
        for entry in self.heard.values():
            done = noted(entry[0])
            if done > entry[1]:
                self.on_progress(done - entry[1])
                entry[1] = done

    def back(self, part: str, items: int) -> None:
        """A partition came back with `items` inputs done: the ones not heard of yet."""
        _, heard = self.heard.pop(part, (None, 0))
        if items > heard:
            self.on_progress(items - heard)
