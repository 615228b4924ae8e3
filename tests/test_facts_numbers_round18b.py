"""Session 18b's number rules, on sentences made up here in the shape of each cause: a short paragraph's own words
against its document's language, and a release the document calls a version by the words around it."""
from __future__ import annotations

from scoexport.clean.language import guess_language
from scoexport.extract.identifiers.named_versions import document_versions
from scoexport.records import Fact, Metadata

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _facts(*texts: str, language: str = "en") -> list[Fact]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language))
    return of_kind(facts, *NUMERIC)


def test_a_thin_paragraph_with_words_of_another_language_only_is_in_that_language() -> None:
    # too few function words to tell alone, but none of the document's and an unshared one of another's
    assert guess_language("with 12,400 members from abroad", default="fr") == "en"
    assert guess_language("plus de 3,5 millions pour la ville", default="en") == "fr"
    # no function word at all, one alone (a name's, or one the language's list lacks), or one of the document's own:
    # the document's language
    assert guess_language("Frobnicate 4.12", default="fr") == "fr"
    assert guess_language("Frobnicate 4.12 wurde am Montag frei", default="de") == "de"
    assert guess_language("with 12,400 members", default="fr") == "fr"
    assert guess_language("plus de 3,5 millions pour la ville", default="fr") == "fr"
    # with no document language given, a thin text stays unknown
    assert guess_language("with 12,400 members") is None


def test_an_untranslated_item_in_a_page_of_the_decimal_comma_groups_thousands() -> None:
    facts = _facts("La distribution compte de nombreux paquets et une grande communauté de développeurs.",
                   "with 12,400 packages from abroad", language="fr")
    assert [(f.text, f.value) for f in facts] == [("12,400", "12400")]


def test_a_release_called_a_version_by_its_context_is_a_version_where_written_alone() -> None:
    texts = ["Here are the differences between the 3.0 and 3.2 releases of the server.",
             "Loading order was fragile in the 3.0 design."]
    assert {"3.0", "3.2"} <= document_versions(texts, "en")
    assert [f.text for f in _facts(*texts)] == []
    # an amount keeps its signs, even where the same digits name a release
    assert "3.0" not in document_versions(["It weighs 3.0 kg, with 3.0 percent water."], "en")
    assert [f.text for f in _facts("The 3.0 design loads modules in order.")] == ["3.0"]
