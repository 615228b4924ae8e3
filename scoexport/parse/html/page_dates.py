"""A page's date where its metadata states none: in an element the page marks as a date, or after a
label that says the date is the page's own.

- Marked: an element whose class or id names a date (data file date_class_words.txt; WordPress
  writes `span.entry-date`, MediaWiki `li#footer-info-lastmod`, many themes `time`, `post-date`,
  `published`); the first in the page, since a listing page puts its newest post first.
- Labelled: a short block that opens with a date label ("Updated: $Date: 2016/11/18 $", "Stand:
  12.03.2021", data file date_labels.txt).
- The page's own address, where it states a date, also from the address a page redirects to.

Enters the parsed tree; leaves a date or None. A date in running text is never read here: an
article names other days (events, deadlines) more often than its own.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from lxml.html import HtmlElement

from ...data import alternation, load_lines, word_set
from ...date_text import find_dates
from .date_attrs import attribute_date, url_date
from .furniture import attribute_words
from .landmarks import Landmarks

_MAX_CHARS = 200  # a date element or a dated line is short; a paragraph that names a day is prose
_SLASHED_OR_ISO = re.compile(r"(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d")
_REDIRECT = re.compile(r"""(?:location(?:\.href)?\s*=|location\.replace\()\s*["'](https?://[^"']+)""")
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\" >]+)", re.I)


@cache
def _labels() -> str:
    """The date labels ("Published", "Pubblicato il") as one alternation, for the patterns below."""
    return alternation(load_lines("date_labels.txt"), flexible_spaces=True)


@cache
def _label_pattern() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_labels()})\b\s*:?", re.I)


def _day(text: str) -> dt.date | None:
    """The first day-precise date in a short text: as prose writes it, or as ISO / year-first slashes."""
    found = [m for m in find_dates(text) if m.precision == "day"]
    iso = _SLASHED_OR_ISO.search(text)
    if iso and (not found or iso.start() < found[0].start):
        return attribute_date(iso.group())
    return found[0].first if found else None


def marked_date(root: HtmlElement) -> dt.date | None:
    """The first date in an element whose class or id names a date."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link"):
            continue
        if not (el.get("class") or el.get("id")) or not attribute_words(el) & word_set("date_class_words.txt"):
            continue
        text = el.text_content()
        if len(text) <= _MAX_CHARS:
            found = attribute_date(el.get("datetime") or el.get("content")) or _day(text)
            if found:
                return found
    return None


def dated_label(text: str) -> dt.date | None:
    """The date after a date label opening a short block ("Updated: 2016/11/18"), or None."""
    if len(text) > _MAX_CHARS:
        return None
    m = _label_pattern().match(text)
    return _day(text[m.end():]) if m else None


@cache
def _any_label() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_labels()})\b\s*:?", re.I)


_TIME = re.compile(r"\b[0-2]?\d[:.h][0-5]\d\b(?:\s*[ap]\.?m\.?)?", re.I)


def only_labelled_dates(text: str) -> bool:
    """Whether a short block is date labels, their dates (and times) and nothing else ("Pubblicato il: 30
    Settembre 2020 Ultimo aggiornamento: 30 Settembre 2020"): a line saying the page's dates, not a sentence
    of the text that opens with one ("Updated: 1 March 2021 - the budget grows by 4.5 million euros")."""
    if dated_label(text) is None:
        return False
    rest = list(text)
    spans = [(m.start, m.end) for m in find_dates(text)] + [m.span() for m in _SLASHED_OR_ISO.finditer(text)]
    for start, end in spans + [m.span() for m in _any_label().finditer(text)]:
        rest[start:end] = " " * (end - start)
    return not any(c.isalnum() for c in _TIME.sub(" ", "".join(rest)))


def labelled_date(texts: list[str], lines: Iterable[str] = ()) -> tuple[dt.date | None, bool]:
    """The first date after a date label opening a short block (`dated_label`), else the date of a line of a
    longer block that is date labels and dates alone (`only_labelled_dates`): a footer of licence lines closes
    with "Last updated on October 07, 2026." (Sphinx writes it so), where the line, not the block, is the label's.
    The second part says the date is such a line: a stamp that a documentation generator sets in the footer of
    every page it builds, the day of the build, which dates no event its text tells of (an article's date stands
    in a block of its own, a byline or a date line)."""
    found = next((found for found in map(dated_label, texts) if found), None)
    if found is not None:
        return found, False
    stamp = next((dated_label(line) for line in lines if only_labelled_dates(line)), None)
    return stamp, stamp is not None


def redirect_url(page: Landmarks) -> str | None:
    """The address a page sends the reader on to (a meta refresh or a script's location): the article's own."""
    for el in page.meta:
        if (el.get("http-equiv") or "").lower() == "refresh":
            m = _REFRESH_URL.search(el.get("content") or "")
            if m:
                return m.group(1)
    for el in page.scripts:
        m = _REDIRECT.search(el.text or "")
        if m:
            return m.group(1)
    return None


def address_date(page: Landmarks, url: str | None) -> dt.date | None:
    return url_date(url) or url_date(redirect_url(page))
