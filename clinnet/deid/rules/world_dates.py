"""Dates the numeric and English patterns miss: a day with a month name in another language
("7 \u015eubat 2023", "14 de mayo", "3 avril", "12 marca"), an English day and month without a
year ("released 14 May"), a weekday in another language before a day/month ("Kamis 21/3"),
spelled-out ordinal days ("the twenty-second of January", "November ninth"), "the 5th of
this month", holidays that name a day ("Valentine's Day", "Fourth of July") and "since May"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..categories import DATE
from ..lexicons import _read_lines, english, medical, words
from . import Note, Span, finder

_EN_MONTHS = ("january february march april may june july august september october november "
              "december")
_EN_ABBR = "jan feb mar apr jun jul aug sep sept oct nov dec"
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth")
_UNITS = "first second third fourth fifth sixth seventh eighth ninth"
_ORDINAL = (r"(?:(?:twenty|thirty)[\s-](?:" + "|".join(_UNITS.split()) + r")|"
            + "|".join(_ORDINAL_WORDS.split()) + ")")
_SPELLED = re.compile(
    rf"(?<![\w-])(?:the\s)?{_ORDINAL}\sof\s(?:{'|'.join(_EN_MONTHS.split())})(?![\w])|"
    rf"(?<![\w-])(?:{'|'.join(_EN_MONTHS.split())})\s(?:the\s)?{_ORDINAL}(?![\w-])")
_OF_THIS_MONTH = re.compile(
    r"(?<![\w/])(?:[12]?\d|3[01])(?:st|nd|rd|th)\sof\s(?:this|next|last|that|the)\s"
    r"(?:month|mo)\b")
_HOLIDAY = re.compile(
    r"(?<![\w])(?:Valentine['\u2019]?s\sDay|Fourth\sof\sJuly|Christmas\s(?:Eve|Day)|"
    r"New\sYear['\u2019]?s\s(?:Day|Eve)|Halloween|St\.?\s?Patrick['\u2019]?s\sDay|"
    r"Boxing\sDay|Bastille\sDay|Guy\sFawkes\s(?:Night|Day))(?![\w])")
_HOLIDAY_WORDS = words("valentine valentines fourth christmas new halloween patrick patricks "
                       "boxing bastille fawkes")
_BARE_MAY = re.compile(
    r"(?<![\w])(?:since|until|till|in|by|from|through|before|after|during|of|early|late|mid)"
    r"[\s-](?P<m>May)\b(?![\s-]\d|\s(?:be|have|not|need|also|help|want|require|benefit)\b)")
_DAY_FIRST = re.compile(r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?:\d\d|\d{4}))?(?![\w/])")


@cache
def _lists() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str],
                      frozenset[str]]:
    """The day-month regex, the weekday regex, the words that let each run, and the month
    names that are also English or clinical words ("mayo", "mac", "mart")."""
    sections: dict[str, list[str]] = {}
    section = ""
    for line in _read_lines("month_names.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        sections.setdefault(section, []).extend(line.lower().split())
    foreign = sorted(set(sections["months"]), key=len, reverse=True)
    en_months = sorted(set(_EN_MONTHS.split()) | set(_EN_ABBR.split()), key=len, reverse=True)
    day_month = re.compile(
        r"(?<![\w.,/:\-])(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.|\u00ba)?\s{1,2}(?:de\s|of\s)?"
        rf"(?:(?P<f>(?i:{'|'.join(map(re.escape, foreign))}))|"
        rf"(?P<e>(?:{'|'.join(w.capitalize() for w in en_months)})))(?![\w])"
        r"(?:,?\s{1,2}(?:de\s)?(?P<y>(?:19|20)\d\d)(?![\w]))?")
    days = sorted(set(sections["weekdays"]), key=len, reverse=True)
    weekday = re.compile(
        rf"(?<![\w])(?i:{'|'.join(map(re.escape, days))})"
        r",?\s{1,2}(?=\d)")

    def gate(ws: list[str]) -> frozenset[str]:
        return frozenset(max(re.findall(r"[a-z]+", w), key=len, default="") for w in ws) - {""}

    ambiguous = frozenset(foreign) & (english() | medical())
    return day_month, weekday, gate(foreign + en_months), gate(sections["weekdays"]), ambiguous


@finder("world_date", DATE)
def world_dates(note: Note) -> Iterator[Span]:
    """A day number with a month name in another language, with or without a year (``data/
    month_names.txt``), or with a capitalised English month ("14 May"); a weekday in those
    languages before a day/month; spelled-out ordinal days with a month; "the 5th of this
    month"; the holidays that name one day (Valentine's Day, Fourth of July, Christmas Eve,
    New Year's Day, Halloween, St Patrick's Day), not "Christmas tree" or "Christmas
    disease"; a month name that is also a word ("mayo", "mac") only with a year or "de";
    "May" after since/until/in/by when capitalised and not a verb ("in May be")."""
    day_month, weekday, month_gate, weekday_gate, ambiguous = _lists()
    text, low, present = note.text, note.lower, note.words
    has_digit = any(c.isdigit() for c in text)
    if has_digit and not month_gate.isdisjoint(present):
        for m in day_month.finditer(text):
            f = m.group("f")
            if f and f.lower() in ambiguous and not (m.group("y") or "de " in m.group()):
                continue  # "2 mayo packets"; "9 Mart 2022", "14 de mayo" are dates
            if 1 <= int(m.group("d")) <= 31:
                yield m.start(), m.end()
    if has_digit and not weekday_gate.isdisjoint(present):
        for m in weekday.finditer(text):
            d = _DAY_FIRST.match(text, m.end())
            if d and 1 <= int(d.group("d")) <= 31 and 1 <= int(d.group("m")) <= 12:
                yield m.start(), d.end()
    if "of" in present or "the" in present or not present.isdisjoint(_EN_MONTHS.split()):
        for m in _SPELLED.finditer(low):
            yield m.span()
    if "month" in present and has_digit:
        for m in _OF_THIS_MONTH.finditer(low):
            yield m.span()
    if not _HOLIDAY_WORDS.isdisjoint(present):
        for m in _HOLIDAY.finditer(text):
            yield m.span()
    if "may" in present and text != text.upper():
        for m in _BARE_MAY.finditer(text):
            yield m.span("m")
