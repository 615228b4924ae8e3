"""Speakers of quotes as news in other languages than English writes them (issue 15, fresh7 round): an apposition closed
before an auxiliary, an epithet after an inverted verb, verbs of speech in the plural and in Nordic languages, German
"so" and Italian "così" after a closing mark, a French incise; titles after a word naming a work; a pull-quote
repeating the body's words; a caption's quote.

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def quotes(*texts: str, language: str, kinds: tuple[str, ...] = ("body",)) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language), kinds=kinds)
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_a_long_apposition_closed_before_an_auxiliary_names_the_subject() -> None:
    # "Marco Bianchi, <apposition>, ha detto": the comma closes the apposition though the auxiliary stands after it
    got = quotes("Marco Bianchi, il sindaco che nel 2019 aveva guidato la protesta dei commercianti contro la chiusura "
                 "del mercato coperto, ha detto basta. Al Corriere spiega di aver scritto per “l'ultima volta” alla "
                 "giunta, chiedendo “un incontro pubblico con tutti i residenti”.", language="it")
    assert got == [("l'ultima volta", "Marco Bianchi"), ("un incontro pubblico con tutti i residenti", "Marco Bianchi")]


def test_an_epithet_after_an_inverted_verb_is_the_one_written_with_that_noun() -> None:
    # the epithet repeats the noun the text wrote beside the name (session 10: not merely whoever spoke last)
    got = quotes("„Wenn Wälder verschwinden, sehen wir mehr Viren“, sagt Bernd Voss, Biologe an der Universität Basel. "
                 "Besonders Asien sei der „wichtigste Brennpunkt“ für solche Ereignisse, sagt der Biologe.", language="de")
    assert got == [("Wenn Wälder verschwinden, sehen wir mehr Viren", "Bernd Voss"),
                   ("wichtigste Brennpunkt", "Bernd Voss")]
    # not written with the noun: the one person named before, of the article's gender (session 13); with two, no one
    got = quotes("„Wenn Wälder verschwinden, sehen wir mehr Viren“, sagt Bernd Voss von der Universität Basel. "
                 "Besonders Asien sei der „wichtigste Brennpunkt“ für solche Ereignisse, sagt der Biologe.", language="de")
    assert got == [("Wenn Wälder verschwinden, sehen wir mehr Viren", "Bernd Voss"),
                   ("wichtigste Brennpunkt", "Bernd Voss")]
    got = quotes("„Wenn Wälder verschwinden, sehen wir mehr Viren“, sagt Bernd Voss, der mit Jonas Weber forscht. "
                 "Besonders Asien sei der „wichtigste Brennpunkt“ für solche Ereignisse, sagt der Biologe.", language="de")
    assert got == [("Wenn Wälder verschwinden, sehen wir mehr Viren", "Bernd Voss"), ("wichtigste Brennpunkt", None)]


def test_an_epithet_names_no_one_where_no_one_spoke_before() -> None:
    # "der Basler" is someone named before; with no one who spoke, it is no guess at the last name
    got = quotes("Der Trainer lobte Ada Lind nach dem Spiel.", "„Ich hoffe, dass es morgen besser geht“, sagte der Basler.",
                 language="de")
    assert got == [("Ich hoffe, dass es morgen besser geht", None)]


def test_german_so_after_a_closing_mark_attributes_the_quote() -> None:
    assert quotes("Die Hilfe komme „viel zu spät“, so Bernd Voss.", language="de") == [("viel zu spät", "Bernd Voss")]
    # "so" elsewhere is an adverb: a short phrase in marks beside it is no one's speech
    assert quotes("Bernd Voss fand das Ergebnis „viel zu knapp“ und so weiter.", language="de") == []


def test_italian_cosi_after_the_quote_names_the_speaker() -> None:
    got = quotes("“Quello di Jabalia non è solo un campo profughi ma anche una base militare”. Così l’ambasciatore "
                 "israeliano in Italia, Marco Bianchi, nel corso di un’intervista a Sky Tg24.", language="it")
    assert got == [("Quello di Jabalia non è solo un campo profughi ma anche una base militare", "Marco Bianchi")]


def test_a_norwegian_verb_of_speech_makes_a_short_phrase_speech() -> None:
    got = quotes("Treneren er fornøyd. «Helt fantastisk», sier Kari Nordmann.", language="no")
    assert got == [("Helt fantastisk", "Kari Nordmann")]


def test_a_plural_verb_between_dashes_is_an_attribution() -> None:
    got = quotes("“Questi orologi – scrivono gli attivisti – attirano l’attenzione del mondo sull’urgenza di agire”.",
                 language="it")
    assert got == [("Questi orologi", None), ("attirano l’attenzione del mondo sull’urgenza di agire", None)]


def test_a_french_incise_splits_the_quote_and_its_pronoun_names_the_speaker() -> None:
    got = quotes("Claire Dubois n’a pas changé. Elle écrit ses Mémoires. « Depuis longtemps, chaque fois que je repense "
                 "à ce quartier, je me sens apaisée, écrit-elle. Ces scènes de la vie ordinaire me manquent parfois. »",
                 language="fr")
    assert got == [("Depuis longtemps, chaque fois que je repense à ce quartier, je me sens apaisée", "Claire Dubois"),
                   ("Ces scènes de la vie ordinaire me manquent parfois", "Claire Dubois")]


def test_a_hyphen_in_speech_is_no_incise() -> None:
    got = quotes("« Nous irons là-bas, peut-être, dès demain matin avec les autres », a déclaré Claire Dubois.",
                 language="fr")
    assert got == [("Nous irons là-bas, peut-être, dès demain matin avec les autres", "Claire Dubois")]


@pytest.mark.parametrize(("text", "language"), [
    ("D’une plume alerte, l’auteur mêle les trajectoires et l’évolution d’un pays (lire « Marie Curie, une savante "
     "hors norme »).", "fr"),
    ("Im bereits erschienenen Artikel «Die Insel: Gut möglich, dass das Land bald pleite ist» wird die Lage "
     "beschrieben.", "de"),
    ("Please submit a bug to the BTS. See \"Seeking seconds for a patch\", below, for more details.", "en"),
])
def test_a_title_after_a_word_naming_a_work_is_no_quote(text: str, language: str) -> None:
    assert quotes(text, language=language) == []


def test_a_pull_quote_repeating_the_body_takes_its_speaker() -> None:
    got = quotes("“We will rebuild the bridge before winter”", "The mayor met residents on Monday. “We will rebuild "
                 "the bridge before winter, whatever it costs,” said Ana Ruiz.", language="en", kinds=("heading", "body"))
    assert got == [("We will rebuild the bridge before winter", "Ana Ruiz"),
                   ("We will rebuild the bridge before winter, whatever it costs", "Ana Ruiz")]


def test_a_caption_quote_is_not_the_last_speaker_s() -> None:
    got = quotes("“We will rebuild the bridge before winter,” said Ana Ruiz.",
                 "“Here the river runs fastest in spring”: the old mill at the bend.", language="en",
                 kinds=("body", "caption"))
    assert got == [("We will rebuild the bridge before winter", "Ana Ruiz"),
                   ("Here the river runs fastest in spring", None)]


def test_a_joined_pronoun_names_no_one_from_an_earlier_paragraph() -> None:
    got = quotes("Jean Martin a parlé lundi.", "« Chirac le surnommait le Grand Con, parce qu'il est grand », a-t-il lâché.",
                 language="fr")
    assert got == [("Chirac le surnommait le Grand Con, parce qu'il est grand", None)]


def test_a_participle_of_announcing_is_a_verb_of_speech() -> None:
    got = quotes("La ministra Giulia Ferri ha annunciato che il valico resterà “aperto ancora” per due giorni.", language="it")
    assert got == [("aperto ancora", "Giulia Ferri")]
