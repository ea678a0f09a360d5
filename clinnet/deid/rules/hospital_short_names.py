"""Hospitals called by the short name staff use, without "Hospital": "Riverbend Children's",
"Toronto General", "Tamarack Valley General", "Kestrel Regional ED", "echo at Saltmarsh
Children's"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import ascii_fold, generic_words, is_role, occurrences

_HEADS = ("children's", "childrens", "children\u2019s", "general", "regional")
_HEAD_WORDS = words("children childrens general regional")
# one to three capitalised words right before the head ("Mid-South", "Don Valley")
_BEFORE = re.compile(r"(?:(?<=[\s(\"'\u201c])|^)(?P<n>[A-Z][A-Za-z'\u2019\-]{1,30}"
                     r"(?:[ ][A-Z][A-Za-z'\u2019\-]{1,30}){0,2})[ ]$")
# what may follow a short name: a unit of it, or no further capitalised word
_UNIT_AFTER = re.compile(r"[ ](?:ED|ER|A&E|ICU|PICU|NICU|CCU|HDU|ward|Emergency|emerg|"
                         r"emergency|casualty|resus)\b")
_NAME_GOES_ON = re.compile(r"[ ]?[&A-Z]")
_PLACE_BEFORE = re.compile(
    r"\b(?:to|at|from|in|into|via|by|with|of|transferred|admitted|sent|taken|seen|flown)"
    r"[ ](?:the[ ])?$", re.IGNORECASE)
# words that make "X General" a rank or office, or "X Children's" a kind of service
_NOT_NAME = words("""
surgeon attorney secretary inspector governor lieutenant major brigadier solicitor postmaster
auditor comptroller consul director adjutant accountant registrar paymaster quartermaster
advocate receiver controller commissary vicar the our my his her their your for and with
adult adults women womens sick all many some most both younger older young old small
""")


@finder("hospital_short_name", LOCATION)
def hospital_short_names(note: Note) -> Iterator[Span]:
    """Capitalised words before "Children's", "General" or "Regional" where no "Hospital"
    follows: the short name of a hospital. The head must end the name (or a unit follows:
    "ED", "PICU"); the words before it must name which one: one word in no English list
    ("Merrimack Valley General"), or, for ordinary words ("Highlands Children's", "Midland
    Regional ED"), "Children's" or a unit after it and a place word before it ("go to",
    "echo at"). A rank or office ("Surgeon General", "Attorney General"), a role and a
    kind of service ("Adult and Children's") are no hospital."""
    if not _HEAD_WORDS & note.word_starts:
        return
    text, low = note.text, note.lower
    generic = generic_words()
    for head in _HEADS:
        for at in _word_starts(low, head):
            end = at + len(head)
            if not text[at].isupper() or (end < len(text) and (text[end].isalnum())):
                continue
            unit = _UNIT_AFTER.match(text, end)
            if unit is None and _NAME_GOES_ON.match(text, end):
                continue  # "Regional Medical Center", "General Hospital": other rules' kind
            m = _BEFORE.search(text, max(0, at - 70), at)
            if m is None:
                continue
            parts = re.split(r"[ \-]", m.group("n"))
            lows = [ascii_fold(p).replace("\u2019", "'").removesuffix("'s") for p in parts]
            if any(p in _NOT_NAME or is_role(p) for p in lows) or all(p in generic for p in lows):
                continue
            unknown = any(p not in lexicons.english() and p not in generic
                          and p not in lexicons.medical() for p in lows)
            placed = _PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            kids = head != "general" and head != "regional"
            if not (unknown or (placed and (kids or unit is not None))):
                continue
            yield m.start("n"), (unit.end() if unit is not None else end)


def _word_starts(low: str, needle: str) -> Iterator[int]:
    """Where ``needle`` stands at the start of a word."""
    return (at for at in occurrences(low, needle) if at == 0 or not low[at - 1].isalnum())
