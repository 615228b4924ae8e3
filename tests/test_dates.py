from __future__ import annotations

import datetime as dt

import pytest

from scoexport.date_reference import day_without_year
from scoexport.date_text import find_dates, parse_date


@pytest.mark.parametrize(("text", "found"), [
    ("Published on 10th June 2024.", [("10th June 2024", "2024-06-10", "day")]),
    ("March 5, 2019 by Staff", [("March 5, 2019", "2019-03-05", "day")]),
    ("the summit on 3-4 July 2024 in Astana", [("3-4 July 2024", "2024-07-03/2024-07-04", "day")]),
    ("from Sept. 21–23, 2022", [("Sept. 21–23, 2022", "2022-09-21/2022-09-23", "day")]),
    ("Stand: 03.11.2021, 14:05 Uhr", [("03.11.2021", "2021-11-03", "day")]),
    ("am 7. Oktober 2023 und im Mai 2024", [("7. Oktober 2023", "2023-10-07", "day"), ("Mai 2024", "2024-05", "month")]),
    ("le 14 juillet 1789", [("14 juillet 1789", "1789-07-14", "day")]),
    ("updated 2023-02-28T09:00:00Z", [("2023-02-28", "2023-02-28", "day")]),
    ("Published on 09/10/2018", [("09/10/2018", "2018-10-09", "day")]),
    ("posted 11/18/2019 at noon", [("11/18/2019", "2019-11-18", "day")]),
    ("Dec. 2020 report", [("Dec. 2020", "2020-12", "month")]),
])
def test_find_dates(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(d.text, d.value, d.precision) for d in find_dates(text)] == found


@pytest.mark.parametrize("text", ["set 2020 goals", "February 30, 2021", "room 12.45.2020", "version 2.1.2020x",
                                  "ratio 1/2/3/2020", "12/40/2019"])
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_parse_date_reads_datelines_and_meta_values() -> None:
    assert parse_date("2024-07-03T10:00:00+02:00") == dt.date(2024, 7, 3)
    assert parse_date("July 03, 2024 by a news desk") == dt.date(2024, 7, 3)
    assert parse_date("June 2024") is None
    assert parse_date(None) is None


def test_day_without_year_takes_the_weekday_then_the_side_then_the_nearest() -> None:
    ref = dt.date(2019, 12, 9)
    assert day_without_year(ref, 12, 20) == dt.date(2019, 12, 20)
    assert day_without_year(ref, 1, 3) == dt.date(2020, 1, 3)  # nearer than 3 January 2019
    assert day_without_year(ref, 12, 20, side="past") == dt.date(2018, 12, 20)
    assert day_without_year(ref, 1, 3, side="past") == dt.date(2019, 1, 3)
    # 20 December was a Thursday in 2018 and a Sunday in 2020: the weekday picks the year before the side
    assert day_without_year(ref, 12, 20, weekday=3, side="future") == dt.date(2018, 12, 20)
    assert day_without_year(ref, 12, 20, weekday=6) == dt.date(2020, 12, 20)
    assert day_without_year(ref, 2, 29) == dt.date(2020, 2, 29)  # the only year near with that day
    assert day_without_year(dt.date(2018, 6, 1), 2, 30) is None
