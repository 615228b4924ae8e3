"""The whole chain for one document: a source through parse, clean, segment and extract, within its budget.

Enters: a `Source` (or what `process` accepts: a path, bytes, text, HTML or a BeautifulSoup). Leaves: its
`DocumentResult`, or a `Failure` naming the stage. A run over many documents into a dataset is `scoexport.run`."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from . import ids, windows
from .budget import DEFAULT_BUDGET, Budget, BudgetExceeded, current_stage, stage, within
from .clean import clean
from .collector import cycles_paused
from .extract import Context, extract
from .parse import ParseError, parse
from .parse.html.rules import SiteRules
from .records import DocumentResult, Failure, Source
from .segment import paragraphs, sentences
from .sources.objects import source_from
from .sources.soup import is_soup, soup_source

if TYPE_CHECKING:
    from bs4.element import Tag


log = logging.getLogger(__name__)


def process(document: Source | Tag | str | os.PathLike[str] | bytes | None = None, rules: SiteRules | None = None, *,
            text: str | None = None, html: str | None = None, name: str | None = None) -> DocumentResult:
    """One document through every stage: a path (str or PathLike), the bytes of a file, a BeautifulSoup (or a
    Tag of one, read as the HTML it serializes to), `text=` a string of plain text or `html=` a page's HTML;
    `name` is the path the result shows for bytes and strings. A positional str is always a path
    (`sources.objects` says why); errors are those of `source_from`. `rules` keep and drop parts of the pages
    of the sites they name (`convert --rules`).

    >>> result = process(text="Leaders met in Astana on 4 July 2024.")
    >>> [f.value for f in result.facts if f.kind == "date"]
    ['2024-07-04']
    """
    if is_soup(document):
        source = soup_source(document)
    elif isinstance(document, Source):
        source = document
    else:
        source = source_from(document, text=text, html=html, name=name)
    return process_source(source, rules)


def process_source(source: Source, rules: SiteRules | None = None) -> DocumentResult:
    """Run one decoded source through parse, clean, segment and extract (the cycle collector paused meanwhile:
    `collector`)."""
    with cycles_paused():
        return _stages(source, rules)


def _stages(source: Source, rules: SiteRules | None) -> DocumentResult:
    doc = ids.doc_id(source.sha256)
    t0 = time.perf_counter()
    stage("parse")
    parsed = parse(source, rules)
    source = parsed.source  # a PDF's source gains the text its layout extracted
    t1 = time.perf_counter()
    stage("clean")
    blocks, artifacts, metadata = clean(parsed)
    t2 = time.perf_counter()
    stage("segment")
    paras = paragraphs(doc, blocks)
    sents = [s for p in paras for s in sentences(p)]
    t3 = time.perf_counter()
    stage("extract")
    facts, mentions = extract(Context(doc, metadata, paras, sents))
    t4 = time.perf_counter()
    log.debug("%s: %.1f ms (parse %.1f, clean %.1f, segment %.1f, extract %.1f); %d paragraphs, %d sentences, %d facts",
              source.path, (t4 - t0) * 1e3, (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, (t4 - t3) * 1e3,
              len(paras), len(sents), len(facts))
    return DocumentResult(source, doc, metadata, paras, sents, facts, artifacts, mentions,
                          warnings=parsed.warnings, n_pages=parsed.n_pages)


def process_document(source: Source, budget: Budget = DEFAULT_BUDGET, hard_stop: bool = False,
                     rules: SiteRules | None = None, window: windows.Window = windows.DEFAULT_WINDOW,
                     spill: str | None = None) -> DocumentResult | Failure:
    """The per-document function of every engine: `process` within the budget, any error a Failure.

    A plain text or PDF longer than `window` (characters, pages) is processed window by window into a spill file
    in the folder `spill` (a run's scratch folder; the system's temporary folder by default), each window within
    the budget (`scoexport.windows`); read its rows with `windows.pieces`. `hard_stop` is for worker processes
    only (see `budget.within`).
    """
    try:
        if windows.is_long(source, window):
            result = windows.process_in_windows(source, window, budget, hard_stop, spill)
        else:
            with within(budget, hard_stop):
                result = process_source(source, rules)
    except BudgetExceeded as exc:
        failure = Failure(source.path, current_stage(), str(exc))
    except ParseError as exc:  # the format's reader says why in one line (an encrypted or scanned PDF)
        failure = Failure(source.path, "parse", str(exc))
    except RecursionError:
        failure = Failure(source.path, current_stage(), "nested too deeply to process")
    except Exception as exc:  # one broken document must not stop the run
        failure = Failure(source.path, current_stage(), f"{type(exc).__name__}: {exc}")
    else:
        # the parent needs the input's size, not its bytes nor (but for a PDF, whose text is a table) its text: a
        # worker's result crosses the process boundary without them
        result.source = replace(result.source, data=None, text=result.source.text if result.source.format == "pdf" else "")
        return result
    log.warning("failed %s in stage %s: %s", failure.path, failure.stage, failure.error)
    return failure
