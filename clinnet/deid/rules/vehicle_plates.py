"""A vehicle's plate written a few words after the vehicle with no label: "his own pickup
(DLK 9924)", "a Quantum taxi (HJ 44 KL GP)", "his ute 1GXR 447", "lists the truck as JHT
4471", "his car (58-412-73)", "véhicule 7742AB19", "LGU ambulance SAB 4127", "creel boat
SY 412", "Medevac Cessna N4417K". A plate is letters and digits in a few
groups; after the word for a vehicle nothing else looks like that but a model ("F-150",
"RAV4", "X5"), which has too few letters or digits."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import VEHICLE
from ..lexicons import words
from . import Note, Span, finder
from ._words import occurrences

_VEHICLES = words("""
car cars truck trucks pickup ute van taxi cab bike motorbike motorcycle scooter scooty moto
jeep lorry vehicle vehicule véhicule vehiculo vehículo tractor trailer suv sedan hatchback coche
carro ambulance ambulances ambulancia ambulância ambulans ambulanza krankenwagen boat vessel
trawler cessna helicopter tricycle trike rickshaw matatu bajaj
""")
# vehicle words that are also names or parts of names ("NGUYEN Van Thanh", "Cab Calloway"):
# counted only in lower case
_NAME_TOO = frozenset(("van", "cab", "car", "carro"))
# after the vehicle word: a few words without digits, then the plate (upper-case letters
# and digits in one to five groups joined by a space or a dash)
_PLATE_AFTER = re.compile(
    r":?[^\d.;:)\n]{0,24}?(?<![\w/.-])(?P<plate>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,4})"
    r"(?![\w/-]|[.,:]\d)")


def _plate_like(plate: str) -> bool:
    letters = sum(c.isalpha() for c in plate)
    digits = sum(c.isdigit() for c in plate)
    return 5 <= letters + digits <= 11 and ((letters >= 2 and digits >= 2) or (
        letters == 0 and digits >= 6 and "-" in plate) or (
        # one letter among many digits ("4J2 8814"), never a model ("F-150", "X5")
        letters == 1 and digits >= 5))


@finder("vehicle_plate", VEHICLE)
def vehicle_plates(note: Note) -> Iterator[Span]:
    """Letters and digits shaped like a plate (two letters and two digits at least, one letter
    among five digits, or six digits or more in dash-joined groups) within a few words after a
    car, truck, pickup, ute, taxi, motorbike, scooter, van, ambulance, boat, Cessna or
    helicopter, with no number between: "pickup (DLK 9924)", "ute 1GXR 447", "truck (4J2
    8814)". Left alone: a model ("F-150", "Hilux", "RAV4"), a year ("car (2019)"), a count or a
    time after the word ("van 2 hours later"), a word or an abbreviation among the groups ("ETA
    90 MIN", "GCS 15"), and a capitalised word that is a name ("NGUYEN Van Thanh 63M")."""
    present = _VEHICLES & note.words
    if not present or note.in_capitals:
        return
    text, low = note.text, note.lower
    for word in present:
        for at in occurrences(low, word):
            end = _word_end(low, at, at + len(word))
            if end is None or (word in _NAME_TOO and not text[at].islower()):
                continue  # inside a longer word; "NGUYEN Van Thanh": a name
            p = _PLATE_AFTER.match(text, end)
            if p and _plate_like(p.group("plate")) and not _AGE_SEX.match(p.group("plate")) \
                    and not _says_something(p.group("plate")):
                yield p.span("plate")


def _says_something(plate: str) -> bool:
    """A group of letters that is a word or an abbreviation: "ETA 90 MIN", "GCS 15"."""
    english, medical = lexicons.english(), lexicons.medical()
    return any(g.isalpha() and len(g) > 2 and (g.lower() in english or g.lower() in medical)
               for g in re.split(r"[ -]", plate))


_AGE_SEX = re.compile(r"\d{1,3}\s?[MF]\b")  # "63M URN 1120447"


def _word_end(low: str, start: int, end: int) -> int | None:
    """Where the vehicle word found at ``start`` ends, with a plural "s" ("cars"), if it
    stands alone there; None inside a longer word ("scar", "carbon")."""
    def edge(i: int) -> bool:
        return i >= len(low) or not (low[i].isalnum() or low[i] in "_'-")

    if start and (low[start - 1].isalnum() or low[start - 1] in "_'-"):
        return None
    if low.startswith("s", end) and edge(end + 1):
        return end + 1
    return end if edge(end) else None
