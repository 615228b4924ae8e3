"""The date words of each language other than English, as `date_languages` reads them: the CLDR's
(`data/calendar_languages.json`: weekdays, day words, phrases that name a period or a weekday by its distance from
the present one) with the rules and forms `data/date_languages.json` adds, and the months of `data/months.json`.

Enters: a language code as the language guess gives it. Leaves: the words by kind (`words_of`), weekdays and months
by their written forms, the words for the publication day and the span words; `date_language` says under which
code a language's words are filed (`clean.language.language_alias`: "no" under Bokmål's "nb"), `known` whether
there are any.
"""
from __future__ import annotations

from functools import cache

from ..clean.language import language_alias
from ..data import alternation, load_json


@cache
def hand_words() -> dict:
    return load_json("date_languages.json")


@cache
def cldr_words() -> dict:
    return load_json("calendar_languages.json")


def date_language(language: str | None) -> str | None:
    """The code the date words of `language` are filed under: the one numbers read too (`language_alias`)."""
    return language_alias(language)


def known(language: str | None) -> bool:
    return bool(language) and language != "en" and not language.startswith("_") \
        and (language in hand_words() or language in cldr_words())  # type: ignore[union-attr]


# what a language without rules of its own in date_languages.json has: the CLDR's words only
_NONE: dict = {"next": [], "last": [], "future_markers": [], "month_prepositions": [], "day_words": {}, "not_after": {},
               "generic_before": [], "name_after": [], "phrases": {}}


@cache
def words_of(language: str) -> dict:
    """The language's words: the CLDR's (`calendar_languages.json`: weekdays, day words, phrases that name a period
    or a weekday by its distance from the present one) with the rules and the forms `date_languages.json` adds
    (Polish cases, unaccented "lunedi", Italian "stamattina", French "l’an prochain"). A weekday's name alone is
    read only in a language with rules of its own (which say when it is no date: "il venerdì", "venerdì nero"), or
    in the form a date writes where the language has one apart from the name (Finnish "keskiviikkona", "on
    Wednesday"): the name alone may be a noun (Russian "среда", the environment)."""
    cldr, hand = cldr_words().get(language, {}), hand_words().get(language, {})
    words = {**_NONE, **hand}
    names = cldr.get("weekdays", [[]] * 7)
    extra = hand.get("weekdays", [[]] * 7)
    words["weekdays"] = [[*forms, *more] if "weekdays" in hand else forms[1:] for forms, more in zip(names, extra, strict=True)]
    words["day_words"] = {**cldr.get("days", {}), **hand.get("day_words", {})}
    words["phrases"] = {**cldr.get("periods", {}), **cldr.get("weekday_phrases", {}), **hand.get("phrases", {})}
    return words


@cache
def weekdays_of(language: str) -> dict[str, int]:
    return {form: i for i, forms in enumerate(words_of(language)["weekdays"]) for form in forms}


@cache
def months_of(language: str) -> dict[str, int]:
    # the month names as that language writes them, in any case ("März", "octobre"): months.json's, else the CLDR's
    # (`month_languages.json`: "december", "desember"); a language without rules of its own has its months read by
    # `date_months`. A short form ("okt", "mag", "set") is a word as often, or the abbreviation a day-month-year date
    # writes (`date_text` reads those); a month's full name is a month however short ("Mai", "mai", "maj", "mei").
    # `month_forms` (date_languages.json) adds the cases a month takes after a preposition ("в сентябре", "в мае":
    # chosen by hand, forms of the month only, whatever their length)
    table = load_json("months.json").get(language) or load_json("month_languages.json").get(language, [])
    cases = hand_words().get(language, {}).get("month_forms", [])
    return {form: i for i, forms in enumerate(table, start=1) for form in forms if len(form) > 3 or form == forms[0]} | \
        {form: i for i, forms in enumerate(cases, start=1) for form in forms}


def today_words(language: str | None) -> tuple[frozenset[str], list[str]]:
    """The language's words for the publication day ("сегодня", "oggi"), and the words before one that compare it
    with another time ("как сегодня", "di oggi": the present age, as English "than today"); none for a language
    `known` does not accept."""
    language = date_language(language)
    if not known(language):
        return frozenset(), []
    w = words_of(language)  # type: ignore[arg-type]
    return frozenset(word for word, shift in w["day_words"].items() if shift == 0), w.get("compared_before", [])


def span_words(language: str) -> tuple[list[list[str]], str]:
    """The (opener, join) pairs with which the language writes two dates as one span ("entre ... et", "vom ...
    bis"), and the pattern of the article that may follow either ("tra il 1981 ed il 2010"), or ""."""
    w = words_of(language)
    article = rf"(?:(?:{alternation(w['span_articles'])})\s+)?" if w.get("span_articles") else ""
    return w.get("day_spans", []), article
