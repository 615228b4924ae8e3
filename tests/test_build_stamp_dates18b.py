"""A manual's footer stamp ("Last updated on ...") is the day the page was built: the year-less dates and "today" of
its text are not read against it; an article's labelled date still is their reference day."""
from __future__ import annotations

from scoexport.pipeline import process_source
from scoexport.records import Source

# the year frames the months the way a dateless document's rule reads it: a year opening the sentence (a year written
# mid-sentence, "who joined in 2015, resigned on March 3", may be another event's and gives no value)
_PROSE = ("<p>In 2019 the cache layer was rewritten, and most of the work happened between June and August, "
          "long before the tool grew its plugin system and its many users.</p>"
          "<p>The plugin system came later, once the maintainers had agreed on an interface.</p>"
          "<p>Configuration files are read at start-up; options given on the command line override them.</p>"
          "<p>Most servers in use today ship the library, so nothing has to be installed first.</p>")


def _dates(body: str) -> tuple[object, dict[str, str | None]]:
    page = f"<html><head><title>Changes</title></head><body>{body}</body></html>"
    result = process_source(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return result.metadata.published_date, {f.text: f.value for f in result.facts if f.kind == "date"}


def test_a_footer_stamp_is_no_reference_day() -> None:
    footer = ('<div class="footer">&#169; Copyright 2003-2031, The Tool Project.<br/>'
              "This page is licensed under the Tool License Version 2.<br/>Last updated on March 02, 2031.<br/>"
              "Found a bug?</div>")
    published, dates = _dates(f"<div class='body'><h1>Changes</h1>{_PROSE}</div>{footer}")
    assert str(published) == "2031-03-02"  # still the document's date
    assert dates["June and August"] == "2019-06/2019-08"  # the year its paragraph writes, not the build's
    assert dates["today"] is None  # the present age, not the build day


def test_an_articles_labelled_date_stays_the_reference_day() -> None:
    published, dates = _dates(f"<div class='body'><h1>Changes</h1><p>Updated: 2 March 2031</p>{_PROSE}"
                              "<p>The release came out on February 5.</p></div>")
    assert str(published) == "2031-03-02"
    assert dates["February 5"] == "2031-02-05"
