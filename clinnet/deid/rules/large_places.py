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
from . import Note, Span, veto
from ._words import Phrases

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
