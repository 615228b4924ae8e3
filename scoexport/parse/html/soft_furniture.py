"""Decide, once a page is walked, which softly marked units are furniture (`resolve_soft_furniture`).

Enters: the walk's units (`tree.Unit`), the elements marked as reader comments and those a site rule keeps.
Leaves: the units' `furniture` set where their class words mark furniture on a minor share of the page's
text, or where they are reader comments. A mark by class words alone is judged only by the text under it
against the whole page's, which the walk knows only at its end: hence a pass of its own.
"""
from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from .furniture import comment_heading
from .threads import thread_replies

if TYPE_CHECKING:
    from .tree import Unit

_MAJOR_SHARE = 0.4
_OWN_TEXT_CHARS = 150  # a paragraph: a page with less text than that besides its comments is a thread of them
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def resolve_soft_furniture(units: list[Unit], comment_marks: Set[HtmlElement] = frozenset(),
                           kept: Set[HtmlElement] = frozenset()) -> None:
    """Class words mark furniture only on elements holding a minor share of the page's text: the
    wrapper of a whole article may be named for the sidebar beside it. Reader comments are furniture
    whatever their share (27 comments outweigh the post they follow): those under an element `comment_marks`
    holds and those a heading counting them opens (`comment_sections`). They are set aside before the
    shares are counted, so a sidebar that holds them is judged by the rest of its text; a page holding
    no text of its own besides them (a thread of a forum) keeps them, judged as the other soft marks. `kept`
    are the elements a site rule keeps: a heading counting comments opens no section of them. A thread's
    replies that microdata calls comments, written as its opening post is (`threads.thread_replies`), are
    posts, marked as nothing."""
    if comment_marks and (replies := thread_replies(comment_marks)):
        comment_marks = comment_marks - replies
        for unit in units:
            if unit.soft_marks and not replies.isdisjoint(unit.soft_marks):
                unit.soft_marks = tuple(el for el in unit.soft_marks if el not in replies)
    comments = comment_sections(units, comment_marks, kept)
    if comments:
        rest = [u for u in units if id(u) not in comments]
        minor = _minor_marked(rest)
        if sum(u.chars for u in rest if not u.furniture and id(u) not in minor) >= _OWN_TEXT_CHARS:
            for unit in units:
                if id(unit) in comments or id(unit) in minor:
                    unit.furniture = True
            return
    minor = _minor_marked(units)
    for unit in units:
        if id(unit) in minor:
            unit.furniture = True


def _minor_marked(units: list[Unit]) -> set[int]:
    """The units under a softly marked element holding a minor share of the units' text."""
    chars: dict[int, int] = {}
    total = 0
    for unit in units:
        if unit.furniture:
            continue
        n = unit.chars
        total += n
        for el in unit.soft_marks:
            chars[id(el)] = chars.get(id(el), 0) + n
    minor = total * _MAJOR_SHARE
    # most units sit under no softly marked element: no generator is made for them
    return {id(unit) for unit in units
            if unit.soft_marks and any(chars.get(id(el), 0) < minor for el in unit.soft_marks)}


def comment_sections(units: list[Unit], comment_marks: Set[HtmlElement], kept: Set[HtmlElement] = frozenset()) -> set[int]:
    """The units of reader comments: under an element marked as comments, or after a heading that counts
    them ("27 commentaires", `furniture.comment_heading`) and inside that heading's container, the heading
    too. A heading that is a link (a count at the top of a post, pointing down to the comments) opens none, nor
    one whose container a site rule keeps (`kept`: the rule names the comments as the text it wants)."""
    found: set[int] = set()
    containers: set[HtmlElement] = set()
    for unit in units:
        if unit.furniture:
            continue
        if comment_marks and not comment_marks.isdisjoint(unit.soft_marks):
            found.add(id(unit))
        elif containers and (unit.element in containers or not containers.isdisjoint(unit.ancestors)):
            found.add(id(unit))
        elif (unit.tag in _HEADING_TAGS and not unit.link_chars and unit.ancestors and unit.ancestors[-1] not in kept
              and comment_heading(unit.text)):
            found.add(id(unit))
            containers.add(unit.ancestors[-1])
    return found
