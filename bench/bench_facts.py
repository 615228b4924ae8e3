"""Speed of the facts stage and of the sentence splitter beside pysbd's.

    python bench/bench_facts.py [--repeat 20]

Corpus: the seeds repeated `--repeat` times plus ../shared/eval/pdftext/*.txt when present.
Documents go through parse, clean and segment once, untimed; then the extractors are timed over
all of them (sentences/s, facts/s), and the splitter and pysbd (the `bench` extra) are timed on
the same body paragraphs.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from scoexport import ids
from scoexport.clean import clean
from scoexport.extract import Context, extract
from scoexport.parse import parse
from scoexport.records import Paragraph, Sentence
from scoexport.segment.paragraphs import paragraphs, sentences
from scoexport.segment.splitter import split_sentences
from scoexport.sources.inputs import iter_sources

ROOT = Path(__file__).resolve().parent.parent
PDFTEXT = ROOT.parent / "shared" / "eval" / "pdftext"


def corpus(repeat: int) -> list[tuple[str, object, list[Paragraph], list[Sentence]]]:
    inputs = [ROOT / "seeds"] + ([PDFTEXT] if PDFTEXT.exists() else [])
    docs = []
    for source in iter_sources(inputs):
        if not hasattr(source, "text") or str(source.path).endswith(".json"):
            continue
        doc = ids.doc_id(source.sha256)
        blocks, _, metadata = clean(parse(source))
        paras = paragraphs(doc, blocks)
        copies = repeat if "seeds" in str(source.path) else 1
        docs.extend([(doc, metadata, paras, [s for p in paras for s in sentences(p)])] * copies)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20, help="copies of each seed in the corpus")
    a = ap.parse_args()
    docs = corpus(a.repeat)
    n_sentences = sum(len(s) for *_, s in docs)
    extract(Context(*docs[0]))  # load the gazetteers and compile the patterns outside the timing
    t0 = time.perf_counter()
    n_facts = sum(len(extract(Context(doc, meta, paras, sents))[0]) for doc, meta, paras, sents in docs)
    dt_extract = time.perf_counter() - t0
    chars = sum(len(p.text) for _, _, paras, _ in docs for p in paras)
    print(f"corpus: {len(docs)} documents, {n_sentences} sentences, {chars / 1e6:.2f} M characters")
    print(f"extract: {dt_extract:.2f} s, {n_sentences / dt_extract:,.0f} sentences/s, {n_facts / dt_extract:,.0f} facts/s "
          f"({n_facts} facts)")

    bodies = list(dict.fromkeys(p.text for _, _, paras, _ in docs for p in paras if p.kind == "body"))
    t0 = time.perf_counter()
    ours = sum(len(split_sentences(t)) for t in bodies)
    dt_ours = time.perf_counter() - t0
    print(f"splitter: {len(bodies)} distinct paragraphs, {ours} sentences in {dt_ours:.3f} s, {ours / dt_ours:,.0f} sentences/s")
    try:
        import pysbd
    except ImportError:
        print("pysbd: not installed (pip install -e '.[bench]')")
        return
    seg = pysbd.Segmenter(language="en", clean=False)
    t0 = time.perf_counter()
    theirs = sum(len(seg.segment(t)) for t in bodies)
    dt_theirs = time.perf_counter() - t0
    print(f"pysbd:    {theirs} sentences in {dt_theirs:.3f} s, {theirs / dt_theirs:,.0f} sentences/s")
    print(f"splitter speed: {(ours / dt_ours) / (theirs / dt_theirs):.1f}x pysbd's sentences per second")


if __name__ == "__main__":
    main()
