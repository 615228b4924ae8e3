"""Speakers on pages nobody tuned for (session 11): another language's pronoun subject ("Er ergänzte:", "sagte er"),
a heading that is a quote of words the body writes unmarked (an interview's answer, or the writer's own subhead).

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def quotes(*texts: str, language: str, kinds: tuple[str, ...] | None = None) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language), kinds=kinds or ("body",) * len(texts))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_a_german_pronoun_before_the_verb_is_the_speaker_of_the_paragraph_before() -> None:
    got = quotes("Landrat Thomas Steinberg eröffnete am Montag die neue Halle.",
                 "Er ergänzte: „Ohne die Freiwillige Feuerwehr wäre das nicht zu bewältigen.“", language="de")
    assert got == [("Ohne die Freiwillige Feuerwehr wäre das nicht zu bewältigen", "Thomas Steinberg")]


def test_a_german_pronoun_after_an_inverted_verb_is_its_subject() -> None:
    got = quotes("Landrat Thomas Steinberg besuchte am Montag das Werk in Leipzig.",
                 "„Wir brauchen mehr Fachkräfte“, sagte er.", language="de")
    assert got == [("Wir brauchen mehr Fachkräfte", "Thomas Steinberg")]


def test_a_german_pronoun_passes_over_a_person_of_the_other_sex() -> None:
    got = quotes("Bundeskanzlerin Angela Merkel besuchte am Montag das Werk in Leipzig.",
                 "„Wir brauchen mehr Fachkräfte“, sagte er.", language="de")
    assert got == [("Wir brauchen mehr Fachkräfte", None)]


def test_a_french_pronoun_before_the_verb_is_its_subject() -> None:
    got = quotes("Le maire Jean Dupont a visité l'usine lundi.",
                 "Il a ajouté : « Nous avons besoin de plus d'ingénieurs. »", language="fr")
    assert got == [("Nous avons besoin de plus d'ingénieurs", "Jean Dupont")]


def test_an_english_text_keeps_its_own_pronouns() -> None:
    got = quotes("Mayor Jean Dupont visited the plant on Monday.",
                 "Il said: “We need more engineers.”", language="en")
    assert got == [("We need more engineers", None)]


INTERVIEW = ("Die Medienwissenschaftlerin Constanze Kurz schätzt die Risiken ein",
             "Zeit Online: Wie finden Sie die App?",
             "Constanze Kurz: Zu wissen, mit wem Patienten Kontakt hatten, ist wichtig.",
             "Klingt nach Überwachung?",
             "Das kann man so deuten. Ich denke, wir sollten den Datenschutz und den Nutzen abwägen.",
             "„Wir sollten den Datenschutz und den Nutzen abwägen“",
             "Und was heißt das für die Nutzer?",
             "Sie können nichts tun als vertrauen.")


def test_an_interview_heading_quoting_an_answer_is_the_interviewees() -> None:
    got = quotes(*INTERVIEW, language="de", kinds=("body",) * 5 + ("heading", "body", "body"))
    assert got == [("Wir sollten den Datenschutz und den Nutzen abwägen", "Constanze Kurz")]


def test_an_interview_heading_whose_words_the_body_does_not_hold_keeps_no_speaker() -> None:
    texts = (*INTERVIEW[:5], "„Wir müssen die Daten nach dem Ende der Krise sofort wieder löschen“", *INTERVIEW[6:])
    got = quotes(*texts, language="de", kinds=("body",) * 5 + ("heading", "body", "body"))
    assert got == [("Wir müssen die Daten nach dem Ende der Krise sofort wieder löschen", None)]


def test_a_subhead_in_marks_repeating_the_writers_own_words_is_no_quote() -> None:
    got = quotes("Die Polizei hatte zunächst keine Straftaten gemeldet. Auch die Polizei zeigte sich zunächst handzahm "
                 "und wartete ab.", "»Auch die Polizei zeigte sich zunächst handzahm«", "Am Abend folgte die Kehrtwende.",
                 language="de", kinds=("body", "heading", "body"))
    assert got == []


def test_a_subhead_quoting_words_the_body_quotes_stays_a_quote() -> None:
    got = quotes("Bürgermeister Thomas Steinberg sagte: „Auch die Polizei zeigte sich zunächst handzahm.“",
                 "»Auch die Polizei zeigte sich zunächst handzahm«", "Am Abend folgte die Kehrtwende.",
                 language="de", kinds=("body", "heading", "body"))
    assert got == [("Auch die Polizei zeigte sich zunächst handzahm", "Thomas Steinberg"),
                   ("Auch die Polizei zeigte sich zunächst handzahm", "Thomas Steinberg")]


def test_another_languages_pronoun_reaches_back_one_paragraph_only() -> None:
    got = quotes("Le maire Jean Dupont a visité l'usine lundi.",
                 "Une habitante du quartier a suivi la visite depuis le trottoir d'en face.",
                 "Il écrit : « Nous avons besoin de plus d'ingénieurs. »", language="fr")
    assert got == [("Nous avons besoin de plus d'ingénieurs", None)]


def test_a_source_we_do_not_find_after_according_is_not_the_paragraphs_speaker() -> None:
    got = quotes("“Abbiamo rispettato tutte le regole”, ha detto Marco Rossi. Secondo fonti locali, il governo ha chiesto di "
                 "ospitare i bambini “accompagnati dalle loro famiglie e dai medici”.", language="it")
    assert got == [("Abbiamo rispettato tutte le regole", "Marco Rossi"),
                   ("accompagnati dalle loro famiglie e dai medici", None)]
