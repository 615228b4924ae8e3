"""A manual's boxes after its lists and figures, and a chapter's nested sections (DocBook, Sphinx): the box is the
text's (`furniture._set_in_text`), and the chapter, not its longest section, is the text (`content._nested_part`).
Pages of our own."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_PARA = ("The lighthouse keepers log the weather every four hours, and the log goes to the coastguard at the end of "
         "each month, together with the list of ships that passed the point.")


def _texts(inner: str) -> list[str]:
    body = f"<html><head><title>Manual</title></head><body><div class='chapter'>{inner}</div></body></html>"
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    return [" ".join(ln.text for ln in b.lines) for b in parsed.blocks]


def _box(title: str, text: str) -> str:
    return (f"<div class='sidebar'><div class='titlepage'><p class='title'><strong>{title}</strong></p></div>"
            f"<div class='para'>{text}</div></div>")


def test_a_box_after_a_list_or_a_figure_is_text() -> None:
    listed = ("<div class='itemizedlist'><ul><li><div class='para'>Wind speed and direction.</div></li>"
              "<li><div class='para'>Visibility in sea miles.</div></li></ul></div>")
    figure = ("<div class='figure'><a id='fig1'></a><div class='figure-contents'><div class='mediaobject'>"
              "<img src='lamp.png' alt='The lamp'></div></div><p class='title'>Figure 1. The lamp room</p></div>")
    texts = _texts(f"<div class='para'>{_PARA}</div>{listed}"
                   + _box("NOTE Logs", "A keeper who misses a reading writes why in the margin of the log.")
                   + f"<div class='para'>{_PARA}</div>{figure}"
                   + _box("CULTURE Lamps", "The old lamps burned paraffin, and the keepers trimmed the wicks twice.")
                   + f"<div class='para'>{_PARA}</div>")
    assert any("in the margin" in t for t in texts) and any("trimmed the wicks" in t for t in texts)


def test_a_chapter_is_the_text_not_its_longest_section() -> None:
    section = "<div class='section'><h3>{title}</h3>{paras}</div>"
    long = section.format(title="1.2. Logs", paras="".join(f"<div class='para'>({i}) {_PARA}</div>" for i in range(16)))
    short = section.format(title="1.1. Keepers", paras="<div class='para'>The keepers live at the point, two to a "
                                                       "house, in shifts of a month, and a boat brings them food.</div>")
    texts = _texts("<div class='section'><h2>1. The lighthouse</h2><div class='para'>This chapter tells how the "
                   f"light is kept, by whom, with which tools, and what is written down.</div>{short}{long}</div>")
    assert any("what is written down" in t for t in texts) and any("two to a house" in t for t in texts)


def test_a_field_lists_author_entry_is_a_byline() -> None:
    fields = "<dl class='field-list'><dt>Author:</dt><dd><p>Mara Quell</p></dd><dt>Release:</dt><dd><p>2.1</p></dd></dl>"
    body = (f"<html><head><title>Manual</title></head><body><div class='section'><h1>Keeping the light</h1>{fields}"
            f"<p>{_PARA}</p><p>{_PARA}</p></div></body></html>")
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    kinds = {" ".join(ln.text for ln in b.lines): b.kind for b in parsed.blocks}
    assert kinds.get("Mara Quell") == "byline" and kinds.get("Author:") == "byline"
    assert kinds.get("2.1", "body") != "byline"
