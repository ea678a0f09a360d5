"""A town and its ZIP code after a street line, with no state between them: "5021 W Encanto
Blvd, Phoenix 85035", "41-25 Kissena Blvd Apt 6F, Flushing 11355", "4626 Alcee Fortier
Blvd, New Orleans 70129"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from . import Note, Span, finder

# ", Town 12345" (one to three capitalised words, a five-digit ZIP, maybe its plus-four),
# found from the comma and checked for a street line before it
_TOWN_ZIP = re.compile(
    r",\s(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s\d{5}(?:-\d{4})?)(?![\w/-]|\.\d)")
# what ends a street line: a street word, or an apartment, unit or suite with its number
_STREET_END = re.compile(
    r"(?:\b(?:St|Ave|Blvd|Rd|Dr|Ln|Way|Ct|Pl|Pkwy|Hwy|Cir|Ter|Trl|Street|Avenue|Boulevard|"
    r"Road|Drive|Lane|Court|Place|Parkway|Highway|Circle|Terrace|Trail)\.?"
    r"|\b(?:Apt|Unit|Ste|Suite|Lot|#)\.?\s?[\w-]{1,5})$")


@finder("town_zip", LOCATION, hints=(", ",))
def town_zips(note: Note) -> Iterator[Span]:
    """The town and ZIP code after a street line and a comma, where no state code stands
    between them ("..., Phoenix 85035"). Left alone: a capitalised word and five digits
    after anything but a street line ("Plan, Tylenol 32500 units"), which is no address."""
    text = note.text
    for m in _TOWN_ZIP.finditer(text):
        if _STREET_END.search(text, max(0, m.start() - 24), m.start()):
            yield m.span("place")
