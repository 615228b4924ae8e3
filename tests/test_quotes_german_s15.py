"""Quotes and their speakers (session 15): quoted words of several sentences tagged where their marks close, words with
no attribution of their own running on from whoever spoke last, and a body fused into a compound before a role
("der VW-Boss") owning the role, not speaking.

Every case is a sentence written for the test in the manner of the pages, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def quotes(*texts: str, language: str = "de") -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language), kinds=("body",) * len(texts))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_a_quote_of_two_sentences_is_tagged_where_its_marks_close() -> None:
    # the stop inside the marks ends a sentence before the verb: the verb after the closing mark still tags the quote,
    # not the source the paragraph cited first
    got = quotes("Laut einer Meldung von Bloomberg sinken die Mieten. Julia Hartmann leitet einen Verein in Köln. "
                 "„Reicht das schon? Eher nicht“, fügte Hartmann hinzu.")
    assert got == [("Reicht das schon? Eher nicht", "Julia Hartmann")]


def test_an_untagged_quote_runs_on_from_whoever_spoke_last() -> None:
    got = quotes("Laut einer Meldung von Bloomberg sinken die Mieten. „Das hält nicht lange“, sagte Julia Hartmann. "
                 "„Im Frühjahr fallen sie wieder.“")
    assert got == [("Das hält nicht lange", "Julia Hartmann"), ("Im Frühjahr fallen sie wieder", "Julia Hartmann")]


def test_an_untagged_quote_is_not_the_next_sentences_speaker_where_someone_spoke_before() -> None:
    # the one who spoke before it keeps speaking; the one who speaks in the sentence after it starts anew
    got = quotes("„Eine schwere Fehlentscheidung“, sagte Thomas Brandauer. „Wir fordern sofort einen neuen Gipfel.“ "
                 "Petra Lindqvist sagte dazu: „Wir brauchen mehr Austausch.“")
    assert got == [("Eine schwere Fehlentscheidung", "Thomas Brandauer"),
                   ("Wir fordern sofort einen neuen Gipfel", "Thomas Brandauer"),
                   ("Wir brauchen mehr Austausch", "Petra Lindqvist")]


def test_a_body_fused_into_a_role_does_not_speak() -> None:
    got = quotes("Stefan Kornfeld will das Werk in Halle halten. „Gerade hier muss es sich lohnen“, betonte der "
                 "BMW-Chef.")
    assert got == [("Gerade hier muss es sich lohnen", "Stefan Kornfeld")]


def test_a_role_fused_with_its_body_before_a_name_gives_the_name() -> None:
    got = quotes("Die Partei tagte in Berlin. „Gerade hier muss es sich lohnen“, sagte SPD-Chef Lars Klingbeil.")
    assert got == [("Gerade hier muss es sich lohnen", "Lars Klingbeil")]


def test_sentences_given_as_a_sample_of_a_kind_are_no_quotes() -> None:
    got = quotes("Am Stammtisch hört man Sprüche wie: „Früher war doch alles viel besser“, „Die da oben machen doch, "
                 "was sie wollen“ und „Das bringt doch alles nichts.“ Gemeint ist immer dasselbe.")
    assert got == []


def test_words_said_if_or_whenever_something_happens_are_no_quotes() -> None:
    got = quotes("Ich werde wütend, wenn Kollegen sagen, „das haben wir immer so gemacht“ oder „dafür ist leider kein Geld "
                 "da“. Dann gehe ich.")
    assert got == []


def test_an_english_sample_after_such_as_is_no_quote() -> None:
    got = quotes("She hears remarks such as “you should just relax a bit more” every single week.", language="en")
    assert got == []


def test_one_occasion_with_als_stays_a_quote() -> None:
    got = quotes("Als Julia Hartmann sagte: „Wir öffnen die Akten, jeder darf sie einsehen“, wurde es still.")
    assert got == [("Wir öffnen die Akten, jeder darf sie einsehen", "Julia Hartmann")]


def test_like_after_a_form_of_be_reports_speech() -> None:
    got = quotes("I saw Julia Hartmann at the door and I was like, “What are you doing here so late?”", language="en")
    assert [text for text, _ in got] == ["What are you doing here so late?"]


def test_a_quote_after_sentences_that_name_no_one_runs_on_from_the_last_speaker() -> None:
    got = quotes("„Man hat mich entlassen, weil ich zu viele Fragen gestellt habe“, sagte Julia Hartmann im Gespräch.",
                 "Diesen Rückhalt habe sie auch nach der Kündigung gespürt. „Ich habe nur meine Arbeit getan.“ "
                 "Hartmann arbeitet heute in Bremen.")
    assert got == [("Man hat mich entlassen, weil ich zu viele Fragen gestellt habe", "Julia Hartmann"),
                   ("Ich habe nur meine Arbeit getan", "Julia Hartmann")]


def test_a_quote_after_another_person_is_named_does_not_run_on() -> None:
    got = quotes("„Man hat mich entlassen, weil ich zu viele Fragen gestellt habe“, sagte Julia Hartmann im Gespräch.",
                 "Thomas Brandauer sah das anders. „Ich habe nur meine Arbeit getan.“")
    assert got[1] == ("Ich habe nur meine Arbeit getan", "Thomas Brandauer")


def test_sentences_of_capitalized_nouns_after_a_colon_are_speech() -> None:
    # German capitalizes its nouns, so a sentence can look like a title; a colon that ends a clause introduces it as a
    # stop would, and a whole sentence ending in a stop is said, not a title
    got = quotes("Sabine Kornfeld führt die Kette. Ihre Haltung zu den Aussichten ist eindeutig: „Nicht Sabine "
                 "Kornfeld oder Peter Ulm bestimmen Preise. Die Käufer bestimmen.“")
    assert [text for text, _ in got] == ["Nicht Sabine Kornfeld oder Peter Ulm bestimmen Preise. Die Käufer bestimmen"]


def test_a_title_after_a_colon_stays_a_title() -> None:
    got = quotes("Der neue Film von Julia Hartmann hat einen langen Namen: „Die Nacht der Großen Gefühle am Rhein“.")
    assert got == []


def test_reported_speech_after_a_sentence_about_one_person_is_that_persons() -> None:
    got = quotes("Vor dem Parteitag hatte Karla Weidemann lange um Zustimmung für ihren Plan geworben. Es sei "
                 "ein „wirklich kluger Plan“, der einen raschen Ausbau möglich mache.")
    assert got == [("wirklich kluger Plan", "Karla Weidemann")]


def test_reported_speech_after_a_sentence_about_two_people_is_no_ones() -> None:
    got = quotes("Vor dem Parteitag hatten Karla Weidemann und Jens Oberholz lange gestritten. Es sei ein „wirklich "
                 "kluger Plan“, der einen raschen Ausbau möglich mache.")
    assert got == [("wirklich kluger Plan", None)]


def test_words_tagged_by_an_impersonal_verb_of_speech_are_speech_of_no_one() -> None:
    # German capitals make the sentence look like a title; "hieß es" says it was said, by no one the text names
    got = quotes("„Die Wünsche waren zahlreich: vom Radweg bis zur Ganztagsschule für Kinder“, hieß es etwa im "
                 "Aufruf zur Kundgebung.")
    assert got == [("Die Wünsche waren zahlreich: vom Radweg bis zur Ganztagsschule für Kinder", None)]


def test_an_impersonal_verb_of_speech_is_not_the_last_speakers() -> None:
    got = quotes("„Wir bleiben dabei“, sagte Julia Hartmann. Im Bericht steht es anders. „Die Lage bleibt trotz allem "
                 "sehr ernst und unklar“, heißt es darin.")
    assert got == [("Wir bleiben dabei", "Julia Hartmann"), ("Die Lage bleibt trotz allem sehr ernst und unklar", None)]


def test_a_name_that_a_thing_is_called_is_no_quote() -> None:
    got = quotes("Der neue Film von Julia Hartmann heißt „Die Nacht der Großen Gefühle am Rhein“.")
    assert got == []
