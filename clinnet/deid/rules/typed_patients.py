"""A patient's name typed in lower case after "pt", as phone-typed posts write it: "pt santosh
gaikwad 45m copd", "pt is joy, admitted in dka", "patient mackenzie rowe 23f". Case says
nothing in such a post; the slot does: the words between "pt" and the patient's age and sex,
or between "pt is" and a comma, are the patient's name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..names import STOP
from . import Note, Span, finder
from ._words import ascii_fold, name_like, occurrences

# "pt", "patient", "pt is", "pt name:", then one to three words in lower case
_SLOT = re.compile(
    r"\b(?:pt|patient)(?:(?P<is>\s(?:is|was|name\sis))|\sname:?|:)?\s"
    r"(?P<n>[a-z][a-z'\u2019-]{1,20}(?:\s[a-z][a-z'\u2019-]{1,20}){0,2})")
# the age and sex right after ("45m", "19 f", ", 23F", "52 yo") ...
_AGE_SEX_AFTER = re.compile(r",?\s\d{1,3}\s?(?:[mfMF]|yo|y/o|yrs?|years?)\b(?!\s?ago)")
# ... or a comma or a full stop after "pt is" ("pt is joy, admitted")
_CLAUSE_AFTER = re.compile(r"\s?[,.;]")


@finder("typed_patient", NAME, hints=("pt ", "pt:", "patient "))
def typed_patients(note: Note) -> Iterator[Span]:
    """One to three words in lower case after "pt"/"patient" when the patient's age and sex
    follow them ("pt santosh gaikwad 45m"), or after "pt is" when a comma ends them ("pt is
    joy, admitted"). Each word must be able to be part of a name: a listed first name or
    surname, or a word in no list; English and clinical words, stop words and "pt is
    stable, ..." are left alone, and a name written with its capitals is the other rules'."""
    text, low = note.text, note.lower
    # the slot's word found with str.find, the regex matched there (not tried everywhere)
    starts = sorted(at for word in ("pt", "patient") if word in note.words
                    for at in occurrences(low, word) if not (at and low[at - 1].isalnum()))
    for at in starts:
        m = _SLOT.match(text, at)
        if m is None:
            continue
        words = m.group("n").split()
        # "pt is joy," (the verb read by the pattern: "pt isaac 4m" has none)
        after_is = m.group("is") is not None
        # the name is the longest run of the words that the age or a comma closes
        for k in range(len(words), 0, -1):
            end = m.start("n") + len(" ".join(words[:k]))
            if not (_AGE_SEX_AFTER.match(text, end)
                    or (after_is and _CLAUSE_AFTER.match(text, end))):
                continue
            if all(_could_be_name(w) for w in words[:k]):
                yield m.start("n"), end
            break


def _could_be_name(word: str) -> bool:
    low = ascii_fold(word)
    if low in STOP or low in lexicons.medical():
        return False
    if low in lexicons.english():  # "joy" may be a name, "stable" and "seen" may not
        return low in lexicons.first_names()
    return name_like(word)
