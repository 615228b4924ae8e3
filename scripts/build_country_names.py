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
from pathlib import Path

import pycountry
from babel import Locale

from scoexport.extract.gazetteer import lookup
from scoexport.extract.name_stops import compass_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "country_names.tsv"
REGION_SOURCES = Path(__file__).resolve().parent / "gazetteer_sources" / "regions.json"
COUNTRY_SOURCES = Path(__file__).resolve().parent / "gazetteer_sources" / "countries.json"
# languages written with spaces between words, whose names of countries the gazetteer does not hold
_UNIONS = ("EU", "UN")  # two-letter codes of bodies, not of territories
LANGUAGES = ("bg", "cs", "da", "de", "es", "fi", "fr", "hr", "hu", "id", "it", "ms", "nl", "no", "pl", "pt",
             "ro", "ru", "sk", "sl", "sr", "sv", "tr", "uk", "vi")


def exemplar_cities(language: str) -> set[tuple[str, str, str]]:
    """The cities the language names otherwise than English ("Kopenhagen" for Europe/Copenhagen), each to the
    gazetteer's English name; a zone's city the gazetteer knows as no city (a country, an island) is left out, and
    so is a form of two letters or fewer."""
    rows = set()
    for zone, names in Locale(language).time_zones.items():
        form = names.get("city")
        known = lookup(zone.split("/")[-1].replace("_", " "))
        other = lookup(form) if form else None  # French "Mexico" is Mexico City, but the gazetteer's Mexico a country
        if form and known is not None and known.type == "city" and form != known.name and len(form) > 2 \
                and other in (None, known):
            rows.add((language, form, known.name))
    return rows


def subdivisions(language: str, gazetteer: dict) -> set[tuple[str, str, str]]:
    """The gazetteer's states, provinces and countries of a union (their ISO 3166-2 codes) as pycountry's translations
    of ISO 3166-2 write them in the language ("Baviera", "Schottland", "Sardaigne"), each to the gazetteer's English
    name. Left out: a form the gazetteer knows as another place (Italian "Algeria" is the country, not the province
    of Algiers), a point of the compass (French "Nord", "Est" name Icelandic and Portuguese units) and a common noun of
    the language (German "Freistaat", gazetteer_sources/regions.json)."""
    translations = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    units = [*gazetteer["regions"], *(c for c in gazetteer["countries"] if "-" in c["id"])]
    words = {*compass_words(language), *(w.lower() for w in json.loads(REGION_SOURCES.read_text(encoding="utf-8"))
                                         ["translated_words"].get(language, ()))}
    rows = set()
    for unit in units:
        s = pycountry.subdivisions.get(code=unit["id"] or "")
        if s is None:
            continue
        form = translations.gettext(s.name).split(" [")[0].split(" (")[0].split(",")[0]
        known = lookup(unit["name"])
        if form in (s.name, *unit["aliases"]) or len(form) <= 2 or form.lower() in words or lookup(form) is not None:
            continue
        if known is not None and known.external_id == unit["id"]:
            rows.add((language, form, unit["name"]))
    return rows


def main() -> None:
    gazetteer = json.loads((ROOT / "scoexport" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    ids = {c["id"] for c in gazetteer["countries"]}
    english_forms = {form for c in gazetteer["countries"] for form in c["aliases"]}
    english = Locale("en").territories
    english_names = set(english.values())
    rows = set()
    for language in LANGUAGES:
        for code, form in Locale(language).territories.items():
            country = pycountry.countries.get(alpha_2=code) if code.isalpha() and len(code) == 2 else None
            if country is None or country.alpha_3 not in ids or form in english_forms or len(form) <= 2:
                continue
            rows.add((language, form, country.alpha_3))
        # continents, world regions and the unions the CLDR names by number or code ("150": "Europa", "UN": "Nazioni
        # Unite"), to the gazetteer's entry for the English name
        for code, form in Locale(language).territories.items():
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
        rows |= {row for row in subdivisions(language, gazetteer) if row[1] not in named}
    header = ("# Countries as other languages write them (scripts/build_country_names.py from the Unicode CLDR\n"
              "# through Babel): language, form, ISO 3166-1 alpha-3 id of the gazetteer's country, or the gazetteer's English\n"
              "# name of a continent, world region, union or city (the CLDR's exemplar cities of time zones).\n")
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{OUT}: {len(rows)} forms")


if __name__ == "__main__":
    main()
