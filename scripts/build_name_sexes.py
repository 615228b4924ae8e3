"""Build scoexport/data/name_sexes.txt from names-dataset (build-time only: pip install '.[names]').

names-dataset gives, for each first name, the share of its carriers of each sex. A given name of
given_names.txt that nine in ten of its carriers share with one sex ("Nikki", "Vivek") is written
with that sex; the quotes extractor lets "she" stand only for a person whose given name is not a
man's, and "he" for one whose given name is not a woman's. Names carried by both sexes ("Jamie",
"Sandy") are left out: a pronoun tells nothing against them.
"""
from __future__ import annotations

import gzip
import pickle
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIVEN = ROOT / "scoexport" / "data" / "given_names.txt"
OUT = ROOT / "scoexport" / "data" / "name_sexes.txt"
MIN_SHARE = 0.9


def main() -> None:
    path = resources.files("names_dataset").joinpath("v3", "first_names.pkl.gz")
    with gzip.open(str(path)) as f:
        first_names = pickle.load(f)
    given = [n.rstrip("*") for n in GIVEN.read_text(encoding="utf-8").splitlines() if n and not n.startswith("#")]
    lines = []
    for name in given:
        sexes = (first_names.get(name) or {}).get("gender") or {}
        for sex, code in (("F", "f"), ("M", "m")):
            if (sexes.get(sex) or 0) >= MIN_SHARE:
                lines.append(f"{name} {code}")
    header = ("# Given names nine in ten of whose carriers are of one sex (scripts/build_name_sexes.py from\n"
              "# names-dataset, MIT): 'f' or 'm'. A pronoun ('she', 'he') does not stand for a name of the other.\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} names")


if __name__ == "__main__":
    main()
