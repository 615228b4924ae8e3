"""Ranges: when two numerals joined by "to", "-" or "and" are the two ends of one span ("40 to 80 years",
"2-3 hours", "between 5 and 10", "$40-50 billion") and when they are not.

Enters: a paragraph's text and a match of the range or money-range pattern (numbers.py). Leaves: the kind
and both ends, or None. Writers join the ends of a span with "to", a dash or "between ... and"; the same
marks also join a change ("rose from 5 to 10": two amounts, a start and an end), a score or code ("won 6-4",
"5-1A": no noun after it to count), and "and" without "between" joins two separate numbers. A scale written
once after the high end ("5-10 billion", "two to three million") scales the low end too, and a currency written once
after it ("10 to 20 euros", "zwischen 5 und 7 Milliarden Dollar") makes money of both ends. `joined_facts` makes the
same decision for two number facts side by side in other languages' words ("otto o nove anni", "tra le 60 e le
100 unità", "14 ospedali su 36", a score "1 a 0").
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from ..records import Fact, Paragraph
from .base import Context, make_fact
from .language_numbers import proportion_between
from .language_ranges import in_count_list, is_range_between, is_score, or_range, to_range
from .numerals import format_value, language_table, number_table, numeral_value, scale_factor


@cache
def _change_before_from() -> re.Pattern[str]:
    verbs = alternation(load_json("number_context.json")["change_verbs"])
    return re.compile(rf"(?i)\b(?:{verbs})\s+(?:\w+\s+)?from\s+$")


def number_range(text: str, m: re.Match[str]) -> tuple[str, float, float] | None:
    """(kind, low, high) of a range, or None where the two numerals are not the ends of one span:
    a score or code ("6-4", "5-1A"), a change ("rose from 5 to 10"), "and" without "between"."""
    low, high = numeral_value(m), numeral_value(m, "2")
    scales = number_table()["scales"]
    high_words = (m["scale2"] or m["word2"] or "").lower().split()
    high_scale = high_words[-1] if high_words else ""
    low_scaled = m["scale"] or any(w in scales for w in re.split(r"[\s-]+", (m["word"] or "").lower()))
    if high_scale in scales and not low_scaled and low * scales[high_scale] < high:
        low *= scales[high_scale]  # "two to three million", "5-10 billion": the scale is written once
    sep = m["sep"].strip().lower()
    before = text[max(0, m.start() - 40):m.start()]
    if not low < high:
        return None
    if sep == "and" and not re.search(r"(?i)\bbetween\s+$", before):
        return None
    if sep == "to" and _change_before_from().search(before):
        return None
    if sep not in ("to", "and"):
        if not (m["num"] and m["num2"]) or (m["num2"].startswith("0") and "." not in m["num2"]):
            return None
        # a hyphen joins the ends of a range of something ("2-3 hours", "30−40 минут"); with no noun
        # after it the pair is a score, a ratio or a code ("won 6-4", "7-6 (2)")
        noun = re.match(r"\s*-?([^\W\d_]+)", text[m.end():m.end() + 30])
        counted = noun is not None and noun.group(1).lower() not in number_table()["unit_stop"]
        if not (m["pct"] or m["pct2"] or m["scale2"] or counted or re.search(r"(?i)\b(?:aged?|ages|between|from)\s+$", before)):
            return None
    return ("percent" if m["pct"] or m["pct2"] else "number"), low, high


def money_range(text: str, m: re.Match[str]) -> tuple[float, float, str] | None:
    """(low, high, currency) of a range of money; the scale may be written once, after the high end. Not a
    change ("rose from $10 to $15": two amounts)."""
    if m["sep"].strip() == "to" and _change_before_from().search(text, max(0, m.start() - 40), m.start()):
        return None
    low, high = numeral_value(m), numeral_value(m, "2")
    factor = scale_factor(m["scale2"] or "")
    if not m["scale"] and factor > 1 and low * factor < high:
        low = round(low * factor, 6)  # "$40-50 billion"
    if not low < high:
        return None
    return low, high, number_table()["currencies"][" ".join(m["cur"].split())]


def joined_facts(ctx: Context, p: Paragraph, text: str, facts: list[Fact], language: str) -> list[Fact]:
    """Two whole numbers a score joins ("1 a 0"): no facts. Two counts the language's "or" joins ("otto o nove anni",
    "2 or 3 days"): one range, of the noun after the second. Two counts in digits one proportion joins ("14 ospedali
    su 36", "3 von 5 Befragten"): one fraction, of the noun between them or after the first, as `word_numbers`
    reads "huit véhicules sur dix"; two the language's "to" joins ("acht bis zehn Anträge": `to_range`) or a
    "between ... and" joins ("tra le 60 e le 100 unità"): one range, as the English patterns read "between 5 and 10". A
    proportion of a number to itself with its noun between ("24 heures sur 24": round the clock) is the first count
    alone. Counts that follow one another, listed with commas and closed by "or" ("two, three, or four bytes", "zwei,
    drei oder vier Tage"), are one range too (`in_count_list`), and so is a count "or" joins to the next count
    measured ("one or two bytes"); measured alternatives stay two ("1024 or 4096 bytes")."""
    out: list[Fact] = []
    listed: set[str] = set()  # ranges begun by a list of consecutive counts ("two, three, or four"), open to its "or"
    for fact in sorted(facts, key=lambda f: f.start):
        prev = out[-1] if out else None
        shared = _money_low_end(text, prev, fact, language) if prev is not None and fact.kind == "money" else None
        if prev is not None and shared is not None:
            out[-1] = make_fact(ctx, p, "money", prev.start, fact.end,
                                f"{format_value(shared)}/{format_value(fact.value_num or 0)}", value_num=shared,
                                value_high=fact.value_num, unit=fact.unit, qualifier=prev.qualifier)
            continue
        if prev is not None and (prev.value_high is None or prev.fact_id in listed) and prev.kind == "number" \
                and fact.kind in ("number", "quantity") and fact.value_high is None and prev.value_num is not None \
                and fact.value_num is not None and prev.unit is None and in_count_list(text, prev, fact, language):
            out[-1] = make_fact(ctx, p, "number", prev.start, fact.end, f"{format_value(prev.value_num)}/"
                                f"{format_value(fact.value_num)}", value_num=prev.value_num, value_high=fact.value_num,
                                unit=fact.unit, qualifier=prev.qualifier)
            listed.add(out[-1].fact_id)
            continue
        if prev is not None and prev.kind == fact.kind == "number" and prev.text.isdigit() and fact.text.isdigit() \
                and is_score(text, prev.end, fact.start, fact.unit, language):
            out.pop()  # "de 1 a 0 sobre o Palmeiras": a score, neither number a count
            continue
        if prev is not None and prev.kind == fact.kind == "number" and prev.value_num == fact.value_num \
                and prev.value_high is None and fact.value_high is None \
                and proportion_between(text, prev.end, fact.start, language):
            continue  # "ouverte 24 heures sur 24", "7 giorni su 7": the whole of the noun, counted once by the first
        # a count "or" joins to a measured one is a range of next counts ("one or two bytes"), not alternatives
        # ("1024 or 4096 bytes")
        measured = fact.kind == "quantity" and fact.value_num == (prev.value_high or prev.value_num or 0) + 1 \
            if prev is not None else False
        if prev is None or not (prev.kind == "number" and (fact.kind == "number" or measured)
                                and (prev.value_high is None or prev.fact_id in listed)
                                and fact.value_high is None and prev.value_num is not None
                                and fact.value_num and (prev.value_high or prev.value_num) < fact.value_num):
            out.append(fact)
            continue
        low, high = prev.value_num, fact.value_num
        noun = proportion_between(text, prev.end, fact.start, language) if fact.kind == "number" else None
        if prev.fact_id in listed and not or_range(text, (prev.start, prev.end), (fact.start, fact.end),
                                                   (prev.value_high or low, high), language):
            out.append(fact)  # a list of counts its "or" does not close ("two, three, four"): left as it is
        elif noun is not None:
            out[-1] = make_fact(ctx, p, "fraction", prev.start, fact.end, format_value(round(low / high, 4)),
                                value_num=low / high, unit=noun or prev.unit, qualifier=prev.qualifier)
        elif (prev.unit is None and (or_range(text, (prev.start, prev.end), (fact.start, fact.end), (low, high), language)
                                     or to_range(text, (prev.start, prev.end), (fact.start, fact.end), language))) \
                or is_range_between(text, (prev.start, prev.end), (fact.start, fact.end), language):
            out[-1] = make_fact(ctx, p, "number", prev.start, fact.end, f"{format_value(low)}/{format_value(high)}",
                                value_num=low, value_high=high, unit=fact.unit, qualifier=prev.qualifier)
            listed.discard(prev.fact_id)
        else:
            out.append(fact)
    return out


def _scale_written(text: str, language: str) -> float:
    """The scale word an amount writes ("3 million euros", "7 Milliarden Dollar", "20 Mrd. Euro"): its factor, 1 if
    it writes none."""
    scales = number_table()["scales"] | number_table()["scale_abbreviations"] | language_table().get(language, {}).get(
        "scales", {}) | language_table().get(language, {}).get("scale_abbreviations", {})
    return max((scales.get(w, scales.get(w.lower(), 1)) for w in re.findall(r"[^\W\d_]+", text)), default=1)


def _money_low_end(text: str, prev: Fact, fact: Fact, language: str) -> float | None:
    """The low end of a range of money whose currency, and maybe scale, is written once, after the high end ("10 to 20
    euros", "between 2 and 3 million euros", "zwischen 5 und 7 Milliarden Dollar", "10 bis 20 Euro"): the bare count
    before it, scaled as the high end is where it writes no scale of its own; None where the two are no range (a
    change, "rose from 10 to 20 euros"; an "and" without "between"; a count of something else)."""
    if prev.kind != "number" or prev.value_high is not None or prev.value_num is None or fact.value_num is None \
            or fact.value_high is not None or not fact.text[:1].isalnum():
        return None  # the currency before the high end ("10 to $20") is two amounts, or read whole by the patterns
    if prev.unit is not None and _scale_written(prev.unit, language) == 1:
        return None  # "10 people to 20 euros": the first counts something
    if not _joined_as_range(text, prev, fact, language):
        return None
    low = prev.value_num
    if _scale_written(prev.text, language) == 1:
        low = round(low * _scale_written(fact.text, language), 6)
    return low if low < fact.value_num else None


def _joined_as_range(text: str, prev: Fact, fact: Fact, language: str) -> bool:
    """Do the words between two amounts join them as the ends of one range: a dash, the language's "to" (in English
    not after a verb of change and "from": "rose from 10 to 20"), or "between ... and"?"""
    between = text[prev.end:fact.start]
    if re.fullmatch(r"\s*[-–]\s*", between):
        return True
    if language != "en":
        return to_range(text, (prev.start, prev.end), (fact.start, fact.end), language) \
            or is_range_between(text, (prev.start, prev.end), (fact.start, fact.end), language)
    before = text[max(0, prev.start - 40):prev.start]
    if re.fullmatch(r"(?i)\s+to\s+", between):
        return not _change_before_from().search(before)
    return re.fullmatch(r"(?i)\s+and\s+", between) is not None and re.search(r"(?i)\bbetween\s+$", before) is not None
