from __future__ import annotations

import pytest

from clinnet.deid import scan
from tests.deid.rules._helpers import found, spans


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


@pytest.mark.parametrize(("text", "name"), [
    ("Children at the visit: - Teodora, 7 months, febrile; - Ilarion 3 years, well.", "Teodora"),
    ("Re: Master Cathal Ó Briain, DOB 03/09/2019, seen in clinic.", "Cathal Ó Briain"),
    ("Niamh (DOB 14/1/23) has the same rash as her brother.", "Niamh"),
])
def test_a_given_name_before_an_age_with_its_unit_or_a_dob(text: str, name: str) -> None:
    assert any(name in f for f in found(text, "NAME")), found(text, "NAME")


@pytest.mark.parametrize("text", [
    "Asthma 4 years, eczema since March, 6 months. Smoker 20 years.",
    "Refugee claimant from Syria, 31 years old; off to Nepal and India, 7 weeks.",
    "Crohn's 5 years, on infliximab.",
])
def test_diseases_habits_countries_and_durations_are_no_one(text: str) -> None:
    assert all(f.rule != "given_name_with_age" for f in scan(text))
