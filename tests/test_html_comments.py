"""Reader comments, read-also boxes and the article's header on HTML pages: pages of our own, shaped as blog
and CMS templates shape them (WordPress's comment list, SPIP's forum under a counting heading)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.parse.html.furniture import comment_heading, cross_reference
from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_POST = ("<p>The ferry to the northern islands stopped running in March, and the villages on the far shore have "
         "waited since for a boat that the county keeps promising for the summer.</p>"
         "<p>Fishermen now carry the post across twice a week, and the school has moved its lessons online until "
         "the crossing opens again, which the county says will be in June.</p>")
_COMMENT = ("<p>I grew up on the far shore and we had the same trouble in the nineties, when the old boat "
            "broke down and nobody came for a whole winter. Keep writing about it, {name}.</p>")


def _blocks(body: str) -> list[tuple[str, str]]:
    page = f"<html><head><title>Ferry</title></head><body>{body}</body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return [(b.kind, " ".join(ln.text for ln in b.lines)) for b in parsed.blocks]


def _texts(body: str) -> str:
    return " | ".join(t for _, t in _blocks(body))


def _thread(n: int, item: str = "<li class='comment'><cite>Reader {i}</cite>{text}</li>") -> str:
    return "".join(item.format(i=i, text=_COMMENT.format(name=f"friend {i}")) for i in range(n))


def test_a_comment_list_longer_than_the_post_is_left_out() -> None:
    body = (f"<article><h1>The ferry</h1><div class='entry'>{_POST}</div>"
            f"<div id='comments' class='comments-area'><ol class='comment-list'>{_thread(12)}</ol></div></article>")
    texts = _texts(body)
    assert "Fishermen now carry the post" in texts
    assert "far shore and we had" not in texts and "Reader 3" not in texts


def test_comments_under_a_heading_that_counts_them_are_left_out_whatever_their_markup() -> None:
    thread = _thread(9, "<li class='fil'><div class='top'><b>Reader {i}</b></div>{text}</li>")
    body = (f"<div id='content'><h1>The ferry</h1><div class='texte'>{_POST}</div></div>"
            f"<div class='side'><div class='bloc'><h2>9 commentaires</h2><ul>{thread}</ul></div></div>")
    texts = _texts(body)
    assert "Fishermen now carry the post" in texts
    assert "9 commentaires" not in texts and "far shore and we had" not in texts


def test_a_sidebar_holding_the_comments_is_judged_by_its_own_text() -> None:
    side = ("<div id='navigation'><div class='blurb'><h2>Island notes</h2><p>A blog about the islands, their "
            "boats and their schools, written from the harbour office since 2009.</p></div>"
            f"<div class='bloc'><h2>14 comments</h2><ul>{_thread(14, '<li>{text}</li>')}</ul></div></div>")
    texts = _texts(f"<div id='content'><h1>The ferry</h1>{_POST}</div>{side}")
    assert "Fishermen now carry the post" in texts
    assert "A blog about the islands" not in texts


def test_a_page_of_comments_alone_keeps_them() -> None:
    """A thread with no post of its own (a forum's page) has nothing else to give."""
    texts = _texts(f"<div class='comments'><ol>{_thread(5, '<li>{text}</li>')}</ol></div>")
    assert "far shore and we had" in texts


def test_a_count_of_comments_that_links_down_to_them_opens_no_section() -> None:
    body = f"<article><h1>The ferry</h1><h3><a href='#comments'>4 comments</a></h3>{_POST}</article>"
    assert "Fishermen now carry the post" in _texts(body)


def test_a_section_about_comments_without_a_count_stays() -> None:
    body = ("<article><h1>Writing code</h1><h2>Comments</h2><p>A comment starts with a hash sign and runs to the end of "
            "the line; the interpreter skips it, so it can say anything that helps a reader of the program.</p></article>")
    assert "A comment starts with a hash sign" in _texts(body)


@pytest.mark.parametrize("text", ["27 commentaires", "1 Kommentar", "Kommentare (3)", "2 Comentários", "Comments: 12",
                                  "One thought on “The ferry”", "12 Responses to \"The ferry\"", "5 комментариев",
                                  "No comments:"])
def test_a_heading_counting_comments_opens_them(text: str) -> None:
    assert comment_heading(text)


@pytest.mark.parametrize("text", ["Comments", "Reader comments and the law", "3 comments on the budget",
                                  "2 thoughts on why ferries fail", "Commentaires"])
def test_a_heading_that_counts_nothing_or_says_more_opens_nothing(text: str) -> None:
    assert not comment_heading(text)


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=0, max_value=40))
def test_the_article_does_not_depend_on_how_many_comments_follow_it(n: int) -> None:
    heading = f"<h2>{n} comments</h2>" if n else ""
    body = (f"<div class='main'><h1>The ferry</h1>{_POST}</div>"
            f"<div class='discussion'>{heading}<ul>{_thread(n, '<li>{text}</li>')}</ul></div>")
    assert [b for b in _blocks(body) if b[0] == "body"] == [b for b in _blocks(body.split("<div class='discussion'>")[0])
                                                            if b[0] == "body"]


def test_a_read_also_box_inside_the_text_is_left_out() -> None:
    box = ("<q class='see'>Lire aussi Jeanne Martin, « <a href='/other'>Les bacs du Nord</a> », La Gazette, mai 2018.</q>")
    body = f"<article><h1>The ferry</h1><div class='texte'>{box}{_POST}</div></article>"
    texts = _texts(body)
    assert "Lire aussi" not in texts and "Fishermen now carry the post" in texts


@pytest.mark.parametrize(("text", "links", "is_box"), [
    ("READ MORE: County promises a boat by June", 40, True),
    ("Lesen Sie auch: «Die Fähre fährt wieder»", 30, True),
    ("Read more about the ferry's history in the county archive, which opens on Mondays.", 20, False),
    ("Related to this, the county has cut the school bus.", 10, False),
    ("See also: the timetable", 0, False),  # no link: no box pointing elsewhere
])
def test_a_read_also_label_with_a_link_makes_a_box(text: str, links: int, is_box: bool) -> None:
    assert cross_reference(text, links) is is_box


def test_the_standfirst_between_the_title_and_the_text_stays_and_its_dateline_names_the_author() -> None:
    from scoexport.clean import clean

    body = ("<div class='article'><div class='cartouche'><h1>The ferry</h1><div class='chapo'><p>Six months without a "
            "boat have taught the islands to live on their own, and the county has noticed only now that they "
            "manage.</p></div><div class='dates_auteurs'>par <span class='auteurs'>Jeanne Martin</span>, "
            f"21 juin 2018</div></div><div class='texte'>{_POST}{_POST}</div><div class='tags'><a href='/t'>Islands</a>"
            "</div></div>")
    assert "Six months without a boat" in _texts(body)
    page = f"<html><head><title>Ferry</title></head><body>{body}</body></html>"
    _, _, metadata = clean(parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html")))
    assert metadata.authors == ["Jeanne Martin"]


def test_a_time_element_closing_the_article_stays_a_dateline() -> None:
    body = (f"<article><h1>The ferry</h1><div class='body'>{_POST}{_POST}"
            "<time datetime='2020-04-03T10:35:41Z'>Publiziert: 03.04.2020, 12:35</time></div></article>")
    blocks = _blocks(body)
    assert ("dateline", "Publiziert: 03.04.2020, 12:35") in blocks
    # a paragraph that holds a <time> among its words stays text
    body = (f"<article><h1>The ferry</h1><div class='body'>{_POST}<p>The county met on <time datetime='2020-04-03'>3 April"
            "</time> and set no date for the new boat.</p></div></article>")
    assert ("body", "The county met on 3 April and set no date for the new boat.") in _blocks(body)


def test_a_post_wrapper_named_for_its_date_makes_no_byline_of_its_title() -> None:
    """Blogger files each post under a "date-outer" wrapper: what it holds is the post, not a byline."""
    body = (f"<div class='date-outer'><div class='date-posts'><div class='post-outer'><h3 class='post-title'>"
            f"Interview mit Jeanne Martin</h3><div class='post-body'>{_POST * 4}</div></div></div></div>")
    page = f"<html><head><title>Ferry</title></head><body>{body}</body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    assert not any("Jeanne Martin" in b for b in parsed.authors.bylines)


def test_a_card_pointing_to_another_story_is_no_part_of_the_article() -> None:
    """HTML's nesting: an <article> inside another is a related item (a card) or a comment."""
    card = ("<section class='inline'><article><h4><a href='/other'>Boats of the north</a></h4><span class='who'>di "
            "Jeanne Martin</span> <time datetime='2023-10-26'>26 Ottobre 2023</time></article></section>")
    texts = _texts(f"<article><h1>The ferry</h1><div class='body'>{_POST}{card}{_POST}</div></article>")
    assert "Jeanne Martin" not in texts and "Fishermen now carry the post" in texts


@pytest.mark.parametrize("marks", ["itemprop='comment'", "itemtype='https://schema.org/Comment'",
                                   "itemtype='http://schema.org/UserComments'"])
def test_microdata_marking_a_comment_makes_it_one(marks: str) -> None:
    thread = "".join(f"<div {marks}><span itemprop='author'>Reader {i}</span>{_COMMENT.format(name='all')}</div>"
                     for i in range(10))
    page = (f"<html><head><title>Ferry</title></head><body><div class='main'><h1>The ferry</h1>{_POST}</div>"
            f"<div class='discussion'>{thread}</div></body></html>")
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    texts = " | ".join(" ".join(ln.text for ln in b.lines) for b in parsed.blocks)
    assert "far shore and we had" not in texts and "Fishermen now carry the post" in texts
    assert parsed.authors.itemprop is None  # a reader is no author of the page


@pytest.mark.parametrize("marks", ["itemprop='comment'", "class='comment'"])
def test_a_nested_article_marked_as_a_comment_is_one_whatever_its_share(marks: str) -> None:
    """A comment set as an <article> inside the post's (WordPress, schema.org's markup) is a comment, left out
    even where the thread is longer than the post, not a card judged by its share of the text."""
    from lxml import html as lxml_html

    from scoexport.parse.html.furniture import furniture_mark

    thread = "".join(f"<article {marks}><b>Reader {i}</b>{_COMMENT.format(name='all')}</article>" for i in range(12))
    body = f"<article><h1>The ferry</h1><div class='entry'>{_POST}</div><section>{thread}</section></article>"
    nested = lxml_html.fromstring(f"<html><body>{body}</body></html>").xpath("//article//article")[0]
    assert furniture_mark(nested, "article") == "comments"
    texts = _texts(body)
    assert "Fishermen now carry the post" in texts and "far shore and we had" not in texts
    # an unmarked nested article is still a card, judged by its share
    plain = lxml_html.fromstring("<html><body><article><article><p>x</p></article></article></body></html>")
    assert furniture_mark(plain.xpath("//article//article")[0], "article") == "soft"


def test_a_line_of_a_date_label_and_its_date_closing_the_article_is_a_dateline() -> None:
    """WordPress themes close a post with its dates in a box named "post-meta", no byline word: the line says
    what it is itself, a label and a date and no sentence."""
    meta = ("<div class='post-meta'><p><i>Pubblicato il:&nbsp;</i> <span class='date'>30 Settembre 2020 </span><br>"
            "<i>Ultimo aggiornamento:&nbsp;</i> <span class='date'>30 Settembre 2020 </span></p></div>")
    blocks = _blocks(f"<article><h1>The ferry</h1><div class='body'>{_POST}{_POST}{meta}</div></article>")
    assert ("dateline", "Pubblicato il: 30 Settembre 2020 Ultimo aggiornamento: 30 Settembre 2020") in blocks
    # a sentence opening with the label stays text
    note = "<p>Updated on 3 April 2020: the county has since named a date for the new boat, the first of June.</p>"
    blocks = _blocks(f"<article><h1>The ferry</h1><div class='body'>{_POST}{note}</div></article>")
    assert ("body", "Updated on 3 April 2020: the county has since named a date for the new boat, the first of June.") in blocks


@pytest.mark.parametrize("name", ["t-preface article-preface", "article-ingress", "c-preamble"])
def test_a_standfirst_named_preface_ingress_or_preamble_stays(name: str) -> None:
    """Nordic newsrooms call the standfirst the "ingress", other templates its "preface" or "preamble"."""
    lead = ("Six months without a boat have taught the islands to live on their own, and the county has noticed "
            "only now that they manage.")
    body = (f"<div class='article'><h1>The ferry</h1><div class='{name}'>{lead}</div>"
            f"<div class='t-body'>{_POST}{_POST}</div></div>")
    assert lead in _texts(body)


def test_a_nested_article_named_by_a_content_word_is_a_card_unless_the_word_names_a_body() -> None:
    """Cards pointing to other stories are <article class="story-card"> inside the article: "story" names content,
    but only a body's own name ("message-body", "articleBody") makes a nested article its parent's text."""
    from lxml import html as lxml_html

    from scoexport.parse.html.furniture import furniture_mark

    card = ("<article class='story-card'><h3><a href='/x{i}'>Harbour works begin</a></h3><p>Residents of the "
            "harbour district will see the first cranes next week, when the works on the new quay begin.</p></article>")
    body = f"<article><h1>The ferry</h1><div class='entry'>{_POST}</div>{card.format(i=1)}{card.format(i=2)}</article>"
    assert "Residents of the harbour" not in _texts(body) and "Fishermen now carry the post" in _texts(body)
    page = lxml_html.fromstring(f"<html><body>{body}<article><article class='message-body'><p>x</p>"
                                "</article></article></body></html>")
    assert furniture_mark(page.xpath("//article[@class='story-card']")[0], "article") == "soft"
    assert furniture_mark(page.xpath("//article[@class='message-body']")[0], "article") is None


def test_a_dated_label_line_within_the_text_is_text() -> None:
    """Past the article's first paragraph, a line opening with a date label is the text's unless it is labels and
    dates and nothing else and closes the article: an update note or an event's date keep their facts."""
    note = "<p>Updated: 1 March 2021 - the budget grows by 4.5 million euros and 120 jobs</p>"
    blocks = _blocks(f"<article><h1>The ferry</h1><div class='body'>{_POST}{note}{_POST}</div></article>")
    assert ("body", "Updated: 1 March 2021 - the budget grows by 4.5 million euros and 120 jobs") in blocks
    blocks = _blocks(f"<article><h1>The ferry</h1><div class='body'>{_POST}{note}</div></article>")
    assert ("body", "Updated: 1 March 2021 - the budget grows by 4.5 million euros and 120 jobs") in blocks
    event = "<h2>Harbour day</h2><p>Date: 12 March 2021</p>"
    blocks = _blocks(f"<article><h1>The ferry</h1><div class='body'>{_POST}{event}{_POST}</div></article>")
    assert ("body", "Date: 12 March 2021") in blocks
