"""The elements a page states its metadata in, found in one walk of its tree.

Enters: the page's lxml tree. Leaves: its <meta>, <script>, <time> and <link> elements, in document order,
its first <title>, the elements that carry an itemprop, the links marked rel="author" and the hCards (class "vcard").

Why: metadata and dates were read by asking the tree for each kind on its own (meta tags, JSON-LD, script
state, redirects, <time> elements, the title, the canonical link, itemprops): a dozen walks of the whole
tree per page, each in C but each as long as one over every element. One walk with a tag filter and one
XPath for the itemprops give the same elements in the same order.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import lxml.etree
from lxml.html import HtmlElement

# the itemprops and the links marked rel="author" in one pass of libxml2's XPath (two passes took a third
# longer); selecting the attribute and then its element is quicker than testing every element for it
TAGS = ("meta", "script", "time", "link", "title")
_MARKED = lxml.etree.XPath("descendant-or-self::*/@itemprop/.. | descendant-or-self::a[@rel='author']"
                           " | descendant-or-self::*[contains(@class, 'vcard')]")


@dataclass
class Landmarks:
    root: HtmlElement
    meta: list[HtmlElement] = field(default_factory=list)
    scripts: list[HtmlElement] = field(default_factory=list)
    times: list[HtmlElement] = field(default_factory=list)
    links: list[HtmlElement] = field(default_factory=list)
    title: HtmlElement | None = None  # the first <title> under the root
    itemprops: list[HtmlElement] = field(default_factory=list)
    author_links: list[HtmlElement] = field(default_factory=list)  # <a rel="author">
    hcards: list[HtmlElement] = field(default_factory=list)  # class "vcard": the hCard microformat's cards

    @classmethod
    def of(cls, root: HtmlElement, tagged: Iterable[HtmlElement] | None = None) -> Landmarks:
        """The landmarks of the tree under root; `tagged` are its elements of the `TAGS`, in document order,
        when a walk of the tree listed them already (`tree.walk_tree` does, saving a walk in C)."""
        page = cls(root)
        for el in _MARKED(root):  # type: ignore[union-attr]
            if el.get("itemprop") is not None:
                page.itemprops.append(el)
            if el.tag == "a" and el.get("rel") == "author":
                page.author_links.append(el)
            if "vcard" in (el.get("class") or "").split():
                page.hcards.append(el)
        lists = {"meta": page.meta, "script": page.scripts, "time": page.times, "link": page.links}
        for el in root.iter(*TAGS) if tagged is None else tagged:
            if el.tag == "title":
                if page.title is None and el is not root:
                    page.title = el
            else:
                lists[el.tag].append(el)
        return page

    def itemprop(self, prop: str) -> HtmlElement | None:
        """The first element under the root whose itemprop is `prop` (what `.//*[@itemprop=prop]` finds first)."""
        return next((el for el in self.itemprops if el.get("itemprop") == prop and el is not self.root), None)
