"""Hospitals and care homes named the way other countries name them: a national acronym
before the name ("CHU de Rouen", "RSUD Cengkareng", "RS Mitra Keluarga", "RSUP Dr. Kariadi",
"EHPAD Les Tilleuls"), a head word of another language with its name ("Spitalul Clinic
Județean Mureș", "Centre Hospitalier de Cholet", "Hospital das Clínicas de Porto Alegre"),
and Mexican public units by their number ("UMF 28", "HGZ 2 IMSS")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import generic_words, occurrences
from ._world_words import found, register
from .dates_more import _sections

# acronyms of public hospitals and homes, written in capitals before the name: France and
# the French-speaking world (CHU, CHRU, EHPAD; "CHR" is also a community health
# representative, before a person's name), Indonesia (RS, RSU, RSUD, RSUP,
# RSIA, RSAB, RSJ), Portugal (CHUC-style centres are found by their words)
_ACRONYMS = ("CHU", "CHRU", "EHPAD", "RS", "RSU", "RSUD", "RSUP", "RSIA", "RSAB",
             "RSJ", "RSK", "RSPAD")
# head words of other languages written before the name (accents folded): Romanian, French,
# Portuguese, and "Hospital" when a Portuguese or Spanish joining word follows it ("do" and
# "da" are left out: the English "do" would let it run on nearly every note); each with its
# first and last word
_HEADS = tuple((head, head.split()[0], head.split()[-1]) for head in (
    "spitalul", "spital", "centre hospitalier", "centro hospitalar", "hospital das",
    "hospital dos", "hospital de", "hospital del", "hospital general de", "hopital de",
    "clinica de", "policlinica", "sanatorio de"))
_MX = re.compile(r"(?:UMF|HGZ|HGR|HGP|UMAE|UMAA)\s(?:No\.?\s?)?\d{1,3}(?:\s(?:IMSS|ISSSTE))?"
                 r"(?![\w])")
# the name after the head: capitalised words, roman numerals, a doctor's title, and the
# small words that join them
_JOIN = r"(?:de|del|de\sla|du|des|la|le|les|da|das|do|dos|di|y|e|et|nr\.?|Dr\.?|dr\.?|Prof\.?)"
_CAP_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019-]{0,30}"
# (one line: a name does not go on past a line's end)
_NAME = re.compile(
    rf" (?:(?:{_JOIN}) )?(?P<n>{_CAP_WORD}\.?"
    rf"(?: (?:(?:{_JOIN}) )?{_CAP_WORD}| [IVX]{{1,4}}\b| (?:nr\.?|No\.?) ?\d{{1,3}}\b){{0,6}})")
# kinds of hospital in the languages of the heads: a name made only of these says which kind,
# not which one ("Hospital de Día", "Centre Hospitalier Universitaire")
_KINDS = words("""
dia urgencias urgencia urgences ninos nino crianca criancas infantil materno maternidad
maternite general generale universitario universitaria universitaire universitar regional
regionale especialidades salud sante saude referencia distrito zona clinic clinico clinique
judetean municipal departamental provincial nacional national psiquiatrico psychiatrique
""")
_HEAD_WORDS = frozenset(("spitalul", "spital", "hospitalier", "hospitalar", "das", "dos",
                         "de", "del", "policlinica", "sanatorio", "clinica", "hopital",
                         "chu", "chru", "ehpad", "rs", "rsu", "rsud", "rsup",
                         "rsia", "rsab", "rsj", "rsk", "rspad", "umf", "hgz", "hgr", "hgp",
                         "umae", "umaa",
                         # French elides the article into it: the word set holds "l'ehpad"
                         "l'ehpad", "d'ehpad"))
register(lambda: _HEAD_WORDS)


def _common(word: str) -> bool:
    """An English, clinical or generic word (asked of each lexicon: no union is built)."""
    return word in lexicons.english() or word in generic_words()


def _specific(name: str) -> bool:
    """A word of the name that says which one: not English, clinical or a kind of facility
    ("RS Clear" is a chest finding, "Hospital de Día" a day unit)."""
    return any(w[0].isupper() and not _common(w.lower().strip("."))
               and w.lower().strip(".") not in _KINDS and w.rstrip(".") not in ("Dr", "Prof")
               for w in name.split())


def _cut(text: str, start: int, end: int) -> int:
    """The name's end before a weekday or month that follows it ("RSUD Tebet Senin 19/2")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for k, w in enumerate(words[1:], 1):
        if w.group().lower().strip(".,") in _date_words():
            return start + words[k - 1].end()
    return end


@cache
def _date_words() -> frozenset[str]:
    months, days = _sections()
    return months | frozenset(days) | words(
        "monday tuesday wednesday thursday friday saturday sunday january february march april "
        "may june july august september october november december")


@finder("world_facility", LOCATION)
def facilities_world(note: Note) -> Iterator[Span]:
    """A hospital acronym of France or Indonesia in capitals before a name with a word that
    is no English, clinical or generic one ("CHU Bab El Oued", "RSUD Pasar Minggu"); a head
    word of another language before its name ("Spitalul Județean Arad", "Centre Hospitalier
    de Dax", "Hospital das Clínicas"); a Mexican public unit with its number ("UMF 28").
    Left alone: "RS Clear" (a chest finding), "CHI 3", a head with only generic words
    after it ("Hospital de Día")."""
    hits = found(note)
    if _HEAD_WORDS.isdisjoint(hits):
        return
    text, low = note.text, note.lower
    for acronym in _ACRONYMS:
        if acronym.lower() not in hits and not (
                acronym == "EHPAD" and ("l'ehpad" in hits or "d'ehpad" in hits)):
            continue
        for at in occurrences(text, acronym + " "):
            if at and (text[at - 1].isalnum() or text[at - 1] in "-_"):
                continue
            m = _NAME.match(text, at + len(acronym))
            if m and _specific(m.group("n")):
                yield at, _cut(text, at, m.end())
    for head, first, last in _HEADS:
        if last not in hits or first not in note.words:
            continue
        for at in occurrences(low, head + " "):
            if at and low[at - 1].isalnum():
                continue
            if not text[at].isupper():
                continue  # "el hospital de la zona": a name starts with a capital
            m = _NAME.match(text, at + len(head))
            if m and _specific(m.group("n")):
                yield at, _cut(text, at, m.end())
    if not {"umf", "hgz", "hgr", "hgp", "umae", "umaa"}.isdisjoint(hits):
        for m in _MX.finditer(text):
            yield m.span()
