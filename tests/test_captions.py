"""Captions and credits set in the article's flow, known by the shape of their line (`clean/captions.py`), and the
credit read for no facts (`extract/credits.caption_credit`). Lines and pages written for the test the way news
sites in several languages set a picture's caption and its maker's credit outside a <figcaption>."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport.clean.captions import credit_start, is_caption
from scoexport.pipeline import process

from .facts_util import facts_of, of_kind

_STORY = ("The council met on Tuesday evening to decide how the old harbour wall would be rebuilt after the storm, "
          "and the mayor said the town would pay for the first stones itself. ")


@pytest.mark.parametrize("line", [
    "Die Feuerwehr löschte den Brand in der Nacht. — Foto: Karla Brenner/Nordkurier",  # a dash before the label
    "O prefeito visitou a obra na manhã desta segunda. — Foto: Diêgo Santos/G1",
    "Депутати обговорюють законопроєкт у сесійній залі / Фото УНІАН",  # a slash before the label, no colon
    "Міністр під час брифінгу / Фото з фейсбуку Петра Коваля",
    "Fotos: Freiwillige Feuerwehr Musterstadt",  # plural and compound labels in other languages
    "Crédits photos : Agence Bestimage",
    "Main image credit: Getty",
    "Die Innenstadt am Samstagmittag. (Symbolbild) Bildrechte: IMAGO",
    "© Reuters",  # a copyright sign before a credit
    "Die beiden Freunde am Ufer der Elbe. © Jana Kolb",
    "Governors attend the debate in Miami, Florida, Nov. 8, 2023. Jo Park/AFP via Getty Images",  # no label
    "Фото:",  # a label alone, its maker on the next line
    "The first map of the moon's plains and dunes. (NASA/JPL-Caltech/ASU)",  # names with a slash, in a parenthesis
    "Titelbild: Jo Brenner/ABACA/picture-alliance",
])
def test_a_credit_in_the_flow_is_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "© 2021 The Harbour Times. All rights reserved.",  # the publisher's notice
    "He came home late. Then AC/DC played the encore.",
    "Input / image processing pipeline",  # a label's word in lower case after a slash
    "The results were good. Photo: he said he was pleased with the new camera.",
    "Input/Output",
])
def test_running_text_is_no_caption(line: str) -> None:
    assert not is_caption(line)


def test_the_makers_line_under_a_label_alone_is_a_caption() -> None:
    assert is_caption("личный архив Андрея Петрова", "Фото:")
    assert not is_caption("личный архив Андрея Петрова", "Андрей Петров")
    assert credit_start("личный архив Андрея Петрова", "Фото:") == 0


@pytest.mark.parametrize(("line", "credit"), [
    ("O prefeito visitou a obra. — Foto: Diêgo Santos/G1", "Foto: Diêgo Santos/G1"),
    ("Governors attend the debate in Miami, Florida. Jo Park/AFP via Getty Images", "Jo Park/AFP via Getty Images"),
    ("Die beiden Freunde am Ufer der Elbe. © Jana Kolb", "© Jana Kolb"),
    ("Der Bürgermeister bei der Eröffnung. (Bild: Jo Park / AP)", "(Bild: Jo Park / AP)"),
    ("Sakib Rahman/Hindustan Times/Getty Images", "Sakib Rahman/Hindustan Times/Getty Images"),
    ("Loriot mit Evelyn Hamann auf dem Sofa (1989). Foto: SWR/picture alliance/dpa", "Foto: SWR/picture alliance/dpa"),
    ("The first map of the moon's plains and dunes. (NASA/JPL-Caltech/ASU)", "(NASA/JPL-Caltech/ASU)"),
])
def test_the_credit_is_found_where_it_starts(line: str, credit: str) -> None:
    start = credit_start(line)
    assert start is not None and line[start:] == credit


def test_a_caption_that_only_describes_names_no_maker() -> None:
    assert credit_start("Cover image: the lighting installation by Peter Koros Design at the festival") is None
    assert credit_start("Kyle Busch") is None


@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=20)))
def test_a_credit_starts_inside_its_line(text: str, before: str | None) -> None:
    start = credit_start(text, before)
    assert start is None or 0 <= start < max(len(text), 1)


def test_a_captions_credit_gives_no_entities_but_its_description_does() -> None:
    caption = "Der Bürgermeister von Potsdam bei der Eröffnung der Brücke. Karla Brenner/AFP via Getty Images"
    facts, mentions = facts_of(_STORY, caption, kinds=("body", "caption"))
    names = {f.value for f in of_kind(facts, "entity")}
    assert "Potsdam" in names
    assert not names & {"Karla Brenner", "AFP", "Getty Images"}
    assert {m.name for m in mentions} == names


def test_a_picture_shared_via_someone_still_names_them() -> None:
    caption = "The foreign minister greets the delegation (Photo via Hua Chunying/X)"
    facts, _ = facts_of(_STORY, caption, kinds=("body", "caption"))
    assert "Hua Chunying" in {f.value for f in of_kind(facts, "entity")}


def _page(inner: str) -> str:
    story = "".join(f"<p>{_STORY}Part {i} of the story goes on about the wall.</p>" for i in range(5))
    return (f"<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>{inner}{story}"
            "</article></body></html>")


def test_a_heading_tag_marked_as_a_figures_caption_is_a_caption() -> None:
    result = process(html=_page("<div class='figure'><img src='a.jpg' alt=''><h2 class='figure__caption'>Während der "
                                "Sitzung demonstrierten draussen Hunderte. (Bild: Jo Park / AP)</h2></div>"))
    kinds = {p.text[:20]: p.kind for p in result.paragraphs}
    assert kinds["Während der Sitzung "] == "caption"
    assert "Jo Park" not in {f.value for f in result.facts if f.kind == "entity"}


def test_a_label_and_its_maker_in_a_list_are_captions_read_for_no_names() -> None:
    result = process(html=_page("<div class='slider'><dl><dt>Фото:</dt><dd class='origin-text'>личный архив Андрея "
                                "Петрова</dd></dl></div>"))
    kinds = {p.text: p.kind for p in result.paragraphs}
    assert kinds["Фото:"] == "caption" and kinds["личный архив Андрея Петрова"] == "caption"
    assert not [f for f in result.facts if f.kind == "entity" and "Петров" in f.text]


@pytest.mark.parametrize("credit", ["<p class='credit'>Karl Mayer</p>", "<div class='image-credit'>Karl Mayer</div>",
                                    "<p class='photo-credit'>Photo: Karl Mayer/AFP</p>"])
def test_a_pictures_credit_marked_by_its_class_names_no_author(credit: str) -> None:
    result = process(html=_page(f"<div class='media'><img src='wall.jpg' alt=''>{credit}</div>"))
    assert result.metadata.authors == []
    assert [p.kind for p in result.paragraphs if "Karl Mayer" in p.text] == ["caption"]


def test_a_byline_beside_a_pictures_credit_stays_the_author() -> None:
    result = process(html=_page("<p class='byline'>By Ann Lee</p><div class='media'><img src='wall.jpg' alt=''>"
                                "<span class='credit'>Karl Mayer</span></div>"))
    assert result.metadata.authors == ["Ann Lee"]


@pytest.mark.parametrize("body", [
    "The harbour wall was rebuilt after the storm. Bild: Karla Brenner/Nordkurier",  # a caption's label, German
    "The harbour wall was rebuilt after the storm (photographed by Karla Brenner).",  # a maker's credit by what she did
    "The harbour wall was rebuilt after the storm. Crédits photos : Karla Brenner",  # French spacing before the colon
])
def test_a_photographers_credit_in_a_paragraph_names_no_one(body: str) -> None:
    facts, _ = facts_of(_STORY + body)
    assert "Karla Brenner" not in {f.value for f in of_kind(facts, "entity")}


def test_a_picture_shared_via_someone_names_them_whatever_the_labels_language() -> None:
    caption = "Der Außenminister begrüßt die Delegation (Foto via Hua Chunying/X)"
    facts, _ = facts_of(_STORY, caption, kinds=("body", "caption"))
    assert "Hua Chunying" in {f.value for f in of_kind(facts, "entity")}


def test_a_credits_label_makes_its_line_a_credit_whatever_its_words() -> None:
    """"Credits:" names the makers, "Photo:" the picture: after a credit's label every word credits someone ("map by
    Peter Hansen", "(text)"), after a picture's label the words may describe the picture."""
    closing = "Credits: photos by Jana Kolb; map by Peter Hansen and the port's survey office"
    assert credit_start(closing) == 0
    assert credit_start("Bildrechte: Archiv der Stadt, bearbeitet von Jana Kolb (2019)") == 0
    assert credit_start("Photo: The mayor Peter Hansen opens the new bridge") is None
    facts, _ = facts_of(_STORY, closing, kinds=("body", "caption"))
    assert [f.text for f in of_kind(facts, "entity") if f.paragraph_id == "doc-p0001"] == []


def test_the_credit_labels_are_caption_labels() -> None:
    from scoexport.clean.captions import picture_labels
    from scoexport.data import load_lines
    assert set(load_lines("credit_labels.txt")) <= set(picture_labels())
