"""What an address holds that is no identifier, cut out of a finding that runs over it: a
state's, province's or territory's code ("Bemidji, MN 56601", "Dubbo NSW 2830", "Chéticamp,
NS B0E 1H0") - Safe Harbor keeps states - and a postcode's label ("CEP 05417-001", "CP
06700", "Eircode F31 XY27")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from . import Note, Span, trim
from ._words import occurrences

# US states (not DC: "lives in DC" names the city); Australian states and territories;
# Canadian provinces and territories
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    "NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|"
    "NSW|QLD|VIC|TAS|SA|ACT|NT|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|PEI|YT|NU")
# codes that are no word or clinical abbreviation as well, cut at the end of an address too
_PLAIN_STATES = (
    "AK|AZ|AR|CT|FL|GA|IA|KS|KY|MN|MO|MT|NV|NH|NJ|NM|NY|NC|ND|OH|RI|SC|SD|TN|TX|UT|VT|VA|WA|"
    "WV|WI|WY|NSW|QLD|VIC|TAS|ACT|PEI|QC|BC|MB|SK|NB|NL|YT|NU")
# a state code after a town (a comma or a space before it), found from the code itself
# (capitals after a space: the search skips to them), its surroundings matched there
_CODE = re.compile(rf" (?P<code>{_STATES})(?![\w'-])")
_CODES = frozenset(c.lower() for c in _STATES.split("|"))


def _codes(text: str, words: frozenset[str] | set[str]) -> list[re.Match[str]]:
    """_CODE's matches, from each code the note's words hold (found with str.find)."""
    found = []
    for code in _CODES & words:
        for at in occurrences(text, " " + code.upper()):
            if (m := _CODE.match(text, at)) is not None:
                found.append(m)
    return found


_TOWN_BEFORE = re.compile(r"[a-z\u00e0-\u00ff.],? $")
_POSTCODE_AFTER = re.compile(r"\s(?:\d{4,5}\b|[A-Z]\d[A-Z]\b)")
_END_AFTER = re.compile(r"[,.;)]|\n|$")
_PLAIN = frozenset(_PLAIN_STATES.split("|"))
_LABEL_WORDS = frozenset(("cep", "cp", "pin", "zip", "eircode", "plz", "postcode", "postal"))
_POSTCODE_LABEL = re.compile(
    r"(?<![\w.])(?:CEP|C\.?P\.?|PIN|ZIP|Eircode|PLZ|Postcode|Postal code)(?=\s?:?\s?[A-Z0-9]*\d)")


@trim("address_state", (LOCATION,), hints=(", ", " "))
def address_states(note: Note) -> Iterator[Span]:
    """A state's or province's code after a town in an address, and the label of a
    postcode: a finding over them is cut back to the parts on either side."""
    text = note.text
    for m in _codes(text, note.words):
        at = m.start("code")
        if not _TOWN_BEFORE.search(text, max(0, at - 3), at):
            continue
        if _POSTCODE_AFTER.match(text, m.end()) or (
                m.group("code") in _PLAIN and _END_AFTER.match(text, m.end())):
            yield m.span("code")
    if not _LABEL_WORDS.isdisjoint(note.words) or "C.P" in text:
        for m in _POSTCODE_LABEL.finditer(text):
            yield m.span()
