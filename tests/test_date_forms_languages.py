"""Date forms of other languages than English that were not read before session 10 (issue 15): each case is a
sentence written as the languages' newspapers write them, and fails on the code before its rule."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport.date_text import either_apostrophe, typographic
from scoexport.extract.date_context import find_dates_in_context
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _dates(text: str, language: str, published: dt.date = dt.date(2023, 11, 6)) -> dict[str, str | None]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language=language))
    return {f.text: f.value for f in of_kind(facts, "date")}


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Die Doku ist ab 4.11. in der ARD-Mediathek abrufbar.", "4.11.", "2023-11-04"),
    ("Zum 100. Geburtstag (12.11.) des Humoristen zeigt das Erste eine Doku.", "12.11.", "2023-11-12"),
    ("6.11. um 20.15 Uhr im Ersten.", "6.11.", "2023-11-06"),
])
def test_a_german_closed_day_and_month_is_a_date_without_a_word_before_it(text: str, written: str, value: str) -> None:
    assert _dates(text, "de").get(written) == value


@pytest.mark.parametrize("text", [
    "Die Regel steht in Abschnitt 2.4. Dort wird sie erklärt.",  # a section's number may end a sentence
    "Die Version 1.2.3. ist erschienen.",
    "Er lief die Strecke in 12.11 Sekunden.",
])
def test_a_number_with_stops_is_no_closed_day(text: str) -> None:
    assert not [w for w in _dates(text, "de") if "." in w]


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Er war an der 1970er-Jahre-Fernsehserie beteiligt.", "1970er-Jahre", "1970/1979"),
    ("de", "Die Grenze wird bereits Anfang der 2030er Jahre gerissen.", "2030er Jahre", "2030/2039"),
    ("de", "In den 1970ern war das Fernsehen anders.", "1970ern", "1970/1979"),
    ("it", "I due artisti alla fine degli anni Novanta progettarono l'orologio.", "anni Novanta", "1990/1999"),
    ("es", "La canción se hizo famosa en los años sesenta.", "años sesenta", "1960/1969"),
    ("fr", "Le quartier a été construit dans les années soixante-dix.", "années soixante-dix", "1970/1979"),
])
def test_a_decade_as_the_language_writes_it(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language).get(written) == value


@pytest.mark.parametrize(("language", "text", "written"), [
    ("de", "Das Land hat seit 60 Jahren ein rückläufiges Wachstum.", "seit 60 Jahren"),
    ("de", "Er lebt seit über 20 Jahren in Berlin.", "seit über 20 Jahren"),
    ("fr", "Elle est impliquée depuis presque 15 ans dans la radio.", "depuis presque 15 ans"),
])
def test_a_span_since_a_count_is_a_date_without_a_value_and_no_number(language: str, text: str, written: str) -> None:
    facts, _ = facts_of(text, metadata=Metadata(published_date=dt.date(2023, 11, 6), language=language))
    assert {f.text: f.value for f in of_kind(facts, "date")} == {written: None}
    assert not of_kind(facts, "number")


def test_two_days_of_one_month_are_one_span() -> None:
    assert _dates("Die Sketche laufen vom 6. bis 9. November viermal.", "de") == \
        {"6. bis 9. November": "2023-11-06/2023-11-09"}
    assert _dates("Le festival a lieu du 6 au 9 novembre à Grenoble.", "fr") == \
        {"6 au 9 novembre": "2023-11-06/2023-11-09"}
    assert _dates("La mostra è aperta dal 6 al 9 novembre.", "it") == {"6 al 9 novembre": "2023-11-06/2023-11-09"}


def test_norwegian_is_read_with_bokmals_words() -> None:
    text = "I år ble det lansert en ny skole, selv om det er en nedgang fra fjorårets 70 000 deltagere."
    assert _dates(text, "no", dt.date(2020, 10, 7)) == {"I år": "2020", "fjorårets": "2019"}


def test_french_evening_and_german_month_words() -> None:
    assert _dates("Ce soir, on reçoit les juristes de l'association.", "fr", dt.date(2019, 6, 27)) == \
        {"Ce soir": "2019-06-27"}
    assert _dates("Die Hilfe wäre ohnehin zum Monatsende ausgelaufen.", "de", dt.date(2022, 1, 20)) == \
        {"Monatsende": "2022-01"}


def test_a_german_weekday_the_clause_wants_is_the_next_one() -> None:
    # "will" (wants) points forward as "wird" does: the Thursday after the publication day, a Saturday
    assert _dates("Am Donnerstag will die Arzneimittelbehörde ihre Empfehlung abgeben.", "de",
                  dt.date(2021, 3, 13)) == {"Donnerstag": "2021-03-18"}


def test_ukrainian_counts_back_and_on() -> None:
    assert _dates("3 роки тому вона стала прокуроркою, а через 5 днів після цього вийшла на трибуну.", "uk",
                  dt.date(2020, 9, 21)) == {"3 роки тому": "2017", "5 днів після": None}


@given(st.text(alphabet="l'’an prochaindeuxq ", max_size=40))
def test_either_apostrophe_reads_what_the_typographic_one_reads(text: str) -> None:
    # one normalisation: a text and its straight-apostrophe form give the same dates, the same words folded
    straight = text.replace("’", "'")
    ref = dt.date(2023, 11, 6)
    found = [(d.start, d.end, typographic(d.text), d.value) for d in find_dates_in_context(text, ref, "fr")]
    assert found == [(d.start, d.end, typographic(d.text), d.value) for d in find_dates_in_context(straight, ref, "fr")]
    assert either_apostrophe("l’an") == "l['’]an"


@pytest.mark.parametrize(("text", "expected"), [
    ("政府は2023年11月6日に新しい方針を発表した。", {"2023年11月6日": "2023-11-06"}),
    ("岸田首相は6日、記者団に語った。", {"6日": "2023-11-06"}),
    ("計画は2019年に始まり、1990年代の制度を改めた。", {"2019年": "2019", "1990年代": "1990/1999"}),
    ("令和元年5月1日に即位した。", {"令和元年5月1日": "2019-05-01"}),
    ("昨年の売上高を上回り、先月5日に発表された。", {"昨年": "2022", "先月5日": "2023-10-05"}),
    ("去年11月，公司宣布了三年前开始的计划。", {"去年11月": "2022-11", "三年前": "2020"}),
    ("정부는 2023년 11월 6일 발표했다. 1년 전, 두 달 전과 비교해", {"2023년 11월 6일": "2023-11-06", "1년 전": "2022",
                                                         "두 달 전": "2023-09"}),
])
def test_chinese_japanese_and_korean_dates_by_their_counters(text: str, expected: dict[str, str]) -> None:
    # these scripts set no space between words: the dates are found by their counters, in any guessed language
    assert _dates(text, "ja" if "の" in text else None, dt.date(2023, 11, 8) if "6日、" in text else
                  dt.date(2023, 11, 6)) == expected


@pytest.mark.parametrize("text", [
    "会議は6日間にわたって開かれた。",  # a count of days
    "薬は3日に1回飲む。",
    "1日当たり3000人が訪れた。",
    "地铁6号线今天停运。",  # Chinese "6号" alone numbers a line as often as it dates a day
    "大会の第6日に優勝が決まった。",
])
def test_a_count_of_days_is_no_cjk_date(text: str) -> None:
    assert not [w for w in _dates(text, None) if w[0].isdigit()]


def test_a_korean_number_word_inside_a_word_counts_nothing() -> None:
    # "세일" (a sale) opens with the syllable of "세" (three): "세일 전" is before the sale, not three days ago
    assert _dates("세일 전에 가격을 올렸다.", "ko") == {}


def test_a_count_back_from_an_event_has_no_value() -> None:
    assert _dates("選挙の3日前に演説した。", None) == {"3日前": None}


def test_an_english_decade_without_its_century() -> None:
    text = "The band was big in the ’90s, and its sound goes back to the early '80s and the ’00s."
    assert _dates(text, "en") == {"the ’90s": "1990/1999", "the early '80s": "1980/1989", "the ’00s": "2000/2009"}
    assert _dates("Most of the runners were in their 50s.", "en") == {}


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("da", "Norwegian har siden sommeren forsøgt at få en erstatning, oplyste selskabet i december.", "december",
     "2019-12"),
    ("no", "Klubben la fram tallene i desember.", "desember", "2019-12"),
    ("sv", "Regeringen presenterade förslaget i november.", "november", "2019-11"),
])
def test_a_scandinavian_month_after_its_preposition(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language, dt.date(2019, 12, 20)).get(written) == value


@pytest.mark.parametrize("text", [
    "北京5日游的价格上涨了。",  # a five-day tour
    "他连续3日加班。",
    "週5日勤務の求人が増えた。",
    "주 5일 근무제를 도입했다.",
    "入院して3日で退院した。",
    "코스피가 2일 연속 상승했다.",
    "公司每月5日发工资。",
    "給料は毎月5日に支払われる。",
])
def test_a_count_of_days_or_a_day_of_every_month_is_no_lone_day(text: str) -> None:
    # a day's number alone dates only where a particle or a stop follows it ("6日、", "6일 오후")
    assert not [w for w in _dates(text, None) if w[0].isdigit()]


@pytest.mark.parametrize(("text", "expected"), [
    ("지난 6일 서울에서 열린 회의에서 발표했다.", {"6일": "2023-11-06"}),
    ("3일 오후 서울에서 회의가 열렸다.", {"3일": "2023-11-03"}),
    ("外交部3日上午举行了发布会。", {"3日": "2023-11-03"}),
])
def test_a_lone_day_with_its_particle_or_its_word_before_is_a_date(text: str, expected: dict[str, str]) -> None:
    assert _dates(text, None) == expected


@pytest.mark.parametrize(("text", "written", "value"), [
    ("这座城市建于十二年前。", "十二年前", "2011"),
    ("二十年前，这里还是一片农田。", "二十年前", "2003"),
    ("一百五十年前的地图", "一百五十年前", "1873"),
])
def test_a_chinese_count_keeps_its_tens(text: str, written: str, value: str) -> None:
    assert _dates(text, None) == {written: value}


def test_a_guessed_chinese_count_is_no_count() -> None:
    assert _dates("二三年前的事情", None) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("会议于10月5日至7日举行。", {"10月5日至7日": "2023-10-05/2023-10-07"}),
    ("회의는 10월 5일부터 7일까지 열린다.", {"10월 5일부터 7일": "2023-10-05/2023-10-07"}),
    ("工事は3月から5月まで続く。", {"3月から5月": "2024-03/2024-05"}),
    ("書類は11月3日前に提出すること。", {"11月3日": "2023-11-03"}),  # before 3 November, not 3 days ago
    ("서류는 11월 3일 전에 제출해야 한다.", {"11월 3일": "2023-11-03"}),
])
def test_cjk_spans_and_a_day_after_its_month(text: str, expected: dict[str, str]) -> None:
    assert _dates(text, None) == expected


@pytest.mark.parametrize("text", ["오늘날 한국 사회는 빠르게 변하고 있다.", "모레노 감독이 팀을 맡았다."])
def test_a_korean_period_word_inside_another_word_is_no_date(text: str) -> None:
    assert _dates(text, "ko") == {}


def test_a_korean_period_word_keeps_its_particle() -> None:
    assert _dates("오늘은 맑고 내일부터 비가 온다.", "ko") == {"오늘": "2023-11-06", "내일": "2023-11-07"}


@pytest.mark.parametrize("text", [
    "Laut Artikel 3.12. ist das verboten.",
    "Siehe Abschnitt 4.11. für Details.",
    "Version 3.12. ist aktuell.",
    "Tabelle 2.10. zeigt es.",
])
def test_a_german_identifiers_number_is_no_closed_day(text: str) -> None:
    assert _dates(text, "de") == {}


@pytest.mark.parametrize(("text", "language", "written"), [
    ("The city was founded 2000 years ago.", "en", None),
    ("这座城市建于2000年前。", "zh", "2000年前"),
    ("Vor 2000 Jahren lebten hier Römer.", "de", "Vor 2000 Jahren"),
])
def test_a_count_back_before_the_year_1000_has_no_value(text: str, language: str, written: str | None) -> None:
    # "2000年前" is no year 2000 either: the count keeps its span, without a value
    assert _dates(text, language) == ({written: None} if written else {})


_DIGITS = "一二三四五六七八九"


def _chinese(n: int) -> str:
    """n (1..999, no zero tens between hundreds and units) as Chinese writes it: 十二, 二十, 一百五十."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    out = f"{_DIGITS[hundreds - 1]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens - 1]) + "十"
    return out + (_DIGITS[units - 1] if units else "")


@given(st.integers(1, 999).filter(lambda n: not (n >= 100 and n // 10 % 10 == 0 and n % 10)))
def test_a_chinese_count_of_years_back_is_read_whole(n: int) -> None:
    written = f"{_chinese(n)}年前"
    found = [(d.text, d.value) for d in find_dates_in_context(f"这座城市建于{written}。", dt.date(2023, 11, 6), "zh")]
    assert found == [(written, str(2023 - n) if 2023 - n >= 1000 else None)]
