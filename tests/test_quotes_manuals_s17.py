"""Quote precision in manuals and FAQs, and speakers handed on by an introduction (session 17).

Words in quotation marks in a manual are mostly titles of its sections, labels and a program's strings, not anyone's
words: a section's title after its number ("siehe Abschnitt 4.2, „...“"), a title set in title case ("the “Guide to
Packaging Tools”"), a string literal in a code sample (parse('...'), r\"\"\"...\"\"\"). A quotation set as a paragraph of
its own after an introduction ending in a colon, or breaking off mid-sentence, is the introduced speaker's.

Every page is written for the test in the manner of Debian's FAQ, Python's HOWTOs and a project history; none is copied
from an evaluation file.
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


def test_a_section_title_after_its_number_is_no_quote_in_german_and_french() -> None:
    assert _quotes("<p>Die Einträge der Datei werden beim Start gelesen (siehe Abschnitt 4.2, „Wie richte ich einen "
                   "eigenen Spiegel für Pakete ein?“) und danach zwischengespeichert.</p>", "de") == []
    assert _quotes("<p>Le fichier est lu au démarrage (voir la section 3.5, « Comment configurer un miroir local "
                   "des paquets ? ») puis gardé en mémoire.</p>", "fr") == []
    assert _quotes("<p>Mehr dazu steht in Kapitel 9, „Warum startet der Dienst nach einer Aktualisierung nicht "
                   "mehr?“.</p>", "de") == []


def test_a_title_in_title_case_with_short_lower_case_words_is_no_quote() -> None:
    # one word of four letters or more: no share of capitals to count, but every longer word is capitalized
    assert _quotes("<p>Platform notes for the ports are kept in the “Tips for Git” page and in the “Tcl on Mac "
                   "FAQ” on the project's site.</p>") == []
    assert _quotes("<p>Die Hinweise zu den Portierungen stehen in der „Tcl on Mac FAQ“ auf der Seite des "
                   "Projekts.</p>", "de") == []


def test_a_sentence_in_marks_beside_a_verb_of_speech_stays_a_quote() -> None:
    # the title-case rule leaves speech alone: a sentence has lower-case words longer than an article
    got = _quotes("<p>Mirror operators were asked to check their disks, and Greta Lindqvist said the team would "
                  "“review every mirror before the release”.</p>")
    assert got == [("review every mirror before the release", "Greta Lindqvist")]


def test_a_string_literal_in_a_code_sample_is_no_quote() -> None:
    assert _quotes("<p>The helper splits its argument on white space: &gt;&gt;&gt; split_words('apples pears plums "
                   "cherries') returns a list of four names.</p>") == []
    assert _quotes('<p>A verbose pattern may hold comments: pattern = re.compile(r"""  [a-z]+ # one lower-case word '
                   'followed by more """, re.VERBOSE) compiles as usual.</p>') == []
    assert _quotes('<p>Set it with label="open the outer door now" in the configuration.</p>') == []


def test_a_quotation_paragraph_after_an_introduction_ending_in_a_colon_is_the_introduced_speakers() -> None:
    words = ("The first packages were put together by hand on a borrowed machine, and we shipped whatever built "
             "cleanly that week.")
    got = _quotes("<p>The first releases came out over a few months in the autumn. Harriet Osei recalls:</p>"
                  f"<p>\u201c{words}\u201d</p>")
    assert got == [(words.rstrip("."), "Harriet Osei")]


def test_a_quotation_paragraph_continuing_an_introduction_in_french() -> None:
    words = ("Nous avons assemblé les premiers paquets à la main, et chaque semaine nous publiions ce qui se "
             "construisait sans erreur.")
    got = _quotes("<p>Les premières versions sont sorties en quelques mois. Mathilde Rocher écrivait alors :</p>"
                  f"<p>« {words} »</p>", "fr")
    assert got == [(words.rstrip("."), "Mathilde Rocher")]


def test_an_introduction_ending_in_a_full_stop_hands_on_no_speaker() -> None:
    words = ("The first packages were put together by hand on a borrowed machine, and we shipped whatever built "
             "cleanly that week.")
    got = _quotes("<p>The project grew slowly, Harriet Osei said. Then the mailing list was opened to everyone.</p>"
                  f"<p>\u201c{words}\u201d</p>")
    assert got == [(words.rstrip("."), None)]
