"""Dates and names as pages write them in attributes, URLs, scripts and bylines."""
from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from scoexport.authors import page_authors, split_names
from scoexport.parse.html.date_attrs import attribute_date, url_date
from scoexport.parse.html.doc_authors import docbook_authors
from scoexport.parse.html.meta import local_day, page_metadata


@pytest.mark.parametrize(("value", "day"), [
    ("2019-11-19T07:03:25+00:00", "2019-11-19"),
    ("2021-03-16T16:16:10Z", "2021-03-16"),
    ("20200428", "2020-04-28"),
    ("2020/04/07", "2020-04-07"),
    ("1574150400", "2019-11-19"),
    ("November 18, 2019", "2019-11-18"),
    ("5. November 2021", "2021-11-05"),
])
def test_attribute_dates(value: str, day: str) -> None:
    assert str(attribute_date(value)) == day


@pytest.mark.parametrize("value", ["", "soon", "2019-13-45", "v2.0.1"])
def test_attribute_values_that_are_not_dates(value: str) -> None:
    assert attribute_date(value) is None


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/2019/11/18/story-title", "2019-11-18"),
    ("https://news.example/20200428/story-title/", "2020-04-28"),
    ("https://news.example/politics/story-title-123456", None),
])
def test_url_dates(url: str, day: str | None) -> None:
    found = url_date(url)
    assert (str(found) if found else None) == day


def page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_utc_timestamp_takes_the_local_day_of_a_time_element_with_an_offset() -> None:
    root = page('<p>Posted: <time datetime="2023-11-08T22:35:29-08:00">Nov 8, 2023</time></p>')
    assert local_day(list(root.iter("time")), "2023-11-09T06:35:29+00:00") == dt.date(2023, 11, 8)
    assert local_day(list(root.iter("time")), "2023-11-09T09:00:00+00:00") is None  # another instant


def test_utc_timestamp_takes_the_local_day_of_a_time_element_without_offset() -> None:
    root = page('<time datetime="2023-11-08 23:30:59">Nov 8</time>')
    assert local_day(list(root.iter("time")), "2023-11-09T05:30:59Z") == dt.date(2023, 11, 8)


def test_publication_date_from_script_state() -> None:
    root = page('<script>window.state = {"product": {"published_at": "2019-03-02T06:22:28+01:00"}};</script><p>Text</p>')
    meta, *_ = page_metadata(root, [])
    assert meta.published_date == dt.date(2019, 3, 2)


def test_json_ld_with_a_list_of_objects_and_a_plain_author() -> None:
    head = ('<script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": "BlogPosting", '
            '"headline": "A post", "author": "Ann Lee, Bo Chan", "datePublished": "2018-10-06"}]</script>')
    meta, _, named = page_metadata(page("<p>x</p>", head), [])
    assert (meta.title, page_authors(named), str(meta.published_date)) == ("A post", ["Ann Lee", "Bo Chan"], "2018-10-06")


def test_broken_json_ld_is_skipped() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
            '<meta property="og:title" content="T">')
    meta, *_ = page_metadata(page("<p>x</p>", head), [])
    assert meta.title == "T"


@pytest.mark.parametrize(("byline", "names"), [
    ("By Maria Okafor and Tom Lind", ["Maria Okafor", "Tom Lind"]),
    ("Von Anna Schmidt", ["Anna Schmidt"]),
    ("https://www.facebook.com/someone", []),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    # labels, furniture, credits and handles name nobody
    ("Name *", []), ("Nama (wajib)", []), ("Published by", []), ("By", []), ("Today's e-Edition", []),
    ("Photo: Lena Fischer/Reuters", []), ("@HarbourDaily", []), ("Bild © ARD", []),
    # an escaped apostrophe is no separator; an affiliation after "for" and a dateline are not names
    ("By Lindsey O&#39;Donnell", ["Lindsey O'Donnell"]), ("Amir Haddad For Mailonline", ["Amir Haddad"]),
    ("By Jo Park and Ed de Leon, London", ["Jo Park", "Ed de Leon"]),
    ("The Russian and Syrian defense ministries", []), ("Interview: Julia Brandt", ["Julia Brandt"]),
])
def test_names_from_bylines(byline: str, names: list[str]) -> None:
    assert split_names(byline) == names


def test_beside_a_person_the_site_is_no_author_and_capitals_are_title_cased() -> None:
    from scoexport.authors import author_names

    assert author_names(["Vera Tanaka", "Futurism"], "ScienceAlert") == ["Vera Tanaka"]
    assert author_names(["CBS News"], "CBS News") == ["CBS News"]
    assert author_names(["TOM KRISHER"], None) == ["Tom Krisher"]


def test_comment_form_author_is_not_the_page_author() -> None:
    body = ('<article><p>Story text.</p></article><form id="commentform"><label itemprop="author">Name *</label></form>'
            '<div class="comments"><span itemprop="author">Reader Joe</span></div>')
    _, _, named = page_metadata(page(body, ""), [])
    assert page_authors(named) == []


def test_a_handle_is_not_the_publisher() -> None:
    meta, *_ = page_metadata(page("<p>x</p>", '<meta name="twitter:site" content="@harbourdaily">'), [])
    assert meta.publisher is None


def test_an_author_name_is_read_inside_the_author_element() -> None:
    body = ('<div itemprop="publisher"><span itemprop="name">Harbour Daily</span></div>'
            '<article><p itemprop="author">By <span itemprop="name">Ann Lee</span></p><p>Story text.</p></article>')
    _, _, named = page_metadata(page(body, ""), [])
    assert named.itemprop == "Ann Lee"


def test_an_author_name_given_in_a_meta_element_of_the_microdata() -> None:
    # templates (Globo's G1 among them) write the byline for readers and the author's name for machines in a <meta>
    body = ('<div class="publication-data"><p class="publication-data__from">Por Diêgo Holanda, G1 RO — Porto Velho</p>'
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<meta itemprop="name" content="Diêgo Holanda"></span></div><article><p>Story text.</p></article>')
    _, _, named = page_metadata(page(body, ""), [])
    assert named.itemprop == "Diêgo Holanda"
    assert page_authors(named) == ["Diêgo Holanda"]


def test_an_author_given_by_reference_in_a_json_ld_graph() -> None:
    graph = ('<script type="application/ld+json">{"@graph": [{"@type": "Article", "headline": "A post", '
             '"author": {"@id": "https://x.org/#/person/1"}}, {"@type": ["Person"], "@id": "https://x.org/#/person/1", '
             '"name": "%s"}]}</script>')
    _, _, named = page_metadata(page("<p>x</p>", graph % "Tony Carter"), [])
    assert page_authors(named) == ["Tony Carter"]
    _, _, named = page_metadata(page("<p>x</p>", graph % "Josh"), [])
    assert page_authors(named) == []  # a CMS login, not a byline


def test_the_link_marked_rel_author_beats_other_byline_markup() -> None:
    body = ('<div class="related-links-author">Ryan McKenna</div>'
            '<span class="byline"><a rel="author" href="/author/ap/">Associated Press</a></span><p>x</p>')
    _, _, named = page_metadata(page(body), ["Ryan McKenna"])
    assert page_authors(named) == ["Associated Press"]


def test_one_author_field_naming_two_people() -> None:
    # Sphinx writes a HOWTO's ":Author: A and B" as one field list item
    body = ('<h1>Sorting HOW TO</h1><dl class="field-list simple"><dt class="field-odd">Author<span class="colon">:'
            '</span></dt><dd class="field-odd"><p>Andrew Dalke and Raymond Hettinger</p></dd><dt class="field-even">'
            'Release<span class="colon">:</span></dt><dd class="field-even"><p>0.1</p></dd></dl><p>Text.</p>')
    _, _, named = page_metadata(page(body, ""), [])
    assert named.structured == ["Andrew Dalke", "Raymond Hettinger"]


def test_a_dateline_that_goes_on_with_the_author() -> None:
    """WordPress themes write "Posted on <date> by <author>" in one line: a dateline, and after its date a byline."""
    from scoexport.clean import clean
    from scoexport.parse.html.page import parse_html
    from scoexport.records import Source

    text = " ".join(["We bought a folding lamp, a silicone egg cooker and a rain gauge for the balcony."] * 4)
    markup = ('<html><body><article><h1 class="page-title">Items We Never Knew We Wanted</h1>'
              '<div class="page-meta"><div class="page-meta--author">Posted on September 21, 2020  by Adi Tzlil</div>'
              f'</div><p>{text}</p><p>{text}</p></article></body></html>')
    _, _, meta = clean(parse_html(Source("page.html", markup.encode(), "sha", markup, "utf-8", "html")))
    assert meta.authors == ["Adi Tzlil"] and str(meta.published_date) == "2020-09-21"


def test_one_dublin_core_creator_tag_per_author() -> None:
    # Dublin Core and the scholarly tags (citation_author) repeat the element, one per author
    head = ('<meta name="dc.Creator" content=" Michael L.  Anderson "><meta name="dc.Creator" content=" Michael L.  '
            'Anderson "><meta name="dc.Creator" content=" Carlos  Dobkin "><meta name="dc.Creator" content=" Devon  Gorry ">')
    _, _, named = page_metadata(page("<p>Background: observational studies.</p>", head), [])
    assert page_authors(named) == ["Michael L. Anderson", "Carlos Dobkin", "Devon Gorry"]


def test_an_author_element_whose_itemprop_lists_several_properties() -> None:
    # itemprop is a list of properties, as class is (Wday.ru's byline: itemprop="author creator")
    body = ('<article><p>Story text.</p><p class="article-info"><span itemprop="author creator" class="article-info__'
            'authors">Текст: Венера Ерофеева</span><span class="article-info__divider">·</span>24 сентября 2018</p>'
            '</article>')
    _, _, named = page_metadata(page(body, ""), [])
    assert page_authors(named) == ["Венера Ерофеева"]


def test_docbook_names_its_authors_by_class_words() -> None:
    # a DocBook title page and a revision history: an element whose class words include "author" and that holds a
    # "surname" below it names one; a news byline's "author" box without a surname, a class that only contains the
    # letters ("post-author-box"), and an "author" element that is itself the surname name no one this way
    root = lxml.html.fromstring(
        '<html><body><div class="titlepage"><div class="authorgroup">'
        '<div class="author"><h3 class="author"><span class="firstname">Andreas</span> <span class="surname">Barth'
        '</span></h3> <code class="email">&lt;<a class="email" href="mailto:aba@example.org">aba@example.org</a>&gt;'
        '</code></div>'
        '<div class="editor  author\n"><span class="firstname">Jo</span> <span class="surname">Roe</span></div>'
        '</div></div><p class="byline"><span class="author">Jane Doe</span></p>'
        '<div class="post-author-box"><span class="surname">Lee</span></div>'
        '<span class="author surname">Smith</span></body></html>')
    assert docbook_authors(root) == ["Andreas Barth", "Jo Roe"]


def test_author_tags_and_meta_tags_read_a_tag_key_the_same_way():
    """One rule for a meta tag's key (meta._tag_key): the author tags and meta_tags both read "DC.Creator" as
    "dc.creator", whatever attribute carries it."""
    from lxml.html import fromstring

    from scoexport.parse.html.meta import _tag_key

    head = fromstring('<html><head><meta name=" DC.Creator " content="Jo Roe"><meta property="og:title" content="T">'
                      '<meta content="x"></head><body><p>x</p></body></html>')
    assert [_tag_key(el) for el in head.iter("meta")] == ["dc.creator", "og:title", ""]
