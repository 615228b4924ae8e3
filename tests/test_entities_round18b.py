"""Issue 15, eighteenth round (b): a manual's cross-references and the titles of works are read for no names,
measured on documents nobody annotated (the census pool's DocBook FAQ and Handbook pages, Debian's history).

Every case is text written for the test, not copied from an evaluation file or the census pool.
"""
from __future__ import annotations

from lxml.html import fragment_fromstring

from scoexport.extract.not_names import work_title
from scoexport.parse.html.part_links import part_reference
from scoexport.pipeline import process


def _entities(**source: str) -> set[tuple[str, str | None]]:
    return {(f.text, f.entity_type) for f in process(**source).facts if f.kind == "entity"}


_PAGE = """<html><head><title>Keeping the archive</title></head><body><main>
<h1>Chapter 4. Keeping the archive</h1>
<p>Martha Oyelaran set up the first mirror in 2004 while she worked for Oracle in Lagos. To learn how the packages
are built, see <a class="xref" href="building.html">Chapter 12, <em>Working With Oracle Databases</em></a> and
<a href="#mirrors">Section 4.3, &#8220;Mirrors Run By Helmut Brandauer (MRHB)&#8221;</a>; for the history of the project read
<a href="https://example.org/history">Helmut Brandauer's account</a>, which Oracle published.</p>
<p>Mirrors are listed in the archive's own files, and more than forty of them answer every day.</p>
</main></body></html>"""


def test_a_link_to_another_part_by_its_number_and_title_names_nothing() -> None:
    found = _entities(html=_PAGE)
    assert ("Martha Oyelaran", "person") in found and ("Oracle", "organization") in found
    names = [f for f in process(html=_PAGE).facts if f.kind == "entity"]
    # the link to another site is read; the two links to parts of the same work are not
    assert [f.text for f in names if "Brandauer" in f.text] == ["Helmut Brandauer"]
    assert len([f for f in names if f.text == "Oracle"]) == 2  # the sentences', not the chapter title's
    # a short form the title defines is defined for the whole work: it alone is read in the link
    assert [(f.text, f.value) for f in process(html=_PAGE).facts if f.kind == "acronym"] == [
        ("MRHB", "Mirrors Run By Helmut Brandauer")]


def test_only_a_link_inside_the_work_whose_text_is_a_number_and_title_is_a_part_reference() -> None:
    def link(html: str) -> str | None:
        return part_reference(fragment_fromstring(html))
    assert link('<a href="setup.html#disks">Section 9.2.1, <em>Disks</em></a>') == "Section 9.2.1, Disks"
    assert link('<a href="#licences">Appendix B, Licences</a>') == "Appendix B, Licences"
    assert link('<a href="https://example.org/setup.html">Section 9.2, Disks</a>') is None  # another site
    assert link('<a href="/setup.html">Section 9.2, Disks</a>') is None  # the site's root: not the work's sibling
    assert link('<a href="setup.html">the setup chapter</a>') is None  # a sentence's words
    assert link('<a href="people.html">Anna Kovacs</a>') is None


def test_a_run_ending_in_a_works_noun_is_a_title_not_a_person() -> None:
    text = ("The last pages of Julia Reference Manual list every option; Kwame Mensah wrote most of them, and the "
            "first chapter of Julia Release Notes tells what changed.\n")
    found = _entities(text=text)
    assert ("Kwame Mensah", "person") in found
    assert not any(kind == "person" and ("Julia" in name or "Manual" in name or "Notes" in name)
                   for name, kind in found)


def test_a_works_noun_alone_or_inside_a_name_is_left_to_the_other_rules() -> None:
    assert work_title("Bookworm Release Notes") and work_title("Network Administration Guide")
    assert not work_title("Notes") and not work_title("Guide Michelin Smith") and not work_title("Juan Manuel")
