"""Dates with the month in Roman numerals, as Polish, Czech, Romanian, Hungarian and Italian
writers put them: "03-IV-2025", "16.III.2024", "9 IV 2024", "2. XI. 2023"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import DATE
from . import Note, Span, finder

# found from the numeral's letters (a pattern that opens on a class of three capitals runs
# fast; the character before and the numeral itself are checked in Python); the day before
# it and the year after it share one separator
_MONTHS = frozenset(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))
_ROMAN_MONTH = re.compile(
    r"(?P<m>[IVX]{1,4})"
    r"(?P<sep>\.\s?|-|/|\s)(?P<y>(?:19|20)\d\d)(?![\w.,]\d|\w)"
    # never a volume: "2 IV 2000 ml" are two litres of fluid given intravenously
    r"(?!\s?(?i:mg|ml|mcg|iu|units?|u)\b)")
# a numeral's last letter, a separator and a year: one letter, no backtracking, to tell
# the notes with such a date (few) from the rest before the full pattern runs
_CUE = re.compile(r"[IVX](?:\.\s?|-|/|\s)(?:19|20)\d\d")
_BEFORE = frozenset("0123456789. \t\n/-")
_DAY_BEFORE = re.compile(r"(?<![\w.,/:-])(?P<d>[0-3]?\d)(?P<sep>\.\s?|-|/|\s)\Z")


@finder("roman_month_date", DATE)
def roman_months(note: Note) -> Iterator[Span]:
    """A day, a month in Roman numerals and a four-digit year with the same separator between
    each ("03-IV-2025", "16.III.2024", "9 IV 2024"), in any note (in one typed in capitals
    too: the shape is no word). Left alone: a numeral without a day before it ("stage IV
    2024", "NYHA III"), a day out of range, a year of two digits, two different separators
    ("12 IV-2024") and a volume after the year ("2 IV 2000 ml")."""
    text = note.text
    if _CUE.search(text) is None:
        return
    for m in _ROMAN_MONTH.finditer(text):
        if m.group("m") not in _MONTHS or not m.start() or text[m.start() - 1] not in _BEFORE:
            continue
        d = _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if d is None or not 1 <= int(d.group("d")) <= 31:
            continue
        if d.group("sep").strip() != m.group("sep").strip():
            continue  # "12 IV-2024": the two separators differ, no date writes that
        yield d.start(), m.end()
