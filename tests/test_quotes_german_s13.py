"""Quotes and their speakers in German news (session 13): an epithet the text never wrote beside a name ("sagte der
Hamburger"), German "sie" after a verb in the singular, a short quote that opens its sentence with the comma after its
closing mark („Ja“, sagt Ricking), and a portrait's words with no verb of speech in a paragraph that opens with its one
person; and what must not be taken.

Every case is a sentence written for the test in the manner of the pages, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def quotes(*texts: str, language: str = "de") -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language), kinds=("body",) * len(texts))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_an_epithet_after_the_verb_is_the_one_person_named_before() -> None:
    got = quotes("Tennis-Olympiasieger Alexander Zverev hat das Turnier in Montpellier gewonnen.",
                 "„Ich hoffe, dass ich morgen noch besser spiele“, sagte der Hamburger. Danach reiste er ab.")
    assert got == [("Ich hoffe, dass ich morgen noch besser spiele", "Alexander Zverev")]


def test_an_epithet_in_the_speakers_own_paragraph() -> None:
    got = quotes("„Wenn Ökosysteme zerstört werden, sehen wir häufig neue Viren“, sagt Jonas Schmidt-Chanasit vom "
                 "Institut in Hamburg. Südostasien sei der „absolute Hotspot“ für solche Ereignisse, sagt der Virologe.")
    assert got == [("Wenn Ökosysteme zerstört werden, sehen wir häufig neue Viren", "Jonas Schmidt-Chanasit"),
                   ("absolute Hotspot", "Jonas Schmidt-Chanasit")]


def test_an_epithet_after_several_people_is_no_one() -> None:
    # the epithet means the one the story is about, not the last one named: with two, we cannot tell
    got = quotes("Alexander Zverev gewann gegen Mackenzie McDonald und trifft nun auf Adrian Mannarino.",
                 "„Ich hoffe, dass ich morgen noch besser spiele“, sagte der Hamburger.")
    assert got == [("Ich hoffe, dass ich morgen noch besser spiele", None)]


def test_an_epithet_of_the_other_gender_is_not_the_man_named_before() -> None:
    got = quotes("Der Landrat Jonas Weber eröffnete am Montag die neue Schule.",
                 "„Das ist ein großer Tag für die Gemeinde“, sagte die Schulleiterin.")
    assert got == [("Das ist ein großer Tag für die Gemeinde", None)]


def test_a_bodys_noun_after_the_verb_is_no_person() -> None:
    got = quotes("Jonas Weber hat den Antrag gestellt.", "„Das ist nicht akzeptabel“, erklärte der Landesverband.")
    assert got == [("Das ist nicht akzeptabel", None)]


def test_an_epithet_in_a_language_that_lists_no_body_nouns_is_no_one() -> None:
    # "il ministero" and "il ministro" cannot be told apart without the nouns of bodies: the epithet stays no one's
    got = quotes("Marco Rossi ha visitato il cantiere.",
                 "“Nessuna autorizzazione è stata chiesta per questo cantiere”, precisa il ministero.", language="it")
    assert got == [("Nessuna autorizzazione è stata chiesta per questo cantiere", None)]


def test_sie_after_a_singular_verb_is_she() -> None:
    got = quotes("Marianne Ricking kann auf eine beachtliche Laufbahn zurückschauen. Gibt es da noch etwas, worauf es "
                 "zu warten lohnt? „Ich hoffe auf das Frauendiakonat“, antwortet sie.")
    assert got == [("Ich hoffe auf das Frauendiakonat", "Marianne Ricking")]


def test_sie_after_a_plural_verb_is_they() -> None:
    got = quotes("Marianne Ricking und Jonas Weber kennen die Gemeinde. Gibt es da noch etwas, worauf es zu warten "
                 "lohnt? „Wir hoffen auf das Frauendiakonat“, antworten sie.")
    assert got == [("Wir hoffen auf das Frauendiakonat", None)]


def test_a_one_word_answer_tagged_after_the_comma_outside_the_marks() -> None:
    got = quotes("Empfindet sie ihr Amt als Berufung? „Ja“, sagt Marianne Ricking, „denn ich bin überzeugt, dass es "
                 "die Weiterführung meines Lebens ist“.")
    assert got == [("Ja", "Marianne Ricking"),
                   ("denn ich bin überzeugt, dass es die Weiterführung meines Lebens ist", "Marianne Ricking")]


def test_a_word_inside_a_sentence_before_a_comma_and_a_verb_is_no_quote() -> None:
    # the comma after the marks tags only words that open their sentence
    assert quotes("Das sei ein „Skandal“, sagte Marianne Ricking am Montag.") == []


def test_a_portrait_quotes_the_one_person_its_paragraph_opens_with() -> None:
    got = quotes("Boris Dujakovic, auch als Meister bekannt, beschäftigt mittlerweile zwölf Mitarbeiter. Ab Dezember "
                 "eröffnet eine Zweigstelle in Wien. „Wir freuen uns, dass unsere Kunden so großes Vertrauen in uns "
                 "setzen!“")
    assert got == [("Wir freuen uns, dass unsere Kunden so großes Vertrauen in uns setzen!", "Boris Dujakovic")]


def test_a_paragraph_that_opens_with_no_person_gives_its_quote_no_one() -> None:
    got = quotes("Seit Dezember arbeitet auch Boris Dujakovic in der neuen Zweigstelle in Wien. „Wir freuen uns, dass "
                 "unsere Kunden so großes Vertrauen in uns setzen!“")
    assert got == [("Wir freuen uns, dass unsere Kunden so großes Vertrauen in uns setzen!", None)]


def test_a_paragraph_in_a_language_whose_verbs_we_do_not_know_gives_no_one() -> None:
    # "berkata" is a verb of speech we do not know: finding none does not mean there is none
    got = quotes("Umar bin Al-Khaththab pernah menasihati Aslam di Madinah. Aslam berkata, “Bagaimana itu, wahai "
                 "Umar?”", language="id")
    assert [speaker for _, speaker in got] == [None]


def test_quoted_words_in_the_konjunktiv_are_the_reported_speakers() -> None:
    got = quotes("Pressesprecher Christian Gartmann beschrieb das Flugverhalten als „sehr gutmütig“. Nur Seitenwind möge "
                 "sie „nicht besonders“.")
    assert got == [("sehr gutmütig", "Christian Gartmann"), ("nicht besonders", "Christian Gartmann")]


def test_a_short_phrase_in_the_indicative_stays_a_term() -> None:
    got = quotes("Pressesprecher Christian Gartmann beschrieb das Flugverhalten als „sehr gutmütig“. Nur Seitenwind mag "
                 "die Maschine „nicht besonders“.")
    assert got == [("sehr gutmütig", "Christian Gartmann")]


def test_a_konjunktiv_inside_the_quotation_is_the_speakers_own_word() -> None:
    # only a verb form outside the marks reports speech; one inside is the quoted words' own
    assert quotes("Man denke an ein Wort wie „Auslegeware sei schön“ im Flur.") == []


def test_a_verb_that_closes_the_sentence_after_the_quote_has_the_opening_name_as_subject() -> None:
    got = quotes("Die ARD hat für ihre Mediathek „eine umfangreiche Schau mit Loriots bekanntesten Werken“ angekündigt. "
                 "„Das Widget mit den Klassikern ist bereits ab Samstag abrufbar.“")
    assert got == [("eine umfangreiche Schau mit Loriots bekanntesten Werken", "ARD"),
                   ("Das Widget mit den Klassikern ist bereits ab Samstag abrufbar", "ARD")]


def test_a_fragment_before_a_verb_that_is_no_verb_of_speech_is_no_ones() -> None:
    got = quotes("Die ARD hat für ihre Mediathek „eine umfangreiche Schau mit Loriots bekanntesten Werken“ gezeigt.")
    assert got == [("eine umfangreiche Schau mit Loriots bekanntesten Werken", None)]


def test_a_german_sentence_of_its_own_is_no_title_for_its_capitalized_nouns() -> None:
    got = quotes("Die Bahn hat die Strecke geschlossen. „Der Zugverkehr zwischen Hamburg und Berlin ruht bis Montag.“")
    assert [text for text, _ in got] == ["Der Zugverkehr zwischen Hamburg und Berlin ruht bis Montag"]


def test_a_title_inside_a_sentence_stays_a_title() -> None:
    assert quotes("His favorite record is “Takin’ It to the Streets.” It sold well.", language="en") == []


def test_a_slogan_of_short_sentences_stays_no_quote() -> None:
    assert quotes("The state launched its campaign on Monday. “Meth. We’re on it.”", language="en") == []


def test_a_source_opened_by_an_indefinite_article_is_no_one_named() -> None:
    got = quotes("« Vachement bon en manœuvres politiques », selon un proche d'Edouard Philippe, Jean-Paul Delevoye se "
                 "montre redoutable.", language="fr")
    assert got == [("Vachement bon en manœuvres politiques", None)]


def test_an_unnamed_role_after_the_verb_is_not_the_name_after_it() -> None:
    got = quotes("« Malgré tout, Chirac l'a soutenu en 1999 », a ajouté un ténor de la droite sur l'influence qu'a pu "
                 "obtenir Jean-Paul Delevoye.", language="fr")
    assert got == [("Malgré tout, Chirac l'a soutenu en 1999", None)]


def test_one_who_speaks_for_a_body_after_an_indefinite_article_still_names_it() -> None:
    got = quotes("« Nous allons réexaminer le texte », a déclaré un porte-parole du ministère, Jean Dupont.", language="fr")
    assert got == [("Nous allons réexaminer le texte", "Jean Dupont")]


def test_an_indefinite_article_after_a_verb_inside_a_sentence_opens_its_object() -> None:
    # only after a quote is a verb inverted before its subject; elsewhere "a question" is what was asked
    got = quotes("WeWork was asked about it. “We received an inquiry from the office,” said a WeWork spokesperson.",
                 language="en")
    assert got == [("We received an inquiry from the office", "WeWork")]
