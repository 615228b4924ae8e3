"""Session 17's number rules (census of documents nobody annotated), on sentences made up here in the shape of each
cause."""
from __future__ import annotations

from scoexport.records import Fact, Metadata

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _facts(*texts: str, language: str = "en") -> list[Fact]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language))
    return of_kind(facts, *NUMERIC)


def _texts(*texts: str, language: str = "en") -> list[str]:
    return [f.text for f in _facts(*texts, language=language)]


def test_a_version_the_document_names_is_a_version_where_written_alone() -> None:
    # release notes name the release once after what it releases, then by its digits alone
    assert _texts("Frobnicate 4.2 brings a faster parser.", "Before 4.2, the parser was slow; in 4.2 it is not.") == []
    # only the digits the document named: another release it never names after a name stays as read
    assert _texts("Frobnicate 4.2 brings a faster parser.", "Code for 4.2, and for 4.3, works.") == ["4.3"]
    # without the named release the same digits stay an amount of prose
    assert _texts("Before 4.2, the parser was slow.") == ["4.2"]


def test_a_named_version_written_as_an_amount_stays_an_amount() -> None:
    named = "Frobnicate 4.2 brings a faster parser."
    assert _texts(named, "The build took 4.2 seconds.") == ["4.2"]
    assert _texts(named, "It grew by 4.2% this year.") == ["4.2%"]
    assert _texts(named, "The firm raised $4.2 million.") == ["$4.2 million"]
    # an integer after a name names a release too, but the same integer elsewhere is as often a count
    assert _texts("Frobnicate 4 brings a faster parser.", "It has 4 modes.") == ["4"]


def test_a_point_in_a_language_of_the_decimal_comma_is_no_decimal() -> None:
    # a point before other than three digits: a version, not the language's decimal
    assert _texts("Gurkix 5.0 (Salat) erschien im Frühjahr.", language="de") == []
    assert _texts("Er nutzt den Übersetzer zlang 3.12; andere nutzen 3.11.", language="de") == []
    assert _texts("Gurkix 5.0 est sortie au printemps.", language="fr") == []
    # the language's decimal comma and thousands point are amounts
    assert _texts("Es kamen 1.400 Menschen, der Preis stieg um 2,5 Prozent.", language="de") == ["1.400", "2,5 Prozent"]
    # an amount written with a point shows its unit, scale or currency, whatever the separator
    assert _texts("Das Paket wiegt 1.5 kg.", language="de") == ["1.5"]
    assert _texts("La ciudad recibió 2.5 millones de turistas.", language="es") == ["2.5 millones"]


def test_first_closing_a_step_is_an_adverb_of_order() -> None:
    # no determiner before it, and the step ends after it: a comma, a dash, "and", a modal verb
    assert _texts("Little-endian machines store the low byte first, then the high one.") == []
    assert _texts("Little-endian machines store the low byte first - the high one follows.") == []
    assert _texts("Run the linter first and deploy later.") == []
    assert _texts("A parser that reads the header first will fail on empty files.") == []
    # a rank keeps its determiner, and a list of ranks goes on with another ordinal
    assert _texts("The first, and best, draft is lost.") == ["first"]
    assert _texts("They won first, second and third prizes.") == ["first", "second", "third"]


def test_first_between_an_auxiliary_and_its_verb_is_an_adverb() -> None:
    assert _texts("This guide was first written in 1999.") == []
    assert _texts("The tool is first run by the installer.") == []
    # a rank after the auxiliary: a preposition or a superlative follows, or a determiner stands before
    assert _texts("She was first in line.") == ["first"]
    assert _texts("It was the first release.") == ["first"]
    assert _texts("Home does not have to be second best.") == ["second"]


def test_a_copyright_notice_span_of_years_is_no_number() -> None:
    # a notice's years date its rights, a span as a single year; pdftotext writes the sign as a "c"
    assert _texts("Copyright © 2003–2011 Jane Roe") == []
    assert _texts("Copyright c 2003–2011 Jane Roe") == []
    assert _texts("(C) 2003-2011 Example Corp. All rights reserved.") == []
    # a span of counts outside a notice stays one range
    assert _texts("The copyright office took 3–5 weeks to answer.") == ["3–5"]


def test_a_paragraph_writes_its_numbers_as_its_own_language_does() -> None:
    # a page in French with a paragraph left in English: its comma groups thousands, its number words count
    english = "The project was the leader in this respect, with over 41,000 source packages and some three hundred developers."
    facts = _facts("Le projet compte de nombreux paquets et une grande communauté.", english, language="fr")
    assert [(f.text, f.value) for f in facts] == [("41,000", "41000"), ("three hundred", "300")]
    # the page's own paragraphs keep the page's language: a French comma is a decimal one
    french = "La taille moyenne des paquets est de 2,5 mégaoctets, et le projet en compte plus de 41 000 dans sa distribution."
    assert [(f.text, f.value) for f in _facts(french, language="fr")] == [("2,5", "2.5"), ("41 000", "41000")]


def test_first_after_a_verb_of_placing_is_the_place() -> None:
    # a verb of placing in a result before it: "first" closing the clause is the place
    assert _texts("She placed first, well ahead of the field.") == ["first"]
    assert _texts("The team ranked first and kept the cup.") == ["first"]
