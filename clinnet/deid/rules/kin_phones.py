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

# a relation word, one to three capitalised words (a few more words may stand between
# the name and the number: "brings food daily"), a comma or not, then seven to thirteen
# digits in two to four groups
_KIN_NUMBER = re.compile(
    r"(?<![\w'-])(?P<rel>[A-Za-z]+)(?:'s)?\s[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){0,2}"
    r"(?:\s[a-z]+){0,3}?,?\s(?P<num>(?:\(\d{2,5}\)|\d{2,5})(?:[\s\-]\d{2,5}){1,3})(?![\w/:-]|[.,]\d)")


@finder("kin_phone", PHONE)
def kin_phones(note: Note) -> Iterator[Span]:
    """Seven to thirteen digits in groups right after a relative's name ("Wife Shanti 992
    4518"). Left alone: a number of fewer digits, a date or a time ("Son Ali 12 03 2024" is
    no phone: groups of a date read as day, month and year), and a number with a unit after
    it ("Daughter Amy 120 80 mmHg")."""
    if RELATIONS.isdisjoint(note.words):
        return
    text = note.text
    for m in _KIN_NUMBER.finditer(text):
        if m.group("rel").lower() not in RELATIONS:
            continue
        num = m.group("num")
        digits = sum(c.isdigit() for c in num)
        if not 7 <= digits <= 13 or _DATE.fullmatch(num) or _UNIT.match(text, m.end()):
            continue
        yield m.span("num")


_DATE = re.compile(
    r"\d{1,2}[\s\-]\d{1,2}[\s\-](?:19|20)\d\d|(?:19|20)\d\d[\s\-]\d{1,2}[\s\-]\d{1,2}")
_UNIT = re.compile(r"\s?(?:mm|mg|ml|kg|cm|%|/|units|x\b)", re.IGNORECASE)
