"""Countries and areas larger than a state are not identifiers: "(Serbia, Bosnia, North
Macedonia, Montenegro)", "for those working in the Andes, Himalaya, Tibet", "Mekong delta
provinces". Safe Harbor removes geographic subdivisions smaller than a state; a country or a
mountain range names no one's home."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION, NAME
from . import Note, Span, per_note, veto
from ._words import Phrases, occurrences

# "Holland, MI", "Lebanon, PA", "Peru, Indiana": a town that shares a country's name
_STATE_AFTER = re.compile(r",\s?(?:(?P<code>[A-Z]{2})\b|(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))")
_US_STATES = lexicons.words("""alabama alaska arizona arkansas california colorado connecticut
delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
wyoming""")
# before a one-word place read as a name, what makes it a place: a list, a preposition, "the"
_PLACE_BEFORE = re.compile(
    r"(?:[,(/&]|\b(?:in|from|to|across|of|and|or|the|via|through|over|around))\s{0,2}$",
    re.IGNORECASE)


@cache
def _places() -> Phrases:
    """Every country and area, by the words a note must hold for it."""
    return Phrases((words, words) for words in lexicons.world_countries() | lexicons.world_areas())


def _spans(note: Note) -> Iterator[tuple[int, int, int]]:
    """(start, end, word count) of each country or area written in the note (a capital on
    its first letter: "china" in a list of crockery is no country)."""
    for words in _places().in_note(note.words):
        pattern = r"\s".join(re.escape(w) for w in words)
        for m in re.finditer(rf"(?<![\w'-]){pattern}(?![\w'-])", note.lower):
            if note.text[m.start()].isupper() and not _town_of_a_state(note.text, m.end()):
                yield m.start(), m.end(), len(words)


def _town_of_a_state(text: str, end: int) -> bool:
    m = _STATE_AFTER.match(text, end)
    return bool(m) and bool(m.group("code") or m.group("state").lower() in _US_STATES)


@veto("large_place", (LOCATION,))
def large_places(note: Note) -> Iterator[Span]:
    """A country (``data/world_countries.txt``) or a natural or cultural area larger than a
    state (``data/world_areas.txt``: mountain ranges, deserts, great rivers, regions that span
    countries), capitalised: no place finding inside it. A town inside a country ("Jordan"
    the river aside) is found by the other rules from its own name."""
    for s, e, _ in _spans(note):
        yield s, e


@veto("large_place_name", (NAME,))
def large_place_names(note: Note) -> Iterator[Span]:
    """The same, for a name finding, when the place is more than one word ("North Macedonia",
    "Sri Lanka"), or one word that is no one's given name in a list or after a preposition
    ("Croatia, Montenegro)", "the Andes"): "his wife Mali" and "Jordan" or "Chad" alone may
    be people."""
    firsts = lexicons.first_names()
    for s, e, n in _spans(note):
        if n > 1 or (note.lower[s:e] not in firsts
                     and _PLACE_BEFORE.search(note.text, max(0, s - 12), s)):
            yield s, e


# US states, Canadian provinces and territories, Australian states by their full names:
# state-sized, so no identifier. Left out: "New York" and "Washington", as often the city.
STATE_NAMES = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|
Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|
Wyoming|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|
Prince Edward Island|Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories|
Queensland|New South Wales|Tasmania|Western Australia|South Australia
""".replace("\n", "").lower().split("|")
_STATES = Phrases((tuple(name.split()), name) for name in STATE_NAMES)
# a town that shares the name: its state after it, "City" or a ZIP ("Ontario, CA 91761",
# "Kansas City", "Quebec City")
_TOWN_AFTER = re.compile(r",\s?[A-Z]{2}\b|\sCity\b|\s\d{5}\b")




@per_note
def _states(note: Note) -> list[Span]:
    """Each state or province written in the note, capitalised, not a town of its name
    (read once a note for both vetoes)."""
    text, low = note.text, note.lower
    out = []
    for phrase in _STATES.in_note(note.words):
        for at in occurrences(low, phrase):
            end = at + len(phrase)
            if (at and low[at - 1].isalnum()) or (end < len(low) and low[end].isalnum()):
                continue
            if text[at].isupper() and not _TOWN_AFTER.match(text, end):
                out.append((at, end))
    return out


@veto("state_or_province", (LOCATION,))
def states_or_provinces(note: Note) -> Iterator[Span]:
    """A US state, a Canadian province or territory or an Australian state by its name ("In
    Ontario, OHIP fee codes", "Yukon health care no."), capitalised and not followed by what
    makes it a town of the same name ("Ontario, CA", "Kansas City", "Quebec City"): no place
    finding inside it."""
    return _states(note)


@veto("state_or_province_name", (NAME,))
def state_or_province_names(note: Note) -> Iterator[Span]:
    """The same for a name finding, only where a place word stands before it ("a daughter
    in Alberta", "from Georgia"): "Georgia" and "Virginia" alone may be people."""
    text = note.text
    for s, e in _states(note):
        if _PLACE_BEFORE.search(text, max(0, s - 12), s):
            yield s, e
