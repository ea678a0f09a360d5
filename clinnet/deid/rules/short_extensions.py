"""Short internal numbers people are reached on in a hospital: pagers, bleeps and phone
extensions of three to five digits when a word or two stands between the calling word and
the number ("bleep me on 2261", "page to 4471", "pager for nights: 8812", "ext. for the
ward is 3390"), and an extension glued to its "x" after a person ("Dr. Ibe x5271")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import PHONE
from ..lexicons import words
from . import Note, Span, finder
from ._words import name_like, occurrences

# the calling words (a pager or bleep is a number to reach someone on)
_CALL_WORDS = words("bleep bleeps bleeped pager pagers page paged pgr beeper beep ext extn")
# what may stand between the calling word and the number: pronouns, prepositions, times of
# the day or the week, "number", a colon ("bleep me on", "page to", "pager for nights:")
_FILLER = words("""
me him her them us on at to for via is the my his their our no num number nights night days
day weekends weekend overnight tonight today cover oncall call reg registrar sho ho fy1 fy2
team ward bleep pager please pls asap if any issues was
""")
_WORD_OR_NUMBER = re.compile(r"[:#.,]?\s{0,2}([A-Za-z][A-Za-z0-9]{0,11}|\d{3,5})(?=[\s:#.,)]|$)")
# a number then a unit or an operator is a dose or a count, not a phone
_UNIT_AFTER = re.compile(
    r"\s{0,2}(?:%|mg|mcg|ug|g\b|kg|ml|l\b|units?|u\b|iu|mmol|mls|hrs?|h\b|mins?|x\b|/|-\d|"
    r"\.\d|times|patients|pts|calls|pages|bleeps)", re.IGNORECASE)
_GLUED_X = re.compile(r"x(\d{4,5})(?![\w/%-]|\.\d)")  # what stands before: in Python
_AT = words("at by around till until from")


def _clock(token: str) -> bool:
    """Is this a 24-hour time ("paged at 2130")?"""
    return len(token) == 4 and int(token[:2]) < 24 and int(token[2:]) < 60


_NAME_BEFORE = re.compile(r"(?:(?P<w>[A-Z][a-z]{2,20})|\))\s{1,2}$")


# no hints: the note's word set answers in one test ("ext" is in "next", " x" in most notes)
@finder("short_extension", PHONE)
def short_extensions(note: Note) -> Iterator[Span]:
    """A pager, bleep or extension number of 3-5 digits up to four filler words after its
    calling word ("bleep me on 2261", "page to 4471", "pager for nights: 8812", "extn for
    the ward: 3390"), and "x" glued to a 4-5 digit extension right after a name or a
    bracket ("Dr. Ibe x5271", "(charge nurse) x4410"). Doses and counts after the number
    ("paged 3 times", "bleep 1000 units" has a unit) and multiplications ("x1000") with no
    name before them are left alone; a number glued to the calling word is the pattern
    pass's."""
    text, low = note.text, note.lower
    calls = _CALL_WORDS & note.words
    if calls:
        for word in calls:
            for at in occurrences(low, word):
                end = at + len(word)
                if (at and low[at - 1].isalnum()) or (end < len(low) and low[end].isalpha()):
                    continue
                pos, last = end, ""
                for _ in range(5):
                    m = _WORD_OR_NUMBER.match(text, pos)
                    if not m:
                        break
                    token = m.group(1)
                    if token.isdigit():
                        if pos > end and not _UNIT_AFTER.match(text, m.end()) and \
                                not token.startswith("0") and not (
                                    last in _AT and _clock(token)):
                            yield m.span(1)
                        break
                    last = token.lower()
                    if last not in _FILLER:
                        break
                    pos = m.end()
    if "x" in note.words:  # "x5271" is the word "x" to the word split
        for m in _GLUED_X.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_."):
                continue
            before = _NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
            w = before.group("w") if before else None
            if before and (not w or (name_like(w) and w.lower() not in lexicons.english())):
                yield m.start(), m.end()
