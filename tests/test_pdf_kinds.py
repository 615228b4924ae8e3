"""Documents of other kinds than reports: identifiers, schedules, house numbers and tables give no numbers or
dates (issue 15). Every input is made here: sentences written for the rule, PDFs drawn with reportlab."""
from __future__ import annotations

import io

import pytest

from scoexport import process
from scoexport.extract.identifiers import identifier_spans, model_numbers, named_models

from .facts_util import facts_of

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def facts(text: str, kinds: tuple[str, ...]) -> list[str]:
    return [f.text for f in facts_of(text)[0] if f.kind in kinds]


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in identifier_spans(text)]


@pytest.mark.parametrize(("text", "codes"), [
    ("The FAA supersedes AD 2018\u201323\u201351 today.", ["2018\u201323\u201351"]),
    ("Docket No. FAA\u20132020\u2013 0686; Product Identifier 2019\u2013NM\u2013035\u2013AD.",
     ["FAA\u20132020\u2013 0686", "2019\u2013NM\u2013035\u2013AD"]),
    ("It applies to Model 737-8 and 737-9 airplanes.", ["737-8", "737-9"]),
    ("Call 206-231-3500 or write to room W12-140.", ["206-231-3500", "W12-140"]),
    ("Under 14 CFR 11.43 and 11.45 and 49 U.S.C. 106(g), 40113, 44701.",
     ["14 CFR 11.43 and 11.45", "49 U.S.C. 106(g), 40113, 44701"]),
    ("The FAA amends \u00a7 39.13 as follows.", ["\u00a7 39.13"]),
    ("Write to 9-FAA-SACO@ faa.gov today.", ["9-FAA-SACO", "9-FAA-SACO@ faa.gov"]),
    ("Demande 2023-0379 et r\u00e9solution DM-2023-001.", ["2023-0379", "DM-2023-001"]),
    ("d\u2019accepter la demande de d\u00e9molition 2023-", ["2023-"]),
])
def test_identifiers_are_found(text: str, codes: list[str]) -> None:
    assert spans(text) == codes


@pytest.mark.parametrize("text", [
    "The work took 2-3 hours in 2018-2019.",  # ranges
    "Sales fell in mid-2019 during Covid-19.",  # words joined to numbers
    "The rule took effect on 2020-08-06 and was filed 8-5-20.",  # dates written with dashes
    "The score was 7-6 after 40 minutes.",
])
def test_ranges_words_and_dates_are_no_identifiers(text: str) -> None:
    assert spans(text) == []


def test_model_numbers_from_a_named_model() -> None:
    texts = ["The rule covers the Boeing Model 737-8.", "Each 737 MAX airplane and 30 Airbus jets."]
    models = model_numbers(texts)
    assert models == {"737"}
    assert [texts[1][a:b] for a, b in named_models(texts[1], models)] == ["737"]
    assert model_numbers(["Each 737 MAX airplane."]) == frozenset()  # no model named: no model number


def test_identifier_digits_give_no_dates_or_numbers() -> None:
    text = ("On November 7, 2018, the FAA issued Emergency AD 2018\u201323\u201351 to 73 operators, under "
            "14 CFR 39.13, for the Boeing Model 737\u20138; the 737 MAX fleet then had 387 airplanes.")
    assert facts(text, ("date",)) == ["November 7, 2018"]
    assert facts(text, NUMERIC) == ["73", "387"]


def test_a_weekly_schedule_gives_no_date_and_no_number() -> None:
    text = "Deliver them between 9 a.m. and 5 p.m., Monday through Friday, except holidays. The office moved on Tuesday."
    assert facts(text, ("date",)) == ["Tuesday"]
    assert facts(text, NUMERIC) == []


def test_house_numbers_before_a_street_named_kind_first() -> None:
    text = "La demande vise la partie arri\u00e8re du 1069, boulevard de Sainte-Ad\u00e8le, et ses 43 logements."
    assert facts(text, NUMERIC) == ["43"]
    assert facts("The town has 1069 homes on the boulevard.", NUMERIC) == ["1069"]


def test_numbered_items_after_a_bullet_are_no_numbers() -> None:
    text = "\u25a0 2. The FAA amends the rule for 12 operators by removing the old directive."
    assert facts(text, NUMERIC) == ["12"]


# --- tables in PDFs -----------------------------------------------------------------------------

PROSE = ("The council met to review the budget and agreed that 14 schools would receive new roofs before the "
         "winter, a decision its members described as overdue after three years of delays.")


def _pdf(draw) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 760, "Report of the School Board")
    c.setFont("Helvetica", 10)
    draw(c)
    c.save()
    return buf.getvalue()


def _prose(c, y: float, x: float = 60, width: float = 490) -> float:
    from reportlab.lib.utils import simpleSplit

    for line in simpleSplit(PROSE, "Helvetica", 10, width):
        c.drawString(x, y, line)
        y -= 12.4
    return y - 12


def test_a_table_with_dot_leaders_gives_no_numbers() -> None:
    def draw(c) -> None:
        y = _prose(c, 730)
        for label, cost in [("Roof repairs", "$85,000"), ("Window seals", "$6,205"), ("Boiler service", "$3,790")]:
            c.drawString(60, y, f"{label} {'.' * 40} {cost}")
            y -= 12.4
        _prose(c, y - 12)

    result = process(_pdf(draw), name="costs.pdf")
    kinds = {p.kind for p in result.paragraphs if "Roof repairs" in p.text}
    assert kinds == {"table"}
    assert sorted(f.text for f in result.facts if f.kind in NUMERIC) == ["14", "14", "three", "three"]
    assert "$85,000" in result.paragraphs[-2].text or any("$85,000" in p.text for p in result.paragraphs)


def test_a_table_read_as_columns_gives_no_dates() -> None:
    rows = [("BAIN, J MATTHEW", "03/04/2019", "DISTRICT DIRECTOR", "37,499.96"),
            ("SMITH, ALVARO R", "03/10/2019", "LEGISLATIVE CORRESPONDENT", "21,000.00"),
            ("ARMER, DEREK A", "03/01/2019", "STAFF ASSISTANT", "25,499.96"),
            ("ENGLERT, PAYTON A", "04/16/2019", "FIELD REPRESENTATIVE", "1,458.33"),
            ("CAMPBELL, CLAYTON D", "05/24/2019", "INTERN", "446.87"),
            ("KISHI, DANIEL M", "06/29/2019", "STAFF ASSISTANT", "920.68")]

    def draw(c) -> None:
        y = _prose(c, 730) - 10
        for row in rows:
            for x, cell in zip((60, 220, 300, 480), row, strict=True):
                c.drawString(x, y, cell)
            y -= 14

    result = process(_pdf(draw), name="expenses.pdf")
    assert {p.kind for p in result.paragraphs if "03/04/2019" in p.text or "BAIN" in p.text} == {"table"}
    tables = {p.paragraph_id for p in result.paragraphs if p.kind == "table"}
    assert [f for f in result.facts if f.kind == "date" and f.paragraph_id in tables] == []
    assert [f.text for f in result.facts if f.kind == "date"] == ["the winter"]  # the prose's own date
    assert sorted(f.text for f in result.facts if f.kind in NUMERIC) == ["14", "three"]


def test_two_columns_of_prose_are_no_table() -> None:
    def draw(c) -> None:
        y1 = y2 = 730
        for _ in range(4):
            y1 = _prose(c, y1, 60, 230)
            y2 = _prose(c, y2, 320, 230)

    result = process(_pdf(draw), name="columns.pdf")
    assert "table" not in {p.kind for p in result.paragraphs}


def test_a_raised_small_digit_is_a_footnote_mark_not_a_number() -> None:
    def draw(c) -> None:
        y = _prose(c, 730)
        t = c.beginText(60, y)
        t.setFont("Helvetica", 10)
        t.textOut("The pilots saw an altitude disagree alert,")
        t.setFont("Helvetica", 6)
        t.setRise(4)
        t.textOut("5")
        t.setRise(0)
        t.setFont("Helvetica", 10)
        t.textOut(" and 14 other warnings during the flight.")
        c.drawText(t)

    result = process(_pdf(draw), name="marks.pdf")
    [para] = [p for p in result.paragraphs if "altitude" in p.text]
    assert "alert,\u2075 and" in para.text
    assert [f.text for f in result.facts if f.kind in NUMERIC and f.paragraph_id == para.paragraph_id] == ["14"]


def test_the_date_above_the_body_is_the_documents_date() -> None:
    import datetime as dt

    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, 740, "Special Meeting April 6, 2016")
        c.setFont("Helvetica", 10)
        _prose(c, 715)

    assert process(_pdf(draw), name="agenda.pdf").metadata.published_date == dt.date(2016, 4, 6)

    def later(c) -> None:
        y = _prose(c, 730)
        c.drawString(60, y, "The minutes were approved on May 2, 2017 by the members present.")

    assert process(_pdf(later), name="minutes.pdf").metadata.published_date != dt.date(2017, 5, 2)


def test_spaced_dot_leaders_make_a_table_of_contents() -> None:
    def draw(c) -> None:
        y = _prose(c, 730)
        for entry, page in [("1 Introduction", "1"), ("2 Structure handling", "3"), ("3 Utilities", "5")]:
            c.drawString(60, y, f"{entry} {'. ' * 30}{page}")
            y -= 12.4

    result = process(_pdf(draw), name="contents.pdf")
    assert {p.kind for p in result.paragraphs if "Introduction" in p.text} == {"table"}
    assert sorted(f.text for f in result.facts if f.kind in NUMERIC) == ["14", "three"]


@pytest.mark.parametrize(("text", "numbers"), [
    ("The report (http://knkt.example.id/baru/2018%20- %20035%20Final.pdf) lists 189 fatalities.", ["189"]),
    ("Insert a copy of figures 1 through 9 into the manual of the 73 airplanes.", ["73"]),
    ("Contact the office at (408) 252-3000, ext. 61200 at least two business days before.", ["two"]),
    ("2.1 Public Employee Evaluation of the 4 principals was heard in closed session.", ["4"]),
    ("The manual is in Section 22\u201311\u2013 33 and covers 12 airplanes.", ["12"]),
])
def test_other_identifiers_are_no_numbers(text: str, numbers: list[str]) -> None:
    assert facts(text, NUMERIC) == numbers


def test_a_running_header_naming_the_chapter_and_the_page_is_furniture() -> None:
    # a manual's header changes its words with the chapter ("Chapter 2: Getting Help 1", "Chapter 6: Legal
    # Matters 5"), so only its page number, in step with the pages, says it runs over them
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from .test_pdf import source_of

    headers = ["Chapter 2: Getting Help 1", "Chapter 3: GNU Accounts and Resources 2", "Chapter 6: Legal Matters 3",
               "Chapter 6: Legal Matters 4"]
    sentence = ("Maintainers of a package should answer the mail of its users within a week, and say so when they "
                "cannot, so that nobody waits in vain for a reply that will not come.")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for header in headers:
        c.setFont("Times-Roman", 11)
        c.drawString(90, 790, header)
        y = 740.0
        for k in range(20):
            c.drawString(90, y, f"{sentence[:86]}" if k % 5 < 4 else "a reply that will not come.")
            y -= 13
        c.showPage()
    c.save()
    result = process(source_of(buf.getvalue()))
    assert not any(p.text.startswith("Chapter") for p in result.paragraphs)
    assert sorted(a.text for a in result.artifacts if a.text.startswith("Chapter")) == sorted(headers)


def test_numbers_closing_headings_that_do_not_keep_step_with_the_pages_are_no_page_numbers() -> None:
    from scoexport.page_numbers import carry_page_numbers

    assert carry_page_numbers([(4, "Chapter 2: Getting Help 1"), (5, "Chapter 3: Accounts 2"),
                               (7, "Chapter 6: Legal Matters 4"), (8, "Chapter 6: Legal Matters 5")]) == {0, 1, 2, 3}
    assert carry_page_numbers([(1, "Results for 2019"), (2, "Appendix 3"), (3, "Table 7"), (5, "Figure 2")]) == set()
