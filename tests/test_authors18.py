"""Who made a manual's page that names no author: the holder of the copyright notice its footer licenses the page
under; and every author a field list gives where reStructuredText repeats the field (authors18). Pages of our own,
made up in the shape of the causes."""
from __future__ import annotations

from scoexport.clean import clean
from scoexport.parse.html.doc_authors import field_list_authors, licensed_holder
from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_PARA = ("The lighthouse keepers log the weather every four hours, and the log goes to the coastguard at the end of "
         "each month, together with the list of ships that passed the point.")


def _authors(article: str, footer: str = "") -> list[str]:
    body = (f"<html><head><title>Keeping the light</title></head><body><div class='section'><h1>Keeping the light</h1>"
            f"{article}<p>{_PARA}</p><p>{_PARA}</p></div>{footer}</body></html>")
    return clean(parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html")))[2].authors


def test_a_footer_notice_that_licenses_the_page_names_its_maker() -> None:
    sphinx = ("<div class='footer'>&copy; <a href='copyright.html'>Copyright</a> 2009-2025, Lighthouse Keepers Guild."
              "<br>This page is licensed under the Keepers Documentation Licence.<br>Last updated on May 02, 2025.</div>")
    assert _authors("", sphinx) == ["Lighthouse Keepers Guild"]
    plain = ("<div id='footer'><p class='maker'>Copyright 2025 The Harbour Works Society.<br>Licensed under the "
             "Harbour License, Version 1.0.</p></div>")
    assert _authors("", plain) == ["The Harbour Works Society"]
    french = "<footer><p>Copyright 2025 Nordic Lamp Makers, Inc.<br>Autorisé sous la licence Phares 2.0.</p></footer>"
    assert _authors("", french) == ["Nordic Lamp Makers, Inc."]
    # a section whose id says "time" is marked as a dateline's unit, but names nobody: the notice still speaks
    timed = f"<h2 id='run-time'>Settings read at run time</h2><p>{_PARA}</p>"
    assert _authors(timed, plain) == ["The Harbour Works Society"]


def test_a_notice_that_reserves_its_rights_or_stands_in_the_text_names_no_one() -> None:
    assert _authors("", "<footer><p>© 2025 Harbour Media GmbH. All rights reserved.</p></footer>") == []
    quoted = ("<p>Each file opens with a header such as Copyright 2025 Mara Quell, licensed under the Lamp License, "
              "which the keepers copy into the log.</p>")
    assert _authors(quoted) == []
    listing = "<pre># Copyright 2025 Mara Quell\n# Licensed under the Lamp License, Version 2.0</pre>"
    assert _authors(listing) == []
    assert _authors("", "<footer><p>Copyright The Harbour Works Society. Licensed under the Lamp License.</p></footer>") == []


def test_a_byline_or_an_author_field_comes_before_the_notice() -> None:
    footer = "<div class='footer'>© Copyright 2025, Lighthouse Keepers Guild. Licensed under the Keepers Licence.</div>"
    fields = "<dl class='field-list'><dt>Author:</dt><dd><p>Mara Quell</p></dd></dl>"
    assert _authors(fields, footer) == ["Mara Quell"]
    assert _authors("<p class='byline'>By Tomas Ekberg</p>", footer) == ["Tomas Ekberg"]


def test_licensed_holder_reads_the_footer_only() -> None:
    import lxml.html

    page = lxml.html.fromstring("<html><body><p>Copyright 2025 Ann Vale. Licensed under the Lamp License.</p>"
                                "<div class='site-footer'><small>(c) 2020-2025 Ann Vale and Bo Strand. Content licensed "
                                "under Creative Commons BY 4.0.</small></div></body></html>")
    assert licensed_holder(page) == ["Ann Vale", "Bo Strand"]


def test_every_author_entry_of_a_field_list_is_read() -> None:
    import lxml.html

    page = lxml.html.fromstring(
        "<html><body><dl class='field-list'><dt>author<span class='colon'>:</span></dt><dd><p>Mara Quell</p></dd>"
        "<dt>author<span class='colon'>:</span></dt><dd><p>Tomas Ekberg</p></dd><dt>Release:</dt><dd><p>2.1</p></dd>"
        "</dl><dl><dt>Author:</dt><dd>Someone Quoted</dd></dl></body></html>")
    assert field_list_authors(page) == ["Mara Quell", "Tomas Ekberg"]
    assert _authors("<dl class='field-list'><dt>Author:</dt><dd><p>Mara Quell</p></dd><dt>Author:</dt>"
                    "<dd><p>Tomas Ekberg</p></dd></dl>") == ["Mara Quell", "Tomas Ekberg"]


def _kinds(inner: str) -> dict[str, str]:
    body = f"<html><head><title>Manual</title></head><body>{inner}</body></html>"
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    return {" ".join(ln.text for ln in b.lines): b.kind for b in parsed.blocks}


def test_a_sections_anchor_named_for_its_subject_marks_no_byline() -> None:
    contents = "<ul class='toc'><li><a href='#build-time'>Settings read at build time</a></li></ul>"
    section = (f"<div class='section'><h2 id='build-time'>Settings read at build time</h2><p>{_PARA}</p>"
               f"<p>{_PARA}</p></div>")
    assert _kinds(contents + section).get("Settings read at build time") == "heading"
    # the same id no link points to is a template's mark, as a byline box's class is
    article = f"<div class='article'>{{}}<p>{_PARA}</p><p>{_PARA}</p></div>"
    assert _kinds(article.format("<p id='publish-time'>3 May 2025</p>")).get("3 May 2025") == "dateline"
    # a byline box a link points to is still marked by its class
    linked = "<a href='#byline'>skip to the author</a><p class='byline' id='byline'>By Tomas Ekberg</p>"
    assert _kinds(article.format(linked)).get("By Tomas Ekberg") == "byline"
