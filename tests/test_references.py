"""Reference sections (issue 15): a document's list of sources is kept as paragraphs of kind `reference`
and read for no facts, on every route; near misses stay body. Made-up documents only."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean.references import is_citation, is_reference_heading, mark_references
from scoexport.pipeline import process
from scoexport.records import Block, Line

BODY = [
    "Upland pastures in Wales stored 42 tonnes of carbon per hectare in 2019, according to a survey run by the "
    "Welsh Government across 310 farms, up from 38 tonnes when the first survey was made in 2009.",
    "Farmers in Powys said the change came from rotating their flocks between fields every 14 days, a practice "
    "the Farmers' Union of Wales has promoted since 2012 through its advisory service in Cardiff.",
]
ENTRIES = [
    "Smith, J. A., Jones, B. and Evans, C. (2015). Carbon stocks in upland soils. Journal of Soil Science "
    "66(3): 412-425. doi:10.1111/ejss.12245",
    "Brown, P. et al. (2018). Grazing and soil organic matter in Norway. Geoderma 310: 77-89.",
    "Lindqvist, M. (2020). Winter grazing in Oslo and Bergen. Edinburgh: Caledonia Press, pp. 15-34.",
]
# words that appear only in the reference entries: no fact may hold them
ENTRY_ONLY = ("2015", "2018", "2020", "Norway", "Oslo", "Bergen", "Edinburgh", "Caledonia", "412", "310: 77", "66")


def text_article(section: str, entries: list[str], after: list[str] = ()) -> str:
    return "\n\n".join(["Soil Carbon in Upland Pastures", "By Maria Lindqvist", *BODY, section, *entries, *after]) + "\n"


def kinds(result) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in result.paragraphs]


def fact_texts(result, paragraph_ids: set[str] | None = None) -> list[str]:
    return [f.text for f in result.facts if paragraph_ids is None or f.paragraph_id in paragraph_ids]


def assert_no_entry_facts(result) -> None:
    facts = fact_texts(result)
    for word in ENTRY_ONLY:
        assert not any(word in text for text in facts), (word, facts)


def test_text_article_keeps_its_references_as_reference_paragraphs_without_facts() -> None:
    source = text_article("References", ENTRIES)
    result = process(text=source)
    refs = [p for p in result.paragraphs if p.kind == "reference"]
    assert [p.text for p in refs] == ENTRIES
    assert all(p.section == "References" for p in refs)
    # nothing is lost: each entry's spans still point at its text in the source
    for p in refs:
        assert " ".join(source[s:e] for s, e in p.spans) == p.text
    assert ("heading", "References") in kinds(result)
    assert_no_entry_facts(result)
    # the body's facts are still there
    facts = fact_texts(result)
    # "every 14 days" says how often, a recurrence: no number (the annotators' convention, numbers12's rule)
    assert {"Wales", "42", "2019", "Powys", "2012"} <= set(facts)
    assert {f.paragraph_id for f in result.facts} <= {p.paragraph_id for p in result.paragraphs if p.kind != "reference"}


def test_numbered_entries_and_other_heading_names() -> None:
    numbered = [f"[{n}] {entry}" for n, entry in enumerate(ENTRIES, 1)]
    for heading in ("7. Bibliography", "Literaturverzeichnis", "Works Cited:", "Références"):
        result = process(text=text_article(heading, numbered))
        assert [p.text for p in result.paragraphs if p.kind == "reference"] == numbered, heading
        assert_no_entry_facts(result)


def test_notes_section_of_prose_stays_body() -> None:
    notes = [
        "The survey counted only farms that kept sheep through the winter, because summer grazing alone leaves "
        "the soil too dry for the cores the team used to measure carbon in Norway.",
        "Some farmers in Oslo declined to take part and asked that their fields not be named in the report.",
    ]
    result = process(text=text_article("Notes", notes))
    assert [p.kind for p in result.paragraphs if p.text in notes] == ["body", "body"]
    assert "Norway" in fact_texts(result)


def test_a_sentence_mentioning_references_stays_body() -> None:
    sentence = ("The references in the Smith report (2015) were checked by J. Evans in Oslo, who found "
                "three errors in the figures for 2009.")
    result = process(text=text_article("Further Findings", [sentence]))
    assert ("body", sentence) in kinds(result)
    assert "Oslo" in fact_texts(result)


def test_the_section_ends_at_the_next_heading() -> None:
    after = ["Acknowledgements",
             "We thank the farmers of Bergen, who gave the survey team access to 25 fields over three winters."]
    result = process(text=text_article("References", ENTRIES, after))
    assert [p.text for p in result.paragraphs if p.kind == "reference"] == ENTRIES
    assert ("body", after[1]) in kinds(result)
    assert "Bergen" in fact_texts(result)


def test_prose_after_the_list_without_a_heading_stays_body() -> None:
    bio = ["Maria Lindqvist is a soil scientist who has worked on farms in the hills of Wales for many years.",
           "She lives with her family on a smallholding near the town of Rhayader.",
           "Her next book, on the grazing of upland commons, is due out in the spring."]
    result = process(text=text_article("References", ENTRIES, bio))
    assert [p.kind for p in result.paragraphs if p.text in bio] == ["body"] * 3


PAGE = """<html><head><title>Peat bogs hold more carbon than thought</title></head><body>
<nav><a href="/">Home</a> <a href="/science">Science</a></nav>
<article>
<h1>Peat bogs hold more carbon than thought</h1>
<p>Researchers at the University of Helsinki measured 1,200 cores from bogs in Finland and Estonia between
2016 and 2021, and found that the deepest layers held twice the carbon that older surveys had assumed.</p>
<p>"We had been sampling only the top metre," said Anna Korhonen, who led the fieldwork for the survey.</p>
{references}
</article>
<footer>Example News</footer>
</body></html>"""
HTML_ENTRIES = [
    "Korhonen, A., Varga, T. et al. (2022). Deep peat carbon in Latvia. Nature Geoscience 15(4): 301-309.",
    "Turunen, J. (2002). Carbon accumulation in mires of Lithuania. The Holocene 12(1): 69-80.",
]


def html_result(references: str):
    return process(html=PAGE.format(references=references))


def test_html_references_under_a_heading_are_reference_paragraphs() -> None:
    items = "".join(f"<li>{e}</li>" for e in HTML_ENTRIES)
    result = html_result(f"<h2>References</h2><ol>{items}</ol>")
    assert [p.text for p in result.paragraphs if p.kind == "reference"] == HTML_ENTRIES
    facts = fact_texts(result)
    assert not any(word in f for f in facts for word in ("Latvia", "Lithuania", "2022", "2002", "301"))
    assert {"Finland", "1,200", "Anna Korhonen"} <= set(facts)


def test_html_reference_list_marked_in_markup_without_a_heading() -> None:
    items = "".join(f"<li>{e}</li>" for e in HTML_ENTRIES)
    for markup in (f'<ol class="references">{items}</ol>', f'<section role="doc-bibliography"><ul>{items}</ul></section>'):
        result = html_result(markup)
        assert [p.text for p in result.paragraphs if p.kind == "reference"] == HTML_ENTRIES, markup


def test_html_markup_claim_without_citations_stays_body() -> None:
    prose = ("The survey team thanks the landowners of Latvia for letting them walk the bogs in all "
             "weathers, and the rangers who guided them.")
    result = html_result(f'<div class="footnotes"><p>{prose}</p></div>')
    assert ("body", prose) in kinds(result)


def test_pdf_report_references_are_reference_paragraphs() -> None:
    from tests.pdfs import Report, make_report

    report = Report(paragraphs=[*BODY, *ENTRIES], headings={len(BODY): "References"})
    result = process(make_report(report), name="report.pdf")
    refs = [p.text for p in result.paragraphs if p.kind == "reference"]
    assert refs == ENTRIES
    assert_no_entry_facts(result)
    assert "Powys" in fact_texts(result)


def test_heading_names() -> None:
    for text in ("References", "REFERENCES", "7. References", "VII. Bibliography", "Works Cited:", "Literatur",
                 "Références", "参考文献", "Notes and References"):
        assert is_reference_heading(text), text
    for text in ("References to the 1998 treaty", "Notes from the field", "Our sources say", "Methods"):
        assert not is_reference_heading(text), text


def test_citation_shapes() -> None:
    for text in (*ENTRIES, *HTML_ENTRIES,
                 "Vogel JA, Kim S. Grazing pressure and peat. Soil Biol. 2011;43:1201-9.",
                 "Hahn, Kurt. 1998. Moor und Mensch. Bern: Haupt.",
                 "Ibid., p. 45.",
                 "World Bank (2021). Carbon pricing report. https://example.org/report",
                 "PMID: 12345678"):
        assert is_citation(text), text
    for text in ("On March 4, 2003, the council met in Bergen to vote on the plan.",
                 "The survey counted 310 farms in 2019 and 280 in 2009.",
                 "References to the 1998 treaty were removed from the draft.",
                 "Note: figures are rounded to the nearest tonne."):
        assert not is_citation(text), text


def _blocks(kinds_and_texts: list[tuple[str, str]]) -> list[Block]:
    return [Block([Line(text, 0, len(text))], kind=kind, text=text) for kind, text in kinds_and_texts]


_TEXTS = st.sampled_from(["References", "Notes", "Methods", *ENTRIES, *BODY, "Ibid.", "1. See above.", ""])
_KINDS = st.sampled_from(["body", "heading", "caption", "reference", "title", "footnote"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_KINDS, _TEXTS), max_size=12), st.sampled_from([None, "References", "Methods"]))
def test_references_end_on_a_citation_and_nothing_else_changes(items, section) -> None:
    blocks = _blocks(items)
    mark_references(blocks, section)
    assert [b.text for b in blocks] == [t for _, t in items]
    for n, ((before, text), block) in enumerate(zip(items, blocks, strict=True)):
        if block.kind == "reference":
            # an entry, or a block between the heading and a later citation (a note, a wrapped entry's end)
            assert before in ("body", "reference") or (before == "heading" and is_citation(text))
            following = next((b.kind for b in blocks[n + 1:] if b.kind in ("body", "reference")), None)
            if following != "reference":
                assert is_citation(text)  # a list ends on its last citation
        elif before == "reference":
            assert block.kind == "body"  # an unconfirmed claim goes back to body
        else:
            assert block.kind == before


def test_a_reference_section_across_window_edges_gives_the_kinds_of_one_pass(tmp_path) -> None:
    from scoexport import windows
    from scoexport.sources import read_source
    from scoexport.windows import Window

    entries = [f"[{n}] {entry}" for n, entry in enumerate(ENTRIES * 4, 1)]
    path = tmp_path / "paper.txt"
    path.write_text(text_article("References", entries), encoding="utf-8")
    source = read_source(str(path))
    whole = [(p.kind, p.text) for p in process(source).paragraphs]
    pieces = list(windows.iter_windows(source, Window(chars=400)))
    assert len(pieces) > 3
    assert [(p.kind, p.text) for piece in pieces for p in piece.paragraphs] == whole
    assert [t for k, t in whole if k == "reference"] == entries
    assert not any(word in f.text for piece in pieces for f in piece.facts for word in ("Norway", "Caledonia"))
