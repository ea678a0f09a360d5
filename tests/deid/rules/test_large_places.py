from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, NAME
from tests.deid.rules._helpers import found


@pytest.mark.parametrize("text", [
    "Same picture across our network (Serbia, Bosnia, Croatia, North Macedonia, Montenegro).",
    "For those working in the Andes, Himalaya, Tibet or the Ethiopian highlands: acetazolamide.",
    "In Vietnam we see it in Mekong delta provinces too.",
    "Tick season PSA for colleagues in Siberia and the Urals.",
])
def test_countries_and_areas_larger_than_a_state_are_not_identifiers(text: str) -> None:
    assert found(text, LOCATION) == []
    assert found(text, NAME) == []


@pytest.mark.parametrize(("text", "category", "word"), [
    ("Will wants to take him home to Holland, MI to die.", LOCATION, "Holland"),
    ("His wife Mali says he also cleans the family's cows.", NAME, "Mali"),
    ("Her daughter India visits daily.", NAME, "India"),
])
def test_a_town_or_a_person_with_a_countrys_name_is_still_found(
        text: str, category: str, word: str) -> None:
    assert word in found(text, category)


@pytest.mark.parametrize("text", [
    "For others in Ontario: is anyone routinely referring to the clinic?",
    "Yukon health care no. is on the form; the Alberta hospital billed reciprocal.",
    "His only contact was a daughter in Alberta whose number was disconnected.",
])
def test_a_state_or_province_is_no_identifier(text: str) -> None:
    flagged = found(text, LOCATION) + found(text, NAME)
    assert [f for f in flagged if f in ("Ontario", "Yukon", "Alberta")] == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Lives in Ontario, CA 91761 with her son.", "Ontario"),  # the town in California
    ("Alberta Nakamura, 67F, admitted with sepsis.", "Alberta Nakamura"),  # a person
])
def test_a_town_or_a_person_of_the_same_name_is_still_found(text: str, kept: str) -> None:
    assert kept in found(text, LOCATION) + found(text, NAME)
