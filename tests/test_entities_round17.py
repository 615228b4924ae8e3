"""Issue 15, seventeenth round: entities in a manual's front pages and release lists, measured on documents nobody
annotated (bench/census/entity17.jsonl): a table of contents' entries name nothing, and a name with a release's
number after it is a product's release.

Every case is text written for the test, not copied from an evaluation file or the census pool.
"""
from __future__ import annotations

from scoexport.extract.unread import CONTENTS, unread_spans
from scoexport.pipeline import process
from scoexport.records import Metadata, Paragraph

from .facts_util import facts_of

_CONTENTS = ("Contents\n\n"
             "1 Getting started . . . . . . . . . . . . . . . . 1\n"
             "1.1 Talking to Oracle databases . . . . . . . . . 3\n"
             "1.2 Letters of Margaret Whitfield . . . . . . . . 5\n"
             "2 Working with Lotus spreadsheets . . . . . . . . 9\n\n"
             "This guide was written by Jane Miller, who worked at Oracle for ten years.\n")


def _entities(**source: str) -> set[tuple[str, str | None]]:
    return {(f.text, f.entity_type) for f in process(**source).facts if f.kind == "entity"}


def test_a_contents_entry_names_nothing_the_text_under_it_does() -> None:
    found = _entities(text=_CONTENTS)
    assert ("Jane Miller", "person") in found and ("Oracle", "organization") in found
    assert not any("Whitfield" in name or "Lotus" in name for name, _ in found)
    oracle = [f for f in process(text=_CONTENTS).facts if f.kind == "entity" and f.text == "Oracle"]
    assert len(oracle) == 1  # the body's, not the entry's


def test_a_run_of_entries_in_one_paragraph_is_unread_whole() -> None:
    text = ("3.1 The Smith-Waterman method . . . . . . . 40 3.2 Using Apache Spark . . . . . . . . 44 "
            "3.3 Notes from Helsinki . . . . . . . . 51")
    para = Paragraph("doc", "doc-p0000", 0, "table", None, text, [(0, len(text))])
    assert [(s.start, s.end, s.why) for s in unread_spans([para])["doc-p0000"].spans] == [(0, len(text), CONTENTS)]


def test_a_sentence_ending_in_a_number_is_no_contents_entry() -> None:
    text = "Margaret Whitfield moved to Helsinki in 1998 and joined Oracle as employee number 3."
    assert unread_spans([Paragraph("doc", "doc-p0000", 0, "body", None, text, [(0, len(text))])]) == {}
    assert ("Margaret Whitfield", "person") in _entities(text=text)


def test_a_name_with_a_release_number_after_it_is_the_release_not_the_body() -> None:
    text = ("Debian 12.4 came out in March, and the installer of Debian 9 still boots. Debian also signs the images "
            "it publishes.")
    mentions = [f for f in process(text=text).facts if f.kind == "entity" and f.text == "Debian"]
    # the project acting keeps its mention; its numbered releases give none
    assert [f.start for f in mentions] == [text.index("Debian also")]


def test_a_clause_or_a_sentence_may_end_after_the_release_number() -> None:
    found = _entities(text="Packages for Mageia are built weekly. The old installer, dropped in Mageia 8, is gone.")
    assert not any(name == "Mageia" and kind in ("city", "region") for name, kind in found)


def test_a_person_whose_name_the_document_numbers_in_points_is_a_program() -> None:
    text = ("The suite shipped the Konqueror browser (a fork of Acme Konqueror) and a mail client.\n\n"
            "Konqueror 4.14\n\nKonqueror 5.2\n")
    assert ("Acme Konqueror", "person") in _entities(text=text.split("\n")[0])  # what the rule takes away
    assert not any(kind == "person" for _, kind in _entities(text=text))


def test_a_surname_before_a_score_or_a_time_stays_a_person() -> None:
    text = ("“It was close,” said Maria Lindqvist after the final against Jana Kowalski. Times: Lindqvist 11.42 "
            "seconds, Kowalski 11.58.\n\nKowalski 11.58\n")
    found = _entities(text=text)
    assert ("Maria Lindqvist", "person") in found and ("Jana Kowalski", "person") in found


def _mentions(text: str, language: str, name: str) -> list[int]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return [f.start for f in facts if f.kind == "entity" and f.text == name]


def test_a_name_before_a_gnu_systems_kernel_names_the_operating_system() -> None:
    text = "Die Installation von Debian GNU/Hurd ist neu. Debian hat sie im Mai angekündigt."
    assert _mentions(text, "de", "Debian") == [text.index("Debian hat")]
    text = "L'installateur de Debian GNU/Linux est simple, et Debian fournit un outil."
    assert _mentions(text, "fr", "Debian") == [text.index("Debian fournit")]


def test_a_broadcasters_channel_keeps_its_number_as_its_name() -> None:
    text = "Il sindaco ha parlato a Rai Radio 2 sabato mattina, e l'opposizione ha risposto."
    facts, _ = facts_of(text, metadata=Metadata(language="it"))
    assert {f.value for f in facts if f.kind == "entity"} == {"Rai Radio 2"}


def test_a_model_or_a_standard_numbered_after_its_maker_is_no_mention_of_the_maker() -> None:
    text = "The tools comply with the POSIX (IEEE 1003.1) standard and run on the IBM 5150 computer."
    assert not any(f.kind == "entity" for f in process(text=text).facts)


def test_a_kernel_named_after_gnu_is_no_name() -> None:
    text = "All tools that are formally part of Trisquel GNU/Linux are free to copy, and the Trisquel team signs them."
    assert not any(f.text == "Linux" for f in process(text=text).facts if f.kind == "entity")


def test_a_count_after_a_name_is_no_release() -> None:
    text = "Am Sonntag kamen in Hamburg 40.000 Menschen zusammen, in Leipzig 300 Menschen."
    assert _mentions(text, "de", "Hamburg") and _mentions(text, "de", "Leipzig")
    text = "Im Frühjahr hat Siemens 300 Stellen gestrichen."
    assert _mentions(text, "de", "Siemens") == [text.index("Siemens")]
