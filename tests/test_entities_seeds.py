"""Precision on the seeds: every entity found is listed here, so a false one fails the test."""
from __future__ import annotations

from pathlib import Path

import duckdb

EXPECTED = {
    ("city", "Astana"), ("city", "Islamabad"),
    ("country", "Belarus"), ("country", "China"), ("country", "India"), ("country", "Iran"), ("country", "Kazakhstan"),
    ("country", "Kyrgyzstan"), ("country", "Pakistan"), ("country", "Russia"), ("country", "Tajikistan"),
    ("country", "Uzbekistan"),
    ("region", "Asia"), ("region", "Central Asia"), ("region", "Europe"),
    ("region", "Eurasia"),  # "one of the key transit hubs in Eurasia": a continent, a region as Asia and Europe are
    ("organization", "General Assembly"), ("organization", "Pakistan Research Center for a Community with Shared Future"),
    ("organization", "Peoples Dispatch"), ("organization", "Shanghai Cooperation Organisation"),
    ("organization", "United Nations"), ("organization", "Xinhua"),
    ("person", "Antonio Guterres"), ("person", "Hua Chunying"), ("person", "Kassim Jomart Tokayev"),
    ("person", "Khalid Taimur Akram"), ("person", "Mao Ning"), ("person", "Mohammad Mokhber"), ("person", "Narendra Modi"),
    ("person", "S Jaishankar"), ("person", "Vladimir Putin"), ("person", "Xi Jinping"),
}


def _rows(dataset: Path, sql: str) -> list[tuple]:
    db = duckdb.connect()
    db.execute(f"CREATE VIEW entities AS SELECT * FROM read_parquet('{dataset}/entities/*.parquet')")
    db.execute(f"CREATE VIEW facts AS SELECT * FROM read_parquet('{dataset}/facts/*.parquet')")
    return db.execute(sql).fetchall()


def test_every_entity_found_in_the_seeds_is_a_true_one(seeds_dataset: Path) -> None:
    assert set(_rows(seeds_dataset, "SELECT type, name FROM entities")) == EXPECTED


def test_no_place_from_inside_an_organization_or_a_name(seeds_dataset: Path) -> None:
    written = _rows(seeds_dataset, "SELECT text FROM facts WHERE kind = 'entity' AND entity_type IN ('city', 'country')")
    assert ("Shanghai",) not in written
    assert not _rows(seeds_dataset, "SELECT text FROM facts WHERE kind = 'entity' AND entity_type = 'person' AND text = 'Belt'")


def test_spelling_variants_are_one_person_across_documents(seeds_dataset: Path) -> None:
    rows = _rows(seeds_dataset, "SELECT aliases, n_documents FROM entities WHERE type = 'person' AND name LIKE '%Tokayev'")
    assert len(rows) == 1 and rows[0][1] == 2 and "Kassym Tokayev" in rows[0][0]


def test_fact_ids_are_unique_and_offsets_point_at_the_text(seeds_dataset: Path) -> None:
    db = duckdb.connect()
    facts = f"read_parquet('{seeds_dataset}/facts/*.parquet')"
    paragraphs = f"read_parquet('{seeds_dataset}/paragraphs/*.parquet')"
    assert db.execute(f"SELECT count(*) = count(DISTINCT fact_id) FROM {facts}").fetchone() == (True,)
    wrong = db.execute(f"SELECT f.fact_id FROM {facts} f JOIN {paragraphs} p USING (paragraph_id) "
                       "WHERE substr(p.text, f.start + 1, f.end - f.start) <> f.text").fetchall()
    assert wrong == []
