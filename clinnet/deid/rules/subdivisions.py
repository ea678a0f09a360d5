"""Places named after a word for a local subdivision: "barangay San Isidro Norte", "ấp Bình
Thạnh", "municipio de Riosucio", "vereda La Esperanza", "Kakuma Camp 3", "Possum Trot, AR"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from . import Note, Span, finder
from ._words import ascii_fold

_CAP = r"[A-Z\u00c0-\u00de\u0110][\w'\u2019-]{0,30}"
_SUBDIVISION = re.compile(
    rf"\b(?i:barangay|brgy\.?|purok|sitio|municipio\sde|municipality\sof|vereda|colonia|aldea|"
    rf"corregimiento|\u1ea5p|x\u00e3|ph\u01b0\u1eddng|huy\u1ec7n|th\u00f4n|taluk|tehsil|mandal|"
    rf"ward|kebele|woreda|county\sof|parish\sof|village\sof|town\sof|city\sof|province\sof)"
    rf"\s(?P<n>{_CAP}(?:\s(?:de|del|la|las|los|el|{_CAP})){{0,3}})"
)
_CAMP = re.compile(
    rf"\b(?P<n>{_CAP}(?:\s{_CAP})?\s(?:Camp|Settlement|Zone)\s(?:\d{{1,2}}|[A-Z]))\b")
_STATES = (r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
           r"NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
# "died at home in Possum Trot, AR": a preposition before makes the capitals a town
_TOWN_STATE = re.compile(
    rf"\b(?:in|at|from|near|outside|to|of)\s(?P<n>[A-Z][a-z'\u2019]+(?:\s[A-Z][a-z'\u2019]+){{0,2}}),"
    rf"\s(?:{_STATES})\b(?![a-z])"
)


@finder("local_subdivision", LOCATION, hints=(
    "barangay", "brgy", "purok", "sitio", "municipi", "vereda", "colonia", "aldea",
    "corregimiento", "\u1ea5p", "x\u00e3", "ph\u01b0\u1eddng", "huy\u1ec7n", "th\u00f4n", "taluk",
    "tehsil", "mandal", "ward", "kebele", "woreda", " of ", "camp", "settlement", "zone", ", "))
def subdivisions(note: Note) -> Iterator[Span]:
    """The capitalised name after a word for a local subdivision ("barangay", "ward",
    "municipio de"; "the ward was busy" has no capitalised name after it), a numbered camp
    or settlement, and capitalised words before ", <state code>" after a preposition. Names
    that are clinical or generic words ("ward Nursing") are left alone."""
    generic = lexicons.medical() | lexicons.facility_generic()
    for regex in (_SUBDIVISION, _CAMP, _TOWN_STATE):
        for m in regex.finditer(note.text):
            words = [ascii_fold(w) for w in m.group("n").split()]
            if all(w in generic for w in words):
                continue
            yield m.span("n")
