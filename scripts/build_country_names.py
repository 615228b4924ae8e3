"""Build scoexport/data/country_names.tsv: countries as other languages write them (build-time only:
pip install '.[gazetteers]' && python scripts/build_country_names.py).

The Unicode CLDR (through Babel) names every ISO 3166 territory in each language as that language's
press writes it ("Estados Unidos", "Россия", "Amerika Serikat"). A text in Portuguese or Russian names
the same countries as an English one, in its own words: each form maps to the gazetteer's country (its
ISO 3166-1 alpha-3 id), so the entity is the one an English text names. A form that is the English name
already, or one word of two letters or fewer, is left out. Continents, world regions and the unions the CLDR
names ("Europa", "América Latina", "Nazioni Unite") map to the gazetteer's entry by its English name. Lines:
language, form, id (a country's ISO 3166-1 alpha-3 id, else the gazetteer's English name).
"""
from __future__ import annotations

import json
from pathlib import Path

import pycountry
from babel import Locale

from scoexport.extract.gazetteer import lookup

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "country_names.tsv"
# languages written with spaces between words, whose names of countries the gazetteer does not hold
_UNIONS = ("EU", "UN")  # two-letter codes of bodies, not of territories
LANGUAGES = ("bg", "cs", "da", "de", "es", "fi", "fr", "hr", "hu", "id", "it", "ms", "nl", "no", "pl", "pt",
             "ro", "ru", "sk", "sl", "sr", "sv", "tr", "uk", "vi")


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
    header = ("# Countries as other languages write them (scripts/build_country_names.py from the Unicode CLDR\n"
              "# through Babel): language, form, ISO 3166-1 alpha-3 id of the gazetteer's country, or the gazetteer's English\n"
              "# name of a continent, world region or union.\n")
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{OUT}: {len(rows)} forms")


if __name__ == "__main__":
    main()
