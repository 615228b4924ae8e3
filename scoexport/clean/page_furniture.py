"""Page furniture of plain text (mostly extracted from PDFs): the letterhead at the document's start, page numbers and
running headers at the pages' edges, taken out of the lines before they are read as paragraphs.

Enters: the document's (or a window's) lines, the script its text is set in, and for a window after the first what
its opening decided (`document.Opening`). Leaves: the lines removed with their kind, as artifacts, the letterhead's
units and the measure the kept lines are set in. A page's edges are where a page's furniture stands, so a window of
a long text that starts or ends mid-page has edges that are none (`mid_page_edges`).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from ..records import Artifact
from ..text import TextLine
from .furniture import (
    EDGE_LINES,
    as_artifact,
    letterhead,
    letterhead_units,
    numbered_headers,
    page_numbers,
    running_headers,
)
from .kinds import front_matter
from .measure import Measure, fit_measure

if TYPE_CHECKING:
    from .document import Opening

PAGE_SEARCH = 20_000  # a window's edge with no form feed this near lies mid-page (pages are shorter)


def line_gaps(removed: set[int], all_lines: list[TextLine]) -> list[str]:
    """What lies between consecutive kept lines: a wrap, a page break (or removed furniture) or a blank line."""
    kept = [i for i in range(len(all_lines)) if i not in removed]
    gaps = []
    for a, b in pairwise(kept):
        first, second = all_lines[a], all_lines[b]
        if b - a > 1 or first.line.page != second.line.page:
            gaps.append("page")
        else:
            gaps.append("wrap" if first.block == second.block else "blank")
    return gaps


@dataclass
class Furniture:
    """What the page layout put around the article: the lines removed, as artifacts, and the letterhead's names."""

    removed: dict[int, str]
    artifacts: list[Artifact]
    letterhead: list[list[TextLine]]
    measure: Measure | None
    known: list[str]  # texts a running header may echo: the letterhead's and the title


def mid_page_edges(lines: list[TextLine], text: str) -> set[int]:
    """The lines that look like a page's top or bottom only because a window of the text starts or ends there
    mid-page (`scoexport.windows`): no page number or running header is looked for on them."""
    if not lines:
        return set()
    first, last = lines[0].line, lines[-1].line
    before = text[max(0, first.start - PAGE_SEARCH):first.start]
    after = text[last.end:last.end + PAGE_SEARCH]
    top_cut = (len(before) == PAGE_SEARCH and "\f" not in before) or bool(before[before.rfind("\f") + 1:].strip())
    bottom_cut = (len(after) == PAGE_SEARCH and "\f" not in after) or bool(after.split("\f", 1)[0].strip())
    first_page = [i for i, tl in enumerate(lines) if tl.line.page == first.page]
    last_page = [i for i, tl in enumerate(lines) if tl.line.page == last.page]
    cut: set[int] = set()
    # a page cut at one end keeps the true edge at its other end, if the window holds that one
    if top_cut:
        cut.update(set(first_page[:EDGE_LINES]) - (set(first_page[-EDGE_LINES:]) if first.page != last.page
                                                    or not bottom_cut else set()))
    if bottom_cut:
        cut.update(set(last_page[-EDGE_LINES:]) - (set(last_page[:EDGE_LINES]) if first.page != last.page
                                                   or not top_cut else set()))
    return cut


def remove_furniture(lines: list[TextLine], script: str | None, opening: Opening | None = None,
                     mid_page: frozenset[int] | set[int] = frozenset(), paged: bool = False) -> Furniture:
    """Letterhead (at the document's start only), page numbers and running headers (not on `mid_page` lines;
    `paged`: form feeds end the text's pages); a window after the first takes the measure and the known texts
    its opening decided."""
    removed: dict[int, str] = {}
    artifacts: list[Artifact] = []
    opens = opening is None or opening.sample
    head_units = [u for block in letterhead(lines, script) for u in letterhead_units(block)] if opens else []
    index = {id(tl): i for i, tl in enumerate(lines)}
    for unit in head_units:
        artifacts.append(as_artifact("banner", unit))
        removed.update({index[id(tl)]: "banner" for tl in unit})
    removed.update({i: k for i, k in page_numbers(lines).items() if i not in removed and i not in mid_page})
    kept = [tl for i, tl in enumerate(lines) if i not in removed]
    if opening is None:
        measure = fit_measure([tl.text for tl in kept], line_gaps(set(removed), lines))
        # a running header often echoes the title, so the title is read once before headers are looked for
        units, _ = front_matter(kept, 0, measure) if kept else ([], 0)
        known = [a.text for a in artifacts] + [" ".join(tl.text for tl in u) for kind, u in units if kind == "title"]
    else:
        measure, known = opening.measure, opening.known
    removed.update({i: k for i, k in running_headers(lines, known, mid_page, paged).items() if i not in removed})
    numbers = {i for i, kind in removed.items() if kind == "page_number"}
    removed.update({i: k for i, k in numbered_headers(lines, numbers, mid_page).items() if i not in removed})
    artifacts += [as_artifact(kind, [lines[i]]) for i, kind in sorted(removed.items()) if kind != "banner"]
    return Furniture(removed, artifacts, head_units, measure, known)
