"""The HTML walk's shortcuts decide as the plain decisions they replace.

Each is checked against the plain reading, on inputs made of the pieces that matter to it.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.etree import SubElement
from lxml.html import Element, HtmlElement

from scoexport.parse.html.furniture import furniture_mark, vocabulary
from scoexport.parse.html.soft_furniture import _MAJOR_SHARE, _minor_marked
from scoexport.parse.html.tree import Unit


def _minor_marked_plainly(units: list[Unit]) -> set[int]:
    """_minor_marked as first written: each unit's marks looked up one by one."""
    chars: dict[int, int] = {}
    total = 0
    for unit in units:
        if unit.furniture:
            continue
        total += unit.chars
        for el in unit.soft_marks:
            chars[id(el)] = chars.get(id(el), 0) + unit.chars
    minor = total * _MAJOR_SHARE
    return {id(u) for u in units if any(chars.get(id(el), 0) < minor for el in u.soft_marks)}


_MARKS = [HtmlElement() for _ in range(4)]  # a page's softly marked elements ("sidebar", "share-tools")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.booleans(), st.lists(st.sampled_from(range(4)), max_size=3)),
                max_size=12))
def test_minor_marked_units_are_those_a_mark_by_mark_reading_finds(specs: list[tuple[int, bool, list[int]]]) -> None:
    units = [Unit(HtmlElement(), "p", furniture=furniture, chars=chars, soft_marks=tuple(_MARKS[i] for i in marks))
             for chars, furniture, marks in specs]
    assert _minor_marked(units) == _minor_marked_plainly(units)


def _tag_alone(tag: str) -> str | None:
    """What furniture_mark's rules say of a tag before its attributes: 'hard' furniture tags, then 'soft' ones, then
    the protected tags (an article outside another among them)."""
    vocab = vocabulary()
    if tag in vocab["furniture_tags"]:
        return "hard"
    if tag in vocab["soft_furniture_tags"]:
        return "soft"
    return None


def test_every_listed_tag_is_marked_by_its_list_whatever_its_attributes() -> None:
    vocab = vocabulary()
    for tag in {*vocab["furniture_tags"], *vocab["soft_furniture_tags"], "html", "body", "main", "article", "div"}:
        for attributes in ({}, {"class": "sidebar"}, {"class": "article-body", "itemprop": "articleBody"}):
            el = SubElement(Element("div"), tag, attributes)
            expected = _tag_alone(tag) if tag != "div" else ("soft" if "sidebar" in attributes.values() else None)
            assert furniture_mark(el, tag) == expected, (tag, attributes)
