"""What a name names, from package data alone: shared by the HTML author reader (parse) and the
entity rules (extract), so that both decide "organization or person" and "place" the same way."""
from __future__ import annotations

from functools import cache, lru_cache

from .data import load_json, load_lines


@cache
def organization_heads() -> tuple[str, ...]:
    """Words that end an organization's name: head nouns ("Council", "News") and legal forms ("Corp", "AG"),
    also as written in capitals ("SPIEGEL ONLINE")."""
    words = (*load_lines("organization_heads.txt"), *load_lines("company_suffixes.txt"))
    return tuple(dict.fromkeys([*words, *(w.upper() for w in words)]))


@cache
def _head_set() -> frozenset[str]:
    return frozenset(h.lower().rstrip(".") for h in organization_heads())


@lru_cache(maxsize=4096)  # a document names the same people and bodies again and again
def looks_like_organization(name: str) -> bool:
    """A name with an organization head word or a legal form in it ("News Nation", "Microsoft Corp"), or a
    name of several words set in capitals, is an organization, not a person."""
    words = name.split()
    return any(w.lower().strip(",.") in _head_set() for w in words) or (len(words) > 1 and name.isupper())


@cache
def place_names() -> frozenset[str]:
    """Every way the gazetteer writes a country, city or region, and the countries' demonyms ("Russian")."""
    gaz = load_json("gazetteer.json")
    places = {form for kind in ("countries", "cities", "regions") for row in gaz.get(kind, []) for form in row["aliases"]}
    return frozenset(places | {d for row in gaz["countries"] for d in row["demonyms"]})
