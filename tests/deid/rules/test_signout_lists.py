from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans

LIST = """Night list, sorry it's long
Bed 2 \u2013 Adeyemi, Tolu 58M. DKA, on FRIII.
Bed 5 - Marguerite Pell 71F - NSTEMI, heparin
rm 9 - "Red" Callum Frew 44 - etoh w/d, on CIWA
Bay 4: sepsis, 2 pressors, lines in
Room 11 - Stable overnight, home tomorrow
Bed 8 - RN to call family re goals"""


def test_each_patient_of_a_handover_list_is_a_name() -> None:
    assert spans("signout_patient", LIST) == [
        "Adeyemi, Tolu", "Marguerite Pell", "Callum Frew", "Red"]


@pytest.mark.parametrize("line", [
    "Bed 3 - sepsis, 71M",
    "rm 12 - NPO after midnight",
    "Bed 4 - Stable, obs 4 hourly",
    "Bed 6 - rose in the morning, then fell",
    "Bed 7 - Nurse to page, febrile",
])
def test_a_problem_or_a_role_after_the_bed_is_no_patient(line: str) -> None:
    assert spans("signout_patient", "List\n" + line) == []


def test_lower_case_lists_and_real_names_in_brackets() -> None:
    text = "nights\n- 402 tiny (Vikram Solanki) - hep enceph\n- 405 anneke de wit 61 - pyelo"
    assert spans("signout_patient", text) == ["Vikram Solanki", "anneke de wit"]


def test_a_bare_room_number_needs_a_list_of_them() -> None:
    assert spans("signout_patient", "Plan\n120 Ada Lovell 55 - review") == []
    assert spans("signout_patient", "Plan\n120 Ada Lovell 55 - review\n122 Ben Orr 61 - CAP") == [
        "Ada Lovell", "Ben Orr"]


def test_an_age_over_89_in_the_list_is_found_with_the_name() -> None:
    text = "List\nBed 1 - Ezra Quill 96 - comfort care\nBed 2 - Ivy Moss 89 - UTI"
    assert spans("signout_age", text) == ["96"]


def test_a_ward_opens_a_handover_line() -> None:
    assert spans("signout_patient", "List\nWard 6 - Tamati Rewiti 63M, COPD") == [
        "Tamati Rewiti"]


def test_numbered_patients_with_their_age_and_sex() -> None:
    text = ("Overnight: 1. Mensah, Kofi 52M rm 804 - AKI. 2. Fox, River 31F rm 806 - asthma. "
            '3. "Big Al" Roper 70M - GI bleed')
    assert spans("numbered_patient", text) == ["Mensah, Kofi", "Fox, River", "Big Al"]
    caps = "MCI AT THE FAIR PT 1: STONE, MARTHA, 44F, AMBULATORY PT #2 - BIRD, OWEN 9M"
    assert spans("numbered_patient", caps) == ["STONE, MARTHA", "BIRD, OWEN"]


def test_a_caps_form_patient_without_its_colon() -> None:
    assert spans("numbered_patient", "PATIENT GARNER, LUCY DATE OF SERVICE") == ["GARNER, LUCY"]


@pytest.mark.parametrize("text", [
    "Plan: 1. Sepsis, resolved 2. AKI, improving",
    "Ddx 1. Fever, 38M cells",
    "2. Nurse, Charge 44F",
    "PATIENT STABLE, AFEBRILE",
    "pt 2: Heart, Lung 50M",
])
def test_numbered_items_that_are_no_patient(text: str) -> None:
    assert spans("numbered_patient", text) == []


def test_a_capitals_form_names_its_patient_but_not_a_sentence() -> None:
    assert spans("numbered_patient", "PATIENT FARRAGUT, NELL DOB 02/03/1950") == ["FARRAGUT, NELL"]
    assert spans("numbered_patient", "PATIENT IMPROVING, IN VOICE AND APPETITE") == []
