"""The authors a manual or a specification states in its own markup, where a news page has a byline.

Enters a page's tree; leaves the names, in the order the page gives them: a field list's author entries
(docutils, Sphinx: "<dt>Authors:</dt><dd>...", one entry per author where the source repeats the field) and
DocBook's author elements (`class="author"` around a `class="surname"`). Addresses written beside a name
("<nas@debian.org>") are dropped: they say where to write, not who wrote.

A manual's page that names no author states its maker once more, in its footer: the copyright notice with the
licence it is published under ("Copyright 2026 The Apache Software Foundation. Licensed under the Apache License",
Sphinx's "© Copyright 2001-2026, Python Software Foundation. This page is licensed under ..."). Only the holder of
a work can license it, so the notice names who made the page; a site's notice beside a news article reserves its
rights ("All rights reserved") and grants none, and its holder is the publisher, no author (`licensed_holder`).
"""
from __future__ import annotations

import re
from functools import cache

import lxml.etree
from lxml.html import HtmlElement

from ...authors import field_names
from ...data import alternation, load_json, load_lines
from .furniture import attribute_words

_ADDRESS = re.compile(r"<[^<>]*>|\S+@\S+|\(\s*\)")  # "<nas@debian.org>": where to write, not the name
# the elements whose class names "author" (or "surname") as one of its words: the class attributes are
# picked and their elements taken, which libxml2 does in a third less time than testing every element of
# the tree (an element without a class names nothing); compiled once, not per page
_CLASS_AUTHOR = lxml.etree.XPath("//@class[contains(concat(' ', normalize-space(.), ' '), ' author ')]/..")
_CLASS_SURNAME = lxml.etree.XPath("descendant::*/@class[contains(concat(' ', normalize-space(.), ' '), ' surname ')]/..")


def field_list_authors(root: HtmlElement) -> list[str]:
    """The names a field list gives under its author labels ("<dt>Authors:</dt><dd><ul><li>Jo Roe
    &lt;jo@example.org&gt;</li>..."): a manual's or a specification's own statement of its authors, as
    documentation tools (docutils, Sphinx, DocBook) write it where a news page has a byline. Every author entry of
    the list holding the first is read: reStructuredText repeats a field for each author (":author: Jo Roe" and
    ":author: Al Poe" on lines of their own), and docutils writes an entry for each."""
    for term in root.iter("dt"):
        value = term.getnext()
        if not _author_label(term) or value is None or value.tag != "dd":
            continue
        entries = [term, *(t for t in term.itersiblings("dt") if _author_label(t))]
        return list(dict.fromkeys(name for entry in entries for name in _entry_names(entry)))
    return []


def _entry_names(term: HtmlElement) -> list[str]:
    """The names of one author entry: its value (the <dd> after the label), one name or several."""
    value = term.getnext()
    if value is None or value.tag != "dd":
        return []
    items = [li.text_content() for li in value.iter("li")] or [value.text_content()]
    # one field may name several ("Author: Andrew Dalke and Raymond Hettinger", Python's HOWTOs)
    return [name for item in items for name in field_names(" ".join(_ADDRESS.sub(" ", item).split()))]


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


# the elements holding the text of a copyright notice (its sign or its word), picked by libxml2 in one pass
_NOTICE_TEXTS = lxml.etree.XPath("//text()[contains(., '\u00a9') or contains(., 'opyright') or contains(., '(c)')"
                                 " or contains(., '(C)')]/..")
_BLOCKS = frozenset({"p", "div", "footer", "address", "li", "td", "small", "span"})
_LEGAL_FORM_DOT = re.compile(r"\b(?:Inc|Ltd|Co|Corp)\.")
_GRANT_CHARS = 200  # a licence grant follows its notice within a line or two


@cache
def _notice() -> re.Pattern[str]:
    """A copyright notice, its years and then its holder ("© Copyright 2001-2026, Python Software Foundation"), then
    a licence grant in the same block (data/licence_words.txt)."""
    years = r"(?:1[5-9]|20)\d\d(?:\s*[-–,]\s*(?:(?:1[5-9]|20)\d\d|\d\d)\b)*"
    return re.compile(rf"(?:©|\([cC]\)|\b[Cc]opyright\b)(?:\s*(?:©|\([cC]\)|[Cc]opyright\b))*\s*{years}\s*,?\s*"
                      rf"(?:by\s+)?(?P<holder>[^\n]*)")


@cache
def _licence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load_lines('licence_words.txt'), flexible_spaces=True)})", re.I)


@cache
def _reserved() -> re.Pattern[str]:
    """A notice reserving all rights (data/rights_reserved.txt)."""
    return re.compile(rf"\b(?:{alternation(load_lines('rights_reserved.txt'), flexible_spaces=True)})\b", re.I)


def _in_footer(el: HtmlElement) -> bool:
    """Whether the element stands in the page's footer: a <footer>, role "contentinfo", or an element whose class
    or id says footer (Sphinx's `div.footer`, the Apache manual's `div#footer`)."""
    for node in (el, *el.iterancestors()):
        if node.tag == "footer" or node.get("role") == "contentinfo" or "footer" in attribute_words(node):
            return True
    return False


def licensed_holder(root: HtmlElement) -> list[str]:
    """The holder a copyright notice in the page's footer names where the notice grants a licence ("Copyright 2026
    The Apache Software Foundation. Licensed under the Apache License, Version 2.0."): the maker of a manual's page
    that names no author (see the module's docstring). [] for a notice that grants nothing ("© 2022 Example
    Media. All rights reserved"), names no holder after its years, or stands outside the footer (a licence text
    quoted in the article, a code listing's header)."""
    for el in reversed(_NOTICE_TEXTS(root)):  # type: ignore[arg-type]
        block = next((n for n in (el, *el.iterancestors()) if n.tag in _BLOCKS), None)
        if block is None or not _in_footer(block):
            continue
        # <br> and the markup between words join the block's texts: the lines of a notice are kept apart
        text = "\n".join(t.strip() for t in block.itertext() if t.strip())
        if (m := _notice().search(text)) is None:
            continue
        holder = _holder(m.group("holder"))
        if _reserved().search(text):
            continue  # "© 2024 Example Media. All rights reserved. Licensing": rights kept, none granted
        if holder and _licence().search(text, m.start("holder"), m.start("holder") + _GRANT_CHARS):
            return field_names(holder)
    return []


def _holder(rest: str) -> str:
    """The holder's name opening what follows a notice's years: up to the full stop closing it, a company's legal
    form keeping its own ("Free Software Foundation, Inc.")."""
    end = len(rest)
    for stop in re.finditer(r"\.", rest):
        if not _LEGAL_FORM_DOT.search(rest, max(0, stop.start() - 4), stop.end()):
            end = stop.start()
            break
    return rest[:end].strip(" ,")
