"""Block quotations (session 16): paragraphs set in a <blockquote> without marks are a quote each where the text says
whose they are, by an introduction ending in a colon or by a citation line closing them; the page's own text indented
into a <blockquote> is no quote.

Every page is written for the test in the manner of blogs and essays that cite long passages, not copied from an
evaluation file.
"""
from __future__ import annotations

from scoexport.pipeline import process

_LEAD = "<p>Die Debatte um das neue Gesetz hält seit Monaten an, und viele Juristen haben sich zu Wort gemeldet.</p>"


def _page(body: str, language: str = "de") -> str:
    return (f'<html lang="{language}"><head><title>Ein Essay</title></head><body><article><h1>Ein Essay</h1>'
            f"{body}</article></body></html>")


def _quotes(body: str, language: str = "de") -> list[tuple[str, str | None]]:
    result = process(html=_page(body, language), name="essay.html")
    names = {f.entity_id: f.value for f in result.facts if f.kind == "entity"}
    return [(f.text, names.get(f.entity_id)) for f in result.facts if f.kind == "quote"]


_FIRST = ("Der Gesetzgeber hat die Abwägung der Grundrechte nie ernsthaft vorgenommen und das Ergebnis schon vorher "
          "festgelegt.")
_SECOND = "Eine offene Debatte über die Folgen für die betroffenen Kinder hat es deshalb nicht gegeben."


def test_each_paragraph_of_a_blockquote_is_a_paragraph() -> None:
    result = process(html=_page(f"{_LEAD}<blockquote><p>{_FIRST}</p><p>{_SECOND}</p></blockquote>"), name="essay.html")
    texts = [p.text for p in result.paragraphs if p.kind == "body"]
    assert _FIRST in texts and _SECOND in texts
    assert all(p.quotation for p in result.paragraphs if p.text in (_FIRST, _SECOND))


def test_a_block_quotation_introduced_by_a_verb_of_speech_is_its_speakers_quote_per_paragraph() -> None:
    got = _quotes(f"{_LEAD}<p>Der Strafrechtler Konrad Wegener schreibt dazu:</p>"
                  f"<blockquote><p>{_FIRST}</p><p>[…]</p><p>{_SECOND}</p></blockquote>"
                  "<p>Dem ist wenig hinzuzufügen.</p>")
    assert got == [(_FIRST, "Konrad Wegener"), (_SECOND, "Konrad Wegener")]


def test_a_citation_line_closing_a_block_quotation_names_its_author() -> None:
    # the citation line and the note on emphasis are the quoting writer's lines, not the quoted words
    got = _quotes(f"{_LEAD}<p>Schon vor Jahren hat Konrad Wegener das Problem beschrieben.</p>"
                  f"<blockquote><p>{_FIRST}</p><p>(Hervorhebung durch den Verfasser)</p>"
                  "<p><em>Wegener, ZfR 2014, 311 f</em></p></blockquote>")
    assert got == [(_FIRST, "Konrad Wegener")]


def test_an_english_block_quotation_introduced_with_as_x_writes() -> None:
    first = "A town library lends more than books: it lends a whole street the habit of reading in the evening."
    got = _quotes("<p>The essay has been read aloud in many small towns this year.</p>"
                  "<p>As Margaret Okafor writes:</p>"
                  f"<blockquote><p>{first}</p></blockquote><p>That is the heart of her argument.</p>", "en")
    assert got == [(first, "Margaret Okafor")]


def test_text_indented_into_a_blockquote_without_introduction_or_citation_is_no_quote() -> None:
    # a manual indents its own prose so: no colon introducing it, no line citing anyone
    got = _quotes("<p>Python 3.10 adds a new function to the standard library for this purpose.</p>"
                  "<blockquote><p>The best practice is to call the new function with the object as its only "
                  "argument and to read the dictionary it returns.</p></blockquote>", "en")
    assert got == []


def test_an_introduction_naming_a_quoted_passage_gives_its_source() -> None:
    # no verb of speech: a noun for a quoted passage and the source it comes from
    got = _quotes(f"{_LEAD}<p>Dazu noch ein Zitat aus einem Interview mit Konrad Wegener:</p>"
                  f"<blockquote><p>{_FIRST}</p></blockquote>")
    assert got == [(_FIRST, "Konrad Wegener")]


def test_a_colon_alone_does_not_make_a_block_a_quotation() -> None:
    # an introduction without a verb of speech or a quoted passage announces the page's own example
    got = _quotes(f"{_LEAD}<p>Das sieht im Ergebnis so aus:</p><blockquote><p>{_FIRST}</p></blockquote>")
    assert got == []


def test_a_quote_in_marks_inside_a_block_quotation_keeps_its_own_speaker() -> None:
    inner = "Wer nicht mitmacht, gehört nicht dazu."
    block = f"Ein Rabbiner aus Prag, Jakob Feldmann, warnte damals: „{inner}“ Das gilt bis heute in vielen Gemeinden."
    got = _quotes(f"{_LEAD}<p>Dazu ein Auszug aus dem Bericht:</p><blockquote><p>{block}</p></blockquote>")
    assert (inner.rstrip("."), "Jakob Feldmann") in [(t.rstrip("."), s) for t, s in got]
    # the block is the report's words, whose author the text does not name: not the rabbi's
    assert (block, None) in got


def test_an_embedded_post_signed_with_a_handle_is_no_quote() -> None:
    # a platform's embed code sets the post in a <blockquote> and signs it with its author's handle and date
    got = _quotes("<p>The council met again on Monday to vote on the new budget for the city's schools.</p>"
                  "<p>The mayor posted about it:</p>"
                  "<blockquote><p>Proud of our council today, the schools get the money they need at last.</p>"
                  "— Mayor Jane Oduya (@mayoroduya) <a href='#'>March 4, 2024</a></blockquote>", "en")
    assert got == []


def test_words_glossing_what_a_term_means_are_no_quote() -> None:
    # a manual glosses a value, an essay a coined word, beside a verb of speech too: the marks hold a meaning
    got = _quotes("<p>An empty value in the field means \"skip every remaining check\".</p>"
                  "<p>The founder often speaks of “hackocracy”, meaning “the rule of those who write the code”.</p>", "en")
    assert got == []


def test_a_manual_indenting_its_sections_into_blockquotes_keeps_every_section() -> None:
    # Sphinx indents a section's text into a <blockquote>: a long section of many paragraphs is no more the article
    # than the short ones beside it
    para = ("The loader reads the configuration file first, then the files it names, and each of them may name "
            "others in turn, so that the order in which they are read matters for the result.")
    short = "<section><h2>{0}</h2><blockquote><div><p>{0}: {1}</p></div></blockquote></section>"
    long = "<section><h2>Details</h2><blockquote><div>" + "".join(f"<p>{i}. {para}</p>" for i in range(9)) + \
        "</div></blockquote></section>"
    page = ("<html lang='en'><head><title>Loading HOWTO</title></head><body><div class='body'><section><h1>Loading "
            f"HOWTO</h1>{short.format('Overview', para)}{long}{short.format('Caveats', para)}</section></div>"
            "</body></html>")
    texts = [p.text for p in process(html=page, name="howto.html").paragraphs]
    assert any(t.startswith("Overview:") for t in texts) and any(t.startswith("Caveats:") for t in texts)

