"""Manual-page references: the section number written after a command's or a file's name ("debdiff 1").

Enters: a document's paragraphs (`literal_names`), then each paragraph's text with those names (`manual_sections`).
Leaves: the names the document writes as inline literals, and the spans of the section numbers that follow a
command's or a file's name.

Why it works: Unix manuals are cited as a name and the section of the manual that holds its page, "debdiff(1)",
"sources.list(5)"; converted to plain text (reStructuredText's `:manpage:` role, DocBook's `citerefentry` through
a text writer) the parentheses are often lost and "see debdiff 1." remains. The digit then follows a name, not a
noun it could count. A name is known as one where the document writes it elsewhere as a literal (``debdiff``,
`querybts`), or by its shape: a file's or a command's name joins lower-case parts by a point, an underscore or a
hyphen ("sources.list", "dpkg-depcheck"); a compound of prose has that shape too ("self-employed 3 of them"), so a
name known by its shape alone takes the reference's own edges: a stop or a clause's end after the section, or the
manual's page. Manual sections are the
digits 1 to 9 with an optional letter suffix ("3pm", "1p"). Where a plural noun follows the digit ("make 2 copies",
"run ``make`` 3 times"), the digit counts it, unless the noun is the manual's own page ("the devscripts 1 manual
page").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..number_units import is_plural

_LITERAL = re.compile(r"(`{1,2})(?P<name>[a-z][\w.+-]*[a-z0-9])\1(?!_)")
# a name, a space and a section: the name in lower case (commands and files are), the section a digit from 1 to 9
_REFERENCE = re.compile(r"(?<![\w.`/-])(?P<name>[a-z][\w.+-]*[a-z0-9])[ \t](?P<section>[1-9][a-z]{0,2})(?![\w.,/-]?\d|\w)")
_NAME_SHAPE = re.compile(r"[a-z0-9][._-][a-z]")  # "sources.list", "dpkg-depcheck", "foo_bar"
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_PAGE_WORDS = ("manual", "man", "manpage", "manpages", "page", "pages")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def literal_names(texts: Iterable[str]) -> frozenset[str]:
    """The names a document writes as inline literals of reStructuredText or Markdown (``debdiff``, `ls`)."""
    return frozenset(m["name"] for text in texts if "`" in text for m in _LITERAL.finditer(text))


def manual_sections(text: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the manual sections after a command's or a file's name: a name in `names` (`literal_names`) or one
    shaped as a file's or a command's (`_NAME_SHAPE`), then a section from 1 to 9, with no plural noun after it but
    the manual's page ("see debdiff 1.", "the devscripts 1 manual page", "sources.list 5")."""
    spans = []
    for m in _REFERENCE.finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        page = after is not None and after.group(1).lower() in _PAGE_WORDS
        if m["name"] in names:
            if after is not None and not page and after.group(1).islower() and is_plural(after.group(1)):
                continue  # "make 2 copies": a count of what follows
        elif not (_NAME_SHAPE.search(m["name"]) and (page or _CLAUSE_END.match(text, m.end()))):
            continue  # known by its shape alone, the name needs the reference's own edge: "see dpkg-depcheck 1."
        spans.append(m.span("section"))
    return spans
