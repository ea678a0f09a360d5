""""I've", "I'd", "I'm", "I'll" are the writer, never a name (at a sentence start the
capital made them look like one: "I've asked her to ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import NAME
from . import Note, Span, veto

_FIRST_PERSON = re.compile(r"\bI['\u2019](?:ve|d|m|ll|VE|D|M|LL)\b")


@veto("first_person", (NAME,), hints=("i've", "i'd", "i'm", "i'll", "i\u2019"))
def first_person(note: Note) -> Iterator[Span]:
    """The first-person contractions with a capital I. A name with an apostrophe
    ("O'Brien", "D'Souza") is never vetoed: only the single letter I before it counts."""
    for m in _FIRST_PERSON.finditer(note.text):
        yield m.span()
