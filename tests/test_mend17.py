"""Four faults the quote and entity censuses of session 17 found (issue 15), each fixed at its cause: a capitalized
pronoun taken for a source's name, French guillemets nested in guillemets, the reflexive pronoun of a verb of speech
after an apposed name, and a person's full name in a title-case heading.

Every page is written for the test; none is copied from an evaluation file or the census pool.
"""
from __future__ import annotations

from scoexport.extract.marks import quotations
from scoexport.extract.sources import find_sources
from scoexport.pipeline import process


def _page(body: str, language: str) -> str:
    return (f'<html lang="{language}"><head><title>Notes</title></head><body><article>{body}</article></body>'
            "</html>")


def _facts(body: str, language: str = "en") -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """(entities as (text, type), quotes as (text, speaker's name)) of a page."""
    result = process(html=_page(body, language), name="notes.html")
    names = {f.entity_id: f.value for f in result.facts if f.kind == "entity"}
    entities = [(f.text, f.entity_type) for f in result.facts if f.kind == "entity"]
    quotes = [(f.text, names.get(f.entity_id)) for f in result.facts if f.kind == "quote"]
    return entities, quotes


def test_a_capitalized_pronoun_before_reports_is_no_source() -> None:
    # "He" is a surname too (so no plain word), but opening a sentence it is the pronoun
    assert find_sources("The port took a year. He reports that nothing built at first.") == []
    assert find_sources("The survey was late. Reuters reports that sales fell.") != []
    entities, _ = _facts("<p>In May 2004 Karl Brenner started the port to the Alpha machines. He reports that "
                         "\"Many packages assumed a little endian machine and it took weeks to build them.\"</p>")
    assert ("He", "organization") not in entities
    assert ("Karl Brenner", "person") in entities


def test_guillemets_nested_in_guillemets_pair_inner_first() -> None:
    text = "Elle écrit : « La version 2 fut la première version « moderne » du projet, enfin stable. »"
    assert [text[s:e] for s, e in quotations(text)] == [
        "La version 2 fut la première version « moderne » du projet, enfin stable."]
    # French opens each paragraph of a long quotation again and closes only the last: the open one runs to the end
    open_ = "« La version 3 fut la dernière version « classique » du projet, puis tout changea."
    assert [open_[s:e] for s, e in quotations(open_)] == [open_[2:]]
    # German sets the marks the other way round: a « that closes a pair opens nothing after it
    german = "Klicken Sie auf » Start – Einstellungen « – das Fenster Einstellungen erscheint."
    assert [german[s:e].strip() for s, e in quotations(german)] == ["Start – Einstellungen"]
    plain = "Il a dit « bonjour » puis « au revoir »."
    assert [plain[s:e] for s, e in quotations(plain)] == ["bonjour", "au revoir"]


def test_a_run_on_quotation_keeps_its_speaker_past_a_nested_pair() -> None:
    _, quotes = _facts(
        "<p>Le projet a été fondé en 1998 par Marie Dupont. Elle a déclaré :</p>"
        "<p>« La version 1.0 est sortie en mars 1999. Nous étions une dizaine de développeurs à cette époque. »</p>"
        "<p>« La version 2.0 a été la première version « stable » du projet : chacun maintenait ses paquets. »</p>"
        "<p>« La version 3.0 est sortie en 2001 et il y avait alors environ soixante développeurs. »</p>", "fr")
    assert [speaker for _, speaker in quotes] == ["Marie Dupont"] * 3
    assert quotes[1][0].startswith("La version 2.0") and quotes[1][0].endswith("ses paquets")


def test_a_reflexive_verb_after_an_apposed_name_has_it_as_subject() -> None:
    # the introduction breaks off mid-sentence and the quotation paragraph goes on with it: its speaker is the
    # subject of the introduction's verb, the name the apposition's commas close, past the reflexive "se"
    _, quotes = _facts("<p>Le noyau de 1994 était lent. Une des premières membres du groupe, Claire Vernet, se "
                       "rappelle que la version du noyau devait</p><p>« [...] être entre la 0.99 et la 1.0 quand nous "
                       "avons commencé. Il fallait des heures pour le compiler sur une machine lente. »</p>", "fr")
    assert [speaker for _, speaker in quotes] == ["Claire Vernet"]


def test_a_full_name_in_a_title_case_heading_is_one_mention() -> None:
    entities, _ = _facts("<h1>Release Notes</h1><h2>March 2004: Marta Kowalczyk Takes Over Printing</h2>"
                         "<p>On March 3rd, 2004, Marta Kowalczyk, a long-time contributor, took over the printing "
                         "packages. Kowalczyk had helped with them for years.</p>")
    assert entities.count(("Marta Kowalczyk", "person")) == 2  # the heading's and the text's
    assert ("Marta", "person") not in entities
    assert entities.count(("Kowalczyk", "person")) == 1  # the text's surname alone
