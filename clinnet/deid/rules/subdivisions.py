"""Places named after a word for a local subdivision: "barangay San Isidro Norte", "ấp Bình
Thạnh", "municipio de Riosucio", "vereda La Esperanza", "Kakuma Camp 3", "Possum Trot, AR"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from . import Note, Span, finder
from ._words import ascii_fold, generic_words, keyword_gates, occurrences, present

STOP_WORDS = frozenset(("the", "a", "an", "his", "her", "their", "our", "my", "this", "that",
                        "same", "next", "home", "in", "at", "from", "of"))

_CAP = r"[A-Z\u00c0-\u00de\u0110][\w'\u2019-]{0,30}"
_KEYWORDS = (
    "barangay", "brgy.", "brgy", "purok", "sitio", "municipio de", "municipality of", "vereda",
    "colonia", "aldea", "corregimiento", "\u1ea5p", "x\u00e3", "ph\u01b0\u1eddng",
    "huy\u1ec7n", "th\u00f4n", "taluk", "tehsil", "mandal", "ward", "kebele", "woreda",
    "county of", "parish of", "village of", "town of", "city of", "province of",
    # the same words as the normaliser folds them, and Iberian and Andean districts
    "huyen", "thon", "distrito de", "freguesia de", "concelho de", "municipio",
    # Romanian, Polish and Czech counties, communes and towns ("jud. Cluj", "comuna Sânmihaiu
    # de Câmpie", "gm. Raciechowice", "okres Svitavy"; not "com.", the end of an address)
    "jud.", "judetul", "jude\u021bul", "mun.", "municipiul", "orasul", "ora\u0219ul",
    "satul", "gm.", "gmina", "pow.", "powiat", "okres")
# Words for a neighbourhood, village or district in other languages, written before the
# name and part of it ("bairro Santa Efigênia", "Kelurahan Sukamaju", "Phường 7", "Villa 20"):
# the span starts on the word
_PART_OF_NAME = (
    "bairro", "barrio", "vila", "villa", "favela", "comuna", "comunidad", "quan", "qu\u1eadn",
    "phuong", "xa", "desa", "kelurahan", "kecamatan", "kabupaten", "dusun", "kampung",
    "upazila", "union parishad", "chak", "kebele", "zone", "sector", "mahalle", "poblacion",
    "colonia", "aldea", "vereda", "asentamiento", "caserio", "caser\u00edo", "distrito",
    "localidad", "fraccionamiento")
# written after the name: "Yeşilköy mahallesi", "Dhanpur village", "Gara kebele"
_AFTER_NAME = ("village", "mahallesi", "koyu", "k\u00f6y\u00fc", "kebele", "woreda",
               "upazila", "tehsil", "taluk", "gaon", "dorf", "district", "rayon", "raion",
               # Mongolia's districts and provinces, Azerbaijani and Uzbek districts, Nordic
               # municipalities, a rural or urban municipality, a refugee camp
               "soum", "aimag", "aimak", "rayonu", "tumani", "kommun", "kommune",
               "municipality", "camp")
_AFTER_INCLUDED = frozenset(("mahallesi", "koyu", "k\u00f6y\u00fc", "district", "rayon",
                             "raion"))
# the new head words: those of the place's own language are part of its name, which their
# grammar joins to them ("Delger soum", "Arvidsjaurs kommun", "Sabirabad rayonu"); an English
# head is part of it only when capitalised ("Madi Rural Municipality", not "Dalla camp")
_HEAD_INCLUDED = frozenset(("soum", "aimag", "aimak", "rayonu", "tumani", "kommun", "kommune"))
_HEAD_NEW = _HEAD_INCLUDED | {"municipality", "camp"}
# every keyword must stand at a word start (and, but for "brgy.", end before a space): a note
# whose words lack its leading letters cannot hold it
_KEYWORD_GATES = keyword_gates(_KEYWORDS)
_PART_GATES = keyword_gates(_PART_OF_NAME)
_AFTER_GATES = keyword_gates(_AFTER_NAME)
_NAME_OR_NUMBER = re.compile(
    rf"\s(?P<n>(?:{_CAP}|\d{{1,3}}[A-Z]?\b)(?:\s(?:(?:de|del|da|do|dos|das|os|la|las|los|el)"
    rf"(?!\w)|{_CAP}|\d{{1,3}}[A-Z]?\b|[A-Z]{{1,3}}\b)){{0,3}})")
_NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:\s{_CAP})?)\s$")
# matched right after a keyword the lower-cased note was searched for
# the name's words on one line: a line break ends it ("jud. Vaslui\nRujeolă" is a county and
# the next line's heading)
_NAME_AT = re.compile(rf"\s(?P<n>{_CAP}(?:[ \t](?:de|del|la|las|los|el|{_CAP})){{0,3}})")
_HOME_BEFORE = re.compile(r"\b(?:from|lives?|living|resides?|resident|address|home|moved)\b")
_WARD_NUMBER = re.compile(r" (?:[Nn]o\.?|[Nn]r\.?|#) ?\d{1,3}\b")
_CAMP = re.compile(
    rf"\b(?P<n>{_CAP}(?:\s{_CAP})?\s(?:Camp|Settlement|Zone)\s(?:\d{{1,2}}|[A-Z]))\b")
_STATES = (r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
           r"NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
# "died at home in Possum Trot, AR": found from ", AR" (rare); a preposition before the
# capitalised words makes them a town
_STATE_AFTER = re.compile(rf",\s(?:{_STATES})\b(?![a-z])")
_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|from|near|outside|to|of)\s(?P<n>[A-Z][a-z'\u2019]+(?:\s[A-Z][a-z'\u2019]+){0,2})$"
)


@finder("local_subdivision", LOCATION)
def subdivisions(note: Note) -> Iterator[Span]:
    """The capitalised name after a word for a local subdivision ("barangay", "ward",
    "municipio de"; "the ward was busy" has no capitalised name after it), a numbered camp
    or settlement, and capitalised words before ", <state code>" after a preposition. Names
    that are clinical or generic words ("ward Nursing") are left alone."""
    generic = generic_words()
    text, low = note.text, note.lower
    found = []
    for keyword in present(_KEYWORD_GATES, note.word_starts):
        for at in occurrences(low, keyword):
            end = at + len(keyword)
            # a heading's last word names nothing on the next line ("Hamer woreda\nPatient")
            if not at or not low[at - 1].isalnum():
                if keyword == "ward" and (n := _WARD_NUMBER.match(text, end)):
                    yield at, n.end()  # "Ward No. 4, Dana": a numbered ward of a town
                elif (m := _NAME_AT.match(text, end)) and text[end] != "\n":
                    found.append(m)
    for keyword in present(_PART_GATES, note.word_starts):
        for at in occurrences(low, keyword):
            end = at + len(keyword)
            if (not at or not low[at - 1].isalnum()) and (m := _NAME_OR_NUMBER.match(text, end)):
                name = m.group("n").split()
                capital = text[at].isupper()
                # a name never ends on a small joiner
                while name and name[-1].islower():
                    name.pop()
                # a number or capitals alone ("Zone 7", "Chak 46 SB") name a place only after
                # a capitalised word: "zone 2" of a fracture, "zone I" of the retina are not
                titled = bool(name) and name[0][0].isupper() and not name[0].isupper()
                words = [ascii_fold(w) for w in name if not w[0].isdigit()]
                # "REBOA in Zone 1", "Zone II neck injury": a numbered zone is anatomy unless
                # someone lives there or comes from it
                if keyword == "zone" and not titled and not _HOME_BEFORE.search(
                        low, max(0, at - 24), at):
                    continue
                if name and (capital or titled) and not (words and all(
                        w in generic for w in words)):
                    last = name[-1]
                    yield at, text.index(last, m.start("n")) + len(last)
    for keyword in present(_AFTER_GATES, note.word_starts):
        for at in occurrences(low, keyword):
            end = at + len(keyword)
            if at and low[at - 1] == " " and (end == len(low) or not low[end].isalnum()) \
                    and not (keyword in _AFTER_INCLUDED and text[at].isupper()):
                before = _NAME_BEFORE.search(text, max(0, at - 60), at)
                if before and not all(ascii_fold(w) in generic or ascii_fold(w) in STOP_WORDS
                                      for w in before.group("n").split()):
                    if keyword in _HEAD_NEW:
                        # "From Dalla camp": the words before a head word start after a
                        # stop word, and the first is no English word ("base camp")
                        start = before.start("n")
                        name = before.group("n").split()
                        if ascii_fold(name[0]) in STOP_WORDS:
                            start = text.index(name[1], start) if len(name) > 1 else at
                        first = ascii_fold(text[start:at].split()[0]) if start < at else ""
                        if first and first not in lexicons.english():
                            whole = keyword in _HEAD_INCLUDED or text[at].isupper()
                            yield start, end if whole else before.end("n")
                        continue
                    yield before.start("n"), end if keyword in _AFTER_INCLUDED \
                        else before.end("n")
    if "camp " in low or "settlement " in low or "zone " in low:
        found.extend(_CAMP.finditer(text))
    for m in _STATE_AFTER.finditer(text):
        town = _TOWN_BEFORE.search(text, max(0, m.start() - 50), m.start())
        if town:
            found.append(town)
    for m in found:
        words = [ascii_fold(w) for w in m.group("n").split()]
        if all(w in generic for w in words):
            continue
        yield m.span("n")
