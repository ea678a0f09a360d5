"""Fractions that are scores, grades or gestations, not dates: "GAD-7 9/21", "(2+3+2 =
7/9)", "murmur 3/6", "booked at 11/40", and notation quoted to explain it ("'2/52' is 2 weeks")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import DATE
from . import Note, Span, veto

# found from the slash (a literal); the digits around it read in Python
# (what may not stand before it is checked by a look-behind after its first digit: a pattern
# that starts with a look-behind is tried at every position of the note)
_FRACTION = re.compile(r"(?P<n>\d(?<![\w/.].)\d?)/(?P<d>\d\d?)(?![\w/]|\.\d)")
# a scale named with its item count right before ("PHQ-9 19/27", "GAD-7: 12/21", "MoCA 22/30"
# has no count and is no month-day anyway), or a sum ("= 7/9")
_SCALE_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]{1,10}-\d{1,2}:?\s{1,2}|=\s{0,2})$")
_GRADE_BEFORE = re.compile(
    r"\b(?:grade|graded|grading|murmur|systolic|diastolic|ESM|PSM|power|MRC|Levine)"
    r"(?:\s(?:of|is|was|at))?:?\s{1,2}(?:\d/6,\s)*$", re.IGNORECASE)
# a bedside score out of its maximum ("GCS 6/15", "MMSE 24/30", "Apgars 7/9") or the count of
# a course ("day 3/3", "dose 2/3", "cycle 4/6"): the first number is at most the second
_COUNT_BEFORE = re.compile(
    r"\b(?:gcs|e\d\s?v\d\s?m\d|mmse|moca|amts?|nihss|apgars?|q?sofa|news2?|pews|timi|wells|"
    r"epds|curb(?:-?65)?|dose|doses|cycle|cycles|fraction|fractions|session|sessions|"
    r"round|attempt)(?:\s(?:of|was|is|now|score))?:?\s{1,2}$", re.IGNORECASE)
# "day 3/5" of a course: a short one (a longer "day 8/14" may be the 14th of August)
_DAY_COUNT_BEFORE = re.compile(r"\bday:?\s{1,2}$", re.IGNORECASE)
# a murmur's grade before its kind ("2/6 ESM", "3/6 early diastolic murmur")
_MURMUR_AFTER = re.compile(
    r"\s(?:ESM|PSM|EDM|MDM|SM\b|DM\b|(?:early|late|mid|pan|holo)?[\s-]?(?:systolic|diastolic)|"
    r"ejection|murmur|harsh|soft|blowing)", re.IGNORECASE)
# British durations: n/7 days, n/52 weeks, n/12 months after a review or a span word
# ("clinic 6/52", "review in 3/12", "TCI 2/7"); n/52 anywhere but after a birth word
_DURATION_BEFORE = re.compile(
    r"\b(?:in|for|x|over|within|after|review|reviewed|clinic|f/?u|follow[\s-]?up|tci|opd|rv|"
    r"repeat|recheck|bloods|appt|appointment)\s{1,2}$", re.IGNORECASE)
_BIRTH_BEFORE = re.compile(r"\b(?:dob|d\.o\.b\.?|born|b\.)\W{0,3}$", re.IGNORECASE)
_QUOTE_BEFORE = re.compile(r"[\"'\u2018\u201c]$")
_EXPLAINED_AFTER = re.compile(r"[\"'\u2019\u201d]\s(?:is|means|=)\s")


@veto("score_fraction", (DATE,), hints=("/",))
def score_fractions(note: Note) -> Iterator[Span]:
    """A fraction after a scale named with its item count ("PHQ-9 11/27", "GAD-7 9/21") or
    after "=" (a summed grade: "3+2+2 = 7/9"); a murmur or power grade out of 6 after its
    word or before its kind ("grade 2/6", "murmur 3/6, 4/6 with a thrill", "2/6 ESM"); n/40,
    a gestation in weeks (no month has 40 days: "booked at 11/40"); British durations (n/52
    weeks except after a birth word, n/7 days and n/12 months after a review or span word:
    "clinic 6/52", "review in 3/12"); a bedside score out of its maximum and the count of a
    course ("GCS 6/15", "MMSE 24/30", "day 3/3", "cycle 4/6"); and a fraction quoted to
    explain the notation ("'6/12' is six months"). A date after a date word ("seen 2/6"),
    after a test's name ("CT 6/15") and "on 12/21" are left to the date rules."""
    text = note.text
    for m in _FRACTION.finditer(text):
        n, d, s = int(m.group("n")), int(m.group("d")), m.start()
        window = text[max(0, s - 40):s]
        if ((d == 40 and n <= 42) or _SCALE_BEFORE.search(window)
                or (d == 6 and n <= 6 and (_GRADE_BEFORE.search(window)
                                           or _MURMUR_AFTER.match(text, m.end())))
                or (d == 52 and n <= 52 and not _BIRTH_BEFORE.search(window))
                or (d in (7, 12) and n <= d and _DURATION_BEFORE.search(window))
                or (n <= d and _COUNT_BEFORE.search(window))
                or (n <= d <= 10 and _DAY_COUNT_BEFORE.search(window))
                or (_QUOTE_BEFORE.search(window) and _EXPLAINED_AFTER.match(text, m.end()))):
            yield m.span()
