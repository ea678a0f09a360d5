"""Hospitals named the short way: head first as in Spanish and Portuguese ("Hospital Santa
Clotilde", "Teaching Hospital Kegalle"), "Royal <town>" ("admitted to the Royal Wexham"), and
a proper name before a lower-case generic ("taken to Bilotserkiv hospital")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import ascii_fold, generic_words

# the kinds of hospital a name in Spanish or Portuguese starts with: they say which kind,
# never which one ("Hospital Universitario" alone names nothing)
_ROMANCE_GENERIC = words("""
general geral universitario universitaria universitario universitaria universitário
universitária escola estadual estatal municipal regional nacional provincial civil central
militar infantil materno materna maternidad maternidade pediatrico pediátrico pediatrica
pediátrica clinico clínico clinicas clínicas distrital comarcal comunitario comunitário
departamental privado privada publico público publica pública agudos ninos niños nino niño
mujer mulher especialidades especializado especializada alta especialidad zona santa santo
san sao são dia día federal
""")
_JOINERS = words("de del da do das dos la las los el e y di")
# capitalised words before the head that belong to the name ("Teaching Hospital X")
_LEADS = words("""
teaching base district provincial general regional national state county university federal
military mission community referral civil central divisional municipal
""")
_HEAD_FIRST = re.compile(r"\bHospital\b")
_WORD_AFTER = re.compile(r"\s([^\W\d_][\w'\u2019.-]{0,40})")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]{2,20})\s$")

# "Royal" + a town, after a word that puts a place there
_ROYAL = re.compile(r"\bRoyal\s(?P<n>[A-Z][a-z][\w'\u2019-]{1,30})\b")
_ROYAL_NOT = words("""
college colleges society navy air army marines marine mail family families academy commission
institution institute highness jelly flush blue engineers artillery charter assent warrant
household court guard guards ballet opera albert
""")
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:to|at|from|in|into|the|by|via)|\b(?:admitted|transferred|sent|taken|seen))\s$"
)

# a proper name before a lower-case kind of facility, after a preposition of place
_LOWER_HEAD = re.compile(r"\b(?:hospital|clinic|polyclinic|infirmary|dispensary)\b")
_NAME_BEFORE = re.compile(
    r"\b(?:to|at|from|in|into)\s(?:the\s)?(?P<n>[A-Z][a-z][\w'\u2019-]{2,30})\s$"
)
_NATIONALITIES = words("""
hebrew jewish yiddish german irish italian polish greek french swedish norwegian danish dutch
scottish chinese japanese korean armenian ukrainian russian portuguese spanish catholic
american british english welsh canadian mexican indian african european asian arab muslim
christian methodist baptist lutheran adventist presbyterian anglican orthodox
""")


def _names_which(word: str) -> bool:
    """Is this word part of what makes a name specific (not English, clinical or generic)?"""
    low = ascii_fold(word).strip(".").replace("\u2019", "'")
    if low.endswith("'s"):
        low = low[:-2]
    return not (low in generic_words() or low in _ROMANCE_GENERIC or low in _JOINERS
                or low in lexicons.english() or low in lexicons.medical()
                or low in lexicons.not_places() or low in lexicons.not_names())


@finder("facility_short_form", LOCATION, hints=("hospital", "royal", "clinic", "infirmary",
                                                "dispensary"))
def facility_short_forms(note: Note) -> Iterator[Span]:
    """"Hospital" followed by capitalised words of which one is not generic, English or
    clinical ("Hospital Estadual Dona Amélia", with the capitalised "Teaching"/"District"
    words before it); "Royal <word>" after a word that puts a place there ("to the Royal
    Halewood"), not "Royal College"; an unknown capitalised word before a lower-case
    "hospital"/"clinic" after to/at/from/in. Leaves "Hospital Course", "Hospital Medicine",
    "Hospital General" (generic words only), "Royal College of Physicians" and "at Chagas
    clinic" (a disease, an eponym) alone. Names in capitals only are skipped: in an
    all-caps note every word looks like one."""
    text = note.text
    if "Hospital" in text:
        for m in _HEAD_FIRST.finditer(text):
            pos, end, specific = m.end(), None, False
            for _ in range(6):
                w = _WORD_AFTER.match(text, pos)
                if not w:
                    break
                word = w.group(1)
                if ascii_fold(word) in _JOINERS:
                    pos = w.end()
                    continue
                if not (word[0].isupper() and any(c.islower() for c in word[1:])):
                    break
                pos = end = w.end()
                specific = specific or _names_which(word)
                if word.endswith(".") and len(word) > 4:
                    end -= 1  # a full stop, not "Dr." or "Sra."
                    break
            if not specific or end is None:
                continue
            start = m.start()
            for _ in range(3):
                lead = _WORD_BEFORE.search(text, max(0, start - 24), start)
                if not lead or lead.group(1).lower() not in _LEADS:
                    break
                start = lead.start()
            yield start, end
    if "Royal" in text:
        for m in _ROYAL.finditer(text):
            if (m.group("n").lower() not in _ROYAL_NOT
                    and ascii_fold(m.group("n")) not in generic_words()
                    and _PLACE_BEFORE.search(text, max(0, m.start() - 16), m.start())):
                yield m.span()
    if any(h in note.words for h in ("hospital", "clinic", "polyclinic", "infirmary",
                                     "dispensary")):
        for m in _LOWER_HEAD.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, m.start() - 48), m.start())
            if not before:
                continue
            name = before.group("n")
            low = ascii_fold(name).replace("\u2019", "'")
            if (_names_which(name) and low not in lexicons.eponyms()
                    and low not in _NATIONALITIES and not low.endswith("'s")):
                yield before.start("n"), m.end()
