"""A person introduced with an age: "Dawn Carpenter, 31, G4P3", "44M, Frank Bishop, line
worker", "Poppy Chadwick, 29, British"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import ascii_fold, is_role, name_like, occurrences

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


# "Aganetha, 8 months", "Jakob 4 years and Maria 6 years", "Saoirse (DOB 2/3/24)" (not
# weeks or days: "India, 7 weeks" is a trip, "Hudade, 55 days" a fast),
# "Oisín Ó Murchú, DOB 19/05/2021": a name, then an age with its unit or a date of birth.
# Found from the unit or the "DOB" (rare words; the name before is read on the spot)
# the age or the DOB, found from its digits or its letters (the search skips to them); the
# space or comma before is read there
_AGE_UNIT = re.compile(r"\d{1,2}[ ]?(?:months?|mos?|years?|yrs?|y/o|yo)(?![\w/])")
_UNITS = ("mo", "year", "yr", "y/o", "yo")  # "mo" finds "month" too
_DIGITS_BEFORE = re.compile(r"(?<!\d)\d{1,2} ?$")
_DOB = re.compile(r"(?:[Dd][Oo][Bb]|[Dd]\.[Oo]\.[Bb]\.?|[Bb]orn)\b")
_GIVEN_BEFORE = re.compile(rf"(?:^|(?<=[\s(:\-\u2022*]))(?P<n>{_CAP}(?:[ ]{_CAP}){{0,2}})$")
_DOB_HINTS = ("month", "mo", "year", "yr", "y/o", "yo", "dob", "d.o.b", "born")
# a title before the name is no part of it ("Re: Miss Shanice ...", "Baby Emir")
_TITLES = words("miss mr mrs ms mx dr master baby")


@finder("given_name_with_age", NAME, hints=_DOB_HINTS)
def given_names_with_ages(note: Note) -> Iterator[Span]:
    """One to three capitalised words right before an age with its unit ("Aganetha, 8
    months", "Jakob 4 years") or a date of birth ("Saoirse (DOB 2/3/24)"): how a list of a
    family's children names them. Each word must look like a name (``name_like``: a listed
    name, or a word in no list) and none be a clinical word, an eponym, a month or a day
    ("Asthma 4 years", "March, 6 months", "Crohn's 5 years" are no one); one word opening a
    sentence must be a listed first name unless a date of birth follows ("Smoker 20
    years" is no one)."""
    text, low = note.text, note.lower
    marks = []
    for unit in _UNITS:  # the unit, found with str.find; its digits before
        for at in occurrences(low, unit) if unit in low else ():
            digits = _DIGITS_BEFORE.search(text, max(0, at - 4), at)
            if digits and _AGE_UNIT.match(text, digits.start()):
                marks.append((digits.start(), False))
    for word in ("dob", "d.o.b", "born"):
        for at in occurrences(low, word) if word in low else ():
            if _DOB.match(text, at) and not (at and low[at - 1].isalnum()):
                marks.append((at - 1 if text[at - 1:at] == "(" else at, True))
    for at, dob in marks:
        if text.endswith("aged ", 0, at):
            at -= 5
        end = _name_end(text, at)
        if end is None:
            continue
        before = _GIVEN_BEFORE.search(text, max(0, end - 50), end)
        if before is None:
            continue
        words = before.group("n").split()
        start = before.start("n")
        while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
            start += len(words[0]) + 1
            words = words[1:]
        lows = [ascii_fold(w) for w in words]
        if any(w[1:].isupper() for w in words if len(w) > 1) or any(
                low in lexicons.medical() or low in lexicons.eponyms() or low in _MONTHS_DAYS
                or (low,) in lexicons.world_countries()
                for low in lows):
            continue  # ... and no place: "refugee claimant from Kenya, 31 years"
        # a particle of one letter ("Oisín Ó Murchú") says nothing either way
        parts = [part for w in words for part in w.split("-") if len(part) > 1]
        if not parts or not all(name_like(part) for part in parts):
            continue
        # one word opening a sentence ("Smoker 20 years") must be a listed first name,
        # unless a date of birth follows it
        at = start
        if len(words) == 1 and not dob and \
                _SENTENCE_START.search(text, max(0, at - 3), at) and \
                lows[0] not in lexicons.first_names():
            continue
        yield start, before.end("n")


def _name_end(text: str, at: int) -> int | None:
    """Where a name before the age or DOB at ``at`` ends: right before " " or ", " (", (" or
    " (" before a DOB), after a letter; None if something else stands there."""
    end = at
    if text.endswith("(", 0, end):
        end -= 1
    if not text.endswith(" ", 0, end):
        return None
    end -= 1
    if text.endswith(",", 0, end):
        end -= 1
    return end if end and text[end - 1].isalpha() else None


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s{1,2}|\n\s*)$")
