"""The article's opening paragraphs set apart from the container that wins the vote: a free lead before a
paywall's block, a first block and a "continued" block. Pages of our own, shaped as news sites set them."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_REST = [f"Paragraph {i} of the story tells how the harbour wall was shored up, stone by stone, by a crew of "
         f"volunteers who came from the villages along the coast, and what the council will pay for." for i in range(6)]


def _blocks(body: str) -> list[tuple[str, str]]:
    page = f"<html><head><title>Harbour wall falls</title></head><body>{body}</body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return [(b.kind, " ".join(ln.text for ln in b.lines)) for b in parsed.blocks]


def _body_texts(body: str) -> list[str]:
    return [t for k, t in _blocks(body) if k == "body"]


def test_a_free_lead_before_the_paywalled_block_is_the_opening() -> None:
    rest = "".join(f"<p>{t}</p>" for t in _REST)
    page = ("<h1>Harbour wall falls</h1><span class='author-name'>By Jo Marlow</span>"
            "<div class='paywall-wrapper'><p>A STORM brought down the harbour wall overnight.</p>"
            "<p>The wall had stood for two centuries at the mouth of the river before the winter gales.</p>"
            f"<div id='subscription-content'>{rest}</div></div>")
    texts = _body_texts(page)
    assert texts[0] == "A STORM brought down the harbour wall overnight."
    assert texts[1].startswith("The wall had stood")
    assert len(texts) == 2 + len(_REST)


def test_a_first_block_before_the_continued_contents_is_the_opening() -> None:
    first = "".join(f"<p>{t}</p>" for t in ("Today the council voted to rebuild the harbour wall, which fell in the "
                                            "storm, at a cost it has not yet said.", "The vote was close."))
    rest = "".join(f"<p>{t}</p>" for t in _REST)
    page = ("<h1>Harbour wall falls</h1><div class='layout'><div id='post-contents'><div class='grid'><div class='text'>"
            f"{first}</div></div></div><div><div id='post-continued-contents'><div class='text'>{rest}</div></div>"
            "</div></div>")
    texts = _body_texts(page)
    assert texts[:2] == ["Today the council voted to rebuild the harbour wall, which fell in the storm, at a cost it "
                         "has not yet said.", "The vote was close."]


def test_the_run_stops_at_a_caption_set_after_its_picture_and_at_a_label() -> None:
    rest = "".join(f"<p>{t}</p>" for t in _REST)
    caption = ("<div class='media'><div><img src='wall.jpg'></div><p>Volunteers carry stones to the quay after the "
               "storm that brought the old wall down last week.</p></div>")
    page = (f"<h1>Harbour wall falls</h1>{caption}<div><p>Read more</p></div>"
            f"<div class='wrap'><p>The wall fell on Sunday night.</p><div id='main-text'>{rest}</div></div>")
    texts = _body_texts(page)
    assert texts[0] == "The wall fell on Sunday night."
    assert not [t for t in texts if t.startswith("Volunteers") or t == "Read more"]


def test_a_paragraph_of_links_before_the_text_is_not_its_opening() -> None:
    rest = "".join(f"<p>{t}</p>" for t in _REST)
    links = ("<p><a href='/a'>Storm closes the ferry to the islands for a week</a> and "
             "<a href='/b'>Council sets the budget for the coming year</a></p>")
    page = f"<h1>Harbour wall falls</h1><div class='wrap'>{links}<div id='main-text'>{rest}</div></div>"
    assert not [t for t in _body_texts(page) if t.startswith("Storm closes")]


def _item(i: int, hidden: bool) -> str:
    hide = " hidden' style='display: none;" if hidden else ""
    return (f"<div class='gallery--section{hide}'><h2>{30 - i}. A lamp shaped like item {i}</h2><p>This lamp number {i} "
            f"lights a whole room with a warm glow and folds flat into a drawer when the evening is over.</p></div>")


def test_the_pages_of_a_list_article_shown_one_at_a_time_are_its_text() -> None:
    items = "".join(_item(i, hidden=i > 0) for i in range(6))
    texts = _body_texts(f"<h1>Lamps we love</h1><div class='gallery'>{items}</div>")
    assert len([t for t in texts if t.startswith("This lamp number")]) == 6


def test_hidden_twins_without_a_shown_one_and_a_hidden_menu_stay_out() -> None:
    items = "".join(_item(i, hidden=True) for i in range(3))
    menu = ("<div class='modal' style='display:none'><p>Sign up to our newsletter to hear about every new lamp we "
            "review, twice a week, straight to your inbox.</p></div>")
    rest = "".join(f"<p>{t}</p>" for t in _REST)
    texts = _body_texts(f"<h1>Lamps we love</h1>{menu}<div class='gallery'>{items}</div><div>{rest}</div>")
    assert not [t for t in texts if t.startswith(("This lamp number", "Sign up"))]
    assert len(texts) == len(_REST)
