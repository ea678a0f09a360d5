"""Ages over 89 said of a person: "her mother, who is 96", "At 91, with recurrent UTIs",
"diagnosed at 99", "Mrs. Ashworth is 102"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import AGE_OVER_89
from . import Note, Span, finder

# found from the number (rare), then what stands before and after it is checked
_NUMBER = re.compile(r"(?:9\d|1[01]\d)(?![\d])")  # what stands before is checked in Python
_BEFORE = re.compile(
    r"(?:\b(?:who|she|he|they)\s(?:is|was|turned|turns|will\sbe)"
    r"|\b(?:she|he)['\u2019]?s(?:\snow)?"
    # "Clarence Young, 101, on donepezil": right after a capitalised name and a comma
    r"|\b[A-Z][\w'\u2019-]+,"
    r"|(?:^|[.!?]\s{1,2})At"
    r"|\b(?:diagnosed|widowed|retired|married|operated\son)\sat(?:\sage)?"
    r"|\b(?:Mr|Mrs|Ms|Miss)\.?\s[A-Z][\w'-]+\s(?:is|was|turned))\s$",
    re.MULTILINE,
)
_VALUE_AFTER = re.compile(
    r"[.,]\d|\s?[-\u2013]\s?\d|\s?(?:%|mg|mcg|kg|mm|cm|ml|bpm|beats|/|°|units|min\b|minutes|s\b|sec)",
    re.IGNORECASE,
)


# an age over 89 in words: "ninety-one", "a hundred and one"
_WORDS = re.compile(
    r"\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:a|one)\shundred(?:\s(?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\b"
    r"(?=,|\s(?:years?|yo|y/o|and\s(?:still|lives|has)|on\s|with\s|brought|who|lives|is\b)|\.|\s[-\u2014])",
    re.IGNORECASE,
)
_WORD_UNIT = re.compile(
    r"\s(?:percent|per|mg|mcg|ml|milli|units|minutes|mins|seconds|beats|over|feet|pounds|"
    r"kilos|times|days|weeks|months)\b", re.IGNORECASE)


@finder("age_said", AGE_OVER_89, hints=(" 9", " 10", " 11", "ninety", "hundred"))
def ages(note: Note) -> Iterator[Span]:
    """A number from 90 to 119 said of a person ("who is 96", "she's 93", "At 91,",
    "diagnosed at 99"). A value with a unit or a decimal ("HR is 96 bpm", "she is 96%")
    is a measurement, and "sats at 92" has no person before the verb; "At 91" must open a
    sentence and be followed by a comma."""
    text = note.text
    if "ninety" in note.lower or "hundred" in note.lower:
        for m in _WORDS.finditer(text):
            if not _VALUE_AFTER.match(text, m.end()) and not _WORD_UNIT.match(text, m.end()):
                yield m.span()
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if s and (text[s - 1].isdigit() or text[s - 1] in ".,/:-"):
            continue
        before = _BEFORE.search(text, max(0, s - 40), s)
        if before is None or _VALUE_AFTER.match(text, e):
            continue
        if before.group().rstrip().endswith("At") and not text.startswith(",", e):
            continue
        yield s, e
