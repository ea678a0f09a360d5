"""Local hospital acronyms that happen to spell a name ("at KATH"-style short forms)."""

from __future__ import annotations

import pytest

from clinnet.deid import LOCATION
from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "acronym"), [
    ("Echo at BERT confirmed a large effusion, then home.", "BERT"),
    ("She was transferred to MAUD for dialysis overnight.", "MAUD"),
])
def test_capitals_spelling_a_name_after_at_or_a_transfer_are_a_facility(
        text: str, acronym: str) -> None:
    assert acronym in found(text, LOCATION)


@pytest.mark.parametrize("text", [
    "Patch test positive to HEMA, so acrylic nails are out.",
    "Came in POV with his brother, no EMS.",
    "We switched the leaflet to PEACE and LOVE this year.",
])
def test_the_same_capitals_elsewhere_are_not(text: str) -> None:
    assert found(text, LOCATION) == []
