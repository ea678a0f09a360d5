"""Dates with the month in Roman numerals, as Polish, Czech, Romanian, Hungarian and Italian
writers put them: "03-IV-2025", "16.III.2024", "9 IV 2024", "2. XI. 2023"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import DATE
from . import Note, Span, finder

# found from the numeral (rarer than a digit), longest first so that "III" is not read as "I";
# the day before it and the year after it share one separator
_ROMAN_MONTH = re.compile(
    r"(?<=[\d.\s/-])(?P<m>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
    r"(?P<sep>\.\s?|-|/|\s)(?P<y>(?:19|20)\d\d)(?![\w.,]\d|\w)"
    # never a volume: "2 IV 2000 ml" are two litres of fluid given intravenously
    r"(?!\s?(?i:mg|ml|mcg|iu|units?|u)\b)")
_DAY_BEFORE = re.compile(r"(?<![\w.,/:-])(?P<d>[0-3]?\d)(?P<sep>\.\s?|-|/|\s)\Z")


@finder("roman_month_date", DATE)
def roman_months(note: Note) -> Iterator[Span]:
    """A day, a month in Roman numerals and a four-digit year with the same separator between
    each ("03-IV-2025", "16.III.2024", "9 IV 2024"). Left alone: a numeral without a day
    before it ("stage IV 2024", "NYHA III"), a day out of range, a year of two digits, and
    numerals in a note typed in capitals are read the same (the shape is not a word)."""
    text = note.text
    for m in _ROMAN_MONTH.finditer(text):
        d = _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if d is None or not 1 <= int(d.group("d")) <= 31:
            continue
        if d.group("sep").strip() != m.group("sep").strip():
            continue  # "12 IV-2024": the two separators differ, no date writes that
        yield d.start(), m.end()
