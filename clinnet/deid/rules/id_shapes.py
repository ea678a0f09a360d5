"""Identifiers known by their shape alone, wherever they stand: a UK number plate ("KN14
XWT"), a blood unit's donation number ("W0418 25 117736"), a Hong Kong identity card
("K482615(3)"), a Zimbabwean national ID ("63-2148871 F 42"), a pathology accession or
case number ("S24-12345", "QP25-31177"), a Nordic person number ("19440618-5521"), a
register's letters and a long serial ("HSB0419922", "NE0500122714"), and codes of three or
more segments that mix letters and digits ("KSN-ART-0771", "OH-KN-24-031", "24-APS-003917",
"PAD/CKD/0742"): registers, clinics and courts number people so, and no clinical term is
written so.
And the last four digits a note keeps of a number ("SSN (last 4): 6681", "card ending
4471", "Aadhaar: XXXX XXXX 7316"): a part of an identifier is still one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import ACCOUNT, OTHER_ID, SSN, VEHICLE
from . import Note, Span, finder, per_note
from ._words import occurrences

# the shapes, each as a pattern without the boundary before it (one is shared: see _SHAPES)
_SHAPE_PATTERNS = (
    # AA99 AAA (the UK's plates since 2001); a postcode has a digit after its space
    ("plate", r"[A-Z]{2}\d{2}\s?[A-Z]{3}(?![\w/-])"),
    # ISBT 128: a letter, four digits (the facility), two (the year), six (the unit)
    ("donation", r"[A-Z]\d{4}\s\d{2}\s\d{6}(?![\w/-])"),
    # A123456(7), AB123456(7)
    ("hkid", r"[A-Z]{1,2}\d{6,8}\(\d\)"),
    # 63-2148871 F 42
    ("zimbabwe", r"\d{2}-\d{6,7}\s?[A-Z]\s?\d{2}(?![\w/-])"),
    # S24-12345, QP25-31177: a prefix, a year, a serial
    ("accession", r"[A-Z]{1,3}\d{2}-\d{4,7}(?![\w/-])"),
    # three to five segments joined by "-" or "/", letters-only and digits-only, mixed
    ("segmented", r"(?:[A-Z]{2,5}|\d{2,7})(?:[-/](?:[A-Z]{2,5}|\d{2,7})){2,4}(?![\w/-]|\.\w)"),
    # a Nordic person number with its century: 19440618-5521
    ("person_number", r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[-+]\d{4}(?![\w/-])"),
    # a register's letters and a long serial: HSB0419922, NE0500122714, a device's PJN604522H
    ("serial", r"[A-Z]{1,4}(?:\d{7,12}[A-Z]?|\d{6}[A-Z])(?![\w/@-])"),
)
# the letters of serials that are public: trial registries, reviews, drug makers' compounds
# ("NCT04381936", "ISRCTN12345678", "CD000567", "LY3298176", "GSK2586184")
_PUBLIC_SERIALS = re.compile(
    r"(?:NCT|ISRCTN|ACTRN|CTRI|PMC|PMID|CRD|UMIN|DRKS|IRCT|PACTR|TCTR|KCT|EUCTR|JPRN|CD|GSE|"
    r"SRR|ERR|PRJNA|GCST|LY|GSK|MK|BMS|AZD|PF|JNJ|RO|BAY|SAR|TAK|ABBV|DS|BI|ISBN)\d")
# "last 4", "last four digits", "ending", "ending in", then four digits; or a masked
# number whose last group is kept ("XXXX XXXX 7316", "***-**-6681")
_LAST_FOUR = re.compile(
    r"(?i:last\s(?:4|four)(?:\sdigits)?|ending(?:\sin)?)\)?\s{0,2}[:#]?\s{0,2}(?P<d>\d{4})(?![\w/-])")
_MASKED = re.compile(r"(?<![\w*])(?:(?:[Xx]{2,5}[\s-]){1,3}|\*{3}-\*{2}-)\d{4}(?![\w/-])")
# two numbers of up to three digits joined by a hyphen, the second larger: a range
_RANGE = re.compile(r"(?<!\d)(\d{1,3})-([1-9]\d{0,2})(?!\d)")
_SSN_WORDS = re.compile(r"(?i:ssn|social\ssecurity|ss#)")
_ACCOUNT_WORDS = re.compile(r"(?i:acct|account|card|bank|credit|debit|visa|checking|savings)")


# every shape in one pattern, after one boundary tested only before a capital or a digit:
# one pass over a note finds them all (eight patterns, each with its own look-behind, cost
# 0.36 s over the nursing corpus; this one 75 ms)
_SHAPES = re.compile(r"(?=[A-Z\d])(?<![\w/.-])(?:" + "|".join(
    f"(?P<{name}>{pattern})" for name, pattern in _SHAPE_PATTERNS) + ")")


@per_note
def _shapes(note: Note) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of every shape in the note, read by both finders."""
    return tuple((m.lastgroup or "", m.start(), m.end()) for m in _SHAPES.finditer(note.text))


@finder("plate_shape", VEHICLE)
def plate_shapes(note: Note) -> Iterator[Span]:
    """A UK number plate by its shape: two letters, two digits, three letters (not a
    clinical abbreviation: "TP53 MDS")."""
    if note.in_capitals:
        return  # "ON 2L NC" and the like: in capitals every run of letters is a word
    terms = _terms()
    text = note.text
    for kind, s, e in _shapes(note):
        if kind == "plate" and text[e - 3:e].lower() not in terms:
            yield s, e


@finder("id_shape", OTHER_ID)
def id_shapes(note: Note) -> Iterator[Span]:
    """A donation number, an HKID, a Zimbabwean ID, an accession number, a Nordic person
    number with its century ("19440618-5521"), a register's letters before a serial of seven
    digits or more or of six and a letter ("HSB0419922", "PJN604522H"; not a trial's
    "NCT04381936" or a compound's "LY3298176"), or a code of three
    or more segments with both a segment of letters and one of digits, four digits in all,
    no range of values in it, and letters no word list knows or a serial of five digits or
    with a leading zero ("KSN-ART-0771", "24-APS-003917"; not "ICD-10-CM", "L4-L5-S1",
    "100-200/HOUR", "AC/450/14/40", "PAD-28-30", nor a date)."""
    text = note.text
    terms = _terms()
    for kind, s, e in _shapes(note):
        if kind in ("donation", "hkid", "zimbabwe", "accession", "person_number") or (
                kind == "segmented" and _register_code(text[s:e], terms)) or (
                kind == "serial" and not _PUBLIC_SERIALS.match(text, s)):
            yield s, e


def _register_code(code: str, terms: frozenset[str]) -> bool:
    parts = re.split(r"[-/]", code)
    letters = [p for p in parts if p.isalpha()]
    numbers = [p for p in parts if p.isdigit()]
    if not letters or not numbers or sum(map(len, numbers)) < 4 or _ranges(code):
        return False
    # a register's own letters, or a serial ("0771", "003917"): not a unit or a setting
    # ("100-200/HOUR", "AC/450/14/40", "PAD-28-30")
    return any(p.lower() not in terms for p in letters) or any(
        len(p) >= 5 or (p[0] == "0" and len(p) >= 3) for p in numbers)


@per_note
def _last_fours(note: Note) -> tuple[re.Match[str], ...]:
    """_LAST_FOUR's matches, from each "last" and "ending" found with str.find."""
    low = note.lower
    found = []
    for word in ("last", "ending"):
        for at in occurrences(low, word) if word in low else ():
            if (m := _LAST_FOUR.match(note.text, at)) is not None:
                found.append(m)
    return tuple(found)


@finder("last_four", OTHER_ID, hints=("last", "ending", "xx", "***"))
def last_fours(note: Note) -> Iterator[Span]:
    """The four digits after "last 4" / "last four" / "ending (in)" and a masked number's
    last group ("XXXX XXXX 7316") - as a social security number or an account where the
    words before say so (``last_four_ssn``, ``last_four_account``)."""
    for m in _last_fours(note):
        yield m.span("d")
    if "xx" in note.lower or "***" in note.text:
        for m in _MASKED.finditer(note.text):
            yield m.span()


@finder("last_four_ssn", SSN, hints=("last", "ending"))
def last_four_ssns(note: Note) -> Iterator[Span]:
    """The same four digits, named a social security number's by the words before them."""
    yield from _kinds(note, _SSN_WORDS)


@finder("last_four_account", ACCOUNT, hints=("last", "ending"))
def last_four_accounts(note: Note) -> Iterator[Span]:
    """The same four digits, named an account's or a card's by the words before them."""
    yield from _kinds(note, _ACCOUNT_WORDS)


def _kinds(note: Note, kind: re.Pattern[str]) -> Iterator[Span]:
    text = note.text
    for m in _last_fours(note):
        if kind.search(text, max(0, m.start() - 30), m.start()):
            yield m.span("d")


def _ranges(code: str) -> bool:
    return any(int(a) < int(b) for a, b in _RANGE.findall(code))


@cache
def _terms() -> frozenset[str]:
    """Words a code's letters may be without naming a register: English, clinical, units."""
    return lexicons.english() | lexicons.medical() | lexicons.eponyms() | lexicons.not_names()
