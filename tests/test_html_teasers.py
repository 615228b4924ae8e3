"""Teaser cards among or after the article's text: each another article's title as a block that is a link, with its
date, author and a cut excerpt, repeated in wrappers of one tag and class (`parse.html.teasers`). Pages of our own."""
from __future__ import annotations

import lxml.html

from scoexport.parse.html.page import parse_html
from scoexport.parse.html.teasers import teaser_cards
from scoexport.records import Source

_PARA = ("The orchard association planted forty new pear trees along the river path on Saturday, after two years "
         "of talks with the landowners, and it hopes to harvest the first fruit within five years.")


def _texts(inner: str) -> list[str]:
    body = (f"<html><head><title>Pear trees</title></head><body><article class='article-content'><h1>Pear trees</h1>"
            f"<p>{_PARA}</p><p>{_PARA} The mayor came too.</p>{inner}</article></body></html>")
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    return [" ".join(ln.text for ln in b.lines) for b in parsed.blocks]


def _cards(titled: str, n: int = 4, host: str = "") -> str:
    items = []
    for i in range(n):
        href = f"{host}/news/story-{i}/"
        title = titled.format(href=href, title=f"Beekeepers count their colonies in spring number {i}")
        items.append(f"<div class='article-latest-item'>{title}<span class='date'>{i + 2} Stunden ago</span>"
                     f"<p>The colonies came through the winter better than in any year since the survey began and "
                     f"the keepers expect...</p></div>")
    return f"<div class='article-latest'><h2>More news</h2>{''.join(items)}</div>"


def test_a_run_of_cards_headed_by_linked_titles_is_furniture_whatever_the_class_says() -> None:
    for titled in ("<h3><a href='{href}'>{title}</a></h3>", "<a href='{href}'><h3>{title}</h3></a>",
                   "<div class='item-title'><a href='{href}'>{title}</a></div>"):
        texts = _texts(_cards(titled))
        assert not [t for t in texts if "colonies" in t or "Stunden" in t], titled
        assert sum(_PARA in t for t in texts) == 2


def test_links_inside_the_text_make_no_cards() -> None:
    # a list in the text names its sources inside its sentences: each item is text, not a title that is a link
    items = "".join(f"<li class='source'><a href='https://site{i}.example/report'>Report {i}</a> counts the colonies "
                    f"of the valley and finds them stronger than in the year before.</li>" for i in range(4))
    texts = _texts(f"<ul>{items}</ul>")
    assert sum("counts the colonies" in t for t in texts) == 4


def test_cards_need_a_run_of_three_pointing_to_one_site() -> None:
    titled = "<h3><a href='{href}'>{title}</a></h3>"
    two = _texts(_cards(titled, n=2))
    assert sum("colonies came through" in t for t in two) == 2  # a previous and a next are no list
    many_sites = "".join(f"<div class='pick'><h3><a href='https://site{i}.example/a'>Title {i}</a></h3>"
                         f"<p>Why it is worth reading.</p></div>" for i in range(4))
    assert not teaser_cards(lxml.html.fromstring(f"<div>{many_sites}</div>"))  # a list of sources points to many sites
    one_site = many_sites.replace("https://site", "https://one.example/site")
    assert len(teaser_cards(lxml.html.fromstring(f"<div>{one_site}</div>"))) == 4
