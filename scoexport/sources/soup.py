"""BeautifulSoup objects as sources: for users who scraped with bs4 and hand their objects in.

Enters: a `BeautifulSoup` (a whole page) or one of its `Tag`s (an article element), as
`scoexport.process(soup)` takes it. Leaves: an HTML `Source` whose text is the markup bs4 writes
for it (`soup.decode()`), so the page goes through the HTML route like a file, and its offsets
point into that text. The soup is serialized rather than walked: the HTML route's offsets, kinds
and metadata all come from reading markup, and bs4 writes back the tree it holds (whatever parser
built it), entities escaped where HTML needs them.
"""
from __future__ import annotations

import sys
from typing import Any

from ..records import Source
from .inputs import source_of

SOUP_PATH = "<BeautifulSoup>"


def is_soup(obj: Any) -> bool:
    """Whether obj is a BeautifulSoup or a Tag of one (told without importing bs4 for anything else)."""
    bs4 = sys.modules.get("bs4")
    return bs4 is not None and isinstance(obj, bs4.element.Tag)


def soup_source(soup: Any, path: str = SOUP_PATH) -> Source:
    """The HTML `Source` of a BeautifulSoup or Tag; `path` names it in the dataset (source_path)."""
    return source_of(path, soup.decode().encode("utf-8"), fmt="html")
