"""Lists of eponyms and place-named systems are not people or places: "Bloom, Cockayne and
Werner syndromes", "Rochester (low-risk criteria, no LP)", "**Boston** criteria"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION, NAME
from . import Note, Span, veto

# What the named things are (check_words uses it too): a noun like these right after a list
# of capitalised words (or inside a bracket just after one) makes every word of it an eponym
SYSTEMS = (
    r"syndromes?|diseases?|signs?|tests?|criteria|classifications?|rules?|scores?|scales?|"
    r"staging|stages?|fractures?|murmurs?|bodies|nodes|nodules|antigens?|blood\sgroups?|"
    r"groups?|lines?|curves?|zones?|equations?|formulas?|incisions?|maneuvers?|manoeuvres?|"
    r"procedures?|operations?|repairs?|reflexes?|phenomena|phenomenon|triads?|pentads?|"
    r"protocols?|algorithms?|units|grading|grades?|types?|workshop|definitions?|nomenclature|"
    r"pathway|classification\ssystem|paresis|paralysis|palsy|spots|striae|cells|granules"
)
_CAP = r"(?:\*\*|__)?[A-Z][\w'\u2019]{0,30}(?:-[A-Z][\w'\u2019]{0,30}){0,3}(?:\*\*|__)?"
# found from the noun (rare); the list before it is checked by _LIST_BEFORE
_NOUN = re.compile(rf"(?:{SYSTEMS})\b")  # starts on the word (fast); the boundary before is checked
# the first word of each noun as the note's word set holds it ("fractures?": both numbers),
# derived from SYSTEMS so that the gate and the regex cannot drift apart
_NOUN_WORDS = frozenset(
    form
    for alternative in SYSTEMS.split("|")
    for word in alternative.split(r"\s")[:1]
    for form in ((word[:-2], word[:-1]) if word.endswith("s?") else (word,))
)
_LIST_BEFORE = re.compile(
    rf"{_CAP}(?:(?:,\s|\s(?:and|or|vs\.?|&)\s|/){_CAP}){{0,6}}(?:\s\([^()\n]{{0,40}}?\s?|\s)$"
)


@veto("eponym_list", (NAME, LOCATION))
def eponym_lists(note: Note) -> Iterator[Span]:
    """A run of capitalised words joined by commas, "and", "or", "vs" or "/" and followed by
    what they name ("syndromes", "criteria", or a bracket that says so) is a list of
    eponyms or systems, whatever the words are. A person is never followed by "criteria";
    "Mrs. Bloom and Mr. Werner syndromes" is not written."""
    text = note.text
    if not _NOUN_WORDS & note.words:
        return
    for m in _NOUN.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum()):
            continue
        before = _LIST_BEFORE.search(text, max(0, m.start() - 160), m.start())
        if before:
            yield before.start(), m.end()
