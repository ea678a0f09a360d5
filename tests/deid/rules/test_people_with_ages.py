from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "name"), [
    ("Case: Hope Young, 71, fell at home.", "Hope Young"),
    ("38F, Marigold Okafor-Bell, teacher, with", "Marigold Okafor-Bell"),
    ("Grant Price, 29 yo, lineman", "Grant Price"),
    ("Background: 52-year-old man, Rusty Pell, roofer", "Rusty Pell"),
])
def test_capitalised_words_next_to_an_age_are_a_name(text: str, name: str) -> None:
    assert spans("name_with_age", text) == [name]


@pytest.mark.parametrize("text", [
    "Type II, 45 units a day",
    "HbA1c, 7 months ago",
    "Ottawa Knee, 3 of 5 items",
    "March Madness, 12 teams",
    "SGLT2 Inhibitors, 10 mg",
])
def test_clinical_or_calendar_words_beside_a_number_are_not_a_name(text: str) -> None:
    assert spans("name_with_age", text) == []


def test_a_ward_list_writes_people_surname_first() -> None:
    assert spans("name_with_age", "Bed 2 \u2013 Okonkwo, Adaeze, 64F, cellulitis.") == [
        "Okonkwo, Adaeze"]
    assert spans("name_with_age", "Dx: Pneumonia, Sepsis, 77M on the list.") == []
