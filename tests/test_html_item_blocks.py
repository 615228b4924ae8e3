"""A list item, a definition or a table cell that holds blocks of its own (HTML's flow content): each paragraph,
listing and sublist in it is a paragraph, and a listing is code, wherever it is set (pages of our own, shaped as
Sphinx, DocBook and Texinfo write a manual's lists: `<li><p>...</p><div class="highlight"><pre>...</pre></div>`)."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_PROSE = ("The garden club meets on the first Monday of each month in the library, and anyone who grows vegetables, "
          "flowers or herbs is welcome to come along and share what worked this season.")


def _blocks(article: str) -> dict[str, str]:
    page = (f"<html><head><title>Notes</title></head><body><div class='body' role='main'><h1>Notes</h1>"
            f"<p>{_PROSE}</p>{article}<p>{_PROSE}</p></div></body></html>")
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return {" ".join(ln.text for ln in b.lines): b.kind for b in parsed.blocks}


def test_a_list_items_session_is_a_code_paragraph_between_its_sentences() -> None:
    item = ("<ul><li><p>The new helper rounds a price to whole cents:</p>"
            "<div class='highlight-pycon'><div class='highlight'><pre>&gt;&gt;&gt; cents(12.3456)\n1235</pre></div></div>"
            "<p>It was added for the shop's weekly report.</p></li></ul>")
    kinds = _blocks(item)
    assert kinds["The new helper rounds a price to whole cents:"] == "body"
    assert kinds[">>> cents(12.3456) 1235"] == "code"
    assert kinds["It was added for the shop's weekly report."] == "body"


def test_a_definitions_paragraphs_and_listing_are_paragraphs_of_their_own() -> None:
    definition = ("<dl><dt>plant(name, row)</dt><dd><p>Adds a plant to a bed.</p><p>Rows count from the gate.</p>"
                  "<pre class='literal-block'>plant('leek', 3)</pre></dd></dl>")
    kinds = _blocks(definition)
    assert kinds["Adds a plant to a bed."] == "body"
    assert kinds["Rows count from the gate."] == "body"
    assert kinds["plant('leek', 3)"] == "code"


def test_a_sublist_is_items_of_its_own_and_its_links_are_weighed_with_the_item() -> None:
    # a sentence over a sublist of links (a manual's "Examples:" and the functions it names): the sublist's items are
    # paragraphs of their own, kept as they were when the item was one unit (their links weighed with the sentence)
    item = ("<ul><li><p>Several of the club's old leaflets were rewritten this year, with new drawings of each plant "
            "and a longer list of the pests to watch for in a wet summer. Examples:</p>"
            "<ul><li><p><a href='leeks.html'>Leeks</a></p></li><li><p><a href='beans.html'>Beans</a></p></li></ul>"
            "</li></ul>")
    kinds = _blocks(item)
    assert kinds["Leeks"] == "body" and kinds["Beans"] == "body"
    assert any(text.endswith("Examples:") for text in kinds)


def test_a_cells_listing_is_code_and_its_words_stay_the_cells() -> None:
    table = ("<table><tr><th>Call</th><th>What it does</th></tr>"
             "<tr><td><p>Weighs a basket</p><pre class='literal-block'>weigh(basket, 2)</pre></td>"
             "<td>Returns the weight</td></tr></table>")
    kinds = _blocks(table)
    assert kinds["weigh(basket, 2)"] == "code"
    assert kinds["Weighs a basket"] == "table"  # a cell's paragraph is its value, not a paragraph of its own


def test_an_items_byline_mark_holds_for_the_whole_item_not_for_each_paragraph_in_it() -> None:
    # a reader's comment set as a list item named for its author (WordPress: "comment-author-jdoe"): the item holds the
    # name, the date and the comment's paragraphs, none of which is a byline of the article
    comments = ("<ol class='commentlist'><li class='comment byuser comment-author-quill'>"
                "<div class='comment-meta'>Pat Quill, 12 March 2020</div><p>Lovely beds this year!</p><p>Like</p>"
                "</li></ol>")
    page = (f"<html><head><title>Notes</title></head><body><article><h1>Notes</h1><p>{_PROSE}</p><p>{_PROSE}</p>"
            f"</article>{comments}</body></html>")
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    assert "Like" not in parsed.authors.bylines and "Lovely beds this year!" not in parsed.authors.bylines
