"""A page builder's later text sections: each block of text in a section of its own, wrapped two deep, a row of
columns between them (`content._later_sections`). Pages of our own."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_FIRST = ("The ferry company opened its new terminal on the north quay on Monday, after three years of building, "
          "and expects to handle twice as many passengers, cars and lorries as the old one did.")
_LATER = ("Tickets for the first summer season, which runs from May to September, go on sale next week, and the "
          "company says prices will stay as they were, at least for residents of the islands.")


def _texts(after: str) -> list[str]:
    section = "<section class='tb_section builder-el-{n}'><div class='tb_textblock'>{inner}</div></section>"
    first = section.format(n=1, inner="".join(f"<p>{_FIRST} Part {i}, with more, and more.</p>" for i in range(5)))
    columns = "<div class='flex_column one_third'><img src='a.jpg'></div>" * 3
    body = (f"<html><head><title>Ferry terminal</title></head><body><div class='main'><h1>Ferry terminal</h1>"
            f"<div class='entry-wrapper'>{first}{columns}{after}</div></div></body></html>")
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    return [" ".join(ln.text for ln in b.lines) for b in parsed.blocks]


def test_a_later_section_of_the_builder_holding_prose_is_the_articles() -> None:
    later = ("<section class='tb_section builder-el-5'><div class='tb_textblock'><p><strong>Summer season</strong></p>"
             f"<p>{_LATER}</p><p>{_LATER} They will rise, later, by a tenth.</p></div></section>")
    texts = _texts(later)
    assert sum(_FIRST in t for t in texts) == 5
    assert _LATER in texts


def test_a_box_of_another_kind_after_the_sections_is_not() -> None:
    about = f"<div class='site-about'><div class='inner'><p>{_LATER}</p><p>{_LATER} Or more.</p></div></div>"
    texts = _texts(about)
    assert sum(_FIRST in t for t in texts) == 5
    assert _LATER not in texts
