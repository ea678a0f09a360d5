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
from ..names import ABOUT_A_PERSON
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
# Jewish and Islamic holidays and Nowruz: one day of one year only with the year after them
# ("Yom Kippur 5784", "Eid al-Fitr 1445") or as its eve ("Erev Pesach"); the name alone
# recurs every year ("the Yom Kippur fast") and is left alone
_FEAST = re.compile(
    r"(?<![\w])(?P<erev>Erev\s{1,2})?(?:Rosh\sHa-?[Ss]hanah?|Yom\sKippur|Sukkot|Simchat\sTorah|"
    r"Shemini\sAtzeret|Hanukk?ah|Chanukk?ah|Purim|Pesach|Passover|Shavuot|Tisha\sB['\u2019]?[Aa]v|"
    r"Yom\sHa-?[Aa]tzmaut|Lag\sBa-?[Oo]mer|Tu\sBi-?[Ss]h?vat|"
    r"Eid\s(?:al|ul|el)[\s-](?:Fitr|Adha)|Nowruz|Norouz|Navruz|Nauryz|Mawlid(?:\san-Nabi)?|"
    r"Ashura|Laylat\sal-Qadr)"
    r"(?P<y>,?\s{1,2}(?:5[78]\d\d|1[34]\d\d|20\d\d)(?![\w]))?")
_FEAST_WORDS = words("erev kippur hashanah shanah sukkot torah atzeret hanukah hanukkah chanukah "
                     "chanukkah purim pesach passover shavuot tisha atzmaut omer baomer shvat "
                     "bishvat eid nowruz norouz navruz nauryz mawlid ashura qadr")
# a day/month after the Vietnamese or Indonesian word for the date ("ngày 2/3", "tgl 5-6")
_DATE_WORD_DM = re.compile(
    r"(?<![\w])(?:ngày|ngay|tanggal|tgl\.?)\s{1,2}(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)"
    r"(?:[/.-](?:\d{4}|\d\d))?(?![\w/.-]\d|\w)", re.IGNORECASE)
_HOLIDAY_WORDS = words("valentine valentines fourth christmas new halloween patrick patricks "
                       "boxing bastille fawkes")
# found from "May" (rare); the word before it is checked on a short window
_MAY = re.compile(r"May\b(?![\s-]\d|\s(?:be|have|not|need|also|help|want|require|benefit)\b)")
_MAY_BEFORE = re.compile(
    r"\b(?:since|until|till|in|by|from|through|before|after|during|of|early|late|mid)[\s-]$")
_DAY_FIRST = re.compile(r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?:\d\d|\d{4}))?(?![\w/])")


# a foreign month name then a year or a day: "unor 2024", "Ramadan 1445", "Meskerem 12, 2016
# E.C.", "2080 Falgun 20", "2024. januar 29." (the month regex is built per note)
_CAL_SUFFIX = r"(?:\s{1,2}(?:E\.?\s?C|B\.?\s?S|A\.?\s?H|AH|BS|EC)\.?(?![\w]))?"
# day and month in numbers, European: "29. 3.", "8.3." (after a date word), "3. 5. 2023"
# (found from the dot after the day, rarer than a digit; the day is read in Python)
_EU_DAY_MONTH = re.compile(
    r"\.\s?(?P<m>[01]?\d)\.(?:\s?(?P<y>(?:19|20)\d\d)(?![\d.]))?(?![\d])")
_DAY_BEFORE_DOT = re.compile(r"(?<![\w.,/:-])[0-3]?\d$")
_EU_DATE_WORD = re.compile(
    r"\b(?:on|since|until|till|dated?|born|admitted|seen|vom|"
    r"bis|seit|ab|le|du|dne|od|do|na|til|fra|den|per|due|op|sedan|alkaen|asti|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\s{1,2}$", re.IGNORECASE)
# East Asian dates: "2024年3月8日", era years ("令和6年", "民國22年"), "5月18日", "2月",
# Korean "2024년 3월 5일"; a Japanese era abbreviation with numbers "R6.3.4", "H30.1.12"
_CJK = re.compile(
    r"(?:(?:令和|平成|昭和|大正|明治|民國|民国)\s?(?:\d{1,2}|元)年\s?|\d{4}\s?年\s?)?"
    r"\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?"
    r"|(?:令和|平成|昭和|大正|明治|民國|民国)\s?(?:\d{1,2}|元)年"
    # Korean, as the normaliser leaves it (jamo): year, month, day
    r"|(?:\d{4}\s?\u1102\u1167\u11ab\s?)?\d{1,2}\s?\u110b\u116f\u11af"
    r"(?:\s?\d{1,2}\s?\u110b\u1175\u11af)?")
_KO_MONTH = "\u110b\u116f\u11af"
_ERA_NUMERIC = re.compile(r"\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\w]|\.\d)")
_ERA_BEFORE = re.compile(r"(?<![\w.])[RHST]\d{1,2}$")
# a day said in words after "on the" / "since the" without a month ("on the twenty second")
# (found from "the ", a literal; the word before it is read in Python)
_DAY_SAID = re.compile(rf"the\s(?:{_ORDINAL})(?![\w-])")
_DAY_SAID_BEFORE = re.compile(r"(?<![\w-])(?:on|since|until|till|by|from|before|after)\s$")
# what may follow such a day: the end of a clause or a word that starts one ("on the
# twentieth, she...", "since the third when"); a noun after it makes it a count ("after
# the first dose", "the Fourteenth Amendment")
_SAID_END = re.compile(
    r"\s{0,2}(?:[,.;:!?)\u2014-]|$|(?:comma|period|full\sstop|and|at|when|but|so|for|"
    r"i|he|she|we|they|his|her|the|in|with|to|then|because)\b)")
# a year in words after a spelled-out day and month: "nineteen sixty two", "two thousand and
# four"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_YEAR_WORDS = re.compile(
    rf",?\s(?:nineteen|twenty)\s(?:hundred|oh\s[a-z]+|(?:{'|'.join(_TEENS.split())})|"
    rf"(?:{'|'.join(_TENS.split())})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?![\w-])|,?\stwo\sthousand(?:\s(?:and\s)?[a-z]+)?(?![\w-])")


# a year of the Gregorian, Hijri and Solar Hijri (13xx-14xx) or Hebrew (57xx-58xx) calendars
_YEAR = r"(?:1[3-9]\d\d|20\d\d|5[78]\d\d)"


def _escape(name: str) -> str:
    """A month name as a regex; an underscore in it stands for a space or a hyphen."""
    return re.escape(name).replace("_", r"[\s-]")


def _run(word: str) -> str:
    """The longest ASCII run of a word: what the note's word set holds of it."""
    return max(re.findall(r"[a-z]+", word), key=len, default="")


@cache
def _sections() -> dict[str, list[str]]:
    """The month and weekday names of ``data/month_names.txt`` by section, lower case."""
    sections: dict[str, list[str]] = {}
    section = ""
    for line in _read_lines("month_names.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        sections.setdefault(section, []).extend(line.lower().split())
    return sections


def weekday_names() -> tuple[str, ...]:
    """The weekday names of other languages (``data/month_names.txt``), lower case."""
    return tuple(_sections()["weekdays"])


@cache
def _lists() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str], frozenset[str],
                      frozenset[str]]:
    """The month names by the word of them a note's word set holds, the weekday regex, the
    words that let it run, and the month names that are also English or clinical words
    ("mayo", "mac", "mart")."""
    sections = _sections()
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


@lru_cache(maxsize=256)
def _month_first(names: frozenset[str]) -> re.Pattern[str]:
    """A foreign month name (any case) then a year or a day and year, or a year then the
    month and a day ("2080 Falgun 20", "2024. januar 29.", "março/2024")."""
    alts = "|".join(map(_escape, sorted(names, key=len, reverse=True)))
    return re.compile(
        rf"(?:(?P<y0>{_YEAR})\.?\s{{1,2}})?(?P<m>(?i:{alts}))(?![\w])"
        rf"(?:\s{{1,2}}(?P<d>[0-3]?\d)(?![\d:])\.?(?:,?\s{{1,2}}(?P<y>{_YEAR})(?![\d]))?"
        rf"|(?:,?\s{{1,2}}|/)(?P<y1>{_YEAR})(?![\d]))" + _CAL_SUFFIX)


# the article or preposition a day takes in the language of its month ("le 3 mars", "du 3
# au", "el 5 mayo", "il 4 marzo", "am 2 Mai"): the month word is then no English word
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:le|du|au|el|il|am|vom|den|al)\s$", re.IGNORECASE)


def _more(note: Note, names: frozenset[str], ambiguous: frozenset[str]) -> Iterator[Span]:
    """Dates with a foreign month first or after a year, European numeric day-month, East
    Asian dates, a day in words after "on the", a year in words after a spelled date."""
    text = note.text
    foreign = frozenset(n for n in names if n.islower())
    if foreign:
        for m in _month_first(foreign).finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/:-_"):
                continue
            year = m.group("y0") or m.group("y") or m.group("y1")
            if year is None and (m.group("m").lower() in ambiguous
                                 or not m.group("m")[0].isupper()
                                 or not 1 <= int(m.group("d")) <= 31):
                continue  # "sene 12 units": a month first with a day needs its capital
            yield m.start(), m.end()
    if "." in text:
        for m in _EU_DAY_MONTH.finditer(text):
            d = _DAY_BEFORE_DOT.search(text, max(0, m.start() - 3), m.start())
            if d is None:
                continue
            s = d.start()
            if not (1 <= int(d.group()) <= 31 and 1 <= int(m.group("m")) <= 12):
                continue
            if m.group("y") and " " in m.group():
                yield s, m.end()  # "3. 5. 2023": the spaced form is a date by itself
            elif not m.group("y") and _EU_DATE_WORD.search(text, max(0, s - 14), s):
                yield s, m.end()
    if not text.isascii() and ("月" in text or "年" in text or _KO_MONTH in text):
        for m in _CJK.finditer(text):
            month = re.search(r"(\d{1,2})\s?(?:月|" + _KO_MONTH + ")", m.group())
            if month and not 1 <= int(month.group(1)) <= 12:
                continue
            if m.start() and text[m.start() - 1].isdigit():
                continue
            yield m.span()


@cache
def _gate() -> frozenset[str]:
    return (_month_keys() | _lists()[2] | _ORDINAL_GATE | _HOLIDAY_WORDS | _FEAST_WORDS
            | {"month", "may", "ngay", "tanggal", "tgl"})


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
        alts.append(rf"(?P<f>(?i:{'|'.join(map(_escape, foreign))}))")
    if english_names:
        alts.append(rf"(?P<e>{'|'.join(english_names)})")
    return re.compile(
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.|\u00ba)?\s{1,2}(?:de\s|of\s)?"
        rf"(?:{'|'.join(alts)})(?![\w])"
        rf"(?:,?\s{{1,2}}(?:de\s)?(?P<y>{_YEAR})(?![\w]))?")


@finder("world_date", DATE)
def world_dates(note: Note) -> Iterator[Span]:
    """A day number with a month name in another language, with or without a year (``data/
    month_names.txt``), or with a capitalised English month ("14 May"); a weekday in those
    languages before a day/month; spelled-out ordinal days with a month; "the 5th of this
    month"; the holidays that name one day (Valentine's Day, Fourth of July, Christmas Eve,
    New Year's Day, Halloween, St Patrick's Day), not "Christmas tree" or "Christmas
    disease"; a month name that is also a word ("mayo", "mac") only with a year or "de";
    "May" after since/until/in/by when capitalised and not a verb ("in May be"); a month of
    another language alone after a preposition of time, in a post about a person ("since
    juli", "en enero")."""
    text, low, present = note.text, note.lower, note.word_starts  # "Valentine's" too
    for m in _ERA_NUMERIC.finditer(text) if "." in text else ():
        era = _ERA_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if era and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            yield era.start(), m.end()
    if _gate().isdisjoint(present):
        # one test for most notes: no month, weekday, ordinal, holiday word
        if "." in text or not text.isascii():
            yield from _more(note, frozenset(), frozenset())
        return
    months, weekday, weekday_gate, ambiguous = _lists()
    has_digit = _DIGIT.search(text) is not None
    # an English month counts capitalised only: a note in capitals ("DEC" is decreased)
    # has none
    names = frozenset(n for w in _month_keys() & present for n in months[w]
                      if n.islower() or n in text) if has_digit else frozenset()
    yield from _more(note, names, ambiguous)
    for m in _day_month(names).finditer(text) if names else ():
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,/:-_"):
            continue
        f = m.groupdict().get("f")
        if f and f.lower() in ambiguous and not (
                m.group("y") or "de " in m.group()
                or _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())):
            continue  # "2 mayo packets"; "9 Mart 2022", "14 de mayo", "le 3 mars" are dates
        if 1 <= int(m.group("d")) <= 31:
            yield m.start(), m.end()
    if has_digit and not weekday_gate.isdisjoint(present):
        for m in weekday.finditer(text):
            d = _DAY_FIRST.match(text, m.end())
            if d and 1 <= int(d.group("d")) <= 31 and 1 <= int(d.group("m")) <= 12:
                yield m.start(), d.end()
    if not _ORDINAL_GATE.isdisjoint(present) and not _EN_MONTH_WORDS.isdisjoint(present):
        for m in _SPELLED.finditer(low):
            y = _YEAR_WORDS.match(low, m.end())
            yield m.start(), (y.end() if y else m.end())
    if not _ORDINAL_GATE.isdisjoint(present):
        for m in _DAY_SAID.finditer(low):
            if _SAID_END.match(low, m.end()) and \
                    _DAY_SAID_BEFORE.search(low, max(0, m.start() - 7), m.start()):
                yield m.span()
    if "month" in present and has_digit:
        for m in _OF_THIS_MONTH.finditer(low):
            yield m.span()
    if not _HOLIDAY_WORDS.isdisjoint(present):
        for m in _HOLIDAY.finditer(text):
            yield m.span()
    if not _FEAST_WORDS.isdisjoint(present):
        for m in _FEAST.finditer(text):
            if m.group("erev") or m.group("y"):
                yield m.span()
    if has_digit and not present.isdisjoint(("ngay", "tanggal", "tgl")):
        for m in _DATE_WORD_DM.finditer(text):
            if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
                yield m.span()
    if "may" in present and text != text.upper():
        for m in _MAY.finditer(text):
            if _MAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                yield m.span()
    # (in a post about a person only: "pic en août" in a teaching post is a season)
    alone = frozenset(n for w in _month_keys() & present for n in months[w]
                      if n.islower() and n not in ambiguous and n not in _EN_MONTH_WORDS
                      ) if not ABOUT_A_PERSON.isdisjoint(note.words) else ()
    for m in _month_alone(alone).finditer(text) if alone else ():
        yield m.span("m")


@lru_cache(maxsize=256)
def _month_alone(names: frozenset[str]) -> re.Pattern[str]:
    """A month name of another language alone after a preposition of time in one of the
    writers' languages ("since juli", "en enero", "in marzo", "depuis février")."""
    alts = "|".join(map(_escape, sorted(names, key=len, reverse=True)))
    return re.compile(
        r"(?<![\w])(?i:since|in|from|until|till|en|em|im|desde|depuis|seit|sejak|sedan|siden|"
        r"sinds|vanaf|dal|dalla|da|hasta|bis|fra|od|do|ab|i)\s{1,2}"
        rf"(?P<m>(?i:{alts}))(?![\w])(?!\s{{1,2}}\d)")
