"""Build scoexport/data/given_names.txt and plain_words.txt from names-dataset, wordfreq and
english-words (build-time only: pip install '.[names]' && python scripts/build_given_names.py).

names-dataset ranks first names by how many people carry them in each of 105 countries. A name
counts when it is among the most common in some country; a name that is also an English word must
also be mostly carried by one sex (tokens the source mislabels as first names, "The", "House",
"New", are split evenly; unisex names such as "Jamie" and "Casey" are no words).
A name that is also an English word in a dictionary ("Will", "Grace", "Mark") or a place ("Austin", "Paris")
is written with a trailing "*": the extractor takes it as a given name only before a surname that is
no word or place ("Will Smith", "Austin Dillon", not "Will Congress", "Paris Agreement").
plain_words.txt holds the frequent English words (wordfreq) that a dictionary lists in lower case
(Webster's and GCIDE word lists, which write "Clinton" and "Putin" only capitalized or not at all)
and that are not common surnames ("License", "Party", "Security"): a capitalized run ending in one
is a name of something else, not of a person.
The lists ship in the package; neither library is needed at run time.
"""
from __future__ import annotations

import calendar
import gzip
import json
import pickle
import re
from importlib import resources
from pathlib import Path

from english_words import get_english_words_set
from wordfreq import top_n_list, zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "given_names.txt"
PLAIN_OUT = ROOT / "scoexport" / "data" / "plain_words.txt"
SURNAMES_OUT = ROOT / "scoexport" / "data" / "surnames.txt"
MAX_SURNAME_LIST_RANK = 500  # the surnames.txt list: among the 500 commonest of some country
N_WORDS = 20000  # the commonest English words, enough to hold the nouns organizations and titles are made of
NEVER_SURNAME_ZIPF = 5.9
MAX_SURNAME_RANK = 3000  # a surname this common in some country stays a possible name ("Brown", "King")
MAX_RANK = 1000  # among the thousand commonest first names of at least one country
MIN_SEX_SHARE = 0.75  # a dictionary word half the people of each sex "carry" is no given name ("Jamie" may be)
FUNCTION_ZIPF = 5.4  # ... and this frequent ("Can", "May", "Any", "New") are never read as names
_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$")


def main() -> None:
    path = resources.files("names_dataset").joinpath("v3", "first_names.pkl.gz")
    with gzip.open(str(path)) as f:
        first_names = pickle.load(f)
    dictionary = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    gazetteer = json.loads((ROOT / "scoexport" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    # a place is a given name only before a real surname ("Austin Dillon", not "Georgia Tech"); a calendar word never
    places = {form for kind in ("countries", "cities", "regions") for row in gazetteer[kind] for form in row["aliases"]}
    places |= {d for c in gazetteer["countries"] for d in c["demonyms"]}
    calendar_words = {w for w in (*calendar.day_name, *calendar.month_name) if w}
    lines = []
    for name, info in first_names.items():
        ranks = [r for r in (info.get("rank") or {}).values() if r is not None]
        sexes = [s for s in (info.get("gender") or {}).values() if s is not None]
        if not _NAME.match(name) or len(name) < 2 or not ranks or min(ranks) > MAX_RANK or not sexes:
            continue
        word = _in_dictionary(name.lower(), dictionary)
        if name in calendar_words or zipf_frequency(name.lower(), "en") >= FUNCTION_ZIPF:
            continue
        if word and max(sexes) < MIN_SEX_SHARE:
            continue  # "The", "House", "New": words the source mislabels as first names are carried by both sexes alike
        # a word the dictionary lists in lower case ("will", "grace", "rose") or a place is a name only before a surname
        lines.append(name + ("*" if word or name in places else ""))
    header = ("# Given names (scripts/build_given_names.py from names-dataset, MIT). '*': also a frequent English word\n"
              "# or a place, a given name only before a surname that is neither.\n")
    OUT.write_text(header + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} names, {sum(n.endswith('*') for n in lines)} also words")
    plain_words({n.rstrip("*") for n in lines})


def write_surnames(last_names: dict, plain: set[str], places: set[str]) -> None:
    """The commonest surnames of each country that are no plain word or place: "Kumar", "Wallace", "Mears"."""
    def best_rank(info: dict) -> int:
        return min((r for r in (info.get("rank") or {}).values() if r is not None), default=MAX_SURNAME_LIST_RANK + 1)

    rows = sorted(name for name, info in last_names.items()
                  if _NAME.match(name) and len(name) > 2 and name not in plain and name not in places
                  and best_rank(info) <= MAX_SURNAME_LIST_RANK)
    header = "# Common surnames (scripts/build_given_names.py from names-dataset): no plain English word, no place.\n"
    SURNAMES_OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{SURNAMES_OUT}: {len(rows)} surnames")


def _in_dictionary(word: str, dictionary: set[str]) -> bool:
    """The word or its singular ("securities", "matches", "books") as a dictionary lists it in lower case."""
    singulars = [word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "",
                 word[:-3] + "y" if word.endswith("ies") else ""]
    return any(s and s in dictionary for s in singulars)


def plain_words(given: set[str]) -> None:
    path = resources.files("names_dataset").joinpath("v3", "last_names.pkl.gz")
    with gzip.open(str(path)) as f:
        last_names = pickle.load(f)
    surnames = {name for name, info in last_names.items()
                if min((r for r in (info.get("rank") or {}).values() if r is not None), default=MAX_SURNAME_RANK + 1)
                <= MAX_SURNAME_RANK}
    dictionary = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    common = [w for w in top_n_list("en", N_WORDS) if w.isalpha() and len(w) > 2 and w.isascii()]
    in_dictionary = {w.capitalize() for w in common if _in_dictionary(w, dictionary)} - given
    # a word this frequent ("But", "Just", "Will") is a word even where some country has it as a surname
    surnames = {w for w in surnames if zipf_frequency(w.lower(), "en") < NEVER_SURNAME_ZIPF}
    words = sorted(in_dictionary - surnames)
    lines = sorted([*words, *(w + "*" for w in in_dictionary & surnames)])
    header = ("# Frequent English words that are not common surnames (scripts/build_given_names.py, from wordfreq and a\n"
              "# dictionary). '*': a word that is also a common surname ('Peace', 'Just'), a name only beside a given name.\n")
    PLAIN_OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{PLAIN_OUT}: {len(words)} words")
    gazetteer = json.loads((ROOT / "scoexport" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    places = {form for kind in ("countries", "cities", "regions") for row in gazetteer[kind] for form in row["aliases"]}
    write_surnames(last_names, set(words), places)


if __name__ == "__main__":
    main()
