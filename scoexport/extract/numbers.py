"""Number facts: quantities stated in running text, with what they count.

Enters: a document's paragraphs. Leaves: facts of kind number, ordinal, fraction, percent, money
and quantity (a number with a unit of measurement), each with its value, the approximation
written before it (qualifier) and what it counts (unit). A range ("40 to 80 years", "2-3 hours",
"between 5 and 10") is one fact: `value_num` is its low end, `value_high` its high end and
`value` the interval "40/80". Numerals that are not quantities of prose (table cells, citation
parts, pagination: see `quantities`; identifiers, versions, clock times: see `identifiers`) give no fact.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from ..date_text import in_copyright_line
from ..records import Fact, Paragraph
from . import quantities, word_quantities
from .base import Context, digit_starts, lower_words, make_fact, matches_at, may_hold_words
from .date_years import in_law_name
from .identifiers import in_code_span, is_identifier, is_model_number, is_word_identifier
from .identifiers.named_versions import document_versions, version_spans
from .language_numbers import (
    currency_after,
    indicator_before_name,
    is_points_day,
    percent_end,
    shares,
    word_numbers,
)
from .name_shapes import paragraph_language
from .number_dates import is_day_before_month, is_year_after_day_month
from .number_forms import cued_patterns, tried_at
from .number_glued import glued_durations
from .number_ranges import joined_facts, money_range, number_range
from .number_units import measure_unit, qualifier, unit_after
from .numeral_scan import number_words, numeral_starts
from .numerals import (
    decimal_point_text,
    format_value,
    language_table,
    number_table,
    numeral_value,
    value_of,
    words_value,
)
from .ordinal_uses import DETERMINER_BEFORE, dot_ordinal, english_ranks_nothing, noun_ordinal

# the article's running text; titles, captions, bylines and datelines restate or frame it
_RUNNING_KINDS = ("body", "heading")

# "scored once in ten games" counts; "Once a decision is made" opens a clause (as soon as), "once expected" means
# formerly; "once a week" is a recurrence (`word_quantities.is_recurrence`)
_ONCE_COUNTS = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:or|and|in|this|last|so far)\b")
_COMPOUND_NAME_AFTER = re.compile(r"-[a-z]+\s+[A-Z][a-z]")


def _is_ordinal_after_article(text: str, m: re.Match[str]) -> bool:
    """"a fifth person" is an ordinal; "a fifth of the vote", "two fifths" are fractions."""
    frac = (m.groupdict().get("frac") or "").lower()
    numer = (m.groupdict().get("numer") or "").lower()
    if numer not in ("a", "an") or frac not in number_table()["ordinals"]:
        return False
    nxt = re.match(r"\s+([^\W\d_]+)", text[m.end():m.end() + 30])
    return nxt is not None and nxt.group(1).lower() != "of"


def _skip(text: str, kind: str, m: re.Match[str], language: str | None = None) -> bool:
    """Is this numeral something other than a quantity of running text?"""
    start, end = m.start(), m.end()
    if in_code_span(text, start) or quantities.is_quoted_literal(text, start, end):
        return True  # "`awk '{print $2}'`", "format “1.0”": a manual's code or a value shown, no amount
    written = (m.groupdict().get("scale") or "").lower()
    if written in language_table()["_own_scales"] and language not in language_table()["_own_scales"][written]:
        return True  # "$6 mil" in English: slang for a million, where Portuguese "R$ 6 mil" is six thousand
    if kind in ("number", "ordinal", "times", "fraction") and word_quantities.is_fixed_expression(text, start, end):
        return True
    if kind == "number" and m.group().lower() == "one" and word_quantities.is_indefinite_one(text, start, end):
        return True
    if kind == "number" and not text[start].isdigit() and word_quantities.is_pronoun_like(text, start, end):
        return True
    if kind == "number" and not text[start].isdigit() and is_word_identifier(text, start, end):
        return True
    if kind == "number" and not text[start].isdigit() and word_quantities.is_noun_use(text, start, end):
        return True  # "hit an early three": a shot, not a count
    if kind == "number" and is_model_number(text, start, end, language):
        return True  # "the 737 Max jet", "421 Route 59": part of a name
    if kind == "fraction" and word_quantities.is_half_compound(text, start, end):
        return True  # "half-surprised": an adverb
    if kind == "number" and word_quantities.is_every_period(text, start, end):
        return True  # "releases happen every 2 years": how often, not how many
    if kind == "times" and word_quantities.is_recurrence(text, end):
        return True  # "at least once a month", "twice a year": how often, not how many
    if kind == "times" and m.group().lower() == "once" and not _ONCE_COUNTS.match(text, end):
        return True  # "once expected", "once the deal is done": formerly, as soon as
    if kind == "ordinal" and english_ranks_nothing(text, start, end):
        return True  # "he first ran", "the first two items", "6th Avenue", "the 21st century": see `ordinal_uses`
    if indicator_before_name(text, end, language):
        return True  # "dal 13° Battaglione Golani", "la 2ª Guerra Mundial": a ranked name with its ordinal indicator
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", m.group()) and (re.match(r"\s+[A-Z]", text[end:end + 3])
                                                          or in_law_name(text, start)):
        return True  # "the 2021 RAV4", "the Nationality Act of 1965": a year that is part of a name
    if _COMPOUND_NAME_AFTER.match(text, end):
        return True  # "the 13-inch MacBook Pro": part of a product's name
    if _CODE_AFTER.match(text, end):
        return True  # "Form 10-K", "W-2": a code
    if kind == "proportion" and not numeral_value(m) < numeral_value(m, "2"):
        return True
    if kind == "proportion" and "/" in m.group() and not quantities.is_amount_after(text, end):
        return True  # "went 3/8 from the field": a record of tries, like a score
    if text[start].isdigit():
        # a stop after digits makes an ordinal ("am 31. Oktober"), not one after a word ("5 Millionen Euro. Die")
        dotted = text[end - 1].isdigit() and quantities.is_ordinal_dot(text, end, language)
        # what follows the digits tells a clock or a name's number, not what follows the amount's scale and currency
        # ("3 Milliarden Dollar am ersten Tag": no "a.m.", "des Beitritts 186 Milliarden Euro aus": a count)
        digits = start + len(_NUMERAL.match(text, start).group().rstrip(".,"))
        asked = digits if digits < end and text[digits].isspace() else end  # "1½ cups", "1/2 tsp": the amount whole
        if is_identifier(text, start, asked, language) or dotted or in_copyright_line(text, start):
            return True
        if is_day_before_month(text, start, end, language) or is_year_after_day_month(text, start, end, language):
            return True  # "il 7 ottobre, 8 e 9", "am 13. März 1435": a day or a year of a date the date side leaves
        nxt = re.match(r"[^\W\d_]+", text[end:end + 12])
        # a code: "5A", "3G"; but not a unit ("5km") or an age the language writes joined ("un 25enne")
        return kind == "number" and nxt is not None and measure_unit(nxt.group()) is None \
            and nxt.group().lower() not in language_table().get(language or "", {}).get("age_suffixes", ())
    return False


@cache
def _and_half() -> re.Pattern[str]:
    """What stands before the "a half" of "a cup and a half", "two years and a half": a count, a noun, "and"."""
    return re.compile(rf"(?i)\b(?P<count>an?|{alternation(number_table()['units'])}|\d+)\s+(?P<counted>[a-z]+)\s+and\s+$")


_NUMERAL = re.compile(r"\d[\d.,]*")
_CODE_AFTER = re.compile(r"-[A-Z]\b")
# sports writing gives a height as feet and inches joined: "7-foot-3", "6-foot-10"
_FEET_INCHES = re.compile(r"-(?:foot|feet)-(?P<inches>1[01]|\d)(?![\d-]|[.,]\d)")


def _facts_in(ctx: Context, p: Paragraph, versions: frozenset[str], read: str | None) -> list[Fact]:
    """The number facts of one paragraph; `read` is its text as the document's language writes numbers (None for a
    paragraph that is no running text), which most paragraphs, written in that language, take as it is."""
    if read is None:
        return []
    # a paragraph writes its numbers as its own language does: an English paragraph left untranslated in a French
    # page groups thousands with a comma ("over 31,000 source packages"), which French writes as a decimal one
    language = paragraph_language(p.text, ctx.metadata.language) if ctx.metadata.language else None
    # read as English writes numbers, each character in its place: "2,5 Millionen" is 2.5 million, "1.400" 1400
    text = read if language == ctx.metadata.language else decimal_point_text(p.text, language)
    if quantities.not_running_text(text):
        return []
    for s, e in version_spans(p.text, text, versions, language):
        ctx.claim(p.paragraph_id, s, e)  # "In 2.5, yield is ...", "Debian 7.0 (Wheezy) wurde ...": a release's name
    # a pattern whose first token is a lookbehind is tried by the regex engine at every character; one
    # scan for where runs of digits start lets the patterns that begin with a digit be tried only there
    starts_of_digits = digit_starts(text)
    for s, e in quantities.side_by_side(text, starts_of_digits):
        free = [m.span() for m in _NUMERAL.finditer(text, s, e) if not ctx.is_claimed(p.paragraph_id, *m.span())]
        if len(free) > 1:  # "in 2021 6 Milliarden Euro": a date and a count stand side by side, not two cells
            ctx.claim(p.paragraph_id, s, e)
    facts = []
    has_digit = bool(starts_of_digits)
    words = lower_words(text)
    # the number words are English: in a text of another language "ten" is a determiner (Polish), "one" a pronoun
    has_word = language in (None, "en") and not number_words().isdisjoint(words)
    # the patterns that read number words are long case-blind alternations, slow to scan: they are
    # tried only where a numeral starts
    starts = numeral_starts(text, starts_of_digits, words) if has_word else starts_of_digits
    for kind, where, pattern, cue in cued_patterns():
        if not (has_word or has_digit if where == "numeral" else has_digit or where == "vulgar"):
            continue  # a vulgar fraction ("½ лимона") holds no digit; its cue says whether the paragraph has one
        if cue and not (any(c in text for c in cue[1]) or may_hold_words(text, cue[0])):
            continue  # none of the words or characters the pattern needs (a cheap test before it is tried)
        for m in matches_at(pattern, text, starts if where == "numeral" else tried_at(where, text, starts_of_digits)):
            # a currency named after the amount may hold a place's name ("88 billion Hong Kong dollars")
            named = kind == "money" and m.groupdict().get("cur") and m.start("cur") > m.start()
            if ctx.is_claimed(p.paragraph_id, m.start(), m.start("cur") if named else m.end()):
                continue
            if named and quantities.is_weight(text, m.start(), m["cur"]):
                continue  # "weighed 190 pounds": the measure pattern reads it
            high, ranked = None, None
            fact_kind = {"times": "number", "proportion": "fraction", "vulgar": "number"}.get(kind, kind)
            if kind == "range":
                # a copyright notice's span of years ("Copyright © 1998–2020") dates its rights, as its single year
                # does (`_skip`): neither date nor count
                found = None if is_identifier(text, m.start(), m.end(), language) \
                    or in_copyright_line(text, m.start()) else number_range(text, m)
                if found is None:
                    if m["sep"].strip() in ("-", "–", "—", "−") and m["num"] and m["num2"]:
                        ctx.claim(p.paragraph_id, m.start(), m.end())  # a score or a code
                    continue
                fact_kind, value, high = found
                unit = None
            elif kind == "money_range":
                found_money = money_range(text, m)
                if found_money is None:
                    continue
                value, high, unit = found_money
                fact_kind = "money"
            elif kind == "temperature":
                if text[m.start() - 1:m.start()] != "/" and is_identifier(text, m.start(), m.end(), language):
                    continue  # "Room 101F"; after a slash it restates a temperature in the other scale
                fact_kind, value, unit = "quantity", float(m["num"]), "°" + m["scale"]
            elif kind == "rank":
                opening = quantities.rank_opening(text, m.start())
                if opening is None or ctx.is_claimed(p.paragraph_id, opening, m.start()):
                    continue
                fact_kind, value, unit = "ordinal", float(m["num"]), None
            elif kind == "fraction" and _is_ordinal_after_article(text, m):
                continue  # "a fifth person": the ordinal pattern reads it
            elif kind == "number" and (ranked := dot_ordinal(text, m.start(), m.end(), language)) is not None:
                fact_kind, value, unit = "ordinal", numeral_value(m), ranked[1]  # "zum 100. Geburtstag"
            else:
                if _skip(text, kind, m, language) or (kind == "number" and is_points_day(p.text, m.start(), m.end(), language)):
                    ctx.claim(p.paragraph_id, m.start(), m.end())
                    continue
                value, unit = value_of(kind, m)
            start = opening if kind == "rank" else m.start()
            whole = _and_half().search(text, max(0, start - 40), start) if kind == "fraction" and value == 0.5 else None
            if whole and not ctx.is_claimed(p.paragraph_id, whole.start(), start):
                # "a cup and a half", "an hour and a half": one and a half of the noun between, one fact
                count = whole["count"].lower()
                start, fact_kind, unit = whole.start(), "number", whole["counted"]
                value = 0.5 + (1.0 if count in ("a", "an") else float(count) if count.isdigit() else words_value(count) or 1.0)
            if fact_kind in ("number", "percent", "fraction", "ordinal") and unit is None:
                unit = unit_after(text, m.end(), high or value, after_of=kind in ("percent", "fraction"),
                                  after_article=bool(DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())),
                                  ordinal=kind in ("ordinal", "rank"), language=language,
                                  scaled=bool(m.groupdict().get("scale") or m.groupdict().get("scale2")))
            if fact_kind == "number" and unit and any(measure_unit(w) for w in unit.split()):
                fact_kind = "quantity"
            end = ranked[0] if ranked else m.end()
            if "foreign" in m.re.groupindex:  # the currency after "de" is what the amount counts, not its words
                end = m.end("scale") if m["scale"] else m.end("num")
            inches = _FEET_INCHES.match(text, end) if high is None and text[start:end].isdigit() else None
            if inches:  # "the 7-foot-3 center": a height in feet and inches, one quantity in feet
                end, value, unit, fact_kind = inches.end(), value + int(inches["inches"]) / 12, "foot", "quantity"
            percent = percent_end(text, end, language) if fact_kind == "number" else None
            if percent:  # "6 Prozent", "12 pour cent": the language's word for per cent
                fact_kind, end = "percent", percent
                unit = unit_after(text, end, value, after_of=True, language=language)  # "30 Prozent der Wälder"
            shown = format_value(value) if high is None else f"{format_value(value)}/{format_value(high)}"
            facts.append(make_fact(ctx, p, fact_kind, start, end, shown, value_num=value, value_high=high,
                                   unit=unit, qualifier=qualifier(text, start)))
            ctx.claim(p.paragraph_id, start, end)
    found_words = word_numbers(text, language) + shares(text, language) + glued_durations(text, language) \
        if not has_word and language else []
    for start, end, kind, value, noun in sorted(found_words):
        if is_word_identifier(text, start, end):
            ctx.claim(p.paragraph_id, start, end)  # "Satz eins": the set it numbers, as "episode one"
        elif not ctx.is_claimed(p.paragraph_id, start, end):  # "drei Wochen", "la deuxième nuit"
            scaled = kind == "number" and len(text[start:end].split()) > 1  # "otto milioni": a number word and its scale
            # a share counts what follows its "of" ("die Hälfte der Betten"), a proportion the noun after it ("ocho
            # de cada diez hogares")
            share = unit_after(text, end, value, after_of=True, language=language) if kind == "fraction" else None
            unit = noun or share or unit_after(text, end, value, ordinal=kind == "ordinal", language=language,
                                               scaled=scaled)
            if kind == "ordinal" and noun_ordinal(text, start, end, language):
                unit = None  # "als Dritter ins Ziel": the rank of whom the sentence names, no noun after it
            percent = percent_end(text, end, language) if kind == "number" else None
            currency = currency_after(text, end) if scaled else None
            if percent:  # "sechs Prozent", "six pour cent"
                kind, end = "percent", percent
                unit = unit_after(text, end, value, after_of=True, language=language)
            elif currency:  # "otto milioni di dollari": the currency is what the amount counts, not its words
                kind, unit = "money", currency
            facts.append(make_fact(ctx, p, kind, start, end, format_value(value), value_num=value, unit=unit,
                                   qualifier=qualifier(text, start)))
            ctx.claim(p.paragraph_id, start, end)
    return joined_facts(ctx, p, text, facts, language) if language else facts


def number_facts(ctx: Context) -> list[Fact]:
    language = ctx.metadata.language
    # each running paragraph read once as the document's language writes numbers: for the versions the document
    # names after what they release ("Python 2.5"), then for the paragraph's own facts where its language is the
    # document's (most paragraphs; an English quotation in a German page is read again)
    read = [decimal_point_text(p.text, language) if p.kind in _RUNNING_KINDS else None for p in ctx.paragraphs]
    versions = document_versions((t for t in read if t is not None), language)
    return [f for p, t in zip(ctx.paragraphs, read, strict=True) for f in _facts_in(ctx, p, versions, t)]
