"""Numerals: how a quantity is written (digits, scale words, number words) and what it is worth.

Enters: a paragraph's text or a match of a number pattern. Leaves: the pieces of the number patterns (digits,
scales, number words, currencies), each language's table, the text with its numbers written as English writes
them, and values ("two hundred and five" -> 205, "2.5 million" -> 2500000). The words come from `data/numbers.json`
and `data/number_languages.json`; `number_forms` builds the patterns from the pieces here, `numeral_scan` finds where
they may start, and `numbers` decides which numerals are facts.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..clean.language import language_aliases
from ..data import alternation, load_json, prefix_tree

DIGITS = r"\d{1,3}(?:[,’']\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # 1,250 and the Swiss 250’000


@cache
def number_table() -> dict:
    return load_json("numbers.json")


@cache
def cjk_numeral_class() -> str:
    """A regex class of one digit or Chinese numeral ("[\\d一二...]"), from `numbers.json`'s `cjk_numerals`: what
    a count in these scripts is written with. The date side reads counts so (a counter after it: "十二年前"); the
    numerals are kept with the other number words, one table for both sides."""
    return "[\\d" + "".join(number_table()["cjk_numerals"]) + "]"


@cache
def context_lists() -> dict:
    """The words around numerals that tell their uses (`data/number_context.json`): identifier heads, street
    words, rank and weight cues, fixed expressions of number words."""
    return load_json("number_context.json")


_alt = alternation


def word_number() -> str:
    w = number_table()
    # prefix trees: these words are tried after every number word of a run, and from every start
    cardinal = prefix_tree([*w["units"], *w["tens"]])
    scales = prefix_tree(w["scales"])
    # "two hundred and five", "a dozen", "half a million", "five-and-a-half"
    # a hyphen with a space after it is suspended ("four- and five-star"): it joins no words
    # "and" joins a numeral's words only after a scale ("one hundred and twenty", "two thousand and five"); between
    # two counts it joins two numbers ("in ten and fifteen languages respectively", "between five and six")
    return (rf"(?:{cardinal}|(?:half[\s-]+)?an?(?=\s+(?:{_alt(w['scales'])})\b))"
            rf"(?:(?:\s+|-(?!\s))(?:{scales}(?:\s+and(?=\s+(?:{cardinal})\b))?|{cardinal}))*"
            r"(?:[\s-]+and[\s-]+a[\s-]+half\b)?")


@cache
def language_table() -> dict:
    """Each language's entry of `data/number_languages.json`, also under the other codes that name its language
    (`clean.language.language_aliases`: "no" and "nn" read as "nb", as dates read them)."""
    table = dict(load_json("number_languages.json"))
    for alias, code in language_aliases().items():
        table[alias] = table[code]
    return table


@cache
def foreign_scales() -> tuple[dict[str, int], dict[str, int]]:
    """(words, abbreviations): the scales other languages write after digits ("2,5 Millionen", "5 Mrd."), of every
    language at once: none means anything else in a text of another language (data/number_languages.json)."""
    table = {k: v for k, v in language_table().items() if not k.startswith("_")}
    return ({w: n for t in table.values() for w, n in t["scales"].items()},
            {w: n for t in table.values() for w, n in t["scale_abbreviations"].items()})


def scale(tag: str = "", money: bool = False) -> str:
    """An optional scale after digits: a word ("2.5 million", "13.8-billion-year", "2,5 Millionen") or an abbreviation
    ("2.5bn", "5 Mrd.", "5 mln"); after an amount of money also one joined to it ("£40m", "$50k"), which elsewhere is
    a unit ("500m" run)."""
    w = number_table()
    # prefix trees (the same matches as plain alternations): the scale is tried after every run of digits by every
    # pattern of numbers, and an alternation tries each of its words there one by one
    joined = rf"|(?<=\d)(?i:{prefix_tree(w['money_scale_abbreviations'])})" if money else ""
    # a hyphen joins a scale word in a compound ("a 13.8-billion-year period", "a $5-million grant")
    words = prefix_tree([*w["scales"], *foreign_scales()[0]])
    # other languages' abbreviations take their full stop ("5 Mrd. Euro")
    stops = rf"|(?:{prefix_tree(foreign_scales()[1])})(?:\.(?=\s)|\b)"
    return (rf"(?:{_scale_guard()}(?:\s*|-(?=(?:{words})\b))"
            rf"(?P<scale{tag}>(?:{words}|{prefix_tree(w['scale_abbreviations'])}{joined})\b{stops}))?")


@cache
def _scale_guard() -> str:
    """What a scale needs to be written next: spaces or a hyphen, then one of its words' first letters (in any case:
    some patterns read scales case-blind). A lookahead, so it changes no match: the scale's words are tried only where
    it holds. Without it, each pattern tries a hundred scale words after every run of digits, and again after every
    shorter reading of the digits the engine backtracks to where the rest of the pattern fails ("2019 and" is tried
    as "2019", "201", "20", "2"), though a scale never follows a digit."""
    w = number_table()
    heads = {word[0] for word in (*w["scales"], *w["scale_abbreviations"], *w["money_scale_abbreviations"],
                                  *foreign_scales()[0], *foreign_scales()[1])}
    letters = "".join(sorted(re.escape(c) for c in heads))
    return rf"(?=\s*(?i:[{letters}])|-(?i:[{letters}]))"


@cache
def foreign_currencies() -> dict[str, str]:
    """Currency names as other languages write them ("soles", "reais", "złotych"), each to its ISO code."""
    return {w: code for k, t in language_table().items() if not k.startswith("_")
            for w, code in t.get("currencies", {}).items()}


@cache
def currency_link() -> str:
    """The "of" of every language between a scale word and a currency ("millones de soles", "milliards d'euros"):
    a word and a space, or an elided word and its apostrophe (`_currency_links` of `data/number_languages.json`)."""
    links = language_table()["_currency_links"]
    return rf"(?:(?:{_alt(links['words'])})\s+|(?:{_alt(links['elided'])})['’])"


_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")  # "2,5": a decimal comma
_ANY_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")  # "1,074 prosenttia": where spaces group thousands
# "1.400": a thousands point after a run of one to three digits, before exactly three ("2022.123" is no amount)
_THOUSANDS_POINT = re.compile(r"(?<!\d{4})(?<=\d)\.(?=\d{3}(?!\d))")
_THOUSANDS_SPACE = re.compile(r"(?<!\d{4})(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")


def decimal_point_text(text: str, language: str | None) -> str:
    """The text with its numbers written as English writes them, each character in its place: in a language with a
    decimal comma ("2,5 Millionen", "1.400 Menschen") the comma becomes a point and the point a comma, so the
    patterns read the values the language means. A comma before exactly three digits stays a thousands comma
    ("1,400 millones", as Spanish in Mexico and Peru writes it): a decimal with three places is rare in prose, a
    thousands comma is not; but a language that groups thousands with a space writes no thousands comma, and its
    comma is a decimal one before any number of digits ("1,074 prosenttia"). Dates ("31.1.2022", "20.04.2020") keep
    their points: their groups are not three digits."""
    rules = language_table().get(language or "", {}) if language != "en" else {}
    if not rules.get("decimal_comma") or not any(c in text for c in ",. \u00a0\u202f"):
        return text
    chars = list(text)
    for m in (_ANY_DECIMAL_COMMA if rules.get("space_thousands") else _DECIMAL_COMMA).finditer(text):
        chars[m.start()] = "."
    for m in _THOUSANDS_POINT.finditer(text):
        chars[m.start()] = ","
    if rules.get("space_thousands"):
        for m in _THOUSANDS_SPACE.finditer(text):
            chars[m.start()] = ","
    return "".join(chars)


def numeral(tag: str = "") -> str:
    """Digits with an optional scale word ("2.5 million") or number words ("two dozen")."""
    return rf"(?:(?P<num{tag}>{DIGITS}){scale(tag)}|(?P<word{tag}>{word_number()}))"


def words_value(text: str) -> float | None:
    """'twenty-four' -> 24, 'two hundred and five' -> 205, 'a dozen' -> 12, 'five-and-a-half' -> 5.5,
    'half a million' -> 500000."""
    w = number_table()
    total, current, extra = 0.0, 0.0, 0.0
    tokens = re.split(r"[\s-]+", text.lower())
    if tokens[-3:] == ["and", "a", "half"]:
        tokens, extra = tokens[:-3], 0.5
    factor = 1.0
    if tokens[:1] == ["half"]:
        tokens, factor = tokens[1:], 0.5  # "half a million": half of the scale
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"
    for token in tokens:
        if token == "and":
            continue
        if token in w["units"] or token in w["tens"]:
            current += w["units"].get(token, w["tens"].get(token, 0))
        elif token in w["scales"]:
            scale = w["scales"][token]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        else:
            return None
    return (total + current + extra) * factor


def numeral_value(m: re.Match[str], tag: str = "") -> float:
    word = m.groupdict().get(f"word{tag}")
    if word:
        return words_value(word) or 0.0
    digits, vulgar = m.groupdict().get(f"num{tag}"), m.groupdict().get(f"vulgar{tag}")
    # a vulgar fraction adds to the digits before it ("4½", "1½ million", "½ cup")
    value = (float(re.sub(r"[,’']", "", digits)) if digits else 0.0) + (unicodedata.numeric(vulgar) if vulgar else 0.0)
    written = m.groupdict().get(f"scale{tag}") or ""
    # rounded: a decimal times a scale is not exact in binary ("4.1 billion" -> 4099999999.9999995)
    return round(value * scale_factor(written), 6)


@cache
def _scale_factors() -> dict[str, int]:
    """Every scale `scale()` reads, to its factor: English words and abbreviations, those joined to money, and
    every language's words and abbreviations (no two of them spell one word with two factors)."""
    w = number_table()
    return w["scales"] | w["scale_abbreviations"] | w["money_scale_abbreviations"] | foreign_scales()[0] \
        | foreign_scales()[1]


def scale_factor(written: str) -> float:
    """The factor of a scale as `scale()` matched it ("million", "bn", "Mrd."), in lower case or as written, without
    an abbreviation's full stop; 1 for none. One table for every amount, so an amount and the range it ends read
    one scale alike."""
    scales, written = _scale_factors(), written.rstrip(".")
    return scales.get(written.lower(), scales.get(written, 1))




def value_of(kind: str, m: re.Match[str]) -> tuple[float, str | None]:
    """The value of a match and, for money, its currency."""
    w = number_table()
    g = m.groupdict()
    if kind == "money":
        cur = " ".join(g["cur"].split()) if g.get("cur") else ""
        return numeral_value(m), g.get("code") or w["currencies"].get(cur) or foreign_currencies()[cur]
    if kind == "fraction":
        numer = g.get("numer") or "1"
        n = 1.0 if numer.lower() in ("a", "an") else (float(numer) if numer.isdigit() else words_value(numer) or 1.0)
        return n / w["fraction_words"][g["frac"].lower()], None
    if kind == "proportion":
        return numeral_value(m) / (numeral_value(m, "2") or 1.0), None
    if kind == "times" and g.get("mult"):
        return float(w["multiplicatives"][g["mult"].lower()]), "times"
    if kind == "ordinal":
        return (float(g["num"]) if g.get("num") else float(w["ordinals"][g["ordw"].lower()])), None
    return numeral_value(m), "times" if kind == "times" else None


def format_value(value: float) -> str:
    """20000000.0 -> '20000000', 0.5 -> '0.5', 1/3 -> '0.333333': plain digits, never an exponent."""
    return str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")
