"""Words in marks where a noun phrase stands, and French guillemets that open a paragraph (session 18, quotes18b).

Quotation marks right after an article, a demonstrative or a possessive ("a ‘...’", "le « ... »", "das »...«") stand
where a noun phrase stands: the words are a term the text names or coins, not a sentence anyone said, unless a verb
of speech with a subject stands in their sentence ("Ortiz called it a “...”", which reports her words). A paragraph
that opens with French spaced guillemets ("« Non », a répondu ...") opens a sentence: the mark is not what stands
before the words.

Every page is made up for the test in the manner of a manual, a French FAQ and a news report; none is copied from an
evaluation file.
"""
from __future__ import annotations

from scoexport.pipeline import process


def _page(body: str, language: str) -> str:
    return (f'<html lang="{language}"><head><title>Notes</title></head><body><article><h1>Notes</h1>'
            f"{body}</article></body></html>")


def _quotes(body: str, language: str = "en") -> list[tuple[str, str | None]]:
    result = process(html=_page(body, language), name="notes.html")
    names = {f.entity_id: f.value for f in result.facts if f.kind == "entity"}
    return [(f.text, names.get(f.entity_id)) for f in result.facts if f.kind == "quote"]


def test_a_term_after_its_article_is_no_quote() -> None:
    assert _quotes("<p>Stale entries are removed by a ‘sweeper of orphaned locks’, which runs every night.</p>") == []
    assert _quotes("<p>Pour aller plus loin, consultez le « carnet des petites recettes » sur le site.</p>",
                   "fr") == []
    assert _quotes("<p>The tool keeps a ‘cache of resolved host names’ on disk.</p>") == []
    assert _quotes("<p>Im Kern bietet das Werkzeug das »schnelle Bauen aus dem Quellbaum« für alle Pakete.</p>",
                   "de") == []


def test_a_phrase_after_an_article_that_someone_says_stays_a_quote() -> None:
    got = _quotes("<p>Mayor Helena Ortiz called the new bridge a “triumph of patient local planning” on "
                  "Tuesday.</p>")
    assert [t for t, _ in got] == ["triumph of patient local planning"]


def test_french_guillemets_opening_a_paragraph_open_its_sentence() -> None:
    got = _quotes("<p>Marianne Dubreuil a présenté le budget de la ville lundi.</p>"
                  "<p>« Jamais », a répondu Marianne Dubreuil aux élus.</p>", "fr")
    assert [t for t, _ in got] == ["Jamais"]


def test_what_someone_called_a_thing_after_an_object_pronoun_stays_a_quote() -> None:
    got = _quotes("<p>Orders fell for the third month. Market watchers called it the “quiet end of an old "
                  "habit”, as buyers moved on.</p>")
    assert [t for t, _ in got] == ["quiet end of an old habit"]


def test_a_clause_in_marks_after_an_article_stays_a_quote() -> None:
    got = _quotes("<p>The coast guard reported stopping a “boat that tried to land without lights” near the "
                  "harbour.</p>")
    assert [t for t, _ in got] == ["boat that tried to land without lights"]
