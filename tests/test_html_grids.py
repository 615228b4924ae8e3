"""Data tables' cells are blocks of kind table: a <table> heading its columns with <th> cells, and a grid of divs
whose rows repeat, each with as many short cells (`parse.html.grids`). Pages of our own."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_PARA = ("The cycling club compared three lamps for the winter rides last month, and two of them lasted the whole "
         "four-hour loop through the hills, while the third gave out after an hour and a half.")


def _kinds(inner: str) -> dict[str, str]:
    body = (f"<html><head><title>Lamps</title></head><body><article><h1>Lamps</h1><p>{_PARA}</p>{inner}"
            f"<p>{_PARA} We keep the first.</p></article></body></html>")
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    return {" ".join(ln.text for ln in b.lines): b.kind for b in parsed.blocks}


def test_the_cells_of_a_table_with_column_heads_are_table() -> None:
    rows = "".join(f"<tr><td>Lamp {c}</td><td>{n} lumen</td><td>{n // 100} hours</td></tr>"
                   for c, n in (("A", 800), ("B", 1200), ("C", 400)))
    kinds = _kinds(f"<table><tr><th>Model</th><th>Light</th><th>Battery</th></tr>{rows}</table>")
    assert kinds["1200 lumen"] == "table" and kinds["Model"] == "table"
    assert kinds[_PARA] == "body"


def test_a_table_without_column_heads_or_with_one_title_head_is_text() -> None:
    record = ("<table><tr><th colspan='2'>Revision History</th></tr><tr><td>Revision 2</td><td>March 2019</td></tr>"
              "<tr><td>Revision 1</td><td>May 2018</td></tr></table>")
    assert _kinds(record)["March 2019"] == "body"
    layout = "<table><tr><td>Revision 2 came out in March 2019</td><td>with 12 fixes</td></tr></table>"
    assert _kinds(layout)["with 12 fixes"] == "body"


def test_the_cells_of_a_grid_of_divs_are_table() -> None:
    rows = "".join(f"<div class='cmp__row'><div class='cmp__head'>{label}</div>"
                   + "".join(f"<div class='cmp__data'><span>{v}</span></div>" for v in values) + "</div>"
                   for label, values in (("Model", ("Lamp A", "Lamp B")), ("Light", ("800 lm", "1200 lm")),
                                         ("Price", ("49,00 EUR", "65,50 EUR"))))
    kinds = _kinds(f"<div class='cmp'>{rows}</div>")
    assert kinds["1200 lm"] == "table" and kinds["Price"] == "table"


def test_rows_of_sentences_are_no_grid() -> None:
    rows = "".join(f"<div class='row'><div class='col'>{_PARA} Part {i}.</div><div class='col'>Then {i} more "
                   f"riders came along.</div></div>" for i in range(3))
    kinds = _kinds(f"<div class='rows'>{rows}</div>")
    assert kinds["Then 2 more riders came along."] == "body"


def test_a_card_of_bold_labels_and_values_cut_by_line_breaks_is_table() -> None:
    card = ("<p><strong>Lamp</strong> Lumo Night Rider <strong>1200 lm</strong><br><strong>Battery</strong> 21700 cell "
            "<strong>5000 mAh</strong><br><b>Weight</b> 180 g<br><strong>Mount</strong> Handlebar clamp 31.8 mm</p>")
    kinds = _kinds(card)
    card_text = next(text for text in kinds if text.startswith("Lamp Lumo"))
    assert kinds[card_text] == "table"
    assert kinds[_PARA] == "body"


def test_bold_words_inside_lines_of_prose_are_no_card() -> None:
    # a poem or a letter cut by line breaks, a word set in bold here and there: lines of sentences, not of labels
    verse = ("<p><strong>Night</strong> fell on the hills and the riders went home.<br><strong>Rain</strong> came "
             "later, and it lasted until the morning.<br><strong>Dawn</strong> found the lamps still burning.</p>")
    kinds = _kinds(verse)
    assert kinds[next(text for text in kinds if text.startswith("Night fell"))] == "body"
    # lines that do not each open with a label are an address or a list of notes
    notes = "<p>Lamp A 800 lm<br><strong>Lamp B</strong> 1200 lm<br>Lamp C 400 lm</p>"
    kinds = _kinds(notes)
    assert kinds[next(text for text in kinds if text.startswith("Lamp A 800"))] == "body"
