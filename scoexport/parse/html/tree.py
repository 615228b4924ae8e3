"""Walk an HTML tree once: cut its text into units (block elements, loose text) with source offsets.

A unit is the text a reader sees as one paragraph: a block element (p, li, h2, ...) or the loose
text of a container (a div holding text and line breaks). Each unit knows whether it sits in page
furniture, how much of its text is link text, and the chain of its ancestors, which is all that
main-content selection needs.
"""
from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from functools import cache, lru_cache

from lxml.html import HtmlElement

from ...data import load_json
from ...records import Line
from . import landmarks
from .furniture import cross_reference, furniture_mark
from .offsets import TextLocator
from .part_links import part_reference
from .soft_furniture import resolve_soft_furniture
from .teasers import teaser_cards

BLOCK_TAGS = frozenset({"p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "dd", "dt", "td",
                        "th", "caption", "address", "summary"})
# "acronym" is HTML 4's element for a short form (DocBook's output still writes it): a word inside the sentence
INLINE_TAGS = frozenset({"a", "abbr", "acronym", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font",
                         "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
                         "time", "u", "var", "wbr", "strike", "tt", "big", "picture", "source", "nobr"})
_BREAKING_INLINE_TAGS = frozenset({"br", "img", "wbr"})
# the elements whose title attribute spells out the short form they hold (HTML's <abbr>, HTML 4's <acronym>)
_TITLED_TAGS = frozenset({"abbr", "acronym"})
RAW_TEXT_TAGS = frozenset({"script", "style"})
# the blocks that hold blocks of their own (HTML's flow content): a list item, a definition, a table cell. An item's or
# a definition's paragraphs, listings and sublists are each a paragraph (`_Walker.visit`); a cell is one value of its
# table, but a listing (<pre>) set in it is program text, not the cell's words
ITEM_TAGS = frozenset({"li", "dd"})
CELL_TAGS = frozenset({"td", "th"})
HEAD_TAGS = frozenset({"head", "title"})
# the walk lists these as it meets them (every element but what a script or style holds, which is text)
_LANDMARK_TAGS = frozenset(landmarks.TAGS)


@dataclass(eq=False, slots=True)
class Unit:
    """The text of one block element or of the loose text of one container; units are told apart by
    identity (`units.index(unit)`, `unit in kept`), not by comparing their fields and lines."""

    element: HtmlElement
    tag: str
    lines: list[Line] = field(default_factory=list)
    link_chars: int = 0
    furniture: bool = False
    soft_marks: tuple[HtmlElement, ...] = ()  # ancestors that look like furniture by their class words only
    ancestors: tuple[HtmlElement, ...] = ()
    chars: int = 0  # the length of the lines' text, kept as they grow: selection asks for it again and again
    # where each inline literal (`literal_mark`) starts in the text, and its text, in order
    literals: list[tuple[int, str]] = field(default_factory=list)
    # each short form marked with its expansion (<abbr title="...">): its text and its title, in order
    titles: tuple[tuple[str, str], ...] = ()
    # where each link to another part of the work by its number and title (`part_reference`) starts, and its text
    references: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(ln.text for ln in self.lines)

    def add_lines(self, lines: list[Line]) -> None:
        self.lines.extend(lines)
        self.chars += sum(len(ln.text) for ln in lines)

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def owns_its_text(tag: str, holder: str) -> bool:
    """Whether a block element (`tag`) inside another (`holder`, the one that owns the text there) owns its own text:
    a block quotation's, a list item's or a definition's blocks are paragraphs of their own (Sphinx, DocBook and
    Texinfo set an item as "<li><p>...</p><div class="highlight"><pre>...</pre></div><p>...</p></li>", a quotation
    as several <p>); a table cell's only where it is a listing, the rest is the cell's value."""
    if holder == "blockquote" or holder in ITEM_TAGS:
        return True
    return holder in CELL_TAGS and tag == "pre"


@dataclass
class RawText:
    """The content of a script or style element."""

    kind: str
    line: Line


@dataclass
class Walk:
    units: list[Unit] = field(default_factory=list)
    raw: list[RawText] = field(default_factory=list)
    tagged: list[HtmlElement] = field(default_factory=list)  # the elements `Landmarks` reads, in document order
    comments: set[HtmlElement] = field(default_factory=set)  # the elements marked as reader comments


def literal_mark(el: HtmlElement, tag: str) -> bool:
    """Whether an inline element marks its text as a literal (code, a command, a file name: literal_marks.json's tags,
    or an inline element whose class names one, as DocBook and Sphinx write them): text that holds no facts."""
    if tag in _literal_marks()[0]:
        return True
    class_ = el.get("class")
    return class_ is not None and _names_literal(class_)


@cache
def _literal_marks() -> tuple[frozenset[str], frozenset[str]]:
    marks = load_json("literal_marks.json")
    return frozenset(marks["tags"]), frozenset(marks["classes"])


@lru_cache(maxsize=4096)
def _names_literal(class_: str) -> bool:
    """Whether a class attribute names a literal; a page repeats a few class strings: each is split once."""
    return not _literal_marks()[1].isdisjoint(class_.split())


def titled(el: HtmlElement) -> tuple[str, str] | None:
    """An <abbr> or <acronym>'s text and its title, spaces normalized, where it has both: the expansion a page gives
    of a short form it writes. Whether it is an acronym's long form is the acronym rules' to judge (a microformat
    writes a date there too: `<abbr class="published" title="2019-06-27">`)."""
    title = " ".join((el.get("title") or "").split())
    short = " ".join(el.text_content().split())
    return (short, title) if title and short else None


class _Walker:
    def __init__(self, locator: TextLocator, cut: Set[HtmlElement] = frozenset(),
                 content: Set[HtmlElement] = frozenset(), teasers: Set[HtmlElement] = frozenset()) -> None:
        self.locator = locator
        self.cut = cut
        self.content = content
        self.teasers = teasers  # cards pointing to other articles (`teasers`): furniture whatever their class says
        self.walk = Walk()
        self.current: Unit | None = None
        self.space_pending = False  # whether a space, line break or block edge came since the last text
        self.in_literal = False  # inside an inline literal: one inside it is not a second
        self.literal: str | None = None  # the text of the literal just entered, for the unit its first piece goes to
        self.titled: tuple[str, str] | None = None  # a short form and its title just entered, as `literal`
        self.reference: str | None = None  # the text of a link to another part just entered, as `literal`

    def add_text(self, text: str, owner: tuple[HtmlElement, ...], in_link: bool, furniture: bool,
                 soft: tuple[HtmlElement, ...]) -> None:
        """A piece of text that is not white space alone (the walk notes a space for those itself)."""
        start, end = self.locator.locate(text)
        element = owner[-1]
        current = self.current
        new_unit = (current is None or current.element is not element or current.furniture != furniture
                    or current.soft_marks != soft)
        if new_unit:
            # a unit is a run of text of one owner; the owner's text after a nested unit starts a new one
            self.current = Unit(element, str(element.tag).lower(), furniture=furniture, soft_marks=soft, ancestors=owner[:-1])
            self.walk.units.append(self.current)
        unit = self.current
        # most pieces hold single spaces only (a printable text holds no other white space): they are kept
        # as they are, rather than cut into words and joined again
        if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
            piece = text
        else:
            piece = " ".join(text.split())
        glued = not new_unit and unit.lines and not self.space_pending and not text[0].isspace()
        if self.literal is not None:  # the literal starts here, in the unit's text (its lines joined by spaces)
            unit.literals.append((unit.chars + len(unit.lines) - (1 if glued else 0), self.literal))
            self.literal = None
        if self.reference is not None:
            unit.references.append((unit.chars + len(unit.lines) - (1 if glued else 0), self.reference))
            self.reference = None
        if self.titled is not None:  # the short form's text is the unit's: so is its expansion
            unit.titles += (self.titled,)
            self.titled = None
        if glued:
            # text that an inline tag cuts without a space ("<b>un</b>fair", "<a>link</a>,") stays one word
            last = unit.lines[-1]
            unit.lines[-1] = Line(last.text + piece, last.start, max(end, last.end))
        else:
            unit.lines.append(Line(piece, start, end))
        unit.chars += len(piece)
        self.space_pending = text[-1].isspace()
        if in_link:
            unit.link_chars += len(piece)

    def visit(self, el: HtmlElement, tag: str, text: str | None, ancestors: tuple[HtmlElement, ...],
              owner: tuple[HtmlElement, ...], block: bool, in_link: bool, furniture: bool,
              soft: tuple[HtmlElement, ...]) -> None:
        """Walk el, whose lower-case tag is `tag` and whose text is `text` (read once, by whoever had it
        first); owner is the ancestor chain ending at the element that owns loose text here."""
        if tag in RAW_TEXT_TAGS:
            if text and text.strip():
                start, end = self.locator.raw(text)
                self.walk.raw.append(RawText(tag, Line(text.strip(), start, end)))
            return
        if self.content and el in self.content:
            # a site rule names it as the article's: neither it nor where it sits makes it furniture
            furniture, soft, mark = False, (), None
        else:
            furniture = furniture or tag in HEAD_TAGS or el in self.teasers
            mark = None if furniture else furniture_mark(el, tag)
        furniture = furniture or mark == "hard"
        if mark is not None and mark != "hard":  # soft, or comments: both decided once the page is walked
            soft = (*soft, el)
            if mark == "comments":
                self.walk.comments.add(el)
        inline = tag in INLINE_TAGS
        if not inline or tag in _BREAKING_INLINE_TAGS:
            self.space_pending = True
        inner = (*ancestors, el)
        if not block and tag in BLOCK_TAGS:
            owner, block = inner, True
        elif tag in BLOCK_TAGS and owns_its_text(tag, owner[-1].tag):
            # a quotation of several paragraphs sets each as a <p> inside the <blockquote>: each is a paragraph (one
            # quote each), a citation line set as the last is a line of its own, not words of the quotation, and a
            # listing (<pre>) or a list item indented with them is one too; so are a list item's paragraphs, its
            # listing (an interpreter's session is no words of the item's sentences) and its sublist's items
            owner = inner
        elif not block and not inline:
            owner = inner
        if self.cut and el in self.cut:  # a site rule names it: its text is not glued to the text around it
            owner = inner
        if tag == "a" and not in_link:
            self.reference = part_reference(el)
        in_link = in_link or tag == "a"
        opens_literal = inline and not self.in_literal and literal_mark(el, tag)
        if opens_literal:
            # the element's whole text, as one: Sphinx cuts "-j 4" into a span per word
            self.literal = " ".join(el.text_content().split()) or None
            self.in_literal = True
        if tag in _TITLED_TAGS:
            self.titled = titled(el)
        if text:
            if text.isspace():
                self.space_pending = True
            else:
                self.add_text(text, owner, in_link, furniture, soft)
        for child in el:
            child_tag = child.tag
            if child_tag.__class__ is str:
                if child_tag in _LANDMARK_TAGS:
                    self.walk.tagged.append(child)
                if not child_tag.isascii():
                    # libxml2 and html.parser write ASCII names in lower case already: only another
                    # name's letters may need lowering, and a string is made only then
                    child_tag = child_tag.lower()
                if child_tag in RAW_TEXT_TAGS:
                    self.visit(child, child_tag, child.text, inner, owner, block, in_link, furniture, soft)
                elif (child_text := child.text) or len(child):
                    self.visit(child, child_tag, child_text, inner, owner, block, in_link, furniture, soft)
                elif child_tag in _BREAKING_INLINE_TAGS:
                    # an element without text or children (an image, a line break, an icon): where it breaks
                    # the line is all it tells, so it is not visited (a fifth of a page's elements)
                    self.space_pending = True
                if child_tag not in INLINE_TAGS:
                    self.space_pending = True  # the text after a block element is not glued to the text inside it
            else:  # a comment or processing instruction holds no text of the page, but parts the text around it
                self.space_pending = True
            tail = child.tail
            if tail:
                if tail.isspace():
                    self.space_pending = True
                else:
                    self.add_text(tail, owner, in_link, furniture, soft)
        if opens_literal:
            self.in_literal, self.literal = False, None
        if tag == "a":  # a link whose text no unit took hands its reference to none
            self.reference = None
        if tag in _TITLED_TAGS:  # a short form whose text no unit took (a script's only) hands its title to none
            self.titled = None


def walk_tree(root: HtmlElement, locator: TextLocator, cut: Set[HtmlElement] = frozenset(),
              content: Set[HtmlElement] = frozenset()) -> Walk:
    """Units and raw texts of the tree, in document order. For a site rule: the text of each element of
    `cut` is owned by it, even inside a paragraph, so the rule can keep or drop it whole; the elements
    of `content` (a rule's keep) are not furniture, whatever their tag, class or ancestors say (their
    descendants are judged as usual)."""
    walker = _Walker(locator, cut, content, teaser_cards(root))
    if isinstance(root.tag, str):  # not a comment
        if root.tag in _LANDMARK_TAGS:
            walker.walk.tagged.append(root)
        walker.visit(root, root.tag.lower(), root.text, (), (root,), False, False, False, ())
    units = walker.walk.units
    for unit in units:
        if not unit.furniture and unit.link_chars and cross_reference(unit.text, unit.link_chars):
            unit.furniture = True
    resolve_soft_furniture(units, walker.walk.comments, content)
    return walker.walk
