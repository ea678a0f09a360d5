"""Nicknames: 'Rodelio "Jun-Jun" Manalastas', '(goes by "Bear")', 'known as "Malou"'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import NAME
from ..word_start import WordStart
from . import Note, Span, finder
from ._words import NAME_WORD, name_like

_OPEN, _CLOSE = "[\"\u201c\u2018]", "[\"\u201d\u2019]"
_NICK = r"[^\W\d_][^\"\u201c\u201d\n()]{0,18}?"
# starts on the quote (cheap to find); the first name before it is checked in Python
_QUOTED = re.compile(rf"{_OPEN}(?P<nick>{_NICK}){_CLOSE}[ \t]{{1,2}}(?P<last>{NAME_WORD})")
_FIRST_BEFORE = re.compile(rf"(?P<first>{NAME_WORD})[ \t]{{1,2}}$")
_CALLED = WordStart(
    rf"(?:goes\sby|go\sby|aka|a\.k\.a\.?|known\sas|nicknamed|calls\s(?:him|her|them)self|"
    rf"likes\sto\sbe\scalled|prefers(?:\sto\sbe\scalled)?)[ \t:]{{1,3}}"
    rf"{_OPEN}(?P<nick>{_NICK}){_CLOSE}",
    re.IGNORECASE,
)


def _titled(word: str) -> bool:
    """"Rodelio", "Okonjo-Harris": a capital, then lower case (in capitals, "DO" could be
    any word)."""
    return word[0].isupper() and any(ch.islower() for ch in word[1:])


@finder("nickname", NAME, hints=('"', "\u201c", "\u2018"))
def nicknames(note: Note) -> Iterator[Span]:
    """A quoted nickname between a first and a last name (all three are the name), or after
    "goes by", "aka", "known as". Quoted words between ordinary words ('a "frank" bleed')
    and quoted diagnoses are left alone: both outer words must look like name words."""
    text = note.text
    for m in _QUOTED.finditer(text):
        before = _FIRST_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        first, last = before.group("first"), m.group("last")
        if _titled(first) and _titled(last) and name_like(first) and name_like(last):
            yield before.start("first"), m.end("last")
    for m in _CALLED.finditer(note.text):
        if m.group("nick")[0].isupper() or note.text.islower():
            yield m.start("nick"), m.end("nick")
