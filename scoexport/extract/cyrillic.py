"""Names in Russian text: people and places in Cyrillic, found by what a Russian dictionary knows of each
capitalized word.

Russian inflects names: "Оля Малышева" is written "Оли Малышевой", "Олесю", "Варей", and a country "России",
"Вьетнаме". No list of written forms can hold them all, and capitalization alone does not separate a name
from the word opening a sentence. pymorphy3's OpenCorpora dictionary tags a word's readings as a given
name (Name), a patronymic (Patr), a surname (Surn) or a place (Geox), with the case and the nominative
form of each reading: so a capitalized word read as a given name, with a capitalized word after it (the
surname, which the dictionary may not know: "Луцан", "Каплар"), is a person; a given name alone or a known
surname alone is a person where that is the word's likeliest reading ("Любви" is the noun love before it is
the name Любовь); a place is a place where that is its likeliest reading, a country where its nominative
is how Russian names one (country_names.tsv), else a region (the dictionary does not tell cities from
other places). Each name is given in the nominative, so every case of it is one entity.

Enters a paragraph's text; leaves gazetteer Hits (persons with rule "person", places with "gazetteer").
The dictionary is loaded only when a paragraph holds Cyrillic capitals.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ..data import load_json
from .base import matches_at
from .country_names import translated_country
from .gazetteer import Entry, Hit
from .tokens import tokens

_CAPITALIZED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")


@cache
def _analyzer() -> Any:
    import pymorphy3  # imported on the first Cyrillic paragraph: its dictionary takes a third of a second to load

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=16384)
def _readings(word: str) -> tuple[Any, ...]:
    return tuple(_analyzer().parse(word))


@lru_cache(maxsize=16384)
def _reading(word: str, grammeme: str, case: str | None = None) -> Any | None:
    """The likeliest reading of the word with that grammeme (and case), or None. Kept as `_readings` are: a
    Russian text writes its names again and again, and each test of a grammeme is a call into pymorphy3's tag."""
    return next((r for r in _readings(word) if grammeme in r.tag and (case is None or case in r.tag)), None)


@lru_cache(maxsize=16384)
def _first(word: str, grammeme: str) -> bool:
    """The word's likeliest reading has that grammeme."""
    readings = _readings(word)
    return bool(readings) and grammeme in readings[0].tag


def _nominative(word: str, reading: Any) -> str:
    """The word in the nominative as that reading inflects it, capitalized as names are ("Олю" -> "Оля")."""
    if "nomn" in reading.tag:
        return word
    form = reading.inflect({"nomn"})
    return _capitalized(form.word) if form is not None else word


def _capitalized(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _agreeing(word: str, given: Any) -> Any | None:
    """The surname's reading in the given name's case and gender, or None."""
    case, gender = given.tag.case, given.tag.gender
    readings = _readings(word)
    surname = next((r for r in readings if "Surn" in r.tag and r.tag.case == case
                    and (gender is None or r.tag.gender in (gender, None))), None)
    # a surname the dictionary lacks, read as a noun of the name's gender ("Панковой", "Хорошавиной"): a noun's
    # forms have one nominative whatever the case; an adjective's reading would make "Ершовая" of "Ершовой"
    return surname or next((r for r in readings if r.tag.POS == "NOUN" and "sing" in r.tag and "nomn" not in r.tag
                            and gender is not None and r.tag.gender == gender), None)


def _person(given_word: str, surname_word: str) -> tuple[Any, str]:
    """The given name's reading and the surname in the nominative. A name and its surname agree in case, number
    and gender ("Оли Малышевой": genitive singular feminine), so the readings that agree are taken; a surname the
    dictionary does not know, or one Russian does not inflect ("Луцан", "Куприн" for a woman), stays as written."""
    names = [r for r in _readings(given_word) if "Name" in r.tag]
    singular = [r for r in names if "sing" in r.tag] or names
    for given in singular:
        surname = _agreeing(surname_word, given)
        if surname is not None:
            return given, _nominative(surname_word, surname)
    return singular[0], surname_word


@lru_cache(maxsize=16384)
def _place(word: str) -> bool:
    """A place where that is the word's likeliest reading and no person is named so ("Венера", "Рудькова" are
    also names); a word of three letters is as often an abbreviation ("Реж.")."""
    readings = _readings(word)
    return (len(word) > 3 and bool(readings) and "Geox" in readings[0].tag
            and not any("Name" in r.tag or "Surn" in r.tag for r in readings))


def _lone_name(readings: tuple[Any, ...]) -> Any | None:
    """The reading of a name written alone: a given name or surname where that is the likeliest reading, or a
    surname where the likeliest is a place ("Рудькова"); of those, one in the nominative where the word is one
    ("Малышева" is a woman's surname as written, not the genitive of Малышев)."""
    first = readings[0]
    if "Geox" in first.tag:
        names = [r for r in readings if "Surn" in r.tag]
    elif "Name" in first.tag or "Surn" in first.tag:
        names = [r for r in readings if "Name" in r.tag or "Surn" in r.tag]
    else:
        return None
    return next((r for r in names if "nomn" in r.tag and "sing" in r.tag), names[0] if names else None)


_PROPER = {"Name", "Surn", "Patr", "Geox"}
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…:—–-]\s*|[«\"“„(]\s*)$")
_WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]+),? $")
_AFTER_IN = re.compile(r"(?<![\w-])(?:[Вв]о?|[Нн]а) $")


@cache
def _place_nouns() -> dict[str, str]:
    """Each Russian noun of places (every case) to the kind of place it names (data/place_nouns_languages.json)."""
    table = load_json("place_nouns_languages.json")["ru"]
    return {noun: kind for kind, nouns in table.items() for noun in nouns}


def _named_place(text: str, m: re.Match[str]) -> Entry | None:
    """A place named in apposition to a noun of places ("уроженца города Коркорон", "департамент Эссон"): the noun
    takes the case, the name stays as written, and no dictionary need know it."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 14), m.start())
    kind = _place_nouns().get(before.group(1).lower()) if before else None
    return Entry(kind, m.group(), None) if kind else None  # the name as written: unknown words keep their form


def find_cyrillic(text: str) -> list[Hit]:
    """People and places written in Cyrillic in a paragraph."""
    openings = tokens(text).cyrillic  # a capitalized word opens at one: tried only there
    if not openings:
        return []
    words = list(matches_at(_CAPITALIZED, text, openings))
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        m = words[i]
        word = m.group()
        nxt = words[i + 1] if i + 1 < len(words) and text[m.end():words[i + 1].start()] == " " else None
        given = _reading(word, "Name")
        if given is not None and _AFTER_IN.search(text, max(0, m.start() - 4), m.start()) \
                and any("loct" in r.tag for r in _readings(word)):
            given = None  # "в Эльзасе": after "в" a word that may be in the locative names a place, not a person
        opens = bool(_SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()))
        if nxt is not None and (given is not None or (_first(nxt.group(), "Surn") and not opens and not _place(nxt.group()))):
            # a given name and the capitalized word after it, even one the dictionary knows as a place only ("Ольга
            # Панкова"), or a capitalized word inside a sentence before a known surname ("интервью Любви
            # Моисейкиной"): the person's name and surname
            last, j = nxt, i + 1
            patronymic = _reading(nxt.group(), "Patr", given.tag.case) if given is not None else None
            after = words[j + 1] if j + 1 < len(words) and text[nxt.end():words[j + 1].start()] == " " else None
            second = _reading(nxt.group(), "Name") if given is not None and patronymic is None else None
            if after is not None and (patronymic is not None or (second is not None and not _place(after.group()))):
                # a patronymic, or a second given name before the surname ("Фуада Мухаммеда Аггада", "Омар
                # Исмаила Мостефаи": Arabic names give the father's name so, unmarked)
                last, j = after, j + 1
                patronymic = patronymic or second
            if given is not None:
                reading, surname = _person(word, last.group())
                first = _nominative(word, reading)
            else:
                first, surname = word, _nominative(last.group(), _readings(last.group())[0])
            middle = [_nominative(nxt.group(), patronymic)] if last is not nxt and patronymic is not None else []
            hits.append(Hit(m.start(), last.end(), Entry("person", " ".join((first, *middle, surname)), None), "person"))
            i = j + 1
            continue
        readings = _readings(word)
        named = _named_place(text, m)
        if named is not None:  # the dictionary's nominative where it knows the place ("города Москвы")
            nominative = _nominative(word, readings[0]) if _place(word) else word
            hits.append(Hit(m.start(), m.end(), translated_country(nominative, "ru") or Entry(named.type, nominative, None)))
        elif opens and not all(_PROPER & set(map(str, r.tag.grammemes)) for r in readings):
            pass  # a sentence's first word is capitalized whatever it is: a name only where every reading is one ("Режем")
        elif _place(word):
            nominative = _nominative(word, readings[0])
            country = translated_country(nominative, "ru")
            hits.append(Hit(m.start(), m.end(), country or Entry("region", nominative, None)))
        elif readings:
            person = _lone_name(readings)
            if person is not None:
                # a name alone, or a place's name that is also a surname ("Рудькова"): the person
                hits.append(Hit(m.start(), m.end(), Entry("person", _nominative(word, person), None), "person"))
        i += 1
    return hits
