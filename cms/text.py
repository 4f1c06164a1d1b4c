"""Text a reader typed, made safe to store and to put in a spreadsheet cell.

Control characters (U+0000–U+001F and U+007F, but tab and line ends) are invisible, a
spreadsheet file cannot hold them (openpyxl refuses to write the cell: the export would
fail) and a calendar or CSV line can be broken by them. Word's manual line break (U+000B)
and form feed (U+000C) are line ends to the writer, so they become "\\n".
"""

import re

_LINE_BREAKS = re.compile(r"[\x0b\x0c]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def without_controls(value):
    """`value` (str) without control characters; tab, CR and LF kept; other types returned as they are."""
    if not isinstance(value, str):
        return value
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", value))
