"""Main-content selection: which units of a page are the article.

Readability's idea, on units: each paragraph-like unit votes for its container and, at half
weight, the container's parent; the best container, scaled by how little of its text is links,
holds the article, and siblings that score well join it (articles cut by ads or widgets). The opening paragraphs
and standfirst before the chosen container are found by `openings`.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from lxml.html import HtmlElement

from .furniture import attribute_words, vocabulary
from .listings import is_code
from .openings import LEAD_CHARS, MAX_LINK_DENSITY, SENTENCE_END, leads, opening
from .page_bylines import is_time_text
from .passages import enclosing_item, enclosing_passage, in_item
from .teasers import alike
from .threads import sibling_posts
from .tree import Unit

_MIN_VOTING_CHARS = 25
_SIBLING_SHARE = 0.2
_CLIMB_SHARE = 0.6
_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote"})


@dataclass
class Selection:
    roots: list[HtmlElement]
    title: Unit | None
    kept: list[Unit]


def _vote(unit: Unit) -> float:
    """A unit's vote for its containers: prose's clauses (its commas) and its length. A code listing's commas
    are its syntax ("{100: ('Continue', ...), 101: ...}"), no clauses: a listing (`listings.is_code`, as the block's
    kind is decided) votes by its length alone, or one long table of values outvotes the article's prose. A <pre>
    the markup does not mark as code is preformatted prose (a licence, a mail), whose commas are clauses."""
    return _clauses_and_length(0 if is_code(unit) else unit.text.count(","), unit.chars)


def _clauses_and_length(commas: int, chars: int) -> float:
    """The vote of a text with `commas` clauses' commas and `chars` characters: one, a point a clause, and up to
    three for its length (a unit's, or a block quotation's paragraphs taken together)."""
    return 1 + commas + min(chars / 100, 3)


def _class_bonus(el: HtmlElement) -> float:
    if el.get("itemprop") == "articleBody" or el.tag in ("article", "main"):
        return 1.5
    return 1.25 if attribute_words(el) & vocabulary()["content_words"] else 1.0


def _containers(unit: Unit) -> tuple[HtmlElement, ...]:
    """The elements a unit votes for: its container and the container's parent."""
    if unit.tag in ("p", "pre", "blockquote", "td", "dd", "li"):
        return unit.ancestors[-1:-3:-1]
    return (unit.element, *unit.ancestors[-1:-2:-1])


def _text_totals(units: list[Unit]) -> tuple[dict[HtmlElement, int], dict[HtmlElement, int]]:
    # elements are told apart by identity (lxml gives one proxy per node while it lives, and the units hold
    # theirs), so they are the keys themselves
    chars: dict[HtmlElement, int] = defaultdict(int)
    links: dict[HtmlElement, int] = defaultdict(int)
    sums: dict[HtmlElement, list] = {}
    for unit in units:
        if unit.furniture:
            continue
        n, link_chars = unit.chars, unit.link_chars
        el = unit.element
        chars[el] += n
        links[el] += link_chars
        _add_below(sums, unit.ancestors, n, link_chars)
    for ancestors, n, link_chars in sums.values():
        for el in ancestors:
            chars[el] += n
            links[el] += link_chars
    return chars, links


def _add_below(sums: dict[HtmlElement, list], ancestors: tuple[HtmlElement, ...], *amounts: int) -> None:
    """Adds a unit's amounts to its parent's sums (with the parent's chain of ancestors): units of one parent share
    that chain, so it is walked once per parent with their sums (a page's units have a fourth as many parents),
    not once per unit."""
    if not ancestors:
        return
    held = sums.get(ancestors[-1])
    if held is None:
        sums[ancestors[-1]] = [ancestors, *amounts]
    else:
        for i, amount in enumerate(amounts, 1):
            held[i] += amount


def _is_paragraph(unit: Unit) -> bool:
    """A <p>, <pre> or <blockquote> outside a list item or a table cell (an item's paragraph is the item's text, as a
    list's items are no paragraphs), or a <div> whose own text is a paragraph of prose: at least a sentence long and
    ending as a sentence ends. Pages built without <p> set each paragraph as a div (DocBook's and Publican's
    `<div class="para">`, editors that write divs): a widget's div holds a label or a list of links, not a sentence."""
    if unit.tag in _PARAGRAPH_TAGS:
        return not in_item(unit)
    return unit.tag == "div" and unit.chars > LEAD_CHARS and unit.text.rstrip().endswith(SENTENCE_END)


def _good_chars(units: list[Unit]) -> dict[HtmlElement, int]:
    """Characters of paragraph-like text under each element: what an article is made of."""
    good: dict[HtmlElement, int] = defaultdict(int)
    sums: dict[HtmlElement, list] = {}
    for unit in units:
        if unit.furniture or unit.link_density > MAX_LINK_DENSITY or not _is_paragraph(unit):
            continue
        _add_below(sums, unit.ancestors, unit.chars)
    for ancestors, n in sums.values():
        for el in ancestors:
            good[el] += n
    return good


def _climb(best: HtmlElement, good: dict[HtmlElement, int]) -> HtmlElement:
    """Go up while the best container holds only a part of its parent's paragraphs: an article cut
    into several columns or sections votes for each of them."""
    ancestor = best
    while (ancestor := ancestor.getparent()) is not None and ancestor.tag not in ("body", "html"):
        if good[ancestor] <= good[best]:
            continue  # a wrapper around the same paragraphs
        if good[best] >= good[ancestor] * _CLIMB_SHARE and not _nested_part(best, ancestor):
            break
        best = ancestor
    return best


def _nested_part(part: HtmlElement, whole: HtmlElement) -> bool:
    """Whether an element is a part of a text nested in one of its own kind: a section in a section (`<section>` or
    DocBook's and Sphinx's `div.section`), one tag and one class. A manual's chapter holds its own opening paragraphs
    and its sections, and the longest section may hold most of its text: the chapter is the text, not that section."""
    return part.tag in ("section", "div") and alike(part, whole) and (part.tag == "section" or bool(part.get("class")))


def _votes(units: list[Unit]) -> list[tuple[tuple[HtmlElement, ...], float]]:
    """The containers each voting unit votes for, with its vote. The units of one passage (`passages.enclosing_passage`:
    the paragraphs a block quotation holds, the paragraphs, listings and sublists of a list item or a definition)
    vote once, as the one unit of their text they were before each block in them made a unit of its own
    (tree.py), for the passage's container and its parent: a long quotation is one passage the article cites, and its
    paragraphs voting one by one would outvote the article's own sections around it (Sphinx indents a section's whole
    text into a <blockquote>); a list's items vote for the list, as they did. A listing's commas are no clauses
    (`_vote`) wherever it is set."""
    votes: list[tuple[tuple[HtmlElement, ...], float]] = []
    passages: dict[HtmlElement, list[Unit]] = {}
    for unit in units:
        if unit.furniture or unit.tag.startswith("h"):
            continue
        passage = enclosing_passage(unit)
        if passage is not None:
            passages.setdefault(passage, []).append(unit)
        elif unit.chars >= _MIN_VOTING_CHARS:
            votes.append((_containers(unit), _vote(unit)))
    for passage, parts in passages.items():
        chars = sum(u.chars for u in parts)
        if chars >= _MIN_VOTING_CHARS:
            chain = (*parts[0].ancestors, parts[0].element)
            at = chain.index(passage)
            votes.append((chain[at - 1::-1][:2] if at else (),
                          _clauses_and_length(sum(0 if is_code(u) else u.text.count(",") for u in parts), chars)))
    return votes


def choose_roots(units: list[Unit]) -> tuple[list[HtmlElement], HtmlElement | None]:
    """The article's containers, and the wrapper of a thread's posts where the climb went up to one (`threads`):
    the roots are then the posts' bodies, without the names, counts and buttons between them."""
    scores: dict[HtmlElement, float] = defaultdict(float)
    for containers, vote in _votes(units):
        for weight, el in zip((1.0, 0.5)[:len(containers)], containers, strict=True):
            scores[el] += vote * weight
    if not scores:
        return [], None
    chars, links = _text_totals(units)
    final = {el: score * _class_bonus(el) * (1 - links[el] / chars[el] if chars[el] else 0.0)
             for el, score in scores.items()}
    best_voted = max(final, key=lambda el: final[el])
    best_score = final[best_voted]
    good = _good_chars(units)
    best = _climb(best_voted, good)
    posts = sibling_posts(best_voted, final, _SIBLING_SHARE)
    if posts and any(best in el.iterancestors() for el in posts):
        return [best_voted, *posts], best
    parent = best.getparent()
    if parent is None:
        return [best], None
    roots: list[HtmlElement] = []
    for sibling in parent:
        if sibling is best or (sibling in final and final[sibling] >= best_score * _SIBLING_SHARE):
            roots.append(sibling)
    roots += _later_sections(best, good, final, best_score)
    # the other posts of a thread or a Q&A page the winner is one post of, where the roots do not hold them
    held = set(roots)
    return roots + [el for el in posts if held.isdisjoint(el.iterancestors())], None


def _later_sections(best: HtmlElement, good: dict[HtmlElement, int], final: dict[HtmlElement, float],
                    best_score: float) -> list[HtmlElement]:
    """The sections after the one the article's container fills, that hold its prose too. Page builders (Enfold's
    `section.av_textblock_section`, Elementor's `section.elementor-section`, Divi's `div.et_pb_section`) set each
    block of text in a section of its own, its paragraphs wrapped two or three deep (section, row, column, text
    block); a heading, a picture or a row of columns between starts another. The article's container is then the
    first text block, alone in its section, and the sections after it are cousins of it, not siblings: a later
    section of the same tag and first class joins where a container within it scores as a sibling must
    (`_SIBLING_SHARE` of the best). Leaves them in order."""
    section = best
    while (up := section.getparent()) is not None and up.tag not in ("body", "html") and good[up] <= good[best]:
        section = up  # a wrapper around the container's paragraphs and nothing more
    if section is best or section.getparent() is None:
        return []
    # the builder's sections are one tag and open with one class ("elementor-section elementor-element-3f2a"):
    # a column or a footer beside the article's wrapper is another
    kind = (section.get("class") or "").split()[:1]
    if not kind:
        return []
    later = {el: i for i, el in enumerate(section.itersiblings(section.tag))
             if (el.get("class") or "").split()[:1] == kind}
    scores: dict[HtmlElement, float] = {}
    for el, score in final.items():
        for ancestor in (el, *el.iterancestors()):
            if ancestor in later:
                scores[ancestor] = max(scores.get(ancestor, 0.0), score)
                break
            if ancestor is section:
                break
    return sorted((el for el, score in scores.items() if score >= best_score * _SIBLING_SHARE), key=later.__getitem__)


def _item_link_density(units: list[Unit]) -> dict[int, float]:
    """The share of link text of the list item or definition each unit in one belongs to (`passages.enclosing_item`),
    by the unit's id. An item's sentence over a sublist of links ("Examples: <ul><li><a>f()</a></li>...") is text of
    the article: its links are weighed with the sentence, as they were when the item was one unit; a list of links
    alone (a contents list, a menu) is links wherever it is cut."""
    sums: dict[HtmlElement, list[int]] = {}
    items: list[tuple[Unit, HtmlElement]] = []
    for unit in units:
        if unit.furniture or (item := enclosing_item(unit)) is None:
            continue
        items.append((unit, item))
        held = sums.setdefault(item, [0, 0])
        held[0] += unit.link_chars
        held[1] += unit.chars
    return {id(unit): sums[item][0] / sums[item][1] if sums[item][1] else 0.0 for unit, item in items}


def _within(unit: Unit, roots: set[HtmlElement]) -> bool:
    return unit.element in roots or not roots.isdisjoint(unit.ancestors)


def _title_unit(units: list[Unit], first_kept: int, title_hint: str | None) -> Unit | None:
    """The h1 that titles the article: the one most like the metadata title, else the last before the text."""
    h1s = [(i, u) for i, u in enumerate(units) if u.tag == "h1" and u.chars]
    if not h1s:
        return None
    if title_hint:
        hint = set(title_hint.lower().split())
        scored = [(len(hint & set(u.text.lower().split())) / max(len(hint), 1), -abs(i - first_kept), u) for i, u in h1s]
        best = max(scored, key=lambda s: (s[0], s[1]))
        if best[0] >= 0.5:
            return best[2]
    before = [u for i, u in h1s if i <= first_kept and not u.furniture]
    return before[-1] if before else None


def select(units: list[Unit], title_hint: str | None, roots: list[HtmlElement] | None = None) -> Selection:
    """The article's units; `roots` are its containers when a site rule names them, else they are voted for."""
    thread = None
    if roots is None:
        roots, thread = choose_roots(units)
    root_set = set(roots)
    density = _item_link_density(units)
    kept = [u for u in units if not u.furniture and _within(u, root_set)
            and density.get(id(u), u.link_density) <= MAX_LINK_DENSITY]
    if thread is not None:
        # each post's time heads it (a live blog's "11:43" over each entry), as the thread's wrapper sets it
        wrapper = {thread}
        times = [u for u in units if not u.furniture and u.chars <= LEAD_CHARS and _within(u, wrapper)
                 and not _within(u, root_set) and is_time_text(u)]
        kept += times
    first_kept = units.index(kept[0]) if kept else len(units)
    run = opening(units, first_kept) if kept else []
    kept = run + kept
    first_kept -= len(run)
    title = _title_unit(units, first_kept, title_hint)
    if title is not None and title not in kept:
        kept.append(title)
    if title is not None:
        kept.extend(leads(units, units.index(title), first_kept))
    order = {id(u): i for i, u in enumerate(units)}
    kept.sort(key=lambda u: order[id(u)])
    return Selection(roots, title, kept)
