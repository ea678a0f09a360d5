"""A number written in groups of three digits joined by dots after the acronym of its card
("CC 43.872.115", "TI 1.019.847.332", "RG 12.345.678"): how Colombian, Brazilian and other
Latin American forms print identity numbers. No lab value takes that shape after an acronym;
a dose in units does ("2.400.000 UI") and is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import OTHER_ID
from . import Note, Span, finder

# found from the number (a pattern opening on a look-behind is tried at every character);
# the acronym before it is read back from there
_NUMBER = re.compile(
    r"\d{1,3}(?:\.\d{3}){2,3}(?![\d.]\d|\s?(?:UI|IU|U\b|units?|unidades|unités|/|%))")
_CARD_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]{2,4}|[A-Z]\.[A-Z]\.)\s?:?\s?$")


@finder("dotted_id", OTHER_ID)
def dotted_ids(note: Note) -> Iterator[Span]:
    """Digits in dot-joined groups of three, at least three groups ("43.872.115"), right
    after two to four capitals or their dotted initials ("C.C."): the number on a Latin
    American identity card. A value with units after it ("PEN 2.400.000 UI") is none."""
    text = note.text
    for m in _NUMBER.finditer(text):
        s = m.start()
        if (not s or not (text[s - 1].isdigit() or text[s - 1] == ".")) and \
                _CARD_BEFORE.search(text, max(0, s - 8), s):
            yield m.span()
