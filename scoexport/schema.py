"""The table contract: every table's Arrow schema, in one place.

Column types are the ones pandas, polars, pyarrow, DuckDB, Spark and R all read unchanged:
strings, int32/int64, double, date32, timestamps in UTC, lists and structs; nothing unsigned.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"

SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
BOX_FIELDS = [("x0", pa.float32()), ("y0", pa.float32()), ("x1", pa.float32()), ("y1", pa.float32())]
BOX = pa.struct(BOX_FIELDS)
PAGE_BOX = pa.struct([("page", pa.int32()), *BOX_FIELDS])


def _schema(doc: str, *fields: tuple[str, pa.DataType, str]) -> pa.Schema:
    return pa.schema(
        [pa.field(name, typ, metadata={"description": text}) for name, typ, text in fields],
        metadata={"description": doc},
    )


TABLES: dict[str, pa.Schema] = {
    "documents": _schema(
        "One row per input document.",
        ("doc_id", pa.string(), "Deterministic ID from the source's SHA-256"),
        ("source_path", pa.string(), "Path of the input as given; inside a file of many documents FILE#record"),
        ("source_sha256", pa.string(), "SHA-256 of the input bytes (of a record: of its fields read, as canonical JSON)"),
        ("format", pa.string(), "text, html or pdf"),
        ("encoding", pa.string(), "Encoding the bytes were decoded with (null for a PDF)"),
        ("n_bytes", pa.int64(), "Size of the input in bytes"),
        ("title", pa.string(), "Title"),
        ("subtitle", pa.string(), "Subtitle or standfirst"),
        ("authors", pa.list_(pa.string()), "Author names without honorifics or roles"),
        ("author_affiliation", pa.string(), "Role and institution given with the byline"),
        ("publisher", pa.string(), "Publisher or site name"),
        ("published_date", pa.date32(), "Publication date"),
        ("modified_date", pa.date32(), "Last modification date, where given"),
        ("language", pa.string(), "ISO 639-1 language code"),
        ("url", pa.string(), "Canonical URL, where the document gives one"),
        ("target_url", pa.string(), "For a page from a web archive (WARC): the URL it was fetched from"),
        ("crawl_date", pa.timestamp("us", tz="UTC"), "For a page from a web archive (WARC): when it was fetched"),
        ("record", pa.string(), "Where in a file of many documents: a JSON pointer for .json and .parquet records "
                                "(/3, /articles/3; Parquet rows from 0), L and the line for JSON Lines (L12), "
                                "the byte offset in a web archive"),
        ("record_id", pa.string(), "The ID a JSON, JSON Lines or Parquet record gives itself (its id field), as text"),
        ("n_paragraphs", pa.int32(), "Number of paragraphs kept"),
        ("n_sentences", pa.int32(), "Number of sentences"),
        ("n_facts", pa.int32(), "Number of facts extracted"),
        ("n_artifacts", pa.int32(), "Number of artifacts removed by cleaning"),
        ("n_pages", pa.int32(), "Number of pages of a PDF (null for text and HTML)"),
    ),
    "paragraphs": _schema(
        "One row per kept block of text.",
        ("doc_id", pa.string(), "Document"),
        ("paragraph_id", pa.string(), "Deterministic paragraph ID"),
        ("seq", pa.int32(), "Position in the document, from 0"),
        ("kind", pa.string(), "title, subtitle, byline, dateline, caption, heading, body; from PDFs and paged plain "
         "text also footnote, table (rows the layout aligns: cells, dot leaders, narrow columns; in plain text a run of "
         "cells one to a line; text kept, names read, no numbers or dates), front_matter (a book's title, copyright "
         "and collaborators pages before or around its contents: no running text, no numbers; its edition date is the "
         "published date); "
         "reference: an entry of a reference list (References, Bibliography, Notes...), read for no facts; "
         "code: a block of computer code (HTML <pre><code>), read for no facts"),
        ("section", pa.string(), "Text of the heading the paragraph stands under"),
        ("text", pa.string(), "Cleaned text"),
        ("n_chars", pa.int32(), "Length of text in code points"),
        ("source_spans", pa.list_(SPAN), "Ranges of the decoded source (for a PDF: of its text in texts) the text comes from"),
        ("pages", pa.list_(pa.int32()), "PDF pages the paragraph lies on, from 1 (null for text and HTML)"),
        ("bboxes", pa.list_(PAGE_BOX), "Its box on each of those pages: x0, y0, x1, y1 in PDF points from the bottom left"),
        ("literals", pa.list_(SPAN), "Ranges of text written as literals: inline code, commands, file names, options, "
         "values (HTML <code>, <kbd>, <samp>, <var>, <tt> and DocBook's and Sphinx's literal classes; in plain text "
         "reStructuredText's and Markdown's backquotes and roles); read for no facts"),
    ),
    "sentences": _schema(
        "One row per sentence.",
        ("doc_id", pa.string(), "Document"),
        ("paragraph_id", pa.string(), "Paragraph"),
        ("sentence_id", pa.string(), "Deterministic sentence ID"),
        ("seq", pa.int32(), "Position in the paragraph, from 0"),
        ("text", pa.string(), "Sentence text"),
        ("start", pa.int32(), "Start offset in the paragraph text"),
        ("end", pa.int32(), "End offset in the paragraph text"),
    ),
    "facts": _schema(
        "One row per typed extraction.",
        ("fact_id", pa.string(), "Deterministic fact ID"),
        ("doc_id", pa.string(), "Document"),
        ("paragraph_id", pa.string(), "Paragraph"),
        ("sentence_id", pa.string(), "Sentence"),
        ("kind", pa.string(), "date, number, ordinal, fraction, percent, money, quantity, entity, acronym or quote"),
        ("text", pa.string(), "The fact as written"),
        ("value", pa.string(), "Normalized value: ISO date or interval, number, canonical name"),
        ("value_num", pa.float64(), "Numeric value, null where not numeric; the low end of a range"),
        ("value_high", pa.float64(), "High end of a range ('40 to 80 years', '2-3 hours'), null for one number"),
        ("unit", pa.string(), "What a number counts, or the currency"),
        ("qualifier", pa.string(), "Approximation as written: over, almost, about"),
        ("precision", pa.string(), "Precision of a date: time, day, week, month, season, year, decade, century "
                                    "(a time's value joins the day its sentence names, e.g. 2019-05-18T18:38, else "
                                    "is null; a season's value is its year, a century's its years, 1900/1999)"),
        ("entity_id", pa.string(), "Entity of an entity fact, or a quote's speaker"),
        ("entity_type", pa.string(), "Type of that entity"),
        ("start", pa.int32(), "Start offset in the paragraph text"),
        ("end", pa.int32(), "End offset in the paragraph text"),
    ),
    "entities": _schema(
        "One row per entity resolved across the whole dataset.",
        ("entity_id", pa.string(), "Deterministic entity ID"),
        ("type", pa.string(), "person, organization, country, city or region (state, province, continent, named place)"),
        ("name", pa.string(), "Canonical name"),
        ("aliases", pa.list_(pa.string()), "Other forms found in the documents"),
        ("external_id", pa.string(), "ISO 3166-1 alpha-3 for countries (ISO 3166-2 for England, Scotland, Wales), "
                                      "ISO 3166-2 for states and provinces, GeoNames ID for cities and towns"),
        ("n_mentions", pa.int32(), "Mentions across the dataset"),
        ("n_documents", pa.int32(), "Documents that mention it"),
    ),
    "artifacts": _schema(
        "One row per piece of text removed by cleaning.",
        ("doc_id", pa.string(), "Document"),
        ("kind", pa.string(), "banner, letterhead, page_header, page_footer, page_number, boilerplate, control, "
                                  "site_rule (convert --rules), markup (a reStructuredText or Markdown source's title "
                                  "underlines, link targets, comments), ..."),
        ("text", pa.string(), "The removed text"),
        ("source_start", pa.int32(), "Start offset in the decoded source (for a PDF: in its row in texts)"),
        ("source_end", pa.int32(), "End offset in the decoded source"),
        ("page", pa.int32(), "PDF page, from 1 (null for text and HTML)"),
        ("bbox", BOX, "Box on that page in PDF points from the page's bottom left"),
        ("reason", pa.string(), "What removed it, where the kind alone does not say: for site_rule, the "
                                "selector of the rules file (or 'not in keep: ...')"),
    ),
    "texts": _schema(
        "One row per PDF: the text extracted from its pages, which its source offsets point into "
        "(lines in reading order, pages ended by form feeds).",
        ("doc_id", pa.string(), "Document"),
        ("text", pa.string(), "Extracted text"),
    ),
    "terms": _schema(
        "One row per term of a paragraph, for ranked search without extensions.",
        ("doc_id", pa.string(), "Document"),
        ("paragraph_id", pa.string(), "Paragraph"),
        ("term", pa.string(), "Lower-cased run of letters and digits"),
        ("tf", pa.int32(), "Occurrences of the term in the paragraph"),
        ("paragraph_terms", pa.int32(), "Number of terms in the paragraph"),
    ),
    "errors": _schema(
        "One row per input that could not be converted.",
        ("source_path", pa.string(), "Path of the input"),
        ("stage", pa.string(), "Stage that failed: read, decode, parse, ..."),
        ("error", pa.string(), "What went wrong"),
    ),
}

CONTRACT_TABLES = ("documents", "paragraphs", "sentences", "facts", "entities", "artifacts")


def describe() -> list[tuple[str, str, str, str]]:
    """(table, column, type, description) for every column of every table."""
    rows = []
    for table, schema in TABLES.items():
        for f in schema:
            rows.append((table, f.name, str(f.type), (f.metadata or {}).get(b"description", b"").decode()))
    return rows
