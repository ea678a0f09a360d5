"""A town and ZIP code after a street line with no state (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "place"), [
    ("Home: 718 W Alcott Blvd, Glendale 85301 (lives alone)", "Glendale 85301"),
    ("She lives at 12-40 Parsons Ave Apt 3C, Whitestone 11357. Son visits.", "Whitestone 11357"),
    ("Address 2200 Elmwood Rd, Baton Rouge 70806-1234 per the face sheet",
     "Baton Rouge 70806-1234"),
])
def test_a_town_and_zip_after_a_street_line(text: str, place: str) -> None:
    assert spans("town_zip", text) == [place]
    # (the address line may take the street, town and ZIP as one finding)
    assert any(place in f for f in found(text, "LOCATION"))


@pytest.mark.parametrize("text", [
    "Plan, Tylenol 32500 units over the week",
    "Labs reviewed, Platelets 15000 this morning",
])
def test_a_word_and_five_digits_after_no_street_are_no_address(text: str) -> None:
    assert spans("town_zip", text) == []
