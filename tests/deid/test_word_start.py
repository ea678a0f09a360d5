"""WordStart gives exactly the matches of the same pattern with a leading \\b."""

import re

import pytest

from clinnet.deid.word_start import WordStart

TEXTS = [
    "Seen at Co. Mayo clinic; eCo. Cork is no county, nor is Co.Kerry",
    "goes by 'Sunny', aka \"Bo\"; cargoes by sea; Sunny-aka 'Jo'",
    "She is 93, he's 91. Thé is 90. _Co. Galway and 5Co. Clare",
    "",
    "Co. Sligo",
    "ééCo. Sligo Co. Sligo",
]
PATTERNS = [
    (r"Co\.\s[A-Z][a-z]{2,}\b", 0),
    (r"(?:goes\sby|aka)\s['\"](?P<n>\w+)['\"]", re.IGNORECASE),
    (r"(?:she|he)['\u2019]?s?\s(?:is\s)?\d\d", 0),
    (r"[_\d]?Co\.\s\w+", 0),  # may start on a non-letter: \b then means a word char before
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_a_leading_word_boundary(pattern, flags, text):
    plain = re.compile(r"\b" + pattern, flags)
    fast = WordStart(pattern, flags)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text) + 1):
        for endpos in (pos, pos + 7, len(text)):
            a, b = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
            assert (a and a.span()) == (b and b.span()), (pos, endpos)
            a, b = fast.match(text, pos, endpos), plain.match(text, pos, endpos)
            assert (a and a.span()) == (b and b.span()), (pos, endpos)


def test_it_reports_the_pattern_with_its_boundary():
    assert WordStart(r"aka\s").pattern == r"\baka\s"
