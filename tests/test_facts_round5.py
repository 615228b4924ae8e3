"""Round 5 of the fact rules (issue 15): rules that follow from how text is written, each checked on
sentences written here, in the kinds of documents the rules must hold for (news, recipes, minutes,
lists, tutorials), and the one citation decision shared by clean and extract."""
from __future__ import annotations

from scoexport.clean.references import MAX_ENTRY_CHARS, is_citation, mark_references
from scoexport.extract import quantities
from scoexport.records import Block, Line

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def numbers(*texts: str) -> list[str]:
    facts, _ = facts_of(*texts)
    return [f.text for f in of_kind(facts, *NUMERIC)]


# -- one decision: is this paragraph a citation? ------------------------------------------------

ENTRY_WITHOUT_HEADING = "Vogel JA, Kim S, Berg T, et al. Grazing pressure and peat. Soil Biol. 2011;43(2):1201-9."
WEB_ENTRY = ("42. U.S. Census Bureau. Methodology for the intercensal population estimates: 2000 to 2010. "
             "October 2012. Accessed at www2.census.gov/popest/methodology.pdf on 14 December 2016.")


def test_a_citation_outside_a_reference_section_gives_no_numbers() -> None:
    assert is_citation(ENTRY_WITHOUT_HEADING)
    assert quantities.not_running_text(ENTRY_WITHOUT_HEADING)
    assert numbers(ENTRY_WITHOUT_HEADING) == []


def test_a_web_source_with_its_access_note_is_a_citation() -> None:
    assert is_citation(WEB_ENTRY)
    blocks = [Block([Line(t, 0, len(t))], kind=k, text=t) for k, t in
              [("heading", "References"), ("body", "41. " + ENTRY_WITHOUT_HEADING), ("body", WEB_ENTRY)]]
    mark_references(blocks)
    assert [b.kind for b in blocks] == ["heading", "reference", "reference"]
    # prose says a report "can be accessed at" an address: no citation
    prose = "The full report can be accessed at www.example.org and shows 40 farms closed in 2019."
    assert not is_citation(prose)
    assert numbers(prose) == ["40"]


def test_prose_naming_a_study_keeps_its_numbers() -> None:
    # "et al." or "p. 12" in a sentence of prose do not make it a reference entry (the extractor's own
    # test once said they did, and dropped every number of the paragraph)
    text = "Kim et al. counted 40 nests on the island, as the survey's appendix on p. 12 shows."
    assert not is_citation(text)
    assert numbers(text) == ["40"]


def test_a_long_paragraph_citing_a_work_inline_is_prose() -> None:
    prose = ("Die Autorin beschreibt die Lage genau (vgl. Lion Wagner, Krieg und Gesellschaft, 1998, S. 70). "
             + "Im Jahr danach zogen 35 Familien in das neue Haus, und die Stadt baute zwei weitere Häuser. " * 12)
    assert len(prose) > MAX_ENTRY_CHARS
    assert not is_citation(prose)
    assert is_citation("Wagner, L. (1998). Krieg und Gesellschaft. Berlin: Dietz, S. 70.")
