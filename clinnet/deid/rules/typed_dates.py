"""Dates as people type them in a post: the weekday with its day ("Thursday 22nd", "Tues 3rd",
"Sun the 14th"), a holiday with a short year ("xmas '21", "Thanksgiving '18"), the old letter style
"2nd instant" / "3rd ult." (this month, last month), and a birth year that gives an age
over 89 ("born in 1931": Safe Harbor keeps the year only for ages up to 89)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from ..categories import DATE
from ..lexicons import words
from ..patterns import _HOLIDAY
from . import Note, Span, finder

_ORD = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
# found from the ordinal (rare); the weekday before it is checked on a short window. What may
# not stand before the day is checked by a look-behind after its first digit: a pattern that
# starts with a look-behind is tried at every position of the note
_NOT_BEFORE = r"(?<![\w/.-].)"
_ORDINAL = re.compile(
    rf"(?:[12]{_NOT_BEFORE}\d?|3{_NOT_BEFORE}[01]?|[04-9]{_NOT_BEFORE})(?:st|nd|rd|th)\b")
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\.?,?\s(?:the\s)?$")
_WEEKDAY_WORDS = words("""
mon tue tues wed weds thu thur thurs fri sat sun monday tuesday wednesday thursday friday
saturday sunday
""")
# "the 9th rib", "Fri 2nd dose": an ordinal that counts something is no day
_COUNTED_AFTER = re.compile(
    r"\s(?:of\s(?:the\s)?)?(?:cycle|day|dose|percentile|centile|rib|floor|time|attempt|grade|"
    r"week|shift|line|round|session|visit|admission|fraction|unit|bag|course|stage|degree|"
    r"one|call|night|weekend|on\scall)\b")
# "2nd instant", "the 3rd inst.", "14th ult.", "5th prox."
_LETTER_STYLE = re.compile(
    rf"(?<![\w/.-])(?:the\s)?{_ORD}\s(?:instant|inst\.|ultimo|ult\.|proximo|prox\.)")
_LETTER_WORDS = words("instant inst ultimo ult proximo prox")
# a holiday and a short year: the lower-cased note, the year with its apostrophe
_HOLIDAY_SHORT_YEAR = re.compile(_HOLIDAY + r",?\s{1,2}['\u2019]\d\d(?![\w'\u2019])")
# its year alone, a cheap first test (the holiday alternation starts on most letters)
_SHORT_YEAR = re.compile(r"['\u2019]\d\d(?![\w'\u2019])")
_HOLIDAY_WORDS = words("""
christmas xmas x-mas thanksgiving new easter independence july fourth memorial labor
halloween valentine valentine's veterans hanukkah yom ramadan diwali mlk presidents mother
mother's father father's juneteenth good chuseok seollal lunar chinese tet eid passover rosh
holi onam pongal durga songkran boxing st canada bastille cinco carnival carnaval hari vesak
obon nowruz kwanzaa midsummer baisakhi vaisakhi dashain tihar losar meskel timkat
enkutatash navratri
""")
# "born in 1922", "Born 1929", "born (1931)": the year of a birth
_BORN_YEAR = re.compile(
    r"\bborn,?\s(?:in\s|around\s|circa\s|c\.\s?|\()?((?:18|19)\d\d)(?![\d/.-])")


@finder("typed_date", DATE, hints=("th", "st", "nd", "rd", "'", "\u2019", "born"))
def typed_dates(note: Note) -> Iterator[Span]:
    """A weekday with a day of the month ("moved to Thursday 22nd", "seen Tues 3rd", "Sun
    the 14th"), the weekday included; a holiday with an apostrophe year ("since xmas '21");
    "2nd instant" / "14th ult."; and the year after "born" when it makes the person 90 or
    older this year ("born in 1931"), up to the oldest living age. Ordinals that count
    ("Fri 2nd dose", "Sat 3rd shift"),
    weekdays alone and birth years of people under 90 ("born in 1950") or of
    ancestors ("born in 1880") are left alone."""
    low, present = note.lower, note.word_starts
    if _WEEKDAY_WORDS & present and present & {"st", "nd", "rd", "th"}:
        for m in _ORDINAL.finditer(low):
            before = _WEEKDAY_BEFORE.search(low, max(0, m.start() - 16), m.start())
            if before and not _COUNTED_AFTER.match(low, m.end()):
                yield before.start(), m.end()
    if _LETTER_WORDS & present:
        for m in _LETTER_STYLE.finditer(low):
            yield m.start(), m.end()
    if _HOLIDAY_WORDS & present and _SHORT_YEAR.search(low):
        for m in _HOLIDAY_SHORT_YEAR.finditer(low):
            yield m.start(), m.end()
    if "born" in present:
        this_year = datetime.datetime.now(datetime.UTC).year
        for m in _BORN_YEAR.finditer(low):
            if 90 <= this_year - int(m.group(1)) <= 115:  # older is an ancestor or history
                yield m.span(1)
