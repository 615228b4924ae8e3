"""Lists of teasers: blocks that point to other articles of the site ("Ähnliche Artikel", "Mehr zum Thema", latest news).

Enters: a page's lxml tree. Leaves: the elements of each teaser (`teaser_cards`), furniture whatever their
class words say: `tree.walk_tree` marks their text so.

Why it works: a template sets each teaser as a card: the other article's title as a block of its own that is wholly a
link (`<h3><a href>Title</a></h3>`, `<a href><h3>Title</h3></a>`, `<div class="title"><a>Title</a></div>`), with
perhaps its date, author and a cut excerpt beside it, and repeats the card, each in a wrapper of one tag and one class,
side by side. A page's own text never sets a run of titles that are links, each in a card of its own: a list in the
text that links sources does so inside its sentences (`<li><a>Tool</a> does this</li>`). The cards point to one site
(the teasers' own), where a list of sources points to many; and a card is short (a title and an excerpt), so an
article set in a wrapper its template repeats is never taken for one. Class words cannot tell them: the cards are
named for what they show ("article-latest-news-item", "slide", "grid-item"), and content words win over furniture.
"""
from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlsplit

from lxml.html import HtmlElement

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TITLE_HOLDERS = frozenset({*_HEADINGS, "div", "p"})
_MIN_ITEMS = 3  # two links side by side are a previous and a next; a run of three is a list
_TITLE_CHARS = 200  # a title, not a sentence of the text
_OWN_CHARS = 500  # outside the card's links: a date, a byline and an excerpt of a sentence or two
_CARD_TAGS_NOT = frozenset({"td", "th", "tr"})  # a table's cells are a grid of values, not cards side by side
_CLIMB = 6  # card wrappers between the title and the run of cards


def alike(el: HtmlElement, other: HtmlElement) -> bool:
    """Whether two elements are written by one template: one tag and one class attribute (the one place that asks it
    for cards side by side here, a grid's rows in `grids` and a section nested in a section in `content`)."""
    return other.tag == el.tag and other.get("class") == el.get("class")


def _title_link(a: HtmlElement) -> HtmlElement | None:
    """The block a link titles, where the link is all of it: a heading or a div or p holding the link alone, or the link
    itself where it wraps a heading; else None (a link inside a sentence, a list's link). A link of text alone (most
    of a page's links) holds no heading: its subtree is searched only when it has child elements; and the text after
    the link, which the link holds, is read before its parent is asked for."""
    if len(a) and next(a.iter(*_HEADINGS), None) is not None:
        return a
    if (a.tail or "").strip():
        return None
    holder = a.getparent()
    if holder is None or holder.tag not in _TITLE_HOLDERS or len(holder) != 1 or (holder.text or "").strip():
        return None
    return holder


def _link_text(a: HtmlElement) -> str:
    """The link's text: its own text where it has no child elements (`text_content` reads a subtree)."""
    return a.text_content() if len(a) else a.text or ""


def _chars(el: HtmlElement) -> int:
    return len(" ".join(el.text_content().split()))


def _own_chars(card: HtmlElement) -> int:
    """The characters of the card's text outside its links (its title and its category and "read more" links)."""
    return _chars(card) - sum(_chars(a) for a in card.iter("a"))


def _card(title: HtmlElement, counts: dict[tuple[HtmlElement, object, str | None], int]) -> HtmlElement | None:
    """The wrapper of the card a title heads: the nearest ancestor that stands among siblings of its tag and class.
    `counts` holds, per parent, its children of one tag and class: the titles of one run of cards climb through the
    same parents, whose children are then counted once, not once per title."""
    el = title
    for _ in range(_CLIMB):
        parent = el.getparent()
        if parent is None:
            return None
        key = (parent, el.tag, el.get("class"))
        count = counts.get(key)
        if count is None:  # the children of the element's tag and class attribute
            count = counts[key] = sum(1 for sibling in parent if alike(el, sibling))
        if count >= _MIN_ITEMS:
            return None if el.tag in _CARD_TAGS_NOT else el
        el = parent
    return None


def teaser_cards(root: HtmlElement) -> set[HtmlElement]:
    """The cards of each run of at least three of one tag and class under one parent, each headed by a title that is a
    link, the links going to one site, to pages apart, and each card short. The cards, not their parent: a run of
    teasers can sit inside the article's container, between its paragraphs."""
    cards: dict[HtmlElement, dict[HtmlElement, str]] = defaultdict(dict)  # the list, its cards, each one's link
    counts: dict[tuple[HtmlElement, object, str | None], int] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        title = _title_link(a)
        if title is None or not 0 < len(_link_text(a).strip()) <= _TITLE_CHARS:
            continue
        card = _card(title, counts)
        if card is not None:
            cards[card.getparent()].setdefault(card, href)
    found: set[HtmlElement] = set()
    for links in cards.values():
        hrefs = set(links.values())
        if (len(hrefs) >= _MIN_ITEMS and len({urlsplit(h).netloc for h in hrefs}) == 1
                and all(_own_chars(card) <= _OWN_CHARS for card in links)):
            found.update(links)
    return found
