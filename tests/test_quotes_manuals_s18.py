"""Quote precision in manuals, and speakers told in French narration (session 18).

What a quotation of speech is: words that someone the text names or a verb of speech voices. A characterization in
marks ("known as '...'", "markiert als »...«") with no one voicing it is a term or a label; a part of the same
document pointed to up or down ('under "..." above', 'See also below, "..."', 'the section on "..."') or after its
number in German marks (»...«) is a title; words holding a variable a program fills in ("$HOST") are an example
string. French histories tell speech in the imperfect and the simple past ("Il disait que « ... »", "écrivait
alors :").

Every page is made up for the test in the manner of a mail server's README, Debian's FAQ and a project history; none
is copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.pipeline import process


def _page(body: str, language: str) -> str:
    return (f'<html lang="{language}"><head><title>Handbuch</title></head><body><article><h1>Handbuch</h1>'
            f"{body}</article></body></html>")


def _quotes(body: str, language: str = "en") -> list[tuple[str, str | None]]:
    result = process(html=_page(body, language), name="manual.html")
    names = {f.entity_id: f.value for f in result.facts if f.kind == "entity"}
    return [(f.text, names.get(f.entity_id)) for f in result.facts if f.kind == "quote"]


def test_a_characterization_no_one_voices_is_no_quote() -> None:
    assert _quotes("<p>The old mirror script was slow. Most users only knew it as 'the nightly sync that never "
                   "finishes' and left it running.</p>") == []
    assert _quotes("<p>Pakete im alten Zweig werden entfernt oder markiert als »für die kommende Ausgabe "
                   "zurückgestellt«.</p>", "de") == []
    assert _quotes("<p>Without the new tracker the cleanup would have been seen as “useful, but far too much "
                   "work for the team” and dropped.</p>") == []


def test_a_characterization_someone_voices_stays_a_quote() -> None:
    got = _quotes("<p>Greta Lindqvist described the new mirror layout as “the cleanest the archive has ever "
                  "had”.</p>")
    assert [t for t, _ in got] == ["the cleanest the archive has ever had"]


def test_a_title_pointed_to_up_or_down_the_document_is_no_quote() -> None:
    assert _quotes('<p>Lower the number of workers as explained under "Limiting the number of delivery agents" '
                   'above. Fewer workers need less memory.</p>') == []
    assert _quotes('<p>Note 3: this matters only behind a proxy. See also below, "Relaying mail through a '
                   'gateway host".</p>') == []
    assert _quotes('<p>If the machine has no fixed address you should read the section on "Running the server on '
                   'hosts without a stable address".</p>') == []


def test_a_section_title_after_its_number_in_german_marks_is_no_quote() -> None:
    assert _quotes("<p>Alle Felder sind im Handbuch beschrieben, Kapitel 4 »Source packages and their build "
                   "steps«, und in der Manpage.</p>", "de") == []


def test_words_holding_a_placeholder_variable_are_an_example_string() -> None:
    assert _quotes('<p>Attach the full patch to the request (not just a link or "the fixed tarball is waiting at '
                   '$MIRROR_URL").</p>') == []
    assert _quotes('<p>The greeting was sent before the server wrote the "250 welcome to ${HOST}" line and '
                   'waited.</p>') == []


def test_a_sum_of_money_in_marks_is_no_placeholder() -> None:
    got = _quotes("<p>Greta Lindqvist said the upgrade “will cost the project $40,000 over two years”.</p>")
    assert [t for t, _ in got] == ["will cost the project $40,000 over two years"]


def test_french_imperfect_and_simple_past_verbs_of_speech_name_the_speaker() -> None:
    got = _quotes("<p>En 1996, Marc Delorme a porté la distribution sur une nouvelle architecture. Il disait que "
                  "« la plupart des paquets supposaient un processeur Intel et qu'il a fallu tout reprendre ».</p>",
                  "fr")
    assert got == [("la plupart des paquets supposaient un processeur Intel et qu'il a fallu tout reprendre",
                    "Marc Delorme")]
    got = _quotes("<p>Les premières versions sont sorties en 1994. Marc Delorme écrivait alors :</p>"
                  "<p>« Nous assemblions chaque version à la main, et personne ne savait encore quels paquets "
                  "garder. »</p>", "fr")
    assert got == [("Nous assemblions chaque version à la main, et personne ne savait encore quels paquets garder",
                    "Marc Delorme")]


def test_a_name_after_a_characterization_does_not_voice_it() -> None:
    # the one who calls something so is the sentence's subject, before the marks; a name after them is someone else
    assert _quotes("<p>Most readers only knew the column as 'the weekly grumble about the archive' and never "
                   "learned who Greta Lindqvist was.</p>") == []


def test_a_direction_word_that_goes_on_is_no_cross_reference() -> None:
    got = _quotes("<p>Greta Lindqvist said the team wanted “a release that people can trust” above all other "
                  "goals this year.</p>")
    assert [t for t, _ in got] == ["a release that people can trust"]
