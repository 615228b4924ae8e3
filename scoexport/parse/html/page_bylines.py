"""The units of an HTML page that its markup marks as a byline or a dateline, and the texts that may name its author.

Enters: the page's units (`tree.Unit`), their class and id words, the page's <time> elements. Leaves: each unit's
kind as the markup says it ('byline', 'dateline' or None), the texts `meta` reads the author from, and whether a
unit is the text of a <time> element alone.

Why it works: templates set the author and the date in a short box whose class or id names it ("byline",
"post-date") or whose microdata does (itemprop="author"), or in a <time> element: a short unit under such an
element, or holding a <time>, is a byline or a dateline (a dateline where it holds a date). A box holding more
text than a byline is a post's wrapper named for its date, not a byline. An id the page's own links point to
("#compile-time", "#time") is a section's anchor, which documentation tools make from the section's title ("Changes
at compile time", the `time` module's section in release notes): it names what the section is about, not that it
holds a byline or a date, so only such an element's class words mark it (`fragment_targets`).
"""
from __future__ import annotations

import lxml.etree
from lxml.html import HtmlElement

from ...authors import byline_opening
from ...date_text import find_dates
from .doc_authors import in_author_field
from .furniture import PROTECTED_TAGS, attribute_words, class_words, vocabulary
from .landmarks import Landmarks
from .tree import ITEM_TAGS, Unit

CHAIN_DEPTH = 3  # a unit's ancestors whose class and id words may mark it
_BYLINE_MAX_CHARS = 200
_BYLINE_PROPS = frozenset({"author", "datePublished"})  # itemprop holds a list of them ("author creator")
_BYLINE_HOLDER_CHARS = 1000  # a byline box: names, a date, a line of biography, its markup's white space


# the fragments the page's links point to, picked by libxml2 in one pass
_FRAGMENTS = lxml.etree.XPath("//a/@href[starts-with(., '#')]")


def fragment_targets(root: HtmlElement) -> frozenset[str]:
    """The ids the page's own links point to ("#compile-time"): its sections' anchors (a contents list, a
    permalink beside a heading), named after what the sections are about."""
    return frozenset(str(href)[1:] for href in _FRAGMENTS(root))  # type: ignore[union-attr]


def time_holders(page: Landmarks) -> set[HtmlElement]:
    """The elements that hold a <time> element, found from the page's few <time> elements upwards
    rather than by a search under every short unit."""
    return {el for time in page.times for el in time.iterancestors()}


def _names_author_or_date(el: HtmlElement, words_of: dict[HtmlElement, frozenset[str]], wanted: frozenset[str],
                          anchors: frozenset[str]) -> bool:
    """Whether an element of a unit's chain marks it as a byline: by its class or id words (`wanted`, the
    byline words; a section's anchor by its class words only) or its itemprop, where it holds no more text than
    a byline does: a template may name the wrapper of a whole post for the date it files it under (Blogger's
    "date-outer" holds the post's title, text and comments), and what it holds is no byline."""
    if el.tag in PROTECTED_TAGS:
        return False
    if anchors and el.get("id") in anchors:
        words = class_words(el)
    elif (words := words_of.get(el)) is None:
        words = words_of[el] = attribute_words(el)
    if words.isdisjoint(wanted) and _BYLINE_PROPS.isdisjoint((el.get("itemprop") or "").split()):
        return False
    return len(el.text_content()) <= _BYLINE_HOLDER_CHARS


def byline_kind(unit: Unit, words_of: dict[HtmlElement, frozenset[str]], time_holders: set[HtmlElement],
                 byline_marks: dict[HtmlElement, bool], anchors: frozenset[str] = frozenset()) -> str | None:
    """'byline' or 'dateline' when the unit's markup says it names the author or the date; `byline_marks`
    keeps what each element says, since units share their ancestors; `anchors` are the page's
    `fragment_targets`."""
    if unit.chars > _BYLINE_MAX_CHARS:
        return None
    if unit.tag == "time" or unit.element in time_holders:
        return "dateline"
    # a manual's field list: "Author: Jo Roe", the value a <dd> or a paragraph in one (Sphinx: <dd><p>Jo Roe</p></dd>)
    field = unit.element if unit.tag in ("dt", "dd") else unit.ancestors[-1] if unit.ancestors else None
    if field is not None and field.tag in ("dt", "dd") and in_author_field(field):
        return "byline"
    wanted = vocabulary()["byline_words"]
    for el in (*unit.ancestors[-CHAIN_DEPTH:], unit.element):  # the chain of `page._chain`
        marked = byline_marks.get(el)
        if marked is None:
            marked = byline_marks[el] = _names_author_or_date(el, words_of, wanted, anchors)
        # the item's mark is the whole item's: a reader's comment set as <li class="comment-author-x"> (asked only of
        # a marked item: reading an item's whole text for each of its units costs the item's size each time)
        if marked and not (el.tag in ITEM_TAGS and el is not unit.element and not _whole_item(unit, el)):
            return "dateline" if find_dates(unit.text) else "byline"
    return None


def _whole_item(unit: Unit, item: HtmlElement) -> bool:
    """Whether a unit inside a list item or definition is all its text (a <p> alone in it). An item's class words mark
    the item (a comment's <li> named for its author holds the name, the date and the comment's paragraphs), and each
    block in an item is a unit of its own (`tree.owns_its_text`): the mark holds for a unit that is the whole item."""
    return " ".join(item.text_content().split()) == unit.text


def byline_texts(units: list[Unit], bylines: dict[int, str]) -> list[str]:
    """The texts that may name the author: the bylines the markup marks, and its datelines that open with a
    byline's word ("par Jane Doe, 21 juin 2018": one line for both, a dateline since it holds a date) or go on
    with one after their date ("Posted on September 21, 2020 by Adi Tzlil", as WordPress themes write it)."""
    opening = byline_opening()
    texts = []
    for u in units:
        kind = bylines.get(id(u))
        if kind == "byline" or (kind == "dateline" and opening.match(u.text)):
            texts.append(u.text)
        elif kind == "dateline" and (after := _after_date(u.text)) and opening.match(after):
            texts.append(after)
    return texts


def _after_date(text: str) -> str | None:
    """What a dateline writes after its last date, without the punctuation between."""
    dates = find_dates(text)
    return text[dates[-1].end:].strip(" ,;|·-–—") if dates else None


def is_time_text(unit: Unit) -> bool:
    """Whether the unit's text is the text of one <time> element it holds, and nothing else."""
    text = unit.text
    return any(" ".join(t.text_content().split()) == text for t in unit.element.iter("time"))
