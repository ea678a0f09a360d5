"""A hospital by its initials where a place goes: "Called UMMC, no beds", "to LUH for an INR",
"booked at LGI", "call PCH cards", "ask SAMC legal". Hospitals are known locally by their
initials, and the initials end the way the names do: Hospital (H), Medical Center (MC),
Health Centre (HC), General or Royal Infirmary (GI, RI)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from . import Note, Span, finder

# three to six capitals ending like a hospital's name (the look-behind after the first
# capital: a pattern opening on one is tried at every position of the note, not at capitals)
_INITIALS = re.compile(r"[A-Z](?<![\w&/.-][A-Z])[A-Z]{0,3}(?:H|MC|HC|GI|RI)(?![\w&/-])")
# where a place goes: a movement or a call
_SLOT_BEFORE = re.compile(
    r"\b(?:at|to|from|into|via|call|called|calling|ring|rang|phone|phoned|page|paged|ask|asked|"
    r"transfer(?:red)?\sto|flew\sto|flown\sto|sent\sto|booked\sat|accepted\sby|accepted\sat|"
    r"admitted\sto|discharged\sfrom|referred\sto|back\sto)(?:\sthe)?\s$",
    re.IGNORECASE)


@cache
def _clinical() -> frozenset[str]:
    """Initials that are clinical words or eponyms: "LMWH", "SAH", "TSH", "PPH"."""
    return lexicons.medical() | lexicons.eponyms() | lexicons.english() | lexicons.not_places()


# a ministry or a department of health ("MOH", "NMDOH"): a public body, not a place
_HEALTH_BODY = re.compile(r"[A-Z]*(?:DO|MO)H")


@finder("hospital_initials", LOCATION)
def hospital_initials(note: Note) -> Iterator[Span]:
    """Three to six capitals ending in H, MC, HC, GI or RI right after a movement or a call
    ("to", "at", "from", "called", "ask", "transferred to", "booked at"), in a note that is
    not written in capitals. Left alone: clinical initials of that shape ("at LMWH doses",
    "to SAH", "TSH"), a ministry or department of health ("call MOH", "NMDOH"), initials
    anywhere else ("ECG shows RVH"), and every word of a note in capitals, where case says
    nothing."""
    text = note.text
    if note.in_capitals:
        return
    clinical = _clinical()
    for m in _INITIALS.finditer(text):
        if len(m.group()) < 3 or m.group().lower() in clinical or _HEALTH_BODY.fullmatch(m.group()):
            continue
        if _SLOT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            yield m.span()
