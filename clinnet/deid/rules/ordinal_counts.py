"""An ordinal that counts things, not a day of the month: "after the 4th shock", "the 3rd
dose of ceftriaxone", "on the 2nd of four cycles", "the 4th of a run of nights"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import DATE
from ..lexicons import words
from ..patterns import MONTH_WORDS
from . import Note, Span, veto
from ._words import ORDINAL_SUFFIXES

# found from its first digit (a pattern opening on a look-behind or "\b" is tried at every
# character); the word after it decides, and a "the" before it joins the span
_ORDINAL = re.compile(
    r"\d(?<![\w]\d)\d?(?:st|nd|rd|th)\b(?=\s(?P<next>of\s)?(?P<word>[a-z]+))")
# what an ordinal counts in a case (a word after a day of the month is as often "because",
# "when" or "she", so the counted things are listed, not the words that end a date)
_COUNTED = words("""
shock shocks dose doses cycle cycles attempt attempts round rounds try time times day days
night nights week weeks shift shifts admission admissions visit visits episode episodes
presentation pregnancy pregnancies baby child son daughter fraction fractions session sessions
line lines rib ribs finger toe digit metacarpal metatarsal nerve nerves intercostal space
percentile centile trimester generation degree floor stage infusion injection bag unit units
course run call calls opinion option choice dose-change seizure seizures fall falls drink
beer pint transfusion intubation operation surgery procedure look review
""")
# "of" then a count or a determiner: "the 2nd of four cycles", "the 4th of a run"
_OF_A_COUNT = words("""
a an the his her their my our your these those its two three four five six seven eight nine
ten twelve many several
""")


@veto("ordinal_count", (DATE,), hints=("st ", "nd ", "rd ", "th "))
def ordinal_counts(note: Note) -> Iterator[Span]:
    """An ordinal followed by a word that names a thing counted in a case ("the 4th shock",
    "3rd dose", "2nd night") or by "of" and a count or a determiner ("the 2nd of four
    cycles", "the 4th of a run of nights"). Left alone: "the 14th of May", "on the 14th at
    0800", "the 9th because of the BP", "home for the 4th because" (a day of the month)."""
    words = note.words
    # the scanner splits "4th" into "4" and "th": a note without a suffix word, or without a
    # counted word or "of" and a count, holds nothing to read
    if ORDINAL_SUFFIXES.isdisjoint(words) or (_COUNTED.isdisjoint(words) and (
            "of" not in words or _OF_A_COUNT.isdisjoint(words))):
        return
    text = note.text
    for m in _ORDINAL.finditer(text):
        start = m.start() - 4 if text.endswith("the ", 0, m.start()) else m.start()
        word = m.group("word")
        if word in MONTH_WORDS:
            continue
        if m.group("next") is not None:
            if word in _OF_A_COUNT:
                yield start, m.end()
        elif word in _COUNTED:
            yield start, m.end()
