"""Businesses and employers named by their head word: "Kearney Auto Salvage", "Blue Ridge
Savings Bank", "Ocean Breeze Inn", "Heartland Co-op", "Rimba Jaya Sdn Bhd"; head first in
other languages: "Tortillería Doña Chayo", "Toko Sumber Rejeki", "PT Maju Bersama"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import _read, words
from . import Note, Span, finder
from ._words import ascii_fold, generic_words


@cache
def _heads() -> tuple[tuple[tuple[str, frozenset[str]], ...], frozenset[str]]:
    """Each head word as written in a name (first letter capital) with the note words that
    must be present for it to occur, and the union of those words (the rule's gate)."""
    heads = sorted(set(_read("business_heads.txt")))
    forms = tuple((h[0].upper() + h[1:], frozenset(re.findall(r"[a-z]+", h))) for h in heads)
    return forms, frozenset().union(*(parts for _, parts in forms))


def _head_matches(text: str, words: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """Where a head word stands as a whole word, in text order. A str.find per head the note
    can hold: a regex alternation of every head, tried at every position, cost more than
    the rest of the rule."""
    found = []
    for form, parts in _heads()[0]:
        if not parts <= words:
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not _WORD_CHAR.match(text[at - 1])) and not (
                    end < len(text) and _WORD_OR_DASH.match(text[end])):
                found.append((at, end))
            at = text.find(form, end)
    return sorted(found)


_WORD_CHAR = re.compile(r"\w")
_WORD_OR_DASH = re.compile(r"[\w-]")


# the words of a business name before its head: title case (a note in capitals has none),
# "&" and small joiners
_JOINERS = frozenset(("&", "and", "of", "de", "la", "del"))
_RUN_BEFORE = re.compile(
    r"(?<![\w'\u2019.-])(?:(?:[A-Z\u00c0-\u00de][\w'\u2019.-]{0,30}|&|and|of|de|la|del)\s){1,6}$")
# what puts a name in the place of a place: "works at", "went to", "employer is", "agency:"
_SLOT_BEFORE = re.compile(
    r"(?:\b(?:at|to|from|for|with|in|of|by|is|called|named)(?:\sthe)?|:|\bthe)\s$")
# head first, in the languages physicians paste from
_HEAD_FIRST = re.compile(
    r"\b(?:Tortiller[ií]a|Taquer[ií]a|Panader[ií]a|Carnicer[ií]a|Ferreter[ií]a|Lavander[ií]a|"
    r"Abarrotes|Tienda|Restaurante|Pasteler[ií]a|Toko|Warung|Kedai|Kilang|Ladang)"
    r"(?P<n>(?:\s(?:(?:de|del|la|las|los|el|do|da|dos|das)(?!\w)|[A-Z\u00c0-\u00de][\w'\u2019-]{1,30})){1,4})"
)
_HEAD_FIRST_WORDS = words("""
tortilleria tortiller taqueria taquer panaderia panader carniceria carnicer ferreteria
ferreter lavanderia lavander abarrotes tienda restaurante pasteleria pasteler toko warung
kedai kilang ladang
""")
# Indonesian and Malaysian company forms written before the name ("PT Maju Bersama");
# "PT" is also physical therapy, so only in a place slot and before words no list knows
_PT = re.compile(r"\b(?:PT|CV|UD)\s(?P<n>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20}){0,3})")


def _known(w: str) -> bool:
    low = ascii_fold(w).strip(".'")
    return (low in lexicons.english() or low in lexicons.medical() or low in generic_words()
            or low in lexicons.eponyms())


@finder("business_name", LOCATION)
def businesses(note: Note) -> Iterator[Span]:
    """One to four capitalised words before a business head word ("Salvage", "Inn",
    "Savings Bank", "Co-op", "Textiles", "Sdn Bhd"), the head included. The name must hold
    a word that is neither generic nor clinical ("Nervous Systems", "Health Systems" are
    not businesses), and, when every word of it is an ordinary English word ("Blue Ridge
    Savings Bank"), it must stand where a place goes ("at", "to", "employer is", "the").
    Head-first names of other languages ("Tortillería La Güera") and "PT"/"CV" before
    unknown words in a place slot are businesses too."""
    gate = _heads()[1]
    text = note.text
    generic = generic_words()
    if gate & note.words:
        for head_start, head_end in _head_matches(text, note.words):
            run = _RUN_BEFORE.search(text, max(0, head_start - 160), head_start)
            if run is None:
                continue
            names = run.group().split()[-5:]
            while names and names[0] in _JOINERS:
                names.pop(0)
            start = head_start - len(" ".join(names)) - 1
            caps = [w for w in names if w not in _JOINERS]
            if not caps or caps[-1].endswith("."):
                continue
            if all(ascii_fold(w).strip(".'") in generic for w in caps):
                continue
            if all(_known(w) for w in caps) and not _SLOT_BEFORE.search(
                    text, max(0, start - 16), start):
                continue
            yield start, head_end
    if _HEAD_FIRST_WORDS & note.words:
        for m in _HEAD_FIRST.finditer(text):
            parts = m.group("n").split()
            while parts and not parts[-1][0].isupper():
                parts.pop()
            if parts:
                yield m.start(), text.index(parts[-1], m.start("n")) + len(parts[-1])
    if "pt " in note.lower or "cv " in note.lower or "ud " in note.lower:
        for m in _PT.finditer(text):
            if not _SLOT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            if all(_known(w) or w.lower() in lexicons.not_names() for w in m.group("n").split()):
                continue
            yield m.span()
