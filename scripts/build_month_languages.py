"""Build scoexport/data/month_languages.json: month names of the languages the language guess tells apart and the
date rules do not know, and scoexport/data/calendar_languages.json: the calendar's words of every language the guess
tells apart but English (build-time only: pip install '.[gazetteers]' && python scripts/build_month_languages.py).

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
CALENDAR = ROOT / "scoexport" / "data" / "calendar_languages.json"
_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # the CLDR's, Monday first as Python counts
_PERIODS = ("year", "month", "week")


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


def calendar_words(language: str) -> dict:
    """The CLDR's words for days of a language, as its press writes them: the weekdays (the name, and the form a
    date writes where the language has one apart: Finnish "keskiviikkona", "on Wednesday"), the days named by their
    distance from today ("gestern", "сегодня"), and the phrases that name a year, month, week or weekday by its
    distance from the present one ("letztes Jahr", "settimana scorsa", "в прошлую среду"). Lower case but where the
    language capitalizes a noun ("nächste Woche" keeps no capital: matched case-blind)."""
    locale = Locale.parse(language)
    fields = locale._data["date_fields"]  # the CLDR's relative date fields, which Babel reads but does not export

    def relative(key: str) -> dict[int, str]:
        return dict(fields[key]["relative"]) if "relative" in fields[key] else {}

    weekdays = []
    for i in range(7):
        names = [locale.days["stand-alone"]["wide"][i].lower()]
        written = locale.days["format"]["wide"][i].lower()
        weekdays.append(names + ([written] if written != names[0] else []))
    periods = {phrase.lower(): [period, shift] for period in _PERIODS for shift, phrase in relative(period).items()}
    weekday_phrases = {phrase.lower(): [i, shift] for i, key in enumerate(_WEEKDAY_KEYS)
                       for shift, phrase in relative(key).items()}
    days = {word.lower(): shift for shift, word in relative("day").items()}
    return {"weekdays": weekdays, "days": days, "periods": periods, "weekday_phrases": weekday_phrases}


def main() -> None:
    known = json.loads((ROOT / "scoexport" / "data" / "months.json").read_text(encoding="utf-8"))
    told_apart = json.loads((ROOT / "scoexport" / "data" / "stopwords.json").read_text(encoding="utf-8"))
    table = {language: month_forms(language) for language in told_apart if language not in known}
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {OUT}: {', '.join(table)}")
    calendar = {language: calendar_words(language) for language in told_apart if language != "en"}
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in calendar.items()]
    CALENDAR.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {CALENDAR}: {', '.join(calendar)}")


if __name__ == "__main__":
    main()
