"""Names that are no bodies, found from the census of documents nobody annotated (session 18): a term an acronym
defines in lower case, a head noun written after an acronym's spelled words, a name a version's noun leads to, and a
configuration listing a highlighter marks. Examples of our own."""
from __future__ import annotations

import pytest

from scoexport.extract.acronyms import find_definitions
from scoexport.extract.aliases import defined_entity
from scoexport.extract.gazetteer import Entry, Hit
from scoexport.extract.not_names import Usage, no_name, product_after
from scoexport.extract.people import find_people
from scoexport.extract.places import named_with_year
from scoexport.names import looks_like_organization
from scoexport.parse.html.page import parse_html
from scoexport.records import Paragraph, Source


@pytest.mark.parametrize("long", ["content delivery network", "regional transit authority", "wireless access service"])
def test_a_long_form_all_in_lower_case_names_a_term_not_a_body(long: str) -> None:
    assert defined_entity(long) is None
    assert defined_entity(long, "fr") is None


def test_a_capitalized_long_form_with_a_body_word_is_still_a_body() -> None:
    entry = defined_entity("Regional Transit Authority")
    assert entry is not None and entry.type == "organization"


@pytest.mark.parametrize(("text", "short", "long"), [
    ("Builds link against the Lazy Object Packing Library (LOP) by default.", "LOP", "Lazy Object Packing"),
    ("First read the Orphaned and Adoptable Tools index (OAT) on the wiki.", "OAT", "Orphaned and Adoptable Tools"),
    ("Rate limits soften Remote Flooding of Queue attacks (RFoQ) a little.", "RFoQ", "Remote Flooding of Queue"),
    # the last word is one the letters stand for: nothing is cut
    ("The Northern Rivers Water Board (NRWB) met.", "NRWB", "Northern Rivers Water Board"),
    ("Ask the Office for Road Safety (ORS) first.", "ORS", "Office for Road Safety"),
])
def test_a_head_noun_after_the_spelled_words_is_not_part_of_the_long_form(text: str, short: str, long: str) -> None:
    assert [(d.short, d.long) for d in find_definitions(text)] == [(short, long)]


def _hit(text: str, name: str, kind: str = "organization") -> Hit:
    start = text.index(name)
    return Hit(start, start + len(name), Entry(kind, name, None), "gazetteer")


@pytest.mark.parametrize("text", [
    "Servers run the stable version of Quarnix for years.",
    "Which version of Quarnix does this disc hold?",
    "La version 3.1 de Quarnix est sortie en mai.",
    "Es gab modifizierte Versionen von Quarnix.",
])
def test_a_name_a_versions_noun_leads_to_is_a_product(text: str) -> None:
    hit = _hit(text, "Quarnix")
    assert product_after(text, hit) == hit.end


@pytest.mark.parametrize(("text", "kind"), [
    ("Quarnix hired two translators last year.", "organization"),
    ("The conversion of Quarnix took weeks.", "organization"),
    ("It sounds like an early version of Ada Quill.", "person"),  # a likeness, and a person has no releases
])
def test_a_name_without_a_versions_noun_before_it_stands_for_itself(text: str, kind: str) -> None:
    name = "Ada Quill" if kind == "person" else "Quarnix"
    assert product_after(text, _hit(text, name, kind)) is None


def test_a_pre_a_code_prettifier_marks_is_a_listing() -> None:
    prose = ("Each request goes through a chain of handlers, and the chain decides what happens when the server "
             "answers with a redirect, asks for a password, or refuses the request outright.")
    page = (f"<html><head><title>Notes</title></head><body><div class='body' role='main'><h1>Notes</h1>"
            f"<p>{prose}</p><p>In the main file, put</p>"
            "<pre class='prettyprint lang-config'>&lt;Zone \"/\"&gt;\n    KeepSessions Off\n&lt;/Zone&gt;</pre>"
            f"<p>{prose}</p></div></body></html>")
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    kinds = {" ".join(ln.text for ln in b.lines): b.kind for b in parsed.blocks}
    listing = [kind for text, kind in kinds.items() if "KeepSessions" in text]
    assert listing == ["code"]


@pytest.mark.parametrize(("name", "body"), [
    ("Refusal of Service", False),   # a head word only as the one-word complement of "of": the phrase is a term
    ("Conditions of Service", False),
    ("Bank of Wexmoor", True),        # the head before "of"
    ("Wexmoor Forest Service", True),  # the head last in a compound
])
def test_a_head_word_only_after_of_makes_no_body(name: str, body: bool) -> None:
    assert looks_like_organization(name) is body


def test_a_pair_of_words_glued_to_a_number_is_no_person() -> None:
    text = "The ninth Fernmoot Fernmoot9 was held in a barn; Quilla Brandow spoke first."
    names = [text[s:e] for s, e, _ in find_people(text, "body", True, True, "en")]
    assert "Fernmoot Fernmoot" not in names


@pytest.mark.parametrize(("name", "event"), [
    ("GlyphCon", True), ("FernConf", True), ("QuarnixDay", True), ("MossCamp", True),
    ("Falcon", False), ("Paydays", False), ("Quarnix", False),
])
def test_a_one_word_name_ending_in_an_events_noun_is_an_event(name: str, event: bool) -> None:
    text = f"Every spring the volunteers meet at {name} in a school hall."
    start = text.index(name)
    hit = Hit(start, start + len(name), Entry("organization", name, None), "org_rule")
    assert no_name(hit, Usage([Paragraph("d", "p", 1, "body", None, text, [])])) is event


@pytest.mark.parametrize(("text", "product"), [
    ("Fernix is a Quarnix-based system for small boats.", True),
    ("Many tools are based on Quarnix, and some on others.", True),
    ("Ces outils sont basés sur Quarnix et sur d'autres.", True),
    ("Es gibt viele auf Quarnix basierende Werkzeuge.", True),
    ("Die Werkzeuge basieren auf Quarnix.", True),
    # the name heads no phrase of its own: a source of data, a body that acts
    ("The forecast is based on Quarnix data from last year.", False),
    ("The tools were written by Quarnix in 1999.", False),
])
def test_a_name_something_is_based_on_is_a_product(text: str, product: bool) -> None:
    hit = _hit(text, "Quarnix")
    assert (product_after(text, hit) is not None) is product


@pytest.mark.parametrize(("text", "product"), [
    ("Builds exist for the Quarnix q486 and the Quarnix ZR/900.", True),
    ("The laptop pairs a Quarnix Core k7-8800 with a small screen.", True),
    ("Quarnix Q3 results were better than expected.", False),  # a quarter, no model
    ("Quarnix hired 40 engineers.", False),
])
def test_a_maker_before_a_models_designation_is_the_model(text: str, product: bool) -> None:
    hit = _hit(text, "Quarnix")
    assert (product_after(text, hit) is not None) is product


@pytest.mark.parametrize(("text", "codename"), [
    ("Quarnix 4.2 (Leeds) shipped in May.", True),
    ("The list reads 4.1 — York, 4.2 — Leeds, 4.3 — Hull.", True),
    ("La version 4.2 de Quarnix (Leeds) est sortie en mai.", True),
    ("The team met in Leeds in May.", False),
    ("Prices rose 4.2 percent in Leeds.", False),
])
def test_a_place_after_a_releases_number_is_its_code_name(text: str, codename: bool) -> None:
    assert named_with_year(text, _hit(text, "Leeds", "city")) is codename
