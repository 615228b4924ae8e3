"""The units around the article's container that are the article's too, found once the vote has chosen the
container (`content`): the title above it, the paragraphs that run straight into it from before it, and the
standfirst set between the title and the text. Units enter (the page's, in order, with the place of the first kept
one); the units to add leave.

Each is found by how pages set these parts: the title is the <h1> most like the metadata title; a free lead or a
first block is set as <p>s of prose right before the container; a standfirst carries its own class words.
"""
from __future__ import annotations

from .furniture import attribute_words, vocabulary
from .tree import Unit

MAX_LINK_DENSITY = 0.5  # a unit more than half links is a list of links, not the article's text
LEAD_CHARS = 80  # a sentence, not a label
_OPENING_LINK_DENSITY = 0.25
SENTENCE_END = (".", "!", "?", ":", "\u201d", '"', "'", "\u2019")


def title_unit(units: list[Unit], first_kept: int, title_hint: str | None) -> Unit | None:
    """The h1 that titles the article: the one most like the metadata title, else the last before the text."""
    h1s = [(i, u) for i, u in enumerate(units) if u.tag == "h1" and u.chars]
    if not h1s:
        return None
    if title_hint:
        hint = set(title_hint.lower().split())
        scored = [(len(hint & set(u.text.lower().split())) / max(len(hint), 1), -abs(i - first_kept), u) for i, u in h1s]
        best = max(scored, key=lambda s: (s[0], s[1]))
        if best[0] >= 0.5:
            return best[2]
    before = [u for i, u in h1s if i <= first_kept and not u.furniture]
    return before[-1] if before else None


def _reads_as_paragraph(unit: Unit) -> bool:
    """Readability's test for a paragraph beside the article's container: a <p> of prose with few links,
    or a short one without links that ends a sentence; a <p> set right after a picture is its caption."""
    if unit.tag != "p" or unit.furniture or not unit.chars or _beside_picture(unit):
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


def opening_run(units: list[Unit], first_kept: int) -> list[Unit]:
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
    the article's opening paragraph, found by its class words."""
    words = vocabulary()["lead_words"]
    return [u for u in units[title_at + 1:first_kept]
            if not u.furniture and u.chars >= LEAD_CHARS and u.link_density <= MAX_LINK_DENSITY
            and any(attribute_words(el) & words for el in (u.element, *u.ancestors[-2:]))]
