"""Speakers as Romance-language news writes them (issue 15, fresh6 round): the verb first and a long role before the
name, an owner after a preposition, a speaker's words broken by an attribution between dashes, live-blog entries.

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

import pytest

from scoexport.extract.oblique import oblique
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def quotes(*texts: str, language: str = "it", kinds: tuple[str, ...] = ("body",)) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language), kinds=kinds)
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Il negoziatore di Marco", "it", "of"),
    ("la brigata dell'Marco", "it", "of"),
    ("in linea con Marco", "it", "other"),
    ("the office of the Marco", "en", "of"),
    ("il ministro degli Esteri Marco", "it", None),  # a role between: the name is the role's apposition
    ("said Marco", "en", None),
    ("a statement by Marco", "en", None),  # "by" names an agent, who may speak
])
def test_a_name_after_a_preposition_is_its_object(text: str, language: str, expected: str | None) -> None:
    assert oblique(text, text.rindex("Marco"), language) == expected


def test_the_name_after_a_long_role_phrase_speaks() -> None:
    got = quotes("“La situazione nella regione resta molto difficile per tutti”. Lo ha detto la portavoce del "
                 "ministero degli Esteri francese, Giulia Ferri.")
    assert got == [("La situazione nella regione resta molto difficile per tutti", "Giulia Ferri")]
    got = quotes("“Spero che domani la frontiera venga aperta per tutti”. Lo ha detto il vicepresidente del Consiglio "
                 "regionale e assessore alla Sanità Marco Bianchi.")
    assert got == [("Spero che domani la frontiera venga aperta per tutti", "Marco Bianchi")]


def test_a_clause_after_the_verb_is_no_role() -> None:
    # what follows "ha detto che" or an infinitive is what was said, and a name there is not the speaker
    got = quotes("L'esercito ha ribadito di essere pronto a prendere parte alle operazioni insieme a Marco Bianchi. "
                 "“Siamo pronti a partire domani mattina”.")
    assert [speaker for _, speaker in got] == [None]


def test_an_owner_before_the_verb_is_not_the_subject() -> None:
    # the office speaks, not the United Nations; their spokesman speaks for them
    got = quotes("L'ufficio umanitario delle Nazioni Unite afferma: “Gli ospedali non hanno più carburante”.")
    assert got == [("Gli ospedali non hanno più carburante", None)]
    got = quotes("Un portavoce delle Nazioni Unite afferma: “Gli ospedali non hanno più carburante”.")
    assert got == [("Gli ospedali non hanno più carburante", "United Nations")]  # the gazetteer's name


def test_a_person_after_a_preposition_is_not_the_sentence_speaker() -> None:
    got = quotes("Il fratello di Marco Bianchi al sindaco: “Adesso basta con le promesse”.")
    assert got == [("Adesso basta con le promesse", None)]
    got = quotes("Il sindaco in linea con Marco Bianchi: “Adesso basta con le promesse”.")
    assert got == [("Adesso basta con le promesse", None)]


def test_an_auxiliary_stands_between_the_name_and_the_verb() -> None:
    got = quotes("Marco Bianchi ha parlato ai giornalisti in piazza.",
                 "Riferendosi alla visita di Giulia Ferri, Bianchi ha detto che si tratta di “un passo avanti per tutti”.")
    assert got == [("un passo avanti per tutti", "Marco Bianchi")]


def test_an_attribution_between_dashes_splits_the_quote() -> None:
    got = quotes("“Il nostro paese lavora per la pace - ha affermato Marco Bianchi - e continuerà a farlo con tutti”.")
    assert got == [("Il nostro paese lavora per la pace", "Marco Bianchi"),
                   ("e continuerà a farlo con tutti", "Marco Bianchi")]
    # a dash inside speech that holds no verb of speech is the speaker's own
    got = quotes("Marco Bianchi ha detto: “Abbiamo tre priorità - scuola, lavoro, casa - per il prossimo anno”.")
    assert got == [("Abbiamo tre priorità - scuola, lavoro, casa - per il prossimo anno", "Marco Bianchi")]


def test_a_bare_verb_between_dashes_goes_on_with_the_last_speaker() -> None:
    got = quotes("“Siamo pronti a collaborare con tutti”. Lo ha detto il sindaco Marco Bianchi. “Abbiamo aspettato "
                 "settimane - ha aggiunto -. Adesso tocca a loro decidere”.")
    assert [speaker for _, speaker in got] == ["Marco Bianchi"] * 3


def test_a_name_in_the_attribution_clause_after_its_subject_is_not_the_speaker() -> None:
    got = quotes("“Gli episodi sono in aumento - dice un portavoce, dopo l'intervista al direttore Marco Bianchi - "
                 "e questo è inaccettabile”.")
    assert [speaker for _, speaker in got] == [None, None]


def test_a_later_speaker_does_not_reach_back_past_the_next_sentence() -> None:
    # the paragraph's first quotes are an institution's; the person named two sentences on speaks only his own
    got = quotes("Il museo ha fatto appello “a tutti i leader del mondo”. Un appello lanciato “in risposta "
                 "all'ondata di odio”, ha spiegato. “Seguiamo da vicino la situazione”, ha detto il presidente "
                 "Marco Bianchi.")
    assert got == [("a tutti i leader del mondo", None), ("in risposta all'ondata di odio", None),
                   ("Seguiamo da vicino la situazione", "Marco Bianchi")]
    # the sentence after the quote names its speaker
    got = quotes("“La situazione resta molto difficile per tutti noi”. Lo ha detto la portavoce Giulia Ferri.")
    assert got == [("La situazione resta molto difficile per tutti noi", "Giulia Ferri")]


def test_according_to_takes_the_name_after_it_only() -> None:
    got = quotes("I morti sono almeno venti secondo la guerra tra Marco Bianchi e i ribelli. “Sono stati trovati "
                 "morti dopo l'attacco”, secondo l'agenzia di stampa locale.")
    assert [speaker for _, speaker in got] == [None]


def test_a_live_blog_headline_quotes_whom_its_entry_quotes_first() -> None:
    texts = ("10:47", "Ambasciatore: “Le nostre relazioni restano ottime”",
             "“Abbiamo un rapporto molto positivo con tutti i paesi della regione”. Lo ha detto l'ambasciatore "
             "Marco Bianchi a una radio locale.",
             "10:31", "Blinken parte per “prevenire l'espansione del conflitto”",
             "“Vuole un aggiornamento da parte di tutti sugli obiettivi della missione”. Lo ha detto il portavoce "
             "Giulia Ferri.")
    got = quotes(*texts)
    assert got[:2] == [("Le nostre relazioni restano ottime", "Marco Bianchi"),
                       ("Abbiamo un rapporto molto positivo con tutti i paesi della regione", "Marco Bianchi")]
    # a quote inside the headline's own sentence is its subject's, not the body's first speaker's
    assert ("prevenire l'espansione del conflitto", "Giulia Ferri") not in got


def test_a_fragment_in_the_predicate_is_not_the_subjects_speech() -> None:
    got = quotes("L'Unione europea ha “oltrepassato il limite della decenza” nelle ultime settimane di guerra.")
    assert got == [("oltrepassato il limite della decenza", None)]
    # words introduced by a colon are the subject's, after an article of the language too
    got = quotes("L'Unione europea: “Abbiamo oltrepassato il limite della decenza nelle ultime settimane”.")
    assert [speaker for _, speaker in got] == ["European Union"]  # the gazetteer's name


def test_a_name_after_the_next_stop_is_not_an_inverted_subject() -> None:
    got = quotes("Il negoziatore ha detto “basta” ieri sera. Giulia Ferri spiega di aver scritto per “l'ultima volta”.")
    assert ("basta", "Giulia Ferri") not in got
