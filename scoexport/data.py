"""Package data files (gazetteers, word lists), loaded once per process."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    return json.loads(load_text(name))


def load_text(name: str) -> str:
    """A data file's whole text (a sample document)."""
    return resources.files("scoexport").joinpath("data", name).read_text(encoding="utf-8")


def of_words(language: str | None) -> list[str] | None:
    """The language's "of" and its forms joined to an article ("di", "della", "dell'"), where `of_languages.json`
    lists it: one list for every rule that reads a language's "of"; None for a language it does not list."""
    return load_json("of_languages.json").get(language or "")


@cache
def adjective_endings(language: str | None) -> tuple[str, ...]:
    """The endings a declined adjective of the language takes after its stem ("positiv-e", "-en", "-er", "-es",
    "-em"), where `adjective_endings_languages.json` lists them: one list for every rule that reads a declined
    adjective; none for a language it does not list."""
    return tuple(load_json("adjective_endings_languages.json").get(language or "", ()))


@cache
def genitive_endings(language: str | None) -> tuple[str, ...]:
    """The endings a common noun of the language takes in the genitive ("Bundestag-es", "Bundesrat-s"), longest
    first, where `genitive_endings_languages.json` lists them: one list for every rule that reads a declined noun;
    none for a language it does not list."""
    return tuple(sorted(load_json("genitive_endings_languages.json").get(language or "", ()), key=len, reverse=True))


def genitive_ending(language: str | None) -> str:
    """A pattern for the language's genitive ending or none, to follow a noun's pattern ("Bundestag" + "(?:es|s)?");
    the empty pattern for a language with no endings listed."""
    endings = genitive_endings(language)
    return rf"(?:{alternation(endings)})?" if endings else ""


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A data file of one entry per line; blank lines and '#' comments skipped."""
    text = load_text(name)
    # each line stripped once (map runs in C): the large lists (towns, names) hold tens of thousands of lines
    return tuple(ln for ln in map(str.strip, text.splitlines()) if ln and ln[0] != "#")


def alternation(words: Iterable[str], flexible_spaces: bool = False) -> str:
    """A regex alternation of literal words, longest first so that the longest form wins.

    With flexible_spaces, a space in a word matches any run of whitespace (wrapped lines).
    """
    # equal lengths in alphabetical order: the same pattern text from a set in every process (a set's order
    # follows the process's string hashing), so a run's patterns never depend on the hash seed
    escaped = (re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if flexible_spaces else "|".join(escaped)


def words_before(words: Iterable[str]) -> str:
    """A regex of words that stand right before another (articles, determiners): a spaced one ("the", "le") with the
    white space after it, an elided one ("l'", "un’": listed with its apostrophe) glued to the word, its apostrophe
    straight or curly. One reading for every list of such words, whatever module asks."""
    words = list(words)
    spaced = [w for w in words if w[-1] not in "'’"]
    elided = {w[:-1] for w in words if w[-1] in "'’"}
    branches = [rf"(?:{alternation(spaced)})\s+"] + ([rf"(?:{alternation(elided)})['’]"] if elided else [])
    return "(?:" + "|".join(branches) + ")"


def joiner_alternation(joiners: Iterable[str]) -> str:
    """A regex alternation of what joins two counts ("10 to 15", "zwei bis drei", "5-10", "ein, zwei"): a word
    between spaces, a mark with or without them; "" where `joiners` is empty."""
    joiners = list(joiners)
    words, marks = [j for j in joiners if j[0].isalpha()], [j for j in joiners if not j[0].isalpha()]
    return "|".join([*([rf"\s+(?:{alternation(words)})\s+"] if words else []),
                     *([rf"\s*(?:{alternation(marks)})\s*"] if marks else [])])


def prefix_tree(words: Iterable[str], flexible_spaces: bool = False) -> str:
    """The same alternation as `alternation(words, flexible_spaces)`, factored by shared prefixes: "on(?:e|ce)"
    for "one|once". The engine tries a plain alternation's words one by one at every position it scans;
    the tree tests each character once. Greedy optional tails try the longer word first, so where
    several words match, the longest still wins, as in the plain alternation. (For a case-blind pattern, give
    the words in lower case: two branches that differ only in case would both match one text.)"""
    tree: dict = {}
    for word in sorted(words):  # sorted: the same pattern text from a set in every run
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(tree, flexible_spaces)


def _branches(node: dict, flexible_spaces: bool = False) -> str:
    ends = "" in node
    parts = [(r"\s+" if flexible_spaces and ch == " " else re.escape(ch)) + _branches(child, flexible_spaces)
             for ch, child in node.items() if ch]
    if not parts:
        return ""
    inner = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if not ends:
        return inner
    return f"{inner}?" if len(parts) > 1 or len(inner) == 1 else f"(?:{inner})?"


@cache
def word_set(name: str, lower: bool = False) -> frozenset[str]:
    """A one-entry-per-line data file as a set."""
    return frozenset(w.lower() if lower else w for w in load_lines(name))
