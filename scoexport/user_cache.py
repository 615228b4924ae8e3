"""The folder where what a process derives from the package's data is kept for the next process (the
gazetteer's automaton), and how a file is written there.

Enters: a file name (which names what the content was derived from: a hash of its inputs). Leaves: the path,
or None when the cache is off (SCOEXPORT_CACHE=off); SCOEXPORT_CACHE_DIR chooses the folder, else
`$XDG_CACHE_HOME/scoexport` or `~/.cache/scoexport`. A file is written whole under a temporary name and
renamed, so a reader (another worker, started meanwhile) sees the old file or the new one, never half of one;
a folder that cannot be written costs the next process the build again, nothing more.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


def cache_path(name: str) -> Path | None:
    """Where the file `name` is kept, or None when the cache is off."""
    if os.environ.get("SCOEXPORT_CACHE", "").lower() in {"off", "0", "no", "false"}:
        return None
    base = os.environ.get("SCOEXPORT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "scoexport")
    return Path(base) / name


def write_whole(path: Path, data: bytes) -> bool:
    """`data` into `path` under a temporary name, then renamed into place; False when it could not be written."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
        return True
    except OSError as e:  # a cache is never worth a failed run
        log.debug("cache file %s not written (%s)", path, e)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False
