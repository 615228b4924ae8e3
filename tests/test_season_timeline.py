"""German seasons take the TimeML values English seasons take, and the timeline view reads such a value as the span of
its months: from the extractor's facts through the written dataset to `sql/20_timeline.sql`."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from scoexport import connect, process
from scoexport.export.writer import DatasetWriter
from scoexport.records import Metadata, Source

from .facts_util import facts_of

# a made-up club report: days, seasons by their year, a season placed against the publication date
REPORT = ("Der Steg am See\n\n"
          "Der Verein hat am 3. Mai 2020 beschlossen, den Steg zu erneuern. Im Sommer 2020 wurde das Holz geliefert, "
          "und am 1. Juli 2020 begannen die Arbeiten. Im Frühjahr 2021 war der Steg fertig, wie die Vorsitzende "
          "berichtete. Im Herbst des Jahres 2019 hatte die Gemeinde das Geld bewilligt.\n")


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Im Sommer 2020 wurde das Holz geliefert.", "Sommer 2020", "2020-SU"),
    ("Im Frühjahr 2021 war der Steg fertig.", "Frühjahr 2021", "2021-SP"),
    ("Im Frühling 2018 blühten die Wiesen früh.", "Frühling 2018", "2018-SP"),
    ("Im Herbst 2019 kam das Geld.", "Herbst 2019", "2019-FA"),
    ("Im vergangenen Herbst kam das Geld.", "vergangenen Herbst", "2020-FA"),
    ("Im kommenden Frühjahr soll der Steg fertig sein.", "kommenden Frühjahr", "2021-SP"),
    # a season's part takes the season's value, as TimeML values "late summer 2020"
    ("Im Spätsommer 2020 wurde das Holz geliefert.", "Spätsommer 2020", "2020-SU"),
    ("Im vergangenen Frühherbst kam das Geld.", "vergangenen Frühherbst", "2020-FA"),
])
def test_german_season_words_take_the_timeml_value(text: str, written: str, value: str) -> None:
    facts, _ = facts_of(text, metadata=Metadata(published_date=dt.date(2021, 2, 1), language="de"))
    assert (written, value) in [(f.text, f.value) for f in facts if f.kind == "date"]


def test_a_season_part_the_words_do_not_place_is_no_date() -> None:
    facts, _ = facts_of("Im Hochsommer ist es am See sehr heiß.", metadata=Metadata(published_date=dt.date(2021, 2, 1),
                                                                                    language="de"))
    assert [f for f in facts if f.kind == "date"] == []


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> list[tuple]:
    data = REPORT.encode()
    result = process(Source("steg.txt", data, hashlib.sha256(data).hexdigest(), REPORT, "utf-8", "text"))
    out = tmp_path_factory.mktemp("seasons") / "ds"
    with DatasetWriter(out) as writer:
        writer.add(result)
    return connect(out).execute("SELECT value, date_start, date_end, precision FROM timeline").fetchall()


def test_the_timeline_gives_a_season_the_span_of_its_months(timeline: list[tuple]) -> None:
    spans = {value: (start, end) for value, start, end, _ in timeline}
    assert spans["2020-SU"] == (dt.date(2020, 6, 1), dt.date(2020, 8, 31))
    assert spans["2021-SP"] == (dt.date(2021, 3, 1), dt.date(2021, 5, 31))
    assert spans["2019-FA"] == (dt.date(2019, 9, 1), dt.date(2019, 11, 30))
    assert {precision for value, _, _, precision in timeline if value[5:] in ("SP", "SU", "FA", "WI")} == {"season"}


def test_the_timeline_sorts_a_season_by_its_first_day(timeline: list[tuple]) -> None:
    # summer 2020 opens after 3 May and before 1 July: between the two days, not at its year's start
    assert [value for value, *_ in timeline] == ["2019-FA", "2020-05-03", "2020-SU", "2020-07-01", "2021-SP"]
