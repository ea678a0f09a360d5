"""Dates the other date rules leave: a weekday in another language before a day and month
("martes 9 de abril", "woensdag 3 juli", "jeudi 14 mars"), a day and an abbreviated month of
another language ("9-abr", "14-dic-2023", "3-okt"), numeric dates with a year of the Thai
Buddhist or the Solar Hijri calendar ("03/11/2565", "1401/07/12"), a Japanese era year before
a month and day ("Heisei 31, April 2"), and a day-first day/month after an event verb or a
date word of another language ("stung 23/6", "tagen 19/4", "am 28/2", "desde el 17/9")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..categories import DATE
from ..lexicons import _read_lines
from . import Note, Span, finder
from ._world_words import found, register

# month abbreviations of Spanish, Portuguese, French, Italian, German, Dutch and the Nordic
# languages (accents folded) that differ from the English ones (those are the English date
# rules' own); "gen" and "set" need the year after them; "out", "mag", "mar" are left out
_ABBR = ("ene abr ago dic fev fevr janv avr juil aout giu lug ott mrt mei okt dez des mai")
_ABBR_NEEDS_YEAR = ("gen set")
_DAY_ABBR = re.compile(
    rf"-(?P<m>(?i:{'|'.join(_ABBR.split() + _ABBR_NEEDS_YEAR.split())}))"
    r"(?P<y>-(?:\d{4}|\d\d))?(?![\w-])")
_ERA_WORDS = frozenset(("reiwa", "heisei", "showa", "taisho", "meiji"))
_ABBR_WORDS = frozenset((_ABBR + " " + _ABBR_NEEDS_YEAR).split())
_DAY_BEFORE_HYPHEN = re.compile(r"(?<![\w/.-])(?P<d>[0-3]?\d)$")
# Thai Buddhist years (2500-2599) after a day/month; Solar Hijri and Hijri (13xx, 14xx)
# years before month/day or after day/month
_DAY_MONTH_BEFORE = re.compile(r"(?<![\w/.-])[0-3]?\d(?P<sep>/)[01]?\d$")
_HIJRI_YEAR_BEFORE = re.compile(r"(?<![\w/.-])1[34]\d\d$")
_ERA = re.compile(
    r"\b(?:Reiwa|Heisei|Showa|Sh\u014dwa|Taisho|Taish\u014d|Meiji)\s(?:\d{1,2}|gannen)"
    r",?\s(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s[0-3]?\d|[0-3]?\d\s(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|[01]?\d[/.][0-3]?\d)\b")
# a day/month after an event verb or a date word of another language; the day is above 12,
# so the pair cannot be a month and day, and above the month, so it is no score out of a
# maximum ("GCS 13/15"); "PEEP 15/5" has no event word before it
_SLASH = re.compile(
    r"/(?:(?P<y>(?:25|1[34])\d\d)(?![\w/.-]\d|\d)"
    r"|(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)(?![\w/.-]\d|\d)"
    r"|(?P<m>0?[1-9]|1[0-2])(?![\w/%:]|\.\d))")
_DAY_THEN_SLASH = re.compile(r"(?<![\w/.:-])(?P<d>1[3-9]|2\d|3[01])$")
_EVENT_BEFORE = re.compile(
    r"(?:\b(?:bitten|stung|found|noted|taken|drawn|collected|started|stopped|fell|injured|"
    r"vaccinated|tested|swabbed|scanned|biopsied|performed|done|sent|received|booked|"
    r"reviewed|check|checked|onset|operated|intubated|extubated|delivered|"
    r"tagna|tagen|tatt|otettu|vom|am|seit|ab|le|du|depuis|el|desde|em|dia|op|sinds|den|"
    r"fra|pe|din|il|dal|od|dnia|dne|tanggal|tgl|pada|sejak)\.?)\s{1,2}$", re.IGNORECASE)


@cache
def _sections() -> tuple[frozenset[str], tuple[str, ...]]:
    """The month names of the European and Indonesian lists and every weekday name."""
    months: set[str] = set()
    days: list[str] = []
    section = ""
    for line in _read_lines("month_names.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if line.startswith("#"):
            continue
        if section == "months":
            months.update(w for w in line.lower().split() if "_" not in w)
        elif section == "weekdays":
            days.extend(line.lower().split())
    return frozenset(months), tuple(sorted(set(days), key=len, reverse=True))


@cache
def _weekday_regex() -> re.Pattern[str]:
    months, days = _sections()
    alts = "|".join(map(re.escape, sorted(months | {
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december"}, key=len, reverse=True)))
    return re.compile(
        rf"(?<![\w])(?P<w>{'|'.join(map(re.escape, days))}),?\s{{1,2}}(?:(?:den|le|el|o)\s)?"
        rf"(?P<d>[0-3]?\d)(?:\.|o|er)?\s{{1,2}}(?:de\s)?(?:{alts})(?![\w])"
        r"(?:,?\s{1,2}(?:de\s)?(?:19|20)\d\d(?![\w]))?", re.IGNORECASE)


@cache
def _weekday_words() -> frozenset[str]:
    return frozenset(re.sub(r"[^a-z]", "", d) for d in _sections()[1]) - {""}


register(lambda: _weekday_words() | _ABBR_WORDS | _ERA_WORDS)


@finder("more_dates", DATE)
def dates_more(note: Note) -> Iterator[Span]:
    """A weekday in another language with the day and month after it, whole ("martes 9 de
    abril 2024"); a day and an abbreviated month of another language joined by a hyphen
    ("9-abr", "14-dic-2023"; "3-mar" only with a year); a numeric date with a Thai Buddhist or
    a Hijri year; a Japanese era year before a month and day; a day-first day/month (day 13
    to 31) after an event verb or another language's date word ("stung 23/6", "am 28/2").
    Left alone: "PEEP 15/5", "GCS 13/15", "pain 14/10", "1-out", "2-set" (no year)."""
    text = note.text
    hits = found(note)
    if not _weekday_words().isdisjoint(hits):
        for m in _weekday_regex().finditer(text):
            if 1 <= int(m.group("d")) <= 31:
                yield m.span()
    if not _ABBR_WORDS.isdisjoint(hits) and "-" in text:
        for m in _DAY_ABBR.finditer(text):
            d = _DAY_BEFORE_HYPHEN.search(text, max(0, m.start() - 3), m.start())
            if d is None or not 1 <= int(d.group("d")) <= 31:
                continue
            if m.group("m").lower() in _ABBR_NEEDS_YEAR.split() and not m.group("y"):
                continue
            yield d.start(), m.end()
    if not _ERA_WORDS.isdisjoint(hits):
        for m in _ERA.finditer(text):
            yield m.span()
    if "/" in text:
        # one pass over the slashes: a Thai or Hijri year after a day/month, a Hijri year
        # before a month/day, and a day/month after an event word
        for m in _SLASH.finditer(text):
            if m.group("y"):
                dm = _DAY_MONTH_BEFORE.search(text, max(0, m.start() - 5), m.start())
                if dm and dm.group("sep") == "/":
                    yield dm.start(), m.end()
            elif m.group("m2"):
                y = _HIJRI_YEAR_BEFORE.search(text, max(0, m.start() - 5), m.start())
                if y:
                    yield y.start(), m.end()
            else:
                d = _DAY_THEN_SLASH.search(text, max(0, m.start() - 3), m.start())
                if d is None or int(d.group("d")) <= int(m.group("m")):
                    continue
                if _EVENT_BEFORE.search(text, max(0, d.start() - 16), d.start()):
                    yield d.start(), m.end()
