"""The analysis views' SQL, on a small dataset whose facts are written by hand.

These tests pin what each view computes independently of the extractors; tests/test_views.py
runs the same views on the seeds' real facts.
"""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from scoexport import connect, ids, process
from scoexport.export.writer import DatasetWriter
from scoexport.records import DocumentResult, Fact, Mention, Source

DOC_A = ("Northern League expands\n\n"
         "Rufus T. Firefly said Freedonia will join the Northern League. "
         "The Northern League summit opened on 3 May 2021. The league now has 9 members.\n")
DOC_B = ("Freedonia joins\n\n"
         "Rufus Firefly confirmed that Freedonia joined the Northern League. "
         "The Northern League summit opened on 4 May 2021. The league has 12 members.\n")


def make_result(name: str, text: str, published: dt.date) -> DocumentResult:
    data = text.encode()
    result = process(Source(name, data, hashlib.sha256(data).hexdigest(), text, "utf-8", "text"))
    result.metadata.published_date = published
    result.facts, result.mentions = [], []  # only the facts written below
    return result


def add_fact(result: DocumentResult, kind: str, text: str, nth_sentence: int, **fields: object) -> Fact:
    body = [s for s in result.sentences if s.paragraph_id.endswith("p0001")]
    sentence = body[nth_sentence]
    paragraph = next(p for p in result.paragraphs if p.paragraph_id == sentence.paragraph_id)
    start = paragraph.text.index(text, sentence.start)
    fact = Fact(ids.fact_id(paragraph.paragraph_id, kind, start, start + len(text)), result.doc_id,
                paragraph.paragraph_id, sentence.sentence_id, kind, text, fields.pop("value", text), start,
                start + len(text), **fields)  # type: ignore[arg-type]
    result.facts.append(fact)
    return fact


def add_entity(result: DocumentResult, text: str, nth_sentence: int, etype: str, name: str) -> None:
    eid = ids.entity_id(etype, name)
    fact = add_fact(result, "entity", text, nth_sentence, value=name, entity_id=eid, entity_type=etype)
    result.mentions.append(Mention(fact.fact_id, result.doc_id, etype, name, text))


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):
    a = make_result("a.txt", DOC_A, dt.date(2021, 5, 3))
    b = make_result("b.txt", DOC_B, dt.date(2021, 5, 5))
    for r, person in ((a, "Rufus T. Firefly"), (b, "Rufus Firefly")):
        add_entity(r, person, 0, "person", "Rufus T. Firefly")
        add_entity(r, "Freedonia", 0, "country", "Freedonia")
        add_entity(r, "Northern League", 0, "organization", "Northern League")
        add_entity(r, "Northern League", 1, "organization", "Northern League")
        add_fact(r, "quote", "will join" if r is a else "joined", 0, entity_id=ids.entity_id("person", "Rufus T. Firefly"))
    add_fact(a, "date", "3 May 2021", 1, value="2021-05-03", precision="day")
    add_fact(b, "date", "4 May 2021", 1, value="2021-05-04", precision="day")
    add_fact(a, "date", "Northern", 1, value="2001", precision="year")  # a year-only value sorts first
    add_entity(a, "league", 2, "organization", "Northern League")
    add_entity(b, "league", 2, "organization", "Northern League")
    add_fact(a, "number", "9", 2, value="9", value_num=9.0, unit="members")
    add_fact(b, "number", "12", 2, value="12", value_num=12.0, unit="members")
    out = tmp_path_factory.mktemp("views") / "ds"
    with DatasetWriter(out) as writer:
        writer.add(a)
        writer.add(b)
    return connect(out)


def test_timeline_orders_by_first_day_with_precision(con) -> None:
    rows = con.execute("SELECT date_start, date_end, value, precision, title FROM timeline").fetchall()
    assert [r[2] for r in rows] == ["2001", "2021-05-03", "2021-05-04"]
    assert rows[0][:2] == (dt.date(2001, 1, 1), dt.date(2001, 12, 31))
    assert rows[1][3:] == ("day", "Northern League expands")


def test_entity_mentions_and_documents(con) -> None:
    n = con.execute("SELECT count(*) FROM entity_mentions WHERE name = 'Northern League'").fetchall()[0][0]
    assert n == 6
    rows = con.execute("SELECT title, n_mentions, forms FROM entity_documents WHERE name = 'Rufus T. Firefly' "
                       "ORDER BY title").fetchall()
    assert rows == [("Freedonia joins", 1, ["Rufus Firefly"]), ("Northern League expands", 1, ["Rufus T. Firefly"])]


def test_cooccurrence_counts_sentences_and_documents(con) -> None:
    rows = con.execute("SELECT n_sentences, n_documents, example FROM cooccurrence "
                       "WHERE list_sort([name_a, name_b]) = ['Freedonia', 'Northern League']").fetchall()
    assert len(rows) == 1 and rows[0][:2] == (2, 2)
    assert "Freedonia" in rows[0][2]


def test_numbers_quotes_and_claims(con) -> None:
    assert con.execute("SELECT value_num, unit FROM numbers ORDER BY value_num").fetchall() == [(9.0, "members"),
                                                                                             (12.0, "members")]
    quotes = con.execute("SELECT speaker, quote FROM quotes ORDER BY quote").fetchall()
    assert quotes == [("Rufus T. Firefly", "joined"), ("Rufus T. Firefly", "will join")]
    claim = con.execute("SELECT n_facts, kinds FROM claims WHERE sentence LIKE 'The league now%'").fetchall()
    assert claim == [(2, ["entity", "number"])]


def test_disagreements_find_names_counts_and_dates(con) -> None:
    rows = {(k, s, u): v for k, s, u, v in con.execute("SELECT kind, subject, unit, \"values\" FROM disagreements").fetchall()}
    assert rows[("name", "Rufus T. Firefly", None)] == ["Rufus Firefly", "Rufus T. Firefly"]
    assert rows[("count", "Northern League", "members")] == ["12.0", "9.0"]
    assert rows[("date", "Northern League", None)] == ["2021-05-03", "2021-05-04"]
    events = con.execute("SELECT kind, event FROM disagreements WHERE kind IN ('count', 'date') ORDER BY kind").fetchall()
    assert events == [("count", "membership"), ("date", "meeting, opening")]
    assert not any(s == "Freedonia" and k == "name" for k, s, _ in rows)


def test_search_ranks_the_paragraph_with_the_rarer_terms_first(con) -> None:
    rows = con.execute("SELECT title, matched_terms FROM search('Freedonia joined twelve', n := 5)").fetchall()
    assert rows[0] == ("Freedonia joins", 2)
    assert con.execute("SELECT count(*) FROM search('nothing matches zzzz')").fetchall() == [(0,)]


# Two reports on one country whose numbers must not be set against each other: different kinds of
# event, a bound, another year; and one real disagreement (deaths in the same year).
REPORT_A = ("Freedonia report\n\n"
            "In Freedonia 346 people were killed in road crashes in 2020, Rufus Firefly said. "
            "Freedonia counted over 50 clinics. "
            "The Freedonia census of 2010 found 900 villages. "
            "South Korea sent aid.\n")
REPORT_B = ("Freedonia review\n\n"
            "In 2020 some 100,000 people watched polo in Freedonia. "
            "Freedonia had 30 clinics. "
            "The Freedonia census of 2020 found 950 villages. "
            "Floods in Freedonia killed 20 people in 2020, Groucho Marx said. "
            "South Korean doctors arrived.\n")


@pytest.fixture(scope="module")
def con_events(tmp_path_factory: pytest.TempPathFactory):
    a = make_result("ra.txt", REPORT_A, dt.date(2021, 2, 1))
    b = make_result("rb.txt", REPORT_B, dt.date(2021, 3, 1))
    for r, sentences in ((a, range(3)), (b, range(4))):
        for n in sentences:
            add_entity(r, "Freedonia", n, "country", "Freedonia")
    add_fact(a, "number", "346", 0, value="346", value_num=346.0, unit="people")
    add_fact(a, "date", "2020", 0, value="2020", precision="year")
    add_fact(a, "number", "50", 1, value="50", value_num=50.0, unit="clinics", qualifier="over")
    add_fact(a, "date", "2010", 2, value="2010", precision="year")
    add_fact(a, "number", "900", 2, value="900", value_num=900.0, unit="villages")
    add_entity(a, "South Korea", 3, "country", "South Korea")
    add_entity(a, "Rufus Firefly", 0, "person", "Rufus Firefly")
    add_entity(b, "Groucho Marx", 3, "person", "Rufus Firefly")  # merged by mistake: no spelling of the name
    add_fact(b, "date", "2020", 0, value="2020", precision="year")
    add_fact(b, "number", "100,000", 0, value="100000", value_num=100000.0, unit="people")
    add_fact(b, "number", "30", 1, value="30", value_num=30.0, unit="clinics")
    add_fact(b, "date", "2020", 2, value="2020", precision="year")
    add_fact(b, "number", "950", 2, value="950", value_num=950.0, unit="villages")
    add_fact(b, "number", "20", 3, value="20", value_num=20.0, unit="people")
    add_fact(b, "date", "2020", 3, value="2020", precision="year")
    add_entity(b, "South Korean", 4, "country", "South Korea")
    out = tmp_path_factory.mktemp("events") / "ds"
    with DatasetWriter(out) as writer:
        writer.add(a)
        writer.add(b)
    return connect(out)


def test_disagreements_compare_like_with_like(con_events) -> None:
    rows = con_events.execute("SELECT kind, subject, unit, event, \"values\" FROM disagreements").fetchall()
    # deaths in 2020 disagree; spectators in the same year, a bound ("over 50"), and censuses of different
    # years do not; a country and its adjective are no two spellings of a name, nor is another name
    assert rows == [("count", "Freedonia", "people", "deaths", ["20.0", "346.0"])]


def test_event_words_are_a_table(con_events) -> None:
    events = dict(con_events.execute("SELECT word, event FROM event_words").fetchall())
    assert events["killed"] == events["deaths"] == "deaths" and events["spectators"] == "attendance"
    assert con_events.execute("SELECT count(*) FROM event_words GROUP BY word HAVING count(*) > 1").fetchall() == []
