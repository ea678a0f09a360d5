"""Bleep, pager and extension numbers: "bleep ortho SHO 4471", "Page RT 4417 for vent issues",
"Bleeps: med reg 2231, SHO 2240, outreach 5555", "callback x4190", "senior Okonjo x5-7741",
"Piepser 7712", "sökare 4412".
A short number is a telephone number when the note says it is one to call (Safe Harbor lists
pagers with phones): the word that says so may stand a few words before it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import PHONE
from ..lexicons import words
from . import Note, Span, finder

# the call word, then up to three short words (a role: "ortho SHO", "med reg") before the
# number; a list of roles and numbers after "Bleeps:" continues the same way
_CALL_WORDS = words(
    "bleep bleeps bleeped page paged pager pg ext extn extension extensions callback "
    # the pager in the languages writers mix in: German, Swedish, French, Spanish
    "piepser funk sökare sokare bip busca buscapersonas")
_CALL_WORD = re.compile(
    r"\b(?:bleeps?|bleeped|bleep\sno\.?|page|paged|pager|pg|ext|extn|extensions?|callback|"
    r"piepser|funk|s[öo]kare|bip|busca|buscapersonas)\b\.?:?\s\(?"
    r"(?P<tail>(?:[A-Za-z][A-Za-z.'/&-]{0,12}\s){0,3})"
    r"(?P<n>\d-\d{4}|\d{3,5})(?![\w/%\u2013\u2014-]|[.,]\d)",
    re.IGNORECASE)
# more of a list: ", SHO 2240, outreach 5555"
_LIST_MORE = re.compile(
    r",\s(?:[A-Za-z][A-Za-z.'/&-]{0,12}\s){0,3}(?P<n>\d{3,5})(?![\w/%]|[.,]\d)")
# "x4190", "x5-7741": an extension glued to its x, after a space (never "2 x 1000"); the
# look-behind after the x, so that the search runs from x to x, not from every character
_X_EXTENSION = re.compile(r"[xX](?<=\s[xX])(?P<n>\d{4,5}|\d-\d{4})(?![\w/%]|[.,]\d)")
# what a short number after a call word can also be: a time, a dose, a page of a document
_NOT_AFTER = re.compile(r"\s?(?:hrs?|h\b|am|pm|mg|mcg|ml|units?|of\s\d|times)", re.IGNORECASE)
_DIGIT_BEFORE = re.compile(r"\d\s?$")


@finder("bleep_number", PHONE, hints=("bleep", "page", "pg", "ext", "callback", "x", "piepser",
                                       "funk", "kare", "bip", "busca"))
def bleeps(note: Note) -> Iterator[Span]:
    """A number of three to five digits (or "5-7741") after "bleep", "page", "pager",
    "ext" or "callback", up to three short words (a role) between ("bleep ortho SHO 4471");
    the next numbers of a list after it (", SHO 2240, outreach 5555"); and an extension
    glued to its "x" after a space ("x4190"). Left alone: a time, a dose or a page of a
    document after the word ("page 12 of 40", "paged at 0300 hrs"), "2 x 1000" (a product)
    and a year ("page 2019")."""
    text = note.text
    # the call words are words of the note (a set lookup) before the regex reads the note
    calls = _CALL_WORD.finditer(text) if not _CALL_WORDS.isdisjoint(note.words) else ()
    for m in calls:
        n = m.group("n")
        if _NOT_AFTER.match(text, m.end()) or (len(n) == 4 and n[:2] in ("19", "20")) or (
                "at" in m.group("tail").lower().split()):
            continue
        yield m.span("n")
        end = m.end()
        while more := _LIST_MORE.match(text, end):
            yield more.span("n")
            end = more.end()
    for m in _X_EXTENSION.finditer(text) if "x" in note.words else ():
        if not _DIGIT_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            yield m.span("n")
