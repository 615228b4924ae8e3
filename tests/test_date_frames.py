"""A numbered section's number before a date, and the year a document without a date of its own gives the dates
that write none (made-up lines in the shape of a history's, a change log's and a manual's)."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.date_text import find_dates, first_day
from scoexport.extract import Context, extract
from scoexport.extract.date_context import find_dates_in_context
from scoexport.records import Metadata, Paragraph
from scoexport.segment.paragraphs import sentences


@pytest.mark.parametrize(("text", "language", "found"), [
    ("2.4.11. March 1998: The mirror moved to Oslo", "en", [("March 1998", "1998-03")]),
    ("3.2.5. Mai 2001: Der Server zieht um", "de", [("Mai 2001", "2001-05")]),
    ("6.1.9. Janvier 2004 : le serveur déménage", "fr", [("Janvier 2004", "2004-01")]),
    ("1.3. June 2010 – the archive grew", "en", [("June 2010", "2010-06")]),
])
def test_a_section_number_is_no_day(text: str, language: str, found: list[tuple[str, str]]) -> None:
    # the section's last number and its stop stand right after the number before it: no day of the month
    assert [(d.text, d.value) for d in find_dates_in_context(text, dt.date(2020, 1, 1), language)] == found


def test_a_day_apart_from_a_number_stays_a_day() -> None:
    assert [(d.text, d.value) for d in find_dates("Seit 2. 5. Mai 2001 gilt es")] == [("5. Mai 2001", "2001-05-05")]
    assert next(d.value for d in find_dates("am 5. Mai 2001 und am 1., 2. und 3. Juni 2002")) == "2001-05-05"


def test_a_contents_line_dates_no_page() -> None:
    # a history's contents list its sections by month: none of them the day the page was written
    assert first_day("5.1.4. June 1999: The mirror moved") is None


@pytest.mark.parametrize(("text", "heading", "language", "found"), [
    ("The mirror went down on June 3rd and came back on June 5th.", "5.1.4. June 1999: The mirror moved", "en",
     [("June 3rd", "1999-06-03"), ("June 5th", "1999-06-05")]),
    ("Der Umzug dauerte vom 3. bis 8. März.", "7.2. März 2009: Umzug", "de", [("3. bis 8. März", "2009-03-03/2009-03-08")]),
    ("Le serveur est tombé le 4 janvier.", "2.6. Janvier 2004 : panne", "fr", [("4 janvier", "2004-01-04")]),
    # the paragraph's own year first: the sprint's year, not the heading's
    ("The sprint ran from 4 to 9 May 2017, and a release party followed on 12 May.", "3.1. Releases in 2016", "en",
     [("4 to 9 May 2017", "2017-05-04/2017-05-09"), ("12 May", "2017-05-12")]),
    # a year-by-year history heads its sections by the year alone
    ("A workshop ran from July 2nd to July 6th.", "2.5. 2005", "en", [("July 2nd to July 6th", "2005-07-02/2005-07-06")]),
    ("In 2005 a workshop ran from July 2nd to July 6th.", None, "en",
     [("2005", "2005"), ("July 2nd to July 6th", "2005-07-02/2005-07-06")]),
    # nothing frames it: no year is trusted
    ("The mirror went down on June 3rd.", "5.1.4. The mirror moved", "en", [("June 3rd", None)]),
    ("The mirror went down on June 3rd.", None, "en", [("June 3rd", None)]),
])
def test_a_dateless_document_gives_a_yearless_date_the_year_around_it(text: str, heading: str | None, language: str,
                                                                      found: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.value) for d in find_dates_in_context(text, None, language, heading)] == found


def test_words_that_place_a_date_take_no_year_from_its_frame() -> None:
    # "last May" counts from the time of writing, which a document without a date does not give
    dates = find_dates_in_context("Work resumed last May.", None, "en", "4.2. May 2012: work resumed")
    assert [(d.text, d.value) for d in dates] == [("last May", None)]


def test_a_reference_day_still_decides_where_the_document_has_one() -> None:
    dates = find_dates_in_context("The mirror went down on June 3rd.", dt.date(2021, 7, 1), "en",
                                  "5.1.4. June 1999: The mirror moved")
    assert [(d.text, d.value) for d in dates] == [("June 3rd", "2021-06-03")]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Elle était membre du comité entre 2011 et 2014.", "fr", "2011/2014"),
    ("Er betreute das Paket von 2008 bis 2012.", "de", "2008/2012"),
    ("Pendant les années 1980, le projet grandit.", "fr", "1980/1989"),
])
def test_spans_of_written_years_need_no_reference(text: str, language: str, value: str) -> None:
    assert [d.value for d in find_dates_in_context(text, None, language)] == [value]


def test_the_extractor_reads_the_paragraphs_section_heading() -> None:
    heading = "4.3.2. October 2007: Build daemon retired"
    text = "The old build daemon was switched off on October 9th."
    paras = [Paragraph("doc", "doc-p0000", 0, "heading", None, heading, [(0, len(heading))]),
             Paragraph("doc", "doc-p0001", 1, "body", heading, text, [(0, len(text))])]
    facts, _ = extract(Context("doc", Metadata(), paras, [s for p in paras for s in sentences(p)]))
    assert sorted((f.text, f.value) for f in facts if f.kind == "date") == [("October 2007", "2007-10"),
                                                                            ("October 9th", "2007-10-09")]


@pytest.mark.parametrize(("text", "language", "found"), [
    ("The survey ran between February and April 2016.", "en", [("February and April 2016", "2016-02/2016-04")]),
    ("Les travaux ont eu lieu entre janvier et mars 2012.", "fr", [("janvier et mars 2012", "2012-01/2012-03")]),
    ("Las obras se hicieron entre febrero y mayo de 2015.", "es", [("febrero y mayo de 2015", "2015-02/2015-05")]),
])
def test_a_span_of_months_opened_by_between_writes_its_year_once(text: str, language: str,
                                                                   found: list[tuple[str, str]]) -> None:
    # "between" opens a span as "from" does: the first month is the span's start, in the year written after the end
    for reference in (None, dt.date(2021, 6, 1)):
        assert [(d.text, d.value) for d in find_dates_in_context(text, reference, language)] == found


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Das Treffen lief vom 28. Mai bis zum 3. Juni 2019.", "de", [("28. Mai bis zum 3. Juni 2019", "2019-05-28/2019-06-03")]),
    ("La fête a eu lieu le 8 mai.", "fr", [("8 mai", "2021-05-08")]),
    ("De markt opende op 12 mei.", "nl", [("12 mei", "2021-05-12")]),
])
def test_a_short_full_month_name_is_a_month(text: str, language: str, found: list[tuple[str, str]]) -> None:
    # "Mai", "mai", "mei" are the month's whole name, no abbreviation that may be another word
    assert [(d.text, d.value) for d in find_dates_in_context(text, dt.date(2021, 6, 1), language)] == found


@pytest.mark.parametrize(("text", "language", "found"), [
    ("The archive moved in mid-October of 2003.", "en", [("mid-October of 2003", "2003-10")]),
    ("Le serveur a déménagé en octobre de l'an 2003.", "fr", [("octobre de l'an 2003", "2003-10")]),
    ("Le projet a changé de nom au début de l'année 1997.", "fr", [("début de l'année 1997", "1997-01")]),
    ("Der Server zog im Oktober des Jahres 2003 um.", "de", [("Oktober des Jahres 2003", "2003-10")]),
    ("Der Name änderte sich Ende des Jahres 1997.", "de", [("Ende des Jahres 1997", "1997-12")]),
])
def test_a_month_of_a_year_written_after_it_is_one_date(text: str, language: str, found: list[tuple[str, str]]) -> None:
    # the month is that year's, whatever the reference day: not a month near the reference beside a bare year
    for reference in (None, dt.date(2021, 6, 1)):
        assert [(d.text, d.value) for d in find_dates_in_context(text, reference, language)] == found
