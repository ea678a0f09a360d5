"""Evasion: invisible characters, look-alike digits and spaced-out digits.

Spans must cover the original characters, including invisible ones inside them.
"""

from __future__ import annotations

import pytest

from clinnet.deid import DATE, NAME, PHONE, SSN, scan

ZW = "\u200b"  # zero-width space
ZWJ = "\u200d"
RLO = "\u202e"  # right-to-left override (bidi control)
SHY = "\u00ad"  # soft hyphen


@pytest.mark.parametrize(
    ("note", "ident", "category"),
    [
        (f"Seen by Dr. Oye{ZW}laran today.", f"Oye{ZW}laran", NAME),
        (f"Mrs. Dor{ZWJ}othy Quin{SHY}lan is stable.", f"Dor{ZWJ}othy Quin{SHY}lan", NAME),
        (f"Admitted 3/1{ZW}4/2023.", f"3/1{ZW}4/2023", DATE),
        (f"Call 617-555-{RLO}0142 tonight.", f"617-555-{RLO}0142", PHONE),
        (
            "Admitted \uff13/\uff11\uff14/\uff12\uff10\uff12\uff13.",
            "\uff13/\uff11\uff14/\uff12\uff10\uff12\uff13",
            DATE,
        ),
        (
            "Call \u0666\u0661\u0667-\u0665\u0665\u0665-\u0660\u0661\u0664\u0662 now.",
            "\u0666\u0661\u0667-\u0665\u0665\u0665-\u0660\u0661\u0664\u0662",
            PHONE,
        ),
        ("SSN 123-45-67\u0968\u0669 on file.", "123-45-67\u0968\u0669", SSN),
        ("Call 617-555-O142 tonight.", "617-555-O142", PHONE),
        ("Call 6l7-555-0142 tonight.", "6l7-555-0142", PHONE),
        ("Call 6 1 7 5 5 5 0 1 4 2 tonight.", "6 1 7 5 5 5 0 1 4 2", PHONE),
        ("call 5 5 5 - 0 1 4 2 now", "5 5 5 - 0 1 4 2", PHONE),
        ("SSN 1 2 3 - 4 5 - 6 7 8 9 here", "1 2 3 - 4 5 - 6 7 8 9", SSN),
        # a combining mark on every letter: the span takes the last letter's mark too
        ("Seen by Dr. O\u0332y\u0332e\u0332l\u0332a\u0332r\u0332a\u0332n\u0332 today.",
         "O\u0332y\u0332e\u0332l\u0332a\u0332r\u0332a\u0332n\u0332", NAME),
        ("Admitted 0\u03363/1\u03364/2\u0336023.", "0\u03363/1\u03364/2\u0336023", DATE),
        # Cherokee capitals and Armenian o for Latin letters, dotless i
        ("Mr. \u13a1\u0585bert \u13ab\u0585hnson is stable.",
         "\u13a1\u0585bert \u13ab\u0585hnson", NAME),
        ("Mrs. Dor\u0585thy Qu\u0131nlan is stable.", "Dor\u0585thy Qu\u0131nlan", NAME),
        # real names with diacritics are caught, not stripped
        ("Mr. \u0141ukasz W\u00f3jcik, 54, was admitted.", "\u0141ukasz W\u00f3jcik", NAME),
        ("Seen by Dr. \u041e\u0443elaran (Cyrillic O and u).", "\u041e\u0443elaran", NAME),
        (
            "Seen by Dr. \uff2f\uff59\uff45\uff4c\uff41\uff52\uff41\uff4e.",
            "\uff2f\uff59\uff45\uff4c\uff41\uff52\uff41\uff4e",
            NAME,
        ),
    ],
)
def test_evasions_are_caught_with_original_spans(note: str, ident: str, category: str) -> None:
    s = note.index(ident)
    e = s + len(ident)
    found = [f for f in scan(note) if f.start < e and s < f.end]
    assert len(found) == 1, found
    f = found[0]
    assert (f.start, f.end) == (s, e), (f, (s, e))
    assert f.text == ident == note[f.start : f.end]
    assert f.category == category


def test_zero_width_between_words_does_not_glue_a_name_to_text() -> None:
    note = f"Dr.{ZW} Oyelaran{ZW} saw him"
    names = [f for f in scan(note) if f.category == NAME]
    assert len(names) == 1
    assert names[0].text.strip(ZW) == "Oyelaran"


def test_non_ascii_text_without_identifiers_is_clean() -> None:
    assert scan("Patient febrile \u2014 38.5\u00b0C; na\u00efve to \u03b2-blockers.") == []


def test_expanding_and_accented_characters_map_back() -> None:
    # the "ffi" ligature is one character that normalises to three
    note = "Seen by Dr. Gri\ufb03th and Mr. Bj\u00f6rn Kowalczyk on \u2460/\u2461/2023."
    found = {f.text: f for f in scan(note)}
    assert "Gri\ufb03th" in found
    assert found["Gri\ufb03th"].category == NAME
    assert "Bj\u00f6rn Kowalczyk" in found
    assert found["\u2460/\u2461/2023"].category == DATE
    for f in found.values():
        assert note[f.start : f.end] == f.text
