"""Speakers and quotes a reviewer found wrong (session 10): an epithet after an inverted verb given to whoever spoke
last, "see" inside a sentence taken for a pointer to a title, German "so" and Italian "così" opening a clause taken
for a tag.

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.extract.speech_verbs import speech_verbs_in
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def quotes(*texts: str, language: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language), kinds=("body",) * len(texts))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_an_organization_after_an_inverted_verb_is_not_the_last_speaker() -> None:
    got = quotes("Il sindaco Marco Rossi ha difeso il progetto. “Abbiamo rispettato tutte le regole”, ha detto Marco Rossi.",
                 "“Nessuna autorizzazione è stata chiesta per questo cantiere”, precisa il ministero.", language="it")
    assert got == [("Abbiamo rispettato tutte le regole", "Marco Rossi"),
                   ("Nessuna autorizzazione è stata chiesta per questo cantiere", None)]


def test_an_organization_after_an_inverted_verb_in_the_same_paragraph_is_not_the_last_speaker() -> None:
    got = quotes("Il sindaco Marco Rossi ha difeso il progetto. “Abbiamo rispettato tutte le regole”, ha detto Marco Rossi. "
                 "“Nessuna autorizzazione è stata chiesta per questo cantiere”, precisa il ministero.", language="it")
    assert got == [("Abbiamo rispettato tutte le regole", "Marco Rossi"),
                   ("Nessuna autorizzazione è stata chiesta per questo cantiere", None)]


def test_an_epithet_is_the_person_written_with_that_noun_not_the_last_speaker() -> None:
    got = quotes("La ministre Élisabeth Borne a défendu la réforme devant les députés.",
                 "« Ce texte ne passera pas », a déclaré Philippe Martinez.",
                 "« Nous allons réexaminer le texte », a répondu la ministre.", language="fr")
    assert got == [("Ce texte ne passera pas", "Philippe Martinez"),
                   ("Nous allons réexaminer le texte", "Élisabeth Borne")]


def test_an_epithet_in_apposition_names_the_person() -> None:
    got = quotes("Marco Rossi, il sindaco, ha incontrato i residenti. Poi ha parlato Luca Bianchi.",
                 "“Il cantiere riaprirà a settembre”, precisa il sindaco.", language="it")
    assert got == [("Il cantiere riaprirà a settembre", "Marco Rossi")]


def test_see_inside_a_sentence_is_a_verb_not_a_pointer_to_a_title() -> None:
    got = quotes('John Smith said voters would see "real change in every one of our towns" by next spring.', language="en")
    assert got == [("real change in every one of our towns", "John Smith")]
    assert quotes("Les élus ont dû voir « une vraie rupture avec les années passées » selon Claire Dubois.",
                  language="fr") == [("une vraie rupture avec les années passées", "Claire Dubois")]


def test_see_as_an_instruction_to_the_reader_still_names_a_title() -> None:
    assert quotes('The tool is documented elsewhere. See "Installing the whole system from scratch" for more.',
                  language="en") == []
    assert quotes("Le pays a changé depuis (voir « Une décennie de réformes sans fin ni repos »).", language="fr") == []


def test_german_so_opening_a_clause_is_no_tag() -> None:
    text = "Bernd Voss sagte, die Lage sei „völlig außer Kontrolle geraten“, so dass Angela Merkel nun handeln muss."
    assert [v.verb for v in speech_verbs_in(text, [(text.index("„"), text.index("“") + 1)], "de")] == ["sagte"]
    assert quotes(text, language="de") == [("völlig außer Kontrolle geraten", "Bernd Voss")]
    # a tag with no verb still names the speaker, up to a comma too
    assert quotes("Die Hilfe komme „viel zu spät für die Dörfer im Tal“, so der Bürgermeister Max Weber, der seit "
                  "Jahren wartet.", language="de") == [("viel zu spät für die Dörfer im Tal", "Max Weber")]


def test_italian_cosi_opening_a_sentence_with_a_verb_is_no_tag() -> None:
    got = quotes("“Non resterò un giorno di più in questa città”. Così Mario Rossi ha deciso di partire.", language="it")
    assert got == [("Non resterò un giorno di più in questa città", None)]
