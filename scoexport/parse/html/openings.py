"""The article's opening set apart from the container that won the vote (`content.select`): the paragraphs that run
straight into it from before (`opening`) and the standfirst between the title and the text (`leads`).

Enters: the walk's units, where the title stands and where the kept text starts. Leaves: the units to keep besides.

Why it works: pages set the first paragraphs apart from the rest (a free lead before a paywall, a standfirst in the
article's header), but they still read as prose: a sentence long, ending as a sentence ends, with few links; what
stands between the title and the text besides (a byline, a date, a kicker, a share bar) is a label or a list of links.
"""
from __future__ import annotations

from lxml.html import HtmlElement

from .furniture import attribute_words, furniture_mark, vocabulary
from .passages import in_item
from .tree import Unit

MAX_LINK_DENSITY = 0.5
LEAD_CHARS = 80  # a sentence, not a label
_OPENING_LINK_DENSITY = 0.25
SENTENCE_END = (".", "!", "?", ":", "\u201d", '"', "'", "\u2019")


def _reads_as_paragraph(unit: Unit) -> bool:
    """Readability's test for a paragraph beside the article's container: a <p> of prose with few links,
    or a short one without links that ends a sentence; a <p> set right after a picture is its caption, and one in a
    list item or a table cell is the item's text."""
    if unit.tag != "p" or unit.furniture or not unit.chars or in_item(unit) or _beside_picture(unit):
        return False
    if unit.chars > LEAD_CHARS:
        return unit.link_density < _OPENING_LINK_DENSITY
    return unit.link_chars == 0 and unit.text.rstrip().endswith(SENTENCE_END)


_PICTURE_TAGS = ("img", "picture", "video")


def _beside_picture(unit: Unit) -> bool:
    """Whether the element just before the unit's is a picture or holds one: how a caption is set."""
    before = unit.element.getprevious()
    while before is not None and not isinstance(before.tag, str):  # a comment between
        before = before.getprevious()
    return before is not None and (before.tag in _PICTURE_TAGS or next(before.iter(*_PICTURE_TAGS), None) is not None)


def opening(units: list[Unit], first_kept: int) -> list[Unit]:
    """The paragraphs that run straight into the article's container from before it: pages set the first
    paragraphs apart from the rest (a free lead before a paywall's `<div id="subscription-content">`, a
    first block and a "continued contents" block), and the container that won the vote holds only the rest.
    The run stops at the first unit that is not such a paragraph (the byline, a caption, a share bar)."""
    run: list[Unit] = []
    for unit in reversed(units[:first_kept]):
        if not _reads_as_paragraph(unit):
            break
        run.append(unit)
    return run[::-1]


def leads(units: list[Unit], title_at: int, first_kept: int) -> list[Unit]:
    """The standfirst between the title and the text, set apart from the text's container ("article__summary"):
    the article's opening paragraph, found by its class words, or set in the title's own <header> (`_title_header`)
    as prose: a sentence long, ending as a sentence ends, no caption beside a picture. What else such a header holds
    (a byline, a date, a kicker, a list of tags) is a label, not a sentence."""
    words = vocabulary()["lead_words"]
    header = _title_header(units[title_at])
    leads = []
    for u in units[title_at + 1:first_kept]:
        if u.chars < LEAD_CHARS or u.link_density > MAX_LINK_DENSITY:
            continue
        if not u.furniture and any(attribute_words(el) & words for el in (u.element, *u.ancestors[-2:])):
            leads.append(u)
        elif (header is not None and _furniture_by_header(u, header) and u.link_density < _OPENING_LINK_DENSITY
              and u.text.rstrip().endswith(SENTENCE_END) and not _beside_picture(u)):
            leads.append(u)
    return leads


def _furniture_by_header(unit: Unit, header: HtmlElement) -> bool:
    """Whether a unit inside the title's header is furniture, if at all, by that header's tag alone: a <header> is a
    page's banner by its tag (soft furniture), which the header of an article is not; a mark of its own (a hidden
    box, a share bar, a nav) still makes the unit furniture."""
    if header not in unit.ancestors:
        return False
    if not unit.furniture:
        return True
    if unit.soft_marks != (header,):
        return False
    below = unit.ancestors[unit.ancestors.index(header) + 1:]
    return all(furniture_mark(el, str(el.tag)) is None for el in (*below, unit.element))


def _title_header(title: Unit) -> HtmlElement | None:
    """The <header> an article's title is set in, inside the article or the main content (HTML's header of a
    section: the page's banner is a header of the body), or None."""
    for at in range(len(title.ancestors) - 1, -1, -1):
        if title.ancestors[at].tag == "header":
            return title.ancestors[at] if any(a.tag in ("article", "main") for a in title.ancestors[:at]) else None
    return None
