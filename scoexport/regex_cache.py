"""Compiled regular expressions kept from one process to the next: a process starts without parsing again
the patterns the package compiles (about a quarter of its start-up: the alternations built from the word
lists run to thousands of branches, and every worker compiled them all again).

Enters: the stdlib's compile step (`re._compiler.compile`), wrapped by `install()`. Leaves: the same
`re.Pattern` objects. Python compiles a pattern in two steps: parse and translate it into a list of
opcodes (pure Python, the dear part), then build the pattern object from them (`_sre.compile`, in C). The
wrapper records the arguments of the second step the first time a pattern of this package is compiled
and, in later processes, builds the pattern from them directly. Those arguments are what the first step
makes of the pattern's text and flags alone, so the object built is the one compiling gives (two
patterns compare equal when their text, flags and opcodes are equal: `tests/test_regex_cache.py` checks
every pattern a run compiles). Patterns compiled for other packages are left to the stdlib unchanged.

The file (`regex-<key>.pickle` in `user_cache`'s folder) is named by the interpreter's version and the
regex engine's (`_sre.MAGIC`), whose opcodes it holds; a pattern's text and flags are its entry's key,
so a changed word list makes a new entry. It is written whole (`save`, after a run or a partition;
`user_cache.write_whole`); a file that cannot be read or written leaves the patterns to be compiled as
before.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

from .user_cache import cache_path, write_whole

log = logging.getLogger(__name__)

MAX_ENTRIES = 20_000  # past this, a save keeps only what its process used (old word lists' patterns go)

try:  # the stdlib's internals this relies on (CPython 3.11 and later); without them nothing is wrapped
    import _sre
    from re import _compiler
except ImportError:  # pragma: no cover - another interpreter
    _sre = _compiler = None  # type: ignore[assignment]

_WORD = {2: "H", 4: "I", 8: "Q"}.get(_sre.CODESIZE, "I") if _sre is not None else "I"  # one opcode's type
_lock = threading.RLock()
_state: dict[str, Any] = {"stored": None, "used": set(), "new": 0, "path": None, "original": None}


def cache_file() -> Path | None:
    """Where this interpreter's entries are kept, or None when the cache is off."""
    if _sre is None:
        return None
    key = hashlib.sha256(f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    return cache_path(f"regex-{key.hexdigest()[:16]}.pickle")


def _stored() -> dict[tuple, tuple]:
    if _state["stored"] is None:
        _state["stored"] = {}
        path = _state["path"]
        if path is not None:
            try:
                with open(path, "rb") as f:
                    loaded = pickle.load(f)
                if isinstance(loaded, dict):
                    _state["stored"] = loaded
            except FileNotFoundError:
                pass
            except Exception as e:  # a damaged file is compiled over, never trusted
                log.debug("regex cache %s unreadable (%s): compiling", path, e)
    return _state["stored"]


def _ours() -> bool:
    """Whether the pattern being compiled was asked for by this package (the first caller outside `re`)."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name != "re" and not name.startswith("re."):
            return name == "scoexport" or name.startswith("scoexport.")
        frame = frame.f_back
    return False


class _Recorder:
    """Stands in for the `_sre` module while the stdlib compiles one pattern, to keep what it passes to
    `_sre.compile` (other threads pass through)."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()
        self.args: tuple | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> Any:
        if threading.get_ident() == self.thread:
            self.args = args
        return _sre.compile(*args)


def _kept(args: tuple) -> tuple:
    """`_sre.compile`'s arguments as stored: the opcodes (named int constants, which do not pickle) as an array of
    machine words, which reads back in one copy."""
    text, final_flags, code, groups, groupindex, indexgroup = args
    return text, int(final_flags), array(_WORD, code), groups, dict(groupindex), tuple(indexgroup)


def _compile(p: Any, flags: int = 0) -> Any:
    original = _state["original"]
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG or not _ours():
        return original(p, flags)
    key = (type(p).__name__, p, int(flags))
    with _lock:
        args = _stored().get(key)
        if args is not None:
            try:
                text, final_flags, code, groups, groupindex, indexgroup = args
                pattern = _sre.compile(text, final_flags, code.tolist(), groups, dict(groupindex), indexgroup)
            except Exception:  # an entry not of this shape (a damaged file) is compiled over
                pattern = None
            if pattern is not None and pattern.pattern == p:
                _state["used"].add(key)
                return pattern
        recorder = _Recorder()
        _compiler._sre = recorder
        try:
            pattern = original(p, flags)
        finally:
            _compiler._sre = _sre
        if recorder.args is not None:
            try:
                _stored()[key] = _kept(recorder.args)
            except (TypeError, ValueError):  # another interpreter's arguments: this pattern is compiled each time
                return pattern
            _state["used"].add(key)
            _state["new"] += 1
        return pattern


def install() -> None:
    """Wrap the stdlib's compile step (once per process; nothing when the cache is off)."""
    with _lock:
        if _state["original"] is not None or _compiler is None:
            return
        path = cache_file()
        if path is None:
            return
        _state["path"] = path
        _state["original"] = _compiler.compile
        _compiler.compile = _compile


def save() -> None:
    """Write the entries this process added (with those of the file as it is now), under a temporary name then
    renamed; nothing when none were added. A process that cannot write leaves the file as it was."""
    with _lock:
        path = _state["path"]
        if path is None or not _state["new"]:
            return
        entries = dict(_stored())
        try:
            with open(path, "rb") as f:
                entries = {**pickle.load(f), **entries}  # another process's entries written meanwhile
        except Exception:  # none yet, or unreadable: ours alone
            pass
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in _state["used"]}
        try:
            data = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:  # a cache is never worth a failed run
            log.debug("regex cache not pickled (%s)", e)
            return
        if write_whole(path, data):
            _state["new"] = 0
