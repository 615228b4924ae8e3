"""The gazetteer's written forms and the automaton that finds them: every name of a known country, city, region,
town and organization from package data (`gazetteer.json`, `organizations.json`, `towns.tsv`), each form with the
entry it names, in one Aho-Corasick automaton.

Enters: the data files. Leaves: `automaton_hits(text)` (every form found, overlapping ones included) and
`known_form(form)`; `gazetteer.find` decides which hits are names. Building the automaton costs about 0.2 s a process,
so it is kept in the user's cache (`user_cache`) under a name hashing everything it is built from: the data files,
this module's own code, the package's version and the automaton library's; reading it back takes a tenth of building
it, and the test suite checks that both give the same forms and entries. A file that cannot be read is built over;
files of other builds are removed when a new one is written.
"""
from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterator
from dataclasses import astuple, dataclass
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import ahocorasick

from .. import __version__
from ..data import load_json, load_lines
from ..user_cache import cache_path, write_whole


@dataclass(frozen=True, slots=True)
class Entry:
    type: str  # country, city, region or organization
    name: str  # canonical
    external_id: str | None
    demonym: bool = False
    town: bool = False  # a town: a place only where the text places it


_PRIORITY = {"country": 0, "organization": 1, "city": 2, "region": 3}


_SOURCES = ("gazetteer.json", "organizations.json", "towns.tsv")  # what the automaton is built from


def _built_forms() -> dict[str, Entry]:
    """Every written form of a known place or organization, with the entry it names (a form two entries share
    goes to the country before the organization, the city, the region; a town gives way to every other)."""
    entries: dict[str, Entry] = {}

    def add(form: str, entry: Entry) -> None:
        old = entries.get(form)
        if old is None or _PRIORITY[entry.type] < _PRIORITY[old.type]:
            entries[form] = entry

    gaz = load_json("gazetteer.json")
    for c in gaz["countries"]:
        for form in c["aliases"]:
            add(form, Entry("country", c["name"], c["id"]))
        for form in c["demonyms"]:
            add(form, Entry("country", c["name"], c["id"], demonym=True))
    for c in gaz["cities"]:
        for form in c["aliases"]:
            add(form, Entry("city", c["name"], c["id"]))
    for r in gaz.get("regions", []):
        for form in r["aliases"]:
            add(form, Entry("region", r["name"], r["id"]))
        for form in r.get("demonyms", []):
            add(form, Entry("region", r["name"], r["id"], demonym=True))
    for org in load_json("organizations.json")["organizations"]:
        for form in [org["name"], *org["aliases"]]:
            add(form, Entry("organization", org["name"], None))
    for line in load_lines("towns.tsv"):
        geonames_id, _, name, *others = line.split("\t")
        town = Entry("city", name, geonames_id, town=True)
        for form in (name, *others):
            entries.setdefault(form, town)  # every other name first
    return entries


def _cache_name() -> str:
    """The cache file's name: a hash of the data files, of this module's code (which decides the forms), of the
    package's and the automaton library's versions."""
    digest = hashlib.sha256(f"{version('pyahocorasick')}|{__version__}|".encode())
    digest.update(Path(__file__).read_bytes())
    for name in _SOURCES:
        digest.update(resources.files("scoexport").joinpath("data", name).read_bytes())
    return f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _keep_only(path: Path) -> None:
    """Remove the files of other builds beside `path` (each a few MB; none is read again)."""
    for old in path.parent.glob("gazetteer-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)


@dataclass(frozen=True)
class _Gazetteer:
    """The automaton over every form, whose value is the form's number; per number, the form's length and the
    number of its entry's fields in `rows`; the entries made so far (a page asks for a few hundred of them)."""

    automaton: ahocorasick.Automaton
    forms: list[tuple[int, int]]
    rows: list[tuple]
    made: dict[int, Entry]

    def form(self, number: int) -> tuple[int, Entry]:
        length, row = self.forms[number]
        entry = self.made.get(row)
        if entry is None:
            entry = self.made[row] = Entry(*self.rows[row])
        return length, entry


@cache
def _gazetteer() -> _Gazetteer:
    """Built from the data files, or read back from the user's cache (`user_cache`), where it is kept under a name
    that hashes what it is built from: reading it takes a tenth of building it, and the test suite checks that
    both give the same forms and entries."""
    path = cache_path(_cache_name())
    if path is not None:
        try:
            with open(path, "rb") as f:
                auto, forms, rows = pickle.load(f)
            return _Gazetteer(auto, forms, rows, {})
        except Exception:  # none yet, or a damaged file: built again below
            pass
    numbers: dict[Entry, int] = {}  # the aliases of one place share its entry
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    forms = []
    for form, entry in _built_forms().items():
        auto.add_word(form, len(forms))
        forms.append((len(form), numbers.setdefault(entry, len(numbers))))
    auto.make_automaton()
    rows = [astuple(entry) for entry in numbers]
    if path is not None and write_whole(path, pickle.dumps((auto, forms, rows), protocol=pickle.HIGHEST_PROTOCOL)):
        _keep_only(path)
    return _Gazetteer(auto, forms, rows, {})


def automaton_hits(text: str) -> Iterator[tuple[int, int, Entry]]:
    """(last index, length, entry) of every form found in `text`, overlapping ones included."""
    gazetteer = _gazetteer()
    for end_index, number in gazetteer.automaton.iter(text):
        yield end_index, *gazetteer.form(number)


def known_form(form: str) -> Entry | None:
    """The entry a form is, as written whole (towns included)."""
    gazetteer = _gazetteer()
    number = gazetteer.automaton.get(form, None)
    return None if number is None else gazetteer.form(number)[1]
