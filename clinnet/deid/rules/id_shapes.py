"""Identifiers known by their shape alone, wherever they stand: a UK number plate ("KN14
XWT"), a blood unit's donation number ("W0418 25 117736"), a Hong Kong identity card
("K482615(3)"), a Zimbabwean national ID ("63-2148871 F 42"), a pathology accession or
case number ("S24-12345", "QP25-31177"), and codes of three or more segments that mix
letters and digits ("KSN-ART-0771", "OH-KN-24-031", "24-APS-003917", "PAD/CKD/0742"):
registers, clinics and courts number people so, and no clinical term is written so.
And the last four digits a note keeps of a number ("SSN (last 4): 6681", "card ending
4471", "Aadhaar: XXXX XXXX 7316"): a part of an identifier is still one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import ACCOUNT, OTHER_ID, SSN, VEHICLE
from . import Note, Span, finder

# AA99 AAA (the UK's plates since 2001); a postcode has a digit after its space
_UK_PLATE = re.compile(r"(?<![\w/-])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![\w/-])")
# ISBT 128: a letter, four digits (the facility), two (the year), six (the unit)
_DONATION = re.compile(r"(?<![\w/-])[A-Z]\d{4}\s\d{2}\s\d{6}(?![\w/-])")
# A123456(7), AB123456(7)
_HKID = re.compile(r"(?<![\w/-])[A-Z]{1,2}\d{6,8}\(\d\)")
# 63-2148871 F 42
_ZIMBABWE = re.compile(r"(?<![\w/-])\d{2}-\d{6,7}\s?[A-Z]\s?\d{2}(?![\w/-])")
# S24-12345, QP25-31177: a prefix, a year, a serial
_ACCESSION = re.compile(r"(?<![\w/-])[A-Z]{1,3}\d{2}-\d{4,7}(?![\w/-])")
# three to five segments joined by "-" or "/", letters-only and digits-only, mixed
_SEGMENTED = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{2,5}|\d{2,7})(?:[-/](?:[A-Z]{2,5}|\d{2,7})){2,4}(?![\w/-]|\.\w)")
# "last 4", "last four digits", "ending", "ending in", then four digits; or a masked
# number whose last group is kept ("XXXX XXXX 7316", "***-**-6681")
_LAST_FOUR = re.compile(
    r"(?i:last\s(?:4|four)(?:\sdigits)?|ending(?:\sin)?)\)?\s{0,2}[:#]?\s{0,2}(?P<d>\d{4})(?![\w/-])")
_MASKED = re.compile(r"(?<![\w*])(?:(?:[Xx]{2,5}[\s-]){1,3}|\*{3}-\*{2}-)\d{4}(?![\w/-])")
# two numbers of up to three digits joined by a hyphen, the second larger: a range
_RANGE = re.compile(r"(?<!\d)(\d{1,3})-([1-9]\d{0,2})(?!\d)")
_SSN_WORDS = re.compile(r"(?i:ssn|social\ssecurity|ss#)")
_ACCOUNT_WORDS = re.compile(r"(?i:acct|account|card|bank|credit|debit|visa|checking|savings)")


@finder("plate_shape", VEHICLE)
def plate_shapes(note: Note) -> Iterator[Span]:
    """A UK number plate by its shape: two letters, two digits, three letters (not a
    clinical abbreviation: "TP53 MDS")."""
    if note.in_capitals:
        return  # "ON 2L NC" and the like: in capitals every run of letters is a word
    terms = _terms()
    for m in _UK_PLATE.finditer(note.text):
        if m.group()[-3:].lower() not in terms:  # "TP53 MDS", "MS04 PCA"
            yield m.span()


@finder("id_shape", OTHER_ID)
def id_shapes(note: Note) -> Iterator[Span]:
    """A donation number, an HKID, a Zimbabwean ID, an accession number, or a code of three
    or more segments with both a segment of letters and one of digits, four digits in all,
    no range of values in it, and letters no word list knows or a serial of five digits or
    with a leading zero ("KSN-ART-0771", "24-APS-003917"; not "ICD-10-CM", "L4-L5-S1",
    "100-200/HOUR", "AC/450/14/40", "PAD-28-30", nor a date)."""
    text = note.text
    for rx in (_DONATION, _HKID, _ZIMBABWE, _ACCESSION):
        for m in rx.finditer(text):
            yield m.span()
    terms = _terms()
    for m in _SEGMENTED.finditer(text):
        parts = re.split(r"[-/]", m.group())
        letters = [p for p in parts if p.isalpha()]
        numbers = [p for p in parts if p.isdigit()]
        if not letters or not numbers or sum(map(len, numbers)) < 4 or _ranges(m.group()):
            continue
        # a register's own letters, or a serial ("0771", "003917"): not a unit or a
        # setting ("100-200/HOUR", "AC/450/14/40", "PAD-28-30")
        if any(p.lower() not in terms for p in letters) or any(
                len(p) >= 5 or (p[0] == "0" and len(p) >= 3) for p in numbers):
            yield m.span()


@finder("last_four", OTHER_ID, hints=("last 4", "last four", "ending", "xx", "**"))
def last_fours(note: Note) -> Iterator[Span]:
    """The four digits after "last 4" / "last four" / "ending (in)" and a masked number's
    last group ("XXXX XXXX 7316") - as a social security number or an account where the
    words before say so (:func:`last_four_kinds`)."""
    text = note.text
    for m in _LAST_FOUR.finditer(text):
        yield m.span("d")
    for m in _MASKED.finditer(text):
        yield m.span()


@finder("last_four_ssn", SSN, hints=("ssn", "social", "ss#"))
def last_four_ssns(note: Note) -> Iterator[Span]:
    """The same four digits, named a social security number's by the words before them."""
    yield from _kinds(note, _SSN_WORDS)


@finder("last_four_account", ACCOUNT, hints=("acct", "account", "card", "bank", "credit",
                                               "debit", "visa", "checking", "savings"))
def last_four_accounts(note: Note) -> Iterator[Span]:
    """The same four digits, named an account's or a card's by the words before them."""
    yield from _kinds(note, _ACCOUNT_WORDS)


def _kinds(note: Note, kind: re.Pattern[str]) -> Iterator[Span]:
    text = note.text
    for m in _LAST_FOUR.finditer(text):
        if kind.search(text, max(0, m.start() - 30), m.start()):
            yield m.span("d")


def _ranges(code: str) -> bool:
    return any(int(a) < int(b) for a, b in _RANGE.findall(code))


@cache
def _terms() -> frozenset[str]:
    """Words a code's letters may be without naming a register: English, clinical, units."""
    return lexicons.english() | lexicons.medical() | lexicons.eponyms() | lexicons.not_names()
