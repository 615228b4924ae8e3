"""Build scoexport/data/month_languages.json: month names of the languages the language guess tells apart and the
date rules do not know (build-time only: pip install '.[gazetteers]' && python scripts/build_month_languages.py).

The Unicode CLDR (through Babel) gives each language's month names as its press writes them, in the form that
stands alone ("marts", "январь") and in the form a date writes ("8 октября", "15. března"); both are kept, lower
case. Catalan's date form carries its "de" ("de gener"): the name alone is kept. The file is read only for a
document of that language (extract/date_months.py): "mart" (Turkish March) or "Mei" (Indonesian May) are words
or names in English prose, so these names never join `months.json`, which every document's rules read. The
languages `months.json` holds already (with the rules of `date_languages.json`) are left out.
"""
from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "month_languages.json"


def month_forms(language: str) -> list[list[str]]:
    months = Locale.parse(language).months
    out = []
    for number in range(1, 13):
        forms = []
        for context in ("format", "stand-alone"):
            name = months[context]["wide"][number].lower()
            for article in ("de ", "d’", "d'"):
                name = name.removeprefix(article)
            if name not in forms:
                forms.append(name)
        out.append(forms)
    return out


def main() -> None:
    known = json.loads((ROOT / "scoexport" / "data" / "months.json").read_text(encoding="utf-8"))
    told_apart = json.loads((ROOT / "scoexport" / "data" / "stopwords.json").read_text(encoding="utf-8"))
    table = {language: month_forms(language) for language in told_apart if language not in known}
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {OUT}: {', '.join(table)}")


if __name__ == "__main__":
    main()
