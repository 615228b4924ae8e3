"""Every bundled view on the dataset made from the seeds, with the rows a reader expects."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scoexport import connect
from scoexport.views.bundled import sql_files

VIEWS = ["document_overview", "fact_context", "timeline", "entity_mentions", "entity_documents", "cooccurrence", "numbers",
         "quotes", "claims", "disagreements"]


@pytest.fixture(scope="module")
def con(seeds_dataset: Path):
    return connect(seeds_dataset)


def test_every_view_has_rows(con) -> None:
    defined = " ".join(sql for _, sql in sql_files())
    for view in VIEWS:
        assert f"VIEW {view} " in defined
        assert con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0] > 0, view


def test_timeline_starts_with_the_founding(con) -> None:
    first = con.execute("SELECT date_start, value, sentence FROM timeline LIMIT 1").fetchall()[0]
    assert first[:2] == (dt.date(2001, 1, 1), "2001")
    assert "established in 2001" in first[2]


def test_summit_dates_agree_across_the_documents(con) -> None:
    # a span of days stated in one sentence ("opened on July 3 and will conclude on Thursday",
    # "on 3-4 July 2024") is an event's dates; each document states one, and they agree
    rows = con.execute("""
        SELECT doc_id, min(date_start) AS first_day, max(date_end) AS last_day
        FROM timeline WHERE precision = 'day'
        GROUP BY doc_id, sentence_id HAVING max(date_end) > min(date_start)""").fetchall()
    assert len(rows) == 2
    assert {r[1:] for r in rows} == {(dt.date(2024, 7, 3), dt.date(2024, 7, 4))}
    dated = con.execute("SELECT count(*) FROM disagreements WHERE kind = 'date'").fetchall()[0][0]
    assert dated == 0


def test_country_and_organization_cooccur_in_both_documents(con) -> None:
    rows = con.execute("""
        SELECT n_documents, example FROM cooccurrence
        WHERE list_sort([type_a, type_b]) = ['country', 'organization']
          AND 'Kazakhstan' IN (name_a, name_b)
          AND (name_a LIKE 'Shanghai Cooperation Organi_ation' OR name_b LIKE 'Shanghai Cooperation Organi_ation')""").fetchall()
    assert rows and rows[0][0] == 2


def test_disagreements_list_two_spellings_of_one_name(con) -> None:
    rows = con.execute("SELECT \"values\", n_documents FROM disagreements WHERE kind = 'name'").fetchall()
    spellings = [set(v) for v, n in rows if n == 2]
    assert {"Kassim Jomart Tokayev", "Kassym Tokayev"} in spellings
    # only persons and organizations have spellings; the seeds state no count twice for one event
    types = {t for (t,) in con.execute("SELECT DISTINCT subject_type FROM disagreements WHERE kind = 'name'").fetchall()}
    assert types <= {"person", "organization"}
    assert con.execute("SELECT count(*) FROM disagreements WHERE kind = 'count'").fetchall() == [(0,)]


def test_numbers_quotes_and_claims_carry_their_context(con) -> None:
    events = con.execute("SELECT qualifier, sentence FROM numbers WHERE value_num = 180").fetchall()
    assert events and events[0][0] == "over" and "events" in events[0][1]
    speakers = {s for (s,) in con.execute("SELECT speaker FROM quotes WHERE speaker IS NOT NULL").fetchall()}
    assert {"Xi Jinping", "Antonio Guterres", "Mao Ning"} <= speakers
    kinds = con.execute("SELECT kinds FROM claims WHERE sentence LIKE 'SCO was established in 2001%'").fetchall()[0][0]
    assert {"date", "entity", "number"} <= set(kinds)


def test_search_finds_the_paragraph_about_the_founding(con) -> None:
    top = con.execute("SELECT text FROM search('established original members', n := 3)").fetchall()
    assert "established in 2001" in top[0][0]
