"""What a traveller is found by: the flight and seat ("Flight: QF 44", "passenger on UA 1174",
"seat 38C"), the aircraft or boat that carried them ("air ambulance from Auckland (ZK-MDX)",
"Floatplane N4417K"), and the room, cabin, tent or site where they stayed ("Marina Vista
Hotel, room 1408", "Lakeview Holiday Park, cabin 23", "Hilltop camping, pitch H-118")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import OTHER_ID, VEHICLE
from ..lexicons import words
from . import Note, Span, finder
from ._words import occurrences

_FLIGHT = re.compile(
    r"(?:[Ff]light|FLIGHT|[Ff]lt|passenger\son|[Oo]ff\sflight)\.?:?\s(?:[Nn]o\.?\s)?"
    r"(?P<id>[A-Z][A-Z0-9]\s?\d{1,4}[A-Z]?)(?![\w/-])")
_SEAT = re.compile(
    r"\b[Ss]eat\s(?:[Nn]o\.?\s)?(?P<id>\d{1,2}[A-K]|[A-Z]-\d{1,2}-\d{1,3})(?![\w/-])")
# a registration right after the craft that carries it (within a few words, maybe bracketed;
# "air ambulance" is found from "ambulance")
_CRAFT = re.compile(
    r"(?:[Hh]elicopter|[Aa]ircraft|[Ff]loat-?plane|[Pp]lane|[Aa]mbulance|[Jj]et|"
    r"[Cc]hopper|[Vv]essel|[Bb]oat|[Yy]acht|[Cc]oastguard)\b[^.\n]{0,40}?[\s(]"
    r"(?P<id>(?:[A-Z]{1,2}|\d[A-Z])-[A-Z]{3,4}|N\d{1,5}[A-Z]{0,2})(?![\w-])")
_CRAFT_WORDS = words("""
helicopter aircraft floatplane plane ambulance jet chopper vessel boat yacht coastguard
""")
# a lodging's own unit: the word and its number, where a lodging was named just before
_UNIT = re.compile(
    r"(?:[Rr]oom|[Cc]abin|[Ss]uite|[Cc]halet|[Tt]ent|[Pp]itch|[Ss]ite|[Cc]ell|[Aa]partment|"
    r"[Dd]orm\sbed|[Cc]amp\sroom|[Bb]ungalow|[Vv]illa)\s(?:[Nn]o\.?\s)?"
    r"(?P<id>[A-Z]?-?\d{1,4}[A-Z]?)(?![\w/-]|\.\d)")
_UNIT_WORDS = words("room cabin suite chalet tent pitch site cell apartment dorm bungalow villa")
_LODGING_BEFORE = re.compile(
    r"(?:Hotel|Resort|Hostel|Lodge|Holiday\sPark|[Cc]amping|[Cc]ampsite|Inn|Motel|Spa|"
    r"Chalet|Apartments|Village|Housing|Backpackers|Guest\s?[Hh]ouse|B&B|Suites|Park|"
    r"[Pp]rison|Jail|Detention|Correctional)\b[^.\n]{0,40}$")
_FLIGHT_WORDS = words("flight flt passenger")


@finder("travel_id", OTHER_ID)
def travel_ids(note: Note) -> Iterator[Span]:
    """A flight number after "flight"/"passenger on", a seat ("seat 38C"), and the room,
    cabin, suite, tent, pitch, site or cell number of a lodging (or a prison) named in the
    same sentence ("Hotel Dunas Doradas, room 508"). Left alone: a hospital's rooms, bays and
    beds ("resus room 2", "bed 14": no lodging before them), and a number that is a count or a
    measure ("cabin pressure 8")."""
    text = note.text
    if not _FLIGHT_WORDS.isdisjoint(note.words):
        for m in _FLIGHT.finditer(text):
            yield m.span("id")
    if "seat" in note.words:
        for m in _SEAT.finditer(text):
            yield m.span("id")
    if not _UNIT_WORDS.isdisjoint(note.words):
        for word in _UNIT_WORDS & note.words:
            for at in occurrences(note.lower, word):
                if at and note.lower[at - 1].isalnum():
                    continue
                m = _UNIT.match(text, at)
                if m and _LODGING_BEFORE.search(text, max(0, at - 60), at):
                    yield m.span("id")


@finder("craft_registration", VEHICLE)
def craft_registrations(note: Note) -> Iterator[Span]:
    """An aircraft's or a boat's registration shortly after the craft ("Coastguard S-92
    (G-MCGZ)", "Floatplane N4417K", "helicopter at first light (9N-AQX)"): it tells which
    flight, and so which patient. A type ("the AW139", "a PC-24") has no registration's
    shape and is left alone."""
    text = note.text
    for word in _CRAFT_WORDS & note.words:  # matched at each craft word, found with str.find
        for at in occurrences(note.lower, word):
            if (not at or not note.lower[at - 1].isalnum()) and (m := _CRAFT.match(text, at)):
                yield m.span("id")
