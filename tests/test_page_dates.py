"""A page's own date where its metadata states none: marked elements, labelled lines, its address."""
from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from scoexport.parse.html.date_attrs import url_date
from scoexport.parse.html.landmarks import Landmarks
from scoexport.parse.html.page_dates import address_date, labelled_date, marked_date


def tree(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_first_marked_date_wins_over_a_date_in_the_menu() -> None:
    body = ('<ul class="menu"><li><a href="/x">Rally – 12 May 2012</a></li></ul>'
            '<div class="post"><span class="entry-date">13 January 2014</span><p>Text</p></div>'
            '<div class="post"><span class="entry-date">23 July 2013</span></div>')
    assert marked_date(tree(body)) == dt.date(2014, 1, 13)


def test_last_modified_footer_is_a_marked_date() -> None:
    body = '<p>The next meeting is on 5 February 2020.</p><li id="footer-info-lastmod">Last edited on 29 January 2020</li>'
    assert marked_date(tree(body)) == dt.date(2020, 1, 29)


def test_a_long_block_is_prose_not_a_date_element() -> None:
    body = f'<div class="date-and-story">{"Words. " * 40} It happened on 3 March 2019.</div>'
    assert marked_date(tree(body)) is None


@pytest.mark.parametrize(("texts", "day"), [
    (["GNU licence text, version of 29 June 2007", "Updated: $Date: 2016/11/18 06:31:41 $"], dt.date(2016, 11, 18)),
    (["Veröffentlicht am 3. Mai 2021"], dt.date(2021, 5, 3)),
    (["Published on March 4, 2020 by Ann"], dt.date(2020, 3, 4)),
    (["The vote was published in 2019, on 4 March 2020 it passed."], None),
])
def test_labelled_dates(texts: list[str], day: dt.date | None) -> None:
    assert labelled_date(texts) == (day, False)


def test_day_first_url_dates_and_redirect_targets() -> None:
    assert url_date("https://example.org/news/29-10-2021") == dt.date(2021, 10, 29)
    assert url_date("https://example.org/2019/11/19/story") == dt.date(2019, 11, 19)
    assert url_date("https://example.org/item-1234-5678") is None
    page = tree("<p>Wait</p>", '<script>location.href="https://example.org/20200428/story?x=1";</script>')
    assert address_date(Landmarks.of(page), None) == dt.date(2020, 4, 28)
    refresh = tree("<p>Wait</p>", '<meta http-equiv="refresh" content="0; url=https://example.org/2018/02/03/a">')
    assert address_date(Landmarks.of(refresh), None) == dt.date(2018, 2, 3)


def test_a_line_of_date_labels_and_dates_alone() -> None:
    """A line of labels, dates and times says the page's dates; one that goes on after the date is text."""
    from scoexport.parse.html.page_dates import only_labelled_dates

    assert only_labelled_dates("Pubblicato il: 30 Settembre 2020 Ultimo aggiornamento: 30 Settembre 2020")
    assert only_labelled_dates("Last updated: 3 May 2021, 10:45 am")
    assert only_labelled_dates("Updated: 2016/11/18")
    assert not only_labelled_dates("Updated: 1 March 2021 - the budget grows by 4.5 million euros and 120 jobs")
    assert not only_labelled_dates("Posted on March 3, 2021 by admin")
    assert not only_labelled_dates("The budget, published 1 March 2021")


def test_a_footer_line_of_a_label_and_its_date() -> None:
    """Sphinx closes every page's footer of licence lines with "Last updated on <date>.": the line, not the block,
    is labelled; a line that only opens with the label is a sentence."""
    footer = ["© Copyright 2001-2026, Python Software Foundation.", "This page is licensed under the Python Software "
              "Foundation License Version 2.", "Last updated on October 07, 2026.", "Found a bug?"]
    assert labelled_date([" ".join(footer)], footer) == (dt.date(2026, 10, 7), True)
    sentence = ["Updated on 3 May 2021 the rules now require two signatures", "see the"]
    assert labelled_date([], sentence) == (None, False)
