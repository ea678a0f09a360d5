"""Mixed-case clinical abbreviations are no names or places: QTc, aVL, eGFR, SpO2, CKDu."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION, NAME
from . import Note, Span, veto

# "aVL", "eGFR", "pCO2", "mRNA"; "QTc", "CKDu", "PEth"; "SpO2", "HbA1c": capitals after a
# lower-case letter, or a short lower-case tail on capitals. Names written in camel case
# ("McDonald", "DeShawn", "LaToya") have lower-case letters after each capital and are kept.
_SHAPE = re.compile(
    r"(?:[a-z]{1,2}[A-Z]{2,}[A-Za-z0-9]*|[A-Z]{2,}[a-z]{1,2}\d*|[A-Z][a-z][A-Z](?![a-z])\w*"
    r"|[A-Z][a-z][A-Z][a-z])"  # two element-like halves: "CrCl", "HbSc"
)
# where case changes inside a word: cheap to find, and the whole word is then checked
_TURN = re.compile(r"[a-z][A-Z]|[A-Z][A-Z][a-z]")
_WORD_AROUND = re.compile(r"\w+")


@veto("mixed_case_abbreviation", (NAME, LOCATION))
def mixed_case_abbreviations(note: Note) -> Iterator[Span]:
    """A word shaped like a clinical abbreviation in mixed case ("QTc", "aVL", "CKDu") is
    not a name or a place; a camel-case surname ("McDonald", "LaToya") is."""
    text, end = note.text, 0
    if text == note.lower or text.isupper():
        return  # no case to go by
    for turn in _TURN.finditer(text):
        if turn.start() < end:
            continue
        start = turn.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        word = _WORD_AROUND.match(text, start)
        end = word.end()
        if _SHAPE.fullmatch(word.group()):
            yield start, end
