"""Which units of a page are computer code: the one place that decides it, for the vote that picks the article's
container (`content`: a listing's commas are its syntax, not clauses) and for the block's kind (`page`: a listing's
numbers, dates and quoted strings are not what the article says).

A Unit enters, a bool leaves. HTML marks a listing itself where its maker says so: a <pre> holding a <code>, or a
<pre> whose own class or whose parent's class names a listing (see `is_code`). A <pre> nothing marks is read by its
lines: preformatted text keeps the lines its writer set, and a listing's lines are settings, paths and commands,
where preformatted prose (a licence, a mail, a poem) writes a phrase of prose on most of its lines.
"""
from __future__ import annotations

import re

from .furniture import attribute_words, vocabulary
from .tree import Unit


def is_code(unit: Unit) -> bool:
    """A block of computer code as HTML writes one, a <pre> holding a <code> or whose class names a listing (DocBook
    writes a shell session as <pre class="screen">): shell commands, a config file, a directory tree or a data
    record; or whose parent's class names one (a highlighter's wrapper). The class names are compared whole and word
    by word: docutils' "literal-block" is one name, a highlighter's "highlight-python" holds one. A bare <pre> is a
    listing when its lines are (`_listing_lines`)."""
    if unit.tag != "pre":
        return False
    if next(unit.element.iter("code"), None) is not None:
        return True
    listings = vocabulary()["code_classes"]
    # a highlighter (Pygments, as Sphinx and MkDocs run it; Rouge; Chroma) wraps its <pre> in <div class="highlight">
    parent = unit.element.getparent()
    if any(not listings.isdisjoint((el.get("class") or "").split()) or not attribute_words(el).isdisjoint(listings)
           for el in (unit.element, parent) if el is not None):
        return True
    return _listing_lines(unit.element.text_content())


# what a line of settings, a script or a shell session shows at its start, whatever its words (a line number may
# lead it): "key = value" or any "=", "key: value" with no space in the key, a prompt or a comment ("$ make", "# keep
# this low"), a path ("/etc/frob.conf", "~/bin", "./run"), a bare command ("exit"), or a directive or command and an
# argument no prose word is: an option, or a token with digits or a path's, an address's or a host's marks ("tail -n
# 10", "sleep 10", "ServerName a.example")
_CODE_START = re.compile(
    r"\s*(?:\d+\s+)?(?:"
    r"[^\n=]*="
    r"|[\w.-]+:(?:\s|$)"
    r"|[$#>%]\s"
    r"|(?:~|\.{1,2})?/[\w.-]"
    r"|[a-z][\w-]*$"
    r"|[A-Za-z][\w-]*\s+(?:--?[A-Za-z]|\S*(?:[\d/:_<>\[\]@]|\w\.\w)))")
# anywhere in it: a name joined by "_" ("max_clients"), a path after a space or a quote
_CODE_INSIDE = re.compile(r"[^\W\d_]_\w|[\s\"'(=](?:~|\.{1,2})?/[\w.-]")


def _code_line(line: str) -> bool:
    """Does the line show the marks of settings or code (`_CODE_START`, `_CODE_INSIDE`), or end a statement or open
    or close a block (";", "{", "}", a continuing "\\")?"""
    return bool(_CODE_START.match(line) or _CODE_INSIDE.search(line)) or line.rstrip()[-1:] in (";", "{", "}", "\\")


def _listing_lines(text: str) -> bool:
    """Whether a <pre> no markup marks reads as a listing: most of its lines show the marks of settings, a script or
    a shell session (`_code_line`). Hand-written manuals set a configuration file, a shell script or a DNS record in
    a bare <pre> ("/etc/postfix/main.cf:", "    relayhost = [mail.example.com]", "sleep 10"), numbered or not; a
    comment among them is one line of several. Lines that merely hold no phrase of prose are no sign: a poem, wire
    copy or a mail wrapped short ("Roses are red,", "to confirm the nominee, ending a") is text, and a one-line
    <pre> of prose is a sentence (`_sentence`)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and _sentence(lines[0]):
        return False
    code = sum(1 for line in lines if _code_line(line))
    return bool(lines) and 2 * code > len(lines)


# a word of prose as a line splits into them: letters, maybe joined by an apostrophe or a hyphen, and a stop after
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[,.;:!?]?")


def _sentence(line: str) -> bool:
    """A short sentence of plain words ("Dear editor, I read 3 letters."): a <pre> of one line may hold no phrase of
    prose, but a listing's line writes names joined by points, underscores and signs ("mailhost.example.com.",
    "relayhost = $mydomain") and ends no sentence (a listing's comment may: read only where the <pre> is one line)."""
    tokens = line.split()
    words = sum(1 for token in tokens if _PLAIN_WORD.fullmatch(token))
    return len(tokens) >= 3 and 2 * words > len(tokens) and line.rstrip()[-1:] in ".!?"
