"""A number after any word that says it is one: "Tribal enrollment no. 004418", "SCR no.
2417-0083", "Cause No. 24-6-00417-8 SEA", "Index No. AOT-4417/24", "MCR No. M61204J",
"interpreter #7712". The labels of ``data/id_labels.txt`` are the schemes someone listed;
"no." or "#" after a word is how a writer labels a number of a scheme nobody listed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import OTHER_ID
from ..lexicons import words
from . import Note, Span, finder
from ._words import clinical_terms, occurrences
from .national_ids import _value, all_labels

# "no." / "No:" / "nr" / "N°" / "number" / "#", found first (it starts with "n", "N" or "#", so the
# search skips to them), then the word before it and the value after it are matched there
_MARK = re.compile(
    r"[Nn](?:[Oo]|[Rr])\.?(?![\w'-])|[Nn]°|[Nn](?:umber|UMBER)(?![\w'-])|(?P<hash>#)")
def _marks(text: str, low: str) -> Iterator[re.Match[str]]:
    """_MARK's matches, from each "no", "nr", "number" and "#" found with str.find (a search
    for "n" would stop at every word that holds one)."""
    found = []
    for mark in ("no", "nr", "n°", "number", "#"):
        for at in occurrences(low, mark) if mark in low else ():
            if mark != "#" and at and low[at - 1].isalpha():
                continue  # inside a word: "know", "nonumber" ("Reg#" is a label and its mark)
            if (m := _MARK.match(text, at)) is not None:
                found.append(m)
    return iter(sorted(found, key=lambda m: m.start()))


_LABEL_BEFORE = re.compile(r"(?<![\w'-])(?P<label>[A-Za-z][A-Za-z&'-]{0,30})(?P<sep>[.,]?\s{0,2})$")
_VALUE_START = re.compile(
    r"\s{0,2}[:#]?\s{0,2}(?=(?:[A-Za-z]{1,4}[-\s])?(?:[A-Za-z]{1,4}-)?[A-Za-z]{0,4}\d)")
# a North American phone number: the phone rules read it, and the public ones they leave
_PHONE = re.compile(r"(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}")
# pressures and ranges read off a line ("PA 70/38", "34-40/24-30")
_PRESSURES = re.compile(r"(?:[A-Za-z]{1,3}\s?)?\d{1,3}(?:[.-]\d{1,3})?/\d{1,3}(?:-\d{1,3})?")
# a unit glued to a digit: a size or a volume ("foley # 16f/30cc"), not an identifier
_UNIT_GLUED = re.compile(r"\d(?i:cc|ml|mg|mcg|fr|f|cm|mm|kg|g|l|u)(?![A-Za-z])")
# words before "no." that say no more than that a number follows, or whose numbers are no
# one's: what is counted or cited ("page no. 1042", "Form No. 4471", "lot no."), phones
# (the phone rules read them), and small words ("with no 1000 mg" is no label)
_NOT_LABELS = words("""
is was with and or had has have there but yes no not also in at on for of by the an to
from as page pages table figure fig section vol volume issue form forms step item question
slide version rev chapter trial protocol study grant award lot batch model part unit units
phone tel telephone cell mobile mob fax pager bleep ext extension contact whatsapp
room rm bed cot ward bay gate platform seat row house flat apt apartment suite plot stand
route bus flight train line dose doses cycle day week visit
""")


@finder("numbered_label", OTHER_ID, hints=("no", "nr", "n°", "number", "#"))
def numbered_labels(note: Note) -> Iterator[Span]:
    """The value after a word and "no." / "#" / "number": the first group of tokens after
    them with four digits or more (a letter prefix of the value goes with it: "CAS 214/09/
    2024"). Left alone: a count or a citation ("page no. 1042", "Form No. 4471"), a room,
    bed or seat (numbers of a place, not of a person), a phone number or a phone's label,
    a date or a year alone, a value with a unit after it, and what follows a clinical word
    ("PA # 70/38")."""
    text, low = note.text, note.lower
    # after a clinical word "#" is the value's ("PA # 70/38", "CK #353"); "ART no." and
    # "CAS No." are numbers all the same
    terms = clinical_terms()
    for m in _marks(text, low):
        hashed = m.group("hash") is not None
        before = _LABEL_BEFORE.search(text, max(0, m.start() - 36), m.start())
        after = _VALUE_START.match(text, m.end())
        if before is None or after is None:
            continue
        # "no" and "number" need a space or a period between them and the word ("INR 1.7"
        # and "DNR at 1815" are no labels); "#" may be glued on ("pa#")
        if not hashed and not before.group("sep") and text[m.start() - 1:m.start()] not in "-.":
            continue
        label = before.group("label").lower()
        if label in _NOT_LABELS or label in all_labels() or (hashed and label in terms):
            continue  # (a listed label's rule reads its number, and knows its kind: a plate)
        span = _value(text, after.end())
        if span is not None and not (_PHONE.fullmatch(text, *span)
                                     or _PRESSURES.fullmatch(text, *span)
                                     or _UNIT_GLUED.search(text, *span)):
            yield span

