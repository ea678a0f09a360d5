from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "name"), [
    ("PATIENT: MASON, HOPE L    MRN: 123", "MASON, HOPE L"),
    ("ATTENDING: BAKER, WILL MD", "BAKER, WILL"),
    ("Surgeon: Okereke, Chiamaka, MD", "Okereke, Chiamaka"),
])
def test_surname_first_after_a_person_label_is_a_name(text: str, name: str) -> None:
    assert spans("surname_first_label", text) == [name]


@pytest.mark.parametrize("text", [
    "DX: CHF, COPD",
    "Plan: diuresis, lytes",
    "Allergies: penicillin, sulfa",
])
def test_lists_after_other_labels_are_not_names(text: str) -> None:
    assert spans("surname_first_label", text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("RE: Sandy Mabry   DOB 9/3/1962", "Sandy Mabry"),
    ("ADJUSTER: KAREN WHITTAM (870) 555-0184", "KAREN WHITTAM"),
])
def test_given_name_first_after_a_label_is_a_name(text: str, name: str) -> None:
    assert spans("surname_first_label", text) == [name]


def test_clinical_words_after_re_are_not_a_name() -> None:
    assert spans("surname_first_label", "MET WITH FAMILY RE: PEG, TRACH AND REHAB") == []


def test_a_description_after_the_name_is_not_a_given_name() -> None:
    assert spans("surname_first_label", "Pt: Tadeusz, male, lives alone, fell twice.") == [
        "Tadeusz"]
