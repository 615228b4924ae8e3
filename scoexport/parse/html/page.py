"""Parse HTML pages: the article's blocks, the page's metadata, everything else kept as artifacts.

lxml builds the tree (about 17x faster than BeautifulSoup's tree builders on real pages, whose
cost is per node in Python, not per byte); the text is then found again in the decoded source so
every block and artifact has real source offsets.
"""
from __future__ import annotations

import datetime as dt
import logging

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from ...collector import cycles_paused
from ...date_text import first_day
from ...records import Artifact, Block, DateEvidence, Metadata, Parsed, Source
from ...spans import SpanSet
from ...text import ends_sentence, sentence_inside
from .content import select
from .furniture import PROTECTED_TAGS, attribute_words, vocabulary
from .grids import table_cells
from .landmarks import Landmarks
from .listings import is_code
from .meta import page_metadata
from .offsets import TextLocator, markup_spans, without_xml_declaration
from .page_bylines import CHAIN_DEPTH, byline_kind, byline_texts, fragment_targets, is_time_text, time_holders
from .page_dates import dated_label, labelled_date, marked_date, only_labelled_dates
from .passages import enclosing_quotation
from .rules import SiteRules
from .site import mark, page_rule
from .soup import MAX_ATTRIBUTES, MAX_DEPTH, has_too_many_attributes, soup_tree
from .tree import Unit, walk_tree

log = logging.getLogger(__name__)
KINDS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
         "figcaption": "caption", "caption": "caption"}
_PARAGRAPH_CHARS = 150
_SAME_TITLE_SHARE = 0.8
_DATE_SEARCH_UNITS = 12
_LINE_CHARS = 30  # a line of text, longer than a label
# every element an HtmlElement, chosen in C: lxml.html's own lookup calls a Python function for each element
# the walk reaches, only to give form fields classes of their own that this route never uses
_ELEMENT_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def _chain(unit: Unit) -> list[HtmlElement]:
    """The unit's element and its nearest ancestors, whose class and id words may mark it; a container of
    the whole article may carry its author in its class ("author-jane-doe"), so the chain stops below it."""
    return [el for el in (*unit.ancestors[-CHAIN_DEPTH:], unit.element) if el.tag not in PROTECTED_TAGS]


def _marked(chain: list[HtmlElement], words_of: dict[HtmlElement, frozenset[str]], wanted: frozenset[str]) -> bool:
    """Whether the class or id words of an element of the chain include a wanted word."""
    for el in chain:
        words = words_of.get(el)
        if words is None:
            words = words_of[el] = attribute_words(el)
        if not words.isdisjoint(wanted):
            return True
    return False


def _is_caption(unit: Unit, words_of: dict[HtmlElement, frozenset[str]]) -> bool:
    """A picture's caption set in a div or span whose class says so ("caption-full"), not in a figcaption,
    or any text a <figure> holds beside its picture (a credit in a <cite>): it describes the picture, not
    what the article tells."""
    chain = _chain(unit)
    return any(el.tag == "figure" for el in chain) or _marked(chain, words_of, vocabulary()["caption_words"])


def _is_reference(unit: Unit, words_of: dict[HtmlElement, frozenset[str]]) -> bool:
    """An entry of a list the markup marks as the page's references (`<ol class="references">`, role
    doc-bibliography): a claim, kept by `clean.references` only where the entries read as citations."""
    chain = _chain(unit)
    roles = vocabulary()["reference_roles"]
    return (_marked(chain, words_of, vocabulary()["reference_words"])
            or any((el.get("role") or "").lower() in roles for el in chain))


def _orphan_headings(units: list[Unit], kept: list[Unit], title: Unit | None) -> set[int]:
    """Kept headings whose next line of text on the page was left out ("Trending News" over a list of links):
    a heading of the article's own stands over its text; short labels between ("Advertisement") are skipped."""
    kept_ids = {id(u) for u in kept}
    place = {id(u): i for i, u in enumerate(units)}
    orphans = set()
    for unit in kept:
        if unit is title or KINDS.get(unit.tag) != "heading":
            continue
        following = next((u for u in units[place[id(unit)] + 1:] if u.chars >= _LINE_CHARS), None)
        if following is None or id(following) not in kept_ids:
            orphans.add(id(unit))
    return orphans


def _mostly_within(words: str, text: str) -> bool:
    mine, theirs = set(words.lower().split()), set(text.lower().split())
    return bool(mine) and len(mine & theirs) >= _SAME_TITLE_SHARE * len(mine)


def _visible_date(units: list[Unit], kept: list[Unit]) -> dt.date | None:
    """The date a reader sees at the top of the article."""
    start = units.index(kept[0]) if kept else 0
    return _date_in_text(units[max(0, start - 3):start + _DATE_SEARCH_UNITS])


def _date_in_text(units: list[Unit]) -> dt.date | None:
    """The first day-precise date written in the units; a page that states its date nowhere else
    may have it anywhere (a 'posted on' line in the furniture). A date inside a sentence ("On December 11th
    1995, Debian and InfoMagic jointly announced ...", "The release was frozen on February 7th, 2017.") is an
    event the text tells of: a page dates itself on a line that is no sentence (a byline, a dateline, a label),
    and a history, a manual or a licence that writes no such line states no date."""
    return next((day for day in map(first_day, (u.text for u in units if not _prose(u.text))) if day), None)


def _labelled_dateline(text: str, in_text: bool, closing: bool) -> bool:
    """A line that opens with a date label and gives the date, and is no sentence: the page's own date where it
    heads the article; past the first paragraph only a line of labels and dates and nothing else that closes the
    article ("Pubblicato il: 30 Settembre 2020 Ultimo aggiornamento: 30 Settembre 2020" under the text). Within
    the text such a line is the text's ("Updated: 1 March 2021 - the budget grows ...", an event's "Date: 12
    March 2021"), and its facts with it."""
    if in_text:
        return closing and only_labelled_dates(text)
    return dated_label(text) is not None and not _prose(text)


def _closing_start(kept: list[Unit], bylines: dict[int, str]) -> int:
    """The place past the article's last paragraph of text (a body unit of a paragraph's length that is no
    byline and no line of dates): what stands there closes the article."""
    last = -1
    for at, unit in enumerate(kept):
        if (KINDS.get(unit.tag, "body") == "body" and unit.chars >= _PARAGRAPH_CHARS and id(unit) not in bylines
                and not only_labelled_dates(unit.text)):
            last = at
    return last + 1


def _prose(text: str) -> bool:
    """A unit of sentences: one ending it or another inside it."""
    return ends_sentence(text) or sentence_inside(text)


def _artifacts(units: list[Unit], kept: set[int]) -> list[Artifact]:
    """Runs of units left out, one boilerplate artifact per run."""
    artifacts: list[Artifact] = []
    run: list[Unit] = []
    for unit in [*units, None]:
        if unit is not None and id(unit) not in kept:
            run.append(unit)
            continue
        lines = [ln for u in run for ln in u.lines if ln.end > ln.start]
        if lines:
            artifacts.append(Artifact("boilerplate", " ".join(ln.text for ln in lines), lines[0].start, lines[-1].end))
        run = []
    return artifacts


def _utf8(source: Source, text: str) -> bytes:
    """The page's text as UTF-8 bytes: the bytes it was read from when it was read as UTF-8 (they are that
    text's encoding: encoding the text again costs about a twentieth of parsing a page), else the text
    encoded. Raises UnicodeEncodeError for a text holding a lone surrogate."""
    data = source.data
    # a lone surrogate (which only a str handed over can hold, written with surrogatepass) starts with
    # byte 0xED: bytes without one are the strict encoding of the text
    if (source.encoding == "utf-8" and text is source.text and data is not None and len(data) >= len(text)
            and b"\xed" not in data):
        return data
    return text.encode("utf-8")


def _build_tree(source: Source, text: str, spans: list[tuple[int, int]]) -> HtmlElement:
    """lxml's tree of the page, or html.parser's where lxml cannot build it (see `soup`); `text` is the
    source's text as parsed, `spans` are its markup spans."""
    path = source.path
    if has_too_many_attributes(text, spans):
        log.warning("%s: an element holds more than %d attributes: parsed with html.parser", path, MAX_ATTRIBUTES)
        return soup_tree(text)
    try:
        # libxml2 reads UTF-8 bytes about a fifth faster than a str, which lxml hands it as Latin-1, UTF-16
        # or UCS-4 to convert; the tree is the same (the encoding given, a <meta charset> is not obeyed).
        # Nothing looks elements up by id: libxml2 need not index the id attributes (same tree, 7% less time)
        markup: str | bytes = _utf8(source, text)
        parser = lxml.html.HTMLParser(encoding="utf-8", collect_ids=False)
    except UnicodeEncodeError:  # a lone surrogate: the str as it is
        markup, parser = text, lxml.html.HTMLParser(collect_ids=False)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    root = lxml.html.document_fromstring(markup, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        log.warning("%s: nested deeper than lxml builds: parsed with html.parser, nesting past %d flattened",
                    path, MAX_DEPTH)
        return soup_tree(text)
    return root


def parse_html(source: Source, rules: SiteRules | None = None) -> Parsed:
    """The page's blocks, artifacts and metadata; with `rules`, a page of a site they name is first
    kept and dropped by its rule's selectors (see `site`)."""
    with cycles_paused():  # called alone (not through pipeline.process_source) it pauses the collector itself
        return _parse_page(source, rules)


def _parse_page(source: Source, rules: SiteRules | None) -> Parsed:
    text = without_xml_declaration(source.text)
    spans = markup_spans(text)
    try:
        root = _build_tree(source, text, spans)
    except (lxml.etree.ParserError, ValueError):
        stripped = source.text.strip()
        start = source.text.find(stripped[:1]) if stripped else 0
        artifacts = [Artifact("boilerplate", stripped, start, start + len(stripped))] if stripped else []
        return Parsed(source, [], artifacts, Metadata())
    locator = TextLocator(text, spans)
    rule = page_rule(rules, root, source) if rules else None
    marks = mark(rule, root, source.path) if rule else None
    walk = walk_tree(root, locator, marks.elements, marks.kept) if marks else walk_tree(root, locator)
    units, ruled = marks.apply(walk.units) if marks else (walk.units, [])
    if marks:
        marks.remove_dropped()
    words_of: dict[HtmlElement, frozenset[str]] = {}  # units share ancestors: read each one's class words once
    # after the rule's drops (nothing is read from what it drops); else the elements the walk listed
    landmarks = Landmarks.of(root, None if marks else walk.tagged)
    holders = time_holders(landmarks)
    byline_marks: dict[HtmlElement, bool] = {}
    anchors = fragment_targets(root)
    bylines = {id(u): kind for u in units if (kind := byline_kind(u, words_of, holders, byline_marks, anchors))}
    metadata, published, authors = page_metadata(root, byline_texts(units, bylines), landmarks)
    selection = select(units, metadata.title, list(marks.kept) if marks and marks.kept else None)
    if selection.title is not None:
        heading = " ".join(ln.text for ln in selection.title.lines)
        if metadata.title is None or _mostly_within(heading, metadata.title):
            metadata.title = heading  # the heading on the page, without the " | Site" that meta titles carry
    # what the page writes besides what it states, read only where clean.published decides from it: with a
    # stated date, only the byline's and only beside a UTC timestamp (reading every unit costs a few percent
    # of parsing a page)
    unstated = metadata.published_date is None
    labelled, stamped = labelled_date([u.text for u in units], (ln.text for u in units if len(u.lines) > 1
                                                                for ln in u.lines)) if unstated else (None, False)
    byline_read = unstated or published.utc_instant is not None
    dates = DateEvidence(published.utc_instant,
                         _date_in_text([u for u in units if id(u) in bylines]) if byline_read else None,
                         _visible_date(units, selection.kept) if unstated else None,
                         _date_in_text(units) if unstated else None,
                         marked_date(root) if unstated else None,
                         labelled, metadata.modified_date if unstated else None, stamped)
    orphans = _orphan_headings(units, selection.kept, selection.title)
    kept = [u for u in selection.kept if id(u) not in orphans]
    blocks: list[Block] = []
    # bylines and datelines head the article; past its first paragraph they are text, but for a <time> element's
    # text alone ("Publiziert: 03.04.2020, 12:35" closing the article), which the markup says is a date, and a line
    # of date labels and their dates and nothing else past the last paragraph ("Pubblicato il: 30 Settembre 2020"),
    # which says it itself
    in_text = False
    closing = _closing_start(kept, bylines)
    cells = table_cells(kept)
    for at, unit in enumerate(kept):
        marked = bylines.get(id(unit))
        labelled = marked in (None, "dateline") and _labelled_dateline(unit.text, in_text, at >= closing)
        if labelled:
            marked = "dateline"
        elif in_text and not (marked == "dateline" and is_time_text(unit)):
            marked = None
        kind = "title" if unit is selection.title else marked or KINDS.get(unit.tag, "body")
        # a heading's tag can hold a caption too, its class or its <figure> saying so (<h2 class="figure__caption">)
        if kind in ("body", "heading") and _is_caption(unit, words_of):
            kind = "caption"
        elif kind == "body" and _is_reference(unit, words_of):
            kind = "reference"
        elif kind == "body" and is_code(unit):
            kind = "code"
        elif kind == "body" and id(unit) in cells:
            kind = "table"
        in_text = in_text or (kind == "body" and unit.chars >= _PARAGRAPH_CHARS)
        quotation = unit.tag == "blockquote" or enclosing_quotation(unit) is not None
        blocks.append(Block(list(unit.lines), kind=kind, tag=unit.tag, marked=unit.literals, quotation=quotation,
                            titles=unit.titles, marked_references=unit.references))
    artifacts = [Artifact(raw.kind, raw.line.text, raw.line.start, raw.line.end) for raw in walk.raw] + ruled
    artifacts += _artifacts(units, {id(u) for u in kept})
    rest = locator.rest()
    if rest is not None:
        artifacts.append(Artifact("unparsed", *rest))
    # whatever visible text no block or artifact holds yet is kept, so that nothing is lost
    covered = SpanSet(len(text))
    for start, end in [span for b in blocks for span in b.spans] + [(a.start, a.end) for a in artifacts]:
        covered.add(start, end)
    artifacts += [Artifact("unparsed", text[s:e], s, e) for s, e in locator.unplaced(covered)]
    artifacts.sort(key=lambda a: a.start)
    return Parsed(source, blocks, artifacts, metadata, dates, authors)
