"""The dataset folder: what marks it as ours, who may write it, and how a new one replaces it.

A run never writes into `DIR` itself. It takes the folder's lock, builds the new dataset in a
hidden staging folder beside it, and swaps that in only when complete. The functions here are the
whole protocol; writers (the full export, an incremental run) call them in this order:

    with lock(out):                       # a second run into `out` waits or refuses (FolderLocked)
        check_replaceable(out)            # never take a folder of user files for a dataset
        tmp = staging(out)                # repairs and clears what dead runs left, makes the folder
        ... write the tables into tmp (temporary files in scratch(tmp)) ...
        tidy(tmp)                         # the scratch folder and dead workers' half-written files go
        mark(tmp)                         # last: a staging folder holding the marker is complete
        replace(out, tmp)                 # atomic where the system allows, repaired next run otherwise
    # or, on failure: discard(tmp)

- The marker (`.scoexport-dataset`) holds the format name and version; only scoexport writes it,
  so a folder holding a user's `manifest.json` is never taken for a dataset. Datasets written before
  the marker are recognised by a manifest naming scoexport beside nothing but dataset entries.
- `replace` exchanges the two folders in one `renameat2(RENAME_EXCHANGE)` call on Linux, so `DIR`
  is never missing; elsewhere it renames twice, and if the process dies between the renames the
  next `staging` call moves the newest complete dataset back to `DIR`.
- The lock is an advisory `flock` on a hidden file beside `DIR`: the system releases it when its
  holder dies (kill -9 included), so there is never a stale lock to clear by hand.
- Hidden staging and old folders of `DIR` are only touched under the lock, so removing them cannot
  hurt a live run.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

MARKER = ".scoexport-dataset"
FORMAT = "scoexport-dataset"
FORMAT_VERSION = 1
# what a dataset written before the marker existed holds, so that it may still be replaced
_LEGACY_ENTRIES = {"manifest.json", "open.sql", "README.md", "dataset.duckdb"}
_RENAME_EXCHANGE = 2


class FolderError(Exception):
    """The dataset folder cannot be written as asked; the message says why in one line."""


class NotADatasetError(FolderError):
    """The target exists and holds something other than a scoexport dataset."""


class FolderLocked(FolderError):
    """Another run is writing the same dataset folder."""


def _hidden(out: Path, kind: str) -> str:
    return f".{out.name}.{kind}-"


def is_dataset(path: str | os.PathLike[str]) -> bool:
    """Whether the folder is a dataset scoexport wrote (its marker, or a marker-less legacy dataset)."""
    folder = Path(path)
    try:
        info = json.loads((folder / MARKER).read_text(encoding="utf-8"))
        return info.get("format") == FORMAT
    except (OSError, ValueError, AttributeError):
        pass
    from ..schema import TABLES

    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        names = {p.name for p in folder.iterdir()}
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("tool") == "scoexport" and names <= _LEGACY_ENTRIES | set(TABLES)


def check_replaceable(out: str | os.PathLike[str]) -> None:
    """Raise NotADatasetError unless `out` is missing, an empty folder or a scoexport dataset."""
    path = Path(out)
    if not path.exists() and not path.is_symlink():
        return
    if not path.is_dir():
        raise NotADatasetError(f"{out} exists and is not a folder; choose another output folder")
    if any(path.iterdir()) and not is_dataset(path):
        raise NotADatasetError(f"{out} exists and is not a scoexport dataset (no {MARKER} marker); "
                               "choose another folder or remove it")


@contextlib.contextmanager
def lock(out: str | os.PathLike[str], wait: float = 0.0) -> Iterator[None]:
    """Hold the dataset folder's lock; wait up to `wait` seconds for another run, then FolderLocked."""
    import fcntl

    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.parent / f".{path.name}.lock"
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise FolderLocked(f"another scoexport run is writing {out}; wait for it to finish or choose "
                                   "another folder") from None
            time.sleep(0.2)
            continue
        # the file may have been removed by the holder we waited for: lock the file that is there now
        try:
            same = os.fstat(fd).st_ino == os.stat(lock_path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)


def _complete(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def repair(out: str | os.PathLike[str]) -> None:
    """Put back a dataset a run that died between two renames left hidden, and remove what dead runs
    left beside `out` (staging and old folders) and inside it (temporary files of in-place updates). Call
    only under the lock."""
    path = Path(out)
    parent = path.parent
    if not parent.is_dir():
        return
    leftovers = [p for p in parent.iterdir() if p.name.startswith((_hidden(path, "partial"), _hidden(path, "old")))]
    if not path.exists():
        # the newest complete staging folder is the dataset the dead run had finished; else the old one
        complete = sorted((p for p in leftovers if _complete(p)),
                          key=lambda p: (p.name.startswith(_hidden(path, "partial")), p.stat().st_mtime))
        if complete:
            complete[-1].rename(path)
            leftovers.remove(complete[-1])
    for p in leftovers:
        shutil.rmtree(p, ignore_errors=True)
    if path.is_dir() and is_dataset(path):
        # a run that changed no row replaces the manifest and input index in place, each through a hidden
        # temporary file: one killed between writing and renaming leaves that file behind
        for p in path.glob(".*.tmp"):
            p.unlink(missing_ok=True)


def staging(out: str | os.PathLike[str]) -> Path:
    """A new, empty hidden folder beside `out` to build the dataset in (after `repair`)."""
    path = Path(out)
    repair(path)
    tmp = path.parent / f"{_hidden(path, 'partial')}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    return tmp


def scratch(tmp: str | os.PathLike[str]) -> Path:
    """The run's folder of temporary files (spilled windows of long documents, workers' notes) inside its staging
    folder, made if missing: it goes with the staging folder whether the run finishes, fails or dies (the next
    run into the dataset removes what a dead one left), never into the system's temporary folder."""
    path = Path(tmp) / ".scratch"
    path.mkdir(exist_ok=True)
    return path


def tidy(tmp: str | os.PathLike[str]) -> None:
    """Remove from a finished staging folder what is not the dataset: the scratch folder, and the hidden files of
    parts that workers were writing when they died."""
    shutil.rmtree(Path(tmp) / ".scratch", ignore_errors=True)
    for path in Path(tmp).glob("*/.*.tmp"):
        path.unlink(missing_ok=True)


def mark(folder: str | os.PathLike[str]) -> None:
    """Write the marker: the last file of a complete dataset."""
    from .. import __version__

    info = {"format": FORMAT, "version": FORMAT_VERSION, "tool": "scoexport", "tool_version": __version__}
    path = Path(folder) / MARKER
    path.write_text(json.dumps(info) + "\n", encoding="utf-8")
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    func = getattr(libc, "renameat2", None)
    if func is None:
        return False
    at_fdcwd = -100
    if func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def replace(out: str | os.PathLike[str], tmp: str | os.PathLike[str]) -> None:
    """Make the complete dataset in `tmp` the one at `out`, then remove the one it replaced."""
    path, new = Path(out), Path(tmp)
    if not path.exists():
        new.rename(path)
        return
    if _exchange(new, path):
        shutil.rmtree(new, ignore_errors=True)  # now holds the replaced dataset
        return
    old = path.parent / f"{_hidden(path, 'old')}{uuid.uuid4().hex[:8]}"
    path.rename(old)
    new.rename(path)  # dying before this line leaves `out` missing: the next `repair` restores it
    shutil.rmtree(old, ignore_errors=True)


def discard(tmp: str | os.PathLike[str]) -> None:
    """Remove a staging folder of a run that did not finish."""
    shutil.rmtree(tmp, ignore_errors=True)
