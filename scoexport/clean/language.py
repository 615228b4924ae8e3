"""Guess a document's language from its most frequent function words, and the script of a line.

Each language has its commonest function words (`data/stopwords.json`, built by scripts/build_stopwords.py);
a text scores for a language the occurrences of that language's words. A word several languages share ("de",
"a", "i") counts for each of them as one over how many share it, so closely related languages (Danish and
Norwegian, Czech and Slovak, Spanish and Catalan) are told apart by the words only one of them uses; whether
there is evidence enough counts every function word of the winner whole.

`language_alias` gives the code under which a language's words are filed, for every reader of a language's
words (dates and numbers): a page's tag and the guess may name one language by two codes ("no", "nb").
"""
from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import filterfalse

from ..data import load_json

_MIN_SCORE = 3  # a few function words at least: a name or a heading is no evidence of a language
# a paragraph's own language outweighs its document's by this factor, and by one unshared function word's worth
_OVERRIDE = 2.0
_FLOOR = 1.0
_THIN = 2  # function words of another language that outweigh a thin text's document language, with none of its own
# a word with its apostrophe ("America’s", "we’re"): the "s" of an English possessive is no Slovene or Czech "s"
# letters joined by full stops ("X.Y", "U.S.", "A.B") are a variable or an abbreviation, not a language's words
# (the first letter before the looks behind at what stands before it: the regex engine then scans for a letter instead
# of trying both looks behind at every character)
_WORD = re.compile(r"[^\W\d_](?<![^\W\d_][^\W\d_])(?<![^\W\d_]\.[^\W\d_])[^\W\d_]*(?:['’][^\W\d_]+)*"
                   r"(?![^\W\d_'’]|\.[^\W\d_])")
# Unicode names of letters start with their script, except for a few that say it later
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_SCRIPT_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK", "HANGUL": "HANGUL"}


def guess_language(text: str, sample: int = 20000, default: str | None = None) -> str | None:
    """The language whose function words the text holds most, or `default` where the text is too thin to tell.

    `default` is what the caller already knows (a paragraph's document language): a paragraph overrides it
    only with clear evidence of its own: twice the document language's score, and one unshared function word's
    worth at least. A quotation of a dozen words ("Do you make jam in a pot? I don't know.") shares its few
    function words ("a", "i", "to", "in") with half a dozen languages, and the one that wins by a fraction is
    chance, not the paragraph's language; a paragraph of another language says so with many words its
    document's language lacks ("una fonte del Ministero della Difesa ha detto che").
    """
    text = text[:sample]
    words = counted_words(text)
    if not words:
        return default
    scores, evidence = _scores(words)
    if not scores:
        return default  # no function word at all: no language scores, and none has evidence
    best = max(scores, key=lambda lang: scores[lang])
    # the evidence is how many of the winner's function words the text holds, shared ones whole ("to", "in")
    if evidence[best] < _MIN_SCORE:
        # too thin to tell on its own, the text is in its document's language unless its words say otherwise: none
        # of that language's function words and two of another's, one unshared ("built from more than 25,000 source
        # packages", an item left untranslated in a French page); one word alone may be a name's, or one the
        # document language's list lacks ("am" is Romanian's only, "so" Slovene's), and the particles of a name
        # ("Ursula von der Leyen") are no words of the paragraph's language
        return _thin_guess(text, default) if default is not None and default not in scores else default
    if default is None or best == default:
        return best
    known = scores.get(default, 0.0)
    return best if scores[best] >= max(_OVERRIDE * known, _FLOOR) else default


def counted_words(text: str) -> Counter[str]:
    """The text's words in lower case, counted."""
    lowered = text.lower()
    # lower-casing the text at once splits it into the same words where it keeps its length ("İ" does not)
    return Counter(words_of(lowered) if len(lowered) == len(text) else (w.lower() for w in _WORD.findall(text)))


def without_name_particles(text: str) -> str:
    """The text without the lower-case words that stand between two capitalised ones ("Ursula von der Leyen",
    "Leonardo da Vinci"): a name's particles, which belong to the name, not to the language the text is written in.
    A function word capitalised as a sentence's first ("Bei der Wahl") opens no name."""
    tokens = text.split()
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j][:1].islower():
            j += 1
        # a run of at most three lower-case words, a capitalised word on each side
        if j > i and j - i <= 3 and i > 0 and j < len(tokens) and _name_word(tokens[i - 1]) and tokens[j][:1].isupper():
            i = j
            continue
        kept.extend(tokens[i:j + 1] if j > i else tokens[i:i + 1])
        i = (j + 1) if j > i else i + 1
    return " ".join(kept)


def _name_word(token: str) -> bool:
    """Could the token be a name's word before its particles: capitalised, no stop after it, no function word?"""
    return token[:1].isupper() and token[-1:].isalpha() and token.lower() not in _by_word()[1]


def _thin_guess(text: str, default: str) -> str:
    """A thin text's language, where none of its document language's function words is in it: another language's
    with two of its function words at least (`_THIN`), one of them its own only, outside the particles of names."""
    words = counted_words(without_name_particles(text))
    scores, evidence = _scores(words)
    if not scores:
        return default
    best = max(scores, key=lambda lang: scores[lang])
    unshared = any(words[w] for w, weight in _weighted()[best] if weight == 1.0)
    return best if unshared and evidence[best] >= _THIN and scores[best] >= _FLOOR else default


def words_of(text: str) -> list[str]:
    """What `_WORD.findall(text)` finds, in another order: the words of a text, read mostly in C.

    White space stands between words, never in one, and stands for the text's edge to every look around the pattern
    makes (it is no letter, no full stop, no apostrophe), so each run between white space holds the words it would hold
    alone; a run of letters alone (most of a text's runs) is one word, whole. The other runs ("end.", "don't", "U.S.",
    "2019") are joined by spaces and searched at once."""
    runs = text.split()
    return [*filter(str.isalpha, runs), *_WORD.findall(" ".join(filterfalse(str.isalpha, runs)))]


@lru_cache(maxsize=1)
def language_aliases() -> dict[str, str]:
    """Codes that name a language whose words are filed under another code (`data/language_aliases.json`)."""
    return {k: v for k, v in load_json("language_aliases.json").items() if not k.startswith("_")}


def language_alias(language: str | None) -> str | None:
    """The code `language`'s words are filed under: its own, or the one `language_aliases` names for it ("no",
    Norwegian as pages tag it, and "nn", Nynorsk -> "nb", Bokmål, as the guess names it)."""
    return language_aliases().get(language, language) if language else language


@lru_cache(maxsize=1)
def _weighted() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each language's function words, each with one over the number of languages that list it."""
    table = load_json("stopwords.json")
    shared = Counter(w for stop in table.values() for w in set(stop))
    return {lang: tuple((w, 1 / shared[w]) for w in stop) for lang, stop in table.items()}


def _scores(words: Counter[str]) -> tuple[dict[str, float], dict[str, int]]:
    """Each language's score (its function words' occurrences, weighted) and evidence (the same, each word whole),
    for the languages with at least one function word in `words`, in the table's order.

    Read from the text's words that are function words (a dict intersection in C), not from every language's
    every function word: a paragraph holds a few dozen distinct words against the table's six hundred. Each
    language's weighted terms are added in the order of its list, as a sum over the whole list adds them (the
    words the text lacks add 0.0, which changes no float), so the scores are the same floats to the last bit and
    ties fall to the language listed first, as before."""
    languages, by_word = _by_word()
    terms: dict[int, list[tuple[int, float, int]]] = {}
    for word in words.keys() & by_word.keys():
        n = words[word]
        for lang, place, weight in by_word[word]:
            terms.setdefault(lang, []).append((place, n * weight, n))
    scores: dict[str, float] = {}
    evidence: dict[str, int] = {}
    for lang in sorted(terms):
        ordered = sorted(terms[lang])
        scores[languages[lang]] = sum(term for _, term, _ in ordered)
        evidence[languages[lang]] = sum(n for _, _, n in ordered)
    return scores, evidence


@lru_cache(maxsize=1)
def _by_word() -> tuple[tuple[str, ...], dict[str, tuple[tuple[int, int, float], ...]]]:
    """The languages in the table's order, and each function word's entries: the language's place in that order,
    the word's place in the language's list and its weight (one per listing, as `_weighted` has them)."""
    entries: dict[str, list[tuple[int, int, float]]] = {}
    for lang, stop in enumerate(_weighted().values()):
        for place, (word, weight) in enumerate(stop):
            entries.setdefault(word, []).append((lang, place, weight))
    return tuple(_weighted()), {word: tuple(found) for word, found in entries.items()}


@lru_cache(maxsize=4096)
def _letter_script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(first, first) if name else "UNKNOWN"


def script_counts(text: str) -> Counter[str]:
    """Letters per script, the scripts in the order their first letter comes in the text. Each distinct
    character is looked at once (a text repeats a few dozen letters), not each character."""
    counts: Counter[str] = Counter()
    if text.isascii():  # its letters are a-z and A-Z, all Latin: counted in C, not character by character
        letters = len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
        if letters:
            counts["LATIN"] = letters
        return counts
    for ch, n in Counter(text).items():
        if ch.isalpha():
            counts[_letter_script(ch)] += n
    return counts


def main_script(text: str) -> str | None:
    """The script most letters of the text are written in (LATIN, CJK, CYRILLIC, ...), None without letters."""
    counts = script_counts(text)
    return counts.most_common(1)[0][0] if counts else None
