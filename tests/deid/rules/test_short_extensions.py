from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "number"), [
    ("any worries, bleep me on 3187 and I'll come", "3187"),
    ("night reg is on call, page to 5520 first", "5520"),
    ("pager for weekends: 7741. thanks all", "7741"),
    ("the ward ext is 4093 if the phone is busy", "4093"),
    ("ring Sister Adaeze Nwosu x6620 about the bed", "x6620"),
    ("Mags (ward clerk) x3318 has the forms", "x3318"),
])
def test_short_pager_and_extension_numbers(text: str, number: str) -> None:
    assert number in spans("short_extension", text)


@pytest.mark.parametrize("text", [
    "I was paged 4 times overnight",
    "got bleeped at 0230 about a fall",
    "see page 1180 of the formulary",
    "paged about 1000 units of heparin",
    "titre rose x1000 after the booster",
    "Dose x2000 in the trial arm",
])
def test_counts_times_and_multiplications_are_not_numbers(text: str) -> None:
    assert spans("short_extension", text) == []
