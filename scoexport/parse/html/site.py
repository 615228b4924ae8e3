"""A site rule applied to one page: soupsieve picks the elements, the page's one walk keeps or drops their text.

Enters: the page's lxml tree (before the walk), its `Source` and the run's `SiteRules`. Leaves: `Marks`
(the elements the rule drops, each with its selector, and the elements it keeps) and, over the units
of the walk, the units that go on through the HTML route and the `site_rule` artifacts of the others.

How: BeautifulSoup is built from the lxml tree the HTML route already has: its elements are fed to
BeautifulSoup's tree-builder interface (`handle_starttag`, `handle_data`, `handle_endtag`, what its own
parsers call) one by one, so the page is not parsed twice, both trees agree on broken markup, and
each Tag is known to stand for one lxml element. soupsieve runs the selectors on the soup (CSS as
browsers read it, with `:has()`, `:-soup-contains()` and the rest). The marks then go back to the
lxml elements: the walk gives every marked element's text a unit of its own (a span inside a
paragraph too), so the text of dropped elements leaves as a `site_rule` artifact whose reason is the
selector, and, where keep selectors matched, the text outside every kept element does too (reason:
"not in keep: ..."). Kept elements are the article's containers (the rule replaces the vote of
`content`) and are not furniture themselves, whatever their class or place ("aside.factbox"), while
inside them a share bar is still furniture. The rest goes through the HTML route as any page does
(kinds, metadata, dates), and every offset is the walk's, found in the original page. Dropped
elements are then taken out of the tree, so no metadata or date is read from them either.

A page without a rule builds no soup: the cost of BeautifulSoup (a Python object per node) is paid
only on the pages of the sites a rules file names.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from ...records import Artifact, Source
from .meta import page_url
from .rules import SiteRule, SiteRules, rule_for
from .tree import Unit

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

log = logging.getLogger(__name__)
KIND = "site_rule"


def page_rule(rules: SiteRules, root: HtmlElement, source: Source) -> SiteRule | None:
    """The rule of the page's site: by the URL it was fetched from, the URL it states, then its path."""
    return rule_for(rules, [source.target_url, page_url(root)], source.path)


def soup_of(root: HtmlElement) -> tuple[BeautifulSoup, dict[int, HtmlElement]]:
    """A BeautifulSoup of the lxml tree, and the lxml element of each Tag (by the Tag's id)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup("", "html.parser")
    element_of: dict[int, HtmlElement] = {}
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:  # depth first, without recursion: a page may be nested hundreds deep
        el, closing = stack.pop()
        if closing:
            soup.handle_endtag(el.tag)
        elif isinstance(el.tag, str):
            tag = soup.handle_starttag(el.tag, None, None, dict(el.attrib))
            if tag is not None:
                element_of[id(tag)] = el
            if el.text:
                soup.handle_data(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
            continue
        # a comment or processing instruction holds no text of the page; what follows it does
        if el.tail and el is not root:
            soup.handle_data(el.tail)
    soup.endData()
    return soup, element_of


@dataclass
class Marks:
    """What a rule says of one page's elements."""

    rule: SiteRule
    dropped: dict[HtmlElement, str] = field(default_factory=dict)  # element -> the selector that drops it
    kept: set[HtmlElement] = field(default_factory=set)  # empty: the whole page is read

    @property
    def elements(self) -> set[HtmlElement]:
        """The elements whose text the walk keeps apart from the text around them."""
        return set(self.dropped) | self.kept

    def reason(self, unit: Unit) -> str | None:
        """Why the rule takes the unit out (the outermost dropping element's selector), or None."""
        chain = (*unit.ancestors, unit.element)
        dropped = next((self.dropped[el] for el in chain if el in self.dropped), None)
        if dropped is not None:
            return dropped
        if self.kept and not any(el in self.kept for el in chain):
            return "not in keep: " + ", ".join(self.rule.keep)
        return None

    def apply(self, units: list[Unit]) -> tuple[list[Unit], list[Artifact]]:
        """The units that go on, and one artifact per run of units taken out for the same reason.

        A paragraph that a dropped inline element cut in two is one unit again: its two halves are units of
        the same element with only dropped text between."""
        kept: list[Unit] = []
        artifacts: list[Artifact] = []
        run: list[Unit] = []
        run_reason: str | None = None
        for unit in [*units, None]:
            reason = None if unit is None else self.reason(unit)
            if run and reason != run_reason:
                lines = [ln for u in run for ln in u.lines if ln.end > ln.start]
                if lines:
                    artifacts.append(Artifact(KIND, " ".join(ln.text for ln in lines), lines[0].start, lines[-1].end,
                                              reason=run_reason))
            if unit is None:
                break
            if reason is not None:
                run = [*run, unit] if reason == run_reason else [unit]
                run_reason = reason
                continue
            last = kept[-1] if kept else None
            if (run and last is not None and last.element is unit.element and last.furniture == unit.furniture
                    and last.soft_marks == unit.soft_marks):
                last.add_lines(unit.lines)
                last.link_chars += unit.link_chars
            else:
                kept.append(unit)
            run, run_reason = [], None
        return kept, artifacts

    def remove_dropped(self) -> None:
        """Take the dropped elements out of the tree (their text stays where it was in the source)."""
        for el in self.dropped:
            if el.getparent() is not None:
                el.drop_tree()


def mark(rule: SiteRule, root: HtmlElement, path: str) -> Marks:
    """The page's elements the rule's selectors match, through BeautifulSoup and soupsieve."""
    soup, element_of = soup_of(root)
    marks = Marks(rule)
    for selector in rule.drop:
        for tag in soup.select(selector):
            if (el := element_of.get(id(tag))) is not None:
                marks.dropped.setdefault(el, selector)
    for selector in rule.keep:
        marks.kept.update(el for tag in soup.select(selector) if (el := element_of.get(id(tag))) is not None)
    if rule.keep and not marks.kept:
        # a site's new template must not empty its pages: the whole page is read, the drops still apply
        log.warning("%s: no element matches the keep selectors of %s (%s); the whole page is read",
                    path, rule.domain, ", ".join(rule.keep))
    log.debug("%s: rule %s drops %d elements, keeps %d", path, rule.domain, len(marks.dropped), len(marks.kept))
    return marks
