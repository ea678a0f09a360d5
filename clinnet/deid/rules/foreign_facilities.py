"""Facilities named in another language: "Szpital Powiatowy w Zaborowie", "Bệnh viện Nhi
Đồng", "Iglesia Pentecostal Monte de Sión", "Szkoła Podstawowa nr 12 w Oleśnicy"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder

# Vietnamese hospitals, district centres, commune health stations and clinics ("Bệnh viện ...",
# "Trung tâm Y tế huyện ...", "Trạm Y tế xã ...", "Phòng khám ..."): their kind is written in
# lower case inside the name
_VIETNAMESE = r"b[eệ]nh\svi[eệ]n|trung\st[aâ]m|tr[aạ]m\sy\st[eế]|ph[oò]ng\skh[aá]m"
# the head word a facility's name starts with, in the languages physicians paste from
_HEADS = (
    _VIETNAMESE + r"|szpital|szko[lł]a|przychodnia|klinika|tr[uư][oờ]ng|ch[uù]a|nh[aà]\sth[oờ]|"
    r"cl[ií]nica|iglesia|escuela|colegio|universidad|centro\sde\ssalud|sanatorio|"
    r"h[oô]pital|clinique|[eé]glise|[eé]cole|krankenhaus|klinikum|kirche|schule|ospedale|"
    r"chiesa|scuola|ziekenhuis|kerk|sjukhus|sykehus|hastanesi|okul|mustashfa|"
    r"centre\sde\ssante(?:\sde\sbase)?|dispensaire|polyclinique|poliklinika|"
    r"nemocnice|szpital|ambulatorio|posto\sde\ssa[uú]de|puskesmas|"
    # South Slavic, Italian hospital trusts and sites, Icelandic
    r"(?:op[sš]ta\s|klini[cč]ka\s)?bolnica|presidio\sospedaliero|azienda\sospedaliera|"
    r"sj[uú]krah[uú]si[dð]?|"
    # Swahili, and Spanish, Portuguese and German words for a lab, an institute, a clinic
    r"hospitali|zahanati|kituo\scha\safya|laboratorio|instituto|privatklinik"
)
_JOIN = (r"(?:w|we|nr\.?|de|del|la|las|los|el|di|da|do|du|des|der|von|im\.?|am|van|y|e|i|et|a|"
         r"st\.?|\d{1,3})")
_FACILITY = re.compile(
    rf"\b(?:{_HEADS})(?:\s(?:{_JOIN}(?!\w)|[^\W\d_][\w'\u2019-]{{0,40}})){{1,6}}", re.IGNORECASE
)
_WORD = re.compile(r"[^\s]+")
_VIETNAMESE_HEAD = re.compile(_VIETNAMESE, re.IGNORECASE)


# the head words as the note's word set holds them (ASCII letters only)
_HEAD_WORDS = words("""
szpital szpitala szkola szkoly przychodnia klinika benh vien truong chua nha tho clinica
iglesia escuela colegio universidad centro sanatorio hopital clinique eglise
ecole krankenhaus klinikum kirche schule ospedale chiesa scuola ziekenhuis kerk sjukhus
sykehus hastanesi okul mustashfa sante dispensaire polyclinique poliklinika nemocnice
ambulatorio posto puskesmas bolnica presidio azienda sjukrahusid sjukrahusi sjukrahus
hospitali zahanati kituo laboratorio instituto privatklinik trung tram phong
""")
# heads written after the name, in the Nordic, Finnish, Hungarian and Czech way: "Mikkelin
# keskussairaala", "Norrvikens gymnasium", "Megyei Korhaz", "Haziorvosi Rendelo"; and the
# Mexican public units written with their number ("UMF No. 57", "HGZ No. 8")
_AFTER = re.compile(
    r"(?P<name>(?:[A-Z\u00c0-\u00de][\w'\u2019-]{1,30}\s(?:[a-z]{2,6}\s)?){1,3})(?P<head>(?:[kK]eskus)?[sS]airaala|"
    r"[tT]erveyskeskus|[sS]jukhus(?:et)?|[lL]asarett(?:et)?|[vV]ardcentral(?:en)?|[sS]ygehus|"
    r"[lL]egesenter|[gG]ymnasi(?:um|et)|[lL]ukio|[kK]orhaz|(?:[hH]aziorvosi\s)?[rR]endelo|"
    r"[nN]emocnice|[pP]oliklinika|[kK]linikka|[sS]kola|"
    # Finnish compounds of a centre or a unit ("Hervannan sydänkeskus", "Kemin sydänyksikkö")
    r"[a-zäöå]{0,20}(?:keskus|yksikk[öo]))(?!\w)"
)
# the compounds' endings, looked for in the note's text (a compound is no word of the set)
_AFTER_ENDINGS = ("keskus ", "keskus,", "yksikk", " skola")
_AFTER_WORDS = words("""
sairaala keskussairaala terveyskeskus sjukhus sjukhuset lasarett lasarettet vardcentral
vardcentralen sygehus legesenter gymnasium gymnasiet lukio korhaz rendelo nemocnice
poliklinika klinikka skola
""")
# what kind, not which one: "Megyei Korhaz" is any county hospital
_GENERIC_BEFORE = words("""
haziorvosi megyei fakultni krajska mestska okresni vseobecna yliopistollinen keskus
""")
_MX_WORDS = words("umf hgr hgz hgp hgo umaa umae hgs cmf umr")
_MX_UNIT = re.compile(r"\b(?:UMF|HGR|HGZ|HGP|HGO|UMAA|UMAE|HGS|CMF|UMR)\s"
                      r"(?:No\.?|N[º°o]\.?|n[uú]m\.?)\s?\d{1,3}\b")


def _english(word: str) -> bool:
    low = word.lower()
    return low in lexicons.english() or low in lexicons.medical()


@finder("foreign_facility", LOCATION)
def foreign_facilities(note: Note) -> Iterator[Span]:
    """A facility word of another language followed by its capitalised name (and the small
    words that join it: "w", "nr 12", "de"). The name must hold a capitalised word, so "la
    escuela de su barrio" stays prose; "Hospital", spelt the same in Spanish, is left to the
    English facility rules. Heads written after the name ("Mikkelin keskussairaala",
    "Norrvikens gymnasium", "Megyei Korhaz") take the capitalised words before them that are
    not English; Mexican public units go with their number ("UMF No. 57")."""
    if _AFTER_WORDS & note.words or any(e in note.lower for e in _AFTER_ENDINGS):
        for m in _AFTER.finditer(note.text):
            names = m.group("name").split()
            while names and (_english(names[0]) or not names[0][0].isupper()):
                names.pop(0)
            if any(not _english(w) and w.lower() not in _GENERIC_BEFORE for w in names):
                yield m.start("head") - len(" ".join(names)) - 1, m.end()
    if _MX_WORDS & note.words:
        for m in _MX_UNIT.finditer(note.text):
            yield m.span()
    if not _HEAD_WORDS & note.word_ends:  # "l'Hôpital", "dell'ospedale"
        return
    for m in _FACILITY.finditer(note.text):
        words = _WORD.findall(m.group())
        # a Vietnamese name writes its kind in lower case ("Y tế huyện"): two words may sit
        # inside it; elsewhere two words in lower case are prose after the name
        inside = 2 if _VIETNAMESE_HEAD.match(m.group()) else 1
        offset = m.start()
        last_cap = None
        lower_run = 0
        for k, w in enumerate(words):
            start = note.text.index(w, offset)
            offset = start + len(w)
            if k and w[0].isupper():
                last_cap, lower_run = offset, 0
            elif k and not re.fullmatch(_JOIN, w, re.IGNORECASE):
                # "Bệnh viện Đa khoa Tân Phú", "Trung tâm Y tế huyện Quảng Điền": one or two
                # lower-case words may sit inside
                lower_run += 1
                if lower_run > inside:
                    break
        if last_cap is None:
            continue
        yield m.start(), last_cap
