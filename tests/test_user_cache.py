"""What the package keeps between processes (`scoexport.regex_cache`, the gazetteer's automaton) is what building it
gives, and a dataset converted with it is the dataset converted without it."""
from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from scoexport import regex_cache

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "html" / "furniture.html"]
_CONVERT = "import sys; from scoexport import convert; convert(sys.argv[2:], sys.argv[1], incremental=False)"


def _convert(out: Path, cache: Path | None, seed: int = 0) -> None:
    """A conversion of INPUTS in a process of its own, with the cache in `cache` (None: the cache off) and the
    string hashing of `seed` (which orders the sets the patterns are built from)."""
    env = {**os.environ, "SCOEXPORT_CACHE_DIR": str(cache or ""), "SCOEXPORT_CACHE": "on" if cache else "off",
           "PYTHONHASHSEED": str(seed)}
    subprocess.run([sys.executable, "-c", _CONVERT, str(out), *map(str, INPUTS)], env=env, check=True, cwd=ROOT)


def _entries(cache: Path) -> dict:
    (found,) = cache.glob("regex-*.pickle")
    with open(found, "rb") as f:
        return pickle.load(f)


def _compiled(text: str | bytes, flags: int) -> re.Pattern:
    """The stdlib's own compile, not the cache's."""
    from re import _compiler

    return (regex_cache._state["original"] or _compiler.compile)(text, flags)


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache filled by one conversion, then used by a second."""
    cache = tmp_path_factory.mktemp("regex-cache")
    first = tmp_path_factory.mktemp("first")
    _convert(first / "dataset", cache, seed=1)
    return cache


def test_a_second_process_compiles_none_of_the_patterns(warm: Path, tmp_path: Path) -> None:
    """Every pattern's text is the same in every process (a set's words in one order, whatever the hashing), so
    the second conversion finds each of its patterns kept and adds none."""
    kept = set(_entries(warm))
    _convert(tmp_path / "dataset", warm, seed=2)
    assert set(_entries(warm)) == kept


def test_every_kept_pattern_is_the_compiled_pattern(warm: Path) -> None:
    import _sre

    entries = _entries(warm)
    assert len(entries) > 300  # the word lists' alternations, the dates', the cleaners'
    for (_kind, text, flags), (_text, final_flags, code, groups, groupindex, indexgroup) in entries.items():
        kept = _sre.compile(text, final_flags, code.tolist(), groups, dict(groupindex), indexgroup)
        fresh = _compiled(text, flags)
        # a pattern equals another when its text, flags and opcodes do; the groups' names are not compared
        assert kept == fresh and kept.groupindex == fresh.groupindex and kept.groups == fresh.groups, text[:80]


def test_a_dataset_with_kept_patterns_is_the_dataset_without(warm: Path, tmp_path: Path) -> None:
    _convert(tmp_path / "cached", warm, seed=3)
    _convert(tmp_path / "plain", None, seed=3)
    tables = sorted(p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*.parquet"))
    assert tables
    for table in tables:
        cached, plain = pq.read_table(tmp_path / "cached" / table), pq.read_table(tmp_path / "plain" / table)
        keep = [c for c in plain.column_names if c not in {"converted_at", "run_id"}]  # the run's own stamps
        assert cached.select(keep).equals(plain.select(keep)), table


def test_a_damaged_cache_is_compiled_over(tmp_path: Path) -> None:
    """A file cut short (a full disk) is not trusted: the run compiles its patterns and writes the file again."""
    cache = tmp_path / "cache"
    env = {**os.environ, "SCOEXPORT_CACHE_DIR": str(cache), "SCOEXPORT_CACHE": "on"}
    probe = "from scoexport import regex_cache; print(regex_cache.cache_file())"
    path = Path(subprocess.run([sys.executable, "-c", probe], env=env, check=True, capture_output=True,
                               text=True).stdout.strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({("str", "x", 0): ("x", 32, None)})[:-7])
    _convert(tmp_path / "dataset", cache)
    assert len(_entries(cache)) > 300


def test_other_packages_patterns_are_not_kept() -> None:
    """A pattern compiled for code outside the package goes through the stdlib unchanged and is not stored."""
    text = r"only-this-test-compiles-(\d+)-here"
    assert re.compile(text).match("only-this-test-compiles-12-here").group(1) == "12"
    assert ("str", text, 0) not in regex_cache._stored()


def test_the_kept_gazetteer_is_the_built_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The automaton read back from the cache finds every form the data files give, with the same entry."""
    from scoexport.extract import gazetteer

    monkeypatch.setenv("SCOEXPORT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("SCOEXPORT_CACHE", "on")
    built = gazetteer._built_forms()
    try:
        for _ in ("built and written", "read back"):
            gazetteer._gazetteer.cache_clear()
            kept = gazetteer._gazetteer()
            assert {form: kept.form(i)[1] for form, i in kept.automaton.items()} == built
            assert all(kept.form(i)[0] == len(form) for form, i in kept.automaton.items())
            assert list(tmp_path.glob("gazetteer-*.pickle"))
        text = "Officials in New Jersey and Salina, Kansas met the Nigerian envoy."
        assert [(entry.name, length) for _end, length, entry in gazetteer.automaton_hits(text)
                if entry.name in {"New Jersey", "Kansas", "Nigeria"}] == [
            ("New Jersey", 10), ("Kansas", 6), ("Nigeria", 7), ("Nigeria", 8)]  # "Nigeria" inside "Nigerian" too
    finally:
        gazetteer._gazetteer.cache_clear()
