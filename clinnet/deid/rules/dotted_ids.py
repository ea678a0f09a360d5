"""A number written in groups of three digits joined by dots after the acronym of its card
("CC 43.872.115", "TI 1.019.847.332", "RG 12.345.678"): how Colombian, Brazilian and other
Latin American forms print identity numbers. No lab value takes that shape after an acronym;
a dose in units does ("2.400.000 UI") and is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import OTHER_ID
from . import Note, Span, finder

_DOTTED = re.compile(
    r"(?<![\w.])(?:[A-Z]{2,4}|[A-Z]\.[A-Z]\.)\s?:?\s?(?P<id>\d{1,3}(?:\.\d{3}){2,3})"
    r"(?![\d.]\d|\s?(?:UI|IU|U\b|units?|unidades|unités|/|%))")


@finder("dotted_id", OTHER_ID)
def dotted_ids(note: Note) -> Iterator[Span]:
    """Digits in dot-joined groups of three, at least three groups ("43.872.115"), right
    after two to four capitals or their dotted initials ("C.C."): the number on a Latin
    American identity card. A value with units after it ("PEN 2.400.000 UI") is none."""
    text = note.text
    if text.count(".") < 2:
        return
    for m in _DOTTED.finditer(text):
        yield m.span("id")
