"""Facilities named in another language: "Szpital Powiatowy w Zaborowie", "Bệnh viện Nhi
Đồng", "Iglesia Pentecostal Monte de Sión", "Szkoła Podstawowa nr 12 w Oleśnicy"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder

# the head word a facility's name starts with, in the languages physicians paste from
_HEADS = (
    r"szpital|szko[lł]a|przychodnia|klinika|b[eệ]nh\svi[eệ]n|tr[uư][oờ]ng|ch[uù]a|nh[aà]\sth[oờ]|"
    r"cl[ií]nica|iglesia|escuela|colegio|universidad|centro\sde\ssalud|sanatorio|"
    r"h[oô]pital|clinique|[eé]glise|[eé]cole|krankenhaus|klinikum|kirche|schule|ospedale|"
    r"chiesa|scuola|ziekenhuis|kerk|sjukhus|sykehus|hastanesi|okul|mustashfa"
)
_JOIN = r"(?:w|we|nr|de|del|la|las|los|el|di|da|do|du|des|der|von|im|am|van|y|e|i|et|st\.?|\d{1,3})"
_FACILITY = re.compile(
    rf"\b(?:{_HEADS})(?:\s(?:{_JOIN}(?!\w)|[^\W\d_][\w'\u2019-]{{0,40}})){{1,6}}", re.IGNORECASE
)
_WORD = re.compile(r"[^\s]+")


# the head words as the note's word set holds them (ASCII letters only)
_HEAD_WORDS = words("""
szpital szpitala szkola szkoly przychodnia klinika benh vien truong chua nha tho clinica
iglesia escuela colegio universidad centro sanatorio hopital clinique eglise
ecole krankenhaus klinikum kirche schule ospedale chiesa scuola ziekenhuis kerk sjukhus
sykehus hastanesi okul mustashfa
""")


@finder("foreign_facility", LOCATION)
def foreign_facilities(note: Note) -> Iterator[Span]:
    """A facility word of another language followed by its capitalised name (and the small
    words that join it: "w", "nr 12", "de"). The name must hold a capitalised word, so "la
    escuela de su barrio" stays prose; "Hospital", spelt the same in Spanish, is left to the
    English facility rules."""
    if not _HEAD_WORDS & note.words:
        return
    for m in _FACILITY.finditer(note.text):
        words = _WORD.findall(m.group())
        offset = m.start()
        last_cap = None
        lower_run = 0
        for k, w in enumerate(words):
            start = note.text.index(w, offset)
            offset = start + len(w)
            if k and w[0].isupper():
                last_cap, lower_run = offset, 0
            elif k and not re.fullmatch(_JOIN, w, re.IGNORECASE):
                lower_run += 1  # "Bệnh viện Đa khoa Tân Phú": one lower-case word may sit inside
                if lower_run > 1:
                    break
        if last_cap is None:
            continue
        yield m.start(), last_cap
