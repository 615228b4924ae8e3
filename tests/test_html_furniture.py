"""HTML furniture that sits among the article's paragraphs: captions set in divs, photo galleries, a
heading over a list of links. Pages of our own."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_PARA = ("The council met on a grey morning to decide the fate of the old harbour wall, which has stood "
         "for two centuries and now leans towards the water after the winter storms.")


def _page(inner: str) -> list[tuple[str, str]]:
    body = f"<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>{inner}</article></body></html>"
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    return [(b.kind, " ".join(ln.text for ln in b.lines)) for b in parsed.blocks]


def test_a_div_whose_class_says_caption_is_a_caption() -> None:
    blocks = _page(f"<p>{_PARA}</p><div class='photo-caption-full'>Workers shore up the wall on Tuesday.</div><p>{_PARA}</p>")
    assert ("caption", "Workers shore up the wall on Tuesday.") in blocks
    assert [k for k, _ in blocks].count("body") == 2


def test_a_credit_a_figure_holds_beside_its_picture_is_a_caption() -> None:
    figure = ("<figure><img src='wall.jpg' alt='The wall'><span class='image-meta'><figcaption>The wall leans "
              "towards the water.</figcaption><cite>Jo Marlow/Harbour Times/Pictures Ltd</cite></span></figure>")
    blocks = _page(f"<p>{_PARA}</p>{figure}<p>{_PARA}</p>")
    assert not [k for k, t in blocks if "Jo Marlow" in t and k == "body"]
    assert [k for k, _ in blocks].count("body") == 2


def test_a_photo_gallery_is_furniture() -> None:
    gallery = "<div class='photo-gallery'><ul><li>Stones piled by the quay after the storm of last year.</li></ul></div>"
    blocks = _page(f"<p>{_PARA}</p>{gallery}<p>{_PARA} It will be rebuilt.</p>")
    assert not [t for _, t in blocks if "Stones piled" in t]


def test_a_heading_over_left_out_links_is_left_out_and_an_article_heading_stays() -> None:
    links = "".join(f"<li class='recirc-item'><a href='/n{i}'>Another story about a different town number {i}</a></li>"
                    for i in range(4))
    inner = (f"<p>{_PARA}</p><div class='content-more'><h4>Trending Now</h4><ul>{links}</ul></div>"
             f"<h2>What comes next</h2><div class='ad'>Advertisement</div><p>{_PARA} Work starts in spring.</p>")
    blocks = _page(inner)
    assert ("heading", "What comes next") in blocks
    assert not [t for _, t in blocks if t == "Trending Now"]


def test_a_line_asking_to_follow_the_page_on_social_networks_is_furniture() -> None:
    from scoexport.clean import clean
    from scoexport.clean.kinds import is_follow_line

    body = (f"<html><body><article><h1>Harbour wall</h1><p>{_PARA}</p><p>Follow the Harbour Gazette opinion desk on "
            "Facebook, Twitter and Instagram.</p><p>Like many towns, ours trusts its wall on stormy nights.</p>"
            "</article></body></html>")
    blocks, artifacts, _ = clean(parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html")))
    assert not [b for b in blocks if "Follow the" in b.text] and any("Follow the" in a.text for a in artifacts)
    assert not is_follow_line("Like many towns, ours trusts its wall on stormy nights.")
    assert is_follow_line("Enjoyed this report? Share it with a neighbour!")
    assert not is_follow_line("We share this harbour with the fishing fleet.")
    assert not is_follow_line("Follow the money, she said, " + "and the trail leads far " * 5 + "on Twitter.")


def test_a_standfirst_outside_the_texts_container_is_the_articles_opening() -> None:
    lead = "Three ferries were held in port on Monday as the storm that flooded the quay moved north along the coast."
    body = (f"<html><head><title>Harbour wall</title></head><body><div class='top'><h1>Harbour wall</h1>"
            f"<div class='article__summary'>{lead}</div><div class='menu'><a href='/a'>News</a></div></div>"
            f"<div class='article-body'><p>{_PARA}</p><p>{_PARA} More follows.</p><p>{_PARA} The end.</p></div></body></html>")
    blocks = [(b.kind, " ".join(ln.text for ln in b.lines))
              for b in parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html")).blocks]
    assert blocks[0] == ("title", "Harbour wall") and blocks[1] == ("body", lead)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="aZb9 -_éÉİx", max_size=12), st.text(alphabet="aZb9 -_éÉx", max_size=6))
def test_class_words_are_cut_at_camel_case_and_punctuation_either_way(class_: str, id_: str) -> None:
    """Lower-case attributes take a simpler split; the words are those of the camelCase rule."""
    import re

    from scoexport.parse.html.furniture import _class_and_id_words

    general = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
    _class_and_id_words.cache_clear()
    assert _class_and_id_words(class_, id_) == frozenset(w.lower() for w in general.split(f"{class_} {id_}") if w)


def test_a_blog_archive_list_is_furniture() -> None:
    items = "".join(f"<li class='archive-item'><span class='archive-item-date-before'>Mar {d}, 2017</span>"
                    f"<a href='/n{d}'>Skavlan, Sweden</a><span class='archive-item-date-after'>Mar {d}, 2017</span></li>"
                    for d in (9, 10, 11, 14))
    archive = (f"<ul class='archive-group-list'><li class='archive-group'><a class='archive-group-name-link' "
               f"href='/news?month=03-2017'>March 2017</a><ul class='archive-item-list'>{items}</ul></li></ul>")
    blocks = _page(f"<p>{_PARA}</p><p>{_PARA} Work starts in spring.</p>{archive}")
    assert not [t for _, t in blocks if "2017" in t]
    assert [k for k, _ in blocks].count("body") == 2


def test_a_standfirst_in_the_articles_own_header_is_its_opening() -> None:
    # HTML's <header> inside an <article> heads that text (title, standfirst, byline): no banner of the page; its
    # standfirst's class names nothing the vocabulary knows
    lead = "The harbour board will vote next week on whether the leaning wall is mended or pulled down before spring."
    body = (f"<html><head><title>Harbour wall</title></head><body><header class='site'><nav><a href='/'>Home</a>"
            f"</nav></header><article><header class='post-top'><div class='post-top__date'>4 March</div>"
            f"<h1>Harbour wall</h1><div class='post-top__text'>{lead}</div></header>"
            f"<div class='article-body'><p>{_PARA}</p><p>{_PARA} More follows.</p><p>{_PARA} The end.</p></div>"
            f"</article></body></html>")
    blocks = [(b.kind, " ".join(ln.text for ln in b.lines))
              for b in parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html")).blocks]
    assert ("body", lead) in blocks
    assert not any("Home" in text for _, text in blocks)


def test_a_header_of_the_page_holds_no_standfirst() -> None:
    # the page's own banner, outside the article, says what the site is: no opening of the article
    claim = "We report on the harbour towns of the north coast every day, from the quays to the council chambers."
    body = (f"<html><head><title>Harbour wall</title></head><body><header class='site'><h1>Harbour wall</h1>"
            f"<div class='site__claim'>{claim}</div></header><div class='article-body'><p>{_PARA}</p>"
            f"<p>{_PARA} More follows.</p><p>{_PARA} The end.</p></div></body></html>")
    blocks = [(b.kind, " ".join(ln.text for ln in b.lines))
              for b in parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html")).blocks]
    assert not any(text == claim for _, text in blocks)
