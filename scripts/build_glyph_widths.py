"""Build scoexport/data/glyph_widths.json: advance widths of common text fonts (dev-only dependencies).

    pip install -e '.[fonts]' && python scripts/build_glyph_widths.py [--dejavu DIR]

Reflow reads a document's lines against each family in turn and keeps the one whose widths make
the wrapped lines agree on one set width. Helvetica and Times come from the Adobe core-font metrics
that reportlab ships (Arial and Times New Roman share them); DejaVu Sans and Serif from their
TrueType files (Debian's fonts-dejavu-core). The JSON ships in the package, so neither library
nor font file is needed at run time.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from fontTools.ttLib import TTFont
from reportlab.pdfbase import pdfmetrics

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scoexport" / "data" / "glyph_widths.json"
# scripts whose text is set letter by letter in proportional fonts
RANGES = [(0x20, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x215F)]
CORE_FONTS = {"helvetica": "Helvetica", "times": "Times-Roman"}
TRUETYPE_FONTS = {"dejavu-sans": "DejaVuSans.ttf", "dejavu-serif": "DejaVuSerif.ttf"}


def characters() -> Iterator[str]:
    for first, last in RANGES:
        for code in range(first, last + 1):
            ch = chr(code)
            if ch.isprintable():
                yield ch


def core_widths(name: str) -> dict[str, int]:
    """The core fonts hold the WinAnsi (cp1252) repertoire; other letters fall back to the default."""
    widths = {}
    for ch in characters():
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            continue
        widths[ch] = round(pdfmetrics.stringWidth(ch, name, 1000))
    return widths


def truetype_widths(path: Path) -> dict[str, int]:
    font = TTFont(path)
    scale = 1000 / font["head"].unitsPerEm
    cmap, advances = font.getBestCmap(), font["hmtx"].metrics
    return {ch: round(advances[cmap[ord(ch)]][0] * scale) for ch in characters() if ord(ch) in cmap}


def family(widths: dict[str, int]) -> dict[str, object]:
    # a letter the font lacks is drawn from a fallback of about a lower-case letter's width
    lower = [widths[ch] for ch in "abcdefghijklmnopqrstuvwxyz"]
    return {"default": round(sum(lower) / len(lower)), "widths": dict(sorted(widths.items()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dejavu", type=Path, default=Path("/usr/share/fonts/truetype/dejavu"))
    a = ap.parse_args()
    fonts = {key: family(core_widths(name)) for key, name in CORE_FONTS.items()}
    fonts |= {key: family(truetype_widths(a.dejavu / file)) for key, file in TRUETYPE_FONTS.items()}
    data = {
        "_comment": "Advance widths in 1/1000 em per font family, built by scripts/build_glyph_widths.py; "
                    "letters a font lacks count as its 'default'.",
        "fonts": fonts,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    counts = ", ".join(f"{key} ({len(font['widths'])} glyphs)" for key, font in fonts.items())
    print(f"{OUT}: {counts}")


if __name__ == "__main__":
    main()
