"""Pages lxml cannot build, built by BeautifulSoup's html.parser builder instead.

libxml2, under lxml, stops building a page nested deeper than 255 elements (the rest of its text
never reaches the tree) and compares each attribute of an element with every earlier one, so an
element with a hundred thousand attributes takes minutes. Python's html.parser, through
BeautifulSoup, has neither limit: it reads such a page in time linear in its size. Its tree is
then copied into an lxml tree, so the rest of the HTML route is the same for every page:
- elements nested deeper than `MAX_DEPTH` are not copied as elements, their text and children go
  into the element at that depth, in order (the walk over the tree recurses once per level);
  block elements (paragraphs, list items, headings) are copied side by side under it, so that
  paragraphs stay apart;
- an element keeps its first `MAX_ATTRIBUTES` attributes (lxml, too, checks each attribute it
  sets against the earlier ones); attributes are markup, no text is dropped;
- comments, declarations and processing instructions are left out, as lxml leaves them out of text.

Enters: the page's decoded text. Leaves: an lxml `<html>` root like `lxml.html.document_fromstring`'s.
"""
from __future__ import annotations

import operator
import re
from itertools import compress
from operator import itemgetter

import lxml.html
from lxml.html import HtmlElement

from .tree import BLOCK_TAGS

MAX_DEPTH = 200
MAX_ATTRIBUTES = 1000
_NAME = re.compile(r"[A-Za-z_][-A-Za-z0-9_.]*$")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # lxml refuses these in text
_START_TAG = re.compile(r"<[A-Za-z]")
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def has_too_many_attributes(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a start tag of the page holds more attributes than lxml sets in reasonable time.

    `spans` are `offsets.markup_spans`: a script or style span runs to its end tag, so only its start
    tag (up to the first ">") is read; the words of a script are not attributes. End tags, comments and
    declarations hold none.
    """
    shortest = 2 * MAX_ATTRIBUTES  # "a " per attribute at least
    # the few spans long enough, picked in C: a page has tens of thousands of tags
    lengths = map(operator.sub, map(itemgetter(1), spans), map(itemgetter(0), spans))
    for start, end in compress(spans, map(shortest.__lt__, lengths)):
        if not _START_TAG.match(text, start):
            continue
        close = text.find(">", start + 1, end)
        stop = end if close < 0 else close
        if stop - start > shortest and sum(1 for _ in _ATTRIBUTE.finditer(text, start + 1, stop)) > MAX_ATTRIBUTES:
            return True
    return False


def _attributes(attrs: dict[str, object]) -> dict[str, str]:
    kept: dict[str, str] = {}
    for name, value in attrs.items():
        if len(kept) >= MAX_ATTRIBUTES:
            break
        if _NAME.match(name):
            text = " ".join(value) if isinstance(value, list) else str(value)
            kept[name] = _NOT_XML.sub("", text)
        # a name lxml refuses ("a<b") is not an attribute a browser would act on either
    return kept


def _append_text(parent: HtmlElement, text: str) -> None:
    children = len(parent)
    if children:
        last = parent[children - 1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def soup_tree(text: str) -> HtmlElement:
    """The page parsed by html.parser, as an lxml tree (see the module docstring)."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, PreformattedString, Tag

    soup = BeautifulSoup(text, "html.parser")
    root = lxml.html.Element("html")
    body = lxml.html.Element("body")
    top = soup.find("html", recursive=False)
    stack: list[tuple[object, HtmlElement, int, HtmlElement | None]] = [
        (child, body, 1, None) for child in reversed(list((top or soup).children))]
    while stack:
        node, parent, depth, deepest = stack.pop()
        if isinstance(node, PreformattedString):  # comments, doctypes, CDATA, processing instructions
            continue
        if isinstance(node, NavigableString):
            if str(node):
                _append_text(parent, _NOT_XML.sub("", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        target = parent  # nested too deep (or no name lxml takes): its content goes on in its parent
        if node.name == "head" and depth == 1:
            target = lxml.html.Element("head")
            root.append(target)
        elif _NAME.match(node.name) and (depth < MAX_DEPTH or node.name in BLOCK_TAGS):
            # past the depth, blocks still open elements (side by side, under the deepest element kept),
            # so that paragraphs stay apart
            target = lxml.html.Element(node.name, _attributes(node.attrs))
            (parent if depth < MAX_DEPTH else deepest).append(target)
        if deepest is None and depth >= MAX_DEPTH - 1:
            deepest = target
        stack.extend((child, target, depth + 1, deepest) for child in reversed(list(node.children)))
    root.append(body)
    return root
