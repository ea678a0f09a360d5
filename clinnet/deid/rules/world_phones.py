"""Phone numbers in the national formats the North American and trunk-0 patterns miss:
Australia/New Zealand "(02) 5550 1234", "09 555 0199"; Japan "06-5550-1234"; France and the
Maghreb "06 12 34 56 78"; Turkey "0543 210 98 76"; a country code with a long last group
("+91 98765-43210", "+33 6 12 34 56 78"); and, only after a phone word, Indian mobiles
"98765 43210", Mexican and Argentine "55 5550 1234", "11 5550-1234"; and a number dictated
in words ("five five five, zero one nine eight")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import PHONE
from ..lexicons import words
from ..patterns import clock_times
from . import Note, Span, finder

# formats that are phone numbers by their shape alone (a trunk 0 and the groups of a country)
_SHAPED = re.compile(
    # (0X) XXXX XXXX / (0X) XXX XXXX: Australia, New Zealand
    r"\(0\d\)\s?\d{3,4}[\s\-]?\d{4}"
    # 0X XXXX XXXX, 0X XXX XXXX: Australian and New Zealand landlines
    r"|0\d[\s\-]\d{3,4}[\s\-]\d{4}"
    # 0X-XXXX-XXXX, 0XX-XXX-XXXX, 0XX-XXXX-XXXX: Japan (dashes)
    r"|0\d{1,3}-\d{3,4}-\d{4}"
    # 0X XX XX XX XX: France, Morocco, Algeria, Tunisia, Belgium
    r"|0\d(?:[\s.]\d\d){4}"
    # 0XXX XXX XX XX, 0 (XXX) XXX XX XX: Turkey
    r"|0\d{3}[\s\-]\d{3}[\s\-]\d\d[\s\-]\d\d|0\s?\(\d{3}\)\s?\d{3}[\s\-]\d\d[\s\-]\d\d"
)
# any other trunk-0 number in two to four groups, ten or eleven digits in all: Ghana "0244 190
# 337", UK "07700 900 181", Pakistan "0300-5550131", Netherlands "0413 00 44 17"
_TRUNK = re.compile(r"0\d{2,4}(?:[\s\-]\d{2,7}){1,3}")
# after a phone word, any number of seven to thirteen digits in groups: "tlf 7845 2211",
# "tel (31) 99418-2037", "Contact (son): 0301-7724419", "t\u00e9l 677 55 01 33"
_GROUPED = re.compile(r"\(?\d{1,5}\)?(?:[\s\-.]\(?\d{1,5}\)?){0,5}")
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:phone|ph|tel|t[e\u00e9]l|tlf|telf|telp|telephone|t[e\u00e9]l[e\u00e9]fono|fax|"
    r"mobile|mob|cell|cel|celular|m[o\u00f3]vil|handy|whatsapp|viber|contact|gsm|landline|"
    r"telefon|telefone|telefonu|contacto|contato|kontakt)\b"
    r"\.?(?:\s\((?:[a-z]+\s?){1,3}\))?\s?(?:no\.?|number|#)?\s?[:#]?\s{0,2}"
    # "reachable on", "me llamó desde el", "le devuelvo el llamado al", "电话"
    r"|\breachable\s(?:on|at)\s|\bll?am(?:[o\u00f3]|ado|ar|e)\s(?:desde\s|al\s|a\s)?(?:el\s)?"
    r"|[\u7535\u96fb]\u8bdd\s?[:\uff1a]?\s?)$",
    re.IGNORECASE)
# a country code and groups, the last ones up to eight digits ("+977 980-5550123")
_INTL = re.compile(r"\+\d{1,3}(?:[\s.\-]?\(\d{1,4}\))?(?:[\s.\-]\d{1,8}){1,6}")
# formats that are phone numbers only after a phone word
# (found from the four or five digits in the middle, after a space or dash: rarer than a
# digit; the group before is read in Python)
_CONTEXT_SHAPES = re.compile(
    r"(?<=\d)[\s\-](?:(?<=[6-9]\d{4}[\s\-])\d{5}"   # India: 98765 43210
    r"|\d{4}[\s\-]\d{4})(?!\d)"                      # Mexico, Argentina: 55 5550 1234
)
_GROUP_BEFORE = re.compile(r"(?<![\d])\d{2,5}$")
_PHONE_WORD_BEFORE = re.compile(
    r"(?:\b(?:phone|ph|tel|t[e\u00e9]l|telephone|t[e\u00e9]l[e\u00e9]fono|mobile|mob|cell|cel|"
    r"celular|m[o\u00f3]vil|handy|whatsapp|viber|contact|number|no|call|calls|called|"
    r"reach|reached|ring|rang|text|on|at|n[u\u00fa]mero|numaras\u0131|numara|gsm|portable|"
    r"landline)\b[.:#]?\s{0,3}(?:is\s|was\s|:\s?|\(|#)?\s{0,2})$",
    re.IGNORECASE)
_PHONE_HINT_WORDS = words("""
phone ph tel telephone telefono mobile mob cell cel celular movil handy whatsapp viber contact
number call calls called reach reached ring rang numero numaras numara gsm portable landline
""")
_NORTH_AMERICAN = re.compile(r"\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}")
_LABEL_WORDS = words("""
phone ph tel tlf telf telp telephone telefono fax mobile mob cell cel celular movil handy
whatsapp viber contact gsm landline telefon telefone telefonu contacto contato kontakt
reachable llamo llamado llamar llame
""") | {"t\u00e9l", "t\u00e9l\u00e9fono", "m\u00f3vil", "llam\u00f3"}
_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_GATE = frozenset(_DIGIT_WORDS) - {"o", "oh", "one"}
_SPOKEN = re.compile(
    r"(?<![\w-])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:(?:,?\s{1,2}|-)(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double\s"
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))){6,14}(?![\w-])")


def _clear_before(text: str, s: int) -> bool:
    return not s or not (text[s - 1].isalnum() or text[s - 1] in "-/.,:+_")


def _clear_after(text: str, e: int) -> bool:
    return e >= len(text) or not (text[e].isalnum() or text[e] in "-/_"
                                  or (text[e] in ".,:" and e + 1 < len(text)
                                      and text[e + 1].isdigit()))


@finder("world_phone", PHONE, hints=("0", "+", "zero", "five", "six", "seven", "eight",
                                     "nine", "three", "four", "two", "tel", "tlf", "t\u00e9l",
                                     "fax", "ph", "mob", "cel", "contact", "whatsapp", "viber",
                                     "gsm", "landline", "handy", "reachable", "llam",
                                     "\u8bdd"))
def world_phones(note: Note) -> Iterator[Span]:
    """Phone numbers by their national shape: "(0X) XXXX XXXX" and "0X XXX XXXX" (Australia,
    New Zealand), "0X-XXXX-XXXX" (Japan), "0X XX XX XX XX" (France, Maghreb), "0XXX XXX XX XX"
    and "0 (XXX) XXX XX XX" (Turkey); any other trunk-0 number of ten or eleven digits in
    groups ("0244 190 337", "07700 900 181"); after a country code, groups up to eight
    digits (8 to 15 digits in all); after a phone word ("mobile", "cel", "whatsapp", "call",
    "on"), Indian "9XXXX XXXXX" and "XX XXXX XXXX", and after a labelling phone word
    ("tel", "tlf", "fax", "contact (son):") any seven to thirteen digits in groups; seven to
    fifteen digits said in words ("eight one two, five five five ...").
    Not a date ("03-12-2024"), a range of values, a number glued to letters or decimals, nor
    a count of things in words shorter than seven digits."""
    text = note.text
    if "0" in text:
        for m in _SHAPED.finditer(text):
            s, e = m.span()
            if _clear_before(text, s) and _clear_after(text, e):
                yield s, e
    if "0" in text:
        for m in _TRUNK.finditer(text):
            s, e = m.span()
            if not _clear_before(text, s):
                continue
            # "0244 190 337 21:25": a clock time after the number is no group of it
            while not _clear_after(text, e) and " " in text[s:e]:
                e = text.rindex(" ", s, e)
            if 10 <= sum(c.isdigit() for c in text[s:e]) <= 11 and _clear_after(text, e) and \
                    not _schedule(text[s:e]):
                yield s, e
    if not _LABEL_WORDS.isdisjoint(note.words) or "\u8bdd" in text:
        for m in _GROUPED.finditer(text):
            s, e = m.span()
            if _NORTH_AMERICAN.fullmatch(m.group()):
                continue  # the phone patterns read it, a fax as a fax
            if 7 <= sum(c.isdigit() for c in m.group()) <= 13 and _clear_before(text, s) \
                    and _clear_after(text, e) and _LABEL_BEFORE.search(text, max(0, s - 30), s):
                yield s, e
    if "+" in text:
        for m in _INTL.finditer(text):
            s, e = m.span()
            digits = sum(c.isdigit() for c in m.group())
            if 8 <= digits <= 15 and _clear_before(text, s) and _clear_after(text, e):
                yield s, e
    if not _PHONE_HINT_WORDS.isdisjoint(note.words):
        for m in _CONTEXT_SHAPES.finditer(text):
            g = _GROUP_BEFORE.search(text, max(0, m.start() - 5), m.start())
            if g is None or (len(g.group()) == 5) != (m.end() - m.start() == 6) or \
                    len(g.group()) == 4:
                continue  # "98765 43210" or "55 5550 1234", "011 5550 1234"
            s, e = g.start(), m.end()
            if _clear_before(text, s) and _clear_after(text, e) and \
                    _PHONE_WORD_BEFORE.search(text, max(0, s - 24), s):
                yield s, e
    if len(_DIGIT_GATE & note.words) >= 3:
        for m in _SPOKEN.finditer(note.lower):
            yield m.span()


def _schedule(number: str) -> bool:
    """"0700 900 1100": rising times of day on the quarter hours (a card number such as
    "0042 118 907" also reads as rising times, but not on the quarter hours)."""
    groups = number.split()
    return len(groups) > 1 and all(g.isdigit() and int(g) % 100 % 15 == 0 for g in groups) and \
        clock_times(groups)
