"""A day-first date without its year: "EBUS 29/1: adenocarcinoma", "PET 27/9 nil distant",
"delivered by C/S 22/05", "headache 14/7 22:41". Most of the world writes the day first;
a first number of 13 to 31 cannot be a month, so the pair is a day and a month unless it
is a setting, a score or a UK duration ("14/7" is fourteen days, "18/12" eighteen months)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..categories import DATE
from . import Note, Span, finder
from ._words import WEEKDAYS, occurrences
from .world_dates import weekday_names

# found from the slash; what stands before the first digit is checked in Python
_DAY_MONTH = re.compile(r"(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])(?![\w/%\u00b0\-]|[.,]\d)")
# ventilator and pump settings, pain scores and ratios: "BiPAP 14/5", "PS 15/5", "pain 13/10"
_SETTING_BEFORE = re.compile(
    r"\b(?:bi-?pap|cpap|niv|nippv|ipap|epap|peep|ps|psv|pc|pcv|pip|vent|settings?|bilevel|"
    r"pressures?|pain|score|scale|ratio|vs|pa|pap|cvp)\b[\s\d/.%:,x&=+\-]{0,24}$"
    # a ventilator or line named earlier in the sentence: "pressure support of 15/5",
    # "tolerated 18/5", "tube secured at 21/2"
    r"|\b(?:support|psv|imv|simv|cpap|bipap|peep|vent\w*|wean\w*|tolerated|secured|taped|"
    r"pressures?|settings?)\b[^.;\n]{0,30}$"
    # a comparison, or a range from another pair: "> 15/2", "PA 32/15 to 28/11"
    r"|[<>\u2264\u2265=]\s?$|\bup\sto\s$|\d/\d{1,3}\s?(?:to|-|->|\u2192)\s?$", re.IGNORECASE)
_COUNT_AFTER = re.compile(
    r"\s{0,2}(?:nodes?|lns?|patients|pts|cases|biopsies|cores|samples|hours?|hrs?|h\b|days|"
    r"weeks|months|points|items|rule|care|coverage|access|support|service|shifts?|on\scall)",
    re.IGNORECASE)
# "/7" and "/12" are also days and months of a UK duration ("abx 14/7", "18/12 old"): those
# count as a date only with a time after or a date word before
_TIME_AFTER = re.compile(
    r"\s?(?::(?!\d)|,?\s(?:at\s)?(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d(?![\w/.]))"
    r")")
# a clock time right before ("PPROM approx 0500 22/7")
_TIME_BEFORE = re.compile(r"(?<![\w/.:])(?:[01]\d|2[0-3]):?[0-5]\d\s$")
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:on|since|from|until|till|to|dated?|admitted|seen|born|delivered|died|discharged|"
    r"operated|booked|scheduled|planned|due|next|last|dose|op|vom|am|le|el|del|dal|desde|"
    r"depuis|seit|sejak|od|do)\s{1,2}$", re.IGNORECASE)


@finder("day_month", DATE, hints=("/",))
def day_months(note: Note) -> Iterator[Span]:
    """A day of 13 to 31, a slash and a month ("29/1", "22/05") standing alone: not glued to
    another number or slash ("1/29/1", "3/22/05"), not a setting or score after its word
    ("BiPAP 14/5", "pain 13/10", "> 15/2"), not a count ("16/3 nodes", "24/7 cover"). With
    a month of 7 or 12, which UK notes use for days and months of a duration ("abx for
    14/7", "18/12 history"), only with a clock time or a colon after it ("14/7 22:41",
    "27/12: seen") or a date word before it ("since 31/12")."""
    text = note.text
    for m in _DAY_MONTH.finditer(text):
        s, e = m.span()
        if s and (text[s - 1].isalnum() or text[s - 1] in "/.:-+"):
            continue
        before = text[max(0, s - 40):s]
        if _SETTING_BEFORE.search(before) or _COUNT_AFTER.match(text, e):
            continue
        if int(m.group("m")) in (7, 12) and not (
                _TIME_AFTER.match(text, e) or _DATE_WORD_BEFORE.search(before)
                or _TIME_BEFORE.search(before)):
            continue
        yield s, e


# a day and a month joined by a full stop or a dash ("03.03", "25.09", "14-02"): also a
# decimal, a range or a lab value, so only where something says it is a date
_DOTTED = re.compile(
    r"(?<![\w/.,:+\-])(?P<d>0?[1-9]|[12]\d|3[01])[.\-](?P<m>0[1-9]|1[0-2])(?![\w/%\u00b0]|[.,\-]\d)")


@cache
def _weekday_before() -> re.Pattern[str]:
    """A weekday in English (short or long) or in another language of ``month_names.txt``
    right before a position."""
    names = sorted(set(WEEKDAYS) | _SHORT_WEEKDAYS | set(weekday_names()), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})\.?,?\s$", re.IGNORECASE)


_UNIT_AFTER = re.compile(
    r"\s?(?:mg|mcg|ug|g|kg|mmol|mol|meq|ml|l|dl|%|cm|mm|x|units?|iu|u|bpm|mmhg|kpa|times)\b",
    re.IGNORECASE)


@finder("day_month_dotted", DATE, hints=(".0", ".1", "-0", "-1"))
def day_months_dotted(note: Note) -> Iterator[Span]:
    """A day and a two-digit month joined by a full stop or a dash ("fever since 25.09", "op
    vrijdag 14-02"), where a date word or a weekday (in English or another language) stands
    right before it, or a clock time after it, and no unit or count follows it. Left alone
    everywhere else: "K 3.03", "Hb 10.05", "range 12-10", "to 8-10 mmol/L" are values."""
    text = note.text
    for m in _DOTTED.finditer(text):
        s, e = m.span()
        if _UNIT_AFTER.match(text, e) or _COUNT_AFTER.match(text, e):
            continue  # "correct to 8-10 mmol/L", "on 8-12 mg"
        before = text[max(0, s - 40):s]
        if _DATE_WORD_BEFORE.search(before) or _weekday_before().search(before) or (
                _TIME_AFTER.match(text, e) and not _SETTING_BEFORE.search(before)):
            yield s, e


# a weekday before a day and a month makes the pair a date, whatever its numbers: "Grady
# Saturday 10/5", "seen Tue 3/4" (matched after each weekday the note holds, found with
# str.find: the alternation of them all, tried at every letter, cost 30 ms over the corpus)
_PAIR_AFTER = re.compile(
    r"\.?,?\s(?P<pair>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?![\w/%\u00b0]|[.,]\d)")
# the weekdays, and the short ones written capitalised only ("sat 94/88" is a saturation)
_SHORT_WEEKDAYS = frozenset(("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                             "sun"))


@finder("weekday_date", DATE)
def weekday_dates(note: Note) -> Iterator[Span]:
    """A day and a month right after a weekday ("presented Saturday 10/5", "Tue 3/4 CT"): the
    weekday says the pair is a date (the weekday itself is no identifier and stays out).
    Left alone: a pair that cannot be a day and a month ("Sat 14/15"), and "sat"/"sun" in
    lower case ("sat 94/88" is a saturation)."""
    text, low = note.text, note.lower
    for word in (WEEKDAYS | _SHORT_WEEKDAYS) & note.words:
        for at in occurrences(low, word):
            end = at + len(word)
            if (at and (low[at - 1].isalnum() or low[at - 1] == "/")) or (
                    word in _SHORT_WEEKDAYS and not text[at].isupper()):
                continue
            m = _PAIR_AFTER.match(text, end)
            if m is None:
                continue
            a, b = int(m.group("a")), int(m.group("b"))
            if (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31):
                yield m.span("pair")
