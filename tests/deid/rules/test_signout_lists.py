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
