"""A place found in the note, then by its initials: "San Jose District Hospital ... naka-admit
na sa SJDH", "Hospital Universitario Virgen de la Cabeza (HUVC)", "Dala General Hospital ... the
delay in DGH theatre". Writers spell a hospital out once and use its initials after; in that
note the initials are that hospital wherever they stand, whatever their shape.

Not a registered rule: it reads what the finders found, so :func:`clinnet.deid.rules.apply`
calls it after them (as it calls :mod:`.name_echo`), and the vetoes apply to what it adds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..categories import LOCATION
from ..lexicons import words
from . import Note
from ._spans import SpanIndex
from ._words import occurrences

Candidate = tuple[int, int, str, str]

# a word of a name, split at hyphens and dots too ("St.-Agnes-Krankenhaus" gives S, A, K)
_WORD = re.compile(r"[^\W\d_]+")
# fewer letters than this are initials of too many things ("GH", "SH")
_SHORTEST = 3
# a public body, a programme or a book is known by its initials too, and is no one's place:
# "Indian Health Service (IHS)", "Instituto Nacional de Salud (INS)", "Community Health Aide
# Manual (CHAM)" (a place rule may have taken the long form; its initials stay unsaid)
_PUBLIC = words("""
authority service services manual commission council agency ministry department institute
instituto institut national nacional nationale society association programme program
""")


def initials(name: str) -> str:
    """The capitals that open the words of ``name``; the small words are left out, as
    writers leave them out ("Virgen de la Cabeza" gives VC). Empty for a public body's name
    (:data:`_PUBLIC`)."""
    words_ = _WORD.findall(name)
    if any(w.lower() in _PUBLIC for w in words_):
        return ""
    return "".join(w[0] for w in words_ if w[0].isupper())


def echoes(note: Note, cands: Iterable[Candidate]) -> list[Candidate]:
    """Every place the note writes the initials of a LOCATION candidate of three or more
    capitalised words, as a word of its own in capitals, outside any place found. Not the
    initials of a public body, a programme or a book (:data:`_PUBLIC`: no initials)."""
    text = note.text
    if note.in_capitals:
        return []  # every word of a note in capitals is shaped like initials
    places = [(s, e) for s, e, cat, _ in cands if cat == LOCATION]
    wanted = {key for s, e in places if len(key := initials(text[s:e])) >= _SHORTEST}
    wanted = {key for key in wanted if key in text}
    if not wanted:
        return []
    taken = SpanIndex(places)
    out: list[Candidate] = []
    for key in wanted:
        for at in occurrences(text, key):
            end = at + len(key)
            if (at and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue  # inside a longer word or code
            if not taken.overlaps(at, end):
                out.append((at, end, LOCATION, "facility_initials"))
    return out
