"""Street corners and numbered roads: "at Elm and 18th", "corner of Fremont and Vine",
"on County Road 14", "N4471 County Rd K", "Road 7 NE", "mile marker 114", and crossings of
highways and streets ("Hwy 85 and 4th Ave NE", "FM 1062 & CR 7"), and British and Irish roads
by number ("an RTC on the A49", "off the M6")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from . import Note, Span, finder
from ._words import ORDINAL_SUFFIXES

_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_STREET = r"[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?"
# found from the numbered street (rare) or from "corner of"; the other street is checked
# in Python
_ORDINAL_RE = re.compile(rf"{_ORDINAL}\b")  # a digit glued before is checked in Python
_STREET_BEFORE = re.compile(rf"\b(?:at|on|near|by|off|of)\s(?P<c>{_STREET}\s(?:and|&)\s)$")
_STREET_AFTER = re.compile(rf"\s(?:and|&)\s{_STREET}\b")
_PREP_BEFORE = re.compile(r"\b(?:at|on|near|by|off|of)\s$")
_CORNER_OF = re.compile(rf"\bcorner\sof\s(?P<c>{_STREET}\s(?:and|&)\s{_STREET})\b")
# a quadrant after a road ("Road 7 NE", "4th Ave NE")
_QUADRANT = r"(?:\s(?:NE|NW|SE|SW|N|S|E|W)(?![\w']))?"
_ROAD = re.compile(
    # a rural fire number before the road ("N4471 County Rd K"); letters name county roads
    # in some states ("County Rd K", "County Road KK")
    r"(?:\b[NSEW]\d{3,5}\s)?"
    r"\b(?:County|State|Farm(?:\sto\sMarket)?|Township|Forest|Range|Grid)\s(?:Road|Rd\.?|Route|Hwy)"
    rf"\s?(?:\d{{1,4}}[A-Z]?|[A-Z]{{1,2}})\b{_QUADRANT}"
    # a road by its number alone, written as grid roads are ("Road 7 NE", "Road 35N")
    rf"|\bRoad\s\d{{1,4}}[A-Z]?\b{_QUADRANT}"
    r"|\b[Mm]ile\s[Mm]arker\s\d{1,4}(?:\s(?:on|of)\s(?:(?:Hwy|Highway|Route|I-?)\s?\d{1,4}))?"
)


# a crossing: a highway, a numbered county road or a street, "and" / "&" / "at", another
_CROSSING_ROAD = (
    rf"(?:(?:Hwy|Highway|Route|Rte|US|SR|FM|CR|County\s(?:Road|Rd\.?)|State\s(?:Road|Rd\.?|Route))"
    rf"\s?(?:\d{{1,4}}[A-Z]?|[A-Z]{{1,2}})\b"
    rf"|{_ORDINAL}\s(?:Ave|Avenue|St|Street|Rd|Road)\b\.?"
    rf"|[A-Z][a-z]{{2,}}\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive)\b\.?){_QUADRANT}")
_CROSSING = re.compile(rf"{_CROSSING_ROAD}\s(?:and|&|at|/)\s{_CROSSING_ROAD}")
# a British or Irish road by its number after "the" (found from "the", a literal), with a
# movement before it; never a receptor, a cell or a pulley ("the A2 pulley", "the M1 cells")
_UK_ROAD = re.compile(
    r"the\s(?P<r>[AMBN]\d{1,4}(?:\(M\))?)(?![\w(])"
    r"(?!\s(?:receptors?|pulley|cells?|segment|line|subunit|fibres?|fibers?|isoform|allele))")
_UK_ROAD_BEFORE = re.compile(
    r"\b(?:on|off|along|down|up|near|via|from|onto|joined|crossing|crossed|by)\s$",
    re.IGNORECASE)
_CROSSING_WORDS = frozenset(("hwy", "highway", "route", "rte", "fm", "cr", "county", "state"))
# the words a numbered road needs ("rd" alone is in "cardiac" for a substring test)
_ROAD_WORDS = frozenset(("road", "rd", "route", "hwy"))


@finder("street_corner", LOCATION, hints=("st ", "nd ", "rd ", "th ", "st.", "th.", "road",
                                         "rd.", "route", "hwy", "marker", "corner", "fm ", "cr ",
                                         "county", "highway", "the "))
def streets(note: Note) -> Iterator[Span]:
    """A corner where one street is numbered ("Elm and 18th", "5th & Main"), or both are
    capitalised after "corner of"; a county or state road (by number or letters, with a
    fire number before it), a grid road by its number ("Road 7 NE"), a mile marker, and a
    crossing of a highway or county road with another road ("Hwy 14 & County Rd P"). Two
    eponyms joined by "and" ("Gitelman and Bartter") have no numbered street and no
    "corner of"; "Road traffic accident" has no number. A British or Irish road by number
    after a movement and "the" ("on the A49", "off the M6"; never "the A2 pulley")."""
    text = note.text
    for m in _ORDINAL_RE.finditer(text) if note.words & ORDINAL_SUFFIXES else ():
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
    if _ROAD_WORDS & words or ("marker" in words and "mile" in words):
        for m in _ROAD.finditer(text):
            yield m.span()
    if _CROSSING_WORDS & words:
        for m in _CROSSING.finditer(text):
            yield m.span()
    if "the" in words:
        for m in _UK_ROAD.finditer(text):
            if _UK_ROAD_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                yield m.span("r")
