"""The forms numbers are written in: the patterns that find money, ranges, fractions, percentages, ordinals,
ranks, temperatures and plain numbers, in order of precedence, and where each may match.

Enters: nothing (the tables in `data/numbers.json`, `data/gazetteer.json`). Leaves: `patterns()`, each a kind,
where in a text it may begin (`tried_at`) and the compiled pattern; `pattern_cues()`, what a paragraph must hold for a
pattern to match in it, a cheap test before the pattern is tried; and the one split of the currencies into symbols,
names and codes (`currency_symbols`, `currency_names`, `currency_codes`, `currency_signs`), which the version reader
(`identifiers.named_versions`) asks too, so that what reads as money here is an amount there. What a match counts,
and whether it is a quantity at all, is `numbers`' (and `quantities`', `identifiers`') to decide.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from ..data import alternation, load_json, prefix_tree
from .numerals import DIGITS, currency_link, foreign_currencies, number_table, numeral, scale, word_number
from .openings import acronym_starts

_alt = alternation

_PERCENT = r"(?:\s?%|\s+percent\b|\s+per\s+cent\b)"
_B = r"(?<![\w.,-])"  # a numeral does not continue a word, a decimal or a code


def is_currency_name(key: str) -> bool:
    """A currency of `data/numbers.json` written as a word ("dollars", "euro", "US dollars") rather than a symbol
    ("$", "US$", "Rs."): a name follows its amount ("5 dollars"), a symbol may stand before it ("$5")."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z. ]+", key)) and not key.startswith("Rs")


@cache
def currency_symbols() -> tuple[str, ...]:
    """The currencies written as symbols ("$", "HK$", "€", "Rs."), before an amount or after it ("10 €")."""
    return tuple(k for k in number_table()["currencies"] if not is_currency_name(k))


@cache
def currency_names() -> tuple[str, ...]:
    """The currencies written as words ("dollars", "Euro", "Hong Kong dollars"), after an amount."""
    return tuple(k for k in number_table()["currencies"] if is_currency_name(k))


@cache
def currency_codes() -> tuple[str, ...]:
    """ISO codes ("USD"), in capitals (which `acronym_starts` finds; a test keeps it so), before an amount or after
    it ("EUR 49.95", "49.95 EUR")."""
    return tuple(load_json("gazetteer.json")["currencies"])


@cache
def currency_signs() -> str:
    """The currency signs among the symbols' characters (Unicode's "Sc": "$", "€", "£"), as a character class's
    inside: a sign after an amount ends no word, so a symbol read there must not run on into another sign ("10$€")."""
    return "".join(sorted({re.escape(c) for k in currency_symbols() for c in k if unicodedata.category(c) == "Sc"}))


@cache
def _symbol_pieces() -> tuple[str, ...]:
    """What the text holds where it writes one of the currency symbols: "$" for the dollars' ("US$", "HK$"), the
    symbol itself for the others ("€", "Rs"), none held by another. The cue of the patterns that read a symbol: their
    places are every "A", "C", "R", "S", "U" of the text, where most paragraphs write no symbol at all."""
    pieces = {"$" if "$" in k else k for k in currency_symbols()}
    return tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))


@cache
def _symbol_first() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted({re.escape(k[0]) for k in currency_symbols()})) + "]")


VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"  # the fractions Unicode writes as one character
_VULGAR_START = re.compile(rf"\d+\s?(?=[{VULGAR_FRACTIONS}])|[{VULGAR_FRACTIONS}]")


def tried_at(where: str, text: str, digit_starts: Sequence[int]) -> Sequence[int]:
    """Where a pattern that begins with a digit, a currency symbol, a currency code or a vulgar fraction (or the
    digits before it) may match."""
    if where == "digit":
        return digit_starts
    if where == "capital":
        return acronym_starts(text)
    if where == "vulgar":
        return [m.start() for m in _VULGAR_START.finditer(text)]
    return [m.start() for m in _symbol_first().finditer(text)]


@cache
def patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(kind, where it may match, pattern), in order of precedence. Where the match begins, and so where the
    pattern is tried (all hold a digit): "digit", with a digit (where a run of digits starts); "symbol", with a
    currency symbol (where a symbol's first character is); "capital", with a currency code (at words in capitals);
    "vulgar", with a fraction's character or the digits before it ("1½");
    "numeral", with a digit or a number word (where a numeral may start)."""
    w = number_table()
    number = rf"(?P<num>{DIGITS}){scale()}"
    # an amount may end in a vulgar fraction ("£4½", "$1½ million"): the character is a word's to \\b
    amount = rf"(?P<num>{DIGITS})(?P<vulgar>[{VULGAR_FRACTIONS}])?{scale(money=True)}"
    # prefix trees: the symbols and codes are tried at every numeral and every word
    symbols = prefix_tree(currency_symbols())
    fractions = _alt(w["fraction_words"])
    names = _alt(currency_names(), flexible_spaces=True)
    codes = prefix_tree(currency_codes())
    cardinal_word = _alt([*w["units"], *w["tens"]])
    b = _B
    return [
        # a range of money: "$40-50 billion", "£3m to £5m" (the symbol may be written again)
        ("money_range", "symbol", re.compile(
            rf"{b}(?P<cur>{symbols})\s?(?P<num>{DIGITS}){scale(money=True)}(?P<sep>\s*[-–—]\s*|\s+to\s+)"
            rf"(?:(?P=cur)\s?)?(?P<num2>{DIGITS}){scale('2', money=True)}\b")),
        ("money", "symbol", re.compile(rf"{b}(?P<cur>{symbols})\s?{amount}\b")),
        # a code joined to digits is a name ("COP26", "G20"), not money
        ("money", "capital", re.compile(rf"{b}(?P<code>{codes})\s{amount}\b")),
        ("money", "digit", re.compile(rf"{b}{number}\s?(?P<code>{codes})\b")),
        # a symbol after the amount, as much of Europe writes it ("10 €", "For only 10$")
        ("money", "digit", re.compile(rf"{b}{number}\s?(?P<cur>{symbols})(?P<after>)(?![\w{currency_signs()}])")),
        ("money", "digit", re.compile(rf"{b}{number}\s+(?P<cur>{names})\b")),
        # other languages join a currency to a scale with their "of": "1,400 millones de soles", "2 milliards d'euros"
        ("money", "digit", re.compile(rf"{b}(?P<num>{DIGITS}){scale()}(?<=[^\W\d_])\s+{currency_link()}"
                                      rf"(?P<cur>{_alt(foreign_currencies())})(?P<foreign>)(?![\w-])")),
        # or name it right after the amount, inflected as the number governs it ("400 рублей", "20 Franken")
        ("money", "digit", re.compile(rf"{b}{number}\s+(?P<cur>{_alt(foreign_currencies())})(?P<foreign>)(?![\w-])")),
        ("proportion", "numeral", re.compile(
            rf"(?i){b}{numeral()}\s+(?:out\s+of|in)\s+(?:every\s+)?{numeral('2')}(?![\w.]\d|[^\W\d_])")),
        # a fraction written with a slash, as recipes write amounts ("1/2 tsp", "3/4 of the way"); a date or a
        # score has more digits or another slash after it
        ("proportion", "digit", re.compile(rf"{b}(?P<num>\d)/(?P<num2>[234])(?![\w/.,-]|\s*[/:]?\d)")),
        ("range", "numeral", re.compile(
            rf"(?i){b}{numeral()}(?P<pct>{_PERCENT})?(?P<sep>\s*[-–—−]\s*|\s+to\s+|\s+and\s+){numeral('2')}"
            rf"(?P<pct2>{_PERCENT})?(?![\w.]\d|[^\W\d_])")),
        ("percent", "numeral", re.compile(rf"(?i){b}{numeral()}{_PERCENT}")),
        ("fraction", "numeral", re.compile(rf"(?i){b}(?P<numer>{cardinal_word}|an?|\d+)[\s-]+(?P<frac>{fractions})\b")),
        # "half a million" is one number (the number words read it), not a half and a million
        ("fraction", "numeral", re.compile(rf"(?i)(?<![\w-])(?P<frac>half)\b(?![\s-]+an?\s+(?:{_alt(w['scales'])})\b)")),
        ("times", "numeral", re.compile(rf"(?i){b}{numeral()}\s+times\b")),
        ("times", "numeral", re.compile(rf"(?i)\b(?P<mult>{_alt(w['multiplicatives'])})\b")),
        ("ordinal", "digit", re.compile(r"(?<![\w.,-])(?P<num>\d+)(?:st|nd|rd|th)\b")),
        # the ordinal indicators of Portuguese, Spanish and Italian: "a 22ª rodada", "el 3º lugar"
        ("ordinal", "digit", re.compile(r"(?<![\w.,-])(?P<num>\d+)[ºª](?!\w)")),
        # French writes the ordinal's ending after the digits: "les 2ème et 4ème mercredis", "la 3e fois", and "er" or
        # "re" only after 1 ("le 1er tour"): "les 70er", "1970er-Jahre" are German decades
        ("ordinal", "digit", re.compile(r"(?<![\w.,-])(?P<num>\d+)(?:(?<=(?<!\d)1)(?:er|re|ère)|ème|eme|e)(?![\w-])")),
        ("ordinal", "numeral", re.compile(rf"(?i)\b(?P<ordw>{_alt(w['ordinals'])})\b")),
        ("number", "numeral", re.compile(rf"(?i)\b(?P<word>{word_number()})\b")),
        # an oven's temperature with its scale's letter joined to it and no degree sign ("400F", "200°C /400F")
        ("temperature", "digit", re.compile(r"(?<![\w.,-])(?P<num>[1-5]\d\d)(?P<scale>[FC])(?![\w-])")),
        # a place in a ranking: "at #6", "the No. 2 most popular" (quantities.rank_opening reads the words before)
        # a vulgar fraction, maybe after whole digits, as recipes write amounts ("½ cup", "1½ cups", "½ лимона"),
        # maybe before a scale ("1½ million copies")
        ("vulgar", "vulgar", re.compile(
            rf"(?<![\w.,−–-])(?:(?P<num>\d+)\s?)?(?P<vulgar>[{VULGAR_FRACTIONS}]){scale()}(?![\w/])")),
        ("rank", "digit", re.compile(r"(?<=[#.\s])(?P<num>\d{1,3})(?![\w.,]\d|[^\W\d_])")),
        ("number", "digit", re.compile(rf"{b}{number}(?![\w.]\d|[.,-]?\d|-[\w.]*\d)")),
    ]


@cache
def pattern_cues() -> dict[re.Pattern[str], tuple[frozenset[str], tuple[str, ...]]]:
    """What a paragraph must hold for a pattern to match in it: one of the words (as a lower-case run of letters,
    `may_hold_words`) or one of the characters. A percentage needs "%", "percent" or "per cent"; a fraction a
    fraction word; "N times" the word times; a multiplicative, an ordinal or a number word itself; money named
    after its amount a currency's name. The other patterns need "and", "to", "in" or a digit, which most
    paragraphs hold, and have no cue."""
    w = number_table()

    def words(keys: object) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall(" ".join(keys).lower()))  # type: ignore[arg-type]

    cues = {}
    for kind, where, pattern in patterns():
        groups = pattern.groupindex
        if kind == "percent":
            cues[pattern] = (frozenset(("percent", "per")), ("%",))
        elif kind == "fraction":
            cues[pattern] = (words(w["fraction_words"]), ())
        elif kind == "times":
            cues[pattern] = (words(w["multiplicatives"]) if "mult" in groups else frozenset(("times",)), ())
        elif kind == "vulgar":
            cues[pattern] = (frozenset(), tuple(VULGAR_FRACTIONS))
        elif kind == "ordinal" and where == "numeral":
            cues[pattern] = (words(w["ordinals"]), ())
        elif kind == "number" and where == "numeral":
            cues[pattern] = (words([*w["units"], *w["tens"], *w["scales"]]), ())
        elif where == "symbol" or (kind == "money" and where == "digit" and "after" in groups):
            cues[pattern] = (frozenset(), _symbol_pieces())
        elif kind == "money" and where == "digit" and "cur" in groups and "foreign" not in groups:
            cues[pattern] = (words(currency_names()), ())
    return cues


@cache
def cued_patterns() -> tuple[tuple[str, str, re.Pattern[str], tuple[frozenset[str], tuple[str, ...]] | None], ...]:
    """`patterns()` with each one's cue beside it (None where it has none), in their order of precedence. The
    cue is looked up once here: hashing a compiled pattern hashes its whole program, and a lookup per paragraph
    and pattern cost 3% of an HTML convert."""
    cues = pattern_cues()
    return tuple((kind, where, pattern, cues.get(pattern)) for kind, where, pattern in patterns())


_LOWER_WORD = re.compile(r"[a-z]+")
