"""Rural addresses of North America: rural routes and highway contract boxes ("RR 2 Box 118",
"HC 63 Box 19", "Rural Route 4, Box 7", "Rt. 2 Box 14", "Star Route Box 12") with the town
written after them, and places on a highway given by its mile marker ("US-2 at mile marker 217 near
Browning", "I-80 MM 302", "milepost 41")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import generic_words, occurrences

# found from "box" on the lower-cased copy; the route and its number are looked for before it
_BOX = re.compile(r"box\s?#?\s?\d{1,5}[a-z]?\b")
_ROUTE_BEFORE = re.compile(
    r"\b(?:r\.?\s?r\.?|rural\s(?:route|rte)|rte?\.?|route|h\.?\s?c\.?\s?r?\.?|hwy\scontract|star\sroute|"
    r"rfd|r\.f\.d\.)\s?#?\s?\d{1,4},?\s(?:p\.?\s?o\.?\s)?$")
# a marker found from "mile", "mm" or "mp"; the highway before it is looked for the same way
_MARKER = re.compile(r"(?:mile\smarker|mile\spost|milepost|mm|mp)\s?#?\s?\d{1,4}(?:\.\d{1,2})?\b")
_HIGHWAY_BEFORE = re.compile(
    r"\b(?:us|i|sr|sh|hwy|highway|route|rte|interstate|state\sroute|state\shighway|"
    r"county\sroad|cr)[\s-]?\d{1,4}[a-z]?\s(?:(?:at|near|by|@|,)\s?)?$")
# the town after the place: ", Oelrichs" after a box, "near Browning" after a marker
_TOWN_AFTER = re.compile(
    r"(?:,\s?(?:(?:near|nr|outside)\s)?|\s(?:near|nr|outside|north\sof|south\sof|east\sof|"
    r"west\sof)\s)"
    r"(?P<t>[A-Z][A-Za-z'\u2019]{2,20}(?:[ -][A-Z][A-Za-z'\u2019]{2,20})?)(?=[.,;:)]|\s|$)",
    re.IGNORECASE)
_NOT_TOWN = words("""
the and a an he she they his her pt patient neighbor neighbour lives found seen via no not
alone with who which where while when then phone tel contact dob age mm mp hr bp
""")
_MARKER_WORDS = words("marker milepost")
_HIGHWAY_WORDS = words("us i sr sh hwy highway route rte interstate cr")


@finder("rural_route", LOCATION)
def rural_routes(note: Note) -> Iterator[Span]:
    """"RR 2 Box 118", "HC 63 Box 19", "Rural Route 4, Box 7", and a highway's mile marker
    ("US-2 at mile marker 217", "I-80 MM 302", "milepost 41"), with the town written right
    after a comma or "near" ("RR 2 BOX 118, OELRICHS", "MM 217 NEAR BROWNING"). A bare "Box
    4" or "2 mm" is no address: a route word before the box and a marker word (or a highway)
    before the number are needed; "mm"/"mp" alone count only after a highway."""
    words_ = note.words
    low, text = note.lower, note.text
    spans = []
    if "box" in words_:
        for at in occurrences(low, "box"):
            if (at and low[at - 1].isalnum()) or not _BOX.match(low, at):
                continue
            route = _ROUTE_BEFORE.search(low, max(0, at - 30), at)
            if route is not None:
                spans.append((route.start(), _BOX.match(low, at).end()))
    bare_ok = bool(_MARKER_WORDS & words_) or ("mile" in words_ and "post" in words_)
    if bare_ok or ({"mm", "mp"} & words_ and _HIGHWAY_WORDS & words_):
        for needle in ("mile", "mm", "mp"):
            for at in occurrences(low, needle):
                if at and low[at - 1].isalnum():
                    continue
                m = _MARKER.match(low, at)
                if m is None:
                    continue
                road = _HIGHWAY_BEFORE.search(low, max(0, at - 30), at)
                if road is None and needle != "mile":  # "5 mm", "MP joint"
                    continue
                spans.append((road.start() if road else at, m.end()))
    generic = generic_words()
    for start, end in sorted(spans):
        yield start, end
        t = _TOWN_AFTER.match(text, end)
        if t is None:
            continue
        town = t.group("t")
        parts = [p.lower() for p in re.split(r"[ -]", town)]
        if parts[0] in _NOT_TOWN or all(p in generic for p in parts):
            continue
        if not town[0].isupper():
            continue
        yield t.span("t")


# a county, farm-to-market or state road after a word that puts someone on it: "off CR 412",
# "on FM 2812", "along SR 16", "west on US-64" (the road's letters as written, in capitals)
_ROAD = re.compile(
    r"\b(?i:off|on|along|at|near|from|past|up|down|beside|by)\s(?:(?i:the)\s)?"
    r"(?P<r>(?:CR|FM|RM|SR|SH|US)[\s-]\d{1,4}[A-Z]?)(?![\w/.-]|\s?(?i:mg|ml|%|mcg|units?)\b)")
_ROAD_WORDS = words("cr fm rm sr sh us")


@finder("county_road", LOCATION)
def county_roads(note: Note) -> Iterator[Span]:
    """A county, farm-to-market, ranch or state road by its letters and number after "off",
    "on", "along", "near" or "past" ("lives off CR 412", "a colonia off FM 2812", "west on
    US-64"), in capitals. Left alone: the letters without such a word ("CR 12 months" is a
    complete response, "SR 16 mg" a slow release) and a dose after the number."""
    if _ROAD_WORDS.isdisjoint(note.words) or note.in_capitals:
        return
    for m in _ROAD.finditer(note.text):
        yield m.span("r")
