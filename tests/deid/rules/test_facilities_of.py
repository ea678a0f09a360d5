from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("transferred from Children's of Wexford Valley for ECMO", "Children's of Wexford Valley"),
    ("she lives at the Convent of the Holy Cross in town", "Convent of the Holy Cross"),
    ("a farm outside Ballyduff, Co. Kerry", "Co. Kerry"),
])
def test_a_facility_named_head_first_is_a_place(text: str, place: str) -> None:
    assert place in spans("facility_of", text)


@pytest.mark.parametrize("text", [
    "guidance from the School of Medicine",
    "the Academy of Pediatrics statement",
    "a house of cards",
])
def test_generic_or_clinical_names_are_not_facilities(text: str) -> None:
    assert spans("facility_of", text) == []
