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
    assert _quotes("<p>The port is kept by a volunteer. The “Tcl for macOS Notes” (on the project's site) has more "
                   "details.</p>") == []


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
    got = _quotes("<p>Les premières versions sont sorties en quelques mois. Mathilde Rocher écrit à ce sujet :</p>"
                  f"<p>« {words} »</p>", "fr")
    assert got == [(words.rstrip("."), "Mathilde Rocher")]


def test_a_paragraph_without_a_verb_of_speech_hands_on_no_speaker() -> None:
    words = ("The first packages were put together by hand on a borrowed machine, and we shipped whatever built "
             "cleanly that week.")
    got = _quotes("<p>The project grew slowly after Harriet Osei joined it. Then the mailing list was opened to "
                  f"everyone.</p><p>\u201c{words}\u201d</p>")
    assert got == [(words.rstrip("."), None)]


def test_a_press_release_lead_hands_its_speaker_to_the_quotation_paragraph_after_it() -> None:
    words = ("Wer die Daten der Nutzer verkauft, muss dafür haften. Die Kommission hat dazu bisher keinen Vorschlag "
             "gemacht.")
    got = _quotes("<p>Die Anhörung im Ausschuss hat gezeigt, dass die Plattformen ihre Regeln nicht durchsetzen, "
                  "kritisiert Jonas Kellermann (Grüne), der Berichterstatter für das geplante Gesetz.</p>"
                  f"<p>„{words}“</p>", "de")
    assert got == [(words.rstrip("."), "Jonas Kellermann")]


def test_a_program_message_or_label_beside_its_noun_is_no_quote() -> None:
    assert _quotes("<p>If the cache is empty the tool stops with the message: ‘cannot open index file for "
                   "reading; 0 entries loaded’. Rebuild the index first.</p>") == []
    assert _quotes("<p>Developers who want silence avoid the “No route could be found for host XXX” message that "
                   "the default handler prints.</p>") == []
    assert _quotes("<p>Warum erscheint die Meldung „cannot open index file for reading“, wenn ich das Werkzeug "
                   "starte?</p>", "de") == []
    assert _quotes("<p>Pourquoi est-ce que j'obtiens le message « cannot open index file for reading » au "
                   "démarrage de l'outil ?</p>", "fr") == []


def test_someones_message_with_an_indefinite_article_stays_speech() -> None:
    got = _quotes("<p>Before the vote Greta Lindqvist posted a message: “We will keep every mirror running through "
                  "the winter.”</p>")
    assert got == [("We will keep every mirror running through the winter", "Greta Lindqvist")]


def test_a_paraphrase_of_a_term_in_marks_is_no_quote() -> None:
    assert _quotes("<p>Closing one direction of a connection can mean “I will not write any more, but I am still "
                   "reading” to the peer.</p>") == []
    assert _quotes("<p>Les éditeurs WYSIWYG (« What You See Is What You Get », c'est-à-dire « ce que vous voyez "
                   "est ce que vous obtenez ») sont fournis.</p>", "fr") == []
    assert _quotes("<p>Die Angabe 10.0.0.0/8 ist eine Kurzform, das heißt „alle Adressen, deren erstes Byte zehn "
                   "ist“.</p>", "de") == []


def test_a_speaker_of_an_earlier_sentence_is_not_handed_on() -> None:
    # the writer's own narration follows the verb of speech: the quotation paragraph after it may be anyone's
    words = ("The first packages were put together by hand on a borrowed machine, and we shipped whatever built "
             "cleanly that week.")
    got = _quotes("<p>In 2014 Greta Lindqvist said the project was the best new one in the region. More awards "
                  f"followed, and the team grew quickly over the next years.</p><p>\u201c{words}\u201d</p>")
    assert got == [(words.rstrip("."), None)]
