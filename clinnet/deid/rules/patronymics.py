"""Names joined by a patronymic or family link ("Farid bin Yusof", "Sondang br. Simanjuntak",
"Kipkemoi arap Chepkwony", "Dafydd ap Gruffydd", "Md. Rafiqul Islam"), people named by
their relation on a register ("Tariq Mehmood s/o Bashir Ahmed") and newborns named after a
parent ("Baby of Shirin Sultana", "Baby Girl Lindqvist", "Twin A Rahimi")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..names import RELATIONS, TITLES
from . import Note, Span, finder
from ._words import NAME_WORD, ascii_fold, generic_words, is_role, name_like

_CAP_WORD = r"(?:[A-Z]|[^\W\d_a-z])[^\W\d_]{0,2}(?:[a-z\u00c0-\u024f'\u2019\-]){0,38}"
# links inside one name (the link is part of it) and links between two people (outside)
# one regex a link, each starting on the space and the link's letters (fast to find)
_INSIDE = {
    w.rstrip("."): re.compile(rf" {re.escape(w)}[ \t](?={_CAP_WORD})")
    for w in ("bin", "binti", "bint", "ibn", "ben", "boru", "br.", "arap", "ap", "bte", "bt.")
}
# found from the "/o" (rare); the letter before it is checked in Python
_BETWEEN = re.compile(rf"/[oO][ \t](?={_CAP_WORD})")
_WORD_AFTER = re.compile(rf"[ \t]?({NAME_WORD})")
_WORD_BEFORE = re.compile(rf"({NAME_WORD})[ \t]?$")
_MD = re.compile(rf"\bMd\.?[ \t](?={_CAP_WORD})")
_BABY = re.compile(
    r"\b(?:Baby|BABY)[ \t](?:(?:of|OF)[ \t]|(?:Girl|Boy|GIRL|BOY)[ \t])?"
    r"|\b(?:Twin|TWIN)[ \t][A-D1-4][ \t]"
)
_INSIDE_WORDS = lexicons.words("bin binti bint ibn ben boru br arap ap bte bt")


def _name_word(w: str, next_to_link: bool = False) -> bool:
    """A capitalised word that may be part of a name; right beside a link that belongs to
    names ("Hafiz bin ..."), an English word or a listed name that is also a clinical
    abbreviation ("Ali") will do."""
    bare = w.rstrip(".")
    if len(bare) < 2 or not bare[0].isupper() or bare.isupper() or is_role(bare):
        return False
    low = ascii_fold(bare)
    if low in RELATIONS or low in TITLES or low in lexicons.not_names():
        return False  # "Husband Togar boru Pasaribu"
    if bare[1:].islower() and (low in lexicons.first_names() or low in lexicons.surnames()):
        return True
    if low in generic_words():
        return False
    return name_like(bare) or (next_to_link and bare[1:].islower() and low in lexicons.english())


def _forward(text: str, at: int, limit: int = 3, linked: bool = False) -> int:
    """The end of up to ``limit`` capitalised name words starting at ``at`` (``at`` if none)."""
    end = at
    for i in range(limit):
        m = _WORD_AFTER.match(text, end)
        if m is None or not _name_word(m.group(1), linked and not i):
            break
        end = m.end(1)
    return end


def _backward(text: str, at: int, limit: int = 3, linked: bool = False) -> int:
    """The start of up to ``limit`` capitalised name words ending at ``at``."""
    start = at
    for i in range(limit):
        m = _WORD_BEFORE.search(text, max(0, start - 42), start)
        if m is None or not _name_word(m.group(1), linked and not i):
            break
        if m.start(1) and (text[m.start(1) - 1].isalnum()):
            break
        start = m.start(1)
    return start


@finder("patronymic", NAME)
def patronymics(note: Note) -> Iterator[Span]:
    """Capitalised name words on both sides of a link that belongs to one name ("bin",
    "binti", "ibn", "ben", "boru", "br.", "arap", "ap"): the whole is one name, the link
    inside. On both sides of "s/o", "d/o", "w/o", "c/o" (a register's son of, wife of, care
    of): two people, the link outside. "Md." before a name is part of it. After "Baby of",
    "Baby Girl", "Baby" or "Twin A", a capitalised name word is the newborn's (a parent's)
    name. Left alone: a link between ordinary or lower-case words ("c/o chest pain", "the
    bin", "AP view"), and "Baby" before a weight or an ordinary word."""
    words = note.words
    text = note.text
    inside = [m for w in _INSIDE_WORDS & words for m in _INSIDE[w].finditer(text)]
    between = [
        m for m in (_BETWEEN.finditer(text) if "/o " in note.lower else ())
        if m.start() > 1 and text[m.start() - 1] in "sdwhcSDWHC" and text[m.start() - 2] in " \t"
    ]
    md = _MD.finditer(text) if "Md" in text else ()
    baby = _BABY.finditer(text) if "baby" in words or "twin" in words else ()
    for m in inside:
        left = _backward(text, m.start(), linked=True)
        right = _forward(text, m.end(), linked=True)
        if left < m.start() and right > m.end():
            yield left, right
    for m in between:
        link = m.start() - 2
        left = _backward(text, link)
        right = _forward(text, m.end())
        if left < link and right > m.end():
            yield left, link
            yield m.end(), right
    for m in md:
        right = _forward(text, m.end())
        if right > m.end():
            yield m.start(), right
    for m in baby:
        right = _forward(text, m.end())
        if right > m.end():
            yield m.end(), right
