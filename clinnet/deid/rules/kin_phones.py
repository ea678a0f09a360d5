"""A relative's number written right after their name, with no phone word: "Father Jone,
927 3381", "Wife Shanti 992 4518", "neighbour Maria Fatsea brings food daily, 27360 31482".
A family member named and then a number of seven digits or more in groups is how a note
says whom to call; the number is theirs. So is a number of eight digits or more set off by
a comma or brackets right after any name ("She's Karla, 55 3918 4472", "Wife Siti Aisyah
(8123 4590)")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import PHONE
from ..lexicons import english
from ..names import RELATIONS
from . import Note, Span, finder
from ._words import clinical_terms, occurrences
from .national_ids import all_labels

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


# a capitalised word (the last of a name), then ", " or " (", then eight to twelve digits
# in two to four groups, the first of them perhaps in brackets ("(71) 98812-3047")
# (found from the digits, the word before them read back: a pattern opening on a capital is
# tried at every capital of the note)
_GROUPED_DIGITS = re.compile(r"(?:\(\d{2,5}\)|\d{2,5})(?:[\s\-]\d{2,8}){1,3}(?![\w/:-]|[.,]\d)")
_NAME_BEFORE = re.compile(r"(?<![\w'-])(?P<word>[A-Z][^\W\d_]+)(?:, | \()$")


@finder("name_phone", PHONE)
def name_phones(note: Note) -> Iterator[Span]:
    """Eight to twelve digits in groups set off by a comma or a bracket right after a
    capitalised word that is no label ("sobrino Vicente Bermejo, 628 441 902", "Wife Siti
    Aisyah (8123 4590)"): the person's number. Left alone: a labelled number ("Medicare,
    4281 53906 2", which the label rules read), dates, measurements, and a word of English
    or a clinical word before the number ("Sodium, 135 140 138 mmol"), years ("(1953-1987)")."""
    text = note.text
    for m in _GROUPED_DIGITS.finditer(text):
        s = m.start()
        if text[s - 2:s] not in (", ", " ("):
            continue
        before = _NAME_BEFORE.search(text, max(0, s - 40), s)
        if before is None:
            continue
        word = before.group("word").lower()
        if word in all_labels() or word in english() or word in clinical_terms():
            continue
        num = m.group()
        digits = sum(c.isdigit() for c in num)
        if 8 <= digits <= 12 and not _DATE.fullmatch(num) and not _YEARS.fullmatch(num) \
                and not _UNIT.match(text, m.end()):
            yield m.span()


_YEARS = re.compile(r"(?:19|20)\d\d[\s\-](?:19|20)\d\d")  # "Camp Lejeune (1953-1987)"
