"""A relative's number written right after their name, with no phone word: "Father Jone,
927 3381", "Wife Shanti 992 4518", "neighbour Maria Fatsea brings food daily, 27360 31482".
A family member named and then a number of seven digits or more in groups is how a note
says whom to call; the number is theirs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import PHONE
from ..names import RELATIONS
from . import Note, Span, finder
from ._words import occurrences

# a relation word, one to three capitalised words (a few more words may stand between
# the name and the number: "brings food daily"), a comma or not, then seven to thirteen
# digits in two to four groups
# after the relation word: one to three capitalised words (a few more words may stand
# between the name and the number: "brings food daily"), a comma or not, then seven to
# thirteen digits in two to four groups; matched at each relation word the note holds
_AFTER_RELATION = re.compile(
    r"(?:'s)?\s[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){0,2}"
    r"(?:\s[a-z]+){0,3}?,?\s(?P<num>(?:\(\d{2,5}\)|\d{2,5})(?:[\s\-]\d{2,5}){1,3})(?![\w/:-]|[.,]\d)")


@finder("kin_phone", PHONE)
def kin_phones(note: Note) -> Iterator[Span]:
    """Seven to thirteen digits in groups right after a relative's name ("Wife Shanti 992
    4518"). Left alone: a number of fewer digits, a date or a time ("Son Ali 12 03 2024" is
    no phone: groups of a date read as day, month and year), and a number with a unit after
    it ("Daughter Amy 120 80 mmHg")."""
    present = RELATIONS & note.words
    if not present:
        return
    text, low = note.text, note.lower
    for word in present:
        for at in occurrences(low, word):
            end = at + len(word)
            if (at and low[at - 1].isalnum()) or (end < len(low) and low[end].isalnum()):
                continue  # inside a longer word
            m = _AFTER_RELATION.match(text, end)
            if m is not None:
                yield from _number(text, m)


def _number(text: str, m: re.Match[str]) -> Iterator[Span]:
    """The number of a match, unless it is a date, a short count or a measurement."""
    num = m.group("num")
    digits = sum(c.isdigit() for c in num)
    if 7 <= digits <= 13 and not _DATE.fullmatch(num) and not _UNIT.match(text, m.end()):
        yield m.span("num")


_DATE = re.compile(
    r"\d{1,2}[\s\-]\d{1,2}[\s\-](?:19|20)\d\d|(?:19|20)\d\d[\s\-]\d{1,2}[\s\-]\d{1,2}")
_UNIT = re.compile(r"\s?(?:mm|mg|ml|kg|cm|%|/|units|x\b)", re.IGNORECASE)
