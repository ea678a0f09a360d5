"""Names and places the context model (:mod:`clinnet.deid.context_model`) finds where no
word list or head word did: an employer, a bar or a village named in passing ("works nights
at Fields Corner Liquors", "then went to The Tipsy Armadillo").

The model speaks last and least: its spans count only where no other finder's candidate
holds them (``fallback``), the vetoes (greetings, regions, eponym lists, citations) apply to
them as to any other, and three kinds of span are dropped before that, because alone they
were more often not identifiers than identifiers: a run of words that never make a place
specific ("Heart Failure Clinic", "University Hospital", "Maryland"); one word every list
knows (the model leaves those out itself); and one word a letter away from a clinical word
or eponym, which is that word mistyped ("Trendelenberg", "Klonapin")."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicons
from ..categories import LOCATION, NAME
from ..context_model import load
from ..lexicons import words
from . import Note, Span, finder, per_note
from ._words import clinical_terms, generic_words

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# a misspelling is only told from a name in a word this long
_MISSPELT_MIN = 6

@per_note
def _found(note: Note) -> tuple[tuple[int, int, str], ...]:
    """One pass of the model over the note, read by both rules."""
    text = note.text
    return tuple(span for span in load().find(text) if _kept(text, *span))


def _kept(text: str, start: int, end: int, _cat: str) -> bool:
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text, start, end)]
    generic = generic_words()
    if all(w in generic or w in _JOINING for w in words):
        return False
    if len(words) == 1 and words[0] in lexicons.english() and _beside_a_term(text, start):
        return False  # "Nausea and Hope": a common noun beside a clinical one
    return not (len(words) == 1 and _misspelt_term(words[0]))


# a word and "and"/"or" right before the word judged
_COORDINATED = re.compile(r"([A-Za-z]+)\s(?:and|or|&)\s$")


def _beside_a_term(text: str, start: int) -> bool:
    """Is the word at ``start`` the second of a pair whose first is a clinical or English
    word and no name ("Nausea and Hope"; not "Anna and Hope")?"""
    m = _COORDINATED.search(text, max(0, start - 40), start)
    if m is None:
        return False
    first = m.group(1).lower()
    return (first in lexicons.medical() or first in lexicons.english()) and \
        first not in lexicons.first_names()


_JOINING = words("of the and de da la")


@lru_cache(maxsize=8192)
def _misspelt_term(word: str) -> bool:
    """``word`` is one deletion, insertion, substitution or swap of letters away from a
    clinical word or eponym."""
    if len(word) < _MISSPELT_MIN or not word.isascii():
        return False
    terms = clinical_terms()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for a, b in splits:
        if b and a + b[1:] in terms:
            return True
        if len(b) > 1 and a + b[1] + b[0] + b[2:] in terms:
            return True
        for ch in _LETTERS:
            if (b and a + ch + b[1:] in terms) or a + ch + b in terms:
                return True
    return False


@finder("context_name", NAME, fallback=True)
def context_names(note: Note) -> list[Span]:
    """Proper-noun-like words the context model judges to be a person's name: what stands
    around them ("came in with", "her son") and how they are made, not a list."""
    return [(s, e) for s, e, cat in _found(note) if cat == NAME]


@finder("context_place", LOCATION, fallback=True)
def context_places(note: Note) -> list[Span]:
    """Proper-noun-like words the context model judges to be a place, facility or employer
    ("at", "from", "moved to" before them; "Liquors", "Barbell", "Primary" after them)."""
    text = note.text
    return [_numbered(text, s, e) for s, e, cat in _found(note) if cat == LOCATION]


# the number after a place's "No"/"Nr", which the model takes for a word of the name
# ("Hospital General de Zona No" + ". 89")
_NUMBER_AFTER = re.compile(r"\.?\s?\d{1,4}(?![\w/.,:-]\d|[\w/-])")


def _numbered(text: str, start: int, end: int) -> Span:
    if text.endswith((" No", " Nr"), start, end) and (m := _NUMBER_AFTER.match(text, end)):
        return start, m.end()
    return start, end
