"""What an address holds that is no identifier, cut out of a finding that runs over it: a
state's, province's or territory's code ("Bemidji, MN 56601", "Dubbo NSW 2830", "Chéticamp,
NS B0E 1H0") - Safe Harbor keeps states - and a postcode's label ("CEP 05417-001", "CP
06700", "Eircode F31 XY27")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from . import Note, Span, trim

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
# a state code after a town (a comma or a space before it) and before a postcode; a plain
# code also before a comma, a full stop or the line's end
_STATE_IN_ADDRESS = re.compile(
    rf"(?:(?<=[a-z\u00e0-\u00ff.], )|(?<=[a-z\u00e0-\u00ff] ))"
    rf"(?:(?:{_STATES})(?=\s\d{{4,5}}\b|\s[A-Z]\d[A-Z]\b)|(?:{_PLAIN_STATES})(?=[,.;)]|\n|$))")
_POSTCODE_LABEL = re.compile(
    r"(?<![\w.])(?:CEP|C\.?P\.?|PIN|ZIP|Eircode|PLZ|Postcode|Postal code)(?=\s?:?\s?[A-Z0-9]*\d)")


@trim("address_state", (LOCATION,), hints=(", ", " "))
def address_states(note: Note) -> Iterator[Span]:
    """A state's or province's code after a town in an address, and the label of a
    postcode: a finding over them is cut back to the parts on either side."""
    text = note.text
    for m in _STATE_IN_ADDRESS.finditer(text):
        yield m.span()
    for m in _POSTCODE_LABEL.finditer(text):
        yield m.span()
