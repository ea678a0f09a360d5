"""Street corners and numbered roads: "at Elm and 18th", "corner of Fremont and Vine",
"on County Road 14", "mile marker 114"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from . import Note, Span, finder

_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_STREET = r"[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?"
# found from the numbered street (rare) or from "corner of"; the other street is checked
# in Python
_ORDINAL_RE = re.compile(rf"{_ORDINAL}\b")  # a digit glued before is checked in Python
_STREET_BEFORE = re.compile(rf"\b(?:at|on|near|by|off|of)\s(?P<c>{_STREET}\s(?:and|&)\s)$")
_STREET_AFTER = re.compile(rf"\s(?:and|&)\s{_STREET}\b")
_PREP_BEFORE = re.compile(r"\b(?:at|on|near|by|off|of)\s$")
_CORNER_OF = re.compile(rf"\bcorner\sof\s(?P<c>{_STREET}\s(?:and|&)\s{_STREET})\b")
_ROAD = re.compile(
    r"\b(?:County|State|Farm(?:\sto\sMarket)?|Township|Forest)\s(?:Road|Rd\.?|Route|Hwy)"
    r"\s?\d{1,4}[A-Z]?\b"
    r"|\b[Mm]ile\s[Mm]arker\s\d{1,4}(?:\s(?:on|of)\s(?:(?:Hwy|Highway|Route|I-?)\s?\d{1,4}))?"
)


_ORDINAL_WORDS = frozenset(("st", "nd", "rd", "th"))  # "18th" is "th" in the word set
# the words a county road needs ("rd" alone is in "cardiac" for a substring test)
_ROAD_KINDS = frozenset(("county", "state", "farm", "township", "forest"))
_ROAD_WORDS = frozenset(("road", "rd", "route", "hwy"))


@finder("street_corner", LOCATION, hints=("st ", "nd ", "rd ", "th ", "st.", "th.", "road",
                                         "rd.", "route", "hwy", "marker", "corner"))
def streets(note: Note) -> Iterator[Span]:
    """A corner where one street is numbered ("Elm and 18th", "5th & Main"), or both are
    capitalised after "corner of"; a county or state road, or a mile marker. Two eponyms
    joined by "and" ("Gitelman and Bartter") have no numbered street and no "corner of"."""
    text = note.text
    for m in _ORDINAL_RE.finditer(text) if note.words & _ORDINAL_WORDS else ():
        if m.start() and text[m.start() - 1].isalnum():
            continue
        before = _STREET_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before:
            yield before.start("c"), m.end()
        elif _PREP_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            after = _STREET_AFTER.match(text, m.end())
            if after:
                yield m.start(), after.end()
    if "corner of" in note.lower:
        for m in _CORNER_OF.finditer(text):
            yield m.span("c")
    words = note.words
    if (_ROAD_KINDS & words and _ROAD_WORDS & words) or ("marker" in words and "mile" in words):
        for m in _ROAD.finditer(text):
            yield m.span()
