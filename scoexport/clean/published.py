"""The publication date: decided here, once, from every date the earlier stages found.

Enters: the date a page's metadata states (JSON-LD, meta tags, <time>, the URL), the other dates
parse saw on the page (`DateEvidence`), and the article's dateline. Leaves: the publication date,
and the reference date that relative dates ("last September") resolve against.

A date the page states for machines is the most deliberate; a byline date overrides it only when
the stated date is a UTC timestamp's day and the byline shows the writer's day on the other side of
midnight. Without a stated date, the dates a reader sees come in the order an article sets them:
its byline, an element the page marks as a date or a labelled date line ("Updated: ..."), its top, the date
the page states it was last changed (a modification date is the publication date of no article that shows
its own, but the latest a page without one vouches for), anywhere on the page, then the dateline that plain
text opens with, then a version line opening the text ("Version 1.9 ratified on March 26th, 2022."): a charter,
a contract or a policy dates the version it is; last a colophon closing it ("Debian Policy 4.6.2.0, 2022-12-17").
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_lines
from ..date_text import find_dates, parse_date
from ..records import Block, DateEvidence, Paragraph
from .bylines import dateline_date

_ONE_DAY = dt.timedelta(days=1)
_AMERICAS_HOURS = 10  # UTC-10 (Hawaii) to UTC-3 (Brazil): before 10:00 UTC it may still be the day before
_LATE_UTC_HOUR = 20  # from 20:00 UTC it is already the next day from UTC+4 eastwards


def _local_day_of(instant: dt.datetime, day: dt.date) -> bool:
    """Whether a UTC instant can fall on that day where the page was written: the day before when
    early in the UTC day (the Americas), the day after when late (east of Greenwich)."""
    if day == instant.date() - _ONE_DAY:
        return instant.hour < _AMERICAS_HOURS
    if day == instant.date() + _ONE_DAY:
        return instant.hour >= _LATE_UTC_HOUR
    return False


@cache
def _version_line() -> re.Pattern[str]:
    return re.compile(rf"(?i)version\s+\d+(?:\.\d+)*,?\s+(?:(?:{alternation(load_lines('version_words.txt'))})\s+)?(?:on\s+)?")


@cache
def _updated_version() -> re.Pattern[str]:
    # the version's or edition's number, then within its clause the words dating it; no full stop between
    return re.compile(rf"(?i)(?:this\s+is\s+)?(?:version|edition)\s+\d+(?:\.\d+)*\b[^.;:]{{0,80}}?"
                      rf"\b(?:{alternation(load_lines('update_words.txt'))})\s+(?:on\s+)?")


def version_date(text: str) -> dt.date | None:
    """The date of a sentence opening the text that is only a version and its date ("Version 1.1 ratified on
    April 26, 2004. Supersedes Version 1.0 ..."), or that names the version or edition the document is and the day
    it was last updated ("This is version 0.21 of the Shared MIME-info Database specification, last updated 2
    October 2018.": GNU's and freedesktop's manuals open so)."""
    m = _version_line().match(text)
    updated = _updated_version().match(text) if m is None else None
    if m is None and updated is None:
        return None
    end = (m or updated).end()
    dates = find_dates(text[end:end + _DATE_CHARS])
    if not dates or dates[0].start or dates[0].precision != "day":
        return None
    rest = text[end + dates[0].end:]
    return dates[0].first if updated or not rest.strip(" .") or rest.startswith(". ") else None


_DATE_CHARS = 40  # a written date's length and more

# A colophon closing the text: the work's name, the number of the version it is and that version's date, and nothing
# else ("Debian Policy 4.6.2.0, 2022-12-17", "Foo Manual v2.1 - 3 May 2021"). A source built into several documents
# stamps each with the release it was built for; the number has a point in it, so a count ("Chapter 12") is none.
_COLOPHON = re.compile(r"[^\W\d_][^\n]{0,60}?\s(?:version\s+|v)?\d+(?:\.\d+)+,?\s+(?:[-–—]\s+)?", re.I)


def colophon_date(text: str) -> dt.date | None:
    """The date of a closing line that is only a work's name, its version number and a day (`_COLOPHON`): the day that
    version was released is the document's date, as a version line opening the text gives it (`version_date`)."""
    m = _COLOPHON.match(text)
    if m is None:
        return None
    dates = find_dates(text[m.end():])
    if not dates or dates[0].start or dates[0].precision != "day" or text[m.end() + dates[0].end:].strip(" ."):
        return None
    return dates[0].first


def publication_date(stated: dt.date | None, seen: DateEvidence, dateline: str | None,
                     opening: str | None = None, closing: str | None = None) -> dt.date | None:
    """With a stated date, only the byline's beside a UTC timestamp can change it: parse/html reads the
    page's other dates only for a page that states none (keep `page._parse_page` in step with this rule). Last come the
    version lines: one opening the text (`opening`), then a colophon closing it (`closing`)."""
    if stated is not None:
        if seen.stated_utc and seen.byline and _local_day_of(seen.stated_utc, seen.byline):
            return seen.byline
        return stated
    return (seen.byline or seen.marked or seen.labelled or seen.top or seen.updated or seen.anywhere
            or (dateline_date(dateline) if dateline else None) or (version_date(opening) if opening else None)
            or (colophon_date(closing) if closing else None))


def built(stated: dt.date | None, seen: DateEvidence) -> bool:
    """Is the publication date `publication_date` picks the day the page was built: a documentation generator's
    stamp in the footer of licence lines (`DateEvidence.stamped`: "Last updated on October 07, 2026." under every
    page of Python's manuals), taken for want of a stated date, a byline or a date the markup marks? A manual
    is rebuilt with every release, its release notes tell of years long past: its footer day is when the page was
    made, not a day its text counts from, where an article's dateline is the day its "on May 5" is read against."""
    return stated is None and seen.stamped and not (seen.byline or seen.marked) and seen.labelled is not None


def front_matter_date(block: Block) -> dt.date | None:
    """The date a block of a book's front matter (kind `front_matter`, `frontmatter.front_matter_pages`) gives, read
    line by line, since a title page's lines are no sentence ("5.2. September"): its edition's date ("This is Edition
    5.2, last updated 19 September 2022") is the document's. Both routes that know pages read it here."""
    return next((d for ln in block.lines if any(c.isdigit() for c in ln.text) and (d := parse_date(ln.text))), None)


def reference_date(published: dt.date | None, paragraphs: list[Paragraph], stamp: bool = False) -> dt.date | None:
    """The publication date, else the first full date of the front matter (the paragraphs before the body). None
    where the publication date is a build's `stamp` (`built`): a date that writes no year then takes the one its
    paragraph or section writes (`extract.date_context._framed`) or none, "today" the present age, no value."""
    if stamp:
        return None
    if published:
        return published
    for p in paragraphs:
        if p.kind == "body":
            break
        found = parse_date(p.text)
        if found:
            return found
    return None
