"""A relative's number right after their name (own examples)."""

from __future__ import annotations

import pytest

from clinnet.deid import scan
from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "number"), [
    ("Husband Viliami, 884 2201, will bring her tomorrow.", "884 2201"),
    ("Call daughter Mereana Walker after 5, 027 441 9082.", "027 441 9082"),
    ("Her neighbour Stavros Liakos looks in daily, 28410 22917.", "28410 22917"),
])
def test_the_number_after_a_relatives_name_is_a_phone(text: str, number: str) -> None:
    assert number in found(text, "PHONE")


@pytest.mark.parametrize("text", [
    "Son Ali 12 03 2024 came with her to clinic.",
    "Daughter Amy 120 80 mmHg at home on her cuff.",
    "Her son Tomas 2 weeks ago had the flu.",
])
def test_dates_pressures_and_short_numbers_are_no_phone_of_a_relative(text: str) -> None:
    assert all(f.rule != "kin_phone" for f in scan(text))


@pytest.mark.parametrize(("text", "number"), [
    ("Tutor legal: sobrino Vicente Bermejo, 628 441 902. Acepta el riesgo", "628 441 902"),
    ("She's Karla, 55 3918 4472, in case any of you is on tonight", "55 3918 4472"),
    ("Wife Siti Aisyah (8123 4590) says he went to Johor Bahru", "8123 4590"),
])
def test_a_number_set_off_after_a_name_is_their_phone(text: str, number: str) -> None:
    assert number in found(text, "PHONE")


@pytest.mark.parametrize("text", [
    "Sodium, 135 140 138 mmol over the week",
    "contaminated water at Camp Lejeune (1953-1987), radiation",
    "Medicare, 4281 53906 2 expiring next month",
])
def test_values_years_and_labelled_numbers_are_no_phones(text: str) -> None:
    assert found(text, "PHONE") == []
