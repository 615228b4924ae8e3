"""The cells of a page's data tables, real or built of divs: blocks of kind `table`, whose numbers and dates are no
facts of the text (the kind's rule in `extract`: numbers read running text only, dates skip tables) while the names
in them are read.

Enters: the walk's units. Leaves: the ids of the units that are cells of a data table (`table_cells`).

Why it works: a table of values says so in its markup in one of two ways. A `<table>` heads its columns with a row
of `<th>` cells, one per column; a table used to lay a page out has no column heads, and a DocBook revision
history's single `<th>` spanning the columns titles a record, the document itself. A grid of divs (a product
comparison: "Akku | 12 V | 12 V | 18 V") repeats a row of one tag and class, at least three times, each row holding
as many cells as the others, each cell a value: a few words, no sentence. Columns of a page's layout hold
paragraphs, and a page's repeated boxes (teasers, comments) do not hold cells of a word or two side by side. A card
of labels and values (a product's specifications, an address: "<b>Motor</b> Bosch CX<br><b>Akku</b> 750 Wh<br>...")
is a table of two columns written as lines: a paragraph cut by line breaks into three lines or more, each opening
with a bold label and going on with its value, none a sentence. Prose sets a word in bold inside its sentences, not
at the head of every line.
"""
from __future__ import annotations

from lxml.html import HtmlElement

from ...text import ends_sentence
from .teasers import alike
from .tree import Unit

_CELL_TAGS = ("td", "th")
_MIN_HEADS = 2  # a head per column; one head alone titles the table
_MIN_ROWS = 3
_MIN_COLUMNS = 2
_CELL_CHARS = 60  # a value or a label, not a sentence


def _headed(table: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """Whether a table heads its columns: a row of at least two <th> cells."""
    if table not in known:
        known[table] = any(sum(1 for c in row if c.tag == "th") >= _MIN_HEADS for row in table.iter("tr"))
    return known[table]


def _grid_row(row: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """Whether an element is a row of a grid of divs: at least three rows of its tag and class side by side, each
    holding as many cells as it does (two or more), each cell short and no sentence."""
    if row in known:
        return known[row]
    parent = row.getparent()
    result = False
    if parent is not None and row.get("class"):
        rows = [r for r in parent if alike(row, r)]
        widths = {sum(1 for c in r if isinstance(c.tag, str)) for r in rows}
        if len(rows) >= _MIN_ROWS and len(widths) == 1 and min(widths) >= _MIN_COLUMNS:
            result = all(_value(c) for r in rows for c in r if isinstance(c.tag, str))
        for r in rows:
            known[r] = result
    known[row] = result
    return result


def _value(cell: HtmlElement) -> bool:
    text = " ".join(cell.text_content().split())
    return len(text) <= _CELL_CHARS and not ends_sentence(text)


_LABEL_TAGS = ("strong", "b")


def _card_lines(el: HtmlElement) -> list[list[tuple[bool, str]]]:
    """The lines of an element's own content, cut at its <br>s: each a list of (is a bold label, text) pieces."""
    lines: list[list[tuple[bool, str]]] = [[]]
    if (el.text or "").strip():
        lines[-1].append((False, el.text))
    for child in el:
        if child.tag == "br":
            lines.append([])
        elif isinstance(child.tag, str):
            lines[-1].append((child.tag in _LABEL_TAGS, child.text_content()))
        if (child.tail or "").strip():
            lines[-1].append((False, child.tail))
    return [line for line in lines if any(text.strip() for _, text in line)]


def label_card(el: HtmlElement) -> bool:
    """Whether an element is a card of label and value lines: three lines or more, each a bold label first and then
    its value, short and no sentence."""
    if sum(1 for c in el if c.tag == "br") < _MIN_ROWS - 1:
        return False
    lines = _card_lines(el)
    if len(lines) < _MIN_ROWS:
        return False
    for line in lines:
        if not line[0][0] or len(line) < 2:
            return False
        text = " ".join("".join(text for _, text in line).split())
        if len(text) > 2 * _CELL_CHARS or ends_sentence(text):  # a row of two cells, the label's and the value's
            return False
    return True


def table_cells(units: list[Unit]) -> set[int]:
    """The ids of the units that are cells of a data table: in a <table> with column heads, or a cell of a grid of
    divs (the unit's element, or the element it sits in, is a child of a grid's row)."""
    headed: dict[HtmlElement, bool] = {}
    rows: dict[HtmlElement, bool] = {}
    found: set[int] = set()
    for unit in units:
        if unit.furniture or not unit.chars:
            continue
        if unit.tag in _CELL_TAGS:
            table = next((a for a in reversed(unit.ancestors) if a.tag == "table"), None)
            if table is not None and _headed(table, headed):
                found.add(id(unit))
            continue
        if unit.tag in ("p", "div") and label_card(unit.element):
            found.add(id(unit))
            continue
        chain = (*unit.ancestors, unit.element)
        # the cell is the unit's element or one of its wrappers, up to two deep ("__data > div > span")
        for depth in range(1, 4):
            if len(chain) <= depth:
                break
            cell, row = chain[-depth], chain[-depth - 1]
            if cell.tag in ("div", "span") and row.tag == "div" and _grid_row(row, rows):
                found.add(id(unit))
                break
    return found
