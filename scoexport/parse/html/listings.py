"""Which units of a page are computer code: the one place that decides it, for the vote that picks the article's
container (`content`: a listing's commas are its syntax, not clauses) and for the block's kind (`page`: a listing's
numbers, dates and quoted strings are not what the article says).

A Unit enters, a bool leaves. HTML marks a listing itself, so the markup decides, not the text: a <pre> holding a
<code>, or a <pre> whose own class or whose parent's class names a listing (see `is_code`).
"""
from __future__ import annotations

from .furniture import attribute_words, vocabulary
from .tree import Unit


def is_code(unit: Unit) -> bool:
    """A block of computer code as HTML writes one, a <pre> holding a <code> or whose class names a listing (DocBook
    writes a shell session as <pre class="screen">): shell commands, a config file, a directory tree or a data
    record; or whose parent's class names one (a highlighter's wrapper). The class names are compared whole and word
    by word: docutils' "literal-block" is one name, a highlighter's "highlight-python" holds one."""
    if unit.tag != "pre":
        return False
    if next(unit.element.iter("code"), None) is not None:
        return True
    listings = vocabulary()["code_classes"]
    # a highlighter (Pygments, as Sphinx and MkDocs run it; Rouge; Chroma) wraps its <pre> in <div class="highlight">
    parent = unit.element.getparent()
    return any(not listings.isdisjoint((el.get("class") or "").split()) or not attribute_words(el).isdisjoint(listings)
               for el in (unit.element, parent) if el is not None)
