"""Facilities named head first: "Children's of Alder Bay", "Convent of the Holy Cross",
"Church of St. Bride", "Co. Westmeath" (an Irish county)."""

from __future__ import annotations

from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from ..word_start import WordStart
from . import Note, Span, finder
from ._words import ascii_fold, generic_words

_HEAD = (r"(?:Children['\u2019]s|Convent|Church|Monastery|Abbey|Shrine|Parish|Cathedral|Basilica|"
         r"Temple|Mosque|Sisters|Brothers|Academy|School|Home|House|Priory|Chapel)")
_NAME = r"[A-Z][\w'\u2019-]{1,40}"
_OF = WordStart(
    rf"{_HEAD}\sof\s(?:the\s)?(?:(?:St\.?|Saint|Our)\s)?(?P<n>{_NAME}(?:\s{_NAME}){{0,3}})"
)
_COUNTY = WordStart(r"Co\.\s[A-Z][a-z]{2,}\b")


_HEAD_WORDS = words("""
children children's convent church monastery abbey shrine parish cathedral basilica temple
mosque sisters brothers academy school home house priory chapel co
""")


@finder("facility_of", LOCATION)
def facilities_of(note: Note) -> Iterator[Span]:
    """A facility word, "of", then a capitalised name. The name must hold a word that is not
    generic or clinical, so "School of Medicine", "House of Lords"-style public bodies and
    "Children's of the region" are left alone. "Co." before a capitalised word is an Irish
    county."""
    if not _HEAD_WORDS & note.words:
        return
    generic = generic_words()
    for m in _OF.finditer(note.text):
        words = [ascii_fold(w) for w in m.group("n").split()]
        if all(w in generic or w in lexicons.english() for w in words) and not any(
                w[0].isupper() for w in m.group("n").split()[1:]):
            continue
        if all(w in generic for w in words):
            continue
        yield m.span()
    for m in _COUNTY.finditer(note.text):
        yield m.span()
