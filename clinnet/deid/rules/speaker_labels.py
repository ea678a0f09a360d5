"""Speakers in a pasted chat: "[22:10] dave k: gave D50", "Kasia Nowicka 14:02: last dose?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import NAME
from . import Note, Span, finder
from ._words import NAME_WORD, is_initial, is_role, name_like

_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?"
_STAMP = rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}},?\s)?{_CLOCK}"
_LABEL = rf"{NAME_WORD}\.?(?:[ \t]{{1,2}}{NAME_WORD}\.?){{0,3}}"
# a role in brackets after the name: "Nate Foley (gen surg):", "Holly Street (NP) 09:20:"
_ROLE = r"(?:[ \t]\([^()\n]{1,30}\))?"
_LINE_START = r"^[ \t>*_-]*"
_SPEAKER = re.compile(
    # "[22:10] dave k:", "[08/05/24, 07:15] Funmi HO:", "22:10 - dave k:"
    rf"{_LINE_START}(?:\[{_STAMP}\]|\({_STAMP}\)|{_STAMP}[ \t]*[-\u2013]?)[ \t]*"
    rf"(?P<a>{_LABEL}){_ROLE}[ \t]*:"
    # "Kasia Nowicka 14:02:", "Łukasz W. (14:05):"
    rf"|{_LINE_START}(?P<b>{_LABEL}){_ROLE}[ \t,]+[\[(]?{_STAMP}[\])]?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_WORD = re.compile(NAME_WORD + r"\.?")
_DIGIT = re.compile(r"\d")


@finder("speaker_label", NAME, hints=(":",))
def speaker_labels(note: Note) -> Iterator[Span]:
    """A name that labels a line of a chat, next to the message's time stamp. Roles in the
    label ("HO", "reg", "RN", "PGY2") stay outside the span; a label of roles or ordinary
    words only ("ED reg:", "Charge nurse:", "Pharmacy:") is no name."""
    if not _DIGIT.search(note.text):  # no time stamp without a digit
        return
    for m in _SPEAKER.finditer(note.text):
        group = "a" if m.group("a") else "b"
        words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(m.group(group))]
        base = m.start(group)
        kept = [(s, e, w) for s, e, w in words if not is_role(w)]
        if not kept or not all(is_initial(w) or name_like(w) for _, _, w in kept):
            continue
        if all(is_initial(w) for _, _, w in kept):
            continue  # "A:", "S:" are headings
        yield base + kept[0][0], base + kept[-1][1]
