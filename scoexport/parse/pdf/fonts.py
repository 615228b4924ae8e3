"""What a glyph's font tells of its text: bold, and monospaced (set as code); both readers (PDFium's `reader`,
pdfminer.six's `glyphs`) decide through here.

Enters: a font's name (with or without its subset tag), its descriptor's flags and weight, and for `set_as_code` one
character drawn in it. Leaves a yes or no: `bold_font`, `monospaced`, `set_as_code` (a monospaced font's character
that is no wide CJK character).

Weight: a bold font says so in its name ("Helvetica-Bold", "CMBX12"), its descriptor's ForceBold flag or its weight.
Monospace: manuals, specifications and HOWTOs set commands, options, file names and listings in a typewriter font
("2>&1", "-j 4", "/etc/apt/sources.list.d"), whatever made them: TeX's CMTT10 and its heirs (SFTT1000, LMMono10),
DocBook's and LibreOffice's Liberation Mono or DejaVu Sans Mono, troff's and Word's Courier, Consolas. The font's
name says it (`literal_marks.json`'s `fonts`, matched with the subset tag "ABCDEF+" dropped), or its descriptor's
FixedPitch flag, which TeX's Type 1 fonts leave unset, so the flag alone would miss them. A CJK font is fixed-pitch by
design (every ideograph is one em wide): its wide characters are text, not code, whatever its flag says.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from ...data import load_json

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag
_FIXED_PITCH = 1  # PDF font descriptor flag (bit 1)
_WIDE_FROM = 0x1100  # no character below this is East Asian wide


def bold_font(name: str, flags: int, weight: int) -> bool:
    """Bold by the font's name, its descriptor's ForceBold flag or its weight."""
    return bool(_BOLD.search(name) or flags & _FORCE_BOLD or weight >= 600)


@cache
def _mono_names() -> re.Pattern[str]:
    return re.compile("|".join(load_json("literal_marks.json")["fonts"]), re.I)


def monospaced(name: str, flags: int) -> bool:
    """Whether a font is monospaced: its name (subset tag and spaces dropped: "Source Code Pro" is written
    "SourceCodePro" too) names a typewriter face, or its FixedPitch flag is set."""
    return bool(flags & _FIXED_PITCH or _mono_names().search(name.rpartition("+")[2].replace(" ", "")))


def set_as_code(ch: str, mono: bool) -> bool:
    """Whether a character drawn in a font (monospaced or not: `mono`) is set as code: not a wide CJK character,
    which every CJK font sets one em wide."""
    return mono and (ord(ch[0]) < _WIDE_FROM or unicodedata.east_asian_width(ch[0]) not in "WF")
