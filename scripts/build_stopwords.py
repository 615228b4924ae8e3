"""Build scoexport/data/stopwords.json: the commonest function words of each language the text route tells apart
(build-time only: pip install '.[names]' && python scripts/build_stopwords.py).

A language is guessed from how often its function words occur (clean/language.py). A function word is one the
Stopwords ISO collection (stopwordsiso) lists for the language; how common it is comes from wordfreq's word
frequencies. Each language keeps its commonest function words, so every list covers about the same share of
running text and no language wins by having a longer list. The seven languages the fact rules read (en, de, fr,
es, it, pt, nl) keep the lists the file already holds: other rules read them too (English function words are no
names; another language's articles are no given names), so this script adds languages and leaves those alone. The
lists ship in the package; neither library is
needed at run time.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import stopwordsiso
from wordfreq import top_n_list

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "stopwords.json"
N_WORDS = 25  # per language: the commonest function words make up a fifth to a third of running text
TOP = 400  # looked for among the language's commonest words
# the languages told apart, by wordfreq's code; stopwordsiso calls Norwegian Bokmål "no". Left out: Malay
# (written almost as Indonesian), and scripts whose words are not separated by spaces (Chinese, Japanese, Thai)
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "ro", "hu", "fi", "sv", "da",
             "nb", "tr", "id", "ca", "ru", "uk", "bg", "el")
STOPWORDS_CODE = {"nb": "no"}
WORDFREQ_CODE = {"hr": "sh"}  # wordfreq counts Croatian, Serbian and Bosnian in Latin letters as one
_FINAL_SIGMA = re.compile(r"σ\b")  # wordfreq folds Greek final sigma into σ; text writes ς


def function_words(language: str) -> list[str]:
    listed = stopwordsiso.stopwords(STOPWORDS_CODE.get(language, language))
    words = [w for w in top_n_list(WORDFREQ_CODE.get(language, language), TOP) if w in listed and w.isalpha()]
    return [_FINAL_SIGMA.sub("ς", w) for w in words[:N_WORDS]]


def main() -> None:
    kept = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    table = {language: kept.get(language) or function_words(language) for language in LANGUAGES}
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {OUT}: {', '.join(f'{k} {len(v)}' for k, v in table.items())}")


if __name__ == "__main__":
    main()
