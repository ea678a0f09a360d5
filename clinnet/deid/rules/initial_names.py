"""A name cut to a given name and the family name's initial, as boards and phone-typed lists
write a patient: "Somchai P. 45M", "Bwalya K., 55M", "Park S.J. 66M", "Ana Lucia M. 7F"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import NAME
from . import Note, Span, finder
from ._words import could_be_name

# found from the initial's stop (a literal: a pattern opening on a capital is tried at every
# capital of the note), with the age and sex right after it
_INITIAL = re.compile(
    r"\.(?<=\s[A-Z]\.)(?:\s?[A-Z]\.)?"
    r"(?=,?\s{1,2}\d{1,3}\s?(?:[MFmf]|yo|y/o|yrs?|y)\b)")
# the one or two words before it, each in title case
_NAME_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+\s){1,2}$")


@finder("initial_name", NAME, hints=(". ", ".,"))
def initial_names(note: Note) -> Iterator[Span]:
    """One or two words in title case, an initial or two ("P.", "S.J."), then the age and
    sex ("45M", "7 y"): the name as a list writes it. Each word must be able to be a name
    (no English or clinical word, no role): "Vitamin D. 45M", "Group B. 3 y" and "Bed C.
    45F" stay words."""
    text = note.text
    for m in _INITIAL.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 41), m.start() - 1)
        if before is None:
            continue
        words = before.group().split()
        if all(could_be_name(w) for w in words):
            yield before.start(), m.end()
