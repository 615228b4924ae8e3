"""The authors a manual or a specification states in its own markup, where a news page has a byline.

Enters a page's tree; leaves the names, in the order the page gives them: a field list's author entry
(docutils, Sphinx: "<dt>Authors:</dt><dd>...") and DocBook's author elements (`class="author"` around a
`class="surname"`). Addresses written beside a name ("<nas@debian.org>") are dropped: they say where to write,
not who wrote.
"""
from __future__ import annotations

import re
from functools import cache

import lxml.etree
from lxml.html import HtmlElement

from ...authors import field_names
from ...data import load_json

_ADDRESS = re.compile(r"<[^<>]*>|\S+@\S+|\(\s*\)")  # "<nas@debian.org>": where to write, not the name
# the elements whose class names "author" (or "surname") as one of its words: the class attributes are
# picked and their elements taken, which libxml2 does in a third less time than testing every element of
# the tree (an element without a class names nothing); compiled once, not per page
_CLASS_AUTHOR = lxml.etree.XPath("//@class[contains(concat(' ', normalize-space(.), ' '), ' author ')]/..")
_CLASS_SURNAME = lxml.etree.XPath("descendant::*/@class[contains(concat(' ', normalize-space(.), ' '), ' surname ')]/..")


def field_list_authors(root: HtmlElement) -> list[str]:
    """The names a field list gives under an author label ("<dt>Authors:</dt><dd><ul><li>Jo Roe
    &lt;jo@example.org&gt;</li>..."): a manual's or a specification's own statement of its authors, as
    documentation tools (docutils, Sphinx, DocBook) write it where a news page has a byline."""
    for term in root.iter("dt"):
        if not _author_label(term):
            continue
        value = term.getnext()
        if value is None or value.tag != "dd":
            continue
        items = [li.text_content() for li in value.iter("li")] or [value.text_content()]
        # one field may name several ("Author: Andrew Dalke and Raymond Hettinger", Python's HOWTOs)
        return [name for item in items for name in field_names(" ".join(_ADDRESS.sub(" ", item).split()))]
    return []


@cache
def _author_labels() -> frozenset[str]:
    return frozenset(load_json("html_meta.json")["field_author_labels"])


def _author_label(term: HtmlElement) -> bool:
    return (term.text_content() or "").strip().rstrip(":").strip().lower() in _author_labels()


def in_author_field(el: HtmlElement) -> bool:
    """Whether an element is a field list's author entry, its label (<dt>Author:</dt>) or its value (the <dd> after
    it): the byline of a manual (`field_list_authors` reads the names from it)."""
    if el.tag == "dt":
        return _author_label(el)
    term = el.getprevious() if el.tag == "dd" else None
    return term is not None and term.tag == "dt" and _author_label(term)


def docbook_authors(root: HtmlElement) -> list[str]:
    """The names DocBook's HTML marks as authors (`<span class="author"><span class="firstname">...`), in the
    order of their first mention: a manual's title page or the makers of its revisions in a revision history,
    the document's own statement of who wrote it."""
    names: dict[str, None] = {}
    for el in _CLASS_AUTHOR(root):  # type: ignore[union-attr]
        if _CLASS_SURNAME(el):
            names.setdefault(" ".join(_ADDRESS.sub(" ", el.text_content()).split()).strip(" .,"), None)
    return [name for name in names if name]
