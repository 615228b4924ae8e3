"""What the package keeps between processes (the gazetteer's automaton, in the user's cache) is what building it
gives, and a dataset converted with it is the dataset converted without it."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "html" / "furniture.html"]
_CONVERT = "import sys; from scoexport import convert; convert(sys.argv[2:], sys.argv[1], incremental=False)"


def _convert(out: Path, cache: Path | None, seed: int = 0) -> None:
    """A conversion of INPUTS in a process of its own, with the cache in `cache` (None: the cache off) and the
    string hashing of `seed`."""
    env = {**os.environ, "SCOEXPORT_CACHE_DIR": str(cache or ""), "SCOEXPORT_CACHE": "on" if cache else "off",
           "PYTHONHASHSEED": str(seed)}
    subprocess.run([sys.executable, "-c", _CONVERT, str(out), *map(str, INPUTS)], env=env, check=True, cwd=ROOT)


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache filled by one conversion, then used by a second."""
    cache = tmp_path_factory.mktemp("cache")
    first = tmp_path_factory.mktemp("first")
    _convert(first / "dataset", cache, seed=1)
    assert list(cache.glob("gazetteer-*.pickle"))
    return cache


def test_a_dataset_with_the_kept_automaton_is_the_dataset_without(warm: Path, tmp_path: Path) -> None:
    _convert(tmp_path / "cached", warm, seed=3)
    _convert(tmp_path / "plain", None, seed=3)
    tables = sorted(p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*.parquet"))
    assert tables
    for table in tables:
        cached, plain = pq.read_table(tmp_path / "cached" / table), pq.read_table(tmp_path / "plain" / table)
        keep = [c for c in plain.column_names if c not in {"converted_at", "run_id"}]  # the run's own stamps
        assert cached.select(keep).equals(plain.select(keep)), table


def test_the_kept_gazetteer_is_the_built_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The automaton read back from the cache finds every form the data files give, with the same entry."""
    from scoexport.extract import gazetteer_forms as gazetteer

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


def test_a_damaged_automaton_file_is_built_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file cut short (a full disk) is not trusted: the automaton is built again and the file written whole."""
    from scoexport.extract import gazetteer_forms as gazetteer

    monkeypatch.setenv("SCOEXPORT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("SCOEXPORT_CACHE", "on")
    path = tmp_path / gazetteer._cache_name()
    try:
        (tmp_path / "gazetteer-0123456789abcdef.pickle").write_bytes(b"another build's")
        gazetteer._gazetteer.cache_clear()
        gazetteer._gazetteer()
        assert [p.name for p in tmp_path.glob("gazetteer-*.pickle")] == [path.name]  # another build's removed
        whole = path.read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
        gazetteer._gazetteer.cache_clear()
        assert gazetteer.known_form("New Jersey").name == "New Jersey"
        with open(path, "rb") as f:  # written whole again: it reads back, with every form
            assert len(pickle.load(f)[1]) == len(gazetteer._built_forms())
    finally:
        gazetteer._gazetteer.cache_clear()
