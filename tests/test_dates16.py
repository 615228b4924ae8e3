"""Dates a page or a manual states about itself: a dateline stamped with the clock time it was posted at, and the
colophon closing a text that is built from a versioned source ("Handbook 3.2.1, 2021-04-09"); and the day a German
anniversary names ("heute vor zehn Jahren")."""
from __future__ import annotations

import datetime as dt
import hashlib

from scoexport.clean import clean
from scoexport.clean.bylines import is_dateline
from scoexport.clean.published import colophon_date
from scoexport.parse.text import parse_text
from scoexport.records import Block, Line, Metadata, Parsed, Source

from .facts_util import facts_of, of_kind

FILLER = ("The volunteers counted the birds along the shore every weekend and wrote their numbers into a shared "
          "notebook, which the club keeps in its hut beside the harbour wall.")


def test_a_dateline_may_carry_the_clock_time_and_zone_it_was_posted_at() -> None:
    for line in ("Mar 14, 2019, 06:25 PM CET", "7. Oktober 2018 um 09:12 Uhr", "21.01.2017 17:40",
                 "Posted on June 3, 2016 at 8:05 am", "12 August 2020, 23.15"):
        assert is_dateline(line), line


def test_a_clock_time_does_not_make_running_text_a_dateline() -> None:
    for line in ("On June 3, 2016 at 8:05 am the ferry left.", "Mar 14, 2019 at 06:25 two trains collided",
                 "12 August 2020, 23.15 euros were paid"):
        assert not is_dateline(line), line


def test_an_html_paragraph_of_a_date_and_its_time_is_the_dateline() -> None:
    texts = [("Harbour notes", "title", "h1"), ("Mar 14, 2019, 06:25 PM CET", "body", "p"), (FILLER, "body", "p")]
    html = "".join(f"<{tag}>{t}</{tag}>" for t, _, tag in texts)
    source = Source("t.html", html.encode(), "0" * 64, html, "utf-8", "html")
    blocks, _, meta = clean(Parsed(source, [Block([Line(t, 0, 1)], kind=k, tag=tag) for t, k, tag in texts],
                                   metadata=Metadata()))
    assert [b.kind for b in blocks] == ["title", "dateline", "body"]
    assert str(meta.published_date) == "2019-03-14"


def test_a_colophon_is_a_name_a_dotted_version_and_a_day_and_nothing_else() -> None:
    assert str(colophon_date("Harbour Handbook 3.2.1, 2021-04-09")) == "2021-04-09"
    assert str(colophon_date("Bird Count Guide v1.4 - 9 April 2021")) == "2021-04-09"
    assert str(colophon_date("Club Rules version 2.0, April 9, 2021.")) == "2021-04-09"
    assert colophon_date("Section 12, 2021-04-09") is None  # a count, no version number
    assert colophon_date("We shipped 2.0 on 9 April 2021 to the members.") is None
    assert colophon_date("Harbour Handbook 3.2.1, April 2021") is None  # a month dates no release day


def run(text: str) -> Metadata:
    source = Source("t.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    return clean(parse_text(source))[2]


def test_a_plain_text_closing_with_its_colophon_takes_its_date() -> None:
    text = f"Counting shore birds\n====================\n\n{FILLER}\n\n{FILLER}\n\n---\nHarbour Handbook 3.2.1, 2021-04-09\n"
    assert str(run(text).published_date) == "2021-04-09"
    # the same line opening the text, or a version line with no day at the end, gives no date this way
    assert run(f"Counting shore birds\n\n{FILLER}\n\nHarbour Handbook 3.2.1\n").published_date is None


def _dates(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language="de"))
    return [(f.text, f.value) for f in of_kind(facts, "date")]


def test_the_day_of_writing_before_a_count_back_names_that_very_day_years_ago() -> None:
    day = dt.date(2021, 5, 19)
    assert _dates("Heute vor zehn Jahren wurde die Brücke eingeweiht.", day) == [("Heute vor zehn Jahren", "2011-05-19")]
    assert _dates("Genau heute vor 2 Monaten zog die Familie um.", day) == [("Genau heute vor 2 Monaten", "2021-03-19")]
    # without the day's word the count names the year only, as "ten years ago"
    assert _dates("Vor zehn Jahren wurde die Brücke eingeweiht.", day) == [("Vor zehn Jahren", "2011")]
    # a leap day a year back falls on the month's last day
    assert _dates("Heute vor einem Jahr fiel Schnee.", dt.date(2024, 2, 29)) == [("Heute vor einem Jahr", "2023-02-28")]


def _paged_book(names: str, title: str = "A Field Guide to Harbour Birds") -> Metadata:
    """A book as pdftotext writes it: a title page (the title, the authors' line, the edition's date), then pages under a
    running header that repeats the title, so the header rule takes the title page's title off as well."""
    pages = [f"{title}\n{names}\nlast updated 9 April 2021\n"]
    pages += [f"{title}\n\n{FILLER}\n\n{FILLER}\n\n{n}\n" for n in range(1, 5)]
    return run("\f".join(pages))


def test_a_title_pages_line_of_names_left_under_a_header_title_is_the_byline() -> None:
    assert _paged_book("Margaret Olsen and Tomas Berg").authors == ["Margaret Olsen", "Tomas Berg"]
    assert _paged_book("Margaret Quillfeather").authors == ["Margaret Quillfeather"]  # a surname no list holds
    assert _paged_book("Margaret Quillfeather, et al.").authors == ["Margaret Quillfeather"]
    # no given name opens it: a title, no byline
    assert _paged_book("Harbour Birds of the North").authors == []


def test_an_articles_title_over_its_own_byline_stays_the_title() -> None:
    pages = [f"Grace Under Pressure\nBy Tomas Berg\nPublished on 9 April 2021\n\n{FILLER}\n"]
    pages += [f"{FILLER}\n\n{FILLER}\n\n{n}\n" for n in range(2, 5)]
    meta = run("\f".join(pages))
    assert meta.title == "Grace Under Pressure" and meta.authors == ["Tomas Berg"]
