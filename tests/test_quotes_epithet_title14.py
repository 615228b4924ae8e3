"""An epithet after a verb of speech where several people were named before it ("„...“, sagte der Münchner"): the
one of them the document's title names, the person the story is about (session 14). Sentences written for the test."""
from __future__ import annotations

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

BEFORE = "Im Finale besiegte Jonas Weber den Franzosen Adrian Mannarino und danach Mackenzie McDonald."
QUOTE = "„Das Wetter war heute auf meiner Seite“, sagte der Münchner."


def _speakers(title: str | None) -> list[str | None]:
    facts, _ = facts_of(BEFORE, QUOTE, metadata=Metadata(language="de", title=title), kinds=("body", "body"))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [names.get(f.entity_id) for f in of_kind(facts, "quote")]


def test_an_epithet_after_several_people_is_the_one_the_title_names() -> None:
    assert _speakers("Weber gewinnt das Turnier in Kiel") == ["Jonas Weber"]


def test_an_epithet_after_several_people_is_no_one_where_the_title_names_none_of_them() -> None:
    assert _speakers("Turnier in Kiel bei Sonne entschieden") == [None]


def test_an_epithet_after_several_people_is_no_one_where_the_title_names_two_of_them() -> None:
    assert _speakers("Weber schlägt Mannarino in Kiel") == [None]


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_the_person_a_sentence_opens_for_before_a_colon_speaks_the_quote() -> None:
    got = _quotes("Für Jonas Weber stehen Qualität und Preis an erster Stelle: „Ich habe gelernt, dass die Kunden "
                  "zufrieden sein müssen.“", "de")
    assert got == [("Ich habe gelernt, dass die Kunden zufrieden sein müssen", "Jonas Weber")]
    got = _quotes("For Jonas Weber, the answer is simple: “We clean better than anyone else in town.”", "en")
    assert got == [("We clean better than anyone else in town", "Jonas Weber")]


def test_a_person_after_for_without_a_colon_before_the_quote_is_no_speaker() -> None:
    assert _quotes("Für Jonas Weber arbeiten zwölf Leute. „Wir freuen uns über jeden Auftrag.“", "de") == [
        ("Wir freuen uns über jeden Auftrag", None)]


NAMED = ("Die Kommissarin Ursula von der Leyen sprach am Montag vor dem Parlament in Straßburg. Die Abgeordnete Karin "
         "Huber hörte zu.")


def _owned(*texts: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language="de"), kinds=("body",) * len(texts))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_quoted_words_of_a_statement_owned_in_the_genitive_are_the_owners() -> None:
    # the sentence's verb has Huber as subject: she speaks about the words, not them
    assert _owned(NAMED, "Die Äußerungen von der Leyens, wonach die Union „jeden Winter überstehen“ werde, bezeichnet "
                         "Huber als naiv.") == [("jeden Winter überstehen", "Ursula von der Leyen")]


def test_a_statement_owned_by_someone_never_named_in_full_leaves_the_quote_to_no_one() -> None:
    assert _owned(NAMED, "Die Aussagen Müllers, dass die Union „jeden Winter überstehen“ werde, bezeichnet Huber als "
                         "naiv.") == [("jeden Winter überstehen", None)]
