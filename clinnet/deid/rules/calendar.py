"""Dates written the way people talk: "on the 9th", "Sat the 9th", "17/04" (day first),
"since Labor Day", "mid-January", "last March", a month alone ("MSSA Jul"), "lipiec 2024"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import DATE
from ..lexicons import words
from . import Note, Span, finder
from ._words import ORDINAL_SUFFIXES

_ORD = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
# Each pattern starts on something rare (an ordinal, a slash, a holiday or month word, a
# year) and what must stand before it is checked on a short window: a regex that starts on a
# word alternation tries every position of the note.
_ORDINAL = re.compile(rf"(?P<d>{_ORD})\b")  # a word or "/" glued before is checked in Python
_DAY_BEFORE = re.compile(
    r"(?:\b(?:on|since|until|till|by|before|after|from|around)\sthe\s|"
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[A-Z][a-z]+day)\s(?:the\s)?)$"
)
# not "the 9th rib", "on the 5th percentile", "after the 2nd unit"
_COUNTED_AFTER = re.compile(
    r"\s(?:of\s)?(?:cycle|day|dose|percentile|centile|rib|finger|toe|floor|time|attempt|"
    r"grade|century|week|month|year|birthday|line|round|session|trimester|decade|generation|"
    r"place|visit|admission|fraction|layer|ventricle|intercostal|digit|metatarsal|"
    r"metacarpal|cranial|nerve|lumbar|cervical|thoracic|sacral|space|edition|ed\b|step|unit|"
    r"one|bag|set|course|trial|try|pass|shot|lumen|port|stage|degree)"
)
# day first: 13-31 / 1-12 after a date word ("returned on 17/04", "admitted 19/04"); vent
# settings ("PSV 15/5") and scores ("GCS 13/15" has no month) have none
# Found from the slash (a literal: the search skips to it) and its month; the two digits of
# the day and what stands before them are checked in Python
_SLASH_MONTH = re.compile(r"/(?:0?[1-9]|1[0-2])(?![\d/%:]|\.\d)")  # "on 14/3." ends a sentence
_BEFORE_DAY = re.compile(r"[\w/.:]")
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:on|since|from|until|till|by|admitted|returned|discharged|seen|born|dated?|dob|"
    r"d\.o\.b\.?|arrived|presented|operated|transferred|died|travelled|traveled|flew|"
    r"landed|left|dx|diagnosed|biopsy|biopsied|scan|scanned|excised|resected|started|"
    r"commenced|stopped|ceased|delivered|booked|scheduled|listed|reviewed|referred|"
    # a weekday: "admitted Thurs 14/11"
    r"mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\.?,?\s(?:the\s)?$",
    re.IGNORECASE)
# a timeline line that opens on a day and month (either order) and a colon: "- 27/12: did not
# attend", "29/12 - 2/1: on the ward" (found from the slash; the line start is read in Python)
_TIMELINE_DM = re.compile(
    r"/(?P<m>0?[1-9]|[12]\d|3[01])(?:\s?[-\u2013]\s?\d{1,2}/\d{1,2})?(?=\s?:)")
_TIMELINE_HEAD = re.compile(r"[ \t]*(?:[-*>\u2022]\s{0,2})?(?P<d>0?[1-9]|[12]\d|3[01])")
_HOLIDAYS = (
    r"Labor\sDay|Labour\sDay|Memorial\sDay|Independence\sDay|July\s4th|Fourth\sof\sJuly|"
    r"Holy\sWeek|Easter|Good\sFriday|Thanksgiving|Christmas(?:\sEve|\sDay)?|Xmas|"
    r"New\sYear['\u2019]?s(?:\sEve|\sDay)?|Halloween|Valentine['\u2019]?s(?:\sDay)?|"
    r"Ramadan|Eid(?:\sal-\w+)?|Diwali|Passover|Hanukkah|Lunar\sNew\sYear|Chuseok|Tet|"
    r"Mother['\u2019]?s\sDay|Father['\u2019]?s\sDay|Veterans\sDay|St\.?\sPatrick['\u2019]?s\sDay|"
    # public holidays of the UK, Ireland, Canada, Australia and New Zealand (those whose
    # gate word is rare: "Family Day" or "Burns Night" would let the regex run on most notes)
    r"St\.?\sStephen['\u2019]?s\sDay|Boxing\sDay|Anzac\sDay|ANZAC\sDay|Waitangi\sDay|"
    r"Australia\sDay|Canada\sDay|Remembrance\sDay|Armistice\sDay|Bonfire\sNight|Hogmanay|"
    r"Matariki"
)
_HOLIDAY = re.compile(rf"(?P<d>{_HOLIDAYS})\b")
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:since|before|after|over|at|on|around|during|by|until|till|from|last|this|"
    r"through)\s(?:the\s)?(?:last\s)?$")
_MONTHS = (r"January|February|March|April|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_MONTH = re.compile(rf"(?P<m>{_MONTHS})\b(?![.']?\w|\s\d)")
_PART_BEFORE = re.compile(r"\b(?:(?P<p>mid|early|late)[-\s]|(?P<q>last|this|next)\s|"
                          r"(?:since|in|by|until)\s)$")
_YEAR = re.compile(r"(?:19|20)\d\d\b")
_FOREIGN_MONTHS = (
    r"stycze\u0144|luty|marzec|kwiecie\u0144|maj|czerwiec|lipiec|sierpie\u0144|wrzesie\u0144|"
    r"pa\u017adziernik|listopad|grudzie\u0144|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|janvier|f\u00e9vrier|avril|juin|juillet|"
    r"ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre|gennaio|febbraio|aprile|maggio|giugno|"
    r"luglio|settembre|ottobre|dicembre|januar|februar|m\u00e4rz|juni|juli|oktober|dezember"
)
_FOREIGN_MONTH_BEFORE = re.compile(rf"\b(?:{_FOREIGN_MONTHS})\s(?:de\s)?$", re.IGNORECASE)
# the words (as the note's word set holds them: ASCII letters only) that let each part run
_FOREIGN_MONTH_WORDS = words("""
stycze luty marzec kwiecie maj czerwiec lipiec sierpie wrzesie dziernik listopad grudzie
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
diciembre janvier vrier avril juin juillet septembre octobre novembre cembre gennaio
febbraio aprile maggio giugno luglio settembre ottobre dicembre januar februar rz juni juli
oktober dezember
""")
# the words each holiday needs in the note (one of each group): "good" alone, "new" alone or
# "mother" alone is in most notes and would have the holiday pattern, which starts on most
# capitals, tried over the whole note
_HOLIDAY_NEEDS = (
    (words("""labor labour memorial independence veterans boxing anzac waitangi australia
              canada remembrance armistice mother mothers father fathers patrick patricks
              stephen stephens"""), words("day")),
    (words("july"), words("th")),
    (words("fourth"), words("july")),
    (words("holy"), words("week")),
    (words("good"), words("friday")),
    (words("new"), words("year years")),
    (words("bonfire"), words("night")),
    (words("""easter thanksgiving christmas xmas halloween valentine valentines ramadan eid
              diwali passover hanukkah chuseok tet hogmanay matariki"""),),
)

_MONTH_WORDS = words("""
january february march april june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec
""")
_ABBREVIATIONS = words("Jan Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec")


def _day_month(a: str, b: str) -> bool:
    """"a/b" is a day and a month in one order or the other (not "13/15")."""
    x, y = int(a), int(b)
    return (1 <= x <= 31 and 1 <= y <= 12) or (1 <= x <= 12 and 1 <= y <= 31)


def _holiday_possible(present) -> bool:
    return any(all(not group.isdisjoint(present) for group in need) for need in _HOLIDAY_NEEDS)


@finder("spoken_date", DATE)
def spoken_dates(note: Note) -> Iterator[Span]:
    """A day of the month after a time word ("on the 9th", "Sat the 9th"), a day-first date
    whose day cannot be a month ("17/04"), a holiday used as a time ("since Labor Day"), part
    of a month ("mid-January", "last March"), a month abbreviation alone, and a month with a
    year in another language ("lipiec 2024"). Ordinals that count things ("the 9th rib", "on
    the 5th percentile") and scores ("GCS 13/15", "pain 14/10" has no month) are left alone;
    "May" alone is a verb first."""
    text, present = note.text, note.word_starts  # "Valentine's" holds "valentine"
    for m in _ORDINAL.finditer(text) if ORDINAL_SUFFIXES & present else ():
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "/"):
            continue
        before = _DAY_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if before and not _COUNTED_AFTER.match(text, m.end()):
            # "on the 9th": the article goes with the day ("the" is left to the reader
            # otherwise, and a redaction reads "on the [DATE]")
            # ("the 4th of July 2021" is a date of its own, without the article)
            the = text.rfind("the ", before.start(), m.start())
            alone = the >= 0 and the + 4 == m.start() and not text.startswith(" of ", m.end())
            yield (the if alone else m.start()), m.end("d")
    for m in _SLASH_MONTH.finditer(text) if "/" in text else ():
        start = m.start() - 2
        day = text[start:m.start()]
        if start < 0 or not (day.isdigit() and day.isascii() and 13 <= int(day) <= 31):
            continue
        if text.startswith("24/7", start):
            continue  # "on 24/7 oxygen": around the clock
        if start and _BEFORE_DAY.match(text, start - 1):
            continue
        if _DATE_WORD_BEFORE.search(text, max(0, start - 16), start):
            yield start, m.end()
    for m in _TIMELINE_DM.finditer(text) if "/" in text else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = _TIMELINE_HEAD.fullmatch(text, line_start, m.start())
        if head and _day_month(head.group("d"), m.group("m")):
            yield head.start("d"), m.end()
    for m in _HOLIDAY.finditer(text) if _holiday_possible(present) else ():
        if _TIME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            yield m.span("d")
    mixed = text != text.upper()
    for m in _MONTH.finditer(text) if _MONTH_WORDS & present else ():
        before = _PART_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if before and (before.group("p") or before.group("q")):
            yield before.start(), m.end()
        elif before or (mixed and m.group("m") in _ABBREVIATIONS):
            yield m.span("m")
    for m in _YEAR.finditer(text) if _FOREIGN_MONTH_WORDS & present else ():
        before = _FOREIGN_MONTH_BEFORE.search(text, max(0, m.start() - 18), m.start())
        if before:
            yield before.start(), m.end()
