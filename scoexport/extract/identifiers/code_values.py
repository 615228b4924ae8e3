"""Code values: digits a manual writes as what a program reads, not as a count.

Enters: a paragraph's text and a numeral's span in it. Leaves: whether the numeral is a value of code.

Why it works: a manual gives a macro, a constant or an option its value in prose ("HAS_FOO is defined as either 0
or 1", "``DEBUG`` set to 2"), joins a value to its name by an assignment's sign ("0=__NOMAGIC__") or a port to its
host by a colon ("localhost:631"), and states the range of a code's values with a hexadecimal end ("from 0 through
0x10FFFF"). The name before the value is written as code (capitals joined by underscores, a literal in backticks),
the signs are joined to the digits with no space, and the other end of the range is a code: prose writes none of
these around a count. Asked by `context.is_identifier`; the later members of a list ("or 1") follow the first
there.
"""
from __future__ import annotations

import re

# a value given to a name written as code: a macro's or a constant's name in capitals joined by underscores, or a
# literal's closing backtick
_CODE_VALUE_BEFORE = re.compile(r"(?:\b[A-Z][A-Z0-9]*_[A-Z0-9_]+|`)\s+(?:(?:is|are|was|be|gets?)\s+)?"
                                r"(?:defined|set|initiali[sz]ed|assigned)\s+(?:as|to)\s+(?:either\s+)?$")
_JOINED_CODE = re.compile(r"[A-Za-z_-]{2}:$")  # a host's or a field's name joined by a colon ("localhost:631")
# the other end of a range written as a code ("from 0 through 0x10FFFF", "0 to U+FFFF"): the low end is a code too
_CODE_END_AFTER = re.compile(r"\s*(?:[-–]|\s(?:to|through|and)\s)\s*(?:0x[0-9A-Fa-f]|U\+[0-9A-Fa-f])")


def is_code_value(text: str, start: int, end: int) -> bool:
    """Is the numeral at text[start:end] a value of code (see the module's docstring)?"""
    if text[end:end + 1] == "=" or _JOINED_CODE.search(text, max(0, start - 3), start):
        return True  # "0=__NOMAGIC__", "//hostname:631"
    if _CODE_END_AFTER.match(text, end):
        return True  # "numbers from 0 through 0x10FFFF"
    return _CODE_VALUE_BEFORE.search(text, max(0, start - 60), start) is not None  # "HAS_FOO is defined as 0"
