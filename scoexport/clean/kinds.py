"""Give each block of an article one kind: title, subtitle, byline, dateline, caption, heading or body
(`references` then tells the entries of a reference section).

The article's opening lines are read in order (title, then an optional standfirst, bylines and
datelines); the blocks after them are body paragraphs unless their text says otherwise, and each
body paragraph knows the heading of its section.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..authors import SIGNATURE_DASH
from ..contents import is_contents_row
from ..data import alternation, load_lines
from ..frontmatter import copyright_notice
from ..names import looks_like_organization
from ..records import Block
from ..text import (
    PROSE_PHRASE,
    TextLine,
    at_most_words,
    capitalized_line,
    ends_sentence,
    is_all_caps,
    sentence_goes_on,
    sentence_inside,
)
from .bylines import is_byline, is_dateline, names_line
from .captions import is_caption
from .measure import Measure
from .sessions import session_line

MAX_TITLE_LINES = 4
TITLE_WIDTH_SHARE = 0.8  # a title set in a larger type stops well before the body's line width
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100
MAX_FRONT_UNITS = 4
MAX_HEADING_NUMBERS = 3
_LABEL = re.compile(r"^\w{1,2}:\s")


def _byline_unit(lines: list[TextLine], i: int) -> int:
    """Index after a byline starting at i: it goes on while the line above stops mid-phrase."""
    j = i + 1
    while j < len(lines) and lines[j].block == lines[i].block:
        above, text = lines[j - 1].text, lines[j].text
        if is_dateline(text) or ends_sentence(above) or not (above.endswith(",") or above.split()[-1].islower()):
            break
        j += 1
    return j


def front_matter(lines: list[TextLine], start: int, measure: Measure | None) -> tuple[list[tuple[str, list[TextLine]]], int]:
    """Title, subtitle, bylines and datelines opening the article at `start`; returns them and the next index.

    In plain text the title is the opening lines up to a sentence end, a change of case or a line
    nearly as wide as the body's; a PDF's title is known from its type size (`opening_units`). A text that
    opens with prose (a sentence ends inside its first, full-width line and the paragraph goes on in lower case:
    "Version 1.1 ratified on April 26, 2004. Supersedes Version 1.0 ratified / on July 5, 1997.") has no
    front matter: its first paragraph is body.
    """
    if measure is not None and _opens_with_prose(lines, start, measure):
        return [], start
    end = start + 1
    while (
        end < len(lines) and end - start < MAX_TITLE_LINES and lines[end].block == lines[start].block
        and lines[end].line.page == lines[start].line.page
        and not (is_byline(lines[end].text) or is_dateline(lines[end].text) or is_caption(lines[end].text)
                 or _unlabelled_byline(lines, end))
        and not ends_sentence(lines[end - 1].text)
        and is_all_caps(lines[end].text) == is_all_caps(lines[start].text)
        and (measure is None or measure.text(lines[end].text) < measure.width * TITLE_WIDTH_SHARE)
    ):
        end += 1
    return opening_units(lines, start, end)


def _opens_with_prose(lines: list[TextLine], start: int, measure: Measure) -> bool:
    """A first line set to the body's width that ends one sentence and opens another, its paragraph going on
    in lower case: prose, where a title stops short of the width (a headline may quote a sentence)."""
    following = start + 1 < len(lines) and lines[start + 1].block == lines[start].block
    return following and measure.text(lines[start].text) >= measure.width * TITLE_WIDTH_SHARE \
        and sentence_inside(lines[start].text) and lines[start + 1].text[:1].islower()


def opening_units(lines: list[TextLine], start: int, end: int) -> tuple[list[tuple[str, list[TextLine]]], int]:
    """The title (lines start..end, however it was found) and the subtitle, bylines and datelines after it."""
    units: list[tuple[str, list[TextLine]]] = [("title", lines[start:end])]
    i = end
    opens_block = i < len(lines) and lines[i - 1].block != lines[i].block
    if opens_block and not is_byline(lines[i].text) and not is_dateline(lines[i].text):
        block_end = i
        while block_end < len(lines) and lines[block_end].block == lines[i].block:
            block_end += 1
        if block_end < len(lines) and (is_byline(lines[block_end].text) or is_dateline(lines[block_end].text)):
            units.append(("subtitle", lines[i:block_end]))
            i = block_end
    while i < len(lines) and len(units) < MAX_FRONT_UNITS + 2:
        if is_byline(lines[i].text) or (units[-1][0] in ("title", "subtitle") and _unlabelled_byline(lines, i)):
            j = _byline_unit(lines, i)
            units.append(("byline", lines[i:j]))
        elif is_dateline(lines[i].text):
            j = i + 1
            units.append(("dateline", lines[i:j]))
        elif units[-1][0] == "byline" and _credit_line(lines, i):
            j = i + 1
            units.append(("byline", lines[i:j]))
        else:
            break
        i = j
    return units, i


MAX_CREDIT_WORDS = 12


def _unlabelled_byline(lines: list[TextLine], i: int) -> bool:
    """People's names under the title with no "By" (`names_line`): a byline where a role, a second name, the
    author's institution or a dateline comes with them; one name alone may be a subtitle's words."""
    names = names_line(lines[i].text)
    if names is None:
        return False
    after = lines[i + 1] if i + 1 < len(lines) else None
    if after is not None and after.block == lines[i].block and _runs_on(lines[i].text, after.text):
        return False  # its sentence goes on in the next line: prose that opens with a name and a comma
    return names.role or names.names > 1 or (
        after is not None and (is_dateline(after.text) or _credit_line(lines, i + 1)))


def _runs_on(line: str, following: str) -> bool:
    """Whether `following` carries on the sentence of `line`: in lower case (`sentence_goes_on`), or with a number
    that is no date of its own ("... passed away on 28th December / 2015 at his home")."""
    return sentence_goes_on(line, following) or (
        following[:1].isdigit() and not ends_sentence(line) and not is_dateline(following))


def _credit_line(lines: list[TextLine], i: int) -> bool:
    """A byline's second line, the author's role and institution ("Head of Programme, Kestrel Institute"):
    short capitalized words set under the byline, closing its block or followed by the dateline."""
    text = lines[i].text
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    closes = i + 1 == len(lines) or lines[i + 1].block != lines[i].block or is_dateline(lines[i + 1].text)
    # set apart from the byline (a PDF's layout may make it a block of its own) it names an institution, where
    # a heading opening the body ("Key Findings", one in capitals: "IMPLICATIONS FOR POLICY") names none
    under = lines[i].block == lines[i - 1].block or (looks_like_organization(text) and not is_all_caps(text))
    return closes and under and 0 < len(words) <= MAX_CREDIT_WORDS \
        and not ends_sentence(text) and capitalized_line(text)


def _is_short_line(text: str) -> bool:
    return len(text) <= MAX_HEADING_CHARS and at_most_words(text, MAX_HEADING_WORDS) and not ends_sentence(text)


def _has_price(text: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in text) and any(ch.isdigit() for ch in text)


def _looks_like_heading(text: str, before: str | None, after: str | None) -> bool:
    """A short unpunctuated line between running text, not one of a list of short lines (items, table rows) nor a
    copyright notice; it names its section in words (a number alone, "2" or "6.1", is a contents entry's number cut
    from its title)."""
    if not _is_short_line(text) or text.endswith(",") or not text[:1].isalnum() or text[:1].islower() \
            or not any(ch.isalpha() for ch in text):
        return False
    # table rows, prices and labelled answers ("A: ...") are short lines of content, not headings; nor is a copyright
    # notice, which a book's copyright page sets as a line of its own with no full stop ("Copyright © 2021 A. Writer")
    if len(re.findall(r"\d+", text)) >= MAX_HEADING_NUMBERS or _has_price(text) or _LABEL.match(text) \
            or copyright_notice([text]):
        return False
    return after is not None and not _is_short_line(after) and (before is None or not _is_short_line(before))


# what a program, a file format or markup writes and prose does not: a name joined by an underscore
# ("N_LITERALS", "__NOGLOBS__"), an attribute's value ('offset="0"'), fields joined by colons ("50:text/x-diff"),
# an escape ("\n", "\0"), a product of names ("8*N_ALIASES")
_CODE_TOKEN = re.compile(r"[^\W_]_[^\W_]|_[A-Z]|\w=[\"'’]|\d:[a-z]+/|\\[nt0]|\d\*[A-Z]")


def _may_hold_code_token(text: str) -> bool:
    """What each form of `_CODE_TOKEN` needs ("_", "=", ":" and "/", a backslash, "*"): string searches in C, where a
    paragraph of prose (or of another script, where no phrase of prose is found) was searched for every form."""
    return "_" in text or "=" in text or "\\" in text or "*" in text or (":" in text and "/" in text)


# tried only at a word's start: one long word is read once, not once from each of its letters
_HANDLE_OR_ADDRESS = re.compile(r"(?<!\S)[^\s@]*@\S+|\b(?:https?://|www\.)\S+")


def is_code(text: str) -> bool:
    """A paragraph that is program text, a file's contents or markup, which a manual or a specification sets
    apart from its prose (in a PDF or a plain text, where no tag says so): an element of markup ("<match
    type=... />"), or a paragraph with no phrase of prose that writes as programs do ("4 CARD32 N_LITERALS",
    "[50:text/x-diff]"), or a session's line, a prompt and the code typed after it ("$ make", ">>> f(2)":
    `sessions.session_line`). Its digits are offsets, sizes and fields, not quantities of the text."""
    stripped = text.strip()
    if (stripped.startswith("<") and stripped.endswith(">")) or session_line(stripped):
        return True
    if not _may_hold_code_token(stripped):
        return False
    words = _HANDLE_OR_ADDRESS.sub(" ", stripped) if "@" in stripped or "://" in stripped or "www." in stripped \
        else stripped  # "@jane_doe", "https://x.org/a_b": a handle or address is no code
    # prose shows a phrase of prose within its first words, where a code token is looked for through the whole text
    return not PROSE_PHRASE.search(words) and bool(_CODE_TOKEN.search(words))


MAX_SIGNATURE_WORDS = 6


def _signature(text: str) -> bool:
    """A dash and a name closing the text ("-- The Debian Developers"): a letter, a dedication or a charter is
    signed so by its makers, who are its authors (the first byline of a text that opens with none)."""
    m = SIGNATURE_DASH.match(text)
    return m is not None and len(text.split()) <= MAX_SIGNATURE_WORDS and not ends_sentence(text) \
        and capitalized_line(text[m.end():])


def body_kind(text: str, before: str | None, after: str | None) -> str:
    """A body paragraph's kind from its text and its neighbours' (None: the first or the last)."""
    # a contents entry, or its number alone beside it (`contents.is_contents_row`: one definition for every route)
    if is_contents_row(text, before, after):
        return "table"
    if is_code(text):
        return "code"
    if after is None and _signature(text):
        return "byline"
    if is_caption(text, before):
        return "caption"
    if is_dateline(text):
        return "dateline"
    if is_byline(text):
        return "byline"
    return "heading" if _looks_like_heading(text, before, after) else "body"


_MAX_PROMO_WORDS = 25


@cache
def _follow_line() -> re.Pattern[str]:
    networks = alternation(load_lines("social_networks.txt"))
    follow = rf"(?i:follow|like|join|find|connect with)\b.{{0,120}}\b(?:on|via) (?:{networks})\b"
    share = r"(?:.{0,40}\? )?(?i:share) (?:it|this(?: story| article)?) with\b"  # "Like this story? Share it with a friend!"
    # "Have a tip? Jo Park may be reached at jpark@example.com.": the writer's contact line closing the page
    contact = r"(?:.{0,40}\? )?[A-Z][\w .’'-]{0,60} (?:may|can) be reached at \S+@\S+"
    # "Copyright 2020 The Associated Press. All rights reserved.": the publisher's notice, not the article
    notice = r"(?:©|\([cC]\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:[-–]\d{2,4})?\b|.{0,60}\b[Aa]ll rights reserved)"
    return re.compile(rf"^(?:{follow}|{share}|{contact}|{notice})")


def is_follow_line(text: str) -> bool:
    """A short line asking the reader to follow the page on social networks ("Follow our Opinion section on
    Facebook, Twitter and Instagram"), to share the story, giving the writer's e-mail address, or opening
    with a copyright notice: the site's furniture, whatever its markup."""
    return at_most_words(text, _MAX_PROMO_WORDS) and bool(_follow_line().search(text))


def classify_html(blocks: list[Block]) -> None:
    """HTML blocks keep the kind of their tag; a body block may say it is a byline, dateline or caption (a maker's
    name under its credit's label too: the block before is read)."""
    previous: str | None = None
    for block in blocks:
        before, previous = previous, block.text
        if block.kind == "body":
            if is_caption(block.text, before):
                block.kind = "caption"
            elif is_dateline(block.text):
                block.kind = "dateline"
            elif is_byline(block.text):
                block.kind = "byline"


def assign_sections(blocks: list[Block], section: str | None = None) -> None:
    """Each body, reference or code block's section: the heading above it (`section`: the one in force before the
    first block)."""
    for block in blocks:
        if block.kind == "heading":
            section = block.text
        elif block.kind in ("body", "reference", "code"):
            block.section = section


