"""Acronym definitions a page makes only in its markup (<abbr title>, <acronym title>): carried from the HTML walk to
the paragraph, and judged by the letter checks a long form after its short form is judged by; on pages of our own."""
from __future__ import annotations

import pytest

from scoexport.extract.acronym_titles import expands
from scoexport.pipeline import process


def _page(body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Notes</title></head><body><article><h1>Field notes from the harbour</h1>'
            f"{body}</article></body></html>")


_FILLER = ("<p>The crews met again on the quay before dawn, counted the crates twice, and wrote every figure into the "
           "ledger, as the harbour master had asked them to do since the spring.</p>")


def _acronyms(html: str) -> list[tuple[str, str]]:
    result = process(html=html, name="page.html")
    return sorted((f.text, f.value) for f in result.facts if f.kind == "acronym")


def test_a_title_that_spells_the_short_form_is_a_definition() -> None:
    page = _page('<p>Every boat now reports to the <abbr title="Harbour Traffic Office">HTO</abbr> by radio, and the '
                 'HTO answers within the hour, whatever the weather on the estuary may be doing.</p>' + _FILLER)
    assert _acronyms(page) == [("HTO", "Harbour Traffic Office")]


def test_html4_acronym_element_and_a_short_form_marked_inside_a_word() -> None:
    page = _page('<p>The old <acronym title="Tidal Gauge Network">TGN</acronym> stations were replaced last year by '
                 'new ones, and the <abbr title="Wasserstandsmesser">WM</abbr>-Daten go to the archive each night '
                 'along with the notes of the crews.</p>' + _FILLER, lang="de")
    # German writes compounds as one word: "WM" is the parts of "Wasserstandsmesser", as "StGB" of "Strafgesetzbuch"
    assert _acronyms(page) == [("TGN", "Tidal Gauge Network"), ("WM", "Wasserstandsmesser")]


def test_each_short_form_is_defined_once_and_not_again_where_the_text_defines_it() -> None:
    page = _page('<p>The Coastal Pilot Service (CPS) and the <abbr title="Lock Keepers Guild">LKG</abbr> share a '
                 'boat, and the <abbr title="Coastal Pilot Service">CPS</abbr> pays for its fuel every month.</p>'
                 '<p>Later the <abbr title="Lock Keepers Guild">LKG</abbr> bought a second boat of its own for the '
                 'night shifts on the river.</p>' + _FILLER)
    result = process(html=page, name="page.html")
    found = [(f.text, f.value) for f in result.facts if f.kind == "acronym"]
    assert sorted(found) == [("CPS", "Coastal Pilot Service"), ("LKG", "Lock Keepers Guild")]


@pytest.mark.parametrize(("short", "title"), [
    ("VdK", "VdK Sozialverband"),  # the title repeats the short form: a fuller name, no expansion
    ("Tsd.", "Tausend"),  # abbreviations of words: no short form of two capitals
    ("z.B.", "zum Beispiel"),
    ("bzw.", "beziehungsweise"),
    ("June 3, 2021", "2021-06-03"),  # a microformat's date
    ("PRT", "Please read this notice carefully before you sign anything at the desk"),  # a tooltip's sentence
    ("ABC", "Sells fresh bread"),  # letters that do not spell it from the first word
])
def test_a_title_that_is_no_long_form_is_refused(short: str, title: str) -> None:
    assert not expands(short, title, "de")


def test_refused_titles_make_no_facts_on_a_page() -> None:
    page = _page('<p>Die Fähre kostet 3 <abbr title="Tausend">Tsd.</abbr> Euro, <abbr title="zum Beispiel">z.B.</abbr>'
                 ' für die <abbr title="VdK Sozialverband">VdK</abbr>, geschrieben am '
                 '<abbr class="published" title="2021-06-03">3. Juni 2021</abbr> im Hafenbüro.</p>' + _FILLER, "de")
    assert _acronyms(page) == []


def test_one_word_spells_a_short_form_only_in_a_language_that_closes_its_compounds() -> None:
    assert expands("WM", "Wasserstandsmesser", "de")
    assert not expands("WM", "Watermark", "en")
