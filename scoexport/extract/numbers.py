"""Number facts: digits, number words, ordinals, fractions, multiplicatives, percentages and money,
with the approximation written before them (qualifier) and what they count (unit)."""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from ..records import Fact, Paragraph
from .base import Context, make_fact

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_AFTER = re.compile(r"\s*([a-z][a-z-]*)")
_TIMES_AFTER = re.compile(r"\s+times\b", re.I)


@cache
def _words() -> dict:
    return load_json("numbers.json")


_alt = alternation


@cache
def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(kind, what the text must hold for the pattern to match: "digit", "word" (a number word),
    "code" (a digit and a currency code), pattern), in order of precedence."""
    w = _words()
    cardinal_word = _alt([*w["units"], *w["tens"]])
    word_number = rf"(?:{cardinal_word})(?:[\s-]+(?:and\s+)?(?:{_alt([*w['units'], *w['tens'], *w['scales']])}))*"
    number = rf"(?P<num>{_DIGITS})(?:\s*(?P<scale>{_alt(w['scales'])}|bn|mn))?"
    symbols = _alt(k for k in w["currencies"] if not k.isalpha() or k.startswith("Rs"))
    fractions = _alt(w["fraction_words"])
    names = _alt(k for k in w["currencies"] if k.isalpha() and not k.startswith("Rs"))
    b = r"(?<![\w.,-])"
    codes = _alt(load_json("gazetteer.json")["currencies"])
    return [
        ("money", "digit", re.compile(rf"{b}(?P<cur>{symbols})\s?{number}\b")),
        ("money", "code", re.compile(rf"{b}(?P<code>{codes})\s?{number}\b")),
        ("money", "code", re.compile(rf"{b}{number}\s?(?P<code>{codes})\b")),
        ("money", "digit", re.compile(rf"{b}{number}\s+(?P<cur>{names})\b")),
        ("percent", "digit", re.compile(rf"{b}{number}\s?(?:%|percent\b|per cent\b)")),
        ("fraction", "word", re.compile(rf"(?i){b}(?P<numer>{cardinal_word}|an?|\d+)[\s-]+(?P<frac>{fractions})\b")),
        ("fraction", "word", re.compile(r"(?i)(?<![\w-])(?P<frac>half)\b")),
        # "seven times" is found by the number-word pattern below (`_TIMES_AFTER`): a pattern of number
        # words followed by "times" would scan a long run of number words again from each of its words
        ("times", "digit", re.compile(rf"(?i){b}(?P<num>{_DIGITS})\s+times\b")),
        ("times", "word", re.compile(rf"(?i)\b(?P<mult>{_alt(w['multiplicatives'])})\b")),
        ("ordinal", "digit", re.compile(r"(?<![\w.,-])(?P<num>\d+)(?:st|nd|rd|th)\b")),
        ("ordinal", "word", re.compile(rf"(?i)\b(?P<ordw>{_alt(w['ordinals'])})\b")),
        ("number", "word", re.compile(rf"(?i)\b(?P<word>{word_number})\b")),
        ("number", "digit", re.compile(rf"{b}{number}(?![\w.]\d)")),
    ]


def words_value(text: str) -> float | None:
    """'twenty-four' -> 24, 'two hundred and five' -> 205, 'three million' -> 3e6."""
    w = _words()
    total, current = 0.0, 0.0
    for token in re.split(r"[\s-]+", text.lower()):
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
    return total + current


def _number(m: re.Match[str]) -> float:
    value = float(m["num"].replace(",", ""))
    scale = (m.groupdict().get("scale") or "").lower()
    return value * {"bn": 1e9, "mn": 1e6}.get(scale, _words()["scales"].get(scale, 1))


def _value(kind: str, m: re.Match[str]) -> tuple[float, str | None]:
    """The value of a match and, for money, its currency."""
    w = _words()
    g = m.groupdict()
    if kind == "money":
        return _number(m), g.get("code") or w["currencies"][g["cur"]]
    if kind == "fraction":
        numer = g.get("numer") or "1"
        n = 1.0 if numer.lower() in ("a", "an") else (float(numer) if numer.isdigit() else words_value(numer) or 1.0)
        return n / w["fraction_words"][g["frac"].lower()], None
    if kind == "times" and g.get("mult"):
        return float(w["multiplicatives"][g["mult"].lower()]), "times"
    if kind == "ordinal":
        return (float(g["num"]) if g.get("num") else float(w["ordinals"][g["ordw"].lower()])), None
    if g.get("word"):
        return words_value(g["word"]) or 0.0, "times" if kind == "times" else None
    return _number(m), "times" if kind == "times" else None


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({_alt(_words()['qualifiers'])})\s+$", re.I)


def _qualifier(text: str, start: int) -> str | None:
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before == start or before == 0 or not text[before - 1].isalpha():
        return None  # every qualifier is words and a space: "$1 $2" has none, and costs no search
    m = _qualifier_pattern().search(text, max(0, start - 25), start)
    return _words()["qualifiers"][m.group(1).lower()] if m else None


def _unit(text: str, start: int, end: int) -> str | None:
    """What a number counts: the words after it up to the first plural noun ('six original members');
    after 'a' the number qualifies a noun and the unit is the next word ('a 9 member organization')."""
    stop = set(_words()["unit_stop"])
    plurals = set(_words()["irregular_plurals"])
    words: list[str] = []
    pos = end
    while len(words) < 3:
        m = _WORD_AFTER.match(text, pos)
        if not m or m.group(1) in stop or m.group(1).endswith("ing"):
            break
        words.append(m.group(1))
        pos = m.end()
        if (m.group(1).endswith("s") and not m.group(1).endswith("ss")) or m.group(1) in plurals:
            break
    if not words:
        return None
    if re.search(r"\ban?\s+$", text[max(0, start - 4):start]):
        return words[0]
    return " ".join(words)


def _format(value: float) -> str:
    """20000000.0 -> '20000000', 0.5 -> '0.5', 1/3 -> '0.333333': plain digits, never an exponent."""
    return str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0")


_LOWER_WORD = re.compile(r"[a-z]+")
_CODE_LETTERS = re.compile(r"[A-Z]{3}")


@cache
def _number_words() -> frozenset[str]:
    """Every word a pattern without digits can start from."""
    w = _words()
    keys = [*w["units"], *w["tens"], *w["ordinals"], *w["fraction_words"], *w["multiplicatives"]]
    return frozenset(word for key in keys for word in _LOWER_WORD.findall(key.lower()))


def _facts_in(ctx: Context, p: Paragraph) -> list[Fact]:
    facts = []
    has_digit = re.search(r"\d", p.text) is not None
    # a pattern runs only where what it needs stands: the word patterns are long case-blind
    # alternations, and the currency codes a long alternation of capitals
    holds = {"digit": has_digit, "word": not _number_words().isdisjoint(_LOWER_WORD.findall(p.text.lower())),
             "code": has_digit and _CODE_LETTERS.search(p.text) is not None}
    for kind, needs, pattern in _patterns():
        if not holds[needs]:
            continue
        for m in pattern.finditer(p.text):
            start, end, match_kind = m.start(), m.end(), kind
            times = _TIMES_AFTER.match(p.text, end) if kind == "number" and m.groupdict().get("word") else None
            if times:
                end, match_kind = times.end(), "times"
            if ctx.is_claimed(p.paragraph_id, start, end):
                continue
            value, unit = _value(match_kind, m)
            if kind in ("number", "times"):
                unit = unit or _unit(p.text, start, end)
            fact_kind = "number" if kind == "times" else kind
            facts.append(make_fact(ctx, p, fact_kind, start, end, _format(value), value_num=value, unit=unit,
                                   qualifier=_qualifier(p.text, start)))
            ctx.claim(p.paragraph_id, start, end)
    return facts


def number_facts(ctx: Context) -> list[Fact]:
    return [f for p in ctx.paragraphs for f in _facts_in(ctx, p)]
