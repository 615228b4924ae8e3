"""A worker's memory does not grow with the documents it has converted: what it keeps between partitions (memos,
caches, the tallies it sends back) is bounded, so its peak on a large corpus is its peak on a small one."""
from __future__ import annotations

import gc
import pickle
import tracemalloc
from pathlib import Path

import pytest

from scoexport.clean import measure
from scoexport.export.folder import scratch
from scoexport.partitions import Partition, convert_partition

LETTERS = "bcdfghjklmnpqrstvwz"


def _word(n: int) -> str:
    """A made-up word for each number (never a real one, so every document brings words no memo has seen)."""
    out = ""
    while True:
        n, k = divmod(n, len(LETTERS))
        out += LETTERS[k] + "aeiou"[k % 5]
        if not n:
            return out


def _documents(folder: Path, first: int, count: int, words: int = 1_200) -> list[str]:
    """`count` plain-text reports of `words` words each, all words distinct across documents, set in lines."""
    paths = []
    for d in range(first, first + count):
        start = d * words
        lines = [" ".join(_word(n) for n in range(at, min(at + 10, start + words)))
                 for at in range(start, start + words, 10)]
        body = "\n".join(lines[:60]) + ".\n\n" + "\n".join(lines[60:]) + ".\n"
        path = folder / f"doc{d:04d}.txt"
        path.write_text(f"Report {d}\n\nMay 3, 2024 by Ada Lovelace\n\n{body}", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_worker_holds_no_more_after_many_partitions_than_after_the_first(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(measure, "MEMO_WORDS", 2_000)  # the memo's bound reached in the first partition, not the tenth
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    progress = str(scratch(out) / "at")

    def partition(n: int) -> None:
        paths = _documents(inputs, 4 * n, 4)
        done = convert_partition(Partition(paths, str(out), f"part-{n:06d}", progress))
        assert all(item.doc_id for item in done.items)  # converted, not failed
        assert len(pickle.dumps(done)) < 200_000  # what goes back to the parent: a few KB per document

    partition(0)  # loads the word lists and data every document needs
    tracemalloc.start()
    try:
        held = []
        for n in range(1, 7):  # 4 documents of 1,200 new words each, per partition
            partition(n)
            gc.collect()
            held.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
    # after the first partition traced here, six partitions' worth of new words add nothing that stays
    assert max(held) - held[0] < 1_000_000, held
