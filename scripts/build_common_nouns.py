"""Build scoexport/data/common_nouns_languages.json: the frequent German common nouns that are no name (build-time only:
pip install '.[names]' && pip install --no-deps 'german-nouns>=1.2' && python scripts/build_common_nouns.py).

German capitalizes every noun, so a capitalized word in German running text is no evidence of a name: "Jede Menge
Zeichen" or "Giannis Entscheidung" look like a given name and a surname. german-nouns (German Wiktionary's nouns with
their inflected forms, CC BY-SA 4.0; its parser dependency is not needed to read its CSV, hence --no-deps) marks the
nouns that are also given names, surnames or places (Vorname, Nachname, Toponym, Eigenname): "Koch", "Bauer",
"Fischer" are surnames and nouns, "Zeichen" and "Kolumne" only nouns. Two lists per language:

- nouns: every inflected form of a common noun that German text uses at least once in a million words (wordfreq),
  that Wiktionary marks as no name and that no names list knows as a surname (surnames.txt, names-dataset's
  surnames of a German-speaking country, whatever their rank: "Landwehr" is a noun and a surname): such a word ends
  no person's name ("Evans Kolumne", "Jede Menge Zeichen").
- given_names: words of given_names.txt (names-dataset, which takes some tokens for first names) that are such German
  nouns, written at least ten times in a million words, and that no country counts among its hundred commonest
  first names: "Menge", "Rolle", "Dichter" open no name in German text; "Rose", "Bob", "Karen" still do.

The list ships in the package; none of the libraries is needed at run time.
"""
from __future__ import annotations

import csv
import gzip
import json
import pickle
from importlib import resources
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "scoexport" / "data"
OUT = DATA / "common_nouns_languages.json"
NOUN_ZIPF = 3.0  # once in a million words: the nouns a text is likely to hold
WORD_ZIPF = 4.0  # ten times in a million words: a word German writes far more often than anyone is named so
NAME_RANK = 100  # among the hundred commonest first names of some country: a name wherever it stands
NAME_POS = {"Vorname", "Nachname", "Toponym", "Eigenname", "Straßenname"}  # Wiktionary's marks of a name
NOT_NOUNS = {"Abkürzung", "Buchstabe", "Affix", "Gebundenes Lexem", "Symbol"}  # letters and affixes: no words
GERMAN_COUNTRIES = ("DE", "AT", "CH", "LI", "LU")


def _forms() -> tuple[set[str], set[str], set[str]]:
    """(forms of common nouns, forms of nouns Wiktionary marks as names, those it marks as given names), each a
    capitalized word without spaces.

    Wiktionary's surname rows carry only the lemma ("Hummel", Nachname); German makes surnames of a name's or a
    noun's genitive too ("Peters", "Jakobs", "Hummels"), so the genitive singular in -s of a noun whose lemma is a
    surname counts as a name's form ("Mats Hummels"), not as the noun's."""
    nouns: set[str] = set()
    names: set[str] = set()
    given: set[str] = set()
    surname_lemmas: set[str] = set()
    genitives: dict[str, set[str]] = {}  # each lemma's genitive singular forms in -s
    with resources.files("german_nouns").joinpath("nouns.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pos = set(row["pos"].split(","))
            if "Substantiv" not in pos or pos & NOT_NOUNS:
                continue
            forms = {v for k, v in row.items() if k not in ("pos",) and not k.startswith("genus") and v}
            forms = {w for w in forms if w[0].isupper() and w.isalpha() and len(w) > 2}
            (names if pos & NAME_POS else nouns).update(forms)
            if "Vorname" in pos:
                given.update(forms)
            if "Nachname" in pos:
                surname_lemmas.add(row["lemma"])
            genitives.setdefault(row["lemma"], set()).update(
                v for k, v in row.items() if k.startswith("genitiv singular") and v.endswith("s") and v in forms)
    names.update(w for lemma in surname_lemmas for w in genitives.get(lemma, ()))
    return nouns, names, given


def _ranked(table: str) -> dict:
    with gzip.open(str(resources.files("names_dataset").joinpath("v3", table))) as f:
        return pickle.load(f)


def _best_rank(info: dict, countries: tuple[str, ...] | None = None) -> int | None:
    ranks = [r for c, r in (info.get("rank") or {}).items() if r is not None and (countries is None or c in countries)]
    return min(ranks, default=None)


# German word formation: the joints between a compound's parts ("Schmerz|level", "Arbeit|s|markt", "Sonne|n|schein")
GERMAN_LINKS = ["", "s", "n", "en", "e", "es", "er"]


def main() -> None:
    nouns, names, wiktionary_given = _forms()
    common = {w for w in nouns - names if zipf_frequency(w.lower(), "de") >= NOUN_ZIPF}
    first, last = _ranked("first_names.pkl.gz"), _ranked("last_names.pkl.gz")
    surnames = {w.strip() for w in (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()}
    german_surnames = {w for w in common if w in last and _best_rank(last[w], GERMAN_COUNTRIES) is not None}
    given = {w.rstrip("*") for w in (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
             if w and not w.startswith("#")}
    # a given name among a country's hundred commonest is a name even where German has the word ("Rose", "Bob")
    famous = {w for w in given & common if w in first and (_best_rank(first[w]) or NAME_RANK + 1) <= NAME_RANK}
    word_nouns = sorted(common - surnames - german_surnames - famous)
    # a surname may be a noun too ("Menge", "Rolle"): only Wiktionary's given names and the famous ones are kept
    words = {w for w in nouns - wiktionary_given if zipf_frequency(w.lower(), "de") >= WORD_ZIPF}
    word_given = sorted(w for w in given & words if w not in first or (_best_rank(first[w]) or NAME_RANK + 1) > NAME_RANK)
    table = {
        "_comment": "Built by scripts/build_common_nouns.py from german-nouns (German Wiktionary, CC BY-SA 4.0), "
                    "wordfreq and names-dataset. nouns: frequent common nouns of the language that are no surname "
                    "or place; a capitalized one ends no person's name. given_names: words of given_names.txt that "
                    "the language writes as frequent common nouns; they open no person's name in its text. "
                    "compound_links: the joints the language writes between a compound's parts (Arbeit|s|markt, "
                    "Sonne|n|schein); a word made of two nouns so joined is a noun too.",
        "de": {"compound_links": GERMAN_LINKS, "given_names": word_given, "nouns": word_nouns},
    }
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(word_nouns)} nouns, {len(word_given)} given names that are nouns")


if __name__ == "__main__":
    main()
