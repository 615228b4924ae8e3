"""Which passage a unit of the walk belongs to: the block quotation, list item, definition or table cell whose text
the walk cut into a unit for each block in it (`tree.owns_its_text`).

Enters: a Unit (its element and its chain of ancestors). Leaves: the element of its passage, or whether it has one.
Main-content selection asks, so that a passage's units count as the one unit its text was: a quotation's paragraphs,
a list item's paragraphs, listing and sublist vote once for the passage's container (`content._votes`), and an item's
links are weighed over the whole item (`content._item_link_density`); the page asks for the quotation a block is in.
"""
from __future__ import annotations

from lxml.html import HtmlElement

from .tree import CELL_TAGS, ITEM_TAGS, Unit


def enclosing_passage(unit: Unit) -> HtmlElement | None:
    """The outermost block quotation, list item or definition the unit is (an item's own text) or sits in: the passage
    the walk cut into a unit for each of its blocks (`owns_its_text`), which the content vote counts once, as the one
    unit it was before. A table cell is none: its text is one unit as it was (a layout table's cell holds a page's
    article, its runs voting as they did), but for a listing in it, which votes as any listing does."""
    for el in unit.ancestors:
        tag = el.tag
        if tag == "blockquote" or tag in ITEM_TAGS:
            return el
    return unit.element if unit.tag in ITEM_TAGS else None


def enclosing_item(unit: Unit) -> HtmlElement | None:
    """The outermost list item or definition the unit is or sits in (block quotations and cells aside): the one unit
    its text was before each block in an item owned its own (`owns_its_text`), whose links the content selection weighs
    together (a list of links set as a sublist under an item's sentence is the item's, as it was). A cell's text is
    weighed run by run, as it was: a layout table's cell holds the article and the boxes of links beside it."""
    return next((el for el in (*unit.ancestors, unit.element) if el.tag in ITEM_TAGS), None)


def in_item(unit: Unit) -> bool:
    """Whether the unit is a block inside a list item, a definition or a table cell: part of the item's text, no
    paragraph of the article's running text as a <p> outside a list is."""
    return any(el.tag in ITEM_TAGS or el.tag in CELL_TAGS for el in unit.ancestors)


def enclosing_quotation(unit: Unit) -> HtmlElement | None:
    """The <blockquote> above a unit, or None. Each block inside a block quotation owns its text (`_Walker`), so a
    quotation of several paragraphs is a unit for each <p> and for its citation line; this is the one place that
    finds the quotation they belong to (for Block.quotation; the content vote asks `enclosing_passage`)."""
    return next((el for el in unit.ancestors if el.tag == "blockquote"), None)
