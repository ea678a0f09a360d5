"""Dates written the way people talk: "on the 9th", "Sat the 9th", "17/04" (day first),
"since Labor Day", "mid-January", "last March", a month alone ("MSSA Jul"), "lipiec 2024"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import DATE
from . import Note, Span, finder

_ORD = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
# "on the 9th", "Sat the 9th", "since the 22nd"; not "the 9th rib", "the 5th percentile"
_DAY = re.compile(
    rf"(?:\b(?:on|since|until|till|by|before|after|from|around)\sthe\s|"
    rf"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[A-Z][a-z]+day)\s(?:the\s)?)"
    rf"(?P<d>{_ORD})\b"
    rf"(?!\s(?:of\s)?(?:cycle|day|dose|percentile|centile|rib|finger|toe|floor|time|attempt|"
    rf"grade|century|week|month|year|birthday|line|round|session|trimester|decade|generation|"
    rf"place|visit|admission|fraction|layer|ventricle|intercostal|digit|metatarsal|"
    rf"metacarpal|cranial|nerve|lumbar|cervical|thoracic|sacral|space|edition|ed\b|step|unit|"
    rf"one|bag|set|course|cycle|trial|try|pass|shot|lumen|port|stage|degree))"
)
# day first: 13-31 / 1-12 after a date word ("returned on 17/04", "admitted 19/04"); vent
# settings ("PSV 15/5") and scores ("GCS 13/15" has no month) have none
_DAY_FIRST = re.compile(r"(?<![\w/.:])(?P<d>(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/.%:])")
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:on|since|from|until|till|by|admitted|returned|discharged|seen|born|dated?|dob|"
    r"d\.o\.b\.?|arrived|presented|operated|transferred|died|travelled|traveled|flew|"
    r"landed|left)\s(?:the\s)?$", re.IGNORECASE)
_HOLIDAYS = (
    r"Labor\sDay|Labour\sDay|Memorial\sDay|Independence\sDay|July\s4th|Fourth\sof\sJuly|"
    r"Holy\sWeek|Easter|Good\sFriday|Thanksgiving|Christmas(?:\sEve|\sDay)?|Xmas|"
    r"New\sYear['\u2019]?s(?:\sEve|\sDay)?|Halloween|Valentine['\u2019]?s(?:\sDay)?|"
    r"Ramadan|Eid(?:\sal-\w+)?|Diwali|Passover|Hanukkah|Lunar\sNew\sYear|Chuseok|Tet|"
    r"Mother['\u2019]?s\sDay|Father['\u2019]?s\sDay|Veterans\sDay|St\.?\sPatrick['\u2019]?s\sDay"
)
_AROUND_HOLIDAY = re.compile(
    rf"\b(?:since|before|after|over|at|on|around|during|by|until|till|from|last|this|"
    rf"through)\s(?:the\s)?(?:last\s)?(?P<d>{_HOLIDAYS})\b"
)
_MONTHS = (r"January|February|March|April|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_MONTH_PART = re.compile(
    rf"\b(?:(?P<d>(?:mid|early|late)[-\s](?:{_MONTHS})|(?:last|this|next)\s(?:{_MONTHS}))"
    rf"|(?:since|in|by|until)\s(?P<m>{_MONTHS}))\b(?!\s\d)"
)
# a month abbreviation alone, in a note with lower-case letters ("MSSA Jul, Serratia 10/02")
_MONTH_ALONE = re.compile(r"\b(?P<d>Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(?![.']?\w)")
_FOREIGN_MONTH_YEAR = re.compile(
    r"\b(?P<d>(?:stycze\u0144|luty|marzec|kwiecie\u0144|maj|czerwiec|lipiec|sierpie\u0144|"
    r"wrzesie\u0144|pa\u017adziernik|listopad|grudzie\u0144|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|f\u00e9vrier|"
    r"avril|juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre|gennaio|febbraio|"
    r"aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|m\u00e4rz|juni|"
    r"juli|oktober|dezember)(?:\sde)?\s(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@finder("spoken_date", DATE, hints=("th", "st", "nd", "rd", "/", "day", "week", "easter",
                                   "xmas", "christmas", "ramadan", "eid", "diwali", "passover",
                                   "hanukkah", "tet", "chuseok", "jan", "feb", "mar", "apr",
                                   "jun", "jul", "aug", "sep", "oct", "nov", "dec", "20", "19"))
def spoken_dates(note: Note) -> Iterator[Span]:
    """A day of the month after a time word ("on the 9th", "Sat the 9th"), a day-first date
    whose day cannot be a month ("17/04"), a holiday used as a time ("since Labor Day"), part
    of a month ("mid-January", "last March"), a month abbreviation alone, and a month with a
    year in another language ("lipiec 2024"). Ordinals that count things ("the 9th rib", "on
    the 5th percentile") and scores ("GCS 13/15", "pain 14/10" has no month) are left alone;
    "May" alone is a verb first."""
    text = note.text
    for m in _DAY.finditer(text):
        yield m.span("d")
    for m in _DAY_FIRST.finditer(text):
        if _DATE_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            yield m.span("d")
    for regex in (_AROUND_HOLIDAY, _FOREIGN_MONTH_YEAR):
        for m in regex.finditer(text):
            yield m.span("d")
    for m in _MONTH_PART.finditer(text):
        yield m.span("d") if m.group("d") else m.span("m")
    if text != text.upper():
        for m in _MONTH_ALONE.finditer(text):
            yield m.span("d")
