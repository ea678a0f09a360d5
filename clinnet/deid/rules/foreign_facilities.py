"""Facilities named in another language: "Szpital Powiatowy w Zaborowie", "Bệnh viện Nhi
Đồng", "Iglesia Pentecostal Monte de Sión", "Szkoła Podstawowa nr 12 w Oleśnicy"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
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


@finder("foreign_facility", LOCATION, hints=(
    "szpital", "szko", "przychodnia", "klinik", "vi\u1ec7n", "vien ", "iglesia", "escuela",
    "colegio", "universidad", "centro de", "sanatorio", "h\u00f4pital", "hopital", "clinique",
    "glise", "\u00e9cole", "ecole ", "kranken", "kirche", "schule", "ospedale", "chiesa",
    "scuola", "ziekenhuis", "kerk ", "sjukhus", "sykehus", "hastanesi", "okul", "mustashfa",
    "cl\u00ednica", "clinica", "tr\u01b0\u1eddng", "truong ", "ch\u00f9a", "chua ", "nh\u00e0 th",
    "nha tho"))
def foreign_facilities(note: Note) -> Iterator[Span]:
    """A facility word of another language followed by its capitalised name (and the small
    words that join it: "w", "nr 12", "de"). The name must hold a capitalised word, so "la
    escuela de su barrio" stays prose; "Hospital", spelt the same in Spanish, is left to the
    English facility rules."""
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
