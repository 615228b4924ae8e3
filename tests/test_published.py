"""The publication date, decided in one place (clean.published), and metadata that clean builds anew."""
from __future__ import annotations

import datetime as dt

from scoexport.clean import clean
from scoexport.clean.published import publication_date, reference_date
from scoexport.parse import parse
from scoexport.records import DateEvidence, Metadata, Paragraph, Source

D = dt.date


def test_a_stated_date_wins_over_what_the_page_writes() -> None:
    seen = DateEvidence(byline=D(2020, 1, 2), top=D(2020, 1, 3), anywhere=D(2020, 1, 4))
    assert publication_date(D(2020, 1, 1), seen, "Published 5 January 2020") == D(2020, 1, 1)


def test_a_byline_on_the_other_side_of_midnight_corrects_a_utc_day() -> None:
    late = dt.datetime(2023, 11, 9, 3, 30, tzinfo=dt.timezone.utc)  # 3:30 UTC: still the 8th in the Americas
    assert publication_date(D(2023, 11, 9), DateEvidence(late, byline=D(2023, 11, 8)), None) == D(2023, 11, 8)
    noon = dt.datetime(2023, 11, 9, 12, 0, tzinfo=dt.timezone.utc)  # the same day everywhere it is noon UTC
    assert publication_date(D(2023, 11, 9), DateEvidence(noon, byline=D(2023, 11, 8)), None) == D(2023, 11, 9)


def test_without_a_stated_date_byline_then_top_then_anywhere_then_dateline() -> None:
    assert publication_date(None, DateEvidence(byline=D(2020, 1, 2), top=D(2020, 1, 3)), None) == D(2020, 1, 2)
    assert publication_date(None, DateEvidence(top=D(2020, 1, 3), anywhere=D(2020, 1, 4)), None) == D(2020, 1, 3)
    assert publication_date(None, DateEvidence(anywhere=D(2020, 1, 4)), "Posted 5 January 2020") == D(2020, 1, 4)
    assert publication_date(None, DateEvidence(), "Posted 5 January 2020") == D(2020, 1, 5)
    assert publication_date(None, DateEvidence(), None) is None


def test_reference_date_falls_back_to_the_front_matter_only() -> None:
    paras = [Paragraph("d", f"d-p{i}", i, kind, None, text, [])
             for i, (kind, text) in enumerate([("title", "Floods"), ("dateline", "4 May 2021"), ("body", "On 9 May 2021.")])]
    assert reference_date(None, paras) == D(2021, 5, 4)
    assert reference_date(D(2022, 1, 1), paras) == D(2022, 1, 1)
    assert reference_date(None, [p for p in paras if p.kind != "dateline"]) is None  # a body date is not the reference


def test_clean_leaves_the_parsers_metadata_as_it_was() -> None:
    html = ("<html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1>"
            "<p class='byline'>By Jane Doe</p><p>Published 3 May 2021</p>"
            "<p>The new dam opened on Monday after four years of work on the river valley.</p></article></body></html>")
    parsed = parse(Source("page.html", html.encode(), "0" * 64, html, "utf-8", "html"))
    hints = Metadata(**vars(parsed.metadata))
    _, _, meta = clean(parsed)
    assert meta is not parsed.metadata and parsed.metadata == hints
    assert meta.published_date == D(2021, 5, 3) and meta.authors == ["Jane Doe"]


def _page_date(head: str, body: str) -> dt.date | None:
    html = f"<html><head>{head}</head><body><article>{body}</article></body></html>"
    _, _, meta = clean(parse(Source("page.html", html.encode(), "0" * 64, html, "utf-8", "html")))
    return meta.published_date


def test_an_update_time_is_no_publication_date_beside_the_date_the_article_shows() -> None:
    # Drupal writes og:updated_time on every save; the article's own date is the one it shows under the byline
    head = '<meta property="og:updated_time" content="2020-06-02T11:57:06+02:00">'
    text = "<p>Die Regierung nutzt GPS- und Kreditkartendaten, um infizierte Patienten auf einer Karte zu zeigen.</p>"
    shown = ('<h1>Es bricht eine andere Zeit an</h1><div class="author"><p><a class="author-link">Interview: Julia '
             'Lauter</a></p></div><ul><li class="field_node_create_date"><time class="field-node-create-date">'
             '31.03.2020</time></li></ul>')
    assert _page_date(head, shown + text) == D(2020, 3, 31)
    assert _page_date(head, "<h1>Es bricht eine andere Zeit an</h1>" + text) == D(2020, 6, 2)  # all it states
