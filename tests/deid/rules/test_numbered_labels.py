"""A number after any word and "no." or "#" (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "number"), [
    ("Band membership no. 0071942 was what the referral form asked for.", "0071942"),
    ("Family court Docket No. FC-2291/23 set the hearing for next week.", "FC-2291/23"),
    ("The warden gave us his offender no. KX448120 for the transfer.", "KX448120"),
    ("Officer Daley, #5127, brought him in at 0200.", "5127"),
    ("La ART abrió el siniestro N° 2207-554190 y lo derivó.", "2207-554190"),
])
def test_a_number_after_a_word_and_no_is_an_identifier(text: str, number: str) -> None:
    assert number in found(text, "OTHER_ID")


@pytest.mark.parametrize("text", [
    "See page no. 1042 of the 2019 guideline and Form No. 4471 for consent.",
    "Seen in room no. 2214 overnight; bed no. 3.",
    "She had no 2019 or 2020 records, and no 1000 mg doses since.",
    "The poison center number is 1-800-555-0100, put it on your badge.",
])
def test_counts_rooms_phones_and_negations_are_no_identifiers(text: str) -> None:
    assert found(text, "OTHER_ID") == []
