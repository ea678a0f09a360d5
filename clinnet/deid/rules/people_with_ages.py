"""A person introduced with an age: "Dawn Carpenter, 31, G4P3", "44M, Frank Bishop, line
worker", "Poppy Chadwick, 29, British"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import ascii_fold, is_role, name_like

_CAP = r"[^\W\d_a-z][^\W\d_]{0,30}(?:['\u2019-][^\W\d_]{1,30}){0,3}"
# "Dawn Carpenter" or, as ward lists write people, "Carpenter, Dawn"
_NAME = rf"(?P<n>{_CAP}(?:[ ]{_CAP}){{1,2}}|{_CAP},[ ]{_CAP})"
# found from ", 31," (cheap to find); the name before it is checked by _NAME_BEFORE
_AGE_AFTER = re.compile(
    r",[ ](?:aged[ ])?\d{1,3}(?:[ ]?(?:y/?o|yo|yrs?|years?(?:[ ]old)?|[MF])\b|,|[ ]?\()"
)
_NAME_BEFORE = re.compile(rf"(?:^|(?<=[\s(:]))(?:{_NAME})$")
# "44M, Frank Bishop": found from ", " before a capital (a literal the search skips to; a
# pattern that starts on the age's digits is tried at every number of the note), then the
# age and sex before it and the name after it are matched on the spot
_COMMA_CAPITAL = re.compile(r",[ ](?=[^\W\d_a-z])")
_AGE_SEX_BEFORE = re.compile(
    r"\b\d{1,3}[ ]?(?:[MF]|y/?o[ ]?[MF]|yo[ ]?[MF]|-year-old(?:[ ](?:man|woman|male|female|"
    r"boy|girl))?)[ ]?\Z"
)
_NAME_AFTER = re.compile(rf"{_NAME}\b")
_MONTHS_DAYS = words("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""")


@finder("name_with_age", NAME, hints=(", ",))
def people_with_ages(note: Note) -> Iterator[Span]:
    """Two or three capitalised words right before ", 31," or right after "44M, " are the
    name of the person the age belongs to, even when the words are ordinary ones ("Hope
    Young, 71,"). Clinical words, eponyms, months and words in capitals ("HbA1c, 7", "Type
    II, 45") are not: every word must be Titlecase and at least one must look like a name."""
    text = note.text
    found = []
    for m in _AGE_AFTER.finditer(text):
        # a name ends on a letter: most ", 31," follow a number or a unit
        if m.start() and text[m.start() - 1].isalpha():
            before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if before:
                found.append(before)
    for c in _COMMA_CAPITAL.finditer(text):
        if _AGE_SEX_BEFORE.search(text, max(0, c.start() - 30), c.start()):
            name = _NAME_AFTER.match(text, c.end())
            if name:
                found.append(name)
    for m in found:
        start, end = m.span("n")
        words = m.group("n").replace(",", "").split()
        while len(words) > 2 and (is_role(words[0]) or (
                ascii_fold(words[0]) in lexicons.english()
                and ascii_fold(words[0]) not in lexicons.first_names())):
            start += len(words[0]) + 1  # "Patient Choi Hye-rin, 31": the label is not the name
            words = words[1:]
        lows = [ascii_fold(w) for w in words]
        if any(w[1:].isupper() for w in words if len(w) > 1):
            continue
        if any(low in lexicons.medical() or low in lexicons.eponyms() or low in _MONTHS_DAYS
               for low in lows):
            continue
        if not any(name_like(part) for w in words for part in w.split("-")):
            continue
        yield start, end
