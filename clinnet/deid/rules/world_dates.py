"""Dates the numeric and English patterns miss: a day with a month name in another language
("7 \u015eubat 2023", "14 de mayo", "3 avril", "12 marca"), an English day and month without a
year ("released 14 May"), a weekday in another language before a day/month ("Kamis 21/3"),
spelled-out ordinal days ("the twenty-second of January", "November ninth"), "the 5th of
this month", holidays that name a day ("Valentine's Day", "Fourth of July") and "since May"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

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
_ORDINAL_GATE = words(_ORDINAL_WORDS + " twenty thirty")
_EN_MONTH_WORDS = words(_EN_MONTHS)
_DIGIT = re.compile(r"\d")
_OF_THIS_MONTH = re.compile(
    r"(?<![\w/])(?:[12]?\d|3[01])(?:st|nd|rd|th)\sof\s(?:this|next|last|that|the)\s"
    r"(?:month|mo)\b")
_HOLIDAY = re.compile(
    r"(?<![\w])(?:Valentine['\u2019]?s\sDay|Fourth\sof\sJuly|Christmas\s(?:Eve|Day)|"
    r"New\sYear['\u2019]?s\s(?:Day|Eve)|Halloween|St\.?\s?Patrick['\u2019]?s\sDay|"
    r"Boxing\sDay|Bastille\sDay|Guy\sFawkes\s(?:Night|Day))(?![\w])")
_HOLIDAY_WORDS = words("valentine valentines fourth christmas new halloween patrick patricks "
                       "boxing bastille fawkes")
# found from "May" (rare); the word before it is checked on a short window
_MAY = re.compile(r"May\b(?![\s-]\d|\s(?:be|have|not|need|also|help|want|require|benefit)\b)")
_MAY_BEFORE = re.compile(
    r"\b(?:since|until|till|in|by|from|through|before|after|during|of|early|late|mid)[\s-]$")
_DAY_FIRST = re.compile(r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?:\d\d|\d{4}))?(?![\w/])")


def _run(word: str) -> str:
    """The longest ASCII run of a word: what the note's word set holds of it."""
    return max(re.findall(r"[a-z]+", word), key=len, default="")


@cache
def _lists() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str], frozenset[str],
                      frozenset[str]]:
    """The month names by the word of them a note's word set holds, the weekday regex, the
    words that let it run, and the month names that are also English or clinical words
    ("mayo", "mac", "mart")."""
    sections: dict[str, list[str]] = {}
    section = ""
    for line in _read_lines("month_names.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        sections.setdefault(section, []).extend(line.lower().split())
    months: dict[str, set[str]] = {}
    for w in sections["months"]:
        months.setdefault(_run(w), set()).add(w)
    for w in (_EN_MONTHS + " " + _EN_ABBR).split():
        months.setdefault(w, set()).add(w.capitalize())
    days = sorted(set(sections["weekdays"]), key=len, reverse=True)
    weekday = re.compile(
        rf"(?<![\w])(?i:{'|'.join(map(re.escape, days))})"
        r",?\s{1,2}(?=\d)")
    ambiguous = frozenset(sections["months"]) & (english() | medical())
    return ({k: tuple(sorted(v)) for k, v in months.items() if k}, weekday,
            frozenset(_run(w) for w in days) - {""}, ambiguous)


@cache
def _gate() -> frozenset[str]:
    return _month_keys() | _lists()[2] | _ORDINAL_GATE | _HOLIDAY_WORDS | {"month", "may"}


@cache
def _month_keys() -> frozenset[str]:
    return frozenset(_lists()[0])


@lru_cache(maxsize=256)
def _day_month(names: frozenset[str]) -> re.Pattern[str]:
    """A day before one of these month names (lower case: any case; capitalised: English,
    only so), with an optional year."""
    foreign = sorted((n for n in names if n.islower()), key=len, reverse=True)
    english_names = sorted((n for n in names if not n.islower()), key=len, reverse=True)
    alts = []
    if foreign:
        alts.append(rf"(?P<f>(?i:{'|'.join(map(re.escape, foreign))}))")
    if english_names:
        alts.append(rf"(?P<e>{'|'.join(english_names)})")
    return re.compile(
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.|\u00ba)?\s{1,2}(?:de\s|of\s)?"
        rf"(?:{'|'.join(alts)})(?![\w])"
        r"(?:,?\s{1,2}(?:de\s)?(?P<y>(?:19|20)\d\d)(?![\w]))?")


@finder("world_date", DATE)
def world_dates(note: Note) -> Iterator[Span]:
    """A day number with a month name in another language, with or without a year (``data/
    month_names.txt``), or with a capitalised English month ("14 May"); a weekday in those
    languages before a day/month; spelled-out ordinal days with a month; "the 5th of this
    month"; the holidays that name one day (Valentine's Day, Fourth of July, Christmas Eve,
    New Year's Day, Halloween, St Patrick's Day), not "Christmas tree" or "Christmas
    disease"; a month name that is also a word ("mayo", "mac") only with a year or "de";
    "May" after since/until/in/by when capitalised and not a verb ("in May be")."""
    text, low, present = note.text, note.lower, note.words
    if _gate().isdisjoint(present):
        return  # one test for most notes: no month, weekday, ordinal, holiday word
    months, weekday, weekday_gate, ambiguous = _lists()
    has_digit = _DIGIT.search(text) is not None
    # an English month counts capitalised only: a note in capitals ("DEC" is decreased)
    # has none
    names = frozenset(n for w in _month_keys() & present for n in months[w]
                      if n.islower() or n in text) if has_digit else frozenset()
    for m in _day_month(names).finditer(text) if names else ():
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,/:-_"):
            continue
        f = m.groupdict().get("f")
        if f and f.lower() in ambiguous and not (m.group("y") or "de " in m.group()):
            continue  # "2 mayo packets"; "9 Mart 2022", "14 de mayo" are dates
        if 1 <= int(m.group("d")) <= 31:
            yield m.start(), m.end()
    if has_digit and not weekday_gate.isdisjoint(present):
        for m in weekday.finditer(text):
            d = _DAY_FIRST.match(text, m.end())
            if d and 1 <= int(d.group("d")) <= 31 and 1 <= int(d.group("m")) <= 12:
                yield m.start(), d.end()
    if not _ORDINAL_GATE.isdisjoint(present) and not _EN_MONTH_WORDS.isdisjoint(present):
        for m in _SPELLED.finditer(low):
            yield m.span()
    if "month" in present and has_digit:
        for m in _OF_THIS_MONTH.finditer(low):
            yield m.span()
    if not _HOLIDAY_WORDS.isdisjoint(present):
        for m in _HOLIDAY.finditer(text):
            yield m.span()
    if "may" in present and text != text.upper():
        for m in _MAY.finditer(text):
            if _MAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                yield m.span()
