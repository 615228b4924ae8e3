"""Recognize the lines that open an article (byline, dateline) and read the date and publisher of a dateline
(authors of a byline: `scoexport.authors`; captions and credits: `captions`).

Every rule reads the shape of the text and word lists from package data, so the same code serves
any publisher: "By Jane Doe, Reuters", "Published on 3 May 2021", "May 3, 2021 by Some Outlet".
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from itertools import islice
from typing import NamedTuple

from ..authors import ET_AL, NAME_JOINS, byline_opening, is_name, parse_byline
from ..data import alternation, load_lines
from ..date_text import find_dates, parse_date
from ..names import is_given_name, is_person_name, looks_like_organization, place_names
from ..records import Block
from ..text import at_most_words, ends_sentence

_WORDS = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
MAX_DATELINE_WORDS = 10
MAX_BYLINE_WORDS = 40


def _alternation(name: str) -> str:
    return alternation(load_lines(name), flexible_spaces=True)


@cache
def _dateline_words() -> frozenset[str]:
    return frozenset(w for line in load_lines("dateline_words.txt") for w in line.lower().split())


@cache
def _dateline_opening() -> re.Pattern[str]:
    """A dateline's label opening the line, as the list writes it ("Last updated", "Posted"): a whole entry,
    so that "Last year, ..." or "First, ..." (a word of a two-word label) and "At least 29 ..." (a word that
    only fills a dateline between its label and its date) open running text."""
    labels = [line for line in load_lines("dateline_words.txt") if len(line) > _FILLER_CHARS]
    return re.compile(rf"(?:{alternation(labels, flexible_spaces=True)})(?![^\W_])", re.I)


_FILLER_CHARS = 2  # "on", "at", "am", "le": they fill a dateline, they do not label one


def is_byline(text: str) -> bool:
    m = byline_opening().match(text)
    # the name after the opening word starts with a capital: "by the way" is not a byline
    return bool(m) and text[m.end()].isupper() and at_most_words(text, MAX_BYLINE_WORDS)


_ROLE_SEPARATOR = re.compile(r"\s*(?:\||,)\s*")
_NAME_JOIN = re.compile(rf"\s+(?:{alternation([*NAME_JOINS, '&'])})\s+")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_.’'-]*(?:[’'-][^\W\d_]+)*\.?")
MAX_BYLINE_NAMES = 4


class NamesLine(NamedTuple):
    """What `names_line` read: how many names, and whether a role follows them ("| Analyst", ", Senior Fellow")."""

    names: int
    role: bool


def names_line(text: str, lone_given: bool = False) -> NamesLine | None:
    """A byline without its label: one to four people's names of two or three capitalized words each, joined by
    "and", "&" or their French, German and Spanish words, before a role set off by "|" or a comma ("Jane Doe |
    Analyst", "Ann Lee and Bo Chan", "Jean Dupont et Marie Curie"), one of them opening with a given name the lists
    know; None for any other line. Where it stands (under the title) is the caller's part.

    A title page and a report's front matter also set places ("Victoria Falls", "Santa Clara, California") and
    institutions ("Grace Hopper Academy") in lines of their own, in the same shape: a line the gazetteer knows
    (whole or before its comma) or with an organization's head word names no people, and a lone name must end in
    a surname the lists know (or, with `lone_given`, where the caller knows the line stands where a byline does, open
    with a given name they know); two names or more joined by "and" have the shape of a byline by themselves."""
    text = ET_AL.sub("", text)  # "Richard Stallman, et al.": the named authors and the others left unnamed
    parts = _ROLE_SEPARATOR.split(text, maxsplit=1)
    names_part = parts[0]
    names = _NAME_JOIN.split(names_part)
    if not names_part or len(names) > MAX_BYLINE_NAMES or ends_sentence(text):
        return None
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in words):
            return None
    if not any(is_given_name(name.split()[0]) for name in names):
        return None
    if text in place_names() or names_part in place_names() or looks_like_organization(names_part):
        return None
    if len(names) == 1 and not (lone_given or is_person_name(names[0])):
        return None
    return NamesLine(len(names), len(parts) > 1)


def _publisher_tail(text: str) -> tuple[str, str | None]:
    """Split "3 July 2024 by Some Outlet" into the date part and the outlet."""
    m = re.search(r"\s(?:by|from|via)\s+(?=[^\W\d_])(.+)$", text, re.I)
    if m and m.group(1)[:1].isupper():
        return text[: m.start()], m.group(1).strip()
    return text, None


# A clock time beside a dateline's date: "20:51", "04:11 AM IST", "14.09 Uhr", "9:47 am". A page's software stamps the
# hour it published beside the day (and its zone, in capitals, after it): the time belongs to the dateline, and it is
# no word of running text. Only digits with a colon or point between hours and minutes are read, so a year or a
# count beside the date still makes the line running text.
_CLOCK = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?!\d)"
                    r"(?:\s*(?:[ap]\.?\s?m\b\.?|Uhr\b|h\b))?(?:\s+[A-Z]{2,5}\b)?", re.I)


def is_dateline(text: str) -> bool:
    """A short line that is a date with dateline words around it (and the clock time it was posted at: `_CLOCK`), or
    opens with a dateline word."""
    # a paragraph is read only as far as one word too many for a dateline
    words = [m.group() for m in islice(_WORDS.finditer(text), MAX_DATELINE_WORDS + 1)]
    if not words or len(words) > MAX_DATELINE_WORDS:
        return False
    head, _ = _publisher_tail(text)
    dates = [d for d in find_dates(head) if d.precision == "day"]
    if dates:
        rest = _CLOCK.sub(" ", head[: dates[0].start] + " " + head[dates[0].end:])
        return all(w.lower() in _dateline_words() for w in _WORDS.findall(rest))
    # a dateline whose date has a shape the date finder does not know ("Published on 09/10/2018")
    return bool(_dateline_opening().match(text)) and any(ch.isdigit() for ch in text) and words[0][:1].isupper()


def dateline_date(text: str) -> dt.date | None:
    return parse_date(_publisher_tail(text)[0])


def dateline_publisher(text: str) -> str | None:
    return _publisher_tail(text)[1]


_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?")  # "W. N. Venables"
# each opens where no space stands before it, so a run of spaces is read once, not again from each of its spaces
_CREDIT_AND = re.compile(r"(?<!\s)\s+(?:and|&)\s+")
_ADDRESS_AFTER = re.compile(r"(?<!\s)\s*[(<](?:https?://|www\.|[^()<>\s]+@)[^()<>]*[)>]\s*$")  # "(http://www.x.org)"


def credit_names(text: str) -> list[str]:
    """The names of a title page's line of authors that names a body, or people by their initials, [] for any other
    line: "R Core Team", "Kurt Hornik and the R Core Team" (Kurt Hornik, R Core Team), "W. N. Venables, D. M. Smith",
    "and the R Core Team" (the second line of one credit), "LSB Workgroup, The Linux Foundation", "X Desktop Group
    (http://www.freedesktop.org)". A book's title page sets its title, subtitle and edition lines, then who made it:
    a team, a working group or a foundation signs a manual as a person does, and a team's name there is no staff
    label ("Staff", "News Team" in a news byline: `authors.is_name`'s role words), so role words are not asked about.

    "and" joins authors; a comma after a person's name opens their institution ("Chet Ramey, Case Western Reserve
    University"), after a body or between people written by initials it joins names. Every piece is capitalized
    words, a leading lower-case "the" being the sentence's; the words of a subtitle ("Reference Documentation for
    Bash", "Notes on R: ...") name no body and no person, and a line of people's full names is `names_line`'s."""
    text = _ADDRESS_AFTER.sub("", text.strip())
    if not text or ends_sentence(text) or not at_most_words(text, MAX_BYLINE_WORDS // 2) or byline_opening().match(text):
        return []
    names: list[str] = []
    for group in _CREDIT_AND.split(re.sub(r"^(?:and|&)\s+", "", text)):
        first, *rest = [p.strip().removeprefix("the ") for p in group.split(",")]
        pieces = [first]
        first_body, first_initials = looks_like_organization(first), bool(_INITIALS_NAME.fullmatch(first))
        for piece in rest:
            if not (first_body or (first_initials and _INITIALS_NAME.fullmatch(piece))):
                # an institution after a person: what follows, "and" too, is its name ("..., Economy and Society")
                return _credit_checked(names + pieces)
            pieces.append(piece)  # a working group beside its foundation, people by initials
        names += pieces
    return _credit_checked(names)


def _credit_checked(names: list[str]) -> list[str]:
    """The names of a credit, when each is one and one of them is a body's or written by initials."""
    if not names or not all(is_name(n, roles=False) for n in names):
        return []
    shaped = any(looks_like_organization(n) or _INITIALS_NAME.fullmatch(n) for n in names)
    return names if shaped else []


def credited_authors(blocks: list[Block]) -> list[str]:
    """The authors of a title page's credit (`credit_names`), which may take several lines: the first run of
    byline blocks, where one of them names a body or people by initials ("W. N. Venables, D. M. Smith" over "and the
    R Core Team"; "X Desktop Group" over "Thomas Leonard"); [] where the first byline is an ordinary one, which
    `authors.parse_byline` reads alone."""
    start = next((n for n, b in enumerate(blocks) if b.kind == "byline"), None)
    if start is None:
        return []
    run = []
    for block in blocks[start:]:
        if block.kind != "byline":
            break
        run.append(block.text)
    if not any(credit_names(text) for text in run):
        return []
    return list(dict.fromkeys(n for text in run for n in (credit_names(text) or parse_byline(text)[0])))


def mark_title_page_names(blocks: list[Block], title_page: int | None) -> None:
    """A book's title page names its authors in lines of their own ("Osamu Aoki"): its front-matter blocks (kind
    `front_matter`) that read as names (`names_line`) become bylines. Both routes that know pages call it with the
    page their title stands on.

    A book repeats its title in the running header of every page, so the title page's own title is taken off with the
    headers, and the authors' line under it is left to open the text and be read as the title ("Richard Stallman, et
    al.", "Josip Rodin and Osamu Aoki"). A title that reads as names is that line, a byline; unless another line of
    names follows it on the page (a book named after a person, its author under it), or the page has its byline
    already (an article's title, "Royal Self-Indicting Arrogance", over "By ...": no book's title page)."""
    on_page = [b for b in blocks if b.lines and b.lines[0].page == title_page]
    signed = any(b.kind == "byline" for b in on_page)
    named = [b for b in on_page if b.kind in ("front_matter", "title")
             and (names_line(b.text, b.kind == "title") or credit_names(b.text))]
    for block in named:
        if block.kind == "front_matter" or (block.kind == "title" and len(named) == 1 and not signed):
            block.kind = "byline"
