"""States, provinces and regions are not identifiers: "Minas Gerais", "Gujarat", "Akure,
Ondo State". Safe Harbor removes the places smaller than a state; a post from Brazil or
Nigeria names its state as freely as an American one names Ohio."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION, NAME
from ..names import word_tokens
from ..normalize import ASCII_LOWER
from . import Note, Span, veto
from ._words import Phrases, occurrences

# what a state-sized unit is called after its name ("Ondo State", "Sindh Province")
_SUFFIXES = ("State", "Province", "Region", "Oblast", "Prefecture")
# ", Ondo State": one to three capitalised words after a comma, just before the suffix
_NAME_BEFORE = re.compile(r",\s((?:[A-Z][\w'\u2019-]{1,30}\s){1,3})$")


# a one-word region needs place context before it ("in Bihar", ", Sindh", "rural Punjab"):
# alone, as in a table cell, it may be a person's given name ("Sabah")
_PLACE_BEFORE = re.compile(
    r"(?:,|\b(?:in|from|of|to|across|near|rural|northern|southern|eastern|western|central|"
    r"north|south|east|west|and|or|&|/))\s?$", re.IGNORECASE)


@cache
def _regions() -> Phrases:
    """Each region by its words as the scanner splits them: all of them must be in a note
    for the region to be written in it ("As Sulaymaniyah" is not searched for in every note
    with "as")."""
    return Phrases((word_tokens(name.translate(ASCII_LOWER)), name)
                   for names in lexicons.world_regions().values() for name in names)


def _word_at(text: str, start: int, end: int) -> bool:
    return ((not start or not text[start - 1].isalnum())
            and (end >= len(text) or not (text[end].isalnum() or text[end] in "-'\u2019")))


def _institution_follows(text: str, end: int) -> bool:
    """ "Ondo State Specialist Hospital", "Ohio State University": a capitalised word after
    the name makes it part of an institution's name, which the other rules judge."""
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


@veto("world_region", (NAME, LOCATION))
def world_regions(note: Note) -> Iterator[Span]:
    """A first-level region of any country (``data/world_regions.txt``, ISO 3166-2 states,
    provinces and regions of countries with at most 40 of them) written as its list writes
    it, and "<Name> State/Province/Region" after a comma (", Ondo State": the state after a
    town). A one-word region needs place context before it ("in Bihar", ", Sindh"). Left
    alone: a region that is also a town ("Lima", "Oaxaca"), a one-word region that is a
    person's name ("Victoria") or has no place context (a table cell "| Sabah |"), the
    governorates (as small as a county in much of the Arab world), and a region that
    starts an institution's name ("Kerala University Hospital")."""
    text = note.text
    for name in _regions().in_note(note.words):
        for at in occurrences(text, name):
            end = at + len(name)
            for suffix in _SUFFIXES:  # "Zamfara State": the unit's word goes with it
                if text.startswith(" " + suffix, end) and _word_at(
                        text, end + 1, end + 1 + len(suffix)):
                    end += 1 + len(suffix)
                    break
            if (_word_at(text, at, end) and not _institution_follows(text, end)
                    and (" " in name or _PLACE_BEFORE.search(text, max(0, at - 12), at))):
                yield at, end
    for suffix in _SUFFIXES:
        if suffix.lower() not in note.words:
            continue
        for at in occurrences(text, " " + suffix):
            end = at + 1 + len(suffix)
            if not _word_at(text, at + 1, end) or _institution_follows(text, end):
                continue
            m = _NAME_BEFORE.search(text, max(0, at - 100), at + 1)
            if m:
                yield m.start(1), end
