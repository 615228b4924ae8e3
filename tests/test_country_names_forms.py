"""The translated names of places (data/country_names.tsv, scripts/build_country_names.py): no form that names a
common word, a person, a city or two places (review of session 10)."""
from __future__ import annotations

import pytest

from scoexport.extract.country_names import find_translated


def _names(text: str, language: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.entry.name) for h in find_translated(text, language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Nello Xinjiang la polizia ha arrestato tre persone.", "it"),
    ("Il treno per Alessandria è partito in ritardo.", "it"),
    ("La provincia del Capo orientale ha votato.", "it"),
    ("Das Schiff fuhr am Nordkap vorbei.", "de"),
    ("Le Kosovo a déclaré son indépendance.", "fr"),
    ("Le fleuve Amazone est long.", "fr"),
    ("La ville d'Olomouc est en Moravie.", "fr"),
    ("Les Altopiani et la Regione del Sud.", "fr"),
    ("Gli Altopiani e la Regione del Sud hanno votato.", "it"),
    ("Las Marcas registradas subieron.", "es"),
    ("De Hoofdstad en het Westland kregen regen.", "nl"),
    ("Karen ha detto che verrà.", "it"),
    ("La procesión de Belén salió a las diez.", "es"),
    ("Sofía dijo que vendría mañana.", "es"),
    ("Adélaïde Martin a signé le contrat.", "fr"),
    ("La basilica di San Paolo fuori le mura è aperta.", "it"),
    ("Le Détroit de Gibraltar est fermé.", "fr"),
])
def test_no_wrong_place(text: str, language: str) -> None:
    assert _names(text, language) == []


def test_plain_units_still_found() -> None:
    assert _names("La Baviera e la Lombardia hanno firmato.", "it")[:1] == [("Baviera", "Bavaria")]
    assert _names("Er reiste nach Schottland.", "de") == [("Schottland", "Scotland")]
    assert _names("Sie flog nach Kopenhagen.", "de") == [("Kopenhagen", "Copenhagen")]


def test_places_the_cldr_lacks() -> None:
    """Kosovo (no ISO 3166-1 country, so no pycountry one), Palestine as the press names it and Beijing (whose time
    zone the CLDR names after Shanghai) in the languages' own words (scripts/gazetteer_sources/countries.json)."""
    from scoexport.extract.gazetteer import lookup
    assert lookup("Kosovo") is not None and lookup("Kosovo").type == "country"
    assert lookup("Kurdistan") is not None and lookup("Kurdistan").type == "region"
    assert _names("Die Forderungen reichten bis zur Freiheit für Palästina.", "de") == [("Palästina", "Palestine")]
    assert _names("Nun hat das IOC gestern in Peking zusammengesessen.", "de") == [("Peking", "Beijing")]
    assert _names("Il ministro è volato a Pechino.", "it") == [("Pechino", "Beijing")]
    assert _names("Косово провозгласило независимость.", "ru") == [("Косово", "Kosovo")]
